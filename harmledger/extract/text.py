"""Tokens, normalised words and sentence breaks for one document.

The engine never runs regular expressions on raw text: it matches pack phrases against
normalised words (lower case, no diacritics, Arabic letter variants folded) at word positions,
and every word keeps its exact character offsets in the original text. That keeps spans exact
while packs stay simple lists of phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from harmledger.folding import normalize

DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
SENTENCE_PUNCT = frozenset(".!?؟\n")
SEGMENT_PUNCT = frozenset(",;:–—()[]،؛|•")
_EXCLAIMS = frozenset("!?؟")


@dataclass(slots=True)
class Word:
    """One word or number token: character span, original text and normalised form."""

    start: int
    end: int
    text: str
    norm: str
    is_digit: bool


@dataclass
class Doc:
    """A tokenised document: words, the breaks between them, and sentence ids per word."""

    text: str
    lang: str
    words: list[Word]
    gaps: list[str]  # gaps[i] = raw text between word i-1 and word i (gaps[0] = prefix)
    sentence: list[int] = field(default_factory=list)

    def punct_between(self, i: int, j: int) -> str:
        """The punctuation in the gaps before words ``i+1 .. j`` (exclusive of word text)."""
        return "".join(self.gaps[k] for k in range(i + 1, min(j, len(self.words)) + 1))

    def char_span(self, i: int, j: int) -> tuple[int, int]:
        """Character span covering words ``i .. j-1``."""
        return self.words[i].start, self.words[j - 1].end

    # what several passes read, built on first use into fields declared here: a cached
    # property would write into the instance's __dict__, which slows every later attribute
    # read of the document (``doc.words``, ``doc.sentence``) in CPython 3.11
    _sentence_starts: dict[int, int] | None = field(default=None, init=False, repr=False)
    _norms: list[str] | None = field(default=None, init=False, repr=False)
    _positions: dict[str, list[int]] | None = field(default=None, init=False, repr=False)
    _capitalised: list[int] | None = field(default=None, init=False, repr=False)

    @property
    def sentence_starts(self) -> dict[int, int]:
        """Sentence id -> its first word, in order (found once per document). Ids count up
        from 0 without a gap, so each sentence's first word is a bisection."""
        if self._sentence_starts is None:
            sentence = self.sentence
            self._sentence_starts = (
                {s: bisect_left(sentence, s) for s in range(sentence[-1] + 1)} if sentence else {}
            )
        return self._sentence_starts

    @property
    def norms(self) -> list[str]:
        """The words' normal forms, in order (listed once for the passes that read only them)."""
        if self._norms is None:
            self._norms = [w.norm for w in self.words]
        return self._norms

    @property
    def by_norm(self) -> dict[str, list[int]]:
        """Normal form -> the positions of its words, in order (indexed once per document): a
        pass may read each distinct word once instead of every word."""
        index = self._positions
        if index is None:
            index = self._positions = {}
            for k, norm in enumerate(self.norms):
                if norm in index:
                    index[norm].append(k)
                else:
                    index[norm] = [k]
        return index

    def where(self, norms: AbstractSet[str]) -> list[int]:
        """Positions of the words whose normal form is in ``norms``, in order: a look-up per
        form in an index built once per document, not a pass over the words per word list."""
        index = self.by_norm
        found = [k for norm in norms if norm in index for k in index[norm]]
        found.sort()
        return found

    @property
    def capitalised(self) -> list[int]:
        """Positions of the words that open with a capital letter, in order (found once: place
        names are looked for among them by more than one pass)."""
        if self._capitalised is None:
            self._capitalised = [k for k, w in enumerate(self.words) if w.text[:1].isupper()]
        return self._capitalised


def _word_pattern(number_pattern: str) -> re.Pattern[str]:
    """Numbers (the pack's digit groups), words (runs of letters and combining marks) and bare
    digit runs. Words and numbers start with different characters, so the branch order is free;
    the word branch is an unrolled loop of single-class runs and the lookahead lets the scanner
    skip spaces and punctuation without trying each branch, which halves the scan."""
    marks = "[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670]"
    letters = r"[^\W\d_]"
    word = rf"{letters}+(?:{marks}+{letters}*)*|{marks}+(?:{letters}+{marks}*)*"
    return re.compile(
        rf"(?=[\w{marks[1:-1]}])"
        rf"(?:(?P<word>{word})|(?P<num>{number_pattern})|(?P<digits>[{DIGITS}]+))"
    )


