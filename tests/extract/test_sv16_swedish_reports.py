"""Swedish war and attack reporting in the manner of the wire and the big newsrooms (sv16).

Every sentence and paragraph here is our own, written and labelled by CONVENTIONS.md BEFORE the
extractor was run on it; places are real or generic, figures and people invented. Kinds: tolls
with "minst", "drygt", "över", "fler än", "närmare", "uppemot", "ett dussin", "ett tiotal",
"tiotals", "dussintals", "hundratals", "tusentals"; numbers written in words, compounds among
them ("tjugosju", "etthundrafemtio"); ranges in digits and words; passives in -s, "omkom",
"miste livet", "avled", "stupade", "saknas", "flydde", "på flykt"; "krävde ... liv"; tolls that
rise or are revised; subsets ("bland dem", "däribland", "varav"); explicit zeros; and numbers
that count no casualty (dates, clock times, ages, years, unit sizes, money, arrests, hostages,
drones, ships, percentages, population, evacuees: the project reads evacuees as no claim).

Each text must yield exactly its labelled casualty claims on (measure, low, high); where a
label gives a `who` (not None) the claim's category must be that one too.
"""

from __future__ import annotations

import pytest

from tests.extract.gold_claims import Gold, assert_claims_are_gold, gold_cases

K, HU, M, B, D = "killed", "injured", "missing", "bodies_recovered", "displaced"
KI = "killed_or_injured"
PE, CI, CH, WO, MEN, CO = "people", "civilians", "children", "women", "men", "combatants"


