"""Swedish casualty constructions as a news writer uses them, with the same class in English or
German where it exists (sv14). Sentences and labels are our own, written and labelled before
running the extractor; names, places and figures are invented or generic.

Classes: hearsay ("uppges ha dödats", "ska ha omkommit", "befaras", "lär ha"); passives with
"bli" ("blev dödade", "har blivit skadade"); toll compounds and their verbs ("dödssiffran stiger
till", "antalet dödsoffer har ökat till", "krävde elva dödsoffer"); "varav" parts; number words
in "-tal" and compounds ("ett sextiotal", "sextiotre", "tvåhundrafemtio"); the missing
("saknas", "är försvunna", "fyra saknade"); bodies found ("hittades döda", "dragit fram
kropparna"); the rescued and the arrested (no casualty: "räddades", "greps", "anhölls",
"häktades"); definite counts ("de tolv dödade"); the hurt named by their care ("fick föras till
sjukhus", "fick vård"); qualifiers ("drygt", "närmare", "knappt", "minst ett hundratal",
"uppemot ett femtiotal"); a weapon as subject ("Explosionen dödade fyra"); headlines ("Tre döda
och ett tiotal skadade"); restated figures (one claim); numbers that count no casualty.

Each text must yield exactly its labelled casualty claims on (measure, low, high).
"""

from __future__ import annotations

from collections import Counter

import pytest

from harmledger.extract import extract_claims

K, HU, M, B = "killed", "injured", "missing", "bodies_recovered"

Gold = list[tuple[str, int | None, int | None]]

_HEARSAY: list[tuple[str, str, str, Gold]] = [
    ("A1", "sv", "Minst sju personer uppges ha dödats i attacken mot marknaden.", [(K, 7, None)]),
    (
        "A2",
        "sv",
        "Enligt lokala medier ska ett tjugotal människor ha omkommit i skredet.",
        [(K, 20, 20)],
    ),
    ("A3", "sv", "Tre soldater uppges vara allvarligt skadade efter explosionen.", [(HU, 3, 3)]),
    ("A4", "sv", "Över 40 personer befaras ha dödats i beskjutningen av staden.", [(K, 41, None)]),
    ("A5", "sv", "Två barn lär ha skadats när granaten slog ned i skolgården.", [(HU, 2, 2)]),
    ("A6", "sv", "Sex personer ska enligt uppgift ha skjutits ihjäl vid vägspärren.", [(K, 6, 6)]),
    (
        "A7",
        "sv",
        "Ett trettiotal civila uppges ha skadats, och minst tio ska ha dött.",
        [(HU, 30, 30), (K, 10, None)],
    ),
    ("A8", "en", "At least seven people are reported to have been killed.", [(K, 7, None)]),
    ("A10", "en", "Seven people are said to have been injured.", [(HU, 7, 7)]),
    ("A9", "de", "Mindestens sieben Menschen sollen getötet worden sein.", [(K, 7, None)]),
]

_BLI_PASSIVE: list[tuple[str, str, str, Gold]] = [
    (
        "B1",
        "sv",
        "Fyra personer blev dödade och ytterligare tolv blev skadade i skottlossningen.",
        [(K, 4, 4), (HU, 12, 12)],
    ),
    ("B2", "sv", "Sammanlagt har 23 civila blivit dödade sedan i måndags.", [(K, 23, 23)]),
    ("B3", "sv", "Nio poliser blev skadade under kravallerna i natt.", [(HU, 9, 9)]),
    (
        "B4",
        "sv",
        "Minst fem människor har blivit ihjälskjutna i området den senaste veckan.",
        [(K, 5, None)],
    ),
    ("B5", "sv", "Elva personer blev svårt brännskadade i branden.", [(HU, 11, 11)]),
]

_TOLL: list[tuple[str, str, str, Gold]] = [
    ("C1", "sv", "Dödssiffran efter jordbävningen har stigit till 312.", [(K, 312, 312)]),
    (
        "C2",
        "sv",
        "Dödstalet stiger till minst 85 i Gaza, enligt hälsoministeriet.",
        [(K, 85, None)],
    ),
    ("C3", "sv", "Antalet dödsoffer i bussolyckan har nu ökat till 19.", [(K, 19, 19)]),
    ("C4", "sv", "Antalet skadade uppgår till närmare 300.", [(HU, 300, 300)]),
    ("C5", "sv", "Tågolyckan krävde elva dödsoffer.", [(K, 11, 11)]),
    ("C6", "sv", "Dödsoffren är minst 14, varav sex barn.", [(K, 14, None), (K, 6, 6)]),
    ("C7", "sv", "Antalet omkomna är nu uppe i 57.", [(K, 57, 57)]),
    ("C8", "de", "Die Zahl der Todesopfer ist auf 312 gestiegen.", [(K, 312, 312)]),
]

_VARAV: list[tuple[str, str, str, Gold]] = [
    (
        "D1",
        "sv",
        "Totalt dödades 37 personer, varav elva kvinnor och nio barn.",
        [(K, 37, 37), (K, 11, 11), (K, 9, 9)],
    ),
    ("D2", "sv", "Ett sextiotal skadades, varav tolv svårt.", [(HU, 60, 60)]),
    ("D3", "sv", "Fjorton människor omkom, varav fyra var barn.", [(K, 14, 14), (K, 4, 4)]),
    (
        "D4",
        "sv",
        "Av de 20 döda var åtta barn, uppger sjukhuset.",
        [(K, 20, 20), (K, 8, 8)],
    ),
]

_NUMBER_WORDS: list[tuple[str, str, str, Gold]] = [
    ("E1", "sv", "Sextiotre personer dödades i flyganfallen under helgen.", [(K, 63, 63)]),
    ("E2", "sv", "Ett sjuttiotal civila har dödats sedan offensiven inleddes.", [(K, 70, 70)]),
    (
        "E3",
        "sv",
        "Omkring tvåhundrafemtio människor skadades i explosionen i hamnen.",
        [(HU, 250, 250)],
    ),
    ("E4", "sv", "Ett åttiotal personer skadades lindrigt.", [(HU, 80, 80)]),
    ("E5", "sv", "Trettiofem personer saknas fortfarande efter färjeolyckan.", [(M, 35, 35)]),
    ("E6", "sv", "Ett nittiotal människor har dödats i striderna.", [(K, 90, 90)]),
    ("E7", "sv", "Ett sextiotal personer omkom när bussen störtade ned i ravinen.", [(K, 60, 60)]),
]

