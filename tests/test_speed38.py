"""Session 38 (speed): the key cache is a dict's own item look-up; the paragraph's fkeys stand for key(tok)."""
import sys

import arnews.normalize  # noqa: F401  (the attribute arnews.normalize is the function)
from arnews.text.paragraph import make_paragraph

N = sys.modules["arnews.normalize"]


def test_key_is_the_uncached_key_and_keeps_words_only():
    words = ["أحمد", "إلى", "مدرسةٌ", "الـرياض", "ــ", "&amp;quot;", "Riyadh", "", "ي" * 41]
    for w in words:
        assert N.key(w) == N._key(w)
        assert N.key(w) == N._key(w)  # (a second time: from the dict)
    assert "أحمد" in N._WORD_KEYS
    assert "ي" * 41 not in N._WORD_KEYS  # a text over 40 characters is not kept


def test_key_cache_is_emptied_when_full(monkeypatch):
    monkeypatch.setattr(N, "WORD_CACHE", 2)
    N._WORD_KEYS.clear()
    for w in ("ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ"):
        assert N.key(w) == N._key(w)
        assert len(N._WORD_KEYS) <= 8


def test_fkeys_of_words_are_their_keys():
    text = "قال أحمد إلى الـمدرسة &quot;الرياض&quot; ــ وزارة الصحة، Riyadh 2015 م."
    p = make_paragraph(text, "ar")
    assert p.ntext == p.norm.text
    for kd, tok, fk in zip(p.kinds, p.toks, p.fkeys):
        if kd == "word":
            assert fk == N.key(tok)


def test_zipf_ar_of_listed_words_is_wordfreqs():
    """zipf_ar remembers the zipf value of each frequency of wordfreq's list: the same values."""
    from wordfreq import zipf_frequency

    from arnews.frequency import zipf_ar

    for w in ("المملكة", "الرياض", "وزارة", "مدرسة", "كاواهارا", "فارنبورو", "والمدرسة"):
        assert zipf_ar(w) == zipf_frequency(w, "ar")
