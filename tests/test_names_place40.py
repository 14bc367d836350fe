"""Names session 40 (issue 14, places): the district cue قضاء and the verbal noun of the same spelling (قضاء
إجازة، قضاء حوائجهم، قضاء الإجازة: its object judged as written, with the ة the key folds), and the end of a place's name after its cue (a direction that locates it, بيد).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
districts are real Iraqi and Lebanese districts or invented.  Each rule comes with neighbours that must NOT match."""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


# --- قضاء, the Iraqi and Lebanese district (entity_cues.csv, place_cues.cue_governs_object) ---

def test_a_district_after_qada():
    assert places("وقصف التنظيم مواقع البيشمركة في قضاء مخمور مساء الأحد.") == ["مخمور"]
    assert places("وانتشرت القوات على أطراف قضاء الحويجة فجر اليوم.") == ["الحويجة"]
    assert places("وزار الوفد بلدة صغيرة تابعة لقضاء مرجعيون.")[-1] == "مرجعيون"


def test_qada_as_spending_or_fulfilling_names_nothing():
    assert places("ويفضل كثير من الأسر قضاء الإجازة الصيفية في الداخل.") == []
    assert places("ويفضل كثير من الأسر قضاء العطلة في الداخل.") == []
    assert places("ويسعى المتطوعون إلى قضاء حوائجهم دون مقابل.") == []
    assert places("ويسعى المتطوعون إلى قضاء حوائج المسنين دون مقابل.") == []
    assert places("وتتيح الإدارة الزيارة خلال قضاء النزيل لمحكوميته.") == []
    assert places("ودعا الأهالي إلى قضاء نزهة قصيرة على الشاطئ.") == []
    assert places("وأكد الوزير استقلال القضاء ونزاهته.") == []
    assert places("ولجأ الطرفان إلى القضاء للفصل في النزاع.") == []


def test_the_judiciary_names_no_place_after_it():
    assert places("وتقدمت الشركة بطلب للقضاء لوقف تنفيذ القرار.") == []
    assert places("ولجأ ناديه القديم للقضاء لوقف انتقاله.") == []
    assert places("ويلاحق القضاء الاميركي سانتوريو بتهم فساد.") == []
    assert places("وقالت إن القضاء العراقي أصدر حكمه.") == []


def test_a_cue_word_alone_is_never_a_name():
    assert places("وقال إن القضاء سيقول كلمته.") == []
    assert places("وتنقسم المحافظة إلى قضاء واحد وثلاث نواح.") == []


# --- where a place's name after its cue ends (place_cues.place_run_end) ---

def test_a_direction_after_the_name_locates_it():
    assert places("ووقع الانفجار في مدينة الحويجة غربي كركوك صباح أمس.") == ["الحويجة", "كركوك"]
    assert places("وقتل جنديان في قضاء البعاج جنوب الموصل.") == ["البعاج", "الموصل"]


def test_an_ordinary_feminine_word_still_names_a_neighbourhood_after_hay():
    assert places("وافتتح الأمين حديقة جديدة في حي الروضة شمال المدينة.") == ["الروضة"]


def test_a_name_that_opens_with_a_direction_is_kept_whole():
    assert places("وافتتح المحافظ المشروع في محافظة شمال سيناء.") == ["شمال سيناء"]


# --- a facility word + a name of middling frequency, learned where the corpus writes it in two articles ---

def _facilities(texts):
    from name_checks import learned_of

    _, names_, mentions = learned_of(texts)
    learned = names_[(names_["class"] == "facility") & (names_["status"] == "learned")]
    got = mentions[mentions["entity_id"].isin(set(learned["entity_id"]))]
    return sorted(set(learned["name"])), sorted(zip(got["article_id"], got["surface"]))


def test_a_facility_written_in_two_articles_is_learned_and_matched():
    names_, got = _facilities({
        "a1": ["هبوط اضطراري لطائرة عسكرية", "وهبطت الطائرة اضطراريا في منفذ الطوال دون إصابات."],
        "a2": ["حركة المسافرين", "وعبر منفذ الطوال أمس أكثر من ألف مسافر."],
    })
    assert names_ == ["منفذ الطوال"]
    assert got == [("a1", "منفذ الطوال"), ("a2", "منفذ الطوال")]


def test_a_facility_word_in_one_article_or_before_a_common_word_teaches_nothing():
    names_, got = _facilities({
        "a1": ["تطوير المصفاة", "وتعمل الشركة على توسعة مصفاة الزور هذا العام."],
        "a2": ["جريمة", "وقالت الشرطة إن منفذ الجريمة فر من الموقع."],
        "a3": ["جريمة أخرى", "وأكدت أن منفذ الجريمة سلم نفسه."],
        "a4": ["مطار", "وافتتح الوزير مطار الاستثمار الجديد."],
        "a5": ["مطار", "وزار الوفد مطار الاستثمار أمس."],
    })
    assert names_ == []
    assert got == []
