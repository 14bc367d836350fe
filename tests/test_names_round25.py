"""Names round 25: organisations on Saudi news (issue 14).

Every sentence here is written for these tests in the style of Saudi news (none copied from a
corpus); the bodies are real kinds of institutions, the events invented.  Each rule comes with
neighbours that must NOT match: the definite head that refers back (البلدية، المنتخب), an
indefinite head with no listed place after it, a Vietnamese commune after بلدية."""
from __future__ import annotations

from name_checks import names


# --- a municipality, a governorate or a national team named after a listed place is an organisation ---

def test_a_municipality_named_after_its_city_is_an_organisation():
    got = names("وأعلنت بلدية الخبر إغلاق الطريق البحري مؤقتا، وقالت البلدية إن الأعمال تنتهي الأسبوع المقبل.")
    assert got == [("بلدية الخبر", "organisation")]


def test_a_municipality_behind_a_proclitic_and_a_governorate_cue():
    got = names("وطالب الأهالي ببلدية محافظة العلا بصيانة الإنارة في الشوارع الفرعية.")
    assert got == [("بلدية محافظة العلا", "organisation")]


def test_a_governorate_named_after_its_region_is_an_organisation():
    got = names("وأوضحت إمارة جازان في بيان أن الحركة عادت إلى طبيعتها.")
    assert got == [("إمارة جازان", "organisation")]


def test_a_national_team_named_after_its_country_is_an_organisation():
    got = names("وتغلب منتخب الأردن على ضيفه بهدفين، وخسر المنتخب في المباراة الأولى.")
    assert got == [("منتخب الأردن", "organisation")]


def test_definite_or_unnamed_bodies_and_a_vietnamese_commune_are_left_alone():
    assert names("وقالت البلدية إن المشروع يسير وفق الجدول، وتولى الإمارة بعد أبيه.") == []
    assert names("ويسكن في بلدية صغيرة على أطراف الريف.") == []
    got = names("وزار الوفد بلدية تان لاب في مقاطعة لونغ آن.")
    assert ("تان لاب", "place") in got and not any(t == "organisation" for _, t in got)
    # إمارة منطقة + place: the governorate, one organisation (the outer name; decided 2026-12-03)
    assert names("أعلنت إمارة منطقة القصيم موعد الحفل") == [("إمارة منطقة القصيم", "organisation")]


# --- a body noun with the article and a scope or a nationality adjective (scoped_bodies.csv) ---

def test_a_coalition_with_its_scope_and_nationality_is_an_organisation():
    got = names("ودعا الائتلاف الوطني الليبي إلى حوار شامل، ورحب التحالف الإسلامي بالمبادرة.")
    assert got == [("الائتلاف الوطني الليبي", "organisation"), ("التحالف الإسلامي", "organisation")]


def test_a_government_and_a_prosecution_without_a_ministry_word():
    got = names("وأعلنت الحكومة الفرنسية دعمها للقرار، وأحالت النيابة العامة الموقوفين إلى القضاء.")
    assert got == [("الحكومة الفرنسية", "organisation"), ("النيابة العامة", "organisation")]


def test_a_scoped_body_keeps_one_complement_with_its_nisba():
    got = names("ووقعت الندوة العالمية للشباب الإسلامي اتفاقية تعاون مع إحدى الجمعيات.")
    assert got == [("الندوة العالمية للشباب الإسلامي", "organisation")]
    # a complement without a nisba after it stays outside the name
    got = names("ووقعت الندوة العالمية للشباب المسلم اتفاقية تعاون مع إحدى الجمعيات.")
    assert got == [("الندوة العالمية", "organisation")]
    got = names("وأطلق البرنامج الوطني للصناعات الحرفية مسابقته السنوية.")
    assert got == [("البرنامج الوطني للصناعات الحرفية", "organisation")]


def test_the_span_drops_the_preposition_but_keeps_the_article():
    got = names("وقدم الوفد شكره للحكومة اليابانية على دعمها.")
    assert got == [("لحكومة اليابانية", "organisation")]


def test_body_nouns_without_scope_or_inside_an_office_are_prose():
    for text in ["وعقد المؤتمر الصحفي في قاعة الفندق بعد الاجتماع.",
                 "وقالت الحكومة الحالية إن الأسعار ستبقى مستقرة.",
                 "وانتشر المقطع عبر الشبكة العنكبوتية خلال ساعات.",
                 "وأكد أن الحكومة ستواصل دعم البرنامج.",
                 "وشكلت حكومة جديدة، وشارك الوفد في مؤتمر دولي.",
                 "وقال وزير الخارجية الأردني إن الاجتماع كان مثمرا.",
                 "وأكد أن البرنامج الإيوائي من أبرز مشاريع الحملة.",
                 "وتحتل القضية مكانة متقدمة في السياسة الخارجية التونسية."]:  # an adjective of the noun before  # a rare nisba, no nationality
        got = names(text)
        assert not any(t == "organisation" for _, t in got), (text, got)


# --- a definite body named inside an office, before the person who holds it ---

