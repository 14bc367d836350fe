"""Session 48, corpus48: what the corpus teaches (markers gated, learned clubs, bylines, discovered campaigns,
glosses). Sentences written for these tests."""
import pytest

from arnews.rhetoric.markers import find_markers


def _marks(text):
    return [(h.surface, h.marker) for h in find_markers(text, "ar")]


@pytest.mark.parametrize("text", [
    "وأكد سعادة المدير العام للفرع أن العمل مستمر",
    "وعبر اللاعب عن سعادته بالفوز الأول في الموسم",
    "وشارك في اللقاء أصحاب السعادة أعضاء المجلس",
    "تقرر أن تحضر سعاد الفنانة في الحفل",
])
def test_happiness_not_honorific(text):
    assert [m for m in _marks(text) if m[1] == "السعادة"] == []


def test_happiness_value():
    assert ("السعادة", "السعادة") in _marks("وتسعى الخطة إلى تحقيق السعادة للمواطن")
    assert ("بالسعادة", "السعادة") in _marks("ويشعر الزوار بالسعادة في المهرجان")


def test_revolutionary_guard_is_a_name():
    assert [m for m in _marks("وقال قائد في الحرس الثوري الإيراني إن") if m[1] == "الثوري*"] == []
    assert [m for m in _marks("ضابط مرتبط بالحرس الثوري") if m[1] == "الثوري*"] == []
    assert ("الثوري", "الثوري*") in _marks("وانتقد الكاتب الفكر الثوري في المنطقة")


@pytest.mark.parametrize("text", [
    "وبلغ عدد المتقدمين للوظائف الموسمية ألفي شاب",
    "إعلان نتائج المتقدمات على الوظائف التعليمية",
    "وفحص الأعمال المتقدمة للجائزة في موعدها",
    "ويشترط أن يكون المتقدم سعودي الجنسية",
])
def test_applicants_not_advanced(text):
    assert [m for m in _marks(text) if m[1] == "المتقدمة"] == []


def test_advanced_countries():
    assert ("المتقدمة", "المتقدمة") in _marks("ونسعى إلى اللحاق بالدول المتقدمة في الصناعة")
