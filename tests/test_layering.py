"""Imports flow one way: no package of harmledger imports one of a later layer, nor a peer.

The pipeline's rule is ``store < claims < {ingestion, extract, link, assess} < {tally, publish}
< api < {cli, web}``; the stages inside the braces follow the pipeline's order (a stage may use
an earlier one, never a later one). Every other package has its place below; a new top-level
package must be given one here (the test fails until it is). Every import counts, including
imports inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import harmledger
from harmledger.store import derived

PACKAGE = Path(harmledger.__file__).parent

# Lowest first. A package may import its own layer's modules only within itself, and any
# package of a lower layer.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors",),
    # foundations: settings, language detection, name handling, word folding, eval data's place,
    # where Spark runs, which machine translation backend reads documents aloud in another language
    ("config", "language", "names", "folding", "evaldata", "spark", "translation"),
    ("gazetteer",),  # reference data: GeoNames places, names folded as extraction folds them
    ("regions",),  # first-level regions (ISO 3166-2) standing at and holding gazetteer towns
    ("store",),
    ("claims",),  # claims as reviewers left them: the read model every later stage uses
    ("ingestion", "victims"),  # inputs: documents, victim and recovery lists
    ("imports",),  # incident datasets (ACLED, UCDP), decoded as ingestion decodes files
    ("extract",),
    ("link",),  # claims -> incidents, victim records -> persons
    ("assess",),
    # results: tallies, published read models (the document and media catalogues), estimates,
    # full-text search over documents and claims
    ("tally", "publish", "catalog", "gallery", "estimate", "search"),
    # the public API, and the two tools that drive every stage end to end
    ("api", "demo", "evaluation"),
    ("cli", "web"),
)

# (importer, imported) -> why it is allowed although it breaks the rule above
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("cli", "web"): "the `serve` and `users` commands start the web app and manage its users",
}


def _rank() -> dict[str, int]:
    return {package: i for i, layer in enumerate(LAYERS) for package in layer}


def _package(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "harmledger" and len(parts) > 1 else None


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) of every harmledger import in a file, relative ones resolved."""
    parts = ["harmledger", *path.relative_to(PACKAGE).with_suffix("").parts]
    return _imports_in(path.read_text("utf-8"), parts[:-1])  # its package (or itself)


def _imports_in(source: str, package: list[str]) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:  # `from harmledger import link` imports a package too
                if module == "harmledger" and _is_module(alias.name):
                    yield node.lineno, f"harmledger.{alias.name}"


def _is_module(name: str) -> bool:
    """A module or package of harmledger (not a name of its facade, e.g. ``__version__``)."""
    return (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").is_file()


def _breaks(own: str, module: str) -> bool:
    """Whether ``own`` importing ``module`` goes against the layering."""
    rank = _rank()
    target = _package(module)
    if target is None or target == own or (own, target) in EXCEPTIONS:
        return False
    return target not in rank or rank[target] >= rank[own]


def _own_package(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return None if parts == ("__init__",) else parts[0]


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def test_every_package_has_a_layer() -> None:
    rank = _rank()
    packages = {_own_package(p) for p in _sources()} - {None}
    assert sorted(packages - set(rank)) == [], "give each new package a place in LAYERS"


def test_no_package_imports_a_later_layer_or_a_peer() -> None:
    broken = []
    for path in _sources():
        own = _own_package(path)
        if own is None:  # harmledger/__init__: the lazy facade names the public API as strings
            continue
        for line, module in _imports(path):
            if _breaks(own, module):
                where = path.relative_to(PACKAGE.parent)
                broken.append(f"{where}:{line} {own} -> {_package(module)} ({module})")
    assert broken == [], "imports against the layering:\n" + "\n".join(broken)


def test_exceptions_are_still_needed() -> None:
    """An exception nobody needs any more is removed, so the list stays the true one."""
    used = set()
    for path in _sources():
        own = _own_package(path)
        for _, module in _imports(path):
            if (own, _package(module)) in EXCEPTIONS:
                used.add((own, _package(module)))
    assert sorted(set(EXCEPTIONS) - used) == []


def test_derived_state_providers_sit_above_the_store() -> None:
    """The store's one inversion point: it names, as data, the modules that register derived-
    state refreshers and imports them itself, so that no writer can forget them."""
    rank = _rank()
    for module in derived.PROVIDERS:
        target = _package(module)
        assert target is not None and rank[target] > rank["store"]
        assert (PACKAGE.parent / (module.replace(".", "/") + ".py")).is_file()


def test_the_checker_catches_later_and_peer_imports() -> None:
    source = """
from harmledger.store.tables import ClaimRow
from ..assess import regrade
from . import origins
from harmledger import link
def lazily():
    import harmledger.tally.tally
"""
    modules = [m for _, m in _imports_in(source, ["harmledger", "claims"])]
    assert modules == [
        "harmledger.store.tables",
        "harmledger.assess",
        "harmledger.claims",
        "harmledger",
        "harmledger.link",
        "harmledger.tally.tally",
    ]
    assert [m for m in modules if _breaks("claims", m)] == [
        "harmledger.assess",
        "harmledger.link",
        "harmledger.tally.tally",
    ]
    assert _breaks("link", "harmledger.assess.regrade")  # a later stage inside the braces
    assert not _breaks("assess", "harmledger.link.incidents.service")  # an earlier one
    assert _breaks("tally", "harmledger.publish")  # a peer
    assert _breaks("web", "harmledger.cli")  # the exception goes one way only
    assert _breaks("store", "harmledger.newpackage")  # a package with no layer
