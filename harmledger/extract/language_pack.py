"""Language packs: the data files under ``harmledger/extract/packs/<lang>/pack.toml``, compiled.

Everything language-specific (number words, separators, vague quantities, qualifiers, casualty
verbs and nouns, who-nouns, attribution cues, actor and weapon aliases, date words) lives in the
pack; the engine only composes categories. Adding a language means adding a folder with a
``pack.toml`` and its tests.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from harmledger.errors import ConfigError
from harmledger.extract.lexicon import Lexicon, plain_forms
from harmledger.extract.text import DIGITS, normalize

_WORD = re.compile(r"\w+")  # the words of a pack phrase, as the tokenizer splits them

# word lists read directly, never annotated as categories
_NOT_MARKED = frozenset(
    {
        ("attribution", "articles"),
        ("attribution", "determiners"),
        ("attribution", "prepositions"),
        ("attribution", "complementizers"),
        ("attribution", "documents"),  # read by speaker_phrases._uncased_name only
        ("attribution", "content_openers"),  # read by speaker_phrases._np_after only
        ("attribution", "complement_bridges"),
        ("attribution", "pro_drop"),
        ("attribution", "uncased"),
        ("attribution", "back_references"),
        ("attribution", "back_cues"),
        ("attribution", "extended_agents"),
        ("negation", "told"),  # read by engine._zero_of_telling only
        ("negation", "reported"),  # read by engine._reported_after only
        ("singular_victims", "phrase_links"),  # read by singular._noun_before_phrase only
        ("attribution", "contrast"),
        ("attribution", "agencies"),
        ("attribution", "source_labels"),
        ("attribution", "release_labels"),
        ("attribution", "role_of"),
        ("attribution", "generic_persons"),
        ("attribution", "named_roles"),
        ("attribution", "framed"),
        ("attribution", "needs_source"),
        ("attribution", "told"),
        ("attribution", "addressee"),
        ("attribution", "day_parts"),  # read by speaker_phrases._np_after only
        ("attribution", "reported_mood"),
        ("attribution", "possessives"),
        ("attribution", "back_totals"),
        ("attribution", "partitives"),
        ("attribution", "continuations"),
        ("attribution", "background"),
        ("attribution", "new_events"),
        ("attribution", "media"),
        ("attribution", "dative_articles"),
        ("attribution", "finders"),
        ("attribution", "relatives"),
        ("attribution", "subsets"),
        ("attribution", "according"),
        ("attribution", "according_bare"),
        ("attribution", "according_bare_nouns"),  # read by speaker_phrases.common_noun_after only
        ("attribution", "inverted"),
        ("attribution", "inverted_subjects"),
        ("attribution", "lead_from_next"),
        ("attribution", "opening_verb_speaks"),
        ("attribution", "responsibility"),
        ("attribution", "unnamed_reports"),
        ("attribution", "appositive_openers"),
        ("numbers", "proportion_wholes"),
        ("numbers", "proportion_part_of"),
        ("attribution", "passive_aux"),  # read by attribution._passive_of_harm only
        ("numbers", "time_genitive"),
        ("numbers", "attribute_prepositions"),  # read by reading._after_extended_attribute only
        ("numbers", "plus_words"),
        ("numbers", "superlatives"),
        ("numbers", "correlatives"),
        ("numbers", "correlative_joins"),
        ("attribution", "adjectives_after"),
        ("attribution", "relays"),
        ("attribution", "asides"),
        ("attribution", "openers"),
        ("attribution", "adverbial_prepositions"),  # read by verb_second.py only
        ("attribution", "verb_first_openers"),  # read by verb_second.opener_first only
        ("attribution", "verb_first_fillers"),
        ("attribution", "period_parts"),  # read by verb_second.opener_first only
        ("attribution", "period_words"),
        ("attribution", "year_openers"),
        ("attribution", "year_fillers"),
        ("attribution", "perfect_frames"),
        ("attribution", "issuers"),
        ("attribution", "issued"),
        ("attribution", "name_heads"),
        ("singular_victims", "before_noun"),
        ("dates", "day_joins"),
        ("dates", "day_from"),  # read by engine._day_after_day_from only
        ("distractors", "gathering_passive"),  # read by engine._harmed_at_gathering only
        ("distractors", "alive_after"),  # read by engine._found_alive only
        ("distractors", "rate_per"),  # read by engine._rate only
        ("singular_victims", "plural_cues"),  # read by singular._subject only
        ("distractors", "age_persons"),
        ("distractors", "age_articles"),  # read by engine._is_age only
        ("distractors", "comparison"),
        ("distractors", "comparison_back"),
        ("distractors", "comparison_since"),  # read by engine._earlier_event only
        ("qualifiers", "previous_fillers"),  # read by engine._from_before only
        ("distractors", "harmable"),  # read by engine._harmed_present only
        ("qualifiers", "new_figure"),  # read by engine._earlier_of_risen only
        ("who", "others_before_noun"),
        ("who", "severity"),  # read by reading._head_from only
        ("who", "owned_kin"),  # read by coordinated.owned_children only
        ("distractors", "before_frames"),  # read by engine._framed_before only
        ("singular_victims", "relative"),
        ("singular_victims", "event_not_before"),
        ("singular_victims", "event_not_after"),
        ("distractors", "age_adverbs"),
        ("distractors", "size_compounds"),  # read by not_counts.size_compound only
        ("distractors", "size_compound_wholes"),
        ("distractors", "year_determiners"),  # read by not_counts.year_before_event only
        ("distractors", "year_events"),
        ("distractors", "age_whens"),  # read by engine._age_when only
        ("distractors", "age_copula_adverbs"),
        ("distractors", "agent_by"),
        ("distractors", "crowd_agent"),  # read by engine._crowd_agent only
        ("distractors", "bracket_aux"),
        ("distractors", "age_copulas"),  # read by engine._age_predicate only
        ("distractors", "age_plural_copulas"),  # read by engine._ages_of_counted only
        ("singular_victims", "subject_pronouns"),  # read by singular.object_of only
        ("singular_victims", "agent_verbs"),  # read by singular._agent_pronoun only
        ("singular_victims", "infinitives"),  # read by infinitives.infinitive only
        ("singular_victims", "infinitive_markers"),
        ("singular_victims", "infinitive_passive"),
        ("singular_victims", "present_agent"),  # read by engine._agent only
        ("distractors", "age_relatives"),
        ("singular_victims", "event_adjectives"),
        ("singular_victims", "event_nouns"),
        ("singular_victims", "not_hit_after"),
        ("uncounted", "possessives"),
        ("uncounted", "not_after"),
        ("singular_victims", "after_article"),
        ("singular_victims", "parents"),
        ("who", "among_after"),
        ("who", "age_after"),
        ("who", "age_units"),
        ("singular_victims", "age_openers"),
        ("singular_victims", "age_words"),
        ("singular_victims", "age_decades"),
        ("singular_victims", "ordinals"),
        ("singular_victims", "one_more"),  # read by engine._lone_before only
        ("singular_victims", "one_more_after"),  # read by engine._one_more_word only
        ("singular_victims", "hit_at"),  # read by engine._hit_at only
        ("singular_victims", "hospital_trips"),  # read by hospital_trips only
        ("singular_victims", "hospital_words"),
        ("singular_victims", "every"),
        ("singular_victims", "every_other"),
        ("singular_victims", "hit"),
        ("singular_victims", "identity"),
        ("singular_victims", "one_of_them"),
        ("singular_victims", "one_of_the_hurt"),
        ("singular_victims", "also"),  # read by engine._also_one_more only
        ("singular_victims", "hit_where"),  # read by singular._hit_where only
        ("singular_victims", "not_indefinite"),  # read by singular._opened_indefinitely only
    }
)


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have a pack, sorted (packs ship with the package: read once)."""
    root = resources.files("harmledger.extract") / "packs"
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "pack.toml").is_file())
    )


