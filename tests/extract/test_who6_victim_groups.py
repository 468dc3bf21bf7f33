"""Whom a count counts, in six languages, written by us as labellers before reading the rules
(branch who6): one named fighter or commander inside a count leaves the count's category alone;
attackers killed in their own attack, police officers, journalists, health and rescue workers,
UN and aid staff are `other` (so are the members of one family: xfail, the labelled sets
disagree); soldiers and militants are
combatants; "civilians and fighters" as one number is `other`; teenagers of a stated age under 18
are children; "half of the 400 dead" counts the 400 and not the half; a second part after "and"
("six were children and three were women") is its own claim. Names and places are invented."""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from harmledger.extract import extract_claims

Reading = tuple[str, str, int | None, int | None, str]

K, INJ = "killed", "injured"
P, CIV, CH, W, CO, OT = "people", "civilians", "children", "women", "combatants", "other"


def _readings(text: str, lang: str) -> list[Reading]:
    return sorted(
        (c.measure, c.who or "", c.low, c.high, c.qualifier)
        for c in extract_claims(text, lang)
        if c.is_casualty
    )


# the members of one family are a counted group (`other` by the conventions), but the labelled
# sets read them as people as often as other: left as people until the labels agree
_FAMILY = pytest.mark.xfail(reason="members of one family: labelled sets disagree", strict=True)


# "sechs davon" (six of them) as a partitive: read, it also finds a figure in a tuning document
# whose speaker is not resolved, below the speaker floor of the evaluation gate; left for now
_DAVON = pytest.mark.xfail(reason="'N davon' is not yet a partitive", strict=True)


def _x(n: int) -> tuple[int, int, str]:
    return (n, n, "exact")


