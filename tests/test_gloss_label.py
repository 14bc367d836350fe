"""gloss_label: a word with a short gloss for a table row or a plot tick, and where the gloss came from."""
from arnews.stats.glossary import gloss_label


def test_lexicon_gloss_wins_and_loses_nested_brackets():
    # units.csv glosses مرة as 'time (occurrence)': in a right-to-left cell nested brackets mirror
    assert gloss_label("مرة", "time (occurrence)") == ("مرة (time, occurrence)", "lexicon")
    assert gloss_label("ريال سعودي", "Saudi riyal") == ("ريال سعودي (Saudi riyal)", "lexicon")


def test_glossary_first_sense_when_the_lexicon_has_none():
    text, source = gloss_label("مباراة", "")
    assert source == "glossary" and text.startswith("مباراة (match")
    text, source = gloss_label("صفقة", "")
    assert (text, source) == ("صفقة (deal)", "glossary")  # first sense only ('deal; transaction')


def test_no_gloss_keeps_the_word():
    assert gloss_label("ززززز", "") == ("ززززز", "")
    assert gloss_label("USD", "USD") == ("USD", "")  # a gloss equal to the word is no gloss


def test_flat_gloss_has_no_brackets_of_its_own():
    from arnews.stats.glossary import flat_gloss
    assert flat_gloss("Saudi Arabia; Saudi (f.)") == "Saudi Arabia; Saudi, f."
    assert flat_gloss("(given name) clash; Saddam") == "given name: clash; Saddam"
    assert flat_gloss("education") == "education"
