"""q76 (issue 13): a part of the day written before the clock time makes it afternoon or evening
(``مساء اليوم في تمام الساعة 8`` is 20:00)."""
from arnews.quantities import extract_quantities


def _times(sentence):
    return [(q["surface"], q["date"]) for q in extract_quantities(sentence) if q["kind"] == "time"]


def test_part_of_the_day_before_the_hour():
    assert _times("ويقام الحفل الختامي مساء اليوم في تمام الساعة 9:30 بمسرح المركز") == [("الساعة 9:30", "T21:30")]
    assert _times("وانقلبت الشاحنة عصر أمس الجمعة عند الساعة 4:15 على الطريق الدولي") == [("الساعة 4:15", "T16:15")]
    assert _times("وتنطلق المباراة مساء يوم غد الخميس عند الساعة الثامنة بتوقيت مكة") == [
        ("الساعة الثامنة بتوقيت مكة", "T20:00")]
    assert _times("ووصل الوفد إلى المطار مساء أمس، الساعة العاشرة على متن طائرة خاصة") == [("الساعة العاشرة", "T22:00")]
    assert _times("ودوت الانفجارات ليل الأحد عند الساعة 11 في أحياء المدينة") == [("الساعة 11", "T23:00")]
    assert _times("وتبدأ الصلاة ظهر اليوم الساعة 1 في الجامع الكبير") == [("الساعة 1", "T13:00")]


def test_hours_the_part_of_the_day_before_leaves_alone():
    # a morning word, a part of the day after the hour, a verb ظهر and a bare مساء with no day stay as they were
    assert _times("وتفتتح الأسواق صباح اليوم الساعة 8 أمام الزوار") == [("الساعة 8", "T08:00")]
    assert _times("وتبدأ الورشة مساء اليوم الساعة 8 صباحا بتوقيت الرياض") == [("الساعة 8 صباحا", "T08:00")]
    assert _times("وظهر في الساعة 10 على شاشة القناة الرسمية") == [("الساعة 10", "T10:00")]
    assert _times("ويقام العرض ظهر اليوم الساعة 12 في الساحة") == [("الساعة 12", "T12:00")]
    assert _times("وتعود الحركة من الساعة 6 بعد أن توقفت مساء") == [("الساعة 6", "T06:00")]
