"""English wire-service and NGO incident-report classes (branch en14), written and labelled by
the helper of branch en14 before running the extractor on them: tolls restated and rising,
background and campaign tolls, subsets ("among them", "including", "of whom"), bodies
recovered, the missing, and numbers that count no casualty (weapon models, storeys and flats,
munitions, days and hours, ages, survivors and the rescued, arrests, units, case and resolution
numbers, money, people present). Where a class exists in other languages, sentences in those
too. Conventions: superseded tolls, background and campaign tolls are claims; a subset in a
who-category is its own claim. Every casualty reading of a sentence is labelled: no reading
beyond the labels may be read. ``who`` None: any category. Names, places and figures are
invented."""

from __future__ import annotations

import pytest

from tests.extract.incident_reports import assert_readings_labelled

Label = tuple[str, str | None, int | None, int | None, str]

CLASSES: dict[str, str] = {
    "toll": "a toll restated or rising ('rose to 42, up from 35') is read once per figure",
    "background": "a toll of an earlier incident or a whole campaign, told as background, "
    "is a claim",
    "subset": "a subset after 'among them', 'including', 'of whom' is its own claim, the total "
    "another",
    "bodies": "bodies pulled out, recovered or found are bodies_recovered",
    "missing": "people unaccounted for, still missing or whose fate is unknown are missing",
    "weapon": "a weapon's model number (Kh-22, F-16, GBU-39, Su-34) counts nobody",
    "building": "storeys, flats, houses and schools hit count nobody",
    "munition": "rockets, strikes, drones and missiles count nobody",
    "time": "days, hours and weeks count nobody",
    "age": "ages and age ranges count nobody",
    "rescued": "survivors, the rescued and the evacuated count no casualty",
    "arrested": "people arrested or detained count no casualty",
    "displaced": "people forced from their homes are displaced",
    "number": "units, routes, case, resolution and hospital numbers count nobody",
    "money": "money paid to families counts nobody",
    "present": "people present, sheltering or inside a place count no casualty",
    "war_age": "a war's or truce's length ('the 12-year war', 'a 72-hour truce') counts nobody",
    "media": "a numbered outlet, group or flight ('Channel 4', 'G7', 'Flight 752') counts nobody",
    "animals": "animals killed count no people",
    "hostages": "hostages and prisoners taken, held or released count no casualty",
    "share": "a share of the dead ('80 percent', 'one in three') counts nobody",
    "bomb_weight": "a bomb's weight or calibre ('2,000-pound', '155mm') counts nobody",
    "places": "districts, regions, hospitals and trucks counted count nobody",
    "lone": "one victim told alone is a claim of one",
    "identified": "bodies identified among those found are a counted group of their own",
    "symptoms": "people treated for symptoms or suffering breathing problems are injured",
    "combined": "one figure of killed or wounded ('140 casualties') is killed_or_injured",
    "service": "service members killed or wounded are combatants, 'others' after them too",
    "lives": "lives lost or claimed ('cost 1,500 lives') are the killed",
    "share_of_toll": "'one in three' or a share of a toll is no count of one",
    "searchers": "people searching, volunteering or interviewed count no casualty",
    "population": "people living in or sheltered by a place, or in need, count no casualty",
    "attackers": "bombers and gunmen who carried out an attack count no victims",
    "ordinal": "ordinals and counts of events or facilities count nobody",
    "by_side": "counts told by the side that killed them ('and 49 by rebel shelling') are "
    "claims each",
    "groups": "a toll told by groups (staff, patients, caretakers, doctors) reads the total and "
    "each group",
    "restated": "a toll restated in headline, lead and quote is one claim (the same measure, "
    "number and qualifier)",
    "claimed": "a toll a perpetrator claims, a rate are claims; abductions and scores of dead are not",
    "headline": "a headline's tolls are read as the lead's",
    "rank": "ranks and star grades ('a two-star general', '2nd Lt.') count nobody",
    "year": "a year beside a count ('In 2014, 2,200 people', 'the 1995 massacre of 8,000') "
    "is no count; the count stays",
    "feared": "feared, presumed and confirmed dead are claims of the killed",
    "family": "a family counted by its size ('a family of six') is a counted group",
    "report": "a whole wire report: every toll read, no number that counts nobody",
    "more_things": "'more', 'other' or 'another' before things ('four more districts', "
    "'two other hospitals') counts the things",
}

