"""The build: tables, determinism, caching, read-only input."""
from __future__ import annotations

import json

from arnews.build import build, load_tables
from conftest import MANIFEST, RAW, SEEDS, sha_tree


def test_tables_written(built, tables):
    names = set(tables.names)
    assert {"articles", "paragraphs", "tokens", "normalization"} <= names
    info = json.loads((built / "build_info.json").read_text())
    assert info["articles"] == 5 and info["skipped"] == []
    assert info["lemma_method"] in ("snowball-stem", "camel-calima-msa")


def test_build_info_says_where_the_time_went(built):
    from arnews.hooks import CORPUS_HOOKS

    t = json.loads((built / ".cache" / "timings.json").read_text())
    stages = ("boilerplate_s", "articles_s", "merge_s", "corpus_level_s")
    assert all(t[k] >= 0 for k in stages) and t["jobs"] >= 1
    assert set(t["corpus_hooks_s"]) == {h.name for h in CORPUS_HOOKS}
    assert sum(t[k] for k in stages) <= t["total_s"] + 0.05
    assert max(t["corpus_hooks_s"].values()) <= t["corpus_level_s"] + 0.05
    # CPU seconds of the build's own processes (its workers included): a stage that ran
    # computed something, and no stage took more CPU than the whole build
    assert 0 < t["articles_cpu_s"] <= t["total_cpu_s"] + 0.05
    assert 0 <= t["corpus_level_cpu_s"] <= t["total_cpu_s"] + 0.05


def test_paragraphs_table_traces_to_original(tables):
    p = tables.paragraphs
    assert list(p.columns[:7]) == ["article_id", "paragraph", "line", "role", "lang", "text", "text_norm"]
    assert len(p) == 11 + 34 + 16 + 25 + 15
    for aid in SEEDS.values():
        lines = (RAW / f"{aid}.txt").read_text(encoding="utf-8").split("\n")
        for r in p[p.article_id == aid].itertuples():
            assert lines[r.line - 1] == r.text


def test_articles_table_counts_and_manifest(tables):
    a = tables.articles.set_index("article_id")
    assert a.loc[SEEDS["001"], "parallel_of"] == SEEDS["000"]
    assert a.loc[SEEDS["001"], "n_caption"] == 4 and a.loc[SEEDS["001"], "n_boilerplate"] == 19
    assert a.loc[SEEDS["003"], "n_byline"] == 1
    assert (a.n_body > 0).all()


def test_token_spans_point_into_original_text(tables):
    from arnews.normalize import normalize

    p = tables.paragraphs.set_index(["article_id", "paragraph"]).text
    t = tables.tokens
    assert set(t.kind) <= {"url", "email", "code", "date", "time", "phone", "clitic", "number", "word", "latin"}
    for r in t.sample(400, random_state=1).itertuples():
        assert normalize(p[(r.article_id, r.paragraph)][r.start : r.end]).text == r.token
    codes = set(t[t.kind == "code"].token)
    assert {"03-NQ/TU", "01/CT-TTg", "144-QD/TW", "68-KL/TW", "41-CT/TU"} <= codes
    # nothing from boilerplate gets tokens
    roles = tables.paragraphs.set_index(["article_id", "paragraph"]).role
    assert not any(roles[(a, b)] == "boilerplate" for a, b in set(zip(t.article_id, t.paragraph)))


def test_deterministic_and_cached(tmp_path, built):
    before = sha_tree(RAW)
    logs = []
    out = tmp_path / "again"
    build(RAW, out, manifest=MANIFEST, jobs=2, log=logs.append)
    a, b = sha_tree(built), sha_tree(out)
    assert a == b  # byte-identical tables, whatever the number of jobs
    build(RAW, out, manifest=MANIFEST, jobs=1, log=logs.append)
    assert "is up to date (5 articles;" in logs[-1]  # nothing changed: nothing rebuilt
    build(RAW, out, manifest=MANIFEST, jobs=1, log=logs.append, force=True)
    assert "(0 reused from cache, 5 processed" in logs[-1]  # --force ignores every cache (issue 12)
    assert sha_tree(out) == b
    assert sha_tree(RAW) == before  # data/raw is never modified


def test_user_corpus_without_manifest(tmp_path):
    d = tmp_path / "mine"
    d.mkdir()
    (d / "a.txt").write_text("الأمن والنظام في المقاطعة مستقر، وتم قبول ٣٦٨ عضوًا.\nتعليق (0)\n", encoding="utf-8")
    (d / "b.txt").write_bytes("Security is stable.\r\nSource: https://www.example.vn/x\r\n".encode("utf-16"))
    build(d, tmp_path / "out", log=lambda *a: None)
    t = load_tables(tmp_path / "out")
    a = t.articles.set_index("article_id")
    assert a.loc["a", "language"] == "ar" and a.loc["b", "language"] == "en"
    assert a.loc["b", "outlet"] == "example.vn" and a.loc["b", "encoding"] == "utf-16"
    assert a.loc["a", "metadata_source"] == "text"
    assert list(t.paragraphs.role) == ["body", "boilerplate", "body", "source"]


