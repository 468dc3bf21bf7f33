"""Who says so: speakers and attribution chains per sentence.

Cues come from the pack: ``attribution.before`` ("according to X", "selon X", "enligt X"),
``attribution.after`` ("X said", "X zufolge"), ``report``/``citing`` for nested chains ("RT,
citing NPR"). The speaker is the noun phrase next to the cue as written: a known actor alias, a
run of capitalised words, or a role noun ("activists", "شهود"). A pronoun speaker ("he said")
resolves to the previous speaker. A sentence without a cue inherits the previous sentence's
speaker within the same paragraph, as reported speech usually runs on. An adverb may stand
between a source and its verb ("X later reported", ``attribution.adverbs``), and a cue listed in
``attribution.exact`` counts only as written, accents included (Swedish "sa" said, not "så" so).
A definite group noun at the cue (``attribution.anaphors`` after one of ``attribution.determiners``:
"the rebel group said", "a indiqué l'organisation", "uppger gruppen") points back to the last
named speaker, as a pronoun does, also across paragraphs.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.lexicon import Marks
from harmledger.extract.text import Doc, normalize

_MAX_NP = 8
_SUBJECT_REACH = 6  # words between a source noun and its verb ("teams working on the ground")
_NOT_CUES = (
    "attr:nouns",
    "attr:pronouns",
    "attr:connectors",
    "attr:adverbs",
    "attr:exact",
    "attr:anaphors",
)
_ANAPHOR_REACH = 4  # words from a determiner to the cue: "the ethnic rebel group said"
_ROLE_REACH = 4
_DATE_REACH = 3  # date words between a source and its verb ("the ministry on Sunday said")
_APPOSITIVE = 12
_LOWER_NAME = 8  # lower-case words inside an institution's name before its capitalised end


@dataclass
class Attribution:
    """The innermost speaker of a sentence and the chain from outermost to innermost."""

    speaker: str | None = None
    chain: list[str] = field(default_factory=list)
    # two sources set against each other, each with its own figure ("X said 20 died, while Y
    # reported 30"): the word that sets them apart, and the speaker on either side of it
    contrast: tuple[int, str, str] | None = None

    def at(self, k: int) -> Attribution:
        """The attribution of the figure at word ``k``: the source on its side of a contrast."""
        if self.contrast is None:
            return self
        boundary, first, second = self.contrast
        return Attribution(first if k < boundary else second)

    def carried(self) -> Attribution:
        """What a following sentence inherits: the sentence's last speaker and chain."""
        return Attribution(self.speaker, self.chain) if self.contrast else self


def _cats(marks: Marks, k: int) -> dict[str, int]:
    return marks.cats[k]


def _span_of(marks: Marks, k: int, prefix: str) -> int | None:
    ends = [j for c, _, j in marks[k] if c.startswith(prefix)]
    return max(ends) if ends else None


def _capitalised(doc: Doc, k: int) -> bool:
    text = doc.words[k].text
    return text[:1].isupper() or (text.isupper() and len(text) > 1)


def _is_break(doc: Doc, k: int) -> bool:
    gap = doc.gaps[k]
    return any(ch in '.,;:!?؟،\n()"«»“”' for ch in gap)


