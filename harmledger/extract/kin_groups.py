"""Relatives counted as someone's ("his three brothers", "four of my cousins", "nine members of
his family", "ses trois frères", "Zwei ihrer Cousins", "ثلاثة من أشقائه").

The conventions make a counted group (one family) a claim of its own, and the incident-centred
labels (``incidents_dev``) give a counted group of relatives ``who = other``: the count says whose
family was hit, not which category of person (the news-excerpt sets label such kin people).
A bare plural of kin ("14 members of one family", "relatives") is no such group, and a
person's children counted as children stay children, so only a kin noun with its owner
written beside the count turns the category (pack ``[kin_groups]``):

- ``nouns``: plural kin nouns ("brothers", "cousins", "relatives");
- ``offspring``: sons and daughters, a group of their own but where they follow a person and a
  companion link ("a woman and her two daughters"), whose children they are;
- ``owners``: possessive words, before the number ("his three brothers") or between it and its
  noun ("four of his cousins");
- ``owned``: kin nouns with the owner written onto them (Arabic "أشقائه", his brothers), and
  nouns an owned kin noun follows ("أبناء عمه", the sons of his uncle);
- ``losing``: verbs of losing right before the number, whose subject owns the relatives ("he
  lost 11 relatives");
- ``families``: family nouns after a member noun and an owner ("members of his family"), or
  with the owner written onto them (``owned``).
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from functools import cache, lru_cache

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks
from harmledger.extract.numbers import Mention
from harmledger.extract.reading import Head, cats_at
from harmledger.extract.text import Doc
from harmledger.folding import normalize

# categories a kin noun is read with ("sons": children, "brothers": people, "uncles": men)
_KIN_WHO = frozenset({"people", "children", "men"})
_KIN_WORDS = 3  # words from a number to its kin noun: "four of his young cousins"
_FAMILY_WORDS = 4  # words from a member noun to its family noun: "members of his own family"


@cache
def _lists(lang: str) -> dict[str, tuple[str, ...]]:
    """The pack's ``[kin_groups]`` lists, normalised once per language."""
    raw = load_pack(lang).raw.get("kin_groups", {})
    return {key: tuple(normalize(w) for w in raw.get(key, [])) for key in raw}


@lru_cache(maxsize=16384)  # a pure function of the word, asked for the words around most counts
def _is(word: str, patterns: tuple[str, ...]) -> bool:
    """Whether a normalised word is one of the patterns (``*`` for any letters)."""
    return any(fnmatchcase(word, p) if "*" in p else word == p for p in patterns)


def kin_group(head: Head, mention: Mention, doc: Doc, marks: Marks, pack: LanguagePack) -> None:
    """Make ``head`` a counted group of relatives (``who = other``) where its noun is a kin
    noun owned by someone, as the module docstring says; why: the conventions label such a
    group apart from the category its nouns would give."""
    if mention.source == "singular" or head.conjoined_who or head.distractor or head.quantity:
        return
    if head.who not in _KIN_WHO and (head.who is not None or head.measure is not None):
        return
    lists = _lists(pack.lang)
    if not lists:
        return
    if _owned_kin(doc, mention, head, lists, pack) or (
        head.i < len(doc.words)
        and "grp:nouns" in cats_at(marks, head.i)
        and _family_after(doc, head.j, lists)
    ):
        # the kin noun is what the count counts, not a noun the pack does not know
        head.who, head.kin, head.unknown = "other", True, False


def _owned_kin(
    doc: Doc, mention: Mention, head: Head, lists: dict[str, tuple[str, ...]], pack: LanguagePack
) -> bool:
    """Whether a kin noun with its owner follows the number within its phrase: the owner before
    the number ("his three brothers") or after it ("four of his cousins", "zwei ihrer Cousins"),
    or written onto the noun ("ثلاثة من أشقائه", "أبناء عمه"). A person's sons and daughters
    listed after them ("a woman and her two daughters", "killed with his two sons") are the
    family's children, summed with them (companions.py), so they stay children there."""
    owners, nouns, owned = lists.get("owners", ()), lists.get("nouns", ()), lists.get("owned", ())
    offspring = lists.get("offspring", ())
    before = doc.words[mention.i - 1].norm if mention.i > 0 else ""
    # "he lost 11 relatives": who lost them owns them
    owner = _is(before, owners) or _is(before, lists.get("losing", ()))
    opening = mention.i - 1 if owner else mention.i
    # a noun read as the count's own bounds the phrase; a bare number looks a few words on
    end = head.j + 1 if head.j > mention.j else mention.j + _KIN_WORDS
    for t in range(mention.j, min(len(doc.words), end)):
        if doc.gaps[t] != " ":
            return False
        word = doc.words[t].norm
        if _is(word, owned):
            return True
        if owner and _is(word, nouns):
            return True
        if owner and _is(word, offspring):
            return not _after_link(doc, opening, pack)
        owner = owner or _is(word, owners)
    return False


@cache
def _links(lang: str) -> tuple[list[str], ...]:
    """The pack's companion links (``[companions] links``), normalised and split once."""
    links = load_pack(lang).raw.get("companions", {}).get("links", [])
    return tuple(normalize(link).split() for link in links)


def _after_link(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether a companion link (pack ``[companions] links``: "and", "with", "along with")
    ends right before word ``k``."""
    for parts in _links(pack.lang):
        start = k - len(parts)
        if start >= 0 and [w.norm for w in doc.words[start:k]] == parts:
            return True
    return False


def _family_after(doc: Doc, k: int, lists: dict[str, tuple[str, ...]]) -> bool:
    """Whether an owned family noun follows word ``k`` within the phrase: "of his family",
    "de sa famille", "seiner Familie", "عائلته"."""
    owner = False
    for t in range(k, min(len(doc.words), k + _FAMILY_WORDS)):
        if t > k and doc.gaps[t] != " ":
            return False
        word = doc.words[t].norm
        if _is(word, lists.get("owned", ())):
            return True
        if _is(word, lists.get("families", ())):
            return owner
        owner = owner or _is(word, lists.get("owners", ()))
    return False