def _clitic_forms(
    proclitics: list[str], articles: list[str], contractions: list[list[str]] | None = None
) -> Callable[[str], tuple[str, ...]]:
    """Word forms for a language that writes particles onto words: the word and its stems
    without the pack's ``proclitics`` (Arabic و ف ب ل ك ال), then without an ``article`` left on
    a stem ("وللمدنيين" -> "للمدنيين" -> "مدنيين"), longest stem first; a ``contraction`` is
    also read in full ("للتحالف" -> "التحالف": li- + al- drops the alef)."""
    clitics = tuple(normalize(c) for c in proclitics)
    stripped = tuple(normalize(a) for a in articles)
    full = tuple((normalize(a), normalize(b)) for a, b in contractions or [])

    @lru_cache(maxsize=65536)
    def forms(word: str) -> tuple[str, ...]:
        found = [word]
        for clitic in clitics:
            if word.startswith(clitic) and len(word) - len(clitic) >= 2:
                found.append(word[len(clitic) :])
        for stem in list(found):
            for written, whole in full:
                if stem.startswith(written) and len(stem) - len(written) >= 2:
                    found.append(whole + stem[len(written) :])
        for stem in found[1:]:
            for article in stripped:
                if stem.startswith(article) and len(stem) - len(article) >= 2:
                    found.append(stem[len(article) :])
        return tuple(dict.fromkeys(found))

    return forms


