"""Session 40 speed (issue 11): the campaign candidates skip the words of a paragraph that holds no
quote and no cue word, read from the concepts the slogans' analysis left on the paragraph.  The fast
path (after the slogans' analysis, as in a build) must give what the slow path (a fresh paragraph,
nothing remembered) gives.  Sentences written for these tests in the style of Saudi news."""
from __future__ import annotations

import importlib
import re

import pytest

from arnews.text import make_paragraph

concepts = importlib.import_module("arnews.rhetoric.concepts")
discover = importlib.import_module("arnews.rhetoric.discover")
campaigns = importlib.import_module("arnews.rhetoric.campaigns")

SENTENCES = [
    # a cue word followed by a name (a candidate without quotes)
    "أطلقت أمانة المنطقة الشرقية حملة النظافة الشاملة للأحياء السكنية في الدمام والخبر.",
    # a quoted slogan after a cue word
    "دشن أمير المنطقة مبادرة «وطن أخضر بلا نفايات» بمشاركة عدد من المتطوعين.",
    # quotes holding a name (no candidate, but the words must be read)
    "قال المتحدث لصحيفة «الرياض» إن العمل يسير وفق الخطة المعتمدة.",
    # quotes without any cue word
    "وأكد الوزير أن \"الطريق إلى التنمية يمر عبر التعليم\" في كلمته أمام المجلس.",
    # neither a quote nor a cue word: the fast path skips the words
    "ارتفعت أسعار النفط في تعاملات الأسبوع الماضي بنسبة طفيفة وسط ترقب الأسواق.",
    "وصل وفد سعودي إلى جدة مساء أمس لحضور اجتماعات اللجنة الاقتصادية المشتركة.",
    # a cue word at the paragraph's end (the nasty edge: nothing after it)
    "وتستمر الجهات المعنية في تنفيذ الحملة",
    # an English paragraph with quotes and a cue word
    "The ministry launched a campaign called \"Clean Streets Now\" across Riyadh on Sunday.",
    "Oil prices rose slightly on Monday as markets awaited new data.",
]


def _lang(p) -> str:
    return "ar" if p.rules == "ar" else "en"


def _slow(text: str):
    p = make_paragraph(text, "ar" if re.search("[\u0600-\u06ff]", text) else "en")
    lang = _lang(p)
    assert concepts.paragraph_concepts(p, lang) is None  # nothing remembered: the full path
    return discover._candidates_of(p, lang)


def _fast(text: str):
    p = make_paragraph(text, "ar" if re.search("[\u0600-\u06ff]", text) else "en")
    lang = _lang(p)
    campaigns._campaigns_in(p, lang)  # the slogans' pass first, as in a build
    assert concepts.paragraph_concepts(p, lang) is not None
    return discover._candidates_of(p, lang)


def _plain(cands):
    return [(s, e, cue, quoted, [tuple(w) for w in ws]) for s, e, cue, quoted, ws in cands]


@pytest.mark.parametrize("text", SENTENCES)
def test_candidates_same_through_fast_and_slow_path(text):
    assert _plain(_fast(text)) == _plain(_slow(text))


def test_some_sentences_give_candidates():
    # the comparison above must compare something: a cue-introduced name and a quoted one are found
    found = [_plain(_slow(t)) for t in SENTENCES]
    assert sum(1 for f in found if f) >= 2
    assert any(q for f in found for _, _, _, q, _ in f)
    assert any(not q for f in found for _, _, _, q, _ in f)


def test_concepts_remembered_are_the_words_concepts():
    for text in SENTENCES:
        p = make_paragraph(text, "ar" if re.search("[\u0600-\u06ff]", text) else "en")
        lang = _lang(p)
        words, _ = concepts.paragraph_words(p, lang)
        assert concepts.paragraph_concepts(p, lang) == frozenset(w.concept for w in words)


def test_plain_paragraph_skips_the_second_analysis(monkeypatch):
    p = make_paragraph(SENTENCES[4], "ar")
    campaigns._campaigns_in(p, "ar")
    calls = []
    real = discover.paragraph_words
    monkeypatch.setattr(discover, "paragraph_words", lambda *a: calls.append(a) or real(*a))
    assert discover._candidates_of(p, "ar") == []
    assert calls == []  # no quote, no cue word: the words are not analysed again
    q = make_paragraph(SENTENCES[1], "ar")
    campaigns._campaigns_in(q, "ar")
    discover._candidates_of(q, "ar")
    assert len(calls) == 1  # a quote: they are


@pytest.mark.parametrize("word", ["حملة", "للأمن", "abc", "Riyadh", "2030", "ـ", "x حملة", "حملةx", ""])
def test_arabic_letter_test_as_before(word):
    assert bool(concepts._AR_FIRST(word)) == bool(re.match(f"[{concepts.AR}]", word))
