"""Names session 50 (fixn, issue 14): the review of names54a/names54c mended.

* a ministry or a general body + و + a plural of people or institutions is no second field of its name
  (``وزارة الصحة والجامعات``, ``المديرية العامة للدفاع المدني والمتطوعين``)
  (:func:`arnews.entities.orgnames.coordinated_field`);
* a general body's one-word field stands for it only in a headline before a colon or alone in quotes, not before
  any verb (``الرياضة تعزز الصحة``) (:mod:`arnews.entities.field_forms`);
* ``حسن`` + a common noun is no person (``وحسن خلق``) (:mod:`arnews.entities.paired_people`);
* after أن/إن/كان an office's given name is followed by its predicate, not a family name (``ماجد حاضر``)
  (:mod:`arnews.entities.office_runs`, :mod:`arnews.entities.office_surnames`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the bodies
are real or invented names, the people and events invented."""
from __future__ import annotations

from name_checks import article, names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def people(text):
    return [s for s, t in names(text) if t == "person"]


def org_rows(*paragraphs):
    df = article(*paragraphs)
    return [(int(r.paragraph), r.surface, r.entity_id) for r in df.itertuples() if r.type == "organisation"]


# -- findings 1, 2: a plural after the field is no second field -------------------------------------------------

def test_a_ministry_and_a_plural_are_two_things():
    assert orgs("وجرى التدريب بالتنسيق بين وزارة الصحة والجامعات، لتأهيل الممرضين.") == ["وزارة الصحة"]
    assert orgs("وبحث الاجتماع العلاقة بين وزارة التعليم والمعلمين في العام المقبل.") == ["وزارة التعليم"]
    assert orgs("ووقعت وزارة الصحة والمستشفيات اتفاقية لتبادل الخبرات.") == ["وزارة الصحة"]
    assert orgs("وأكدت وزارة الإسكان والمطورون أهمية الشراكة في المشاريع.") == ["وزارة الإسكان"]
    # the two-field ministries stay whole
    assert orgs("وأغلقت وزارة التجارة والصناعة ثلاثة متاجر مخالفة.") == ["وزارة التجارة والصناعة"]
    assert orgs("وأعلنت وزارة الحج والعمرة خطتها للموسم.") == ["وزارة الحج والعمرة"]


def test_a_general_body_and_the_people_it_serves():
    assert orgs("وثمن المحافظ جهود المديرية العامة للدفاع المدني والمتطوعين في مواجهة الأمطار.")[-1] == \
        "المديرية العامة للدفاع المدني"
    assert orgs("وشكر المسؤول المديرية العامة للجوازات والعاملين في المطار على جهودهم.") == \
        ["المديرية العامة للجوازات"]
    assert orgs("وأثنى الوكيل على الإدارة العامة للمرور والمتطوعين خلال الإجازة.") == ["الإدارة العامة للمرور"]
    assert orgs("وأكدت الهيئة السعودية للتخصصات الصحية والمستشفيات الخاصة التزامها بالمعايير.")[0] == \
        "الهيئة السعودية للتخصصات الصحية"
    # a plural field stays: the people served are a sound masculine plural, a field of studies is not
    assert orgs("وافتتحت الجمعية السعودية للثقافة والفنون معرضا للخط العربي.") == \
        ["الجمعية السعودية للثقافة والفنون"]
    assert orgs("وأصدر المركز الوطني للإحصاء والمعلومات تقريره السنوي.") == ["المركز الوطني للإحصاء والمعلومات"]
    assert orgs("وحذرت الهيئة العامة للغذاء والدواء من منتج مغشوش.") == ["الهيئة العامة للغذاء والدواء"]


# -- finding 4: a one-word field stands for its body only in a headline's colon or in quotes --------------------

def _org_surfaces(*paragraphs):
    return [(par, s) for par, s, _ in org_rows(*paragraphs)]


def test_a_one_word_field_before_a_verb_is_the_activity():
    rows = _org_surfaces("الرياضة تعزز الصحة العامة",
                         "وأطلقت الهيئة العامة للرياضة برنامجا لتشجيع المشي في الأحياء.",
                         "وأكد الأطباء أن الرياضة تعزز المناعة لدى كبار السن.")
    assert (0, "الرياضة") not in rows and (2, "الرياضة") not in rows
    assert (1, "الهيئة العامة للرياضة") in rows
    rows = _org_surfaces("وأصدرت الهيئة العامة للاستثمار تقريرها الفصلي عن المشاريع الجديدة.",
                         "وقال المحافظ إن الاستثمار يحتاج إلى بيئة تشريعية مستقرة.")
    assert (1, "الاستثمار") not in rows
    # the headline before a colon, the field alone in quotes: the body
    rows = org_rows("الإحصاء: ارتفاع عدد المشتغلين في القطاع الخاص",
                    "وأعلنت الهيئة العامة للإحصاء نتائج مسح القوى العاملة.",
                    'وبحسب بيانات "الإحصاء" فإن النسبة ارتفعت.')
    ids = {s: e for _, s, e in rows}
    assert ids.get("الإحصاء") == ids["الهيئة العامة للإحصاء"]
    assert [par for par, s, _ in rows if s == "الإحصاء"] == [0, 2]


# -- finding 7: the field's words are the head's definite words, and no listed place -------------------------------

def _field_of(surface):
    from arnews.entities.field_forms import body_fields

    row = ["a", 0, 0, len(surface), surface, "~x", "organisation", "", "", "", "body", "cue"]
    return [f for lst in body_fields([row]).values() for f, _ in lst]


def test_a_field_is_definite_words_and_no_place():
    assert _field_of("جمعية الأطفال المعوقين بالرياض") == []  # بالرياض: no definite word of the field
    assert _field_of("الهيئة العامة للجبيل") == []  # a place is no field
    assert _field_of("الإدارة العامة للقصيم") == []
    assert _field_of("منظمة الأغذية والزراعة") == [("الاغذيه", "والزراعه")]
    assert _field_of("الهيئة العامة للإحصاء") == [("الاحصاء",)]


# -- finding 5: حسن + a common noun is good manners, no person ---------------------------------------------------

def test_hasan_and_a_common_noun_is_no_person():
    assert "حسن خلق" not in people("وعرف عن الفقيد الشيخ سعد الحربي وحسن خلق مع الجميع.")
    assert "حسن استقبال" not in people("وأشاد الزوار بكرم الشيخ سعد الحربي وحسن استقبال، أبناء القرية.")
    assert "حسن أداء" not in people("وأشاد المدرب بلاعبه سالم الدوسري وحسن أداء، الفريق في المباراة.")
    # two people still
    assert people("وحضر اللقاء المهندس سعد الحربي وحسن عسل، من الإدارة.")[-1] == "حسن عسل"


# -- finding 6: after أن an office's given name is followed by its predicate -------------------------------------

def test_after_an_the_participle_is_the_predicate():
    assert people("وأوضح أن مدير جمارك المنطقة الشمالية الغربية ماجد حاضر، ولم يحضر الاجتماع.") == []
    assert people("وأوضح أن مدير الفرع سعد مسافر، ولم يوقع المحضر.") == []
    assert people("وأضاف أن مدير المستشفى خالد مشكور، على جهوده.") == []
    # a name with a verb after it, or an office with no أن before it, stays
    assert people("وأوضح أن مدير الجمارك خالد الحربي يتابع سير العمل.") == ["خالد الحربي"]
    assert people("وأكد مدير جمارك منطقة الشمال الغربي حسن حلو، أن العمل مستمر.") == ["حسن حلو"]