@dataclass
class Vague:
    """A vague or fixed-value phrase ("dozens", "une centaine") with its convention reading."""

    low: int
    high: int | None
    qualifier: str


@dataclass
class LanguagePack:
    """One compiled language pack."""

    lang: str
    name: str
    number_pattern: str
    thousands: tuple[str, ...]
    decimal: str
    number_words: dict[str, int]
    multipliers: frozenset[str]
    connectors: frozenset[str]
    word_prefixes: tuple[str, ...]
    singular: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    morpheme: re.Pattern[str]
    morpheme_full: re.Pattern[str]
    vague: dict[str, Vague]
    lexicon: Lexicon
    function_words: frozenset[str]
    conjunctions: frozenset[str] = frozenset()  # segments.conjunctions, as written in the pack
    # segments.subordinators: words opening a clause of its own ("after", "بعد"); a cue beyond
    # one is never a predicate shared with a number before it
    subordinators: frozenset[str] = frozenset()
    # segments.shares: a share of the people just counted ("half of them"); a cue right after
    # one says what befell the share, no predicate of the count (engine._share_between)
    shares: frozenset[str] = frozenset()
    joined_conjunction: str = ""  # segments.joined: "and" written onto the next word (Arabic و)
    of_words: frozenset[str] = frozenset()  # numbers.of ("of", "de", "من"), as written
    dot_groups: bool = False  # numbers.dot_groups: "24.620" is 24,620 (three digits per group)
    # numbers.decimal_groups: the decimal mark before three digits in every group is a
    # thousands separator ("30,035 personer" is 30,035 where "2,5" is two and a half)
    decimal_groups: bool = False
    post_nominal: frozenset[str] = frozenset()  # numbers.post_nominal: "one" after its noun
    head_first: bool = False  # numbers.head_first: modifiers follow their noun (Arabic)
    # numbers.identifier_before: how a name word before a number is written ("Highway 60",
    # "القرار 2254"): "capitalised", or the definite prefixes written onto a noun ("ال")
    identifier_capitalised: bool = False
    # numbers.proportion: words between the two numbers of a ratio ("1 in 3", "من كل")
    proportion: tuple[tuple[str, ...], ...] = ()
    identifier_prefixes: tuple[str, ...] = ()
    articles: frozenset[str] = frozenset()  # attribution.articles ("a", "eines", "un"), normalised
    verbatim: frozenset[str] = frozenset()  # text.verbatim: words kept as written (text.tokenize)
    # dates.months, first word normalised: "24. Oktober" is an ordinal day, no sentence end
    month_words: frozenset[str] = frozenset()
    # companions.age_words: units an age is hyphenated onto ("17-year-old"), normalised
    age_units: frozenset[str] = frozenset()
    # companions.age_nouns: the last word of an age written as a person ("three 16-year-olds",
    # "zwei 16-Jährige", "två 15-åringar"), normalised; under 18 they are children
    age_nouns: frozenset[str] = frozenset()
    # singular_victims.one_of_them: "one of them", "l'un d'eux", "أحدهم" as word tuples
    one_of_them: tuple[tuple[str, ...], ...] = ()
    # singular_victims.one_of_the_hurt: those of one_of_them that name the hurt themselves
    # ("one of the injured"): one dead of them even where no count of the hurt stands before
    one_of_the_hurt: frozenset[tuple[str, ...]] = frozenset()
    # distractors.age_persons / comparison / comparison_back, normalised (engine._is_age,
    # engine._earlier_event)
    age_persons: frozenset[str] = frozenset()
    # distractors.age_articles: before a lower-case noun, an age set off after it (engine._is_age)
    age_articles: frozenset[str] = frozenset()
    comparison: frozenset[str] = frozenset()
    comparison_back: frozenset[str] = frozenset()
    raw: dict[str, Any] = field(repr=False, default_factory=dict)
    split_cache: dict[str, list[str] | None] = field(repr=False, default_factory=dict)
    # numbers.parse_number_text by text: a word asked about at every cue would be tokenized again
    number_texts: dict[str, int | None] = field(repr=False, compare=False, default_factory=dict)
    word_lists: dict[tuple[str, str], frozenset[str]] = field(
        repr=False, compare=False, default_factory=dict
    )

    def forms(self, word: str) -> tuple[str, ...]:
        """Word forms to look up (Arabic strips proclitics)."""
        return self.lexicon.forms(word)

    def words(self, section: str, key: str) -> frozenset[str]:
        """The pack's list ``[section] key``, normalised once (rules ask for it per phrase)."""
        found = self.word_lists.get((section, key))
        if found is None:
            found = self.word_lists[(section, key)] = _normalised(self.raw, section, key)
        return found


