"""Names, organisations session 50 (names54c, issue 14): organisations cut short or split.

* a body's coordinated field stays in its name (``الهيئة العامة للغذاء والدواء``, ``وزارة الشؤون البلدية
  والقروية``, ``وزارة التجارة والصناعة``), not a second body or a purpose after a complete name
  (:func:`arnews.entities.orgnames.coordinated_field`);
* a body's field standing for it where it acts in the article that names it in full (``"الحوار الوطني" يقدم``
  after ``مركز الملك عبدالعزيز للحوار الوطني``) (:mod:`arnews.entities.field_forms`);
* ``للإدارة العامة للدفاع المدني`` (the head written with لل) and ``الدفاع المدني`` are one organisation
  (:mod:`arnews.entities.orggroups`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the bodies
are real or invented names, the events invented."""
from __future__ import annotations

from name_checks import article, names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def org_rows(*paragraphs):
    df = article(*paragraphs)
    return [(int(r.paragraph), r.surface, r.entity_id) for r in df.itertuples() if r.type == "organisation"]


# -- a coordinated field inside the name --------------------------------------------------------------------------

def test_a_general_body_keeps_its_coordinated_field():
    assert orgs("وحذرت الهيئة العامة للغذاء والدواء من منتج مغشوش في الأسواق.") == ["الهيئة العامة للغذاء والدواء"]
    assert orgs("وتوقعت الرئاسة العامة للأرصاد وحماية البيئة هبوب رياح نشطة.") == \
        ["الرئاسة العامة للأرصاد وحماية البيئة"]
    assert orgs("ووزع مركز الملك سلمان للإغاثة والأعمال الإنسانية في عدن مواد غذائية.") == \
        ["مركز الملك سلمان للإغاثة والأعمال الإنسانية"]


def test_agreeing_adjectives_and_a_ministry_of_two_fields_but_not_two_bodies():
    assert orgs("وأصدرت وزارة الشؤون البلدية والقروية دليلا جديدا للمباني.") == ["وزارة الشؤون البلدية والقروية"]
    assert orgs("وأغلقت وزارة التجارة والصناعة أربعة محلات مخالفة.") == ["وزارة التجارة والصناعة"]
    assert orgs("وقدمت الفرق التابعة لوزارة الثقافة والإعلام عروضها.") == ["وزارة الثقافة والإعلام"]
    assert orgs("ونفذت إدارة التعليم الأهلي والأجنبي جولات على المدارس.") == ["إدارة التعليم الأهلي والأجنبي"]
    got = orgs("وحذر مرصد الفتاوى الشاذة والتكفيرية التابع لدار الإفتاء المصرية من التنظيم.")
    assert got[0] == "مرصد الفتاوى الشاذة والتكفيرية"
    # a second body or a purpose is not coordinated into the name
    got = orgs("وشارك ممثلون عن وزارة الداخلية ووزارة الصناعة والتجارة ووزارة الخدمة المدنية.")
    assert "وزارة الصناعة والتجارة" not in got and "وزارة الصناعة" in got
    got = orgs("ونسقت وزارة الصحة والرئاسة العامة لشؤون المسجد الحرام الخطة.")
    assert "وزارة الصحة والرئاسة" not in got and "وزارة الصحة" in got
    assert orgs("وشكلت البلدية لجنة للتحقيق والتثبت في الواقعة.") != ["لجنة للتحقيق والتثبت"]
    got = orgs("وأشاد بجهود الشركة السعودية للنقل الجماعي ودورها الفاعل في خدمة الزوار.")
    assert got == ["الشركة السعودية للنقل الجماعي"]
    assert orgs("ووقعت الشركة السعودية والكويتية اتفاقية للتوزيع.") == []
    assert orgs("واجتمع مسؤولون في وزارة الإسكان والعمل لبحث الدعم.")[0] == "وزارة الإسكان"
    assert orgs("واعترض على قرار اللجنة العامة للانتخابات والتحقق منها.") == ["اللجنة العامة للانتخابات"]


# -- the field standing for the body ------------------------------------------------------------------------------

def test_a_body_s_field_acting_in_its_article_joins_the_body():
    rows = org_rows('"الحوار الوطني" يقدم برنامجا لتنمية مهارات الشباب',
                    "اختتم مركز الملك عبدالعزيز للحوار الوطني برنامجه التدريبي في الرياض.")
    ids = {e for p, s, e in rows if s == "مركز الملك عبدالعزيز للحوار الوطني"}
    assert (0, "الحوار الوطني") in [(p, s) for p, s, _ in rows]
    assert {e for p, s, e in rows if s == "الحوار الوطني"} == ids
    rows = org_rows("التعاون الإسلامي تبحث تنسيق الجهود ضد الكراهية",
                    "تعقد منظمة التعاون الإسلامي اجتماعا لوزراء الخارجية الأسبوع المقبل.")
    assert [s for p, s, _ in rows] == ["التعاون الإسلامي", "منظمة التعاون الإسلامي"]
    assert len({e for _, _, e in rows}) == 1
    # the field as an ordinary phrase, or without the body in the article, is no mention
    rows = org_rows("ندوة عن العمل المشترك في جدة",
                    "تعقد منظمة التعاون الإسلامي اجتماعا. وأكد الوزير أن تعزيز التعاون الإسلامي يتطلب جهدا.")
    assert [s for p, s, _ in rows] == ["منظمة التعاون الإسلامي"]
    rows = org_rows("التعاون الإسلامي يتطلب جهدا", "قال الكاتب إن الأمة تحتاج إلى وحدة الصف.")
    assert rows == []  # (no body of the article has that field)


# -- one civil defence ----------------------------------------------------------------------------------------------

def test_the_general_directorate_with_li_and_its_short_form_are_one():
    rows = org_rows("إنقاذ 12 شخصا من السيول",
                    "وأنقذت فرق الدفاع المدني 12 شخصا. وأوضح المتحدث الرسمي للإدارة العامة للدفاع المدني أن الفرق باشرت.")
    assert len({e for _, _, e in rows}) == 1 and len(rows) == 2
