"""Whole short reports written by the labeller of branch spk9 before reading the attribution rules,
in ar, de, en, es, fr and sv: a source named in the lead speaks for the later figures of the same
event in its paragraph (carried: "Another 40 were wounded"), but not for background figures of
another period, another event or a cumulative toll ("Since the war began, 2,300 people have been
killed", "So far this year", "Last month's bombing killed 22"), which the labeller leaves without a
speaker unless the sentence names its own source ("..., according to the UN").

Each report lists (measure, low, the speaker a labeller writes or None); alternatives that the
conventions allow are separated by "|". A speaker agrees as the evaluation counts it
(:func:`harmledger.evaluation.matching.same_speaker`). Names, places and figures are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.speaker_reports import assert_speaker, speaker_cases

REPORTS: list = [
    # ----------------------------------------------------------------- English
    (
        "en",
        "The health ministry said 14 people were killed in the strike on the market on Monday. "
        "Another 40 were wounded. Since the war began, 2,300 people have been killed in the "
        "province.",
        [
            ("killed", 14, "health ministry"),
            ("injured", 40, "health ministry"),
            ("killed", 2300, None),
        ],
    ),
    (
        "en",
        "Police said 6 people died when a bus hit a mine near the border. Three of the dead were "
        "children. So far this year, 48 people have been killed by mines in the area.",
        [("killed", 6, "Police"), ("killed", 3, "Police"), ("killed", 48, None)],
    ),
    (
        "en",
        "At least 9 people were killed in the shelling of the town, the governor said. Last "
        "month's bombing of the same district killed 22 people.",
        [("killed", 9, "governor"), ("killed", 22, None)],
    ),
    (
        "en",
        "Rescuers said 5 bodies were recovered from the rubble on Sunday. Twelve more people were "
        "wounded. In total, more than 600 people have been killed in the city since October, "
        "according to the UN.",
        [("bodies_recovered", 5, "Rescuers"), ("injured", 12, "Rescuers"), ("killed", 601, "UN")],
    ),
    # ----------------------------------------------------------------- German
    (
        "de",
        "Bei dem Angriff auf den Markt wurden nach Angaben des Gesundheitsministeriums 14 Menschen "
        "getötet. Weitere 40 wurden verletzt. Seit Beginn des Krieges wurden in der Provinz 2300 "
        "Menschen getötet.",
        [
            ("killed", 14, "Gesundheitsministerium|Gesundheitsministeriums"),
            ("injured", 40, "Gesundheitsministerium|Gesundheitsministeriums"),
            ("killed", 2300, None),
        ],
    ),
    (
        "de",
        "Sechs Menschen starben, als ein Bus auf eine Mine fuhr, wie die Polizei mitteilte. Drei "
        "der Toten waren Kinder. Seit Jahresbeginn wurden in der Region 48 Menschen durch Minen "
        "getötet.",
        [("killed", 6, "Polizei"), ("killed", 3, "Polizei"), ("killed", 48, None)],
    ),
    (
        "de",
        "Mindestens 9 Menschen wurden bei dem Beschuss der Stadt getötet, sagte der Gouverneur. "
        "Im vergangenen Monat waren bei einem Bombenangriff auf denselben Bezirk 22 Menschen ums "
        "Leben gekommen.",
        [("killed", 9, "Gouverneur"), ("killed", 22, None)],
    ),
    (
        "de",
        "Nach Angaben der Retter wurden am Sonntag 5 Leichen aus den Trümmern geborgen. Weitere 12 "
        "Menschen wurden verletzt. Seit Oktober wurden in der Stadt nach Angaben der UN mehr als "
        "600 Menschen getötet.",
        [("bodies_recovered", 5, "Retter"), ("injured", 12, "Retter"), ("killed", 601, "UN")],
    ),
    # ----------------------------------------------------------------- French
    (
        "fr",
        "Selon le ministère de la Santé, 14 personnes ont été tuées dans la frappe sur le marché "
        "lundi. Au moins 40 autres ont été blessées. Depuis le début de la guerre, 2300 personnes "
        "ont été tuées dans la province.",
        [
            ("killed", 14, "ministère de la Santé"),
            ("injured", 40, "ministère de la Santé"),
            ("killed", 2300, None),
        ],
    ),
    (
        "fr",
        "Six personnes sont mortes lorsqu'un bus a sauté sur une mine, a indiqué la police. Trois "
        "des morts étaient des enfants. Depuis le début de l'année, 48 personnes ont été tuées "
        "par des mines dans la région.",
        [("killed", 6, "police"), ("killed", 3, "police"), ("killed", 48, None)],
    ),
    (
        "fr",
        "Au moins 9 personnes ont été tuées dans le bombardement de la ville, selon le gouverneur. "
        "Le mois dernier, un bombardement du même quartier avait fait 22 morts.",
        [("killed", 9, "gouverneur"), ("killed", 22, None)],
    ),
    (
        "fr",
        "Selon les secouristes, 5 corps ont été retirés des décombres dimanche. Douze autres "
        "personnes ont été blessées. Depuis octobre, plus de 600 personnes ont été tuées dans la "
        "ville, selon l'ONU.",
        [
            ("bodies_recovered", 5, "secouristes"),
            ("injured", 12, "secouristes"),
            ("killed", 601, "ONU"),
        ],
    ),
    # ----------------------------------------------------------------- Spanish
    (
        "es",
        "Según el Ministerio de Salud, 14 personas murieron en el ataque contra el mercado el "
        "lunes. Otras 40 resultaron heridas. Desde el inicio de la guerra, 2.300 personas han "
        "muerto en la provincia.",
        [
            ("killed", 14, "Ministerio de Salud"),
            ("injured", 40, "Ministerio de Salud"),
            ("killed", 2300, None),
        ],
    ),
    (
        "es",
        "Seis personas murieron cuando un autobús pisó una mina, informó la policía. Tres de los "
        "muertos eran niños. En lo que va del año, 48 personas han muerto por minas en la región.",
        [("killed", 6, "policía"), ("killed", 3, "policía"), ("killed", 48, None)],
    ),
    (
        "es",
        "Al menos 9 personas murieron en el bombardeo de la ciudad, dijo el gobernador. El mes "
        "pasado, un bombardeo en el mismo barrio dejó 22 muertos.",
        [("killed", 9, "gobernador"), ("killed", 22, None)],
    ),
    (
        "es",
        "Según los rescatistas, 5 cuerpos fueron recuperados de los escombros el domingo. Otras 12 "
        "personas resultaron heridas. Desde octubre, más de 600 personas han muerto en la ciudad, "
        "según la ONU.",
        [
            ("bodies_recovered", 5, "rescatistas"),
            ("injured", 12, "rescatistas"),
            ("killed", 601, "ONU"),
        ],
    ),
    # ----------------------------------------------------------------- Swedish
    (
        "sv",
        "Enligt hälsoministeriet dödades 14 personer i attacken mot torget på måndagen. "
        "Ytterligare 40 skadades. Sedan kriget började har 2 300 personer dödats i provinsen.",
        [
            ("killed", 14, "hälsoministeriet"),
            ("injured", 40, "hälsoministeriet"),
            ("killed", 2300, None),
        ],
    ),
    (
        "sv",
        "Sex personer dog när en buss körde på en mina, uppger polisen. Tre av de döda var barn. "
        "Hittills i år har 48 personer dödats av minor i området.",
        [("killed", 6, "polisen"), ("killed", 3, "polisen"), ("killed", 48, None)],
    ),
    (
        "sv",
        "Minst 9 personer dödades när staden besköts, säger guvernören. Förra månaden dödades 22 "
        "personer i en bombning av samma stadsdel.",
        [("killed", 9, "guvernören"), ("killed", 22, None)],
    ),
    (
        "sv",
        "Enligt räddningstjänsten bärgades 5 kroppar ur rasmassorna på söndagen. Ytterligare 12 "
        "personer skadades. Sedan oktober har fler än 600 personer dödats i staden, enligt FN.",
        [
            ("bodies_recovered", 5, "räddningstjänsten"),
            ("injured", 12, "räddningstjänsten"),
            ("killed", 601, "FN"),
        ],
    ),
    # ----------------------------------------------------------------- Arabic
    (
        "ar",
        "قالت وزارة الصحة إن 14 شخصا قتلوا في الغارة على السوق يوم الاثنين. وأصيب 40 آخرون. "
        "ومنذ بدء الحرب قتل 2300 شخص في المحافظة.",
        [("killed", 14, "وزارة الصحة"), ("injured", 40, "وزارة الصحة"), ("killed", 2300, None)],
    ),
    (
        "ar",
        "قتل 6 أشخاص عندما انفجر لغم بحافلة بحسب الشرطة. وكان بين القتلى 3 أطفال. ومنذ بداية "
        "العام قتل 48 شخصا بسبب الألغام في المنطقة.",
        [("killed", 6, "الشرطة"), ("killed", 3, "الشرطة"), ("killed", 48, None)],
    ),
    (
        "ar",
        "قتل 9 أشخاص على الأقل في قصف المدينة بحسب المحافظ. وفي الشهر الماضي قتل 22 شخصا في قصف "
        "على الحي نفسه.",
        [("killed", 9, "المحافظ"), ("killed", 22, None)],
    ),
    (
        "ar",
        "انتشل المسعفون 5 جثث من تحت الأنقاض يوم الأحد بحسب الدفاع المدني. وأصيب 12 شخصا آخرون. "
        "ومنذ أكتوبر قتل أكثر من 600 شخص في المدينة بحسب الأمم المتحدة.",
        [
            ("bodies_recovered", 5, "الدفاع المدني"),
            ("injured", 12, "الدفاع المدني"),
            ("killed", 601, "الأمم المتحدة"),
        ],
    ),
]

# A comparison with another period ("compared with", "jämfört med") and the figure of the event
# that an attack answered ("in response to an assault that killed 300") are background too.
COMPARISONS: list = [
    (
        "en",
        "The monitor said 18 civilians were killed in the province in March. That compares with "
        "about 90 killed in the same month, compared with the year before.",
        [("killed", 18, "monitor"), ("killed", 90, None)],
    ),
    (
        "en",
        "Police said 7 people were killed in the strikes. The strikes came in response to an "
        "attack that killed 300 people.",
        [("killed", 7, "Police"), ("killed", 300, None)],
    ),
    (
        "sv",
        "Enligt organisationen dödades 40 personer under våren. Det kan jämföras med omkring 900 "
        "döda under hela förra kriget.",
        [("killed", 40, "organisationen"), ("killed", 900, None)],
    ),
    (
        "de",
        "Laut der Polizei wurden 7 Menschen getötet. Die Angriffe erfolgten als Reaktion auf einen "
        "Überfall, bei dem 300 Menschen getötet worden waren.",
        [("killed", 7, "Polizei"), ("killed", 300, None)],
    ),
    (
        "es",
        "Según la policía, 7 personas murieron en los ataques. Los ataques se produjeron en "
        "respuesta a una ofensiva que causó unos 300 muertos.",
        [("killed", 7, "policía"), ("killed", 300, None)],
    ),
    (
        "fr",
        "Selon l'organisation, 40 personnes ont été tuées au printemps, par rapport à environ 900 "
        "morts pendant toute la guerre précédente.",
        [("killed", 40, "organisation"), ("killed", 900, "organisation|None")],
    ),
    (
        "ar",
        "قتل 7 أشخاص في الغارات بحسب الشرطة. وجاءت الغارات ردا على هجوم قتل فيه 300 شخص.",
        [("killed", 7, "الشرطة"), ("killed", 300, None)],
    ),
]

# "A citing B": where A is a person or people ("two aid workers, citing local authorities") the
# labeller gives A, who told it; where A is a medium ("Radio Example, citing Reuters", an agency,
# a newspaper) the medium passes on B's words and B speaks.
CITING: list = [
    (
        "en",
        "Three aid workers said 12 people were killed in the raid, citing local officials.",
        [("killed", 12, "aid workers")],
    ),
    (
        "en",
        "The strike killed 9 people, two doctors told Reuters, citing hospital records.",
        [("killed", 9, "doctors")],
    ),
    (
        "en",
        "Radio Example, citing the police, said 16 civilians were killed in the town.",
        [("killed", 16, "police")],
    ),
    (
        "de",
        "Zwei Helfer sagten unter Berufung auf örtliche Behörden, 12 Menschen seien getötet worden.",
        [("killed", 12, "Helfer")],
    ),
    (
        "de",
        "Die Zeitung Beispielblatt meldete unter Berufung auf die Polizei 8 Tote.",
        [("killed", 8, "Polizei")],
    ),
    (
        "es",
        "Dos trabajadores humanitarios dijeron que 12 personas murieron, citando a las autoridades "
        "locales.",
        [("killed", 12, "trabajadores humanitarios")],
    ),
    (
        "es",
        "El diario Ejemplo, citando a la policía, informó de 8 muertos en el ataque.",
        [("killed", 8, "policía")],
    ),
    (
        "sv",
        "Två hjälparbetare uppger med hänvisning till lokala myndigheter att 12 personer dödades.",
        [("killed", 12, "hjälparbetare")],
    ),
    (
        "ar",
        "قالت صحيفة المثال نقلا عن الشرطة إن 8 أشخاص قتلوا في الهجوم.",
        [("killed", 8, "الشرطة")],
    ),
]

# A war-wide toll ("victims of the war") and a running total over recent days ("de senaste
# dagarna") are background as well.
WAR_WIDE: list = [
    (
        "fr",
        "Selon la préfecture, 4 personnes ont été tuées samedi. Les déplacés sont aussi des "
        "victimes de la guerre : ils sont 2 millions à avoir quitté leur foyer.",
        [("killed", 4, "préfecture"), ("displaced", 2000000, None)],
    ),
    (
        "sv",
        "Enligt polisen dödades 8 personer i byn. Det höjer dödssiffran från de senaste dagarnas "
        "strider till över 60.",
        [("killed", 8, "polisen"), ("killed", 61, None)],
    ),
    (
        "en",
        "Officials said 8 people were killed in the village. In recent days, more than 60 people "
        "have died in the fighting.",
        [("killed", 8, "Officials"), ("killed", 61, None)],
    ),
    (
        "es",
        "Según la policía, 8 personas murieron en el pueblo. En los últimos días, más de 60 "
        "personas han muerto en los combates.",
        [("killed", 8, "policía"), ("killed", 61, None)],
    ),
]

# A figure that continues the one before ("Another 4 were wounded, a doctor said", "Vier weitere
# seien verletzt worden, sagte ein Arzt") names the source of both when the sentence before named
# none; a sentence before that already took a speaker keeps it. Not read: a rule for it
# (continuation words in the opening) lowered multilingual_dev check de speaker agreement
# .909 -> .818, and tests/extract/test_speaker_lead_and_addressee.py keeps a lead without a source
# named only after it; the first figure of each is a strict xfail.
CONTINUED: list = [
    (
        "en",
        "At least 9 civilians were killed in the strike. Another 4 were wounded, a doctor said.",
        [("killed", 9, "doctor"), ("injured", 4, "doctor")],
    ),
    (
        "de",
        "Bei einem Angriff im Norden sind mindestens 9 Zivilisten getötet worden. Vier weitere "
        "seien verletzt worden, sagte ein Arzt.",
        [("killed", 9, "Arzt"), ("injured", 4, "Arzt")],
    ),
    (
        "sv",
        "Minst 9 civila dödades i attacken. Ytterligare 4 skadades, uppger en läkare.",
        [("killed", 9, "läkare"), ("injured", 4, "läkare")],
    ),
    (
        "es",
        "Al menos 9 civiles murieron en el ataque. Otros 4 resultaron heridos, dijo un médico.",
        [("killed", 9, "médico"), ("injured", 4, "médico")],
    ),
    (
        "fr",
        "Au moins 9 civils ont été tués dans la frappe. Quatre autres ont été blessés, a indiqué "
        "un médecin.",
        [("killed", 9, "médecin"), ("injured", 4, "médecin")],
    ),
    (
        "ar",
        "قتل 9 مدنيين على الأقل في الغارة. وأصيب 4 آخرون بحسب طبيب.",
        [("killed", 9, "طبيب"), ("injured", 4, "طبيب")],
    ),
    (
        "en",
        "The ministry said 5 people were killed. Another 3 died later. Another 10 were wounded, "
        "police said.",
        [("killed", 5, "ministry"), ("killed", 3, "ministry"), ("injured", 10, "police")],
    ),
]

_CONTESTED = (
    "a source named after a continued figure for the figure before: labelled sets disagree "
    "(multilingual_dev check de fell with the rule; test_speaker_lead_and_addressee keeps no source;"
    " spk10 reads it in en, es, sv, ar only: attribution.continuations)"
)
GAPS: dict[str, str] = {
    "45-de-killed-9": _CONTESTED,
    "48-fr-killed-9": _CONTESTED,
}


@pytest.mark.parametrize(
    ("lang", "text", "measure", "low", "speaker"),
    speaker_cases(REPORTS + COMPARISONS + CITING + WAR_WIDE + CONTINUED, GAPS),
)
def test_report_speaker(
    lang: str, text: str, measure: str, low: int | None, speaker: str | None
) -> None:
    assert_speaker(lang, text, measure, low, speaker)
