"""Names round 38 (issue 14): the states of the United States; the Gulf and the Eastern Province by their short names;
a country inside an office; a quoted place after a preposition; a general body with its field (الرئاسة العامة لرعاية الشباب).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
people are invented.  Each rule comes with neighbours that must NOT match: a state's name that is also a
person's name outside a preposition, a state's name inside another word (تويوتا)."""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


# --- the states of the United States (place_aliases.csv, US-XX) ---

def test_the_states_of_the_united_states_are_places():
    assert places("وضرب الإعصار سواحل فلوريدا، فيما اجتاحت الحرائق غابات كاليفورنيا وتكساس.") == \
        ["فلوريدا", "كاليفورنيا", "تكساس"]
    assert places("ودفنت المغنية في مقبرة بنيوجيرزي قرب منزل والدتها.") == ["نيوجيرزي"]
    assert places("وتتنافس كارولينا الشمالية وأوهايو على استضافة المؤتمر.") == ["كارولينا الشمالية", "أوهايو"]


def test_a_state_that_is_also_a_persons_name_needs_a_preposition():
    assert places("ودرس الطبيب في فيرجينيا قبل أن يعود إلى الرياض.") == ["فيرجينيا", "الرياض"]
    assert places("وقالت فيرجينيا إن الفيلم سيعرض في الصيف.") == []
    assert "يوتا" not in " ".join(places("وطرحت شركة تويوتا طرازها الجديد في السوق."))


# --- the Gulf and the Eastern Province by their short names (after a preposition, دول or لدى; beside a listed place) ---

def test_the_gulf_after_states_of_or_a_preposition_is_a_place():
    assert places("ونأمل في حوار بين إيران ودول الخليج بعد توقيع الاتفاق.") == ["إيران", "الخليج"]
    assert places("وكشف سفير الائتلاف لدى الخليج أن التحركات مستمرة.") == ["الخليج"]
    assert places("وارتفعت الأسهم في الخليج أمس.") == ["الخليج"]


def test_the_gulf_before_an_adjective_or_as_a_club_is_no_bare_place():
    assert "الخليج" not in places("وعقد مجلس التعاون لدول الخليج العربية اجتماعه.")
    assert places("وتعادل الخليج مع الفتح في الدوري.") == []
    assert places("وشارك المنتخب في كأس الخليج لكرة القدم.") == []


def test_the_eastern_province_by_its_short_name():
    assert places("وعقدت اللجنة اجتماعها بالشرقية أمس.") == ["الشرقية"]
    assert places("وتنشط الرياح على الشرقية والرياض والقصيم.") == ["الشرقية", "الرياض", "القصيم"]


def test_eastern_as_an_adjective_is_no_place():
    assert places("وتقع الواجهة الشرقية للمبنى قرب الطريق.") == []
    assert places("وأغلقت البوابة الشرقية للسوق.") == []


# --- a country right after an office is part of the office, not a person (names.py, _skip_role_chain) ---

def people(text):
    return [s for s, t in names(text) if t == "person"]


def test_a_country_after_an_office_is_a_place_not_a_person():
    assert places("وهنأت القيادة رئيس كوت ديفوار بمناسبة اليوم الوطني لبلاده.") == ["كوت ديفوار"]
    assert people("وهنأت القيادة رئيس كوت ديفوار بمناسبة اليوم الوطني لبلاده.") == []
    assert places("وهنأ ولي العهد رئيس فنلندا بذكرى استقلال بلاده.") == ["فنلندا"]
    assert people("وهنأ ولي العهد رئيس فنلندا بذكرى استقلال بلاده.") == []


def test_the_person_after_an_office_and_its_country_is_still_a_person():
    assert people("والتقى رئيس وزراء باكستان نواز شريف بالوفد الزائر.") == ["نواز شريف"]
    assert people("وقال رئيس اللجنة خالد الفيصل إن الأعمال مستمرة.") == ["خالد الفيصل"]
    assert people("وقال الرئيس الفرنسي فرانسوا هولاند إن بلاده مستعدة.") == ["فرانسوا هولاند"]


