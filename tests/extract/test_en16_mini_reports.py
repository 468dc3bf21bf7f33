"""Multi-paragraph English mini-reports in the manner of wire and NGO reporting on airstrikes,
drone strikes, strikes on hospitals and bombings (branch en16), written and labelled by the
helper of branch en16 before running the extractor on them: a lead with a toll, later paragraphs
that restate it (one claim), revise it (a claim per figure), quote officials and doctors, cite a
military inquiry or a UN or NGO report with its own figures, list the victims, and recall earlier
attacks and war-wide totals (claims of their own). Labelled as the conventions give it (measure,
who, low, high, qualifier and speaker). Places, names and figures are invented."""

from __future__ import annotations

from tests.extract.incident_reports import ANY, Reading, Report, report_tests

# (id, language, text, labelled claims, distractor numbers)
REPORTS: list[Report] = [
    (
        "en16_market_airstrike",
        "en",
        "An airstrike on a crowded market in the town of Dar Salim killed at least 26 people "
        "on Saturday, local health officials said.\n\n"
        "The strike hit shortly after 11 a.m., when hundreds of shoppers were buying food ahead "
        "of the holiday. Witnesses said two missiles struck within a minute of each other.\n\n"
        "The 26 dead included eight children, said Hamid Nouri, head of the town's health "
        "office. More than 70 people were wounded, 15 of them critically.\n\n"
        "It was the second attack on Dar Salim this month. On May 3, shelling of a residential "
        "street killed 7 people.",
        [
            ("killed", "people", 26, None, "at_least", "health"),
            ("killed", "children", 8, 8, "exact", "Nouri"),
            ("injured", "people", 71, None, "more_than", ANY),
            ("injured", "people", 15, 15, "exact", ANY),
            ("killed", "people", 7, 7, "exact", None),
        ],
        ["11 a.m.", "two missiles", "May 3"],
    ),
    (
        "en16_hospital_strike_revised",
        "en",
        "KHARAZ (Reuters) - A strike on the Al-Rahma hospital in Kharaz killed 12 people, "
        "including four medical staff, the hospital's director said on Tuesday.\n\n"
        '"The missile hit the emergency ward. We have 12 dead and 34 wounded, among them '
        'patients who were already on life support," Dr. Samir Aziz told Reuters by phone.\n\n'
        "By evening, the regional health department put the toll at 17, saying five of the "
        "wounded had died of their injuries.\n\n"
        "The World Health Organization said it had verified 143 attacks on health care in the "
        "country this year, which had killed 61 health workers.",
        [
            ("killed", "people", 12, 12, "exact", "Aziz|director"),
            ("killed", "other", 4, 4, "exact", "director"),
            ("injured", "people", 34, 34, "exact", "Aziz"),
            ("killed", "people", 17, 17, "exact", "health department"),
            ("killed", "people", 5, 5, "exact", "health department"),
            ("killed", "other", 61, 61, "exact", "World Health Organization"),
        ],
        ["143 attacks"],
    ),
    (
        "en16_drone_wedding_inquiry",
        "en",
        "A drone strike on a wedding convoy in the mountains north of Tafra killed 14 people, "
        "relatives and local officials said on Thursday.\n\n"
        "The army said it had targeted a vehicle carrying militants and that the dead were "
        "fighters.\n\n"
        "Six months later, a military inquiry acknowledged that all 14 people killed were "
        "civilians. The inquiry, whose findings were published in a 38-page summary, said the "
        "drone operators had misidentified the vehicles.\n\n"
        "A separate investigation by the rights group Citizens' Watch found that the dead "
        "included the groom, his brother and five children.",
        [
            ("killed", "people", 14, 14, "exact", "relatives"),
            ("killed", "civilians", 14, 14, "exact", "inquiry"),
            ("killed", "children", 5, 5, "exact", "Citizens"),
        ],
        ["38-page summary", "Six months later"],
    ),
    (
        "en16_school_shelter",
        "en",
        "At least 19 people were killed when an airstrike hit a school sheltering displaced "
        "families in the city of Beit Qara, the civil defence said.\n\n"
        "About 800 people had been staying at the school, which was run by the UN agency for "
        "refugees. Two classrooms on the upper floor were destroyed.\n\n"
        '"We pulled out 19 bodies, among them seven children and four women," civil defence '
        "spokesman Karim Haddad said. Dozens of people were wounded, he said.\n\n"
        "The ministry of health said the war has killed 21,300 people in the territory, most of "
        "them women and children.",
        [
            ("killed", "people", 19, None, "at_least", "civil defence"),
            ("bodies_recovered", "people", 19, 19, "exact", "Haddad"),
            ("bodies_recovered", "children", 7, 7, "exact", "Haddad"),
            ("bodies_recovered", "women", 4, 4, "exact", "Haddad"),
            ("injured", "people", 24, None, "vague", "Haddad"),
            ("killed", "people", 21300, 21300, "exact", "ministry of health"),
        ],
        ["About 800 people", "Two classrooms"],
    ),
    (
        "en16_bombing_restated",
        "en",
        "A suicide bomber blew himself up outside a mosque in the northern city of Qasr during "
        "Friday prayers, killing 31 worshippers and wounding 57, police said.\n\n"
        "The bomber, who police said was about 20 years old, detonated his vest as worshippers "
        "were leaving. The 31 killed included the mosque's imam.\n\n"
        "Police spokesman Ali Rustam said 12 of the wounded were in a serious condition.\n\n"
        "The attack was the deadliest in the city since a truck bombing in 2017 that killed "
        "more than 90 people.",
        [
            ("killed", "people", 31, 31, "exact", "police"),
            ("injured", "people", 57, 57, "exact", "police"),
            ("injured", "people", 12, 12, "exact", "Rustam"),
            ("killed", "people", 91, None, "more_than", None),
        ],
        ["about 20 years old", "2017"],
    ),
    (
        "en16_un_report",
        "en",
        "GENEVA - United Nations investigators said on Monday that a strike on an apartment "
        "block in Velnor in March killed at least 48 civilians, far more than the 21 dead "
        "reported by local authorities at the time.\n\n"
        "The report of the UN monitoring mission, based on 75 interviews, said 17 of the dead "
        "were children. The mission said it had been unable to visit the site.\n\n"
        '"This was one of the deadliest single attacks on civilians we have documented," the '
        "head of the mission, Elena Marsh, told reporters.\n\n"
        "The mission has recorded 10,582 civilians killed and 19,875 injured since the start "
        "of the war.",
        [
            ("killed", "civilians", 48, None, "at_least", "United Nations"),
            ("killed", "people", 21, 21, "exact", "local authorities"),
            ("killed", "children", 17, 17, "exact", "mission"),
            ("killed", "civilians", 10582, 10582, "exact", "mission"),
            ("injured", "civilians", 19875, 19875, "exact", "mission"),
        ],
        ["75 interviews"],
    ),
    (
        "en16_refugee_camp_toll_climbs",
        "en",
        "The death toll from Wednesday's strike on the Hamra refugee camp rose to 45 on "
        "Thursday, the camp's medical service said, as rescuers dug through the rubble of "
        "several collapsed buildings.\n\n"
        "The service had reported 32 dead on Wednesday night. At least 110 people were injured "
        "and around 20 remain missing, it said.\n\n"
        "Among the dead was a local journalist, Rami Khalil, 29, who was killed with his wife "
        "and their three children.\n\n"
        "The camp is home to about 35,000 people.",
        [
            ("killed", "people", 45, 45, "exact", "medical service"),
            ("killed", "people", 32, 32, "exact", "service"),
            ("injured", "people", 110, None, "at_least", "service"),
            ("missing", "people", 20, 20, "about", "service"),
            ("killed", "children", 3, 3, "exact", ANY),
        ],
        ["about 35,000 people", "29"],
    ),
    (
        "en16_ngo_family_strike",
        "en",
        "Amnesty International said on Wednesday that an air raid on a family's house in the "
        "village of Ein Tal killed 15 civilians, nine of them children, and called for it to be "
        "investigated as a war crime.\n\n"
        "The group said it had found no evidence of any military objective at the house. It "
        "identified fragments of a 500-pound guided bomb in the rubble.\n\n"
        '"My brother, his wife and their seven children were all killed. Only the baby '
        'survived," a relative told Amnesty.\n\n'
        "The military said it was reviewing the incident.",
        [
            ("killed", "civilians", 15, 15, "exact", "Amnesty"),
            ("killed", "children", 9, 9, "exact", "Amnesty"),
            ("killed", "children", 7, 7, "exact", "relative"),
        ],
        ["500-pound"],
    ),
    (
        "en16_convoy_aid_workers",
        "en",
        "Seven aid workers were killed when their convoy was hit by a series of drone strikes "
        "on Monday night, the charity they worked for said.\n\n"
        "The three vehicles had been clearly marked and their route shared with the army in "
        "advance, the charity said. The dead were three foreign nationals and four local "
        "staff.\n\n"
        "The army later said an investigation had found that the strikes were a grave mistake "
        "caused by misidentification, and that two officers had been dismissed.\n\n"
        "More than 200 aid workers have been killed in the conflict, according to UN figures.",
        [
            ("killed", "other", 7, 7, "exact", "charity"),
            ("killed", "other", 3, 3, "exact", "charity"),
            ("killed", "other", 4, 4, "exact", "charity"),
            ("killed", "other", 201, None, "more_than", "UN"),
        ],
        ["three vehicles", "two officers"],
    ),
    (
        "en16_shelling_victim_list",
        "en",
        "Shelling of a residential district of Norvik killed five people on Sunday, the "
        "regional governor said on Telegram.\n\n"
        "The victims were a 64-year-old woman, a man of 38, his wife and their two sons, aged 6 "
        "and 10, the governor said. Nine more people were injured.\n\n"
        "A day earlier, a missile strike on a bus stop in the city killed 4 people.",
        [
            ("killed", "people", 5, 5, "exact", "governor"),
            ("killed", "other", 2, 2, "exact", "governor"),
            ("injured", "people", 9, 9, "exact", "governor"),
            ("killed", "people", 4, 4, "exact", None),
        ],
        ["64-year-old", "6 and 10"],
    ),
    (
        "en16_hospital_siege",
        "en",
        "Doctors at the Al-Amal hospital said on Saturday that 11 people, including two "
        "premature babies, had died since the hospital lost power during a three-day siege.\n\n"
        '"We buried them in the courtyard. We could not take them out," said Dr. Nadia Karim, '
        "one of the 40 staff still working there.\n\n"
        "The WHO said the hospital, which once had 350 beds, was no longer functioning. At "
        "least 600 patients and displaced people were still inside.",
        [
            ("killed", "people", 11, 11, "exact", "doctors"),
            ("killed", "children", 2, 2, "exact", "doctors"),
        ],
        ["40 staff", "350 beds", "At least 600 patients", "three-day"],
    ),
    (
        "en16_wire_running_total",
        "en",
        "Israeli airstrikes on the southern city killed 38 Palestinians overnight, the health "
        "ministry said, bringing the overall death toll since the war started to 27,947.\n\n"
        "The ministry said 67,459 people had been wounded. It does not distinguish between "
        "civilians and fighters.\n\n"
        "The military said it had struck 60 targets in the past day, and that three of its "
        "soldiers were killed in fighting in the north.",
        [
            ("killed", "people", 38, 38, "exact", "health ministry"),
            ("killed", "people", 27947, 27947, "exact", "health ministry"),
            ("injured", "people", 67459, 67459, "exact", "ministry"),
            ("killed", "combatants", 3, 3, "exact", "military"),
        ],
        ["60 targets"],
    ),
    (
        "en16_toll_lowered",
        "en",
        "Authorities lowered the toll of Tuesday's explosion at the fuel depot to 22 on "
        "Wednesday, from the 29 announced a day earlier, saying some victims had been "
        "counted at two hospitals.\n\n"
        "Another 43 people were treated for burns, the interior ministry said.\n\n"
        '"The figure of 22 is final," ministry spokesman Farid Nasser said.',
        [
            ("killed", "people", 22, 22, "exact", "Authorities|Nasser"),
            ("killed", "people", 29, 29, "exact", ANY),
            ("injured", "people", 43, 43, "exact", "interior ministry"),
        ],
        ["two hospitals"],
    ),
    (
        "en16_monitor_background",
        "en",
        "Government air raids on the rebel-held town of Kafr Nasr killed 9 civilians, including "
        "three children, a war monitor said.\n\n"
        "The strikes came a week after regime shelling killed 16 people in a nearby village, "
        "the monitor said.\n\n"
        "The monitor says more than 500,000 people have been killed in the country's civil "
        "war, which began in 2011.",
        [
            ("killed", "civilians", 9, 9, "exact", "monitor"),
            ("killed", "children", 3, 3, "exact", "monitor"),
            ("killed", "people", 16, 16, "exact", "monitor"),
            ("killed", "people", 500001, None, "more_than", "monitor"),
        ],
        ["2011"],
    ),
    (
        "en16_strike_investigation_dispute",
        "en",
        "The coalition said on Friday its investigation into a strike on a water plant found "
        "that no civilians had been killed.\n\n"
        "Local officials have said the strike killed 6 workers and wounded 10.\n\n"
        "A report by the Joint Incidents Assessment Team, released in December, examined 12 "
        "incidents and found that the coalition had acted lawfully in 10 of them.",
        [
            ("killed", "civilians", 0, 0, "exact", "coalition"),
            ("killed", "other", 6, 6, "exact", "Local officials"),
            ("injured", "other", 10, 10, "exact", "Local officials"),
        ],
        ["12 incidents", "10 of them"],
    ),
]

