# The two commands of the quick start:
#   make demo   set up .venv, build a data home and run every pipeline stage on the demo corpus
#   make test   set up .venv with the development extras and run ruff, mypy and the whole test suite
#               (in parallel, one pytest worker per core)
# Both first build the web app's map and chart bundles from npm (make frontend; needs node and
# npm, and the app still starts without them, drawing its server-rendered map and charts).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOME_DIR ?= harmledger-data

FRONTEND := harmledger/web/frontend
BUNDLE   := harmledger/web/static/dist/.built

.PHONY: demo test lint format clean frontend

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.demo-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[demo]'
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.demo-installed

# npm ci installs exactly package-lock.json; esbuild writes the bundles to web/static/dist.
$(BUNDLE): $(FRONTEND)/package.json $(FRONTEND)/package-lock.json $(FRONTEND)/build.mjs $(wildcard $(FRONTEND)/src/*)
	@if command -v npm >/dev/null 2>&1; then \
	  cd $(FRONTEND) && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build; \
	else \
	  echo "warning: npm not found: the web app will serve its server-rendered map and charts only" >&2; \
	fi

frontend: $(BUNDLE)

demo: $(VENV)/.demo-installed frontend
	$(BIN)/harmledger demo --home $(HOME_DIR)

# The suite runs on every core (pytest-xdist); Spark and browser tests each keep to one worker.
test: $(VENV)/.dev-installed frontend
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m mypy harmledger
	$(BIN)/python -m pytest -n auto --dist loadgroup

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m mypy harmledger

format: $(VENV)/.dev-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) $(HOME_DIR) .pytest_cache .ruff_cache $(FRONTEND)/node_modules harmledger/web/static/dist
