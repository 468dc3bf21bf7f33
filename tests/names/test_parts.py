"""Name parts: nasab chains, compound parts, titles and nicknames."""

from __future__ import annotations

from harmledger.names import NameParts, name_tokens, split_name


def test_four_part_nasab_chain() -> None:
    parts = split_name("سمير خليل يوسف ابو سمرة")
    assert (parts.given, parts.father, parts.grandfather, parts.family) == (
        "سمير",
        "خليل",
        "يوسف",
        "ابوسمره",
    )


def test_two_and_three_parts() -> None:
    assert split_name("Rania Haddad") == NameParts(
        given="rania", family="haddad", tokens=("rania", "haddad")
    )
    three = split_name("Omar Tariq Al-Nimr")
    assert (three.given, three.father, three.grandfather, three.family) == (
        "omar",
        "tariq",
        None,
        "al-nimr",
    )


def test_compound_parts_stay_whole() -> None:
    assert name_tokens("Abd al-Rahman Abu Samra") == ["abd-al-rahman", "abu-samra"]
    assert name_tokens("عبد ربه خليل") == ["عبد ربه", "خليل"]
    assert name_tokens("Nour ad-Din Haddad") == ["nour-al-din", "haddad"]


def test_connectors_titles_and_nicknames_are_dropped() -> None:
    assert name_tokens("Omar bin Tariq ibn Walid") == ["omar", "tariq", "walid"]
    assert name_tokens("عمر بن طارق") == ["عمر", "طارق"]
    assert name_tokens("Mrs. Hiba Haddad `Umm Omar`") == ["hiba", "haddad"]
    assert name_tokens("الحاج سمير حداد (ابو عمر)") == ["سمير", "حداد"]


def test_more_than_four_parts_keep_the_middle() -> None:
    parts = split_name("Omar Tariq Walid Samir Khalil Haddad")
    assert parts.family == "haddad"
    assert parts.middle == ("samir", "khalil")


def test_one_part_and_empty() -> None:
    assert split_name("Al-Haddad").family == "al-haddad"
    assert split_name("Rania").given == "rania"
    assert split_name("  ") == NameParts()
