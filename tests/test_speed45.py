"""Session 44 speed (issue 11): each fast path equals its slow path (never a timing).

* a chunk conforms each table's pieces once (the stored rows read back too) and writes their sorted
  concatenation as it is, where it conformed the concatenation a second time;
* ``place_bodies`` asks its head test once per word type (a cache, and a per-type prefilter over
  ``positions.word_key_types``) instead of once per token; ``quoted_heads`` remembers its head test per key;
* imports hoisted out of per-word functions (``cuewords.nationality_word``, ``qualified_offices._office_word``,
  ``guards.gentilic_place`` / ``org_cut``, ``clubs._token_at``, ``quantities.duals._cues``): every touched
  module still imports first in a fresh interpreter, and the functions answer as before.
"""
from __future__ import annotations

import subprocess
import sys
from bisect import bisect_right
from pathlib import Path

import pytest

from arnews import chunks as CH
from arnews import schema as S
from arnews.build import build
from arnews.entities import place_bodies as PB
from arnews.entities import quoted_heads as QH
from arnews.entities.cues import load_cues, word_info
from arnews.entities.names import paragraph_names
from arnews.entities.proclitics import proclitics
from arnews.text import make_paragraph
from conftest import sha_tree

# sentences written for these tests, in the style of Saudi news
SENTENCES = [
    "أعلنت شركة جدة للتنمية العمرانية عن مشروع سكني جديد في حي الشاطئ.",
    "زار وفد من وزارة التعليم جامعة الطائف الأهلية وكلية الدمام المهنية أمس.",
    "وشاركت فرقة جازان في مهرجان الجنادرية بعروض شعبية.",
    "قال الطلاب في الجامعة بالرياض إن الامتحانات انتهت مبكرا هذا العام.",  # a definite head: no body
    "عبرت السفينة قناة السويس الموازية صباح الخميس.",  # the canal's own name
    "افتتح مسجد قوات الأمن الخاصة في الرياض بعد ترميمه، وصلى المصلون في مسجد الشرطة بحي النسيم.",
    "أقيمت المباراة على ملعب الشرطة وحضرها جمهور كبير من بمسجد المدينة.",
    "وقعت الأمانة عقدا مع مطعم \"بيت الشاي\" ونشرت دورية «الطب الحديث» دراسة عن التغذية.",
    "ذهب اللاعبون إلى الملعب مبكرا واستمعوا إلى توجيهات المدرب.",  # no head word at all
    "The ministry opened a new school in Riyadh.",  # English rules: returned as found
]


def _slow_place_head(p, i):
    """``place_bodies._head`` as it was: asked per token, the lexicon read each time."""
    k = p.fkeys[i]
    if k.startswith(("ال", "لل", "وال", "بال", "فال")):
        return "", 0
    extra = PB.place_body_heads()
    for c in proclitics("conj_prep_longest"):
        b = k[len(c):]
        if k.startswith(c) and len(b) >= 3:
            if b in extra:
                return extra[b], len(c)
            info = word_info(p.toks[i][len(c):])
            if info.cue == "org" and not info.definite and info.bare == b and b not in PB._ACTIVITY:
                return "head", len(c)
    return "", 0


@pytest.mark.parametrize("text", SENTENCES)
def test_place_head_per_type_equals_per_token(text):
    p = make_paragraph(text)
    got = [PB._head(p, i) for i in range(len(p.toks)) if p.kinds[i] == "word"]
    assert got == [_slow_place_head(p, i) for i in range(len(p.toks)) if p.kinds[i] == "word"]


def test_place_heads_found_in_the_sentences():
    """The comparison above is not empty: heads of both kinds are read."""
    kinds = {PB._head(p, i)[0] for p in map(make_paragraph, SENTENCES[:3]) for i in range(len(p.toks))
             if p.kinds[i] == "word"}
    assert {"head", "bare"} <= kinds


@pytest.mark.parametrize("text", SENTENCES)
def test_quoted_head_per_key_equals_uncached(text):
    p = make_paragraph(text)
    assert [QH._is_head(k) for k in p.fkeys] == [QH._is_head.__wrapped__(k) for k in p.fkeys]


def _all_types(p):
    """A word-type set that passes every prefilter: the full per-token loop runs (the slow path)."""
    return frozenset(zip(p.toks, p.fkeys)) | {("شركة", "شركه")}


@pytest.mark.parametrize("text", SENTENCES)
def test_place_bodies_with_prefilter_equals_the_full_loop(text, monkeypatch):
    p = make_paragraph(text)
    for found in ([], paragraph_names(p)):
        fast = PB.place_bodies(p, list(found))
        with monkeypatch.context() as m:
            m.setattr(PB, "word_key_types", _all_types)
            slow = PB.place_bodies(p, list(found))
        assert fast == slow


def test_bodies_still_found():
    """The sentences hold a place body and a facility body (the passes above are not vacuous)."""
    names = [(n.source, make_paragraph(SENTENCES[0]).ntext[n.start:n.end]) for n in paragraph_names(make_paragraph(SENTENCES[0]))]
    assert any("شركة جدة للتنمية" in s for _, s in names)
    p = make_paragraph(SENTENCES[5])
    assert any(p.ntext[n.start:n.end].startswith("مسجد") for n in paragraph_names(p))