# single sentences, one or two claims each
_SENTENCES: list[tuple[str, str, Gold]] = [
    (
        "S1",
        "Minst 23 personer dödades och ett femtiotal skadades när en självmordsbombare "
        "sprängde sig vid en kontrollpost i Mogadishu på lördagsmorgonen, uppger polisen.",
        [(K, 23, None, PE), (HU, 50, 50, PE)],
    ),
    (
        "S2",
        "Tre personer miste livet och ytterligare sju fick föras till sjukhus efter "
        "beskjutningen av Cherson natten till söndag.",
        [(K, 3, 3, PE), (HU, 7, 7, PE)],
    ),
    (
        "S3",
        "Sju soldater stupade och elva sårades i eldstriden vid gränsen, enligt arméns talesperson.",
        [(K, 7, 7, CO), (HU, 11, 11, CO)],
    ),
    (
        "S4",
        "Ett trettiotal människor saknas fortfarande efter attacken mot byn, där beväpnade män "
        "satte eld på husen.",
        [(M, 30, 30, PE)],
    ),
    (
        "S5",
        "Över 12 000 människor har tvingats fly från sina hem sedan offensiven inleddes, enligt "
        "FN:s flyktingorgan UNHCR.",
        [(D, 12001, None, PE)],
    ),
    (
        "S6",
        "Attacken inträffade strax efter klockan 14 lokal tid, och enligt vittnen dödades minst "
        "åtta personer.",
        [(K, 8, None, PE)],
    ),
    (
        "S7",
        "En 17-årig pojke dödades när en drönare slog ned i familjens hus i utkanten av staden.",
        [(K, 1, 1, CH)],
    ),
    (
        "S8",
        "Sammanlagt har 187 personer dödats och 1 043 skadats i attackerna mot staden sedan "
        "årsskiftet.",
        [(K, 187, 187, PE), (HU, 1043, 1043, PE)],
    ),
    (
        "S9",
        "Explosionen dödade 14 och skadade ett hundratal, enligt hälsoministeriet.",
        [(K, 14, 14, None), (HU, 100, 100, None)],
    ),
    (
        "S10",
        "Tiotals civila ska ha dödats i flyganfallen, enligt lokala aktivister, men uppgifterna "
        "har inte kunnat bekräftas av oberoende källor.",
        [(K, 20, None, CI)],
    ),
    (
        "S11",
        "Kropparna efter nio män hittades i ett dike utanför byn på onsdagen, uppger lokala "
        "myndigheter.",
        [(B, 9, 9, MEN)],
    ),
    (
        "S12",
        "Fyrtiotvå palestinier dödades under dygnet, vilket innebär att det totala antalet döda nu "
        "uppgår till 35 034.",
        [(K, 42, 42, PE), (K, 35034, 35034, None)],
    ),
    (
        "S13",
        "Fyra personer, bland dem två barn, skadades allvarligt när en granat slog ned på "
        "lekplatsen.",
        [(HU, 4, 4, PE), (HU, 2, 2, CH)],
    ),
    (
        "S14",
        "Ingen civil skadades i attacken, uppger armén.",
        [(HU, 0, 0, CI)],
    ),
    (
        "S15",
        "Över 80 procent av husen i byn har förstörts, och omkring 3 000 av invånarna har flytt "
        "till grannlandet.",
        [(D, 3000, 3000, PE)],
    ),
    (
        "S16",
        "Rebellerna uppges förfoga över cirka 5 000 stridande, och i helgens strider dödades ett "
        "tjugotal av dem.",
        [(K, 20, 20, CO)],
    ),
    (
        "S17",
        "Under 2023 dödades 276 biståndsarbetare världen över, enligt FN.",
        [(K, 276, 276, None)],
    ),
    (
        "S18",
        "Tusentals människor flydde över gränsen till Tchad under veckoslutet.",
        [(D, 2000, None, PE)],
    ),
    (
        "S19",
        "Hundratals skadade har förts till de få sjukhus som fortfarande fungerar.",
        [(HU, 200, None, None)],
    ),
    (
        "S20",
        "Antalet dödsoffer uppgår nu till minst 73, och ytterligare ett fyrtiotal personer saknas.",
        [(K, 73, None, None), (M, 40, 40, PE)],
    ),
    (
        "S21",
        "Vid attacken mot bröllopsfesten dödades sammanlagt 26 gäster, däribland brudgummen.",
        [(K, 26, 26, None)],
    ),
    (
        "S22",
        "Den 7 oktober dödades omkring 1 200 människor i Israel och cirka 250 fördes bort som "
        "gisslan.",
        [(K, 1200, 1200, PE)],
    ),
    (
        "S23",
        "Dödssiffran har reviderats ned från 41 till 38 efter att flera offer räknats två gånger.",
        [(K, 41, 41, None), (K, 38, 38, None)],
    ),
    (
        "S24",
        "Enligt sjukhuschefen har 112 skadade tagits in sedan i morse.",
        [(HU, 112, 112, None)],
    ),
    (
        "S25",
        "Fyra barn i åldrarna fem till tolv år dödades i attacken mot skolbussen.",
        [(K, 4, 4, CH)],
    ),
    (
        "S26",
        "Sjuttiofem människor dödades, meddelar hälsoministeriet.",
        [(K, 75, 75, PE)],
    ),
    (
        "S27",
        "Hundratrettiotvå personer har bekräftats döda.",
        [(K, 132, 132, PE)],
    ),
    (
        "S28",
        "Tvåhundra civila ska ha dödats i massakern, enligt oppositionen.",
        [(K, 200, 200, CI)],
    ),
    (
        "S29",
        "Ett femtontal personer greps efter oroligheterna, och tre poliser skadades lindrigt.",
        [(HU, 3, 3, None)],
    ),
    (
        "S30",
        "Sex personer dödades och ett okänt antal skadades i attacken.",
        [(K, 6, 6, PE)],
    ),
    (
        "S31",
        "Drygt 1 500 människor har dödats och uppemot 5 000 skadats sedan striderna bröt ut.",
        [(K, 1501, None, PE), (HU, None, 5000, None)],
    ),
    (
        "S32",
        "Totalt 2,3 miljoner människor är på flykt inom landet.",
        [(D, 2300000, 2300000, PE)],
    ),
    (
        "S33",
        "Över en miljon ukrainare har flytt till Polen.",
        [(D, 1000001, None, None)],
    ),
    (
        "S34",
        "Sju personer dödades på söndagen i Gaza, däribland två kvinnor, enligt det palestinska "
        "Röda halvmånen.",
        [(K, 7, 7, PE), (K, 2, 2, WO)],
    ),
    (
        "S35",
        "Totalt 18 fartyg har attackerats i Röda havet sedan november.",
        [],
    ),
    (
        "S36",
        "Minst ett dussin människor dödades i flyganfallet mot marknaden i El Fasher.",
        [(K, 12, None, PE)],
    ),
    (
        "S37",
        "Mer än ett dussin personer skadades när taket rasade efter explosionen.",
        [(HU, 13, None, PE)],
    ),
    (
        "S38",
        "Ett hundratal kroppar har hittats i massgravar utanför staden.",
        [(B, 100, 100, None)],
    ),
    (
        "S39",
        "Sedan i oktober har 1,7 miljoner av Gazas 2,2 miljoner invånare tvingats lämna sina hem.",
        [(D, 1700000, 1700000, None)],
    ),
    (
        "S40",
        "Attacken krävde elva människoliv.",
        [(K, 11, 11, None)],
    ),
    (
        "S41",
        "Bombningen krävde minst 40 dödsoffer och över hundra skadade.",
        [(K, 40, None, None), (HU, 101, None, None)],
    ),
    (
        "S42",
        "Tre palestinska män i åldrarna 19, 23 och 27 år sköts ihjäl av israeliska soldater.",
        [(K, 3, 3, MEN)],
    ),
    (
        "S43",
        "Enligt FN har minst 150 000 människor dödats i inbördeskriget sedan 2014.",
        [(K, 150000, None, PE)],
    ),
    (
        "S44",
        "Kriget har drivit omkring 10 miljoner människor på flykt.",
        [(D, 10000000, 10000000, PE)],
    ),
    (
        "S45",
        "En brandman omkom och två kollegor skadades när en andra robot träffade samma plats.",
        [(K, 1, 1, None), (HU, 2, 2, None)],
    ),
    (
        "S46",
        "Antalet sårade uppges vara fler än 60.",
        [(HU, 61, None, None)],
    ),
    (
        "S47",
        "Fler än 70 människor har dödats i våldsvågen, varav minst 40 civila.",
        [(K, 71, None, PE), (K, 40, None, CI)],
    ),
    (
        "S48",
        "Enligt flera vittnen sköt gärningsmannen omkring 30 skott inne i köpcentret.",
        [],
    ),
    (
        "S49",
        "Flera personer skadades lindrigt av glassplitter.",
        [(HU, 3, None, PE)],
    ),
    (
        "S50",
        "Många människor skadades, men det exakta antalet är ännu okänt.",
        [],
    ),
    (
        "S51",
        "Över tjugo personer har gripits och minst fem dödats under de senaste dygnens kravaller.",
        [(K, 5, None, PE)],
    ),
    (
        "S52",
        "Mellan tio och femton civila dödades när granater slog ned i flyktinglägret.",
        [(K, 10, 15, CI)],
    ),
    (
        "S53",
        "Mellan 5 000 och 7 000 människor befaras ha dödats i massakrerna.",
        [(K, 5000, 7000, PE)],
    ),
    (
        "S54",
        "Larmet kom klockan 03.40 och när räddningstjänsten kom fram 20 minuter senare var två "
        "personer redan döda.",
        [(K, 2, 2, PE)],
    ),
    (
        "S55",
        "Regeringen har anslagit 500 miljoner kronor till återuppbyggnaden efter attackerna som "
        "dödade 61 människor.",
        [(K, 61, 61, PE)],
    ),
    (
        "S56",
        "En bataljon på omkring 800 soldater skickades till området efter att rebellerna dödat "
        "12 bybor.",
        [(K, 12, 12, PE)],
    ),
    (
        "S57",
        "Den 19-åriga kvinnan skadades svårt i huvudet av en kula.",
        [(HU, 1, 1, WO)],
    ),
    (
        "S58",
        "De två bröderna, 8 och 11 år gamla, dödades när huset träffades.",
        [(K, 2, 2, CH)],
    ),
    (
        "S59",
        "Tjugosju människor, bland dem åtta barn, dödades i natt.",
        [(K, 27, 27, PE), (K, 8, 8, CH)],
    ),
    (
        "S60",
        "Etthundrafemtio soldater uppges ha stupat i slaget om staden.",
        [(K, 150, 150, CO)],
    ),
    (
        "S61",
        "Tvåtusen civila har dödats i provinsen sedan i somras.",
        [(K, 2000, 2000, CI)],
    ),
    (
        "S62",
        "Minst sju personer miste livet och ett okänt antal saknas efter att en drönare träffat en "
        "färja på floden.",
        [(K, 7, None, PE)],
    ),
    (
        "S63",
        "Fortfarande saknas 14 personer efter attacken mot lägret.",
        [(M, 14, 14, PE)],
    ),
    (
        "S64",
        "Hundratals människor evakuerades från kvarteret efter att en oexploderad bomb hittats.",
        [],
    ),
    (
        "S65",
        "Minst 16 personer omkom när en bomb exploderade på en buss i Quetta.",
        [(K, 16, None, PE)],
    ),
    (
        "S66",
        "Amnesty uppger att säkerhetsstyrkorna dödade minst 304 demonstranter i november 2019.",
        [(K, 304, None, None)],
    ),
    (
        "S67",
        "Över 40 dödade och fler än 100 sårade – det är den preliminära bilden efter nattens "
        "attack.",
        [(K, 41, None, None), (HU, 101, None, None)],
    ),
    (
        "S68",
        "Bara under onsdagen dödades 19 palestinier, enligt hälsoministeriet, vilket är det högsta "
        "antalet på en dag sedan i juli.",
        [(K, 19, 19, PE)],
    ),
    (
        "S69",
        "Ett tiotal tonåringar skadades när en handgranat kastades in på skolgården.",
        [(HU, 10, 10, None)],
    ),
    (
        "S70",
        "Omkring 60 000 barn lider av akut undernäring i lägren, varnar Unicef.",
        [],
    ),
]