# (class, lang, text, every casualty reading)
ROWS: list[tuple[str, str, str, list[Label]]] = [
    # tolls restated and rising
    (
        "toll",
        "en",
        "The death toll from the strike rose to 42 on Tuesday, up from 35 a day earlier.",
        [("killed", "people", 42, 42, "exact"), ("killed", "people", 35, 35, "exact")],
    ),
    (
        "toll",
        "en",
        "The number of dead climbed to 18, including four children, officials said.",
        [("killed", "people", 18, 18, "exact"), ("killed", "children", 4, 4, "exact")],
    ),
    (
        "toll",
        "en",
        "By Thursday the toll had risen to at least 61, and 120 people were being treated for "
        "wounds.",
        [("killed", "people", 61, None, "at_least"), ("injured", "people", 120, 120, "exact")],
    ),
    (
        "toll",
        "en",
        "Rescuers said the toll now stood at 27 dead and 80 wounded, revised from 19 dead "
        "earlier in the day.",
        [
            ("killed", "people", 27, 27, "exact"),
            ("injured", "people", 80, 80, "exact"),
            ("killed", "people", 19, 19, "exact"),
        ],
    ),
    (
        "toll",
        "fr",
        "Le bilan est passé de 30 à 35 morts dans la nuit.",
        [("killed", "people", 30, 30, "exact"), ("killed", "people", 35, 35, "exact")],
    ),
    (
        "toll",
        "es",
        "El balance de muertos ascendió a 42, frente a 35 del día anterior.",
        [("killed", "people", 42, 42, "exact"), ("killed", "people", 35, 35, "exact")],
    ),
    (
        "toll",
        "de",
        "Die Zahl der Toten stieg auf 42, nachdem am Vortag 35 Tote gemeldet worden waren.",
        [("killed", "people", 42, 42, "exact"), ("killed", "people", 35, 35, "exact")],
    ),
    # background and campaign tolls
    (
        "background",
        "en",
        "In a similar attack on the same market in 2019, 23 people were killed.",
        [("killed", "people", 23, 23, "exact")],
    ),
    (
        "background",
        "en",
        "The conflict has killed more than 30,000 people since October 2023, according to the "
        "health ministry.",
        [("killed", "people", 30001, None, "more_than")],
    ),
    (
        "background",
        "en",
        "Last year's bombing of the school killed 11 people.",
        [("killed", "people", 11, 11, "exact")],
    ),
    (
        "background",
        "en",
        "Since the offensive began, at least 1,200 civilians have been killed and 3,400 "
        "wounded, the UN says.",
        [("killed", "civilians", 1200, None, "at_least"), ("injured", None, 3400, 3400, "exact")],
    ),
    # subsets
    (
        "subset",
        "en",
        "Twelve people were killed, among them three women and two children.",
        [
            ("killed", "people", 12, 12, "exact"),
            ("killed", "women", 3, 3, "exact"),
            ("killed", "children", 2, 2, "exact"),
        ],
    ),
    (
        "subset",
        "en",
        "The strike killed 25 people, of whom 9 were children.",
        [("killed", "people", 25, 25, "exact"), ("killed", "children", 9, 9, "exact")],
    ),
    (
        "subset",
        "en",
        "At least 40 people died, including 15 children and 8 women.",
        [
            ("killed", "people", 40, None, "at_least"),
            ("killed", "children", 15, 15, "exact"),
            ("killed", "women", 8, 8, "exact"),
        ],
    ),
    # bodies recovered
    (
        "bodies",
        "en",
        "Rescue teams pulled 17 bodies from the rubble overnight.",
        [("bodies_recovered", None, 17, 17, "exact")],
    ),
    (
        "bodies",
        "en",
        "The remains of at least 9 people were recovered from a mass grave near the village.",
        [("bodies_recovered", None, 9, None, "at_least")],
    ),
    (
        "bodies",
        "en",
        "By Sunday, civil defence workers had recovered the bodies of 31 people, and 12 others "
        "were still missing.",
        [("bodies_recovered", None, 31, 31, "exact"), ("missing", None, 12, 12, "exact")],
    ),
    # missing
    (
        "missing",
        "en",
        "Another 43 residents remain unaccounted for.",
        [("missing", None, 43, 43, "exact")],
    ),
    (
        "missing",
        "en",
        "Twenty people are still missing under the rubble, the emergency service said.",
        [("missing", "people", 20, 20, "exact")],
    ),
    (
        "missing",
        "en",
        "The fate of 7 crew members remains unknown.",
        [("missing", None, 7, 7, "exact")],
    ),
    # weapon models
    (
        "weapon",
        "en",
        "The Kh-22 missile that hit the building killed 46 people.",
        [("killed", "people", 46, 46, "exact")],
    ),
    (
        "weapon",
        "en",
        "Two F-16 jets dropped GBU-39 bombs on the shelter, killing 8 people.",
        [("killed", "people", 8, 8, "exact")],
    ),
    (
        "weapon",
        "en",
        "Witnesses said Su-34 aircraft carried out the raid, in which 5 civilians died.",
        [("killed", "civilians", 5, 5, "exact")],
    ),
    (
        "weapon",
        "en",
        "An S-300 missile struck a nine-storey apartment block on the edge of the city.",
        [],
    ),
    (
        "weapon",
        "fr",
        "Le missile Kh-22 a frappé un immeuble de neuf étages, tuant 46 personnes.",
        [("killed", "people", 46, 46, "exact")],
    ),
    (
        "weapon",
        "es",
        "Un misil Kh-22 impactó en un edificio de nueve plantas y mató a 46 personas.",
        [("killed", "people", 46, 46, "exact")],
    ),
    (
        "weapon",
        "de",
        "Eine Rakete vom Typ Ch-22 traf ein neunstöckiges Wohnhaus und tötete 46 Menschen.",
        [("killed", "people", 46, 46, "exact")],
    ),
    # storeys, flats, houses
    (
        "building",
        "en",
        "The missile destroyed 72 apartments in the nine-storey building and damaged 236 more.",
        [],
    ),
    (
        "building",
        "en",
        "About 40 houses were flattened and 3 schools were damaged in the shelling.",
        [],
    ),
    (
        "building",
        "en",
        "Shells hit 15 homes in the district, killing 4 people.",
        [("killed", "people", 4, 4, "exact")],
    ),
    (
        "building",
        "en",
        "The strike brought down two entrances of the 10-storey block, where 9 people died.",
        [("killed", "people", 9, 9, "exact")],
    ),
    # munitions
    (
        "munition",
        "en",
        "The army said it fired 30 rockets at the town overnight.",
        [],
    ),
    (
        "munition",
        "en",
        "Warplanes carried out 120 strikes in 24 hours, killing at least 50 people.",
        [("killed", "people", 50, None, "at_least")],
    ),
    (
        "munition",
        "en",
        "Eighteen drones and four missiles were shot down, the air force said.",
        [],
    ),
    (
        "munition",
        "fr",
        "L'armée a tiré 30 roquettes sur la ville pendant la nuit.",
        [],
    ),
    (
        "munition",
        "es",
        "El ejército disparó 30 cohetes contra la ciudad durante la noche.",
        [],
    ),
    (
        "munition",
        "de",
        "Die Armee feuerte in der Nacht 30 Raketen auf die Stadt ab.",
        [],
    ),
    # days, hours, weeks
    (
        "time",
        "en",
        "For 3 days, rescuers dug through the rubble of the 5-storey block.",
        [],
    ),
    (
        "time",
        "en",
        "In the past 24 hours, 45 people were killed in the city.",
        [("killed", "people", 45, 45, "exact")],
    ),
    (
        "time",
        "en",
        "The siege lasted 82 days and cost 1,500 civilian lives.",
        [("killed", "civilians", 1500, 1500, "exact")],
    ),
    # ages
    (
        "age",
        "en",
        "The victims were aged between 18 and 60.",
        [],
    ),
    (
        "age",
        "en",
        "Two boys, aged 9 and 12, were among the dead.",
        [("killed", "children", 2, 2, "exact")],
    ),
    (
        "age",
        "en",
        "Three women in their 70s were wounded when the shell landed.",
        [("injured", "women", 3, 3, "exact")],
    ),
    # survivors, rescued, evacuated
    (
        "rescued",
        "en",
        "Thirty-nine people were rescued alive from the ruins.",
        [],
    ),
    (
        "rescued",
        "en",
        "Firefighters evacuated 200 residents from the building, and 3 people were killed.",
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "rescued",
        "en",
        "Seventeen survivors were pulled from the debris on Sunday.",
        [],
    ),
    (
        "rescued",
        "fr",
        "Trente-neuf personnes ont été sauvées des décombres.",
        [],
    ),
    (
        "rescued",
        "es",
        "Treinta y nueve personas fueron rescatadas con vida de los escombros.",
        [],
    ),
    (
        "rescued",
        "de",
        "39 Menschen wurden lebend aus den Trümmern gerettet.",
        [],
    ),
    # arrested, detained
    (
        "arrested",
        "en",
        "Police arrested 15 suspects after the attack, which killed 2 officers.",
        [("killed", None, 2, 2, "exact")],
    ),
    (
        "arrested",
        "en",
        "Security forces detained 40 people in raids on Monday.",
        [],
    ),
    (
        "arrested",
        "en",
        "More than 300 men were taken prisoner after the town fell.",
        [],
    ),
    # displaced
    (
        "displaced",
        "en",
        "The fighting has forced 12,000 people from their homes.",
        [("displaced", "people", 12000, 12000, "exact")],
    ),
    (
        "displaced",
        "en",
        "At least 400 residents were left homeless after the strike, and 5 were killed.",
        [("displaced", "people", 400, None, "at_least"), ("killed", None, 5, 5, "exact")],
    ),
    (
        "displaced",
        "en",
        "Some 2,000 families have fled the villages since the shelling began.",
        [("displaced", None, 2000, 2000, "about")],
    ),
    # units, routes, case, resolution and hospital numbers
    (
        "number",
        "en",
        "Soldiers of the 93rd Brigade were deployed along Route 7 after the attack.",
        [],
    ),
    (
        "number",
        "en",
        "Prosecutors opened case No. 4512 into the killing of 3 civilians.",
        [("killed", "civilians", 3, 3, "exact")],
    ),
    (
        "number",
        "en",
        "The statement cited Security Council Resolution 2334 and Article 51 of the charter.",
        [],
    ),
    (
        "number",
        "en",
        "Hospital No. 2 received 35 wounded people after the blast.",
        [("injured", "people", 35, 35, "exact")],
    ),
    # money
    (
        "money",
        "en",
        "The government paid $5,000 to each of the 12 families who lost relatives.",
        [],
    ),
    (
        "money",
        "en",
        "The army offered 2,000 dollars in compensation for each of the 6 people killed.",
        [("killed", "people", 6, 6, "exact")],
    ),
    (
        "money",
        "en",
        "Relatives received about 300 euros each, a sum they called an insult.",
        [],
    ),
    # people present
    (
        "present",
        "en",
        "About 300 people were inside the hall when the bomb exploded; 31 of them were killed.",
        [("killed", None, 31, 31, "exact")],
    ),
    (
        "present",
        "en",
        "The basement shelter housed 1,500 people at the time of the strike.",
        [],
    ),
    (
        "present",
        "en",
        "Some 600 mourners had gathered for the funeral before the first missile hit.",
        [],
    ),
]

