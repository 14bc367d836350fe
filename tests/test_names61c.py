"""Names session 57 (issue 14; helper names61c): an organisation whose field is two coordinated nouns.

``orgnames.coordinated_field`` read ``و`` + a field only after a ``لل`` field, a general body or ``وزارة`` + one
noun; an indefinite head + one definite noun stopped before ``و`` (``هيئة الغذاء`` | ``والدواء``), the annotation
marks the whole name (``_field_pair``).  A ``لل`` field takes a coordinated ``-ية`` noun (``للعلوم والتقنية``) and a
third field after a coordinated one (``للجنسية والجوازات والإقامة``).

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus)."""
from __future__ import annotations

import pytest

from arnews.entities.names import paragraph_names
from arnews.text import make_paragraph


def _orgs(text: str) -> list[str]:
    p = make_paragraph(text, "ar", role="body")
    return [p.norm.text[x.start:x.end] for x in paragraph_names(p) if x.type == "organisation"]


@pytest.mark.parametrize("text, name", [
    ("وحذرت هيئة الغذاء والدواء من منتجات تجميل مغشوشة في الأسواق", "هيئة الغذاء والدواء"),
    ("وأعلنت عمادة القبول والتسجيل بجامعة تبوك مواعيد التسجيل للفصل الجديد", "عمادة القبول والتسجيل"),
    ("وقال مدير إدارة الطوارئ والأزمات في المحافظة إن الفرق جاهزة", "إدارة الطوارئ والأزمات"),
    ("ونفذت هيئة الري والصرف مشروعا لتطوير القنوات في الواحة", "هيئة الري والصرف"),
    ("ونشر مركز البحوث والدراسات تقريرا عن سوق العمل", "مركز البحوث والدراسات"),
    ("ووزعت لجنة الإعلام والتوعية مطويات على الزوار", "لجنة الإعلام والتوعية"),
    ("وباشرت شعبة التحريات والبحث الجنائي التحقيق في الواقعة", "شعبة التحريات والبحث الجنائي"),
    # و + a noun and its definite genitive, also after وزارة
    ("وأصدرت هيئة الاتصالات وتقنية المعلومات قرارا بخفض الأسعار", "هيئة الاتصالات وتقنية المعلومات"),
    ("وأطلقت وزارة الاتصالات وتقنية المعلومات بوابة جديدة للخدمات", "وزارة الاتصالات وتقنية المعلومات"),
    # a coordinated -ية noun after a لل field, a third field after a coordinated one
    ("ووقعت جامعة الملك عبدالله للعلوم والتقنية اتفاقية مع شركة وطنية", "جامعة الملك عبدالله للعلوم والتقنية"),
    ("وأعلنت الإدارة العامة للجنسية والجوازات والإقامة عن مواعيد جديدة للمراجعين",
     "الإدارة العامة للجنسية والجوازات والإقامة"),
    # وزارة + و + a ministry written with the conjunction
    ("وقع الاتفاق بين وزارة البلديات ووزارة المياه والكهرباء لتوفير المياه", "وزارة المياه والكهرباء"),
])
def test_a_field_of_two_coordinated_nouns_is_in_the_name(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    # a ministry's second field that is a ministry of its own, people served, another body listed after the field
    ("وافتتحت وزارة الصحة والتعليم برنامجا مشتركا للطلاب", "وزارة الصحة"),
    ("وتعاونت هيئة الغذاء والدواء والجمارك في ضبط الشحنة", "هيئة الغذاء والدواء"),
    ("وكرمت لجنة الإعلام والمشاركين في الحملة بعد ختامها", "لجنة الإعلام"),
    ("وتواصل قوات الأمن والجيش عملياتها في المحافظة", "قوات الأمن"),
])
def test_a_second_body_or_the_people_served_stay_out(text, name):
    orgs = _orgs(text)
    assert name in orgs and not any(o.startswith(name + " و") for o in orgs), orgs


def test_a_team_head_takes_no_coordinated_club():
    orgs = _orgs("وشارك فريق الشباب والنهضة في البطولة الودية")
    assert not any("والنهضة" in o and o.startswith("فريق") for o in orgs), orgs


@pytest.mark.parametrize("text, name", [
    ("وطالبت لجنة النزاهة واللجان البرلمانية الأخرى بفتح تحقيق عاجل", "لجنة النزاهة"),
    ("واجتمع أعضاء هيئة التدريس والطلاب في القاعة الكبرى", "هيئة التدريس"),
])
def test_a_plural_of_bodies_or_people_is_no_second_field(text, name):
    orgs = _orgs(text)
    assert not any(o.startswith(name + " و") for o in orgs), orgs


def test_a_patron_written_apart_or_joined_keys_the_same_body():
    from arnews.entities.keys import org_key

    assert org_key("جامعة الملك عبد الله للعلوم والتقنية".split()) == org_key(
        "جامعة الملك عبدالله للعلوم والتقنية".split())
    assert org_key("مركز الملك عبد العزيز الثقافي".split()) == org_key("مركز الملك عبدالعزيز الثقافي".split())
    # عبد before a word without the article is left as it is (عبد ربه: no compound to fold here)
    assert org_key("مؤسسة عبد ربه".split()) == "مؤسسه عبد ربه"


def test_one_university_whether_its_patron_is_written_apart_or_joined():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from name_checks import article_rows

    rows = article_rows("جامعة الملك عبدالله للعلوم والتقنية توقع اتفاقية بحثية",
                        "ووقعت جامعة الملك عبد الله للعلوم والتقنية اتفاقية مع شركة وطنية لتطوير الطاقة")
    ids = {e for _, s, t, _, e in rows if t == "organisation" and s.startswith("جامعة الملك")}
    assert len(ids) == 1, rows
