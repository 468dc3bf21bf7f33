"""Sentences we wrote ourselves, in all six languages, with the casualty claims they state.

Each case: (lang, text, expected casualty claims as (measure, who, low, high, qualifier)).
Names, places and figures are invented or generic; none comes from the evaluation data.
"""

from __future__ import annotations

Expected = tuple[str, str, int | None, int | None, str]

CASES: list[tuple[str, str, list[Expected]]] = [
    # English: digits, words, vague words, qualifiers, measures
    (
        "en",
        "At least 12 civilians were killed in the strike.",
        [("killed", "civilians", 12, None, "at_least")],
    ),
    (
        "en",
        "More than 3,400 bodies were recovered from the ruins.",
        [("bodies_recovered", "people", 3401, None, "more_than")],
    ),
    (
        "en",
        "Twenty-three people died and dozens were injured.",
        [("killed", "people", 23, 23, "exact"), ("injured", "people", 24, None, "vague")],
    ),
    (
        "en",
        "Hundreds of families fled and thousands of people were displaced.",
        [("displaced", "people", 2000, None, "vague")],
    ),
    (
        "en",
        "About 30 children were wounded, medics said.",
        [("injured", "children", 30, 30, "about")],
    ),
    ("en", "Between 20 and 30 women remain missing.", [("missing", "women", 20, 30, "range")]),
    (
        "en",
        "Up to 350 bodies may lie in the mass grave.",
        [("bodies_recovered", "people", None, 350, "up_to")],
    ),
    (
        "en",
        "Officials said the raid killed and wounded dozens of people.",
        [("killed_or_injured", "people", 24, None, "vague")],
    ),
    (
        "en",
        "The shelling killed two fighters and one hundred and five civilians.",
        [("killed", "combatants", 2, 2, "exact"), ("killed", "civilians", 105, 105, "exact")],
    ),
    ("en", "More than a dozen people were hurt.", [("injured", "people", 13, None, "more_than")]),
    (
        "en",
        "Tens of thousands of residents have fled the city.",
        [("displaced", "people", 20000, None, "vague")],
    ),
    ("en", "No civilians were killed in the attack.", [("killed", "civilians", 0, 0, "exact")]),
    (
        "en",
        "A man was killed and three others were injured.",
        [("killed", "men", 1, 1, "exact"), ("injured", "men", 3, 3, "exact")],
    ),
    # Swedish
    (
        "sv",
        "Minst 14 civila dödades i flyganfallet.",
        [("killed", "civilians", 14, None, "at_least")],
    ),
    (
        "sv",
        "Tjugotre personer skadades och hundratals flydde.",
        [("injured", "people", 23, 23, "exact"), ("displaced", "people", 200, None, "vague")],
    ),
    (
        "sv",
        "Över 3 400 döda kroppar har hittats.",
        [("bodies_recovered", "people", 3401, None, "more_than")],
    ),
    (
        "sv",
        "Ett hundratal människor saknas, enligt Röda korset.",
        [("missing", "people", 100, 100, "about")],
    ),
    (
        "sv",
        "Under veckan dödades och skadades tusentals civila i staden.",
        [("killed_or_injured", "civilians", 2000, None, "vague")],
    ),
    ("sv", "Tiotals barn har dödats sedan i måndags.", [("killed", "children", 20, None, "vague")]),
    # French
    (
        "fr",
        "Au moins vingt-trois civils ont été tués mercredi, selon un médecin.",
        [("killed", "civilians", 23, None, "at_least")],
    ),
    (
        "fr",
        "Des centaines de personnes ont été blessées.",
        [("injured", "people", 200, None, "vague")],
    ),
    (
        "fr",
        "Plus de 3 400 corps ont été retrouvés.",
        [("bodies_recovered", "people", 3401, None, "more_than")],
    ),
    (
        "fr",
        "Une dizaine d'enfants sont portés disparus.",
        [("missing", "children", 10, 10, "about")],
    ),
    (
        "fr",
        "Entre 10 et 15 femmes ont péri dans l'incendie.",
        [("killed", "women", 10, 15, "range")],
    ),
    (
        "fr",
        "Quatre-vingt-dix-sept personnes ont été tuées.",
        [("killed", "people", 97, 97, "exact")],
    ),
    # Spanish
    (
        "es",
        "Al menos veintitrés civiles murieron en el bombardeo.",
        [("killed", "civilians", 23, None, "at_least")],
    ),
    (
        "es",
        "Decenas de personas resultaron heridas, según la Cruz Roja.",
        [("injured", "people", 24, None, "vague")],
    ),
    (
        "es",
        "Más de 3.400 cadáveres fueron recuperados.",
        [("bodies_recovered", "people", 3401, None, "more_than")],
    ),
    ("es", "Unos 30 niños siguen desaparecidos.", [("missing", "children", 30, 30, "about")]),
    (
        "es",
        "Según la ONG, el conflicto causó al menos 250 mil muertos y casi dos millones de personas tuvieron que huir.",
        [
            ("killed", "people", 250000, None, "at_least"),
            ("displaced", "people", 2000000, 2000000, "about"),
        ],
    ),
    ("es", "Varios soldados murieron.", [("killed", "combatants", 3, None, "vague")]),
    # German
    (
        "de",
        "Mindestens dreiundzwanzig Zivilisten wurden getötet.",
        [("killed", "civilians", 23, None, "at_least")],
    ),
    (
        "de",
        "Dutzende Menschen wurden verletzt, sagte ein Sprecher.",
        [("injured", "people", 24, None, "vague")],
    ),
    (
        "de",
        "Mehr als 3.400 Leichen wurden geborgen.",
        [("bodies_recovered", "people", 3401, None, "more_than")],
    ),
    ("de", "Rund 40 Kinder werden vermisst.", [("missing", "children", 40, 40, "about")]),
    (
        "de",
        "Bis zu 350 Tote werden in dem Grab vermutet.",
        [("bodies_recovered", "people", None, 350, "up_to")],
    ),
    (
        "de",
        "Zwischen 20 und 30 Kämpfer kamen ums Leben.",
        [("killed", "combatants", 20, 30, "range")],
    ),
    # Arabic (right to left, Eastern Arabic digits, number words, dual, postposed "at least")
    ("ar", "قتل ٢٦٠٠ مدني في الغارات.", [("killed", "civilians", 2600, 2600, "exact")]),
    ("ar", "قتل 47 شخصاً على الأقل في القصف المدفعي.", [("killed", "people", 47, None, "at_least")]),
    ("ar", "أصيب ثلاثة وعشرون طفلاً بجروح.", [("injured", "children", 23, 23, "exact")]),
    (
        "ar",
        "قتل وجرح عشرات الأشخاص في قصف على السوق.",
        [("killed_or_injured", "people", 20, None, "vague")],
    ),
    ("ar", "قتل طفلان في القصف.", [("killed", "children", 2, 2, "exact")]),
    (
        "ar",
        "قتل أكثر من 70 مدنيا حسب مصادر طبية.",
        [("killed", "civilians", 71, None, "more_than")],
    ),
    ("ar", "تم انتشال خمس جثث من تحت الأنقاض.", [("bodies_recovered", "people", 5, 5, "exact")]),
    # mixed scripts: an Arabic sentence with a Latin acronym and Western digits
    ("ar", "وقالت منظمة (HRW) إن 17 مدنيا قتلوا.", [("killed", "civilians", 17, 17, "exact")]),
]

