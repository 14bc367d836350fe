"""Session 49, tidy50: the word lists still in the code are glossed lexicons (issue 11), behaviour unchanged.

Each list moved from a Python literal to a CSV of ``arnews/data/lexicons`` read through ``arnews.lexicons``:

* honorifics ``_KIN``/``_NASAB``/``_LINKS`` -> ``name_link_words.csv`` (kinds link, nasab, kunya), ``name_link_words()``;
* latin_glosses ``VAGUE_HEADS`` -> ``latin_terms.csv`` kind ``vague_head``, ``vague_heads()``;
* bylines ``_DESK_WORDS`` -> ``desk_words.csv``, ``desk_words()``;
* learned_clubs ``_NOT_PLURAL`` -> ``club_plural_exceptions.csv``, ``not_plural_words()``;
* movements ``_FUNCTION`` -> ``movement_cues.csv`` kind ``function``, ``function_words()``;
* office_runs ``_TENSE`` -> ``office_tense_words.csv``, ``tense_words()``;
* leagues ``_CONTINENTS``/``_ORDINALS`` -> ``league_words.csv``, ``league_words()``;
* tribe_places ``_BEFORE`` -> ``tribe_place_words.csv``, ``place_prepositions()``.

Every loader's rows equal the old literal; the rules still act on real-style sentences, and each sentence's result
depends on the list (emptied, the result changes).  The tests of each module stand apart (the module edits are
separate commits: a dropped one takes its tests here, its row of test_lexicons._TIDY50 and of
test_lexicon_edges.WORD_LISTS with it).
"""
from __future__ import annotations

import pandas as pd
import pytest

from arnews.entities import (bylines, honorifics, latin_glosses, leagues, learned_clubs, movements, office_runs,
                             tribe_places)
from arnews.entities.names import paragraph_names
from arnews.lexicons import read_lexicon
from arnews.normalize import key
from arnews.text.paragraph import make_paragraph


def _keys(*words):
    return frozenset(key(w) for w in words)


def _par(text: str):
    return make_paragraph(text, "ar")


def _names(text: str) -> list:
    p = _par(text)
    return [(p.ntext[n.start:n.end], n.type) for n in paragraph_names(p)]


# --- the rows equal the old literals --------------------------------------------------------------------------------

def _gone(mod, *names):
    for name in names:
        assert not hasattr(mod, name), name


def test_honorifics_name_link_words_equal_the_old_literals():
    links = honorifics.name_link_words()
    assert links["kin"] == _keys("ابن", "بن", "بنت", "أبي", "أبو", "أبا", "أم")
    assert links["nasab"] == _keys("بن", "بنت", "ابن")
    assert links["link"] == _keys("بن", "بنت")
    assert links["kunya"] == links["kin"] - links["nasab"]
    _gone(honorifics, "_KIN", "_NASAB", "_LINKS")


def test_latin_glosses_vague_heads_equal_the_old_literal():
    assert latin_glosses.vague_heads() == frozenset({"اداره"})
    # the acronyms only: the vague head is no term
    assert latin_glosses.latin_terms() == frozenset(r["word"].lower() for r in read_lexicon("latin_terms.csv")
                                                    if r["kind"] == "term")
    assert key("إدارة") not in latin_glosses.latin_terms() and "suv" in latin_glosses.latin_terms()
    _gone(latin_glosses, "VAGUE_HEADS")


def test_bylines_desk_words_equal_the_old_literal():
    assert bylines.desk_words() == _keys("متابعة", "متابعات", "وكالات")
    _gone(bylines, "_DESK_WORDS")


def test_learned_clubs_not_plural_words_equal_the_old_literal():
    assert learned_clubs.not_plural_words() == frozenset({"الاثنين"})
    _gone(learned_clubs, "_NOT_PLURAL")


def test_movements_function_words_equal_the_old_literal():
    assert movements.function_words() == _keys("إلى", "الى", "الذي", "التي", "الذين", "اللذين", "الآن", "اليوم", "الأحد",
                                               "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أمس",
                                               "العام", "الأسبوع", "الشهر")
    # the new kind leaves the cue and stirring words as they were
    assert movements.function_words().isdisjoint(movements.movement_cues() | movements.stirring_words())
    assert len(movements.stirring_words()) == 22
    _gone(movements, "_FUNCTION")


def test_office_runs_tense_words_equal_the_old_literal():
    assert office_runs.tense_words() == _keys("السابق", "الأسبق", "الحالي", "الجديد", "المتقاعد", "المكلف", "المنتخب")
    _gone(office_runs, "_TENSE")


def test_leagues_league_words_equal_the_old_literals():
    continents, ordinals = leagues.league_words()
    assert continents == _keys("العرب", "الخليج")
    assert ordinals == _keys("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
                             "التاسعة", "العاشرة")
    _gone(leagues, "_CONTINENTS", "_ORDINALS")


def test_tribe_places_place_prepositions_equal_the_old_literal():
    assert tribe_places.place_prepositions() == _keys("في", "وفي", "إلى", "والى", "الى", "وإلى")
    _gone(tribe_places, "_BEFORE")


# --- the rules still act, and act through the lists -----------------------------------------------------------------

def _empty(monkeypatch, mod, loader, value=frozenset()):
    monkeypatch.setattr(mod, loader, lambda: value)


_NO_LINKS = {"kin": frozenset(), "nasab": frozenset(), "link": frozenset(), "kunya": frozenset()}


