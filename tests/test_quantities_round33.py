"""Golden tests for quantities, round 33 of issue 13 (branch q33): blind31 read first, pooled with blind19-30.

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure


# -- a preposition or particle before واحد is no counted noun (وبين واحد, بينها واحد: "one of them")
def test_a_preposition_before_one_is_no_unit():
    got = extract_quantities("وأصيب عشرة من العمال، وبين واحد و3 منهم في حالة حرجة")
    assert not any(q["surface"].startswith("وبين") or q.get("unit") == "وبين" for q in got)
    got = extract_quantities("وتضم اللجنة خمسة أعضاء بينها واحد من خارج الوزارة")
    assert not any(q.get("unit") in ("بينها", "بين") for q in got)
    # nasty neighbours: a real noun before واحد still counts one, with or without a proclitic
    assert_figure("وحصل المنتخب على وسام واحد في البطولة", "وسام واحد", kind="count", value=1)
    assert_figure("واكتفى الفريق بمنتج واحد في المعرض", "بمنتج واحد", kind="count", value=1)
    assert_figure("وبقي المريض في المستشفى يوما واحدا", "يوما واحدا", kind="duration", value=1)


# -- a percent word after a figure the tool cannot read is never the ordinal 100; zero per cent
def test_a_percent_word_is_never_the_hundredth_and_zero_per_cent_is_a_percentage():
    for text in ("وارتفع السهم بنسبة طفيفة بالمئة خلال التداول", "وتراجع المؤشر نحو نصف نقطة في المئة أمس",
                 "وبلغت نسبة الإنجاز ما يزيد بالمائة عن الخطة"):
        assert not any(q["kind"] == "ordinal" and q["value"] == 100 for q in extract_quantities(text)), text
    assert_figure("وسجل النمو صفر في المئة في الربع الثاني", "صفر في المئة", kind="percent", value=0)
    assert_figure("وبقي التضخم عند صفر بالمائة", "صفر بالمائة", kind="percent", value=0)
    # nasty neighbours: the hundredth anniversary is an ordinal; the month صفر and a figure before a percent word
    assert_figure("واحتفلت الجامعة بالذكرى المئة لتأسيسها", "بالذكرى المئة", kind="ordinal", value=100)
    assert_figure("وارتفعت الأسعار 3 في المئة", "3 في المئة", kind="percent", value=3)
    assert not any(q["kind"] == "percent" for q in extract_quantities("ويبدأ الموسم في شهر صفر المقبل"))