# Texts whose numbers are all distractors or non-casualty quantities: no casualty claim.
NO_CASUALTY: list[tuple[str, str]] = [
    ("en", "The 41-year-old driver was arrested on 3 March 2019 at 7:15 pm."),
    ("en", "The air force flew 3,500 sorties and dropped as many as 9,000 bombs."),
    ("en", "Researchers visited 17 sites and interviewed 64 people who survived."),
    (
        "en",
        "The town of 80,000 people lies 30 kilometres from the border; 70 percent of homes were hit.",
    ),
    ("en", "Three houses and two schools were destroyed; damage is estimated at $5 million."),
    ("en", "If the dam breaks, thousands could die."),
    ("sv", "Huset ligger 250 meter från skolan och byggdes 1998."),
    ("sv", "Nästan 70 procent av husen i byn skadades."),
    ("fr", "Les drones ont frappé à 9 reprises ; 12e fosse découverte près du 5e pont."),
    (
        "es",
        "Unos 40.000 vecinos viven en el barrio desde el 3 de mayo, a 20 kilómetros del río.",
    ),
    ("de", "Die Armee kontrolliert rund 45 Prozent des Gebiets seit drei Monaten."),
    ("ar", "حلقت ست طائرات فوق البلدة خمس مرات على الأقل عند الساعة 10:45."),
    ("ar", "تقع القرية على بعد 40 كيلومترا من الحدود، وعمر المبنى 60 عاما."),
]
