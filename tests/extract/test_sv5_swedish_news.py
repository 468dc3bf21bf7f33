"""Swedish news about wars, attacks and disasters abroad, written by us as labellers before
reading the rules (branch sv5): headlines without a verb, tolls that rise, idioms for dying
("krävde 17 liv", "miste livet", "sköts ihjäl", "fick sätta livet till"), compound nouns
(dödsoffer, dödstal), "ett 30-tal", the cleft "det är ... som", sources given after the claim
("Det uppger ...") and numbers that are not casualties. Names and places are invented or
generic; none comes from the evaluation data."""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from harmledger.extract import extract_claims

Reading = tuple[str, str, int | None, int | None, str]


def _readings(text: str) -> list[Reading]:
    return sorted(
        (c.measure, c.who or "", c.low, c.high, c.qualifier)
        for c in extract_claims(text, "sv")
        if c.is_casualty
    )


K, INJ, M, D, B = "killed", "injured", "missing", "displaced", "bodies_recovered"
KI = "killed_or_injured"

CASES: list[tuple[str, list[Reading]] | ParameterSet] = [
    # verbs and idioms for dying
    (
        "Minst 41 människor uppges ha dött i jordskalvet i den östra delen av landet.",
        [(K, "people", 41, None, "at_least")],
    ),
    ("Explosionen på marknaden krävde 17 liv.", [(K, "people", 17, 17, "exact")]),
    (
        "Skottlossningen i köpcentret har krävt minst sex människoliv.",
        [(K, "people", 6, None, "at_least")],
    ),
    ("Nio personer omkom när en bil körde in i folkmassan.", [(K, "people", 9, 9, "exact")]),
    ("Tre barn miste livet i branden i flyktinglägret.", [(K, "children", 3, 3, "exact")]),
    (
        "Minst elva personer har fått sätta livet till i striderna kring staden.",
        [(K, "people", 11, None, "at_least")],
    ),
    (
        "En man i 30-årsåldern sköts ihjäl i förorten på lördagskvällen.",
        [(K, "men", 1, 1, "exact")],
    ),
    (
        "Två personer knivhöggs till döds och en tredje skadades allvarligt.",
        [(K, "people", 2, 2, "exact"), (INJ, "people", 1, 1, "exact")],
    ),
    ("Fyra människor har bekräftats döda efter lavinen.", [(K, "people", 4, 4, "exact")]),
    (
        "Minst tolv människor har frusit ihjäl i lägren under vintern.",
        [(K, "people", 12, None, "at_least")],
    ),
    (
        "Båten var byggd för 50 personer men hade 300 ombord. Minst 60 har drunknat.",
        [(K, "people", 60, None, "at_least")],
    ),
    (
        "Alla 132 personer ombord omkom när planet störtade i bergen.",
        [(K, "people", 132, 132, "exact")],
    ),
    ("En kvinna i 70-årsåldern omkom i raset.", [(K, "women", 1, 1, "exact")]),
    ("Ett sextiotal människor har dött i kolerautbrottet.", [(K, "people", 60, 60, "about")]),
    # tolls that rise, compound nouns
    ("Dödssiffran efter bussolyckan har stigit till 42.", [(K, "people", 42, 42, "exact")]),
    (
        "Dödstalet i översvämningarna har nu stigit till minst 87.",
        [(K, "people", 87, None, "at_least")],
    ),
    ("Antalet dödsoffer har stigit till 58.", [(K, "people", 58, 58, "exact")]),
    ("Antalet dödade i attacken har stigit till 19.", [(K, "people", 19, 19, "exact")]),
    (
        "Dödssiffran har stigit från 12 till 19 under eftermiddagen.",
        [(K, "people", 12, 12, "exact"), (K, "people", 19, 19, "exact")],
    ),
    (
        "Attacken har krävt 14 dödsoffer och 40 skadade.",
        [(K, "people", 14, 14, "exact"), (INJ, "people", 40, 40, "exact")],
    ),
    (
        "Över 10 000 civila dödsoffer har registrerats av FN sedan invasionen.",
        [(K, "civilians", 10001, None, "more_than")],
    ),
    (
        "Tolv skadade personer fördes till sjukhus i grannstaden.",
        [(INJ, "people", 12, 12, "exact")],
    ),
    (
        "Skottlossningen krävde två dödsoffer vid 21-tiden på fredagen.",
        [(K, "people", 2, 2, "exact")],
    ),
    (
        "Dödssiffran i branden stiger: nu är 31 personer bekräftat döda.",
        [(K, "people", 31, 31, "exact")],
    ),
    # headlines without a verb
    ("Minst 18 döda i jordskred i bergsregionen", [(K, "people", 18, None, "at_least")]),
    ("Flera döda efter skottlossning på skola", [(K, "people", 3, None, "vague")]),
    ("Över 100 döda i attacker mot byar i norr", [(K, "people", 101, None, "more_than")]),
    (
        "Två döda och fem skadade efter explosion i hamnen",
        [(K, "people", 2, 2, "exact"), (INJ, "people", 5, 5, "exact")],
    ),
    # qualifiers and approximate quantities
    (
        "Minst 12 personer dödades och ett 30-tal skadades i attacken mot moskén.",
        [(K, "people", 12, None, "at_least"), (INJ, "people", 30, 30, "about")],
    ),
    (
        "Ett 40-tal personer har dödats och ett 100-tal skadats.",
        [(K, "people", 40, 40, "about"), (INJ, "people", 100, 100, "about")],
    ),
    (
        "Över 200 civila har dödats i regionen sedan årsskiftet.",
        [(K, "civilians", 201, None, "more_than")],
    ),
    (
        "Fler än hundra personer har omkommit i översvämningarna.",
        [(K, "people", 101, None, "more_than")],
    ),
    ("Ett tjugotal människor skadades när taket rasade.", [(INJ, "people", 20, 20, "about")]),
    ("Tiotals civila har dödats i luftangreppen.", [(K, "civilians", 20, None, "vague")]),
    ("Hundratals människor skadades i jordbävningen.", [(INJ, "people", 200, None, "vague")]),
    (
        "Drygt 1 200 personer har dödats sedan kriget bröt ut.",
        [(K, "people", 1201, None, "more_than")],
    ),
    (
        "Närmare 70 personer saknas efter att färjan kantrade.",
        [(M, "people", 70, 70, "about")],
    ),
    (
        "Uppemot 300 människor befaras ha dött i skredet.",
        [(K, "people", None, 300, "up_to")],
    ),
    ("Drygt hundra människor saknas efter skyfallet.", [(M, "people", 101, None, "more_than")]),
    (
        "Närmare tusen civila har dödats i belägringen av staden.",
        [(K, "civilians", 1000, 1000, "about")],
    ),
    ("Ett femtiotal personer sårades i attacken.", [(INJ, "people", 50, 50, "about")]),
    ("Minst ett femtontal personer har skadats.", [(INJ, "people", 15, None, "at_least")]),
    ("Omkring 250 personer skadades i oroligheterna.", [(INJ, "people", 250, 250, "about")]),
    ("Knappt 100 personer har skadats i oroligheterna.", [(INJ, "people", 100, 100, "about")]),
    ("Runt 400 människor dödades i massakern.", [(K, "people", 400, 400, "about")]),
    ("Ungefär 80 personer har skadats.", [(INJ, "people", 80, 80, "about")]),
    ("Åtminstone 16 personer dödades i attacken.", [(K, "people", 16, None, "at_least")]),
    ("Inte färre än 30 personer har dödats.", [(K, "people", 30, None, "at_least")]),
    ("Upp till 50 personer kan ha omkommit.", [(K, "people", None, 50, "up_to")]),
    ("Mellan 200 och 300 människor har dödats.", [(K, "people", 200, 300, "range")]),
    ("Ett tiotal personer saknas fortfarande.", [(M, "people", 10, 10, "about")]),
    ("Över 50 personer är saknade efter stormen.", [(M, "people", 51, None, "more_than")]),
    ("Sju fiskare är försvunna sedan i söndags.", [(M, "people", 7, 7, "exact")]),
    (
        "Över 60 människor har dödats eller skadats i attackerna.",
        [(KI, "people", 61, None, "more_than")],
    ),
    # number words and separators
    ("Tvåhundra personer har skadats i protesterna.", [(INJ, "people", 200, 200, "exact")]),
    ("Fyrtiotvå människor omkom i branden.", [(K, "people", 42, 42, "exact")]),
    (
        "Tre personer dödades och ett dussin skadades i explosionen.",
        [(K, "people", 3, 3, "exact"), (INJ, "people", 12, 12, "exact")],
    ),
    (
        "Ett dussin människor dödades när ett flygplan störtade strax efter start.",
        [(K, "people", 12, 12, "exact")],
    ),
    ("Drygt tjugo civila dödades i natt.", [(K, "civilians", 21, None, "more_than")]),
    ("Minst 2\u00a0300 personer har skadats.", [(INJ, "people", 2300, None, "at_least")]),
    (
        "Minst 1 500 människor har omkommit i jordbävningen och över 3 000 har skadats.",
        [(K, "people", 1500, None, "at_least"), (INJ, "people", 3001, None, "more_than")],
    ),
    (
        "Nästan 2 miljoner människor har tvingats fly från sina hem.",
        [(D, "people", 2000000, 2000000, "about")],
    ),
    (
        "Tiotusentals människor har drivits på flykt av striderna.",
        [(D, "people", 20000, None, "vague")],
    ),
    (
        # the evacuated are alive and elsewhere (eval incidents_dev README): no claim
        "Över 1 000 hus förstördes och 120 000 människor evakuerades.",
        [],
    ),
    # who: subsets, companions, roles
    (
        # the woman, her children and the family's total (as harmledger.extract.companions)
        "En kvinna och hennes två barn dödades när en granat slog ner i huset.",
        [(K, "children", 2, 2, "exact"), (K, "people", 3, 3, "exact"), (K, "women", 1, 1, "exact")],
    ),
    (
        "Sju personer dödades, två av dem barn.",
        [(K, "children", 2, 2, "exact"), (K, "people", 7, 7, "exact")],
    ),
    ("Bland de döda fanns fem barn.", [(K, "children", 5, 5, "exact")]),
    (
        "Sexton civila dödades i byn, varav åtta kvinnor.",
        [(K, "civilians", 16, 16, "exact"), (K, "women", 8, 8, "exact")],
    ),
    (
        "Två soldater och en civil dödades vid gränsen.",
        [(K, "civilians", 1, 1, "exact"), (K, "combatants", 2, 2, "exact")],
    ),
    (
        "Tre soldater stupade och sju skadades när konvojen angreps.",
        [(K, "combatants", 3, 3, "exact"), (INJ, "combatants", 7, 7, "exact")],
    ),
    ("Tre av de dödade var barn.", [(K, "children", 3, 3, "exact")]),
    (
        "Av de döda var tio kvinnor och sex barn.",
        [(K, "children", 6, 6, "exact"), (K, "women", 10, 10, "exact")],
    ),
    ("Av de skadade är tolv barn.", [(INJ, "children", 12, 12, "exact")]),
    (
        "Minst 32 personer – bland dem 11 barn – har dödats.",
        [(K, "children", 11, 11, "exact"), (K, "people", 32, None, "at_least")],
    ),
    (
        "Minst 20 personer dödades i bombdådet på torsdagen. Bland de 20 döda fanns tre barn.",
        [(K, "children", 3, 3, "exact"), (K, "people", 20, None, "at_least")],
    ),
    ("Två män i 20-årsåldern skadades i skottlossningen.", [(INJ, "men", 2, 2, "exact")]),
    (
        "Ett barn och två vuxna dödades.",
        # a lone member first and a counted one after it: the three too (single11)
        [
            (K, "children", 1, 1, "exact"),
            (K, "people", 2, 2, "exact"),
            (K, "people", 3, 3, "exact"),
        ],
    ),
    (
        "Under natten dödades ytterligare elva människor i bombningarna av huvudstaden.",
        [(K, "people", 11, 11, "exact")],
    ),
    ("Ytterligare tre personer har dött av sina skador.", [(K, "people", 3, 3, "exact")]),
    ("Tio personer har förts till sjukhus.", [(INJ, "people", 10, 10, "exact")]),
    (
        "Minst 25 personer fick föras till sjukhus med skador.",
        [(INJ, "people", 25, None, "at_least")],
    ),
    (
        "Räddningsarbetare har hittat 23 kroppar i spillrorna.",
        [(B, "people", 23, 23, "exact")],
    ),
    (
        "Kvarlevorna efter minst 19 personer har grävts fram.",
        [(B, "people", 19, None, "at_least")],
    ),
    ("Det är minst tio personer som har dödats.", [(K, "people", 10, None, "at_least")]),
    # explicit zeros
    ("Ingen kom till skada i explosionen.", [(INJ, "people", 0, 0, "exact")]),
    ("Inga civila dödades i anfallet.", [(K, "civilians", 0, 0, "exact")]),
    ("Ingen har kommit till skada vid branden.", [(INJ, "people", 0, 0, "exact")]),
    ("Inga personer kom till skada.", [(INJ, "people", 0, 0, "exact")]),
    # claims beside numbers that are not claims
    (
        "Det var den värsta attacken sedan 2016, då 86 människor dödades.",
        [(K, "people", 86, 86, "exact")],
    ),
    (
        "Klockan 10.16 lokal tid detonerade bomben, som dödade åtta personer.",
        [(K, "people", 8, 8, "exact")],
    ),
    (
        "Minst 14 personer dödades när en 22-årig man öppnade eld på skolan.",
        [(K, "people", 14, None, "at_least")],
    ),
    ("Den 3 maj dödades 9 personer i byn.", [(K, "people", 9, 9, "exact")]),
    ("Under 2023 dödades 470 civila i landet.", [(K, "civilians", 470, 470, "exact")]),
    (
        "Ryssland avfyrade 40 robotar mot huvudstaden i natt; minst 3 personer dödades.",
        [(K, "people", 3, None, "at_least")],
    ),
    ("Tåget hade 400 passagerare; 18 av dem omkom.", [(K, "people", 18, 18, "exact")]),
    (
        "I 30 år har konflikten pågått och krävt över 40 000 liv.",
        [(K, "people", 40001, None, "more_than")],
    ),
    (
        "Bara under de senaste två dygnen har minst 45 palestinier dödats.",
        [(K, "people", 45, None, "at_least")],
    ),
    (
        "Över 300 000 civila har dödats i landet sedan 2011.",
        [(K, "civilians", 300001, None, "more_than")],
    ),
    # a year right before a verb that takes its own count after it is no count
    (
        "Vid ett liknande dåd 2019 dödades 51 personer.",
        [(K, "people", 51, 51, "exact")],
    ),
    (
        "Efter attacken 2008 dödades ytterligare 30 personer i hämndaktioner.",
        [(K, "people", 30, 30, "exact")],
    ),
    (
        "Vid attacken 2016 omkom minst 86 människor.",
        [(K, "people", 86, None, "at_least")],
    ),
    (
        "Vid attacken 2016 omkom 86 människor och 2017 dödades ytterligare 12.",
        [(K, "people", 12, 12, "exact"), (K, "people", 86, 86, "exact")],
    ),
    # a toll revised upwards "upp till" a figure: the figure, no "up to"
    ("Dödssiffran har skrivits upp till 40.", [(K, "people", 40, 40, "exact")]),
    ("Siffran har sedan dess reviderats upp till 112 döda.", [(K, "people", 112, 112, "exact")]),
    (
        "Antalet döda har under dagen justerats upp till 57.",
        [(K, "people", 57, 57, "exact")],
    ),
    # a qualifier inside "ett ...-tal"
    ("Ett drygt hundratal människor har dödats.", [(K, "people", 101, None, "more_than")]),
    ("Ett knappt fyrtiotal personer skadades.", [(INJ, "people", 40, 40, "about")]),
    ("Ett drygt 30-tal personer skadades.", [(INJ, "people", 31, None, "more_than")]),
    ("Minst ett drygt tjugotal personer skadades.", [(INJ, "people", 20, None, "at_least")]),
    # half a million; "exceed" in every tense
    ("En halv miljon människor är på flykt.", [(D, "people", 500000, 500000, "exact")]),
    ("Antalet dödsoffer beräknas överstiga 1 000.", [(K, "people", 1001, None, "more_than")]),
    ("Antalet dödade har nu passerat 40 000.", [(K, "people", 40001, None, "more_than")]),
    ("Dödssiffran passerade 300 under natten.", [(K, "people", 301, None, "more_than")]),
    # "N av dem var X och M var Y": the second count's own category, the part's measure
    (
        "I attacken dödades 12 personer. Sex av dem var barn och tre var kvinnor.",
        [
            (K, "children", 6, 6, "exact"),
            (K, "people", 12, 12, "exact"),
            (K, "women", 3, 3, "exact"),
        ],
    ),
    (
        "Två av de döda var barn, och fyra var kvinnor.",
        [(K, "children", 2, 2, "exact"), (K, "women", 4, 4, "exact")],
    ),
    (
        "Tolv personer skadades. Fem av dem var barn, två var kvinnor.",
        [
            (INJ, "children", 5, 5, "exact"),
            (INJ, "people", 12, 12, "exact"),
            (INJ, "women", 2, 2, "exact"),
        ],
    ),
    # all, some, most, the rest: capitalised at a sentence's start, but no name of one victim
    ("Drönaren träffade en bil med sex personer. Samtliga dödades.", []),
    ("Bilen träffades. Alla omkom.", []),
    ("Merparten dödades.", []),
    ("Resten omkom i branden.", []),
    ("Några skadades lindrigt.", []),
    ("Alla tre dödades.", [(K, "people", 3, 3, "exact")]),
    # a child's age in years before the verb ("i tvåårsåldern", "i tioårsåldern")
    ("En pojke i tioårsåldern dödades.", [(K, "children", 1, 1, "exact")]),
    ("En flicka i femårsåldern skadades allvarligt.", [(INJ, "children", 1, 1, "exact")]),
    # one more, by an ordinal: "en tredje", "en fjärde"
    (
        "Tre personer dog på platsen och en fjärde avled senare på sjukhus.",
        [(K, "people", 1, 1, "exact"), (K, "people", 3, 3, "exact")],
    ),
    (
        "Två personer dödades. En tredje skadades svårt.",
        [(INJ, "people", 1, 1, "exact"), (K, "people", 2, 2, "exact")],
    ),
]


