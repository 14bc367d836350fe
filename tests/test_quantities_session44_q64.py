"""Session 44, q64: an indefinite ordinal after a glued preposition (كسادس رئيس, لأول رئيس), the chemical
names ثاني/أول أكسيد (no rank), and ranges of years before 1800 written with a dash (جورج واشنطن (1789- 1797)).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def _rows(text):
    return [(q["surface"], q["kind"], q["value"], q.get("date") or "") for q in extract_quantities(text)]


def _ordinals(text):
    return [(q["surface"], q["value"]) for q in extract_quantities(text) if q["kind"] == "ordinal"]


# --- an indefinite ordinal with a glued preposition before the noun it ranks ---

@pytest.mark.parametrize("text, surface, value", [
    ("انتخب المجلس الأستاذ سالم كسادس رئيس للنادي منذ تأسيسه.", "كسادس", 6),
    ("تستعد المدينة كثالث محافظة تستضيف المهرجان هذا العام.", "كثالث", 3),
    ("تراجع المؤشر لرابع جلسة على التوالي وسط تداولات ضعيفة.", "لرابع", 4),
    ("توج الفريق بالكأس لخامس مرة في تاريخه.", "لخامس", 5),
    ("احتفل اللاعبون بثاني بطولات الموسم أمام جماهيرهم.", "بثاني", 2),
    ("أقيم حفل تكريم لأول رئيس لمجلس إدارة الغرفة التجارية.", "لأول رئيس", 1),
    ("واصل اللاعبون تدريباتهم استعدادا لأولى مبارياته في الدوري أمام ضيفه.", "لأولى مبارياته", 1),
    ("يستعد الفريق لأولى مبارياته في الدوري أمام ضيفه.", "لأولى مبارياته", 1),  # الفريق no title before a preposition
    ("وصل الوزير كأول مسؤول يزور المنطقة بعد الحادثة.", "كأول مسؤول", 1),
])
def test_ordinal_after_glued_preposition(text, surface, value):
    assert (surface, value) in _ordinals(text)


@pytest.mark.parametrize("text", [
    "زار الوزير الموقع لأول مرة منذ توليه المنصب.",  # the idiom of novelty
    "بدا الأمر لأول وهلة بسيطا لكنه تعقد سريعا.",  # "at first glance"
    "تتابع الإدارة أعمال الصيانة أولاً بأول في جميع المواقع.",  # "continuously"
    "لا ثالث لهما في هذه المسألة.",
    "عين الملك الفريق أول ركن سالم قائدا للقوات البرية.",  # a military rank
    "اختير نائب أول للرئيس في الاجتماع.",
    "تلتزم الشركة بخفض انبعاثات ثاني أكسيد الكربون في مصانعها.",  # a chemical's name
    "يقيس الجهاز نسبة أول أكسيد الكربون في هواء الأنفاق.",
    "تضاف كميات من ثاني اكسيد الكبريت إلى المنتج.",
    "أعلنت الشركة خطة لثاني أكسيد التيتانيوم في مصنعها الجديد.",
])
def test_no_rank(text):
    assert _ordinals(text) == []


# --- ranges of years before 1800 ---

@pytest.mark.parametrize("text, surface, date", [
    ("حكم الملك البلاد (1643- 1715) وشهد عهده حروبا طويلة.", "1643- 1715", "1643/1715"),
    ("عاش الفيلسوف في الفترة ما بين 1632-1704، وترك مؤلفات كثيرة.", "1632-1704", "1632/1704"),
    ("اندلعت حروب طويلة (1618 - 1648 م) في وسط أوروبا.", "1618 - 1648 م", "1618/1648"),
    ("عاش المؤرخ ( 1332 - 1406 م ) وكتب مقدمته الشهيرة.", "1332 - 1406 م", "1332/1406"),
])
def test_old_year_range(text, surface, date):
    assert (surface, "year_range", int(surface[:4]), date) in _rows(text)


@pytest.mark.parametrize("text, kind", [
    ("تراوح سعر الطن بين 1250-1290 دولارا خلال الأسبوع.", "money"),  # prices
    ("تتسع القاعة لنحو 1200-1250 زائرا يوميا.", "count"),  # a counted noun
])
def test_old_range_of_amounts_is_no_year_range(text, kind):
    rows = _rows(text)
    assert not any(k == "year_range" for _, k, _, _ in rows)
    assert any(k == kind for _, k, _, _ in rows)


@pytest.mark.parametrize("text", [
    "ارتفع عدد الطلاب في العام الدراسي 1435-1436 هـ إلى أكثر من ألف.",  # a Hijri academic year
    "نما عدد السكان خلال المدة 1413-1431 بمعدل مرتفع.",  # a bare range in the Hijri years
    "سجلت المحطة 1701-1703 زائرا في اليوم.",  # a counted noun after the range
])
def test_hijri_or_counted_ranges_are_no_old_year_range(text):
    assert not any(k == "year_range" and d[:4].isdigit() and int(d[:4]) < 1800 for _, k, _, d in _rows(text))


# --- the Egyptian pound's subunits are money (currencies.csv: قرش, مليم) ---

def _money(text):
    return [(q["surface"], q["value"], q["currency"], q["unit"]) for q in extract_quantities(text) if q["kind"] == "money"]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("أصدرت الهيئة طابعا تذكاريا قيمته 20 مليمًا بمناسبة افتتاح المتحف.", "20 مليمًا", 20, "مليم"),
    ("تراجع الجنيه أمام الدولار 12 قرشا خلال تعاملات الأسبوع.", "12 قرشا", 12, "قرش"),
    ("كان سعر النسخة خمسة قروش عند صدور العدد الأول.", "خمسة قروش", 5, "قرش"),
])
def test_piastre_and_millime_are_money(text, surface, value, unit):
    assert (surface, value, "EGP", unit) in _money(text)


@pytest.mark.parametrize("text", [
    "رصد الغواصون سمكة قرش كبيرة قرب الشعاب المرجانية.",  # a shark
    "استخدم الجيش مدافع عيار 120 مليمترا في المناورة.",  # millimetres
    "كرم النادي اللاعب عبدالله القرشي بعد المباراة.",  # a family name
])
def test_shark_millimetre_and_name_are_no_money(text):
    assert _money(text) == []


# --- a clock time "of this day", the weekday and its written date after it ---

def _times(text):
    return [(q["surface"], q["date"]) for q in extract_quantities(text) if q["kind"] == "time"]


@pytest.mark.parametrize("text", [
    "بلغ عدد المستفيدين 1200 حتى الساعة العاشرة صباحاً من هذا اليوم الثلاثاء 19/10/1436هـ.",
    "بلغ عدد المستفيدين 1200 حتى الساعة العاشرة صباحاً من هذا اليوم (الثلاثاء) 19/10/1436هـ.",
])
def test_time_of_this_day_takes_the_written_date(text):
    assert _times(text) == [("الساعة العاشرة صباحاً", "2015-08-04T10:00")]


@pytest.mark.parametrize("text", [
    "بلغ عدد المستفيدين 1200 حتى الساعة العاشرة صباحاً من هذا اليوم.",  # no date: undated (the guide)
    "بلغ عدد المستفيدين 1200 حتى الساعة العاشرة صباحاً من هذا اليوم الثلاثاء في جدة.",  # a weekday alone
])
def test_time_of_this_day_without_date_stays_undated(text):
    assert [d for _, d in _times(text)] == ["T10:00"]


# --- a plural time noun before البالغة and an amount in millions: contracts (عقود), not decades ---

def test_contracts_amounting_to_millions_are_no_duration():
    rows = _rows("سددت الإدارة متأخرات العقود البالغة 40 مليونا قبل نهاية الموسم.")
    assert not any(k == "duration" for _, k, _, _ in rows)
    assert ("40 مليونا", "count", 40000000, "") in rows


@pytest.mark.parametrize("text, surface, value", [
    ("تمتد المرحلة خلال السنوات البالغ عددها 5 سنوات المقبلة.", "5 سنوات", 5),
    ("تكون الكوكب قبل نحو 4.6 مليار عام وفق العلماء.", "4.6 مليار عام", 4600000000),
])
def test_durations_stay(text, surface, value):
    assert any(s.endswith(surface) and k == "duration" and v == value for s, k, v, _ in _rows(text))
