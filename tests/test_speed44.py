"""Session 43 speed (issue 11): each fast path equals its slow path.

* ``read_article`` splits a file's blocks once when the manifest names its outlet (the outlet's
  learned lines known before any split), where it split them twice (once to find the outlet);
* the local engine's ``warm_up`` processes one article in the driver before the pool's workers
  are forked (they inherit what it loaded) and only when some chunk will be processed
  (``will_process`` equals ``run_chunk``'s own reuse test); the tables are the same.
"""
from __future__ import annotations

import json

import pytest

from arnews import chunks as CH
from arnews.blocks import split_blocks
from arnews.boilerplate import learn
from arnews.build import build
from arnews.corpus import _outlet, read_article
from conftest import sha_tree

TAG = "تابعوا آخر الأخبار عبر حساب الصحيفة في تويتر"
RIGHTS = "جميع الحقوق محفوظة لصحيفة الخليج اليوم"
BODIES = [
    "أعلنت وزارة الصحة في الرياض أمس افتتاح ثلاثة مستشفيات جديدة بسعة 450 سريرا في المنطقة الشرقية.",
    "وقال المتحدث الرسمي للوزارة إن المشاريع تكلفت نحو 1.2 مليار ريال وستخدم أكثر من 300 ألف نسمة.",
    "استقبل أمير منطقة القصيم في مكتبه بمدينة بريدة وفدا من رجال الأعمال لبحث فرص الاستثمار.",
    "ارتفع مؤشر السوق السعودية 35 نقطة ليغلق عند مستوى 8200 نقطة وسط تداولات بلغت 5 مليارات ريال.",
    "تنطلق الأسبوع المقبل فعاليات مهرجان التمور في عنيزة بمشاركة 120 مزارعا من مختلف المحافظات.",
    "أكد مدير التعليم في جدة استعداد المدارس لاستقبال الطلاب مع بداية العام الدراسي الجديد.",
]


def _text(i: int, url: bool = True, glued: bool = False) -> str:
    body = BODIES[i % len(BODIES)]
    lines = [f"خبر رقم {i} عن المملكة اليوم", body + (f" {TAG}" if glued else ""), BODIES[(i + 1) % len(BODIES)]]
    if not glued:
        lines.append(TAG)
    lines.append(RIGHTS)
    if url:
        lines.append(f"http://www.alkhaleej-today.com/news/{i}")
    return "\n".join(lines) + "\n"


def _slow_read(path, row, learned):
    """The blocks as read_article found them before: split, read the outlet off the blocks, split
    again with the outlet's learned lines."""
    text = read_article(path).text
    blocks = split_blocks(text, path.stem)
    if learned:
        keys = learned.keys(_outlet(blocks, row))
        if keys:
            blocks = split_blocks(text, path.stem, keys)
    return blocks