# short paragraphs of two or three sentences
_PARAGRAPHS: list[tuple[str, str, Gold]] = [
    (
        "P1",
        "Minst 27 människor har dödats i ett ryskt robotanfall mot Kryvyj Rih, uppger den "
        "regionala militärledningen. Bland de döda finns nio barn. Ytterligare 64 personer har "
        "skadats, flera av dem allvarligt.",
        # label changed after the first run: the labelled sets read "mehrere von ihnen schwer"
        # after a count of the hurt as a claim of its own (several = 3, vague); we had left it out
        [(K, 27, None, PE), (K, 9, 9, CH), (HU, 64, 64, PE), (HU, 3, None, PE)],
    ),
    (
        "P2",
        "Skjutningen ägde rum vid 17-tiden. Enligt polisen dödades en person och tre skadades. "
        "Gärningsmannen, en 23-årig man, greps senare under kvällen.",
        [(K, 1, 1, PE), (HU, 3, 3, PE)],
    ),
    (
        "P3",
        "Israeliska flyganfall mot södra Libanon har dödat 22 personer under det senaste dygnet, "
        "enligt libanesiska hälsoministeriet. Sedan den 23 september har över 1 600 människor "
        "dödats i Libanon, och mer än en miljon har flytt från sina hem.",
        [(K, 22, 22, PE), (K, 1601, None, PE), (D, 1000001, None, None)],
    ),
    (
        "P4",
        "Minst 11 civila dödades på torsdagen. Dagen innan hade tolv personer omkommit i ett "
        "liknande anfall mot samma stadsdel.",
        [(K, 11, None, CI), (K, 12, 12, PE)],
    ),
    (
        "P5",
        "RSF-milisen anklagas för att ha dödat hundratals civila i staden. Enligt FN har omkring "
        "150 000 människor flytt sedan i april.",
        [(K, 200, None, CI), (D, 150000, 150000, PE)],
    ),
    (
        "P6",
        "Vid halv tiotiden på kvällen exploderade en bilbomb utanför en restaurang. Fem personer "
        "dog omedelbart och ytterligare två avled under natten på sjukhus.",
        [(K, 5, 5, PE), (K, 2, 2, None)],
    ),
    (
        "P7",
        "Hälsoministeriet uppger att 78 döda och 212 skadade förts till sjukhusen i norra Gaza "
        "under dygnet.",
        [(K, 78, 78, None), (HU, 212, 212, None)],
    ),
    (
        "P8",
        "I byn bodde omkring 2 000 människor före kriget. Minst 43 bybor dödades i attacken och "
        "resten har flytt.",
        [(K, 43, None, PE)],
    ),
    (
        "P9",
        "I går rapporterades 31 döda. På måndagen hade siffran stigit till 48.",
        [(K, 31, 31, None), (K, 48, 48, None)],
    ),
    (
        "P10",
        "Minst 19 personer dödades i flyganfallet mot skolan. Fem av de döda var barn under tio år.",
        [(K, 19, None, PE), (K, 5, 5, CH)],
    ),
    (
        "P11",
        "Drygt 600 människor har dödats i striderna. Närmare hälften av dem var kvinnor och barn, "
        "enligt Läkare utan gränser.",
        [(K, 601, None, PE)],
    ),
    (
        "P12",
        "Enligt Ukrainas flygvapen avfyrade Ryssland 48 drönare och sex kryssningsrobotar under "
        "natten. En person dödades och fyra skadades i Kiev.",
        [(K, 1, 1, PE), (HU, 4, 4, PE)],
    ),
    (
        "P13",
        "Skottlossningen inträffade vid 22-tiden på fredagskvällen. Två män i 20-årsåldern avled "
        "på platsen och en tredje fördes i allvarligt skick till sjukhus.",
        [(K, 2, 2, MEN), (HU, 1, 1, MEN)],
    ),
    (
        "P14",
        "Tolv personer skadades i knivattacken på torget. Två av de skadade avled senare på "
        "sjukhuset.",
        [(HU, 12, 12, PE), (K, 2, 2, None)],
    ),
    (
        "P15",
        "Ytterligare fyra kroppar hittades i rasmassorna på tisdagen. Därmed har 23 personer "
        "bekräftats döda efter attacken mot bostadshuset.",
        [(B, 4, 4, None), (K, 23, 23, PE)],
    ),
    (
        "P16",
        "Striderna bröt ut i april 2023. Sedan dess har uppskattningsvis 20 000 människor dödats "
        "och över åtta miljoner drivits på flykt, enligt FN.",
        [(K, 20000, 20000, PE), (D, 8000001, None, None)],
    ),
    (
        "P17",
        "Dödssiffran efter attacken mot konserthallen har stigit till 139. Över 180 personer "
        "vårdas fortfarande på sjukhus, uppger myndigheterna.",
        [(K, 139, 139, None), (HU, 181, None, PE)],
    ),
    (
        "P18",
        "Den 45-årige journalisten sköts ihjäl i sin bil på måndagskvällen. Han hade arbetat som "
        "krigskorrespondent i 15 år.",
        [(K, 1, 1, None)],
    ),
]

