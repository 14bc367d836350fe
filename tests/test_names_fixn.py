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
