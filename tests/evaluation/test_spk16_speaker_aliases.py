"""One source named in two languages is one speaker (branch spk16, written before any alias was
added): a label often writes the speaker in English while the text, and so the extractor,
names it in Arabic, German, Spanish, French or Swedish. Common sources of casualty figures: the
army, a mayor, doctors, a hospital director, the interior and defence ministries, the World
Health Organization, security forces, the government, state and local media, a journalist,
rebels, a rights group, UN agencies by their acronyms, a military administration, emergency and
ambulance services; and one English word spelt the British or the American way.
"""

from __future__ import annotations

import pytest

from harmledger.evaluation.matching import same_speaker

SAME = [
    # the army
    ("Ejército", "army"),
    ("el Ejército de Colombia", "Colombian army"),
    ("Armee", "army"),
    ("die Armee", "the army"),
    ("armée", "army"),
    ("l'armée malienne", "Malian army"),
    ("armén", "army"),
    ("الجيش", "army"),
    ("الجيش اليمني", "Yemeni army"),
    # a mayor
    ("alcalde", "mayor"),
    ("el alcalde de Borvat", "Borvat mayor"),
    ("Bürgermeister", "mayor"),
    ("maire", "mayor"),
    ("le maire de la commune", "local mayor"),
    ("borgmästaren", "mayor"),
    ("رئيس البلدية", "mayor"),
    # doctors
    ("Ärzte", "doctors"),
    ("médicos", "doctors"),
    ("médecins", "doctors"),
    ("läkare", "doctors"),
    ("أطباء", "doctors"),
    # a hospital director
    ("Krankenhausdirektor", "hospital director"),
    ("Klinikdirektor", "hospital director"),
    ("sjukhuschefen", "hospital director"),
    # the interior ministry
    ("Innenministerium", "Interior Ministry"),
    ("inrikesministeriet", "Interior Ministry"),
    ("وزارة الداخلية", "Interior Ministry"),
    ("Ministerio del Interior", "Interior Ministry"),
    # the defence ministry
    ("Verteidigungsministerium", "Defence Ministry"),
    ("försvarsministeriet", "Defence Ministry"),
    ("وزارة الدفاع", "Defence Ministry"),
    ("Ministerio de Defensa", "Defence Ministry"),
    ("ministère de la Défense", "Ministry of Defence"),
    # the World Health Organization
    ("Weltgesundheitsorganisation", "World Health Organization"),
    ("Organización Mundial de la Salud", "WHO"),
    ("Världshälsoorganisationen", "WHO"),
    ("Organisation mondiale de la santé", "World Health Organization"),
    ("منظمة الصحة العالمية", "World Health Organization"),
    # security forces
    ("Sicherheitskräfte", "security forces"),
    ("fuerzas de seguridad", "security forces"),
    ("säkerhetsstyrkorna", "security forces"),
    ("قوات الأمن", "security forces"),
    # the government
    ("Regierung", "government"),
    ("gobierno", "government"),
    ("gouvernement", "government"),
    ("regeringen", "government"),
    ("الحكومة", "government"),
    # state media and local media
    ("staatliche Medien", "state media"),
    ("medios estatales", "state media"),
    ("médias d'État", "state media"),
    ("statliga medier", "state media"),
    ("وسائل الإعلام الرسمية", "state media"),
    ("lokale Medien", "local media"),
    ("medios locales", "local media"),
    ("médias locaux", "local media"),
    ("lokala medier", "local media"),
    ("وسائل إعلام محلية", "local media"),
    # a journalist
    ("periodista", "journalist"),
    ("journaliste", "journalist"),
    ("صحفي", "journalist"),
    # rebels
    ("Rebellen", "rebels"),
    ("المتمردون", "rebels"),
    # a rights group
    ("Menschenrechtsorganisation", "human rights group"),
    ("organización de derechos humanos", "rights group"),
    ("organisation de défense des droits humains", "rights group"),
    ("människorättsorganisationen", "rights group"),
    ("منظمة حقوقية", "rights group"),
    # agencies of the United Nations by their acronyms
    ("UNRWA", "United Nations"),
    ("OCHA", "UN"),
    ("UNHCR", "United Nations"),
    # a military administration, an emergency or ambulance service
    ("Militärverwaltung", "military administration"),
    ("administración militar", "military administration"),
    ("militära administrationen", "military administration"),
    ("Katastrophenschutz", "emergency service"),
    ("servicio de emergencias", "State Emergency Service"),
    ("service des situations d'urgence", "emergency service"),
    ("الإسعاف", "ambulance service"),
    # a third batch: the Observatory, the White Helmets, medical services, hospital staff,
    # locals, a provincial governor
    ("observatoriet", "Syrian Observatory for Human Rights"),
    ("الخوذ البيضاء", "White Helmets"),
    ("Sanitätsdienst", "medical services"),
    ("servicios médicos", "medical services"),
    ("Krankenhauspersonal", "hospital staff"),
    ("sjukhuspersonal", "hospital staff"),
    ("lugareños", "locals"),
    ("Provinzgouverneur", "provincial governor"),
    ("landshövding", "governor"),
    # British and American spelling
    ("One neighbor", "a neighbour"),
    ("neighbours", "neighbors"),
    ("the defense ministry", "Ministry of Defence"),
]

DIFFERENT = [
    ("Ejército", "police"),
    ("alcalde", "governor"),
    ("Bürgermeister", "Polizei"),
    ("médecins", "witnesses"),
    ("armén", "polisen"),
    ("neighbours", "relatives"),
]


# pairs no pack alias joins yet: strict xfails. A journalist made an actor in every pack changed
# who speaks in Airwars narratives on the tuning half ("Wafa agency" became "Shehab Agency
# correspondent"), and German "Rebellen" took the rebels for the agency close to them: both
# left out; so were the government, rights groups and UN acronyms, which changed speakers of
# earlier branches' labelled sentences ("The government media office said", "OCHA said"); one
# English word spelt two ways is no alias
UNJOINED = {
    "Regierung",
    "gobierno",
    "gouvernement",
    "regeringen",
    "الحكومة",
    "periodista",
    "journaliste",
    "صحفي",
    "Rebellen",
    "Menschenrechtsorganisation",
    "organización de derechos humanos",
    "organisation de défense des droits humains",
    "människorättsorganisationen",
    "منظمة حقوقية",
    "UNRWA",
    "OCHA",
    "UNHCR",
    "One neighbor",
    "neighbours",
}


def _cases() -> list[object]:
    reason = "no actor alias names this source in both languages"
    return [
        pytest.param(a, b, marks=[pytest.mark.xfail(strict=True, reason=reason)])
        if a in UNJOINED
        else pytest.param(a, b)
        for a, b in SAME
    ]


@pytest.mark.parametrize(("predicted", "gold"), _cases())
def test_one_source_in_two_languages(predicted: str, gold: str) -> None:
    assert same_speaker(predicted, gold)
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize(("predicted", "gold"), DIFFERENT)
def test_two_sources_stay_two(predicted: str, gold: str) -> None:
    assert not same_speaker(predicted, gold)
