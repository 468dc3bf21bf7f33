"""Swedish war and attack reporting written by ourselves as the labeller, before running the
extractor: a family that lost (miste, förlorade) children, victims listed after a pronoun ("han,
hans fru och deras tre barn"), reported-speech passives (uppges ha dött, ska ha dödats, befaras
ha omkommit), compound nouns (dödssiffran, dödsoffer, civila dödsoffer), number words (ett
tjugotal, dussintals, hundratals, ett femtiotal), Swedish number formats (1 200, 2,5 miljoner),
speakers (enligt, uppger, meddelar, säger till TT), and numbers that are no casualty figure
(dates, times, ages, drones, robots, money, distances, buildings, population). Short reports in
the manner of Swedish and Finland-Swedish newsrooms close the file. Names, places and figures
are invented.

``who`` is ``None`` where the conventions leave the category open (journalists, medics, police,
firefighters, sons); then only measure and figures are checked. ``speaker`` is ``None`` when
the text states the figure without attribution, ``"?"`` when it is not checked, else a
substring (any case) every casualty claim's speaker must hold.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Reading = tuple[str, str | None, int | None, int | None, str]

K, H, M, D, B = "killed", "injured", "missing", "displaced", "bodies_recovered"  # H: hurt

CASES: list[object] = [
    # --- a family that lost children ---
    (
        "Familjen miste tre barn i flyganfallet mot bostadsområdet.",
        [(K, "children", 3, 3, "exact")],
        None,
    ),
    (
        "Enligt grannarna förlorade familjen fem barn när huset träffades.",
        [(K, "children", 5, 5, "exact")],
        "grannarna",
    ),
    ("En kvinna i byn förlorade två söner i beskjutningen.", [(K, None, 2, 2, "exact")], None),
    ("Paret miste sina fyra barn i bombningen av skolan.", [(K, "children", 4, 4, "exact")], None),
    (
        "Två familjer miste sammanlagt elva medlemmar i attacken, uppger Röda korset.",
        [(K, "people", 11, 11, "exact")],
        "Röda korset",
    ),
    (
        "Bataljonen miste åtta soldater i striderna vid floden.",
        [(K, "combatants", 8, 8, "exact")],
        None,
    ),
    (
        "Byn har förlorat sex barn i attacker sedan i somras.",
        [(K, "children", 6, 6, "exact")],
        None,
    ),
    ("I attacken förlorade familjen sju medlemmar.", [(K, "people", 7, 7, "exact")], None),
    pytest.param(
        "Han hade mist 11 familjemedlemmar i kriget.",
        [(K, "people", 11, 11, "exact")],
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="relatives a verb of losing takes ('mist 11 familjemedlemmar') are read who = "
            "other (kin_groups.py), as incidents_dev tune ('nine members of his family') and the "
            "labeller of enrep10 ('he lost 11 relatives') read them; this label reads people",
        ),
    ),
    ("Familjen miste minst 20 medlemmar.", [(K, "people", 20, None, "at_least")], None),
    ("Hon förlorade tre av sina barn i attacken.", [(K, "children", 3, 3, "exact")], None),
    (
        "Hon förlorade sin make och två söner i attacken.",
        [(K, "people", 3, 3, "exact"), (K, "children", 2, 2, "exact")],
        None,
    ),
    # --- victims listed after a pronoun ---
    (
        "Han, hans fru och deras tre barn dödades när raketen träffade huset.",
        [(K, "people", 5, 5, "exact"), (K, "children", 3, 3, "exact")],
        None,
    ),
    (
        "Hon och hennes två döttrar omkom i beskjutningen av kvarteret.",
        [(K, "people", 3, 3, "exact"), (K, "children", 2, 2, "exact")],
        None,
    ),
    (
        "Mannen, hans fru och deras sex barn dödades.",
        [(K, "people", 8, 8, "exact"), (K, "children", 6, 6, "exact")],
        None,
    ),
    (
        "Granaten dödade honom, hans fru och deras fyra barn.",
        [(K, "people", 6, 6, "exact"), (K, "children", 4, 4, "exact")],
        None,
    ),
    (
        "Hon, hennes man och deras son skadades svårt i explosionen.",
        [(H, "people", 3, 3, "exact"), (H, "children", 1, 1, "exact")],
        None,
    ),
    (
        "Läkaren, hans fru och deras två barn dödades i natt, enligt sjukhuset.",
        [(K, "people", 4, 4, "exact"), (K, "children", 2, 2, "exact")],
        "sjukhuset",
    ),
    # --- reported-speech passives ---
    (
        "Minst 30 civila uppges ha dött i attacken mot marknaden.",
        [(K, "civilians", 30, None, "at_least")],
        None,
    ),
    (
        "Ett tjugotal personer ska ha dödats i flyganfallet, enligt lokala medier.",
        [(K, "people", 20, 20, "about")],
        "lokala medier",
    ),
    (
        "Över 100 människor befaras ha omkommit när bostadshuset rasade efter anfallet.",
        [(K, "people", 101, None, "more_than")],
        None,
    ),
    ("Fem journalister uppges ha skadats i beskjutningen.", [(H, None, 5, 5, "exact")], None),
    (
        "Sju soldater ska ha stupat i striderna, enligt ukrainska källor.",
        [(K, "combatants", 7, 7, "exact")],
        "källor",
    ),
    ("Dussintals civila befaras ha dödats i natt.", [(K, "civilians", 24, None, "vague")], None),
    ("Tre barn uppges ha skadats allvarligt.", [(H, "children", 3, 3, "exact")], None),
    (
        "Ett femtiotal personer befaras ha omkommit i branden efter explosionen.",
        [(K, "people", 50, 50, "about")],
        None,
    ),
    ("Två sjukvårdare ska ha skjutits ihjäl vid vägspärren.", [(K, None, 2, 2, "exact")], None),
    ("Flera hundra personer uppges ha skadats.", [(H, "people", 200, None, "vague")], None),
    ("Fyra soldater uppges ha sårats i striderna.", [(H, "combatants", 4, 4, "exact")], None),
    ("Elva personer befaras ha omkommit i skredet.", [(K, "people", 11, 11, "exact")], None),
    ("Minst sex barn sägs ha dödats i attacken.", [(K, "children", 6, None, "at_least")], None),
    # --- compound nouns ---
    (
        "Dödssiffran har stigit till 42, meddelar myndigheterna.",
        [(K, "people", 42, 42, "exact")],
        "myndigheterna",
    ),
    ("Antalet dödsoffer efter attacken är nu 17.", [(K, "people", 17, 17, "exact")], None),
    (
        "Minst 250 civila dödsoffer har registrerats sedan februari, enligt FN.",
        [(K, "civilians", 250, None, "at_least")],
        "FN",
    ),
    (
        "Dödstalet efter robotattacken uppgår till 23 personer.",
        [(K, "people", 23, 23, "exact")],
        None,
    ),
    ("Dödssiffran steg under natten till minst 61.", [(K, "people", 61, None, "at_least")], None),
    ("Bland dödsoffren finns nio barn.", [(K, "children", 9, 9, "exact")], None),
    (
        "Antalet skadade har stigit till 140, uppger räddningstjänsten.",
        [(H, "people", 140, 140, "exact")],
        "räddningstjänsten",
    ),
    ("Attacken krävde 14 dödsoffer.", [(K, "people", 14, 14, "exact")], None),
    ("Det är den dödligaste attacken i år med 35 döda.", [(K, "people", 35, 35, "exact")], None),
    (
        "Sammanlagt har kriget krävt över 10 000 civila dödsoffer.",
        [(K, "civilians", 10001, None, "more_than")],
        None,
    ),
    (
        "Explosionen lämnade 8 döda och 31 skadade efter sig.",
        [(K, "people", 8, 8, "exact"), (H, "people", 31, 31, "exact")],
        None,
    ),
    pytest.param(
        "De civila förlusterna uppgår till minst 300 döda.",
        [(K, "civilians", 300, None, "at_least")],
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a category adjective on a toll noun (civila förluster) is not carried to "
            "the figure",
        ),
    ),
    ("Antalet sårade soldater uppgår till 75.", [(H, "combatants", 75, 75, "exact")], None),
    ("Dödssiffran i Gaza närmar sig 30 000.", [(K, "people", 30000, 30000, "about")], None),
    # --- number words and vague quantities ---
    ("Ett tjugotal civila dödades i anfallet.", [(K, "civilians", 20, 20, "about")], None),
    (
        "Dussintals människor skadades när bomben exploderade.",
        [(H, "people", 24, None, "vague")],
        None,
    ),
    ("Hundratals människor har dödats i striderna.", [(K, "people", 200, None, "vague")], None),
    (
        "Ett femtiotal soldater stupade under offensiven.",
        [(K, "combatants", 50, 50, "about")],
        None,
    ),
    ("Tusentals människor har flytt från staden.", [(D, "people", 2000, None, "vague")], None),
    (
        "Tiotusentals civila har evakuerats från regionen.",  # evacuated: no claim
        [],
        None,
    ),
    (
        "Tiotals personer skadades i kravallerna efter bombningen.",
        [(H, "people", 20, None, "vague")],
        None,
    ),
    ("Ett hundratal personer saknas efter attacken.", [(M, "people", 100, 100, "about")], None),
    ("Minst ett hundratal personer omkom.", [(K, "people", 100, None, "at_least")], None),
    (
        "Ett trettiotal barn fördes till sjukhus med skador.",
        [(H, "children", 30, 30, "about")],
        None,
    ),
    ("Ett dussin soldater sårades.", [(H, "combatants", 12, 12, "exact")], None),
    ("Mer än ett dussin civila dödades.", [(K, "civilians", 13, None, "more_than")], None),
    ("Flera personer skadades lindrigt.", [(H, "people", 3, None, "vague")], None),
    ("Ett fyrtiotal kroppar har hittats i massgraven.", [(B, "people", 40, 40, "about")], None),
    ("Cirka 70 personer dödades, enligt vittnen.", [(K, "people", 70, 70, "about")], "vittnen"),
    ("Omkring 300 personer har skadats sedan i fredags.", [(H, "people", 300, 300, "about")], None),
    (
        "Närmare 500 personer har dödats sedan kriget bröt ut.",
        [(K, "people", 500, 500, "about")],
        None,
    ),
    ("Uppemot 60 personer kan ha omkommit.", [(K, "people", None, 60, "up_to")], None),
    ("Mellan 20 och 30 civila dödades i attacken.", [(K, "civilians", 20, 30, "range")], None),
    ("Fler än 200 människor skadades.", [(H, "people", 201, None, "more_than")], None),
    ("Över 1 000 soldater har stupat.", [(K, "combatants", 1001, None, "more_than")], None),
    ("Knappt 40 personer skadades.", [(H, "people", 40, 40, "about")], None),
    (
        "Tjugotre personer dödades och ett fyrtiotal skadades.",
        [(K, "people", 23, 23, "exact"), (H, "people", 40, 40, "about")],
        None,
    ),
    (
        "Sju personer omkom och tolv skadades.",
        [(K, "people", 7, 7, "exact"), (H, "people", 12, 12, "exact")],
        None,
    ),
    ("Fyrtiofem civila dödades.", [(K, "civilians", 45, 45, "exact")], None),
    ("Etthundratjugo personer skadades.", [(H, "people", 120, 120, "exact")], None),
    ("Tvåhundra soldater har dödats.", [(K, "combatants", 200, 200, "exact")], None),
    ("Ett tusental människor har flytt.", [(D, "people", 1000, 1000, "about")], None),
    ("Ett sextiotal skadade har förts till sjukhus.", [(H, "people", 60, 60, "about")], None),
    ("Ett tiotal kvinnor skadades.", [(H, "women", 10, 10, "about")], None),
    ("Femton barn dödades i attacken mot skolan.", [(K, "children", 15, 15, "exact")], None),
    ("Ett åttiotal stridande dödades.", [(K, "combatants", 80, 80, "about")], None),
    # --- Swedish number formats ---
    (
        "Minst 1 200 civila har dödats sedan januari, enligt FN:s människorättskontor.",
        [(K, "civilians", 1200, None, "at_least")],
        "FN",
    ),
    (
        "Över 2,5 miljoner människor har flytt landet.",
        [(D, "people", 2500001, None, "more_than")],
        None,
    ),
    ("Totalt 12 345 personer har skadats.", [(H, "people", 12345, 12345, "exact")], None),
    (
        "Enligt hälsoministeriet har 30 035 människor dödats.",
        [(K, "people", 30035, 30035, "exact")],
        "hälsoministeriet",
    ),
    ("Cirka 3 000 personer saknas fortfarande.", [(M, "people", 3000, 3000, "about")], None),
    (
        "Över en miljon människor har tvingats lämna sina hem.",
        [(D, "people", 1000001, None, "more_than")],
        None,
    ),
    ("Två miljoner människor har flytt.", [(D, "people", 2000000, 2000000, "exact")], None),
    ("Omkring 1,5 miljoner människor har flytt.", [(D, "people", 1500000, 1500000, "about")], None),
    ("Hittills har 4 512 soldater stupat.", [(K, "combatants", 4512, 4512, "exact")], None),
    # --- measures and categories ---
    ("Fyra personer miste livet i explosionen.", [(K, "people", 4, 4, "exact")], None),
    (
        "Tre poliser dödades och två sårades.",
        [(K, None, 3, 3, "exact"), (H, None, 2, 2, "exact")],
        None,
    ),
    (
        "En kvinna dödades och hennes två barn skadades.",
        [(K, "women", 1, 1, "exact"), (H, "children", 2, 2, "exact")],
        None,
    ),
    ("Elva personer saknas efter attacken mot fartyget.", [(M, "people", 11, 11, "exact")], None),
    ("Kropparna efter 19 personer hittades i ruinerna.", [(B, "people", 19, 19, "exact")], None),
    (
        "Räddningsarbetare har hittat 27 kroppar under rasmassorna.",
        [(B, "people", 27, 27, "exact")],
        None,
    ),
    (
        "Omkring 4 000 invånare evakuerades från byarna vid fronten.",  # evacuated: no claim
        [],
        None,
    ),
    ("Åtta soldater sårades lätt vid attacken.", [(H, "combatants", 8, 8, "exact")], None),
    ("Två barn dog av sina skador på sjukhuset.", [(K, "children", 2, 2, "exact")], None),
    (
        "Minst nio människor omkom och ett tjugotal skadades när en robot träffade ett köpcentrum.",
        [(K, "people", 9, None, "at_least"), (H, "people", 20, 20, "about")],
        None,
    ),
    ("Tre journalister har dödats sedan konflikten började.", [(K, None, 3, 3, "exact")], None),
    (
        "Sex sjukvårdsarbetare dödades i attacken mot sjukhuset, enligt WHO.",
        [(K, None, 6, 6, "exact")],
        "WHO",
    ),
    (
        "Fyra kvinnor och fem barn dödades.",
        [(K, "women", 4, 4, "exact"), (K, "children", 5, 5, "exact")],
        None,
    ),
    (
        "Bland de döda finns tolv kvinnor och sju barn.",
        [(K, "women", 12, 12, "exact"), (K, "children", 7, 7, "exact")],
        None,
    ),
    ("Av de skadade är 30 barn.", [(H, "children", 30, 30, "exact")], None),
    (
        "Attacken dödade 18 personer, varav sex barn.",
        [(K, "people", 18, 18, "exact"), (K, "children", 6, 6, "exact")],
        None,
    ),
    ("Inga civila skadades i attacken, uppger armén.", [(H, "civilians", 0, 0, "exact")], "armén"),
    ("Två brandmän dödades när de försökte släcka branden.", [(K, None, 2, 2, "exact")], None),
    (
        "Över 40 stridande från båda sidor dödades.",
        [(K, "combatants", 41, None, "more_than")],
        None,
    ),
    (
        "Elva militanter dödades i räden, enligt militären.",
        [(K, "combatants", 11, 11, "exact")],
        "militären",
    ),
    ("Fem människor har förts till sjukhus med skottskador.", [(H, "people", 5, 5, "exact")], None),
    ("Tre personer är fortfarande försvunna.", [(M, "people", 3, 3, "exact")], None),
    ("Två av de skadade har senare avlidit.", [(K, "people", 2, 2, "exact")], None),
    ("Skjutningen krävde tre liv.", [(K, "people", 3, 3, "exact")], None),
    ("Attacken krävde minst 20 människoliv.", [(K, "people", 20, None, "at_least")], None),
    (
        "Sammanlagt nio personer har avlidit till följd av attacken.",
        [(K, "people", 9, 9, "exact")],
        None,
    ),
    (
        "Sju civila har dödats och 22 skadats i ryska attacker det senaste dygnet, uppger den "
        "regionala guvernören.",
        [(K, "civilians", 7, 7, "exact"), (H, "civilians", 22, 22, "exact")],
        "guvernören",
    ),
    ("En 45-årig man sköts ihjäl i natt.", [(K, "men", 1, 1, "exact")], None),
    ("Två män i 20-årsåldern skadades av granatsplitter.", [(H, "men", 2, 2, "exact")], None),
    (
        "Sexton soldater dödades och ett trettiotal sårades.",
        [(K, "combatants", 16, 16, "exact"), (H, "combatants", 30, 30, "about")],
        None,
    ),
    ("Nio kvinnor har rapporterats saknade.", [(M, "women", 9, 9, "exact")], None),
    (
        "Ytterligare tre kroppar drogs ut ur ruinerna under fredagen.",
        [(B, "people", 3, 3, "exact")],
        None,
    ),
    (
        "Två soldater dödades och fyra andra skadades.",
        [(K, "combatants", 2, 2, "exact"), (H, "combatants", 4, 4, "exact")],
        None,
    ),
    (
        "Totalt har 860 barn dödats i kriget, enligt Unicef.",
        [(K, "children", 860, 860, "exact")],
        "Unicef",
    ),
    # --- speakers ---
    (
        "Fyra personer dödades, säger en talesperson för polisen till TT.",
        [(K, "people", 4, 4, "exact")],
        "polisen",
    ),
    (
        "Enligt det palestinska hälsoministeriet har 63 personer dödats det senaste dygnet.",
        [(K, "people", 63, 63, "exact")],
        "hälsoministeriet",
    ),
    (
        "Tolv personer skadades, uppger sjukhuset för AFP.",
        [(H, "people", 12, 12, "exact")],
        "sjukhuset",
    ),
    (
        "Ukrainas försvarsmakt meddelar att 14 civila skadats i beskjutningen.",
        [(H, "civilians", 14, 14, "exact")],
        "försvarsmakt",
    ),
    (
        "– Vi har hittills hittat 31 kroppar, säger räddningsledaren Anna Berg till SVT.",
        [(B, "people", 31, 31, "exact")],
        "Anna Berg",
    ),
    (
        "Minst 16 personer har dödats, rapporterar nyhetsbyrån Reuters.",
        [(K, "people", 16, None, "at_least")],
        "Reuters",
    ),
    (
        "Enligt Syriska människorättsobservatoriet dödades 22 stridande.",
        [(K, "combatants", 22, 22, "exact")],
        "människorättsobservatoriet",
    ),
    ("Armén uppger att 35 militanter har dödats.", [(K, "combatants", 35, 35, "exact")], "Armén"),
    (
        "Sex personer har dödats, skriver den israeliska tidningen Haaretz.",
        [(K, "people", 6, 6, "exact")],
        "Haaretz",
    ),
    (
        "Ryssland hävdar att 300 ukrainska soldater dödats i striderna.",
        [(K, "combatants", 300, 300, "exact")],
        "Ryssland",
    ),
    (
        "Enligt uppgifter från sjukhuspersonal har 19 barn förts till sjukhus.",
        [(H, "children", 19, 19, "exact")],
        "sjukhuspersonal",
    ),
    (
        "Hälsomyndigheten i Gaza uppger att dödssiffran nu överstiger 40 000.",
        [(K, "people", 40001, None, "more_than")],
        "hälsomyndigheten",
    ),
    (
        "Två personer har dödats i en drönarattack, skriver Kyiv Independent.",
        [(K, "people", 2, 2, "exact")],
        "Kyiv Independent",
    ),
    (
        "Tre personer dödades, säger den lokala guvernören Ivan Petrenko till Sveriges Radio.",
        [(K, "people", 3, 3, "exact")],
        "Petrenko",
    ),
    (
        "Enligt Läkare utan gränser har 45 skadade tagits emot på sjukhuset.",
        [(H, "people", 45, 45, "exact")],
        "Läkare utan gränser",
    ),
    (
        "Israels armé meddelar att två soldater har dödats i södra Gaza.",
        [(K, "combatants", 2, 2, "exact")],
        "armé",
    ),
    # --- numbers that are no casualty figure ---
    ("Attacken inleddes strax efter klockan 04.30 på torsdagsmorgonen.", [], None),
    ("Den 24 februari 2022 gick ryska trupper in i landet.", [], None),
    ("Den misstänkte, en 32-årig man, greps i går.", [], None),
    ("Under natten avfyrades 40 drönare och sex robotar mot huvudstaden.", [], None),
    ("Luftförsvaret sköt ned 37 av 42 drönare.", [], None),
    ("Regeringen skickar stöd för 1,2 miljarder kronor.", [], None),
    ("Raketen slog ned cirka 30 kilometer från gränsen.", [], None),
    ("Ett tjugotal byggnader förstördes helt i anfallet.", [], None),
    ("Staden hade före kriget omkring 400 000 invånare.", [], None),
    ("Över 300 attacker har registrerats mot sjukhus sedan januari.", [], None),
    ("Landet har skickat 10 stridsvagnar och 50 pansarfordon.", [], None),
    ("Ett okänt antal människor befaras ha dött.", [], None),
    ("Många människor skadades i explosionen.", [], None),
    ("Flera tusen soldater har skickats till fronten.", [], None),
    ("Omkring 2 000 personer deltog i demonstrationen.", [], None),
    ("Tolv personer greps efter attacken.", [], None),
    ("Fångutväxlingen omfattade 230 krigsfångar.", [], None),
    ("I lägret bor 45 000 människor.", [], None),
    ("Nära 70 procent av bostäderna har skadats.", [], None),
    ("Det var den femte attacken mot staden på en vecka.", [], None),
    ("Skolan har 600 elever.", [], None),
    ("Missilerna har en räckvidd på 300 kilometer.", [], None),
    ("Han dömdes till tolv års fängelse.", [], None),
    ("Tjugo ambulanser skickades till platsen.", [], None),
    ("Tre gisslan frigavs under lördagen.", [], None),
    ("Ett femtiotal fordon förstördes.", [], None),
    ("Den 7 oktober attackerade Hamas Israel.", [], None),
    ("Cirka 1 500 poliser var i tjänst under helgen.", [], None),
    ("Nio av tio invånare saknar tillgång till rent vatten.", [], None),
    ("Konvojen bestod av 25 lastbilar med nödhjälp.", [], None),
    ("Mellan klockan 22 och 02 hördes explosioner över staden.", [], None),
    ("Sjukhuset har 250 vårdplatser.", [], None),
    ("Ett trettiotal journalister bevakade rättegången.", [], None),
    ("Hundratals människor samlades vid begravningen.", [], None),
    ("Den 19-åriga soldaten hade tjänstgjort i två månader.", [], None),
    ("Bataljonen består av omkring 800 soldater.", [], None),
    ("Fredsavtalet undertecknades 1995.", [], None),
    ("Sju personer har anhållits misstänkta för dådet.", [], None),
    ("Räddningstjänsten ryckte ut med sex enheter.", [], None),
    ("Roboten flög 1 200 kilometer innan den slog ned.", [], None),
    ("Omkring 3 000 personer befann sig i skyddsrummen under natten.", [], None),
    ("Arméns 93:e brigad har hållit linjen i tre månader.", [], None),
    ("Räddningsinsatsen pågick i 14 timmar.", [], None),
    ("Över 100 000 hushåll saknar ström efter attackerna.", [], None),
    ("Drönarna kostar omkring 20 000 dollar styck.", [], None),
    ("Ett fyrtiotal hus brann ned.", [], None),
    ("Priset på bröd har stigit med 40 procent.", [], None),
    ("Över 150 länder röstade för resolutionen.", [], None),
    ("Ett tiotal länder har stängt sina ambassader.", [], None),
    ("Kriget har pågått i 18 månader.", [], None),
    # verbs of losing and burying with no count of persons as their object, and their subjects
    ("Ryssland förlorade tre stridsvagnar i striderna.", [], None),
    ("Partiet förlorade fem mandat i valet.", [], None),
    ("Företaget förlorade 200 miljoner kronor.", [], None),
    ("Hundratals människor begravde sina döda i går.", [], None),
    ("Laget miste två poäng i sista omgången.", [], None),
    ("Han förlorade sitt jobb och tre vänner lämnade honom.", [], None),
    # ... and with one
    (
        "Byborna begravde tre barn och en kvinna på söndagen.",
        [(K, "children", 3, 3, "exact")],
        None,
    ),
    (
        "Armén förlorade 40 soldater och tolv stridsvagnar.",
        [(K, "combatants", 40, 40, "exact")],
        None,
    ),
    ("Paret miste sina fyra barn i bombningen.", [(K, "children", 4, 4, "exact")], None),
]


# --- reports: (text, readings with a speaker each: substring, None for none, "?" unchecked) ---
Attributed = tuple[str, str | None, int | None, int | None, str, str | None]

REPORTS: list[object] = [
    # wire copy (TT)
    (
        "Minst elva personer dödades när en rysk robot träffade ett bostadshus i Charkiv natten "
        "till tisdag, uppger stadens borgmästare. Ett fyrtiotal personer skadades, bland dem sex "
        "barn. Attacken inleddes strax efter klockan 02.00. Enligt det ukrainska flygvapnet "
        "avfyrades 28 drönare och fyra robotar mot staden. – Vi söker fortfarande efter "
        "överlevande under rasmassorna, säger borgmästaren till TT. Fem personer saknas. "
        "Byggnaden hade nio våningar.",
        [
            (K, "people", 11, None, "at_least", "borgmästare"),
            (H, "people", 40, 40, "about", "?"),
            (H, "children", 6, 6, "exact", "?"),
            (M, "people", 5, 5, "exact", "?"),
        ],
    ),
    # public television (SVT)
    (
        "Dödssiffran efter helgens attack mot ett flyktingläger i norra Gaza har stigit till 47, "
        "meddelar hälsoministeriet. Bland de döda finns 18 barn och nio kvinnor. Över 100 "
        "personer skadades. Lägret hyser omkring 35 000 människor. Israels armé uppger att "
        "attacken riktades mot en befälhavare och att flera terrorister dödades. Det är den "
        "tredje attacken mot lägret på en månad.",
        [
            (K, "people", 47, 47, "exact", "hälsoministeriet"),
            (K, "children", 18, 18, "exact", "?"),
            (K, "women", 9, 9, "exact", "?"),
            (H, "people", 101, None, "more_than", "?"),
            (K, "combatants", 3, None, "vague", "armé"),
        ],
    ),
    # morning paper (DN)
    (
        "Ett tjugotal civila ska ha dödats i en serie flyganfall mot byar i Darfur under veckan, "
        "enligt lokala aktivister. Uppgifterna har inte kunnat bekräftas av oberoende källor. "
        "Enligt FN har över 10 miljoner människor drivits på flykt i Sudan sedan kriget bröt ut "
        "i april 2023. Läkare utan gränser uppger att deras sjukhus i regionen tagit emot 63 "
        "skadade under de senaste tre dagarna, varav 21 barn. Två av de skadade har avlidit. "
        "Konflikten har pågått i mer än 20 månader.",
        [
            (K, "civilians", 20, 20, "about", "aktivister"),
            (D, "people", 10000001, None, "more_than", "FN"),
            (H, "people", 63, 63, "exact", "Läkare utan gränser"),
            (H, "children", 21, 21, "exact", "Läkare utan gränser"),
            (K, "people", 2, 2, "exact", "?"),
        ],
    ),
    # morning paper (SvD)
    (
        "Familjen miste tre barn när en granat slog ned i deras trädgård i Donetskregionen på "
        "söndagen. Enligt regionens guvernör har 1 450 civila dödats i regionen sedan början av "
        "året. Guvernören uppger också att ytterligare 3 200 har skadats. Staden ligger 250 "
        "kilometer från Dnipro. Ryssland förnekar att man angriper civila mål.",
        [
            (K, "children", 3, 3, "exact", None),
            (K, "civilians", 1450, 1450, "exact", "guvernör"),
            (H, "civilians", 3200, 3200, "exact", "guvernör"),
        ],
    ),
    # evening paper (Aftonbladet)
    (
        "Minst åtta människor dödades och dussintals skadades när en självmordsbombare sprängde "
        "sig själv på en marknad i Mogadishu på fredagen. Det uppger polisen enligt nyhetsbyrån "
        "AP. Al-Shabaab har tagit på sig dådet. Sjukhusen i staden har tagit emot ett trettiotal "
        "skadade, uppger en läkare.",
        [
            (K, "people", 8, None, "at_least", "polisen"),
            (H, "people", 24, None, "vague", "polisen"),
            (H, "people", 30, 30, "about", "läkare"),
        ],
    ),
    # evening paper (Expressen)
    (
        "Minst 60 ukrainska soldater uppges ha dödats när en robot träffade en ceremoni nära "
        "fronten. Enligt uppgifter till Expressen skadades dessutom ett hundratal soldater. "
        "Försvarsministeriet har bekräftat att en attack ägt rum men inte lämnat några siffror. "
        "Ryska militärbloggare hävdar att över 200 soldater dödades. Ceremonin hölls klockan "
        "10.30 lokal tid.",
        [
            (K, "combatants", 60, None, "at_least", "?"),
            (H, "combatants", 100, 100, "about", "?"),
            (K, "combatants", 201, None, "more_than", "militärbloggare"),
        ],
    ),
    # public radio (Ekot)
    pytest.param(
        "Ekot har talat med invånare i Rafah som beskriver en natt av intensiva bombningar. "
        "Enligt den Hamasstyrda hälsomyndigheten dödades minst 92 personer under natten. Över "
        "200 personer ska ha skadats. – Vi begravde sju medlemmar av min familj i morse, säger "
        "en man till Ekot. Omkring 1,4 miljoner människor befinner sig i Rafah. FN varnar för "
        "att sjukvården är på väg att kollapsa.",
        [
            (K, "people", 92, None, "at_least", "hälsomyndigheten"),
            (H, "people", 201, None, "more_than", "?"),
            (K, "people", 7, 7, "exact", "man"),
        ],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a lone person after a speech verb ('säger en man till Ekot') is no "
            "speaker: the paragraph's source carries over",
        ),
    ),
    # Finland-Swedish daily (Hufvudstadsbladet)
    (
        "Minst 15 personer har omkommit och 34 skadats i en rysk robotattack mot centrala "
        "Odessa, uppger stadens militära förvaltning. Bland de döda finns tre barn. Attacken "
        "skedde vid 13-tiden på onsdagen. Enligt Ukrainas flygvapen sköts tre av fem robotar "
        "ned. Finlands utrikesminister fördömer attacken. Enligt förvaltningen saknas "
        "fortfarande ett tiotal personer.",
        [
            (K, "people", 15, None, "at_least", "förvaltning"),
            (H, "people", 34, 34, "exact", "förvaltning"),
            (K, "children", 3, 3, "exact", "?"),
            (M, "people", 10, 10, "about", "förvaltning"),
        ],
    ),
    # wire copy from the Sahel (TT/AFP)
    (
        "Över 40 personer har dödats i en attack mot en by i centrala Mali, uppger lokala "
        "källor till nyhetsbyrån AFP. Beväpnade män på motorcyklar ska ha öppnat eld mot "
        "invånarna. Bland de dödade finns enligt källorna ett tiotal kvinnor. Ett femtiotal "
        "hus sattes i brand. Omkring 2 000 invånare har flytt till grannbyarna. Ingen grupp "
        "har tagit på sig dådet.",
        [
            (K, "people", 41, None, "more_than", "källor"),
            (K, "women", 10, 10, "about", "källor"),
            (D, "people", 2000, 2000, "about", "?"),
        ],
    ),
]


def _claims(text: str) -> list[Attributed]:
    return [
        (c.measure, c.who, c.low, c.high, c.qualifier, c.speaker)
        for c in extract_claims(text, "sv")
        if c.is_casualty
    ]


def _speaker_agrees(expected: str | None, got: str | None) -> bool:
    if expected == "?":
        return True
    if expected is None:
        return not got
    return bool(got) and expected.lower() in (got or "").lower()


def _same(got: list[Attributed], expected: list[Attributed]) -> bool:
    left = list(got)
    for measure, who, low, high, qualifier, speaker in expected:
        for i, (g_measure, g_who, g_low, g_high, g_qualifier, g_speaker) in enumerate(left):
            if (
                (g_measure, g_low, g_high, g_qualifier) == (measure, low, high, qualifier)
                and (who is None or who == g_who)
                and _speaker_agrees(speaker, g_speaker)
            ):
                del left[i]
                break
        else:
            return False
    return not left


@pytest.mark.parametrize(("text", "expected", "speaker"), CASES)
def test_swedish_labeller_sentences(
    text: str, expected: list[Reading], speaker: str | None
) -> None:
    got = _claims(text)
    assert _same(got, [(*reading, speaker) for reading in expected]), got


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_swedish_labeller_reports(text: str, expected: list[Attributed]) -> None:
    got = _claims(text)
    assert _same(got, expected), got


SEVERAL_HEADINGS = [  # a heading of "several" dead above a body that counts them: one statement
    (
        "Robotregn över landet\n\nFlera döda\n\nAttackerna riktade sig mot tio städer.\n\n"
        "Minst elva personer har dödats och 64 har skadats, uppger polisen.",
        [(K, "people", 11, None, "at_least"), (H, "people", 64, 64, "exact")],
    ),
    (
        "Granat i centrum\n\nFlera skadade\n\nFem personer skadades när en granat slog ned i "
        "centrum.",
        [(H, "people", 5, 5, "exact")],
    ),
    # a headline that tells more than "several" is a statement of its own
    (
        "Flera skadade efter explosionen i centrum\n\nFem personer skadades när en granat slog "
        "ned.",
        [(H, "people", 3, None, "vague"), (H, "people", 5, 5, "exact")],
    ),
    # a body that counts fewer than several: the heading says more than the body
    (
        "Flera döda i attacken\n\nTvå personer dödades enligt polisen.",
        [(K, "people", 3, None, "vague"), (K, "people", 2, 2, "exact")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL_HEADINGS)
def test_a_heading_of_several_announces_the_count_below(text: str, expected: list[Reading]) -> None:
    got = _claims(text)
    assert _same(got, [(*reading, "?") for reading in expected]), got
