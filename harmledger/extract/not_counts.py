"""Numbers that by their written form can never count casualties.

Whatever words surround them, some numbers are parts of a date, a code or a name: the engine
drops them before reading what they count. Each check looks only at the number's own tokens
and its immediate neighbours (the gap characters and the word right before), so it holds in
every language and costs a constant per number.

- numeric dates and codes: digits joined to digits by a slash ("12/30/2001", "9/11", "24/7",
  "2017/03/17") or a chain of three digit groups joined by one hyphen or dot ("2019-07-14");
- phone numbers and codes: a run of three or more digit groups apart by spaces that the number
  reader did not join, or two where one opens with a zero ("967 1 234567", "0800 222 555");
- calibres and sizes: a figure opened by a bare point (".223") or two joined by "x" ("7.62x39");
- names with a number: digits hyphenated onto a word ("COVID-19", "F-16", "إف-16", "Su-24");
- identifiers: digits right after a name word with nothing counted after them ("Highway 60",
  "Resolution 2254", "Block 12", Arabic "القرار 2254", "اللواء 93"); which words are name
  words is the pack's ``numbers.identifier_before``: ``"capitalised"`` where names are written
  with a capital and common nouns are not (not German), or the definite prefixes written onto
  a noun (Arabic ``["ال"]``);
- year spans: two bare four-digit years joined as a range ("between 2014 and 2017"), or a
  year and the two last digits of the next ("2008-09", "2014–15");
- ratios: two numbers joined by the pack's ``numbers.proportion`` words ("1 in 3 children",
  "one in five", "واحد من كل ثلاثة"), the second not counting a thing ("5 in 3 strikes").
"""

from __future__ import annotations

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.lexicon import Marks
from harmledger.extract.numbers import Mention, split_number_word
from harmledger.extract.text import Doc

_UNIT_BEFORE = frozenset({"dis:units"})
_SLASH = "/"
_CHAIN = ("-", "‐", "‑", ".")
_HYPHENS = ("-", "‐", "‑")
_SPAN_DASHES = ("-", "‐", "‑", "–", "/")
_TITLE_SHARE = 0.6  # share of capitalised words that makes a line a title, not a sentence
_TITLE_REACH = 12


def _digit_at(doc: Doc, k: int) -> bool:
    return 0 <= k < len(doc.words) and doc.words[k].is_digit


def numeric_date_or_code(doc: Doc, mention: Mention) -> bool:
    """Digits joined by "/" to other digits, or the ends of a run of three digit groups joined
    by one hyphen or dot, without spaces: a written date or a code."""
    i, j = mention.i, mention.j
    before = doc.gaps[i] if i < len(doc.gaps) else ""
    after = doc.gaps[j] if j < len(doc.gaps) else ""
    if (before == _SLASH and _digit_at(doc, i - 1)) or (after == _SLASH and _digit_at(doc, j)):
        return True
    run = j - i  # digit groups inside the mention (a range "07-14" is two)
    k = i
    while k > 0 and doc.gaps[k] in _CHAIN and _digit_at(doc, k - 1):
        k -= 1
        run += 1
    separators = {doc.gaps[t] for t in range(k + 1, j)}
    t = j
    while t < len(doc.words) and doc.gaps[t] in _CHAIN and doc.words[t].is_digit:
        separators.add(doc.gaps[t])
        t += 1
        run += 1
    return run >= 3 and len(separators) == 1 and all(doc.words[s].is_digit for s in range(k, t))


def _plain_space(gap: str) -> bool:
    return gap != "" and gap.strip(" \u00a0\u202f") == ""


def digit_run(doc: Doc, mention: Mention) -> bool:
    """A group of a run of digit groups that the number reader did not join into one number,
    three groups or more, or two where one opens with a zero: a phone number or a code
    ("967 1 234567", "800 008 5400", "0800 222 555", "030 12345")."""
    i, j, n = mention.i, mention.j, len(doc.words)
    lo = i
    while lo > 0 and _plain_space(doc.gaps[lo]) and _digit_at(doc, lo - 1):
        lo -= 1
    hi = j
    while hi < n and _plain_space(doc.gaps[hi]) and doc.words[hi].is_digit:
        hi += 1
    if lo == i and hi == j:
        return False
    groups = [doc.words[k].text for k in range(lo, hi)]
    if not all(g.isdigit() for g in groups):
        return False
    return len(groups) >= 3 or any(len(g) >= 2 and g.startswith("0") for g in groups)


_TIMES = ("x", "×")
_POINT_OPENERS = " ,;(/"


