"""German news and incident-report sentences, labelled by hand before running the extractor
(branch de5): tolls that rise ("auf 42 gestiegen"), vague and approximate quantities ("ein paar
Dutzend", "mehrere hundert", "knapp", "rund"), German number formats ("1.200", "2,5 Millionen"),
compound nouns (Todesopfer, Todeszahl), victims named by an article ("eine Ärztin und ein
Besucher"), subsets ("darunter drei Kinder"), bodies, missing people, speakers in reported speech
(Konjunktiv), beside numbers that are no casualty figure (dates, times, ages, years, rockets,
houses, deployed soldiers). Every sentence is our own; names and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Expected = tuple[str, str, int | None, int | None, str]

CASES: list[tuple[str, list[Expected]]] = [
    ("Die Zahl der Todesopfer ist auf 42 gestiegen.", [("killed", "people", 42, 42, "exact")]),
    (
        "Bei der Explosion wurden ein paar Dutzend Menschen verletzt.",
        [("injured", "people", 24, None, "vague")],
    ),
    (
        "Mehrere hundert Menschen sind vor den Kämpfen geflohen.",
        [("displaced", "people", 200, None, "vague")],
    ),
    (
        "Dutzende Zivilisten wurden bei den Luftangriffen getötet.",
        [("killed", "civilians", 24, None, "vague")],
    ),
    (
        "Hunderte Menschen wurden bei den Protesten verletzt.",
        [("injured", "people", 200, None, "vague")],
    ),
    (
        "Rund 300 Menschen werden nach dem Erdrutsch noch vermisst.",
        [("missing", "people", 300, 300, "about")],
    ),
    (
        "Mindestens 17 Zivilisten sind ums Leben gekommen.",
        [("killed", "civilians", 17, None, "at_least")],
    ),
    (
        "Knapp 500 Menschen wurden seit Beginn der Offensive getötet.",
        [("killed", "people", 500, 500, "about")],
    ),
    ("Mehr als 1.200 Menschen wurden verletzt.", [("injured", "people", 1201, None, "more_than")]),
    (
        "Eine Ärztin und ein Besucher wurden bei dem Angriff auf die Klinik getötet.",
        [("killed", "people", 2, 2, "exact")],
    ),
    ("Zwei Menschen wurden schwer verletzt.", [("injured", "people", 2, 2, "exact")]),
    (
        "In einem ausgebrannten Haus wurden drei Menschen tot aufgefunden.",
        [("bodies_recovered", "people", 3, 3, "exact")],
    ),
    (
        "Rettungskräfte haben bislang 28 Leichen geborgen.",
        [("bodies_recovered", "people", 28, 28, "exact")],
    ),
    (
        "Nach dem Erdbeben werden noch 14 Menschen vermisst.",
        [("missing", "people", 14, 14, "exact")],
    ),
    (
        "Bei dem Angriff wurden 15 Menschen getötet, darunter drei Kinder.",
        [("killed", "people", 15, 15, "exact"), ("killed", "children", 3, 3, "exact")],
    ),
    ("Die Zahl der Todesopfer stieg auf 1.200.", [("killed", "people", 1200, 1200, "exact")]),
    (
        "Rund 2,5 Millionen Menschen sind aus dem Land geflohen.",
        [("displaced", "people", 2500000, 2500000, "about")],
    ),
    ("Die Todeszahl liegt inzwischen bei 87.", [("killed", "people", 87, 87, "exact")]),
    (
        "Das Ministerium teilte mit, 23 Zivilisten seien getötet worden.",
        [("killed", "civilians", 23, 23, "exact")],
    ),
    (
        "Laut UN wurden mehr als 40 Zivilisten verletzt.",
        [("injured", "civilians", 41, None, "more_than")],
    ),
    (
        "Nach Angaben der Polizei kamen vier Menschen ums Leben.",
        [("killed", "people", 4, 4, "exact")],
    ),
    (
        "Wie die Nachrichtenagentur dpa berichtete, wurden 12 Menschen verletzt.",
        [("injured", "people", 12, 12, "exact")],
    ),
    (
        "Sechs Menschen seien getötet worden, so ein Sprecher der Feuerwehr.",
        [("killed", "people", 6, 6, "exact")],
    ),
    (
        "Ein Sprecher sagte, bei dem Anschlag seien mindestens 30 Menschen getötet und 70 weitere verletzt worden.",
        [("killed", "people", 30, None, "at_least"), ("injured", "people", 70, 70, "exact")],
    ),
    (
        "Am 3. März wurden in der Stadt fünf Zivilisten getötet.",
        [("killed", "civilians", 5, 5, "exact")],
    ),
    (
        "Um 10.16 Uhr explodierte die Bombe; drei Menschen starben.",
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "Ein 34-jähriger Mann wurde durch Schüsse schwer verletzt.",
        [("injured", "men", 1, 1, "exact")],
    ),
    (
        "Eine 72 Jahre alte Frau kam bei dem Brand ums Leben.",
        [("killed", "women", 1, 1, "exact")],
    ),
    (
        "Seit 2014 wurden in dem Konflikt mehr als 14.000 Menschen getötet.",
        [("killed", "people", 14001, None, "more_than")],
    ),
    (
        "Die Armee feuerte 40 Raketen ab, dabei wurden acht Zivilisten getötet.",
        [("killed", "civilians", 8, 8, "exact")],
    ),
    (
        "Bei dem Angriff wurden 30 Häuser zerstört und zwei Kinder verletzt.",
        [("injured", "children", 2, 2, "exact")],
    ),
    (
        "Zwei Soldaten wurden getötet und drei verletzt.",
        [("killed", "combatants", 2, 2, "exact"), ("injured", "combatants", 3, 3, "exact")],
    ),
    ("Zwischen 50 und 60 Menschen wurden getötet.", [("killed", "people", 50, 60, "range")]),
    (
        "Bis zu 200 Menschen könnten ums Leben gekommen sein.",
        [("killed", "people", None, 200, "up_to")],
    ),
    ("Tausende Menschen sind auf der Flucht.", [("displaced", "people", 2000, None, "vague")]),
    ("Zehntausende Menschen wurden vertrieben.", [("displaced", "people", 20000, None, "vague")]),
    ("Mehrere Menschen wurden leicht verletzt.", [("injured", "people", 3, None, "vague")]),
    (
        "Es gab 3 Tote und 11 Verletzte.",
        [("killed", "people", 3, 3, "exact"), ("injured", "people", 11, 11, "exact")],
    ),
    (
        "Drei Polizisten wurden bei den Ausschreitungen verletzt.",
        [("injured", "other", 3, 3, "exact")],
    ),
    (
        "Bei dem Unglück starben 19 Menschen, unter ihnen vier Frauen.",
        [("killed", "people", 19, 19, "exact"), ("killed", "women", 4, 4, "exact")],
    ),
    (
        "Kein Zivilist wurde verletzt, teilte die Armee mit.",
        [("injured", "civilians", 0, 0, "exact")],
    ),
    (
        "Die Behörden sprechen von 56 Toten und mehr als 200 Verletzten.",
        [("killed", "people", 56, 56, "exact"), ("injured", "people", 201, None, "more_than")],
    ),
    (
        "Insgesamt wurden 1.043 Leichen exhumiert.",
        [("bodies_recovered", "people", 1043, 1043, "exact")],
    ),
    (
        "Ein Kind wurde getötet, ein weiteres schwer verletzt.",
        [("killed", "children", 1, 1, "exact"), ("injured", "children", 1, 1, "exact")],
    ),
    ("Etwa 80 Menschen gelten als vermisst.", [("missing", "people", 80, 80, "about")]),
    (
        "Die Zahl der Verletzten wird mit über 300 angegeben.",
        [("injured", "people", 301, None, "more_than")],
    ),
    (
        "Mindestens zwölf Palästinenser wurden bei israelischen Angriffen getötet, teilte das Gesundheitsministerium in Gaza mit.",
        [("killed", "people", 12, None, "at_least")],
    ),
    (
        "Nach Angaben von Ärzte ohne Grenzen wurden 27 Menschen verletzt.",
        [("injured", "people", 27, 27, "exact")],
    ),
    (
        "Das Rote Kreuz berichtete von mindestens 60 Toten.",
        [("killed", "people", 60, None, "at_least")],
    ),
    ("Fast 100 Menschen kamen ums Leben.", [("killed", "people", 100, 100, "about")]),
    ("Über 50 Kinder wurden getötet.", [("killed", "children", 51, None, "more_than")]),
    (
        "Die Polizei fand in dem Wald die Leichen von zwei Frauen.",
        [("bodies_recovered", "women", 2, 2, "exact")],
    ),
    (
        "Die Vereinten Nationen schätzen, dass mehr als 400.000 Menschen getötet wurden.",
        [("killed", "people", 400001, None, "more_than")],
    ),
    (
        "Etwa 1,2 Millionen Menschen wurden vertrieben.",
        [("displaced", "people", 1200000, 1200000, "about")],
    ),
    (
        "Elf Zivilisten starben, als eine Granate in einen Markt einschlug.",
        [("killed", "civilians", 11, 11, "exact")],
    ),
    (
        "Der Angriff forderte mindestens 25 Todesopfer.",
        [("killed", "people", 25, None, "at_least")],
    ),
    (
        "Dabei wurden mehr als zwei Dutzend Menschen getötet.",
        [("killed", "people", 25, None, "more_than")],
    ),
    (
        "Zwölf Menschen erlagen im Krankenhaus ihren Verletzungen.",
        [("killed", "people", 12, 12, "exact")],
    ),
    ("Unter den Toten sind auch sieben Kinder.", [("killed", "children", 7, 7, "exact")]),
    ("Es wurden keine Menschen verletzt.", [("injured", "people", 0, 0, "exact")]),
    (
        "Nach Polizeiangaben seien zwei Menschen getötet worden.",
        [("killed", "people", 2, 2, "exact")],
    ),
    (
        "Die Hilfsorganisation Save the Children erklärte, seit Jahresbeginn seien mehr als 300 Kinder getötet worden.",
        [("killed", "children", 301, None, "more_than")],
    ),
    (
        "Wie das UN-Nothilfebüro OCHA mitteilte, sind rund 90.000 Menschen vertrieben worden.",
        [("displaced", "people", 90000, 90000, "about")],
    ),
    (
        "Das Gesundheitsministerium meldete am Sonntag 31 Tote.",
        [("killed", "people", 31, 31, "exact")],
    ),
    (
        "Den Angaben zufolge wurden 14 Menschen verletzt, darunter zwei Kinder.",
        [("injured", "people", 14, 14, "exact"), ("injured", "children", 2, 2, "exact")],
    ),
    (
        "Ein Sprecher des Innenministeriums sagte, die Zahl der Toten sei auf 63 gestiegen.",
        [("killed", "people", 63, 63, "exact")],
    ),
    (
        "Bei dem Zugunglück sind mindestens 8 Menschen gestorben und 45 weitere verletzt worden.",
        [("killed", "people", 8, None, "at_least"), ("injured", "people", 45, 45, "exact")],
    ),
    (
        "Das Erdbeben forderte mehr als 2.000 Todesopfer.",
        [("killed", "people", 2001, None, "more_than")],
    ),
    (
        # people trapped under rubble are no casualty figure by the conventions
        "Unter den Trümmern werden noch rund 20 Verschüttete vermutet.",
        [],
    ),
    ("Die Zahl der Toten wird mit 300 angegeben.", [("killed", "people", 300, 300, "exact")]),
    ("Dutzende Menschen sollen getötet worden sein.", [("killed", "people", 24, None, "vague")]),
    ("Es gab mindestens vier Tote.", [("killed", "people", 4, None, "at_least")]),
    ("Die Explosion riss zwölf Menschen in den Tod.", [("killed", "people", 12, 12, "exact")]),
    ("Das Unglück forderte 30 Menschenleben.", [("killed", "people", 30, 30, "exact")]),
    ("Sieben Menschen wurden tödlich verletzt.", [("killed", "people", 7, 7, "exact")]),
    ("Fünf Menschen erlitten schwere Verletzungen.", [("injured", "people", 5, 5, "exact")]),
    (
        "Drei Menschen mussten im Krankenhaus behandelt werden.",
        [("injured", "people", 3, 3, "exact")],
    ),
    (
        "Die Leichen von 17 Migranten wurden an der Küste angespült.",
        [("bodies_recovered", "people", 17, 17, "exact")],
    ),
    (
        "Mehr als 40 Menschen gelten weiterhin als vermisst.",
        [("missing", "people", 41, None, "more_than")],
    ),
    (
        "Insgesamt 23 Menschen wurden bei dem Angriff getötet.",
        [("killed", "people", 23, 23, "exact")],
    ),
    (
        "Die Zahl der getöteten Zivilisten liegt bei mindestens 4.500.",
        [("killed", "civilians", 4500, None, "at_least")],
    ),
    (
        "Mehr als 1000 Menschen kamen bei dem Erdbeben ums Leben, Tausende wurden verletzt.",
        [("killed", "people", 1001, None, "more_than"), ("injured", "people", 2000, None, "vague")],
    ),
    ("Das heißt nicht, dass keine Menschen gestorben sind.", []),
    ("Niemand wurde verletzt.", [("injured", "people", 0, 0, "exact")]),
    ("Verletzt wurde niemand.", [("injured", "people", 0, 0, "exact")]),
    (
        "Bei dem Angriff auf das Krankenhaus starben eine Ärztin und zwei Patienten.",
        # a lone member first and a counted one after it: the three (single11)
        [("killed", "people", 2, 2, "exact"), ("killed", "people", 3, 3, "exact")],
    ),
    (
        "Die Polizei meldete zwei Schwerverletzte und fünf Leichtverletzte.",
        [("injured", "people", 2, 2, "exact"), ("injured", "people", 5, 5, "exact")],
    ),
    (
        "Die Opferzahl stieg von 12 auf 31.",
        [("killed", "people", 12, 12, "exact"), ("killed", "people", 31, 31, "exact")],
    ),
    (
        "Gegen 3 Uhr morgens schlugen zwei Raketen ein; vier Zivilisten wurden verletzt.",
        [("injured", "civilians", 4, 4, "exact")],
    ),
    ("Der Angriff um 10.16 Uhr tötete neun Menschen.", [("killed", "people", 9, 9, "exact")]),
    ("Unter den Toten ist ein 12-jähriges Mädchen.", [("killed", "children", 1, 1, "exact")]),
    ("Die Opfer sind zwischen 18 und 25 Jahre alt.", []),
    (
        "Zwei Kinder im Alter von drei und fünf Jahren wurden getötet.",
        [("killed", "children", 2, 2, "exact")],
    ),
    (
        "Im Jahr 2019 starben nach UN-Angaben 3.400 Zivilisten.",
        [("killed", "civilians", 3400, 3400, "exact")],
    ),
    (
        "Getötet wurden nach Angaben der Behörden 14 Menschen, verletzt wurden 30.",
        [("killed", "people", 14, 14, "exact"), ("injured", "people", 30, 30, "exact")],
    ),
    (
        "Bei den Kämpfen kamen auch 11 Soldaten ums Leben.",
        [("killed", "combatants", 11, 11, "exact")],
    ),
    (
        "Rund 250.000 Menschen sind vor der Gewalt geflohen.",
        [("displaced", "people", 250000, 250000, "about")],
    ),
    ("Knapp zwei Dutzend Menschen wurden verletzt.", [("injured", "people", 24, 24, "about")]),
    (
        "Fast 3,5 Millionen Menschen wurden vertrieben.",
        [("displaced", "people", 3500000, 3500000, "about")],
    ),
    (
        "Ein Polizist und zwei Passanten wurden verletzt.",
        # a lone member first and a counted one after it: the three (single11)
        [("injured", "people", 2, 2, "exact"), ("injured", "people", 3, 3, "exact")],
    ),
    (
        "Unter den 42 Todesopfern sind 16 Kinder.",
        [("killed", "people", 42, 42, "exact"), ("killed", "children", 16, 16, "exact")],
    ),
    (
        "Die Rettungskräfte bargen 9 Leichen aus den Trümmern.",
        [("bodies_recovered", "people", 9, 9, "exact")],
    ),
    ("Die Zahl der Vermissten liegt bei 60.", [("missing", "people", 60, 60, "exact")]),
    (
        "Mehr als 100 Menschen sind bei dem Unglück verletzt worden, etwa 20 von ihnen lebensgefährlich.",
        [("injured", "people", 101, None, "more_than"), ("injured", "people", 20, 20, "about")],
    ),
    (
        "Eine Frau wurde erschossen, eine weitere schwer verletzt.",
        [("killed", "women", 1, 1, "exact"), ("injured", "women", 1, 1, "exact")],
    ),
    (
        "Zwei Kinder wurden getötet, ein weiteres wurde verletzt.",
        [("killed", "children", 2, 2, "exact"), ("injured", "children", 1, 1, "exact")],
    ),
    ("Ein Mann kam im Krankenhaus ums Leben.", [("killed", "men", 1, 1, "exact")]),
    ("Zwei Menschen sind im Krankenhaus gestorben.", [("killed", "people", 2, 2, "exact")]),
    ("Drei Verletzte liegen noch im Krankenhaus.", [("injured", "people", 3, 3, "exact")]),
    ("Ein Kind kam bei dem Angriff ums Leben.", [("killed", "children", 1, 1, "exact")]),
    ("Die Zahl der getöteten Kinder stieg auf 50.", [("killed", "children", 50, 50, "exact")]),
    ("Die Zahl der verletzten Frauen liegt bei 80.", [("injured", "women", 80, 80, "exact")]),
    (
        "Bei dem Angriff auf die Schule ist die Zahl der Toten auf 35 gestiegen.",
        [("killed", "people", 35, 35, "exact")],
    ),
    ("Ein Mann wurde mit mehreren Messerstichen getötet.", [("killed", "men", 1, 1, "exact")]),
    ("Ein Mann wurde durch drei Schüsse getötet.", [("killed", "men", 1, 1, "exact")]),
    ("Eine Frau wurde von zwei Kugeln getötet.", [("killed", "women", 1, 1, "exact")]),
    ("Das Opfer wies 12 Stichwunden auf.", []),
    # numbers that are no casualty figure
    ("Es ist ja nicht so, dass keine Menschen gestorben sind.", []),
    ("Die Feuerwehr rettete 40 Bewohner aus dem brennenden Gebäude.", []),
    ("Drei Männer im Alter von 20 bis 25 Jahren wurden festgenommen.", []),
    ("Die Armee hat 5.000 Soldaten im Einsatz.", []),
    ("Am 14. Februar 2023 schlugen 18 Raketen in der Stadt ein.", []),
    ("Um 22.30 Uhr wurden 12 Häuser durch Beschuss beschädigt.", []),
    ("Die Stadt hat rund 120.000 Einwohner.", []),
    ("Mehr als 60 Prozent der Gebäude sind zerstört.", []),
    ("Die Hilfsorganisation stellte 2,5 Millionen Euro bereit.", []),
    ("Mindestens 72 Massengräber wurden entdeckt.", []),
    ("Seit Montag wurden 45 Verdächtige festgenommen.", []),
    ("Auf Seite 12 des Berichts nennt die Kommission 30 Vorfälle.", []),
    ("Der 19-Jährige wurde am 2. Mai um 8.45 Uhr festgenommen.", []),
    ("Die Einsatzkräfte waren mit 150 Helfern vor Ort.", []),
]

SPEAKERS: list[tuple[str, str]] = [
    (
        "Die Zahl der Toten ist nach Angaben des Gesundheitsministeriums auf 42 gestiegen.",
        "Gesundheitsministeriums",
    ),
    ("Dutzende Zivilisten wurden bei den Luftangriffen getötet, teilte die UN mit.", "UN"),
    (
        "Rund 300 Menschen werden noch vermisst, so ein Sprecher des Roten Kreuzes.",
        "Sprecher des Roten Kreuzes",
    ),
    (
        "Mehr als 1.200 Menschen wurden verletzt, berichtete die Nachrichtenagentur.",
        "Nachrichtenagentur",
    ),
    ("Das Ministerium teilte mit, 23 Zivilisten seien getötet worden.", "Ministerium"),
    ("Laut UN wurden mehr als 40 Zivilisten verletzt.", "UN"),
    ("Nach Angaben der Polizei kamen vier Menschen ums Leben.", "Polizei"),
    ("Wie die Nachrichtenagentur dpa berichtete, wurden 12 Menschen verletzt.", "dpa"),
    (
        "Sechs Menschen seien getötet worden, so ein Sprecher der Feuerwehr.",
        "Sprecher der Feuerwehr",
    ),
    ("Kein Zivilist wurde verletzt, teilte die Armee mit.", "Armee"),
    ("Die Behörden sprechen von 56 Toten und mehr als 200 Verletzten.", "Behörden"),
    (
        "Mindestens zwölf Palästinenser wurden bei israelischen Angriffen getötet, teilte das Gesundheitsministerium in Gaza mit.",
        "Gesundheitsministerium",
    ),
    ("Nach Angaben von Ärzte ohne Grenzen wurden 27 Menschen verletzt.", "Ärzte ohne Grenzen"),
    ("Das Rote Kreuz berichtete von mindestens 60 Toten.", "Rote Kreuz"),
    (
        "Die Vereinten Nationen schätzen, dass mehr als 400.000 Menschen getötet wurden.",
        "Vereinten Nationen",
    ),
    ("Nach Polizeiangaben seien zwei Menschen getötet worden.", "Polizei"),
    (
        "Die Hilfsorganisation Save the Children erklärte, seit Jahresbeginn seien mehr als 300 Kinder getötet worden.",
        "Save the Children",
    ),
    (
        "Wie das UN-Nothilfebüro OCHA mitteilte, sind rund 90.000 Menschen vertrieben worden.",
        "OCHA",
    ),
    ("Das Gesundheitsministerium meldete am Sonntag 31 Tote.", "Gesundheitsministerium"),
    (
        "Ein Sprecher des Innenministeriums sagte, die Zahl der Toten sei auf 63 gestiegen.",
        "Sprecher des Innenministeriums",
    ),
    (
        "Mindestens 14 Menschen wurden getötet, teilte das Gesundheitsministerium am Montag mit.",
        "Gesundheitsministerium",
    ),
    ("Wie die Polizei mitteilte, wurden zwei Menschen verletzt.", "Polizei"),
    ("Drei Soldaten seien getötet worden, hieß es aus Sicherheitskreisen.", "Sicherheitskreise"),
    (
        "Vier Menschen kamen ums Leben, sagte ein Polizeisprecher der Deutschen Presse-Agentur.",
        "Polizeisprecher",
    ),
    ("Nach UN-Angaben wurden mehr als 500 Zivilisten getötet.", "UN"),
    ("Nach Angaben des Roten Halbmonds wurden 40 Menschen verletzt.", "Roten Halbmonds"),
    (
        "Das UN-Menschenrechtsbüro zählte bislang 1.500 getötete Zivilisten.",
        "UN-Menschenrechtsbüro",
    ),
    ("Einem Polizeisprecher zufolge wurden fünf Menschen verletzt.", "Polizeisprecher"),
    ("Wie ein Krankenhaussprecher sagte, starben sechs Menschen.", "Krankenhaussprecher"),
    ("Mindestens 20 Zivilisten wurden getötet, so die Vereinten Nationen.", "Vereinten Nationen"),
    (
        "Ein Sprecher der Polizei sagte, es seien vier Menschen getötet worden. Zwölf weitere seien verletzt.",
        "Sprecher der Polizei",
    ),
    (
        "Die Gouverneurin Anna Beispiel schrieb auf Telegram, drei Menschen seien getötet worden.",
        "Anna Beispiel",
    ),
    ("Laut einem Bericht der Zeitung Tagesblatt wurden 30 Menschen getötet.", "Tagesblatt"),
    ("Der Sender berichtete von 12 Toten.", "Sender"),
]


def _claims(text: str) -> list[Expected]:
    return sorted(
        (c.measure, c.who, c.low, c.high, c.qualifier)  # type: ignore[misc]
        for c in extract_claims(text, "de")
        if c.is_casualty
    )


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_german_reports_are_read_as_labelled(text: str, expected: list[Expected]) -> None:
    assert _claims(text) == sorted(expected)


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_german_speakers(text: str, speaker: str) -> None:
    speakers = {c.speaker for c in extract_claims(text, "de") if c.is_casualty}
    assert speakers and all(s and speaker in s for s in speakers)


# the category a toll names beside its casualty word, read for the bare figure a rise verb
# leads to; a category elsewhere in the sentence is not the toll's
TOLL_CATEGORIES: list[tuple[str, str, str | None]] = [
    ("de", "Die Zahl der getöteten Zivilisten ist auf 50 gestiegen.", "civilians"),
    ("de", "Die Zahl der getöteten Kinder stieg auf 50.", "children"),
    ("de", "Bei dem Angriff auf die Kinder ist die Zahl der Toten auf 50 gestiegen.", "people"),
    ("en", "The number of children killed rose to 50.", "children"),
    ("en", "In the attack on the children, the toll rose to 50.", "people"),
    ("fr", "Le nombre de civils tués s'est alourdi à 50.", "civilians"),
    ("es", "La cifra de niños muertos ascendió a 50.", "children"),
    ("sv", "Antalet dödade barn har stigit till 50.", "children"),
]


@pytest.mark.parametrize(("lang", "text", "who"), TOLL_CATEGORIES)
def test_a_toll_of_a_category_counts_that_category(lang: str, text: str, who: str) -> None:
    readings = [(c.low, c.who) for c in extract_claims(text, lang) if c.is_casualty]
    assert readings == [(50, who)]


# one person of a category named inside a plural with no figure, the plural's verb after them
MEMBERS_OF_UNCOUNTED: list[tuple[str, str, tuple[str, str]]] = [
    (
        "de",
        "Viele Menschen, darunter auch ein Baby, erlitten Verletzungen.",
        ("injured", "children"),
    ),
    ("de", "Kinder, darunter ein Baby, wurden bei dem Angriff verletzt.", ("injured", "children")),
    ("de", "Zahlreiche Menschen, unter ihnen eine Frau, kamen ums Leben.", ("killed", "women")),
    ("en", "Many people, including a child, were injured.", ("injured", "children")),
    ("fr", "De nombreuses personnes, dont un enfant, ont été blessées.", ("injured", "children")),
]


@pytest.mark.parametrize(("lang", "text", "reading"), MEMBERS_OF_UNCOUNTED)
def test_a_member_of_an_uncounted_subject_counts(
    lang: str, text: str, reading: tuple[str, str]
) -> None:
    readings = [(c.measure, c.who, c.low) for c in extract_claims(text, lang) if c.is_casualty]
    assert readings == [(*reading, 1)]
