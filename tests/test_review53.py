"""Session 49, fix1: the review of session 49's merges (review1 items 1-4 and 12), each reproducer and the neighbours
that must keep working.  Sentences written for the test in the style of Arabic news."""
import sys
import time
from pathlib import Path

import pytest

from arnews import lexicons
from arnews.entities.known import is_sport_word
from arnews.entities.learned import _head_rows
from arnews.entities.learned_clubs import team_sporty
from arnews.entities.names import paragraph_names
from arnews.normalize import key
from arnews.quantities import extract_quantities
from arnews.text import make_paragraph

PUB = "2015-06-01"


def _q(sentence, published=PUB):
    return [(q["surface"], q["kind"], q["value"], q["date"]) for q in extract_quantities(sentence, published=published)]


def _names(text):
    p = make_paragraph(text, "ar")
    return [(p.norm.text[n.start:n.end], n.type) for n in paragraph_names(p)]


# -- 1. N منه is a day of the month named before only in a date frame, and not past a Hijri month
@pytest.mark.parametrize("sentence, row", [
    ("صدر القانون في يناير 2014، ونصت المادة 12 منه على العقوبات.", ("المادة 12", "label", 12, "")),
    ("عقد المؤتمر في مايو الماضي، وجاء في الصفحة 25 منه أن الإنتاج ارتفع.", ("الصفحة 25", "label", 25, "")),
    ("اشترى التاجر سيارات في أبريل الماضي، وباع 15 منه في السوق.", ("15", "count", 15, "")),
])
def test_a_number_of_it_after_a_month_is_no_day(sentence, row):
    got = _q(sentence)
    assert row in got
    assert not any(k == "date" and "منه" in s for s, k, _, _ in got)


def test_a_day_of_it_after_a_hijri_month_is_not_the_gregorian_one():
    got = _q("انعقد المؤتمر في مايو الماضي، ومع حلول شهر رمضان وفي 27 منه يتحرى المسلمون ليلة القدر.")
    assert not any(k == "date" and d.startswith("2015-05") and "27" in s for s, k, _, d in got)


def test_days_of_it_in_a_date_frame_keep_their_month():
    assert [r for r in _q("يبدأ الموسم في سبتمبر المقبل، على أن تقام مباراتا الذهاب والإياب في 25 و26 منه.")
            if r[1] == "date"] == [("25", "date", None, "2015-09-25"), ("26 منه", "date", None, "2015-09-26")]
    assert ("20 منه", "date", None, "2015-05-20") in _q("وصدر النظام في 3 مايو 2015 وعدل في 20 منه")
    assert ("قبل الـ20 منه", "date", None, "2015-07-20") in _q("وتبدأ الدورة في يوليو المقبل وتسجل الفرق قبل الـ20 منه") \
        or ("الـ20 منه", "date", None, "2015-07-20") in _q("وتبدأ الدورة في يوليو المقبل وتسجل الفرق قبل الـ20 منه")
    assert ("يومي 20 و21 منه", "date", None, "--05-20/--05-21") in _q("ويقام الذهاب في 3 مايو والإياب يومي 20 و21 منه")


# -- 2. قوة + a town is a regional force only for a Saudi place (or after منطقة); بقوة is also the adverb
@pytest.mark.parametrize("text, place", [
    ("قصفت الطائرات بقوة حلب وريفها الشمالي.", "حلب"),
    ("هاجم المسلحون بقوة الموصل فجر اليوم.", "الموصل"),
    ("ضرب الإعصار بقوة فلوريدا مساء أمس.", "فلوريدا"),
    ("تعتمد قوة دبي على موقعها التجاري.", "دبي"),
    ("تكمن قوة غزة في صمود أهلها.", "غزة"),
    ("تبرز قوة لندن كمركز مالي عالمي.", "لندن"),
    ("ترتبط قوة الرياض بمكانتها الاقتصادية.", "الرياض"),
    ("تحدث الوزير عن قوة القاهرة الناعمة في المنطقة.", "القاهرة"),
])
def test_the_strength_of_a_town_is_no_force(text, place):
    got = _names(text)
    assert (place, "place") in got
    assert not any(t == "organisation" and "قوة" in s for s, t in got)


@pytest.mark.parametrize("text, org", [
    ("استقبل قائد قوة منطقة جازان الوفد الزائر.", "قوة منطقة جازان"),
    ("وزار الشيخ مقر قيادة قوة جازان بدعوة من وزارة الدفاع.", "قوة جازان"),
    ("وحضر المحاضرة ضباط الشؤون الدينية بقوة نجران.", "قوة نجران"),
    ("زار الشيخ مقر قيادة قوة جازان التابعة لوزارة الدفاع.", "قوة جازان"),
])
def test_a_saudi_regional_force_stays_one_organisation(text, org):
    assert (org, "organisation") in _names(text)


# -- 3. مديرية + a field + the town it serves stays a directorate (the town is not lost in a "district")
@pytest.mark.parametrize("text", [
    "أعلنت مديرية تموين القاهرة ضبط مخبز مخالف.",
    "قالت مديرية إسكان البصرة إن المشروع اكتمل.",
    "أصدرت مديرية أوقاف الإسكندرية قرارا بإغلاق المساجد.",
    "أكدت مديرية أوقاف دمشق أن صلاة الجمعة أقيمت.",
])
def test_a_field_and_its_town_is_no_district(text):
    got = _names(text)
    assert not any(t == "place" and s.startswith("مديرية") for s, t in got), got


def test_a_district_before_a_town_named_after_it_is_still_a_place():
    got = _names("سيطر المسلحون على مديرية صرواح غرب مأرب.")
    assert ("مديرية صرواح", "place") in got and ("مأرب", "place") in got


# -- 4. team_sporty reads the paragraph once, not once per head match
def test_team_sporty_is_linear_in_the_heads():
    def run(n):
        p = make_paragraph("شارك فريق الكشافة في الخدمة. " * n + "وفاز اللاعب بالمباراة في الدوري.", "ar")
        t = time.process_time()
        rows = list(_head_rows([p]))
        return time.process_time() - t, p, rows

    run(50)  # (warm the caches)
    small, _, _ = run(300)
    big, p, _ = run(1200)
    assert big < 8 * small + 0.5, (small, big)  # four times the heads: about four times the time (was ~16)
    assert team_sporty(p) and p.memo["team_sport_word"] is True


def test_team_sporty_still_needs_a_sport_word_besides_the_team_word():
    p = make_paragraph("استقبل أمير المنطقة فريق الزيارة في مكتبه بحضور فريق الإحصاء وفريق الكشافة.", "ar")
    assert not team_sporty(p)


# -- 12. is_sport_word follows a lexicon switch without a call to sport_words before it
def test_is_sport_word_follows_the_lexicon_folder(tmp_path, monkeypatch):
    d = tmp_path / "lex"
    lexicons.init(d)
    f = d / "sport_words.csv"
    f.write_text(f.read_text(encoding="utf-8") + "زحليقة,a made-up sport word for the test\n", encoding="utf-8")
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    assert not is_sport_word(key("زحليقة")) and is_sport_word(key("مباراة"))
    monkeypatch.setenv("ARNEWS_LEXICONS", str(d))
    try:
        assert is_sport_word(key("زحليقة"))
    finally:
        monkeypatch.delenv("ARNEWS_LEXICONS")
    assert not is_sport_word(key("زحليقة"))