# harder numbers of long wire reports (second labels-first batch)
ROWS += [
    (
        "war_age",
        "en",
        "Syria's 12-year war has killed more than 500,000 people.",
        [("killed", "people", 500001, None, "more_than")],
    ),
    (
        "war_age",
        "en",
        "A 72-hour truce collapsed on Friday when shelling killed 6 people in the port.",
        [("killed", "people", 6, 6, "exact")],
    ),
    (
        "war_age",
        "en",
        "On the 100th day of the war, officials said 14 people had died in the latest strike.",
        [("killed", "people", 14, 14, "exact")],
    ),
    (
        "media",
        "en",
        "A surgeon told Channel 4 News that 3 patients died when the power failed.",
        [("killed", None, 3, 3, "exact")],
    ),
    (
        "media",
        "en",
        "The G7 condemned the strike, which killed 20 people.",
        [("killed", "people", 20, 20, "exact")],
    ),
    (
        "media",
        "en",
        "Flight 752 was shot down shortly after take-off, killing all 176 people on board.",
        [("killed", "people", 176, 176, "exact")],
    ),
    (
        "animals",
        "en",
        "The shelling killed 40 sheep and 3 cows on the farm.",
        [],
    ),
    (
        "animals",
        "en",
        "Dozens of cattle died in the fire, but the family escaped unhurt.",
        [],
    ),
    (
        "animals",
        "fr",
        "Les bombardements ont tué 40 moutons et 3 vaches dans la ferme.",
        [],
    ),
    (
        "hostages",
        "en",
        "The group will release 33 hostages in exchange for 1,900 prisoners.",
        [],
    ),
    (
        "hostages",
        "en",
        "Gunmen seized 12 workers from the site and are holding them in the hills.",
        [],
    ),
    (
        "hostages",
        "en",
        "About 1,200 people were killed in the raid and 251 were taken hostage.",
        [("killed", "people", 1200, 1200, "about")],
    ),
    (
        "share",
        "en",
        "Eighty percent of the dead were women and children, the agency said.",
        [],
    ),
    (
        "share",
        "en",
        "One in three of those killed was a child.",
        [],
    ),
    (
        "share",
        "en",
        "Two-thirds of the 90 people killed were civilians.",
        [("killed", "people", 90, 90, "exact")],
    ),
    (
        "bomb_weight",
        "en",
        "A 2,000-pound bomb hit the camp, killing at least 45 people.",
        [("killed", "people", 45, None, "at_least")],
    ),
    (
        "bomb_weight",
        "en",
        "Investigators found fragments of 155mm shells at the site where 7 people died.",
        [("killed", "people", 7, 7, "exact")],
    ),
    (
        "bomb_weight",
        "en",
        "Two 500-pound bombs struck the market.",
        [],
    ),
    (
        "places",
        "en",
        "Strikes hit 12 districts overnight and killed 30 people, the ministry said.",
        [("killed", "people", 30, 30, "exact")],
    ),
    (
        "places",
        "en",
        "Only 12 of the territory's 36 hospitals are still working.",
        [],
    ),
    (
        "places",
        "en",
        "Fewer than 100 aid trucks a day entered the strip, against 500 before the war.",
        [],
    ),
    (
        "lone",
        "en",
        "A 63-year-old man was killed when a drone hit his car, the governor said.",
        [("killed", None, 1, 1, "exact")],
    ),
    (
        "lone",
        "en",
        "One person was killed and two were injured in the shelling of the town.",
        [("killed", "people", 1, 1, "exact"), ("injured", "people", 2, 2, "exact")],
    ),
    (
        "lone",
        "en",
        "A nurse died of her wounds on Monday, bringing the toll to 19.",
        [("killed", None, 1, 1, "exact"), ("killed", "people", 19, 19, "exact")],
    ),
]

