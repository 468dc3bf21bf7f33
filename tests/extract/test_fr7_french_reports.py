"""French whole news reports (branch fr7), written and labelled by hand before running the
extractor: a lead figure, updates ("le bilan s'est alourdi à"), restatements, earlier events,
cumulative tolls, injured and missing, categories (enfants, femmes, soldats, casques bleus),
quoted sources, number words (une vingtaine, des dizaines, plusieurs centaines), French number
formats ("1 729", "1'200", "6,9 millions") beside numbers that are no claim (dates, hours, ages,
ordinals, distances, money, munitions, vehicles, houses, population). Every report is our own;
place names are real, the events, their figures and quotations are made up."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Expected = tuple[str, str, int | None, int | None, str]

REPORTS: list[tuple[str, list[Expected], list[tuple[int, str]]]] = [
    (
        "Au moins 35 civils ont été tués lundi dans l'attaque d'un convoi de ravitaillement dans "
        "le nord du Burkina Faso, a-t-on appris mardi de sources sécuritaires. Le convoi, composé "
        "d'une soixantaine de camions, se dirigeait vers Djibo, une ville d'environ 300 000 "
        "habitants sous blocus depuis 2022. « Le bilan provisoire fait état de 35 civils tués et "
        "de 37 blessés », a indiqué le gouverneur de la région du Sahel dans un communiqué. Parmi "
        "les blessés figurent 12 enfants, selon la même source. L'explosion d'un engin artisanal "
        "a immobilisé le véhicule de tête vers 10h30, à une quinzaine de kilomètres de la ville. "
        "Des hommes armés ont ensuite ouvert le feu sur les passagers. Quatre soldats de "
        "l'escorte ont également péri, a précisé une source sécuritaire à l'AFP. En septembre, "
        "une attaque similaire contre un convoi avait fait 11 morts parmi les militaires. Depuis "
        "2015, les violences jihadistes ont fait plus de 10 000 morts au Burkina Faso, selon "
        "l'ONG Acled, et contraint plus de deux millions de personnes à fuir leur foyer.",
        [
            ("killed", "civilians", 35, None, "at_least"),
            ("killed", "civilians", 35, 35, "exact"),
            ("injured", "people", 37, 37, "exact"),
            ("injured", "children", 12, 12, "exact"),
            ("killed", "combatants", 4, 4, "exact"),
            ("killed", "combatants", 11, 11, "exact"),
            ("killed", "people", 10001, None, "more_than"),
            ("displaced", "people", 2000001, None, "more_than"),
        ],
        [(37, "gouverneur"), (10001, "Acled")],
    ),
    (
        "Le ministère de la santé du Hamas a annoncé jeudi que le bilan des frappes israéliennes "
        "sur la bande de Gaza s'était alourdi à 1 729 morts depuis le début de la semaine. La "
        "veille, il faisait état de 1 417 morts. Parmi les victimes figurent 614 enfants et 370 "
        "femmes, selon le ministère. Plus de 6 200 personnes ont été blessées. L'armée "
        "israélienne affirme avoir frappé plus de 3 600 cibles depuis samedi et mobilisé 360 000 "
        "réservistes. Une frappe sur un marché de Jabaliya a fait au moins 27 morts mercredi, "
        "selon la défense civile. « Nous avons sorti 14 corps des décombres depuis l'aube », a "
        "déclaré un secouriste. Environ 1 000 personnes sont portées disparues, selon l'ONU. "
        "Plus de 423 000 habitants ont dû quitter leur maison, d'après l'agence de l'ONU pour "
        "les réfugiés palestiniens (UNRWA). La bande de Gaza compte 2,3 millions d'habitants. "
        "L'attaque du Hamas du 7 octobre a fait plus de 1 300 morts côté israélien, selon les "
        "autorités israéliennes.",
        [
            ("killed", "people", 1729, 1729, "exact"),
            ("killed", "people", 1417, 1417, "exact"),
            ("killed", "children", 614, 614, "exact"),
            ("killed", "women", 370, 370, "exact"),
            ("injured", "people", 6201, None, "more_than"),
            ("killed", "people", 27, None, "at_least"),
            ("bodies_recovered", "people", 14, 14, "exact"),
            ("missing", "people", 1000, 1000, "about"),
            ("displaced", "people", 423001, None, "more_than"),
            ("killed", "people", 1301, None, "more_than"),
        ],
        [(1729, "ministère"), (27, "défense civile"), (14, "secouriste"), (1000, "ONU")],
    ),
    (
        "Au moins 42 personnes ont été tuées dans la nuit de samedi à dimanche lors d'une attaque "
        "contre un site de déplacés en Ituri, dans l'est de la République démocratique du Congo. "
        "Les assaillants, attribués à la milice Codeco, ont fait irruption vers 2 heures du matin "
        "dans le camp qui abrite quelque 8 000 personnes. « Nous avons dénombré 42 morts, dont 17 "
        "enfants et 9 femmes », a confié à RFI un responsable de la société civile locale. Une "
        "vingtaine de blessés ont été évacués vers l'hôpital général de Bunia, à 35 kilomètres. "
        "Le lendemain, le bilan s'est alourdi à 46 morts après le décès de quatre blessés, selon "
        "la Croix-Rouge. Des dizaines de maisons ont été incendiées. La Monusco, qui compte "
        "environ 14 000 casques bleus dans le pays, a condamné l'attaque. En février, une attaque "
        "similaire avait coûté la vie à une soixantaine de civils dans le même territoire. Plus "
        "de 6,9 millions de Congolais sont déplacés à l'intérieur du pays, selon l'OIM.",
        [
            ("killed", "people", 42, None, "at_least"),
            ("killed", "people", 42, 42, "exact"),
            ("killed", "children", 17, 17, "exact"),
            ("killed", "women", 9, 9, "exact"),
            ("injured", "people", 20, 20, "about"),
            ("killed", "people", 46, 46, "exact"),
            ("killed", "people", 4, 4, "exact"),
            ("killed", "civilians", 60, 60, "about"),
            ("displaced", "people", 6900001, None, "more_than"),
        ],
        [(46, "Croix-Rouge"), (6900001, "OIM")],
    ),
    (
        "Une frappe de missile russe sur un immeuble résidentiel de Dnipro a fait au moins 23 "
        "morts, dont trois enfants, ont annoncé dimanche les autorités ukrainiennes. Le bilan "
        "pourrait encore s'alourdir : 39 personnes sont toujours portées disparues sous les "
        "décombres, selon le maire de la ville. « 73 personnes ont été blessées, dont 13 "
        "enfants », a écrit sur Telegram le gouverneur régional. Les secouristes ont extrait 72 "
        "personnes vivantes des ruines. Le missile, un Kh-22 pesant près de 1 000 kilos, a "
        "détruit 40 appartements de l'immeuble de neuf étages. Moscou a tiré 33 missiles sur "
        "l'Ukraine samedi, dont 25 ont été abattus, selon l'armée de l'air ukrainienne. Il "
        "s'agit de la 3e attaque contre la ville ce mois-ci. La semaine précédente, une frappe "
        "sur Kramatorsk avait tué 11 personnes. Selon le Haut-Commissariat aux droits de "
        "l'homme de l'ONU, au moins 7 000 civils ont été tués en Ukraine depuis le début de "
        "l'invasion, le 24 février 2022.",
        [
            ("killed", "people", 23, None, "at_least"),
            ("killed", "children", 3, 3, "exact"),
            ("missing", "people", 39, 39, "exact"),
            ("injured", "people", 73, 73, "exact"),
            ("injured", "children", 13, 13, "exact"),
            ("killed", "people", 11, 11, "exact"),
            ("killed", "civilians", 7000, None, "at_least"),
        ],
        [
            (23, "autorités ukrainiennes"),
            (39, "maire"),
            (73, "gouverneur"),
            (7000, "Haut-Commissariat"),
        ],
    ),
    (
        "Au moins 70 personnes, dont 10 femmes et 3 nourrissons, ont été tuées jeudi lors d'une "
        "attaque d'un gang armé à Pont-Sondé, dans le département de l'Artibonite, selon un bilan "
        "de l'ONU. Le Haut-Commissariat des Nations unies aux droits de l'homme fait également "
        "état de 16 blessés graves. Les assaillants ont incendié au moins 45 maisons et 34 "
        "véhicules. Plus de 6 270 habitants ont fui la commune, a indiqué l'Organisation "
        "internationale pour les migrations. « Ils tiraient sur tout ce qui bougeait », raconte "
        "un habitant de 54 ans qui a perdu deux frères dans l'attaque. Le gang, qui compterait "
        "une centaine de membres, est dirigé par un homme de 30 ans. Depuis le début de l'année, "
        "la violence des gangs a fait plus de 3 660 morts en Haïti, selon l'ONU. Le pays compte "
        "environ 11 millions d'habitants, dont la moitié souffre d'insécurité alimentaire. Une "
        "mission de sécurité menée par le Kenya, forte de 400 policiers, est déployée depuis "
        "juin.",
        [
            ("killed", "people", 70, None, "at_least"),
            ("killed", "women", 10, 10, "exact"),
            ("killed", "children", 3, 3, "exact"),
            ("injured", "people", 16, 16, "exact"),
            ("displaced", "people", 6271, None, "more_than"),
            ("killed", "people", 2, 2, "exact"),
            ("killed", "people", 3661, None, "more_than"),
        ],
        [(70, "ONU"), (16, "Haut-Commissariat"), (6271, "migrations")],
    ),
    (
        "Au Soudan, les combats entre l'armée et les Forces de soutien rapide (FSR) ont fait plus "
        "de 150 morts en trois jours à El-Fasher, a indiqué mardi Médecins sans frontières (MSF). "
        "L'ONG, basée à Genève, précise que son hôpital a reçu 1'200 blessés depuis le 10 mai, "
        "dont 85 sont décédés. « Nous manquons de tout : sang, médicaments, personnel », a "
        "déclaré la coordinatrice de l'ONG, âgée de 41 ans. Selon l'ONU, quelque 800 000 civils "
        "sont pris au piège dans la ville. Un bombardement sur un camp de déplacés a tué 12 "
        "personnes, dont cinq enfants, selon des témoins. Les FSR ont tiré plus de 200 obus sur "
        "la ville en 48 heures. Depuis avril 2023, la guerre a fait des dizaines de milliers de "
        "morts et plus de 10 millions de déplacés, selon les Nations unies. La Suisse a débloqué "
        "15 millions de francs d'aide d'urgence.",
        [
            ("killed", "people", 151, None, "more_than"),
            ("injured", "people", 1200, 1200, "exact"),
            ("killed", "people", 85, 85, "exact"),
            ("killed", "people", 12, 12, "exact"),
            ("killed", "children", 5, 5, "exact"),
            ("killed", "people", 20000, None, "vague"),
            ("displaced", "people", 10000001, None, "more_than"),
        ],
        [(151, "Médecins sans frontières"), (12, "témoins"), (20000, "Nations unies")],
    ),
    (
        "Le ministère libanais de la Santé a fait état lundi de 492 morts, dont 35 enfants et 58 "
        "femmes, dans des frappes israéliennes sur le sud et l'est du Liban, la journée la plus "
        "meurtrière depuis 2006. Plus de 1 645 personnes ont été blessées, selon le ministre, qui "
        "s'exprimait lors d'une conférence de presse à Beyrouth. L'armée israélienne a indiqué "
        "avoir frappé environ 1 300 cibles du Hezbollah. Des dizaines de milliers d'habitants ont "
        "pris la route du nord, provoquant d'immenses embouteillages. Le Hezbollah a de son côté "
        "tiré quelque 200 roquettes vers le nord d'Israël, blessant légèrement deux personnes à "
        "Haïfa, selon les secours israéliens. La veille, une frappe sur la banlieue sud de "
        "Beyrouth avait tué 45 personnes, dont 16 combattants du Hezbollah. La Belgique compte "
        "environ 3 000 ressortissants au Liban, a précisé le ministère des Affaires étrangères. "
        "La guerre de 2006 avait fait environ 1 200 morts côté libanais.",
        [
            ("killed", "people", 492, 492, "exact"),
            ("killed", "children", 35, 35, "exact"),
            ("killed", "women", 58, 58, "exact"),
            ("injured", "people", 1646, None, "more_than"),
            ("displaced", "people", 20000, None, "vague"),
            ("injured", "people", 2, 2, "exact"),
            ("killed", "people", 45, 45, "exact"),
            ("killed", "combatants", 16, 16, "exact"),
            ("killed", "people", 1200, 1200, "about"),
        ],
        [(492, "ministère libanais"), (1646, "ministre"), (2, "secours")],
    ),
    (
        "Trois casques bleus tchadiens ont été tués et cinq autres grièvement blessés dimanche "
        "dans l'explosion d'une mine au passage de leur convoi près d'Aguelhok, dans le nord du "
        "Mali, a annoncé la Mission de l'ONU (Minusma). Avec ces trois décès, le nombre de "
        "casques bleus tués dans des actes hostiles au Mali depuis 2013 s'élève à 174, selon un "
        "décompte de l'AFP. « Une dizaine de véhicules ont été endommagés », a précisé un "
        "porte-parole. Le convoi de 40 véhicules avait quitté Kidal à 6 heures. La Minusma, "
        "forte de quelque 13 000 militaires et policiers, est la mission de paix la plus "
        "meurtrière de l'ONU. En janvier, une attaque contre la même base avait tué 10 casques "
        "bleus et en avait blessé 25. L'armée malienne a de son côté affirmé avoir « neutralisé "
        "» une trentaine de terroristes lors d'une opération dans la région de Mopti. Un civil a "
        "également été tué par une balle perdue, selon des sources locales.",
        [
            ("killed", "other", 3, 3, "exact"),
            ("injured", "other", 5, 5, "exact"),
            ("killed", "other", 174, 174, "exact"),
            ("killed", "other", 10, 10, "exact"),
            ("injured", "other", 25, 25, "exact"),
            ("killed", "civilians", 1, 1, "exact"),
        ],
        [(3, "Minusma"), (174, "AFP"), (1, "sources locales")],
    ),
    (
        "Niamey (AFP) - Une vingtaine de soldats nigériens ont été tués jeudi dans une embuscade "
        "tendue par des jihadistes présumés dans la région de Tillabéri, a annoncé vendredi le "
        "ministère de la Défense. « Le bilan provisoire est de 21 militaires tués et 9 blessés "
        "», précise le communiqué lu à la télévision nationale. Plusieurs assaillants ont été "
        "tués lors de la riposte, selon la même source, qui évoque « des dizaines de terroristes "
        "neutralisés ». L'attaque s'est produite à 80 km de la frontière malienne, vers 15h. "
        "Deux militaires sont portés disparus. Mardi, 6 civils avaient été tués dans un village "
        "voisin par des hommes armés à moto, selon des élus locaux. Le Niger, pays de 26 "
        "millions d'habitants, est dirigé depuis juillet 2023 par une junte. Selon l'Acled, plus "
        "de 1 500 civils ont été tués au Niger en 2024, un chiffre en hausse de 30 % par rapport "
        "à l'année précédente.",
        [
            ("killed", "combatants", 20, 20, "about"),
            ("killed", "combatants", 21, 21, "exact"),
            ("injured", "combatants", 9, 9, "exact"),
            ("killed", "other", 3, None, "vague"),
            ("missing", "combatants", 2, 2, "exact"),
            ("killed", "civilians", 6, 6, "exact"),
            ("killed", "civilians", 1501, None, "more_than"),
        ],
        [(20, "ministère de la Défense"), (6, "élus locaux"), (1501, "Acled")],
    ),
    (
        "Plus de 100 Palestiniens ont été tués jeudi près d'un point de distribution d'aide à "
        "Gaza, selon le ministère de la santé du territoire, qui a accusé l'armée israélienne "
        "d'avoir ouvert le feu sur la foule. Le ministère évoque aussi plusieurs centaines de "
        "blessés. L'armée israélienne a reconnu des « tirs limités » et affirmé que la plupart "
        "des victimes avaient péri dans une bousculade. Quelque 30 camions d'aide étaient "
        "arrivés vers 4h30 du matin. « J'ai vu des dizaines de corps par terre », a témoigné un "
        "chauffeur de 28 ans. L'hôpital Al-Shifa a reçu 80 corps et environ 250 blessés, selon "
        "son directeur. Depuis le début de la guerre, plus de 30 000 personnes ont été tuées à "
        "Gaza, dont une majorité de femmes et d'enfants, d'après le ministère. Environ 1,7 "
        "million de personnes ont été déplacées, soit 75 % de la population. Le Conseil de "
        "sécurité doit se réunir pour la 4e fois ce mois-ci.",
        [
            ("killed", "people", 101, None, "more_than"),
            ("injured", "people", 200, None, "vague"),
            ("bodies_recovered", "people", 24, None, "vague"),
            ("bodies_recovered", "people", 80, 80, "exact"),
            ("injured", "people", 250, 250, "about"),
            ("killed", "people", 30001, None, "more_than"),
            ("displaced", "people", 1700000, 1700000, "about"),
        ],
        [(101, "ministère"), (24, "chauffeur"), (80, "directeur")],
    ),
    (
        "Entre 15 et 20 personnes ont été tuées dans la nuit de mardi à mercredi lors d'une "
        "attaque de Boko Haram contre le village de Mozogo, dans l'Extrême-Nord du Cameroun, "
        "selon des sources locales. Un élu de la région avance un bilan plus lourd : « Nous avons "
        "compté 23 morts ce matin, et une quarantaine de blessés sont soignés au district de "
        "santé. » Les assaillants, arrivés à bord d'une dizaine de motos, ont également pillé "
        "une dizaine de boutiques, selon la même source. Les militaires, stationnés à 12 "
        "kilomètres, sont intervenus deux heures plus tard. Un soldat a été blessé lors de "
        "l'échange de tirs. Deux à trois cents habitants ont trouvé refuge dans la ville voisine "
        "de Koza. Depuis 2014, le conflit a fait plus de 3 000 morts dans l'Extrême-Nord, selon "
        "l'International Crisis Group. Le 5 août, une attaque avait déjà fait 8 morts dans une "
        "localité proche.",
        [
            ("killed", "people", 15, 20, "range"),
            ("killed", "people", 23, 23, "exact"),
            ("injured", "people", 40, 40, "about"),
            ("injured", "combatants", 1, 1, "exact"),
            ("displaced", "people", 200, 300, "range"),
            ("killed", "people", 3001, None, "more_than"),
            ("killed", "people", 8, 8, "exact"),
        ],
        [(15, "sources locales"), (23, "élu"), (3001, "Crisis Group")],
    ),
    (
        "Au moins 18 combattants prorégime ont été tués samedi dans une attaque du groupe État "
        "islamique (EI) dans le désert syrien, a rapporté l'Observatoire syrien des droits de "
        "l'homme (OSDH). Selon l'ONG, basée au Royaume-Uni et qui dispose d'un vaste réseau de "
        "sources en Syrie, 11 jihadistes ont aussi péri dans les combats. Le bilan total s'élève "
        "donc à 29 morts. L'attaque a visé trois positions militaires à 40 km à l'est de "
        "Palmyre. Un précédent bilan faisait état de 12 morts. Par ailleurs, deux enfants ont "
        "été blessés par l'explosion d'un engin de guerre à Deraa, a indiqué l'agence officielle "
        "Sana. Depuis mars 2011, la guerre en Syrie a fait plus d'un demi-million de morts et "
        "déplacé plus de six millions de personnes. Environ 90 % de la population vit sous le "
        "seuil de pauvreté.",
        [
            ("killed", "combatants", 18, None, "at_least"),
            ("killed", "combatants", 11, 11, "exact"),
            ("killed", "people", 29, 29, "exact"),
            ("killed", "people", 12, 12, "exact"),
            ("injured", "children", 2, 2, "exact"),
            ("killed", "people", 500001, None, "more_than"),
            ("displaced", "people", 6000001, None, "more_than"),
        ],
        [(18, "Observatoire syrien"), (11, "Observatoire"), (2, "Sana")],
    ),
    (
        "Human Rights Watch accuse l'armée burkinabè d'avoir exécuté au moins 223 villageois, "
        "dont 56 enfants, le 25 février dans deux villages du nord du pays. L'ONG affirme avoir "
        "interrogé 23 témoins par téléphone entre mars et avril. « Les soldats ont tué des "
        "familles entières », a raconté un survivant de 32 ans. À Nondin, 44 personnes ont été "
        "tuées, et 179 à Soro, village situé à 5 km, selon le rapport de 40 pages. Le procureur "
        "de Ouahigouya avait évoqué en mars un bilan d'environ 170 morts. Le gouvernement n'a "
        "pas répondu aux sollicitations de l'ONG. Des centaines d'habitants ont fui vers les "
        "villes voisines après le massacre. Selon l'ONG, au moins 1 000 civils ont été tués par "
        "les forces de sécurité depuis l'arrivée au pouvoir de la junte, en septembre 2022.",
        [
            ("killed", "people", 223, None, "at_least"),
            ("killed", "children", 56, 56, "exact"),
            ("killed", "people", 44, 44, "exact"),
            ("killed", "people", 179, 179, "exact"),
            ("killed", "people", 170, 170, "about"),
            ("displaced", "people", 200, None, "vague"),
            ("killed", "civilians", 1000, None, "at_least"),
        ],
        [(223, "Human Rights Watch"), (170, "procureur")],
    ),
]


_KIN_WHO = (
    "relatives with an owner ('a perdu deux frères': his brothers) are read as who = other, as "
    "the incidents_dev labels have them (enrep13); this report labels them people"
)
# readings the extractor does not give yet, each with why
_KNOWN_MISSES: dict[tuple[int, Expected], str] = {
    (2, ("killed", "people", 42, 42, "exact")): (
        "dedupe.py merges 'au moins 42' with a later '42' told by another speaker"
    ),
    (6, ("displaced", "people", 20000, None, "vague")): "'ont pris la route du nord' is no flight",
    (4, ("killed", "people", 2, 2, "exact")): _KIN_WHO,
    (7, ("killed", "other", 174, 174, "exact")): (
        "a restated count ('ces trois décès') before the toll hides its category"
    ),
}
_KNOWN_EXTRA: dict[int, str] = {
    4: _KIN_WHO,
    7: "the toll of peacekeepers reads people (see above)",
    8: "'des dizaines de terroristes neutralisés' (neutralised: killed or captured, no casualty "
    "verb) takes 'tués' from the clause before",
}
_KNOWN_SPEAKERS: dict[tuple[int, int], str] = {
    (10, 23): "a source before a colon and a quotation ('Un élu avance un bilan : « ... »')",
}


def _claims(text: str) -> set[Expected]:
    return {
        (c.measure, c.who, c.low, c.high, c.qualifier)  # type: ignore[misc]
        for c in extract_claims(text, "fr")
        if c.is_casualty
    }


def _marked(reason: str | None, *values: object) -> object:
    if reason is None:
        return pytest.param(*values)
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


CLAIMS = [
    _marked(_KNOWN_MISSES.get((n, claim)), n, claim)
    for n, (_, claims, _) in enumerate(REPORTS)
    for claim in claims
]


@pytest.mark.parametrize(("n", "claim"), CLAIMS)
def test_each_labelled_claim_of_a_report_is_read(n: int, claim: Expected) -> None:
    assert claim in _claims(REPORTS[n][0])


@pytest.mark.parametrize("n", [_marked(_KNOWN_EXTRA.get(n), n) for n in range(len(REPORTS))])
def test_a_report_gives_no_claim_beyond_its_labels(n: int) -> None:
    """Dates, hours, ages, ordinals, distances, money, munitions, vehicles, houses, population,
    people trapped or present: none of them becomes a claim."""
    text, claims, _ = REPORTS[n]
    assert _claims(text) <= set(claims)


SPEAKERS = [
    _marked(_KNOWN_SPEAKERS.get((n, low)), n, low, speaker)
    for n, (_, _, speakers) in enumerate(REPORTS)
    for low, speaker in speakers
]


@pytest.mark.parametrize(("n", "low", "speaker"), SPEAKERS)
def test_a_figure_is_told_by_its_source(n: int, low: int, speaker: str) -> None:
    said = [
        c.speaker
        for c in extract_claims(REPORTS[n][0], "fr")
        if c.is_casualty and (c.low if c.low is not None else c.high) == low
    ]
    assert said and all(s and speaker in s for s in said)


# the classes fixed on branch fr7, sentence by sentence (our own sentences)
CLASSES: list[object] = [
    # wounded whose death a noun of dying names are dead; a toll of the wounded is not
    (
        "fr",
        "Le bilan s'est alourdi après le décès de quatre blessés.",
        [("killed", "people", 4, 4, "exact")],
    ),
    ("fr", "L'hôpital a annoncé la mort de deux blessés.", [("killed", "people", 2, 2, "exact")]),
    ("fr", "Le bilan fait état de 4 blessés.", [("injured", "people", 4, 4, "exact")]),
    (
        "en",
        "The toll rose after the death of four wounded people.",
        [("killed", "people", 4, 4, "exact")],
    ),
    # a place after the article is no person, whatever people word describes it
    (
        "fr",
        "Six civils ont été tués dans un village voisin par des hommes armés.",
        [("killed", "civilians", 6, 6, "exact")],
    ),
    (
        "fr",
        "Deux soldats ont été tués près d'une position militaire.",
        [("killed", "combatants", 2, 2, "exact")],
    ),
    (
        "fr",
        "Deux civils ont été blessés dans une frappe sur un quartier civil.",
        [("injured", "civilians", 2, 2, "exact")],
    ),
    ("fr", "Un jeune Palestinien a été tué.", [("killed", "people", 1, 1, "exact")]),
    ("fr", "Un ancien combattant a été tué.", [("killed", "combatants", 1, 1, "exact")]),
    # a range whose scale word is written once, after its second bound
    (
        "fr",
        "Deux à trois cents habitants ont trouvé refuge dans la ville voisine.",
        [("displaced", "people", 200, 300, "range")],
    ),
    (
        "fr",
        "Entre 1,5 et 2 millions de personnes ont fui.",
        [("displaced", "people", 1500000, 2000000, "range")],
    ),
    (
        "en",
        "Between 2 and 3 million people have fled.",
        [("displaced", "people", 2000000, 3000000, "range")],
    ),
    ("fr", "Entre 15 et 20 personnes ont été tuées.", [("killed", "people", 15, 20, "range")]),
    (
        "fr",
        "La guerre a fait plus d'un demi-million de morts.",
        [("killed", "people", 500001, None, "more_than")],
    ),
    # victims among whom a part is named right after a count of the dead are those dead
    (
        "fr",
        "Le bilan s'était alourdi à 90 morts. Parmi les victimes figurent 30 enfants et 12 "
        "femmes. Plus de 200 personnes ont été blessées.",
        [
            ("killed", "people", 90, 90, "exact"),
            ("killed", "children", 30, 30, "exact"),
            ("killed", "women", 12, 12, "exact"),
            ("injured", "people", 201, None, "more_than"),
        ],
    ),
    # a lead of counts alone, then a sentence opening on the toll: read so, the lead's claims
    # take a decoy place (a capital named as its government, "estiment Washington, Londres et
    # Paris") and the linker splits the incident, so the reading waits for that place class
    (
        "fr",
        "Au moins 40 civils, dont 11 enfants. Le bilan a été revu à la hausse mardi.",
        [("killed", "civilians", 40, None, "at_least"), ("killed", "children", 11, 11, "exact")],
    ),
    ("fr", "Au moins 40 civils, dont 11 enfants. Le raid a eu lieu mardi.", []),
    # a year between a toll's category and its rise verb
    (
        "fr",
        "Le nombre de soldats tués depuis 2013 s'est alourdi à 174.",
        [("killed", "combatants", 174, 174, "exact")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLASSES)
def test_fr7_classes(lang: str, text: str, expected: list[Expected]) -> None:
    got = sorted(
        (c.measure, c.who, c.low, c.high, c.qualifier)  # type: ignore[misc]
        for c in extract_claims(text, lang)
        if c.is_casualty
    )
    assert got == sorted(expected)


# who tells a figure: an institution's name in lower case after its first word, a source noun
# with its adjective or nationality, elected officials, verbs of telling
CLASS_SPEAKERS: list[tuple[str, str]] = [
    (
        "Plus de 600 habitants ont fui, a indiqué l'Organisation internationale pour les "
        "migrations.",
        "Organisation internationale pour les migrations",
    ),
    (
        "Selon l'Organisation mondiale de la santé, 16 personnes ont été blessées.",
        "Organisation mondiale de la santé",
    ),
    (
        "16 personnes ont été blessées, a indiqué l'Organisation mondiale de la santé à l'AFP.",
        "Organisation mondiale de la santé",
    ),
    ("16 personnes ont été blessées, selon le Programme alimentaire mondial.", "alimentaire"),
    ("Deux enfants ont été blessés, a indiqué l'agence officielle Sana.", "Sana"),
    ("Selon les autorités ukrainiennes, 16 personnes ont été blessées.", "ukrainiennes"),
    ("Les autorités ukrainiennes font état de 56 morts.", "ukrainiennes"),
    ("Six civils avaient été tués, selon des élus locaux.", "élus"),
    ("Le Haut-Commissariat fait également état de 16 blessés graves.", "Haut-Commissariat"),
    ("16 personnes ont été blessées, a aussi précisé l'Unicef.", "Unicef"),
    ("« Nous avons compté 23 morts ce matin », a raconté un habitant.", "habitant"),
]


@pytest.mark.parametrize(("text", "speaker"), CLASS_SPEAKERS)
def test_fr7_speakers(text: str, speaker: str) -> None:
    speakers = {c.speaker for c in extract_claims(text, "fr") if c.is_casualty}
    assert speakers and all(s and speaker in s for s in speakers)