_MISSING: list[tuple[str, str, str, Gold]] = [
    ("F1", "sv", "Ytterligare sex personer saknas efter lavinen.", [(M, 6, 6)]),
    (
        "F2",
        "sv",
        "Minst ett tiotal fiskare är fortfarande försvunna efter stormen.",
        [(M, 10, None)],
    ),
    ("F3", "sv", "Elva personer är saknade sedan översvämningen i tisdags.", [(M, 11, 11)]),
    ("F4", "sv", "Räddningstjänsten letar efter fyra saknade efter raset.", [(M, 4, 4)]),
    ("F5", "en", "Rescuers are searching for four missing after the collapse.", [(M, 4, 4)]),
]

_FOUND: list[tuple[str, str, str, Gold]] = [
    (
        "G1",
        "sv",
        "Polisen har hittat tre döda kroppar i ett skogsområde utanför staden.",
        [(B, 3, 3)],
    ),
    ("G2", "sv", "Under dagen påträffades ytterligare nio döda i rasmassorna.", [(B, 9, 9)]),
    (
        "G3",
        "sv",
        "Räddningsarbetare har dragit fram kropparna efter 17 människor ur bråten.",
        [(B, 17, 17)],
    ),
    ("G4", "sv", "Två män hittades döda i en lägenhet i Malmö på söndagen.", [(B, 2, 2)]),
    ("G5", "sv", "Dykare har bärgat liken av fem besättningsmän.", [(B, 5, 5)]),
]

_RESCUED: list[tuple[str, str, str, Gold]] = [
    ("H1", "sv", "Räddningstjänsten lyckades rädda 14 personer ur det brinnande huset.", []),
    ("H2", "sv", "Fyrtio passagerare räddades av kustbevakningen.", []),
    ("H3", "sv", "Sju personer kunde undsättas levande ur rasmassorna.", []),
    ("H4", "sv", "Tre personer omkom medan 22 räddades.", [(K, 3, 3)]),
    ("H5", "en", "Three people died while 22 were rescued.", [(K, 3, 3)]),
    ("H6", "sv", "Nio personer har räddats ur spillrorna i natt.", []),
]

_ARRESTED: list[tuple[str, str, str, Gold]] = [
    ("I1", "sv", "Tre män anhölls i natt efter skottlossningen i Göteborg.", []),
    ("I2", "sv", "Två personer dödades och fyra greps efter attacken.", [(K, 2, 2)]),
    ("I3", "sv", "Sex personer har häktats, misstänkta för mordförsök.", []),
    (
        "I4",
        "sv",
        "Polisen grep 12 demonstranter och en polis skadades lindrigt.",
        [(HU, 1, 1)],
    ),
    ("I5", "sv", "Över 60 personer omhändertogs av polisen under natten.", []),
    ("I6", "de", "Zwei Menschen wurden getötet und vier festgenommen.", [(K, 2, 2)]),
]

_DEFINITE: list[tuple[str, str, str, Gold]] = [
    ("J1", "sv", "De tolv dödade var alla civila, enligt FN.", [(K, 12, 12)]),
    ("J2", "sv", "De 34 skadade har förts till sjukhus i Kabul.", [(HU, 34, 34)]),
    # "flera" is "several", 3 or more (CONVENTIONS), a claim of its own
    ("J3", "sv", "Bland de 50 omkomna fanns flera barn.", [(K, 50, 50), (K, 3, None)]),
    ("J4", "sv", "Samtliga 62 ombord omkom när planet störtade.", [(K, 62, 62)]),
]

_RESTATED: list[tuple[str, str, str, Gold]] = [
    (
        "K1",
        "sv",
        "Fem personer dödades i attacken. Alla fem var civila, uppger polisen.",
        [(K, 5, 5)],
    ),
    (
        "K2",
        "sv",
        "Sju personer omkom i branden. De sju omkomna bodde alla i huset.",
        [(K, 7, 7)],
    ),
    (
        "K3",
        "sv",
        "Tre döda i skottlossning i Uppsala. Tre personer har dödats i en skottlossning i "
        "Uppsala, uppger polisen.",
        [(K, 3, 3)],
    ),
]

_CARE: list[tuple[str, str, str, Gold]] = [
    ("L1", "sv", "Sex personer fick föras till sjukhus efter olyckan.", [(HU, 6, 6)]),
    ("L2", "sv", "Ett tiotal personer fick vård för rökskador.", [(HU, 10, 10)]),
    ("L3", "sv", "Fyra personer fördes med ambulans till sjukhus.", [(HU, 4, 4)]),
    ("L4", "sv", "Åtta personer behandlades på sjukhus för brännskador.", [(HU, 8, 8)]),
]

_QUALIFIERS: list[tuple[str, str, str, Gold]] = [
    ("M1", "sv", "Drygt 70 personer dödades i attacken.", [(K, 71, None)]),
    ("M2", "sv", "Närmare 30 personer skadades.", [(HU, 30, 30)]),
    ("M3", "sv", "Knappt hundra människor har omkommit.", [(K, 100, 100)]),
    ("M4", "sv", "Minst ett hundratal civila har dödats.", [(K, 100, None)]),
    ("M5", "sv", "Uppemot ett femtiotal personer skadades.", [(HU, None, 50)]),
    ("M6", "sv", "Över tjugo människor skadades i explosionen.", [(HU, 21, None)]),
]