CASES: list[tuple[str, str, list[Reading]] | ParameterSet] = [
    # --- English ---
    (
        "en",
        "Five Palestinians were killed in the strike on the camp, including Omar Haddad, a member "
        "of the al-Qassam Brigades, the ministry said.",
        [(K, P, *_x(5))],
    ),
    (
        "en",
        "The strike killed seven people, including Major General Karim Nasser, commander of the "
        "northern division.",
        [(K, P, *_x(7))],
    ),
    (
        "en",
        "Five members of the Revolutionary Guard were killed, including Brigadier General Ali "
        "Tavani, commander of its overseas unit.",
        [(K, CO, *_x(5))],
    ),
    (
        "en",
        "Three attackers were killed by security forces after they stormed the hotel.",
        [(K, OT, *_x(3))],
    ),
    (
        "en",
        "Security forces shot dead four gunmen who had opened fire on the market.",
        [(K, OT, *_x(4))],
    ),
    (
        "en",
        "Twelve worshippers were killed when a suicide bomber blew himself up inside the mosque.",
        [(K, P, *_x(12))],
    ),
    ("en", "Three 16-year-olds were among those killed in the shooting.", [(K, CH, *_x(3))]),
    ("en", "Two 17-year-old boys were wounded in the attack.", [(INJ, CH, *_x(2))]),
    pytest.param(
        "en",
        "The dead included five members of one family, relatives said.",
        [(K, OT, *_x(5))],
        marks=_FAMILY,
    ),
    ("en", "Three journalists were killed in an airstrike on their car.", [(K, OT, *_x(3))]),
    (
        "en",
        "At least 11 health workers have been killed since the start of the month, the WHO said.",
        [(K, OT, 11, None, "at_least")],
    ),
    (
        "en",
        "Two paramedics were killed when a second strike hit the ambulance.",
        [(K, OT, *_x(2))],
    ),
    ("en", "Four UN staff members were among those killed, the agency said.", [(K, OT, *_x(4))]),
    (
        "en",
        "Six police officers were killed and nine wounded in the ambush.",
        [(INJ, OT, *_x(9)), (K, OT, *_x(6))],
    ),
    (
        "en",
        "Eight soldiers were killed and 14 others wounded when their convoy hit a mine.",
        [(INJ, CO, *_x(14)), (K, CO, *_x(8))],
    ),
    (
        "en",
        "At least 40 civilians and fighters were killed in the battle for the town.",
        [(K, OT, 40, None, "at_least")],
    ),
    (
        "en",
        "Nine militants were killed, including a senior commander of the group.",
        [(K, CO, *_x(9))],
    ),
    ("en", "The group said 14 of its fighters had been killed.", [(K, CO, *_x(14))]),
    ("en", "Police deployed 300 officers to the area after the riot.", []),
    ("en", "Half of the 400 killed were children.", [(K, P, *_x(400))]),
    (
        "en",
        "Eleven people were killed. Six of them were children and three were women.",
        [(K, CH, *_x(6)), (K, P, *_x(11)), (K, W, *_x(3))],
    ),
    (
        "en",
        "Of the 30 dead, 18 were fighters and 12 were civilians, the monitor said.",
        [(K, CIV, *_x(12)), (K, CO, *_x(18)), (K, P, *_x(30))],
    ),
    (
        "en",
        "Three soldiers and two attackers were killed in the raid on the base.",
        [(K, CO, *_x(3)), (K, OT, *_x(2))],
    ),
    ("en", "Three 16-year-olds were arrested after the fight.", []),
    (
        "en",
        "Two aid workers were killed when their convoy came under fire.",
        [(K, OT, *_x(2))],
    ),
    # --- French ---
    (
        "fr",
        "Six Palestiniens ont été tués dans la frappe, dont Ahmad Saleh, un membre des Brigades "
        "al-Qassam.",
        [(K, P, *_x(6))],
    ),
    (
        "fr",
        "La frappe a tué huit personnes, dont le général de division Samir Aziz, commandant de la "
        "brigade.",
        [(K, P, *_x(8))],
    ),
    ("fr", "Les trois assaillants ont été abattus par les forces de l'ordre.", [(K, OT, *_x(3))]),
    ("fr", "Trois adolescents de 15 ans ont été tués dans la fusillade.", [(K, CH, *_x(3))]),
    ("fr", "Deux journalistes ont été tués dans la frappe.", [(K, OT, *_x(2))]),
    (
        "fr",
        "Quatre secouristes du Croissant-Rouge ont péri dans le bombardement.",
        [(K, OT, *_x(4))],
    ),
    (
        "fr",
        "Cinq policiers ont été tués et sept autres blessés.",
        [(INJ, OT, *_x(7)), (K, OT, *_x(5))],
    ),
    ("fr", "Douze soldats ont été tués dans l'attaque du camp.", [(K, CO, *_x(12))]),
    ("fr", "La moitié des 200 morts étaient des enfants.", [(K, P, *_x(200))]),
    pytest.param(
        "fr",
        "Parmi les morts figurent sept membres d'une même famille.",
        [(K, OT, *_x(7))],
        marks=_FAMILY,
    ),
    (
        "fr",
        "Neuf personnes ont été tuées, dont quatre enfants et deux femmes.",
        [(K, CH, *_x(4)), (K, P, *_x(9)), (K, W, *_x(2))],
    ),
    (
        "fr",
        "Au moins 30 civils et combattants ont été tués dans les combats.",
        [(K, OT, 30, None, "at_least")],
    ),
    ("fr", "Trois employés de l'ONU ont été tués.", [(K, OT, *_x(3))]),
    (
        "fr",
        "L'attaque a fait 15 morts, dont les deux assaillants.",
        [(K, OT, *_x(2)), (K, P, *_x(15))],
    ),
    ("fr", "Le préfet a mobilisé 400 policiers pour la manifestation.", []),
    # --- Spanish ---
    (
        "es",
        "Murieron nueve personas. Seis de ellas eran niños y tres eran mujeres.",
        [(K, CH, *_x(6)), (K, P, *_x(9)), (K, W, *_x(3))],
    ),
    (
        "es",
        "Cinco palestinos murieron en el bombardeo, entre ellos Yusef Amer, miembro de las "
        "Brigadas al Qassam.",
        [(K, P, *_x(5))],
    ),
    ("es", "Los tres atacantes murieron abatidos por la policía.", [(K, OT, *_x(3))]),
    (
        "es",
        "Dos policías murieron y cuatro resultaron heridos.",
        [(INJ, OT, *_x(4)), (K, OT, *_x(2))],
    ),
    ("es", "Siete soldados murieron en la emboscada.", [(K, CO, *_x(7))]),
    ("es", "Tres periodistas murieron en el ataque.", [(K, OT, *_x(3))]),
    pytest.param(
        "es",
        "Entre los muertos hay cuatro miembros de una misma familia.",
        [(K, OT, *_x(4))],
        marks=_FAMILY,
    ),
    ("es", "Tres jóvenes de 16 años murieron en el tiroteo.", [(K, CH, *_x(3))]),
    ("es", "La mitad de los 300 muertos eran niños.", [(K, P, *_x(300))]),
    (
        "es",
        "Al menos 20 civiles y combatientes murieron en los combates.",
        [(K, OT, 20, None, "at_least")],
    ),
    ("es", "Dos trabajadores humanitarios murieron en el ataque.", [(K, OT, *_x(2))]),
    (
        "es",
        "El ataque mató a ocho personas, entre ellas el general Luis Ortega, comandante de la "
        "división.",
        [(K, P, *_x(8))],
    ),
    (
        "es",
        "Once personas resultaron heridas, cuatro de ellas niños.",
        [(INJ, CH, *_x(4)), (INJ, P, *_x(11))],
    ),
    ("es", "Seis sanitarios murieron en el bombardeo del hospital.", [(K, OT, *_x(6))]),
    ("es", "Murieron 12 milicianos, entre ellos un comandante.", [(K, CO, *_x(12))]),
    # --- German ---
    (
        "de",
        "Bei dem Angriff wurden fünf Palästinenser getötet, darunter Ali Mansour, ein Mitglied "
        "der Kassam-Brigaden.",
        [(K, P, *_x(5))],
    ),
    (
        "de",
        "Der Angriff tötete sieben Menschen, darunter Generalmajor Hassan Farid, Kommandeur der "
        "Einheit.",
        [(K, P, *_x(7))],
    ),
    ("de", "Die drei Angreifer wurden von der Polizei erschossen.", [(K, OT, *_x(3))]),
    (
        "de",
        "Vier Polizisten wurden getötet und sechs verletzt.",
        [(INJ, OT, *_x(6)), (K, OT, *_x(4))],
    ),
    ("de", "Acht Soldaten kamen bei dem Anschlag ums Leben.", [(K, CO, *_x(8))]),
    ("de", "Zwei Journalisten wurden bei dem Luftangriff getötet.", [(K, OT, *_x(2))]),
    pytest.param(
        "de",
        "Unter den Toten sind sechs Mitglieder einer Familie.",
        [(K, OT, *_x(6))],
        marks=_FAMILY,
    ),
    ("de", "Drei 16-Jährige wurden bei der Schießerei getötet.", [(K, CH, *_x(3))]),
    ("de", "Die Hälfte der 500 Toten waren Kinder.", [(K, P, *_x(500))]),
    (
        "de",
        "Mindestens 25 Zivilisten und Kämpfer wurden getötet.",
        [(K, OT, 25, None, "at_least")],
    ),
    pytest.param(
        "de",
        "Elf Menschen wurden getötet, sechs davon waren Kinder und zwei Frauen.",
        [(K, CH, *_x(6)), (K, P, *_x(11)), (K, W, *_x(2))],
        marks=_DAVON,
    ),
    ("de", "Drei Sanitäter wurden bei dem Angriff getötet.", [(K, OT, *_x(3))]),
    ("de", "Zwei UN-Mitarbeiter wurden getötet.", [(K, OT, *_x(2))]),
    ("de", "Neun Kämpfer der Miliz wurden getötet.", [(K, CO, *_x(9))]),
    ("de", "Die Polizei war mit 200 Beamten im Einsatz.", []),
    # --- Swedish ---
    ("sv", "Hälften av de 400 dödade var barn.", [(K, P, *_x(400))]),
    (
        "sv",
        "Fem palestinier dödades i attacken, bland dem Khalid Omar, medlem i al-Qassam-brigaderna.",
        [(K, P, *_x(5))],
    ),
    (
        "sv",
        "Attacken dödade sju personer, bland dem generalmajor Reza Amini, befälhavare för styrkan.",
        [(K, P, *_x(7))],
    ),
    ("sv", "De tre gärningsmännen sköts ihjäl av polisen.", [(K, OT, *_x(3))]),
    (
        "sv",
        "Fyra poliser dödades och fem skadades i bakhållet.",
        [(INJ, OT, *_x(5)), (K, OT, *_x(4))],
    ),
    ("sv", "Sex soldater dödades i bakhållet.", [(K, CO, *_x(6))]),
    ("sv", "Två journalister dödades i flyganfallet.", [(K, OT, *_x(2))]),
    pytest.param(
        "sv", "Bland de döda finns fem medlemmar av samma familj.", [(K, OT, *_x(5))], marks=_FAMILY
    ),
    ("sv", "Tre 16-åringar dödades i skottlossningen.", [(K, CH, *_x(3))]),
    (
        "sv",
        "Minst 30 civila och stridande dödades i striderna.",
        [(K, OT, 30, None, "at_least")],
    ),
    (
        "sv",
        "Nio personer dödades. Fyra av dem var barn och två var kvinnor.",
        [(K, CH, *_x(4)), (K, P, *_x(9)), (K, W, *_x(2))],
    ),
    ("sv", "Tre sjukvårdare dödades när ambulansen träffades.", [(K, OT, *_x(3))]),
    ("sv", "Polisen hade 150 poliser på plats under kvällen.", []),
    ("sv", "Tolv militanter dödades i flyganfallet.", [(K, CO, *_x(12))]),
    # --- Arabic ---
    (
        "ar",
        "استشهد خمسة فلسطينيين في الغارة، بينهم محمد علي، وهو عضو في كتائب القسام.",
        [(K, P, *_x(5))],
    ),
    ("ar", "قتل سبعة أشخاص بينهم اللواء حسن كريم قائد الفرقة.", [(K, P, *_x(7))]),
    ("ar", "قتل المهاجمون الثلاثة برصاص قوات الأمن.", [(K, OT, *_x(3))]),
    (
        "ar",
        "قتل أربعة من رجال الشرطة وأصيب ستة آخرون.",
        [(INJ, OT, *_x(6)), (K, OT, *_x(4))],
    ),
    ("ar", "قتل ثمانية جنود في الكمين.", [(K, CO, *_x(8))]),
    ("ar", "استشهد صحفيان في الغارة.", [(K, OT, *_x(2))]),
    pytest.param("ar", "بين الشهداء خمسة أفراد من عائلة واحدة.", [(K, OT, *_x(5))], marks=_FAMILY),
    ("ar", "قتل 20 من المدنيين والمسلحين في الاشتباكات.", [(K, OT, *_x(20))]),
    ("ar", "استشهد ثلاثة مسعفين في القصف.", [(K, OT, *_x(3))]),
    (
        "ar",
        "قتل تسعة أشخاص، ستة منهم أطفال وثلاث نساء.",
        [(K, CH, *_x(6)), (K, P, *_x(9)), (K, W, *_x(3))],
    ),
    ("ar", "قتل عشرة مسلحين من تنظيم داعش في الغارة.", [(K, CO, *_x(10))]),
    ("ar", "قتل موظفان في الأمم المتحدة في القصف.", [(K, OT, *_x(2))]),
    ("ar", "نشرت الشرطة 300 عنصر في المدينة.", []),
    # --- more of the same classes, across languages ---
    (
        "en",
        "Twelve people died on Saturday. Three of the dead were members of a local militia.",
        [(K, CO, *_x(3)), (K, P, *_x(12))],
    ),
    ("en", "Two 19-year-olds were killed in the crash.", [(K, P, *_x(2))]),
    ("en", "Four youths aged 15 and 16 were wounded.", [(INJ, CH, *_x(4))]),
    (
        "en",
        "At least 29 children were killed, in addition to 48 wounded.",
        [(INJ, CH, *_x(48)), (K, CH, 29, None, "at_least")],
    ),
    (
        "fr",
        "Au moins 14 patients et membres du personnel médical ont été tués.",
        [(K, OT, 14, None, "at_least")],
    ),
    ("fr", "Trois jeunes de 16 ans ont été blessés.", [(INJ, CH, *_x(3))]),
    (
        "es",
        "Murieron al menos 29 niños, además de 48 heridos.",
        [(INJ, CH, *_x(48)), (K, CH, 29, None, "at_least")],
    ),
    ("es", "Cinco integrantes de una milicia murieron en el combate.", [(K, CO, *_x(5))]),
    pytest.param(
        "de",
        "Es gab 30 Tote, 20 davon waren Zivilisten.",
        [(K, CIV, *_x(20)), (K, P, *_x(30))],
        marks=_DAVON,
    ),
    ("de", "Zwei 19-Jährige wurden verletzt.", [(INJ, P, *_x(2))]),
    ("de", "Fünf Mitglieder der Miliz wurden getötet.", [(K, CO, *_x(5))]),
    (
        "sv",
        "Minst 29 barn dödades, utöver 48 skadade.",
        [(INJ, CH, *_x(48)), (K, CH, 29, None, "at_least")],
    ),
    ("sv", "Fyra anställda vid FN dödades i attacken.", [(K, OT, *_x(4))]),
    ("ar", "قتل خمسة من عناصر الدفاع المدني في الغارة.", [(K, OT, *_x(5))]),
    ("ar", "قتل ثلاثة أفراد من الجيش في الهجوم.", [(K, CO, *_x(3))]),
    (
        "ar",
        "قتل 29 طفلا، إضافة إلى 48 جريحا.",
        [(INJ, CH, *_x(48)), (K, CH, *_x(29))],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_who_of_victim_groups(lang: str, text: str, expected: list[Reading]) -> None:
    assert _readings(text, lang) == sorted(expected)
