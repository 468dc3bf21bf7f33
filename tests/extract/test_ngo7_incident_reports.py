"""Incident reports written by us in Arabic, German and Spanish: flash updates, monitoring-group
incident sheets, human-rights and inquiry reports, field investigations, with victim lists,
per-family and per-place counts, totals and subtotals, per-day bullets, cumulative figures,
first-person testimony, hedged figures, bodies recovered over days, and paragraph, section and
footnote numbers. Every claim is labelled by ``shared/eval/CONVENTIONS.md``; names and places
are invented.

Each labelled claim is one case (``who`` ``None``: only measure and figures are checked), and
each document's distractors (numbers that are no casualty claim) are one case: no casualty
claim that matches no label may cover them.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Label = tuple[str, str | None, int | None, int | None, str]

DOCS: list[tuple[str, str, str, list[Label], list[str]]] = [
    # ---------------- Arabic ----------------
    (
        "ar-flash",
        "ar",
        "تحديث عاجل رقم 14 – الوضع الإنساني في المحافظة الشرقية\n"
        "1. قُتل ما لا يقل عن 23 مدنيا، بينهم 9 أطفال و4 نساء، في سلسلة غارات جوية استهدفت ثلاث قرى يومي 3 و4 آذار/مارس.[3]\n"
        "2. وأصيب 41 شخصا آخرون بجروح، نُقل 17 منهم إلى مستشفى المدينة المركزي.\n"
        "3. ووفقا لمديرية الصحة، قُتل 7 أشخاص في قرية الصفا و11 في قرية الرابية و5 في قرية العين.\n"
        "4. ونزح أكثر من 6000 شخص من القرى الثلاث باتجاه مراكز الإيواء في المدينة.\n"
        "5. وبذلك يرتفع عدد القتلى المدنيين منذ بداية التصعيد في 12 شباط/فبراير إلى 186 قتيلا على الأقل.\n"
        "6. ولا يزال 6 أشخاص في عداد المفقودين، ويُعتقد أنهم تحت الأنقاض.\n"
        "7. وتضرر 14 منزلا و2 مدرسة بشكل كامل.\n"
        "8. وتحتاج الوكالات الإنسانية إلى 4.5 مليون دولار لتلبية الاحتياجات العاجلة خلال الأيام الثلاثين المقبلة.",
        [
            ("killed", "civilians", 23, None, "at_least"),
            ("killed", "children", 9, 9, "exact"),
            ("killed", "women", 4, 4, "exact"),
            ("injured", "people", 41, 41, "exact"),
            ("killed", "people", 7, 7, "exact"),
            ("killed", "people", 11, 11, "exact"),
            ("killed", "people", 5, 5, "exact"),
            ("displaced", "people", 6001, None, "more_than"),
            ("killed", "civilians", 186, None, "at_least"),
            ("missing", "people", 6, 6, "exact"),
        ],
        ["رقم 14", "[3]", "3 و4 آذار", "17 منهم", "12 شباط", "14 منزلا", "2 مدرسة", "4.5 مليون"],
    ),
    (
        "ar-families",
        "ar",
        "تقرير توثيقي: القصف على حي الزيتون\n"
        "وثّق فريق الرصد الميداني مقتل 15 مدنيا من ثلاث عائلات في القصف المدفعي الذي استهدف الحي فجر يوم 9 أيار/مايو 2025.\n"
        "عائلة الحسن: قُتل 6 من أفرادها، هم الأب والأم وأربعة أطفال.\n"
        "عائلة العلي: قُتل 5 أفراد، بينهم 3 أطفال.\n"
        "عائلة السعيد: قُتل 4 أفراد، وأصيب اثنان آخران.\n"
        "وفيما يلي أسماء الضحايا الذين تمكن الفريق من التحقق منهم:\n"
        "1- محمود الحسن، 45 عاما\n"
        "2- سعاد الحسن، 38 عاما\n"
        "3- ليلى الحسن، 12 عاما\n"
        "4- خالد العلي، 61 عاما\n"
        "5- رامي السعيد، 27 عاما\n"
        'وأفاد شاهد عيان للفريق: "فقدت أخي وولديه في القصف".\n'
        "ويقدّر الفريق أن عدد القتلى الفعلي يتراوح بين 15 و18 شخصا، إذ لم يتسنَّ التحقق من بقية الحالات.",
        [
            ("killed", "civilians", 15, 15, "exact"),
            ("killed", "other", 6, 6, "exact"),
            ("killed", "children", 4, 4, "exact"),
            ("killed", "other", 5, 5, "exact"),
            ("killed", "children", 3, 3, "exact"),
            ("killed", "other", 4, 4, "exact"),
            ("injured", None, 2, 2, "exact"),
            ("killed", "other", 2, 2, "exact"),
            ("killed", "people", 15, 18, "range"),
        ],
        ["9 أيار/مايو 2025", "45 عاما", "38 عاما", "12 عاما", "61 عاما", "27 عاما", "1-", "2-"],
    ),
    (
        "ar-inquiry",
        "ar",
        "45. خلصت اللجنة إلى أن الهجوم على سوق المدينة في 17 تموز/يوليو أسفر عن مقتل 32 شخصا على الأقل وإصابة أكثر من 90 آخرين.[112]\n"
        "46. ومن بين القتلى 11 طفلا و8 نساء، وفقا لسجلات المستشفى التي اطلعت عليها اللجنة.[113]\n"
        "47. وأبلغت السلطات المحلية اللجنة بأن العدد الإجمالي للضحايا بلغ 40 قتيلا، غير أن اللجنة لم تتمكن من التحقق من هذا الرقم.\n"
        "48. وأجرت اللجنة مقابلات مع 26 شاهدا وناجيا، وراجعت 140 صورة ومقطع فيديو.\n"
        '49. وقال أحد الناجين للجنة: "رأيت ما لا يقل عن عشر جثث ملقاة عند مدخل السوق".\n'
        "50. واستخدمت في الهجوم 3 صواريخ على الأقل، سقط أحدها على بعد 200 متر من مدرسة.\n"
        "51. وفي حادثة منفصلة في 2 آب/أغسطس، قُتل رجلان وأصيب طفل في قصف على حي الميدان.[114]",
        [
            ("killed", "people", 32, None, "at_least"),
            ("injured", "people", 91, None, "more_than"),
            ("killed", "children", 11, 11, "exact"),
            ("killed", "women", 8, 8, "exact"),
            ("killed", "people", 40, 40, "exact"),
            ("bodies_recovered", "people", 10, None, "at_least"),
            ("killed", "men", 2, 2, "exact"),
            ("injured", "children", 1, 1, "exact"),
        ],
        [
            "45.",
            "17 تموز",
            "[112]",
            "[113]",
            "26 شاهدا",
            "140 صورة",
            "3 صواريخ",
            "200 متر",
            "2 آب",
            "[114]",
        ],
    ),
    (
        "ar-weekly",
        "ar",
        "الشبكة المحلية لرصد الانتهاكات – الحصيلة الأسبوعية\n"
        "- الأحد 4 أيار: مقتل 3 مدنيين، بينهم طفل، برصاص قناص في حي الشهداء.\n"
        "- الاثنين 5 أيار: مقتل مدنيين اثنين وإصابة 6 بجروح في قصف صاروخي على بلدة المزرعة.\n"
        "- الثلاثاء 6 أيار: انتشال جثث 4 أشخاص من تحت أنقاض مبنى مدمر منذ الأسبوع الماضي.\n"
        "- الأربعاء 7 أيار: انتشال جثتين إضافيتين من الموقع نفسه، ليرتفع عدد الجثث المنتشلة إلى 6.\n"
        "- الخميس 8 أيار: لم تسجل الشبكة سقوط أي قتلى في صفوف المدنيين.\n"
        "وبذلك يبلغ مجموع الضحايا المدنيين خلال الأسبوع 11 قتيلا و6 جرحى.\n"
        "ومنذ بداية العام، وثّقت الشبكة مقتل 412 مدنيا، بينهم 97 طفلا و53 امرأة.\n"
        "كما وثّقت الشبكة اختفاء 28 شخصا قسريا منذ كانون الثاني/يناير.",
        [
            ("killed", "civilians", 3, 3, "exact"),
            ("killed", "children", 1, 1, "exact"),
            ("killed", "civilians", 2, 2, "exact"),
            ("injured", None, 6, 6, "exact"),
            ("bodies_recovered", "people", 4, 4, "exact"),
            ("bodies_recovered", None, 2, 2, "exact"),
            ("bodies_recovered", None, 6, 6, "exact"),
            ("killed", "civilians", 0, 0, "exact"),
            ("killed", "civilians", 11, 11, "exact"),
            ("injured", "civilians", 6, 6, "exact"),
            ("killed", "civilians", 412, 412, "exact"),
            ("killed", "children", 97, 97, "exact"),
            ("killed", "women", 53, 53, "exact"),
            ("missing", "people", 28, 28, "exact"),
        ],
        ["4 أيار", "5 أيار", "6 أيار", "7 أيار", "8 أيار"],
    ),
    (
        "ar-field",
        "ar",
        "خلاصة التحقيق الميداني في الغارة على مدرسة الإيواء\n"
        "زار باحثو المنظمة الموقع في 21 تشرين الأول/أكتوبر، أي بعد يومين من الغارة، وقابلوا 9 من الناجين والأقارب.\n"
        'وقال رجل في الثانية والخمسين من عمره: "كنا نحو 300 شخص في المدرسة. قُتل ابني وابنتاي أمام عيني".\n'
        'وقالت امرأة أخرى: "خسرت خمسة من أفراد عائلتي في لحظة واحدة".\n'
        "وتشير المعلومات التي جمعتها المنظمة إلى مقتل ما بين 12 و15 شخصا، معظمهم من النساء والأطفال.\n"
        "وأكد مسعف في الهلال الأحمر أن فرقه نقلت 27 مصابا إلى المستشفيات، توفي اثنان منهم لاحقا متأثرين بجراحهم.\n"
        "وقالت وزارة الصحة إن عدد القتلى لا يقل عن 14، بينهم 6 أطفال.\n"
        "ولم تعثر المنظمة على أي دليل على وجود أهداف عسكرية داخل المدرسة أو في محيط قطره 500 متر.",
        [
            ("killed", "other", 2, 2, "exact"),
            ("killed", "other", 5, 5, "exact"),
            ("killed", "people", 12, 15, "range"),
            ("injured", "people", 27, 27, "exact"),
            ("killed", None, 2, 2, "exact"),
            ("killed", "people", 14, None, "at_least"),
            ("killed", "children", 6, 6, "exact"),
        ],
        ["21 تشرين", "يومين", "9 من الناجين", "نحو 300 شخص", "500 متر"],
    ),
    (
        "ar-recovery",
        "ar",
        "بيان صادر عن فرق الدفاع المدني بشأن عمليات الانتشال في بلدة الوادي\n"
        "اليوم الأول: انتشلت الفرق 8 جثث من تحت أنقاض المبنى السكني المؤلف من خمسة طوابق.\n"
        "اليوم الثاني: انتُشلت 5 جثث أخرى، بينها جثتا طفلين.\n"
        "اليوم الثالث: عُثر على 3 جثث، ليصل العدد الإجمالي إلى 16 جثة.\n"
        "وأنقذت الفرق 11 شخصا أحياء من تحت الأنقاض خلال الأيام الثلاثة.\n"
        "ولا يزال ما بين 4 و6 أشخاص مفقودين، بحسب شهادات الجيران.\n"
        "وشارك في العمليات 60 متطوعا و7 آليات ثقيلة.\n"
        "وبذلك يرتفع عدد قتلى القصف على البلدة منذ مطلع الشهر إلى 37 قتيلا، وفق سجلات الفرق.",
        [
            ("bodies_recovered", "people", 8, 8, "exact"),
            ("bodies_recovered", None, 5, 5, "exact"),
            ("bodies_recovered", "children", 2, 2, "exact"),
            ("bodies_recovered", None, 3, 3, "exact"),
            ("bodies_recovered", None, 16, 16, "exact"),
            ("missing", "people", 4, 6, "range"),
            ("killed", "people", 37, 37, "exact"),
        ],
        ["خمسة طوابق", "11 شخصا أحياء", "60 متطوعا", "7 آليات"],
    ),
    # ---------------- German ----------------
    (
        "de-hrm",
        "de",
        "Bericht der Beobachtungsmission, Abschnitt IV: Angriffe auf Wohngebiete\n"
        "Rn. 62 Zwischen dem 1. Februar und dem 31. März dokumentierte die Mission den Tod von 214 Zivilisten, darunter 38 Kinder und 51 Frauen.[14]\n"
        "Rn. 63 Weitere 587 Zivilisten wurden verletzt, davon 102 Kinder.\n"
        "Rn. 64 Die tatsächlichen Zahlen dürften deutlich höher liegen, da Berichte aus mehreren Orten noch überprüft werden.\n"
        "Rn. 65 Allein beim Beschuss des Marktes in der Stadt am 14. März wurden mindestens 19 Menschen getötet und 46 verletzt (Fn. 15).\n"
        "Rn. 66 Der Großteil der zivilen Opfer (rund 80 Prozent) wurde durch Explosivwaffen mit großflächiger Wirkung verursacht.\n"
        "Rn. 67 Die Mission führte 143 Interviews mit Opfern und Zeugen und besuchte 12 Angriffsorte.\n"
        "Rn. 68 Seit Beginn der Eskalation im Oktober des Vorjahres hat die Mission insgesamt mehr als 1.200 getötete Zivilisten registriert.",
        [
            ("killed", "civilians", 214, 214, "exact"),
            ("killed", "children", 38, 38, "exact"),
            ("killed", "women", 51, 51, "exact"),
            ("injured", "civilians", 587, 587, "exact"),
            ("injured", "children", 102, 102, "exact"),
            ("killed", "people", 19, None, "at_least"),
            ("injured", "people", 46, 46, "exact"),
            ("killed", "civilians", 1201, None, "more_than"),
        ],
        [
            "Rn. 62",
            "1. Februar",
            "31. März",
            "[14]",
            "14. März",
            "Fn. 15",
            "80 Prozent",
            "143 Interviews",
            "12 Angriffsorte",
        ],
    ),
    (
        "de-flash",
        "de",
        "Humanitäres Lageupdate Nr. 27 (Stand: 12. Juni, 18:00 Uhr)\n"
        "• Bei Luftangriffen auf den Bezirk wurden seit dem Morgen 17 Menschen getötet: 9 in Nordstadt, 5 in Altheim und 3 in Kleinfeld.\n"
        "• Unter den Toten sind nach Angaben des örtlichen Krankenhauses 6 Kinder.\n"
        "• Mindestens 48 Menschen wurden verletzt, einige von ihnen schwer.\n"
        "• Rund 3.500 Menschen sind seit Montag aus den betroffenen Vierteln geflohen.\n"
        "• Zwei Gesundheitseinrichtungen wurden beschädigt; ein Rettungswagen wurde zerstört, dabei kam ein Sanitäter ums Leben.\n"
        "• Nach UN-Angaben werden noch 4 bis 7 Personen vermisst.\n"
        "• Die Wasserversorgung für etwa 20.000 Einwohner ist unterbrochen.",
        [
            ("killed", "people", 17, 17, "exact"),
            ("killed", "people", 9, 9, "exact"),
            ("killed", "people", 5, 5, "exact"),
            ("killed", "people", 3, 3, "exact"),
            ("killed", "children", 6, 6, "exact"),
            ("injured", "people", 48, None, "at_least"),
            ("displaced", "people", 3500, 3500, "about"),
            ("killed", None, 1, 1, "exact"),
            ("missing", "people", 4, 7, "range"),
        ],
        ["Nr. 27", "12. Juni", "18:00", "Zwei Gesundheitseinrichtungen", "20.000 Einwohner"],
    ),
    (
        "de-list",
        "de",
        "Anlage 2: Liste der bei dem Angriff auf das Dorf am 3. September getöteten Personen\n"
        "Die Kommission konnte die Identität von 8 der insgesamt 11 Getöteten feststellen:\n"
        "1. A. K., männlich, 34 Jahre, getötet\n"
        "2. M. K., weiblich, 29 Jahre, getötet\n"
        "3. S. K., männlich, 7 Jahre, getötet\n"
        "4. R. H., männlich, 56 Jahre, getötet\n"
        "5. L. H., weiblich, 15 Jahre, getötet\n"
        "6. T. B., männlich, 41 Jahre, getötet\n"
        "7. F. B., männlich, 19 Jahre, getötet\n"
        "8. N. B., weiblich, 3 Jahre, getötet\n"
        "Darüber hinaus wurden 3 bislang nicht identifizierte Leichen im Krankenhaus registriert.\n"
        "Von den 11 Getöteten waren 4 Kinder unter 18 Jahren.\n"
        "Weitere 9 Personen erlitten Verletzungen.",
        [
            ("killed", "people", 11, 11, "exact"),
            ("killed", "other", 8, 8, "exact"),
            ("bodies_recovered", None, 3, 3, "exact"),
            ("killed", "children", 4, 4, "exact"),
            ("injured", "people", 9, 9, "exact"),
        ],
        [
            "Anlage 2",
            "3. September",
            "1. A",
            "34 Jahre",
            "29 Jahre",
            "7 Jahre",
            "56 Jahre",
            "15 Jahre",
            "41 Jahre",
            "19 Jahre",
            "3 Jahre",
            "unter 18 Jahren",
        ],
    ),
    (
        "de-witness",
        "de",
        "Feldbericht: Angriff auf den Flüchtlingskonvoi bei Westtal\n"
        "Unser Team sprach zwischen dem 5. und 9. November mit 17 Überlebenden.\n"
        "Eine 38-jährige Frau berichtete: „Mein Mann und unsere beiden Töchter wurden vor meinen Augen getötet. Ich selbst wurde am Arm verletzt.“\n"
        "Ein Fahrer des Konvois sagte: „In meinem Lastwagen saßen 22 Menschen. Nur sechs von ihnen haben überlebt.“\n"
        "Ein anderer Zeuge gab an, er habe nach dem Angriff zwischen 30 und 40 Leichen am Straßenrand gezählt.\n"
        "Die örtliche Verwaltung spricht von 41 Toten und mehr als 60 Verletzten.\n"
        "Nach unseren Recherchen wurden mindestens 35 Menschen getötet, darunter nicht weniger als 12 Kinder.\n"
        "Der Konvoi bestand aus etwa 40 Fahrzeugen und war rund 3 Kilometer lang.",
        [
            ("killed", "other", 2, 2, "exact"),
            ("bodies_recovered", "people", 30, 40, "range"),
            ("killed", "people", 41, 41, "exact"),
            ("injured", "people", 61, None, "more_than"),
            ("killed", "people", 35, None, "at_least"),
            ("killed", "children", 12, None, "at_least"),
        ],
        [
            "5. und 9. November",
            "17 Überlebenden",
            "38-jährige",
            "22 Menschen",
            "sechs",
            "40 Fahrzeugen",
            "3 Kilometer",
        ],
    ),
    (
        "de-sheet",
        "de",
        "Vorfallsblatt 2025/118 – Beobachtungsgruppe Ost\n"
        "Datum: 22.08.2025 | Ort: Grenzdorf, Kreis Süd | Kategorie: Artilleriebeschuss\n"
        "Zusammenfassung: Gegen 06:40 Uhr schlugen etwa 15 Granaten im Ortszentrum ein.\n"
        "Opfer: 2 Zivilisten getötet (1 Mann, 1 Frau), 5 Zivilisten verletzt, darunter 1 Kind.\n"
        "Sachschaden: 7 Wohnhäuser beschädigt, 1 Schule zerstört.\n"
        "Quelle: Gemeindeverwaltung, Krankenhaus des Kreises; Angaben von der Gruppe vor Ort bestätigt.\n"
        "Kumuliert: Seit dem 1. Januar 2025 verzeichnete die Gruppe im Kreis Süd 63 getötete und 214 verletzte Zivilisten.\n"
        "Anmerkung: Nach unbestätigten Berichten soll es bei einem weiteren Vorfall am selben Abend bis zu 4 Tote gegeben haben.",
        [
            ("killed", "civilians", 2, 2, "exact"),
            ("killed", "men", 1, 1, "exact"),
            ("killed", "women", 1, 1, "exact"),
            ("injured", "civilians", 5, 5, "exact"),
            ("injured", "children", 1, 1, "exact"),
            ("killed", "civilians", 63, 63, "exact"),
            ("injured", "civilians", 214, 214, "exact"),
            ("killed", "people", None, 4, "up_to"),
        ],
        [
            "2025/118",
            "22.08.2025",
            "06:40",
            "15 Granaten",
            "7 Wohnhäuser",
            "1 Schule",
            "1. Januar 2025",
        ],
    ),
    (
        "de-exhumation",
        "de",
        "Zwischenbericht zur Exhumierung im Waldstück bei Hohenlinden\n"
        "Am ersten Tag der Exhumierung bargen die Forensiker die sterblichen Überreste von 12 Personen.\n"
        "Am zweiten Tag kamen 9 weitere hinzu, am dritten Tag 6, sodass bislang 27 Leichen geborgen wurden.\n"
        "Die meisten Toten wiesen Schussverletzungen am Kopf auf.\n"
        "Die Ermittler schätzen, dass in dem Grab insgesamt bis zu 40 Menschen verscharrt wurden.\n"
        "Nach Angaben von Angehörigen werden aus dem Dorf seit dem Frühjahr 2024 noch 33 Männer vermisst.\n"
        "Bisher wurden 14 der Geborgenen identifiziert, darunter 3 Frauen.\n"
        "Das Grab ist etwa 25 Meter lang und 4 Meter breit.",
        [
            ("bodies_recovered", "people", 12, 12, "exact"),
            ("bodies_recovered", None, 9, 9, "exact"),
            ("bodies_recovered", None, 6, 6, "exact"),
            ("bodies_recovered", "people", 27, 27, "exact"),
            ("bodies_recovered", "people", None, 40, "up_to"),
            ("missing", "men", 33, 33, "exact"),
            ("bodies_recovered", "other", 14, 14, "exact"),
            ("bodies_recovered", "women", 3, 3, "exact"),
        ],
        ["2024", "25 Meter", "4 Meter"],
    ),
    # ---------------- Spanish ----------------
    (
        "es-hr",
        "es",
        "Informe de la Oficina sobre la situación de derechos humanos, capítulo III\n"
        "párr. 31. Entre enero y junio, la Oficina documentó 87 homicidios de defensores de derechos humanos y líderes sociales.[9]\n"
        "párr. 32. De ellos, 14 eran mujeres y 23 pertenecían a pueblos indígenas.\n"
        "párr. 33. En el departamento del Norte se registraron 5 masacres, con un total de 21 víctimas mortales, entre ellas 4 menores de edad.[10]\n"
        "párr. 34. Al menos 2.300 personas fueron desplazadas forzosamente tras los enfrentamientos entre grupos armados en marzo.\n"
        "párr. 35. Según la Defensoría, entre 40 y 50 personas continúan desaparecidas en la zona.",
        [
            ("killed", "other", 87, 87, "exact"),
            ("killed", "women", 14, 14, "exact"),
            ("killed", None, 23, 23, "exact"),
            ("killed", "people", 21, 21, "exact"),
            ("killed", "children", 4, 4, "exact"),
            ("displaced", "people", 2300, None, "at_least"),
            ("missing", "people", 40, 50, "range"),
        ],
        ["párr. 31", "[9]", "5 masacres", "[10]", "párr. 35"],
    ),
    (
        "es-flash",
        "es",
        "Actualización de emergencia n.º 5 – Ataques en la región fronteriza (al 18 de octubre de 2025)\n"
        "• Desde el 10 de octubre han muerto al menos 64 civiles en la región, según autoridades locales. Otros 158 civiles han resultado heridos.\n"
        "• Solo el 16 de octubre murieron 22 personas: 12 en San Isidro, 6 en La Vega y 4 en El Carmen.\n"
        "• Entre las víctimas mortales hay 9 niños y 7 mujeres.\n"
        "• Unas 12.000 personas han huido de sus hogares; 4.300 de ellas se alojan en 15 albergues temporales.\n"
        "• Tres trabajadores humanitarios resultaron heridos cuando su vehículo fue alcanzado por disparos.\n"
        "• Se necesitan 8 millones de dólares para responder a las necesidades inmediatas de 45.000 personas.",
        [
            ("killed", "civilians", 64, None, "at_least"),
            ("injured", "civilians", 158, 158, "exact"),
            ("killed", "people", 22, 22, "exact"),
            ("killed", "people", 12, 12, "exact"),
            ("killed", "people", 6, 6, "exact"),
            ("killed", "people", 4, 4, "exact"),
            ("killed", "children", 9, 9, "exact"),
            ("killed", "women", 7, 7, "exact"),
            ("displaced", "people", 12000, 12000, "about"),
            ("injured", "other", 3, 3, "exact"),
        ],
        [
            "n.º 5",
            "18 de octubre de 2025",
            "10 de octubre",
            "16 de octubre",
            "4.300",
            "15 albergues",
            "8 millones",
            "45.000 personas",
        ],
    ),
    (
        "es-sheet",
        "es",
        "Ficha de incidente n.º 2025-047\n"
        "Fecha: 3 de julio de 2025. Lugar: vereda El Roble, municipio de Santa Ana.\n"
        "Hechos: Hacia las 23:00 horas, un grupo de entre 15 y 20 hombres armados irrumpió en una vivienda donde se celebraba una fiesta.\n"
        "Víctimas: 6 personas asesinadas (4 hombres y 2 mujeres), de entre 17 y 45 años; 3 personas heridas, entre ellas un niño de 10 años.\n"
        "Según testigos, los atacantes se llevaron a otras 2 personas, cuyo paradero se desconoce.\n"
        "Fuente: Personería municipal y testimonios de familiares recogidos por el equipo.\n"
        "Contexto: Es la tercera masacre en el municipio en lo que va de año; en las dos anteriores murieron 9 personas en total.",
        [
            ("killed", "people", 6, 6, "exact"),
            ("killed", "men", 4, 4, "exact"),
            ("killed", "women", 2, 2, "exact"),
            ("injured", "people", 3, 3, "exact"),
            ("injured", "children", 1, 1, "exact"),
            ("missing", "people", 2, 2, "exact"),
            ("killed", "people", 9, 9, "exact"),
        ],
        [
            "2025-047",
            "3 de julio de 2025",
            "23:00",
            "entre 15 y 20 hombres armados",
            "entre 17 y 45 años",
            "10 años",
            "dos anteriores",
        ],
    ),
    (
        "es-witness",
        "es",
        "Investigación de campo: el bombardeo del barrio Las Flores\n"
        "Entrevistamos a 14 residentes entre el 2 y el 6 de mayo.\n"
        "«Mi hermano y sus dos hijos murieron cuando la casa se vino abajo», relató una mujer de 47 años.\n"
        "«Sacamos a cinco vecinos de los escombros, pero solo dos seguían con vida», contó un voluntario.\n"
        "Otro testigo afirmó que en su calle murieron no menos de diez personas esa noche.\n"
        "El hospital del barrio atendió a 31 heridos en las primeras horas, según su director.\n"
        "Nuestra organización pudo confirmar la muerte de 18 civiles, entre ellos 5 niños, aunque la cifra podría llegar a 25.\n"
        "Las autoridades locales, por su parte, hablan de «unos 30 muertos».",
        [
            ("killed", "other", 2, 2, "exact"),
            ("killed", "people", 10, None, "at_least"),
            ("injured", "people", 31, 31, "exact"),
            ("killed", "civilians", 18, 18, "exact"),
            ("killed", "children", 5, 5, "exact"),
            ("killed", None, None, 25, "up_to"),
            ("killed", "people", 30, 30, "about"),
        ],
        ["14 residentes", "2 y el 6 de mayo", "47 años", "cinco vecinos", "dos seguían"],
    ),
    (
        "es-graves",
        "es",
        "Comunicado de la Comisión de Búsqueda – balance de la semana\n"
        "El lunes, los equipos forenses recuperaron 7 cuerpos en la fosa clandestina hallada en el predio La Esperanza.\n"
        "El martes se exhumaron otros 4 cuerpos y el miércoles 3 más, con lo que la cifra asciende a 14.\n"
        "Además, se hallaron restos óseos que aún no han podido asociarse a un número determinado de personas.\n"
        "Hasta la fecha se ha identificado a 5 de las víctimas, todas ellas hombres de entre 20 y 35 años.\n"
        "La comisión calcula que en el predio podrían estar enterradas hasta 50 personas.\n"
        "En el estado hay registradas más de 3.000 personas desaparecidas desde 2006.",
        [
            ("bodies_recovered", "people", 7, 7, "exact"),
            ("bodies_recovered", None, 4, 4, "exact"),
            ("bodies_recovered", None, 3, 3, "exact"),
            ("bodies_recovered", None, 14, 14, "exact"),
            ("bodies_recovered", "other", 5, 5, "exact"),
            ("bodies_recovered", "people", None, 50, "up_to"),
            ("missing", "people", 3001, None, "more_than"),
        ],
        ["entre 20 y 35 años", "2006"],
    ),
    (
        "es-truth",
        "es",
        "Capítulo 5. La masacre de Río Claro\n"
        "5.1 La Comisión estableció que entre el 14 y el 16 de febrero de 1998 fueron asesinadas al menos 42 personas en las veredas de Río Claro.\n"
        "5.2 De ellas, 29 eran hombres adultos, 8 mujeres y 5 niñas y niños.\n"
        "5.3 Las cifras oficiales de la época reconocieron únicamente 17 muertos.\n"
        "5.4 Cerca de 900 familias, unas 3.600 personas, se desplazaron a la cabecera municipal en las semanas siguientes.\n"
        "5.5 Un sobreviviente declaró ante la Comisión: «Mataron a mi padre y a mis tres tíos delante de nosotros».\n"
        "5.6 Según la Comisión, ninguno de los responsables ha sido condenado hasta hoy (nota 57).",
        [
            ("killed", "people", 42, None, "at_least"),
            ("killed", "men", 29, 29, "exact"),
            ("killed", "women", 8, 8, "exact"),
            ("killed", "children", 5, 5, "exact"),
            ("killed", "people", 17, 17, "exact"),
            ("displaced", "other", 900, 900, "about"),
            ("displaced", "people", 3600, 3600, "about"),
            ("killed", "other", 3, 3, "exact"),
        ],
        ["Capítulo 5", "5.1", "14 y el 16 de febrero de 1998", "5.2", "nota 57"],
    ),
]

# labelled claims the extractor cannot yet read: (document, index of the label)
_UNREAD: dict[tuple[str, int], str] = {
    ("ar-families", 1): "a family's members read as people, not as a counted group (other)",
    ("ar-families", 3): "a family's members read as people, not as a counted group (other)",
    ("ar-families", 5): "a family's members read as children",
    (
        "ar-families",
        7,
    ): "'I lost my brother and his two sons' (فقدت): losing is not read as killing",
    ("ar-weekly", 7): "zero deaths in 'no deaths among civilians were recorded' not read",
    ("ar-field", 0): "relatives in testimony (ابنتاي) read as people",
    (
        "ar-field",
        1,
    ): "'خسرت خمسة من أفراد عائلتي' is read as killed, but a family's members as people,"
    " not as a counted group (other)",
    ("de-list", 1): "identified victims read as people, not as a counted group (other)",
    ("de-list", 2): "unidentified bodies registered in a hospital not read",
    ("de-witness", 0): "relatives in testimony (unsere beiden Töchter) read as children",
    ("de-sheet", 2): "'(1 Mann, 1 Frau)': the second member takes the first's category",
    ("de-exhumation", 2): "bodies per day with an elided noun ('am dritten Tag 6') not read",
    ("de-exhumation", 6): "identified bodies ('14 der Geborgenen identifiziert') not read",
    ("de-exhumation", 7): "a part of the identified bodies ('darunter 3 Frauen') not read",
    ("es-hr", 0): "homicides of rights defenders read as people, not other",
    ("es-hr", 2): "'23 pertenecían a pueblos indígenas' not read",
    ("es-witness", 0): "relatives in testimony (sus dos hijos) read as children",
    ("es-witness", 5): "'la cifra podría llegar a 25' not read as up to 25",
    ("es-graves", 4): "identified bodies ('se ha identificado a 5 de las víctimas') read as people",
    (
        "es-truth",
        5,
    ): "families displaced beside persons ('900 familias, unas 3.600 personas') not read",
    (
        "es-truth",
        6,
    ): "families displaced beside persons ('900 familias, unas 3.600 personas') not read",
}
# documents with a distractor still read as a casualty claim
_DISTRACTED: dict[str, str] = {
    "ar-flash": "'نُقل 17 منهم إلى مستشفى' (17 of them taken to hospital) read as injured",
    "es-flash": "'4.300 de ellas se alojan en albergues' read as displaced",
}


def _casualties(
    text: str, lang: str
) -> list[tuple[str, str | None, int | None, int | None, str, int, int]]:
    return [
        (c.measure, c.who, c.low, c.high, c.qualifier, c.start, c.end)
        for c in extract_claims(text, lang)
        if c.is_casualty
    ]


def _label_cases() -> list[object]:
    cases = []
    for doc_id, lang, text, labels, _ in DOCS:
        for n, label in enumerate(labels):
            reason = _UNREAD.get((doc_id, n))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(lang, text, label, id=f"{doc_id}-{n}", marks=marks))
    return cases


@pytest.mark.parametrize(("lang", "text", "label"), _label_cases())
def test_labelled_claim_is_read(lang: str, text: str, label: Label) -> None:
    measure, who, low, high, qualifier = label
    got = _casualties(text, lang)
    assert any(
        (g[0], g[2], g[3], g[4]) == (measure, low, high, qualifier) and (who is None or g[1] == who)
        for g in got
    ), got


def _distractor_cases() -> list[object]:
    cases = []
    for doc_id, lang, text, labels, distractors in DOCS:
        reason = _DISTRACTED.get(doc_id)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(lang, text, labels, distractors, id=doc_id, marks=marks))
    return cases


@pytest.mark.parametrize(("lang", "text", "labels", "distractors"), _distractor_cases())
def test_distractors_are_no_claims(
    lang: str, text: str, labels: list[Label], distractors: list[str]
) -> None:
    figures = {(m, lo, hi) for m, _, lo, hi, _ in labels}
    unlabelled = [g for g in _casualties(text, lang) if (g[0], g[2], g[3]) not in figures]
    for distractor in distractors:
        assert distractor in text
        at = text.index(distractor)
        end = at + len(distractor)
        assert not [g for g in unlabelled if g[5] < end and g[6] > at], distractor


# one sentence or two per class fixed, in each language it reaches
CLASS_CASES: list[tuple[str, str, list[Label]]] = [
    # a list of counts per place shares the verb, however long
    (
        "de",
        "Bei dem Beschuss starben 20 Menschen: 8 in Oberdorf, 6 in Unterdorf, 4 in Mittelbach"
        " und 2 in Steinfeld.",
        [
            ("killed", "people", 20, 20, "exact"),
            ("killed", "people", 8, 8, "exact"),
            ("killed", "people", 6, 6, "exact"),
            ("killed", "people", 4, 4, "exact"),
            ("killed", "people", 2, 2, "exact"),
        ],
    ),
    (
        "es",
        "Resultaron heridas 30 personas, 15 en Villanueva, 9 en Los Pinos y 6 en Santa Rita.",
        [
            ("injured", "people", 30, 30, "exact"),
            ("injured", "people", 15, 15, "exact"),
            ("injured", "people", 9, 9, "exact"),
            ("injured", "people", 6, 6, "exact"),
        ],
    ),
    (
        "ar",
        "أصيب 12 شخصا في بلدة النور و8 في بلدة الهدى و3 في بلدة السلام.",
        [
            ("injured", "people", 12, 12, "exact"),
            ("injured", "people", 8, 8, "exact"),
            ("injured", "people", 3, 3, "exact"),
        ],
    ),
    # paragraph and footnote numbers are no counts
    (
        "de",
        "Rn. 12 Die Kommission führte 40 Interviews mit Opfern (Fn. 7).\n"
        "Rn. 13 Dabei wurden 5 Menschen getötet.",
        [("killed", "people", 5, 5, "exact")],
    ),
    (
        "es",
        "párr. 18. Según el informe, 9 personas murieron en el ataque (nota 44).",
        [("killed", "people", 9, 9, "exact")],
    ),
    # a section number at a line start hides no "of them" and counts nothing
    (
        "es",
        "4.1 Murieron 30 personas en el ataque.\n4.2 De ellas, 12 eran mujeres, 10 hombres y"
        " 8 niños.",
        [
            ("killed", "people", 30, 30, "exact"),
            ("killed", "women", 12, 12, "exact"),
            ("killed", "men", 10, 10, "exact"),
            ("killed", "children", 8, 8, "exact"),
        ],
    ),
    # a "victims:" label yields to the figure's own verb
    (
        "de",
        "Opfer: 3 Zivilisten getötet, 7 Zivilisten verletzt.",
        [("killed", "civilians", 3, 3, "exact"), ("injured", "civilians", 7, 7, "exact")],
    ),
    (
        "es",
        "Víctimas: 4 personas asesinadas y 2 heridas.",
        [("killed", "people", 4, 4, "exact"), ("injured", "people", 2, 2, "exact")],
    ),
    # "at least" after a figure stays with it at a line's end
    (
        "ar",
        "1. قتل 25 شخصا على الأقل.\n2. وأصيب 9 أشخاص.",
        [("killed", "people", 25, None, "at_least"), ("injured", "people", 9, 9, "exact")],
    ),
    # bodies over days, "N more" and the running total
    (
        "es",
        "El lunes se recuperaron 6 cuerpos y el martes 2 más, con lo que la cifra asciende a 8.",
        [
            ("bodies_recovered", "people", 6, 6, "exact"),
            ("bodies_recovered", "people", 2, 2, "exact"),
            ("bodies_recovered", "people", 8, 8, "exact"),
        ],
    ),
    (
        "de",
        "Am Montag bargen Helfer 10 Leichen. Am Dienstag kamen 4 weitere hinzu.",
        [
            ("bodies_recovered", "people", 10, 10, "exact"),
            ("bodies_recovered", "people", 4, 4, "exact"),
        ],
    ),
    # whereabouts unknown is missing
    (
        "es",
        "Los hombres armados se llevaron a 3 personas cuyo paradero se desconoce.",
        [("missing", "people", 3, 3, "exact")],
    ),
    (
        "de",
        "Die Bewaffneten verschleppten 4 Menschen, deren Verbleib unbekannt ist.",
        [("missing", "people", 4, 4, "exact")],
    ),
    (
        "ar",
        "خطف المسلحون 5 أشخاص ما زالوا مجهولي المصير.",
        [("missing", "people", 5, 5, "exact")],
    ),
    # the feminine "she died"
    (
        "ar",
        "قضت المعلمة مع أطفالها وعددهم ثلاثة في القصف.",
        [("killed", None, 3, 3, "exact")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "labels"), CLASS_CASES)
def test_class_sentences(lang: str, text: str, labels: list[Label]) -> None:
    got = [g[:5] for g in _casualties(text, lang)]
    left = list(got)
    for measure, who, low, high, qualifier in labels:
        for n, g in enumerate(left):
            if (g[0], g[2], g[3], g[4]) == (measure, low, high, qualifier) and (
                who is None or g[1] == who
            ):
                del left[n]
                break
        else:
            raise AssertionError((measure, who, low, high, qualifier, got))
    assert not left, got
