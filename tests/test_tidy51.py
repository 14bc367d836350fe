"""Session 50, tidy51: behaviour-preserving tidying.

* the word lists of blocks and rhetoric.discover are glossed lexicons read through ``arnews.lexicons``:
  ``_DATELINE_WORDS``/``_DATE_LEAD``/``_ERA`` -> ``dateline_words.csv`` (``datelines.dateline_words()``),
  ``_CONTINUES`` -> ``continuation_words.csv`` (``blocks.continuation_words()``, ``blocks.continuation_opening()``),
  ``_STOP_AFTER``/``_RELATIVE`` -> ``campaign_name_words.csv`` (``rhetoric.discover.name_end_words()``), the words of
  press ``_HEAD``/``_TITLE`` -> ``press_heads.csv`` (``rhetoric.press.press_heads()``, ``press_patterns()``); each file's
  words equal the old literal (tests/test_lexicons.py), and each rule below still acts on a real-style line and
  depends on its list (emptied, the result changes);
* themes split by job: the word analyses are :mod:`arnews.wordforms`; the dateline readers of blocks are
  :mod:`arnews.datelines`; the old names are the same objects.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from arnews import blocks, datelines, themes, wordforms
from arnews.blocks import assign_roles
from arnews.rhetoric import discover
from arnews.text.paragraph import make_paragraph

LIB = Path(blocks.__file__).resolve().parent

# --- the splits -----------------------------------------------------------------------------------------------------


def test_themes_keeps_every_old_name_as_the_wordforms_object():
    pairs = {"_AR_RE": "AR_RE", "_ARTICLE_PREFIXES": "ARTICLE_PREFIXES", "_CLITIC_PREFIXES": "CLITIC_PREFIXES",
             "_MIN_REST": "MIN_REST", "_TOPIC_KIND": "TOPIC_KIND", "_lang": "base_lang", "_strips": "prefix_strips",
             "_ar_stem": "ar_stem", "_en_word": "en_word", "_pattern_word": "pattern_word",
             "_paragraph_columns": "paragraph_columns", "_token_analyses": "token_analyses"}
    for old, new in pairs.items():
        assert getattr(themes, old) is getattr(wordforms, new), old
    for name in ("AR_RE", "prefix_strips", "ar_stem", "en_word", "word_analyses", "Tok", "analyse", "paragraph_toks"):
        assert getattr(themes, name) is getattr(wordforms, name), name
    from arnews import topics

    assert topics._strips is wordforms.prefix_strips and topics._token_analyses is wordforms.token_analyses
    assert wordforms.word_analyses("والأمن")[1] >= {"الامن", "امن"}


def test_blocks_keeps_the_dateline_readers_as_the_datelines_objects():
    from arnews import corpus

    assert blocks.dated_dispatch is datelines.dated_dispatch is corpus.dated_dispatch
    assert blocks.dateline_date is datelines.dateline_date is corpus.dateline_date
    assert blocks.dateline_words is datelines.dateline_words and blocks._words is datelines.line_words


@pytest.mark.parametrize("name", ["themes.py", "wordforms.py", "blocks.py", "datelines.py"])
def test_the_split_modules_are_small(name):
    assert len((LIB / name).read_text(encoding="utf-8").splitlines()) < 600


# --- dateline_words.csv ---------------------------------------------------------------------------------------------


def _no_words(monkeypatch, kind):
    words = dict(datelines.dateline_words())
    words[kind] = frozenset()
    monkeypatch.setattr(datelines, "dateline_words", lambda: words)


def test_a_weekday_before_the_date_keeps_the_dateline(monkeypatch):
    line = "الخميس، 05 سبتمبر 2024، الساعة 10:30 صباحا"
    assert datelines.dateline_date(line)[1] == "2024-09-05"
    assert assign_roles(["الأمير يفتتح المعرض", line, "افتتح الأمير المعرض الدولي للكتاب بحضور عدد من المسؤولين."])[1] \
        == "dateline"
    _no_words(monkeypatch, "dateline")
    assert datelines.dateline_date(line) is None


def test_a_preposition_before_the_date_makes_a_sentence(monkeypatch):
    line = "في 5 مارس 2025"
    assert datelines.dateline_date(line) is None
    assert datelines.dateline_date("5 مارس 2025")[1] == "2025-03-05"
    _no_words(monkeypatch, "date_lead")
    assert datelines.dateline_date(line)[1] == "2025-03-05"


def test_era_marks_belong_to_an_agency_dispatch_line(monkeypatch):
    line = "جدة 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس"
    assert datelines.dated_dispatch(line) == "2015-08-18"
    assert datelines.dated_dispatch("وصلت البعثة إلى جدة 3 ذو القعدة 1436 هـ") is None
    _no_words(monkeypatch, "era")
    assert datelines.dated_dispatch(line) is None


def test_dateline_words_checks_the_kind(tmp_path, monkeypatch):
    from arnews import lexicons

    d = tmp_path / "lex"
    lexicons.init(d)
    with open(d / "dateline_words.csv", "a", encoding="utf-8") as f:
        f.write("الضحى,clock,forenoon (test)\n")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(d))
    try:
        with pytest.raises(ValueError, match=r"^dateline_words.csv: الضحى: kind must be one of dateline, date_lead, era"):
            datelines.dateline_words()
    finally:
        monkeypatch.delenv("ARNEWS_LEXICONS")
        lexicons.reload()


# --- continuation_words.csv -----------------------------------------------------------------------------------------

#: the pattern as blocks wrote it before (a space in a phrase is escaped in the pattern built from the file), with the
#: eight openers blocks54 added to the file after من جانبها (من جهته، ...: a paragraph printed twice is no doubled caption)
OLD_CONTINUES = (
    r"^\s*(?:ف\S*|كما|لكن|ولكن|غير|إلا|الا|بينما|حيث|إذ|ثم|أما|وأما|من جهة|من جانبه|من جانبها|"
    r"من جانبهم|من جهته|من جهتها|من جهتهم|من ناحيته|من ناحيتها|بدوره|بدورها|"
    r"و(?:قد|لن|لم|لا|في|من|على|عن|إلى|الى|هو|هي|هنا|كان|كانت|بين|ذلك|هذا|هذه|تم)|"
    r"و?(?:قال|قالت|أكد|أكدت|اكد|أضاف|أضافت|اضاف|أشار|أشارت|اشار|أوضح|أوضحت|اوضح|تابع|تابعت|اختتم|اختتمت|"
    r"ذكر|ذكرت|أعلن|أعلنت|نقل|نقلت|طالب|طالبت|لفت|لفتت|بين|بينت|زاد|أفاد|أفادت|شدد|شددت|أشاد|أشادت))(?:\s|$|،|:)"
)


def test_the_continuation_pattern_is_the_old_one():
    assert blocks.continuation_opening().pattern.replace("\\ ", " ") == OLD_CONTINUES
    assert not hasattr(blocks, "_CONTINUES")


_BODY = ("افتتح أمير المنطقة صباح اليوم مشروع تطوير الواجهة البحرية بتكلفة إجمالية كبيرة بحضور عدد من المسؤولين "
         "وأعيان المحافظة، وتجول في أرجاء المشروع واستمع إلى شرح مفصل عن مراحل العمل ومواعيد التسليم المقررة.")


def _article(*short):
    return ["الأمير يفتتح مشروع الواجهة البحرية", _BODY, *[x for s in short for x in (s, _BODY)]]


def test_a_short_line_opening_with_a_connective_is_body_not_a_caption(monkeypatch):
    # blocks54: a series needs three captions without a photo marker (two were enough before; snnall's pairs were all
    # the writer's prose), so each article here has a third caption-shaped line
    lines = _article("أمير المنطقة يتجول في المشروع.", "كما زار الأمير معرض الصور.", "نظرة عامة على القاعة.")
    assert assign_roles(lines)[2::2] == ["body", "body", "body"]  # two caption-shaped lines are no series
    captions = _article("أمير المنطقة يتجول في المشروع.", "جانب من الحضور في الحفل.", "نظرة عامة على القاعة.")
    assert assign_roles(captions)[2::2] == ["caption", "caption", "caption"]
    monkeypatch.setattr(blocks, "continuation_opening", lambda: re.compile(r"^\s*ف\S*(?:\s|$|،|:)"))
    assert assign_roles(lines)[2::2] == ["caption", "caption", "caption"]


@pytest.mark.parametrize("line", ["من جانبه أشاد المدير بالفريق.", "وقد شارك الطلاب في الحفل.", "وأضاف أن العمل مستمر.",
                                  "أوضح، أن الأعمال انتهت", "فيما تابع الحضور العرض:"])
def test_continuation_openings(line):
    assert blocks.continuation_opening().match(line)


@pytest.mark.parametrize("line", ["قد شارك الطلاب في الحفل.", "كمال الدين يتسلم الجائزة.", "من جهات حكومية عدة.",
                                  "قالب الحلوى الكبير.", "والد الطالب في الحفل."])
def test_no_continuation_opening(line):
    assert not blocks.continuation_opening().match(line)


# --- campaign_name_words.csv ----------------------------------------------------------------------------------------


def _candidates(text):
    p = make_paragraph(text, "ar")
    return [" ".join(w.text for w in c[4]) for c in discover._candidates_of(p, "ar")]


@pytest.mark.parametrize("text,name,kind", [
    ("أطلقت الوزارة حملة نظافة الأحياء التي تستمر شهرا كاملا", "نظافه الاحياء", "relative"),
    ("دشن المحافظ مبادرة سقيا الحجاج في مكة المكرمة اليوم", "سقيا الحجاج", "stop_after"),
])
def test_a_relative_or_a_preposition_ends_a_cue_introduced_name(monkeypatch, text, name, kind):
    assert _candidates(text) == [name]
    words = dict(discover.name_end_words())
    words[kind] = frozenset()
    monkeypatch.setattr(discover, "name_end_words", lambda: words)
    assert _candidates(text) != [name] and _candidates(text)[0].startswith(name)


# --- press_heads.csv ------------------------------------------------------------------------------------------------


def test_the_press_patterns_are_the_old_ones():
    from arnews.rhetoric import press

    head, title = press.press_patterns()
    assert head.pattern == r"(?<![\u0621-\u064a])[وف]?[بل]?(?:صحيفه|جريده|مجله|قناه)\s*[\"“«(]?\s*$"
    assert title.pattern == r"(?<![\u0621-\u064a])[وف]?[بل]?(?:شعار|عنوان|بعنوان|اسم|باسم)\s*$"
    assert not hasattr(press, "_HEAD") and not hasattr(press, "_TITLE")


def _press(text):
    from arnews.normalize import key

    kt = key(text)
    s = kt.index("الوطن")
    from arnews.rhetoric.press import is_press_mention

    return is_press_mention(kt, s, s + len("الوطن"))


@pytest.mark.parametrize("text,kind,before", [
    ("وقال المتحدث لصحيفة الوطن إن المشروع سيكتمل", "outlet_head", True),
    ("رفع المشاركون شعار \"الوطن\" في المسيرة", "title_word", False),
])
def test_an_outlet_head_or_a_title_word_decides_the_paper(monkeypatch, text, kind, before):
    from arnews.rhetoric import press

    assert _press(text) is before
    words = dict(press.press_heads())
    words[kind] = ()
    monkeypatch.setattr(press, "press_heads", lambda: words)
    press.press_patterns.cache_clear()
    try:
        assert _press(text) is not before
    finally:
        monkeypatch.undo()
        press.press_patterns.cache_clear()