def _number_pattern(thousands: list[str], decimal: str, scales: tuple[str, ...] = ()) -> str:
    """Digits with the pack's separators. Where a point groups thousands, a point before one
    or two digits and a scale word of a million or more is a decimal point all the same
    ("1.5 millones", as Latin American reporting writes it): no thousands group is that short."""
    d = f"[{DIGITS}]"
    seps = "".join(re.escape(s) for s in thousands if s != decimal)
    grouped = f"{d}{{1,3}}(?:[{seps}]{d}{{3}})+(?!{d})" if seps else ""
    dec = re.escape(decimal) + "|٫" if decimal else "٫"
    plain = f"{d}+(?:(?:{dec}){d}+)?"
    body = f"{grouped}(?:(?:{dec}){d}+)?|{plain}" if grouped else plain
    if "." in thousands and decimal != "." and scales:
        words = "|".join(re.escape(w) for w in sorted(scales, key=len, reverse=True))
        body = f"{d}{{1,3}}\\.{d}{{1,2}}(?=\\s+(?i:{words})\\b)|{body}"
    return f"(?<![{DIGITS}])(?:{body})"


def _load_toml(lang: str, filename: str = "pack.toml") -> dict[str, Any]:
    path = resources.files("harmledger.extract") / "packs" / lang / filename
    if not path.is_file():
        raise ConfigError(f"no extraction pack for language {lang!r}")
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _add_sections(lexicon: Lexicon, data: dict[str, Any]) -> None:
    sections = {
        "qualifiers": "qual",
        "measures": "measure",
        "head_measures": "head",
        "measure_modifiers": "mod",
        "who": "who",
        "quantities": "qty",
        "distractors": "dis",
        "negation": "neg",
        "attribution": "attr",
        "dates": "date",
        "actors": "actor",
        "weapons": "weapon",
        "singular_victims": "one",
        "uncounted": "unc",
        "member_groups": "grp",
    }
    for section, prefix in sections.items():
        for key, phrases in data.get(section, {}).items():
            if isinstance(phrases, list) and (section, key) not in _NOT_MARKED:
                lexicon.add(f"{prefix}:{key}", phrases)


