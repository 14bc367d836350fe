"""Session 55 speed (issue 11, branch ``speed56``): three per-word gates of the name finder's one scan of the word
types (``pass_gates.quoted_head_word``, ``honorific_word``, ``country_adjective_word``) answer with a set look-up or
the article test first, instead of a loop per word type.

The fast path equals the slow path (the tests as session 54 wrote them, kept here) on every word of the lexicons
they read, behind every proclitic they allow, on the neighbours written for these tests and on random strings of
their letters; and each gate is open on sentences written for these tests in the style of Saudi news where its pass
fires (every pass called: the slow path).
"""
from __future__ import annotations

import importlib
import random

import pytest

from arnews.entities.proclitics import proclitics
from arnews.normalize import key
from arnews.text import make_paragraph

names = importlib.import_module("arnews.entities.names")
pass_gates = importlib.import_module("arnews.entities.pass_gates")
quoted_heads = importlib.import_module("arnews.entities.quoted_heads")
honorifics = importlib.import_module("arnews.entities.honorifics")
national_bodies = importlib.import_module("arnews.entities.national_bodies")


def _slow_quoted_head(w, k):
    quoted_heads.quoted_heads()
    return quoted_heads._is_head(k)


def _slow_honorific(w, k):
    titles, eulogies = honorifics.honorific_words()
    kw = key(w)
    return bool(honorifics._title_at(kw, titles)) or any(e[0] == kw for e in eulogies)


def _slow_country_adjective(w, k):
    return national_bodies._country_adjective(w, "fem" if key(w).endswith("يه") else "masc")


PAIRS = ((pass_gates.quoted_head_word, _slow_quoted_head), (pass_gates.honorific_word, _slow_honorific),
         (pass_gates.country_adjective_word, _slow_country_adjective))

#: words of the three lexicons and their neighbours, written for these tests
WORDS = ["مطعم", "ومطعم", "بالمطعم", "للمطعم", "المطعم", "مطاعم", "مطعمه", "دورية", "ودورية", "فدورية", "الدورية",
         "الملا", "والملا", "للإمام", "الإمام", "أمام", "الشيخ", "شيخ", "رضي", "رحمه", "الله", "عنه",
         "التونسي", "التونسية", "تونسي", "والتونسي", "الفلسطيني", "الفلسطينية", "الفلسطينيه", "المصري", "السعودية",
         "الأمريكي", "للتونسي", "بالسعودي", "مصر", "الرياض", "الهلال", "ال", "و", "", "ا", "الي", "في", "عن"]


def _lexicon_words() -> list[str]:
    names.load_cues()
    heads = sorted(quoted_heads.quoted_heads())
    titles, eulogies = honorifics.honorific_words()
    words = list(WORDS)
    for h in heads:
        words += [c + h for c in proclitics("quoted_head")] + [h[1:], h + "ه", "ال" + h[:-1]]
    for t in sorted(titles):
        words += [t, "و" + t, "لل" + t[1:], t[:-1]]
    for e in eulogies:
        words += [e[0], "و" + e[0], e[0][1:]]
    return words


def test_fast_equals_slow_on_the_lexicons():
    for w in _lexicon_words():
        k = key(w)
        for fast, slow in PAIRS:
            assert bool(fast(w, k)) == bool(slow(w, k)), (fast.__name__, w)
            assert type(fast(w, k)) is bool


def test_fast_equals_slow_on_random_strings():
    rng = random.Random(56)
    words = _lexicon_words()
    letters = sorted(set("".join(words)) | set("ءآأإةىئؤ"))
    for _ in range(3000):
        if rng.random() < 0.5:
            w = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
        else:  # a lexicon word cut, glued or grown
            w = rng.choice(words)
            a, b = sorted((rng.randint(0, len(w)), rng.randint(0, len(w))))
            w = rng.choice(["", "و", "ال", "ب", "لل"]) + w[a:b] + rng.choice(["", "ه", "ة", "ي", "ية"])
        k = key(w)
        for fast, slow in PAIRS:
            assert bool(fast(w, k)) == bool(slow(w, k)), (fast.__name__, w)


def test_the_sets_follow_the_lexicons():
    heads = quoted_heads.quoted_heads()
    assert pass_gates._quoted_head_keys() == {c + h for c in proclitics("quoted_head") for h in heads}
    titles, eulogies = honorifics.honorific_words()
    assert pass_gates._honorific_gate() == (titles, frozenset(e[0] for e in eulogies))


#: (sentence, the gated pass that changes the names in it): each gate open where its pass fires
SENTENCES = [
    ('وافتتح المستثمر مطعم "ليالي الشرق" في حي العليا مساء أمس', "quoted_head_names"),
    ('وأغلقت البلدية مخبز "الفجر الذهبي" لمخالفته الاشتراطات', "quoted_head_names"),
    ('ونزل الوفد في فندق "قصر الصحراء" وسط المدينة', "quoted_head_names"),
    ("ونقل عن أبي بكر رضي الله عنه قوله في خطبته", "honorific_people"),
    ("وروي عن خالد رضي الله عنه أنه قال", "honorific_people"),
    ("وبث التلفزيون المصري لقطات من موقع الحادث", "national_bodies"),
    ("وأعلنت النيابة الفرنسية فتح تحقيق في الهجوم", "national_bodies"),
]

GATE = {"quoted_head_names": names._QUOTED_HEAD, "honorific_people": names._HONORIFIC,
        "national_bodies": names._COUNTRY_ADJ}


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_each_gate_open_where_its_pass_fires(text, fires, monkeypatch):
    changed = []
    orig = getattr(names, fires)

    def spy(p, got):
        out = orig(p, got)
        if out != got:
            changed.append(fires)
        return out

    monkeypatch.setattr(names, fires, spy)
    monkeypatch.setattr(names, "_paragraph_gates", lambda p: -1)
    monkeypatch.setattr(names, "_pass_gates", lambda p: -1)
    monkeypatch.setattr(names, "_two_people", lambda found: True)
    slow = names.paragraph_names(make_paragraph(text, "ar"))
    monkeypatch.undo()
    assert changed == [fires], text
    p = make_paragraph(text, "ar")
    names.load_cues()
    assert names._gate_scan(p) & GATE[fires], text
    assert names.paragraph_names(make_paragraph(text, "ar")) == slow
