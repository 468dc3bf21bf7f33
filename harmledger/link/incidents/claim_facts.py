"""A reviewed claim as the linker reads it: its facts, in the language-independent form."""

from __future__ import annotations

from harmledger.claims.reviewed import LoadedClaim
from harmledger.link.incidents.facts import ClaimFacts, claim_window, is_aggregate_claim
from harmledger.link.incidents.places import place_info


def claim_facts(claim: LoadedClaim) -> ClaimFacts:
    """The facts linking compares: time window, place, figures, actors, origin."""
    v = claim.values
    start, end, precision = claim_window(v["period_start"], v["period_end"], claim.published)
    return ClaimFacts(
        claim_id=claim.id,
        document_id=claim.document_id,
        measure=v["measure"],
        who=v["who"],
        low=v["low"],
        high=v["high"],
        start=start,
        end=end,
        date_precision=precision,
        place=place_info(
            v["place"], v["place_name"], v["latitude"], v["longitude"], v.get("place_confidence")
        ),
        perpetrator=v["perpetrator"],
        weapon=v["weapon"],
        origin=claim.origin,
        is_aggregate=is_aggregate_claim(start, end, precision, v["low"]),
        place_confidence=v.get("place_confidence"),
    )