def _dual_forms(numbers: dict[str, Any]) -> list[tuple[str, str]]:
    """Dual forms of the pack's ``dual_nouns`` (Arabic "شخص" -> "شخصان", "شخصين"; "طفلة" ->
    "طفلتين"): a count of two with no numeral, each with the singular it is the dual of. Nouns
    whose plural takes the oblique ending too ("مواطنين", "مدنيين") are listed in
    ``dual_nouns_nominative`` and get only the first suffix; a final ي never takes the second."""
    forms: list[tuple[str, str]] = []
    # a name written as a dual of a listed noun is read as the name ("طالبان", the Taliban)
    names = {normalize(n) for n in numbers.get("dual_names", [])}
    suffixes = numbers.get("dual_suffixes", [])
    listed = [(n, suffixes) for n in numbers.get("dual_nouns", [])]
    listed += [(n, suffixes[:1]) for n in numbers.get("dual_nouns_nominative", [])]
    for noun, endings in listed:
        stem = normalize(noun)
        feminine = stem.endswith("ه")
        stem = stem[:-1] + "ت" if feminine else stem
        for suffix in endings:
            if suffix != suffixes[0] and stem.endswith("ي"):
                continue
            if stem + suffix not in names:
                forms.append((stem + suffix, noun))
    # a dual with a possessive pronoun written onto it loses its ن ("شقيقاه", his two
    # brothers; "طفليها", her two children): only nouns of kin, as "رجليه" is his two legs
    for noun in numbers.get("dual_possessed", []):
        stem = normalize(noun)
        stem = stem[:-1] + "ت" if stem.endswith("ه") else stem
        forms.extend((stem + suffix, noun) for suffix in numbers.get("dual_possessive", []))
    return forms


def _dual_categories(lexicon: Lexicon, duals: list[tuple[str, str]]) -> None:
    """A dual names whom it counts as its singular does: "امرأتان" (two women) and "سيدتين"
    are women as "امرأة" and "سيدة" are, not the category of the noun after them."""
    for dual, noun in duals:
        for category in lexicon.categories(normalize(noun)):
            if category.startswith("who:") and category not in lexicon.categories(dual):
                lexicon.add(category, [dual])


def _normalised(data: dict[str, Any], section: str, key: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in data.get(section, {}).get(key, []))