# a second batch, labelled before its first run: headlines, nouns of the dead ("omkomna",
# "dödsoffer", "liv"), "ett 50-tal", thousands written with a dot, "samtliga", "alla",
# subsets after "varav" and "bland", counted soldiers on both sides
_SECOND: list[tuple[str, str, Gold]] = [
    ("B1", "Minst 12 döda i självmordsdåd i Kabul", [(K, 12, None, None)]),
    ("B2", "40 civila dödade i flyganfall mot marknad", [(K, 40, 40, CI)]),
    ("B3", "Över hundra döda efter nattens bombningar", [(K, 101, None, None)]),
    ("B4", "Massakern i byn krävde ett 60-tal liv.", [(K, 60, 60, None)]),
    ("B5", "Ett 100-tal människor har skadats i kravallerna.", [(HU, 100, 100, PE)]),
    (
        "B6",
        "Sedan upproret inleddes har omkring 2.500 personer dödats.",
        [(K, 2500, 2500, PE)],
    ),
    ("B7", "Över 1.000 människor har flytt från staden.", [(D, 1001, None, PE)]),
    ("B8", "Sammanlagt 47 omkomna har hittills identifierats.", [(K, 47, 47, None)]),
    (
        "B9",
        "Minst 20 människor dödades. Bland de omkomna finns tre barn och två kvinnor.",
        [(K, 20, None, PE), (K, 3, 3, CH), (K, 2, 2, WO)],
    ),
    (
        "B10",
        "Samtliga sju passagerare i bilen omkom när den träffades av en pansarvärnsrobot.",
        [(K, 7, 7, None)],
    ),
    ("B11", "Alla fem i familjen dödades när huset bombades.", [(K, 5, 5, None)]),
    (
        "B12",
        "Ingen av de 40 passagerarna överlevde attacken mot bussen.",
        [(K, 40, 40, None)],
    ),
    (
        "B14",
        "Dödstalet i attacken mot marknaden har stigit till 63, sedan ytterligare fyra skadade "
        "avlidit på sjukhus.",
        [(K, 63, 63, None), (K, 4, 4, None)],
    ),
    (
        "B15",
        "Attacken är den dödligaste sedan 2016, då 86 människor dog i Nice.",
        [(K, 86, 86, PE)],
    ),
    (
        "B17",
        "Över 300 människor uppges ha massakrerats i byarna runt Beni.",
        [(K, 301, None, PE)],
    ),
    ("B18", "Polisen har gripit tre misstänkta, och 15 personer har hörts.", []),
    (
        "B20",
        "Granatattacken dödade fyra människor, däribland tre barn, och skadade ytterligare nio.",
        [(K, 4, 4, PE), (K, 3, 3, CH), (HU, 9, 9, None)],
    ),
    ("B21", "Tiotusentals människor har drivits på flykt av striderna.", [(D, 20000, None, PE)]),
    ("B22", "Hela familjen på sex personer utplånades i anfallet.", [(K, 6, 6, None)]),
    (
        "B23",
        "Minst nio personer, varav fyra barn, har dödats i ett israeliskt flyganfall mot ett hus "
        "i Rafah, uppger sjukvårdspersonal.",
        [(K, 9, None, PE), (K, 4, 4, CH)],
    ),
    (
        "B24",
        "Enligt Syriska människorättsobservatoriet har 29 regimsoldater och 17 rebeller dödats i "
        "striderna.",
        [(K, 29, 29, CO), (K, 17, 17, CO)],
    ),
    (
        "B25",
        "En person har dödats och ett 20-tal skadats i en bombexplosion i Istanbul.",
        [(K, 1, 1, PE), (HU, 20, 20, None)],
    ),
    ("B26", "Dödsoffren i tisdagens attack är nu 31, meddelar guvernören.", [(K, 31, 31, None)]),
    (
        "B27",
        "Det handlar om totalt 15 dödsoffer, varav fem kvinnor.",
        [(K, 15, 15, None), (K, 5, 5, WO)],
    ),
    (
        "B28",
        "Tre FN-soldater dödades och fem skadades när deras patrull beskjöts i norra Mali.",
        [(K, 3, 3, CO), (HU, 5, 5, CO)],
    ),
    (
        "B29",
        "Enligt lokala medier fick ett 30-tal personer föras till sjukhus.",
        [(HU, 30, 30, PE)],
    ),
    ("B30", "Minst 200 personer har fått sätta livet till.", [(K, 200, None, PE)]),
    ("B32", "Över 3 miljoner syrier är på flykt i grannländerna.", [(D, 3000001, None, None)]),
    (
        "B33",
        "Minst 25 sårade soldater har evakuerats från fronten.",
        [(HU, 25, None, CO)],
    ),
    ("B34", "De 22 döda begravdes på fredagen i en massgrav.", [(K, 22, 22, None)]),
    ("B35", "Attentatet skördade 14 människoliv.", [(K, 14, 14, None)]),
    (
        "B36",
        "Ett femtiotal hus brann ned och omkring 200 familjer blev hemlösa.",
        [],
    ),
    (
        "B38",
        "I Aleppo dödades under helgen ytterligare 26 civila, enligt aktivister.",
        [(K, 26, 26, CI)],
    ),
    (
        "B39",
        "Kalasjnikovbeväpnade män sköt ihjäl 12 personer på en nattklubb.",
        [(K, 12, 12, PE)],
    ),
    ("B40", "Två svenskar finns bland de skadade, bekräftar UD.", [(HU, 2, 2, None)]),
    ("B41", "Ett okänt antal människor befaras ha omkommit.", []),
    ("B42", "Enligt Unicef har över 13 000 barn dödats i Gaza.", [(K, 13001, None, CH)]),
    (
        "B43",
        "Gruppen har under de senaste tio åren dödat tusentals människor och tvingat över två "
        "miljoner att fly.",
        [(K, 2000, None, PE), (D, 2000001, None, None)],
    ),
    (
        "B44",
        "Omkring 60 personer dödades när en självmordsbombare slog till mot en begravning. Offren "
        "var mestadels sunnimuslimer.",
        [(K, 60, 60, PE)],
    ),
    ("B45", "Bara i mars dödades 1 120 civila.", [(K, 1120, 1120, CI)]),
    ("B46", "Siffran på antalet döda ligger nu på 54.", [(K, 54, 54, None)]),
    ("B47", "Vid attacken dog 5 personer och 8 skadades.", [(K, 5, 5, PE), (HU, 8, 8, PE)]),
    (
        "B48",
        "Minst sex barn och tre vuxna dödades.",
        [(K, 6, None, CH), (K, 3, None, PE)],
    ),
    (
        "B49",
        "Åtta personer dödades, bland dem två spädbarn.",
        [(K, 8, 8, PE), (K, 2, 2, CH)],
    ),
    (
        "B51",
        "Israel uppger att armén dödat omkring 17 000 Hamaskrigare.",
        [(K, 17000, 17000, CO)],
    ),
    (
        "B52",
        "Enligt Hamas har 1 400 palestinier skadats i de israeliska attackerna de senaste 24 "
        "timmarna.",
        [(HU, 1400, 1400, PE)],
    ),
    (
        "B53",
        "Vid 08-tiden på morgonen rapporterade räddningstjänsten att fyra döda hittats i "
        "spillrorna.",
        [(B, 4, 4, None)],
    ),
]

