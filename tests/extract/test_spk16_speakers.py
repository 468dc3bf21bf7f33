"""Who said the figure, written by the labeller of branch spk16 before changing any attribution
rule: a speaker named in the sentence after a lead that names none (German reported speech in
the subjunctive, "Das Bombardement habe ..., berichteten Ärzte"), a pronoun or a definite noun
in a later sentence ("It added that", "la ONG precisó que"), a speaker after the quote ("said
X", "dijo X", "a déclaré X", "sagte X", "säger X"), "according to" in every language, a title
before a name ("Health Minister X said"), an agency citing a ministry, a fronted time adverbial
before the verb and its subject ("Am Montag teilte die Polizei mit", "På måndagen uppgav
polisen"), a time phrase between an Arabic speaker and its complementizer, and no speaker when
the text names none.

Names, places and figures are invented. A speaker agrees as the evaluation counts it
(:func:`harmledger.evaluation.matching.same_speaker`); ``None`` is no speaker, and alternatives
are joined by "|" (a relaying agency or the source it cites).
"""

from __future__ import annotations

import pytest

from tests.extract.speaker_reports import assert_speaker, speaker_cases

REPORTS = [
    # --- the lead names no one; the next sentence, in reported speech, names its source (de)
    (
        "de",
        "Bei einem Luftangriff im Norden des Landes sind mindestens 14 Zivilisten getötet worden. "
        "Fünf weitere seien verletzt worden, sagte der Direktor eines Krankenhauses in Borvat.",
        [
            ("killed", 14, "Direktor eines Krankenhauses"),
            ("injured", 5, "Direktor eines Krankenhauses"),
        ],
    ),
    (
        "de",
        "Bei einem Anschlag auf einen Markt sind 22 Menschen ums Leben gekommen. Der Sprengsatz "
        "sei am Mittag explodiert, berichteten Augenzeugen und Sanitäter.",
        [("killed", 22, "Augenzeugen und Sanitäter")],
    ),
    (
        "de",
        "In der Provinz Talrun sind bei Kämpfen 31 Menschen getötet worden. Unter den Toten seien "
        "auch neun Kinder, teilte das Gesundheitsministerium mit.",
        [("killed", 31, "Gesundheitsministerium"), ("killed", 9, "Gesundheitsministerium")],
    ),
    (
        "de",
        "Bei dem Beschuss eines Wohnviertels wurden 17 Menschen verletzt. Die Granaten hätten "
        "mehrere Häuser getroffen, sagte ein Polizeisprecher.",
        [("injured", 17, "Polizeisprecher")],
    ),
    # --- a later sentence: pronoun or definite noun back to the named source
    (
        "en",
        "The health ministry said 18 people were killed in the strike. It added that 40 others "
        "were wounded.",
        [("killed", 18, "health ministry"), ("injured", 40, "health ministry")],
    ),
    (
        "en",
        "The Karvel Human Rights Network reported 11 deaths in the village. The group said 6 of "
        "the dead were children.",
        [
            ("killed", 11, "Karvel Human Rights Network"),
            ("killed", 6, "Karvel Human Rights Network"),
        ],
    ),
    (
        "en",
        "Governor Lena Stroud said 9 people died in the fire. She added that 13 were taken to "
        "hospital with burns.",
        [("killed", 9, "Lena Stroud"), ("injured", 13, "Lena Stroud")],
    ),
    (
        "fr",
        "Le ministère de la Santé a annoncé la mort de 27 personnes. Il a ajouté que 60 autres "
        "avaient été blessées.",
        [("killed", 27, "ministère de la Santé"), ("injured", 60, "ministère de la Santé")],
    ),
    (
        "fr",
        "L'Observatoire des droits de Kessa a recensé 15 morts dans la ville. L'ONG a précisé "
        "que 4 enfants figuraient parmi les victimes.",
        [
            ("killed", 15, "Observatoire des droits de Kessa"),
            ("killed", 4, "Observatoire des droits de Kessa"),
        ],
    ),
    (
        "es",
        "El Observatorio de Derechos de Vantia informó de 19 muertos en el ataque. La ONG precisó "
        "que 7 de ellos eran menores.",
        [
            ("killed", 19, "Observatorio de Derechos de Vantia"),
            ("killed", 7, "Observatorio de Derechos de Vantia"),
        ],
    ),
    (
        "es",
        "El Ministerio de Salud elevó a 33 la cifra de fallecidos. Añadió que otras 50 personas "
        "resultaron heridas.",
        [("killed", 33, "Ministerio de Salud"), ("injured", 50, "Ministerio de Salud")],
    ),
    (
        "de",
        "Das Gesundheitsministerium meldete 26 Tote. Es fügte hinzu, dass 70 Menschen verletzt "
        "worden seien.",
        [("killed", 26, "Gesundheitsministerium"), ("injured", 70, "Gesundheitsministerium")],
    ),
    (
        "sv",
        "Hälsoministeriet uppger att 12 personer dödades i attacken. Ministeriet uppger också att "
        "30 skadades.",
        [("killed", 12, "Hälsoministeriet"), ("injured", 30, "Hälsoministeriet")],
    ),
    (
        "ar",
        "قالت وزارة الصحة إن 16 شخصا قتلوا في القصف. وأضافت أن 35 آخرين أصيبوا بجروح.",
        [("killed", 16, "وزارة الصحة"), ("injured", 35, "وزارة الصحة")],
    ),
    # --- the speaker after the quote
    (
        "en",
        '"We counted 23 bodies in the market," said Omar Delan, a local rescuer.',
        [("bodies_recovered", 23, "Omar Delan")],
    ),
    (
        "es",
        "Al menos 12 personas murieron en el tiroteo, dijo el alcalde Tomás Urrieta.",
        [("killed", 12, "Tomás Urrieta")],
    ),
    (
        "fr",
        "Au moins 8 civils ont été tués dans le bombardement, a déclaré le gouverneur Paul Ardan.",
        [("killed", 8, "Paul Ardan")],
    ),
    (
        "de",
        "Mindestens 10 Menschen seien getötet worden, sagte der Bürgermeister Jan Holter.",
        [("killed", 10, "Jan Holter")],
    ),
    (
        "sv",
        "Minst 7 personer har dödats i skottlossningen, säger polisens presstalesperson Eva Lind.",
        [("killed", 7, "Eva Lind")],
    ),
    # --- "according to" in every language
    (
        "ar",
        "وفقا لمصادر طبية، قتل 11 شخصا في الغارة.",
        [("killed", 11, "مصادر طبية")],
    ),
    (
        "ar",
        "أفاد الدفاع المدني بانتشال 9 جثث من تحت الأنقاض.",
        [("bodies_recovered", 9, "الدفاع المدني")],
    ),
    (
        "de",
        "Nach Angaben der Polizei wurden 6 Menschen getötet.",
        [("killed", 6, "Polizei")],
    ),
    (
        "de",
        "Laut dem Roten Kreuz wurden 45 Menschen verletzt.",
        [("injured", 45, "Roten Kreuz")],
    ),
    (
        "fr",
        "D'après la protection civile, 13 personnes ont été tuées.",
        [("killed", 13, "protection civile")],
    ),
    (
        "es",
        "De acuerdo con la Cruz Roja, 28 personas resultaron heridas.",
        [("injured", 28, "Cruz Roja")],
    ),
    (
        "sv",
        "Enligt räddningstjänsten omkom 4 personer i branden.",
        [("killed", 4, "räddningstjänsten")],
    ),
    # --- a title before the name
    (
        "en",
        "Health Minister Rana Oudeh said 52 people had been killed since Friday.",
        [("killed", 52, "Rana Oudeh")],
    ),
    (
        "de",
        "Gesundheitsminister Karl Brenner sagte, 19 Menschen seien getötet worden.",
        [("killed", 19, "Karl Brenner")],
    ),
    (
        "es",
        "El ministro de Defensa, Julián Peralta, dijo que 5 soldados murieron.",
        [("killed", 5, "Julián Peralta")],
    ),
    (
        "fr",
        "Le ministre de l'Intérieur, Marc Devaux, a indiqué que 3 policiers avaient été blessés.",
        [("injured", 3, "Marc Devaux")],
    ),
    # --- an agency citing a ministry: the ministry speaks
    (
        "en",
        "The Tarsa news agency, citing the health ministry, said 20 people were killed.",
        [("killed", 20, "health ministry|Tarsa news agency")],
    ),
    (
        "de",
        "Unter Berufung auf das Gesundheitsministerium berichtete die Nachrichtenagentur Kalma, "
        "dass 24 Menschen getötet worden seien.",
        [("killed", 24, "Gesundheitsministerium|Kalma")],
    ),
    # --- a fronted time adverbial before the verb and its subject (V2)
    (
        "de",
        "Am Montag teilte die Polizei mit, dass 8 Menschen getötet wurden.",
        [("killed", 8, "Polizei")],
    ),
    (
        "de",
        "Diese Woche haben die Behörden der Stadt erstmals Zahlen veröffentlicht. 212 Leichen "
        "wurden demnach gefunden.",
        [("bodies_recovered", 212, "Behörden der Stadt")],
    ),
    (
        "de",
        "Am Abend meldeten die Rettungskräfte 15 Verletzte.",
        [("injured", 15, "Rettungskräfte")],
    ),
    (
        "sv",
        "På måndagen uppgav polisen att 3 personer dödats.",
        [("killed", 3, "polisen")],
    ),
    (
        "sv",
        "Under natten meddelade räddningstjänsten att 6 personer skadats.",
        [("injured", 6, "räddningstjänsten")],
    ),
    (
        "sv",
        "I dag uppger sjukhuset att 14 personer vårdas för skador.",
        [("injured", 14, "sjukhuset")],
    ),
    # --- a time phrase between an Arabic speaker and its complementizer
    (
        "ar",
        "أعلن مسؤول محلي أمس الاثنين أن ستة مدنيين قتلوا في انفجار.",
        [("killed", 6, "مسؤول محلي")],
    ),
    (
        "ar",
        "قال مصدر أمني اليوم الأحد إن 4 جنود أصيبوا في الهجوم.",
        [("injured", 4, "مصدر أمني")],
    ),
    (
        "ar",
        "ذكرت الشرطة مساء السبت أن 8 أشخاص لقوا حتفهم.",
        [("killed", 8, "الشرطة")],
    ),
    # --- no speaker when the text gives none
    (
        "en",
        "Five people were killed when a shell hit the bus station on Sunday.",
        [("killed", 5, None)],
    ),
    (
        "fr",
        "Trois personnes ont été tuées dans l'explosion d'une voiture piégée mardi.",
        [("killed", 3, None)],
    ),
    (
        "es",
        "Cuatro personas murieron en el incendio de un mercado el jueves.",
        [("killed", 4, None)],
    ),
    (
        "sv",
        "Två personer dödades i en explosion i centrala staden på lördagen.",
        [("killed", 2, None)],
    ),
    # --- wire phrasings in every language (batch two)
    (
        "en",
        "In a statement on Telegram, the regional governor said 15 people were killed overnight.",
        [("killed", 15, "regional governor")],
    ),
    (
        "en",
        "The ministry's spokesman, Adel Farouq, said 34 people had been wounded.",
        [("injured", 34, "Adel Farouq")],
    ),
    ("en", "Medics said at least 9 people were killed in the strike.", [("killed", 9, "Medics")]),
    (
        "en",
        "The toll, according to hospital officials, rose to 41.",
        [("killed", 41, "hospital officials")],
    ),
    (
        "en",
        "Figures from the regional health office show 120 people have died since March.",
        [("killed", 120, "regional health office")],
    ),
    (
        "en",
        "At least 17 people were killed, a Reuters witness said.",
        [("killed", 17, "Reuters witness")],
    ),
    (
        "en",
        "The Vessin Monitoring Group, which tracks the conflict, said 26 civilians were killed.",
        [("killed", 26, "Vessin Monitoring Group")],
    ),
    ("en", "Police confirmed that 3 people died at the scene.", [("killed", 3, "Police")]),
    (
        "en",
        "Palestinian health officials said 12 people were killed.",
        [("killed", 12, "health officials")],
    ),
    ("en", "The army announced that 4 soldiers were killed in the clash.", [("killed", 4, "army")]),
    ("en", "Eleven people were killed, officials say.", [("killed", 11, "officials")]),
    (
        "en",
        "The UN humanitarian office (OCHA) said 600 families were displaced and 14 people killed.",
        [("killed", 14, "OCHA")],
    ),
    (
        "fr",
        "Au moins 14 personnes ont été tuées, a rapporté l'agence Kalma.",
        [("killed", 14, "Kalma")],
    ),
    (
        "fr",
        "Onze civils ont péri, ont indiqué des sources médicales.",
        [("killed", 11, "sources médicales")],
    ),
    (
        "fr",
        "Selon un bilan du ministère de l'Intérieur, 23 personnes sont mortes.",
        [("killed", 23, "ministère de l'Intérieur")],
    ),
    (
        "fr",
        "« Nous avons compté 19 morts », a-t-il déclaré au téléphone. Le maire de Borvat a ensuite précisé que 7 personnes étaient blessées.",
        [("killed", 19, None), ("injured", 7, "maire de Borvat")],
    ),
    (
        "fr",
        "Le bilan s'élève à 31 morts, indique un communiqué du gouvernorat.",
        [("killed", 31, "gouvernorat")],
    ),
    (
        "fr",
        "Six soldats ont été tués, de source sécuritaire.",
        [("killed", 6, "source sécuritaire")],
    ),
    (
        "fr",
        "L'armée a fait savoir que 5 militaires avaient été blessés.",
        [("injured", 5, "armée")],
    ),
    ("es", "Según informó la Fiscalía, 8 personas fueron asesinadas.", [("killed", 8, "Fiscalía")]),
    (
        "es",
        "Fuentes policiales informaron que 6 agentes resultaron heridos.",
        [("injured", 6, "Fuentes policiales")],
    ),
    (
        "es",
        "De acuerdo con el último balance de Protección Civil, 27 personas murieron.",
        [("killed", 27, "Protección Civil")],
    ),
    (
        "es",
        "Al menos 15 personas murieron, señaló la Secretaría de Seguridad en un comunicado.",
        [("killed", 15, "Secretaría de Seguridad")],
    ),
    (
        "es",
        "El gobernador Luis Carmona afirmó que 10 personas fallecieron en el ataque.",
        [("killed", 10, "Luis Carmona")],
    ),
    ("es", "Según un comunicado del Ejército, 3 soldados murieron.", [("killed", 3, "Ejército")]),
    ("de", "Wie die Polizei mitteilte, wurden 5 Menschen verletzt.", [("injured", 5, "Polizei")]),
    ("de", "Nach Polizeiangaben starben 4 Menschen.", [("killed", 4, "Polizei")]),
    (
        "de",
        "Dem Gesundheitsministerium zufolge wurden 29 Menschen getötet.",
        [("killed", 29, "Gesundheitsministerium")],
    ),
    (
        "de",
        "Mindestens 12 Menschen kamen ums Leben, hieß es aus Sicherheitskreisen.",
        [("killed", 12, "Sicherheitskreisen")],
    ),
    ("de", "Die Rettungskräfte sprachen von 18 Verletzten.", [("injured", 18, "Rettungskräfte")]),
    (
        "de",
        "Mindestens 7 Menschen wurden getötet, so ein Sprecher der Armee.",
        [("killed", 7, "Sprecher der Armee")],
    ),
    (
        "de",
        "Der Bürgermeister bestätigte den Tod von 6 Menschen.",
        [("killed", 6, "Bürgermeister")],
    ),
    ("sv", "Minst 9 personer har dödats, rapporterar nyhetsbyrån Kalma.", [("killed", 9, "Kalma")]),
    ("sv", "Enligt uppgifter från sjukhuset skadades 22 personer.", [("injured", 22, "sjukhuset")]),
    ("sv", "Polisen bekräftar att 2 personer omkommit.", [("killed", 2, "Polisen")]),
    ("sv", "Fem personer dödades, skriver tidningen Dagposten.", [("killed", 5, "Dagposten")]),
    (
        "sv",
        "Minst 13 personer skadades, säger en talesperson för polisen till TT.",
        [("injured", 13, "talesperson för polisen")],
    ),
    ("ar", "وحسب مصادر محلية، قتل 7 أشخاص في القصف.", [("killed", 7, "مصادر محلية")]),
    (
        "ar",
        "ونقلت وكالة الأنباء الرسمية عن وزارة الصحة أن 23 شخصا قتلوا.",
        [("killed", 23, "وزارة الصحة|وكالة الأنباء")],
    ),
    ("ar", "وأكدت وزارة الداخلية مقتل 5 من عناصر الشرطة.", [("killed", 5, "وزارة الداخلية")]),
    (
        "ar",
        "وأوضح مدير المستشفى أن 30 جريحا وصلوا إلى المستشفى.",
        [("injured", 30, "مدير المستشفى")],
    ),
    (
        "ar",
        "وصرح المتحدث باسم الدفاع المدني بأن 12 شخصا لقوا حتفهم.",
        [("killed", 12, "الدفاع المدني|المتحدث")],
    ),
    ("ar", "وذكر بيان للجيش أن 3 جنود أصيبوا.", [("injured", 3, "الجيش|بيان")]),
    (
        "en",
        "Strike on Tarsa market kills 12\nTwelve people were killed when a missile hit the market in Tarsa, the health ministry said.",
        [("killed", 12, "health ministry")],
    ),
    (
        "en",
        "Gunmen killed at least 20 people in two attacks on villages, local sources said.\n\nAt least 12 people were killed in Kobari on Sunday night.",
        [("killed", 20, "local sources"), ("killed", 12, "local sources")],
    ),
    (
        "fr",
        "Frappe sur un marché : 9 morts\nNeuf personnes ont été tuées lors d'une frappe sur un marché, selon la protection civile.",
        [("killed", 9, "protection civile")],
    ),
    (
        "es",
        "Al menos 16 muertos en un ataque en Vantia\nAl menos 16 personas murieron en un ataque contra un mercado, según la Cruz Roja.",
        [("killed", 16, "Cruz Roja")],
    ),
    # --- a clause opener before a verb whose subject follows it ('Según informó la Fiscalía',
    # 'Comme l'a annoncé le ministère'), 'de source X', a role with an adjective before a name
    (
        "es",
        "Según indicó el Ministerio del Interior, 11 personas murieron en el ataque.",
        [("killed", 11, "Ministerio del Interior")],
    ),
    (
        "es",
        "Al menos 9 civiles murieron, según explicó el portavoz militar Andrés Ruiz.",
        [("killed", 9, "Andrés Ruiz")],
    ),
    (
        "es",
        "Según dijo a la prensa el alcalde, 4 personas resultaron heridas.",
        [("injured", 4, "alcalde")],
    ),
    ("es", "Tal y como informó la Policía, 5 personas murieron.", [("killed", 5, "Policía")]),
    (
        "es",
        "Como informó la Cruz Roja, 30 personas resultaron heridas.",
        [("injured", 30, "Cruz Roja")],
    ),
    (
        "es",
        "Según han informado fuentes sanitarias, 13 personas murieron.",
        [("killed", 13, "fuentes sanitarias")],
    ),
    (
        "es",
        "Según reportó el diario El Vigía, 7 personas fueron asesinadas.",
        [("killed", 7, "El Vigía")],
    ),
    (
        "es",
        "Según detalló la Fiscalía estatal, 6 cuerpos fueron hallados en la fosa.",
        [("bodies_recovered", 6, "Fiscalía")],
    ),
    (
        "fr",
        "Selon ce qu'a indiqué la police, 4 personnes ont été tuées.",
        [("killed", 4, "police")],
    ),
    (
        "fr",
        "Comme l'a annoncé le ministère, 12 personnes ont été blessées.",
        [("injured", 12, "ministère")],
    ),
    (
        "fr",
        "De source hospitalière, on comptait 18 blessés.",
        [("injured", 18, "source hospitalière")],
    ),
    (
        "fr",
        "Quinze personnes ont été tuées, de sources locales.",
        [("killed", 15, "sources locales")],
    ),
    (
        "fr",
        "Sept civils ont été tués, selon des sources sécuritaires.",
        [("killed", 7, "sources sécuritaires")],
    ),
    (
        "fr",
        "Vingt personnes sont mortes, précise un communiqué de la préfecture.",
        [("killed", 20, "préfecture")],
    ),
    (
        "fr",
        "Au moins 6 personnes ont été tuées, affirme l'ONG Veille Sahel.",
        [("killed", 6, "Veille Sahel")],
    ),
    (
        "fr",
        "Huit personnes ont été blessées, rapporte le quotidien Le Matin de Borvat.",
        [("injured", 8, "Le Matin de Borvat")],
    ),
    (
        "en",
        "Data from the regional health department shows 45 people were wounded.",
        [("injured", 45, "regional health department")],
    ),
    ("en", "As the ministry reported, 14 people were killed.", [("killed", 14, "ministry")]),
    (
        "en",
        "At least 8 people were killed, as police reported on Monday.",
        [("killed", 8, "police")],
    ),
    (
        "de",
        "Wie die Nachrichtenagentur Kalma berichtete, starben 6 Menschen.",
        [("killed", 6, "Kalma")],
    ),
    (
        "de",
        "Mindestens 10 Menschen wurden getötet, wie ein Krankenhausarzt sagte.",
        [("killed", 10, "Krankenhausarzt")],
    ),
    (
        "de",
        "Aus Sicherheitskreisen hieß es, 3 Soldaten seien getötet worden.",
        [("killed", 3, "Sicherheitskreisen")],
    ),
    ("sv", "Som polisen tidigare meddelat dödades 3 personer.", [("killed", 3, "polisen")]),
    (
        "sv",
        "Det var 8 personer som dödades, enligt vad polisen uppger.",
        [("killed", 8, "polisen")],
    ),
    ("ar", "وبحسب ما أفادت به مصادر طبية، قتل 10 أشخاص.", [("killed", 10, "مصادر طبية")]),
    ("ar", "وفق ما أعلنته وزارة الصحة، ارتفع عدد القتلى إلى 44.", [("killed", 44, "وزارة الصحة")]),
    ("ar", "وكما ذكرت الشرطة، أصيب 6 أشخاص.", [("injured", 6, "الشرطة")]),
    (
        "fr",
        "Comme l'a indiqué la préfecture, 9 personnes ont été blessées.",
        [("injured", 9, "préfecture")],
    ),
    (
        "fr",
        "Ainsi que l'a précisé le parquet, 4 personnes ont été tuées.",
        [("killed", 4, "parquet")],
    ),
    ("fr", "Comme le rapporte l'agence Kalma, 7 civils ont été tués.", [("killed", 7, "Kalma")]),
    (
        "fr",
        "Douze soldats ont été tués, a-t-on appris de source sécuritaire.",
        [("killed", 12, "source sécuritaire")],
    ),
    (
        "fr",
        "Trois civils ont été blessés, selon ce qu'on a appris de source médicale.",
        [("injured", 3, "source médicale")],
    ),
    (
        "es",
        "El portavoz policial Mario Esteve dijo que 3 agentes murieron.",
        [("killed", 3, "Mario Esteve")],
    ),
    (
        "es",
        "Dos soldados murieron, informó el vocero castrense Raúl Medina.",
        [("killed", 2, "Raúl Medina")],
    ),
    (
        "en",
        "Seven people were killed, said military spokesman Col. Aris Tonen.",
        [("killed", 7, "Aris Tonen")],
    ),
    (
        "fr",
        "Cinq personnes sont mortes, a affirmé le porte-parole militaire Jean Sarda.",
        [("killed", 5, "Jean Sarda")],
    ),
    (
        "es",
        "Como informó ayer la Fiscalía, 14 cuerpos fueron hallados en la fosa.",
        [("bodies_recovered", 14, "Fiscalía")],
    ),
    (
        "es",
        "Según confirmó a EFE un portavoz de la Cruz Roja, 20 personas resultaron heridas.",
        [("injured", 20, "portavoz de la Cruz Roja")],
    ),
]