# --- a place name in quotes after a preposition (places.py, _in_quotes) ---

def test_a_quoted_place_after_a_preposition_is_a_place():
    assert places("والمقاومة تتقدم بـ\"أبين\" جنوبي البلاد.") == ["أبين"]
    assert places("ووصل الوفد إلى \"جدة\" أمس.") == ["جدة"]


def test_a_quoted_word_that_is_a_town_only_after_a_cue_stays_a_word():
    assert places("وقال إن \"الخبر\" غير صحيح.") == []
    assert places("ونشر ذلك في \"الخبر\" أمس.") == []


def test_a_quoted_city_after_a_place_cue_stays_the_city_not_a_club():
    got = names("وأقام الفريق معسكره التحضيري بمدينة «سالزبورغ» النمساوية استعدادا للدوري.")
    assert ("سالزبورغ", "place") in got and ("سالزبورغ", "organisation") not in got


# --- a general body's field after ل + an indefinite noun (orgnames.py, _org_end) ---

def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def test_a_general_body_with_its_field_is_one_organisation():
    assert orgs("وأعلنت الرئاسة العامة لرعاية الشباب عن برنامج جديد للأندية.") == ["الرئاسة العامة لرعاية الشباب"]
    assert orgs("وأوضحت المديرية العامة لحرس الحدود أن الدوريات ضبطت المتسللين.") == ["المديرية العامة لحرس الحدود"]
    assert orgs("وضبطت الإدارة العامة لمكافحة المخدرات كمية من الحبوب.") == ["الإدارة العامة لمكافحة المخدرات"]


def test_a_general_word_before_a_purpose_is_no_body():
    assert orgs("وبلغ الإنفاق العام لتنفيذ المشاريع مليار ريال.") == []
    assert orgs("وتم تشكيل لجنة عامة لدراسة الموضوع.") == []
    assert orgs("وهذا هو الإطار العام لعمل الحكومة.") == []


# --- bodies named bare: the weather authority, al-Qaeda with its head word, the stock market in quotes (known_names.csv) ---

def test_the_weather_authority_by_its_field_is_an_organisation():
    assert orgs("كما توقعت الأرصاد هطول أمطار رعدية على المرتفعات.") == ["الأرصاد"]
    assert orgs("وقال أستاذ في الأرصاد الجوية إن الصيف طويل.") == []


def test_al_qaeda_with_its_head_word_is_an_organisation():
    assert orgs("وتبنى تنظيم القاعدة الهجوم على الثكنة.") == ["تنظيم القاعدة"]
    assert orgs("وهذه القاعدة تنطبق على الجميع.") == []


def test_the_stock_market_by_its_name_in_quotes():
    assert "تداول" in orgs("ونشرت الشركة نتائجها على موقع السوق المالية \"تداول\" أمس.")
    assert orgs("وارتفع حجم تداول الأسهم في السوق أمس.") == []


# --- Saudi governorates that no resource lists (known_names.csv, geo:known-*) ---

def test_saudi_governorates_are_places():
    assert places("وشهدت محافظات القويعية وشرورة ورفحاء أمطارا غزيرة.") == ["القويعية", "شرورة", "رفحاء"]
    assert places("ووصل الوفد إلى محايل عسير ثم إلى دومة الجندل.") == ["محايل عسير", "دومة الجندل"]
    assert places("ووقع الحادث في بيش أمس.") == ["بيش"]


def test_a_governorate_that_is_also_a_word_needs_a_preposition():
    assert places("وقال إن فرسان القبيلة حضروا الحفل.") == []
    assert places("وتكرر ذلك مرات عديدة.") == []


def test_a_list_of_towns_runs_on_through_listed_governorates():
    got = places("وتشمل اللقاءات البلديات المرتبطة «الخرمة ورنية وتربة والمويه وظلم والمحاني وميسان وبني سعد».")
    assert got == ["الخرمة", "رنية", "تربة", "المويه", "ظلم", "المحاني", "ميسان", "بني سعد"]
    assert places("وزار الوفد الطائف وظلم الناس لا يرضي أحدا.") == ["الطائف"]