# a third batch, labelled before its first run: one group per class the first two batches showed
_THIRD: list[tuple[str, str, Gold]] = [
    # fighters named by a compound whose last part is the noun ("regimsoldater",
    # "Hamaskrigare"): the head of a Swedish compound decides who they are
    ("C1", "Fyra talibankrigare dödades i ett amerikanskt drönaranfall.", [(K, 4, 4, CO)]),
    ("C2", "Minst 30 armésoldater har stupat i striderna om staden.", [(K, 30, None, CO)]),
    ("C3", "Sex Hizbollahkrigare dödades i flyganfallet mot byn.", [(K, 6, 6, CO)]),
    (
        "C4",
        "Enligt armén dödades 14 regimsoldater och nio milismän i bakhållet.",
        [(K, 14, 14, CO), (K, 9, 9, CO)],
    ),
    # forced to flee: the count between "tvinga" and "att fly" / "att lämna"
    (
        "F1",
        "Striderna har tvingat 40 000 människor att fly från sina hem.",
        [(D, 40000, 40000, PE)],
    ),
    (
        "F2",
        "Våldet tvingade omkring 3 000 bybor att fly till skogarna.",
        [(D, 3000, 3000, PE)],
    ),
    (
        "F3",
        "Offensiven har tvingat över en halv miljon människor att lämna sina hem.",
        [(D, 500001, None, PE)],
    ),
    # one more person named by an ordinal after a count ("och en tredje skadades")
    (
        "O1",
        "Två soldater dödades och en tredje sårades när minan exploderade.",
        [(K, 2, 2, CO), (HU, 1, 1, CO)],
    ),
    (
        "O2",
        "Tre män sköts ihjäl och en fjärde skadades svårt.",
        [(K, 3, 3, MEN), (HU, 1, 1, MEN)],
    ),
    (
        "O3",
        "Två personer omkom i branden och en tredje fördes till sjukhus med brännskador.",
        [(K, 2, 2, PE), (HU, 1, 1, PE)],
    ),
    # a part of a whole: "N av [byns] M invånare" counts N, the whole is no claim
    ("W1", "Omkring 300 av byns 1 200 invånare har flytt.", [(D, 300, 300, PE)]),
    ("W2", "Fem av bussens 40 passagerare dödades.", [(K, 5, 5, None)]),
    (
        "W3",
        "Minst 90 av stadens 400 läkare har dödats sedan kriget bröt ut.",
        [(K, 90, None, None)],
    ),
    # ages set off by commas between the counted subject and its verb
    (
        "A1",
        "Två pojkar, 12 och 14 år gamla, sköts ihjäl vid vägspärren.",
        [(K, 2, 2, CH)],
    ),
    (
        "A2",
        "Två kvinnor, 34 och 51 år, skadades av splitter.",
        [(HU, 2, 2, WO)],
    ),
    (
        "A3",
        "De tre syskonen, fem, sju och nio år gamla, dödades i anfallet.",
        [(K, 3, 3, None)],
    ),
    # the dead known by name: "N omkomna har identifierats" counts the dead (killed), not
    # bodies found
    ("I1", "Hittills har 31 av offren identifierats.", [(K, 31, 31, None)]),
    ("I2", "Totalt 56 döda har identifierats av rättsläkare.", [(K, 56, 56, None)]),
    (
        "I3",
        "Myndigheterna uppger att 19 omkomna har identifierats med hjälp av dna.",
        [(K, 19, 19, None)],
    ),
    # "en" (with "ytterligare" or an ordinal) carried to a hospital, no noun of its own
    (
        "H1",
        "Två personer omkom och ytterligare en fördes till sjukhus.",
        [(K, 2, 2, PE), (HU, 1, 1, None)],
    ),
    (
        "H2",
        "Tre personer dog i branden och en fjärde fördes till sjukhuset med rökskador.",
        [(K, 3, 3, PE), (HU, 1, 1, None)],
    ),
    (
        "H3",
        "En soldat dödades och en fördes med helikopter till sjukhus.",
        [(K, 1, 1, CO), (HU, 1, 1, None)],
    ),
    ("W4", "Tolv av lägrets 80 invånare skadades i beskjutningen.", [(HU, 12, 12, PE)]),
]

