"""Speakers named once and referred to later, one passage of our own per language: a definite
noun ("the organisation", "el Observatorio", "organisationen") names the earlier source whose
name holds that noun, even when another source spoke in between."""

import pytest

from harmledger.extract.engine import extract_claims


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, lang) if c.is_casualty]


SAME_NOUN_NAMED_BEFORE = {  # source A, then source B, then "the <noun of A>": A speaks
    "en": (
        "The Example Rights Organisation said 20 people were killed. The Sample Media Centre "
        "reported 30 dead.\n\nThe organisation said 12 children were among the dead.",
        "Example Rights Organisation",
    ),
    "es": (
        "El Observatorio de Ejemplo dijo que 20 personas murieron. El Centro de Medios Muestra "
        "informó de 30 muertos.\n\nEl Observatorio dijo que 12 niños estaban entre los muertos.",
        "Observatorio de Ejemplo",
    ),
    "fr": (
        "L'Observatoire Exemple a indiqué que 20 personnes ont été tuées. Le Centre Médiatique "
        "Modèle a fait état de 30 morts.\n\nSelon l'Observatoire, 12 enfants ont été tués.",
        "Observatoire Exemple",
    ),
    "de": (
        "Die Beobachtungsstelle Beispiel meldete 20 Tote. Das Medienzentrum Muster meldete 30 "
        "Tote.\n\nDie Beobachtungsstelle sagte, zwölf Kinder seien getötet worden.",
        "Beobachtungsstelle Beispiel",
    ),
    "sv": (
        "Människorättsorganisationen Exempelvakten uppger att 20 personer dödades. Mediecentret "
        "Mönster rapporterar 30 döda.\n\nTolv barn dödades, uppger organisationen.",
        "Människorättsorganisationen Exempelvakten",
    ),
    "ar": (
        "وقالت منظمة المثال لحقوق الإنسان إن 20 شخصا قتلوا. وقال مركز النموذج الإعلامي إن 30 "
        "شخصا قتلوا.\n\nوقالت المنظمة إن 12 طفلا قتلوا.",
        "منظمة المثال لحقوق الإنسان",
    ),
}


@pytest.mark.parametrize("lang", sorted(SAME_NOUN_NAMED_BEFORE))
def test_a_definite_noun_names_the_earlier_source_that_holds_it(lang: str) -> None:
    text, speaker = SAME_NOUN_NAMED_BEFORE[lang]
    first, between, *_, last = _speakers(text, lang)
    assert first is not None and speaker in first  # an article may open it as written
    assert between != first
    assert last == first


def test_with_no_earlier_source_holding_the_noun_the_last_one_speaks() -> None:
    text = (
        "The Example Centre said 20 people were killed.\n\n"
        "The organisation said 12 children were among the dead."
    )
    assert _speakers(text, "en")[-1] == "Example Centre"


TOLL_FROM_SOURCE = {  # "according to a new toll from X": X speaks, not the toll
    "en": (
        "Twelve people were killed, according to a new toll from the health ministry.",
        "health ministry",
    ),
    "es": (
        "Doce personas murieron, según un nuevo balance del ministerio de Salud.",
        "ministerio de Salud",
    ),
    "fr": (
        "Douze personnes ont été tuées, selon un nouveau bilan du ministère de la Santé.",
        "ministère de la Santé",
    ),
    "de": (
        "Zwölf Menschen wurden laut einer neuen Bilanz des Gesundheitsministeriums getötet.",
        "Gesundheitsministeriums",
    ),
    "sv": (
        "Tolv personer dödades, enligt en ny sammanställning från hälsoministeriet.",
        "hälsoministeriet",
    ),
    "ar": ("قتل 12 شخصا حسب حصيلة جديدة لوزارة الصحة.", "وزارة الصحة"),
}


@pytest.mark.parametrize("lang", sorted(TOLL_FROM_SOURCE))
def test_the_source_of_a_toll_speaks_not_the_toll(lang: str) -> None:
    text, speaker = TOLL_FROM_SOURCE[lang]
    assert _speakers(text, lang) == [speaker]


def test_an_arabic_statement_issued_by_a_source_is_that_source() -> None:
    assert _speakers("قتل 12 شخصا وفقا لبيان صادر عن الجيش.", "ar") == ["الجيش"]
    assert _speakers("وقال بيان صادر عن الجيش إن 12 شخصا قتلوا.", "ar") == ["الجيش"]


def test_an_arabic_toll_that_names_no_source_is_no_speaker() -> None:
    text = "قتل 12 شخصا وفق حصيلة أولية مرشحة للارتفاع."
    assert _speakers(text, "ar") == [None]
