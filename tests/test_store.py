"""The output folder: owned through a marker, written atomically, repaired by --force."""
from __future__ import annotations

import hashlib
import subprocess
import sys

import pandas as pd
import pytest

from arnews import build as build_mod
from arnews.build import BuildError, build
from arnews.tables import load_tables
from conftest import MANIFEST, RAW, sha_tree

QUIET = dict(log=lambda *a: None, jobs=1)


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "arnews", *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def test_refuses_the_corpus_folder_and_foreign_folders(tmp_path, corpus_copy):
    before = sha_tree(corpus_copy)
    r = _cli("build", "--corpus", str(corpus_copy), "--out", str(corpus_copy))
    assert r.returncode == 1 and "corpus folder itself" in r.stderr and "Traceback" not in r.stderr
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "survey_2023.csv").write_text("id,answer\n1,yes\n", encoding="utf-8")
    r = _cli("build", "--corpus", str(corpus_copy), "--out", str(foreign))
    assert r.returncode == 1 and "not an arnews output folder" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert (foreign / "survey_2023.csv").read_text(encoding="utf-8") == "id,answer\n1,yes\n"
    r = _cli("build", "--corpus", str(corpus_copy), "--out", "", cwd=tmp_path)
    assert r.returncode != 0 and "--out is empty" in r.stderr and "Traceback" not in r.stderr
    afile = tmp_path / "afile"
    afile.write_text("x")
    for out in (afile, afile / "sub"):
        r = _cli("build", "--corpus", str(corpus_copy), "--out", str(out))
        assert r.returncode == 1 and "is a file" in r.stderr and "Traceback" not in r.stderr
    assert sha_tree(corpus_copy) == before


def test_never_deletes_a_file_it_did_not_write(tmp_path, corpus_copy):
    out = tmp_path / "out"
    build(corpus_copy, out, **QUIET)
    (out / "survey_2023.csv").write_text("id\n1\n", encoding="utf-8")  # the researcher's own file
    (out / "notes.parquet").write_bytes(b"not ours")
    build(corpus_copy, out, force=True, **QUIET)
    assert (out / "survey_2023.csv").is_file() and (out / "notes.parquet").read_bytes() == b"not ours"
    # an output inside the corpus folder is fine: it is not read as articles
    r = build(corpus_copy, corpus_copy / "processed", **QUIET)
    assert r.articles == 5


def test_force_repairs_a_corrupted_table_and_caches_are_verified(tmp_path):
    out = tmp_path / "out"
    build(RAW, out, manifest=MANIFEST, **QUIET)
    good = sha_tree(out)
    # an edited output never edits the cache (no hard links), and --force repairs it
    (out / "topics.csv").write_text("truncated", encoding="utf-8")
    with open(out / "similarity.parquet", "ab") as f:
        f.write(b"junk")
    build(RAW, out, manifest=MANIFEST, force=True, **QUIET)
    assert sha_tree(out) == good
    # a corpus-level table edited since it was written is a miss with a note, not a wrong table
    edited = out / "topics.csv"
    edited.write_text(edited.read_text(encoding="utf-8") + "x,y\n", encoding="utf-8")
    logs = []
    build(RAW, out, manifest=MANIFEST, log=logs.append, jobs=1, strict=True)  # other options: not up to date
    assert any("not reused" in m for m in logs)
    assert hashlib.sha256((out / "topics.csv").read_bytes()).hexdigest() == good["topics.csv"]
    # a truncated stored table (an unchanged chunk's rows are read back from it) is a miss
    # too: the articles keep their paragraphs
    part = out / "paragraphs.parquet"
    part.write_bytes(part.read_bytes()[:100])
    logs = []
    build(RAW, out, manifest=MANIFEST, log=logs.append, jobs=1)
    assert any("not reused" in m for m in logs)
    assert load_tables(out).paragraphs.article_id.nunique() == 5


def test_a_build_killed_half_way_is_never_up_to_date(tmp_path, corpus_copy, monkeypatch):
    out = tmp_path / "out"
    build(corpus_copy, out, **QUIET)
    f = sorted(corpus_copy.glob("*.txt"))[0]
    f.write_bytes(f.read_bytes().replace("تعليق (0)".encode(), "تعليق (7)".encode()))

    def boom(*a, **k):
        raise KeyboardInterrupt  # killed after the per-article stage
    monkeypatch.setattr(build_mod, "merge_parts", boom)
    with pytest.raises(KeyboardInterrupt):
        build(corpus_copy, out, **QUIET)
    assert not (out / "build_info.json").exists()
    monkeypatch.undo()
    logs = []
    build(corpus_copy, out, log=logs.append, jobs=1)
    assert "up to date" not in logs[-1]
    assert "تعليق (7)" in "".join(load_tables(out).paragraphs.text)


def test_a_hook_that_breaks_its_schema_is_a_one_line_error(tmp_path, monkeypatch):
    from arnews import hooks

    bad = hooks.Hook("quantities", "article", lambda p, a: pd.DataFrame({"article_id": ["x"], "oops": [1]}), ("quantities",))
    monkeypatch.setattr(hooks, "ARTICLE_HOOKS", (bad,) + hooks.ARTICLE_HOOKS[1:])
    with pytest.raises(BuildError, match=r"table quantities: columns differ from its schema .*undeclared: \['oops'\]"):
        build(RAW, tmp_path / "out", manifest=MANIFEST, **QUIET)


def test_tables_load_with_declared_types_and_export_to_csv(tmp_path, built):
    from arnews.schema import SCHEMAS

    T = load_tables(built)
    for name in T.names:
        df = T[name]
        sc = SCHEMAS[name]
        assert list(df.columns) == sc.columns
        for c, t in sc.dtypes.items():
            if t == "int":
                assert str(df[c].dtype) in ("int64", "int32"), (name, c, df[c].dtype)
            elif t == "bool":
                assert df[c].dtype == bool, (name, c)
            elif t == "str":
                assert all(isinstance(v, str) for v in df[c].head(50)), (name, c)
    r = _cli("export", "--processed", str(built), "--csv", str(tmp_path / "csv"))
    assert r.returncode == 0, r.stderr
    p = pd.read_csv(tmp_path / "csv" / "paragraphs.csv", keep_default_na=False)
    assert len(p) == len(T.paragraphs) and list(p.columns) == list(T.paragraphs.columns)
    assert (tmp_path / "csv" / "tokens.csv").is_file() and (tmp_path / "csv" / "keyness.csv").is_file()


def test_string_columns_are_written_the_same_whatever_pandas_dtype_they_arrive_in():
    """A hook may hand over pandas' Arrow-backed ``str`` columns (with missing values) or Python
    objects: the schema makes both the same object column, a missing value an empty string."""
    from arnews import schema as S

    values = ["المملكة", None, "Riyadh", ""]
    arrow = pd.Series(values, dtype="str")
    plain = pd.Series(values, dtype=object)
    assert isinstance(arrow.dtype, pd.StringDtype) and arrow.hasnans
    a, b = S._cast(arrow, "str"), S._cast(plain, "str")
    assert a.dtype == object and b.dtype == object
    assert a.tolist() == b.tolist() == ["المملكة", "", "Riyadh", ""]
    # no missing value: the same strings, as Python objects
    full = S._cast(pd.Series(["١٢", "x"], dtype="str"), "str")
    assert full.dtype == object and full.tolist() == ["١٢", "x"]
