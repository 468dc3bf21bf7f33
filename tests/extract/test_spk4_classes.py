"""Speaker classes of the spk4 branch, on sentences of our own: a capitalised sentence-opening
preposition is no name ("Despite reports, officials said", "Trotz der Berichte sagten Beamte");
decoys where the capitalised words that open the sentence do speak."""

import pytest

from harmledger.extract.engine import extract_claims


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, lang) if c.is_casualty]


def _chains(text: str, lang: str) -> list[list[str]]:
    return [c.attribution_chain for c in extract_claims(text, lang) if c.is_casualty]


OPENERS = [  # the opening preposition heads a phrase; the speaker is named elsewhere
    ("en", "Despite reports, officials quickly said 12 civilians were killed.", "officials"),
    ("en", "Amid Protests officials said 12 civilians were killed.", "officials"),
    ("de", "Trotz der Berichte sagten Beamte, zwölf Zivilisten seien getötet worden.", "Beamte"),
    ("de", "Nach dem Angriff sagte die Polizei, zwölf Menschen seien getötet worden.", "Polizei"),
    (
        "es",
        "Pese a los informes, los funcionarios dijeron que doce civiles murieron.",
        "funcionarios",
    ),
    (
        "fr",
        "Malgré les rapports, les responsables ont indiqué que douze civils ont été tués.",
        "responsables",
    ),
    ("sv", "Trots rapporterna sade tjänstemän att tolv civila dödades.", "tjänstemän"),
    ("sv", "I Kiev uppger polisen att tolv personer dödades.", "polisen"),
    ("ar", "رغم التقارير، قال مسؤولون إن 12 مدنيا قتلوا.", "مسؤولون"),
]
OPENER_DECOYS = [  # capitalised words that open the sentence and speak
    ("en", "Example Ministry said 12 civilians were killed.", "Example Ministry"),
    (
        "en",
        "Despite the strikes, the Example Health Ministry said 12 civilians were killed.",
        "Example Health Ministry",
    ),
    ("de", "Die Polizei sagte, zwölf Menschen seien getötet worden.", "Polizei"),
    ("es", "Médicos Sin Fronteras dijo que doce civiles murieron.", "Médicos Sin Fronteras"),
    (
        "fr",
        "Médecins sans frontières a indiqué que douze civils ont été tués.",
        "Médecins sans frontières",
    ),
    ("sv", "Läkare utan gränser uppger att tolv civila dödades.", "Läkare utan gränser"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), OPENERS + OPENER_DECOYS)
def test_an_opening_preposition_is_no_name(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]
    assert _chains(text, lang) == [[]]


ISSUED = [  # a statement named only by the adjective of its issuer: the issuer speaks
    ("en", "Twelve militants were killed, according to a military statement.", "military"),
    ("en", "A military statement said twelve militants were killed.", "military"),
    ("de", "Laut einem militärischen Statement wurden zwölf Kämpfer getötet.", "militärischen"),
    ("fr", "Douze combattants ont été tués, selon un communiqué militaire.", "militaire"),
    ("es", "Doce milicianos murieron, según un comunicado militar.", "militar"),
    ("sv", "Tolv militanter dödades, enligt ett militärt uttalande.", "militärt"),
    ("ar", "قتل 12 مسلحا في الغارة، بحسب بيان عسكري.", "عسكري"),
]
ISSUED_DECOYS = [  # the issuer is named: it speaks, not an adjective
    ("en", "Twelve militants were killed, the army said in a statement.", "army"),
    (
        "fr",
        "Douze combattants ont été tués, selon un communiqué du ministère de la Défense.",
        "ministère de la Défense",
    ),
    (
        "es",
        "Doce milicianos murieron, según un comunicado del Ministerio de Defensa.",
        "Ministerio de Defensa",
    ),
    ("sv", "Tolv militanter dödades, enligt ett uttalande från Försvarsmakten.", "Försvarsmakten"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), ISSUED + ISSUED_DECOYS)
