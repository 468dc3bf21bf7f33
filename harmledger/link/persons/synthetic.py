"""Invented victim lists with known answers, for tests, demos and benchmarks.

People are generated from pools of common Arabic name parts with the romanisations lists use,
then recorded by up to three lists the way real lists differ: one writes four-part Arabic names,
one two- or three-part Latin names with another spelling, one Arabic with hamza, ta marbuta and
spacing variants; each drops fields, mistypes letters, swaps parts and rounds ages. No real
person is described: names are drawn at random from pools of common name parts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from harmledger.victims.model import VictimRecord

__all__ = ["SyntheticPerson", "synthetic_lists"]

# (Arabic, romanisations) for common name parts; written for the tests, not taken from any list.
MALE = [
    ("محمد", ["Mohammed", "Muhammad", "Mohamed"]),
    ("أحمد", ["Ahmed", "Ahmad"]),
    ("محمود", ["Mahmoud", "Mahmood"]),
    ("خليل", ["Khalil", "Khaleel"]),
    ("يوسف", ["Yousef", "Youssef"]),
    ("إبراهيم", ["Ibrahim", "Ebraheem"]),
    ("عمر", ["Omar", "Umar"]),
    ("علي", ["Ali", "Aly"]),
    ("حسين", ["Hussein", "Husain"]),
    ("حسن", ["Hassan", "Hasan"]),
    ("سمير", ["Samir", "Sameer"]),
    ("وليد", ["Walid", "Waleed"]),
    ("طارق", ["Tariq", "Tarek"]),
    ("سامر", ["Samer"]),
    ("رامي", ["Rami", "Ramy"]),
    ("ناصر", ["Nasser", "Naser"]),
    ("خالد", ["Khaled", "Khalid"]),
    ("مصطفى", ["Mustafa"]),
    ("عبد الرحمن", ["Abdel Rahman", "Abdulrahman"]),
    ("عبد الله", ["Abdullah", "Abdallah"]),
    ("جمال", ["Jamal", "Gamal"]),
    ("كمال", ["Kamal"]),
    ("سعيد", ["Saeed", "Said"]),
    ("زياد", ["Ziad", "Ziyad"]),
    ("هاني", ["Hani", "Hany"]),
    ("بلال", ["Bilal", "Belal"]),
    ("أنس", ["Anas"]),
    ("إياد", ["Iyad", "Eyad"]),
    ("فادي", ["Fadi", "Fady"]),
    ("نبيل", ["Nabil", "Nabeel"]),
    ("رائد", ["Raed", "Ra'ed"]),
    ("شادي", ["Shadi"]),
    ("ماجد", ["Majed", "Majid"]),
    ("عادل", ["Adel", "Adil"]),
    ("صالح", ["Saleh", "Salih"]),
    ("جهاد", ["Jihad"]),
    ("معتز", ["Moataz", "Mutaz"]),
    ("أيمن", ["Ayman"]),
    ("نور الدين", ["Nour al-Din", "Nureddin"]),
    ("يحيى", ["Yahya"]),
]
FEMALE = [
    ("فاطمة", ["Fatima", "Fatma"]),
    ("مريم", ["Mariam", "Maryam"]),
    ("هبة", ["Heba", "Hiba"]),
    ("رانيا", ["Rania", "Ranya"]),
    ("ليلى", ["Layla", "Leila"]),
    ("آمنة", ["Amna", "Amina"]),
    ("سارة", ["Sara", "Sarah"]),
    ("نور", ["Nour", "Noor"]),
    ("هالة", ["Hala"]),
    ("ريم", ["Reem", "Rim"]),
    ("سماح", ["Samah"]),
    ("إيمان", ["Iman", "Eman"]),
    ("أسماء", ["Asmaa", "Asma"]),
    ("دعاء", ["Doaa", "Duaa"]),
    ("رغد", ["Raghad"]),
    ("جنى", ["Jana"]),
    ("لانا", ["Lana"]),
    ("ياسمين", ["Yasmin", "Yasmeen"]),
    ("خديجة", ["Khadija", "Khadeeja"]),
    ("زينب", ["Zainab", "Zeinab"]),
    ("سلمى", ["Salma"]),
    ("منى", ["Mona", "Muna"]),
    ("هدى", ["Huda", "Hoda"]),
    ("عائشة", ["Aisha", "Aysha"]),
    ("بيسان", ["Bisan", "Baisan"]),
    ("تسنيم", ["Tasneem", "Tasnim"]),
    ("رهف", ["Rahaf"]),
    ("شيماء", ["Shaimaa", "Shaima"]),
    ("وفاء", ["Wafaa"]),
    ("سهى", ["Suha", "Soha"]),
]
FAMILY = [
    ("حداد", ["Haddad"]),
    ("النمر", ["Al-Nimr", "El Nimr"]),
    ("ابو سمرة", ["Abu Samra"]),
    ("الخطيب", ["Al-Khatib", "Alkhatib"]),
    ("النجار", ["Al-Najjar", "El-Najar"]),
    ("ابو زيد", ["Abu Zaid", "Abou Zeid"]),
    ("الحلو", ["Al-Helou", "El Helw"]),
    ("شاهين", ["Shaheen", "Shahin"]),
    ("عيسى", ["Issa", "Eisa"]),
    ("منصور", ["Mansour"]),
    ("الشامي", ["Al-Shami", "Elshamy"]),
    ("ابو حمد", ["Abu Hamad"]),
    ("سالم", ["Salem"]),
    ("الاغا", ["Al-Agha", "Elagha"]),
    ("ابو عودة", ["Abu Odeh", "Abu Ouda"]),
    ("درويش", ["Darwish", "Darweesh"]),
    ("قاسم", ["Qassem", "Kassem"]),
    ("العطار", ["Al-Attar"]),
    ("الصباغ", ["Al-Sabbagh"]),
    ("ابو ليلة", ["Abu Laila", "Abu Leila"]),
    ("جابر", ["Jaber"]),
    ("البرغوثي", ["Barghouti"]),
    ("الكرمي", ["Al-Karmi"]),
    ("ابو شمالة", ["Abu Shamala"]),
    ("حمدان", ["Hamdan"]),
    ("عاشور", ["Ashour", "Ashur"]),
    ("الزعانين", ["Al-Zaanin"]),
    ("ابو ريا", ["Abu Rayya"]),
    ("ابو جبل", ["Abu Jabal"]),
    ("السقا", ["Al-Saqqa"]),
    ("المصري", ["Al-Masri", "Elmasry"]),
    ("الحسيني", ["Al-Husseini"]),
    ("صيام", ["Siam"]),
    ("الغول", ["Al-Ghoul"]),
    ("ابو العيش", ["Abu al-Aish"]),
    ("فرحات", ["Farhat"]),
    ("الريس", ["Al-Rayyes"]),
    ("مهنا", ["Muhanna"]),
    ("الدلو", ["Al-Dalou"]),
    ("بكر", ["Bakr"]),
]
PLACES = [
    ("غزة", "Gaza City"),
    ("خان يونس", "Khan Younis"),
    ("رفح", "Rafah"),
    ("دير البلح", "Deir al-Balah"),
    ("جباليا", "Jabalia"),
    ("الرقة", "Raqqa"),
]
# Root consonants (Arabic letter, romanisations) and word patterns, to invent family names
# the way Arabic forms them: فعّال (Haddad), فاعل (Saleh), فعيل (Khalil), nisba الفعلي, ابو فعل.
_ROOTS = [
    ("ب", ["b"]),
    ("ت", ["t"]),
    ("ج", ["j"]),
    ("ح", ["h"]),
    ("خ", ["kh"]),
    ("د", ["d"]),
    ("ر", ["r"]),
    ("ز", ["z"]),
    ("س", ["s"]),
    ("ش", ["sh"]),
    ("ص", ["s"]),
    ("ط", ["t"]),
    ("ف", ["f"]),
    ("ق", ["q", "k"]),
    ("ك", ["k"]),
    ("ل", ["l"]),
    ("م", ["m"]),
    ("ن", ["n"]),
]
_PATTERNS = [
    ("{1}{2}ا{3}", ["{1}a{2}{2}a{3}", "{1}a{2}a{3}"]),
    ("{1}ا{2}{3}", ["{1}a{2}e{3}", "{1}a{2}i{3}"]),
    ("{1}{2}ي{3}", ["{1}a{2}ee{3}", "{1}a{2}i{3}"]),
    ("ال{1}{2}{3}ي", ["Al-{1}a{2}{3}i", "El {1}a{2}{3}y"]),
    ("ابو {1}{2}{3}", ["Abu {1}a{2}a{3}", "Abou {1}a{2}a{3}"]),
]
_ARABIC_RESPELL = [("ة", "ه"), ("أ", "ا"), ("إ", "ا"), ("ى", "ي"), ("ابو ", "ابو"), ("عبد ", "عبد")]


@dataclass(frozen=True)
class SyntheticPerson:
    """The truth behind generated records: who, and which records describe them."""

    person: int
    record_ids: tuple[str, ...]


def invented_families(count: int, seed: int = 0) -> list[tuple[str, list[str]]]:
    """``count`` invented family names (Arabic, romanisations) built from roots and patterns."""
    rng = random.Random(seed)
    out: dict[str, list[str]] = {}
    while len(out) < count:
        roots = [rng.choice(_ROOTS) for _ in range(3)]
        arabic, latins = rng.choice(_PATTERNS)
        name = arabic.format(*([""] + [r[0] for r in roots]))
        spellings = []
        for latin in latins:
            letters = [""] + [rng.choice(r[1]) for r in roots]
            spellings.append(
                latin.format(*letters).capitalize() if latin[0] == "{" else latin.format(*letters)
            )
        out.setdefault(name, spellings)
    return list(out.items())


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.random()
    if kind < 0.4:
        return text[:i] + text[i + 1 :]
    if kind < 0.7:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice("aeiouy") + text[i:]


def synthetic_lists(
    people: int,
    seed: int = 0,
    lists: tuple[str, ...] = ("hospital", "monitor", "ministry"),
    *,
    unlisted: bool = False,
) -> tuple[list[VictimRecord], list[SyntheticPerson]]:
    """Records of ``people`` invented people, each in 1 to 3 of ``lists`` (plus a few
    duplicates inside a list), and the truth. Deterministic for a given seed.

    Each list records a person with probability 0.6, independently. By default a person no list
    drew is put on one list anyway (linkage tests want everyone recorded). With ``unlisted``
    such people have no records, as in a real count: that is the population capture-recapture
    estimates, and the lists then follow its independence model (same records otherwise)."""
    rng = random.Random(seed)
    # Family sizes are skewed: a few large families, a long tail of small ones.
    families = FAMILY + invented_families(max(200, people // 20), seed)
    cumulative = list(accumulate(1.0 / (rank + 10) for rank in range(len(families))))
    records: list[VictimRecord] = []
    truth: list[SyntheticPerson] = []
    start = date(2023, 10, 7)
    for person in range(people):
        female = rng.random() < 0.45
        given = rng.choice(FEMALE if female else MALE)
        father, grandfather = rng.choice(MALE), rng.choice(MALE)
        family = rng.choices(families, cum_weights=cumulative)[0]
        age = min(int(rng.expovariate(1 / 24)), 95)
        died = start + timedelta(days=rng.randrange(330))
        place = rng.choice(PLACES)
        drawn = [name for name in lists if rng.random() < 0.6]
        chosen = drawn or [rng.choice(lists)]
        missed = unlisted and not drawn
        if rng.random() < 0.03:
            chosen.append(chosen[0])  # recorded twice by one list
        ids: list[str] = []
        for n, list_name in enumerate(chosen):
            key = f"{person}-{n}"
            fields: dict[str, object] = {"list_name": list_name, "record_key": key}
            style = lists.index(list_name) % 3
            if style == 0:  # four-part Arabic names, full details
                fields["name"] = " ".join(p[0] for p in (given, father, grandfather, family))
                fields["date_of_birth"] = died - timedelta(days=365 * age + rng.randrange(365))
                fields["place_of_death"] = place[0]
            elif style == 1:  # Latin, two or three parts, another spelling
                parts = [given, family] if rng.random() < 0.5 else [given, father, family]
                latin = " ".join(rng.choice(p[1]) for p in parts)
                fields["name_latin"] = _typo(rng, latin) if rng.random() < 0.15 else latin
                fields["place_of_death"] = place[1]
            else:  # Arabic respelt, sometimes family name first
                arabic = " ".join(p[0] for p in (given, father, family))
                for old, new in rng.sample(_ARABIC_RESPELL, 2):
                    arabic = arabic.replace(old, new)
                if rng.random() < 0.1:
                    words = arabic.split()
                    arabic = " ".join(words[-1:] + words[:-1])
                fields["name"] = arabic
            fields["age"] = (
                None if rng.random() < 0.2 else max(0, age + rng.choice((0, 0, 0, 1, -1)))
            )
            fields["sex"] = None if rng.random() < 0.1 else ("female" if female else "male")
            fields["date_of_death"] = (
                None if rng.random() < 0.3 else died + timedelta(days=rng.choice((0, 0, 1)))
            )
            record = VictimRecord(**fields)  # type: ignore[arg-type]
            if not missed:
                records.append(record)
                ids.append(record.record_id)
        truth.append(SyntheticPerson(person, tuple(ids)))
    return records, truth