_WEAPON_SUBJECT: list[tuple[str, str, str, Gold]] = [
    (
        "N1",
        "sv",
        "Explosionen dödade fyra personer och skadade ytterligare 20.",
        [(K, 4, 4), (HU, 20, 20)],
    ),
    ("N2", "sv", "Attacken krävde minst tolv människors liv.", [(K, 12, None)]),
    ("N3", "sv", "Bomben skördade ett trettiotal dödsoffer.", [(K, 30, 30)]),
    ("N4", "sv", "Flyganfallet dödade en kvinna och hennes fyra barn.", [(K, 5, 5)]),
]

_HEADLINE: list[tuple[str, str, str, Gold]] = [
    (
        "O1",
        "sv",
        "Tre döda och ett tiotal skadade efter explosionen i Stockholm",
        [(K, 3, 3), (HU, 10, 10)],
    ),
    ("O2", "sv", "Minst fem döda i ny attack mot sjukhus", [(K, 5, None)]),
    ("O3", "sv", "Över 100 skadade i tågolycka i Indien", [(HU, 101, None)]),
]

_NO_CASUALTY: list[tuple[str, str, str, Gold]] = [
    ("P1", "sv", "Attacken skedde klockan 14.30 och tre personer skadades.", [(HU, 3, 3)]),
    ("P2", "sv", "I bilen satt fyra personer, men ingen skadades.", [(HU, 0, 0)]),
    (
        "P3",
        "sv",
        "Över 200 poliser deltog i insatsen, där två män sköts ihjäl.",
        [(K, 2, 2)],
    ),
    ("P4", "sv", "Sedan 2014 har 112 attacker mot sjukhus registrerats.", []),
    ("P5", "sv", "Tusentals människor demonstrerade mot våldet i helgen.", []),
    ("P6", "sv", "Räddningstjänsten skickade 30 brandmän till platsen.", []),
    ("P7", "sv", "Omkring 400 personer bodde i huset som rasade.", []),
    ("P8", "sv", "Ett fyrtiotal ambulanser fanns på plats efter explosionen.", []),
    ("P9", "sv", "Sju av tio svenskar oroar sig för våldet.", []),
    (
        "P10",
        "sv",
        "Två personer befann sig i huset när det exploderade, men ingen skadades.",
        [(HU, 0, 0)],
    ),
    ("P11", "sv", "Ombord fanns 120 passagerare, men ingen kom till skada.", [(HU, 0, 0)]),
    ("P12", "en", "Four people were in the car, but no one was injured.", [(HU, 0, 0)]),
    ("P13", "de", "Im Auto saßen vier Menschen, aber niemand wurde verletzt.", [(HU, 0, 0)]),
    ("P14", "es", "Cuatro personas iban en el coche, pero nadie resultó herido.", [(HU, 0, 0)]),
    ("P15", "sv", "Tre personer dödades, men ingen skadades.", [(K, 3, 3), (HU, 0, 0)]),
]

# short reports of several sentences: a figure restated is one claim, a superseded or
# differently attributed figure is its own (labelled before running the extractor)
_REPORTS: list[tuple[str, str, str, Gold]] = [
    (
        "R1",
        "sv",
        "Två döda i skottlossning i Malmö\n\nTvå män har dödats och en kvinna skadats allvarligt "
        "i en skottlossning i Malmö under natten till lördagen. Det bekräftar polisen. – Vi har "
        "två avlidna och en skadad, säger polisens presstalesperson Anna Berg. Ingen har ännu "
        "gripits.",
        [(K, 2, 2), (HU, 1, 1)],
    ),
    (
        "R2",
        "sv",
        "Dödssiffran efter jordbävningen i östra Turkiet har stigit till 1 250, uppger landets "
        "katastrofmyndighet. Tidigare under dagen uppgavs 870 personer ha omkommit. Fler än "
        "4 000 människor har skadats.",
        [(K, 1250, 1250), (K, 870, 870), (HU, 4001, None)],
    ),
    (
        "R3",
        "sv",
        "Minst 42 palestinier har dödats i israeliska flyganfall mot Gaza det senaste dygnet, "
        "enligt det Hamasstyrda hälsoministeriet. Bland de döda finns 15 barn och nio kvinnor. "
        "Ytterligare 130 personer har skadats. Sedan kriget bröt ut har över 30 000 människor "
        "dödats i Gaza, uppger ministeriet.",
        [(K, 42, None), (K, 15, 15), (K, 9, 9), (HU, 130, 130), (K, 30001, None)],
    ),
    (
        "R4",
        "sv",
        "Ryska robotanfall mot Charkiv och Dnipro dödade på tisdagen minst åtta personer. I "
        "Charkiv dödades fem personer och 23 skadades, enligt guvernören. I Dnipro omkom tre "
        "människor.",
        [(K, 8, None), (K, 5, 5), (HU, 23, 23), (K, 3, 3)],
    ),
    (
        "R5",
        "sv",
        "Minst 19 personer har omkommit i de kraftiga översvämningarna i norra Italien. "
        "Räddningstjänsten har under onsdagen hittat ytterligare fyra kroppar, och ett tiotal "
        "personer saknas fortfarande. Omkring 36 000 människor har tvingats lämna sina hem.",
        [(K, 19, None), (B, 4, 4), (M, 10, 10), ("displaced", 36000, 36000)],
    ),
    (
        "R6",
        "sv",
        "En person dödades och sex skadades när en buss körde in i en folkmassa i Göteborg på "
        "lördagskvällen. Föraren, en man i 40-årsåldern, greps på platsen. Räddningstjänsten "
        "var på plats med ett 20-tal enheter. Tre av de skadade vårdas på "
        "Sahlgrenska universitetssjukhuset.",
        [(K, 1, 1), (HU, 6, 6)],
    ),
    (
        "R7",
        "sv",
        "Beväpnade män ska ha dödat minst 30 bybor i en attack mot en by i delstaten Plateau i "
        "Nigeria, uppger lokala myndigheter. Enligt en lokal ledare kan antalet döda vara "
        "betydligt högre. Ett femtiotal hus brändes ned och hundratals invånare har flytt.",
        [(K, 30, None), ("displaced", 200, None)],
    ),
    (
        "R8",
        "sv",
        "Minst 25 personer dödades när en självmordsbombare sprängde sig själv på en marknad i "
        "Bagdad på torsdagen, enligt polisen. Sjukhuskällor uppger att 31 personer dödats och "
        "att närmare 60 skadats. Självmordsbombaren dog också i explosionen.",
        [(K, 25, None), (K, 31, 31), (HU, 60, 60)],
    ),
    (
        "R9",
        "sv",
        "Tre unga män sköts ihjäl i en lägenhet i Uppsala natten till söndag. De tre var i "
        "20-årsåldern. Polisen har inlett en förundersökning om mord.",
        [(K, 3, 3)],
    ),
    (
        "R10",
        "sv",
        "Stormen har krävt minst 14 dödsoffer i Sverige och Norge, varav tre barn. Ett "
        "tjugotal personer har förts till sjukhus med skador.",
        [(K, 14, None), (K, 3, 3), (HU, 20, 20)],
    ),
]