# a fourth batch, labelled before its first run: the wire's shorthand ("100-tals", "20-tal"),
# headlines with a colon or a dash, ranges with a dash, "tros/beräknas ha", and more numbers
# that count no one
_FOURTH: list[tuple[str, str, Gold]] = [
    ("D1", "100-tals människor har flytt från byarna längs gränsen.", [(D, 200, None, PE)]),
    ("D2", "FN: Minst 500 döda i striderna i Darfur", [(K, 500, None, None)]),
    (
        "D3",
        "Minst 20 döda i flyganfall – flera av dem barn",
        [(K, 20, None, None), (K, 3, None, CH)],
    ),
    ("D4", "Cirka 30-40 personer skadades i explosionen.", [(HU, 30, 40, PE)]),
    (
        "D5",
        "Mellan 15 000 och 20 000 människor tros ha dödats i kriget.",
        [(K, 15000, 20000, PE)],
    ),
    ("D6", "Omkring 200 000 människor beräknas ha dödats sedan 2011.", [(K, 200000, 200000, PE)]),
    ("D7", "Två dussin soldater dödades i bakhållet.", [(K, 24, 24, CO)]),
    ("D8", "40 skadade fördes till sjukhus efter explosionen.", [(HU, 40, 40, None)]),
    (
        "D9",
        "Attacken dödade minst 41 människor, de flesta civila, enligt guvernören.",
        [(K, 41, None, PE)],
    ),
    ("D10", "Sju döda i skottlossning i Malmö", [(K, 7, 7, None)]),
    (
        "D11",
        "Tre människor har misshandlats till döds i byn, uppger polisen.",
        [(K, 3, 3, PE)],
    ),
    (
        "D12",
        "Hittills har 1,5 miljoner människor flytt till grannländerna.",
        [(D, 1500000, 1500000, PE)],
    ),
    ("D13", "Kriget har krävt närmare 400 000 liv.", [(K, 400000, 400000, None)]),
    (
        "D14",
        "Omkring 1 000 soldater skickades till regionen efter att 12 poliser dödats.",
        [(K, 12, 12, None)],
    ),
    (
        "D15",
        "Av de döda var tolv barn och fem kvinnor, uppger sjukhuset.",
        [(K, 12, 12, CH), (K, 5, 5, WO)],
    ),
    ("D16", "Ett 20-tal personer skadades lindrigt.", [(HU, 20, 20, PE)]),
    (
        "D17",
        "Över 300 personer greps i samband med protesterna, och fyra dödades.",
        [(K, 4, 4, None)],
    ),
    (
        "D18",
        "Polisen misstänker att gärningsmännen var tre, och att de avlossade minst 50 skott.",
        [],
    ),
    (
        "D19",
        "Sammanlagt 93 dödsoffer har registrerats sedan i söndags.",
        [(K, 93, 93, None)],
    ),
    (
        "D20",
        "Enligt FN har 1 000-tals civila dödats i strider om staden.",
        [(K, 2000, None, CI)],
    ),
    (
        "D21",
        "Över 50 000 människor har tagit sin tillflykt till skolor och moskéer.",
        [(D, 50001, None, PE)],
    ),
    (
        "D22",
        "Boko Haram har sedan 2009 dödat tusentals människor i norra Nigeria.",
        [(K, 2000, None, PE)],
    ),
    (
        "D23",
        "Nio personer dog och ett 40-tal skadades, flera allvarligt, när bomben briserade.",
        [(K, 9, 9, PE), (HU, 40, 40, None), (HU, 3, None, None)],
    ),
    (
        "D24",
        "Ett barn och två vuxna omkom i attacken mot bilen.",
        [(K, 1, 1, CH), (K, 2, 2, PE)],
    ),
    (
        "D25",
        "Fem av de döda var soldater, resten civila.",
        [(K, 5, 5, CO)],
    ),
    (
        "D26",
        "Sex personer saknas fortfarande sedan fiskebåten beskjutits utanför kusten.",
        [(M, 6, 6, PE)],
    ),
    (
        "D27",
        "Bomben exploderade klockan 11.30, en timme innan 2 000 människor väntades samlas på "
        "torget. Tre personer skadades.",
        [(HU, 3, 3, PE)],
    ),
    (
        "D28",
        "I fjol dödades 88 journalister i världen, mer än hälften av dem i Gaza.",
        [(K, 88, 88, None)],
    ),
    (
        "D29",
        "Över tusen människor har dödats, och närmare dubbelt så många har skadats.",
        [(K, 1001, None, PE)],
    ),
    (
        "D30",
        "En 25-årig man har gripits misstänkt för mordet på tre personer i Uppsala.",
        [(K, 3, 3, PE)],
    ),
    ("D31", "10-tals soldater uppges ha stupat vid fronten i helgen.", [(K, 20, None, CO)]),
    # a lone victim named by a trade the pack did not list ("en tolk", "en präst", "en lärare")
    (
        "E1",
        "Fyra soldater och en tolk omkom när konvojen träffades av en vägbomb.",
        [(K, 4, 4, CO), (K, 1, 1, None)],
    ),
    ("E2", "En präst sköts ihjäl utanför kyrkan i går kväll.", [(K, 1, 1, None)]),
    (
        "E4",
        "En lärare dödades och tre elever skadades när skolan beskjöts.",
        [(K, 1, 1, None), (HU, 3, 3, None)],
    ),
    ("E5", "En busschaufför omkom när bussen träffades av en raket.", [(K, 1, 1, None)]),
    # kin counted in the definite plural with an aside before the verb ("De två bröderna, 8
    # och 11 år gamla, dödades": S58, A3 above)
    (
        "K1",
        "De fyra kusinerna, som alla var under 15 år, omkom i branden efter nedslaget.",
        [(K, 4, 4, None)],
    ),
    ("K2", "De två systrarna, 6 och 9 år, skadades svårt av splitter.", [(HU, 2, 2, None)]),
]