@pytest.mark.parametrize("text,person,without", [
    ("وروي عن أبي هريرة رضي الله عنه أنه قال", "أبي هريرة", []),
    ("وعن أم سلمة رضي الله عنها", "أم سلمة", []),
    ("وعن ابن عمر رضي الله عنهما قال", "ابن عمر", ["عمر"]),
    ("وعن فاطمة بنت قيس رضي الله عنها", "فاطمة بنت قيس", ["قيس"]),
    ("كما روى عبدالله بن مسعود رضي الله عنه", "عبدالله بن مسعود", ["مسعود"]),
    ("وعن أبي بكر بن عياش رحمه الله", "أبي بكر بن عياش", []),
    ("وقال سعيد بن المسيب رحمه الله إن العلم نور", "سعيد بن المسيب", []),
])
def test_the_kunya_and_nasab_words_carry_a_name_before_a_eulogy(monkeypatch, text, person, without):
    def people():
        p = _par(text)
        return [p.ntext[n.start:n.end] for n in honorifics.honorific_people(p, [])]

    assert people() == [person]
    # (a eulogy after a plain noun names no one)
    assert honorifics.honorific_people(_par("وأشاد بمكانة الصحابة رضي الله عنهم في الإسلام"), []) == []
    assert key("أبي") in honorifics.name_link_words()["kunya"]
    _empty(monkeypatch, honorifics, "name_link_words", _NO_LINKS)
    assert people() == without


def test_a_vague_head_takes_no_latin_short_form(monkeypatch):
    text = "وحصل على درجة الماجستير في إدارة الأعمال (MBA) من الجامعة"
    assert _names(text) == [("إدارة الأعمال", "organisation")]
    _empty(monkeypatch, latin_glosses, "vague_heads")
    assert ("MBA", "organisation") in _names(text)


@pytest.mark.parametrize("text", ["وقالت حماس اليوم إن الاحتلال يتحمل المسؤولية عن التصعيد في غزة",
                                  "وأكد المتحدث أن حماس الأحد الماضي رفضت المبادرة المصرية بشأن غزة"])
def test_a_function_word_after_the_movement_keeps_it(monkeypatch, text):
    assert ("حماس", "organisation") in _names(text)
    assert ("حماس", "organisation") not in _names("وفي غزة ارتفع حماس الجماهير للمباراة")  # (a definite noun after it)
    _empty(monkeypatch, movements, "function_words")
    assert ("حماس", "organisation") not in _names(text)


def test_a_tense_adjective_after_the_office_place_opens_the_holders_name(monkeypatch):
    text = "وقال حاكم فلوريدا السابق جيب بوش إن الحملة بدأت"
    assert _names(text) == [("فلوريدا", "place"), ("جيب بوش", "person")]
    _empty(monkeypatch, office_runs, "tense_words")
    assert _names(text) == [("فلوريدا", "place")]


@pytest.mark.parametrize("text,league", [("ويشارك الفريق في دوري أبطال العرب الموسم المقبل", "دوري أبطال العرب"),
                                         ("وقال قائد المنطقة العسكرية الأولى إن القوات جاهزة", "المنطقة العسكرية الأولى")])
def test_league_and_region_words(monkeypatch, text, league):
    assert _names(text) == [(league, "organisation")]
    assert _names("وانتشرت القوات في المنطقة العسكرية المجاورة للحدود") == []  # (no ordinal: no region's name)
    _empty(monkeypatch, leagues, "league_words", (frozenset(), frozenset()))
    assert _names(text) == []


def test_a_preposition_before_bani_makes_a_place(monkeypatch):
    text = "وتقع القرية في بني مازن جنوب المنطقة"
    assert _names(text) == [("بني مازن", "place")]
    _empty(monkeypatch, tribe_places, "place_prepositions")
    assert _names(text) == []
    assert tribe_places.tribe_places(_par("وعاش في بني قومه سنوات طويلة"), []) == []  # (kin after بني: no place)


def _writers(blocks):
    P = pd.DataFrame([{"article_id": "a1", "paragraph": i, "role": role, "text": text, "lang": "ar"}
                      for i, (role, text) in enumerate(blocks)])
    return [(r.surface, r.source) for r in bylines.writers_table(P).itertuples()]


@pytest.mark.parametrize("line", ["ماجد الحربي - خاص - متابعة: هطلت اليوم أمطار غزيرة على عدد من المحافظات.",
                                  "ماجد الحربي- عاجل- وكالات: قتل العشرات في قصف استهدف سوقا شعبية أمس."])
def test_the_desk_segment_of_a_dispatch_line_stands_beside_the_writer(monkeypatch, line):
    blocks = [("title", "أمطار غزيرة على المنطقة"), ("body", line)]
    assert _writers(blocks) == [("ماجد الحربي", "dispatch")]
    # neither desk nor outlet nor place beside the name: no writer
    assert _writers([("title", "أمطار غزيرة"), ("body", "ماجد الحربي - خاص - عاجل: هطلت اليوم أمطار غزيرة.")]) == []
    _empty(monkeypatch, bylines, "desk_words")
    assert _writers(blocks) == []  # (the desk alone stands beside the writer: no outlet, no place)


def _ordinary(text: str, word: str) -> bool:
    p = _par(text)
    s = p.ktext.index(key(word))
    return learned_clubs.ordinary_reading(p, s, s + len(key(word)))


def test_a_day_after_a_club_is_no_plural(monkeypatch):
    text = "ويلعب الهلال مع الاتحاد الاثنين المقبل على ملعبه"
    assert not _ordinary(text, "الاتحاد")
    assert _ordinary("وقال إن جميع الطلبة المبتعثين عادوا", "الطلبة")  # (a plural: the ordinary word)
    _empty(monkeypatch, learned_clubs, "not_plural_words")
    assert _ordinary(text, "الاتحاد")
