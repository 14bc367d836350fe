"""Glosses of topic, keyness and collocation terms: found through the word's own forms
(inflections, attached pronouns), never through another word that shares its stem."""
import pytest

from arnews.stats.glossary import gloss


@pytest.mark.parametrize("surface, expected", [
    ("خدمة", "service"),
    ("الخدمات", "services"),  # its own row since part 7 of glossary_news.csv (was 'service' through الخدمة)
    ("ولخدمتنا", "service"),  # construct form before a pronoun, with proclitics
    ("الجمعيات", "the associations; the societies"),  # its own row since part 7 (was 'the association')
    ("الدولتين", "the State"),  # dual
    ("حولها", "around, about"),  # a stop word with an attached pronoun
    ("بعدها", "after"),  # was 'several' (عدة) through a shared stem
    ("ونجوين", "Nguyễn (Vietnamese surname)"),  # a name, by the word after a proclitic
])
def test_a_word_is_glossed_through_its_own_forms(surface, expected):
    assert gloss("", "ar", surface) == expected


@pytest.mark.parametrize("surface, wrong", [
    ("الثاني", "Thanh (Vietnamese name syllable)"),  # 'second', not the syllable ثانه
    ("الجمعة", "the association"),  # Friday, not الجمعية
    ("الدولي", "the State"),  # international, not الدولة
    ("الفئة", "in it/him"),  # a group, not فيه
    ("كانتا", "you"),  # كانت + dual, not ك + أنت
    ("فقدان", "so may; already"),  # loss, not the particle فقد
    ("الولايات", "and no, not"),
    ("كوسوفو", "will"),
])
def test_a_shared_stem_gives_no_gloss(surface, wrong):
    assert gloss("", "ar", surface) != wrong


def test_the_news_vocabulary_beyond_rank_1600_glosses_its_own_forms_only():
    """Part 4 of glossary_news.csv (wordfreq ranks 1,601-3,000) glosses its words and their clitic
    readings, never other words through an inflectional base (المتهم 'the accused' is not ألم 'pain')."""
    from arnews.stats.glossary import gloss

    assert gloss("المقاومة", "ar", surface="المقاومة", vietnam=False) == "the resistance"
    assert "resistance" in gloss("والمقاومة", "ar", surface="والمقاومة", vietnam=False)  # (a curated reading may come first)
    assert "pain" not in gloss("المتهم", "ar", surface="المتهم", vietnam=False)
    assert "Nassr" not in gloss("النصرة", "ar", surface="النصرة", vietnam=False)
