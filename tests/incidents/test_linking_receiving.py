"""A hospital that received the casualties is not the scene of the harm: two strikes of one
town on one day, each report naming the hospital their wounded reached, stay two events. Every
sentence here is written for the test (invented figures and names)."""

from __future__ import annotations

import dataclasses

import pytest

from harmledger.link.incidents.documents import build_groups, cluster_groups
from harmledger.link.incidents.sites import main_sites, named_sites, site_counts
from tests.incidents.test_linking_mentions import _info
from tests.incidents.test_linking_spellings import DAY, LANGUAGES, TOWN, _facts

RECEIVED = {  # the hospital received the wounded (the verb after the scene)
    "en": "The Amal hospital received {n} wounded from the town.",
    "ar": "استقبل مستشفى الأمل {n} جرحى من البلدة.",
    "fr": "L'hôpital Amal a reçu {n} blessés de la ville.",
    "es": "El hospital Amal recibió {n} heridos del pueblo.",
    "de": "Das Amal-Krankenhaus nahm {n} Verletzte aus der Stadt auf.",
    "sv": "Amal-sjukhuset tog emot {n} skadade från staden.",
}
ARRIVED = {  # the wounded arrived at, were treated at the hospital (the cue before the scene)
    "en": "The {n} wounded arrived at the Amal hospital.",
    "ar": "وصل {n} جرحى إلى مستشفى الأمل.",
    "fr": "Les {n} blessés sont arrivés à l'hôpital Amal.",
    "es": "Los {n} heridos llegaron al hospital Amal.",
    "de": "Die {n} Verletzten kamen ins Amal-Krankenhaus.",
    "sv": "De {n} skadade vårdas på Amal-sjukhuset.",
}
HIT = {  # the hospital itself was hit: the scene
    "en": "A strike hit the Amal hospital and wounded {n} people.",
    "ar": "أصابت غارة مستشفى الأمل وأصيب {n} أشخاص.",
    "fr": "Une frappe a touché l'hôpital Amal et blessé {n} personnes.",
    "es": "Un ataque alcanzó el hospital Amal e hirió a {n} personas.",
    "de": "Ein Angriff traf das Amal-Krankenhaus und verletzte {n} Menschen.",
    "sv": "En attack träffade Amal-sjukhuset och skadade {n} personer.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_hospital_that_received_the_casualties_is_not_the_scene(lang: str) -> None:
    assert "hospital" not in site_counts(RECEIVED[lang].format(n=14), lang)
    assert "hospital" not in site_counts(ARRIVED[lang].format(n=14), lang)
    assert main_sites(site_counts(HIT[lang].format(n=14), lang)) == {"hospital"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_strikes_whose_wounded_reached_one_hospital_stay_apart(lang: str) -> None:
    first, second = RECEIVED[lang].format(n=14), ARRIVED[lang].format(n=6)
    info = {
        i: dataclasses.replace(_info(i, text, text, lang), named_sites=named_sites(text, lang))
        for i, text in ((1, first), (2, second))
    }
    facts = [_facts(10, 1, 14, TOWN, DAY), _facts(20, 2, 6, TOWN, DAY)]
    assert len(cluster_groups(build_groups(facts, info))) == 2
    # reports of a strike on that hospital are one event
    hit = {
        i: dataclasses.replace(_info(i, text, text, lang), named_sites=named_sites(text, lang))
        for i, text in ((1, HIT[lang].format(n=14)), (2, HIT[lang].format(n=6)))
    }
    assert len(cluster_groups(build_groups(facts, hit))) == 1
