"""Victims counted one by one by name (branch named12), written by the labeller before reading
the rules, in every supported language: rolls after "those killed were named as", "the victims
were identified as", "among the dead:", "les victimes sont", "los fallecidos fueron
identificados como", "die Toten wurden als ... identifiziert", "de dödade var", "والشهداء هم",
with ages in brackets or after commas, kin inside the roll ("his wife", "their three
children"), a number followed by a longer roll, a roll of the wounded, a roll that names
victims already counted, rolls joined by "and", by semicolons and by line breaks; one source's
higher figure ("local sources said as many as 9") kept as its own claim so that the report's
maximum holds it. Counter-cases give no count from a roll: officials who spoke, places,
people arrested, named survivors. Each case gives the report's (min, max) per measure as
:func:`incident_range` reads it. Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract import extract_claims

# (measure, low, high): the report's range of the measure; a measure not listed has none
Range = tuple[str, int, int]

CASES: list[tuple[str, str, str, list[Range]]] = [
    # English
    (
        "en_named_as_family",
        "en",
        "An airstrike hit a house in Beit Tamar on the evening of 12 May. Those killed were "
        "named as Yusuf Darwish, 52, his wife Samira, 47, and their children Nadia, 15, and "
        "Karim, 9.",
        [("killed", 4, 4)],
    ),
    (
        "en_number_then_same_roll",
        "en",
        "A drone strike on a car near Wadi Salqa killed three people. The victims were "
        "identified as Ahmad Qasim (31), Bilal Qasim (28) and Mahmoud Hijazi (40).",
        [("killed", 3, 3)],
    ),
    (
        "en_number_then_longer_roll",
        "en",
        "Two people were killed when a shell hit a house in Khirbet Nur, according to local "
        "sources. Among the dead: Farid Mansour; his daughter Lama (7); and his nephew Sami.",
        [("killed", 2, 3)],
    ),
    (
        "en_higher_local_figure",
        "en",
        "A strike on the Saadi family home in Deir Malik killed five civilians, while local "
        "sources said as many as 9 were killed. The dead included Huda Saadi and her three "
        "children.",
        [("killed", 5, 9)],
    ),
    (
        "en_roll_on_lines",
        "en",
        "Residents said the bombardment of the Tal Zaytun neighbourhood killed the following "
        "members of the Barakat family:\nIbrahim Barakat, 60\nAmal Barakat, 55\nRana Barakat, "
        "22\nOmar Barakat, 3",
        [("killed", 4, 4)],
    ),
    (
        "en_roll_of_wounded",
        "en",
        "An airstrike hit a tent in Rafiq camp on Sunday night. The injured were named as Layla "
        "Odeh, her son Tariq and a neighbour, Hassan Zaki.",
        [("injured", 3, 3)],
    ),
    (
        "en_roll_names_counted",
        "en",
        "A strike killed Nabil Haddad, 45, and his two sons in Beit Amra. Local journalists "
        "named the sons as Rami, 17, and Fadi, 12.",
        [("killed", 3, 3)],
    ),
    (
        "en_officials_not_victims",
        "en",
        "After the strike, which killed four people in Qarya Jadida, statements were issued by "
        "Mayor Tomas Verin, Governor Hala Suleiman and civil defence spokesman Adel Rahim.",
        [("killed", 4, 4)],
    ),
    (
        "en_places_not_victims",
        "en",
        "Strikes hit Beit Amra, Khirbet Nur, Tal Zaytun and Wadi Salqa overnight, killing two "
        "people.",
        [("killed", 2, 2)],
    ),
    (
        "en_arrested_not_victims",
        "en",
        "Police arrested Marko Lind, Petra Holm and Jonas Berg after the shooting, in which one "
        "man was killed.",
        [("killed", 1, 1)],
    ),
    (
        "en_survivors_not_victims",
        "en",
        "The strike killed Samir Awad in his home in Deir Malik. His wife Rania, their son Adam "
        "and a neighbour, Yara Khalil, survived unhurt.",
        [("killed", 1, 1)],
    ),
    (
        "en_semicolon_roll",
        "en",
        "A strike hit a gathering in the Al-Wadi district on Friday. The victims were "
        "identified as Khalil Nassar, 19; Mustafa Nassar, 23; and Ziad Amer, 34.",
        [("killed", 3, 3)],
    ),
    (
        "en_couple_then_names",
        "en",
        "Medics said a man and his wife were killed in the strike. They were named as Jamal "
        "Sabri and Inas Sabri.",
        [("killed", 2, 2)],
    ),
    (
        "en_killed_were",
        "en",
        "A missile struck the Hamdan home in Beit Tamar. Killed were Ali Hamdan (8), Maryam "
        "Hamdan (11), Zainab Hamdan (14) and their grandmother Fatima.",
        [("killed", 4, 4)],
    ),
    (
        "en_killed_and_wounded_rolls",
        "en",
        "A missile struck a tent in Mawasi Jadida, killing Hani Shaker and his daughter Rua. "
        "Wounded were his wife Nisreen and their neighbours Adel Hamad and Sana Hamad.",
        [("killed", 2, 2), ("injured", 3, 3)],
    ),
    (
        "en_children_inside_roll",
        "en",
        "Five people were killed in the strike on Beit Amra. The dead were Karim Odeh, his wife "
        "Hiba, their three children, and Karim's brother Munir.",
        [("killed", 5, 6)],
    ),
    (
        "en_other_sources_toll",
        "en",
        "Civil defence said three people were killed in the strike on Beit Amra; other local "
        "sources put the toll at seven.",
        [("killed", 3, 7)],
    ),
    (
        "en_residents_up_to",
        "en",
        "The health ministry reported 12 dead in the strike on the market, though residents "
        "said up to 15 people were killed.",
        [("killed", 12, 15)],
    ),
    # French
    (
        "fr_victimes_sont",
        "fr",
        "Une frappe a visé une maison à Beit Tamar. Les victimes sont Youssef Darwich, 52 ans, "
        "son épouse Samira et leurs enfants Nadia et Karim.",
        [("killed", 4, 4)],
    ),
    (
        "fr_number_then_same_roll",
        "fr",
        "Trois personnes ont été tuées. Les victimes ont été identifiées comme Ahmad Qasim (31 "
        "ans), Bilal Qasim (28 ans) et Mahmoud Hijazi (40 ans).",
        [("killed", 3, 3)],
    ),
    (
        "fr_number_then_longer_roll",
        "fr",
        "Deux personnes ont été tuées selon des sources locales. Parmi les morts : Farid "
        "Mansour ; sa fille Lama (7 ans) ; son neveu Sami.",
        [("killed", 2, 3)],
    ),
    (
        "fr_higher_local_figure",
        "fr",
        "Cinq civils ont été tués, tandis que des sources locales ont fait état de 9 morts.",
        [("killed", 5, 9)],
    ),
    (
        "fr_roll_of_wounded",
        "fr",
        "Une frappe a touché une tente du camp de Rafiq. Les blessés sont Layla Odeh, son fils "
        "Tariq et un voisin, Hassan Zaki.",
        [("injured", 3, 3)],
    ),
    (
        "fr_officials_not_victims",
        "fr",
        "La frappe a tué quatre personnes. Le maire Tomas Verin, le gouverneur Hala Souleiman et "
        "le porte-parole Adel Rahim ont condamné l'attaque.",
        [("killed", 4, 4)],
    ),
    (
        "fr_arrested_not_victims",
        "fr",
        "La police a arrêté Marc Lind, Pierre Holm et Jean Berg après la fusillade qui a fait un "
        "mort.",
        [("killed", 1, 1)],
    ),
    (
        "fr_roll_names_counted",
        "fr",
        "Une frappe a tué Nabil Haddad et ses deux fils. Les fils s'appelaient Rami, 17 ans, et "
        "Fadi, 12 ans.",
        [("killed", 3, 3)],
    ),
    # Spanish
    (
        "es_fallecidos_identificados",
        "es",
        "Un ataque aéreo alcanzó una casa en Beit Tamar. Los fallecidos fueron identificados "
        "como Yusuf Darwish, de 52 años, su esposa Samira y sus hijos Nadia y Karim.",
        [("killed", 4, 4)],
    ),
    (
        "es_number_then_same_roll",
        "es",
        "Tres personas murieron en el ataque. Las víctimas son Ahmad Qasim (31), Bilal Qasim "
        "(28) y Mahmoud Hijazi (40).",
        [("killed", 3, 3)],
    ),
    (
        "es_number_then_longer_roll",
        "es",
        "Dos personas murieron, según fuentes locales. Entre los muertos: Farid Mansour; su hija "
        "Lama, de 7 años; y su sobrino Sami.",
        [("killed", 2, 3)],
    ),
    (
        "es_higher_local_figure",
        "es",
        "Cinco civiles murieron, mientras que fuentes locales hablaron de hasta 9 muertos.",
        [("killed", 5, 9)],
    ),
    (
        "es_roll_of_wounded",
        "es",
        "Un ataque alcanzó una tienda en el campo de Rafiq. Los heridos fueron identificados "
        "como Layla Odeh, su hijo Tariq y un vecino, Hassan Zaki.",
        [("injured", 3, 3)],
    ),
    (
        "es_officials_not_victims",
        "es",
        "El ataque mató a cuatro personas. El alcalde Tomás Verín, la gobernadora Hala Suleimán "
        "y el portavoz Adel Rahim condenaron el ataque.",
        [("killed", 4, 4)],
    ),
    (
        "es_arrested_not_victims",
        "es",
        "La policía detuvo a Marcos Lind, Pedro Holm y Juan Berg tras el tiroteo, en el que "
        "murió un hombre.",
        [("killed", 1, 1)],
    ),
    (
        "es_roll_on_lines",
        "es",
        "Vecinos dijeron que en el bombardeo murieron los siguientes miembros de la familia "
        "Barakat:\nIbrahim Barakat, 60 años\nAmal Barakat, 55 años\nRana Barakat, 22 años",
        [("killed", 3, 3)],
    ),
    # German
    (
        "de_toten_identifiziert",
        "de",
        "Ein Luftangriff traf ein Haus in Beit Tamar. Die Toten wurden als Yusuf Darwish (52), "
        "seine Frau Samira (47) und ihre Kinder Nadia (15) und Karim (9) identifiziert.",
        [("killed", 4, 4)],
    ),
    (
        "de_number_then_same_roll",
        "de",
        "Drei Menschen wurden getötet. Die Opfer sind Ahmad Qasim, Bilal Qasim und Mahmoud Hijazi.",
        [("killed", 3, 3)],
    ),
    (
        "de_number_then_longer_roll",
        "de",
        "Zwei Menschen wurden laut örtlichen Quellen getötet. Unter den Toten: Farid Mansour; "
        "seine Tochter Lama (7); sein Neffe Sami.",
        [("killed", 2, 3)],
    ),
    (
        "de_higher_local_figure",
        "de",
        "Fünf Zivilisten wurden getötet, während örtliche Quellen von bis zu 9 Toten sprachen.",
        [("killed", 5, 9)],
    ),
    (
        "de_roll_of_wounded",
        "de",
        "Ein Angriff traf ein Zelt im Lager Rafiq. Die Verletzten sind Layla Odeh, ihr Sohn "
        "Tariq und ein Nachbar, Hassan Zaki.",
        [("injured", 3, 3)],
    ),
    (
        "de_officials_not_victims",
        "de",
        "Der Angriff tötete vier Menschen. Bürgermeister Tomas Verin, Gouverneurin Hala Suleiman "
        "und Sprecher Adel Rahim verurteilten den Angriff.",
        [("killed", 4, 4)],
    ),
    (
        "de_arrested_not_victims",
        "de",
        "Die Polizei nahm nach der Schießerei, bei der ein Mann getötet wurde, Markus Lind, "
        "Peter Holm und Jonas Berg fest.",
        [("killed", 1, 1)],
    ),
    (
        "de_roll_names_counted",
        "de",
        "Ein Angriff tötete Nabil Haddad und seine zwei Söhne. Die Söhne hießen Rami (17) und "
        "Fadi (12).",
        [("killed", 3, 3)],
    ),
    # Swedish
    (
        "sv_dodade_var",
        "sv",
        "En flygattack träffade ett hus i Beit Tamar. De dödade var Yusuf Darwish, 52, hans fru "
        "Samira, 47, och deras barn Nadia och Karim.",
        [("killed", 4, 4)],
    ),
    (
        "sv_number_then_same_roll",
        "sv",
        "Tre personer dödades. Offren har identifierats som Ahmad Qasim, 31, Bilal Qasim, 28, "
        "och Mahmoud Hijazi, 40.",
        [("killed", 3, 3)],
    ),
    (
        "sv_number_then_longer_roll",
        "sv",
        "Två personer dödades enligt lokala källor. Bland de döda: Farid Mansour; hans dotter "
        "Lama, 7; hans brorson Sami.",
        [("killed", 2, 3)],
    ),
    (
        "sv_higher_local_figure",
        "sv",
        "Fem civila dödades, medan lokala källor uppgav att upp till 9 dödades.",
        [("killed", 5, 9)],
    ),
    (
        "sv_roll_of_wounded",
        "sv",
        "En attack träffade ett tält i lägret Rafiq. De skadade är Layla Odeh, hennes son Tariq "
        "och en granne, Hassan Zaki.",
        [("injured", 3, 3)],
    ),
    (
        "sv_officials_not_victims",
        "sv",
        "Attacken dödade fyra personer. Borgmästaren Tomas Verin, guvernören Hala Suleiman och "
        "talespersonen Adel Rahim fördömde attacken.",
        [("killed", 4, 4)],
    ),
    (
        "sv_arrested_not_victims",
        "sv",
        "Polisen grep Markus Lind, Petter Holm och Jonas Berg efter skjutningen, där en man "
        "dödades.",
        [("killed", 1, 1)],
    ),
    (
        "sv_roll_names_counted",
        "sv",
        "En attack dödade Nabil Haddad och hans två söner. Sönerna hette Rami, 17, och Fadi, 12.",
        [("killed", 3, 3)],
    ),
    # Arabic
    (
        "ar_shuhada_hum",
        "ar",
        "استهدفت غارة منزلا في بيت تمر. والشهداء هم: يوسف درويش (52 عاما)، وزوجته سميرة، "
        "وطفلاهما نادية وكريم.",
        [("killed", 4, 4)],
    ),
    (
        "ar_number_then_same_roll",
        "ar",
        "استشهد ثلاثة أشخاص في الغارة. والشهداء هم أحمد قاسم وبلال قاسم ومحمود حجازي.",
        [("killed", 3, 3)],
    ),
    (
        "ar_number_then_longer_roll",
        "ar",
        "استشهد شخصان وفق مصادر محلية. ومن بين الشهداء: فريد منصور، وابنته لمى (7 سنوات)، "
        "وابن أخيه سامي.",
        [("killed", 2, 3)],
    ),
    (
        "ar_higher_local_figure",
        "ar",
        "استشهد خمسة مدنيين، فيما قالت مصادر محلية إن عدد الشهداء بلغ 9.",
        [("killed", 5, 9)],
    ),
    (
        "ar_roll_of_wounded",
        "ar",
        "استهدفت غارة خيمة في مخيم رفيق. والمصابون هم: ليلى عودة، وابنها طارق، وجارها حسن زكي.",
        [("injured", 3, 3)],
    ),
    (
        "ar_officials_not_victims",
        "ar",
        "أسفرت الغارة عن استشهاد أربعة أشخاص. وأدان رئيس البلدية توماس فيرين والمحافظة هالة "
        "سليمان والمتحدث عادل رحيم الهجوم.",
        [("killed", 4, 4)],
    ),
    (
        "ar_arrested_not_victims",
        "ar",
        "اعتقلت الشرطة ماركو ليند وبيتر هولم ويوناس برغ بعد إطلاق النار الذي قُتل فيه رجل.",
        [("killed", 1, 1)],
    ),
    (
        "ar_roll_on_lines",
        "ar",
        "قصفت طائرات منزل عائلة بركات في تل الزيتون. وأسماء الشهداء:\nإبراهيم بركات (60 عاما)"
        "\nأمل بركات (55 عاما)\nرنا بركات (22 عاما)",
        [("killed", 3, 3)],
    ),
]

# An exact lead and then a longer roll or another source's higher total: the claims are read
# (HIGHER below), but a report's figure is its lead (assess/report_totals.py), which an exact
# lead does not rise above; the evaluation reads a narrative as the pipeline's figures do.
NOT_WIDENED = "an exact lead does not rise to a longer roll or another source's higher total"
_WIDER = (
    "en_number_then_longer_roll",
    "en_higher_local_figure",
    "en_children_inside_roll",
    "en_other_sources_toll",
    "en_residents_up_to",
    *(
        f"{lang}_{case}"
        for lang in ("fr", "es", "de", "sv", "ar")
        for case in ("number_then_longer_roll", "higher_local_figure")
    ),
)

# case id -> why the reading still misses (strict xfail)
GAPS: dict[str, str] = {
    **dict.fromkeys(_WIDER, NOT_WIDENED),
    "en_roll_names_counted": "a victim with an age set off by commas and his counted relatives "
    "('A, 45, and his two sons') is not read as one family",
    "ar_arrested_not_victims": "a lone man after a passive verb of a relative clause "
    "('الذي قتل فيه رجل') is not read",
}

# case id -> (measure, figure): the longer roll or the higher total, read as a claim of its own
HIGHER: dict[str, tuple[str, int]] = {
    "en_number_then_longer_roll": ("killed", 3),
    "en_higher_local_figure": ("killed", 9),
    "en_children_inside_roll": ("killed", 6),
    "en_other_sources_toll": ("killed", 7),
    "en_residents_up_to": ("killed", 15),
    **{f"{lang}_number_then_longer_roll": ("killed", 3) for lang in ("fr", "es", "de", "sv", "ar")},
    **{f"{lang}_higher_local_figure": ("killed", 9) for lang in ("fr", "es", "de", "sv", "ar")},
}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            lang,
            text,
            expected,
            id=cid,
            marks=[pytest.mark.xfail(strict=True, reason=GAPS[cid])] if cid in GAPS else [],
        )
        for cid, lang, text, expected in CASES
    ],
)
def test_named_victim_rolls(lang: str, text: str, expected: list[Range]) -> None:
    claims = extract_claims(text, lang)
    for measure in ("killed", "injured"):
        want = [(low, high) for m, low, high in expected if m == measure]
        assert incident_range(claims, measure) == (want[0] if want else None)


@pytest.mark.parametrize(
    ("lang", "text", "higher"),
    [
        pytest.param(lang, text, HIGHER[cid], id=cid)
        for cid, lang, text, _ in CASES
        if cid in HIGHER
    ],
)
def test_the_higher_figure_is_a_claim_of_its_own(
    lang: str, text: str, higher: tuple[str, int]
) -> None:
    measure, figure = higher
    claims = extract_claims(text, lang)
    assert any(
        c.is_casualty and c.measure == measure and figure in (c.low, c.high) for c in claims
    ), [(c.measure, c.who, c.low, c.high) for c in claims]


# Written after reading the rules, for the shapes the roll reader was extended to: an age before
# the name ("42-year-old"), a particle inside it ("al-Example"), a few words between the opener
# and the dash or colon the roll follows, names that restate a counted group ("his two sons, A
# and B"), a roll beyond an open lead, and a roll no longer than the count before it.
AFTER_RULES: list[tuple[str, str, str, list[Range]]] = [
    (
        "en_open_lead_longer_roll",
        "en",
        "At least five civilians were killed in a strike on a home in Deir Malik. A local "
        "agency shared the list of those killed in the strike – Nabil al-Haddad, his wife Huda "
        "Saleh (48), their sons Rami al-Haddad (22) and Fadi al-Haddad (13), and their "
        "daughters Lina (9) and Mona (6).",
        [("killed", 5, 6)],
    ),
    (
        "en_ages_before_names",
        "en",
        "A strike hit a house in Beit Amra. Among those killed were 47-year-old Omar Nasser and "
        "his two sons, 18-year-old Sami Nasser and 14-year-old Adel Nasser.",
        [("killed", 3, 3)],
    ),
    (
        "en_roll_within_count",
        "en",
        "Nine people were killed in the strike. Among the dead were Omar Nasser and Sami Nasser.",
        [("killed", 9, 9)],
    ),
    (
        "fr_open_lead_longer_roll",
        "fr",
        "Au moins deux civils ont été tués. Parmi les morts : Nabil Haddad, 52 ans ; sa femme "
        "Huda ; leur fils Rami.",
        [("killed", 2, 3)],
    ),
    (
        "es_open_lead_longer_roll",
        "es",
        "Al menos dos civiles murieron. Entre los muertos: Nabil Haddad, de 52 años; su esposa "
        "Huda; y su hijo Rami.",
        [("killed", 2, 3)],
    ),
    (
        "de_open_lead_longer_roll",
        "de",
        "Mindestens zwei Zivilisten wurden getötet. Unter den Toten: Nabil Haddad (52); seine "
        "Frau Huda; sein Sohn Rami.",
        [("killed", 2, 3)],
    ),
    (
        "sv_open_lead_longer_roll",
        "sv",
        "Minst två civila dödades. Bland de döda: Nabil Haddad, 52; hans fru Huda; hans son Rami.",
        [("killed", 2, 3)],
    ),
    (
        "ar_open_lead_longer_roll",
        "ar",
        "استشهد مدنيان على الأقل. ومن بين الشهداء: نبيل حداد، وزوجته هدى، وابنه رامي.",
        [("killed", 2, 3)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [pytest.param(lang, text, expected, id=cid) for cid, lang, text, expected in AFTER_RULES],
)
def test_roll_shapes(lang: str, text: str, expected: list[Range]) -> None:
    claims = extract_claims(text, lang)
    for measure in ("killed", "injured"):
        want = [(low, high) for m, low, high in expected if m == measure]
        assert incident_range(claims, measure) == (want[0] if want else None)