# (report id, reading) -> why the extractor does not read it
COMPARED = "the 21 dead compared with after 'far more than the' take the who of the toll before (civilians)"
GROUP = "staff, workers and foreign nationals are counted groups (other), read as people"
MISSED: dict[tuple[str, Reading], str] = {
    ("en16_drone_wedding_inquiry", ("killed", "people", 14, 14, "exact")): (
        "the lead's 14 people and the inquiry's 14 civilians are folded into one claim (the "
        "same figure from two sources named in their own sentences is merged)"
    ),
    ("en16_un_report", ("killed", "people", 21, 21, "exact")): COMPARED,
    ("en16_convoy_aid_workers", ("killed", "other", 3, 3, "exact")): GROUP,
    ("en16_convoy_aid_workers", ("killed", "other", 4, 4, "exact")): GROUP,
    ("en16_shelling_victim_list", ("killed", "other", 2, 2, "exact")): (
        "two sons aged 6 and 10 are read as children with the measure of 'victims' (label doubt: "
        "children may be right)"
    ),
    ("en16_strike_investigation_dispute", ("killed", "other", 6, 6, "exact")): GROUP,
    ("en16_strike_investigation_dispute", ("injured", "other", 10, 10, "exact")): GROUP,
}

# (report id, reading) -> why the speaker is not read
SPEAKER: dict[tuple[str, Reading], str] = {
    ("en16_un_report", ("killed", "civilians", 10582, 10582, "exact")): (
        "'The mission has recorded' is not read as a speaker ('mission' as a speaker noun made "
        "'the U.N. mission' the speaker instead of the U.N.)"
    ),
    ("en16_un_report", ("injured", "civilians", 19875, 19875, "exact")): (
        "'The mission has recorded' is not read as a speaker"
    ),
    ("en16_drone_wedding_inquiry", ("killed", "civilians", 14, 14, "exact")): (
        "'a military inquiry acknowledged' is not read as a speaker ('inquiry' as a speaker noun "
        "turned a headline's 'Death Inquiry' into a source)"
    ),
    ("en16_un_report", ("killed", "children", 17, 17, "exact")): (
        "'the report of the UN monitoring mission ... said' is not read as a speaker"
    ),
    ("en16_refugee_camp_toll_climbs", ("killed", "people", 32, 32, "exact")): (
        "'The service had reported' is not read as a speaker"
    ),
    ("en16_hospital_siege", ("killed", "people", 11, 11, "exact")): (
        "the hospital is read as the speaker rather than its doctors (they share the name)"
    ),
    ("en16_hospital_siege", ("killed", "children", 2, 2, "exact")): (
        "the hospital is read as the speaker rather than its doctors (they share the name)"
    ),
    ("en16_wire_running_total", ("killed", "combatants", 3, 3, "exact")): (
        "the ministry of the first paragraph stays the speaker of 'The military said'"
    ),
    ("en16_toll_lowered", ("killed", "people", 22, 22, "exact")): (
        "'Authorities lowered the toll' is not read as a speaker"
    ),
}

# report id -> why readings beyond the labels stay
EXTRA: dict[str, str] = {
    "en16_school_shelter": "about 800 people staying at a school are read as displaced",
    "en16_un_report": COMPARED,
    "en16_refugee_camp_toll_climbs": (
        "a lone journalist among the dead and his family are read as claims of 1 and a sum of 5"
    ),
    "en16_convoy_aid_workers": GROUP,
    "en16_shelling_victim_list": (
        "'The victims were' after a toll of the killed is read as killed or injured"
    ),
    "en16_strike_investigation_dispute": GROUP,
}

(
    test_labelled_claim_is_read,
    test_labelled_speaker_is_read,
    test_no_claim_beyond_the_labels,
    test_distractors_are_in_the_text,
) = report_tests(REPORTS, MISSED, SPEAKER, EXTRA)
