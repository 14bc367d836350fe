"""Golden tests for quantities in Saudi and Gulf news, round 7 of issue 13 (branch q19).

Every sentence here was written for these tests in the style of the news (no corpus text).
Each rule is asserted on kind, value, unit, currency, date and span (the surface is the span
read back from the offsets), with the nasty neighbours that must NOT match."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- units of devices: screens, cameras, memory, processors, batteries (measures, not counts)
DEVICE_UNITS = [
    ("ويأتي الهاتف بشاشة قياس 5.5 بوصة عالية الوضوح", "5.5 بوصة", 5.5, "بوصة"),
    ("وزودت الشركة الجهاز بكاميرا خلفية دقتها 16 ميغابكسل", "16 ميغابكسل", 16.0, "ميغابكسل"),
    ("وتبلغ دقة الكاميرا الأمامية 8 ميجا بكسل", "8 ميجا بكسل", 8.0, "ميغابكسل"),
    ("ويضم الجهاز ذاكرة داخلية سعتها 32 جيجابايت قابلة للتوسيع", "32 جيجابايت", 32.0, "غيغابايت"),
    ("وتصل سعة التخزين في الطراز الأعلى إلى 64 جيجا بايت", "64 جيجا بايت", 64.0, "غيغابايت"),
    ("ويعمل بذاكرة عشوائية 3 جيجا ومعالج سريع", "3 جيجا", 3.0, "غيغابايت"),
    ("ويعمل الهاتف بمعالج ثماني النواة بتردد 2.1 غيغاهرتز", "2.1 غيغاهرتز", 2.1, "غيغاهرتز"),
    ("ومعالج رباعي النواة بسرعة 1.3 جيجا هرتز", "1.3 جيجا هرتز", 1.3, "غيغاهرتز"),
    ("وتبلغ سعة البطارية 3000 ملي أمبير وتدعم الشحن السريع", "3000 ملي أمبير", 3000.0, "مللي أمبير"),
    ("وتوفر الشركة للمشتركين سرعات تصل إلى 100 ميجابت في الثانية", "100 ميجابت", 100.0, "ميغابت"),
    ("ولا يتجاوز حجم التطبيق 40 ميجابايت", "40 ميجابايت", 40.0, "ميغابايت"),
]


@pytest.mark.parametrize("sentence,surface,value,unit", DEVICE_UNITS, ids=[s for _, s, _, _ in DEVICE_UNITS])
def test_device_units_are_measures(sentence, surface, value, unit):
    assert_figure(sentence, surface, kind="measure", value=value, unit=unit, currency="", date="")


def test_a_count_before_a_device_word_stays_a_count():
    # هواتف, أجهزة: counted things, no unit of measure
    assert_figure("وباعت الشركة 3 ملايين هاتف خلال الربع", "3 ملايين هاتف", kind="count", value=3_000_000.0)
    assert_figure("ووزعت الوزارة 500 جهاز لوحي على الطلاب", "500 جهاز", kind="count", value=500.0)
