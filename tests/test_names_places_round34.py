"""Names round 34p: place names (issue 14).

Every sentence here is written for these tests (none copied from a corpus or a gold page); the
Vietnamese places are real names in invented sentences.  Each rule comes with neighbours that must
NOT become places: a cue word alone, مدينة, 15 دولة, Arabic prose whose words are also syllables."""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


# --- Vietnamese syllables that are also Arabic words (بينه، ثوان، تينه، هوا، نام) ---

def test_a_place_cue_before_syllables_that_are_arabic_words():
    assert places("وزار الوفد مقاطعة بينه ثوان الأسبوع الماضي.") == ["بينه ثوان"]
    assert places("ويعيش الصيادون في بلدية ها نام منذ عقود.") == ["ها نام"]


def test_a_facility_named_by_syllables_is_a_place():
    assert places("وبدأ العمل في توسيع ميناء سا هوينه قبل عامين.") == ["ميناء سا هوينه"]
    assert places("ويقصد السياح بحيرة هوا بينه كل صيف.") == ["بحيرة هوا بينه"]


def test_a_list_of_provinces_goes_on_after_a_place():
    got = places("وحضر المعرض ممثلون من هانوي وها تينه وكوانغ بينه.")
    assert "ها تينه" in got and "كوانغ بينه" in got
    got = places("وحضر المعرض ممثلون من مقاطعات ثانه هوا وها تينه وكوانغ بينه.")
    assert "ها تينه" in got and "كوانغ بينه" in got
    got = places("وحضر المعرض ممثلون من بلدية دونغ ثاب وها تينه.")
    assert got == ["دونغ ثاب", "ها تينه"]
    assert places("وعزلت السيول 3 بلديات هي تا روت وآ بونغ وآ نغو.") == ["تا روت", "آ بونغ", "آ نغو"]


def test_syllables_in_arabic_prose_are_no_place():
    # بينه *between him*, بيان *statement*, ثوان *seconds*: no place cue, or a single word after one
    assert places("وقال إن المسافة بينه وبين أخيه لا تتجاوز ثوان معدودة.") == []
    assert places("وأصدرت الوزارة بيان نام عليه المراقبون.") == []
    assert places("وتقع منطقة بيان في الجنوب.") in ([], ["بيان"])  # one word: left to the other finders
    assert places("وقال إن مدينة وقرية ومنطقة لا تكفي.") == []
    assert places("وشاركت 15 دولة في المؤتمر.") == []
    assert places("وأكد أن المدينة بينه وبينها مسافة.") == []


def test_a_longer_name_holding_the_syllables_is_kept():
    # the province's body holds its name (as with rare syllables: لمقاطعة دونغ ثاب)
    assert names("وأعلنت اللجنة الشعبية لمقاطعة بينه ثوان القرار.") == [
        ("اللجنة الشعبية لمقاطعة بينه ثوان", "organisation")]
    # ب + the cue says where the body sits: the place is a name of its own
    assert places("وأعلنت اللجنة الشعبية بمقاطعة بينه ثوان القرار.") == ["بينه ثوان"]


# --- roads and streets named by a number ---

def test_a_road_named_by_its_number_is_a_place():
    assert places("وتمتد الطريق الوطني رقم 1A عبر المقاطعة.") == ["الطريق الوطني رقم 1A"]
    assert places("وبدأ توسيع الطريق الوطني 8C على طول 32 كم.") == ["الطريق الوطني 8C"]
    assert places("وأغلقت الشرطة شارع 60 أمام السيارات.") == ["شارع 60"]
    assert places("ووقع الحادث بالطريق الدائري 2 مساء أمس.") == ["الطريق الدائري 2"]


def test_a_number_that_counts_names_no_road():
    assert places("ووصلت المساعدات عن طريق 3 أشخاص.") == []
    assert places("وسار على الطريق 15 كيلومترا.") == []
    assert places("وبقي في الشارع 3 ساعات.") == []
    assert places("وقطع الطريق السريع في 40 دقيقة.") == []


# --- المملكة (Saudi Arabia in Saudi news) before a definite word that is no adjective of it ---

def test_the_kingdom_before_a_masculine_or_plural_definite_word():
    assert places("وأشاد الوفد بدور المملكة البارز في مكافحة الجريمة.") == ["المملكة"]
    assert places("وتشارك السلطات المعنية في المملكة الأعضاء في اللجنة.") == ["المملكة"]
    assert places("وقال سفير المملكة الدائم لدى الأمم المتحدة.") == ["المملكة"]


def test_the_kingdom_with_its_own_adjective_is_another_state():
    assert places("وزار الوفد المملكة الأردنية الهاشمية.") == ["المملكة الأردنية الهاشمية"]
    assert places("ووصل الوزير إلى المملكة المتحدة أمس.") == ["المملكة المتحدة"]
    assert places("وقالت إن المملكة الخيالية في الرواية لا وجود لها.") == []


# --- an organisation's span ends before the office's adjective, a title or its partners ---

def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def test_an_office_adjective_after_the_organisation_is_not_its_name():
    assert orgs("وقال مدير جامعة الملك فهد المكلف إن الدراسة تبدأ غدا.") == ["جامعة الملك فهد"]
    assert orgs("وأكد رئيس نادي تبوك الأدبي السابق أن الأمسية ناجحة.") == ["نادي تبوك الأدبي"]


def test_a_title_or_the_partners_after_the_organisation_end_it():
    assert orgs("وأعلنت شركة الخليج للتطوير الكابتن سالم مديرا لها.")[0] == "شركة الخليج للتطوير"
    assert orgs("وهاجمت جماعة الحوثي وحلفائهم مواقع الجيش.") == ["جماعة الحوثي"]


def test_names_that_hold_such_words_stay_whole():
    # the adjectives of the body itself
    assert orgs("وزار الوفد المجلس الأعلى للقضاء.") == ["المجلس الأعلى للقضاء"]
    assert orgs("وأعلنت جامعة الملك سعود الصحية خطتها.") == ["جامعة الملك سعود الصحية"]


def test_function_words_as_syllables_after_a_place_cue():
    assert places("وأقيم الحفل في ساحة هو تشي مينه وسط المدينة.") == ["ساحة هو تشي مينه"]
    assert places("ويكثر الازدحام في منطقة كان لوك صباحا.") == ["كان لوك"]
    assert places("وزار الوفد بلدية تو لي أمس.") == ["تو لي"]


def test_function_words_after_a_place_cue_in_prose():
    assert places("وقال إن المنطقة كان لها تاريخ طويل.") == []
    assert places("وأضاف أن منطقة كان لها دور كبير في التجارة.") == []
    assert places("ولو أن مدينة لو كان فيها مطار لزارها.") == []


def test_a_patron_inside_the_name_is_kept():
    assert orgs("وقال عميد كلية العلوم بجامعة الملك عبدالعزيز إن القبول مفتوح.")[-1].endswith("الملك عبدالعزيز")
    assert "مكتب جلالة الملك" in orgs("وقال مكتب جلالة الملك إن الزيارة تأجلت.")
    assert orgs("وأعلنت شركة اتحاد السابق للاستثمار أرباحها.") == ["شركة اتحاد السابق للاستثمار"]