@lru_cache(maxsize=16)
def tokenizer(number_pattern: str) -> re.Pattern[str]:
    """The word regex for a language: its digit-group number pattern first, then words. Its
    only groups are the three branches (``tokenize`` splits the text by it), so a group in a
    pack's number pattern is made a non-capturing one."""
    pattern = _word_pattern(number_pattern)
    if pattern.groups != 3:
        raise ValueError(f"a number pattern may hold no capturing group: {number_pattern!r}")
    return pattern


_BREAK_CHARS = re.compile(r"[.!?؟\n]")


def tokenize(
    text: str,
    lang: str,
    number_pattern: str,
    verbatim: frozenset[str] = frozenset(),
    months: frozenset[str] = frozenset(),
) -> Doc:
    """Split ``text`` into words (numbers with their separators are one word) and breaks.

    A word in ``verbatim`` (a pack's ``text.verbatim``) keeps its case and diacritics as its
    normal form: folding would make it another word of the language (Swedish "är", is, and
    "år", year; German "Paar", a couple, and "paar", a few). A day with a full stop before a
    word in ``months`` is an ordinal ("am 24. Oktober"), not the end of a sentence.

    The words, gaps and offsets come from one ``split`` of the text and C-level passes over
    its parts (no Python step per word but the word's construction); only the gaps that hold
    a sentence-breaking character, found by one scan of the text, are judged one by one."""
    # [gap, word, number, digits, gap, word, number, digits, ..., gap]: one group per match
    parts = tokenizer(number_pattern).split(text)
    gaps = parts[0::4]
    n = len(gaps) - 1
    if not n:
        return Doc(text=text, lang=lang, words=[], gaps=gaps, sentence=[])
    letters = parts[1::4]
    raws = [w or m or d for w, m, d in zip(letters, parts[2::4], parts[3::4], strict=True)]
    norms = list(map(normalize, raws))
    if verbatim and not verbatim.isdisjoint(raws):
        # the few words kept as written ("May", "är") set back: one C-level test of the words
        # against them first, as most documents hold none
        norms = [raw if raw in verbatim else norm for raw, norm in zip(raws, norms, strict=True)]
    pieces: list[str] = [""] * (2 * n)
    pieces[0::2] = gaps[:n]
    pieces[1::2] = raws
    bounds = list(accumulate(map(len, pieces)))
    starts = bounds[0::2]
    is_digit = [w is None for w in letters]
    words = list(map(Word, starts, bounds[1::2], raws, norms, is_digit))
    doc = Doc(
        text=text,
        lang=lang,
        words=words,
        gaps=gaps,
        sentence=_sentences(text, words, starts, gaps, months),
    )
    doc._norms = norms  # the words' normal forms, listed here already
    return doc


def _sentences(
    text: str, words: list[Word], starts: list[int], gaps: list[str], months: frozenset[str]
) -> list[int]:
    """Sentence id per word: a gap between two words that holds a breaking character (found
    by one scan of the text, not a test per gap) may end the sentence before it."""
    n = len(words)
    candidates: list[int] = []
    for match in _BREAK_CHARS.finditer(text, words[0].end, words[-1].start):
        p = match.start()
        k = bisect_right(starts, p)
        if p >= words[k - 1].end and (not candidates or candidates[-1] != k):
            candidates.append(k)
    sentence: list[int] = []
    previous = sentence_id = 0
    for k in candidates:
        gap, last, word = gaps[k], words[k - 1], words[k]
        raw = word.text
        if (
            _ends_sentence(gap, last)
            and not _ordinal_day(gap, last, word.norm, months)
            and not (gap == "." and last.is_digit and word.is_digit)  # "14.30 Uhr": a clock
            and not (gap == "." and last.text.isupper() and raw.isupper())  # "EE.UU.", "FF.AA."
            # "8:45 a.m., police said", "10 p.m. on Monday": a full stop after a lone letter
            # and before a lower-case word closes an abbreviation
            and not (gap.strip() == "." and len(last.text) == 1 and raw[:1].islower())
        ):
            sentence += [sentence_id] * (k - previous)
            previous = k
            sentence_id += 1
    sentence += [sentence_id] * (n - previous)
    return sentence


