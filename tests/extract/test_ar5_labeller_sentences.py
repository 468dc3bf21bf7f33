"""Arabic incident reports and news, labelled by hand before running the extractor: tolls with
the figure after its noun, dual nouns, "بينهم" subsets of the killed, killed beside missing,
weekdays and ordinals that are no numbers, Arabic dot thousands and Arabic-Indic digits, rising
tolls, bodies recovered, people missing under rubble, and speakers (ministry, civil defence,
observatory, local sources, "our correspondent", "according to"); beside numbers that are no
casualty figure (dates, times, years, ages, buildings, missiles, distances, money). Every
sentence is our own; names and figures are invented.

``who`` is ``None`` where the conventions leave the category open (journalists, medics, police,
young men); then only measure and figures are checked. ``speaker`` is ``None`` when the text
states the figure without attribution, ``"?"`` when it is not checked, else a substring every
casualty claim's speaker must hold.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Reading = tuple[str, str | None, int | None, int | None, str]


CASES: list[object] = [
    # --- incident reports: health ministry, civil defence, observatory, correspondents ---
    (
        "استشهد ثلاثة مواطنين وأصيب سبعة آخرون بجروح متفاوتة في قصف على منزل في مخيم "
        "النصيرات، وفق ما أفاد مراسلنا.",
        [("killed", "people", 3, 3, "exact"), ("injured", "people", 7, 7, "exact")],
        "مراسلنا",
    ),
    (
        "أعلنت وزارة الصحة في غزة ارتفاع عدد الشهداء إلى 24.620 شهيدا منذ السابع من أكتوبر.",
        [("killed", "people", 24620, 24620, "exact")],
        "وزارة الصحة",
    ),
    (
        "قال الدفاع المدني إن طواقمه انتشلت جثامين 12 شهيدا من تحت أنقاض منزل في حي الزيتون.",
        [("bodies_recovered", None, 12, 12, "exact")],
        "الدفاع المدني",
    ),
    (
        "قُتل ٤ مدنيين بينهم طفلان جراء غارة جوية على بلدة في ريف إدلب الجنوبي، بحسب المرصد "
        "السوري لحقوق الإنسان.",
        [("killed", "civilians", 4, 4, "exact"), ("killed", "children", 2, 2, "exact")],
        "المرصد السوري",
    ),
    (
        "أصيب مواطنان برصاص قوات الاحتلال يوم الاثنين خلال اقتحام مدينة جنين.",
        [("injured", "people", 2, 2, "exact")],
        None,
    ),
    (
        "استشهد طفلان في قصف استهدف منزل عائلتهما فجر الأحد.",
        [("killed", "children", 2, 2, "exact")],
        None,
    ),
    (
        "وصل إلى مستشفى المدينة شهداء ثلاثة وعدد من الجرحى.",
        [("killed", "people", 3, 3, "exact")],
        None,
    ),
    (
        "وأفادت مصادر محلية بأن 5 أشخاص قتلوا في انفجار عبوة ناسفة في سوق شعبي.",
        [("killed", "people", 5, 5, "exact")],
        "مصادر محلية",
    ),
    (
        "قتل ما لا يقل عن 20 شخصا في غارات على مدينة خان يونس.",
        [("killed", "people", 20, None, "at_least")],
        None,
    ),
    (
        "أصيب نحو 40 شخصا بحالات اختناق جراء إطلاق قنابل الغاز في البلدة القديمة.",
        [("injured", "people", 40, 40, "about")],
        None,
    ),
    (
        "لا يزال نحو 10 آلاف شخص مفقودين تحت الأنقاض، بحسب الدفاع المدني في غزة.",
        [("missing", "people", 10000, 10000, "about")],
        "الدفاع المدني",
    ),
    (
        "وقالت وزارة الصحة إن 35 شهيدا و129 جريحا وصلوا إلى مستشفيات القطاع خلال الساعات الـ24 "
        "الماضية.",
        [("killed", "people", 35, 35, "exact"), ("injured", "people", 129, 129, "exact")],
        "وزارة الصحة",
    ),
    (
        "قُتل 3 عناصر من قوات النظام وجُرح 5 آخرون في هجوم لتنظيم داعش في البادية، وفق المرصد "
        "السوري.",
        [("killed", "combatants", 3, 3, "exact"), ("injured", "combatants", 5, 5, "exact")],
        "المرصد السوري",
    ),
    (
        "وثق المرصد السوري مقتل 11 شخصاً، بينهم 4 أطفال وسيدتان، في قصف مدفعي على القرية.",
        [
            ("killed", "people", 11, 11, "exact"),
            ("killed", "children", 4, 4, "exact"),
            ("killed", "women", 2, 2, "exact"),
        ],
        "المرصد السوري",
    ),
    (
        "أصيب ثلاثة أطفال إصابات متفاوتة جراء انفجار جسم من مخلفات الحرب.",
        [("injured", "children", 3, 3, "exact")],
        None,
    ),
    (
        "وبلغت الحصيلة الإجمالية 43.799 شهيدا و103.601 مصاب منذ بداية العدوان.",
        [
            ("killed", "people", 43799, 43799, "exact"),
            ("injured", "people", 103601, 103601, "exact"),
        ],
        None,
    ),
    (
        "استشهد ١٤ فلسطينياً، بينهم ٦ أطفال، في غارة على مدرسة تؤوي نازحين.",
        [("killed", "people", 14, 14, "exact"), ("killed", "children", 6, 6, "exact")],
        None,
    ),
    (
        "قُتل مدنيان وأصيب ثالث بجروح خطيرة إثر انفجار لغم أرضي.",
        [("killed", "civilians", 2, 2, "exact"), ("injured", "civilians", 1, 1, "exact")],
        None,
    ),
    (
        "نُقل 9 مصابين إلى مستشفى شهداء الأقصى في دير البلح.",
        [("injured", "people", 9, 9, "exact")],
        None,
    ),
    (
        "أعلنت وزارة الصحة اللبنانية أن الغارة على بلدة في الجنوب أدت إلى استشهاد 3 أشخاص "
        "وإصابة 8 آخرين.",
        [("killed", "people", 3, 3, "exact"), ("injured", "people", 8, 8, "exact")],
        "وزارة الصحة",
    ),
    (
        "قضى ستة أشخاص غرقا بعد انقلاب قارب يقل مهاجرين قبالة السواحل.",
        [("killed", "people", 6, 6, "exact")],
        None,
    ),
    (
        "وفي حصيلة غير نهائية، قُتل 17 شخصا وأصيب العشرات.",
        [("killed", "people", 17, 17, "exact"), ("injured", "people", 20, None, "vague")],
        None,
    ),
    (
        "أصيب عشرات الفلسطينيين بالرصاص الحي والمعدني خلال المواجهات.",
        [("injured", "people", 20, None, "vague")],
        None,
    ),
    (
        "نزح أكثر من 3 آلاف شخص من قرى ريف حلب خلال يومين.",
        [("displaced", "people", 3001, None, "more_than")],
        None,
    ),
    (
        "عثر الأهالي على جثتين مجهولتي الهوية في أرض زراعية شرق البلدة.",
        [("bodies_recovered", None, 2, 2, "exact")],
        None,
    ),
    (
        "استشهد الأحد مواطن وأصيب آخران في قصف على حي الشجاعية.",
        [("killed", "people", 1, 1, "exact"), ("injured", "people", 2, 2, "exact")],
        None,
    ),
    (
        "وقال الناطق باسم الدفاع المدني إن 30 شهيدا انتُشلوا من منطقة المواصي.",
        [("bodies_recovered", None, 30, 30, "exact")],
        "الدفاع المدني",
    ),
    (
        "وأعلن الهلال الأحمر الفلسطيني إصابة 12 مواطنا خلال مواجهات في نابلس.",
        [("injured", "people", 12, 12, "exact")],
        "الهلال الأحمر",
    ),
    (
        "أكدت مصادر طبية استشهاد شابين وإصابة ثلاثة آخرين بجروح وصفت بالخطيرة.",
        [("killed", None, 2, 2, "exact"), ("injured", None, 3, 3, "exact")],
        "مصادر طبية",
    ),
    (
        "ذكرت وكالة الأنباء الرسمية أن 4 جنود قتلوا وأصيب 6 آخرون في هجوم على نقطة عسكرية.",
        [("killed", "combatants", 4, 4, "exact"), ("injured", "combatants", 6, 6, "exact")],
        "وكالة الأنباء",
    ),
    (
        "أعلنت الأمم المتحدة أن ما لا يقل عن 2300 طفل قتلوا في النزاع منذ عام 2015.",
        [("killed", "children", 2300, None, "at_least")],
        "الأمم المتحدة",
    ),
    (
        "بحسب مصادر محلية، قُتل شخصان وأصيب خمسة بجروح في اشتباكات عشائرية.",
        [("killed", "people", 2, 2, "exact"), ("injured", "people", 5, 5, "exact")],
        "مصادر محلية",
    ),
    (
        "أفاد مراسلنا باستشهاد 6 مواطنين بينهم 3 أطفال في قصف على رفح.",
        [("killed", "people", 6, 6, "exact"), ("killed", "children", 3, 3, "exact")],
        "مراسلنا",
    ),
    (
        "وأعلنت الوزارة ارتفاع حصيلة الإصابات إلى 1.250 إصابة.",
        [("injured", "people", 1250, 1250, "exact")],
        "الوزارة",
    ),
    # --- killed beside missing ---
    (
        "قتل 64 مدنيا وفُقد 21 آخرون خلال أسبوع من المعارك في الريف الشرقي.",
        [("killed", "civilians", 64, 64, "exact"), ("missing", "civilians", 21, 21, "exact")],
        None,
    ),
    (
        "قال المرصد إن 27 مدنيا قتلوا و9 فقدوا منذ بدء الهجوم على المدينة.",
        [("killed", "civilians", 27, 27, "exact"), ("missing", "civilians", 9, 9, "exact")],
        "المرصد",
    ),
    (
        "قال الدفاع المدني إن طواقمه انتشلت 15 جثة من تحت أنقاض منزل في حي التفاح. وأضاف أن "
        "نحو 20 شخصا لا يزالون مفقودين تحت الركام.",
        [("bodies_recovered", None, 15, 15, "exact"), ("missing", "people", 20, 20, "about")],
        "الدفاع المدني",
    ),
    (
        "وثقت المنظمة اختفاء 130 شخصا قسريا منذ مطلع العام.",
        [("missing", "people", 130, 130, "exact")],
        "المنظمة",
    ),
    # --- qualifiers and vague quantities ---
    (
        "جرح 13 شخصا في حادث سير على الطريق الدولي.",
        [("injured", "people", 13, 13, "exact")],
        None,
    ),
    (
        "قتل ما بين 15 و20 شخصا في الهجوم على القرية.",
        [("killed", "people", 15, 20, "range")],
        None,
    ),
    (
        "قارب عدد النازحين 100 ألف شخص منذ بدء المعارك.",
        [("displaced", "people", 100000, 100000, "about")],
        None,
    ),
    (
        "أصيب أكثر من ثلاثين شخصا بجروح في التدافع.",
        [("injured", "people", 31, None, "more_than")],
        None,
    ),
    (
        "سقط مئات الضحايا بين قتيل وجريح في المجزرة.",
        [("killed_or_injured", "people", 200, None, "vague")],
        None,
    ),
    (
        "وتجاوز عدد القتلى 500 شخص، وفقا لمنظمة الصحة العالمية.",
        [("killed", "people", 501, None, "more_than")],
        "منظمة الصحة العالمية",
    ),
    (
        "قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن أكثر من مليون شخص نزحوا في القطاع.",
        [("displaced", "people", 1000001, None, "more_than")],
        "الأمم المتحدة",
    ),
    # --- figures with other roles, survivors, ordinals, weekdays ---
    (
        "أطلق مسلحون النار على حافلة تقل 30 راكبا فقتلوا 4 منهم.",
        [("killed", "people", 4, 4, "exact")],
        None,
    ),
    (
        "استشهد ٣ صحفيين في غارة استهدفت سيارتهم في الجنوب.",
        [("killed", None, 3, 3, "exact")],
        None,
    ),
    (
        "ارتفع عدد الشهداء في القطاع إلى ٣٥٠٣٤ شهيدا و٧٨٧٥٥ مصابا.",
        [("killed", "people", 35034, 35034, "exact"), ("injured", "people", 78755, 78755, "exact")],
        None,
    ),
    (
        "قتلت امرأة وأصيب طفلاها في قصف على قرية في ريف حماة.",
        [("killed", "women", 1, 1, "exact"), ("injured", "children", 2, 2, "exact")],
        None,
    ),
    (
        "أصيب 4 من عناصر الدفاع المدني أثناء عملهم في إخماد الحريق.",
        [("injured", None, 4, 4, "exact")],
        None,
    ),
    (
        "وحسب الدفاع المدني السوري، قُتل 9 أشخاص بينهم امرأتان.",
        [("killed", "people", 9, 9, "exact"), ("killed", "women", 2, 2, "exact")],
        "الدفاع المدني",
    ),
    (
        "نجا 7 أشخاص من الغرق بعد أن قضى 12 آخرون.",
        [("killed", "people", 12, 12, "exact")],
        None,
    ),
    (
        "تُوفي مواطن متأثرا بجروح أصيب بها قبل أسبوعين.",
        [("killed", "people", 1, 1, "exact")],
        None,
    ),
    (
        "قُتل يوم الثلاثاء خمسة أشخاص وأصيب أحد عشر آخرون في قصف على حي سكني.",
        [("killed", "people", 5, 5, "exact"), ("injured", "people", 11, 11, "exact")],
        None,
    ),
    (
        "استشهد فلسطينيان اثنان برصاص المستوطنين في قرية قرب رام الله.",
        [("killed", "people", 2, 2, "exact")],
        None,
    ),
    (
        "لقي 23 شخصا حتفهم في انهيار مبنى سكني من 5 طوابق.",
        [("killed", "people", 23, 23, "exact")],
        None,
    ),
    (
        "قال الجيش إنه قتل 40 مسلحا خلال عمليته في الشمال.",
        [("killed", "combatants", 40, 40, "exact")],
        "الجيش",
    ),
    (
        "أصيب شرطيان في الهجوم الذي وقع يوم الخميس الماضي.",
        [("injured", None, 2, 2, "exact")],
        None,
    ),
    (
        "وصلت حصيلة القتلى إلى 8 أشخاص بينهم طفل.",
        [("killed", "people", 8, 8, "exact"), ("killed", "children", 1, 1, "exact")],
        None,
    ),
    (
        "وفي حادثة ثانية، أصيب شاب برصاص قوات الاحتلال قرب الحاجز.",
        [("injured", None, 1, 1, "exact")],
        None,
    ),
    (
        "واستشهد في القصف شابان، الشهيد الأول هو سامر عادل والشهيد الثاني هو نبيل حسن.",
        [("killed", None, 2, 2, "exact")],
        None,
    ),
    (
        "استشهد شاب (22 عاما) برصاص الاحتلال قرب حاجز عسكري يوم الجمعة.",
        [("killed", None, 1, 1, "exact")],
        None,
    ),
    # --- counts joined before their shared verb ("X and Y were killed") ---
    (
        "قال المسؤول المحلي إن ثلاثة رجال وامرأتين قتلوا في الهجوم على السوق.",
        [("killed", "men", 3, 3, "exact"), ("killed", "women", 2, 2, "exact")],
        "المسؤول المحلي",
    ),
    (
        "أفادت مصادر طبية بأن 5 أطفال وسيدتين من عائلة واحدة أصيبوا في القصف.",
        [("injured", "children", 5, 5, "exact"), ("injured", "women", 2, 2, "exact")],
        "مصادر طبية",
    ),
    (
        "وقال مدير المستشفى إن أربع نساء وسبعة أطفال من أسرة واحدة قتلوا فجر اليوم.",
        [("killed", "women", 4, 4, "exact"), ("killed", "children", 7, 7, "exact")],
        "مدير المستشفى",
    ),
    (
        "قتل طفلان وأصيب آخر بجروح طفيفة في انفجار قنبلة عنقودية.",
        [("killed", "children", 2, 2, "exact"), ("injured", "children", 1, 1, "exact")],
        None,
    ),
    (
        "استشهد ثلاثة مواطنين وأصيب رابع برصاص قناص على أطراف المدينة.",
        [("killed", "people", 3, 3, "exact"), ("injured", "people", 1, 1, "exact")],
        None,
    ),
    (
        "أصيب أمس شاب برصاص الاحتلال قرب بلدة في شمال الضفة.",
        [("injured", None, 1, 1, "exact")],
        None,
    ),
    (
        "وأحصت الشبكة السورية لحقوق الإنسان مقتل 61 مدنيا خلال الشهر الماضي.",
        [("killed", "civilians", 61, 61, "exact")],
        "الشبكة السورية",
    ),
    (
        "وبحسب حصيلة غير رسمية، لقي 9 أشخاص حتفهم في الاشتباكات.",
        [("killed", "people", 9, 9, "exact")],
        "?",
    ),
    (
        "قال الدفاع المدني إن 3 أشخاص ما زالوا مفقودين تحت ركام المبنى المنهار.",
        [("missing", "people", 3, 3, "exact")],
        "الدفاع المدني",
    ),
    (
        "وأصيب 14 مدنيا و6 فقدوا في الغارات على القرى الحدودية.",
        [("injured", "civilians", 14, 14, "exact"), ("missing", "civilians", 6, 6, "exact")],
        None,
    ),
    # --- a woman and her children inside a count ---
    pytest.param(
        "قتل 8 مدنيين، بينهم سيدة وأطفالها الثلاثة، في قصف على بلدة في ريف إدلب.",
        [
            ("killed", "civilians", 8, 8, "exact"),
            ("killed", "women", 1, 1, "exact"),
            ("killed", "children", 3, 3, "exact"),
        ],
        None,
    ),
    pytest.param(
        "استشهد 10 فلسطينيين بينهم امرأة وأطفالها الأربعة في غارة على منزل العائلة.",
        [
            ("killed", "people", 10, 10, "exact"),
            ("killed", "women", 1, 1, "exact"),
            ("killed", "children", 4, 4, "exact"),
        ],
        None,
    ),
    (
        "وثق المرصد مقتل 5 أشخاص بينهم امرأة وطفلاها في قصف على المدينة.",
        [
            ("killed", "people", 5, 5, "exact"),
            ("killed", "women", 1, 1, "exact"),
            ("killed", "children", 2, 2, "exact"),
        ],
        "المرصد",
    ),
    ("أدى قصف على حي في أم درمان إلى مقتل 4 أشخاص.", [("killed", "people", 4, 4, "exact")], None),
    (
        "قتل 6 مدنيين بينهم امرأة وأطفال ثلاثة في القصف على السوق.",
        [
            ("killed", "civilians", 6, 6, "exact"),
            ("killed", "women", 1, 1, "exact"),
            ("killed", "children", 3, 3, "exact"),
        ],
        None,
    ),
    (
        "استشهد أطفال أربعة وأصيب آخرون في غارة على مدرسة.",
        [("killed", "children", 4, 4, "exact")],
        None,
    ),
    ("قصفت الطائرات قرى ثلاثا في ريف حماة الشمالي.", [], None),
    # --- headlines ---
    (
        "غزة: 12 شهيدا في غارات إسرائيلية منذ فجر اليوم",
        [("killed", "people", 12, 12, "exact")],
        None,
    ),
    (
        "مقتل 7 مدنيين بقصف على ريف إدلب",
        [("killed", "civilians", 7, 7, "exact")],
        None,
    ),
    (
        "الاحتلال يقتل طفلين في الضفة الغربية",
        [("killed", "children", 2, 2, "exact")],
        None,
    ),
    # --- numbers that are no casualty figure ---
    ("أطلقت الفصائل 15 صاروخا باتجاه المستوطنات مساء الأربعاء.", [], None),
    ("وقع الانفجار عند الساعة 10:30 صباحا على بعد 3 كيلومترات من الحدود.", [], None),
    ("دمّرت الغارات 45 منزلا و3 مساجد في البلدة.", [], None),
    ("ولد الضحية عام 1998 وكان يعمل في محل للخضار منذ 5 سنوات.", [], None),
    ("يعيش في المخيم نحو 80 ألف شخص في ظروف إنسانية صعبة.", [], None),
    ("اعتقلت القوات 25 شخصا خلال حملة مداهمات في البلدة.", [], None),
    ("سقطت 3 صواريخ في منطقة مفتوحة قرب البلدة يوم السبت.", [], None),
    ("شارك نحو 5 آلاف شخص في تشييع جثامين الشهداء.", [], None),
    ("بلغ عدد سكان المدينة قرابة 400 ألف نسمة قبل الحرب.", [], None),
    ("يبلغ طول الجدار 12 كيلومترا وارتفاعه 8 أمتار.", [], None),
    ("قدّمت المنظمة مساعدات بقيمة 3 ملايين دولار لـ 1500 أسرة.", [], None),
    ("وفي عام 2014، شنت إسرائيل حربا استمرت 51 يوما على القطاع.", [], None),
    ("قالت وزارة الصحة إن 70 في المئة من الضحايا من النساء والأطفال.", [], None),
    ("استهدفت الطائرات المسيرة 4 سيارات على الطريق الساحلي.", [], None),
    ("وأشار البيان إلى أن 3 آلاف عائلة نزحت من المدينة.", [], None),
    ("وهذه هي المرة الثالثة التي يُستهدف فيها المستشفى خلال أسبوع.", [], None),
    ("عقد مجلس الأمن جلسته الثانية يوم الاثنين لبحث الأوضاع في القطاع.", [], None),
    ("قالت مصادر محلية إن الجيش نشر 200 جندي و30 دبابة على أطراف المدينة.", [], None),
    ("أفرجت السلطات عن 39 معتقلا يوم الأحد ضمن صفقة التبادل.", [], None),
    ("تضم المدرسة 1.200 طالب وطالبة في 24 فصلا دراسيا.", [], None),
]


# the cases read as labelled (no expected failure), whose speakers are checked
_PLAIN: list[tuple[str, list[Reading], str | None]] = [c for c in CASES if type(c) is tuple]


def _claims(text: str) -> list[Reading]:
    return [
        (c.measure, c.who, c.low, c.high, c.qualifier)
        for c in extract_claims(text, "ar")
        if c.is_casualty
    ]


def _same(got: list[Reading], expected: list[Reading]) -> bool:
    left = list(got)
    for measure, who, low, high, qualifier in expected:
        for i, (g_measure, g_who, g_low, g_high, g_qualifier) in enumerate(left):
            if (g_measure, g_low, g_high, g_qualifier) == (measure, low, high, qualifier) and (
                who is None or who == g_who
            ):
                del left[i]
                break
        else:
            return False
    return not left


@pytest.mark.parametrize(("text", "expected", "speaker"), CASES)
def test_arabic_labeller_readings(text: str, expected: list[Reading], speaker: str | None) -> None:
    got = _claims(text)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    ("text", "speaker"), [(text, speaker) for text, expected, speaker in _PLAIN if expected]
)
def test_arabic_labeller_speakers(text: str, speaker: str | None) -> None:
    speakers = [c.speaker for c in extract_claims(text, "ar") if c.is_casualty]
    if speaker == "?":
        return
    if speaker is None:
        assert all(not s for s in speakers), speakers
    else:
        assert speakers and all(s and speaker in s for s in speakers), speakers


@pytest.mark.parametrize(
    "text",
    [
        "قتل 5 مدنيين هم امرأة وأربعة من أطفالها في القصف.",
        "استشهد 6 أشخاص هم رجل وخمسة من أبنائه.",
    ],
)
def test_a_member_after_and_is_no_count_of_the_noun_before(text: str) -> None:
    """ "امرأة وأربعة من أطفالها" (a woman and four of her children): the four are no women."""
    assert not [
        c
        for c in extract_claims(text, "ar")
        if c.is_casualty and c.low in (4, 5) and c.who in ("women", "men")
    ]
