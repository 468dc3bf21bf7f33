"""Arabic names of towns the gazetteer does not spell, matched by consonants near the main place.

GeoNames gives Arabic names to cities, rarely to the towns beside them: Arabic reporting writes
a Ukrainian or Afghan town as it sounds ("بلدة بوشا", "بوتشا"), and no table holds every
spelling. After a settlement noun ("بلدة", "مدينة", "قرية") an unknown word is a town's name; its
consonant skeleton ("بوتشا" -> B C) is compared with the Latin names of places near the
document's main place ("Bucha" -> B C). Vowels are left out on both sides: Arabic writes few of
them. Only places near the main place are tried, so a short skeleton cannot land far away.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from harmledger import gazetteer
from harmledger.extract.place_cues import PlaceCues
from harmledger.extract.places import Gazetteer, Place
from harmledger.folding import normalize_words

NEAR_KM = 50.0
MIN_SKELETON = 2  # consonants; a single one matches too much

# Arabic letters (after folding: no hamza seats, ta marbuta as ha) -> consonant classes;
# long vowels and weak letters carry no class
_ARABIC = {
    "ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "S", "س": "S", "ص": "S", "ج": "J", "ح": "H",
    "ه": "H", "خ": "X", "د": "D", "ض": "D", "ذ": "Z", "ز": "Z", "ظ": "Z", "ر": "R", "ش": "C",
    "غ": "G", "گ": "G", "ف": "F", "ڤ": "F", "ق": "K", "ك": "K", "ل": "L", "م": "M", "ن": "N",
}  # fmt: skip
# Latin spellings, longest first, -> the same classes; vowels, w, y and apostrophes carry none
_LATIN = (
    ("tsch", "C"), ("tch", "C"), ("sch", "C"), ("tsh", "C"), ("ch", "C"), ("sh", "C"),
    ("zh", "J"), ("dj", "J"), ("kh", "X"), ("gh", "G"), ("th", "T"), ("dh", "Z"), ("ph", "F"),
    ("x", "KS"), ("b", "B"), ("p", "B"), ("t", "T"), ("d", "D"), ("s", "S"), ("c", "K"),
    ("z", "Z"), ("j", "J"), ("g", "G"), ("k", "K"), ("q", "K"), ("h", "H"), ("f", "F"),
    ("v", "F"), ("l", "L"), ("m", "M"), ("n", "N"), ("r", "R"),
)  # fmt: skip
_LATIN_RE = re.compile("|".join(re.escape(a) for a, _ in _LATIN))
_LATIN_MAP = dict(_LATIN)


def arabic_skeleton(word: str) -> str:
    """Consonant classes of a folded Arabic word ("بوتشا" -> "BC"): the article, a final ha (ta
    marbuta) and weak letters carry none, "تش" (the sound "ch") one."""
    word = word.removeprefix("ال").replace("تش", "ش")
    if word.endswith("ه"):
        word = word[:-1]
    return "".join(_ARABIC.get(ch, "") for ch in word)


@lru_cache(maxsize=65536)
def latin_skeleton(name: str) -> str:
    """Consonant classes of a folded Latin name ("bucha" -> "BC", "irpin" -> "RBN"), doubled
    letters once ("Raqqa" -> "RK")."""
    classes = "".join(_LATIN_MAP[m.group(0)] for m in _LATIN_RE.finditer(name))
    return re.sub(r"(.)\1+", r"\1", classes)


def near_by_skeleton(gaz: Gazetteer, skeleton: str, main: Place) -> Place | None:
    """The most populous place within :data:`NEAR_KM` of ``main`` whose name has ``skeleton``."""
    if len(skeleton) < MIN_SKELETON or main.latitude is None or main.longitude is None:
        return None
    table = gaz.table
    cells = table.cells
    lat0, lon0 = math.floor(main.latitude), math.floor(main.longitude)
    best: int | None = None
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for row in cells.get((lat0 + dlat, lon0 + dlon), ()):
                if best is not None and table.populations[row] <= table.populations[best]:
                    continue
                name = " ".join(normalize_words(table.names[row]))
                if latin_skeleton(name.replace(" ", "")) != skeleton:
                    continue
                far = gazetteer.distance_km(
                    main.latitude, main.longitude, table.latitudes[row], table.longitudes[row]
                )
                if far <= NEAR_KM:
                    best = row
    if best is None:
        return None
    record = table.record(best)
    return Place(
        record.id, record.name, record.latitude, record.longitude, record.population, record.country
    )


def after_settlement(forms_before: tuple[str, ...], cues: PlaceCues) -> bool:
    """The word before is a settlement noun ("بلدة", "ببلدة")."""
    return any(f in cues.settlement for f in forms_before)
