"""Session 39 glosses: a one-word name no glossary glosses takes the English name the build's
entities table gives it (``entity_names``/``name_gloss``: only its own written form, only a name
given often and to most of its mentions), and part 6 of the news vocabulary (glossary_news.csv)."""
import pandas as pd
import pytest

from arnews.stats.glossary import entity_names, gloss, name_gloss

# mentions as an entities table holds them, for a text written for the test:
# "هطلت أمطار غزيرة على منطقة عسير ... وفاز أرسنال ... وأعلنت الجمارك ... السيول في عسير"
MENTIONS = [("عسير", "Asir")] * 5 + [("أرسنال", "Arsenal")] * 3 + [("الجمارك", "Customs")] * 3 + [
    ("بنين", "Benin")] * 3 + [("الحوطة", "Lahij")] * 2 + [("الميادين", "Al Mayadin")] * 2 + [("الميادين", "")] * 2 + [
    ("نادي الهلال", "Al-Hilal")] * 4 + [("فيصل", "")] * 6 + [("زنجبار", "Zinjibar")] * 3 + [("زنجبار", "Zanzibar")] * 1


@pytest.fixture(scope="module")
def names():
    return entity_names(pd.DataFrame(MENTIONS, columns=["surface", "name_en"]))


def test_names_given_often_and_to_most_mentions(names):
    g = lambda w: name_gloss("(no gloss)", w, names)
    assert g("عسير") == "Asir"
    assert g("أرسنال") == "Arsenal"
    assert g("الجمارك") == "Customs"


def test_near_neighbours_take_no_name(names):
    g = lambda w: name_gloss("(no gloss)", w, names)
    assert g("الحوطة") == "(no gloss)"  # named twice only
    assert g("الميادين") == "(no gloss)"  # named in half of its mentions ('the squares')
    assert g("فيصل") == "(no gloss)"  # never named
    assert g("زنجبار") == "(no gloss)"  # two names: the first has 3 of 4 mentions (< 0.8)
    assert g("للبنين") == "(no gloss)"  # 'for boys': a proclitic is never taken off (not Benin)
    assert g("بعسير") == "(no gloss)"
    assert g("نادي الهلال") == "(no gloss)"  # one-word surfaces only
    assert g("الهلال") == "(no gloss)"


def test_a_gloss_is_never_replaced(names):
    assert name_gloss("Asir (region)", "عسير", names) == "Asir (region)"
    assert name_gloss("≈ ? the foot", "عسير", names) == "Asir"  # an unreadable gloss is none
    assert name_gloss("(no gloss)", "عسير", None) == "(no gloss)"
    assert name_gloss("(no gloss)", "عسير", {}) == "(no gloss)"


def test_no_entities_no_names():
    assert entity_names(None) == {}
    assert entity_names(pd.DataFrame({"surface": ["عسير"] * 4})) == {}


# --- part 6 of the news vocabulary ------------------------------------------------------------

TEXT = ("وأعلنت المديرية العامة للجوازات أن معالي الوزير استقبل ضيوف المهرجان، فيما هطلت أمطار غزيرة على "
        "الباحة وجرفت السيول عددا من السيارات، وسجل سهم الشركة أرباحا بنسبة عشرة في المئة، وارتفع مزيج برنت "
        "إلى خمسين دولارا للبرميل، وفاز الأهلي بهدف في نهائي بطولة كأس ولي العهد لكرة القدم.")


def _g(word: str) -> str:
    return gloss("", "ar", surface=word, vietnam=False)


@pytest.mark.parametrize("word, expected", [
    ("معالي", "His Excellency (title)"),
    ("استقبل", "received (a guest)"),
    ("ضيوف", "guests"),
    ("هطلت", "fell (rain)"),
    ("غزيرة", "heavy (rain); abundant"),
    ("السيول", "torrents; flash floods"),  # not Seoul: a proclitic is never taken off for a name
    ("سهم", "share (stock); arrow"),
    ("برنت", "Brent (crude)"),
    ("للبرميل", "barrel"),  # ل + ال + برميل
    ("ولي", "crown (prince); guardian; saint"),
    # clitic forms the frequency margin kept from their base's gloss (class c), now rows of their own
    ("بنسبة", "at a rate of; by (a percentage)"),
    ("بهدف", "with the aim of; by a goal"),
    ("لكرة", "of football; of the ball (game)"),
])
def test_part6_words_of_the_sentence(word, expected):
    assert word in TEXT
    assert _g(word) == expected


def test_near_neighbours_keep_their_own_gloss_or_none():
    assert _g("كين") == "Ken; Kane (in names)"  # not ك + ين 'yen'
    assert _g("وين") == "where (colloquial)"
    assert _g("كسهم") == "(no gloss)"  # ك + a short part-6 word is not read
    assert _g("كتنس") == "(no gloss)"
    assert _g("المحلات") == "shops"  # not المحلاة 'desalinated'
    assert _g("نسبة") == "rate; ratio; percentage"  # the base keeps its part-4 gloss
    assert _g("كيري") == "Kerry (surname)"  # its own row: not ك + يري 'sees'
    assert _g("عكاظ") == "Okaz (Souq Okaz festival; newspaper)"  # a row of its own wins over the entities' name
    assert name_gloss(_g("عكاظ"), "عكاظ", {"عكاظ": "Okaz (newspaper)"}) == "Okaz (Souq Okaz festival; newspaper)"
