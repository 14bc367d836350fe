"""Session 51, fixp: defects the review of pages52 found (review_p): لل words glossed through a folded key, the
statistics' stop words applied to the recurrent expressions and to و/ف + a word of its own, the adjective-first
reading of a country's name after a name or a time word, a clitic reading before a word's own gloss, an extra
"the" in word-by-word glosses, 'Yemeni' written with ى, ambiguous id labels on the names page, and an empty
"(by block role: )"."""
import pandas as pd


def _w(text):
    from arnews.normalize import normalize
    from arnews.stats.glossary import gloss

    return gloss(text, "ar", normalize(text).text)


# --- 1. لل + a definite word: the definite word as written, not by its folded key ---------------------------------

def test_lil_words_gloss_the_definite_word_as_written():
    assert _w("للأزمة") == "the crisis"  # not اللازمة 'necessary' (أ folded to ا)
    assert _w("للقاء") == "meeting"  # not إلقاء 'throwing'
    assert _w("للذين").startswith("who (pl.)")  # الذين, which Arabic writes more often than اللذين 'who (dual)'
    assert _w("للجنة") == "committee"  # اللجنة 'the committee', not الجنة 'paradise'


def test_lil_words_in_a_phrase():
    from arnews.stats.glossary import phrase_gloss

    g = phrase_gloss("تسوية سياسية للأزمة")
    assert "crisis" in g and "necessary" not in g, g


# --- 5. a word's own gloss before a clitic reading ----------------------------------------------------------------

def test_own_gloss_of_a_conjoined_adverb_wins():
    assert _w("وبالتأكيد") == "certainly"  # not و + ب + التأكيد 'emphasis'
    assert _w("فبالتالي") == "consequently"  # not ف + ب + التالي 'next'
    assert _w("والرئيس").startswith("the president")  # still the definite word as written
