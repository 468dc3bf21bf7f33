"""split_names must give split_name's parts for every name, however words combine."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from harmledger.names import split_name
from harmledger.names.batch import split_names

# Words chosen so that rules meet: particles, articles, compound tails, titles, connectors,
# nickname marks, hyphens, apostrophes, marks and tatweel, glued words, mixed scripts.
_WORDS = [
    "محمد", "أحمد", "ابو", "أبو", "ابـو", "عبد", "عبدالله", "الله", "الدين", "ال", "دين", "ام",
    "الحاج", "بن", "بنت", "النجار", "سمرة", "ا", "هللا", "مُحمّد", "x", "،",
    "Mohammed", "Abu", "abou", "Abd", "Abdel", "abdelaziz", "al", "El", "As", "al-Din", "din",
    "Allah", "ullah", "Nasr", "Dr.", "Mrs", "bin", "ibn", "umm", "Um", "Al-Najjar", "-",
    "Ala'a", "ʿAli", "NabilSharet", "ElHelw", '"Abu', 'Ali"', "(Abu", "x)", "`ali", "-al",
    "Ḥusayn", "abd-al", "Salah", "x-", "o´", "1948",
]  # fmt: skip
_NAMES = st.lists(st.sampled_from(_WORDS), max_size=7).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAMES, min_size=1, max_size=12))
def test_split_names_equals_split_name(names: list[str]) -> None:
    split = split_names(names)
    token = [*split.tokens, None]
    for i, name in enumerate(names):
        parts = split_name(name)
        middle = split.middle[split.middle_starts[i] : split.middle_starts[i + 1]]
        assert (
            token[split.given[i]],
            token[split.father[i]],
            token[split.grandfather[i]],
            token[split.family[i]],
            tuple(token[c] for c in middle),
        ) == (parts.given, parts.father, parts.grandfather, parts.family, parts.middle), name


def test_arrow_splits_words_where_str_split_does() -> None:
    """Every code point: split_names takes Arrow's whitespace for Python's."""
    import pyarrow as pa
    import pyarrow.compute as pc

    points = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    names = [f"a{chr(c)}b" for c in points]
    split = pc.utf8_split_whitespace(pa.array(names)).to_pylist()
    assert [n for n, s in zip(names, split, strict=True) if n.split() != [w for w in s if w]] == []


def test_split_names_of_long_runs_and_empty_names() -> None:
    names = ["", " ", "Abu Abd al Rahman al Din x", '"Abu Ali" abu abu abu', "abu", "ال"]
    split = split_names(names)
    token = [*split.tokens, None]
    for i, name in enumerate(names):
        parts = split_name(name)
        assert (token[split.given[i]], token[split.family[i]]) == (parts.given, parts.family)