def _np_after(
    doc: Doc, k: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    n = len(doc.words)
    skipped = 0
    complementizers = _complementizers(pack)
    while k < n and doc.sentence[k] == sentence and skipped < 4:
        cats = _cats(marks, k)
        if any(c.startswith("date:") for c in cats):
            k += 1
            skipped += 1
            continue
        norm = doc.words[k].norm
        if any(f in complementizers for f in pack.forms(norm)):
            return None  # "قالت إن ...", "dijo que ...": what was said starts, not its speaker
        if "fn:word" in cats or "attr:connectors" in cats or norm in pack.articles:
            named = norm not in pack.function_words and norm not in pack.articles
            if _capitalised(doc, k) and named:
                break
            k += 1
            skipped += 1
            continue
        break
    if k >= n or doc.sentence[k] != sentence:
        return None
    end = _span_of(marks, k, "actor:") or _span_of(marks, k, "attr:nouns")
    start = k
    uncased = _uncased(pack)
    role = end is not None and _span_of(marks, k, "actor:") is None
    if end is None:
        end = _role_ahead(doc, k, marks, sentence)
        role = end is not None
    elif uncased:
        return start, _uncased_name(doc, end, marks, sentence, start)
    if end is None:
        if uncased:
            end = k
            while end < n and end - k < 4 and doc.sentence[end] == sentence:
                cats = _cats(marks, end)
                if end > k and (_is_break(doc, end) or "fn:word" in cats or "attr:adverbs" in cats):
                    break
                if doc.words[end].is_digit or any(c.startswith(_NAME_STOP) for c in cats):
                    break  # a count, a measure or a date is what was said, not who said it
                end += 1
            return (start, end) if end > start else None
        if not _capitalised(doc, k) or doc.words[k].is_digit:
            return None
        end = k + 1
    while end < n and end - start < _MAX_NP and not _is_break(doc, end):
        cats = _cats(marks, end)
        if _capitalised(doc, end) and not doc.words[end].is_digit:
            end += 1
        elif "attr:connectors" in cats and end + 1 < n and _capitalised(doc, end + 1):
            end += 2
        elif (
            "attr:connectors" in cats
            and end + 2 < n
            and "attr:connectors" in _cats(marks, end + 1)
            and not _is_break(doc, end + 1)
            and _capitalised(doc, end + 2)
            and not _is_break(doc, end + 2)
        ):
            end += 3  # "ministre de la Santé", "Ministerio de la Salud"
        elif "attr:connectors" in cats and _capitalised(doc, end - 1):
            named = _lower_name(doc, end, marks, sentence)
            if named is None:
                break
            end = named + 1  # the capitalised word that closes the name belongs to it
        else:
            break
    if role:
        end = _name_after_role(doc, end, marks, sentence)
    elif (
        end < n
        and doc.sentence[end] == sentence
        and doc.gaps[end].strip() == "("
        and end + 1 < n
        and doc.gaps[end + 1].strip().startswith(")")
        and _capitalised(doc, end)
    ):
        end += 1  # "the Example Office (EO)": the short name is part of the speaker
    return start, end


def _lower_name(doc: Doc, k: int, marks: Marks, sentence: int) -> int | None:
    """End of the lower-case middle of an institution's name, from the connector at ``k`` to the
    capitalised word that closes it: "Bureau de coordination des affaires humanitaires de l'ONU",
    "Fiscalía General del Estado" (only the first word is capitalised in many languages)."""
    t = k
    while t < len(doc.words) and t - k < _LOWER_NAME and doc.sentence[t] == sentence:
        if t > k and _is_break(doc, t):
            return None
        word = doc.words[t]
        if _capitalised(doc, t) and not word.is_digit:
            return t if "attr:connectors" in _cats(marks, t - 1) else None
        cats = _cats(marks, t)
        if "attr:connectors" not in cats and (
            word.is_digit
            or _is_cue(marks, t)
            or "fn:word" in cats
            or any(c.startswith(_NAME_STOP) for c in cats)
        ):
            return None
        t += 1
    return None


def _name_after_role(doc: Doc, end: int, marks: Marks, sentence: int) -> int:
    """End of a role's speaker with the name set off after it: "the health minister, Ana Example,
    said" reads "health minister, Ana Example" (the name says who, the role what). The name is two
    or more capitalised words between commas or closing the sentence."""
    n = len(doc.words)
    if end >= n or doc.sentence[end] != sentence or doc.gaps[end].strip() != ",":
        return end
    t = end
    while t < n and doc.sentence[t] == sentence and t - end < 4:
        if not _capitalised(doc, t) or doc.words[t].is_digit or _is_cue(marks, t):
            break
        if any(c.startswith(("actor:", "attr:nouns")) for c in _cats(marks, t)):
            return end  # another source, not this one's name
        t += 1
        if t < n and _is_break(doc, t):
            break
    closed = t >= n or doc.sentence[t] != sentence or doc.gaps[t].strip() in (",", ".", ";")
    return t if t - end >= 2 and closed else end


_QUOTES = '"«»“”„'
_NAME_STOP = ("measure:", "qual:", "vague:", "date:", "neg:", "mod:", "weapon:", "dis:")


def _uncased_name(doc: Doc, end: int, marks: Marks, sentence: int, start: int) -> int:
    """End of a speaker noun's name in a script without capitals: the words after the noun up to
    punctuation, a function word or a cue, and a quoted name ("وكالة الأنباء "وفا"", "موقع
    "المثال"", "مصادر طبية فلسطينية")."""
    n = len(doc.words)
    quoted = False
    while end < n and end - start < _MAX_NP and doc.sentence[end] == sentence:
        gap = doc.gaps[end]
        quote = any(ch in _QUOTES for ch in gap) and not gap.strip(_QUOTES + " ")
        if quoted and quote:
            break  # the closing quote ends the name
        if _is_break(doc, end) and not (quote and not quoted):
            break
        cats = _cats(marks, end)
        if not quoted and (
            doc.words[end].is_digit
            or "fn:word" in cats
            or "attr:adverbs" in cats
            or _is_cue(marks, end)
            or any(c.startswith(_NAME_STOP) for c in cats)
        ):
            break
        quoted = quoted or quote
        end += 1
    return end


def _role_ahead(doc: Doc, k: int, marks: Marks, sentence: int) -> int | None:
    """End of a role noun or actor after a few modifiers: "local rescue workers", "a human
    rights group", "medizinisches Personal und Augenzeugen", "fuentes oficiales"."""
    for t in range(k + 1, min(len(doc.words), k + _ROLE_REACH)):
        if doc.sentence[t] != sentence or _is_break(doc, t) or doc.words[t].is_digit:
            return None
        cats = _cats(marks, t)
        if any(c.startswith(("measure:", "qual:", "vague:")) for c in cats) or _is_cue(marks, t):
            return None
        end = _span_of(marks, t, "actor:") or _span_of(marks, t, "attr:nouns")
        if end is not None:
            return end
    return None


def _np_before(
    doc: Doc, k: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    end = k
    while end > 0 and doc.sentence[end - 1] == sentence and k - end < 2 + _DATE_REACH:
        cats = _cats(marks, end - 1)
        dated = any(c.startswith("date:") for c in cats)
        if not (dated or "fn:word" in cats or "attr:adverbs" in cats):
            break
        if dated and _is_break(doc, end):
            break  # "... in Nigeria on Saturday, AFP reports": the date is not the source's
        if (
            not dated
            and k - end >= 2
            and not any(c.startswith("date:") for t in range(end, k) for c in _cats(marks, t))
        ):
            break  # past two function words only when a date stands there ("on Sunday said")
        end -= 1
    if end <= 0 or doc.sentence[end - 1] != sentence:
        return None
    if doc.gaps[end].strip() == ",":
        return _appositive_speaker(doc, end, pack, marks, sentence)
    for start in range(max(0, end - _MAX_NP), end):
        for cat, i, j in marks[start]:
            if j == end and (cat.startswith("actor:") or cat in ("attr:nouns", "attr:pronouns")):
                return _extend_left(doc, i, marks, sentence), end
    if _acronym_before(doc, end):  # "Doctors Without Borders (MSF) reported"
        return end - 1, end
    if _is_break(doc, end) or not _capitalised(doc, end - 1) or doc.words[end - 1].is_digit:
        return _subject_before(doc, end, marks, sentence)
    start = _role_of(doc, _extend_left(doc, end - 1, marks, sentence), marks, sentence)
    if _opens_sentence(doc, start) and _points_back(doc, start, pack, marks, k):
        return None  # "Dies berichtete die Polizei": the words before the verb are not a source
    return start, end


def _role_of(doc: Doc, start: int, marks: Marks, sentence: int) -> int:
    """Start of a role noun joined to the name at ``start`` by a connector: "the humanitarian
    coordinator for Example said" reads "humanitarian coordinator for Example", not "Example"."""
    joint = start - 1
    if joint < 1 or doc.sentence[joint] != sentence or "attr:connectors" not in _cats(marks, joint):
        return start
    if _is_break(doc, joint) or _is_break(doc, start):
        return start
    for first in range(max(0, joint - _MAX_NP), joint):
        for cat, i, j in marks[first]:
            if j == joint and cat == "attr:nouns" and doc.sentence[i] == sentence:
                return _extend_left(doc, i, marks, sentence)
    return start


def _subject_before(doc: Doc, end: int, marks: Marks, sentence: int) -> tuple[int, int] | None:
    """A role noun a few words before its verb, past a modifier with a function word ("rescue
    teams working on the ground recovered", "officials in the city said"), no punctuation
    between. Names and actors are not looked for this far: a noun use of the cue ("despite
    reports") would pick up any name before it."""
    for stop in range(end - 1, max(0, end - _SUBJECT_REACH) - 1, -1):
        if doc.sentence[stop] != sentence or _is_break(doc, stop + 1):
            return None
        for start in range(max(0, stop - _MAX_NP), stop):
            for cat, i, j in marks[start]:
                if (
                    j == stop
                    and cat == "attr:nouns"
                    and any("fn:word" in _cats(marks, k) for k in range(stop, end))
                ):
                    return _extend_left(doc, i, marks, sentence), stop
    return None


def _appositive_speaker(
    doc: Doc, end: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The name before a role set off by commas: "Ana Example, head of the Example Office,
    said" gives "Ana Example" (the role's organisation is not the speaker). The comma must
    open with a role noun: in "20 hurt, among them two children, the mayor said" it does not."""
    for t in range(end - 1, max(0, end - _APPOSITIVE), -1):
        if doc.sentence[t] != sentence:
            return None
        gap = doc.gaps[t]
        if not any(ch in gap for ch in ",;:()"):
            continue
        if gap.strip() != "," or not _capitalised(doc, t - 1) or doc.words[t - 1].is_digit:
            return None
        first = t
        while first < end - 1 and doc.words[first].norm in pack.articles:
            first += 1
        cats = _cats(marks, first)
        role = "attr:nouns" in cats or any(c.startswith("actor:") for c in cats)
        return (_extend_left(doc, t - 1, marks, sentence), t) if role else None
    return None


def _acronym_before(doc: Doc, end: int) -> bool:
    """Whether word ``end - 1`` is a parenthesised acronym right before word ``end``."""
    if end < 1 or doc.gaps[end].strip() != ")" or doc.gaps[end - 1].strip() != "(":
        return False
    text = doc.words[end - 1].text
    return len(text) > 1 and text.isupper()


def _anaphor(doc: Doc, i: int, j: int, kind: str, pack: LanguagePack, marks: Marks) -> bool:
    """Whether the source at a cue ``[i, j)`` is a definite group noun that refers back: a
    determiner, then lower-case modifiers and an anaphor noun, next to the cue ("both groups
    said", "dijo el grupo rebelde", "die bewaffnete Gruppe teilte mit"). In a pack without
    determiners the anaphor nouns are definite forms themselves ("gruppen", "المنظمة")."""
    sentence = doc.sentence[i]
    determiners = _determiners(pack)
    n = len(doc.words)

    def plain(t: int) -> bool:
        cats = _cats(marks, t)
        return "attr:anaphors" in cats or (
            not _capitalised(doc, t) and not doc.words[t].is_digit and not _is_cue(marks, t)
        )

    if kind in ("after", "report"):
        end = i
        while end > 0 and "attr:adverbs" in _cats(marks, end - 1) and i - end < 2:
            end -= 1
        if end == 0 or doc.sentence[end - 1] != sentence:
            return False
        if not determiners:
            return "attr:anaphors" in _cats(marks, end - 1)
        found = False
        for t in range(end - 1, max(-1, end - 1 - _ANAPHOR_REACH), -1):
            if doc.sentence[t] != sentence or (t < end - 1 and _is_break(doc, t + 1)):
                return False
            if doc.words[t].norm in determiners:
                return found
            if not plain(t):
                return False
            found = found or "attr:anaphors" in _cats(marks, t)
        return False
    if j >= n or doc.sentence[j] != sentence:
        return False
    if not determiners:
        after = j + 1
        return "attr:anaphors" in _cats(marks, j) and (
            after >= n
            or _is_break(doc, after)
            or "fn:word" in _cats(marks, after)
            or doc.words[after].norm in pack.function_words
        )
    if doc.words[j].norm not in determiners:
        return False
    t = j + 1
    found = False
    while t < n and t - j <= _ANAPHOR_REACH and doc.sentence[t] == sentence:
        if _is_break(doc, t) or not plain(t):
            break
        found = found or "attr:anaphors" in _cats(marks, t)
        t += 1
    return found and (t >= n or doc.sentence[t] != sentence or _is_break(doc, t) or plain(t))


def _complementizers(pack: LanguagePack) -> frozenset[str]:
    """``attribution.complementizers`` ("that", "que", "dass", "att", "إن"), normalised."""
    words = pack.raw.get("attribution", {}).get("complementizers", [])
    return frozenset(normalize(w) for w in words)


def _pro_drop(pack: LanguagePack) -> bool:
    """``attribution.pro_drop``: the language leaves a subject pronoun unwritten (Arabic, Spanish),
    so a reporting verb with no subject refers to the last speaker."""
    return bool(pack.raw.get("attribution", {}).get("pro_drop", False))


def _complement_follows(doc: Doc, j: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether a complementizer opens what follows a cue ending at ``j``, past adverbs and dates:
    "وأوضح أن ...", "añadió que ...", with no subject written."""
    complementizers = _complementizers(pack)
    sentence = doc.sentence[j - 1]
    for k in range(j, min(len(doc.words), j + 4)):
        if doc.sentence[k] != sentence:
            return False
        if any(f in complementizers for f in pack.forms(doc.words[k].norm)):
            return True
        cats = _cats(marks, k)
        if not ("attr:adverbs" in cats or any(c.startswith("date:") for c in cats)):
            return False
    return False


def _determiners(pack: LanguagePack) -> frozenset[str]:
    words = pack.raw.get("attribution", {}).get("determiners", [])
    return frozenset(normalize(w) for w in words)


def _is_cue(marks: Marks, k: int) -> bool:
    return any(c.startswith("attr:") and c not in _NOT_CUES for c in _cats(marks, k))


def _extend_left(doc: Doc, start: int, marks: Marks, sentence: int) -> int:
    while start > 0 and doc.sentence[start - 1] == sentence and not _is_break(doc, start):
        if _is_cue(marks, start - 1):
            break  # "Según testigos": the cue is not part of the name
        if _capitalised(doc, start - 1) and not doc.words[start - 1].is_digit:
            start -= 1
        elif "attr:connectors" in _cats(marks, start - 1):
            # one or two connectors inside a name: "Ministry of Health", "Droits de l'Homme"
            joint = start - 1
            if (
                joint > 1
                and "attr:connectors" in _cats(marks, joint - 1)
                and not _is_break(doc, joint)
                and doc.sentence[joint - 1] == sentence
            ):
                joint -= 1
            if (
                joint > 0
                and doc.sentence[joint - 1] == sentence
                and _capitalised(doc, joint - 1)
                and not _is_cue(marks, joint - 1)
                and not _is_break(doc, joint)
                and not _is_break(doc, start - 1 if start - 1 > joint else joint)
            ):
                start = joint - 1
            else:
                break
        else:
            break
    return start


def _text(doc: Doc, span: tuple[int, int], pack: LanguagePack, marks: Marks) -> str:
    first, last = span
    conjunctions = pack.conjunctions
    while (
        first < last - 1
        and (doc.words[first].norm in pack.function_words or doc.words[first].norm in conjunctions)
        and not any(c.startswith("actor:") for c, _, _ in marks[first])
    ):
        first += 1
    start, end = doc.char_span(first, last)
    text = doc.text[start:end]
    for written, left in _prepositions(pack):
        if text.startswith(written):
            # "وفقا للمرصد" -> "المرصد", "وفقا لمصادر طبية" -> "مصادر طبية": the preposition is not
            # part of the name; one that leaves nothing only before a known speaker word
            if left or _known(pack, doc.words[first].norm[len(written) :]):
                text = left + text[len(written) :]
            break
    if text.count("(") > text.count(")"):
        text += ")"  # "Example Office (EO": the closing bracket lies past the last word
    if any(ch in _QUOTES for ch in text):  # 'وكالة "فرانس برس"': the name, not its quote marks
        text = " ".join("".join(ch for ch in text if ch not in _QUOTES).split())
    return text


def _names_itself(marks: Marks, span: tuple[int, int]) -> bool:
    """Whether a referring phrase holds a source noun ("the ministry", "organisationen"), so that
    with no one named before it it still says who speaks, as "he" does not."""
    return any(
        c in ("attr:nouns", "attr:anaphors") or c.startswith("actor:")
        for k in range(*span)
        for c in _cats(marks, k)
    )


def _uncased(pack: LanguagePack) -> bool:
    """``attribution.uncased``: the script has no capitals (Arabic), so a name is read as the
    words after a speaker noun up to punctuation or a function word, not as a capitalised run."""
    return bool(pack.raw.get("attribution", {}).get("uncased", False))


def _prepositions(pack: LanguagePack) -> list[tuple[str, str]]:
    """``attribution.prepositions``: a preposition written onto the speaker's first word and what
    it leaves of it (``["لل", "ال"]``: li- + al- drops the alef), longest first."""
    pairs = pack.raw.get("attribution", {}).get("prepositions", [])
    return [(str(w), str(left)) for w, left in pairs]


def _known(pack: LanguagePack, norm: str) -> bool:
    """Whether a word is a speaker noun or an actor alias as it stands."""
    return any(c.startswith(("attr:nouns", "actor:")) for c in pack.lexicon.categories(norm))


def attribute(doc: Doc, pack: LanguagePack, marks: Marks) -> dict[int, Attribution]:
    """Attribution per sentence id (only sentences with a speaker, own or inherited)."""
    found: dict[int, list[tuple[int, str, str]]] = {}
    last_speaker: str | None = None
    exact = {w.casefold() for w in pack.raw.get("attribution", {}).get("exact", [])}
    last_sentence = -1
    passive = {k for _, i, j in marks.family("attr") if _ == "attr:quoted_by" for k in range(i, j)}
    spoken_after = {
        i
        for cat, i, _ in marks.family("attr")
        if cat == "attr:after" and _np_before(doc, i, pack, marks, doc.sentence[i]) is not None
    }
    for cat, i, j in marks.family("attr"):
        if cat in _NOT_CUES:
            continue
        if j - i == 1 and doc.words[i].norm in exact and doc.words[i].text.casefold() not in exact:
            continue
        if i in passive and cat != "attr:quoted_by":
            continue  # "quoted" inside "quoted by" is not a cue of its own
        sentence = doc.sentence[i]
        kind = cat[5:]
        span = None
        if kind == "quoted_by":
            # "rescue workers quoted by NPR": NPR passes on what the rescue workers said
            outer = _np_after(doc, j, pack, marks, sentence)
            if outer is not None:
                found.setdefault(sentence, []).append(
                    (outer[0], "outer", _text(doc, outer, pack, marks))
                )
            span = _np_before(doc, i, pack, marks, sentence)
            if span is None:
                continue
            text = _text(doc, span, pack, marks)
            found.setdefault(sentence, []).append((span[0], "inner", text))
            last_speaker, last_sentence = text, sentence
            continue
        if kind == "before" and i in spoken_after:
            continue  # "the ministry said other strikes killed 20": the speaker comes first
        if (
            kind in ("before", "after", "report")
            and last_speaker is not None
            and _anaphor(doc, i, j, kind, pack, marks)
        ):
            found.setdefault(sentence, []).append((i, "source", last_speaker))
            last_sentence = sentence
            continue
        if kind in ("before", "report", "citing"):
            span = _np_after(doc, j, pack, marks, sentence)
        if span is None and kind in ("after", "report"):
            span = _np_before(doc, i, pack, marks, sentence)
        if span is None:
            if (
                kind == "before"
                and last_speaker is not None
                and _pro_drop(pack)
                and _complement_follows(doc, j, pack, marks)
            ):
                # "وأوضح أن ...", "añadió que ...": a verb with no subject written speaks for the
                # last speaker, in a language that drops subject pronouns
                found.setdefault(sentence, []).append((i, "source", last_speaker))
                last_sentence = sentence
            continue
        if kind == "citing":
            outer = _np_before(doc, i, pack, marks, sentence)
            if outer is None and i > 0 and doc.gaps[i].strip() == "," and _capitalised(doc, i - 1):
                outer = (_extend_left(doc, i - 1, marks, sentence), i)
            if outer is not None:
                found.setdefault(sentence, []).append(
                    (outer[0], "outer", _text(doc, outer, pack, marks))
                )
            elif last_speaker is not None and last_sentence != sentence and _opens_sentence(doc, i):
                # "Citing local workers, the report states ...": the report named before
                found.setdefault(sentence, []).append((-1, "outer", last_speaker))
        text = _text(doc, span, pack, marks)
        if "attr:pronouns" in {c for c, _, e in marks[span[0]] if e == span[1]}:
            if last_speaker is not None:
                text = last_speaker
            elif not _names_itself(marks, span):
                continue  # "he said" with no one named before: no speaker
            # else "the ministry said", "organisationen uppger" with no one named before: itself
        role = "outer" if kind == "report" else "inner" if kind == "citing" else "source"
        found.setdefault(sentence, []).append((span[0], role, text))
        last_speaker, last_sentence = text, sentence
    result: dict[int, Attribution] = {}
    if not found:
        return result
    first_word: dict[int, int] = {}
    for k, sentence in enumerate(doc.sentence):
        first_word.setdefault(sentence, k)
    sentences = sorted(first_word)
    previous: Attribution | None = None
    previous_sentence = -1
    for sentence in sentences:
        entries = found.get(sentence)
        if entries:
            order = {"outer": 0, "source": 1, "inner": 2}
            entries = _before_semicolon(doc, entries)
            ranked = sorted(entries, key=lambda e: (order[e[1]], e[0]))
            chain = list(dict.fromkeys(t for _, _, t in ranked))
            attribution = Attribution(chain[-1], chain if len(chain) > 1 else [])
            attribution.contrast = _contrast(doc, entries, pack)
            result[sentence] = attribution
            previous = attribution.carried()
            if (
                previous_sentence >= 0
                and previous_sentence not in found
                and _same_paragraph(doc, first_word, previous_sentence, sentence)
                and _points_back(doc, first_word[sentence], pack, marks)
            ):
                result[previous_sentence] = previous  # "... were killed. That, AFP reports."
        elif previous is not None and _same_paragraph(doc, first_word, previous_sentence, sentence):
            result[sentence] = previous
        else:
            previous = None
        previous_sentence = sentence
    _quoted_before(doc, found, result, first_word)
    return result


_OPENING = '“«„"'


def _quoted_before(
    doc: Doc,
    found: dict[int, list[tuple[int, str, str]]],
    result: dict[int, Attribution],
    first_word: dict[int, int],
) -> None:
    """A quotation of several sentences closed by its speaker ("“Four were killed. Six were
    wounded,” he said."): the speaker speaks for every sentence inside the quote marks, back to
    where they open in the same paragraph, that has no speaker of its own."""
    last_word: dict[int, int] = {}
    for k, sentence in enumerate(doc.sentence):
        last_word[sentence] = k
    order = sorted(first_word)
    place = {sentence: n for n, sentence in enumerate(order)}
    for sentence, entries in found.items():
        cue = min((e[0] for e in entries if e[0] >= 0), default=None)
        if cue is None:
            continue
        begin = doc.words[first_word[sentence]].start
        head = doc.text[begin : doc.words[cue].start]
        if sum(ch in _QUOTES for ch in head) % 2 == 0:
            continue  # no quotation left open before this sentence
        opened = max(doc.text.rfind(ch, 0, begin) for ch in _OPENING)
        if opened < 0 or "\n" in doc.text[opened:begin]:
            continue
        for other in reversed(order[: place[sentence]]):
            if doc.words[last_word[other]].start < opened:
                break  # before the quote opened
            if other not in found:
                result[other] = result[sentence].carried()


def _contrast(
    doc: Doc, entries: list[tuple[int, str, str]], pack: LanguagePack
) -> tuple[int, str, str] | None:
    """Two plain sources with a contrast word between them (``attribution.contrast``: "while",
    "men", "mientras", "بينما"): each speaks for its own side ("Enligt X har 11 dödats, men
    enligt Y kan 40 ha dött"). With no such word, the sentence has one speaker as before."""
    if any(role == "outer" or k < 0 for k, role, _ in entries):
        return None
    sources = sorted({(k, t) for k, _, t in entries})  # "según" is a source and a citing cue
    if len(sources) != 2:
        return None
    (a, first), (b, second) = sources
    if first == second:
        return None
    words = frozenset(normalize(w) for w in pack.raw.get("attribution", {}).get("contrast", []))
    for t in range(a + 1, b):
        if any(f in words for f in pack.forms(doc.words[t].norm)) and _is_break(doc, t):
            return t, first, second
    return None


def _points_back(
    doc: Doc, k: int, pack: LanguagePack, marks: Marks, cue: int | None = None
) -> bool:
    """Whether the sentence at word ``k`` opens with a word for the previous sentence's content
    right before a cue (``attribution.back_references``: "Det uppger AFP", "Dies berichtete die
    Agentur", "Así lo informó el ministerio"), so its speaker speaks for that sentence too."""
    words = [w.norm for w in doc.words[k : k + 4]]
    for phrase in pack.raw.get("attribution", {}).get("back_references", []):
        tokens = normalize(phrase).split()
        at = k + len(tokens)
        while at < len(doc.words) and "fn:word" in _cats(marks, at) and at - k < 4:
            at += 1  # "Así lo informó": a clitic pronoun before the verb
        if (
            words[: len(tokens)] == tokens
            and at < len(doc.words)
            and doc.sentence[at] == doc.sentence[k]
            and _is_cue(marks, at)
            and (cue is None or at == cue)
        ):
            return True
    return False


def _before_semicolon(doc: Doc, entries: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """ "X said 14 were killed; Y said it was reviewing": a speaker past a semicolon that follows
    another speaker starts a statement of its own, and does not pass X's words on."""
    sources = sorted(e[0] for e in entries if e[1] == "source" and e[0] >= 0)
    for first, later in itertools.pairwise(sources):
        if any(";" in doc.gaps[k] or "؛" in doc.gaps[k] for k in range(first + 1, later + 1)):
            return [e for e in entries if e[0] < later]
    return entries


def _opens_sentence(doc: Doc, k: int) -> bool:
    return k == 0 or doc.sentence[k - 1] != doc.sentence[k]


def _same_paragraph(doc: Doc, first_word: dict[int, int], a: int, b: int) -> bool:
    if a < 0:
        return False
    return "\n" not in doc.gaps[first_word[b]]