# figures of long incident reports by agencies, NGOs and officials (third labels-first batch)
ROWS += [
    (
        "toll",
        "en",
        "The number of people killed has increased from 30 to 35, the regional governor said.",
        [("killed", "people", 30, 30, "exact"), ("killed", "people", 35, 35, "exact")],
    ),
    (
        "toll",
        "en",
        "The charity raised its toll to 22 on Saturday, a day after it had counted 19 dead.",
        [("killed", None, 22, 22, "exact"), ("killed", None, 19, 19, "exact")],
    ),
    (
        "toll",
        "fr",
        "Le bilan s'est alourdi à 42 morts, contre 35 la veille.",
        [("killed", "people", 42, 42, "exact"), ("killed", "people", 35, 35, "exact")],
    ),
    (
        "toll",
        "de",
        "Die Zahl der Toten stieg auf 42, nach 35 am Vortag.",
        [("killed", "people", 42, 42, "exact"), ("killed", "people", 35, 35, "exact")],
    ),
    (
        "identified",
        "en",
        "Of the 403 bodies found in the town, 163 have been identified, the mayor said.",
        # relabelled: the labelled sets read the identified dead as killed, who other
        # (pack [identified], engine._identified); the labels-first reading was bodies
        [("bodies_recovered", None, 403, 403, "exact"), ("killed", "other", 163, 163, "exact")],
    ),
    (
        "identified",
        "en",
        "Police have found 910 bodies in the region so far; 120 are yet to be identified.",
        [
            ("bodies_recovered", None, 910, 910, "exact"),
            ("bodies_recovered", None, 120, 120, "exact"),
        ],
    ),
    (
        "identified",
        "en",
        "Investigators exhumed 57 bodies from the grave behind the church.",
        [("bodies_recovered", None, 57, 57, "exact")],
    ),
    (
        "symptoms",
        "en",
        "More than 500 people were treated for symptoms of exposure to the gas.",
        [("injured", "people", 501, None, "more_than")],
    ),
    (
        "symptoms",
        "en",
        "Doctors said 400 people suffered breathing problems after the attack.",
        [("injured", "people", 400, 400, "exact")],
    ),
    (
        "symptoms",
        "en",
        "At least 70 people died of suffocation and hundreds were treated in field clinics.",
        [("killed", "people", 70, None, "at_least"), ("injured", None, 200, None, "vague")],
    ),
    (
        "combined",
        "en",
        "More than 140 people were killed or wounded in the strike on the hall.",
        [("killed_or_injured", "people", 141, None, "more_than")],
    ),
    (
        "combined",
        "en",
        "The attack caused at least 600 casualties, the UN said.",
        [("killed_or_injured", None, 600, None, "at_least")],
    ),
    (
        "combined",
        "en",
        "Shelling killed or wounded 38 civilians in the town last week.",
        [("killed_or_injured", "civilians", 38, 38, "exact")],
    ),
    (
        "service",
        "en",
        "Thirteen U.S. service members were killed and 18 others wounded in the bombing.",
        [("killed", "combatants", 13, 13, "exact"), ("injured", "combatants", 18, 18, "exact")],
    ),
    (
        "service",
        "en",
        "The blast killed 4 soldiers and wounded 9 others, the army said.",
        [("killed", "combatants", 4, 4, "exact"), ("injured", "combatants", 9, 9, "exact")],
    ),
    (
        "service",
        "en",
        "At least 169 Afghans and 13 American troops died in the attack.",
        [("killed", "people", 169, None, "at_least"), ("killed", "combatants", 13, 13, "exact")],
    ),
    (
        "lives",
        "en",
        "The bombing campaign claimed the lives of more than 300 civilians.",
        [("killed", "civilians", 301, None, "more_than")],
    ),
    (
        "lives",
        "en",
        "The strike cost 26 lives, most of them women.",
        [("killed", None, 26, 26, "exact")],
    ),
    (
        "lives",
        "en",
        "Twelve people lost their lives in the attack on the convoy.",
        [("killed", "people", 12, 12, "exact")],
    ),
    (
        "share_of_toll",
        "en",
        "Nearly one in four of the victims was a child, the report found.",
        [],
    ),
    (
        "share_of_toll",
        "en",
        "Half of those killed were children, according to the group.",
        [],
    ),
    (
        "share_of_toll",
        "en",
        "One in five of the wounded was a woman.",
        [],
    ),
]

# numbers around a toll that count no casualty (fourth labels-first batch)
ROWS += [
    (
        "present",
        "en",
        "Around 500 people had gathered at the market when the shells fell.",
        [],
    ),
    (
        "present",
        "en",
        "Thousands of mourners attended the funeral on Sunday.",
        [],
    ),
    (
        "searchers",
        "en",
        "Investigators interviewed 155 survivors and witnesses of the massacre.",
        [],
    ),
    (
        "searchers",
        "en",
        "Dozens of men searched the rubble with their bare hands.",
        [],
    ),
    (
        "searchers",
        "en",
        "Hundreds of volunteers joined the search for the missing on Tuesday.",
        [],
    ),
    (
        "population",
        "en",
        "An estimated 250,000 people live in the besieged district.",
        [],
    ),
    (
        "population",
        "en",
        "More than 12,000 additional people now need shelter, the agency said.",
        [],
    ),
    (
        "population",
        "en",
        "The camp shelters nearly half a million displaced people.",
        [],
    ),
    (
        "attackers",
        "en",
        "At least one bomber detonated his vest near the gate.",
        [],
    ),
    (
        "attackers",
        "en",
        "Two gunmen opened fire on the crowd, killing 9 people.",
        [("killed", "people", 9, 9, "exact")],
    ),
    (
        "attackers",
        "en",
        "The attack was carried out by three suicide bombers, police said.",
        [],
    ),
    (
        "ordinal",
        "en",
        "It was the 14th such discovery since the town was retaken.",
        [],
    ),
    (
        "ordinal",
        "en",
        "Only 16 of the 52 health centres in the province are still open.",
        [],
    ),
    (
        "ordinal",
        "en",
        "One of the bombs failed to explode, and the second attack came an hour later.",
        [],
    ),
    (
        "time",
        "en",
        "Doctors worked 18-hour shifts after three years of occupation had emptied the hospital.",
        [],
    ),
]

# people searching for the missing, the dead or bodies (fifth labels-first batch)
ROWS += [
    (
        "searchers",
        "en",
        "About 80 firefighters spent the night searching for the missing in the collapsed wing.",
        [],
    ),
    (
        "searchers",
        "en",
        "Some 30 villagers looked for the dead in the burned houses while 6 wounded were "
        "carried out.",
        [("injured", None, 6, 6, "exact")],
    ),
    (
        "searchers",
        "en",
        "Forty divers searched for the bodies of the 11 fishermen lost when the boat was hit.",
        [],
    ),
]

# more, other and another before things; one and not two (sixth labels-first batch)
ROWS += [
    (
        "more_things",
        "en",
        "Troops entered four more districts on Friday, the ministry said.",
        [],
    ),
    (
        "more_things",
        "en",
        "Two other hospitals and three other schools were hit overnight.",
        [],
    ),
    (
        "more_things",
        "en",
        "At least one more airstrike hit the camp after 10 people had been killed there.",
        [("killed", "people", 10, 10, "exact")],
    ),
    (
        "more_things",
        "en",
        "Dozens more mass graves are believed to lie in the forest.",
        [],
    ),
    (
        "more_things",
        "en",
        "Another 3 buildings collapsed later in the day.",
        [],
    ),
    (
        "munition",
        "en",
        "There was only one explosion, not two, a witness said, and 4 people died.",
        [("killed", "people", 4, 4, "exact")],
    ),
    (
        "munition",
        "en",
        "Twin suicide bombings hit the square, killing at least 32 people.",
        [("killed", "people", 32, None, "at_least")],
    ),
    (
        "munition",
        "en",
        "A double-tap strike hit the rescuers who had come to help the 7 wounded.",
        [("injured", None, 7, 7, "exact")],
    ),
]