# claims whose speaker is still read otherwise: strict xfails naming the class
LATER = (
    "German: a lead with no source takes none from the next sentence in reported speech "
    "(left alone: tried by spk10, and by spk16 for a next sentence in the subjunctive with no "
    "figure; each cost a speaker on a checking half)"
)
CLAIM = "no claim: '13 were taken to hospital with burns' is not read as injured"
PUBLISHED = (
    "'haben die Behörden Zahlen veröffentlicht. 212 Leichen wurden demnach gefunden': no cue"
)
FIGURES = "a source after 'figures/data from ... show' is not read"
COMMUNIQUE = "'indique un communiqué du gouvernorat': the issuer after an inverted verb is not read"
PARAGRAPH = "a non-agency source of the lead does not carry into the next paragraph"
ROLE_ADJ = (
    "a role with an adjective before a name ('el portavoz militar Andrés Ruiz') drops the name"
)
GAPS: dict[str, str] = {
    "0-de-killed-14": LATER,
    "1-de-killed-22": LATER,
    "3-de-injured-17": LATER,
    "6-en-injured-13": CLAIM,
    "33-de-bodies_recovered-212": PUBLISHED,
    "49-en-killed-120": FIGURES,
    "61-fr-killed-31": COMMUNIQUE,
    "89-en-killed-12": PARAGRAPH,
    "93-es-killed-9": ROLE_ADJ,
    "127-fr-killed-5": ROLE_ADJ,
}


@pytest.mark.parametrize(
    ("lang", "text", "measure", "low", "speaker"), speaker_cases(REPORTS, GAPS)
)
def test_speaker(lang: str, text: str, measure: str, low: int | None, speaker: str | None) -> None:
    assert_speaker(lang, text, measure, low, speaker)