@pytest.fixture()
def outlet_files(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    paths = []
    for i in range(14):
        p = d / f"khaleej_{i:03d}.txt"
        p.write_text(_text(i, url=i % 3 != 0, glued=i % 4 == 1), encoding="utf-8")
        paths.append(p)
    return paths


def test_one_split_equals_two(outlet_files):
    rows = {p: {"outlet": "khaleej"} if i % 2 else None for i, p in enumerate(outlet_files)}
    learned, _ = learn([(p, rows[p]) for p in outlet_files])
    assert learned.keys("khaleej") and learned.keys("alkhaleej-today.com")  # both outlets learned lines
    seen_roles = set()
    for p in outlet_files:
        for row in (rows[p], {"outlet": "khaleej"}, {"outlet": "  khaleej "}, {"outlet": "other"}, {"outlet": ""},
                    {"outlet": None}, None):
            fast = read_article(p, row=row, learned=learned).blocks
            assert fast == _slow_read(p, row, learned), (p.name, row)
            seen_roles |= {b["role"] for b in fast}
        assert read_article(p, row=rows[p]).blocks == _slow_read(p, rows[p], None)  # nothing learned
    assert "boilerplate" in seen_roles  # the learned lines did mark blocks


def test_an_outlet_with_nothing_learned_is_split_once(outlet_files, monkeypatch):
    import arnews.corpus as C

    learned, _ = learn([(p, {"outlet": "khaleej"}) for p in outlet_files])
    calls = []
    real = C.split_blocks
    monkeypatch.setattr(C, "split_blocks", lambda *a, **k: calls.append(a[2:]) or real(*a, **k))
    read_article(outlet_files[0], row={"outlet": "khaleej"}, learned=learned)
    assert len(calls) == 1 and calls[0]  # once, with the learned keys
    calls.clear()
    read_article(outlet_files[0], row={"outlet": "other"}, learned=learned)
    assert calls == [()]  # once, nothing learned for that outlet
    calls.clear()
    read_article(outlet_files[1], row=None, learned=learned)  # the outlet is the URL's host: split to find it
    assert len(calls) == 1


def _corpus(tmp_path, n=8):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(n):
        (d / f"doc_{i:03d}.txt").write_text(_text(i), encoding="utf-8")
    return d


def _tables(out):
    return {k: v for k, v in sha_tree(out).items() if k != "build_info.json" and not k.startswith(".cache")}


def test_warm_up_leaves_the_tables_as_they_were(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    monkeypatch.setattr(CH, "CHUNK_EVERY", 2)  # several chunks: the pool runs
    warmed = []
    real = CH.warm_up
    monkeypatch.setattr(CH, "warm_up", lambda chunks: warmed.append(real(chunks)) or warmed[-1])
    build(corpus, tmp_path / "two", jobs=2, log=lambda *_: None)
    assert warmed == [True]
    monkeypatch.setattr(CH, "warm_up", lambda chunks: False)  # the slow path: every worker loads
    build(corpus, tmp_path / "cold", jobs=2, log=lambda *_: None)
    build(corpus, tmp_path / "one", jobs=1, log=lambda *_: None)
    assert _tables(tmp_path / "two") == _tables(tmp_path / "cold") == _tables(tmp_path / "one")


def test_will_process_is_run_chunks_own_test(tmp_path, monkeypatch):
    """After a build, a rebuild whose files only changed their times reuses every chunk (and
    warms nothing up); a changed file makes its chunk processed.  ``will_process`` says so for
    each chunk before ``run_chunk`` runs it."""
    import os

    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    monkeypatch.setattr(CH, "CHUNK_EVERY", 2)
    build(corpus, out, jobs=1, log=lambda *_: None)
    said, did, warmed = {}, {}, []
    real_run, real_warm = CH.run_chunk, CH.warm_up

    def run(chunk):
        said[chunk.index] = CH.will_process(chunk)
        r = real_run(chunk)
        did[chunk.index] = not r.get("from_stored", False)
        return r

    monkeypatch.setattr(CH, "run_chunk", run)
    monkeypatch.setattr(CH, "warm_up", lambda chunks: warmed.append(real_warm(chunks)) or warmed[-1])
    for p in sorted(corpus.iterdir()):
        st = p.stat()
        os.utime(p, (st.st_atime + 100, st.st_mtime + 100))
    build(corpus, out, jobs=1, log=lambda *_: None)  # --jobs 1: the chunks run in this process
    assert said and said == did and not any(did.values())
    first = sorted(corpus.iterdir())[0]
    first.write_text(_text(40), encoding="utf-8")
    said.clear(), did.clear()
    build(corpus, out, jobs=1, log=lambda *_: None)
    assert said == did and sum(did.values()) == 1
    # with --jobs 2 warm_up runs (in this process) and processes only where a chunk will be
    for p in sorted(corpus.iterdir()):
        st = p.stat()
        os.utime(p, (st.st_atime + 100, st.st_mtime + 100))
    build(corpus, out, jobs=2, log=lambda *_: None)
    assert warmed == [False]
    first.write_text(_text(41), encoding="utf-8")
    build(corpus, out, jobs=2, log=lambda *_: None)
    assert warmed == [False, True]
    assert json.loads((out / "build_info.json").read_text())["articles"] == 8