# a part of the hurt told only by its state (in hospital still, critical, discharged): how the
# counted are, no claim of its own (labelled before running the extractor)
_STATE_OF_PART: list[tuple[str, str, str, Gold]] = [
    (
        "S1",
        "sv",
        "Ett tjugotal personer skadades, varav fyra i kritiskt tillstånd.",
        [(HU, 20, 20)],
    ),
    (
        "S2",
        "sv",
        "Elva personer skadades i explosionen. Tre av dem vårdas fortfarande på sjukhus.",
        [(HU, 11, 11)],
    ),
    ("S3", "sv", "Sju personer fördes till sjukhus. Fem av dem har skrivits ut.", [(HU, 7, 7)]),
    (
        "S4",
        "sv",
        "Totalt 40 personer skadades, och 12 ligger kvar på sjukhus.",
        [(HU, 40, 40)],
    ),
    ("S5", "sv", "Av de 16 skadade är två i livshotande tillstånd.", [(HU, 16, 16)]),
    ("S6", "sv", "Nio personer skadades, två av dem svårt.", [(HU, 9, 9)]),
    (
        "S7",
        "sv",
        "Fjorton personer skadades i branden. Fyra av de skadade vårdas på Danderyds sjukhus.",
        [(HU, 14, 14)],
    ),
    (
        "S8",
        "en",
        "Eleven people were injured; three of them remain in hospital.",
        [(HU, 11, 11)],
    ),
    (
        "S9",
        "de",
        "Elf Menschen wurden verletzt, drei von ihnen liegen noch im Krankenhaus.",
        [(HU, 11, 11)],
    ),
]

# a second batch of news sentences: idioms for dying and confirming deaths, elided nouns,
# numbers that count no casualty beside a real count (labelled before running the extractor)
_SECOND: list[tuple[str, str, str, Gold]] = [
    ("T2", "sv", "Två personer föll offer för våldet i helgen.", [(K, 2, 2)]),
    ("T4", "sv", "Bilbomben dödade sju och skadade ett femtiotal.", [(K, 7, 7), (HU, 50, 50)]),
    ("T5", "sv", "Sju döda, ett femtiotal skadade.", [(K, 7, 7), (HU, 50, 50)]),
    ("T6", "sv", "Antalet döda i Gaza överstiger nu 40 000.", [(K, 40001, None)]),
    ("T7", "sv", "Över 1 000 har dödats sedan i oktober.", [(K, 1001, None)]),
    (
        "T8",
        "sv",
        "Hundratals människor har skadats och tiotals dödats.",
        [(HU, 200, None), (K, 20, None)],
    ),
    ("T9", "sv", "Attacken ska ha krävt ett fyrtiotal människoliv.", [(K, 40, 40)]),
    (
        "T10",
        "sv",
        "Minst tre personer har avlidit efter att ha skadats i attacken.",
        [(K, 3, None)],
    ),
    ("T14", "sv", "Bland de dödade finns tre journalister.", [(K, 3, 3)]),
    ("T16", "sv", "Sammanlagt saknas ett femtontal personer.", [(M, 15, 15)]),
    ("T17", "sv", "Ett hundratal personer har gripits.", []),
    ("T18", "sv", "Uppåt 20 personer skadades i kollisionen.", [(HU, None, 20)]),
    ("T22", "sv", "I attacken omkom sju civila, däribland två barn.", [(K, 7, 7), (K, 2, 2)]),
    (
        "T24",
        "sv",
        "Den svenska kvinnan är en av fem personer som dödats i attacken.",
        [(K, 5, 5)],
    ),
    ("T25", "sv", "Fyra av de dödade var barn.", [(K, 4, 4)]),
    ("T26", "sv", "I Sverige har 41 personer skjutits ihjäl hittills i år.", [(K, 41, 41)]),
    ("T27", "sv", "Under 2023 dödades 53 personer i 363 skjutningar.", [(K, 53, 53)]),
    ("T28", "sv", "Polisen har registrerat 149 sprängningar i år.", []),
    (
        "T29",
        "sv",
        "Fler än 20 personer fick uppsöka sjukhus efter att ha andats in rök.",
        [(HU, 21, None)],
    ),
    ("T31", "sv", "Mer än hälften av de döda var kvinnor och barn.", []),
    ("T32", "sv", "Över 30 personer omkom, enligt uppgifter till AFP.", [(K, 31, None)]),
    (
        "T33",
        "sv",
        "Minst 50 personer befaras ha dödats, men siffran väntas stiga.",
        [(K, 50, None)],
    ),
    (
        "T34",
        "sv",
        "Två personer avled och sju fick föras till sjukhus med brännskador.",
        [(K, 2, 2), (HU, 7, 7)],
    ),
    ("T35", "sv", "Åtta personer dog i lavinen, samtliga skidåkare.", [(K, 8, 8)]),
    (
        "T36",
        "sv",
        "Fyra personer har fått sätta livet till och tolv är saknade.",
        [(K, 4, 4), (M, 12, 12)],
    ),
    ("T38", "sv", "Fem skadades lindrigt när en gasledning exploderade.", [(HU, 5, 5)]),
    ("T39", "sv", "Elva människor har hittills bekräftats döda.", [(K, 11, 11)]),
    ("T40", "sv", "Tre personer bekräftas omkomna.", [(K, 3, 3)]),
    ("T41", "sv", "Sju personer har dödförklarats.", [(K, 7, 7)]),
    (
        "T42",
        "sv",
        "Tre personer har förts till sjukhus med lindriga skador, uppger räddningstjänsten.",
        [(HU, 3, 3)],
    ),
    ("T43", "sv", "Elva personer har avlidit till följd av skadorna.", [(K, 11, 11)]),
    ("T44", "sv", "Ett tiotal personer har dött i samband med värmeböljan.", [(K, 10, 10)]),
    ("T45", "sv", "Tjugo personer behandlades på plats av ambulanspersonal.", [(HU, 20, 20)]),
    (
        "T46",
        "sv",
        "Två personer omkom och fyra räddades ur det kantrade fartyget.",
        [(K, 2, 2)],
    ),
    ("T47", "sv", "Enligt TT:s uppgifter har sex personer dödats.", [(K, 6, 6)]),
    ("T48", "sv", "Sex personer miste livet och ett hundratal evakuerades.", [(K, 6, 6)]),
    ("T49", "sv", "Flera hundra människor har dödats i striderna.", [(K, 200, None)]),
    ("T50", "sv", "Ett dussintal personer skadades.", [(HU, 12, 12)]),
    (
        "T51",
        "sv",
        "Explosionen inträffade vid 20-tiden och två personer skadades.",
        [(HU, 2, 2)],
    ),
    (
        "T53",
        "sv",
        "Sedan kriget började 2022 har över 10 000 civila dödats, enligt FN.",
        [(K, 10001, None)],
    ),
    (
        "T54",
        "sv",
        "E4:an stängdes av i båda riktningarna efter olyckan där en person omkom.",
        [(K, 1, 1)],
    ),
    ("T55", "sv", "Båda förarna omkom.", [(K, 2, 2)]),
    ("T56", "sv", "Larmet kom 06.45 och fem personer har förts till sjukhus.", [(HU, 5, 5)]),
]