# whole wire and NGO reports (seventh labels-first batch)
ROWS += [
    (
        "report",
        "en",
        "KARVEN, Nov 3 (Wire) - An air strike on a crowded market in the northern town of "
        "Karven killed at least 27 people and wounded 64 on Saturday, local health officials "
        "said, in one of the deadliest attacks in the region this year.\n\n"
        "The strike hit the market at about 11 a.m., when hundreds of people were shopping, "
        "witnesses said. Two missiles struck within five minutes of each other.\n\n"
        "Among the dead were nine children and four women, said Dr. Ana Example, who heads the "
        "town's only hospital. She said the hospital, which has 40 beds, had received more than "
        "50 wounded and was sending the most serious cases to the capital, 120 km away.\n\n"
        "The toll could rise as rescuers were still searching the rubble of three shops, she "
        "added.\n\n"
        "In March, a strike on the same market killed 11 people. The war, now in its sixth "
        "year, has killed more than 40,000 people and forced 2 million from their homes, "
        "according to the United Nations.",
        [
            ("killed", "people", 27, None, "at_least"),
            ("injured", None, 64, 64, "exact"),
            ("killed", "children", 9, 9, "exact"),
            ("killed", "women", 4, 4, "exact"),
            ("injured", None, 51, None, "more_than"),
            ("killed", "people", 11, 11, "exact"),
            ("killed", "people", 40001, None, "more_than"),
            ("displaced", None, 2000000, 2000000, "exact"),
        ],
    ),
    (
        "report",
        "en",
        "The death toll from Tuesday's missile strike on a residential block in Dovren rose to "
        "38 on Thursday, including five children, the regional governor said.\n\n"
        "Rescue workers pulled four more bodies from the rubble of the nine-storey building "
        "overnight, the emergency service said in a statement. It said 72 people were injured "
        "and 21 were still unaccounted for.\n\n"
        "Some 1,700 people lived in the building's 236 apartments. About 400 residents have "
        "been rehoused, city officials said.\n\n"
        "The Kh-22 missile, a Soviet-era weapon designed to sink ships, was one of 33 missiles "
        "fired at the country that day, the air force said. It said it had shot down 21 of "
        "them.",
        [
            ("killed", "people", 38, 38, "exact"),
            ("killed", "children", 5, 5, "exact"),
            ("bodies_recovered", None, 4, 4, "exact"),
            ("injured", "people", 72, 72, "exact"),
            ("missing", None, 21, 21, "exact"),
        ],
    ),
    (
        "report",
        "en",
        "GENEVA - The UN human rights office said on Friday it had verified the killing of 1,204 "
        "civilians, among them 301 children, in the province since the offensive began in "
        "April, and that the real figure was likely to be considerably higher.\n\n"
        "In its report, the office said 62 percent of the civilian deaths were caused by "
        "explosive weapons with wide-area effects. It documented 18 attacks on medical "
        "facilities and interviewed 140 victims and witnesses.\n\n"
        "In the single deadliest incident, on 14 June, shelling of a displacement camp housing "
        "about 9,000 people killed 46 civilians, including 20 children, the report said. Six "
        "aid workers have been killed since April.",
        [
            ("killed", "civilians", 1204, 1204, "exact"),
            ("killed", "children", 301, 301, "exact"),
            ("killed", "civilians", 46, 46, "exact"),
            ("killed", "children", 20, 20, "exact"),
            ("killed", "other", 6, 6, "exact"),
        ],
    ),
]

# tolls told by the side that killed them, and by groups (eighth labels-first batch)
ROWS += [
    (
        "by_side",
        "en",
        "In five days, government air strikes killed 71 civilians and rebel shelling 38, the "
        "monitor said.",
        [("killed", "civilians", 71, 71, "exact"), ("killed", None, 38, 38, "exact")],
    ),
    (
        "by_side",
        "en",
        "About 450 civilians have been killed since mid-October, 330 of them by government "
        "forces and 120 by rebels, the group said.",
        [
            ("killed", "civilians", 450, 450, "about"),
            ("killed", None, 330, 330, "exact"),
            ("killed", None, 120, 120, "exact"),
        ],
    ),
    (
        "by_side",
        "en",
        "The group counted 64 civilians killed by air strikes, including 12 children, and 29 by "
        "shelling, including 7 children.",
        [
            ("killed", "civilians", 64, 64, "exact"),
            ("killed", "children", 12, 12, "exact"),
            ("killed", None, 29, 29, "exact"),
            ("killed", "children", 7, 7, "exact"),
        ],
    ),
    (
        "groups",
        "en",
        "The charity said 31 people had died: 11 staff members, 17 patients and 3 caretakers.",
        [
            ("killed", "people", 31, 31, "exact"),
            ("killed", None, 11, 11, "exact"),
            ("killed", None, 17, 17, "exact"),
            ("killed", None, 3, 3, "exact"),
        ],
    ),
    (
        "groups",
        "en",
        "At least 23 people were killed, including two doctors and four children, the monitor "
        "said.",
        [
            ("killed", "people", 23, None, "at_least"),
            ("killed", "other", 2, 2, "exact"),
            ("killed", "children", 4, 4, "exact"),
        ],
    ),
    (
        "groups",
        "en",
        "Of the 36 people taken across the border for treatment, five died in hospital.",
        [("injured", None, 36, 36, "exact"), ("killed", None, 5, 5, "exact")],
    ),
    (
        "symptoms",
        "en",
        "Some 90 people were killed and about 300 others were left struggling to breathe.",
        [("killed", "people", 90, 90, "about"), ("injured", None, 300, 300, "about")],
    ),
    (
        "combined",
        "en",
        "The blast killed or injured at least 130 people in the hall.",
        [("killed_or_injured", "people", 130, None, "at_least")],
    ),
]

# bodies lying, buried, collected and found in a region (ninth labels-first batch)
ROWS += [
    (
        "bodies",
        "en",
        "Reporters saw at least 14 bodies lying in a single street of the suburb.",
        [("bodies_recovered", None, 14, None, "at_least")],
    ),
    (
        "bodies",
        "en",
        "The mayor said some 260 residents had been buried in mass graves.",
        [("bodies_recovered", None, 260, 260, "about")],
    ),
    (
        "bodies",
        "en",
        "The town's funeral service has collected about 310 bodies since the troops withdrew.",
        [("bodies_recovered", None, 310, 310, "about")],
    ),
    (
        "bodies",
        "en",
        "Regional police said 1,045 bodies of civilians had been found, and about 180 people "
        "were still missing.",
        [("bodies_recovered", None, 1045, 1045, "exact"), ("missing", None, 180, 180, "about")],
    ),
    (
        "bodies",
        "en",
        "City authorities said 437 bodies had been found, 398 of them with gunshot or shrapnel "
        "wounds.",
        [("bodies_recovered", None, 437, 437, "exact"), ("killed", None, 398, 398, "exact")],
    ),
    (
        "toll",
        "en",
        "The regional governor said the number of dead had risen from 3 to 6, with 25 injured.",
        [
            ("killed", "people", 3, 3, "exact"),
            ("killed", "people", 6, 6, "exact"),
            ("injured", None, 25, 25, "exact"),
        ],
    ),
]