# labels the extractor still misses (strict xfails; the others failed on the first run and
# pass since the sv16 fixes); P1's label was changed, see its comment
_GAPS: dict[str, str] = {
    "S16": "a force's strength ('förfoga över cirka 5 000 stridande') is read as killed by the "
    "verb of the next clause, and 'ett tjugotal av dem' does not take the fighters' category",
    "S23": "'flera offer räknats två gånger' (victims counted twice) is read as a vague toll",
    "S58": "the count is read, but ages set off after the noun ('8 och 11 år gamla') do not make "
    "the brothers children",
    "B12": "'ingen av de 40 ... överlevde' (none survived) is not read as 40 killed",
    "B22": "'utplånades' (wiped out) is no verb of killing in the pack",
    "D23": "'flera allvarligt' after a count of the hurt (several of them badly, no 'av dem') "
    "is not read as a claim of its own",
    "D24": "'Ett barn och två vuxna omkom': a total of three is added beside the two parts "
    "(our label may be the one at fault: the labelled sets may sum such lists)",
    "E1": "a lone person of the default category joined by 'och' to a count of the same "
    "measure ('Fyra soldater och en tolk omkom') is dropped as a repeat (a journalist or a "
    "soldier, of a category of their own, is kept)",
}


@pytest.mark.parametrize(("text", "gold"), gold_cases(_SENTENCES, _GAPS))
def test_swedish_sentences(text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, "sv", gold)


@pytest.mark.parametrize(("text", "gold"), gold_cases(_PARAGRAPHS, _GAPS))
def test_swedish_paragraphs(text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, "sv", gold)


@pytest.mark.parametrize(("text", "gold"), gold_cases(_SECOND, _GAPS))
def test_swedish_second_batch(text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, "sv", gold)


@pytest.mark.parametrize(("text", "gold"), gold_cases(_THIRD, _GAPS))
def test_swedish_classes(text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, "sv", gold)


@pytest.mark.parametrize(("text", "gold"), gold_cases(_FOURTH, _GAPS))
def test_swedish_fourth_batch(text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, "sv", gold)
