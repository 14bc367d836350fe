"""Names round 33: prose swallowed at the end of a person's name (issue 14).

Every sentence here is written for these tests in the style of Saudi news (none copied from a
corpus); the people are invented or stand in invented sentences.  Each rule comes with neighbours
that must NOT be cut."""
from __future__ import annotations

from name_checks import names

from arnews.entities.persontails import prose_tail_word


def people(text):
    return [s for s, t in names(text) if t == "person"]


# --- a preposition glued to a common word ends the name (لضرورة، بالجري، للتعمير، لإنهاء) ---

def test_a_glued_preposition_on_a_common_word_ends_the_name():
    assert people("ودعا الأمير خالد بن فهد بن عبدالعزيز لضرورة تكثيف الجهود.") == ["خالد بن فهد بن عبدالعزيز"]
    assert people("وقام اللاعب إبراهيم غالب بالجري حول الملعب.") == ["إبراهيم غالب"]
    assert people("وتفقد الأمير سلطان بن سعود للتعمير في المدينة.") == ["سلطان بن سعود"]
    assert people("وقال المدرب الروماني لازلو بولوني لإنهاء ملف اللاعب الرابع.") == ["لازلو بولوني"]


def test_names_that_open_with_ba_or_lam_are_kept():
    # بسام، بلال are listed given names; بهوي is ب + a three-letter remainder; لبيد opens the name
    assert people("وقال المهندس بسام بلال إن المشروع جاهز.") == ["بسام بلال"]
    assert people("تعاقدنا مع اللاعب السويدي نبيل بهوي وهو لاعب شاب.") == ["نبيل بهوي"]
    assert people("وقال الشاعر لبيد بن ربيعة في قصيدته.") == ["لبيد بن ربيعة"]
    assert prose_tail_word("بلال") == "" and prose_tail_word("بهوي") == ""


# --- an accusative adverb or noun ends the name (اتفاقا، بعيدا) ---

def test_an_accusative_after_the_name_ends_it():
    assert people("وأكد الرئيس الإيراني حسن روحاني اتفاقا جديدا مع الجيران.") == ["حسن روحاني"]
    assert people("وسجل المهاجم هاري كين بعيدا عن الأضواء.") == ["هاري كين"]


def test_a_foreign_family_name_ending_in_alef_is_kept():
    # فراغا is فراغ + ا by its letters, but a transliterated name: a rare word after a foreign given name
    assert people("وقال المحلل السياسي روزيندو فراغا إن الانتخابات قريبة.") == ["روزيندو فراغا"]
    assert people("وقالت الممثلة ماريا كوستا إن الفيلم جاهز.") == ["ماريا كوستا"]


# --- an imperfect or future verb ends the name (يقضي، سيلتقي) ---

def test_a_verb_after_the_name_ends_it():
    assert people("وكان الملك فيصل يقضي وقتا في المزرعة.") == ["فيصل"]
    assert people("وأعلن أن وزير الخارجية الفرنسي جان لوك ماريو سيلتقي نظيره غدا.") == ["جان لوك ماريو"]
    # given names shaped like verbs are listed and kept
    assert people("وقال المدرب يوسف الحربي إن الفريق جاهز.") == ["يوسف الحربي"]


# --- a glued و opening a new name after a name of two words starts a second person ---

def test_a_coordinated_name_swallowed_by_the_first_is_a_second_person():
    assert people("عاد الثلاثي كريستيانو فيراتي وسيرخيو بيناتو إلى التدريبات.") == [
        "كريستيانو فيراتي", "سيرخيو بيناتو"]
    assert people("وشارك في بطولته النجم مايكل دوجلاس وإيفانجلين ليلي في الفيلم.") == [
        "مايكل دوجلاس", "إيفانجلين ليلي"]


def test_a_glued_waw_before_a_word_or_a_given_name_of_its_own_is_no_second_person():
    # وليد is a given name, not و + ليد; وفريقه, ومساعده are words
    assert people("وقال المدرب محمد وليد إن الفريق جاهز.") == ["محمد وليد"]
    assert people("وقال المدرب الأرجنتيني رامون دياز وفريقه جاهز.") == ["رامون دياز"]
    assert people("وأكد المدرب لوتشيانو سباليتي ومساعده أن الفريق جاهز.") == ["لوتشيانو سباليتي"]
    # a noun with a pronoun after و (واعتزازه) is cut off as prose, never read as a second person
    assert people("كما أوضح والد الشهيد، سامي الغانم فخره واعتزازه باستشهاد ابنه.") in (
        ["سامي الغانم"], ["سامي الغانم فخره"])


