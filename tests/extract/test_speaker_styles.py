"""Who said each casualty figure, in the attribution styles real reporting uses, ten short
passages of our own per language (ar, de, en, es, fr, sv), labelled as the gold labels them
(``CONVENTIONS.md``: the speaker is whoever the text attributes the figure to, nested
attribution written out, null when the reporter states it) and compared as the evaluation
compares speakers (:func:`harmledger.evaluation.matching.same_speaker`, so the label is written
in English as the gold writes it).

Styles: "according to X", "X said", "X told Reuters", "said X", a quotation closed by its
speaker, reported speech after the figure, a speaker named in the sentence before, chains
("AFP, citing rescuers"), ministries, hospitals, police, militaries, monitors, named persons
with roles, and figures the reporter states with no one named. Names, places and figures are
invented.
"""

from __future__ import annotations

import pytest

from harmledger.evaluation.matching import same_speaker
from harmledger.extract.engine import extract_claims

# (lang, text, the speaker of every casualty claim in order; None: the reporter's own)
Case = tuple[str, str, list[str | None]]

CASES: list[Case] = [
    # English
    (
        "en",
        "At least 14 people were killed, according to the health ministry.",
        ["health ministry"],
    ),
    ("en", "The police said nine civilians were wounded in the blast.", ["police"]),
    (
        "en",
        "Rescuers pulled 23 bodies from the rubble, a civil defence official told Reuters.",
        ["civil defence official, to Reuters"],
    ),
    (
        "en",
        "Eleven children were among the dead, said Omar Haddad, director of the Al-Amal hospital.",
        ["Omar Haddad, director of Al-Amal hospital"],
    ),
    (
        "en",
        '"We have counted 31 dead so far," the army spokesman said on Monday.',
        ["army spokesman"],
    ),
    (
        "en",
        "Governor Ivan Petrenko spoke to reporters in the morning. Six people had died overnight "
        "and 20 were injured, he said.",
        ["Governor Ivan Petrenko", "Governor Ivan Petrenko"],
    ),
    (
        "en",
        "Seventeen people were killed in the shelling, AFP reported, citing local rescuers.",
        ["local rescuers, via AFP"],
    ),
    (
        "en",
        "The Syrian Observatory for Human Rights said the strikes killed 12 fighters.",
        ["Syrian Observatory for Human Rights"],
    ),
    (
        "en",
        "Airwars estimates that between 40 and 60 civilians died in the raid.",
        ["Airwars"],
    ),
    ("en", "The strike killed eight people on Tuesday evening.", [None]),
    # German
    (
        "de",
        "Nach Angaben des Gesundheitsministeriums wurden 14 Menschen getötet.",
        ["health ministry"],
    ),
    ("de", "Die Polizei teilte mit, dass neun Zivilisten verletzt wurden.", ["police"]),
    (
        "de",
        "Bei dem Angriff wurden 23 Menschen getötet, sagte ein Sprecher des Zivilschutzes der "
        "Nachrichtenagentur dpa.",
        ["civil defence spokesman, to dpa"],
    ),
    (
        "de",
        "Mindestens 31 Menschen kamen ums Leben, wie Bürgermeister Jan Weber mitteilte.",
        ["Mayor Jan Weber"],
    ),
    (
        "de",
        "„Wir haben bisher 17 Tote gezählt“, sagte ein Armeesprecher am Montag.",
        ["army spokesman"],
    ),
    (
        "de",
        "Gouverneur Iwan Petrenko äußerte sich am Morgen. Sechs Menschen seien in der Nacht "
        "getötet worden, schrieb er auf Telegram.",
        ["Governor Ivan Petrenko"],
    ),
    (
        "de",
        "Die Nachrichtenagentur AFP berichtete unter Berufung auf Rettungskräfte von 19 Toten.",
        ["rescue workers, via AFP"],
    ),
    (
        "de",
        "Der Syrischen Beobachtungsstelle für Menschenrechte zufolge starben zwölf Kämpfer.",
        ["Syrian Observatory for Human Rights"],
    ),
    (
        "de",
        "Laut dem Krankenhausdirektor Omar Haddad wurden 40 Verletzte eingeliefert.",
        ["hospital director Omar Haddad"],
    ),
    ("de", "Bei dem Luftangriff am Dienstag wurden acht Menschen getötet.", [None]),
    # Spanish
    ("es", "Al menos 14 personas murieron, según el Ministerio de Salud.", ["Ministry of Health"]),
    ("es", "La policía informó que nueve civiles resultaron heridos.", ["police"]),
    (
        "es",
        "Veintitrés cuerpos fueron rescatados, dijo a la agencia EFE un portavoz de Defensa Civil.",
        ["Civil Defence spokesman, to EFE"],
    ),
    (
        "es",
        "Once niños murieron en el ataque, afirmó el gobernador Carlos Medina.",
        ["Governor Carlos Medina"],
    ),
    (
        "es",
        '"Hemos contado 31 muertos hasta ahora", declaró el portavoz del ejército.',
        ["army spokesman"],
    ),
    (
        "es",
        "La Fiscalía del estado publicó un comunicado el lunes. Precisó que seis personas fueron "
        "asesinadas.",
        ["state prosecutor's office"],
    ),
    (
        "es",
        "Diecisiete personas murieron, informó la agencia AFP citando a socorristas locales.",
        ["local rescuers, via AFP"],
    ),
    (
        "es",
        "El Observatorio Sirio de Derechos Humanos indicó que doce combatientes murieron.",
        ["Syrian Observatory for Human Rights"],
    ),
    (
        "es",
        "De acuerdo con el director del hospital, Luis Ortega, 40 heridos fueron atendidos.",
        ["hospital director Luis Ortega"],
    ),
    ("es", "El bombardeo del martes mató a ocho personas.", [None]),
    # French
    (
        "fr",
        "Au moins 14 personnes ont été tuées, selon le ministère de la Santé.",
        ["health ministry"],
    ),
    ("fr", "La police a indiqué que neuf civils avaient été blessés.", ["police"]),
    (
        "fr",
        "Vingt-trois corps ont été retirés des décombres, a déclaré à l'AFP un responsable de la "
        "protection civile.",
        ["civil defence official, to AFP"],
    ),
    (
        "fr",
        "Onze enfants figurent parmi les morts, a précisé Omar Haddad, directeur de l'hôpital "
        "Al-Amal.",
        ["Omar Haddad, director of Al-Amal hospital"],
    ),
    (
        "fr",
        "« Nous avons compté 31 morts », a affirmé le porte-parole de l'armée lundi.",
        ["army spokesman"],
    ),
    (
        "fr",
        "Le gouverneur Ivan Petrenko s'est exprimé dans la matinée. Six personnes ont été tuées "
        "dans la nuit, a-t-il ajouté.",
        ["Governor Ivan Petrenko"],
    ),
    (
        "fr",
        "Dix-sept personnes ont été tuées, a rapporté l'AFP, citant des secouristes locaux.",
        ["local rescuers, via AFP"],
    ),
    (
        "fr",
        "D'après l'Observatoire syrien des droits de l'homme, douze combattants ont été tués.",
        ["Syrian Observatory for Human Rights"],
    ),
    (
        "fr",
        "Selon l'ONU, plus de 2 000 personnes ont été déplacées par les combats.",
        ["United Nations"],
    ),
    ("fr", "La frappe de mardi a tué huit personnes.", [None]),
    # Swedish
    ("sv", "Minst 14 personer dödades, enligt hälsoministeriet.", ["health ministry"]),
    ("sv", "Polisen uppger att nio civila skadades i explosionen.", ["police"]),
    (
        "sv",
        "Tjugotre kroppar har dragits ur rasmassorna, säger en talesperson för räddningstjänsten "
        "till Reuters.",
        ["rescue service spokesperson, to Reuters"],
    ),
    (
        "sv",
        "Elva barn finns bland de döda, säger Omar Haddad, chef för sjukhuset.",
        ["Omar Haddad, head of the hospital"],
    ),
    (
        "sv",
        "– Vi har räknat 31 döda, säger arméns talesperson.",
        ["army spokesperson"],
    ),
    (
        "sv",
        "Guvernören Ivan Petrenko talade med journalister på morgonen. Sex personer dödades under "
        "natten, sade han.",
        ["Governor Ivan Petrenko"],
    ),
    (
        "sv",
        "Sjutton personer dödades, rapporterar AFP med hänvisning till lokala räddningsarbetare.",
        ["local rescue workers, via AFP"],
    ),
    (
        "sv",
        "Enligt Syriska människorättsobservatoriet dödades tolv stridande.",
        ["Syrian Observatory for Human Rights"],
    ),
    (
        "sv",
        "Enligt TT uppger sjukhuset att 40 skadade har vårdats.",
        ["the hospital, via TT"],
    ),
    ("sv", "Flyganfallet i tisdags dödade åtta personer.", [None]),
    # Arabic
    ("ar", "قتل 14 شخصا على الأقل، بحسب وزارة الصحة.", ["Ministry of Health"]),
    ("ar", "قالت الشرطة إن تسعة مدنيين أصيبوا في الانفجار.", ["police"]),
    (
        "ar",
        "انتشلت فرق الإنقاذ 23 جثة من تحت الأنقاض، وفق ما قال مسؤول في الدفاع المدني لرويترز.",
        ["civil defence official, to Reuters"],
    ),
    (
        "ar",
        "وقال مدير مستشفى الأمل عمر حداد إن 11 طفلا بين القتلى.",
        ["hospital director Omar Haddad"],
    ),
    (
        "ar",
        "وأعلن المتحدث باسم الجيش مقتل 31 مسلحا في العملية.",
        ["army spokesman"],
    ),
    (
        "ar",
        "وأفاد المرصد السوري لحقوق الإنسان بمقتل 12 مقاتلا في الغارات.",
        ["Syrian Observatory for Human Rights"],
    ),
    (
        "ar",
        "ونقلت وكالة الأنباء الفلسطينية (وفا) عن مصادر طبية استشهاد 17 مواطنا.",
        ["medical sources, via WAFA"],
    ),
    (
        "ar",
        "وذكرت مصادر أمنية أن ستة أشخاص قتلوا وأصيب 20 آخرون.",
        ["security sources", "security sources"],
    ),
    (
        "ar",
        "وتحدث محافظ المدينة سالم العزي إلى الصحفيين صباح اليوم. وأضاف أن 9 مدنيين قتلوا في القصف.",
        ["governor Salem al-Azzi"],
    ),
    ("ar", "أسفر القصف عن مقتل ثمانية أشخاص يوم الثلاثاء.", [None]),
]


def _ids() -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for lang, _, _ in CASES:
        seen[lang] = seen.get(lang, 0) + 1
        ids.append(f"{lang}-{seen[lang]}")
    return ids


@pytest.mark.parametrize(("lang", "text", "speakers"), CASES, ids=_ids())
def test_speaker_as_the_gold_labels_it(lang: str, text: str, speakers: list[str | None]) -> None:
    predicted = [c.speaker for c in extract_claims(text, lang) if c.is_casualty]
    assert len(predicted) == len(speakers), predicted
    for got, want in zip(predicted, speakers, strict=True):
        assert same_speaker(got, want), (got, want)
