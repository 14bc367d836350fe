"""Session 48, org52: an organisation's Latin name in brackets or right after it (entities.latin_glosses)."""
import pytest

from arnews.entities.names import paragraph_names
from arnews.text import make_paragraph


def _names(text):
    p = make_paragraph(text, "ar")
    return [(text[n.start:n.end], n.type) for n in paragraph_names(p)]


@pytest.mark.parametrize("text, name", [
    ("وأعلنت وكالة الاستخبارات المركزية (CIA) أمس أنها فتحت تحقيقا", "CIA"),
    ("وقالت محكمة التحكيم الرياضية (CAS) إن القرار نهائي", "CAS"),
    ("واستعرض التقرير تجربة شركة أوبر (Uber) في المدن الكبرى", "Uber"),
    ("ونشرت الدراسة مجلة نيتشر «Nature» العلمية الأسبوع الماضي", "Nature"),
    ("وأوقفت وكالة المباحث الفيدرالية FBI المشتبه به في ولاية تكساس", "FBI"),
    ("وبث قناة «MBC» اللقاء كاملا", "MBC"),
])
def test_latin_name_after_organisation(text, name):
    got = _names(text)
    assert (name, "organisation") in got


def test_same_key_as_the_arabic_name():
    text = "وأعلنت وكالة الاستخبارات المركزية (CIA) أمس أنها فتحت تحقيقا"
    p = make_paragraph(text, "ar")
    ns = {text[n.start:n.end]: n for n in paragraph_names(p)}
    assert ns["CIA"].key == ns["وكالة الاستخبارات المركزية"].key


@pytest.mark.parametrize("text, word", [
    ("وأظهر فحص الحمض النووي (DNA) أن المتهم بريء", "DNA"),  # no organisation before the brackets
    ("والتحق ببرنامج الماجستير في إدارة الأعمال (MBA) العام الماضي", "MBA"),  # إدارة: management, a gloss
    ("وقال المدير في لقاء مع صحيفة الرياض (Sunday) إن", "Sunday"),  # not a name (latin.py's word list)
    ("وقالت وكالة الاستخبارات المركزية (cia) أمس", "cia"),  # lowercase
])
def test_not_an_organisation(text, word):
    assert (word, "organisation") not in _names(text)


# a body named after its patron with a title between the head and the name (entities.patrons, org52)
@pytest.mark.parametrize("text, org", [
    ("وقال أستاذ الفقه بجامعة الإمام محمد بن سعود الإسلامية إن الحكم واضح", "جامعة الإمام محمد بن سعود الإسلامية"),
    ("وقدمت مؤسسة الشيخ علي بن حسن العمري الخيرية منحا للطلاب", "مؤسسة الشيخ علي بن حسن العمري الخيرية"),
    ("ووقعت مؤسسة د. سعد الحربي الخيرية اتفاقية تعاون", "مؤسسة د. سعد الحربي الخيرية"),
])
def test_patron_body_after_a_title(text, org):
    got = _names(text)
    assert (org, "organisation") in got
    assert not any(t == "person" for _, t in got)


@pytest.mark.parametrize("text, person", [
    ("وقال مدير جامعة الدكتور خالد المقرن إن القبول مفتوح", "خالد المقرن"),  # no closing adjective: the person
    ("وزار وفد الجامعة الإمام محمد الحسن في منزله", "محمد الحسن"),  # a definite head is no name's head
])
def test_title_without_a_body(text, person):
    assert (person, "person") in _names(text)
