"""Whole short reports written by the labeller of branch spk8 before reading the attribution rules,
in ar, de, en, es, fr and sv, in the style of wire reporting where a source is stated once: a
dateline agency ("(AP) —", "(EFE).-", "وفا-") and no other source anywhere, so every figure of
the report is the agency's; a source named by "according to" in the sentence before, carried to
the follow-up figures of the same paragraph; a source at the end of a long sentence; a source in
the next sentence ("The figures were given by ...", "Das teilte ... mit"); "the same source"; a
relay ("A citing B": the conventions write the chain out, "B, via A", so either link agrees); and figures no one is cited for: a background figure in a
later paragraph of a report whose source spoke of another figure, and reports with no source at
all, where carrying a speaker would be wrong.

Each report lists (measure, low, the speaker a labeller writes or None); alternatives that the
conventions allow are separated by "|". A speaker agrees as the evaluation counts it
(:func:`harmledger.evaluation.matching.same_speaker`). Names, places and figures are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.speaker_reports import assert_speaker, speaker_cases

Expected = tuple[str, int | None, str | None]

REPORTS: list = [
    # ----------------------------------------------------------------- English
    (
        "en",
        "KHAN YUNIS, Gaza Strip (AP) — An airstrike on a house in the south of the territory "
        "killed 11 people overnight. Four of the dead were children. At least 20 others were "
        "wounded and taken to a nearby hospital. Rescuers were still searching the rubble on "
        "Tuesday morning.",
        [("killed", 11, "AP"), ("killed", 4, "AP"), ("injured", 20, "AP")],
    ),
    (
        "en",
        "BEIRUT (Reuters) - Strikes on the south of the country killed 8 people on Sunday, the "
        "health ministry said. The ministry said 31 people were wounded.\n\n"
        "Last month, 3 people were killed when a drone hit a car near the coast.",
        [("killed", 8, "health ministry"), ("injured", 31, "ministry"), ("killed", 3, None)],
    ),
    (
        "en",
        "The fighting around the town continued into a third day. According to the regional "
        "governor, 14 civilians were killed on Friday. Another 37 were wounded, most of them by "
        "shrapnel.\n\nThe army said it had destroyed two enemy positions.",
        [("killed", 14, "governor"), ("injured", 37, "governor")],
    ),
    (
        "en",
        "At least 25 people were killed and dozens more injured when a car bomb exploded near a "
        "crowded market in the centre of the city on Thursday evening, police and hospital "
        "officials said. Six of the dead were police officers.",
        [
            ("killed", 25, "police and hospital officials"),
            ("injured", 24, "police and hospital officials"),
            ("killed", 6, "police and hospital officials"),
        ],
    ),
    (
        "en",
        "The number of dead from the collapse of the building has risen to 19, with 7 people "
        "still missing. The figures were given by the city's fire department on Wednesday.",
        [("killed", 19, "fire department"), ("missing", 7, "fire department")],
    ),
    (
        "en",
        "Twelve people died in the attack on the village. Most were women and children, a local "
        "official told Reuters.",
        [("killed", 12, "local official")],
    ),
    (
        "en",
        "Shelling killed 5 people in the eastern district on Saturday, the city's mayor said.\n\n"
        "The war, now in its third year, has killed more than 10,000 civilians across the country.",
        [("killed", 5, "mayor"), ("killed", 10001, None)],
    ),
    (
        "en",
        "The state news agency SANA, citing a hospital source, said 9 people died in the blast.",
        [("killed", 9, "SANA|hospital source")],
    ),
    (
        "en",
        "The health ministry said 42 people had been killed in the past 24 hours. In a later "
        "update, the same source said the number of injured had reached 156.",
        [("killed", 42, "health ministry"), ("injured", 156, "health ministry")],
    ),
    (
        "en",
        "The UN refugee agency said on Tuesday that 3,000 people had fled across the border in a "
        "week.\n\nIt said at least 40 of them had been injured by gunfire.",
        [("displaced", 3000, "UN refugee agency"), ("injured", 40, "UN refugee agency")],
    ),
    (
        "en",
        "A fire at a textile factory killed 11 workers on Thursday. Another 20 were injured. "
        "The cause of the fire is not yet known.",
        [("killed", 11, None), ("injured", 20, None)],
    ),
    # ----------------------------------------------------------------- French
    (
        "fr",
        "GAZA (AFP) - Une frappe aérienne a tué 9 personnes, dont 3 enfants, dans une maison de "
        "Rafah dans la nuit de lundi à mardi. Une quinzaine d'autres ont été blessées. Les "
        "secouristes fouillaient encore les décombres mardi matin.",
        [("killed", 9, "AFP"), ("killed", 3, "AFP"), ("injured", 15, "AFP")],
    ),
    (
        "fr",
        "Selon le ministère de la Santé, 23 personnes ont été tuées jeudi dans des bombardements "
        "sur la ville. Parmi elles figurent 8 femmes. Plus de 60 blessés ont été hospitalisés.",
        [
            ("killed", 23, "ministère de la Santé"),
            ("killed", 8, "ministère de la Santé"),
            ("injured", 61, "ministère de la Santé"),
        ],
    ),
    (
        "fr",
        "Au moins 17 personnes ont péri et une trentaine ont été blessées dans l'effondrement "
        "d'un immeuble de cinq étages dans le centre de la capitale dimanche soir, a indiqué la "
        "protection civile.",
        [("killed", 17, "protection civile"), ("injured", 30, "protection civile")],
    ),
    (
        "fr",
        "Le bilan de l'attaque contre le convoi s'élève désormais à 14 morts. C'est ce qu'a "
        "annoncé le gouverneur de la province lundi.",
        [("killed", 14, "gouverneur")],
    ),
    (
        "fr",
        "Trois civils ont été tués samedi par des tirs d'artillerie, selon la mairie.\n\n"
        "Depuis le début de la guerre, plus de 9 000 civils ont été tués dans le pays.",
        [("killed", 3, "mairie"), ("killed", 9001, None)],
    ),
    (
        "fr",
        "L'agence officielle SANA, citant une source hospitalière, a fait état de 12 morts.",
        [("killed", 12, "SANA|source hospitalière")],
    ),
    (
        "fr",
        "Quatre soldats ont été tués dans une embuscade, a indiqué l'armée mercredi. Sept autres "
        "ont été blessés, a ajouté la même source.",
        [("killed", 4, "armée"), ("injured", 7, "armée")],
    ),
    (
        "fr",
        "Onze personnes ont été tuées dans le village, a déclaré à l'AFP un responsable local, "
        "sous couvert d'anonymat.",
        [("killed", 11, "responsable local")],
    ),
    (
        "fr",
        "Deux journalistes ont été tués mardi dans le sud du pays, rapporte l'Agence nationale "
        "d'information (ANI). Trois autres ont été blessés.",
        [("killed", 2, "ANI"), ("injured", 3, "ANI")],
    ),
    (
        "fr",
        "L'ONG Médecins sans frontières a soigné 120 blessés depuis vendredi.\n\n"
        "Selon elle, au moins 35 personnes sont mortes à l'hôpital.",
        [("injured", 120, "Médecins sans frontières"), ("killed", 35, "Médecins sans frontières")],
    ),
    (
        "fr",
        "Un incendie dans une usine textile a fait 11 morts jeudi. Vingt autres ouvriers ont été "
        "blessés.",
        [("killed", 11, None), ("injured", 20, None)],
    ),
    # ----------------------------------------------------------------- Spanish
    (
        "es",
        "JERUSALÉN (EFE).- Al menos 7 palestinos murieron este miércoles por disparos del "
        "ejército durante una operación en el campo de refugiados. Otros 15 resultaron heridos, "
        "dos de ellos de gravedad.",
        [("killed", 7, "EFE"), ("injured", 15, "EFE")],
    ),
    (
        "es",
        "Según la Defensa Civil, 31 personas murieron en los bombardeos de la noche del lunes. "
        "Entre los fallecidos hay 12 menores. Más de 80 personas resultaron heridas.",
        [
            ("killed", 31, "Defensa Civil"),
            ("killed", 12, "Defensa Civil"),
            ("injured", 81, "Defensa Civil"),
        ],
    ),
    (
        "es",
        "Al menos 19 personas murieron y otras 40 resultaron heridas tras el choque de un autobús "
        "contra un camión en una carretera del norte del país en la madrugada del domingo, "
        "informaron las autoridades locales.",
        [("killed", 19, "autoridades locales"), ("injured", 40, "autoridades locales")],
    ),
    (
        "es",
        "Dieciséis mineros perdieron la vida en la explosión. Así lo confirmó el gobernador de "
        "la región en una rueda de prensa.",
        [("killed", 16, "gobernador")],
    ),
    (
        "es",
        "Dos civiles murieron el sábado en un ataque con drones, según el alcalde de la ciudad."
        "\n\nLa guerra ha dejado más de 12.000 civiles muertos desde su inicio.",
        [("killed", 2, "alcalde"), ("killed", 12001, None)],
    ),
    (
        "es",
        "La agencia estatal SANA, citando a una fuente médica, informó de 6 muertos.",
        [("killed", 6, "SANA|fuente médica")],
    ),
    (
        "es",
        "El ejército informó de 5 soldados muertos en una emboscada. Otros 9 resultaron heridos, "
        "añadió la misma fuente.",
        [("killed", 5, "ejército"), ("injured", 9, "ejército")],
    ),
    (
        "es",
        "Unas 30 personas murieron en el ataque contra el mercado, dijo a Reuters un funcionario "
        "local.",
        [("killed", 30, "funcionario local")],
    ),
    (
        "es",
        "La ONU contabiliza 250 civiles muertos en la región desde enero.\n\n"
        "Según el organismo, otros 400 han resultado heridos.",
        [("killed", 250, "ONU"), ("injured", 400, "ONU")],
    ),
    (
        "es",
        "Un incendio en una fábrica textil dejó 11 trabajadores muertos el jueves. Otros 20 "
        "resultaron heridos.",
        [("killed", 11, None), ("injured", 20, None)],
    ),
    # ----------------------------------------------------------------- German
    (
        "de",
        "KIEW (dpa) - Bei einem Raketenangriff auf ein Wohnhaus in der Stadt sind mindestens 9 "
        "Menschen getötet worden. Unter den Toten seien 2 Kinder. Mehr als 30 Menschen wurden "
        "verletzt.",
        [("killed", 9, "dpa"), ("killed", 2, "dpa"), ("injured", 31, "dpa")],
    ),
    (
        "de",
        "Nach Angaben der Feuerwehr kamen bei dem Brand 6 Menschen ums Leben. 14 weitere wurden "
        "verletzt, einige von ihnen schwer.",
        [("killed", 6, "Feuerwehr"), ("injured", 14, "Feuerwehr")],
    ),
    (
        "de",
        "Mindestens 21 Menschen sind bei einem Busunglück im Norden des Landes ums Leben "
        "gekommen, als das Fahrzeug in der Nacht zum Sonntag von einer Brücke stürzte, teilte "
        "die Polizei mit.",
        [("killed", 21, "Polizei")],
    ),
    (
        "de",
        "Die Zahl der Toten nach dem Erdbeben ist auf 48 gestiegen. Das teilte der Zivilschutz am "
        "Montag mit.",
        [("killed", 48, "Zivilschutz")],
    ),
    (
        "de",
        "Zwei Zivilisten wurden am Samstag bei Drohnenangriffen getötet, sagte der Bürgermeister."
        "\n\nSeit Beginn des Krieges sind in dem Land mehr als 11.000 Zivilisten getötet worden.",
        [("killed", 2, "Bürgermeister"), ("killed", 11001, None)],
    ),
    (
        "de",
        "Die staatliche Nachrichtenagentur SANA meldete unter Berufung auf Krankenhauskreise 8 "
        "Tote.",
        [("killed", 8, "SANA|Krankenhauskreise")],
    ),
    (
        "de",
        "Bei dem Anschlag wurden 4 Soldaten getötet, wie das Verteidigungsministerium mitteilte. "
        "7 weitere seien verletzt worden, hieß es weiter.",
        [("killed", 4, "Verteidigungsministerium"), ("injured", 7, "Verteidigungsministerium")],
    ),
    (
        "de",
        "Etwa 25 Menschen seien bei dem Angriff auf den Markt getötet worden, sagte ein "
        "örtlicher Beamter der Nachrichtenagentur Reuters.",
        [("killed", 25, "Beamter")],
    ),
    (
        "de",
        "Das Rote Kreuz hat seit Freitag 90 Verletzte versorgt.\n\n"
        "Nach seinen Angaben starben 12 Menschen in den Krankenhäusern.",
        [("injured", 90, "Rote Kreuz"), ("killed", 12, "Rote Kreuz")],
    ),
    (
        "de",
        "Bei einem Lawinenunglück in den Alpen sind drei Skifahrer ums Leben gekommen. Zwei "
        "weitere wurden verletzt.",
        [("killed", 3, None), ("injured", 2, None)],
    ),
    # ----------------------------------------------------------------- Swedish
    (
        "sv",
        "KIEV (TT-AFP) En robotattack mot ett bostadshus dödade minst 7 personer under natten. "
        "Ytterligare 19 skadades.",
        [("killed", 7, "TT|AFP"), ("injured", 19, "TT|AFP")],
    ),
    (
        "sv",
        "Enligt räddningstjänsten omkom 5 personer i branden. Ytterligare 11 personer skadades.",
        [("killed", 5, "räddningstjänsten"), ("injured", 11, "räddningstjänsten")],
    ),
    (
        "sv",
        "Minst 16 människor omkom och ett trettiotal skadades när en buss körde av vägen och "
        "föll ned i en ravin i norra delen av landet under söndagen, uppger lokala myndigheter.",
        [("killed", 16, "lokala myndigheter"), ("injured", 30, "lokala myndigheter")],
    ),
    (
        "sv",
        "Dödssiffran efter jordbävningen har stigit till 52. Det uppger landets "
        "katastrofmyndighet på måndagen.",
        [("killed", 52, "katastrofmyndighet")],
    ),
    (
        "sv",
        "Två civila dödades i en drönarattack på lördagen, säger stadens borgmästare.\n\n"
        "Sedan kriget inleddes har mer än 10 000 civila dödats i landet.",
        [("killed", 2, "borgmästare"), ("killed", 10001, None)],
    ),
    (
        "sv",
        "Den statliga nyhetsbyrån Sana rapporterar, med hänvisning till en sjukhuskälla, att 9 "
        "personer dödats.",
        [("killed", 9, "Sana|sjukhuskälla")],
    ),
    (
        "sv",
        "Fyra soldater dödades i bakhållet, uppger armén. Sju andra skadades, enligt samma källa.",
        [("killed", 4, "armén"), ("injured", 7, "armén")],
    ),
    (
        "sv",
        "Omkring 20 personer dödades i attacken mot marknaden, säger en lokal tjänsteman till "
        "Reuters.",
        [("killed", 20, "tjänsteman")],
    ),
    (
        "sv",
        "Röda korset har behandlat 80 skadade sedan fredagen.\n\n"
        "Enligt organisationen har minst 14 personer dött på sjukhusen.",
        [("injured", 80, "Röda korset"), ("killed", 14, "Röda korset")],
    ),
    (
        "sv",
        "Tre personer omkom i en trafikolycka natten till söndag. Två personer skadades lindrigt.",
        [("killed", 3, None), ("injured", 2, None)],
    ),
    # ----------------------------------------------------------------- Arabic
    (
        "ar",
        "رام الله 3-5-2024 وفا- استشهد شابان وأصيب 5 آخرون برصاص قوات الاحتلال خلال اقتحامها "
        "مخيم جنين فجر اليوم. وكان من بين المصابين طفل.",
        [("killed", 2, "وفا"), ("injured", 5, "وفا")],
    ),
    (
        "ar",
        "وبحسب وزارة الصحة، قتل 27 شخصا في الغارات الليلية على المدينة. ومن بين القتلى 9 أطفال. "
        "وأصيب أكثر من 70 آخرين.",
        [
            ("killed", 27, "وزارة الصحة"),
            ("killed", 9, "وزارة الصحة"),
            ("injured", 71, "وزارة الصحة"),
        ],
    ),
    (
        "ar",
        "قتل 18 شخصا على الأقل وأصيب نحو 40 آخرين في انفجار سيارة مفخخة قرب سوق شعبي في وسط "
        "المدينة مساء الخميس، وفق ما أفادت الشرطة.",
        [("killed", 18, "الشرطة"), ("injured", 40, "الشرطة")],
    ),
    (
        "ar",
        "ارتفع عدد ضحايا انهيار المبنى إلى 23 قتيلا. وأعلن ذلك الدفاع المدني في بيان صباح اليوم.",
        [("killed", 23, "الدفاع المدني")],
    ),
    (
        "ar",
        "قتل مدنيان في قصف بطائرة مسيرة يوم السبت، حسبما قال رئيس البلدية.\n\n"
        "ومنذ بداية الحرب قتل أكثر من 15 ألف مدني في البلاد.",
        [("killed", 2, "رئيس البلدية"), ("killed", 15001, None)],
    ),
    (
        "ar",
        "ونقلت وكالة الأنباء الرسمية سانا عن مصدر طبي قوله إن 6 أشخاص قتلوا.",
        [("killed", 6, "سانا|مصدر طبي")],
    ),
    (
        "ar",
        "قتل 4 جنود في كمين، بحسب ما أعلن الجيش. وأضاف المصدر ذاته أن 7 آخرين أصيبوا.",
        [("killed", 4, "الجيش"), ("injured", 7, "الجيش")],
    ),
    (
        "ar",
        "قال مسؤول محلي لرويترز إن نحو 30 شخصا قتلوا في الهجوم على السوق.",
        [("killed", 30, "مسؤول محلي")],
    ),
    (
        "ar",
        "قال الهلال الأحمر إنه عالج 85 جريحا منذ يوم الجمعة.\n\nوأضاف أن 13 شخصا توفوا في المستشفيات.",
        [("injured", 85, "الهلال الأحمر"), ("killed", 13, "الهلال الأحمر")],
    ),
    (
        "ar",
        "لقي 3 أشخاص مصرعهم في حادث سير على الطريق السريع ليلة الأحد. وأصيب اثنان آخران بجروح "
        "طفيفة.",
        [("killed", 3, None), ("injured", 2, None)],
    ),
]

# Added after studying the tune half: a news agency that the lead names as the only source of a
# sentence ("..., reports the agency WAFA") speaks for every later figure no one else is cited for,
# across paragraphs, as a dateline does; an agency that only passes on another's words ("told
# AFP") does not.
LEAD_AGENCY: list = [
    (
        "en",
        "Strikes hit several districts of the city overnight, the news agency WAFA reported.\n\n"
        "In the north, 6 people were killed when a house was hit.\n\n"
        "In another attack, 3 people died and 8 were wounded.",
        [("killed", 6, "WAFA"), ("killed", 3, "WAFA"), ("injured", 8, "WAFA")],
    ),
    (
        "en",
        "Medical sources told AFP that 6 people were killed in the north.\n\n"
        "In another attack, 3 people died.",
        [("killed", 6, "medical sources"), ("killed", 3, None)],
    ),
    (
        "de",
        "Luftangriffe trafen in der Nacht mehrere Viertel der Stadt, berichtet die "
        "Nachrichtenagentur WAFA.\n\nIm Norden kamen mindestens 6 Menschen ums Leben.\n\n"
        "Bei einem weiteren Angriff wurden 3 Menschen getötet.",
        [("killed", 6, "WAFA"), ("killed", 3, "WAFA")],
    ),
    (
        "fr",
        "Des frappes ont touché plusieurs quartiers de la ville dans la nuit, rapporte l'agence "
        "WAFA.\n\nDans le nord, 6 personnes ont été tuées.\n\n"
        "Dans une autre attaque, 3 personnes sont mortes.",
        [("killed", 6, "WAFA"), ("killed", 3, "WAFA")],
    ),
    (
        "es",
        "Varios bombardeos alcanzaron la ciudad durante la noche, informó la agencia WAFA.\n\n"
        "En el norte murieron 6 personas.\n\nEn otro ataque, 3 personas resultaron heridas.",
        [("killed", 6, "WAFA"), ("injured", 3, "WAFA")],
    ),
    (
        "sv",
        "Flera flyganfall träffade staden under natten, rapporterar nyhetsbyrån WAFA.\n\n"
        "I norr dödades 6 personer.\n\nI en annan attack skadades 3 personer.",
        [("killed", 6, "WAFA"), ("injured", 3, "WAFA")],
    ),
    (
        "ar",
        "وقالت وكالة الأنباء وفا إن غارات استهدفت عدة أحياء في المدينة الليلة الماضية.\n\n"
        "واستشهد 6 مواطنين في الشمال.\n\nوفي هجوم آخر، أصيب 3 مواطنين.",
        [("killed", 6, "وفا"), ("injured", 3, "وفا")],
    ),
]


# claims the extractor does not yet attribute as labelled, by test id, with the reason
GAPS: dict[str, str] = {
    "1-en-killed-3": "a dateline agency speaks for every unattributed figure, also background "
    "figures in a later paragraph after another source was named",
    "4-en-killed-19": "'The figures were given by X' in the next sentence is no back reference",
    "4-en-missing-7": "'The figures were given by X' in the next sentence is no back reference",
    "5-en-killed-12": "a source named only in the next sentence ('Most were ..., X told Reuters') "
    "does not speak for the figure before (the gold carries back rarely: measured, dropped)",
    "20-fr-injured-120": "the subject of a verb of treating ('a soigné 120 blessés') is no source",
    "20-fr-killed-35": "'Selon elle' in a new paragraph with no speaker before takes up no one",
    "40-de-injured-90": "the subject of a verb of treating ('hat 90 Verletzte versorgt') is no "
    "source",
    "40-de-killed-12": "'Nach seinen Angaben' in a new paragraph with no speaker before takes up "
    "no one",
    "50-sv-injured-80": "the subject of a verb of treating ('har behandlat 80 skadade') is no "
    "source",
    "50-sv-killed-14": "'Enligt organisationen' in a new paragraph with no speaker before is read "
    "as the bare noun",
}

# Added with the classes they test: a German clause that puts its verb last ("..., wie X ...
# mitteilte") has its speaker right after "wie", not the place or addressee before the verb; a
# group noun with a name and lower-case words before it ("the UN refugee agency said") keeps them;
# a sentence opening with another event ("In a separate attack", "Bei einem weiteren Angriff")
# does not take the source of the sentence before; an Arabic dateline may join its agency with
# dashes ("دمشق-سانا-"), after a short place and date.
CLASSES: list = [
    (
        "de",
        "Mindestens 12 Menschen starben, wie die Polizei am Montag in Berlin mitteilte.",
        [("killed", 12, "Polizei")],
    ),
    (
        "de",
        "Ums Leben kamen 15 Menschen, wie ein Reporter der Agentur Beispiel aus einem Krankenhaus "
        "in Nordstadt berichtete.",
        [("killed", 15, "Reporter der Agentur Beispiel")],
    ),
    (
        "de",
        "Drei Menschen wurden getötet, wie ein Arzt des Krankenhauses in Südstadt der Zeitung "
        "sagte.",
        [("killed", 3, "Arzt des Krankenhauses")],
    ),
    (
        "de",
        "Sechs Menschen starben, wie die örtlichen Behörden am Abend mitteilten.",
        [("killed", 6, "örtlichen Behörden")],
    ),
    ("de", "Vier Menschen starben, wie es hieß.", [("killed", 4, None)]),
    (
        "en",
        "Thirty people were killed, the UN refugee agency said.",
        [("killed", 30, "UN refugee agency")],
    ),
    (
        "en",
        "Twelve people were killed in the shelling, the governor said. In a separate attack, "
        "5 people died near the port.",
        [("killed", 12, "governor"), ("killed", 5, None)],
    ),
    (
        "de",
        "Zwölf Menschen wurden getötet, sagte der Gouverneur. Bei einem weiteren Angriff starben "
        "5 Menschen am Hafen.",
        [("killed", 12, "Gouverneur"), ("killed", 5, None)],
    ),
    (
        "fr",
        "Douze personnes ont été tuées, selon le gouverneur. Dans une autre attaque, 5 personnes "
        "sont mortes près du port.",
        [("killed", 12, "gouverneur"), ("killed", 5, None)],
    ),
    (
        "es",
        "Doce personas murieron, según el gobernador. En otro ataque murieron 5 personas cerca "
        "del puerto.",
        [("killed", 12, "gobernador"), ("killed", 5, None)],
    ),
    (
        "sv",
        "Tolv personer dödades, uppger guvernören. I en annan attack dog 5 personer nära hamnen.",
        [("killed", 12, "guvernören"), ("killed", 5, None)],
    ),
    (
        "ar",
        "قتل 12 شخصا في القصف بحسب المحافظ. وفي هجوم آخر قتل 5 أشخاص قرب الميناء.",
        [("killed", 12, "المحافظ"), ("killed", 5, None)],
    ),
    (
        "ar",
        "دمشق-سانا- قتل 4 مدنيين في قصف على حي سكني.",
        [("killed", 4, "سانا")],
    ),
    (
        "ar",
        "القدس 12 أيار 2024 وفا - استشهد 3 مواطنين في غارة على منزل.",
        [("killed", 3, "وفا")],
    ),
    ("ar", "قتل 4 مدنيين في قصف على حي سكني وفا- اليوم.", [("killed", 4, None)]),
    (
        "en",
        "The UN children's agency said 12 children were killed.",
        [("killed", 12, "UN children's agency")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "measure", "low", "speaker"),
    speaker_cases(REPORTS + LEAD_AGENCY + CLASSES, GAPS),
)
def test_report_speaker(
    lang: str, text: str, measure: str, low: int | None, speaker: str | None
) -> None:
    assert_speaker(lang, text, measure, low, speaker)
