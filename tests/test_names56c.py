"""Names session 52, names56c (issue 14: place lists; junk names a reader sees).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus).

* :mod:`arnews.entities.placelists`: a list item ending in ات is a place when it is a rare definite word (أحياء
  المتنزهات والعدل: a district), not a plural common noun (الخدمات، المحطات); ``جبهات`` (the fronts of a war) is a
  plural place cue whose list holds only rare words or listed places (``place_list_words.csv``: not جبهات القتال
  والمواجهة); a list in brackets after ``وهي`` with a plural place word earlier in the sentence is a list of places;
* :mod:`arnews.entities.names`: a feminine head before اليمنى/اليسرى (الكلية اليمنى *the right kidney*) names nothing;
* :mod:`arnews.entities.learned_clubs`: a learned club that is a common word (الطلبة *the students*, الشباب *the
  youth*) is the word before a plural adjective after a function word with a glued preposition (لجميع الطلبة المبتعثين);
* :mod:`arnews.entities.latin`: in English text a capitalised run joined by and/or to a run of capitalised common words
  and opening with a common word is a title too (Station Chiefs and Political Commissars), no place;
* :mod:`arnews.entities.names`: no name of one letter (a photo credit الصورة: د.ت., a title and a letter).
"""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


# --- a list item ending in ات ---

def test_district_ending_in_at_opens_a_list():
    assert places("ونفذت الأمانة مشاريع سفلتة في أحياء المتنزهات والعدل والأجاويد بمحافظة الطائف.") == \
        ["المتنزهات", "العدل", "الأجاويد", "الطائف"]
    assert places("وتشمل الخطة أحياء الخالدية والعمارات والروضات.") == ["الخالدية", "العمارات", "الروضات"]


def test_plural_common_nouns_stay_out_of_a_list():
    assert places("وتشمل الخطة أحياء الخدمات والمحطات والجامعات الجديدة.") == []


# --- جبهات: the fronts of a war ---

def test_fronts_name_their_places():
    assert places("واشتدت المعارك أمس في جبهات العند والنخيلة وكرش.") == ["العند", "النخيلة", "كرش"]


def test_fronts_of_fighting_are_no_places():
    assert places("وأكد القائد استمرار الدعم في كل جبهات القتال والمواجهة حتى النصر.") == []
    assert places("وحيت القيادة المقاتلين في جبهات النضال والمقاومة.") == []
    # the list ends at a common word (أطراف *the outskirts*), the place after it is found by itself
    assert places("وتقدمت القوات في جبهات الضباب والدمنة وأطراف مدينة تعز.") == ["الضباب", "الدمنة", "تعز"]


# --- a list in brackets after وهي ---

def test_bracketed_list_after_a_plural_place_word():
    assert places("وتشمل المرحلة الأولى ستة من أحياء محافظة الطائف، وهي (أم الدوم، العنود، المنتزه، الوشحاء، "
                  "والحمدة).") == ["الطائف", "أم الدوم", "العنود", "المنتزه", "الوشحاء", "الحمدة"]


def test_bracketed_list_without_a_place_word_is_no_place_list():
    assert places("وعرضت القناة أشهر أفلامه، وهي (الرسالة، الحصار، المنتزه).") == []


# --- الكلية اليمنى: a side, not a college ---

def test_kidney_with_its_side_is_no_organisation():
    assert names("وأجرى الفريق الطبي عملية لإزالة حصوة من الكلية اليمنى للمريض.") == []
    assert [s for s, t in names("وأعلنت كلية الطب قبول الدفعة الجديدة.") if t == "organisation"] == ["كلية الطب"]


# --- a learned club that is a common word: لجميع الطلبة المبتعثين ---

def _ordinary(text, word):
    from arnews.entities.learned_clubs import ordinary_reading
    from arnews.text import make_paragraph

    p = make_paragraph(text, "ar")
    i = p.toks.index(word)
    return ordinary_reading(p, p.starts[i], p.ends[i])


def test_common_word_club_after_a_glued_function_word_is_the_word():
    assert _ordinary("ووجه السفير الشكر لجميع الطلبة المبتعثين في الولايات المتحدة.", "الطلبة")
    assert _ordinary("وتستهدف الحملة وبعض الشباب العاطلين عن العمل في المنطقة.", "الشباب")
    # a verb before the club takes the plural as its object: the club stays
    assert not _ordinary("وكرم الشباب اللاعبين المعتزلين في حفل الموسم.", "الشباب")


# --- latin.py: a title of capitalised words joined to another in English text ---

def test_title_joined_to_a_title_of_common_words_is_no_place():
    assert names("Of them, 4 officers are Station Chiefs and Political Commissars of border posts.") == []
    # a name after the title of common words stays (it does not open with a common word)
    assert places("Officers of the Border Guard and Quang Ninh province met on Monday.") == ["Quang Ninh province"]


# --- no name of one letter ---

def test_a_title_before_one_letter_is_no_person():
    assert names("وزار الوفد المعرض أمس. الصورة: د.ت.") == []
    assert names("وقال د. خالد العتيبي إن المعرض ناجح.") == [("خالد العتيبي", "person")]
