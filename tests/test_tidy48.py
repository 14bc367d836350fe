"""Session 47, tidy48: code-quality and robustness leftovers, behaviour-preserving on good input.

* ``positions.covered_tokens``: the one "tokens the found names take" block of the name passes equals each
  module's old copy (kept here as the reference) on invented sentences, spans inside tokens included;
* ``dataclasses.replace`` on the lazily-shaped ``WordInfo`` of :func:`arnews.entities.cues.word_info`;
* bad input: one-line errors naming the file and the reason, never a traceback.
"""
from __future__ import annotations

import dataclasses
import pickle
from bisect import bisect_right

import pytest

from arnews.entities.cues import WordInfo, word_info
from arnews.entities.keys import Name
from arnews.entities.names import paragraph_names
from arnews.entities.positions import covered_tokens
from arnews.text import make_paragraph

# --- 1. covered tokens ---------------------------------------------------------------------------------------

_SENTENCES = [
    "وقال وزير الخارجية الأمير سعود الفيصل في مؤتمر صحفي بالرياض إن المملكة ترحب بالمبادرة",
    "وأوضح علاء شمالي المسؤول في الشركة أن العمل يسير وفق الخطة",
    "وشارك وعمر أبو ريشة وأبو سنان النجدي في الحفل الذي أقيم في جدة",
    "وأصيب اللاعب كونياكو سايتو (26 عاما) في المباراة أمام نوريتش سيتي، وقال المدرب بيتر شيك إنه سيعود",
    "حطم ديميتري بايت واندريه بيار جينياك قلوب جماهير الهلال في ملعب الملك فهد الدولي",
]


def _old_exact(p, found):  # apposed_speakers.py, ages.py (before tidy48)
    tok_of_start, tok_of_end = p.token_at()
    covered = set()
    for nm in found:
        a, b = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        if a is not None and b is not None:
            covered.update(range(a, b + 1))
    return covered


def _old_partial(p, found):  # speech_pairs.py, kunyas.py (before tidy48)
    tok_of_start, tok_of_end = p.token_at()
    covered = set()
    for nm in found:
        a, b = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        if a is not None and b is not None:
            covered.update(range(a, b + 1))
        else:
            covered.update(t for t in range(len(p.toks)) if p.starts[t] < nm.end and nm.start < p.ends[t])
    return covered


def _old_holding(p, found):  # players.py (before tidy48): the tokens holding a name's first and last character
    def token_at(offset):
        t = bisect_right(p.starts, offset) - 1
        return t if t >= 0 and p.starts[t] <= offset < p.ends[t] else None

    covered = set()
    for nm in found:
        a, b = token_at(nm.start), token_at(nm.end - 1)
        if a is not None and b is not None:
            covered.update(range(a, b + 1))
    return covered


def _spans(p):
    """The names found in ``p``, plus spans that begin or end inside a token (after a proclitic, before a suffix)."""
    found = list(paragraph_names(p))
    for t in range(len(p.toks)):
        s, e = p.starts[t], p.ends[t]
        if e - s >= 3:
            found.append(Name(s + 1, e, "person", "test", 0.5, "k"))  # (after a one-letter proclitic)
            found.append(Name(s, e - 1, "person", "test", 0.5, "k"))
            if t + 1 < len(p.toks):
                found.append(Name(s + 1, p.ends[t + 1], "person", "test", 0.5, "k"))
    return found


@pytest.mark.parametrize("text", _SENTENCES)
def test_covered_tokens_equals_the_old_blocks(text):
    p = make_paragraph(text, "ar")
    found = list(paragraph_names(p))
    assert found, text  # (the sentences hold names)
    assert covered_tokens(p, found) == _old_exact(p, found)
    assert covered_tokens(p, found, partial=True) == _old_partial(p, found) == _old_holding(p, found)
    spans = _spans(p)
    assert covered_tokens(p, spans) == _old_exact(p, spans)
    assert covered_tokens(p, spans, partial=True) == _old_partial(p, spans) == _old_holding(p, spans)


def test_covered_tokens_inside_a_token():
    p = make_paragraph("وشارك وعمر أبو ريشة في الحفل", "ar")
    t = p.toks.index("وعمر")
    inner = Name(p.starts[t] + 1, p.ends[t + 2], "person", "test", 0.5, "k")  # عمر أبو ريشة, after و
    assert covered_tokens(p, [inner]) == set()
    assert covered_tokens(p, [inner], partial=True) == {t, t + 1, t + 2}
    assert covered_tokens(p, []) == set()


