"""Golden tests for quantities, round 39 of issue 13 (branch q39): error classes pooled over the
development sets blind19-35 (both readers) and pages19-22.

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value, unit, date and span, with the nasty neighbours that must NOT
match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


def _rows(sentence, published=""):
    return [(q["surface"], q["kind"], q["value"], q["date"]) for q in extract_quantities(sentence, published=published)]


# -- 1. a stretch of days before a numeric date (day_ranges.py)
def test_days_dashed_before_a_numeric_date():
    s = "وتقام احتفالات الذكرى الثمانين للثورة يومي 16-17/8/2025 في العاصمة هانوي"
    assert_figure(s, "16-17/8/2025", kind="date", date="2025-08-16/2025-08-17")
    s = "وشهدت البلاد في 19 - 20/8/1945 انتفاضة شعبية واسعة"
    assert_figure(s, "19 - 20/8/1945", kind="date", date="1945-08-19/1945-08-20")


def test_nasty_neighbours_of_dashed_days():
    # the second day earlier than the first: no stretch (the date keeps its own day)
    assert ("16/8/2025", "date", None, "2025-08-16") in _rows("وقال إن المباراة 17-16/8/2025 انتهت")
    # no day 31 in February: no stretch made up
    assert not any(q["kind"] == "date" and "/" in q["date"] for q in extract_quantities("في 30-31/2/2025 فقط"))
    # a plain numeric date stays one day
    assert _rows("وصدر القرار بتاريخ 17/8/2025") == [("17/8/2025", "date", None, "2025-08-17")]


# -- 2. a decade nisba standing as a noun is an age (decade_ages.py; readers split: decided as an age)
def test_decade_nisba_alone_is_an_age():
    assert_figure("أربعيني يطعن جاره بسكين في حي شعبي", "أربعيني", kind="duration", value=40, unit="سنة")
    assert_figure("وأفرجت السلطات عن خمسيني مصري بعد التحقيق معه", "خمسيني", kind="duration", value=50)
    assert_figure("وأعلنت الشرطة القبض على سبعيني بتهمة الاحتيال", "سبعيني", kind="duration", value=70)
    assert_figure("عاجل: عشريني يسرق سيارة من أمام مسجد", "عشريني", kind="duration", value=20)
    # the adjective of a noun before it, as before
    assert_figure("وعثر على جثة رجل ستيني داخل منزله", "ستيني", kind="duration", value=60)


def test_nasty_neighbours_of_decade_ages():
    assert_no_figure("وأطلقت الوزارة الخطة العشرينية للتنمية", "العشرينية")  # a twenty-year plan
    assert_figure("ازدهرت الأغنية في الستينيات والسبعينيات", "الستينيات", kind="year_range")  # decades (round 45)
    assert_no_figure("وقال الخمسيني للصحيفة إنه فقد عمله", "الخمسيني")  # after a verb: round 9 pins no figure
    assert_no_figure("وانطلقت الاحتفالات بالذكرى الخمسينية لتأسيس الجامعة", "الخمسينية")  # a fiftieth anniversary


# -- 3. duals shown by agreement (dual_agreement.py, dual_verbs.py, dual_evidence.py)
def test_dual_relative_after_agreeing_adjectives():
    s = "وأشاد الركاب ببراعة الطيارين السعوديين اللذين تمكنا من الهبوط بالطائرة اضطراريا"
    assert_figure(s, "الطيارين", kind="count", value=2, unit="طيار")
    s = "وقرر المدرب إبعاد اللاعبين الدوليين السابقين اللذين تأخرا عن المعسكر"
    assert_figure(s, "اللاعبين", kind="count", value=2)


def test_dual_verb_after_a_particle():
    assert_figure("وعرض الوكيل اللاعب على الناديين، إلا أن الأخيرين لم يتمكنا من التعاقد معه",
                  "الأخيرين", kind="count", value=2)
    assert_figure("وأكد المدرب أن المهاجمين قد انضما إلى المعسكر أمس", "المهاجمين", kind="count", value=2)


def test_dual_by_words_referring_back():
    assert_figure("وأمام الإدارة حلان لا ثالث لهما", "حلان", kind="count", value=2, unit="حل")
    assert_figure("ووجدت الحكومة نفسها أمام خيارين لا ثالث لهما", "خيارين", kind="count", value=2)
    assert_figure("وكشف منطوق حكمين أصدرهما القضاء بحق المتهمين", "حكمين", kind="count", value=2, unit="حكم")
    assert_figure("الصبر والتسامح خصلتان محمودتان في العمل", "خصلتان", kind="count", value=2, unit="خصلة")
    assert_figure("وقال النجم السابق إن كارلوس وماتيوس تعاقدان جيدان للفريق", "تعاقدان", kind="count", value=2)


def test_nasty_neighbours_of_agreement_duals():
    # plurals: a plural verb, a plural adjective, a name and its family name
    assert_no_figure("وقال إن المهاجمين لم يتمكنوا من التسجيل", "المهاجمين")
    assert_no_figure("وتعاقد النادي مع لاعبين محترفين هذا الموسم", "لاعبين")
    assert_no_figure("وقال عمران حمدان إن المشروع سينتهي قريبا", "عمران")
    assert_no_figure("وقال سلمان رمضان إن المشروع سينتهي قريبا", "سلمان")
    # a coordination before the relative is no adjective of the noun
    assert_no_figure("وحضر المتهمين والمحامين اللذين وكلهما", "المتهمين")
    # a title's dual and its pronoun after an adjective; a verb or a verbal noun in -ان before هما
    assert_no_figure("وأكد حرص الدولة على رعاية الحرمين الشريفين لأداء رسالتهما", "الحرمين")
    assert_no_figure("وقال الزوجان إنهما ينتظران مولودتهما الأولى", "ينتظران")
    assert_no_figure("وعاد الوالدان ليكتشفا فقدان ابنهما في الزحام", "فقدان")
    # a definite noun and a plural verb after قد
    assert_no_figure("وأكد أن المسؤولين قد أنهوا الإجراءات", "المسؤولين")


# -- 4. bare ordinals that rank something (bare_ordinals.py; readers split on blind23/25/31, both of blind35 count them)
def test_not_the_first():
    assert_figure("وهذا الحريق ليس الأول ولن يكون الأخير في المنطقة", "الأول", kind="ordinal", value=1)
    assert_figure("وهذه الزيارة ليست الأولى للوفد، إذ سبقتها زيارة العام الماضي", "الأولى", kind="ordinal", value=1)


def test_first_and_second_of_a_pair_just_counted():
    s = "ويضع المجلس أمام الإدارة خيارين، الأول تأجيل المشروع، والثاني البحث عن ممول جديد"
    assert_figure(s, "الأول", kind="ordinal", value=1)
    assert_figure(s, "والثاني", kind="ordinal", value=2)
    s = "وأطلقت الجمعية حملة لها هدفان: الأول توعية الأسر بأهمية التطعيم، والهدف الثاني جمع التبرعات"
    assert_figure(s, "الأول", kind="ordinal", value=1)
    s = "وصدر حكمان بحق متهمين اثنين، وأوضح البيان أن الأول أدين بالتزوير، فيما أن الثاني أدين بالرشوة"
    assert_figure(s, "الأول", kind="ordinal", value=1)
    assert_figure(s, "الثاني", kind="ordinal", value=2)


def test_nasty_neighbours_of_bare_ordinals():
    assert_no_figure("والمشروع ليس الأول من نوعه في المملكة", "الأول")  # the idiom of novelty
    # no count before it, or no second after it: the word stays no figure
    assert_no_figure("وقال إن الأول في الترتيب سيحصل على الجائزة الكبرى", "الأول")
    assert_no_figure("وشارك في السباق لاعبان، الأول من الرياض وفاز بالمركز", "الأول")


# -- 5. a definite -ين noun before exactly two people named (named_pairs.py)
def test_dual_before_two_people_named():
    s = "وغاب عن التدريبات المهاجمين ماجد الشمري والبرازيلي فرناندو سيلفا، بسبب الإصابة"
    assert_figure(s, "المهاجمين", kind="count", value=2, unit="مهاجم")
    s = "وحضر الحفل الشقيقين الرياضيين فهد السويلم وعبدالله الحمدان الأمس"
    assert_figure(s, "الشقيقين", kind="count", value=2)


def test_nasty_neighbours_of_named_pairs():
    # three people named: a plural
    assert_no_figure("وكرم الحفل اللاعبين محمد نور وسعود كريري وياسر القحطاني", "اللاعبين")
    assert_no_figure("وكرم الحفل اللاعبين محمد نور، وسعود كريري، وياسر القحطاني", "اللاعبين")
    assert_no_figure("وكرم اللاعبين محمد نور، سعود كريري وياسر القحطاني", "اللاعبين")
    # places and common nouns after it
    assert_no_figure("والتقى المسؤولين في جدة والرياض", "المسؤولين")
    assert_no_figure("وكرم المعلمين المتقاعدين والطلاب المتفوقين", "المعلمين")
    # nouns with pronouns after it, not names
    assert_no_figure("وأبدى عدد من المسؤولين استنكارهم وشجبهم للتفجير", "المسؤولين")
    # a relative clause and a verb with و after it
    assert_no_figure("وجاءت النتائج أعلى من توقعات المحللين الاقتصاديين الذين استطلعت وكالة الأنباء آراءهم", "المحللين")
    assert_no_figure("وساد الارتياح أوساط المدنيين تنفسوا الصعداء وتخلصوا من الحصار", "المدنيين")


# -- 6. days of the lunar calendar in Vietnamese news (lunar.py, lunar_dates.py)
def test_lunar_calendar_days():
    s = "ويوافق يوم الافتتاح الثامن من الشهر الأول بالتقويم القمري"
    assert_figure(s, "الثامن من الشهر الأول بالتقويم القمري", "2025-01-20", kind="date", date="2025-02-05", calendar="lunar")
    s = "ويحتفل الفيتناميون بعيد منتصف الخريف في الخامس عشر من الشهر الثامن حسب التقويم القمري"
    assert_figure(s, "الخامس عشر من الشهر الثامن حسب التقويم القمري", "2025-08-17", kind="date", date="2025-10-06")
    s = "وتمتد عطلة تيت من السابع والعشرين من الشهر الثاني عشر إلى الخامس من الشهر الأول بالتقويم القمري"
    assert_figure(s, "السابع والعشرين من الشهر الثاني عشر إلى الخامس من الشهر الأول بالتقويم القمري", "2025-01-10",
                  kind="date", date="2025-01-26/2025-02-02")
    # the year nearest the publication date: a 15th of the 8th month read in early 2024 is 2023's
    s = "وأقيم المهرجان في الخامس عشر من الشهر الثامن بالتقويم القمري"
    assert_figure(s, "الخامس عشر من الشهر الثامن بالتقويم القمري", "2024-01-05", date="2023-09-29")


def test_nasty_neighbours_of_lunar_days():
    # no calendar named: no lunar date (the ordinal of a month stays what it was)
    assert not any(q["calendar"] == "lunar" for q in extract_quantities("وفي الخامس من الشهر الأول عاد الوفد", published="2025-01-20"))
    # a Gregorian day is untouched
    assert _rows("وانطلقت الدورة في الخامس من مارس 2025") == [("الخامس من مارس 2025", "date", None, "2025-03-05")]
    # no publication date: the lunar day is found, with no date
    assert_figure("الخامس عشر من الشهر الثالث بالتقويم القمري", "الخامس عشر من الشهر الثالث بالتقويم القمري",
                  kind="date", date="")


# -- 7. أولى before its noun after an imperfect verb (ordinals.py)
def test_first_after_a_verb():
    assert_figure("ثم يخوض أولى مبارياته في الدوري أمام الفريق نفسه", "أولى مبارياته", kind="ordinal", value=1)
    assert_figure("وتنطلق أولى رحلات الحج من المطار غدا", "أولى رحلات", kind="ordinal", value=1)


def test_nasty_neighbours_of_first_after_a_verb():
    assert_no_figure("وينبعث ثان أكسيد الكربون من المصانع", "ثان")  # a verb before ثان: no rank
    assert_no_figure("ويقام حفل هو أولى من غيره بالدعم", "أولى")  # أولى من: "more deserving"


# -- 8. an ordinal day to a day in digits (dates.py _digit_day_to)
def test_ordinal_day_to_digit_day():
    assert_figure("وتقام البطولة في الفترة من السادس إلى 15 أغسطس", "السادس إلى 15 أغسطس", kind="date",
                  date="--08-06/--08-15")
    assert_figure("ويستمر المعرض من الثالث حتى 12 من أكتوبر المقبل", "الثالث حتى 12 من أكتوبر المقبل", "2015-08-04",
                  kind="date", date="2015-10-03/2015-10-12")


def test_nasty_neighbours_of_ordinal_day_to_digit_day():
    # the second day earlier: no stretch
    assert not any("/" in q["date"] for q in extract_quantities("من الخامس إلى 3 مايو"))
    # a rank to points: no date
    assert not any(q["kind"] == "date" for q in extract_quantities("وتقدم من المركز الخامس إلى 15 نقطة"))


# -- 9. goals in one tally word are a count also before نظيفة; a group noun after a preposition (tallies.py, counts.py)
def test_tally_before_clean_sheet_is_a_count():
    assert_figure("وتغلب الفريق على ضيفه بثلاثية نظيفة في الجولة الأولى", "بثلاثية", kind="count", value=3, unit="هدف")
    # a result in numerals stays a label (not decided)
    assert_figure("وفاز الفريق بخمسة أهداف لثلاثة", "بخمسة أهداف لثلاثة", kind="label")


def test_group_noun_after_a_preposition():
    assert_figure("وأشاد المدرب بالتفاهم بين ثلاثي هجوم الفريق في المباراة", "ثلاثي", kind="count", value=3)
    assert_no_figure("وتم التوصل إلى اتفاق ثلاثي بين الدول", "ثلاثي")  # an adjective after its noun
    assert_no_figure("وطبعت القطعة من ثلاثي الأبعاد بالكامل", "ثلاثي")  # a compound adjective


# -- 10. أمام, ضد and أمس are no counted nouns (quantity_markers.csv not_unit): a score before them stays a score
def test_score_before_a_preposition():
    assert_figure("وخسر الفريق وديا 1 - 3 أمام مضيفه الإنجليزي", "1 - 3", kind="label", value=1, value_end=3)
    assert_figure("وخسر المنتخب أمام اليابان 1-3 أمس", "1-3", kind="label", value=1, value_end=3)


def test_nasty_neighbours_of_scores_before_prepositions():
    assert_figure("ومثل 5 متهمين أمام المحكمة", "5 متهمين", kind="count", value=5)
    assert_figure("وعقد المجلس 3 اجتماعات أمس", "3 اجتماعات", kind="count", value=3)
    assert not any(q["kind"] == "label" for q in extract_quantities("ووقف 1-3 أشخاص أمام المبنى"))


# -- 11. a construct dual before two quoted names, the first definite (quoted_duals.py)
def test_construct_dual_before_two_quoted_names():
    s = 'وسبق أن قدمت الفنانة الفكرة نفسها في فيلمي "الشطار"، و"حق ميت".'
    assert_figure(s, "فيلمي", kind="count", value=2, unit="فيلم")
    assert_figure("وشاركت في مسلسلي «الجماعة» و«الحارة» العام الماضي", "مسلسلي", kind="count", value=2)


def test_nasty_neighbours_of_quoted_duals():
    assert_no_figure("وشارك لاعبي «الهلال» و«النصر» في التدريب", "لاعبي")  # players: a plural
    assert_no_figure("وعرضت القناة فيلمي \"الشطار\" أمس", "فيلمي")  # one name: my film


# -- 12. لا وألف لا: an emphatic no (quantity_markers.csv greeting_thousand)
def test_a_thousand_times_no():
    assert_no_figure("نعم للإثارة، لكن لا وألف لا لتصدير السلبية عن واقعنا", "وألف")
    assert_figure("وشارك في الماراثون ألف لاعب من 20 دولة", "ألف لاعب", kind="count", value=1000)


# -- 13. الأولى after a definite plural is "the first few", no rank (ordinals.py)
def test_first_after_a_plural_is_no_rank():
    assert_no_figure("وأطلق على المطار اسم آخر في السنوات الأولى من تشييده", "السنوات الأولى")
    assert_no_figure("وعرضت القناة الحلقات الأولى من المسلسل", "الحلقات الأولى")
    assert_no_figure("وكان اسم الشركة خلال العقود الأولى من عمرها مختلفا", "الأولى")  # no age either
    # a singular noun keeps its rank, and so do ranks named one by one
    assert_figure("وانطلقت المرحلة الأولى من المشروع أمس", "المرحلة الأولى", kind="ordinal", value=1)
    assert_figure("وتراجع الاهتمام بدوريات الدرجات الأولى والثانية", "والثانية", kind="ordinal", value=2)


# -- 14. بطل الثلاثية: the champion of a treble (quantity_markers.csv title_win)
def test_champion_of_a_treble():
    assert_figure("ويواجه الفريق بطل الثلاثية التاريخية في الموسم الماضي", "الثلاثية", kind="count", value=3)
    assert_no_figure("وقال البطل إن القمة الثلاثية ستعقد غدا", "الثلاثية")  # an adjective of a feminine noun
