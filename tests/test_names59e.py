"""names59e: a found person named again later by a frequent given name alone (given_mentions.py), in a person slot
only, and only when one found person has that given name.  Sentences written for the test."""
from name_checks import id_of, name_ids


def test_given_name_after_speech_verb():
    rows = name_ids("التقى الشيخ عمر المختار بالوفد. وأضاف عمر أن المقاومة مستمرة.")
    eid = id_of(rows, "عمر المختار")
    assert ("عمر", eid, "person") in rows


def test_given_name_before_speech_verb():
    rows = name_ids("استقبل الدكتور سعود الشمري الوفد في مكتبه. سعود قال إن الزيارة ناجحة.")
    assert ("سعود", id_of(rows, "سعود الشمري"), "person") in rows


def test_given_name_after_vocative():
    rows = name_ids("وصل المهندس مصطفى العبدالله إلى الموقع صباحا. وسأله زميله: متى تبدأ يا مصطفى؟")
    assert ("مصطفى", id_of(rows, "مصطفى العبدالله"), "person") in rows


def test_two_found_people_share_the_given_name():
    rows = name_ids("التقى الشيخ عمر المختار بالوفد، كما حضر المهندس عمر العتيبي اللقاء. وأضاف عمر أن المقاومة مستمرة.")
    assert {s for s, e, t in rows} >= {"عمر المختار", "عمر العتيبي"}
    assert "عمر" not in {s for s, e, t in rows}


def test_common_reading_and_construct_are_no_mention():
    rows = name_ids("أكد الدكتور صالح العمري أن الجهاز صالح للاستخدام بعد الصيانة.")
    assert [s for s, e, t in rows] == ["صالح العمري"]
    rows = name_ids("التقى الشيخ عمر المختار بالوفد. وقال إن عمر الإنسان قصير.")
    assert "عمر" not in {s for s, e, t in rows}


def test_another_man_of_the_same_given_name():
    rows = name_ids("التقى الشيخ عمر المختار بالوفد. وقال عمر العتيبي إن اللقاء مثمر.")
    assert [s for s, e, t in rows] == ["عمر المختار", "عمر العتيبي"]


def test_office_that_is_a_given_name():
    rows = name_ids("قال مساعد إداري في الشركة إن العقد جديد. وأوضح مساعد المدير العام أن الأمر انتهى.")
    assert "مساعد" not in {s for s, e, t in rows}
