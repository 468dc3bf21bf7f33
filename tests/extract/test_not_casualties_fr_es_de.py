"""Numbers in French, Spanish and German reports that count no casualty: rescuers and police
deployed, people evacuated or sheltered, homes and vehicles, distances, ages, sums, years ago,
arrests and sentences, inhabitants, mourners, rounds fired. Each sentence also holds no harm, so
it must give no claim. Sentences our own, labelled before the extractor was run on them."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    ("fr", "Les pompiers ont mobilisé 50 hommes et 12 véhicules pour éteindre l'incendie."),
    ("fr", "Quelque 3 000 habitants vivent encore dans le quartier."),
    ("fr", "Plus de 500 logements ont été détruits par les frappes."),
    ("fr", "Le tribunal a condamné quatre hommes à vingt ans de prison."),
    ("fr", "La frappe a visé un immeuble situé à 20 kilomètres de la frontière."),
    ("fr", "Il y a dix ans, la ville comptait 40 000 habitants."),
    ("fr", "Les soldats ont tiré une trentaine de balles en l'air."),
    ("fr", "Environ 2 000 personnes ont assisté aux obsèques."),
    ("fr", "Les gendarmes ont interpellé six suspects dans la nuit."),
    ("fr", "L'armée a déployé 300 soldats supplémentaires dans la région."),
    ("es", "Los bomberos desplegaron 50 efectivos y 12 vehículos en la zona."),
    ("es", "Unos 3.000 vecinos viven todavía en el barrio."),
    ("es", "Más de 500 viviendas quedaron destruidas por los bombardeos."),
    ("es", "El tribunal condenó a cuatro hombres a veinte años de prisión."),
    ("es", "El ataque alcanzó un edificio situado a 20 kilómetros de la frontera."),
    ("es", "Hace diez años, la ciudad tenía 40.000 habitantes."),
    ("es", "Los soldados dispararon una treintena de balas al aire."),
    ("es", "Unas 2.000 personas asistieron al entierro."),
    ("es", "La policía detuvo a seis sospechosos durante la noche."),
    ("es", "El ejército envió 300 soldados más a la región."),
    ("de", "Die Feuerwehr war mit 50 Einsatzkräften und 12 Fahrzeugen vor Ort."),
    ("de", "Rund 3000 Menschen leben noch in dem Viertel."),
    ("de", "Mehr als 500 Wohnungen wurden bei den Angriffen zerstört."),
    ("de", "Das Gericht verurteilte vier Männer zu je zwanzig Jahren Haft."),
    ("de", "Der Angriff traf ein Gebäude 20 Kilometer von der Grenze entfernt."),
    ("de", "Vor zehn Jahren hatte die Stadt 40.000 Einwohner."),
    ("de", "Die Soldaten gaben etwa dreißig Schüsse in die Luft ab."),
    ("de", "Etwa 2000 Menschen nahmen an der Trauerfeier teil."),
    ("de", "Die Polizei nahm in der Nacht sechs Verdächtige fest."),
    ("de", "Die Armee schickte weitere 300 Soldaten in die Region."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_no_casualty_is_counted(lang: str, text: str) -> None:
    claims = [(c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]
    assert claims == []
