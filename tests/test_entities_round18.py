"""Entities, round 18: causes of missed and wrong names on Saudi news (issue 14).

Hand-written sentences in the style of Arabic news (none copied from a corpus), each with the
neighbours a fix must leave alone."""
from __future__ import annotations

from arnews.entities import find_names


def names(text):
    df = find_names(text)
    return [(r.surface, r.type) for r in df.itertuples()], df


# --- a family name that is also a common word (العامر، الراشد، الفاضل) closes a titled name ---

def test_common_family_name_closes_a_name_after_a_title():
    got, _ = names("وقال مدير الفرع الدكتور سامي العامر، إن الخطة تسير وفق الجدول.")
    assert ("سامي العامر", "person") in got


def test_common_family_name_after_a_nasab():
    got, _ = names("أعلن عميد الكلية د. فهد بن ناصر الراشد، أن التسجيل يبدأ غدا.")
    assert ("فهد بن ناصر الراشد", "person") in got


def test_common_family_name_after_an_office_without_a_title():
    got, _ = names("حضر اللقاء مدير العلاقات العامة سعد الفاضل، وعدد من المسؤولين.")
    assert ("سعد الفاضل", "person") in got


def test_a_definite_word_after_the_family_name_is_an_adjective_not_a_name_part():
    # الرشيد governs nothing here, but "الحكم الرشيد" is an adjective phrase: no person
    got, _ = names("دعا الشيخ إلى الحكم الرشيد في البلاد")
    assert not any(t == "person" and "الرشيد" in s for s, t in got)
    # a given name before a definite adjective + another definite word: not closed as a name
    got, _ = names("قال المهندس خالد الجديد المدير إن")
    assert ("خالد الجديد", "person") not in got


def test_the_family_name_alone_later_is_the_same_person():
    text = ("أكد رئيس الجمعية الدكتور ماجد البلوي، أن البرنامج يخدم الأسر.\n\n"
            "وأضاف البلوي أن التسجيل مفتوح للجميع.")
    got, df = names(text)
    per = df[df.type == "person"]
    assert list(per.surface) == ["ماجد البلوي", "البلوي"]
    assert per.entity_id.nunique() == 1


def test_a_common_family_name_alone_after_a_definite_noun_is_not_the_person():
    text = ("قال المستشار الدكتور أحمد الرشيد، إن الإصلاح مستمر.\n\n"
            "ويقوم الحكم الرشيد على الشفافية.")
    got, _ = names(text)
    assert [s for s, t in got if t == "person"] == ["أحمد الرشيد"]


def test_theophoric_given_name_in_two_words_after_a_title():
    got, _ = names("تفقد اللواء ضيف الله بن مرزوق الحارثي مقر الإدارة")
    assert ("ضيف الله بن مرزوق الحارثي", "person") in got


# --- nasty neighbours that must stay as they were ---

def test_ordinary_words_after_said_are_not_a_name():
    got, _ = names("قال المتحدث إن الاجتماع انتهى، وقال شهود إن الطريق أغلق")
    assert not any(t == "person" for s, t in got)


def test_hezbollah_is_not_the_vietnamese_party_and_a_count_of_states_is_no_state():
    _, df = names("قال حزب الله إن 15 دولة أيدت القرار")
    assert list(df.surface) == ["حزب الله"] and list(df.type) == ["organisation"]
    assert "cpv" not in set(df.entity_id)


def test_an_imperfect_verb_after_an_office_is_not_a_name():
    got, _ = names("وبين المدير التنفيذي يستطيع المتبرع تقديم المساعدة عبر الموقع")
    assert not any(t == "person" for s, t in got)
    # a given name that begins with the same letter still opens a name
    got, _ = names("وبين المدير التنفيذي يوسف الحربي أن التسجيل متاح")
    assert ("يوسف الحربي", "person") in got


# --- an organisation head whose only modifier is another cue word refers back: no name ---

def test_an_organ_of_the_institution_named_before_is_no_organisation():
    got, _ = names("وافق مجلس الكلية على الطلب، ثم رفعه إلى مجلس الجامعة وإدارة الجامعة للاعتماد")
    assert not any(t == "organisation" for s, t in got)