def caliber_or_dimension(doc: Doc, mention: Mention) -> bool:
    """A figure opened by a bare point (the calibres ".40", ".223") or a size of two figures
    joined by "x" ("7.62x39", "7,62×39", "20x30"): a calibre or a dimension."""
    i, j, n = mention.i, mention.j, len(doc.words)
    gap = doc.gaps[i]
    if gap.endswith(".") and (
        (len(gap) == 1 and i == 0) or (len(gap) > 1 and gap[-2] in _POINT_OPENERS)
    ):
        return True

    def times(t: int) -> bool:  # an "x" between figure groups, as a word or as a gap
        if t < n and doc.gaps[t].strip() in _TIMES and doc.words[t].is_digit:
            return True
        return (
            t + 1 < n
            and doc.gaps[t] == ""
            and doc.words[t].text.casefold() in _TIMES
            and doc.gaps[t + 1] == ""
            and doc.words[t + 1].is_digit
        )

    t = j
    while t < n and doc.gaps[t] in (".", ",") and doc.words[t].is_digit:
        t += 1
    if times(t):
        return True
    t = i
    while t > 0 and doc.gaps[t] in (".", ",") and _digit_at(doc, t - 1):
        t -= 1
    return (t > 0 and doc.gaps[t].strip() in _TIMES and _digit_at(doc, t - 1)) or (
        t > 1
        and doc.gaps[t] == ""
        and doc.words[t - 1].text.casefold() in _TIMES
        and doc.gaps[t - 1] == ""
        and _digit_at(doc, t - 2)
    )


def hyphenated_name(doc: Doc, mention: Mention) -> bool:
    """Digits hyphenated onto a word ("COVID-19", "F-16", "إف-16"): part of a name."""
    i = mention.i
    return (
        i > 0
        and doc.gaps[i] in _HYPHENS
        and not doc.words[i - 1].is_digit
        and doc.words[i - 1].text[-1:].isalpha()
    )


def year_with_short_end(doc: Doc, mention: Mention) -> bool:
    """Two digits hyphenated onto a four-digit year ("2008-09", "2014–15"): the end of a span
    of years written short, or the year before it, never a count."""
    i, j = mention.i, mention.j
    if j - i != 1:
        return False

    def year(k: int) -> bool:
        text = doc.words[k].text if 0 <= k < len(doc.words) else ""
        return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099

    def short(k: int) -> bool:
        text = doc.words[k].text if 0 <= k < len(doc.words) else ""
        return len(text) == 2 and text.isdigit()

    joined = doc.gaps[i] in _SPAN_DASHES and year(i - 1) and short(i)
    opening = j < len(doc.words) and doc.gaps[j] in _SPAN_DASHES and year(i) and short(j)
    return joined or opening


def compound_modifier(doc: Doc, mention: Mention) -> bool:
    """Digits hyphenated onto a word that is hyphenated onto another ("die 80.000-Einwohner-
    Stadt", "ein 20-Mann-Trupp"): the number sizes the last noun, it counts no victims."""
    j, n = mention.j, len(doc.words)
    return (
        j + 1 < n
        and doc.gaps[j] in _HYPHENS
        and doc.gaps[j + 1] in _HYPHENS
        and doc.words[j].text[:1].isalpha()
        and doc.words[j + 1].text[:1].isalpha()
    )


def size_compound(doc: Doc, mention: Mention, pack: LanguagePack) -> bool:
    """Digits hyphenated onto a size word ("a 40-member rescue team", "a 5-man crew", "a
    20-strong delegation", "ein 12-köpfiges Team"): the number sizes a group of helpers or
    envoys, it counts no victims. A size of a family ("a 6-member family") is of the people."""
    j, n = mention.j, len(doc.words)
    if mention.source != "digit" or j >= n or doc.gaps[j] not in _HYPHENS:
        return False
    if doc.words[j].norm not in pack.words("distractors", "size_compounds"):
        return False
    wholes = pack.words("distractors", "size_compound_wholes")
    return not any(doc.words[k].norm in wholes for k in range(j + 1, min(n, j + 3)))


def list_number(doc: Doc, mention: Mention) -> bool:
    """A small number closed by a bracket that opens a line or follows a colon or semicolon
    ("named the dead: 1) a taxi driver; 2) a nurse"): an item's number in a list."""
    i, j = mention.i, mention.j
    if mention.source != "digit" or j - i != 1 or not (0 < (mention.low or 0) < 100):
        return False
    after = doc.gaps[j] if j < len(doc.words) else ""
    if not after.lstrip().startswith(")") or "(" in doc.gaps[i]:
        return False
    return i == 0 or any(ch in doc.gaps[i] for ch in ":;\n")