# a third batch: toll nouns with their figure after a verb of estimating, inverted order after an
# adverb, nouns of killing with the victims after "på" and "av", decimal millions, genitives
# (labelled before running the extractor)
_THIRD: list[tuple[str, str, str, Gold]] = [
    ("U1", "sv", "Antalet dödade uppskattas till omkring 300.", [(K, 300, 300)]),
    ("U2", "sv", "Över 500 personer beräknas ha dödats i belägringen.", [(K, 501, None)]),
    ("U3", "sv", "Dödsoffren uppgår till minst 45.", [(K, 45, None)]),
    ("U4", "sv", "Fortfarande saknas 20 personer efter skredet.", [(M, 20, 20)]),
    ("U5", "sv", "Av de 40 passagerarna omkom 30.", [(K, 30, 30)]),
    ("U6", "sv", "Massakern på 30 civila väckte stor vrede.", [(K, 30, 30)]),
    ("U7", "sv", "Han åtalas för mordet på tre personer i Örebro.", [(K, 3, 3)]),
    (
        "U8",
        "sv",
        "1,2 miljoner människor har flytt från striderna.",
        [("displaced", 1200000, 1200000)],
    ),
    ("U9", "sv", "Landet har 6,5 miljoner internflyktingar.", [("displaced", 6500000, 6500000)]),
    ("U10", "sv", "Totalt 80 döda och sårade har rapporterats.", [("killed_or_injured", 80, 80)]),
    ("U11", "sv", "Över 200 döda kroppar har hittats i staden.", [(B, 201, None)]),
    ("U12", "sv", "Sju döda har hittats i ruinerna.", [(B, 7, 7)]),
    ("U13", "sv", "Den 7 oktober dödades omkring 1 200 människor i Israel.", [(K, 1200, 1200)]),
    ("U14", "sv", "Dödssiffran är nu 63, uppger myndigheterna.", [(K, 63, 63)]),
    ("U15", "sv", "Striderna har krävt tiotusentals människors liv.", [(K, 20000, None)]),
    ("U16", "sv", "Tolv barns död har väckt ilska i landet.", [(K, 12, 12)]),
    ("U17", "sv", "I natt dödades ytterligare fyra personer i Kherson.", [(K, 4, 4)]),
    (
        "U18",
        "sv",
        "Under tisdagen skadades 14 personer, bland dem sex barn.",
        [(HU, 14, 14), (HU, 6, 6)],
    ),
    ("U19", "sv", "Israeliska soldater sköt ihjäl två palestinier på Västbanken.", [(K, 2, 2)]),
    ("U20", "sv", "Ukraina uppger att 27 soldater stupat i strider under veckan.", [(K, 27, 27)]),
    ("U21", "sv", "Sedan i lördags har 3 000 människor evakuerats.", []),
    (
        "U22",
        "sv",
        "Nästan 2 miljoner har tvingats fly sina hem.",
        [("displaced", 2000000, 2000000)],
    ),
    (
        "U23",
        "sv",
        "Femton människor dödades när en flodbåt kantrade; ett tjugotal saknas.",
        [(K, 15, 15), (M, 20, 20)],
    ),
    (
        "U24",
        "sv",
        "Två skolbarn dödades och fem skadades då en lastbil körde in i bussen.",
        [(K, 2, 2), (HU, 5, 5)],
    ),
    ("U25", "sv", "De båda männen dödades omedelbart.", [(K, 2, 2)]),
]

