"""Numbers in every written form: digits with local separators, Eastern Arabic digits, number
words (compounds included), vague quantity words, qualifiers and ranges.

The output is a list of :class:`Mention` with the convention reading of the README table
(``low``, ``high``, ``qualifier``); deciding *what* is counted is the engine's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks, Span
from harmledger.extract.text import Doc, normalize

_HYPHENS = frozenset("-‐‑–")
_STRONG_JOINS = frozenset(("to", "a", "bis", "till", "الي", "hasta"))
# "or" between two figures right beside each other, the noun after the second: one count of
# two bounds ("15 ou 16 morts", "15 or 16 people", "15 o 16 muertos"; p17fr)
_OR_JOINS = frozenset(("or", "ou", "o", "u", "oder", "eller"))

# raised ordinal letters written after a point ("30.º", "1.ª")
_ORDINAL_MARKS = frozenset("ºª")
# stops a qualifier does not reach over (sets: a gap is tested against them per number)
_SENTENCE_STOPS = frozenset(".!?؟")
_CLAUSE_STOPS = frozenset(".,;:!?؟،\n")


@dataclass
class Mention:
    """A counted quantity at word positions ``[i, j)`` with its reading."""

    i: int
    j: int
    value: int
    low: int | None
    high: int | None
    qualifier: str
    source: str  # digit | word | vague | singular | zero
    percent: bool = False
    ordinal: bool = False
    decimal: bool = False

    @property
    def plain_year(self) -> bool:
        """A bare four-digit number that reads like a year (1900-2099)."""
        return self.source == "digit" and 1900 <= self.value <= 2099 and self.qualifier == "exact"


def parse_digits(raw: str, pack: LanguagePack) -> tuple[float, bool]:
    """Value of a digit token and whether it had a decimal part, honouring the pack's separators.

    With ``dot_groups`` (Arabic reporting writes "24.620" for 24,620) a decimal dot followed by
    exactly three digits in every group is a thousands separator: no count of people has a
    fractional part.
    """
    value, decimal = _digits_value(raw, pack.thousands, pack.decimal, pack.dot_groups)
    if decimal and pack.decimal_groups and _groups_of_three(normalize(raw), pack.decimal):
        # "30,035 personer" in a decimal-comma language: no count of people has a fractional
        # part, and a decimal written to three places in every group is a thousands group
        return _digits_value(raw.replace(pack.decimal, ""), pack.thousands, pack.decimal)
    return value, decimal


def _groups_of_three(text: str, mark: str) -> bool:
    head, *groups = text.split(mark)
    return (
        bool(groups)
        and 1 <= len(head) <= 3
        and head.isdigit()
        and head[0] != "0"
        and all(len(g) == 3 and g.isdigit() for g in groups)
    )


_DOT_GROUPS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_POINT_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")


@lru_cache(maxsize=65536)
def _digits_value(
    raw: str, thousands: tuple[str, ...], decimal_mark: str, dot_groups: bool = False
) -> tuple[float, bool]:
    text = normalize(raw)
    if dot_groups and _DOT_GROUPS.fullmatch(text):
        return float(text.replace(".", "")), False
    if "." in thousands and decimal_mark != "." and _POINT_DECIMAL.fullmatch(text):
        return float(text), True  # "1.5 millones": no thousands group has one or two digits
    for separator in (*thousands, "٬"):
        if separator != decimal_mark:
            text = text.replace(separator, "")
    decimal = False
    for mark in ("٫", decimal_mark):
        if mark and mark in text:
            head, _, tail = text.rpartition(mark)
            text = head + "." + tail
            decimal = True
            break
    cleaned = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    try:
        return float(cleaned), decimal
    except ValueError:
        return 0.0, False


def words_value(morphemes: list[str], pack: LanguagePack) -> int:
    """Compose morphemes ("two", "hundred", "thousand") into a value, additively and by scale."""
    total = 0
    current = 0
    for morpheme in morphemes:
        value = pack.number_words[morpheme]
        if (
            value >= 1000 and morpheme not in pack.multipliers
        ):  # "ألفان" (two thousand): a whole group
            total += current * 1000 + value if current else value
            current = 0
        elif morpheme in pack.multipliers:
            if value >= 1000:
                total += max(current, 1) * value
                current = 0
            else:
                current = max(current, 1) * value
        else:
            current += value
    return total + current


def split_number_word(word: str, pack: LanguagePack) -> list[str] | None:
    """Morphemes of one written word ("dreiundzwanzig" -> drei, und, zwanzig), or None."""
    cache = pack.split_cache
    if word in cache:
        return cache[word]
    result = _split(word, pack)
    cache[word] = result
    return result


def _split(word: str, pack: LanguagePack) -> list[str] | None:
    for form in (word, *(word[len(p) :] for p in pack.word_prefixes if word.startswith(p))):
        if form and pack.morpheme_full.fullmatch(form):
            parts = pack.morpheme.findall(form)
            if "".join(parts) == form:
                return parts
    return None


@cache
def _spelled_apart(lang: str) -> dict[str, tuple[str, ...]]:
    """Normalised number words that spell another word, with their written forms
    (``numbers.spelled_apart``)."""
    written = load_pack(lang).raw.get("numbers", {}).get("spelled_apart", [])
    forms: dict[str, list[str]] = {}
    for w in written:
        forms.setdefault(normalize(w), []).append(w)
    return {k: tuple(v) for k, v in forms.items()}


def _spelled_otherwise(text: str, norm: str, pack: LanguagePack) -> bool:
    """Whether a number word is written as the other word its normalised form spells."""
    apart = _spelled_apart(pack.lang)
    if not apart:
        return False
    written = next((v for k, v in apart.items() if norm.endswith(k)), None)
    return written is not None and not any(w in text for w in written)


def _word_run(doc: Doc, i: int, pack: LanguagePack) -> tuple[int, list[str]] | None:
    """Longest run of number words from ``i``: returns (end, morphemes)."""
    morphemes: list[str] = []
    end = i
    k = i
    n = len(doc.words)
    while k < n:
        if k > i:
            gap = doc.gaps[k].strip()
            if gap and not all(ch in _HYPHENS for ch in gap):
                break
        word = doc.words[k].norm
        if doc.words[k].is_digit:
            break
        if k > i and word in pack.connectors and k + 1 < n:
            rest = _word_run(doc, k + 1, pack)
            if rest and morphemes and _joins(morphemes, rest[1], pack):
                k += 1
                continue
            break
        parts = split_number_word(word, pack)
        if not parts or all(p in pack.connectors for p in parts):
            break
        if _spelled_otherwise(doc.words[k].text, word, pack):
            break  # "عثر عليه ميتا": dead, not "مئتا" (200)
        joined = parts[0] in pack.connectors or word.startswith(tuple(pack.connectors))
        if k > i and joined and morphemes:
            # a connector written onto the word ("وخمسة") joins as a separate one does:
            # "ثلاثة وعشرون" is one number, "ثلاثة وخمسة" (three and five) two
            tail = [p for p in parts if p not in pack.connectors]
            rest = None
            if k + 1 < n and not doc.gaps[k + 1].strip():
                rest = _word_run(doc, k + 1, pack)
            if not tail or not _joins(morphemes, tail + (rest[1] if rest else []), pack):
                break
        if k > i and not joined and _definite(doc.words[k - 1].norm, pack):
            if _teen_after_unit(morphemes, parts, pack):
                # "القتلى الأربعة عشر ثلاثة أطفال": the fourteen dead, a number that ends at
                # its ten (the three children after it are a count of their own)
                morphemes.extend(parts)
                end = k + 1
            break  # "القتلى الستة ثلاثة أطفال": the six dead, three children; not nine
        if k > i and doc.gaps[k].strip() and morphemes:
            # hyphenated compound ("quatre-vingt-un"): split the joined word again
            rejoined = split_number_word(morphemes[-1] + "".join(parts), pack)
            if rejoined:
                morphemes.pop()
                parts = rejoined
        morphemes.extend(p for p in parts if p not in pack.connectors)
        k += 1
        end = k
    if not morphemes:
        return None
    return end, morphemes


def _teen_after_unit(morphemes: list[str], parts: list[str], pack: LanguagePack) -> bool:
    """A bare ten right after a unit from one to nine: the two words of one number from eleven
    to nineteen, whose first word alone takes the article ("القتلى السبعة عشر", the seventeen
    dead; "الاثنتي عشرة"), not a count of its own."""
    if len(parts) != 1 or not morphemes or pack.number_words.get(parts[0]) != 10:
        return False
    return 1 <= pack.number_words.get(morphemes[-1], 0) <= 9


def _definite(word: str, pack: LanguagePack) -> bool:
    """A number word with the definite prefix where modifiers follow their noun ("الستة", the
    six): it closes its number, since a compound goes on only with "و"."""
    return pack.head_first and any(word.startswith(p) for p in pack.identifier_prefixes)


def _joins(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """Whether "and" continues one number ("hundred and five", "vingt et un", "ثلاثة وعشرين")
    rather than joining two ("five and eight")."""
    last = pack.number_words[before[-1]]
    first = pack.number_words[after[0]]
    if last >= 100:
        # "deux cents et trois cents" is two numbers: what follows is below the scale, up to a
        # larger scale that takes both ("one hundred and one thousand")
        below: list[str] = []
        for morpheme in after:
            if pack.number_words[morpheme] > last:
                break
            below.append(morpheme)
        return first < last and words_value(below, pack) < last
    if last < 10:
        return first % 10 == 0 and 20 <= first < 100
    # "vingt et un", "soixante et onze": a ten of at least twenty, then its units; "ten and
    # eleven" is two numbers (a range's bounds), not twenty-one
    return last % 10 == 0 and last >= 20 and first < 20


_NUMBER_TEXTS = 100_000  # texts whose reading a pack keeps (words asked about at every cue)


def parse_number_text(text: str, pack: LanguagePack) -> int | None:
    """The value of a text that is one number and nothing else ("dreiundzwanzig", "2 600");
    kept per pack, as the same words are asked about at every cue of every document."""
    known = pack.number_texts
    if text in known:
        return known[text]
    value = _parse_number_text(text, pack)
    if len(known) < _NUMBER_TEXTS:
        known[text] = value
    return value


def _parse_number_text(text: str, pack: LanguagePack) -> int | None:
    from harmledger.extract.text import tokenize

    doc = tokenize(text, pack.lang, pack.number_pattern, pack.verbatim, pack.month_words)
    if not doc.words:
        return None
    if len(doc.words) == 1 and doc.words[0].is_digit:
        value, decimal = parse_digits(doc.words[0].text, pack)
        return None if decimal else int(value)
    run = _word_run(doc, 0, pack)
    if run is None or run[0] != len(doc.words):
        return None
    return words_value(run[1], pack)


def _reading(value: int, qualifier: str) -> tuple[int | None, int | None, str]:
    if qualifier == "at_least":
        return value, None, qualifier
    if qualifier == "more_than":
        return value + 1, None, qualifier
    if qualifier == "up_to":
        return None, value, qualifier
    return value, value, qualifier


def _qualify(mention: Mention, qualifier: str) -> None:
    base = mention.value
    mention.low, mention.high, mention.qualifier = _reading(base, qualifier)


def find_mentions(doc: Doc, pack: LanguagePack, marks: Marks) -> list[Mention]:
    """Every counted quantity in ``doc``, qualified and with ranges merged."""
    mentions: list[Mention] = []
    cache = pack.split_cache
    # a weekday that spells a number (Arabic الاثنين "Monday" / "the two", الأحد "Sunday")
    # is a date, never a count
    weekdays = set(marks.positions("date:weekdays"))
    # each distinct word once: a number's normal form holds a digit and a word's never does,
    # so one occurrence tells whether all of them are numbers
    words = doc.words
    starts: set[int] = set()
    for norm, at in doc.by_norm.items():
        if words[at[0]].is_digit:
            starts.update(at)
        elif (cache[norm] if norm in cache else split_number_word(norm, pack)) is not None:
            starts.update(k for k in at if k not in weekdays)
    starts.update(i for _, i, _ in marks.family("vague"))
    sizes = tuple(pack.words("numbers", "size_suffixes"))
    if sizes:  # "fünfköpfige": a number word grown onto a size (_size_compound)
        starts.update(k for norm, at in doc.by_norm.items() if norm.endswith(sizes) for k in at)
    halves = _half_numbers(pack)
    if halves:  # "eineinhalb Millionen" (_half_scale)
        starts.update(k for norm, at in doc.by_norm.items() if norm in halves for k in at)
    i = 0
    for k in sorted(starts):
        if k < i:
            continue  # inside the previous mention
        found = _mention_at(doc, k, pack, marks)
        if found is not None:
            found = _and_a_half(doc, found, pack)
            mentions.append(found)
            i = found.j
    mention_starts = {m.i for m in mentions}
    plus_words = pack.words("numbers", "plus_words")
    for mention in mentions:
        _apply_qualifiers(doc, mention, marks, mention_starts)
        if mention.qualifier == "exact" and mention.source == "digit":
            _plus_sign(doc, mention, plus_words)
    return _merge_ranges(doc, mentions, marks, pack.joined_conjunction, pack)


def _marked_ordinal(doc: Doc, j: int, pack: LanguagePack) -> bool:
    """A lower-case ordinal suffix right after a colon or a point, no space ("3:e bataljonen",
    "100:e dagen", "3.er Batallón"): the number names a unit or a day, it counts nothing. The
    pack lists the suffix with its colon where the language writes one (Swedish ":e"), bare
    where a point may precede it (Spanish "er")."""
    if j >= len(doc.words) or doc.gaps[j] not in (":", "."):
        return False
    word = doc.words[j]
    if not word.text[:1].islower():
        return False
    return doc.gaps[j] + word.norm in pack.ordinal_suffixes or (
        doc.gaps[j] == "." and word.norm in pack.ordinal_suffixes and len(word.norm) > 1
    )


def _inside_percent(i: int, marks: Marks) -> bool:
    """Word ``i`` is inside a percent phrase begun before it ("2.5 في المئة": the hundred of
    "per cent" counts nothing)."""
    for t in range(max(0, i - 2), i):  # loops: asked for every number
        for cat, _, end in marks[t]:
            if cat == "qty:percent" and end > i:
                return True
    return False


def _mention_at(doc: Doc, i: int, pack: LanguagePack, marks: Marks) -> Mention | None:
    word = doc.words[i]
    if i and _inside_percent(i, marks):
        return None
    vague_end, vague_key = 0, ""
    for cat, _, end in marks[i]:
        if cat.startswith("vague:") and end > vague_end:
            vague_end, vague_key = end, cat
    if vague_key and _owner(doc, vague_end):
        vague_end, vague_key = 0, ""  # "the couple's toddler": the couple owns, one is counted
    if word.is_digit:
        if (
            i > 0
            and not doc.gaps[i]
            and doc.words[i - 1].text[-1:].isascii()
            and doc.words[i - 1].text[-1:].isalpha()
        ):
            return None
        if (
            i + 1 < len(doc.words)
            and not doc.gaps[i + 1]
            and doc.words[i + 1].text[:1].isascii()
            and doc.words[i + 1].norm not in pack.ordinal_suffixes
            and doc.words[i + 1].norm not in pack.multipliers
        ):
            return None
        if doc.gaps[i].rstrip()[-1:] in ("$", "€", "£", "#", "¥"):
            return None
        value, decimal = parse_digits(word.text, pack)
        j = i + 1
        if j < len(doc.words) and not doc.gaps[j]:  # "3º", "1er": no space ("de 12 a 19")
            suffix = doc.words[j].norm
            if suffix in pack.ordinal_suffixes:
                return Mention(i, j + 1, int(value), None, None, "exact", "digit", ordinal=True)
        if (
            j < len(doc.words)
            and doc.gaps[j] == "."
            and doc.words[j].text[:1] in _ORDINAL_MARKS
            and doc.words[j].norm in pack.ordinal_suffixes
        ):  # "30.º aniversario", "1.ª planta": the point before a raised ordinal letter
            return Mention(i, j + 1, int(value), None, None, "exact", "digit", ordinal=True)
        if _marked_ordinal(doc, j, pack):  # "3:e bataljonen", "100:e dagen", "3.er Batallón"
            return Mention(i, j + 1, int(value), None, None, "exact", "digit", ordinal=True)
        if (
            j < len(doc.words)
            and doc.words[j].norm in pack.multipliers
            and not doc.gaps[j].strip(" ")
        ):
            scale = pack.number_words[doc.words[j].norm]
            value *= scale
            j += 1
            decimal = value != int(value)
            joined = _joined_rest(doc, j, pack, scale)
            if joined is None:
                joined = _digits_after_scale(doc, j, pack, doc.words[j - 1].norm, scale)
            if joined is not None:  # "41 ألفا و118": 41,118; "68 mil 858": 68,858
                value += joined[0]
                j += joined[1]
        gap_after = doc.gaps[j] if j < len(doc.gaps) else ""
        about = pack.raw.get("numbers", {}).get("about_suffixes", [])
        if gap_after in ("-", "‐") and j < len(doc.words) and doc.words[j].norm in about:
            # "ett 30-tal": about thirty, as "ett trettiotal" is (its article included, so that
            # "minst ett 30-tal" is at least thirty)
            start = i - 1 if i > 0 and doc.words[i - 1].norm in pack.singular else i
            return Mention(start, j + 1, int(value), int(value), int(value), "about", "digit")
        plural = pack.words("numbers", "vague_suffixes")
        if gap_after in ("-", "‐") and j < len(doc.words) and doc.words[j].norm in plural:
            low = _vague_of_power(value)
            if low is not None:
                # "100-tals människor", "1 000-tals civila": hundreds, thousands, as
                # "hundratals" and "tusentals" are (CONVENTIONS: 200 and 2000, vague)
                return Mention(i, j + 1, low, low, None, "vague", "vague")
        sizes = pack.words("numbers", "size_suffixes")
        if gap_after in ("-", "‐") and j < len(doc.words) and doc.words[j].norm in sizes:
            # "eine 5-köpfige Familie": the family's size, as "fünfköpfige" is
            whole = _sized_whole(doc, j + 1, pack)
            if whole is not None:
                return Mention(i, whole, int(value), int(value), int(value), "exact", "digit")
        percent = gap_after.lstrip(" \u00a0").startswith(("%", "٪"))
        return Mention(
            i,
            j,
            int(value),
            int(value),
            int(value),
            "exact",
            "digit",
            percent=percent,
            decimal=decimal,
        )
    if _broken_word_tail(doc, i, pack):
        return None
    rounded = _about_compound(doc, i, pack)
    if rounded is not None:
        return rounded
    sized = _size_compound(doc, i, pack) or _half_scale(doc, i, pack)
    if sized is not None:
        return sized
    run = _word_run(doc, i, pack)
    if run is not None:
        end, morphemes = run
        lone_scale = len(morphemes) == 1 and morphemes[0] in pack.multipliers
        # "one" is a count of its own ("a man", singular.py), except as a range's first bound
        single_article = (
            end == i + 1 and word.norm in pack.singular and not _range_bound(doc, i, pack, marks)
        )
        last = morphemes[-1]
        joined = (
            _joined_rest(doc, end, pack, pack.number_words[last])
            if last in pack.multipliers and pack.number_words[last] >= 1000
            else None
        )
        if joined is not None and vague_end <= end:
            # "مليون و700 ألف", "ثلاثة آلاف و500": a scale word, "and", then digits below it
            value = words_value(morphemes, pack) + joined[0]
            return Mention(i, end + joined[1], value, value, value, "exact", "word")
        if vague_end > end or (vague_key and (lone_scale or vague_end >= end)):
            return _vague(pack, vague_key, i, vague_end)
        if lone_scale and _article_before(doc, i, pack):
            value = words_value(morphemes, pack)  # "a hundred people", "a million displaced"
            start = i - 1
            halves = pack.raw.get("numbers", {}).get("halves", [])
            if start > 0 and doc.words[start - 1].norm in halves and not doc.gaps[start].strip():
                start, value = start - 1, value // 2  # "half a million"
            return Mention(start, end, value, value, value, "exact", "word")
        if not lone_scale and not single_article:
            value = words_value(morphemes, pack)
            scaled = _collective_scale(doc, end, value, pack)
            if scaled is not None:
                return Mention(i, end + 1, scaled, scaled, scaled, "about", "word")
            return Mention(i, end, value, value, value, "exact", "word")
    if vague_key:
        return _vague(pack, vague_key, i, vague_end)
    return None


def _broken_word_tail(doc: Doc, i: int, pack: LanguagePack) -> bool:
    """Word ``i`` ends a word broken by a hyphen ("localiza-dos", "Re-vier"): the hyphen has
    no space on either side and the part before it is letters and no number word, so the tail
    is a syllable that spells a number, not one ("twenty-two" stays a number)."""
    if i == 0 or doc.gaps[i] not in _HYPHENS or doc.gaps[i] == "–":
        return False
    before = doc.words[i - 1]
    return (
        before.text[-1:].isalpha()
        and not before.is_digit
        and split_number_word(before.norm, pack) is None
    )


def _owner(doc: Doc, end: int) -> bool:
    """A possessive 's right after a phrase ending at ``end``: the phrase names an owner of
    what follows ("the couple's toddler"), not a number of the people counted."""
    return end < len(doc.words) and doc.words[end].norm == "s" and doc.gaps[end] in ("'", "\u2019")


def _article_before(doc: Doc, i: int, pack: LanguagePack) -> bool:
    """An indefinite article right before a lone scale word ("a hundred", "a million"),
    written as a word of its own and not the number one, counts one of that scale."""
    if i == 0 or doc.gaps[i].strip():
        return False
    before = doc.words[i - 1].norm
    return before in pack.singular and before not in pack.number_words


_MAX_COLLECTIVE_COUNT = 9  # "dos centenares", "nueve decenas"; not "veinte decenas"


def _collective_scale(doc: Doc, end: int, value: int, pack: LanguagePack) -> int | None:
    """About ``value`` times the round collective right after a small number word
    (``numbers.collective_scales``: "dos centenares" about 200, "deux centaines", "två
    hundratal"), or None."""
    scales = pack.raw.get("numbers", {}).get("collective_scales", {})
    if not scales or end >= len(doc.words) or doc.gaps[end].strip():
        return None
    scale = scales.get(doc.words[end].norm)
    if scale is None or not 2 <= value <= _MAX_COLLECTIVE_COUNT:
        return None
    return value * int(scale)


def _vague_of_power(value: float) -> int | None:
    """The vague reading of a power of ten written with a plural suffix ("10-tals": tens, 20;
    "100-tals": hundreds, 200; "1000-tals": thousands, 2000), None for any other number."""
    n = int(value)
    if n != value or n < 10:
        return None
    while n % 10 == 0:
        n //= 10
    return int(value) * 2 if n == 1 else None


def _about_compound(doc: Doc, i: int, pack: LanguagePack) -> Mention | None:
    """The article and a number word with an "about" suffix ("ett sextiotal", "ett femtontal",
    "ett tvåhundratal"): about that number, as "ett 60-tal" is. Only from ten up ("ett sextal"
    is no such count)."""
    about = pack.raw.get("numbers", {}).get("about_suffixes", [])
    if not about or i + 1 >= len(doc.words) or doc.words[i].norm not in pack.singular:
        return None
    if doc.gaps[i + 1].strip():
        return None
    # a qualifier inside the article ("ett drygt hundratal": a little over a hundred)
    inner = pack.raw.get("numbers", {}).get("about_inner", {}).get(doc.words[i + 1].norm)
    k = i + 2 if inner and i + 2 < len(doc.words) and not doc.gaps[i + 2].strip() else i + 1
    for value in _suffixed_values(doc.words[k].norm, about, pack):
        if value >= 10 and k > i + 1 and inner == "more_than":
            return Mention(i, k + 1, value, value + 1, None, "more_than", "word")
        if value >= 10:
            return Mention(i, k + 1, value, value, value, "about", "word")
    return None


def _half_numbers(pack: LanguagePack) -> dict[str, float]:
    """``numbers.half_words``: a number and a half written as one word ("eineinhalb": 1.5)."""
    return _half_words(pack.lang)


@cache
def _half_words(lang: str) -> dict[str, float]:
    """:func:`_half_numbers` of one language, built once (asked for every number word)."""
    words = load_pack(lang).raw.get("numbers", {}).get("half_words", {})
    return {normalize(word): float(value) for word, value in words.items()}


def _half_scale(doc: Doc, i: int, pack: LanguagePack) -> Mention | None:
    """A number and a half before a scale word of a thousand or more ("eineinhalb Millionen",
    "anderthalb Millionen", "zweieinhalb Millionen"): that many of the scale."""
    half = _half_numbers(pack).get(doc.words[i].norm)
    if half is None or i + 1 >= len(doc.words) or doc.gaps[i + 1].strip():
        return None
    scale = doc.words[i + 1].norm
    if scale not in pack.multipliers or pack.number_words[scale] < 1000:
        return None
    value = int(half * pack.number_words[scale])
    return Mention(i, i + 2, value, value, value, "exact", "word")


def _and_a_half(doc: Doc, mention: Mention, pack: LanguagePack) -> Mention:
    """A scale word, "and a half" written after it (``numbers.and_half``: "مليون ونصف", a
    million and a half), and the scale word again ("مليون ونصف مليون"): one number, half the
    scale more."""
    after = pack.words("numbers", "and_half")
    j = mention.j
    if not after or j >= len(doc.words):
        return mention
    if mention.value is None or not mention.low == mention.high == mention.value:
        return mention  # "ملايين": a vague count of millions, no number to add a half to
    scale = doc.words[j - 1].norm
    if scale not in pack.multipliers or pack.number_words[scale] < 1000:
        return mention
    if doc.words[j].norm not in after or doc.gaps[j].strip():
        return mention
    value = mention.value + pack.number_words[scale] // 2
    end = j + 1
    if end < len(doc.words) and not doc.gaps[end].strip():
        again = doc.words[end].norm
        if again in pack.words("numbers", "and_half_scales") or (
            again in pack.multipliers and pack.number_words[again] == pack.number_words[scale]
        ):
            end += 1  # "مليون ونصف مليون", "مليون ونصف المليون"
    return Mention(mention.i, end, value, value, value, "exact", "word")


def _sized_whole(doc: Doc, k: int, pack: LanguagePack) -> int | None:
    """The end of a family right at ``k`` (``distractors.size_compound_wholes``), the words a
    sized count takes in ("eine fünfköpfige Familie": five persons), or None: a sized team,
    crew of helpers or delegation counts no victims (not_counts.size_compound)."""
    wholes = pack.words("distractors", "size_compound_wholes")
    if k < len(doc.words) and not doc.gaps[k].strip() and doc.words[k].norm in wholes:
        return k + 1
    return None


def _size_compound(doc: Doc, i: int, pack: LanguagePack) -> Mention | None:
    """A number word grown onto a size suffix (``numbers.size_suffixes``) before a family
    ("eine fünfköpfige Familie"): that many persons, the family word taken in."""
    sizes = pack.words("numbers", "size_suffixes")
    if not sizes:
        return None
    whole = _sized_whole(doc, i + 1, pack)
    if whole is None:
        return None
    for value in _suffixed_values(doc.words[i].norm, sizes, pack):
        if value >= 2:
            return Mention(i, whole, value, value, value, "exact", "word")
    return None


def _suffixed_values(word: str, suffixes: Iterable[str], pack: LanguagePack) -> Iterator[int]:
    """The values of ``word`` read as a number word grown onto one of ``suffixes``
    ("trettiotal": 30, "fünfköpfige": 5), one per suffix that leaves a number word before it."""
    for suffix in suffixes:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or not stem:
            continue
        parts = split_number_word(stem, pack)
        if parts and not all(p in pack.connectors for p in parts):
            yield words_value(parts, pack)


def _joined_rest(
    doc: Doc, j: int, pack: LanguagePack, scale: int | float
) -> tuple[int, int] | None:
    """The digits joined by a connector after a scale word, below that scale, and the words
    they take: "41 ألفا و118" (41 thousand and 118) is one number, as "one thousand and
    eighteen" is; so is "مليون و700 ألف" (1,700,000), the rest with a smaller scale of its own."""
    if j + 1 >= len(doc.words) or doc.words[j].norm not in pack.connectors:
        return None
    rest = doc.words[j + 1]
    if not rest.is_digit or doc.gaps[j + 1].strip() or doc.gaps[j].strip(" "):
        return None
    number, decimal = parse_digits(rest.text, pack)
    taken = 2
    after = doc.words[j + 2].norm if j + 2 < len(doc.words) else ""
    if after in pack.multipliers:
        number *= pack.number_words[after]  # "بين 5 آلاف و8 آلاف": its own scale, not below
        taken = 3
    if decimal or not 0 < number < scale or number != int(number):
        return None
    return int(number), taken


def _digits_after_scale(
    doc: Doc, j: int, pack: LanguagePack, scale_word: str, scale: int | float
) -> tuple[int, int] | None:
    """Up to three plain digits right after a scale word the pack writes so, below it: "68 mil
    858 muertos" is 68,858, as Mexican and Central American reporting writes thousands
    (pack `numbers.digits_after_scale`)."""
    if j >= len(doc.words) or scale_word not in pack.words("numbers", "digits_after_scale"):
        return None
    rest = doc.words[j]
    if not rest.is_digit or doc.gaps[j] != " " or not rest.text.isdigit() or len(rest.text) > 3:
        return None
    number = int(rest.text)
    if not 0 < number < scale:
        return None
    return number, 1


def _range_bound(doc: Doc, i: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether word ``i`` is the first bound of "between one and three", "entre uno y tres": a
    range opener before it, a range joiner and a number after it ("de un menor" is no range)."""
    if not any(c == "qual:range_start" for c, _, _ in _ending(marks, i)):
        return False
    if i + 2 >= len(doc.words) or not any(c == "qual:range_join" for c, _, _ in marks[i + 1]):
        return False
    after = doc.words[i + 2]
    return after.is_digit or split_number_word(after.norm, pack) is not None


def _vague(pack: LanguagePack, key: str, i: int, j: int) -> Mention:
    reading = pack.vague[key]
    return Mention(i, j, reading.low, reading.low, reading.high, reading.qualifier, "vague")


def _plus_sign(doc: Doc, mention: Mention, plus_words: frozenset[str]) -> None:
    """A plus sign or a hyphenated plus word right after a figure ("170+", "60-plus people",
    pack ``numbers.plus_words``) makes it a lower bound: at least that many (en14)."""
    j, n = mention.j, len(doc.words)
    gap = doc.gaps[j] if j < len(doc.gaps) else ""
    if gap.startswith("+") and not (j < n and doc.words[j].is_digit and gap == "+"):
        _qualify(mention, "at_least")
    elif gap in ("-", "‐") and j < n and doc.words[j].norm in plus_words:
        _qualify(mention, "at_least")
        mention.j = j + 1  # the plus word is the figure's own


def _apply_qualifiers(doc: Doc, mention: Mention, marks: Marks, starts: set[int]) -> None:
    if mention.ordinal:
        return
    qualifier = _pre_qualifier(doc, mention, marks)
    if qualifier is None:
        qualifier = _post_qualifier(doc, mention, marks, starts)
    if qualifier is None:
        return
    if mention.qualifier == "vague" and qualifier in ("about",):
        return
    _qualify(mention, qualifier)


_QUALIFIERS = ("at_least", "more_than", "about", "up_to")
_BOUNDS = ("at_least", "more_than", "up_to")  # "about one person" is one


def qualify_one(
    doc: Doc, mention: Mention, marks: Marks, starts: set[int] | frozenset[int] = frozenset()
) -> Mention:
    """A count of one written as an article or a lone noun ("at least one person", "al menos
    una persona", "mindestens ein Mensch"), bounded by the qualifier before it or, where a
    language writes it after, by the one after ("شخص واحد على الأقل") unless that opens one of
    the counts at ``starts`` ("a man and at least two others")."""
    qualifier = _pre_qualifier(doc, mention, marks)
    if qualifier is None:
        qualifier = _post_qualifier(doc, mention, marks, set(starts))
    if qualifier in _BOUNDS:
        _qualify(mention, qualifier)
    return mention


def _pre_qualifier(doc: Doc, mention: Mention, marks: Marks) -> str | None:
    end = mention.i
    if not _SENTENCE_STOPS.isdisjoint(doc.gaps[end]):
        return None  # "... at least. 6 people": the qualifier closed the sentence before
    if any(c == "qual:compared" for c, _, _ in marks.ending("qual", end)):
        # "far more than the 21 dead reported": compared with a count told elsewhere, which
        # the number states exactly (pack ``qualifiers.compared``, en16)
        return None
    for _hop in range(3):
        best: tuple[int, str] | None = None
        for cat, i, _ in marks.ending("qual", end):
            kind = cat[5:]
            if i >= end - 5 and kind in _QUALIFIERS and (best is None or i < best[0]):
                best = (i, kind)
        if best is not None:
            rose = any(c == "mod:rise" for c, _, _ in marks.ending("mod", best[0]))
            if best[1] == "up_to" and rose:
                return None  # "la cifra se elevó hasta 12": the toll rose to 12, no bound
            return best[1]
        # fillers may sit between ("قارب عددهم الخمسين", "more than a dozen", "تجاوز عدد
        # المصابين 1,223"), two where an article stands before the digits ("تجاوز عدد القتلى الـ50")
        if end - 1 < 0 or doc.gaps[end].strip():
            return None
        gaps = [i for c, i, _ in marks.ending("qual", end) if c == "qual:gap"]
        if gaps:
            end = min(gaps)
            if not _SENTENCE_STOPS.isdisjoint(doc.gaps[end]):
                return None  # "... at least. The 3 wounded": the gap word opens a sentence
        elif doc.words[end - 1].norm.startswith("عدد"):
            end -= 1
        else:
            return None
    return None


_POST_QUALIFIERS = {"qual:post_at_least": "at_least", "qual:post_up_to": "up_to"}


def _post_qualifier(doc: Doc, mention: Mention, marks: Marks, starts: set[int]) -> str | None:
    """ "13 people at least", "15 personnes au plus": a bound after the number and its noun,
    unless it opens the next number ("in 2017 the strike killed at least 105")."""
    for cat in _POST_QUALIFIERS:  # (a loop, not a generator: asked of every number)
        if marks.within(cat, mention.j, mention.j + 4):
            break
    else:
        return None
    for k in range(mention.j, min(len(doc.words), mention.j + 4)):
        if not _CLAUSE_STOPS.isdisjoint(doc.gaps[k]):
            return None
        for cat, _, end in marks[k]:
            kind = _POST_QUALIFIERS.get(cat)
            if kind is not None:
                # a number right after the bound, or after a gap word ("mató al menos a 105"),
                # is what it bounds; past a full stop it opens the next sentence or list item
                after_gap = (
                    [j for c, _, j in marks[end] if c == "qual:gap"] if end < len(doc.words) else []
                )
                opens = any(
                    n in starts
                    and not any(ch in ".!?؟\n" for k in range(end, n + 1) for ch in doc.gaps[k])
                    for n in (end, *after_gap)
                )
                return None if opens else kind
    return None


_RISE_REACH = 10


def _merge_ranges(
    doc: Doc,
    mentions: list[Mention],
    marks: Marks,
    joined: str = "",
    pack: LanguagePack | None = None,
) -> list[Mention]:
    merged: list[Mention] = []
    skip = False
    for a, b in zip(mentions, [*mentions[1:], None], strict=False):
        if skip:
            skip = False
            continue
        if b is not None and _is_range(doc, a, b, marks, joined):
            start = a.i
            if a.i > 0 and any(
                c == "qual:range_start" and j == a.i for c, _, j in _ending(marks, a.i)
            ):
                start = min(i for c, i, j in _ending(marks, a.i) if c == "qual:range_start")
            low, high = sorted((_scaled_bound(doc, a, b, pack), b.value))
            merged.append(
                Mention(
                    start, b.j, high, low, high, "range", a.source, percent=a.percent or b.percent
                )
            )
            skip = True
            continue
        merged.append(a)
    return merged


def _scaled_bound(doc: Doc, a: Mention, b: Mention, pack: LanguagePack | None) -> int:
    """The first bound of a range whose scale word is written once, after the second: "deux à
    trois cents" (200 to 300), "between 2 and 3 million", "entre 1,5 et 2 millions". A first
    bound that the scale would carry past the second keeps its value ("de 500 à 1 million")."""
    if pack is None or a.j - a.i != 1 or b.j - b.i < 2:
        return a.value
    scale = doc.words[b.j - 1].norm
    if scale not in pack.multipliers:
        return a.value
    factor = pack.number_words.get(scale, 0)
    first = doc.words[a.i]
    value = parse_digits(first.text, pack)[0] if first.is_digit else float(a.value)
    scaled = round(value * factor)
    return scaled if factor > 1 and scaled <= b.value else a.value


def _ending(marks: Marks, end: int) -> list[Span]:
    return [s for k in range(max(0, end - 3), end) for s in marks[k] if s[2] == end]


# qualifiers of a first bound that leave a range: "at least 281 to 1,729 people", "some
# 20-30 people", "entre al menos 281 y 1.729" are ranges from the first to the second number
_RANGE_OPENING = ("exact", "at_least", "about")


def _is_range(doc: Doc, a: Mention, b: Mention, marks: Marks, joined: str = "") -> bool:
    """Whether ``a`` and ``b`` are the bounds of one range; ``joined`` is the pack's "and"
    written onto the next word (Arabic و: "بين ثلاثة وخمسة", between three and five)."""
    if a.ordinal or b.ordinal:
        return False
    if b.qualifier != "exact":
        return _floor_and_ceiling(doc, a, b, marks)
    if a.source in ("singular", "zero") or b.source in ("singular", "zero"):
        return False
    # a word of one fixed value ("cent", "hundert", "مئة") bounds a range as a number does
    # ("entre cinquante et cent"); a vague word ("des dizaines") never does
    if (a.source == "vague" and a.qualifier != "exact") or (
        b.source == "vague" and b.qualifier != "exact"
    ):
        return False
    if b.value <= a.value:
        return False
    between = b.i - a.j
    if (  # "d'au moins 281 personnes à 1 729": the noun of the range after its first bound
        between == 2
        and a.qualifier in ("exact", "at_least")
        and any(c == "who:generic" and j == a.j + 1 for c, _, j in marks[a.j])
        and doc.words[a.j + 1].norm in _STRONG_JOINS
        and not doc.gaps[b.i].strip()
        and not marks.within("qual:change", a.i - 5, a.i)
        # not "12 personas a 30 kilómetros": the second number counts a unit, not persons
        and not (b.j < len(doc.words) and any(c == "dis:units" for c, _, _ in marks[b.j]))
    ):
        return True
    if a.qualifier not in _RANGE_OPENING:
        return False  # "more than 5 to 7", "up to 5 or 6": no range of two bounds
    gap = doc.gaps[b.i].strip() if between == 0 else ""
    if between == 0 and gap and all(ch in _HYPHENS for ch in gap):
        return a.source == b.source == "digit"
    written_on = (
        between == 0
        and bool(joined)
        and not gap
        and doc.words[b.i].norm.startswith(joined)
        and not doc.words[b.i].is_digit
    )
    if between != 1 and not written_on:
        return False
    if between == 1 and any(ch in ",،;؛" for ch in doc.gaps[a.j]):
        return False  # "منذ 7 أكتوبر 2023، إلى 71 ألفا": a date's year, then the toll it rose to
    joiner = written_on or any(c == "qual:range_join" for c, _, j in marks[a.j] if j == b.i)
    if not joiner:
        return False
    if marks.within("qual:change", a.i - 5, a.i):
        return False  # "rose from 90 to 170": the old and the new toll
    # "between 5 and 9", "entre al menos 281 y 1.729": the opening word before any qualifier
    firsts = [a.i, *(i for c, i, _ in _ending(marks, a.i) if c.startswith("qual:"))]
    opened = any(c == "qual:range_start" for k in firsts for c, _, _ in _ending(marks, k))
    if _from_after_rise(doc, marks, a.i):
        return False  # "the toll climbed on Monday from 40 to 75": two tolls
    strong = doc.words[a.j].norm in _STRONG_JOINS or (
        doc.words[a.j].norm in _OR_JOINS and a.qualifier == "exact" and a.source == b.source
    )
    return opened or strong


def _floor_and_ceiling(doc: Doc, a: Mention, b: Mention, marks: Marks) -> bool:
    """A floor and a ceiling of one count joined right after the floor: "at least 13 and as
    many as 46 civilians", "au moins 9 et jusqu'à 30", "mindestens 9 und bis zu 30" (p17rep).
    A floor with its own noun or verb first ("at least 9 people were killed and up to 30
    injured") bounds another count."""
    if a.qualifier != "at_least" or b.qualifier != "up_to" or b.value <= a.value:
        return False
    if a.source not in ("digit", "word") or b.source not in ("digit", "word"):
        return False
    if doc.gaps[a.j].strip() or not any(
        c == "qual:range_join" and j == a.j + 1 for c, _, j in marks[a.j]
    ):
        return False
    return any(c == "qual:up_to" and i == a.j + 1 for c, i, _ in marks.ending("qual", b.i))


def _from_after_rise(doc: Doc, marks: Marks, i: int) -> bool:
    """Whether word ``i`` follows "from" ("de", "från", "von", "من") and a toll-rise verb
    comes earlier in the clause with no number between ("rose sharply from 90 to 170",
    "ارتفعت حصيلة القتلى في القرية من 12 إلى 31"); "rose to between 40 and 50" stays a range."""
    if i < 1:
        return False
    before = {c for c, _, j in marks[i - 1] if j == i}
    if not before & {"qual:range_start", "date:since"} or "date:between" in before:
        return False
    for k in range(i - 2, max(-1, i - _RISE_REACH), -1):
        if doc.words[k].is_digit or doc.sentence[k] != doc.sentence[i]:
            return False
        if any(c == "mod:rise" for c, _, _ in marks[k]):
            return True
    return False
