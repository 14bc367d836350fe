"""Names round 34: people first (issue 14).

Every sentence here is written for these tests in the style of Saudi news (none copied from a
corpus); the people are invented or stand in invented sentences.  Each rule comes with neighbours
that must NOT match: a cue word alone, حزب الله, 15 دولة, a nationality qualifying a noun."""
from __future__ import annotations

from name_checks import names, article

from arnews.entities.nasab import short_form


def people(text):
    return [s for s, t in names(text) if t == "person"]


# --- a person right after the body of his office: unlisted given names, آل, quotes ---

def test_an_unlisted_given_name_after_an_office_and_its_body_is_a_person():
    assert "حليم فداي" in people("وأفاد حاكم ولاية كونار حليم فداي، بأن الهجوم وقع فجرا.")
    assert "هذيل آل شرمة" in people("أشاد رئيس نادي نجران هذيل آل شرمة بنجاح المعسكر الخارجي.")


def test_a_quoted_name_after_an_office_and_its_body_is_a_person():
    assert "سالم زيتوني" in people('وقال الناطق الإعلامي لأمانة العاصمة المقدسة "سالم زيتوني" إن العمل مستمر.')


def test_the_family_name_of_a_person_found_after_an_office_recurs_alone():
    df = article("زيتوني: المشروع يكتمل قريبا",
                 'وقال الناطق الإعلامي لأمانة العاصمة المقدسة "سالم زيتوني" إن العمل مستمر.',
                 'وأضاف "زيتوني" أن الفرق تعمل ليلا.')
    ppl = df[df.type == "person"]
    assert set(ppl.surface) >= {"سالم زيتوني", "زيتوني"}
    assert ppl.entity_id.nunique() == 1


def test_no_person_after_an_office_body_from_common_words_or_a_quoted_word():
    # a quoted adjective, an ordinary noun phrase after the body: nobody
    assert people('وقال رئيس نادي الهلال "السعودي" إن الفريق جاهز.') == []
    assert people("وقال مدير جامعة الملك سعود الرئيسية إن الدراسة تبدأ غدا.") == []
    assert people("وأكد رئيس بلدية المحافظة حرص البلدية على النظافة.") == []


def test_a_listed_given_name_of_this_round():
    # رأفت، نوري، حيدر: given names with corpus evidence (before a family name in most of their uses)
    assert "رأفت الصباغ" in people("وأوضح رأفت الصباغ المتحدث الرسمي للمركز، أن الطائرة وصلت.")
    assert "نوري المالكي" in people("والتقى نوري المالكي بعدد من النواب.")


# --- a nationality standing as a noun before a foreign name ---

def test_a_foreign_name_after_a_nationality_standing_as_a_noun_is_a_person():
    got = people("وأكمل النادي التعاقد مع الغاني مونتاري والأرجنتيني موراليس.")
    assert got == ["مونتاري", "موراليس"]
    assert people("وقع النادي مع الأرجنتيني «موراليس» عقدا لموسمين.") == ["موراليس"]
    assert "ماكسي موراليز" in people("ووقع المشرف على الكرة مع الأرجنتيني ماكسي موراليز عقدا لموسمين.")


def test_a_listed_place_after_a_nationality_noun_is_the_person():
    # سان مارتن is a listed place; after عن الروماني it is the player
    assert people("وطلب المدرب صانع ألعاب بديلا عن الروماني سان مارتن المصاب.") == ["سان مارتن"]


def test_no_person_after_a_nationality_that_qualifies_a_noun():
    # the adjective qualifies the definite noun before it: a league, a team, a side, a city
    assert people("يلعب الدوري الإسباني برشلونة غدا.") == []
    assert people("فاز المنتخب الأرجنتيني على منافسه.") == []
    assert people("وناقش الجانبان المصري والأمريكي سبل التعاون.") == []
    assert people("وصل الوفد الأمريكي إلى جدة أمس.") == []
    # a family name shaped like a town's nisba (القرني) is no nationality
    assert "ينددون" not in " ".join(s for s, _ in names("وكان العلماء العودة والقرني ينددون بالهجوم."))


