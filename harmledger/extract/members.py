"""One person named as a member of a list after a subset marker: "including the mother",
"darunter die Mutter und fünf Töchter", "dont la mère", "däribland mamman", "بينهم أم",
"بينهم طفلان ووالدتهما".

Inside a count, "the mother" is no one already counted: it is one of the count, as "a woman"
is ("including a woman" is read by the singular article). The labelling conventions count such
a member as a claim of one of its category. Only a person noun of one (``[singular_victims]
nouns``) of a category that names a part of the victims (women, men, children, civilians,
protected) counts; a definite article or possessive may stand before it
(``[singular_victims] determiners``), and the list may run on past counted members
("بينهم طفلان ووالدتهما", "including two sons and their mother").
"""

from __future__ import annotations

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.lexicon import Marks
from harmledger.extract.reading import cats_at
from harmledger.extract.text import Doc

# categories a bare noun names as a subset member ("among them a woman"); "a person" is no part
MEMBER_WHO = ("who:children", "who:women", "who:men", "who:civilians", "who:protected")
_LIST_WORDS = 8  # words from the subset marker to the last member read
_ARTICLES = 2  # determiners before a member noun: "darunter auch die Mutter"


def _indefinite(doc: Doc, k: int) -> bool:
    """An Arabic noun without ال is indefinite: "امرأة", not "المرأة" (the one named before)."""
    return not doc.words[k].norm.startswith(("ال", "وال"))


def listed_members(doc: Doc, marks: Marks, pack: LanguagePack, taken: set[int]) -> list[int]:
    """Positions of member nouns that each count one person, in the list after each subset
    marker; ``taken`` words belong to counts already read ("طفلان", "two sons"), which the
    list runs on past."""
    settings = pack.raw.get("singular_victims", {})
    bare = bool(settings.get("bare_indefinite", False))
    adverbs = set(settings.get("member_adverbs", []))
    joined = pack.raw.get("segments", {}).get("joined", "")
    found: list[int] = []
    n = len(doc.words)
    for start in marks.positions("who:subset"):
        k = cats_at(marks, start)["who:subset"]
        sentence = doc.sentence[start]
        articles = 0
        while k < n and k - start <= _LIST_WORDS and doc.sentence[k] == sentence:
            if doc.gaps[k].strip(" ,"):
                break  # a list ends at any stop but a comma
            cats = cats_at(marks, k)
            word = doc.words[k].norm
            if k in taken or word in pack.conjunctions or word in adverbs:
                k += 1
                articles = 0
                continue
            if "one:determiners" in cats and word not in pack.singular and articles < _ARTICLES:
                k += 1
                articles += 1
                continue
            after_count = k > 0 and k - 1 in taken
            if joined and after_count and word.startswith(joined):
                after_count = False  # "طفلان ووالدتهما": the next member, joined by "and"
            if after_count and any(c.startswith("who:") for c in cats):
                k += 1  # the noun of a count just read: "5 أطفال", "two sons"
                continue
            member = "one:nouns" in cats and any(c in cats for c in MEMBER_WHO)
            if not member or (bare and not articles and not _indefinite(doc, k)):
                break
            found.append(k)
            k += 1
            articles = 0
    return found
