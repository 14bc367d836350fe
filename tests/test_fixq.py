"""Golden tests for quantities, session 55 task fixq (issue 13): review1's findings on q84.

Every sentence here was written for these tests in the style of Saudi news (no corpus text); each
figure is asserted on its span, kind, value and unit, with the neighbours that must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure


def _kinds(sentence, surface):
    """The kinds of the figures that overlap the surface."""
    s = sentence.find(surface)
    assert s >= 0, surface
    e = s + len(surface)
    return [(q["kind"], q["unit"]) for q in extract_quantities(sentence) if q["start"] < e and s < q["end"]]


# -- finding 1: a bracketed number after a name is a goal's minute only in a paragraph about a match; a goal
# word alone (بهدف "in order to", هدف المشروع an aim, أهداف التنمية, سجل المؤشر "recorded") is no evidence
def test_a_goal_word_outside_sport_makes_no_minute():
    s = "أقامت الإدارة الدورة بهدف تأهيل المعلمين الجدد، وحاضر فيها الأستاذ سعد العتيبي (45) والأستاذ خالد (30)."
    for n in ("45", "30"):
        assert ("ordinal", "دقيقة") not in _kinds(s, n)
    s = "وكان هدف المشروع تطوير حي الفيصلية (12) وحي الخالدية (8) في المحافظة."
    for n in ("12", "8"):
        assert ("ordinal", "دقيقة") not in _kinds(s, n)
    s = "ويأتي البرنامج ضمن أهداف التنمية المستدامة، وشارك فيه الطالب فهد (25) من جدة."
    assert ("ordinal", "دقيقة") not in _kinds(s, "25")
    s = "وسجل المؤشر العام ارتفاعا قادته أسهم المصارف (45) والاتصالات (12) خلال الجلسة."
    for n in ("45", "12"):
        assert ("ordinal", "دقيقة") not in _kinds(s, n)
    # the same shapes in a match report stay minutes
    s = "وحقق الفريق فوزا ثمينا على مضيفه بهدف المهاجم سعد العتيبي (45) في المباراة."
    assert_figure(s, "45", kind="ordinal", value=45, unit="دقيقة")
    s = "وسجل للفريق سامي القحطاني (17) وماجد العنزي (63)، قبل أن يقلص الضيوف الفارق من ركلة جزاء."
    assert_figure(s, "17", kind="ordinal", value=17, unit="دقيقة")
    assert_figure(s, "63", kind="ordinal", value=63, unit="دقيقة")
    s = "وسجل النجمان البرازيلي ماركوس (69) والمغربي يوسف (74) الهدفين."
    assert_figure(s, "74", kind="ordinal", value=74, unit="دقيقة")
    # a verb of scoring right before a goal noun is a match by itself, down the whole scorers' list
    s = "وأحرز الأهداف للفريق الضيف نايف الحربي (12) وعلي الشهري (40) وسعد العمري (77) ومحمد الغامدي (89)"
    for n in ("12", "40", "77", "89"):
        assert_figure(s, n, kind="ordinal", value=int(n), unit="دقيقة")
    s = "وأحرز المؤشر تقدما قادته أسهم المصارف (45) والاتصالات (12) خلال الجلسة."
    assert ("ordinal", "دقيقة") not in _kinds(s, "45")


# -- finding 4: a clock time's hour is 0-23, or 24 with no minutes (midnight, as الساعة 24 is read):
# الساعة 30ر24 and 24.30 are no time (they fall back as 30ر25 does)
def test_an_impossible_hour_is_no_clock_time():
    s = "وصعد خام برنت عند الساعة 30ر24 بتوقيت جرينتش"
    assert "time" not in [k for k, _ in _kinds(s, "30ر24")]
    s = "وبدأت الجلسة عند الساعة 24.30 مساء"
    assert "time" not in [k for k, _ in _kinds(s, "24.30")]
    # nasty neighbours: a valid hour, midnight written 00ر24 or 24.00, and the bare hour 24
    assert_figure("وصعد الذهب عند الساعة 30ر23 بتوقيت جرينتش", "الساعة 30ر23 بتوقيت جرينتش", kind="time", date="T23:30")
    assert_figure("عند الساعة 00ر24 بتوقيت جرينتش", "الساعة 00ر24 بتوقيت جرينتش", kind="time", date="T00:00")
    assert_figure("وتغلق المحلات عند الساعة 24.00", "الساعة 24.00", kind="time", date="T00:00")
    assert_figure("ويبدأ الحظر في الساعة 24 من مساء اليوم", "الساعة 24 من مساء اليوم", kind="time", date="T00:00")


# -- finding 6: a rising dash pair after a word of an age group is a range of ages in years, not a
# team's score label (الهلال 3-9 is)
def test_an_age_range_after_an_age_word_is_no_score():
    s = "وتستقبل الروضة الأطفال من الأعمار 3-6 في الفترة الصباحية"
    assert_figure(s, "3-6", kind="duration", value=3, value_end=6, unit="سنة")
    assert ("label", "أعمار") not in _kinds(s, "3-6")
    s = "ويستهدف البرنامج الفئة العمرية 18-25 من الشباب والفتيات"
    assert_figure(s, "18-25", kind="duration", value=18, value_end=25, unit="سنة")
    # with a unit after it the range was, and stays, a duration
    assert_figure("وتستهدف الدورة الفئة 18-25 عاما", "18-25 عاما", kind="duration", value=18, value_end=25, unit="سنة")
    # nasty neighbour: a score after a team's name stays its label
    assert_figure("نتائج الجولة: النصر x الهلال 3-9 , الشباب x الاتفاق 4-3", "الهلال 3-9", kind="label", value=3)


# -- finding 3: the word lists of q84 are glossed rows of quantity_markers.csv, not Python literals;
# the behaviour is the same
def test_q84_word_lists_are_lexicon_rows():
    import arnews.quantities.labels as labels
    import arnews.quantities.minutes as minutes
    import arnews.quantities.ordinals as ordinals
    from arnews.quantities.lexicon import lex

    lx = lex("ar")
    assert set(lx.markers["penalty_word"]) == {("من",), ("ركله",), ("بركله",), ("ضربه",), ("جزاء",), ("ج",)}
    assert set(lx.markers["timed_rank"]) == {("دقيقه",), ("شوط",)}
    assert set(lx.markers["not_score_after"]) == {("منها",), ("منهم",), ("من",)}
    assert not hasattr(minutes, "_PENALTY") and not hasattr(ordinals, "_TIMED_RANKS")
    assert '"منها", "منهم", "من"' not in open(labels.__file__, encoding="utf-8").read()
    # the same readings as before
    s = "وفاز الفريق في المباراة بهدفين للمهاجم سامي الخالدي (33 و58 من ضربة جزاء) ولم يرد الضيوف."
    assert_figure(s, "33", kind="ordinal", value=33, unit="دقيقة")
    assert_figure(s, "58", kind="ordinal", value=58, unit="دقيقة")
    assert_figure("وغادر المدافع الملعب في الدقيقة 72 مصابا", "الدقيقة 72", kind="ordinal", value=72, unit="دقيقة")
    assert_figure("وغاب عن الشوط 2 لاعبا بسبب الإصابة", "الشوط 2", kind="ordinal", value=2)
