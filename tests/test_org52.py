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
