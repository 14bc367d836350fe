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
