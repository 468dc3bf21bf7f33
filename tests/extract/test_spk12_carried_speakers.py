"""Short reports written by the labeller of branch spk12 before reading the attribution rules,
in ar, de, en, es, fr and sv, where a figure comes in a sentence after the one naming its source.

Classes: a pronoun subject or an "added"-verb carries the source of the sentence before ("It
said 12 were wounded", "Er fügte hinzu", "وأضاف"); a repeated source ("The ministry also said")
names itself; a new source in between takes over, and a pronoun after it refers to the new one;
a background sentence about another event, or a bare figure in a later paragraph, has no
speaker; an updated toll right after a sourced one ("The toll later rose to 19") is read either
way by the conventions (the text does not attribute it, a reader carries it).

Each report lists (measure, low, speaker); alternatives the conventions allow are joined by "|",
``None`` means no speaker. A speaker agrees as the evaluation counts it
(:func:`harmledger.evaluation.matching.same_speaker`). Names, places and figures are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.speaker_reports import assert_speaker, speaker_cases

EN: list = [
    (
        "en",
        "An airstrike hit a school in Varosk on Monday, killing 14 people, the health ministry "
        "said. It said 23 others were wounded, most of them women.",
        [("killed", 14, "health ministry"), ("injured", 23, "health ministry")],
    ),
    (
        "en",
        "Police chief Daniel Moro said 5 people died when a gunman opened fire at a bus stop. "
        "He added that 9 people were taken to hospital with gunshot wounds.",
        [("killed", 5, "Daniel Moro|police"), ("injured", 9, "Daniel Moro|police")],
    ),
    (
        "en",
        "The monitoring group said 31 civilians were killed in shelling on Tarsel overnight.\n\n"
        "A doctor at the city hospital said 40 wounded had arrived by morning. She said 6 of "
        "the dead were children.",
        [
            ("killed", 31, "monitoring group"),
            ("injured", 40, "doctor at the city hospital"),
            ("killed", 6, "doctor at the city hospital"),
        ],
    ),
    (
        "en",
        "Floods swept through the valley on Friday, the disaster agency said, leaving 17 people "
        "dead.\n\nIt said on Saturday that 12 people were still missing.",
        [("killed", 17, "disaster agency"), ("missing", 12, "disaster agency")],
    ),
    (
        "en",
        "The interior ministry said 8 soldiers were killed in an ambush near Odeni. In 2019, an "
        "ambush on the same road killed 27 soldiers.",
        [("killed", 8, "interior ministry"), ("killed", 27, None)],
    ),
    (
        "en",
        "Rescuers pulled 12 bodies from the rubble of the building, the civil defence said. The "
        "toll later rose to 19.",
        [("bodies_recovered", 12, "civil defence"), ("killed", 19, "civil defence|None")],
    ),
    (
        "en",
        "Police said the blast went off near the main mosque in Kalba during prayers. They said "
        "7 people were killed and 15 wounded.",
        [("killed", 7, "police"), ("injured", 15, "police")],
    ),
    (
        "en",
        "At least 20 people were killed when a truck bomb exploded in Merin on Sunday, the army "
        "said. Local residents, however, said 35 people had died. They said dozens more were "
        "injured.",
        [("killed", 20, "army"), ("killed", 35, "residents"), ("injured", 24, "residents")],
    ),
]

FR: list = [
    (
        "fr",
        "Une frappe aérienne a touché une école de Varosk lundi, tuant 14 personnes, selon le "
        "ministère de la Santé. Il a précisé que 23 autres avaient été blessées.",
        [("killed", 14, "ministère de la Santé"), ("injured", 23, "ministère de la Santé")],
    ),
    (
        "fr",
        "Le préfet Daniel Moro a déclaré que 5 personnes étaient mortes dans la fusillade. Il a "
        "ajouté que 9 blessés avaient été hospitalisés.",
        [("killed", 5, "Daniel Moro|préfet"), ("injured", 9, "Daniel Moro|préfet")],
    ),
    (
        "fr",
        "L'observatoire a fait état de 31 civils tués dans les bombardements de la nuit.\n\n"
        "Une médecin de l'hôpital a indiqué que 40 blessés étaient arrivés au matin. Elle a "
        "précisé que 6 des morts étaient des enfants.",
        [
            ("killed", 31, "observatoire"),
            ("injured", 40, "médecin"),
            ("killed", 6, "médecin"),
        ],
    ),
    (
        "fr",
        "Les inondations ont fait 17 morts vendredi dans la vallée, a annoncé la protection "
        "civile.\n\nElle a indiqué samedi que 12 personnes étaient toujours portées disparues.",
        [("killed", 17, "protection civile"), ("missing", 12, "protection civile")],
    ),
    (
        "fr",
        "Le ministère de la Défense a annoncé la mort de 8 soldats dans une embuscade près "
        "d'Odeni. En 2019, une attaque sur la même route avait tué 27 soldats.",
        [("killed", 8, "ministère de la Défense"), ("killed", 27, None)],
    ),
    (
        "fr",
        "Les secouristes ont retiré 12 corps des décombres, selon la défense civile. Le bilan "
        "est ensuite passé à 19 morts.",
        [("bodies_recovered", 12, "défense civile"), ("killed", 19, "défense civile|None")],
    ),
    (
        "fr",
        "La police a indiqué que l'explosion s'était produite près de la grande mosquée. Selon "
        "elle, 7 personnes ont été tuées et 15 blessées.",
        [("killed", 7, "police"), ("injured", 15, "police")],
    ),
    (
        "fr",
        "Au moins 20 personnes ont été tuées dimanche dans l'explosion d'un camion piégé, selon "
        "l'armée. Des habitants ont cependant affirmé que 35 personnes étaient mortes. Ils ont "
        "ajouté que des dizaines d'autres avaient été blessées.",
        [("killed", 20, "armée"), ("killed", 35, "habitants"), ("injured", 24, "habitants")],
    ),
]

ES: list = [
    (
        "es",
        "Un bombardeo alcanzó una escuela de Varosk el lunes y mató a 14 personas, informó el "
        "Ministerio de Salud. Agregó que otras 23 resultaron heridas.",
        [("killed", 14, "Ministerio de Salud"), ("injured", 23, "Ministerio de Salud")],
    ),
    (
        "es",
        "El jefe de la policía, Daniel Moro, dijo que 5 personas murieron en el tiroteo. Añadió "
        "que 9 heridos fueron trasladados al hospital.",
        [("killed", 5, "Daniel Moro|policía"), ("injured", 9, "Daniel Moro|policía")],
    ),
    (
        "es",
        "El observatorio informó de 31 civiles muertos en los bombardeos de la noche.\n\n"
        "Una médica del hospital dijo que 40 heridos habían llegado por la mañana. Ella precisó "
        "que 6 de los muertos eran niños.",
        [
            ("killed", 31, "observatorio"),
            ("injured", 40, "médica"),
            ("killed", 6, "médica"),
        ],
    ),
    (
        "es",
        "Las inundaciones dejaron 17 muertos el viernes en el valle, según Protección Civil.\n\n"
        "El organismo informó el sábado que 12 personas seguían desaparecidas.",
        [("killed", 17, "Protección Civil"), ("missing", 12, "Protección Civil|organismo")],
    ),
    (
        "es",
        "El Ministerio de Defensa confirmó la muerte de 8 soldados en una emboscada cerca de "
        "Odeni. En 2019, un ataque en la misma carretera mató a 27 soldados.",
        [("killed", 8, "Ministerio de Defensa"), ("killed", 27, None)],
    ),
    (
        "es",
        "Los rescatistas sacaron 12 cuerpos de los escombros, según la defensa civil. El balance "
        "subió después a 19 muertos.",
        [("bodies_recovered", 12, "defensa civil"), ("killed", 19, "defensa civil|None")],
    ),
    (
        "es",
        "La policía dijo que la explosión se produjo cerca de la mezquita principal. Según ella, "
        "7 personas murieron y 15 resultaron heridas.",
        [("killed", 7, "policía"), ("injured", 15, "policía")],
    ),
    (
        "es",
        "Al menos 20 personas murieron el domingo en la explosión de un camión bomba, según el "
        "Ejército. Vecinos de la zona afirmaron, sin embargo, que 35 personas habían muerto. "
        "Dijeron que decenas más resultaron heridas.",
        [("killed", 20, "Ejército"), ("killed", 35, "Vecinos"), ("injured", 24, "Vecinos")],
    ),
]

DE: list = [
    (
        "de",
        "Bei einem Luftangriff auf eine Schule in Varosk sind am Montag 14 Menschen getötet "
        "worden, teilte das Gesundheitsministerium mit. Es sprach zudem von 23 Verletzten.",
        [("killed", 14, "Gesundheitsministerium"), ("injured", 23, "Gesundheitsministerium")],
    ),
    (
        "de",
        "Polizeichef Daniel Moro sagte, 5 Menschen seien bei der Schießerei gestorben. Er fügte "
        "hinzu, 9 Verletzte seien ins Krankenhaus gebracht worden.",
        [("killed", 5, "Daniel Moro|Polizei"), ("injured", 9, "Daniel Moro|Polizei")],
    ),
    (
        "de",
        "Die Beobachtungsstelle meldete 31 getötete Zivilisten bei den nächtlichen Angriffen.\n\n"
        "Eine Ärztin des Krankenhauses sagte, am Morgen seien 40 Verletzte eingeliefert worden. "
        "Sie sagte, 6 der Toten seien Kinder.",
        [
            ("killed", 31, "Beobachtungsstelle"),
            ("injured", 40, "Ärztin"),
            ("killed", 6, "Ärztin"),
        ],
    ),
    (
        "de",
        "Bei den Überschwemmungen im Tal sind am Freitag 17 Menschen ums Leben gekommen, wie der "
        "Katastrophenschutz mitteilte.\n\nAm Samstag teilte er mit, 12 Menschen würden noch "
        "vermisst.",
        [("killed", 17, "Katastrophenschutz"), ("missing", 12, "Katastrophenschutz")],
    ),
    (
        "de",
        "Das Verteidigungsministerium bestätigte den Tod von 8 Soldaten bei einem Hinterhalt nahe "
        "Odeni. Im Jahr 2019 waren bei einem Angriff auf derselben Straße 27 Soldaten getötet "
        "worden.",
        [("killed", 8, "Verteidigungsministerium"), ("killed", 27, None)],
    ),
    (
        "de",
        "Rettungskräfte bargen 12 Leichen aus den Trümmern, teilte der Zivilschutz mit. Die Zahl "
        "der Toten stieg später auf 19.",
        [("bodies_recovered", 12, "Zivilschutz"), ("killed", 19, "Zivilschutz|None")],
    ),
    (
        "de",
        "Die Polizei teilte mit, die Explosion habe sich nahe der Hauptmoschee ereignet. Nach "
        "ihren Angaben wurden 7 Menschen getötet und 15 verletzt.",
        [("killed", 7, "Polizei"), ("injured", 15, "Polizei")],
    ),
    (
        "de",
        "Mindestens 20 Menschen wurden am Sonntag bei der Explosion einer Lastwagenbombe getötet, "
        "teilte die Armee mit. Anwohner sagten dagegen, 35 Menschen seien gestorben. Sie "
        "sprachen zudem von Dutzenden Verletzten.",
        [("killed", 20, "Armee"), ("killed", 35, "Anwohner"), ("injured", 24, "Anwohner")],
    ),
]

SV: list = [
    (
        "sv",
        "Ett flyganfall träffade en skola i Varosk på måndagen och 14 personer dödades, uppger "
        "hälsoministeriet. Det uppger också att 23 personer skadades.",
        [("killed", 14, "hälsoministeriet"), ("injured", 23, "hälsoministeriet")],
    ),
    (
        "sv",
        "Polischefen Daniel Moro säger att 5 personer dog i skottlossningen. Han tillägger att "
        "9 skadade fördes till sjukhus.",
        [("killed", 5, "Daniel Moro|polis"), ("injured", 9, "Daniel Moro|polis")],
    ),
    (
        "sv",
        "Övervakningsgruppen rapporterar att 31 civila dödades i nattens beskjutning.\n\n"
        "En läkare på sjukhuset säger att 40 skadade hade kommit in på morgonen. Hon säger att "
        "6 av de döda var barn.",
        [
            ("killed", 31, "Övervakningsgruppen"),
            ("injured", 40, "läkare på sjukhuset"),
            ("killed", 6, "läkare på sjukhuset"),
        ],
    ),
    (
        "sv",
        "Översvämningarna i dalen krävde 17 dödsoffer på fredagen, meddelar räddningstjänsten.\n\n"
        "På lördagen uppgav den att 12 personer fortfarande saknas.",
        [("killed", 17, "räddningstjänsten"), ("missing", 12, "räddningstjänsten")],
    ),
    (
        "sv",
        "Försvarsministeriet bekräftar att 8 soldater dödades i ett bakhåll nära Odeni. År 2019 "
        "dödades 27 soldater i en attack på samma väg.",
        [("killed", 8, "Försvarsministeriet"), ("killed", 27, None)],
    ),
    (
        "sv",
        "Räddningsarbetare drog fram 12 kroppar ur rasmassorna, uppger civilförsvaret. "
        "Dödssiffran steg senare till 19.",
        [("bodies_recovered", 12, "civilförsvaret"), ("killed", 19, "civilförsvaret|None")],
    ),
    (
        "sv",
        "Polisen uppger att explosionen skedde nära huvudmoskén. Enligt den dödades 7 personer "
        "och 15 skadades.",
        [("killed", 7, "Polisen"), ("injured", 15, "Polisen")],
    ),
    (
        "sv",
        "Minst 20 personer dödades i explosionen av en lastbilsbomb på söndagen, uppger armén. "
        "Invånare säger dock att 35 personer dog. De säger också att dussintals skadades.",
        [("killed", 20, "armén"), ("killed", 35, "Invånare"), ("injured", 24, "Invånare")],
    ),
]

AR: list = [
    (
        "ar",
        "قالت وزارة الصحة إن 14 شخصا قتلوا في غارة جوية استهدفت مدرسة في البلدة يوم الاثنين. "
        "وأضافت أن 23 آخرين أصيبوا بجروح.",
        [("killed", 14, "وزارة الصحة"), ("injured", 23, "وزارة الصحة")],
    ),
    (
        "ar",
        "قال قائد الشرطة دانيال مورو إن 5 أشخاص لقوا حتفهم في إطلاق النار. وأضاف أن 9 جرحى نقلوا "
        "إلى المستشفى.",
        [("killed", 5, "دانيال مورو|الشرطة"), ("injured", 9, "دانيال مورو|الشرطة")],
    ),
    (
        "ar",
        "أفاد المرصد بمقتل 31 مدنيا في القصف الليلي.\n\n"
        "وقالت طبيبة في المستشفى إن 40 جريحا وصلوا صباحا. وأوضحت أن 6 من القتلى أطفال.",
        [("killed", 31, "المرصد"), ("injured", 40, "طبيبة"), ("killed", 6, "طبيبة")],
    ),
    (
        "ar",
        "أعلن الدفاع المدني مقتل 17 شخصا في الفيضانات يوم الجمعة.\n\n"
        "وأشار يوم السبت إلى أن 12 شخصا ما زالوا في عداد المفقودين.",
        [("killed", 17, "الدفاع المدني"), ("missing", 12, "الدفاع المدني")],
    ),
    (
        "ar",
        "أعلنت وزارة الدفاع مقتل 8 جنود في كمين قرب البلدة. وفي عام 2019، قتل 27 جنديا في هجوم "
        "على الطريق نفسه.",
        [("killed", 8, "وزارة الدفاع"), ("killed", 27, None)],
    ),
    (
        "ar",
        "انتشل المسعفون 12 جثة من تحت الأنقاض، بحسب الدفاع المدني. وارتفعت الحصيلة لاحقا إلى 19 "
        "قتيلا.",
        [("bodies_recovered", 12, "الدفاع المدني"), ("killed", 19, "الدفاع المدني|None")],
    ),
    (
        "ar",
        "قالت الشرطة إن الانفجار وقع قرب المسجد الكبير. وأضافت أن 7 أشخاص قتلوا وأصيب 15 آخرون.",
        [("killed", 7, "الشرطة"), ("injured", 15, "الشرطة")],
    ),
    (
        "ar",
        "قتل 20 شخصا على الأقل في انفجار شاحنة مفخخة يوم الأحد، بحسب الجيش. لكن سكانا محليين "
        "قالوا إن 35 شخصا لقوا حتفهم. وأضافوا أن العشرات أصيبوا.",
        [("killed", 20, "الجيش"), ("killed", 35, "سكانا محليين"), ("injured", 20, "سكانا محليين")],
    ),
]

# Written after reading the rules, for the classes this branch fixed: a verb of saying with no
# subject reaches its "that" past its preposition or a day ("وأشار إلى أن", "وأضاف يوم السبت
# أن"), Swedish "tillade"/"tillägger", German "ergänzte" and Arabic plural verbs ("قالوا",
# "وأضافوا") are cues, a lower-case group phrase with no one named before is the source with its
# modifiers ("the rebel group said"), and a neighbour is a source ("a neighbour said", "un
# voisin", "ein Nachbar", "en granne", "جيران").
AFTER_READING: list = [
    (
        "ar",
        "أعلن الدفاع المدني مقتل 17 شخصا في الفيضانات يوم الجمعة.\n\n"
        "وأشار إلى أن 12 شخصا ما زالوا في عداد المفقودين.",
        [("killed", 17, "الدفاع المدني"), ("missing", 12, "الدفاع المدني")],
    ),
    (
        "ar",
        "قال الدفاع المدني إن 17 شخصا قتلوا في الفيضانات يوم الجمعة.\n\n"
        "وأضاف يوم السبت أن 12 شخصا ما زالوا في عداد المفقودين.",
        [("killed", 17, "الدفاع المدني"), ("missing", 12, "الدفاع المدني")],
    ),
    (
        "ar",
        "قتل 20 شخصا على الأقل في انفجار شاحنة مفخخة يوم الأحد، بحسب الجيش. لكن السكان قالوا "
        "إن 35 شخصا لقوا حتفهم.",
        [("killed", 20, "الجيش"), ("killed", 35, "السكان")],
    ),
    (
        "sv",
        "Översvämningarna krävde 17 dödsoffer på fredagen, meddelar räddningstjänsten.\n\n"
        "Han tillade att 12 personer fortfarande saknas.",
        [("killed", 17, "räddningstjänsten"), ("missing", 12, "räddningstjänsten")],
    ),
    (
        "de",
        "Bei den Überschwemmungen starben am Freitag 17 Menschen, teilte der Zivilschutz mit.\n\n"
        "Er ergänzte, 12 Menschen würden noch vermisst.",
        [("killed", 17, "Zivilschutz"), ("missing", 12, "Zivilschutz")],
    ),
    (
        "en",
        "Gunmen killed 17 villagers in Odeni on Friday, the rebel group said.",
        [("killed", 17, "rebel group")],
    ),
    (
        "en",
        "Floods killed 17 people in the valley on Friday, the national disaster agency said.",
        [("killed", 17, "national disaster agency")],
    ),
    (
        "en",
        "A neighbour at the scene said the house was gone. She estimated that as many as 20 "
        "people may have been killed.",
        [("killed", None, "neighbour")],
    ),
    ("fr", "Un voisin a affirmé que 20 personnes avaient été tuées.", [("killed", 20, "voisin")]),
    (
        "de",
        "Ein Nachbar sagte, 20 Menschen seien bei dem Angriff getötet worden.",
        [("killed", 20, "Nachbar")],
    ),
    ("sv", "En granne säger att 20 personer dödades i attacken.", [("killed", 20, "granne")]),
    ("ar", "قال جيران إن 20 شخصا قتلوا في الهجوم.", [("killed", 20, "جيران")]),
]

GAPS: dict[str, str] = {
    "1-en-injured-9": "'9 people were taken to hospital with gunshot wounds' is not read as "
    "an injured count (not a speaker class)",
    "28-de-killed-27": "a pluperfect passive with its count after a long subject ('waren bei "
    "einem Angriff auf derselben Straße 27 Soldaten getötet worden') is not read (not a "
    "speaker class)",
    "47-ar-killed-35": "an Arabic subject before its verb with an adjective after the noun "
    "('سكانا محليين قالوا') is not read, so the sentence keeps the army of the sentence before",
    "47-ar-injured-20": "as 47-ar-killed-35: 'وأضافوا' takes up the source not read before it",
}


@pytest.mark.parametrize(
    ("lang", "text", "measure", "low", "speaker"),
    speaker_cases(EN + FR + ES + DE + SV + AR + AFTER_READING, GAPS),
)
def test_report_speaker(
    lang: str, text: str, measure: str, low: int | None, speaker: str | None
) -> None:
    assert_speaker(lang, text, measure, low, speaker)
