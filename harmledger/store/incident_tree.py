"""The incident tree: campaigns hold events, and no incident may hold itself.

A parent link that loops (an incident inside itself, directly or through others) would make an
incident vanish from every tally, which folds children into their parents; a parent that is
missing, merged or rejected leaves its children outside any counted campaign. Both are found
here, for ``verify``, and :func:`ancestors` lets a decision refuse to create them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.store.incident_tables import Incident


@dataclass(frozen=True)
class TreeProblem:
    kind: str  # "cycle" or "orphan"
    incident_id: int
    message: str


def ancestors(session: Session, incident_id: int) -> list[int]:
    """Parent, grandparent, ... of an incident, stopping at a loop (the loop is not repeated)."""
    found: list[int] = []
    seen = {incident_id}
    current = session.get(Incident, incident_id)
    while current is not None and current.parent_id is not None:
        if current.parent_id in seen:
            found.append(current.parent_id)
            break
        found.append(current.parent_id)
        seen.add(current.parent_id)
        current = session.get(Incident, current.parent_id)
    return found


def tree_problems(session: Session) -> list[TreeProblem]:
    """Cycles and orphaned children among all incidents (one row per incident, no ORM)."""
    rows = session.execute(select(Incident.id, Incident.parent_id, Incident.status)).all()
    parent = {row.id: row.parent_id for row in rows if row.parent_id is not None}
    status = {row.id: row.status for row in rows}
    problems: list[TreeProblem] = []
    in_cycle: set[int] = set()
    for start in sorted(parent):
        if start in in_cycle:
            continue
        path: list[int] = []
        node: int | None = start
        on_path: set[int] = set()
        while node is not None and node in parent and node not in on_path:
            on_path.add(node)
            path.append(node)
            node = parent[node]
        if node is not None and node in on_path:
            loop = path[path.index(node) :]
            if not in_cycle.intersection(loop):
                shown = " -> ".join(str(i) for i in [*loop, node])
                problems.append(
                    TreeProblem(
                        "cycle",
                        min(loop),
                        f"incidents {shown} are each other's parents: an incident cannot "
                        "contain itself",
                    )
                )
            in_cycle.update(loop)
    for child, parent_id in sorted(parent.items()):
        if child in in_cycle or status.get(child) != "active":
            continue
        if parent_id not in status:
            problems.append(
                TreeProblem(
                    "orphan", child, f"incident {child}: its parent {parent_id} does not exist"
                )
            )
        elif status[parent_id] != "active":
            problems.append(
                TreeProblem(
                    "orphan",
                    child,
                    f"incident {child}: its parent {parent_id} is {status[parent_id]}, so no "
                    "active campaign holds it",
                )
            )
    return problems