@cache
def load_pack(lang: str) -> LanguagePack:
    """Load and compile the pack for ``lang``; raise :class:`ConfigError` if there is none."""
    data = _load_toml(lang)
    numbers = data["numbers"]
    text = data.get("text", {})
    proclitics = text.get("proclitics", [])
    forms = (
        _clitic_forms(proclitics, text.get("articles", []), text.get("contractions"))
        if proclitics
        else plain_forms
    )
    verbatim = frozenset(text.get("verbatim", []))
    lexicon = Lexicon(forms=forms, verbatim=verbatim)
    _add_sections(lexicon, data)
    vague: dict[str, Vague] = {}
    for index, (phrase, (low, high, qualifier)) in enumerate(data.get("vague", {}).items()):
        key = f"vague:{index}"
        vague[key] = Vague(int(low), None if int(high) < 0 else int(high), str(qualifier))
        lexicon.add(key, [phrase])
    duals = _dual_forms(numbers)
    for phrase, _ in duals:
        key = f"vague:{len(vague)}"
        vague[key] = Vague(2, 2, "exact")
        lexicon.add(key, [phrase])
    _dual_categories(lexicon, duals)
    lexicon.add("fn:word", data.get("function_words", {}).get("words", []))
    words = {normalize(w): int(v) for w, v in numbers["words"].items()}
    morphemes = sorted(words, key=len, reverse=True)
    alternation = "|".join(re.escape(m) for m in morphemes)
    thousands = list(numbers.get("thousands", []))
    decimal = str(numbers.get("decimal", "."))
    return LanguagePack(
        lang=lang,
        name=str(data.get("name", lang)),
        number_pattern=_number_pattern(
            thousands,
            decimal,
            tuple(
                w for w in numbers.get("multipliers", []) if words.get(normalize(w), 0) >= 1_000_000
            ),
        ),
        thousands=tuple(thousands),
        decimal=decimal,
        number_words=words,
        multipliers=frozenset(normalize(w) for w in numbers.get("multipliers", [])),
        connectors=frozenset(normalize(w) for w in numbers.get("connectors", [])),
        word_prefixes=tuple(normalize(w) for w in numbers.get("word_prefixes", [])),
        singular=frozenset(normalize(w) for w in numbers.get("singular", [])),
        ordinal_suffixes=tuple(numbers.get("ordinal_suffixes", [])),
        morpheme=re.compile(alternation),
        morpheme_full=re.compile(f"(?:{alternation})+"),
        vague=vague,
        lexicon=lexicon,
        function_words=frozenset(
            w if w in verbatim else normalize(w)
            for w in data.get("function_words", {}).get("words", [])
        ),
        conjunctions=frozenset(data.get("segments", {}).get("conjunctions", [])),
        subordinators=frozenset(
            normalize(w) for w in data.get("segments", {}).get("subordinators", [])
        ),
        shares=frozenset(normalize(w) for w in data.get("segments", {}).get("shares", [])),
        joined_conjunction=normalize(data.get("segments", {}).get("joined", "")),
        of_words=frozenset(numbers.get("of", [])),
        dot_groups=bool(numbers.get("dot_groups", False)),
        decimal_groups=bool(numbers.get("decimal_groups", False)),
        post_nominal=frozenset(normalize(w) for w in numbers.get("post_nominal", [])),
        head_first=bool(numbers.get("head_first", False)),
        identifier_capitalised=numbers.get("identifier_before") == "capitalised",
        proportion=tuple(
            tuple(normalize(w) for w in phrase.split()) for phrase in numbers.get("proportion", [])
        ),
        identifier_prefixes=tuple(
            normalize(w) for w in numbers.get("identifier_before", []) if isinstance(w, str)
        )
        if isinstance(numbers.get("identifier_before"), list)
        else (),
        articles=frozenset(normalize(w) for w in data.get("attribution", {}).get("articles", [])),
        verbatim=verbatim,
        month_words=frozenset(
            m.split()[0] if m in verbatim else normalize(m.split()[0])
            for m in data.get("dates", {}).get("months", [])
            if m.split()
        ),
        age_units=frozenset(normalize(w) for w in data.get("companions", {}).get("age_words", [])),
        age_persons=_normalised(data, "distractors", "age_persons"),
        age_articles=_normalised(data, "distractors", "age_articles"),
        age_nouns=_normalised(data, "companions", "age_nouns"),
        one_of_them=tuple(
            sorted(
                {
                    tuple(w if w in verbatim else normalize(w) for w in _WORD.findall(phrase))
                    for phrase in data.get("singular_victims", {}).get("one_of_them", [])
                },
                key=len,
                reverse=True,
            )
        ),
        one_of_the_hurt=frozenset(
            tuple(w if w in verbatim else normalize(w) for w in _WORD.findall(phrase))
            for phrase in data.get("singular_victims", {}).get("one_of_the_hurt", [])
        ),
        comparison=_normalised(data, "distractors", "comparison"),
        comparison_back=_normalised(data, "distractors", "comparison_back"),
        raw=data,
    )


@lru_cache(maxsize=1)
def actor_names() -> dict[str, dict[str, Any]]:
    """Canonical actor records (id -> name, belligerent flag) shared by every pack."""
    return dict(_load_toml("common", "actors.toml").get("actors", {}))