_ABBREVIATION = re.compile(
    r"^(?:[A-Z]|Dr|Mr|Mrs|Ms|St|Gen|Brig|Col|Lt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Ago|Sep|Sept|Oct|Okt|Nov|Dec|Dez|Dic)$"
)


def _ordinal_day(gap: str, previous: Word, norm: str, months: frozenset[str]) -> bool:
    """ "24. Oktober", "3. März": a day written as an ordinal before its month."""
    return gap.strip() == "." and previous.is_digit and len(previous.norm) <= 2 and norm in months


def _ends_sentence(gap: str, previous: Word) -> bool:
    if "\n" in gap:
        # a line that opens with a comma continues the sentence a quote broke off ("...28
        # morts"\n, a déclaré le ministère): scraped pages set pull quotes on lines of their own
        return not gap.rsplit("\n", 1)[1].lstrip().startswith((",", ";"))
    if SENTENCE_PUNCT.isdisjoint(gap):
        return False
    if gap.strip().startswith(".,"):
        return False  # "de EE.UU., Ana Ejemplo": the full stop closes an abbreviation
    if "." in gap and _EXCLAIMS.isdisjoint(gap) and gap.strip().startswith("."):
        # "Brig. Gen.", "Sept. 1": an abbreviation does not end a sentence
        return not (_ABBREVIATION.match(previous.text) and not previous.is_digit)
    return True


def is_letter(word: Word) -> bool:
    """Whether the word is one capital letter, as of an initialism ("U", "N")."""
    return len(word.text) == 1 and word.text.isupper()


def initialism_stop(doc: Doc, k: int) -> bool:
    """Whether the gap before word ``k`` is only the full stop of a letter of an initialism
    written with full stops, between its letters ("U.N") or after its last one ("13 U.S.
    soldiers", "the U.N. said"): no break between the words of one phrase."""
    gap = doc.gaps[k]
    if k == 0 or gap.strip() != "." or "\n" in gap or not is_letter(doc.words[k - 1]):
        return False
    return is_letter(doc.words[k]) or (
        k >= 2 and doc.gaps[k - 1] == "." and is_letter(doc.words[k - 2])
    )


_WRAP_STOPS = frozenset('.!?:;…"”»')
_WRAP_QUOTES = frozenset('"“„«')


def unwrapped(text: str, capitals: bool = False) -> str:
    """``text`` with each line break inside a sentence made a space, the same length, so every
    offset stays: text-TV pages and easy-read news wrap a sentence over short lines ("Enligt
    regionala\nmyndigheter skadades 23 personer"), which would cut a count from its verb and a
    figure from its speaker. A break is inside a sentence where no stop, colon or closing quote
    stands before it and a lower-case letter opens the next line (so headings, list items and
    new sentences keep their lines, and scripts without case are left as they are); a number
    or a quote mark may open it after a lower-case word, below the first line. A line that
    itself continues a sentence (the break before it was joined) and ends on a lower-case word
    goes on into the next line whatever its case ("angrepp mot\nCharkiv, uppger"): copy wrapped
    at a fixed width breaks before a name as before any word, while a headline, whose end may
    also meet a capital, opens its own line. Only with ``capitals`` (the pack's
    ``text.wrap_before_capitals``): where every noun is written with a capital, one opening a
    line tells no name from the first word of a caption or a new line (p18sv)."""
    k = first = text.find("\n")
    if k < 0:
        return text
    chars: list[str] | None = None
    continued = False  # the line ending at ``k`` opened inside a sentence
    while k != -1:
        joined = False
        if 0 < k < len(text) - 1:
            before, after = text[k - 1], text[k + 1]
            # a number or a quote mark may open the wrapped rest too ("uppger att\n12
            # personer", "säger att\n"37 rebeller""), after a lower-case word, below the
            # first line (a headline's end is no wrap)
            opens = (
                after.islower()
                or (k != first and before.islower() and (after.isdigit() or after in _WRAP_QUOTES))
                or (capitals and continued and before.islower() and after.isupper())
            )
            if opens and not before.isspace() and before not in _WRAP_STOPS:
                if chars is None:
                    chars = list(text)
                chars[k] = " "
                joined = True
        continued = joined
        k = text.find("\n", k + 1)
    return text if chars is None else "".join(chars)