# a fourth batch: figures told by two sources, figures named as reports ("uppgifter om 300
# döda", "siffran på 45 döda"), revised tolls, parts of a set on board (labelled before
# running the extractor)
_FOURTH: list[tuple[str, str, str, Gold]] = [
    (
        "V1",
        "sv",
        "Enligt den lokala hälsomyndigheten har 18 personer dödats. Räddningstjänsten talar om "
        "minst 22 döda.",
        [(K, 18, 18), (K, 22, None)],
    ),
    (
        "V2",
        "sv",
        "Minst tolv personer dödades – bland dem fyra barn – när bomben exploderade.",
        [(K, 12, None), (K, 4, 4)],
    ),
    (
        "V3",
        "sv",
        "– Vi har hittat 14 kroppar hittills, säger räddningschefen Per Lind.",
        [(B, 14, 14)],
    ),
    (
        "V4",
        "sv",
        "Siffran på 45 döda har inte kunnat bekräftas av oberoende källor.",
        [(K, 45, 45)],
    ),
    ("V5", "sv", "TT har tidigare rapporterat om tolv döda.", [(K, 12, 12)]),
    (
        "V6",
        "sv",
        "Totalt rör det sig om 16 skadade, varav två barn.",
        [(HU, 16, 16), (HU, 2, 2)],
    ),
    ("V7", "sv", "Uppgifterna om antalet döda varierar mellan 30 och 50.", [(K, 30, 50)]),
    ("V9", "sv", "Ett barn dog och ytterligare tre skadades.", [(K, 1, 1), (HU, 3, 3)]),
    (
        "V10",
        "sv",
        "Dödstalet efter attacken mot konserthallen har reviderats ned till 137.",
        [(K, 137, 137)],
    ),
    (
        "V11",
        "sv",
        "Av de omkring 300 passagerarna har 120 räddats och 90 bekräftats döda.",
        [(K, 90, 90)],
    ),
    ("V12", "sv", "Över hälften av de 40 döda var barn.", [(K, 40, 40)]),
    (
        "V13",
        "sv",
        "Minst 60 personer har dödats och ungefär dubbelt så många skadats.",
        [(K, 60, None)],
    ),
    ("V14", "sv", "Dödssiffran har nästan fördubblats till 88.", [(K, 88, 88)]),
    ("V15", "sv", "Tre poliser skadades, en av dem allvarligt.", [(HU, 3, 3)]),
    ("V17", "sv", "Sammanlagt 9 av de 11 ombord omkom.", [(K, 9, 9)]),
    ("V18", "sv", "Uppgifter om 300 döda kunde inte bekräftas.", [(K, 300, 300)]),
    (
        "V19",
        "sv",
        "Över 70 palestinier har skadats av gummikulor och tårgas.",
        [(HU, 71, None)],
    ),
]

# longer reports in the manner of a wire story: headline, lead, quotes, background figures
# (labelled before running the extractor)
_LONG: list[tuple[str, str, str, Gold]] = [
    (
        "W1",
        "sv",
        "Flera döda i attack mot flyktingläger\n\n"
        "Minst 17 människor, bland dem sju barn, dödades när ett flyganfall träffade ett "
        "flyktingläger i norra delen av landet natten till tisdag, uppger FN. Ett fyrtiotal "
        "skadades, flera av dem allvarligt.\n\n"
        "Lägret hyser omkring 12 000 internflyktingar, enligt FN:s flyktingorgan UNHCR.\n\n"
        "– Vi har tagit emot 38 skadade sedan i går kväll, och fyra av dem har avlidit, säger "
        "en läkare på sjukhuset i staden till nyhetsbyrån AFP.\n\n"
        "Sedan striderna blossade upp i april har mer än 2 000 civila dödats och över sex "
        "miljoner människor drivits på flykt, enligt FN.",
        [
            # "Flera döda": several is 3 or more (CONVENTIONS), a figure of its own
            (K, 3, None),
            (K, 17, None),
            (K, 7, 7),
            (HU, 40, 40),
            (HU, 38, 38),
            (K, 4, 4),
            (K, 2001, None),
            ("displaced", 6000001, None),
        ],
    ),
    (
        "W2",
        "sv",
        "Dödstalet stiger efter skalvet\n\n"
        "Antalet döda efter det kraftiga jordskalvet har stigit till 146, meddelar landets "
        "räddningsmyndighet på onsdagen. Tidigare på dagen låg siffran på 97.\n\n"
        "Över 600 personer har skadats och ett hundratal saknas fortfarande. Räddningsarbetare "
        "har under natten dragit fram elva personer levande ur rasmassorna.\n\n"
        "Skalvet, som hade magnituden 6,8, inträffade strax efter klockan 03.00 lokal tid. "
        "Omkring 2 300 byggnader har förstörts.",
        [(K, 146, 146), (K, 97, 97), (HU, 601, None), (M, 100, 100)],
    ),
    (
        "W3",
        "sv",
        "Två döda och tre skadade i skottlossning\n\n"
        "Två män i 25-årsåldern sköts ihjäl och tre personer skadades i en skottlossning i "
        "en förort till Stockholm på fredagskvällen. Polisen larmades strax efter klockan "
        "21.\n\n"
        "En av de skadade vårdas för livshotande skador, uppger polisen. Ingen har gripits.\n\n"
        "Det är den tredje dödsskjutningen i området i år. Totalt har 38 personer skjutits "
        "ihjäl i Sverige hittills i år, enligt polisens statistik.",
        [(K, 2, 2), (HU, 3, 3), (K, 38, 38)],
    ),
]

