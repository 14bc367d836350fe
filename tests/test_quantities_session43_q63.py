"""Session 43, q63: key-text spellings that never matched (final ى, hamzated alef), now spelled as the key
folds them, and an ordinal inside a bank's name (بنك الخليج الأول).  Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def _rows(text):
    return [(q["surface"], q["kind"], q["value"], q.get("date") or "") for q in extract_quantities(text)]


def _kinds(text, surface):
    return [q["kind"] for q in extract_quantities(text) if q["surface"] == surface]


# --- an hour after حتى / إلى: _HOUR_PREPS held حتى, الى, وحتى, which the key writes حتي, الي, وحتي ---

@pytest.mark.parametrize("text, hour, clock", [
    ("تنطلق الورشة عند الساعة التاسعة صباحا وتتواصل حتى الحادية عشرة ثم يستريح المشاركون.", "الحادية عشرة", "T11:00"),
    ("يستقبل المركز الزوار عند الساعة الثامنة ويواصل إلى العاشرة دون توقف.", "العاشرة", "T10:00"),
])
def test_hour_after_until_is_a_clock_time(text, hour, clock):
    rows = _rows(text)
    assert (hour, "time", None, clock) in rows


def test_ordinal_after_until_without_clock_stays_an_ordinal():
    # no clock time before it and no part of the day: the feminine ordinal ranks something, no hour
    text = "تأهل المنتخب حتى الحادية عشرة في الترتيب العام للبطولة."
    assert "time" not in _kinds(text, "الحادية عشرة")


# --- تسع before إلى: the verb "holds" (the key of إلى is الي) ---

def test_tisa_before_ila_is_the_verb_holds():
    text = "القاعة الجديدة تسع إلى أكثر من ألف زائر في وقت واحد."
    assert not any(s == "تسع" for s, *_ in _rows(text))


def test_tisa_as_a_number_stays():
    text = "وصلت تسع طائرات إلى مطار الملك خالد الدولي."
    assert ("تسع طائرات", "count", 9, "") in _rows(text)


# --- بنك الخليج الأول: an ordinal inside a bank's name ---

@pytest.mark.parametrize("text", [
    "تراجع سهم بنك الخليج الأول بنسبة طفيفة في تداولات اليوم.",
    "وقع وبنك الإمارات الأول اتفاقية تمويل مع الشركة.",
    "أعلن مصرف الشارقة الأول عن توزيع أرباح على المساهمين.",
])
def test_ordinal_in_a_bank_name_is_no_figure(text):
    assert not any(k == "ordinal" for _, k, *_ in _rows(text))


@pytest.mark.parametrize("text, surface", [
    ("حقق البنك الأول في السوق أعلى أرباح هذا العام.", "البنك الأول"),  # the first bank: a rank
    ("افتتح أول بنك رقمي في المملكة أبوابه أمس.", "أول بنك"),
    ("تصدر فرع البنك المركز الأول في جودة الخدمة.", "المركز الأول"),
])
def test_ordinal_near_a_bank_word_stays(text, surface):
    assert _kinds(text, surface) == ["ordinal"]


# --- a dual noun shown by its dual adjective (خطين جديدين): the noun is the figure, never the adjective ---

@pytest.mark.parametrize("text, noun, unit", [
    ("تعتزم الهيئة افتتاح خطين جديدين للحافلات بين الأحياء الشرقية.", "خطين", "خط"),
    ("وارتفع الخامان القياسيان في ختام تعاملات الأسبوع.", "الخامان", "خام"),
])
def test_noun_before_a_dual_adjective_is_the_dual(text, noun, unit):
    rows = [(q["surface"], q["kind"], q["value"], q["unit"]) for q in extract_quantities(text)]
    assert (noun, "count", 2, unit) in rows
    assert not any(s != noun and k == "count" and v == 2 for s, k, v, _ in rows)


@pytest.mark.parametrize("text, surface", [
    ("أبرمت الوزارة اتفاقيتين جديدتين مع شركات محلية.", "اتفاقيتين"),  # the noun read before: unchanged
    ("افتتح المحافظ مستشفيين كبيرين في المحافظة.", "مستشفيين"),
])
def test_dual_read_before_its_adjective_stays(text, surface):
    assert _kinds(text, surface) == ["count"]


@pytest.mark.parametrize("text", [
    "كرمت الجامعة المهندسين السعوديين المتميزين في حفل التخرج.",  # sound plurals and their adjectives
    "استقبل المحافظ المواطنين الكرام في مجلسه الأسبوعي.",
])
def test_plural_and_its_adjective_no_dual(text):
    assert not any(q["value"] == 2 for q in extract_quantities(text))
