"""Linking's weights and thresholds, read from ``linking.toml`` (rules are data).

``python -m harmledger.link.incidents.config`` prints the README's points table, which is
rendered from the file so the two cannot drift apart.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """The parsed ``linking.toml``."""
    text = (resources.files("harmledger.link.incidents") / "linking.toml").read_text("utf-8")
    return tomllib.loads(text)


def thresholds() -> dict[str, float]:
    """Points a link needs, by incident kind."""
    return {
        "event": float(rules()["documents"]["threshold"]),
        "aggregate": float(rules()["aggregates"]["threshold"]),
    }


def points_table() -> str:
    """The README's table of evidence and points (markdown), from the rules."""
    d, a = rules()["documents"], rules()["aggregates"]
    place, time, ev, r = d["place"], d["time"], d["evidence"], rules()["places"]
    rows = [
        (
            "**events** (report by report; a link needs the points, and also one of: "
            f"{', '.join(d['requires'])})",
            f"{d['threshold']}",
        ),
        (
            "same place: neighbourhood or village / town / city / district / governorate; one "
            "inside the other; near",
            f"{place['neighbourhood']} / {place['town']} / {place['city']} / {place['district']} "
            f"/ {place['governorate']}; {place['contains']}; {place['near']}",
        ),
        (
            'a place named only as a region ("Idlib province", "the Gaza Strip"): the region '
            f"(a governorate reaching {r['region_radius_km']} km), not its capital city; a "
            "region's tolls of hundreds are never one growing toll; "
            f"{' or '.join(r['region_campaign_measures'])} there of ≥ "
            f"{r['region_campaign_figure']} with no day of their own: the region's campaign figure",
            "as governorate",
        ),
        (
            "placed apart, both name one place of the batch in any spelling (Cheikhoun, Sheijun, "
            f"شيخون; {' / '.join(place['named_in_any_spelling'])}, in their country)",
            "as that place",
        ),
        (
            f"both state the event's day (±{time['day_tolerance']}); one states it, the other was "
            f"published after it; neither states it, published ≤ {time['close_days']} days apart",
            f"{time['same_day']} / {time['stated_before_report']} / {time['reports_close']}",
        ),
        (
            f"… a scene found over days ({', '.join(time['long_scenes'])}) in one town both "
            f"name, or a toll of hundreds there: stated days up to {time['long_scene_days']} "
            "apart",
            "as the same day",
        ),
        (
            "same kind of scene (hospital, market, funeral hall …, `sites.toml`) / both name "
            "scenes, none shared (or, in one language, the same kind by other names)",
            f"{ev['shared_site']} / {ev['other_site']}",
        ),
        (
            "… the scene names the event only if named by its own name, a rare kind ("
            f"{', '.join(ev['rare_sites'])}), at a {' / '.join(ev['scene_places'])}, or with the "
            f"same killed figure ≥ {ev['scene_min_figure']}; else (unnamed hospitals of a city)",
            f"{ev['shared_unnamed_site']}",
        ),
        (
            "… or one report states no day and its toll of that scene (≥ "
            f"{ev['update_min_figure']}) is within a factor of {ev['update_ratio']} of the "
            "other's: a later report updating the toll (never two reports that each state a "
            "day); figures dated the day a report appeared, above its earlier day's toll, are "
            "that toll as of the report",
            f"{ev['shared_site']}",
        ),
        (
            "a rare kind of scene one report is about and the other mentions anywhere in its "
            "text (a chemical attack told from the hospital); figures under a line such as "
            '"Read more" are teasers of other events, a group of their own',
            f"{ev['shared_site']}",
        ),
        (
            f"shared distinctive full names (two+ words), from {ev['min_names']} on (a victim, a "
            f"named building) / same language, {ev['min_names_apart']}+ names each, none shared",
            f"{ev['shared_name']} each, up to {ev['max_names']} / {ev['other_names']}",
        ),
        (
            f"the same killed figure (≥ {ev['min_figure']}) in both; the same source quoted (not "
            "the publisher of both)",
            f"{ev['same_figure']}; {ev['same_origin']}",
        ),
        (
            "one publisher's reports published ≤ "
            f"{ev['series_days']} days apart, one with no place, no day and only "
            f"{' or '.join(ev['series_row_measures'])} (a responder's log row), naming one kind "
            "of scene: the scene names the event, and",
            f"{ev['shared_site']} + {ev['same_series']}",
        ),
        (
            "a later report (undated, or published more than "
            f"{time['close_days']} days after the other's day) naming no scene beside its "
            "figures: the scene its whole text names; naming none at all, a killed toll (≥ "
            f"{ev['scene_min_figure']}) of the other's restated at the same place (names the "
            "event)",
            f"as the scene / {ev['later_toll']}",
        ),
        (
            f"a report stating no day, published more than {time['undated_near_days']} days "
            "after the other's day (its own weeks), joins it only by what names an event on "
            f"its own ({', '.join(d['far_requires'])}): a scene it names by its own name, of a "
            f"kind that is an event ({', '.join(ev['event_scenes'])}), at a "
            f"{' / '.join(ev['scene_places'])}, or whose toll it restates or updates; a report "
            "with no date at all meets any",
            "else below the threshold",
        ),
        (
            f"both state ≥ {ev['town_toll']} dead ({' or '.join(ev['town_toll_measures'])}) in "
            "one town both name (any spelling), whatever scene each describes",
            f"{ev['same_town_toll']}",
        ),
        (
            f"… in one city (the same place): killed only, the larger toll at most "
            f"{ev['city_toll_ratio']} times the smaller (one toll that grows); two scenes that "
            "differ still keep them apart",
            f"{ev['same_city_toll']}",
        ),
        (
            "same / other weapon; same / other alleged perpetrator",
            f"{ev['same_weapon']} / {ev['other_weapon']}; {ev['same_perpetrator']} / "
            f"{ev['other_perpetrator']}",
        ),
        ("**campaigns** (claim by claim; a link needs)", f"{a['threshold']}"),
        (
            "time overlaps (claim's own date / only the report's date); within a day",
            f"{a['time_overlap']} / {a['time_overlap_report_date']}; {a['time_within_tolerance']}",
        ),
        (
            "same place (city or finer / district / governorate); inside; near; an undated "
            "figure for the campaign's place",
            f"{a['place']['city']} / {a['place']['district']} / {a['place']['governorate']}; "
            f"{a['place_contains']}; {a['place_near']}; +{a['undated_campaign_figure']}",
        ),
        ("same document", f"{a['same_document']}"),
        (
            "a campaign none of whose figures states a day (bodies found by the hundred in a "
            "region) holds the events inside its place that ended by its reports and began at "
            f"most {a['undated_reach_days']} days before",
            "parent",
        ),
        (
            "same / other perpetrator; same / other weapon; figures within a factor of "
            f"{a['compatible_ratio']}",
            f"{a['same_perpetrator']} / {a['other_perpetrator']}; {a['same_weapon']} / "
            f"{a['other_weapon']}; {a['compatible_figures']}",
        ),
    ]
    lines = ["| evidence | points |", "|---|---|"]
    lines += [f"| {evidence} | {points} |" for evidence, points in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    print(points_table())
