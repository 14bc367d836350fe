"""Session 49, the lead's mend after review: a force named after its region is the force also after an office
word (قائد قوة جازان), where the person rules had read قوة + the place as a person's name."""
from arnews.entities import find_names


def _names(text):
    return [tuple(r) for r in find_names(text)[["surface", "type"]].values.tolist()]


def test_the_commander_of_a_regional_force_names_the_force_not_a_person():
    assert _names("وأكد قائد قوة جازان اللواء أن الوضع مستقر") == [("قوة جازان", "organisation")]
    assert ("قوة نجران", "organisation") in _names("وقال مدير قوة نجران محمد الحربي إن الدوريات مستمرة")
    assert ("محمد الحربي", "person") in _names("وقال مدير قوة نجران محمد الحربي إن الدوريات مستمرة")


def test_neighbours_stay_as_they_were():
    # a longer force found already keeps its span; a country's strength is no force
    assert ("قوة الطوارئ الخاصة", "organisation") in _names("وأكد قائد قوة الطوارئ الخاصة أن التدريب انتهى")
    assert not any(t == "organisation" and "إيران" in s for s, t in _names("وتحدث الباحث عن قوة إيران الإقليمية"))


def test_a_corpus_without_outlets_is_not_said_to_have_unknown_ones():
    import pandas as pd
    from arnews.outlets import outlet_words, unknown_outlets

    for ids in (["000_42c2", "001_3a6d", "002_b2f6"], ["article_1", "article_2", "article_3"], ["doc1", "doc2"]):
        arts = pd.DataFrame({"article_id": ids})
        assert unknown_outlets(arts, outlet_words(arts)) == []
    # outlets read off the ids (two or more, each of two or more articles) and from a column are still named
    arts = pd.DataFrame({"article_id": ["ahram_1", "ahram_2", "khaleej_1", "khaleej_2", "doc9"]})
    assert unknown_outlets(arts, outlet_words(arts)) == ["ahram", "khaleej"]
    arts = pd.DataFrame({"article_id": ["a1", "a2"], "outlet": ["Ahram", "Ahram"]})
    assert unknown_outlets(arts, outlet_words(arts)) == ["ahram"]
