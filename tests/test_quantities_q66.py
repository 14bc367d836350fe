"""Session 45, q66: seasons written against the reading order (``موسم 2016-2015``, ``موسم -2012 2013``),
sentences numbered in a run (``هي 1 ... . 2 ... . 3 ...``), a festival named by its Hijri year (``مهرجان
الطائف 37`` in 1437 AH), ``عقدي X وY`` a count, and the senior squad after two nisba
qualifiers.  Sentences written for these tests, with the neighbours that must not change."""
from __future__ import annotations

from arnews.quantities import extract_quantities


def _rows(text, published=""):
    return [(q["surface"], q["kind"], q["value"], q["date"]) for q in extract_quantities(text, published=published)]


def _kinds(text, published=""):
    return [(q["surface"], q["kind"]) for q in extract_quantities(text, published=published)]


# -- season_years
def test_reversed_successive_years_are_a_season():
    rows = _rows("وحقق النادي لقب الكأس في موسم 2016-2015 بعد غياب طويل")
    assert ("2016-2015", "year_range", 2015, "2015/2016") in rows


def test_dash_moved_before_the_first_year_is_a_season():
    rows = _rows("وتوج الفريق بلقب الدوري موسم -2012 2013، ثم حل وصيفا")
    assert ("-2012 2013", "year_range", 2012, "2012/2013") in rows
    assert not any(k == "count" for _, k, _, _ in rows)


def test_season_neighbours_keep_their_reading():
    # years in the reading order, years that are not successive, and a negative temperature
    assert ("2015-2016", "year_range", 2015, "2015/2016") in _rows("في موسم 2015-2016 فاز الفريق")
    assert not any(k == "year_range" and d == "2010/2016" for _, k, _, d in _rows("بين 2016-2010 تغير الكثير"))
    assert ("-4 درجات", "measure", -4, "") in _rows("وتنخفض الحرارة ليلا إلى -4 درجات")
    assert not any(s.startswith("-2013 2015") for s, _, _, _ in _rows("موسم -2013 2015 كان صعبا"))


# -- sentence_items
def test_sentences_numbered_in_a_run_are_labels():
    text = ("وأوضح الطبيب أن أسباب انتقال العدوى هي 1 استخدام أدوات ملوثة. 2 نقل الدم دون فحص. "
            "3 مخالطة المصابين. 4 إهمال النظافة الشخصية.")
    rows = _kinds(text)
    assert [k for s, k in rows if s.strip()[:1] in "1234"] == ["label"] * 4


def test_two_numbered_sentences_still_count():
    rows = _rows("وأصيب في الحادث 3 أشخاص. 4 آخرون غادروا المستشفى.")
    assert ("3 أشخاص", "count", 3, "") in rows
    assert any(k == "count" and v == 4 for _, k, v, _ in rows)


# -- festival_years
def test_festival_named_by_its_hijri_year_is_a_label():
    pub = "2016-07-20"  # 1437 AH
    for text in ("وشهدت فعاليات مهرجان الطائف 37، أمس، إقبالا كبيرا", "ضمن مهرجان صيف أبها 37 والمقام في المدينة"):
        assert [k for s, k in _kinds(text, pub) if "37" in s] == ["label"], text


def test_festival_numbers_that_count_or_rank_are_left_alone():
    pub = "2016-07-20"
    assert ("37 عارضا", "count", 37, "") in _rows("وشارك في مهرجان الطائف 37 عارضا", pub)
    assert ("37 فنانا", "count", 37, "") in _rows("وقدم المهرجان 37 فنانا عروضهم", pub)
    # another year: no name of the festival
    assert [k for s, k in _kinds("وشهدت فعاليات مهرجان الطائف 37 إقبالا", "2018-07-20") if "37" in s] != ["label"]


# -- decade_pairs
def test_construct_dual_of_contracts_or_decades_before_a_pair_counts():
    assert [k for s, k in _kinds("وأعلن النادي تجديد عقدي الزهراني والقحطاني") if s == "عقدي"] == ["count"]
    assert [k for s, k in _kinds("وكتب في مجلات صدرت خلال عقدي الخمسينات والستينات") if s == "عقدي"] == ["count"]


def test_two_decades_of_time_stay_a_duration():
    assert [k for s, k in _kinds("وعمل في المستشفى منذ عقدين من الزمن") if "عقدين" in s] == ["duration"]


# -- the senior squad (the quantity guide, 2026-12-03)
def test_senior_squad_after_two_nisba_qualifiers_is_no_rank():
    assert _kinds("وأدى الفريق الكروي النصراوي الأول تدريبه مساء أمس") == []


def test_a_rank_after_one_qualifier_is_kept():
    assert [k for _, k in _kinds("وجاء الفريق الاتحادي الثاني في الترتيب العام")] == ["ordinal"]


# -- huma_duals
def test_noun_in_ين_named_by_the_dual_pronoun_is_two():
    assert ("مواطنين", "count", 2, "") in _rows("وضبطت الدوريات مواطنين بحوزتهما كمية من الحبوب المخدرة")
    assert ("لاعبين", "count", 2, "") in _rows("وأنهى النادي التعاقد مع لاعبين أجنبيين، وهما مهاجم ومدافع")
    assert ("للمدربين", "count", 2, "") in _rows("وقدم الرئيس الشكر للمدربين على جهودهما في الموسم")


def test_plural_in_ين_without_the_dual_pronoun_stays_no_figure():
    assert _rows("وشارك في الحملة عدد من المواطنين والمقيمين") == []
    assert _rows("وطالب المتظاهرين بالهدوء مهما كانت الظروف") == []
    assert _rows("وعمل الموظفين فيهما لساعات طويلة") == []  # the pronoun of a preposition: a place before
    # the number word counts them, once
    assert [v for _, k, v, _ in _rows("وتعاقد النادي مع أجنبيين اثنين هما مهاجم وحارس") if k == "count"] == [2]
    assert _rows("واحتدم الخلاف بين الفريقين والمشجعين بينهما") == [("الفريقين", "count", 2, "")] or \
        not any(s == "والمشجعين" for s, _, _, _ in _rows("واحتدم الخلاف بين الفريقين والمشجعين بينهما"))