def test_named_institutions_with_a_cue_inside_stay_names():
    got, _ = names("أعلنت جامعة الملك سعود أن وزارة الصحة وقعت الاتفاق مع مجلس الغرف السعودية")
    orgs = [s for s, t in got if t == "organisation"]
    assert "جامعة الملك سعود" in orgs and "وزارة الصحة" in orgs and "مجلس الغرف السعودية" in orgs


def test_heads_that_are_also_proper_names_keep_their_organisation():
    # الحزب is the Party, الاتحاد the club: their committee, their club is a name
    got, _ = names("اجتمعت لجنة الحزب في المقاطعة، وفاز نادي الاتحاد على ضيفه")
    orgs = [s for s, t in got if t == "organisation"]
    assert any(s.startswith("لجنة الحزب") for s in orgs) and "نادي الاتحاد" in orgs


# --- two long transliterated words without a cue are a foreign person's given and family name ---

def test_two_long_transliterated_words_are_a_person():
    got, _ = names("وانضم ماوريتسيو بوكيتينو إلى تدريبات الفريق أمس")
    assert ("ماوريتسيو بوكيتينو", "person") in got


def test_short_syllables_of_a_vietnamese_place_stay_a_place():
    got, _ = names("زار الوفد كوانغ نينه أمس")
    assert ("كوانغ نينه", "place") in got


# --- سعادة (His Excellency) before a title; an imperfect verb where a name was expected ---

def test_excellency_before_a_title_and_name():
    got, _ = names("وأكد الرئيس التنفيذي للهيئة بالمدينة سعادة الدكتور سامر بن عبدالله الشمراني أن المشروع اكتمل")
    assert ("سامر بن عبدالله الشمراني", "person") in got
    assert not any("سعادة" in s for s, t in got)


def test_happiness_is_no_title():
    got, _ = names("استقبل الأهالي الخبر بسعادة غامرة، وعبروا عن سعادة كبيرة")
    assert not any(t == "person" for s, t in got)


def test_a_rarer_imperfect_verb_after_an_office_is_not_a_name():
    got, _ = names("وقام نائب مدير الإدارة يتفقد أعمال الصيانة في المبنى")
    assert not any(t == "person" for s, t in got)


# --- parliament, army and forces are organisation heads; an indefinite head's genitive chain ---

def test_army_parliament_and_forces_with_their_modifiers():
    got, _ = names("أدان البرلمان الأوروبي الهجوم، وأعلن الجيش اللبناني وقوات الدفاع المدني حالة الطوارئ")
    orgs = [s for s, t in got if t == "organisation"]
    assert "البرلمان الأوروبي" in orgs and "الجيش اللبناني" in orgs  # not البرلمان الأوروبي الهجوم and "قوات الدفاع المدني" in orgs


def test_a_head_alone_or_with_a_generic_adjective_is_no_name():
    got, _ = names("انسحب الجيش من المدينة، وأشادت القوات المسلحة بالجنود، وحضر البرلمان")
    # (session 46, org49: bare القوات المسلحة is a state's armed forces, marked by the dev readers 6 of 12 times,
    # bare الجيش 0 of 20: the armed forces are an organisation, الجيش and البرلمان alone still no name)
    assert [s for s, t in got if t == "organisation"] == ["القوات المسلحة"]


def test_an_indefinite_heads_genitive_chain_is_in_the_name():
    got, _ = names("أصدرت هيئة كبار العلماء بيانا، ورحبت لجنة حقوق الإنسان به")
    orgs = [s for s, t in got if t == "organisation"]
    assert "هيئة كبار العلماء" in orgs and "لجنة حقوق الإنسان" in orgs


def test_a_definite_head_before_a_verb_is_no_chain():
    got, _ = names("وقالت إن الشركة تشتري المعدات من الخارج")
    assert not any(t == "organisation" for s, t in got)


def test_a_definite_head_before_in_the_region_stops():
    got, _ = names("انتشر الجيش بمنطقة الحدود، وزار الوفد أمانة منطقة الرياض")
    orgs = [s for s, t in got if t == "organisation"]
    assert not any(s.startswith("الجيش") for s in orgs) and "أمانة منطقة الرياض" in orgs