# tolls of a struck hospital and a funeral hall (tenth labels-first batch)
ROWS += [
    (
        "groups",
        "en",
        "The charity said 17 people had been killed, 10 of its staff and 7 patients, three of "
        "them children.",
        [
            ("killed", "people", 17, 17, "exact"),
            ("killed", None, 10, 10, "exact"),
            ("killed", None, 7, 7, "exact"),
            ("killed", "children", 3, 3, "exact"),
        ],
    ),
    (
        "groups",
        "en",
        "Those killed include 8 members of staff and at least 12 patients.",
        [("killed", None, 8, 8, "exact"), ("killed", None, 12, None, "at_least")],
    ),
    (
        "toll",
        "en",
        "The charity raised the number of its dead to 26 on Sunday from 19 a day earlier.",
        [("killed", None, 26, 26, "exact"), ("killed", None, 19, 19, "exact")],
    ),
    (
        "toll",
        "en",
        "The health ministry put the toll at 71 dead and 490 wounded, but a UN official said "
        "more than 120 had died and over 500 were hurt.",
        [
            ("killed", "people", 71, 71, "exact"),
            ("injured", None, 490, 490, "exact"),
            ("killed", None, 121, None, "more_than"),
            ("injured", None, 501, None, "more_than"),
        ],
    ),
    (
        "combined",
        "en",
        "Initial reports said at least 120 people had been killed or wounded in the hall.",
        [("killed_or_injured", "people", 120, None, "at_least")],
    ),
    (
        "toll",
        "en",
        "A later official count gave 196 dead, most of them civilians.",
        [("killed", None, 196, 196, "exact")],
    ),
]

# a toll restated in headline, lead and quote (eleventh labels-first batch)
ROWS += [
    (
        "restated",
        "en",
        "Strike on Karven market kills 27\n\nAn air strike on a market in Karven killed 27 "
        'people on Saturday, health officials said. "We have counted 27 dead so far," a '
        "doctor at the hospital told reporters.",
        [("killed", "people", 27, 27, "exact")],
    ),
    (
        "restated",
        "en",
        "At least 40 killed in shelling of Dovren\n\nShelling of the town of Dovren killed at "
        "least 40 civilians on Monday, including 9 children, the regional governor said. Of the "
        "40, nine were children, he said.",
        [
            ("killed", None, 40, None, "at_least"),
            ("killed", "children", 9, 9, "exact"),
        ],
    ),
    (
        "restated",
        "en",
        "Dozens dead as missile hits apartment block\n\nA missile hit an apartment block in "
        "Sorvik on Saturday, killing at least 30 people and wounding 75, officials said. Dozens "
        "more are feared buried under the rubble.",
        [
            ("killed", None, 24, None, "vague"),
            ("killed", "people", 30, None, "at_least"),
            ("injured", None, 75, 75, "exact"),
            ("missing", None, 24, None, "vague"),
        ],
    ),
    (
        "restated",
        "en",
        "The death toll rose to 52. The 52 dead include 14 children, the ministry said.",
        [("killed", "people", 52, 52, "exact"), ("killed", "children", 14, 14, "exact")],
    ),
    (
        "restated",
        "en",
        "Twelve people were killed and 30 injured. Of the injured, 6 are in critical condition.",
        [("killed", "people", 12, 12, "exact"), ("injured", "people", 30, 30, "exact")],
    ),
    (
        "restated",
        "en",
        "The attack killed 18 people. All 18 were civilians, the monitor said.",
        [("killed", "people", 18, 18, "exact")],
    ),
]

# the classes fixed in English, in the other languages (twelfth labels-first batch)
ROWS += [
    (
        "by_side",
        "fr",
        "Environ 450 civils ont été tués depuis la mi-octobre, 330 d'entre eux par les forces "
        "gouvernementales et 120 par les rebelles.",
        [
            ("killed", "civilians", 450, 450, "about"),
            ("killed", None, 330, 330, "exact"),
            ("killed", None, 120, 120, "exact"),
        ],
    ),
    (
        "by_side",
        "es",
        "Unos 450 civiles han muerto desde mediados de octubre, 330 de ellos a manos de las "
        "fuerzas del gobierno y 120 a manos de los rebeldes.",
        [
            ("killed", "civilians", 450, 450, "about"),
            ("killed", None, 330, 330, "exact"),
            ("killed", None, 120, 120, "exact"),
        ],
    ),
    (
        "by_side",
        "de",
        "Seit Mitte Oktober wurden etwa 450 Zivilisten getötet, 330 davon durch "
        "Regierungstruppen und 120 durch Rebellen.",
        [
            ("killed", "civilians", 450, 450, "about"),
            ("killed", None, 330, 330, "exact"),
            ("killed", None, 120, 120, "exact"),
        ],
    ),
    (
        "share_of_toll",
        "fr",
        "Une victime sur trois était un enfant, selon le rapport.",
        [],
    ),
    (
        "share_of_toll",
        "es",
        "Una de cada tres víctimas era un niño, según el informe.",
        [],
    ),
    (
        "share_of_toll",
        "en",
        "According to the report, 1 in 4 of the dead was a woman.",
        [],
    ),
    (
        "searchers",
        "fr",
        "Des centaines de bénévoles participent aux recherches des disparus.",
        [],
    ),
    (
        "searchers",
        "es",
        "Unos 200 rescatistas buscan a los desaparecidos entre los escombros.",
        [],
    ),
    (
        "searchers",
        "de",
        "Rund 200 Helfer suchen nach den Vermissten.",
        [],
    ),
    (
        "symptoms",
        "fr",
        "Sept personnes sont mortes et 40 ont été soignées à l'hôpital.",
        [("killed", "people", 7, 7, "exact"), ("injured", None, 40, 40, "exact")],
    ),
    (
        "symptoms",
        "es",
        "Siete personas murieron y 40 fueron atendidas en el hospital.",
        [("killed", "people", 7, 7, "exact"), ("injured", None, 40, 40, "exact")],
    ),
    (
        "symptoms",
        "de",
        "Sieben Menschen starben, 40 wurden im Krankenhaus behandelt.",
        [("killed", "people", 7, 7, "exact"), ("injured", None, 40, 40, "exact")],
    ),
]