@pytest.mark.parametrize(("text", "readings"), CASES)
def test_swedish_news(text: str, readings: list[Reading]) -> None:
    assert _readings(text) == sorted(readings)


SPEAKERS = [
    ("Dödssiffran efter bussolyckan har stigit till 42, uppger polisen.", "polisen"),
    ("Ytterligare tre personer har dött av sina skador, meddelar sjukhuset.", "sjukhuset"),
    ("Minst 30 personer dödades, enligt uppgifter till TT.", "TT"),
    ("Antalet dödsoffer har stigit till 58, uppger hälsoministeriet.", "hälsoministeriet"),
    ("Fem barn är bland de dödade, enligt Rädda Barnen.", "Rädda Barnen"),
    (
        "Enligt den palestinska hälsomyndigheten har över 30 000 människor dödats.",
        "hälsomyndigheten",
    ),
    ("Tre av de dödade var barn, uppger lokala källor.", "lokala källor"),
    (
        "Enligt Läkare utan gränser har mer än 500 skadade behandlats på sjukhuset.",
        "Läkare utan gränser",
    ),
    (
        "Sju personer dödades och minst 20 skadades när en bilbomb exploderade utanför ett "
        "hotell på lördagen, rapporterar Reuters.",
        "Reuters",
    ),
    ("Inga civila dödades i anfallet, enligt armén.", "armén"),
    ("Enligt den lokala guvernören dödades 15 personer i attacken.", "guvernören"),
    ("– Vi har räknat 27 döda, säger en läkare på sjukhuset till SVT.", "läkare"),
    (
        "Minst nio personer har dödats i morse. Det uppger Sveriges Radios korrespondent.",
        "Sveriges Radio",
    ),
    ("Totalt har 112 människor dödats, skriver AFP.", "AFP"),
    ("Hälsoministeriet uppger att 64 personer har dödats det senaste dygnet.", "Hälsoministeriet"),
    ("Sex personer omkom i branden. Det bekräftar räddningstjänsten.", "räddningstjänsten"),
    (
        "Enligt Aftonbladets uppgifter är det två personer som har dödats.",
        "Aftonbladet",
    ),
    (
        "Enligt ukrainska myndigheter har fem civila dödats i den ryska attacken.",
        "myndigheter",
    ),
    ("FN:s människorättskontor rapporterar att minst 80 civila har dödats.", "människorättskontor"),
    (
        "Fler än 4 000 människor har dödats i konflikten, enligt en sammanställning från FN.",
        "FN",
    ),
    # the other side and those close to the victims speak too
    ("Enligt rebellerna dödades 15 soldater i bakhållet.", "rebellerna"),
    ("15 soldater dödades, enligt rebellerna.", "rebellerna"),
    ("Enligt familjen dödades fyra personer i huset.", "familjen"),
    ("Enligt de överlevande dödades minst 40 personer.", "överlevande"),
    ("Enligt anhöriga har sju personer omkommit.", "anhöriga"),
    ("Enligt FN:s flyktingorgan har 200 000 människor flytt.", "FN"),
    ("Enligt den lokala sjukvården har 27 personer behandlats för skador.", "sjukvården"),
    # one person in a role, definite or compound
    ("Vi har 20 döda här på sjukhuset, säger läkaren.", "läkaren"),
    ("Minst tolv personer har dödats, säger överläkaren Sara Exempel.", "överläkaren"),
    ("Sex personer har omkommit, uppger räddningsledaren.", "räddningsledaren"),
    ("– Vi räknar med över 30 döda, säger presstalespersonen.", "presstalespersonen"),
    ("Fyra civila dödades, uppger en säkerhetskälla.", "säkerhetskälla"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_swedish_news_speakers(text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, "sv") if c.is_casualty]
    assert claims
    assert all(speaker.lower() in (c.speaker or "").lower() for c in claims)


NO_CLAIMS = [
    "Ryssland avfyrade 43 robotar och 70 drönare mot landet under natten.",
    "Omkring 5 000 soldater har skickats till regionen.",
    "Striderna har pågått i 30 år.",
    "Fartyget hade 300 passagerare ombord när det lämnade hamnen klockan 06.30.",
    "Mannen, som är 52 år, greps på tisdagen den 14 mars.",
    "Räddningstjänsten ryckte ut med 12 fordon och 40 brandmän.",
    "Sjukhuset har 250 vårdplatser men har saknat el i tre veckor.",
    "Omkring 2 000 personer bor i lägret, som ligger 15 kilometer från gränsen.",
    "Över 70 flyganfall genomfördes under helgen, enligt armén.",
    "Regeringen lovade 500 miljoner kronor i stöd till de drabbade.",
    "Många människor har dödats, men den exakta siffran är okänd.",
    "Omkring 60 procent av bostäderna i staden har skadats.",
    "Polisen har gripit tre personer misstänkta för dådet.",
    "Minst 72 massgravar har hittats i regionen.",
    "Kl. 14.45 på onsdagen hördes de första explosionerna i stadsdel 7.",
    "Över 400 hus har förstörts i flodvågen.",
    "I 12 dagar har räddningsarbetarna letat efter överlevande.",
    "Den 24 februari 2022 inledde grannlandet sin fullskaliga invasion.",
    "Enligt FN behöver 25 miljoner människor humanitärt bistånd.",
    "Skolan, som har 600 elever, stod tom när bomben slog ner.",
    "Omkring 40 personer befinner sig fortfarande under rasmassorna.",
    "Hälften av de dödade var kvinnor och barn.",
    "Omkring 70 procent av de dödade är kvinnor och barn.",
    "Ett okänt antal människor har dödats.",
]


@pytest.mark.parametrize("text", NO_CLAIMS)
def test_swedish_news_numbers_that_are_no_claims(text: str) -> None:
    assert _readings(text) == []
