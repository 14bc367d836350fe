"""Session 50, pages as a researcher reads them: outlet names marked in the recurrent-expression and quoted-name
tables, glosses of titles and constructs, and the stated line on datelines as name mentions."""
import json
from pathlib import Path

import pandas as pd
import pytest

from arnews.plotting import md_html

NB = Path(__file__).resolve().parents[1] / "notebooks"


# --- glosses: a title before a name, a construct read with "of" ------------------------------------------------

from arnews.stats.glossary import gloss, phrase_gloss  # noqa: E402

@pytest.mark.parametrize("phrase, expected", [
    ("الملك سلمان", "≈ King Salman"),  # was 'the King Salman'
    ("الرئيس السيسي", "≈ President Sisi"),  # was 'Sisi chairman': a family name read as an adjective
    ("مركز الملك سلمان", "≈ centre of King Salman"),  # was 'centre the King Salman'
    ("الأمير محمد بن سلمان", "≈ Prince Muhammad bin Salman"),
    ("رسل السلام", "≈ messengers of peace"),
    ("دنيا الرياضة", "≈ the world of sport"),
    ("تعزيز التعاون", "≈ strengthening of cooperation"),
    ("أعضاء مجلس الإدارة", "≈ members of council of administration"),  # a chain of constructs
    ("بنسبة 5 في المائة", "≈ at a rate of ? per cent"),  # في المائة is a phrase of its own (a figure stays unknown)
])
def test_titles_and_constructs(phrase, expected):
    assert gloss("", "ar", phrase, vietnam=False) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("الرئيس المصري", "≈ Egyptian chairman"),  # a nationality is no name: no 'President Egyptian'
    ("الجهاد الإسلامي", "≈ Islamic jihad"),  # an adjective in -ic stays an adjective
    ("العمال الكردستاني", "≈ Kurdistani workers"),  # the adjective of a glossed noun (كردستان) is no family name
    ("قال الرئيس", "≈ said chairman"),  # a verb heads no construct
    ("أكد الوزير", "≈ confirmed minister"),
    ("يقل الحد الأدنى", "≈ is less limit minimum"),  # a short definite word (الحد) is no construct's head
    ("سلمان بن عبدالعزيز", "≈ Salman bin Abdulaziz"),  # a name's link is no construct: no 'bin of'
    ("السهم الذهبي", "≈ golden share"),  # noun and adjective, as before
])
def test_what_stays_as_it_was(phrase, expected):
    assert gloss("", "ar", phrase, vietnam=False) == expected


def test_a_title_needs_a_name_after_it():
    assert not gloss("", "ar", "الملك الأردني", vietnam=False).startswith("≈ King")  # a nationality: no 'King Jordanian'
    assert phrase_gloss("خادم الحرمين الشريفين الملك سلمان") == "≈ Custodian of the Two Holy Mosques King Salman"