# a fifth batch: feared further deaths, a role and a count under one verb, "lika många" (as
# many), rescued beside the dead, deaths split by where they died (labelled before running)
_FIFTH: list[tuple[str, str, str, Gold]] = [
    (
        "X1",
        "sv",
        "Minst 14 personer har fått sätta livet till i helgens oväder, och ytterligare fem "
        "befaras ha omkommit.",
        [(K, 14, None), (K, 5, 5)],
    ),
    ("X2", "sv", "I olyckan dödades föraren och två passagerare.", [(K, 3, 3)]),
    ("X4", "sv", "Bland de omkomna finns minst två svenskar, bekräftar UD.", [(K, 2, None)]),
    (
        "X5",
        "sv",
        "Polisen bekräftar att en person har dödats och att två personer har förts till sjukhus.",
        [(K, 1, 1), (HU, 2, 2)],
    ),
    (
        "X6",
        "sv",
        "Sju personer har dödats i skottlossningar i Stockholmsområdet sedan årsskiftet.",
        [(K, 7, 7)],
    ),
    ("X7", "sv", "Dödsskjutningen i Rinkeby i går var den 20:e i år.", []),
    (
        "X8",
        "sv",
        "Tolv personer har mist livet i trafiken i Västra Götaland under juli.",
        [(K, 12, 12)],
    ),
    ("X9", "sv", "Brandkåren räddade tre personer, medan en man omkom.", [(K, 1, 1)]),
    (
        "X10",
        "sv",
        "Sammanlagt 18 personer har dödats sedan demonstrationerna inleddes, enligt Amnesty.",
        [(K, 18, 18)],
    ),
    (
        "X11",
        "sv",
        "Israel uppger att 1 139 personer dödades vid attacken den 7 oktober.",
        [(K, 1139, 1139)],
    ),
    ("X12", "sv", "Av de tolv skadade är fem barn.", [(HU, 12, 12), (HU, 5, 5)]),
    ("X13", "sv", "Mellan 40 och 60 personer befaras ha omkommit.", [(K, 40, 60)]),
    ("X15", "sv", "Bombdådet kostade 23 människor livet.", [(K, 23, 23)]),
    (
        "X16",
        "sv",
        "Ett hundratal personer har skadats i sammandrabbningar med polisen, varav ett tjugotal "
        "poliser.",
        [(HU, 100, 100), (HU, 20, 20)],
    ),
    ("X17", "sv", "Det rör sig om fyra döda och ett okänt antal skadade.", [(K, 4, 4)]),
    ("X19", "sv", "Fyrtio personer har skadats lätt.", [(HU, 40, 40)]),
    ("X20", "sv", "Sex personer dödades och lika många skadades.", [(K, 6, 6), (HU, 6, 6)]),
    (
        "X21",
        "sv",
        "Tre dog på platsen och två avled senare på sjukhus.",
        [(K, 3, 3), (K, 2, 2)],
    ),
    ("X23", "sv", "Elva personer, samtliga civila, dödades.", [(K, 11, 11)]),
    ("X25", "sv", "Enligt Ekot har 25 personer dödats.", [(K, 25, 25)]),
    (
        "X26",
        "sv",
        "Hälsoministeriet rapporterar 57 döda och 230 skadade.",
        [(K, 57, 57), (HU, 230, 230)],
    ),
    # "as many" in the other languages (probed before they were written as tests)
    ("X20-en", "en", "Six people were killed and as many were injured.", [(K, 6, 6), (HU, 6, 6)]),
    (
        "X20-de",
        "de",
        "Sechs Menschen wurden getötet und ebenso viele verletzt.",
        [(K, 6, 6), (HU, 6, 6)],
    ),
    (
        "X20-fr",
        "fr",
        "L'attentat a fait six morts et autant de blessés.",
        [(K, 6, 6), (HU, 6, 6)],
    ),
    (
        "X20-es",
        "es",
        "Seis personas murieron y otras tantas resultaron heridas.",
        [(K, 6, 6), (HU, 6, 6)],
    ),
    ("X20-sv2", "sv", "Tre personer dödades i år, lika många som förra året.", [(K, 3, 3)]),
    (
        "X20-en2",
        "en",
        "Six people were killed and as many as 20 were injured.",
        [(K, 6, 6), (HU, None, 20)],
    ),
]

# a sixth batch: after-effects, tolls with "varav", a figure beside last year's, headlines with
# a dash, a named victim inside a count, ages of the dead (labelled before running)
_SIXTH: list[tuple[str, str, str, Gold]] = [
    ("Y1", "sv", "Tre personer har avlidit i sviterna av attacken.", [(K, 3, 3)]),
    ("Y3", "sv", "En pojke på tolv år och hans far dödades.", [(K, 2, 2)]),
    (
        "Y4",
        "sv",
        "Antalet dödade civila uppgår enligt FN till minst 1 500.",
        [(K, 1500, None)],
    ),
    (
        "Y5",
        "sv",
        "Över 40 personer har förts till sjukhus, några av dem med allvarliga brännskador.",
        [(HU, 41, None)],
    ),
    (
        "Y6",
        "sv",
        "Ett femtiotal personer har omkommit och hundratals skadats i de senaste dagarnas strider.",
        [(K, 50, 50), (HU, 200, None)],
    ),
    (
        "Y7",
        "sv",
        "Minst tolv civila ska ha dödats och ett trettiotal skadats när ryska drönare "
        "attackerade staden.",
        [(K, 12, None), (HU, 30, 30)],
    ),
    (
        "Y8",
        "sv",
        "Dödssiffran efter tisdagens attack har nu stigit till 73, varav 17 barn.",
        [(K, 73, 73), (K, 17, 17)],
    ),
    (
        "Y9",
        "sv",
        "Totalt har 247 människor dödats i konflikten i år, jämfört med 180 i fjol.",
        [(K, 247, 247), (K, 180, 180)],
    ),
    (
        "Y13",
        "sv",
        "En 17-årig pojke har dödats och två andra tonåringar skadats.",
        [(K, 1, 1), (HU, 2, 2)],
    ),
    ("Y14", "sv", "Tre personer hittades döda och en fjärde saknas.", [(B, 3, 3), (M, 1, 1)]),
    ("Y15", "sv", "Enligt uppgifter till SVT har minst åtta personer dödats.", [(K, 8, None)]),
    (
        "Y16",
        "sv",
        "I Gaza har fler än 35 000 dödats sedan oktober, enligt den Hamasstyrda hälsomyndigheten.",
        [(K, 35001, None)],
    ),
    ("Y17", "sv", "Drygt 1 700 människor har skadats.", [(HU, 1701, None)]),
    (
        "Y19",
        "sv",
        "Över 100 000 människor har dödats eller skadats.",
        [("killed_or_injured", 100001, None)],
    ),
    ("Y21", "sv", "Dussintals människor dödades.", [(K, 24, None)]),
    ("Y22", "sv", "I bombningarna dödades tusentals.", [(K, 2000, None)]),
    (
        "Y24",
        "sv",
        "Vid attacken dödades 13 människor, bland dem en tvåårig flicka.",
        # relabelled after running: an unnamed child is a who-category part (CONVENTIONS), as
        # en and de read "among them a two-year-old girl"
        [(K, 13, 13), (K, 1, 1)],
    ),
    ("Y25", "sv", "De dödade var mellan 18 och 25 år gamla.", []),
    ("Y26", "sv", "Olyckan krävde sex liv och tolv skadade.", [(K, 6, 6), (HU, 12, 12)]),
    (
        "Y27",
        "sv",
        "Det är den värsta attacken sedan 2017, då 35 personer dödades.",
        [(K, 35, 35)],
    ),
    ("Y28", "sv", "12 döda efter ras i gruva", [(K, 12, 12)]),
    ("Y29", "sv", "Tre döda – en skadad i olycka på E6", [(K, 3, 3), (HU, 1, 1)]),
    ("Y30", "sv", "Siffran över antalet döda har stigit till 29.", [(K, 29, 29)]),
]

