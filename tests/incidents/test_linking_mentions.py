"""Scenes a report mentions away from its figures, and a town named through a claim's place:
what joins reports of one event told from different scenes, and what keeps two scenes apart.
Every sentence here is written for the test (invented figures and places)."""

from __future__ import annotations

import dataclasses

import pytest

from harmledger.link.incidents.documents import (
    DocumentInfo,
    build_groups,
    cluster_groups,
    pair_score,
)
from harmledger.link.incidents.service import mentioned_keys
from harmledger.link.incidents.sites import main_sites, site_counts
from tests.incidents.test_linking_spellings import (
    CHEMICAL,
    DAMASCUS,
    DAY,
    LANGUAGES,
    TOWN,
    _facts,
)

# told from the hospital: the figure's sentence names the hospital; the attack is named only
# in a closing sentence far from it
FROM_HOSPITAL = {
    "en": "Doctors at the town hospital said {n} people had died there by the evening.",
    "ar": "قال أطباء في مستشفى البلدة إن {n} شخصا توفوا فيه حتى المساء.",
    "fr": "Les médecins de l'hôpital de la ville ont indiqué que {n} personnes y étaient mortes.",
    "es": "Los médicos del hospital del pueblo dijeron que {n} personas murieron allí.",
    "de": "Ärzte im Krankenhaus der Stadt sagten, bis zum Abend seien dort {n} Menschen gestorben.",
    "sv": "Läkare på sjukhuset i staden sade att {n} människor hade dött där till kvällen.",
}
LATER_SENTENCE = {
    "en": "Inspectors later confirmed that sarin had been used.",
    "ar": "وأكد المفتشون لاحقا استخدام غاز السارين.",
    "fr": "Des inspecteurs ont confirmé plus tard l'usage de sarin.",
    "es": "Los inspectores confirmaron después el uso de sarín.",
    "de": "Inspekteure bestätigten später den Einsatz von Sarin.",
    "sv": "Inspektörer bekräftade senare att sarin hade använts.",
}
# a market named in passing by a report of a hospital strike: an ordinary scene
MARKET_PASSING = {
    "en": "Shops in the old market nearby were closed.",
    "ar": "وكانت المحلات في السوق القديم القريب مغلقة.",
    "fr": "Les boutiques du vieux marché voisin étaient fermées.",
    "es": "Las tiendas del viejo mercado cercano estaban cerradas.",
    "de": "Die Läden auf dem alten Markt nebenan waren geschlossen.",
    "sv": "Butikerna på den gamla marknaden intill var stängda.",
}
MARKET = {
    "en": "A strike on the market killed {n} people.",
    "ar": "قتل {n} أشخاص في غارة على السوق.",
    "fr": "Une frappe sur le marché a tué {n} personnes.",
    "es": "Un ataque contra el mercado mató a {n} personas.",
    "de": "Ein Angriff auf den Markt tötete {n} Menschen.",
    "sv": "En attack mot marknaden dödade {n} människor.",
}


