"""Session 44, q65: list markers in a run of items (``، 2- ...، 3- ...``, ``.(٥)كلمة``) and a title's part
number (``خواطر رمضانية - 3``) are labels, not counts; a lone number before its counted noun still counts.
Sentences written for these tests."""
from __future__ import annotations

from arnews.quantities import extract_quantities


def _rows(text):
    return [(q["surface"], q["kind"], q["value"]) for q in extract_quantities(text)]


def _kinds_at(text, digit):
    return [q["kind"] for q in extract_quantities(text) if q["surface"].strip("()-").startswith(digit)]


def test_comma_led_dash_items_are_labels():
    text = ("وتهدف المبادرة إلى: 1- تشجيع الشباب على القراءة، 2- تنمية مهارات الحوار لديهم، "
            "3- ربطهم بالمكتبات العامة، 4- دعم المواهب الناشئة.")
    for d in "1234":
        assert _kinds_at(text, d) == ["label"], d


def test_bracketed_items_after_stops_are_labels():
    text = ("وأوصت الدراسة بما يلي: (1) تسريع إصدار التراخيص. (2) تحفيز المطورين العقاريين. "
            "(3) توسيع برامج التمويل.")
    for d in "123":
        assert _kinds_at(text, d) == ["label"], d


def test_bracketed_item_glued_to_its_word_is_a_label():
    text = "كتب المغرد: الصبر مفتاح الفرج!(٤)حكمة الأيام أن الكلمة الطيبة صدقة.(٥)رحلة العمر قصيرة."
    rows = _rows(text)
    assert ("(٤)", "label", 4) in rows
    assert ("(٥)", "label", 5) in rows
    assert not any(k == "count" for _, k, _ in rows)


def test_title_part_number_is_a_label():
    assert _rows("خواطر رمضانية - 3") == [("3", "label", 3)]


def test_lone_number_before_counted_noun_is_still_a_count():
    # must not match: a number opening a sentence before its counted noun, no run of items
    text = "وقع الحادث صباح اليوم. 5 أشخاص أصيبوا بجروح طفيفة ونقلوا إلى المستشفى."
    assert ("5 أشخاص", "count", 5) in _rows(text)


def test_lone_bracketed_number_with_space_before_counted_noun_is_a_count():
    # a single bracketed number after a stop, not glued, no sibling item: the count of its noun
    text = "وأعلنت الأمانة نتائج الجولات. (15) محلا أغلقت لمخالفتها الاشتراطات الصحية."
    rows = _rows(text)
    assert any(k == "count" and v == 15 for _, k, v in rows)


def test_comma_number_without_sibling_stays_a_count():
    # a comma before a number and a dash but no item before or after it: no list
    text = "بلغ عدد الزوار في اليوم الأول 300 زائر، 2- 3 آلاف في نهاية الأسبوع."
    assert not any(s.startswith("2") and k == "label" for s, k, _ in _rows(text))


def test_long_sentence_ending_in_dash_number_is_not_a_title():
    text = "وأكد المتحدث الرسمي أن الفريق الطبي باشر الحالات فور وصولها إلى المستشفى العام في المحافظة - 5"
    assert not any(k == "label" and v == 5 for _, k, v in _rows(text))


# --- bare numbers opening successive lines of one article (the build hook reads line by line) ---

def _table(lines):
    import pandas as pd

    from arnews.quantities import quantities_table

    df = pd.DataFrame([{"article_id": "x", "paragraph": i, "role": "body", "text": t} for i, t in enumerate(lines)])
    arts = pd.DataFrame([{"article_id": "x", "language": "ar", "published": "2015-08-04"}])
    return quantities_table(df, arts)


def test_bare_numbers_opening_successive_lines_are_labels():
    q = _table(["وصدرت الأوامر التالية:", "1 تعيين خالد بن فهد مديرا للإدارة.", "2 تعيين سعد بن علي مستشارا.",
                "3 نقل فهد بن سالم إلى وظيفة أخرى."])
    opening = q[q["start"] == 0]
    assert list(opening["kind"]) == ["label", "label", "label"]
    assert list(opening["surface"]) == ["1", "2", "3"]


def test_lone_line_opening_on_a_count_stays_a_count():
    # must not match: one line opens on a number before its counted noun, no run of lines
    q = _table(["5 نصائح لتفادي ضربات الشمس في الصيف", "وقدم الأطباء نصائح للمصطافين."])
    assert ("5 نصائح", "count") in set(zip(q["surface"], q["kind"]))
