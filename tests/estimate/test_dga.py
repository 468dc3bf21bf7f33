"""Bayesian model averaging over decomposable graphs (dga): the model space, the published
Madigan & York figures, and recovery of a known total from simulated lists."""

from __future__ import annotations

import json
from itertools import combinations

import numpy as np
import pytest
from scipy.special import gammaln
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import Invalid
from harmledger.estimate import CaptureTable, dga, dga_posterior, estimate, simulate_table
from harmledger.estimate.decomposable import decomposable_graphs


@pytest.mark.parametrize(("k", "count"), [(3, 8), (4, 61), (5, 822)])
def test_every_decomposable_graph_is_listed_once(k: int, count: int) -> None:
    # 8, 61 and 822 are the numbers of labelled chordal graphs on 3, 4 and 5 vertices (OEIS
    # A058862), the model sets dga ships
    graphs = decomposable_graphs(k)
    assert len(graphs) == count
    assert len({g.edges for g in graphs}) == count


def test_cliques_and_separators_form_a_junction_tree() -> None:
    for graph in decomposable_graphs(5):
        covered = 0
        for clique in graph.cliques:
            covered |= clique
            members = [j for j in range(5) if clique >> j & 1]
            assert all(tuple(sorted(p)) in graph.edges for p in combinations(members, 2))
        assert covered == 0b11111  # every list belongs to a clique
        # a tree over c cliques has c - 1 edges; the empty separators join unconnected parts
        components = _components(5, graph.edges)
        assert len(graph.separators) == len(graph.cliques) - components
        assert all(s for s in graph.separators)


def _components(k: int, edges: frozenset[tuple[int, int]]) -> int:
    parent = list(range(k))

    def root(v: int) -> int:
        while parent[v] != v:
            v = parent[v]
        return v

    for a, b in edges:
        parent[root(a)] = root(b)
    return len({root(v) for v in range(k)})


def test_reproduces_madigan_and_yorks_published_three_list_figures() -> None:
    # Madigan & York (1997, Biometrika 84:19-31), three-list example with their prior on N
    # (delta 1, negative binomial a = 13.14, b = 55.17, undocumented 1..300); the paper reports
    # the top model at posterior probability 0.37 with Bayes estimate 731 and mode 729, and the
    # model average at 731 with mode 728 (the figures R's dga tests against)
    table = CaptureTable(("A", "B", "C"), np.array([0, 60, 49, 4, 247, 112, 142, 12]))
    a, b = 13.14, 55.17

    def prior(totals: np.ndarray) -> np.ndarray:
        return (
            totals * np.log(b)
            - (totals + a) * np.log(1 + b)
            + gammaln(totals + a)
            - gammaln(totals + 1)
            - gammaln(a)
        )

    posterior = dga_posterior(
        table, delta=1.0, log_prior=prior, missing=np.arange(1, 301), saturated=True
    )
    totals = posterior.totals
    top = int(np.argmax(posterior.model_probability))
    given = posterior.given_model(top)
    assert round(float(posterior.model_probability[top]), 2) == 0.37
    assert round(float((given / totals).sum() / (given / totals**2).sum())) == 731
    assert totals[np.argmax(given)] == 729
    average = posterior.total_probability
    assert round(float((average / totals).sum() / (average / totals**2).sum())) == 731
    assert totals[np.argmax(average)] == 728
    assert posterior.model_probability.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_interval_covers_the_true_total_of_simulated_lists(seed: int) -> None:
    table = simulate_table(
        2_000, [[0.3, 0.25, 0.35, 0.2]], referral=0.3, seed=seed, lists=("W", "X", "Y", "Z")
    )
    result = dga(table)
    assert result.method == "dga"
    assert result.lower <= 2_000 <= result.upper
    assert result.observed == table.observed < result.estimate
    assert result.details["models_averaged"] == 60  # the saturated model left out


@pytest.mark.parametrize("seed", [1, 2])
def test_lists_that_draw_on_each_other_give_the_chain_model(seed: int) -> None:
    # X draws on W and Y draws on X (referral): the chain W - X - Y is the most probable model,
    # and averaging recovers the total that independence would underestimate
    table = simulate_table(3_000, [[0.3, 0.3, 0.3]], referral=0.4, seed=seed, lists=("W", "X", "Y"))
    result = dga(table)
    assert result.details["top_models"][0]["model"] == "[W X][X Y]"
    assert result.lower <= 3_000 <= result.upper


@pytest.mark.parametrize("k", [2, 6])
def test_refuses_list_counts_outside_three_to_five(k: int) -> None:
    cells = np.ones(2**k, dtype=np.int64)
    cells[0] = 0
    table = CaptureTable(tuple(f"L{j}" for j in range(k)), cells)
    with pytest.raises(Invalid, match="3 to 5 lists"):
        dga(table)


def test_a_strong_interaction_of_all_lists_still_gets_a_bounded_answer() -> None:
    # a table whose best fit is the saturated model: kept, its N would be the prior's heavy
    # tail; left out (the default), the graphs that identify N decide
    cells = np.array([0, 300, 220, 100, 310, 160, 130, 135])
    table = CaptureTable(("A", "B", "C"), cells)
    result = dga(table)
    assert result.observed < result.estimate < result.upper < 20 * result.observed
    assert result.details["models_averaged"] == 7


def test_through_the_estimate_entry_point_and_the_cli(tmp_path) -> None:
    table = simulate_table(800, [[0.4, 0.3, 0.5]], seed=11, lists=("A", "B", "C"))
    direct = estimate(table, "dga", delta=0.5)
    assert direct.details["delta"] == 0.5
    path = tmp_path / "lists.csv"
    rows = ["A,B,C,count"] + [
        f"{c & 1},{c >> 1 & 1},{c >> 2 & 1},{n}" for c, n in enumerate(table.cells) if c
    ]
    path.write_text("\n".join(rows) + "\n")
    result = CliRunner().invoke(
        app, ["estimate", "table", str(path), "--method", "dga", "--delta", "0.5", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["method"] == "dga"
    assert printed["estimate"] == direct.estimate
    assert printed["details"]["top_models"]
