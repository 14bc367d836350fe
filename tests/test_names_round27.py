"""Names round 27: places and organisations on Saudi news (issue 14).

Every sentence here is written for these tests in the style of Saudi news (none copied from a
corpus); the places and bodies are real kinds, the events invented.  Each rule comes with
neighbours that must NOT match."""
from __future__ import annotations

from arnews.entities import find_names
from name_checks import names


# --- mosques, bridges and border crossings named after a patron or a place are places ---

def test_a_bridge_and_a_mosque_named_after_a_king_are_places():
    got = names("وعبر آلاف المسافرين جسر الملك فهد أمس، فيما امتلأ جامع الملك خالد بالمصلين.")
    assert ("جسر الملك فهد", "place") in got
    assert ("جامع الملك خالد", "place") in got


def test_a_border_crossing_named_by_a_rare_definite_word_is_a_place():
    got = names("وأوقف رجال الجمارك في منفذ البطحاء شاحنة محملة بالممنوعات.")
    assert got == [("منفذ البطحاء", "place")]


def test_a_mosque_named_after_a_listed_town_is_a_place():
    got = names("وافتتح المحافظ مسجد أبها الجديد بعد ترميمه.")
    assert ("مسجد أبها", "place") in got


def test_a_perpetrator_a_metaphorical_bridge_and_a_mosque_in_a_town_are_no_names():
    # منفذ *perpetrator* before a common word; جسر *bridge* of trust; a mosque *in* a town (بعسير) is where it is
    assert names("وكشفت التحقيقات هوية منفذ الجريمة خلال ساعات.") == []
    assert names("ويمثل الحوار جسر التواصل بين الأجيال.") == []
    got = names("واستهدف التفجير مسجدا بعسير، وصلى الناس في مسجد بعسير.")
    assert all(not s.startswith("مسجد") for s, _ in got)
    assert names("ودخل المصلون المسجد الكبير، وأغلق المنفذ مؤقتا.") == []


# --- Saudi agencies named by their field (known_names.csv, context agency) ---

def test_the_passports_directorate_named_bare_is_an_organisation():
    got = names("ودعت الجوازات المقيمين إلى تحديث بياناتهم، وأكد أفراد الجوازات جاهزيتهم.")
    assert got.count(("الجوازات", "organisation")) == 2


def test_public_security_after_an_office_is_an_organisation():
    got = names("وقال مساعد مدير الأمن العام للشؤون الأمنية إن الخطة نجحت.")
    assert ("الأمن العام", "organisation") in got


def test_the_short_and_full_names_of_a_directorate_are_one_entity():
    df = find_names("وأكدت المديرية العامة للجوازات أن الجوازات ستمدد ساعات العمل.")
    assert list(df.surface) == ["المديرية العامة للجوازات", "الجوازات"]
    assert df.entity_id.nunique() == 1


def test_a_listed_full_name_wins_over_its_cued_first_half():
    got = names("وأحالت هيئة التحقيق والادعاء العام المتهم إلى المحكمة.")
    assert got == [("هيئة التحقيق والادعاء العام", "organisation")]


def test_passports_public_order_and_talks_are_no_agencies():
    # passports themselves (a nisba adjective follows), public order behind ب, talks (المباحثات)
    assert names("ويبدأ تجديد الجوازات اليمنية الأسبوع المقبل.") == []
    assert names("وتتعلق القضايا بالأمن العام والسكينة.") == []
    assert names("واستؤنفت المباحثات بين الطرفين أمس.") == []


# --- countries: names CLDR lacks, جمهورية + a country, the country inside an office ---

def test_country_names_that_cldr_writes_otherwise_are_places():
    assert names("وصل مئات اللاجئين إلى مقدونيا أمس.") == [("مقدونيا", "place")]
    got = names("وتأهل منتخب كوت ديفوار بعد فوزه على الكونغو الديمقراطية.")
    assert ("الكونغو الديمقراطية", "place") in got


def test_a_republic_before_a_country_in_an_office_is_the_country_and_no_person():
    got = names("وبعث خادم الحرمين برقية تهنئة لرئيس جمهورية كوت ديفوار بمناسبة ذكرى استقلال بلاده.")
    assert ("جمهورية كوت ديفوار", "place") in got
    assert all(t != "person" or not s.startswith("بمناسبة") for s, t in got)


def test_the_president_s_name_after_the_republic_is_still_a_person():
    got = names("وقال رئيس جمهورية كوت ديفوار ألاسان واتارا إن الاتفاق صامد.")
    assert ("جمهورية كوت ديفوار", "place") in got
    assert ("ألاسان واتارا", "person") in got
    got = names("وقال رئيس جمهورية مالي إبراهيم كيتا إن الاتفاق صامد.")
    assert ("إبراهيم كيتا", "person") in got


def test_syria_spelled_with_ta_marbuta_only_after_a_preposition():
    assert names("وتدور المعارك في سورية منذ سنوات.") == [("سورية", "place")]
    assert names("وتسلمت مئة عائلة سورية مساعدات غذائية.") == []
    assert names("بعث برقية إلى رئيس الجمهورية أمس.") == []


# --- landforms as place cues (entity_cues.csv): جبال، سهول، مرتفعات، تلال، وادي، ضاحية ---

def test_mountains_and_heights_announce_a_place():
    assert ("السروات", "place") in names("وهطلت أمطار غزيرة على جبال السروات مساء أمس.")
    assert ("الجولان", "place") in names("وتقع القرية في مرتفعات الجولان المحتلة.")


def test_a_listed_place_opening_with_a_place_word_wins_over_its_cued_part():
    assert names("وفي وادي الدواسر هطلت الأمطار.") == [("وادي الدواسر", "place")]


def test_landform_words_before_common_words_name_nothing():
    assert names("وتراكمت جبال من النفايات على أطراف الحي.") == []
    assert names("وتمتد سهول واسعة ومرتفعات عالية في المنطقة.") == []


# --- a facility named after a person without a title, closed by its adjective ---

def test_a_stadium_named_after_a_given_name_and_closed_by_its_adjective_is_a_place():
    got = names("وتقام المباراة النهائية على استاد زايد الدولي مساء الجمعة.")
    assert got == [("استاد زايد الدولي", "place")]


def test_a_given_name_after_a_facility_word_without_the_adjective_is_no_facility():
    got = names("وسجل في ملعب خالد هدفين أمس.")
    assert all(not s.startswith("ملعب") for s, _ in got)
