"""Names session 43 (issue 14; helper place45): a transliterated run the name finder types a place by default is a
person after a person's word (:mod:`arnews.entities.translit_types`, ``translit_person_cues.csv``).

* after a definite office, title or person noun, its definite adjectives or genitives and one comma between
  (``الخبيرة الاقتصادية ...``, ``الرئيس الكيني، ...``, ``رجل الأعمال ...``, ``لأخصائية التغذية ...``);
* after a relative with a pronoun (``وزوجته``) or a verb of naming (``تدعى``, ``المدعو``);
* not after an indefinite office, the construct of the place the office is of (``عمدة سان بطرسبرغ``), not after a
  preposition (``إلى سان بطرسبرغ``), not after ابن (``ابن روزاريو``: a native of the city), not when a word that is
  no definite adjective stands between (``الخبيرة في جزر تشانيل``).

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus)."""
from __future__ import annotations

import pytest

from arnews.entities.names import paragraph_names
from arnews.normalize import key
from arnews.entities.translit_types import person_cue_words
from arnews.text import make_paragraph


def _names(text: str) -> list[tuple[str, str]]:
    p = make_paragraph(text)
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


@pytest.mark.parametrize("text,name", [
    ("وأوضحت الخبيرة الاقتصادية فاليري موندو أن الأسواق تترقب قرار الفيدرالي", "فاليري موندو"),
    ("وشارك في الندوة الحاخام ياريف ليفنات إلى جانب عدد من رجال الدين", "ياريف ليفنات"),
    ("وقال القيادي دلشاد كوراني في تصريح صحفي إن الحزب لن يشارك", "دلشاد كوراني"),
    ("واستقبل الوزير في مكتبه رجل الأعمال جيرالد فانتوم وبحث معه فرص الاستثمار", "جيرالد فانتوم"),
    ("وحضر الحفل المغني الأمريكي وزوجته كيمبرلي هيوز وسط تصفيق الجمهور", "كيمبرلي هيوز"),
    ("وقالت امرأة تدعى زرينة بيبي إنها فقدت منزلها في الفيضان", "زرينة بيبي"),
    ("وأعلن الرئيس الكيني، أوهورو كينياتا، عن خطة لمكافحة الجفاف", "أوهورو كينياتا"),
    ("وبحسب دراسة لأخصائية التغذية ليندا بروسكي فإن الإفطار مهم للطلاب", "ليندا بروسكي"),
])
def test_translit_run_after_a_persons_word_is_a_person(text, name):
    names = _names(text)
    assert (name, "person") in names, names
    assert (name, "place") not in names


@pytest.mark.parametrize("text,name", [
    ("ووصل الوفد السعودي إلى سان بطرسبرغ مساء أمس للمشاركة في المنتدى", "سان بطرسبرغ"),
    ("واستقبل أمير المنطقة عمدة سان بطرسبرغ في مكتبه بالإمارة", "سان بطرسبرغ"),
])
def test_translit_place_without_a_persons_word_stays(text, name):
    names = _names(text)
    assert not any(s == name and t == "person" for s, t in names), names


def test_not_after_ibn():
    # ابن + a city is a native of the city (ابن روزاريو), no relative of a person named after it
    assert not any(t == "person" and "روزاريو" in s for s, t in _names("لكن ابن روزاريو رد بواحدة أعنف من خصمه"))


def test_no_adverb_between():
    # الآن is definite but no adjective: the words after it are prose, no person's name
    names = _names("وأكد أن مهمة الشاعر الآن تأثرث بكل هذه التحولات")
    assert not any(t == "person" for s, t in names), names


def test_words_between_must_be_definite():
    # the noun, then a preposition: the run is no apposition to it
    names = _names("وتحدثت الخبيرة عن جزر تشانيل قبالة سواحل كاليفورنيا")
    assert not any(t == "person" and "تشانيل" in s for s, t in names), names


def test_lexicon_kinds_and_exclusions():
    words = person_cue_words()
    assert words[key("حاخام")] == "noun" and words[key("زوجته")] == "kin" and words[key("تدعى")] == "named"
    for w in map(key, ("ابن", "نجم", "يسمى", "المسماة", "عالم")):  # a native of a city, a club's star, places and things named
        assert w not in words