# --- 2. dataclasses.replace on the lazy WordInfo ------------------------------------------------------------

def test_word_info_replace():
    w = word_info("بيتر")
    plain = WordInfo(*[getattr(w, f.name) for f in dataclasses.fields(WordInfo)])
    r = dataclasses.replace(w, cue="title")
    assert r.cue == "title" and r.zipf == w.zipf and r.shape == w.shape
    assert r == dataclasses.replace(plain, cue="title") and hash(r) == hash(dataclasses.replace(plain, cue="title"))
    assert dataclasses.replace(w, shape=2.5).shape == 2.5
    assert repr(r).startswith("WordInfo(")
    assert pickle.loads(pickle.dumps(r)) == r
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.cue = "x"
    assert word_info("بيتر").cue == w.cue  # (the cached record itself is unchanged)


# --- 5. bad input: one line naming the file and the reason ---------------------------------------------------

_ARTICLES = {"a1.txt": "وقال وزير المالية محمد الجدعان إن الميزانية تبلغ 1.2 تريليون ريال.\n",
             "a2.txt": "أعلنت وزارة الصحة في الرياض عن افتتاح مستشفى جديد يضم 300 سرير.\n"}


def _corpus(folder):
    folder.mkdir()
    for name, text in _ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_manifest_with_two_columns_of_one_name(tmp_path):
    from arnews.corpus import CorpusError, read_manifest

    m = tmp_path / "articles.csv"
    m.write_text("id,title,outlet,title\na1,first,sabq,second\n", encoding="utf-8")
    before = m.read_bytes()
    with pytest.raises(CorpusError, match=r"articles\.csv: manifest has two columns named 'title'") as e:
        read_manifest(m)
    assert "\n" not in str(e.value) and m.read_bytes() == before
    m.write_text("id,title,outlet,,\na1,first,sabq,,\n", encoding="utf-8")  # (empty names: trailing commas, kept)
    assert read_manifest(m)["a1"]["title"] == "first"


@pytest.mark.parametrize("when", ["listed", "planned"])
def test_file_gone_after_listing_is_a_skip(tmp_path, monkeypatch, when):
    """A file removed between the listing and the reading: a skip with one line, the build goes on."""
    import arnews.build as B
    import arnews.corpus as C

    corpus = _corpus(tmp_path / "corpus")
    gone = corpus / "a2.txt"
    if when == "listed":  # (gone before the driver sizes the files)
        real = C.plan_corpus
        monkeypatch.setattr(C, "plan_corpus", lambda *a, **k: (real(*a, **k), gone.unlink())[0])
    else:  # (gone after the chunks are planned: the input key and the chunk read it)
        real = B.plan_chunks
        monkeypatch.setattr(B, "plan_chunks", lambda *a, **k: (real(*a, **k), gone.unlink())[0])
    lines = []
    res = B.build(corpus, tmp_path / "out", jobs=1, progress=False, log=lines.append)
    assert res.articles == 1
    assert len(res.skipped) == 1 and "\n" not in res.skipped[0]
    assert res.skipped[0].startswith(f"{gone}: skipped: cannot read (No such file or directory")


def test_export_names_the_tables_missing_from_a_build(tmp_path):
    """A build folder whose tables were deleted since: the export says which, in one line (it wrote the rest
    silently before)."""
    import json

    from arnews.store import INFO, export_csv

    out = tmp_path / "processed"
    out.mkdir()
    (out / "articles.csv").write_text("article_id,title\na1,x\n", encoding="utf-8")
    (out / INFO).write_text(json.dumps({"tables": ["articles.csv", "entities.parquet", "quantities.parquet"]}),
                            encoding="utf-8")
    lines = []
    assert export_csv(out, tmp_path / "csv", log=lines.append) == ["articles.csv"]
    notes = [m for m in lines if "missing" in m]
    assert notes == [f"arnews: note: {out}: 2 of the build's tables missing, not exported: entities.parquet, "
                     "quantities.parquet (rebuild with `python -m arnews build --force`)"]
    (out / INFO).write_text("{", encoding="utf-8")  # (an unreadable build_info: nothing to compare, no note)
    lines.clear()
    export_csv(out, tmp_path / "csv2", log=lines.append)
    assert not [m for m in lines if "missing" in m]