def _title_line(doc: Doc, k: int) -> bool:
    """Whether word ``k``'s sentence is written in title case (a headline), judged on at most
    ``_TITLE_REACH`` words either side so that the cost per number stays constant."""
    sentence = doc.sentence[k]
    lo = k
    while lo > max(0, k - _TITLE_REACH) and doc.sentence[lo - 1] == sentence:
        lo -= 1
    hi = k
    last = min(len(doc.words) - 1, k + _TITLE_REACH)
    while hi < last and doc.sentence[hi + 1] == sentence:
        hi += 1
    letters = [w.text for w in doc.words[lo : hi + 1] if w.text[:1].isalpha()]
    capital = sum(1 for w in letters if w[:1].isupper())
    return len(letters) >= 3 and capital >= _TITLE_SHARE * len(letters)


def identifier(doc: Doc, mention: Mention, marks: Marks, pack: LanguagePack) -> bool:
    """Digits right after a name word ("Highway 60", "القرار 2254"): a name's number. The caller
    keeps numbers that count something named after them ("Gaza 20 people")."""
    i = mention.i
    if not (pack.identifier_capitalised or pack.identifier_prefixes):
        return False
    if mention.source != "digit" or mention.qualifier != "exact" or i < 2:
        return False
    if doc.gaps[i] != " " or doc.words[i - 1].is_digit:
        return False
    if doc.sentence[i - 2] != doc.sentence[i - 1]:
        return False  # a sentence's first word is capitalised whatever it is
    previous = doc.words[i - 1]
    # a unit names what a number counts after it ("12 blocks"), never before it ("Block 12")
    own = set(marks.cats[i - 1]) - _UNIT_BEFORE
    if own or any(
        s[2] == i and s[0] not in _UNIT_BEFORE for k in range(max(0, i - 4), i) for s in marks[k]
    ):
        return False  # a cue, a category, a qualifier or a date ends right before the number
    if previous.norm in pack.function_words or previous.norm in pack.of_words:
        return False
    if pack.identifier_capitalised:
        return previous.text[:1].isupper() and not _title_line(doc, i)
    return any(
        previous.norm.startswith(p) and len(previous.norm) > len(p) + 1
        for p in pack.identifier_prefixes
    )


def year_span(doc: Doc, mention: Mention) -> bool:
    """A range of two bare four-digit years ("between 2014 and 2017", "2011-2019")."""
    if mention.qualifier != "range" or mention.source != "digit":
        return False
    low, high = mention.low or 0, mention.high or 0
    if not (1900 <= low <= 2099 and 1900 <= high <= 2099):
        return False
    digits = [w.text for w in doc.words[mention.i : mention.j] if w.is_digit]
    return len(digits) == 2 and all(len(d) == 4 and d.isdigit() for d in digits)


def bare_year(doc: Doc, mention: Mention) -> bool:
    """A plain year: four digits written without a separator ("2017", not "2,017")."""
    if not mention.plain_year or mention.j - mention.i != 1:
        return False
    text = doc.words[mention.i].text
    return len(text) == 4 and text.isdigit()


def year_before_event(doc: Doc, mention: Mention, pack: LanguagePack) -> bool:
    """A plain year between a determiner and an event noun ("a 1999 massacre", "the 2014
    war", ``distractors.year_determiners``, ``year_events``): the event's date, no count."""
    i, j = mention.i, mention.j
    if i < 1 or j >= len(doc.words) or not bare_year(doc, mention):
        return False
    if doc.gaps[i] != " " or doc.gaps[j] != " ":
        return False
    return doc.words[i - 1].norm in pack.words("distractors", "year_determiners") and doc.words[
        j
    ].norm in pack.words("distractors", "year_events")


def _numeral(doc: Doc, k: int, pack: LanguagePack) -> bool:
    if not 0 <= k < len(doc.words):
        return False
    norm = doc.words[k].norm
    if doc.words[k].is_digit or norm in pack.singular:
        return True
    return split_number_word(norm, pack) is not None


def _joined_by(doc: Doc, start: int, phrase: tuple[str, ...]) -> bool:
    if start + len(phrase) > len(doc.words):
        return False
    for n, w in enumerate(phrase):  # a loop: asked per phrase around every number
        if doc.words[start + n].norm != w or doc.gaps[start + n].strip():
            return False
    return True


