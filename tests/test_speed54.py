"""Session 53 speed (branch speed54, issue 11): the scanner's ``phrase_at`` returns at once when no reading of the
word opens a phrase of the role (``_Lex.marker_firsts``), instead of building the run and trying every length.

The tests check that ``marker_firsts`` holds exactly the first words of each role's phrases, and that
``phrase_at`` answers the same with the prefilter and without it (a first-word set that holds every word: the old
path) for every token and every role, on sentences written for this test and on random strings of their words,
numbers, Latin and punctuation; and that the quantities of those texts are the same both ways.
"""
from __future__ import annotations

import random

import pytest

from arnews.quantities.lexicon import lex
from arnews.quantities.scanner import _Scanner
from arnews.text import make_paragraph

#: news-style sentences written for this test: idioms with duals, approximations before and after a figure,
#: proclitics on the first word of a phrase (وعلى طرفي), a phrase cut by a claimed token, the end of a paragraph
SENTENCES = [
    "وقف الطرفان على طرفي نقيض في المفاوضات التي استمرت يومين في العاصمة.",
    "ووضع المتحدث الرقم بين قوسين، وقال إن الوزارة صرفت نحو 500 مليون ريال تقريبا للمشروع.",
    "وصل حافي القدمين إلى المسجد بعد أن مشى قرابة ثلاثة كيلومترات، وعلى طرفي الطريق وقف الأهالي.",
    "سجل اللاعب هدفين في الشوط الأول، وأضاف زميله هدفا ثالثا بعد حوالي 20 دقيقة.",
    "ارتفع المؤشر بنسبة 2.5% أو ما يزيد على ذلك بقليل، وبلغت قيمة الصفقات أكثر من مليار ريال.",
    "استقبل الأمير الضيفين في قصره، وعقد الجانبان جلسة مباحثات استمرت ساعتين ونصف.",
    "أكد مدير الشرطة أن الدوريتين وصلتا إلى الموقع خلال دقائق معدودة",
    "The ministry spent about 200 million riyals, or roughly half its budget, in two years.",
    "على",
    "بين قوسين",
]

_FILLER = ("على", "طرفي", "نقيض", "بين", "قوسين", "نحو", "تقريبا", "حوالي", "قرابة", "أكثر", "من", "حافي",
           "القدمين", "وعلى", "بنحو", "هدفين", "يومين", "الطرفان", "500", "2.5%", "20", "about", "roughly",
           "two", "،", ".", "«", "»", "(", ")", "_")


def _random_texts(n: int = 250, seed: int = 54) -> list[str]:
    rnd = random.Random(seed)
    words = [w for s in SENTENCES for w in s.split()] + list(_FILLER)
    return [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 14))) for _ in range(n)]


class _Everything:
    """A first-word set that holds every word: ``phrase_at`` without its prefilter (the path before speed54)."""

    def __contains__(self, x) -> bool:
        return True


@pytest.fixture
def unfiltered():
    """Swap every role's first-word set for :class:`_Everything` in both languages' lexicons (restored after)."""
    saved = {}

    def off():
        for lang in ("ar", "en"):
            lx = lex(lang)
            saved.setdefault(lang, (lx, lx.marker_firsts))
            lx.marker_firsts = {role: _Everything() for role in lx.marker_firsts}

    yield off
    for lx, firsts in saved.values():
        lx.marker_firsts = firsts


def _answers(text: str) -> list:
    p = make_paragraph(text)
    sc = _Scanner(p, p.lang)
    roles = sorted(sc.lx.markers)
    return [(i, r, clitic, sc.phrase_at(i, r, clitic)) for i in range(-1, sc.t.n + 1) for r in roles
            for clitic in (True, False)]


def test_marker_firsts_are_the_first_words_of_each_role():
    for lang in ("ar", "en"):
        lx = lex(lang)
        assert set(lx.marker_firsts) == set(lx.markers)
        for role, table in lx.markers.items():
            assert lx.marker_firsts[role] == frozenset(t[0] for t in table if t), role


def test_the_prefilter_finds_the_phrases_it_should():
    p = make_paragraph(SENTENCES[0])
    sc = _Scanner(p, p.lang)
    i = p.toks.index("طرفي")
    assert sc.phrase_at(i, "idiom_dual") is not None  # على طرفي نقيض: the idiom read from its dual
    got = [sc.phrase_at(t, "idiom_dual") for t in range(sc.t.n)]
    assert sum(x is not None for x in got) >= 1
    assert sc.phrase_at(p.toks.index("المفاوضات"), "idiom_dual") is None  # no idiom opens here


def test_phrase_at_same_with_and_without_the_prefilter(unfiltered):
    texts = SENTENCES + _random_texts()
    new = [_answers(t) for t in texts]
    assert sum(a[3] is not None for ans in new for a in ans) > 20  # (phrases are found: the test compares something)
    unfiltered()
    old = [_answers(t) for t in texts]
    assert new == old


def test_quantities_same_with_and_without_the_prefilter(unfiltered):
    from arnews.quantities import extract_quantities

    texts = SENTENCES + _random_texts(150, seed=5400)
    new = [extract_quantities(t) for t in texts]
    unfiltered()
    old = [extract_quantities(t) for t in texts]
    assert [repr(x) for x in new] == [repr(x) for x in old]