def _info(
    document_id: int, scene: str, whole: str, lang: str, mentions: str | None = None
) -> DocumentInfo:
    """A report whose figures' surroundings are ``scene`` and whose whole text is ``whole``."""
    return DocumentInfo(
        f"key{document_id}",
        None,
        main_sites(site_counts(scene, lang)),
        lang=lang,
        mentions=mentioned_keys(mentions if mentions is not None else whole, lang),
        mentioned_sites=frozenset(site_counts(whole, lang)),
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sentences_name_their_scenes(lang: str) -> None:
    hospital = FROM_HOSPITAL[lang].format(n=30)
    assert main_sites(site_counts(hospital, lang)) == {"hospital"}
    assert "chemical" in site_counts(f"{hospital} {LATER_SENTENCE[lang]}", lang)
    assert main_sites(site_counts(MARKET[lang].format(n=9), lang)) == {"market"}
    assert "market" in site_counts(MARKET_PASSING[lang], lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_told_from_the_hospital_that_mentions_the_attack_joins_it(lang: str) -> None:
    """One report is about the chemical attack on the town; another, about the hospital the
    victims died in, names the attack only far from its figure: one event, not two scenes."""
    attack = CHEMICAL["en"].format(n=58)
    hospital = FROM_HOSPITAL[lang].format(n=30)
    info = {
        1: _info(1, attack, attack, "en"),
        2: _info(2, hospital, f"{hospital}\n{LATER_SENTENCE[lang]}", lang, CHEMICAL[lang]),
    }
    facts = [_facts(10, 1, 58, TOWN, DAY), _facts(20, 2, 30, TOWN, None)]
    assert len(cluster_groups(build_groups(facts, info))) == 1
    assert len(cluster_groups(build_groups(facts[::-1], info))) == 1
    # without the closing sentence the hospital is another scene of the town
    info[2] = _info(2, hospital, hospital, lang, CHEMICAL[lang])
    assert len(cluster_groups(build_groups(facts, info))) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_ordinary_scene_mentioned_in_passing_names_no_event(lang: str) -> None:
    """A strike on a hospital and a strike on the market of one town on one day: the hospital
    report's passing mention of the market does not make them one event."""
    hospital = FROM_HOSPITAL[lang].format(n=12)
    market = MARKET[lang].format(n=9)
    info = {
        1: _info(1, hospital, f"{hospital}\n{MARKET_PASSING[lang]}", lang),
        2: _info(2, market, market, lang),
    }
    facts = [_facts(10, 1, 12, TOWN, DAY), _facts(20, 2, 9, TOWN, DAY)]
    assert len(cluster_groups(build_groups(facts, info))) == 2


# a massacre's count of bodies, the scene of each report differing (a grave, a school)
GRAVE = {
    "en": "Workers exhumed {n} bodies from a mass grave.",
    "ar": "انتشل عمال {n} جثة من مقبرة جماعية.",
    "fr": "Des ouvriers ont exhumé {n} corps d'une fosse commune.",
    "es": "Unos trabajadores exhumaron {n} cuerpos de una fosa común.",
    "de": "Arbeiter exhumierten {n} Leichen aus einem Massengrab.",
    "sv": "Arbetare grävde fram {n} kroppar ur en massgrav.",
}
SCHOOL = {
    "en": "In the school basement, officials counted {n} victims of the occupation.",
    "ar": "في قبو المدرسة أحصى المسؤولون {n} ضحية للاحتلال.",
    "fr": "Dans le sous-sol de l'école, les autorités ont compté {n} victimes de l'occupation.",
    "es": "En el sótano de la escuela, las autoridades contaron {n} víctimas de la ocupación.",
    "de": "Im Keller der Schule zählten Beamte {n} Opfer der Besatzung.",
    "sv": "I skolans källare räknade myndigheterna {n} offer för ockupationen.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_town_named_through_a_claims_place_carries_its_toll_of_hundreds(lang: str) -> None:
    """A report placed at the capital puts its count of hundreds of bodies in the town (its
    text names the town in a spelling no other report shares); a report placed at the town
    counts hundreds at a school there: one massacre, whatever scene each describes."""
    grave, school = GRAVE[lang].format(n=300), SCHOOL["en"].format(n=450)
    info = {1: _info(1, grave, grave, lang, ""), 2: _info(2, school, school, "en", "")}
    capital = [_facts(10, 1, 2, DAMASCUS, None), _facts(11, 1, 4, DAMASCUS, None)]
    bodies = dataclasses.replace(_facts(12, 1, 300, TOWN, None), measure="bodies_recovered")
    facts = [*capital, bodies, _facts(20, 2, 450, TOWN, None)]
    groups = build_groups(facts, info)
    scored = pair_score(*groups)
    assert scored is not None and "a toll of hundreds in one named town" in scored[1]
    assert len(cluster_groups(groups)) == 1
    # the capital's report with no figure placed in the town: two scenes, apart
    facts[2] = dataclasses.replace(bodies, place=DAMASCUS)
    assert len(cluster_groups(build_groups(facts, info))) == 2


# a drone strike named by a compound or an inflected form
DRONE = {
    "en": "The drone strikes hit a car.",
    "ar": "أصابت الطائرة المسيرة سيارة.",
    "fr": "Les frappes de drones ont touché une voiture.",
    "es": "El ataque con drones alcanzó un coche.",
    "de": "Der Drohnenangriff traf ein Auto.",
    "sv": "Drönaranfallet träffade en bil.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_drone_strike_is_named_in_its_compounds(lang: str) -> None:
    assert main_sites(site_counts(DRONE[lang], lang)) == {"drone"}