def test_nasty_neighbours_name_no_person():
    # a cue word alone, حزب الله, 15 دولة
    assert people("وقال الرئيس إن الاجتماع مهم.") == []
    assert people("وأعلن حزب الله مقتل اثنين من مقاتليه.") == []
    assert people("وشاركت 15 دولة في المؤتمر الذي عقد في الرياض.") == []
    assert [t for _, t in names("وشاركت 15 دولة في المؤتمر.")] in ([], ["place"]) \
        and "دولة" not in [s for s, _ in names("وشاركت 15 دولة في المؤتمر.")]


# --- one id for a person with and without his nasab ---

def test_the_short_form_of_a_nasab():
    assert short_form("عادل بن أحمد الجبير".split()) == "عادل الجبير".split()
    assert short_form("سلمان بن عبدالعزيز آل سعود".split()) == "سلمان بن عبدالعزيز".split()
    assert short_form("محمد بن نايف بن عبدالعزيز".split()) == "محمد بن نايف".split()
    assert short_form("هذيل آل شرمة".split()) == "هذيل آل شرمة".split()  # no nasab: unchanged
    assert short_form("فهد بن خالد".split()) == "فهد بن خالد".split()


def test_a_person_with_and_without_his_nasab_has_one_id_across_articles():
    a = article("وزير الخارجية يلتقي نظيره", "والتقى وزير الخارجية عادل بن أحمد الجبير نظيره الألماني.")
    b = article("مؤتمر صحفي", "وقال وزير الخارجية عادل الجبير إن المحادثات مثمرة.")
    ida = set(a[a.type == "person"].entity_id)
    idb = set(b[b.type == "person"].entity_id)
    assert ida and ida == idb


def test_two_men_of_one_family_keep_their_own_ids():
    df = article("تكريم", "وكرم الأمير خالد بن سعود الفيصل المهندس فهد بن سعود الفيصل في الحفل.")
    ppl = df[df.type == "person"]
    assert ppl.entity_id.nunique() == 2


# --- a time adverb after a family name that is also a word ---

def test_a_time_adverb_after_the_family_name_keeps_the_name():
    assert people("التقى وزير الخارجية عادل الجبير اليوم نظيره الألماني.") == ["عادل الجبير"]
    assert people("وأعلن الوزير عادل الجبير الخميس أن الاجتماع انتهى.") == ["عادل الجبير"]
    # a weekday right after a given name is his family name, and the paper اليوم stays a paper
    assert "صحيفة اليوم" in [s for s, _ in names("وأعلنت صحيفة اليوم فوز الفريق.")]


# --- an unlisted given name and a family name in a list of people ---

def test_an_unlisted_given_name_with_a_family_name_in_a_list_of_people():
    got = people("وضمت القائمة خالد الصقر ونايف الحربي وتميم الدوسري ومحمد العنزي.")
    assert "تميم الدوسري" in got
    # a common noun phrase after the people stays out
    assert people("وضمت القائمة خالد الصقر ونايف الحربي وحكمة السوق والعمل الجماعي.") == ["خالد الصقر", "نايف الحربي"]


# --- organisations: a plural after a singular definite head names no body ---

def test_a_plural_after_a_definite_head_is_no_organisation():
    assert [s for s, t in names("ودعت الجامعة الراغبين في التسجيل إلى المراجعة.") if t == "organisation"] == []
    assert [s for s, t in names("وطالبت اللجنة المواطنين بالتعاون.") if t == "organisation"] == []
    # a real body keeps its name: a nationality adjective, a plural head, a named conference
    assert "الاتحاد الأفريقي" in [s for s, _ in names("وأكد الاتحاد الأفريقي دعمه.")]
    assert "قوات الحوثيين" in [s for s, _ in names("وتقدمت قوات الحوثيين نحو عدن.")]