def test_a_statement_named_by_its_issuer(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


RELATIVE = [  # a source set off with a relative clause of its own: the source speaks
    (
        "en",
        "Twelve civilians were killed, according to the ministry, which said the toll could rise.",
        "ministry",
    ),
    (
        "en",
        "Twelve civilians died in the strike, the ministry, which gave no names, reported.",
        "ministry",
    ),
    (
        "es",
        "Doce civiles murieron, según el ministerio, que había cifrado en once los muertos.",
        "ministerio",
    ),
    (
        "fr",
        "Douze civils ont été tués, selon le ministère, qui a précisé que le bilan pourrait s'alourdir.",
        "ministère",
    ),
    (
        "de",
        "Zwölf Zivilisten wurden getötet, so das Ministerium, das von weiteren Opfern sprach.",
        "Ministerium",
    ),
    (
        "sv",
        "Tolv civila dödades, enligt lokala hälsomyndigheter, som uppger att fler saknas.",
        "lokala hälsomyndigheter",
    ),
]
RELATIVE_DECOYS = [  # a relative clause that attributes nothing: the cue's source speaks
    (
        "en",
        "The strike hit the market, which was crowded, and 12 civilians were killed, the ministry said.",
        "ministry",
    ),
    ("sv", "Tolv civila dödades i byn, som ligger nära gränsen, uppger polisen.", "polisen"),
    ("es", "Doce civiles murieron en el mercado, que estaba lleno, según la policía.", "policía"),
]
LOWER_NAMES = [  # a source's name that ends in lower-case words keeps them
    (
        "fr",
        "L'Observatoire syrien des droits de l'homme, une ONG basée à Londres, a indiqué que douze civils ont été tués.",
        "L'Observatoire syrien des droits de l'homme",
    ),
    (
        "sv",
        "Tolv soldater dödades, uppger det ryska försvarsministeriet.",
        "ryska försvarsministeriet",
    ),
    (
        "sv",
        "Det ryska försvarsministeriet uppger att tolv soldater dödades.",
        "ryska försvarsministeriet",
    ),
    (
        "en",
        "The Example human rights group, a local charity, said 12 civilians were killed.",
        "Example human rights group",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), RELATIVE + RELATIVE_DECOYS + LOWER_NAMES)
def test_a_source_with_a_clause_or_lower_case_name(lang: str, text: str, speaker: str) -> None:
    assert set(_speakers(text, lang)) == {speaker}


WRITTEN_SOURCES = [  # a source written into a compound or an abbreviation with full stops
    ("de", "Nach UN-Angaben wurden zwölf Zivilisten getötet.", "UN"),
    ("de", "Nach Polizei-Angaben wurden zwölf Zivilisten getötet.", "Polizei"),
    (
        "es",
        "Doce civiles murieron, según el Departamento de Estado de EE.UU.",
        "Departamento de Estado de EE.UU",
    ),
    ("es", "Doce soldados murieron, según las FF.AA. del país.", "FF.AA"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), WRITTEN_SOURCES)
def test_a_source_in_a_compound_or_dotted_abbreviation(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


def test_a_dotted_abbreviation_ends_no_sentence() -> None:
    from harmledger.extract.engine import extract_claims as run

    claims = [c for c in run("Según EE.UU., doce civiles murieron.", "es") if c.is_casualty]
    assert [c.speaker for c in claims] == ["EE.UU"]


def test_a_name_after_a_role_that_ends_in_a_dotted_abbreviation() -> None:
    text = "Doce civiles murieron, dijo el general del Ejército de EE.UU., Ana Ejemplo."
    assert ["Ana Ejemplo" in (s or "") for s in _speakers(text, "es")] == [True]


TALLIES = [  # "le bilan de X": the source whose tally it is speaks, with or without a cue verb
    ("fr", "Le bilan de l'OSDH s'élève à douze morts.", "OSDH"),
    ("fr", "Selon le bilan de l'OSDH, douze civils ont été tués.", "OSDH"),
    ("fr", "Le bilan du ministère de la Santé s'élève à douze morts.", "ministère de la Santé"),
    ("fr", "Le bilan de la Défense civile fait état de douze morts.", "Défense civile"),
    # decoy: the tally of a war names no source; the cue after it does
    ("fr", "Le bilan de la guerre s'élève à douze morts, selon la police.", "police"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), TALLIES)
def test_a_tally_names_its_source(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]
