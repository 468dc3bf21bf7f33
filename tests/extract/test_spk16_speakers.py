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
        [("killed", 14, "Direktor eines Krankenhauses"), ("injured", 5, "Direktor eines Krankenhauses")],
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
        [("killed", 11, "Karvel Human Rights Network"), ("killed", 6, "Karvel Human Rights Network")],
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
        [("killed", 15, "Observatoire des droits de Kessa"), ("killed", 4, "Observatoire des droits de Kessa")],
    ),
    (
        "es",
        "El Observatorio de Derechos de Vantia informó de 19 muertos en el ataque. La ONG precisó "
        "que 7 de ellos eran menores.",
        [("killed", 19, "Observatorio de Derechos de Vantia"), ("killed", 7, "Observatorio de Derechos de Vantia")],
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
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("lang", "text", "measure", "low", "speaker"), speaker_cases(REPORTS, GAPS)
)
def test_speaker(lang: str, text: str, measure: str, low: int | None, speaker: str | None) -> None:
    assert_speaker(lang, text, measure, low, speaker)