# a seventh batch: numbers that count no casualty beside one that does, in the manner of a
# Swedish report (labelled before running)
_SEVENTH: list[tuple[str, str, str, Gold]] = [
    ("Z1", "sv", "Polisen har hållit 30 förhör och gjort fem husrannsakningar efter mordet.", []),
    (
        "Z2",
        "sv",
        "Över 2 000 poliser och soldater deltar i sökandet efter de saknade.",
        [],
    ),
    (
        "Z3",
        "sv",
        "Sjukhuset har 400 vårdplatser men tog emot 120 skadade under natten.",
        [(HU, 120, 120)],
    ),
    (
        "Z2b",
        "sv",
        "Ett hundratal frivilliga letar efter de tre saknade barnen.",
        [(M, 3, 3)],
    ),
    ("Z2-en", "en", "More than 2,000 police officers are searching for the missing.", []),
    ("Z2-en2", "en", "Forty people were rescued and the dead were taken away.", []),
    (
        "Z2-sv2",
        "sv",
        "Tre personer evakuerades och de skadade fördes till sjukhus.",
        [],
    ),
    ("Z5", "sv", "Fem ambulanser och tre helikoptrar skickades till platsen.", []),
    ("Z6", "sv", "Räddningstjänsten fick in 40 larm under natten.", []),
    (
        "Z7",
        "sv",
        "Vid demonstrationen deltog omkring 10 000 människor; tre skadades.",
        [(HU, 3, 3)],
    ),
    (
        "Z8",
        "sv",
        "Totalt har 2,3 miljoner människor i regionen drabbats av översvämningarna.",
        [],
    ),
    ("Z9", "sv", "Tre av fyra tillfrågade uppger att de känner sig otrygga.", []),
    ("Z11", "sv", "Åtta av tio dödsolyckor sker på landsväg.", []),
    (
        "Z12",
        "sv",
        "Under 2022 omkom 227 personer i trafiken, det lägsta antalet sedan 1940-talet.",
        [(K, 227, 227)],
    ),
    ("Z14", "sv", "Brandkåren bekämpade 12 bränder under natten.", []),
    (
        "Z15",
        "sv",
        "Bussen med 45 passagerare körde av vägen; fyra personer omkom.",
        [(K, 4, 4)],
    ),
    (
        "Z16",
        "sv",
        "I byn bor 3 000 människor, och minst 40 av dem har dödats.",
        [(K, 40, None)],
    ),
    ("Z17", "sv", "Mer än 60 procent av de döda var civila.", []),
    (
        "Z18",
        "sv",
        "Armén uppger att 300 rebeller har dödats och 50 tillfångatagits.",
        [(K, 300, 300)],
    ),
    (
        "Z19",
        "sv",
        "Fyra hus brann ned och två personer fick lättare rökskador.",
        [(HU, 2, 2)],
    ),
]

_ALL = (
    _HEARSAY
    + _BLI_PASSIVE
    + _TOLL
    + _VARAV
    + _NUMBER_WORDS
    + _MISSING
    + _FOUND
    + _RESCUED
    + _ARRESTED
    + _DEFINITE
    + _RESTATED
    + _CARE
    + _QUALIFIERS
    + _WEAPON_SUBJECT
    + _HEADLINE
    + _NO_CASUALTY
    + _REPORTS
    + _STATE_OF_PART
    + _SECOND
    + _THIRD
    + _FOURTH
    + _LONG
    + _FIFTH
    + _SIXTH
    + _SEVENTH
)

_GAPS: dict[str, str] = {
    "S3": "a part discharged ('Fem av dem har skrivits ut') is read as a count of the hurt: sv10 "
    "V33 and sv8 label 'av de skadade har skrivits ut' so, while dist9 reads the same in en, es "
    "and de as no claim",
    "W1": "a severity part after 'av dem' ('flera av dem allvarligt') is read as a count (as "
    "S6), and the displaced a camp hosts ('Lägret hyser omkring 12 000 internflyktingar') are "
    "read as a count of the displaced",
    "S6": "a severity part after 'av dem' ('två av dem svårt') is read as a count of its own, "
    "as en and de read 'seven of them seriously' (sv10 R16 labels it so; S67, S85 do not)",
    "N4": "a victim and her counted children as a verb's object ('dödade en kvinna och hennes "
    "fyra barn') is read as the sum and also as 1 woman and 4 children",
}


def _cases() -> list[object]:
    out = []
    for name, lang, text, gold in _ALL:
        marks = [pytest.mark.xfail(strict=True, reason=_GAPS[name])] if name in _GAPS else []
        out.append(pytest.param(lang, text, gold, id=name, marks=marks))
    return out


@pytest.mark.parametrize(("lang", "text", "gold"), _cases())
def test_sv14_classes(lang: str, text: str, gold: Gold) -> None:
    found = Counter((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)
    assert found == Counter(gold)
