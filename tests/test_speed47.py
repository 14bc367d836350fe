"""speed47 (issue 11, behaviour-preserving): ``word_info``'s shape is computed on first read, and only where it decides
``foreign``; ``_native_shaped`` tests the length before the shape.  Each fast path equals its slow path on sentences
written for this test (no corpus)."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from arnews.entities import cues as C
from arnews.entities.names import _inert_word
from arnews.entities.shape import shape_score
from arnews.entities.translit_words import _native_shaped
from arnews.normalize import key
from arnews.text import make_paragraph
from arnews.tokens import stopwords

SENTENCES = [
    "أعلن المتحدث الرسمي لوزارة الصحة بمنطقة عسير أن فرق الطوارئ باشرت الحادث",
    "وقع نادي بورتو البرتغالي مع المهاجم داروين نونيز بحضور ساندرا فالون",
    "التقى نجوين فان كوانغ وزير الخارجية الفيتنامي بنظيره في هانوي",
    "تتنافى هذه الممارسات مع الأنظمة، وبالدم واليد نفديك يا وطن",
    "فالون وبالون ولليد وكالنجم فبالقلم، أبو سياف وأم خالد",
    "كي فان آن هاي فو لام: كلمات ألحان وتوزيع",
]


def _words():
    out = []
    for s in SENTENCES:
        p = make_paragraph(s)
        out += [(t, k) for t, k, kd in zip(p.toks, p.fkeys, p.kinds) if kd == "word"]
    return out


def _eager_foreign(w: str, info) -> bool:
    """``foreign`` as word_info computed it before speed47 (the shape computed for every word, tested first)."""
    stops = stopwords.current("ar")
    shape = shape_score(w)
    return (info.zipf < C.STRONG and len(w) >= 3 and key(w) not in stops) or (
        (w.endswith("نغ") or w.endswith("نج")) and len(w) >= 4 and info.zipf < 4.5) or (
        shape >= C.SHAPE_FOREIGN and info.zipf < C.SHAPE_ZIPF and len(w) >= 4 and not info.cue and key(w) not in stops)


def test_lazy_shape_equals_the_eager_one():
    words = _words()
    assert len(words) > 60
    for w, _ in words:
        C.word_info.cache_clear()
        info = C.word_info(w)
        assert info.shape == shape_score(w), w
        assert info.native == (shape_score(w) <= C.SHAPE_NATIVE), w
        assert info.foreign == _eager_foreign(w, info), w


def test_some_words_decide_foreign_by_shape_and_some_never_read_it():
    # the third clause of foreign must fire somewhere (a transliteration of middling frequency), or the test proves little
    by_shape = [w for w, _ in _words() if C.word_info(w).foreign and C.word_info(w).zipf >= C.STRONG
                and not (w.endswith("نغ") or w.endswith("نج"))]
    assert by_shape
    C.word_info.cache_clear()
    info = C.word_info("الصحة")
    assert "shape" not in info.__dict__  # a frequent word: its shape is not computed by word_info itself
    assert info.shape == shape_score("الصحة") and "shape" in info.__dict__


def test_lazy_info_reads_as_a_word_info():
    C.word_info.cache_clear()
    info = C.word_info("بورتو")
    assert isinstance(info, C.WordInfo)
    fields = {f.name: getattr(info, f.name) for f in dataclasses.fields(C.WordInfo)}
    plain = C.WordInfo(**fields)
    assert dataclasses.astuple(plain) == tuple(fields.values())
    assert repr(info) == repr(plain) and hash(info) == hash(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.zipf = 1.0
    C.word_info.cache_clear()
    back = pickle.loads(pickle.dumps(C.word_info("ساندرا")))
    assert back.shape == shape_score("ساندرا") and back.foreign == C.word_info("ساندرا").foreign


def test_native_shaped_tests_length_first_with_the_same_answer():
    for w, _ in _words():
        info = C.word_info(w)
        assert _native_shaped(info, w) == (info.native and len(w) >= 4), w


def test_inert_word_unchanged_on_own_words():
    # _inert_word reads foreign and native: the lazy shape gives it the same answers as eager fields would
    for w, k in _words():
        _inert_word.cache_clear()
        C.word_info.cache_clear()
        lazy = _inert_word(w, k)
        info = C.word_info(w)
        info.shape  # (computed now: the same answer with the shape present from the start)
        _inert_word.cache_clear()
        assert _inert_word(w, k) == lazy, w


def test_the_lazy_record_equals_the_plain_record_of_the_same_fields_both_ways():
    # (lead, from the session-46 review: a pickled copy compared unequal to the record it came from)
    import pickle

    from arnews.entities.cues import WordInfo, word_info

    for w in ("كوانغ", "المدينة", "وقال", "فيتفاتزيدس"):
        a = word_info(w)
        b = pickle.loads(pickle.dumps(a))
        assert type(b) is WordInfo and a == b and b == a and hash(a) == hash(b)
        assert {a: 1}[b] == 1
