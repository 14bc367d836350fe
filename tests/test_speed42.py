"""Session 41 speed, second round (issue 11): ``bodies.body_candidates`` reads its head words from a cache per
lexicon folder; ``frequency.zipf_ar`` looks up words of Persian letters (ی، ک، پ) directly.

Each fast path is checked against the slow path it stands for (the head words rebuilt from ``body_words()``, wordfreq's own ``zipf_frequency``) on sentences written for these
tests in the style of Saudi news.  No timing.
"""
from __future__ import annotations

import importlib

import pytest
from wordfreq import zipf_frequency

from arnews.text import make_paragraph

bodies = importlib.import_module("arnews.entities.bodies")
frequency = importlib.import_module("arnews.frequency")


def _candidates_slow(p):
    words = bodies.body_words()
    heads = {k for k, kd in words.items() if kd in ("sector", "facility", *bodies.PATRON_HEADS)}
    out = set()
    for i, k in enumerate(p.keys):
        if p.kinds[i] != "word":
            continue
        if k in heads or k[1:] in heads or k[2:] in heads:
            out.add(i)
        elif words.get(k) in ("company_tail", "loan_tail") and i > 0:
            out.add(i - 1)
    return frozenset(out)


@pytest.mark.parametrize("text", [
    "أعلنت صحة عسير افتتاح مركز جديد، وقال مدير تعليم الأفلاج إن مرور جدة يتابع",
    "هبطت الطائرة في مطار الملك خالد الدولي بالرياض ثم في بمطار الجوف",
    "وقعت شركة النيل للطيران عقدا مع التعاونية للتأمين",
    "زار الوفد قصر الملك عبدالعزيز ودارة الملك عبدالعزيز ومدينة الملك عبدالله الرياضية",
    "الصحة والمطار وتعليم الرياضيات ومرور الوقت",
    "للتأمين",
    "",
])
def test_body_candidates_equal_the_head_words_rebuilt(text):
    p = make_paragraph(text, "ar")
    assert bodies.body_candidates(p) == _candidates_slow(p)


def test_body_heads_are_the_listed_kinds():
    heads, tails = bodies._body_heads()
    words = bodies.body_words()
    assert heads and tails and not heads & tails
    assert all(words[k] in ("sector", "facility", *bodies.PATRON_HEADS) for k in heads)
    assert all(words[k] in ("company_tail", "loan_tail") for k in tails)


@pytest.mark.parametrize("word", [
    "ایران", "پاکستان", "کرمانشاه", "دبی", "الفجیره", "ابوظبی", "چابهار", "گیلان", "ژاپن", "ڤيتنام", "یی", "ک",
    "والکویت", "الرياض", "ٱلله", "إيران", "ئ",
    # not the fast path: a high-hamza letter NFKC splits, a tatweel, a mark, Latin, a digit, an empty word
    "ٵسلام", "الحمــد", "كَلِمَة", "Riyadh", "٢٠١٥", "2015", "ال2015", "",
])
def test_zipf_ar_equals_wordfreq(word):
    assert frequency.zipf_ar.__wrapped__(word) == zipf_frequency(word, "ar")
    assert frequency.zipf_ar(word) == zipf_frequency(word, "ar")


def test_the_fast_path_takes_persian_letters_and_leaves_what_wordfreq_changes():
    assert frequency._AR_LETTERS.fullmatch("کرمانشاه") and frequency._AR_LETTERS.fullmatch("الفجیره")
    for w in ("ٵسلام", "الحمــد", "كَلِمَة", "ال2015", "Riyadh", "ا\u200cب"):
        assert not frequency._AR_LETTERS.fullmatch(w)