# more numbers beside a toll that count nobody (thirteenth labels-first batch)
ROWS += [
    ("age", "en", "The men found in the grave were between 20 and 50 years old.", []),
    (
        "age",
        "en",
        "Most of the 33 victims were aged 18 to 35, the prosecutor said.",
        [("killed", None, 33, 33, "exact")],
    ),
    ("ordinal", "en", "Investigators found dozens of mass graves in the forest.", []),
    (
        "ordinal",
        "en",
        "It was the second mass grave found in the town, and it held 19 bodies.",
        [("bodies_recovered", None, 19, 19, "exact")],
    ),
    ("attackers", "en", "At least one of the attackers was dressed as a woman.", []),
    ("ordinal", "en", "Only one road leads into the valley, and it was shelled twice.", []),
    ("time", "en", "Ambulances took an average of 40 minutes to reach the site.", []),
    ("time", "en", "The town lies 45 kilometres (28 miles) from the border.", []),
    ("time", "en", "After two years of siege, only 3,000 of the 20,000 residents remain.", []),
    (
        "more_things",
        "en",
        "Troops have since taken four more small villages to the east.",
        [],
    ),
    (
        "munition",
        "en",
        "At least one airstrike hit the road, and 2 people were wounded.",
        [("injured", "people", 2, 2, "exact")],
    ),
    (
        "present",
        "en",
        "Dozens of men with shovels dug through the debris as 3 bodies were carried out.",
        [("bodies_recovered", None, 3, 3, "exact")],
    ),
    (
        "searchers",
        "en",
        "The commission heard 210 survivors and witnesses over six months.",
        [],
    ),
    (
        "time",
        "en",
        "Nurses worked 12-hour shifts for weeks after 57 people were hurt.",
        [("injured", "people", 57, 57, "exact")],
    ),
]

# claimed tolls, rates, scores, abductions (fourteenth labels-first batch)
ROWS += [
    (
        "claimed",
        "en",
        "The insurgents claimed to have killed 57 soldiers, but the army said only 9 had died.",
        [("killed", "combatants", 57, 57, "exact"), ("killed", None, 9, 9, "exact")],
    ),
    (
        "claimed",
        "en",
        "Gunmen abducted 140 pupils from the school and killed a guard.",
        [("killed", None, 1, 1, "exact")],
    ),
    (
        "claimed",
        "en",
        "Scores of people were killed when the boat carrying them was shelled.",
        # p17en: no claim; "scores" is no vague word of the conventions' table (gold en-m020)
        [],
    ),
    (
        "claimed",
        "en",
        "At the height of the siege, about 100 people were dying every day.",
        [("killed", "people", 100, 100, "about")],
    ),
    (
        "claimed",
        "en",
        "Some 5,000 people a month were crossing the border, the agency said.",
        [],
    ),
    (
        "claimed",
        "en",
        "The militants released 21 of the hostages on Sunday.",
        [],
    ),
    (
        "claimed",
        "en",
        "The raid freed 86 captives, 12 of whom were later treated for malnutrition.",
        [],
    ),
    (
        "claimed",
        "en",
        "Both sides traded fire for 2 hours; 3 fighters and 1 civilian were killed.",
        [
            ("killed", "combatants", 3, 3, "exact"),
            ("killed", "civilians", 1, 1, "exact"),
        ],
    ),
]

# headlines (fifteenth labels-first batch)
ROWS += [
    (
        "headline",
        "en",
        "U.S. says 11 troops killed, 16 hurt in Dovren blast",
        [("killed", "combatants", 11, 11, "exact"), ("injured", None, 16, 16, "exact")],
    ),
    (
        "headline",
        "en",
        "Death toll in Karven market strike climbs to 61",
        [("killed", None, 61, 61, "exact")],
    ),
    (
        "headline",
        "en",
        "Karven strike: at least 27 dead, dozens hurt",
        [("killed", None, 27, None, "at_least"), ("injured", None, 24, None, "vague")],
    ),
    (
        "headline",
        "en",
        "Nine of a family among 14 killed in Sorvik air raid",
        [("killed", None, 9, 9, "exact"), ("killed", None, 14, 14, "exact")],
    ),
    (
        "headline",
        "en",
        "UN: 300 civilians killed in a month of fighting in Dovren",
        [("killed", "civilians", 300, 300, "exact")],
    ),
    (
        "headline",
        "en",
        "Two years on, families of 43 victims still wait for answers",
        [("killed", None, 43, 43, "exact")],
    ),
    (
        "headline",
        "en",
        "Karven: 5 dead after shelling hits school sheltering 900",
        [("killed", None, 5, 5, "exact")],
    ),
    (
        "headline",
        "en",
        "WHO says 3 health workers among 20 dead in hospital strike",
        [("killed", None, 3, 3, "exact"), ("killed", None, 20, 20, "exact")],
    ),
]

# ranks and years beside counts (sixteenth labels-first batch)
ROWS += [
    (
        "rank",
        "en",
        "A two-star general and 4 soldiers were killed in the ambush.",
        [("killed", "combatants", 5, 5, "exact")],
    ),
    (
        "rank",
        "en",
        "The 2nd Lt. who led the patrol said 3 villagers had been shot dead.",
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "rank",
        "en",
        "Brig. Gen. Sam Example, commander of the 4th Division, said his men killed 12 insurgents.",
        [("killed", "combatants", 12, 12, "exact")],
    ),
    (
        "year",
        "en",
        "In 2014, 2,200 people were killed in the war, most of them civilians.",
        [("killed", "people", 2200, 2200, "exact")],
    ),
    (
        "year",
        "en",
        "The 1995 massacre of 8,000 men and boys is Europe's worst since the Second World War.",
        [("killed", None, 8000, 8000, "exact")],
    ),
    (
        "year",
        "en",
        "Between 2012 and 2016, more than 400 civilians were killed in the valley.",
        [("killed", "civilians", 401, None, "more_than")],
    ),
    (
        "year",
        "en",
        "By 2020, 1,300 people had been reported missing in the province.",
        [("missing", "people", 1300, 1300, "exact")],
    ),
    (
        "year",
        "en",
        "Case 2019/118 concerns the deaths of 7 protesters.",
        [("killed", None, 7, 7, "exact")],
    ),
]

# people reported missing (seventeenth labels-first batch)
ROWS += [
    (
        "missing",
        "en",
        "At least 25 fishermen have been reported missing since the boats were shelled.",
        [("missing", None, 25, None, "at_least")],
    ),
    (
        "missing",
        "en",
        "Relatives said 9 men from the village were reported missing after the raid.",
        [("missing", None, 9, 9, "exact")],
    ),
    (
        "missing",
        "fr",
        "Douze personnes ont été portées disparues après le bombardement.",
        [("missing", "people", 12, 12, "exact")],
    ),
    (
        "missing",
        "es",
        "Doce personas fueron reportadas como desaparecidas tras el bombardeo.",
        [("missing", "people", 12, 12, "exact")],
    ),
    (
        "missing",
        "de",
        "Zwölf Menschen wurden nach dem Angriff als vermisst gemeldet.",
        [("missing", "people", 12, 12, "exact")],
    ),
]

