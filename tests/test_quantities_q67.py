"""Session 46, q67: a hotel's star class is a label (lead decision, QUANTITY_GUIDE label row), and the
error classes of the pooled development errors fixed this session.  Sentences written for these tests,
with the neighbours that must not change."""
from __future__ import annotations

from arnews.quantities import extract_quantities


def _rows(text, published=""):
    return [(q["surface"], q["kind"], q["value"], q["date"]) for q in extract_quantities(text, published=published)]


def _kinds(text, published=""):
    return [(q["surface"], q["kind"]) for q in extract_quantities(text, published=published)]


# -- hotel_classes (brought back: a hotel's stars are its class, a label)
def test_hotel_stars_are_its_class():
    assert [k for s, k in _kinds("ويضم المشروع فندقين وفنادق أربع نجوم ومطاعم") if "نجوم" in s] == ["label"]
    assert [k for s, k in _kinds("إضافة إلى فندق من فئة الخمس نجوم يطل على البحر") if "نجوم" in s] == ["label"]
    assert [k for s, k in _kinds("وسيكون الفندقان من فئة خمس نجوم ويطلان على الكورنيش") if "نجوم" in s] == ["label"]
    assert [k for s, k in _kinds("ويحوي البرج فندق 5 نجوم وقاعة مؤتمرات") if "نجوم" in s] == ["label"]


def test_stars_awarded_or_of_another_noun_are_not_a_hotel_class():
    assert [k for s, k in _kinds("وحصلت ثلاثة منتجات على تصنيف بأربع نجوم") if "نجوم" in s] == ["measure"]
    # a restaurant's stars beside a hotel
    assert [k for s, k in _kinds("وفي الطابق الأعلى فندق فاخر ومطعم بنجمتين في دليل ميشلان") if "نجم" in s] != ["label"]
    assert [k for s, k in _kinds("ويقع بجوار الفندق مطعم حاصل على ثلاث نجوم") if "نجوم" in s] != ["label"]
    # stars a sentence after a hotel are not its class
    assert [k for s, k in _kinds("ووصل الفريق إلى الفندق. وشارك 5 نجوم في التدريب") if "نجوم" in s] != ["label"]
