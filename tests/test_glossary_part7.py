"""Part 7 of glossary_news.csv: a word once glossed only through another row's inflectional
base (بلد 'towns' through البلدات) has its own gloss, in its own number, definiteness and
sense; a neighbour whose through-gloss fits the word keeps it (حكومة 'government' through
الحكومة).  Samples read by hand."""
import pytest

from arnews.lexicons import read_lexicon
from arnews.normalize import key, normalize
from arnews.stats.glossary import gloss

OWN = [  # (word, its own gloss, the through-gloss it had)
    ("بلد", "country; town", "towns"),
    ("البلدين", "the two countries", "towns"),
    ("شركة", "company", "companies"),
    ("الشركة", "the company", "companies"),
    ("الهيئة", "the body; the authority; the commission", "bodies; agencies"),
    ("منظمة", "organisation", "organisations"),
    ("طائرة", "aircraft; plane", "the aircraft"),
    ("الرياضة", "sport; sports", "Riyadh"),
    ("مكتبة", "library; bookshop; his office", "office"),
    ("الطلبة", "students", "requested"),
    ("العملات", "currencies", "work"),
    ("وجبة", "meal", "front"),
    ("البابا", "the Pope", "door; gate; chapter"),
    ("قانون", "law", "the law"),
    ("قرية", "village", "villages"),
    ("يومين", "two days", "day"),
    ("يعرفون", "they know", "knows"),
    ("مصري", "Egyptian", "Egyptian (f.)"),
    ("الملكة", "the Queen", "the King"),
]

KEPT = [  # neighbours whose gloss through another form fits the word itself: no row of their own
    ("حكومة", "government"),
    ("الحكومة", "government"),
    ("كبير", "large; great"),
    ("جديد", "new"),
    ("سنوات", "years"),
    ("دعم", "support"),
    ("خدمة", "service"),
    ("أطفال", "children"),
    ("معلومات", "information"),
    ("انتخابات", "elections"),
]


@pytest.mark.parametrize("word, own, before", OWN)
@pytest.mark.parametrize("vietnam", [True, False])
def test_a_word_once_glossed_through_another_form_has_its_own_gloss(word, own, before, vietnam):
    g = gloss("", "ar", word, vietnam=vietnam)
    assert g == own and g != before


@pytest.mark.parametrize("word, through", KEPT)
def test_a_fitting_through_gloss_is_kept(word, through):
    assert gloss("", "ar", word, vietnam=False) == through


def _through_rows():
    """Rows of parts 3 and 7 (note 'glossed through ... before')."""
    return [r for r in read_lexicon("glossary_news.csv") if (r.get("note") or "").startswith("glossed ")]


def test_part7_rows_name_what_they_replace_and_are_not_the_kept_words():
    rows = _through_rows()
    assert len(rows) >= 11 + 550
    terms = {key(normalize(r["term"]).text) for r in rows}
    assert not terms & {key(w) for w, _ in KEPT}
    assert all(" before" in r["note"] and 0 < int(r["rank"]) <= 8000 for r in rows)