# feared, presumed and confirmed dead (eighteenth labels-first batch)
ROWS += [
    (
        "feared",
        "en",
        "At least 30 people are feared dead after the ferry was hit.",
        [("killed", "people", 30, None, "at_least")],
    ),
    (
        "feared",
        "en",
        "Eleven crew members are presumed dead, the company said.",
        [("killed", None, 11, 11, "exact")],
    ),
    (
        "feared",
        "en",
        "Officials have confirmed 14 dead and say the number could rise.",
        [("killed", None, 14, 14, "exact")],
    ),
    (
        "feared",
        "en",
        "The UN fears up to 200 people may have died in the village.",
        [("killed", "people", None, 200, "up_to")],
    ),
    (
        "feared",
        "en",
        "Two more people were confirmed dead on Sunday, raising the toll to 16.",
        [("killed", "people", 2, 2, "exact"), ("killed", None, 16, 16, "exact")],
    ),
    (
        "feared",
        "en",
        "Rescuers fear dozens are still trapped, and 6 bodies have been recovered.",
        [("bodies_recovered", None, 6, 6, "exact")],
    ),
]

# qualifiers written as signs or words after the number (nineteenth labels-first batch)
ROWS += [
    (
        "headline",
        "en",
        "Dovren blast death toll rises to 170+",
        [("killed", None, 170, None, "at_least")],
    ),
    (
        "toll",
        "en",
        "The attack killed 60-plus people, hospital officials said.",
        [("killed", "people", 60, None, "at_least")],
    ),
    (
        "toll",
        "en",
        "The blast killed 40 or more people.",
        [("killed", "people", 40, None, "at_least")],
    ),
    (
        "toll",
        "en",
        "Health officials said the dead numbered in the dozens.",
        [],
    ),
    (
        "toll",
        "en",
        "Upwards of 300 people died in the siege.",
        [("killed", "people", 301, None, "more_than")],
    ),
    (
        "toll",
        "en",
        "Roughly 1,200 people were wounded, the ministry said.",
        [("injured", "people", 1200, 1200, "about")],
    ),
]

# families counted by their size (twentieth labels-first batch)
ROWS += [
    (
        "family",
        "en",
        "A family of six was killed when the shell hit their home.",
        [("killed", None, 6, 6, "exact")],
    ),
    (
        "family",
        "en",
        "All five members of the family died in the strike.",
        [("killed", None, 5, 5, "exact")],
    ),
    (
        "family",
        "en",
        "The strike wiped out an entire family of seven, neighbours said.",
        [("killed", None, 7, 7, "exact")],
    ),
    (
        "family",
        "en",
        "A family of nine, who had fled the north, was sheltering in the school.",
        [],
    ),
    (
        "family",
        "en",
        "The 4 families who lived in the building escaped before it collapsed.",
        [],
    ),
]

# women and children counted together or as shares (twenty-first labels-first batch)
ROWS += [
    (
        "subset",
        "en",
        "Most of the 44 dead were women and children, the monitor said.",
        [("killed", None, 44, 44, "exact")],
    ),
    (
        "subset",
        "en",
        "The strike killed 15 women and children sheltering in the basement.",
        [("killed", "other", 15, 15, "exact")],
    ),
    (
        "share",
        "en",
        "Women and children made up 70 per cent of those killed.",
        [],
    ),
    (
        "subset",
        "en",
        "Among the 19 wounded were 7 children, two of them in critical condition.",
        [("injured", None, 19, 19, "exact"), ("injured", "children", 7, 7, "exact")],
    ),
    (
        "subset",
        "en",
        "The youngest of the 11 victims was a three-month-old baby.",
        [("killed", None, 11, 11, "exact")],
    ),
    (
        "subset",
        "en",
        "Nine civilians, mostly women, were killed; six more were hurt.",
        [("killed", "civilians", 9, 9, "exact"), ("injured", "civilians", 6, 6, "exact")],
    ),
]

# rows the extractor does not read as labelled: row index -> reason
GAPS: dict[int, str] = {
    236: "a family that had fled, in a relative clause ('A family of nine, who had fled the "
    "north'), is read as nine displaced; the labeller held them people sheltering",
    230: "'the dead numbered in the dozens' is read as dozens dead (vague, as the conventions "
    "read 'dozens'); the labeller held it no figure",
    208: "a lone rank and a count of soldiers under one verb ('A two-star general and 4 "
    "soldiers were killed') are not summed (combatants are never summed with lone members)",
    203: "a count of one family before 'among' ('Nine of a family among 14 killed') is no claim",
    198: "people 'treated for' a condition that is no wound ('malnutrition') are read as injured",
    168: "German: a part after 'davon' before an agent ('330 davon durch Regierungstruppen') "
    "is no claim, and the agent after 'durch' is read as the next count's category",
    169: "French: a ratio with its noun inside ('une victime sur trois') reads the whole as "
    "a count",
    162: "people feared buried under the rubble ('Dozens more are feared buried') are no "
    "claim of the missing",
    152: "a part of the bodies found told by its wounds ('398 of them with gunshot wounds') is "
    "read as bodies, not as the killed",
    53: "people left homeless are read as present, not displaced",
    54: "families that fled are no count of the displaced",
    88: "a toll a lone victim brings up ('bringing the toll to 19') takes the victim's "
    "category (a nurse: other)",
    94: "the unidentified part of the bodies found ('120 are yet to be identified') is no claim",
    97: "'suffered breathing problems' is no verb of injury (patients 'admitted with breathing "
    "problems' are no count of the hurt: test_unseen_en_es)",
    146: "'others left struggling to breathe' take the death verb before them",
    140: "a count whose verb is elided after a second subject ('and rebel shelling 38') "
    "reads both counts as other, not the first as civilians",
    145: "people taken across a border for treatment are no count of the hurt",
    100: "'casualties' is read as the killed, not killed or injured",
    128: "the dead a search looks for ('searched for the bodies of the 11 fishermen') are read "
    "as bodies recovered",
    104: "a qualifier of the first count of a list ('At least 169 Afghans and 13 troops') is "
    "carried to the second",
}


@pytest.mark.parametrize(
    ("lang", "text", "labels"),
    [
        pytest.param(
            lang,
            text,
            labels,
            id=f"{cls}-{lang}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=GAPS[i])] if i in GAPS else [],
        )
        for i, (cls, lang, text, labels) in enumerate(ROWS)
    ],
)
def test_every_reading_is_labelled(lang: str, text: str, labels: list[Label]) -> None:
    assert_readings_labelled(text, lang, labels)
