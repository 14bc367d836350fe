"""Part 5 of the news vocabulary (glossary_news.csv, wordfreq ranks 3,001-8,000): its words are
glossed in a sentence written for the test, with their proclitics; words that only look like a
proclitic + a short part-5 word, and words whose own or less stripped reading is glossed, do not
take the new row's gloss."""
import re

import pytest

from arnews.stats.glossary import gloss

TEXT = ("وأوضح المتحدث باسم الدفاع المدني أن الأمطار الغزيرة والرياح تسببت في انقطاع الكهرباء عن عدد من "
        "المنازل في الطائف، وأن فرق الإنقاذ نقلت المصابين إلى المستشفى. وارتفع مؤشر الأسهم بعد أن حقق "
        "الهلال لقب السوبر، وسط تحذير من أرباح أقل والأندية.")


def _g(word: str) -> str:
    return gloss("", "ar", surface=word, vietnam=False)


def test_the_words_of_the_sentence_are_all_written_there():
    words = set(re.findall(r"[\u0621-\u064A]+", TEXT))
    for w in ("وأوضح", "الأمطار", "والرياح", "انقطاع", "المنازل", "الطائف", "الإنقاذ", "المصابين", "مؤشر",
              "الأسهم", "لقب", "السوبر", "تحذير", "والأندية"):
        assert w in words, w


@pytest.mark.parametrize("word, expected", [
    ("وأوضح", "clarified; explained"),  # و + أوضح
    ("الأمطار", "the rains"),
    ("والرياح", "the winds"),  # و + الرياح
    ("انقطاع", "interruption; outage"),
    ("المنازل", "the houses; homes"),
    ("الطائف", "Taif"),
    ("الإنقاذ", "rescue"),
    ("المصابين", "the injured"),
    ("مؤشر", "index; indicator"),
    ("الأسهم", "shares; stocks"),
    ("لقب", "title (championship); nickname"),
    ("السوبر", "the Super (Cup)"),
    ("تحذير", "warning"),
    ("والأندية", "the clubs"),  # و + الأندية
])
def test_part5_words_are_glossed_in_the_sentence(word, expected):
    assert _g(word) == expected


@pytest.mark.parametrize("word, wrong", [
    ("كمين", "who (colloquial)"),  # an ambush, not ك + مين
    ("كرام", "Ram (in names)"),  # noble (pl.), not ك + رام
    ("كفيل", "elephant"),  # a guarantor, not ك + فيل
    ("كروي", "narrated; was narrated; Roy (given name)"),  # spherical (football), not ك + روي
    ("وباتت", "came (she)"),  # و + باتت 'became', not وب + أتت
    ("وبكين", "Ken; Kane (in names)"),  # و + بكين 'Beijing', not وب + كين
    ("وبنية", "intention"),  # و + بنية 'structure', not وب + نية
])
def test_a_new_short_word_does_not_gloss_a_longer_one(word, wrong):
    assert _g(word) != wrong


def test_a_less_stripped_reading_comes_first():
    assert _g("والهلال") == "the crescent; Al-Hilal (club)"  # و + الهلال, not وال + هلال (part 5)
    assert _g("هلال") == "crescent; Hilal"
    assert _g("وباتت") == "became (she)"
    assert _g("وبكين") == "Beijing"
    assert _g("وسمو") == "Highness"  # a short part-5 word is still read after و


def test_spellings_sharing_a_key_get_their_senses():
    assert "father" in _g("أب")  # آب 'Ab (August)' has the key of أب
    assert "camels" in _g("الإبل")  # أبل 'Apple' has the key of إبل
    assert "in the name of" in _g("باسم")