def test_a_definite_body_with_a_nationality_inside_an_office():
    got = names("وقال رئيس اللجنة الأولمبية الكويتية الشيخ فهد الأحمد إن الاستعداد جيد.")
    assert got == [("اللجنة الأولمبية الكويتية", "organisation"), ("فهد الأحمد", "person")]


def test_a_definite_body_with_a_complement_and_its_nisba_inside_an_office():
    got = names("وأوضح رئيس اللجنة المحلية للانتخابات البلدية المهندس هاني الشمري أن التسجيل بدأ.")
    assert got == [("اللجنة المحلية للانتخابات البلدية", "organisation"), ("هاني الشمري", "person")]


def test_a_scoped_body_whose_complement_closes_the_office():
    got = names("وقال رئيس المجلس الأعلى للقضاء الدكتور ناصر القحطاني إن الأحكام نهائية.")
    assert got == [("المجلس الأعلى للقضاء", "organisation"), ("ناصر القحطاني", "person")]


def test_generic_bodies_inside_an_office_stay_unnamed():
    for text, person in [("وقال رئيس مجلس الإدارة المهندس خالد الفهد إن الأرباح ارتفعت.", "خالد الفهد"),
                         ("وقال رئيس اللجنة سعد العتيبي إن العمل مستمر.", "سعد العتيبي")]:
        assert names(text) == [(person, "person")], text
    for text in ["وقال رئيس اللجنة المنظمة إن الحفل نجح.", "وقال رئيس الجهاز الفني إن الفريق جاهز."]:
        assert not any(t == "organisation" for _, t in names(text)), text


# --- the sides of a match result on a sports page (fixture_words.csv) ---

def test_the_sides_of_match_results_are_clubs_whatever_words_they_are():
    got = names("وفي بقية مباريات البطولة الرمضانية لكرة القدم تفوق الصفا على الخليج بثلاثة أهداف، "
                "واكتسح القارة نظيره الرفعة بأربعة أهداف مقابل هدف، وتعادل هجر مع الجبيل في الدوري.")
    assert got == [("الصفا", "organisation"), ("الخليج", "organisation"), ("القارة", "organisation"),
                   ("الرفعة", "organisation"), ("هجر", "organisation"), ("الجبيل", "organisation")]


def test_no_side_without_a_second_side_a_cue_a_rank_or_a_sports_page():
    got = names("وفاز الفريق على منافسه بهدفين في الدوري، وتغلب الأول على الثاني في المباراة، "
                "وفاز الهلال بثلاثية في الملعب.")
    assert got == [("الهلال", "organisation")]  # the listed club only
    got = names("وخلال جولته الصيفية تعادل الفريق مع ريال مدريد في مباراة ودية بالدوري.")
    assert ("الفريق", "organisation") not in got
    assert names("وفاز بالبطولة بعد أن تفوق على منافسيه في الدوري والمباراة النهائية.") == []
    # outside a sports page a result verb is prose and a town stays a town
    got = names("وتفوق الطالب على زملائه في الاختبار، وتقدمت الجبيل على غيرها في الصناعة.")
    assert not any(t == "organisation" for _, t in got)


def test_a_transliterated_side_keeps_its_words_and_an_adverb_is_no_side():
    got = names("وفي الدوري الإنجليزي لكرة القدم تعادل سلبيا مع مضيفه في المباراة، "
                "وفاز مرسيليا على سان جرمان بركلات الترجيح.")
    assert ("سلبيا", "organisation") not in got
    assert ("سان جرمان", "organisation") in got and ("مرسيليا", "organisation") in got


def test_an_adjective_that_disagrees_with_the_body_belongs_to_the_office():
    got = names("وقال مساعد وزير الخارجية الإيراني إن المحادثات مستمرة.")
    assert not any(t == "organisation" for _, t in got)
    got = names("وقال رئيس اللجنة الأولمبية الدولية الألماني هانز مولر إن الألعاب ناجحة.")
    assert ("اللجنة الأولمبية الدولية", "organisation") in got


def test_a_complement_that_is_a_place_and_a_municipality_inside_a_city_stay_out():
    got = names("وأعلنت الحكومة اليابانية للمملكة العربية السعودية دعمها للمشروع.")
    assert got[0] == ("الحكومة اليابانية", "organisation")
    got = names("وعمل موظفا في بلدية بالمدينة المنورة قبل تقاعده.")
    assert not any(t == "organisation" for _, t in got)


def test_a_meeting_of_two_clubs_with_a_link_names_both():
    got = names("وفي الجولة الثانية من الدوري لكرة القدم يلتقي الوحدة مع الرائد على ملعب المدينة، "
                "وواجه الفتح نظيره التعاون في مباراة قوية.")
    assert got == [("الوحدة", "organisation"), ("الرائد", "organisation"), ("الفتح", "organisation"),
                   ("التعاون", "organisation")]
    got = names("ويواجه الفريق صعوبات في المباراة المقبلة من الدوري، والتقى اللاعب مع الجماهير بعد المباراة.")
    assert not any(t == "organisation" for _, t in got)
