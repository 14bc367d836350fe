"""Names session 36 (issue 14, places): both places of a dual place cue, a place named beside a nationality
adjective, a city joined by و in a list of places whose word with و is another listed city (``وجدة``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
villages and people are invented.  Each rule comes with neighbours that must NOT match."""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


# --- both places of a dual place cue (apposed_places.dual_cue_pairs) ---

def test_both_unlisted_places_of_a_dual_cue():
    assert places("وقصفت الطائرات قريتي كفرنبلا والعيدونة بريف المحافظة أمس.") == ["كفرنبلا", "العيدونة"]
    assert places("وانسحب المسلحون من قريتي تل مرديخ والحميرة بعد اشتباكات.") == ["تل مرديخ", "الحميرة"]


def test_the_first_place_of_a_dual_cue_before_a_listed_city():
    assert places("وتقع المنطقة بين محافظتي لحج وعدن جنوب البلاد.") == ["لحج", "عدن"]


def test_a_dual_cue_before_ordinary_words_or_a_possessive_names_nothing():
    assert places("وقال إن منطقتي الملعب والسوق تحتاجان إلى صيانة.") == []
    assert places("أحب منطقتي الجميلة والهادئة كثيرا.") == []
    assert places("وقضيت العيد في قريتي وأهلي معي.") == []
    assert places("وقصفت القوات القريتين بالصواريخ والمدفعية الثقيلة.") == []
    assert places("وقال إن تدمير مدينتين يابانيتين وإسقاط القنابل جريمة.") == []


# --- a place named beside a nationality adjective (apposed_places.gentilic_places) ---

def test_a_city_after_a_capital_and_its_nationality_adjective():
    assert places("وتستضيف العاصمة الهولندية أمستردام المعرض الشهر المقبل.") == ["أمستردام"]
    assert places("ووصل الوفد بعد ظهر أمس إلى العاصمة الفنلندية هلسنكي.") == ["هلسنكي"]


def test_a_town_between_a_city_cue_and_the_nationality_adjective():
    assert places("وأقام الفريق معسكره في مدينة أفيون التركية لمدة أسبوعين.") == ["أفيون"]
    assert places("ووصل اللاعبون إلى مدينة بولو التركية مساء الجمعة.") == ["بولو"]


def test_no_place_without_a_nationality_adjective_or_after_a_definite_word():
    assert places("وزار الأطفال مدينة الملاهي التركية في العيد.") == []
    assert places("وتجول الوفد في المدينة التركية القديمة.") == []
    assert places("وقالت العاصمة الجميلة إنها ترحب بالزوار.") == []
    assert places("وأقيم الحفل في مدينة سبورتي الرياضية بجدة.") == ["جدة"]


# --- a region named by a continent or a direction and a nationality adjective (apposed_places.region_phrases) ---

def test_a_continent_or_a_direction_with_a_nationality_adjective():
    assert places("وتراجعت مبيعات الشركة في القارة الأوروبية العام الماضي.") == ["القارة الأوروبية"]
    assert places("وحلقت الطائرات فوق القرى في الجنوب اللبناني أمس.") == ["الجنوب اللبناني"]


def test_a_feminine_adjective_after_a_direction_qualifies_the_noun_before():
    assert places("وتشهد محافظات الوسط والجنوب العراقية احتجاجات.") == []
    assert places("وتحدث عن الجنوب الجميل.") == []


# --- a city joined by و whose word with و is another listed city (places._conj_reading) ---

def test_a_city_joined_by_wa_beside_a_listed_city():
    assert places("وتربط الطائرة بين الرياض وجدة في عشر دقائق.") == ["الرياض", "جدة"]


def test_the_same_word_alone_is_no_place():
    assert places("ووجدة الرجل في بيته أمس.") == []


# --- a listed place of two words recurs by its short form (place_short_forms.csv, place_recurrence.py) ---

def _article(*paragraphs):
    import pandas as pd

    from arnews.entities import entities_table

    n = len(paragraphs)
    df = entities_table(pd.DataFrame({"article_id": ["a"] * n, "paragraph": list(range(n)), "role": ["body"] * n,
                                      "text": list(paragraphs), "lang": ["ar"] * n}))
    return [(r.surface, r.type) for r in df.itertuples()]


def test_medina_and_the_eastern_province_recur_by_their_short_forms():
    got = _article("وصل الوفد إلى المدينة المنورة صباح أمس.", "وقال مدير السياحة بالمدينة إن المهرجان ناجح.")
    assert ("المدينة", "place") in got
    got = _article("وقالت الجوازات في المنطقة الشرقية إن العدد ارتفع.", "وتواصل فرق البحث عملها في شواطئ الشرقية.")
    assert [s for s, t in got if t == "place"] == ["المنطقة الشرقية", "الشرقية"]


def test_a_short_form_without_the_full_form_or_before_an_adjective_is_no_place():
    assert [s for s, t in _article("ووصل الوفد إلى المدينة أمس.") if t == "place"] == []
    got = _article("وصل الوفد إلى المدينة المنورة صباح أمس.", "وزار الوفد المدينة الصناعية.")
    assert [s for s, t in got if t == "place"] == ["المدينة المنورة"]
    got = _article("وافتتح المشروع في المدينة المنورة.", "وتفتح «هدية المدينة» باب التسجيل.")
    assert [s for s, t in got if t == "place"] == ["المدينة المنورة"]
    got = _article("وغرق شاب في بئر بالمدينة المنورة.", "وانتشل مدني المدينة جثته.")
    assert [s for s, t in got if t == "place"] == ["المدينة المنورة"]