# --- one organisation named in full and short in one article (entities/orggroups.py) ---

def _org_ids(text):
    from arnews.entities import find_names

    df = find_names(text)
    return {r.surface: r.entity_id for r in df.itertuples() if r.type == "organisation"}


def test_a_short_form_at_the_head_of_the_full_name_is_the_same_body():
    ids = _org_ids("وصلت قوات الطوارئ الخاصة إلى الموقع. وانتشرت قوات الطوارئ في الشوارع.")
    assert ids["قوات الطوارئ الخاصة"] == ids["قوات الطوارئ"]
    ids = _org_ids("اجتمع مجلس الأمن الدولي أمس. وأصدر مجلس الأمن بيانا.")
    assert ids["مجلس الأمن الدولي"] == ids["مجلس الأمن"]


def test_the_place_cue_and_a_general_directorate_are_left_out():
    ids = _org_ids("أعلنت شرطة منطقة القصيم القبض على المتهم. وأوضح متحدث شرطة القصيم أن التحقيق مستمر.")
    assert ids["شرطة منطقة القصيم"] == ids["شرطة القصيم"]
    ids = _org_ids("أعلنت المديرية العامة للدفاع المدني عن خطة جديدة. وقال متحدث الدفاع المدني إن الفرق جاهزة.")
    assert ids["المديرية العامة للدفاع المدني"] == ids["الدفاع المدني"]


def test_a_short_form_that_two_bodies_share_joins_neither():
    ids = _org_ids("افتتحت جامعة الملك سعود معرضا، وشاركت جامعة الملك فيصل فيه. وقالت جامعة الملك إن المعرض ناجح.")
    assert len({ids["جامعة الملك سعود"], ids["جامعة الملك فيصل"], ids["جامعة الملك"]}) == 3
    ids = _org_ids("أعلنت وزارة الصحة المصرية عن حملة، كما أعلنت وزارة الصحة السعودية عن حملة أخرى. "
                   "وقالت وزارة الصحة إن الحملة تبدأ غدا.")
    assert len(set(ids.values())) == 3


def test_a_body_inside_another_body_s_name_is_not_joined_to_it():
    # لجنة ... بوزارة الصحة is a committee of the ministry, not the ministry (the short form is not its head)
    ids = _org_ids("أعلنت لجنة التدريب بوزارة الصحة عن دورة. وقالت وزارة الصحة إن الدورة مجانية.")
    assert ids.get("وزارة الصحة") and ids.get("وزارة الصحة") not in {v for k, v in ids.items() if k != "وزارة الصحة"}


def test_a_listed_one_word_club_is_not_the_national_federation():
    ids = _org_ids("وأكد الاتحاد السعودي لكرة القدم موعد المباراة. وفاز الاتحاد على منافسه بهدفين.")
    # (session 38: the federation's span takes its field, لكرة القدم, as the guide's whole name)
    assert ids["الاتحاد"] != ids["الاتحاد السعودي لكرة القدم"]


def test_a_short_family_name_ending_in_alef_is_kept():
    # مورا is مور + ا by its letters: four letters are a name's, an accusative noun here is longer (بعيدا، اتفاقا)
    assert prose_tail_word("مورا") == "" and prose_tail_word("بعيدا") == "accusative"


# --- a name before an age in brackets is a person (entities/ages.py) ---

def test_a_transliterated_name_before_an_age_is_a_person():
    assert names("وكشف كونياكو سايتو (26 عامًا) وفريقه عن سيارة صغيرة.") == [("كونياكو سايتو", "person")]
    assert ("جادن", "person") in names("وأنجب منها ابنه جادن (17 عاما) قبل سنوات.")


def test_a_common_noun_or_a_listed_place_before_an_age_is_not_a_person():
    assert people("وعثر على الرجل (55 عاما) في منزله.") == []
    assert names("وزار الوفد مدينة لندن (3 أعوام) للمرة الأولى.") == [("لندن", "place")]
