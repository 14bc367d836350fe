"""Golden tests for quantities, round 41 of issue 13 (branch q41): error classes pooled over the
development sets blind19-36 (both readers) and pages19-22, chosen for how many sets they recur in.

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value, unit and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from quantity_checks import assert_figure, assert_no_figure


# -- 1. digits after a rank noun whose article lost its alif after لـ (للمركز 93), and المرة + digits
def test_digits_after_a_rank_noun_behind_li():
    assert_figure("وتراجع المنتخب الوطني للمركز 71 في التصنيف الشهري", "للمركز 71", kind="ordinal", value=71, unit="مركز")
    assert_figure("وصعد العداء للمرتبة 14 عالميا بعد السباق", "للمرتبة 14", kind="ordinal", value=14, unit="مرتبة")
    assert_figure("وعاد الفريق وللمركز 8 في جدول الترتيب", "وللمركز 8", kind="ordinal", value=8)
    assert_figure("وتوج النادي باللقب للمرة 19 في تاريخه", "للمرة 19", kind="ordinal", value=19, unit="مرة")


def test_nasty_neighbours_of_rank_digits():
    # a count after the number: the centre received three doctors, twenty patients
    assert_figure("وانضم للمركز 3 أطباء جدد هذا الأسبوع", "3 أطباء", kind="count", value=3)
    assert_figure("ونقل للمركز 20 مريضا من المحافظة", "20 مريضا", kind="count", value=20)
    # the idiom of novelty stays no figure, an ordinal word after المرة stays an ordinal of the word rules
    assert_no_figure("ويشارك الفريق في البطولة للمرة الأولى منذ تأسيسه", "للمرة الأولى")
    assert_no_figure("وكانت تلك المرة الأولى التي يزور فيها المدينة", "المرة الأولى")
    assert_figure("وفاز الفريق باللقب للمرة الثالثة", "للمرة الثالثة", kind="ordinal", value=3)
