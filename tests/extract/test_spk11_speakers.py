"""Short reports written by the labeller of branch spk11 before reading the attribution rules,
in ar, de, en, es, fr and sv, for four classes that earlier rounds saw fail: a quotation placed
before its verb ("'I counted 15 bodies,' said a shopkeeper": the speaker is the person after
the verb, never "I" or a body named inside the quote); a background sentence opening with an
earlier date ("In March 2021, a similar attack killed 17 people"), which does not take the
speaker of the sentence before unless it names its own source; a speaker after "told AFP"-like
phrases ("a déclaré à l'AFP le président ...": the person speaks, the agency is where); and a
second source in the same paragraph ("Local leaders put the toll higher, at 14", "Die Regierung
hat von 10 Toten gesprochen"), which keeps its own figure.

Each report lists (measure, low, speaker); alternatives the conventions allow are joined by "|",
``None`` means no speaker. A speaker agrees as the evaluation counts it
(:func:`harmledger.evaluation.matching.same_speaker`). Names, places and figures are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.speaker_reports import assert_speaker, speaker_cases

QUOTE_FIRST: list = [
    (
        "en",
        'Shelling hit the market in Kharino on Tuesday morning. "I counted 15 bodies outside my '
        'door," said a shopkeeper who asked not to be named. "There were at least 20 wounded '
        'lying in the square."',
        [("bodies_recovered", 15, "shopkeeper"), ("injured", 20, "shopkeeper")],
    ),
    (
        "en",
        '"The soldiers killed 12 villagers and burned the mosque," the village head, Ahmed Sani, '
        "told reporters on Sunday. The army denied any involvement.",
        [("killed", 12, "Ahmed Sani|village head")],
    ),
    (
        "fr",
        "Des obus sont tombés sur le marché de Kalba mardi matin. « J'ai compté 15 corps dans la "
        "rue principale », a raconté un commerçant joint par téléphone. « Il y avait aussi au "
        "moins 20 blessés. » L'armée n'a pas commenté.",
        [("bodies_recovered", 15, "commerçant"), ("injured", 20, "commerçant")],
    ),
    (
        "de",
        "Granaten trafen am Dienstag den Markt von Kalba. „Ich habe 15 Leichen gezählt“, sagte "
        "ein Händler. „Mindestens 30 Menschen wurden verletzt.“ Die Polizei bestätigte die "
        "Zahlen zunächst nicht.",
        [("bodies_recovered", 15, "Händler"), ("injured", 30, "Händler")],
    ),
    (
        "es",
        "Los proyectiles cayeron sobre el mercado de Kalba el martes. “Conté 15 cuerpos en la "
        "plaza y hay más de 40 heridos”, dijo un comerciante del barrio. Las autoridades no han "
        "publicado un balance.",
        [("bodies_recovered", 15, "comerciante"), ("injured", 41, "comerciante")],
    ),
    (
        "sv",
        "Granater slog ned på marknaden i Kalba på tisdagen. ”Jag räknade 15 kroppar på gatan”, "
        "säger en handlare som inte vill uppge sitt namn. ”Minst 20 personer skadades.”",
        [("bodies_recovered", 15, "handlare"), ("injured", 20, "handlare")],
    ),
    (
        "ar",
        'سقطت قذائف على سوق البلدة صباح الثلاثاء. "أحصيت 15 جثة في الشارع"، قال تاجر من سكان '
        "الحي. وأضاف أن 20 شخصا على الأقل أصيبوا بجروح.",
        [("bodies_recovered", 15, "تاجر"), ("injured", 20, "تاجر")],
    ),
]

BACKGROUND: list = [
    (
        "en",
        "A car bomb killed 8 people at a checkpoint near Tarsel on Monday, police spokesman Omar "
        "Haddad said. In March 2021, a similar attack on the same road killed 17 people.",
        [("killed", 8, "Omar Haddad|police"), ("killed", 17, None)],
    ),
    (
        "en",
        "Gunmen killed 6 worshippers at a church in Odeni, a local official said. In 2019, an "
        "attack on a mosque in the same district killed 31 people, according to the United "
        "Nations.",
        [("killed", 6, "official"), ("killed", 31, "United Nations")],
    ),
    (
        "fr",
        "Au moins 6 personnes ont été tuées dans l'attaque d'un convoi, selon le gouverneur de la "
        "région. En 2019, une embuscade au même endroit avait fait 25 morts parmi les soldats.",
        [("killed", 6, "gouverneur"), ("killed", 25, None)],
    ),
    (
        "de",
        "Bei einem Anschlag auf einen Markt sind nach Angaben der Polizei 11 Menschen getötet "
        "worden. Im Jahr 2019 waren bei einem ähnlichen Angriff in der Stadt 40 Menschen ums "
        "Leben gekommen.",
        [("killed", 11, "Polizei"), ("killed", 40, None)],
    ),
    (
        "es",
        "Al menos 9 personas murieron en el ataque, informó la Fiscalía estatal. En 2019, una "
        "masacre en el mismo municipio dejó 14 muertos.",
        [("killed", 9, "Fiscalía"), ("killed", 14, None)],
    ),
    (
        "sv",
        "Minst 7 personer dödades i attacken, uppger polisen. År 2019 dödades 30 personer i ett "
        "liknande dåd i samma stad.",
        [("killed", 7, "polisen"), ("killed", 30, None)],
    ),
    (
        "ar",
        "قال مصدر طبي إن 10 أشخاص قتلوا في القصف. وفي عام 2019، قتل 35 شخصا في هجوم مماثل على "
        "السوق نفسه.",
        [("killed", 10, "مصدر طبي"), ("killed", 35, None)],
    ),
]

TOLD_AGENCY: list = [
    (
        "fr",
        "« Les assaillants ont tué 12 civils », a déclaré à l'AFP le président de la société "
        "civile locale, Amadou Diallo.",
        [("killed", 12, "Amadou Diallo|président de la société civile")],
    ),
    (
        "en",
        '"At least 11 people were killed in the shelling," told Reuters the head of the local council, Ivan Petrenko.',
        [("killed", 11, "Ivan Petrenko|head of the local council")],
    ),
    (
        "de",
        "„Es gibt mindestens 14 Tote“, sagte der Deutschen Presse-Agentur der Bürgermeister des "
        "Ortes, Hans Keller.",
        [("killed", 14, "Hans Keller|Bürgermeister")],
    ),
    (
        "es",
        "“Hay 8 muertos y 20 heridos”, dijo a la agencia EFE el alcalde de la localidad, Juan "
        "Pérez.",
        [("killed", 8, "Juan Pérez|alcalde"), ("injured", 20, "Juan Pérez|alcalde")],
    ),
    (
        "sv",
        "”Minst 9 personer har dödats”, säger kommunens ordförande Anna Berg till TT.",
        [("killed", 9, "Anna Berg|ordförande")],
    ),
    (
        "ar",
        "وقال لوكالة فرانس برس رئيس المجلس المحلي في البلدة إن 13 شخصا قتلوا في الغارة.",
        [("killed", 13, "رئيس المجلس المحلي")],
    ),
]

SECOND_SOURCE: list = [
    (
        "en",
        "The toll was first given as 9 dead by the hospital director, Sami Nouri. Local leaders "
        "later put the toll higher, at 14. Al-Nahar television put the toll at 20.",
        [
            ("killed", 9, "Sami Nouri|hospital director"),
            ("killed", 14, "Local leaders"),
            ("killed", 20, "Al-Nahar television"),
        ],
    ),
    (
        "fr",
        "Le gouverneur a d'abord fait état de 7 morts. Le ministère de l'Intérieur a ensuite "
        "donné un bilan de 12 morts et 30 blessés.",
        [("killed", 7, "gouverneur"), ("killed", 12, "ministère"), ("injured", 30, "ministère")],
    ),
    (
        "de",
        "Die Polizei sprach zunächst von 5 Toten. Die Regierung hat später von 10 Toten "
        "gesprochen.",
        [("killed", 5, "Polizei"), ("killed", 10, "Regierung")],
    ),
    (
        "es",
        "La policía informó inicialmente de 6 muertos. Más tarde, el gobernador elevó el balance "
        "a 11 fallecidos.",
        [("killed", 6, "policía"), ("killed", 11, "gobernador")],
    ),
    (
        "sv",
        "Polisen uppgav först att 4 personer dödats. Senare meddelade sjukhuset att antalet döda "
        "stigit till 9.",
        [("killed", 4, "Polisen"), ("killed", 9, "sjukhuset")],
    ),
    (
        "ar",
        "وقال الدفاع المدني إن 8 أشخاص قتلوا. في حين قالت وزارة الصحة إن حصيلة القتلى ارتفعت إلى "
        "15. وأفاد التلفزيون الرسمي بأن الحصيلة بلغت 20 قتيلا.",
        [
            ("killed", 8, "الدفاع المدني"),
            ("killed", 15, "وزارة الصحة"),
            ("killed", 20, "التلفزيون"),
        ],
    ),
]

# variants of the four classes, and a medium as the subject that gives a toll
MORE: list = [
    (
        "en",
        '"At least 11 people were killed," the head of the local council told Reuters.',
        [("killed", 11, "head of the local council")],
    ),
    ("es", "“Hay 8 muertos”, dijo a Efe un vecino del barrio.", [("killed", 8, "vecino")]),
    (
        "fr",
        "« Les hommes armés ont abattu 8 villageois », a confié à l'AFP un habitant.",
        [("killed", 8, "habitant")],
    ),
    (
        "de",
        "Die Polizei meldete 5 Tote. Zuvor hatte die Regierung von 10 Toten gesprochen.",
        [("killed", 5, "Polizei"), ("killed", 10, "Regierung")],
    ),
    (
        "de",
        "Reporter haben mit 20 Überlebenden gesprochen. 3 Menschen starben.",
        [("killed", 3, None)],
    ),
    ("en", "State television said 20 people were killed.", [("killed", 20, "State television")]),
    ("es", "La televisión estatal informó de 20 muertos.", [("killed", 20, "televisión estatal")]),
    ("de", "Das Staatsfernsehen meldete 20 Tote.", [("killed", 20, "Staatsfernsehen")]),
    (
        "sv",
        "Minst 9 personer har dödats, säger ordföranden Anna Berg till TT.",
        [("killed", 9, "Anna Berg|ordföranden")],
    ),
    (
        "en",
        "Militants killed 4 soldiers at a base in Duma, the army said. In the summer of 2018, an "
        "attack on the same base killed 22 soldiers.",
        [("killed", 4, "army"), ("killed", 22, None)],
    ),
    (
        "es",
        "Un ataque dejó 5 muertos en Tala, según la policía. En marzo de 2020, un atentado en la "
        "misma plaza dejó 12 muertos.",
        [("killed", 5, "policía"), ("killed", 12, None)],
    ),
    (
        "es",
        "Según el gobernador, el ataque dejó 12 muertos, mientras que un estudio universitario "
        "elevó la cifra a 30.",
        [("killed", 12, "gobernador"), ("killed", 30, "estudio universitario")],
    ),
    (
        "sv",
        "Enligt guvernören dödades 12 personer, medan en studie från ett universitet uppskattar "
        "antalet döda till 30.",
        [("killed", 12, "guvernören"), ("killed", 30, "studie")],
    ),
    (
        "fr",
        "Selon le gouverneur, l'attaque a fait 12 morts, tandis qu'une étude universitaire a "
        "estimé le nombre de morts à 30.",
        [("killed", 12, "gouverneur"), ("killed", 30, "étude universitaire")],
    ),
]

GAPS: dict[str, str] = {
    "39-fr-killed-30": "a French subject with an adjective after its noun ('une étude "
    "universitaire a estimé') is not read: fr adjectives_after on cost two checking-half "
    "speakers of incidents_dev again (spk11), off",
    "20-en-killed-9": "a passive toll 'was first given as 9 dead by the hospital director': the "
    "agent after 'by' is not read as the source",
}


@pytest.mark.parametrize(
    ("lang", "text", "measure", "low", "speaker"),
    speaker_cases(QUOTE_FIRST + BACKGROUND + TOLD_AGENCY + SECOND_SOURCE + MORE, GAPS),
)
def test_report_speaker(
    lang: str, text: str, measure: str, low: int | None, speaker: str | None
) -> None:
    assert_speaker(lang, text, measure, low, speaker)