def proportion(doc: Doc, mention: Mention, marks: Marks, pack: LanguagePack) -> bool:
    """Either number of a ratio ("1 in 3 children", "one in five", "واحد من كل ثلاثة")."""
    if mention.source not in ("digit", "word"):
        return False
    # where the joining word also counts a part of a group ("13 av 15 passagerare"), only a
    # round whole makes a ratio ("nio av tio"): ``numbers.proportion_wholes``
    # where only some joining phrases also count a part of a group ("13 out of 15
    # passengers", not "1 in 3"), ``numbers.proportion_part_of`` names them: the wholes
    # hold for those alone
    all_wholes = pack.words("numbers", "proportion_wholes")
    part_of = pack.words("numbers", "proportion_part_of")
    for phrase in pack.proportion:
        shared = not part_of or " ".join(phrase) in part_of
        wholes = all_wholes if shared else frozenset()
        # "1 killed in 3 strikes" counts a thing after "in"; "three out of four villagers"
        # is a share of whatever follows
        things = not (part_of and shared)
        n = len(phrase)
        second = mention.j + n
        if (
            _joined_by(doc, mention.j, phrase)
            and _numeral(doc, second, pack)
            and (not wholes or doc.words[second].norm in wholes)
            and not doc.gaps[second].strip()
            and not (things and _counts_a_thing(doc, second + 1, marks))
        ):
            return True
        first = mention.i - n - 1
        if (
            first >= 0
            and (n > 1 or _numeral(doc, first, pack))  # "out of every 3", "من كل 3" alone
            and _joined_by(doc, mention.i - n, phrase)
            and (not wholes or doc.words[mention.i].norm in wholes)
            and not doc.gaps[mention.i].strip()
            and not (things and _counts_a_thing(doc, mention.j, marks))
        ):
            return True
    return False


_RATIO_REACH = 10  # words from a ratio that opens a subject to the copula after it


def ratio_predicate(
    doc: Doc, mention: Mention, pack: LanguagePack, copulas: frozenset[str]
) -> bool:
    """A lone noun after a copula whose subject a ratio opens ("one in three of those killed
    was a child", "1 in 5 of the wounded was a woman") or a superlative names (pack
    ``numbers.superlatives``: "the youngest of the 11 victims was a baby"): it says what a
    share or one of them was, and counts nobody (en14)."""
    i = mention.i
    if mention.source != "singular" or i < 4 or doc.words[i - 1].norm not in copulas:
        return False
    sentence = doc.sentence[i]
    superlatives = pack.words("numbers", "superlatives")
    for t in range(i - 2, max(-1, i - 2 - _RATIO_REACH), -1):
        if doc.sentence[t] != sentence:
            return False
        if doc.words[t].norm in superlatives:
            return True  # "the youngest of the 11 victims was a baby": one of them described
        if not _numeral(doc, t, pack):
            continue
        for phrase in pack.proportion:
            if _joined_by(doc, t + 1, phrase) and _numeral(doc, t + 1 + len(phrase), pack):
                return True
    return False


def _counts_a_thing(doc: Doc, k: int, marks: Marks) -> bool:
    """Whether word ``k`` names a thing or unit ("in 3 strikes", "in 2 days"), not people.

    Words that only open another phrase ("of", which may open a year or a denominator) name
    nothing: "1 in 3 of the wounded" is a ratio (dist10)."""
    if k >= len(doc.words) or doc.gaps[k].strip():
        return False
    return any(c.startswith(("qty:", "dis:")) and c not in _OPENERS_ONLY for c in marks.cats[k])


# distractor categories of a word that opens a phrase and names no thing itself
_OPENERS_ONLY = frozenset({"dis:year_before", "dis:denominator_opening"})


def correlative(doc: Doc, mention: Mention, marks: Marks, pack: LanguagePack) -> bool:
    """A number word opening a pair of two nouns that a join links ("both deaths and
    injuries", "both men and women", "both the dead and the wounded"): it joins two things and
    counts neither (a joined pair of people is counted where it is read as a coordination).
    Only a bare noun or a function word and a noun may stand before the join: in "both
    children died and ..." or "both of them" the word is a count of two; so it is before a
    count ("both parents and their four children": six)."""
    i, j, n = mention.i, mention.j, len(doc.words)
    if mention.source == "digit" or j - i != 1 or j + 1 >= n:
        return False
    if doc.words[i].norm not in pack.words("numbers", "correlatives"):
        return False
    joins = pack.words("numbers", "correlative_joins")
    k = j + 1 if "fn:word" not in marks.cats[j] else j + 2
    return (
        k < n
        and doc.sentence[k] == doc.sentence[i]
        and not any(ch in ",;:()" for t in range(j, k + 1) for ch in doc.gaps[t])
        and doc.words[k].norm in joins
        # a count after the join makes it a sum: "both parents and their four children"
        and not any(_numeral(doc, t, pack) for t in (k + 1, k + 2))
    )
