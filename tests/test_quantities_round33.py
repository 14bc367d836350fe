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
