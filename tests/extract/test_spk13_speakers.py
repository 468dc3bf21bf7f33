"""Sentences written by the labeller of branch spk13 before reading the attribution rules, in
ar, de, en, es, fr and sv, for four classes of speaker.

Classes: two sources joined by "and" speak together ("local officials and a rights group
said"); a time expression stands between the source and what it says ("said on Tuesday evening
that", "أعلن مسؤول أمس الثلاثاء إن"); a name is followed by its acronym in brackets ("the
Relief Coordination Office (RCO) said"); two sources are set against each other by "while"
("according to the army ..., while a local doctor said ..."); one victim counted alone ("A nurse
was killed ..., the regional governor said"); a source before its verb and the one it told
after it ("A hospital official told the Varna News Agency that ...": the official).

Each sentence lists (measure, low, speaker); alternatives the conventions allow are joined by
"|", ``None`` means no speaker. A speaker agrees as the evaluation counts it
(:func:`harmledger.evaluation.matching.same_speaker`). Names, places and figures are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.speaker_reports import assert_speaker, speaker_cases

# two sources joined by "and" after or before the figure
JOINED: list = [
    (
        "en",
        "Four villagers were killed when a shell hit a market in Dalmor, local officials and a "
        "rights group said on Sunday.",
        [("killed", 4, "local officials and a rights group")],
    ),
    (
        "en",
        "Paramedics and a hospital director said 13 people were wounded in the blast.",
        [("injured", 13, "paramedics and a hospital director")],
    ),
    (
        "fr",
        "Six civils ont été tués dans le bombardement d'un marché à Varenne, ont indiqué les "
        "secouristes et un responsable local.",
        [("killed", 6, "secouristes et un responsable local")],
    ),
    (
        "es",
        "Siete personas murieron en el ataque contra un autobús en Tolmera, informaron la "
        "policía y la Cruz Roja.",
        [("killed", 7, "policía y la Cruz Roja")],
    ),
    (
        "de",
        "Bei dem Angriff auf einen Markt in Keldorf wurden acht Zivilisten getötet, sagten "
        "Rettungskräfte und ein Arzt am Sonntag.",
        [("killed", 8, "Rettungskräfte und ein Arzt")],
    ),
    (
        "sv",
        "Nio personer dödades när en granat slog ner i Bremby, uppger polisen och en lokal "
        "hjälporganisation.",
        [("killed", 9, "polisen och en lokal hjälporganisation")],
    ),
    (
        "ar",
        "قال مسعفون ومسؤول محلي إن خمسة مدنيين قتلوا في قصف على سوق البلدة.",
        [("killed", 5, "مسعفون ومسؤول محلي")],
    ),
]

# a time expression between the source and what it says
TIMED: list = [
    (
        "en",
        "The health ministry said on Tuesday evening that 12 people had been killed in the strike.",
        [("killed", 12, "health ministry")],
    ),
    (
        "ar",
        "أعلن مسؤول محلي أمس الثلاثاء إن تسعة مدنيين قتلوا في انفجار سيارة مفخخة.",
        [("killed", 9, "مسؤول محلي")],
    ),
    (
        "ar",
        "وقال متحدث باسم الشرطة صباح اليوم إن أربعة أشخاص أصيبوا في الحادث.",
        [("injured", 4, "متحدث باسم الشرطة")],
    ),
    (
        "fr",
        "Un responsable local a déclaré mardi soir que neuf civils avaient été tués dans "
        "l'explosion.",
        [("killed", 9, "responsable local")],
    ),
    (
        "es",
        "Un portavoz de la policía dijo el martes por la noche que nueve civiles murieron en la "
        "explosión.",
        [("killed", 9, "portavoz de la policía")],
    ),
    (
        "de",
        "Ein Polizeisprecher sagte am Dienstagabend, neun Zivilisten seien bei der Explosion "
        "getötet worden.",
        [("killed", 9, "Polizeisprecher")],
    ),
    (
        "sv",
        "En talesperson för polisen sade på tisdagskvällen att nio civila dödades i explosionen.",
        [("killed", 9, "talesperson för polisen")],
    ),
]

# a name followed by its acronym in brackets: the name or the acronym
BRACKETED: list = [
    (
        "en",
        "The Relief Coordination Office (RCO) said 3,000 people had fled the fighting in Narel.",
        [("displaced", 3000, "Relief Coordination Office (RCO)")],
    ),
    (
        "en",
        "At least 40 civilians were killed last month, according to the Tarvian Rights Network "
        "(TRN).",
        [("killed", 40, "Tarvian Rights Network (TRN)")],
    ),
    (
        "de",
        "Das Amt für humanitäre Hilfe (AHH) teilte mit, 3000 Menschen seien aus Narel geflohen.",
        [("displaced", 3000, "Amt für humanitäre Hilfe (AHH)")],
    ),
    (
        "fr",
        "Selon le Réseau tarvien des droits humains (RTDH), au moins 40 civils ont été tués.",
        [("killed", 40, "Réseau tarvien des droits humains (RTDH)")],
    ),
    (
        "es",
        "Según la Red Tarvia de Derechos Humanos (RTDH), al menos 40 civiles murieron el mes "
        "pasado.",
        [("killed", 40, "Red Tarvia de Derechos Humanos (RTDH)")],
    ),
    (
        "sv",
        "Enligt Tarviska nätverket för mänskliga rättigheter (TNMR) dödades minst 40 civila.",
        [("killed", 40, "Tarviska nätverket för mänskliga rättigheter (TNMR)")],
    ),
    (
        "ar",
        "أعلنت الشبكة التارفية لحقوق الإنسان (تشحق) مقتل 40 مدنيا الشهر الماضي.",
        [("killed", 40, "الشبكة التارفية لحقوق الإنسان (تشحق)")],
    ),
]

# two sources set against each other by "while"
CONTRASTED: list = [
    (
        "en",
        "According to the army, 4 soldiers were killed in the ambush, while a local doctor said "
        "11 people had died.",
        [("killed", 4, "army"), ("killed", 11, "local doctor")],
    ),
    (
        "fr",
        "Selon l'armée, 4 soldats ont été tués, tandis qu'un médecin local a affirmé que 11 "
        "personnes étaient mortes.",
        [("killed", 4, "armée"), ("killed", 11, "médecin local")],
    ),
    (
        "es",
        "Según el ejército, 4 soldados murieron, mientras que un médico local aseguró que 11 "
        "personas habían fallecido.",
        [("killed", 4, "ejército"), ("killed", 11, "médico local")],
    ),
    (
        "de",
        "Nach Angaben der Armee wurden 4 Soldaten getötet, während ein örtlicher Arzt sagte, 11 "
        "Menschen seien gestorben.",
        [("killed", 4, "Armee"), ("killed", 11, "örtlicher Arzt")],
    ),
    (
        "sv",
        "Enligt armén dödades 4 soldater, medan en lokal läkare uppgav att 11 personer hade dött.",
        [("killed", 4, "armén"), ("killed", 11, "lokal läkare")],
    ),
    (
        "ar",
        "وبحسب الجيش قتل 4 جنود، بينما قال طبيب محلي إن 11 شخصا لقوا حتفهم.",
        [("killed", 4, "الجيش"), ("killed", 11, "طبيب محلي")],
    ),
]

# one victim counted alone in a sentence that names its source
SINGLE: list = [
    (
        "en",
        "A nurse was killed and her son was wounded when the clinic was shelled, the regional "
        "governor said.",
        [("killed", 1, "regional governor"), ("injured", 1, "regional governor")],
    ),
    (
        "en",
        "A mother and her baby were among six people killed in the raid, villagers said.",
        [("killed", 6, "villagers"), ("killed", 1, "villagers")],
    ),
    (
        "fr",
        "Une infirmière a été tuée dans le bombardement de la clinique, a indiqué le gouverneur "
        "de la région.",
        [("killed", 1, "gouverneur de la région")],
    ),
    (
        "es",
        "Una enfermera murió en el bombardeo de la clínica, informó el gobernador regional.",
        [("killed", 1, "gobernador regional")],
    ),
    (
        "de",
        "Eine Krankenschwester wurde bei dem Beschuss der Klinik getötet, sagte der Gouverneur "
        "der Region.",
        [("killed", 1, "Gouverneur der Region")],
    ),
    (
        "sv",
        "En sjuksköterska dödades när kliniken besköts, uppger regionens guvernör.",
        [("killed", 1, "regionens guvernör")],
    ),
    (
        "ar",
        "قال محافظ المنطقة إن ممرضة قتلت في قصف العيادة.",
        [("killed", 1, "محافظ المنطقة")],
    ),
]

# a source before its verb and the one it told after the verb: the source speaks
TOLD: list = [
    (
        "en",
        "A hospital official told the Varna News Agency that 9 people had been wounded.",
        [("injured", 9, "hospital official")],
    ),
    (
        "es",
        "Una fuente médica dijo a la agencia Tolva que nueve personas resultaron heridas.",
        [("injured", 9, "fuente médica")],
    ),
    (
        "es",
        "Un portavoz de los bomberos explicó a la radio Tolva que tres personas murieron.",
        [("killed", 3, "portavoz de los bomberos")],
    ),
    (
        "fr",
        "Un médecin a déclaré à l'agence Tolva que neuf personnes avaient été blessées.",
        [("injured", 9, "médecin")],
    ),
    (
        "de",
        "Ein Arzt sagte der Nachrichtenagentur Tolva, neun Menschen seien verletzt worden.",
        [("injured", 9, "Arzt")],
    ),
    (
        "sv",
        "En läkare sade till nyhetsbyrån Tolva att nio personer skadades.",
        [("injured", 9, "läkare")],
    ),
    (
        "ar",
        "قال طبيب لوكالة تولفا إن تسعة أشخاص أصيبوا.",
        [("injured", 9, "طبيب")],
    ),
]

# Spanish: an adjective after a source noun that is also a noun for one person ("una fuente
# médica", where "médica" is also a woman doctor)
DESCRIBED: list = [
    (
        "es",
        "Una fuente médica aseguró que cuatro personas murieron en el ataque contra el mercado.",
        [("killed", 4, "fuente médica")],
    ),
    (
        "es",
        "Un funcionario médico dijo que ocho personas resultaron heridas en Tolmera.",
        [("injured", 8, "funcionario médico")],
    ),
    (
        "es",
        "Cinco civiles murieron en el bombardeo, dijo a la prensa una fuente médica del hospital "
        "de Tolmera.",
        [("killed", 5, "fuente médica")],
    ),
]

# Arabic: a verbal noun with the article ("الكشف عن", revealing) is no reporting verb ("كشف",
# revealed): "طبيب، فضل عدم الكشف عن اسمه، قال" keeps the doctor
UNNAMED: list = [
    (
        "ar",
        "وقال طبيب في المستشفى، فضل عدم الكشف عن اسمه، إن ستة أشخاص قتلوا في القصف.",
        [("killed", 6, "طبيب")],
    ),
    (
        "ar",
        "وقال مسؤول أمني، طلب عدم الكشف عن هويته، إن 12 جنديا أصيبوا في الهجوم.",
        [("injured", 12, "مسؤول أمني")],
    ),
    (
        "ar",
        "وتم الكشف عن مقبرة جماعية تضم 40 جثة قرب القرية، وفقا للشرطة.",
        [("bodies_recovered", 40, "الشرطة")],
    ),
]

# a role, then the name set off by commas, before what is said: the named person speaks
ROLE_THEN_NAME: list = [
    (
        "en",
        "The hospital director, Dr Samir Haddad, said 14 people were killed in the blast.",
        [("killed", 14, "Samir Haddad")],
    ),
    (
        "fr",
        "Le directeur de l'hôpital, Samir Haddad, a affirmé que 14 personnes avaient été tuées.",
        [("killed", 14, "Samir Haddad")],
    ),
    (
        "es",
        "El director del hospital, Samir Haddad, afirmó que 14 personas murieron.",
        [("killed", 14, "Samir Haddad")],
    ),
    (
        "de",
        "Der Leiter des Krankenhauses, Samir Haddad, sagte, 14 Menschen seien getötet worden.",
        [("killed", 14, "Samir Haddad")],
    ),
    (
        "sv",
        "Sjukhusets chef, Samir Haddad, säger att 14 personer dödades.",
        [("killed", 14, "Samir Haddad")],
    ),
    (
        "ar",
        "وقال مدير المستشفى، سمير حداد، إن 14 شخصا قتلوا في الانفجار.",
        [("killed", 14, "سمير حداد")],
    ),
    (
        "ar",
        "وأعلن المتحدث باسم الدفاع المدني، خالد العمر، انتشال 9 جثث من تحت الأنقاض.",
        [("bodies_recovered", 9, "خالد العمر")],
    ),
    (
        "ar",
        "وقالت المتحدثة باسم الهلال الأحمر، ليلى ناصر، إن 25 جريحا نقلوا إلى المستشفيات.",
        [("injured", 25, "ليلى ناصر")],
    ),
]

# common ways copy names its source, written before the extractor read them
COMMON: list = [
    (
        "en",
        "Hospital officials in Tarsel said at least 18 people were killed.",
        [("killed", 18, "hospital officials")],
    ),
    (
        "en",
        "At least 18 people were killed, hospital officials in Tarsel told AFP.",
        [("killed", 18, "hospital officials")],
    ),
    (
        "en",
        "Eighteen people died, according to a statement from the regional health department.",
        [("killed", 18, "regional health department")],
    ),
    (
        "en",
        "The Tarsel health directorate put the death toll at 18.",
        [("killed", 18, "Tarsel health directorate")],
    ),
    (
        "en",
        "Local media reported that 18 people had been killed.",
        [("killed", 18, "local media")],
    ),
    (
        "en",
        "The death toll rose to 18, state television said.",
        [("killed", 18, "state television")],
    ),
    (
        "fr",
        "Au moins 18 personnes ont été tuées, a annoncé dimanche le ministère de la Santé.",
        [("killed", 18, "ministère de la Santé")],
    ),
    (
        "fr",
        "Le bilan s'élève à 18 morts, selon des sources hospitalières.",
        [("killed", 18, "sources hospitalières")],
    ),
    (
        "fr",
        "D'après la protection civile, 18 personnes ont péri.",
        [("killed", 18, "protection civile")],
    ),
    ("fr", "La préfecture a fait état de 18 blessés.", [("injured", 18, "préfecture")]),
    (
        "es",
        "Al menos 18 personas murieron, según informaron las autoridades locales.",
        [("killed", 18, "autoridades locales")],
    ),
    (
        "es",
        "El balance oficial es de 18 muertos, de acuerdo con la Cruz Roja.",
        [("killed", 18, "Cruz Roja")],
    ),
    (
        "es",
        "La Secretaría de Salud informó de 18 heridos.",
        [("injured", 18, "Secretaría de Salud")],
    ),
    ("es", "Medios locales reportaron al menos 18 muertos.", [("killed", 18, "medios locales")]),
    (
        "de",
        "Mindestens 18 Menschen kamen ums Leben, wie die Behörden mitteilten.",
        [("killed", 18, "Behörden")],
    ),
    (
        "de",
        "Nach Angaben des Roten Kreuzes wurden 18 Menschen verletzt.",
        [("injured", 18, "Roten Kreuzes")],
    ),
    (
        "de",
        "Das Gesundheitsministerium in Tarsel meldete 18 Tote.",
        [("killed", 18, "Gesundheitsministerium")],
    ),
    (
        "sv",
        "Minst 18 personer har dödats, uppger lokala myndigheter.",
        [("killed", 18, "lokala myndigheter")],
    ),
    ("sv", "Enligt Röda korset har 18 personer skadats.", [("injured", 18, "Röda korset")]),
    (
        "sv",
        "Polisen i Tarsel bekräftar att 18 personer har dött.",
        [("killed", 18, "Polisen")],
    ),
    (
        "sv",
        "Dödssiffran har stigit till 18, rapporterar statlig tv.",
        [("killed", 18, "statlig tv")],
    ),
    ("ar", "أفادت مصادر طبية بمقتل 18 شخصا في القصف.", [("killed", 18, "مصادر طبية")]),
    ("ar", "وذكرت وزارة الصحة في بيان أن 18 شخصا قتلوا.", [("killed", 18, "وزارة الصحة")]),
    (
        "ar",
        "قتل 18 شخصا على الأقل، بحسب ما أفاد الدفاع المدني.",
        [("killed", 18, "الدفاع المدني")],
    ),
    (
        "ar",
        "وارتفعت حصيلة القتلى إلى 18، وفق ما أعلنت السلطات المحلية.",
        [("killed", 18, "السلطات المحلية")],
    ),
]

# German: a source with its place after "in" before its verb ("Die Behörden in X teilten mit")
PLACED: list = [
    (
        "de",
        "Die Behörden in Varosk teilten mit, dass 7 Menschen verletzt wurden.",
        [("injured", 7, "Behörden")],
    ),
    (
        "de",
        "Ein Sprecher der Feuerwehr in Keldorf sagte, 3 Menschen seien gestorben.",
        [("killed", 3, "Sprecher der Feuerwehr")],
    ),
    (
        "de",
        "Nach Angaben der Polizei in Bremsdorf wurden 5 Menschen getötet.",
        [("killed", 5, "Polizei")],
    ),
]

# sources named with the people they belong to, and more common ways of naming a source
NATIONAL: list = [
    (
        "fr",
        "« Nous avons recensé 12 morts », a déclaré à l'AFP un responsable local.",
        [("killed", 12, "responsable local|AFP")],
    ),
    ("fr", "Selon un bilan de l'ONU, 12 civils ont été tués.", [("killed", 12, "ONU")]),
    (
        "fr",
        "Le ministère de l'Intérieur a fait savoir que 12 policiers avaient été blessés.",
        [("injured", 12, "ministère de l'Intérieur")],
    ),
    (
        "fr",
        "Douze personnes ont été tuées, a rapporté la télévision d'État.",
        [("killed", 12, "télévision d'État")],
    ),
    (
        "fr",
        "L'armée israélienne affirme que 12 combattants ont été tués.",
        [("killed", 12, "armée israélienne")],
    ),
    (
        "fr",
        "Les autorités ukrainiennes ont annoncé que 12 civils avaient été tués.",
        [("killed", 12, "autorités ukrainiennes")],
    ),
    ("fr", "Selon les secours, 12 personnes sont mortes.", [("killed", 12, "secours")]),
    (
        "fr",
        "Les médias d'État syriens ont rapporté que 12 personnes avaient été tuées.",
        [("killed", 12, "médias d'État syriens")],
    ),
    (
        "en",
        "Ukrainian officials said 12 civilians were killed.",
        [("killed", 12, "Ukrainian officials")],
    ),
    (
        "en",
        "Twelve people were killed, the Israeli military said.",
        [("killed", 12, "Israeli military")],
    ),
    (
        "en",
        "Palestinian health officials said 12 people were killed.",
        [("killed", 12, "Palestinian health officials")],
    ),
    (
        "en",
        "According to figures released by the UN, 12 civilians died.",
        [("killed", 12, "UN")],
    ),
    (
        "en",
        "The Associated Press reported that 12 people were killed.",
        [("killed", 12, "Associated Press")],
    ),
    (
        "en",
        "A spokesman for the regional governor said 12 people were wounded.",
        [("injured", 12, "spokesman for the regional governor")],
    ),
    (
        "de",
        "Die israelische Armee teilte mit, 12 Kämpfer seien getötet worden.",
        [("killed", 12, "israelische Armee")],
    ),
    (
        "de",
        "Laut ukrainischen Behörden wurden 12 Zivilisten getötet.",
        [("killed", 12, "ukrainischen Behörden")],
    ),
    (
        "de",
        "Wie die Nachrichtenagentur dpa berichtete, wurden 12 Menschen verletzt.",
        [("injured", 12, "dpa")],
    ),
    (
        "de",
        "Nach palästinensischen Angaben wurden 12 Menschen getötet.",
        [("killed", 12, "palästinensischen Angaben")],
    ),
    (
        "de",
        "Der ukrainische Präsident sagte, 12 Zivilisten seien getötet worden.",
        [("killed", 12, "ukrainische Präsident")],
    ),
    (
        "es",
        "El Ejército israelí informó de que 12 milicianos murieron.",
        [("killed", 12, "Ejército israelí")],
    ),
    (
        "es",
        "Las autoridades ucranianas dijeron que 12 civiles murieron.",
        [("killed", 12, "autoridades ucranianas")],
    ),
    (
        "es",
        "Según la agencia oficial siria SANA, 12 personas murieron.",
        [("killed", 12, "SANA")],
    ),
    (
        "sv",
        "Israels militär uppger att 12 krigare har dödats.",
        [("killed", 12, "Israels militär")],
    ),
    (
        "sv",
        "Ukrainska myndigheter uppger att 12 civila dödades.",
        [("killed", 12, "ukrainska myndigheter")],
    ),
    ("sv", "Enligt nyhetsbyrån Reuters dödades 12 personer.", [("killed", 12, "Reuters")]),
    ("ar", "وقال الجيش الإسرائيلي إن 12 مسلحا قتلوا.", [("killed", 12, "الجيش الإسرائيلي")]),
    ("ar", "أعلنت السلطات الأوكرانية مقتل 12 مدنيا.", [("killed", 12, "السلطات الأوكرانية")]),
    (
        "ar",
        "ونقلت وكالة الأنباء الرسمية عن مصدر طبي قوله إن 12 شخصا أصيبوا.",
        [("injured", 12, "مصدر طبي")],
    ),
]

# figures named by the people whose they are ("nach palästinensischen Angaben")
PEOPLES: list = [
    (
        "de",
        "Nach russischen Angaben wurden 40 ukrainische Soldaten getötet.",
        [("killed", 40, "russischen Angaben")],
    ),
    (
        "de",
        "Nach ukrainischen Angaben starben 9 Zivilisten.",
        [("killed", 9, "ukrainischen Angaben")],
    ),
    (
        "en",
        "According to Palestinian figures, 14 people were killed in the raid.",
        [("killed", 14, "Palestinian figures")],
    ),
    (
        "fr",
        "Selon des sources palestiniennes, 14 personnes ont été tuées dans le raid.",
        [("killed", 14, "sources palestiniennes")],
    ),
    (
        "es",
        "Según fuentes palestinas, 14 personas murieron en la incursión.",
        [("killed", 14, "fuentes palestinas")],
    ),
    (
        "sv",
        "Enligt palestinska uppgifter dödades 14 personer i räden.",
        [("killed", 14, "palestinska uppgifter")],
    ),
    ("ar", "وبحسب مصادر فلسطينية قتل 14 شخصا في الغارة.", [("killed", 14, "مصادر فلسطينية")]),
]

# figures named by who released them ("according to figures released by the UN")
RELEASED: list = [
    (
        "en",
        "According to data published by the health ministry, 31 people have died since Monday.",
        [("killed", 31, "health ministry")],
    ),
    (
        "en",
        "Figures released by the Tarvian Red Cross show that 31 people were injured.",
        [("injured", 31, "Tarvian Red Cross")],
    ),
    (
        "fr",
        "Selon des chiffres publiés par le ministère de la Santé, 31 personnes sont mortes.",
        [("killed", 31, "ministère de la Santé")],
    ),
    (
        "es",
        "Según cifras difundidas por el Ministerio de Sanidad, 31 personas murieron.",
        [("killed", 31, "Ministerio de Sanidad")],
    ),
    (
        "de",
        "Nach vom Gesundheitsministerium veröffentlichten Zahlen starben 31 Menschen.",
        [("killed", 31, "Gesundheitsministerium")],
    ),
    (
        "sv",
        "Enligt siffror som publicerats av hälsoministeriet har 31 personer dött.",
        [("killed", 31, "hälsoministeriet")],
    ),
    (
        "ar",
        "وبحسب أرقام نشرتها وزارة الصحة، قتل 31 شخصا منذ الاثنين.",
        [("killed", 31, "وزارة الصحة")],
    ),
]

# quoted figures, headlines with their source after a comma, added figures, set phrases
QUOTED_AND_SET: list = [
    (
        "en",
        "The ministry said 20 people were killed. Another 45 were wounded, it added.",
        [("killed", 20, "ministry"), ("injured", 45, "ministry")],
    ),
    (
        "en",
        "\u201cWe have 20 dead and 45 wounded,\u201d said Dr Ana Varga, the hospital director.",
        [("killed", 20, "Ana Varga"), ("injured", 45, "Ana Varga")],
    ),
    ("fr", "« Nous comptons 20 morts », a déclaré le maire.", [("killed", 20, "maire")]),
    ("es", "«Tenemos 20 muertos», dijo el alcalde.", [("killed", 20, "alcalde")]),
    ("de", "„Wir haben 20 Tote“, sagte der Bürgermeister.", [("killed", 20, "Bürgermeister")]),
    ("sv", "”Vi har 20 döda”, säger borgmästaren.", [("killed", 20, "borgmästaren")]),
    ("ar", 'وقال رئيس البلدية: "لدينا 20 قتيلا".', [("killed", 20, "رئيس البلدية")]),
    ("en", "Gunmen kill 12 in Tarsel, police say", [("killed", 12, "police")]),
    ("fr", "Douze morts dans une attaque à Tarsel, selon la police", [("killed", 12, "police")]),
    ("es", "Doce muertos en un ataque en Tarsel, según la policía", [("killed", 12, "policía")]),
    ("de", "Zwölf Tote bei Angriff in Tarsel, so die Polizei.", [("killed", 12, "Polizei")]),
    ("sv", "Tolv döda i attack i Tarsel, enligt polisen", [("killed", 12, "polisen")]),
    (
        "de",
        "Zwölf Menschen wurden getötet, teilte die Polizei am Abend mit.",
        [("killed", 12, "Polizei")],
    ),
    (
        "fr",
        "Douze personnes ont été tuées, a indiqué à l'AFP une source sécuritaire.",
        [("killed", 12, "source sécuritaire|AFP")],
    ),
    (
        "en",
        "Twelve people were killed, a security source told AFP on condition of anonymity.",
        [("killed", 12, "security source|AFP")],
    ),
]

# a source with a complement, then an aside set off by commas, before its verb
ASIDE: list = [
    (
        "fr",
        "Un responsable de la police, qui a requis l'anonymat, a affirmé que 7 personnes avaient "
        "été tuées.",
        [("killed", 7, "responsable de la police")],
    ),
    (
        "fr",
        "Un médecin, s'exprimant sous couvert d'anonymat, a indiqué que 7 civils avaient été tués.",
        [("killed", 7, "médecin")],
    ),
    (
        "en",
        "A police official, who spoke on condition of anonymity, said 7 people were killed.",
        [("killed", 7, "police official")],
    ),
    (
        "en",
        "The head of the local council, speaking by phone, said 7 people were killed.",
        [("killed", 7, "head of the local council")],
    ),
    (
        "es",
        "Un responsable de la policía, que pidió el anonimato, dijo que 7 personas murieron.",
        [("killed", 7, "responsable de la policía")],
    ),
    (
        "de",
        "Ein Vertreter der Polizei, der anonym bleiben wollte, sagte, 7 Menschen seien getötet "
        "worden.",
        [("killed", 7, "Vertreter der Polizei")],
    ),
    (
        "sv",
        "En företrädare för polisen, som vill vara anonym, säger att 7 personer dödades.",
        [("killed", 7, "företrädare för polisen")],
    ),
    (
        "ar",
        "وقال مسؤول في الشرطة، طلب عدم نشر اسمه، إن 7 أشخاص قتلوا.",
        [("killed", 7, "مسؤول في الشرطة")],
    ),
]

# a quotation holding the figure, its source after it, after another source's paragraph
QUOTE_THEN_SOURCE: list = [
    (
        "es",
        "Dos policías murieron en el ataque, informaron fuentes oficiales.\n\nEse «atentado "
        "dejó además tres civiles muertos», según subrayó el ministro en su cuenta de Twitter.",
        [("killed", 2, "fuentes oficiales"), ("killed", 3, "ministro")],
    ),
    (
        "es",
        "Dos policías murieron en el ataque, informaron fuentes oficiales.\n\nEl ataque «dejó "
        "tres civiles muertos y cinco heridos», según precisó la alcaldesa.",
        [("killed", 3, "alcaldesa"), ("injured", 5, "alcaldesa")],
    ),
    (
        "fr",
        "Deux policiers ont été tués, selon des sources officielles.\n\nL'attaque « a fait "
        "trois morts parmi les civils », selon le ministre.",
        [("killed", 3, "ministre")],
    ),
    (
        "en",
        'Two police officers were killed, officials said.\n\nThe attack "left three '
        'civilians dead," according to the minister.',
        [("killed", 3, "minister")],
    ),
    (
        "de",
        "Zwei Polizisten wurden getötet, teilten die Behörden mit.\n\nDer Angriff habe "
        "„drei Zivilisten getötet“, so der Minister.",
        [("killed", 3, "Minister")],
    ),
    (
        "sv",
        "Två poliser dödades, uppger myndigheterna.\n\nAttacken ”dödade tre civila”, enligt "
        "ministern.",
        [("killed", 3, "ministern")],
    ),
    (
        "ar",
        'وقالت السلطات إن شرطيين قتلا في الهجوم.\n\nوأسفر الهجوم "عن مقتل ثلاثة مدنيين"، '
        "بحسب الوزير.",
        [("killed", 3, "الوزير")],
    ),
]

# a figure with no source, then a sentence that names a source and tells more of the event
# without a figure of its own
SOURCE_AFTER: list = [
    (
        "en",
        "Some 40 people were killed in the attack on the market. The blast tore through the crowd "
        "just after noon, the regional governor said.",
        [("killed", 40, "regional governor")],
    ),
    (
        "fr",
        "Une quarantaine de personnes ont été tuées dans l'attaque du marché. L'explosion s'est "
        "produite peu après midi, a précisé le gouverneur de la région.",
        [("killed", 40, "gouverneur de la région")],
    ),
    (
        "es",
        "Unas 40 personas murieron en el ataque contra el mercado. La explosión se produjo poco "
        "después del mediodía, informó el gobernador regional.",
        [("killed", 40, "gobernador regional")],
    ),
    (
        "de",
        "Bei dem Anschlag auf den Markt wurden rund 40 Menschen getötet. Die Explosion habe sich "
        "kurz nach Mittag ereignet, sagte der Gouverneur der Region.",
        [("killed", 40, "Gouverneur der Region")],
    ),
    (
        "sv",
        "Omkring 40 personer dödades i attacken mot marknaden. Explosionen inträffade strax efter "
        "lunch, uppger regionens guvernör.",
        [("killed", 40, "regionens guvernör")],
    ),
    (
        "ar",
        "قتل نحو 40 شخصا في الهجوم على السوق. وقال محافظ المنطقة إن الانفجار وقع بعد الظهر بقليل.",
        [("killed", 40, "محافظ المنطقة")],
    ),
]

# a role written as one word, then the name set off by commas
COMPOUND_ROLE: list = [
    (
        "de",
        "Der Polizeisprecher, Jens Marten, sagte, drei Menschen seien verletzt worden.",
        [("injured", 3, "Jens Marten")],
    ),
    (
        "de",
        "Der Klinikchef, Dr. Paul Renner, sagte, elf Menschen seien gestorben.",
        [("killed", 11, "Paul Renner")],
    ),
    (
        "de",
        "Die Regierungssprecherin, Anna Kolb, teilte mit, 14 Menschen seien getötet worden.",
        [("killed", 14, "Anna Kolb")],
    ),
    (
        "sv",
        "Polisens presstalesperson, Jonas Ek, säger att tre personer skadades.",
        [("injured", 3, "Jonas Ek")],
    ),
]

# a role with what it is the role of, right before its verb
ROLE_OF: list = [
    (
        "en",
        "The head of the regional health office told reporters that 8 people had died.",
        [("killed", 8, "head of the regional health office")],
    ),
    (
        "en",
        "The director of the city hospital said 15 people were wounded.",
        [("injured", 15, "director of the city hospital")],
    ),
    (
        "fr",
        "Le chef du conseil local a déclaré que 8 personnes étaient mortes.",
        [("killed", 8, "chef du conseil local")],
    ),
    (
        "es",
        "El jefe del consejo local dijo que 8 personas murieron.",
        [("killed", 8, "jefe del consejo local")],
    ),
    (
        "de",
        "Der Leiter des örtlichen Rates sagte, 8 Menschen seien gestorben.",
        [("killed", 8, "Leiter des örtlichen Rates")],
    ),
    (
        "sv",
        "Chefen för det lokala rådet säger att 8 personer dog.",
        [("killed", 8, "Chefen för det lokala rådet")],
    ),
    ("ar", "وقال رئيس المجلس المحلي إن 8 أشخاص لقوا حتفهم.", [("killed", 8, "رئيس المجلس المحلي")]),
]

# a title after a modifier the lexicon does not know, after the verb ("säger kommunens
# ordförande Lena Ask")
TITLE_AFTER_MODIFIER: list = [
    (
        "sv",
        "Fyra personer skadades, uppger kommunens ordförande Lena Ask.",
        [("injured", 4, "Lena Ask|ordförande")],
    ),
    (
        "sv",
        "Två personer dog, säger stiftelsens ordförande Per Holm.",
        [("killed", 2, "Per Holm|ordförande")],
    ),
    (
        "de",
        "Vier Menschen wurden verletzt, sagte der örtliche Bürgermeister Jan Roth.",
        [("injured", 4, "Jan Roth|Bürgermeister")],
    ),
    (
        "en",
        "Four people were injured, said the town's mayor, Ella Stone.",
        [("injured", 4, "Ella Stone|mayor")],
    ),
    (
        "es",
        "Cuatro personas resultaron heridas, dijo el actual alcalde, Juan Mora.",
        [("injured", 4, "Juan Mora|alcalde")],
    ),
    (
        "fr",
        "Quatre personnes ont été blessées, a déclaré l'actuel maire, Jean Morel.",
        [("injured", 4, "Jean Morel|maire")],
    ),
    ("ar", "وقال رئيس البلدية الحالي إن أربعة أشخاص أصيبوا.", [("injured", 4, "رئيس البلدية")]),
]

GAPS: dict[str, str] = {
    "22-fr-killed-11": "a French subject with an adjective after its noun ('un médecin local a "
    "affirmé') is not read (fr attribution.adjectives_after off), so the army of the other "
    "side speaks",
    "28-en-killed-1": "one victim named inside a larger count ('A mother and her baby were "
    "among six people killed') is not read as a claim of its own (not a speaker class)",
    "100-de-killed-12": "'nach palästinensischen Angaben' (a people's adjective inside the cue "
    "'nach ... Angaben') names no speaker: reading the adjective with 'Angaben' as the speaker "
    "cost a speaker on multilingual_more's checking half (de .796 -> .778, spk13), off",
    "112-de-killed-9": "as 100-de-killed-12: 'nach ukrainischen Angaben' names no speaker",
    "155-en-killed-40": "a figure with no source before a sentence that names one and gives no figure ("
    "'Some 40 were killed. The blast tore through the crowd, the governor said') keeps no "
    "speaker: reading it as the later source's fixed three tuning-half speakers but cost "
    "five on incidents_dev's checking half and one on multilingual_more's (spk13), off",
    "156-fr-killed-40": "as 155-en-killed-40",
    "157-es-killed-40": "as 155-en-killed-40",
    "158-de-killed-40": "as 155-en-killed-40",
    "159-sv-killed-40": "as 155-en-killed-40",
    "33-ar-killed-1": "a lone feminine victim noun before its verb ('ممرضة قتلت') is not read as "
    "a claim (not a speaker class)",
}


@pytest.mark.parametrize(
    ("lang", "text", "measure", "low", "speaker"),
    speaker_cases(
        JOINED
        + TIMED
        + BRACKETED
        + CONTRASTED
        + SINGLE
        + TOLD
        + DESCRIBED
        + UNNAMED
        + ROLE_THEN_NAME
        + COMMON
        + PLACED
        + NATIONAL
        + PEOPLES
        + RELEASED
        + QUOTED_AND_SET
        + ASIDE
        + QUOTE_THEN_SOURCE
        + SOURCE_AFTER
        + COMPOUND_ROLE
        + ROLE_OF
        + TITLE_AFTER_MODIFIER,
        GAPS,
    ),
)
def test_report_speaker(
    lang: str, text: str, measure: str, low: int | None, speaker: str | None
) -> None:
    assert_speaker(lang, text, measure, low, speaker)