def test_up_to_date_check_notices_changes(tmp_path):
    """A build is skipped only when files, manifest, code and options are unchanged."""
    import os
    import shutil

    corpus = tmp_path / "c"
    shutil.copytree(RAW, corpus)
    out = tmp_path / "out"
    logs = []
    build(corpus, out, manifest=MANIFEST, log=logs.append)
    build(corpus, out, manifest=MANIFEST, log=logs.append)
    assert "up to date" in logs[-1]
    # an edited article (same size, new mtime) is rebuilt, and only that one is processed
    f = sorted(corpus.glob("*.txt"))[2]
    st = f.stat()
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    build(corpus, out, manifest=MANIFEST, log=logs.append)
    assert "(5 reused from cache, 0 processed" in logs[-1]  # same bytes: the article cache still holds
    data = f.read_bytes()
    f.chmod(0o644)  # the copy keeps data/raw's read-only mode
    f.write_bytes(data.replace("تعليق (0)".encode(), "تعليق (1)".encode()))
    build(corpus, out, manifest=MANIFEST, log=logs.append)
    assert "(4 reused from cache, 1 processed" in logs[-1]
    # another option (strict) or a missing table also rebuilds
    build(corpus, out, manifest=MANIFEST, log=logs.append, strict=True)
    assert "reused from cache" in logs[-1]
    (out / "themes.parquet").unlink()
    build(corpus, out, manifest=MANIFEST, log=logs.append, strict=True)
    assert (out / "themes.parquet").is_file() and "reused from cache" in logs[-1]


def test_many_file_notes_are_counted_not_flooded(tmp_path):
    """A corpus where every file carries a stray control character gives one note per file in
    build_info.json, but the log shows NOTES_SHOWN of them and one line counting the rest."""
    import json

    from arnews import build as build_mod

    corpus = tmp_path / "c"
    corpus.mkdir()
    n = build_mod.NOTES_SHOWN + 5
    for i in range(n):
        (corpus / f"a{i:02d}.txt").write_text(f"عنوان الخبر {i}\nقال المسؤول إن المشروع\x1a اكتمل في موعده.\n", encoding="utf-8")
    logs = []
    build_mod.build(corpus, tmp_path / "out", jobs=1, log=logs.append)
    notes = [l for l in logs if l.startswith("arnews: note:")]
    assert len(notes) == build_mod.NOTES_SHOWN + 1
    assert notes[-1].startswith("arnews: note: ... and 5 more notes")
    info = json.loads((tmp_path / "out" / "build_info.json").read_text(encoding="utf-8"))
    assert sum("stray control" in m for m in info["notes"]) == n


def test_an_analysis_that_fails_on_one_article_skips_it_in_one_line(tmp_path, monkeypatch):
    """A bug that an article triggers in one analysis costs that article, not the build: it is
    skipped with one line naming the file, the code's line and the error (--strict: an error)."""
    import pytest

    from arnews import hooks
    from arnews.build import BuildError

    real = hooks.ARTICLE_HOOKS[0]

    def fragile(paragraphs, articles):
        if any("قنبلة" in p.text for p in paragraphs):
            raise IndexError("list index out of range")
        return real.fn(paragraphs, articles)

    monkeypatch.setattr(hooks, "ARTICLE_HOOKS", (hooks.Hook(real.name, real.level, fragile, real.tables),)
                        + hooks.ARTICLE_HOOKS[1:])
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, body in [("a", "افتتح المحافظ مدرسة جديدة في القرية."), ("b", "عثر الأمن على قنبلة قرب الجسر."),
                       ("c", "ارتفع سعر النفط إلى 50 دولارا.")]:
        (corpus / f"{name}.txt").write_text(f"عنوان الخبر {name}\n{body}\n", encoding="utf-8")
    res = build(corpus, tmp_path / "out", jobs=1)
    assert res.articles == 2 and len(res.skipped) == 1
    assert res.reused == 0  # (session 47 review: was -1, the failed article counted out of the reused)
    msg = res.skipped[0]
    assert "\n" not in msg and msg.startswith(str(corpus / "b.txt")) and "an analysis failed" in msg
    assert "IndexError" in msg and "test_build.py" not in msg
    t = load_tables(tmp_path / "out")
    assert sorted(t.articles.article_id) == ["a", "c"]
    # the articles processed one by one after the failure give the tables of a build without the bad one
    clean = tmp_path / "clean"
    clean.mkdir()
    for name in ("a", "c"):
        (clean / f"{name}.txt").write_bytes((corpus / f"{name}.txt").read_bytes())
    build(clean, tmp_path / "out_clean", jobs=1)
    u = load_tables(tmp_path / "out_clean")
    for name in ("paragraphs", "tokens", "quantities", "entities", "themes"):
        assert t[name].equals(u[name]), name
    with pytest.raises(BuildError, match="skipped and --strict"):
        build(corpus, tmp_path / "out2", jobs=1, strict=True)
