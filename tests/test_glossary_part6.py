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