def test_hoisted_imports_answer_as_before():
    from arnews.entities import clubs, cuewords, guards, names, qualified_offices
    from arnews.quantities import duals

    assert qualified_offices._names is names
    assert duals._cues() is load_cues()
    for w in ("السعودي", "والأرجنتيني", "للبرازيلي", "الروسية", "القرني", "الكتاب"):
        assert cuewords.nationality_word(w) == cuewords.nationality_word.__wrapped__(w)
    assert cuewords.nationality_word("السعودي") == 1 and cuewords.nationality_word("الكتاب") == 0
    assert guards.gentilic_place("اليمنية") == guards.gentilic_place("اليمني") != ""
    for w in ("وزير", "المتحدث", "مهاجم", "أمام", "إمام", "الكتاب"):
        assert qualified_offices._office_word(w) == qualified_offices._office_word.__wrapped__(w)
    assert qualified_offices._office_word("وزير") and not qualified_offices._office_word("مهاجم")
    p = make_paragraph("فاز الهلال على النصر في الرياض")
    for off in range(len(p.ntext) + 1):
        t = bisect_right(p.starts, off) - 1
        want = t if t >= 0 and p.starts[t] <= off < p.ends[t] else None
        assert clubs._token_at(p, off) == want


@pytest.mark.parametrize("module", ["arnews.entities.cuewords", "arnews.entities.guards", "arnews.entities.clubs",
                                    "arnews.entities.qualified_offices", "arnews.entities.names",
                                    "arnews.entities.place_bodies",
                                    "arnews.entities.quoted_heads", "arnews.quantities.duals", "arnews.quantities"])
def test_touched_module_imports_first(module):
    """Each module whose imports moved imports first in a fresh interpreter (no import cycle)."""
    lib = Path(__file__).resolve().parent.parent / "lib"
    r = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True,
                       env={"PYTHONPATH": str(lib), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr[-2000:]


# --- a chunk conforms once ------------------------------------------------------------------

BODIES = [
    "أعلنت وزارة الصحة في الرياض افتتاح مستشفيين جديدين بسعة 450 سريرا في المنطقة الشرقية.",
    "وقال المتحدث الرسمي للوزارة إن المشاريع تكلفت نحو 1.2 مليار ريال وتخدم 300 ألف نسمة.",
    "استقبل أمير منطقة القصيم في مكتبه بمدينة بريدة وفدا من شركة بريدة للتنمية الزراعية.",
    "ارتفع مؤشر السوق السعودية 35 نقطة ليغلق عند مستوى 8200 نقطة يوم الأحد 12 رمضان.",
]


def _corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(6):
        (d / f"doc_{i:03d}.txt").write_text(f"خبر رقم {i} من جدة\n{BODIES[i % 4]}\n{BODIES[(i + 1) % 4]}\n",
                                             encoding="utf-8")
    return d


def _tables(out):
    return {k: v for k, v in sha_tree(out).items() if k != "build_info.json" and not k.startswith(".cache")}


def _conform_twice(monkeypatch):
    """The slow path: every part conformed again right before it is written."""
    real = S.write_parquet
    monkeypatch.setattr(S, "write_parquet", lambda name, df, path, level=None: real(name, S.conform(name, df), path, level))


def test_conform_once_equals_twice(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    monkeypatch.setattr(CH, "CHUNK_EVERY", 2)
    build(corpus, tmp_path / "once", jobs=1, log=lambda *_: None)
    with monkeypatch.context() as m:
        _conform_twice(m)
        build(corpus, tmp_path / "twice", jobs=1, log=lambda *_: None)
    assert _tables(tmp_path / "once") == _tables(tmp_path / "twice")


def test_conform_once_with_stored_rows_read_back(tmp_path, monkeypatch):
    """A changed file in a chunk: its neighbour's rows are read back from the stored parts (conformed with
    the processed ones); the tables equal the slow path's and a fresh build's."""
    corpus = _corpus(tmp_path)
    monkeypatch.setattr(CH, "CHUNK_EVERY", 2)
    outs = {"once": tmp_path / "once", "twice": tmp_path / "twice"}
    read_back = []
    real_cached = CH._cached_articles

    def cached(*a, **k):
        got = real_cached(*a, **k)
        read_back.append(len(got[0]))
        return got

    monkeypatch.setattr(CH, "_cached_articles", cached)
    for how, out in outs.items():
        with monkeypatch.context() as m:
            if how == "twice":
                _conform_twice(m)
            (corpus / "doc_000.txt").write_text(f"خبر رقم 0 من جدة\n{BODIES[0]}\n{BODIES[1]}\n", encoding="utf-8")
            build(corpus, out, jobs=1, log=lambda *_: None)
            (corpus / "doc_000.txt").write_text(f"خبر معدل من الدمام\n{BODIES[3]}\n", encoding="utf-8")
            build(corpus, out, jobs=1, log=lambda *_: None)
    assert sum(read_back) >= 2  # the neighbour of the changed file, once per path
    build(corpus, tmp_path / "fresh", jobs=1, log=lambda *_: None)
    assert _tables(outs["once"]) == _tables(outs["twice"]) == _tables(tmp_path / "fresh")
