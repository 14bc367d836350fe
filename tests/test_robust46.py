"""A researcher's own folder (session 46), from a notebook and the command line: a build folder
that is cut short, edited or of an older schema gives one line naming the file and the reason;
``arnews.build`` stays callable; a second build into the same output folder stops with one
line.  No file read here is changed.  Every text and table here is written for the test."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import arnews
from arnews import schema as S
from arnews.corpus import CorpusError, scan_corpus
from arnews.store import OutputError, lock_output, release_output
from arnews.tables import TableError, load_tables

LIB = str(Path(arnews.__file__).resolve().parent.parent)
ARTICLE = "أمير المنطقة يدشن مشروعا للطرق\nدشن أمير المنطقة مشروعا لتطوير الطرق بتكلفة 50 مليون ريال.\n"


def _hashes(folder: Path) -> dict:
    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _one_line(msg: str, name: str) -> None:
    assert "\n" not in msg and name in msg and "Traceback" not in msg


def _processed(folder: Path) -> Path:
    """A small build folder written by hand: build_info.json, paragraphs (Parquet), articles (CSV)."""
    folder.mkdir()
    (folder / "build_info.json").write_text(json.dumps({"articles": 1, "tables": []}), encoding="utf-8")
    para = pd.DataFrame({"article_id": ["a1", "a1"], "paragraph": [0, 1], "line": [1, 2], "role": ["title", "body"],
                         "lang": ["ar", "ar"], "text": ARTICLE.splitlines(), "text_norm": ARTICLE.splitlines(), "url": ["", ""]})
    S.write("paragraphs", S.conform("paragraphs", para), folder / "paragraphs.parquet")
    arts = pd.DataFrame([{c: (1 if t == "int" else "x") for c, t in S.SCHEMAS["articles"].dtypes.items()}])
    S.write("articles", S.conform("articles", arts), folder / "articles.csv")
    return folder


def test_a_table_cut_short_or_overwritten_is_one_line_naming_the_file(tmp_path):
    out = _processed(tmp_path / "processed")
    assert len(load_tables(out).paragraphs) == 2
    data = (out / "paragraphs.parquet").read_bytes()
    (out / "paragraphs.parquet").write_bytes(data[: len(data) // 2])  # a copy cut short
    (out / "articles.csv").write_bytes(b"")
    before = _hashes(out)
    T = load_tables(out)
    for read in (lambda: T.paragraphs, lambda: T.columns("paragraphs", ["text"])):
        with pytest.raises(TableError) as e:
            read()
        assert str(e.value) == (f"{out / 'paragraphs.parquet'}: cannot read this table (not a complete Parquet file "
                                "(cut short or overwritten)); rebuild with `python -m arnews build --force`")
    with pytest.raises(TableError, match=r"articles\.csv: cannot read this table \(empty file\)") as e:
        T["articles"]
    _one_line(str(e.value), "articles.csv")
    (out / "articles.csv").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(TableError, match=r"articles\.csv: cannot read this table \(not UTF-8 text\)"):
        load_tables(out).articles
    before[Path("articles.csv")] = _hashes(out)[Path("articles.csv")]
    assert _hashes(out) == before


def test_a_table_of_an_older_schema_names_its_missing_columns(tmp_path):
    out = _processed(tmp_path / "processed")
    pd.read_csv(out / "articles.csv").drop(columns=["outlet"]).to_csv(out / "articles.csv", index=False)
    pd.read_parquet(out / "paragraphs.parquet").drop(columns=["lang", "url"]).to_parquet(out / "paragraphs.parquet")
    (out / "build_info.json").write_text("{not json", encoding="utf-8")
    before = _hashes(out)
    T = load_tables(out)
    with pytest.raises(TableError) as e:
        T.articles
    assert str(e.value) == (f"{out / 'articles.csv'}: column outlet missing (a build of an older arnews, or an edited "
                            "table); rebuild with `python -m arnews build --force`")
    with pytest.raises(TableError, match=r"paragraphs\.parquet: columns lang, url missing"):
        T["paragraphs"]
    assert list(T.columns("paragraphs", ["article_id", "text"]).columns) == ["article_id", "text"]  # what it has
    with pytest.raises(TableError, match=r"build_info\.json: cannot read the build record") as e:
        T.info
    _one_line(str(e.value), "build_info.json")
    assert _hashes(out) == before


def test_arnews_build_stays_callable_after_load_tables_imported_its_module(tmp_path):
    import arnews.build  # noqa: F401  (what arnews.load_tables does on first use)

    assert callable(arnews.build)
    with pytest.raises(Exception) as e:
        arnews.build(tmp_path / "no-such-corpus", tmp_path / "out")
    assert type(e.value).__name__ == "BuildError" and str(e.value).endswith("no-such-corpus: corpus folder not found")
    assert not (tmp_path / "out").exists()


def test_a_file_given_as_the_corpus_folder_says_so(tmp_path):
    (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    before = _hashes(tmp_path)
    with pytest.raises(CorpusError) as e:
        scan_corpus(tmp_path / "a1.txt")
    assert str(e.value) == f"{tmp_path / 'a1.txt'}: is a file, not a corpus folder"
    assert _hashes(tmp_path) == before


def test_a_second_build_into_the_same_output_folder_stops_with_one_line(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    before = _hashes(corpus)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {LIB!r})
        from pathlib import Path
        from arnews.store import claim_output, lock_output
        claim_output(Path({str(out)!r}), Path({str(corpus)!r}))  # what a build does first
        lock_output({str(out)!r})
        print("locked", flush=True)
        sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputError) as e:
            lock_output(out)
        assert str(e.value) == (f"{out}: another build (process {holder.pid}) is writing into this folder; "
                                "wait for it to finish or choose another --out")
        r = subprocess.run([sys.executable, "-m", "arnews", "build", "--corpus", str(corpus), "--out", str(out),
                            "--jobs", "1"], capture_output=True, text=True, timeout=300, env={"PYTHONPATH": LIB, "PATH": ""})
        assert r.returncode == 1 and r.stderr.strip().splitlines() == [f"arnews: error: {e.value}"]
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    lock_output(out)  # the first build has ended (or was killed): the lock went with it
    lock_output(out)  # (the same process may ask again)
    release_output(out)
    assert _hashes(corpus) == before and not (out / "build_info.json").exists()


def test_manifest_dates_are_read_year_first_hijri_converted_and_the_rest_noted(tmp_path):
    from arnews.corpus import plan_corpus

    published = {"d1": "2015/8/1", "d2": "2015-08-02T23:30:00+03:00", "d3": "٢٠١٥-٠٨-٠٣", "d4": "1436/10/16",
                 "d5": "", "d6": "غير معروف", "d7": "3/8/2015", "d8": "2015-13-45", "d9": "2015-08-04", "e1": "1436/10/17هـ"}
    for i in published:
        (tmp_path / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("id,published\n" + "".join(f"{i},{v}\n" for i, v in published.items()),
                                           encoding="utf-8")
    before = _hashes(tmp_path)
    plan = plan_corpus(tmp_path)
    assert {i: r["published"] for i, r in plan.rows.items()} == {
        "d1": "2015-08-01", "d2": "2015-08-02", "d3": "2015-08-03", "d4": "2015-08-01", "d5": "",
        "d6": "غير معروف", "d7": "3/8/2015", "d8": "2015-13-45", "d9": "2015-08-04", "e1": "2015-08-02"}
    manifest = tmp_path / "articles.csv"
    assert plan.notes == [
        f"{manifest}: 2 published values read as Hijri ('1436/10/16' is 2015-08-01), converted to Gregorian dates",
        f"{manifest}: 3 published values kept as written, not a date written year first (YYYY-MM-DD): "
        "'غير معروف', '3/8/2015', '2015-13-45'"]
    # the overview notebook's reading of the column: on the values as written it kept 2 of these 5 dates, one of them
    # in the year 1436 AD (and a manifest whose first date has an offset and the next ones none raised ValueError)
    dates = pd.to_datetime(pd.Series([r["published"] for r in plan.rows.values()]).replace("", None), errors="coerce")
    assert dates.dropna().dt.strftime("%Y-%m-%d").tolist() == ["2015-08-01", "2015-08-02", "2015-08-03", "2015-08-01",
                                                              "2015-08-04", "2015-08-02"]
    assert _hashes(tmp_path) == before


def test_export_never_overwrites_a_file_it_did_not_write_and_names_an_unreadable_table(tmp_path):
    from arnews.store import export_csv

    out = _processed(tmp_path / "processed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "articles.csv").write_text("id,outlet\na1,الرياض\n", encoding="utf-8")  # the researcher's manifest
    before = _hashes(corpus)
    with pytest.raises(OutputError) as e:
        export_csv(out, corpus, log=lambda m: None)
    assert str(e.value) == (f"{corpus / 'articles.csv'}: already there and not written by `arnews export`; "
                            "choose another --csv folder (nothing was written)")
    assert _hashes(corpus) == before
    dest = tmp_path / "csv"
    assert export_csv(out, dest, log=lambda m: None) == ["articles.csv", "paragraphs.csv"]
    assert export_csv(out, dest, log=lambda m: None) == ["articles.csv", "paragraphs.csv"]  # its own files: replaced
    data = (out / "paragraphs.parquet").read_bytes()
    (out / "paragraphs.parquet").write_bytes(data[:100])
    kept = _hashes(out)
    with pytest.raises(OutputError) as e:
        export_csv(out, tmp_path / "csv2", log=lambda m: None)
    assert str(e.value) == (f"{out / 'paragraphs.parquet'}: cannot read this table (not a complete Parquet file "
                            "(cut short or overwritten)); rebuild with `python -m arnews build --force`")
    assert _hashes(out) == kept and sorted(p.name for p in (tmp_path / "csv2").iterdir()) == [
        ".arnews-export.json", "articles.csv"]


def test_an_output_folder_whose_build_stopped_half_way_says_so(tmp_path):
    out = _processed(tmp_path / "processed")
    (out / ".arnews-output.json").write_text('{"tool": "arnews", "written": []}', encoding="utf-8")
    (out / "build_info.json").unlink()  # what a build removes before it changes any table
    before = _hashes(out)
    with pytest.raises(FileNotFoundError) as e:
        load_tables(out)
    assert str(e.value) == (f"{out}: no finished build here (a build into it is running, or stopped half-way: "
                            "run `python -m arnews build` again)")
    assert _hashes(out) == before


def test_a_manifest_file_column_naming_another_path_is_noted_and_never_recorded(tmp_path):
    from arnews.corpus import read_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "outside.txt").write_text("نص خارج المجلد\n", encoding="utf-8")
    for i in ("a1", "a2", "a3"):
        (corpus / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "articles.csv").write_text("id,file,outlet\na1,../outside.txt,الوطن\na2,/etc/hostname,الوطن\n"
                                         "a3,a3.txt,الوطن\n../a3,a3.txt,الوطن\n", encoding="utf-8")
    before = _hashes(tmp_path)
    notes: list[str] = []
    arts, skipped = read_corpus(corpus, notes=notes)
    assert {a.article_id: a.meta["file"] for a in arts} == {"a1": "a1.txt", "a2": "a2.txt", "a3": "a3.txt"}
    assert all(a.meta["outlet"] == "الوطن" and "نص خارج" not in a.text for a in arts) and skipped == []
    manifest = corpus / "articles.csv"
    assert notes == [
        f"{manifest}: 2 manifest rows with another file than the id's <id>.txt, which is read and recorded: "
        "'a1' names '../outside.txt', 'a2' names '/etc/hostname'",
        f"{manifest}: 1 manifest id matches no readable *.txt file: '../a3'"]
    assert _hashes(tmp_path) == before


def test_report_never_writes_its_pages_over_a_folder_of_someone_elses_html(tmp_path):
    corpus, site = tmp_path / "corpus", tmp_path / "site"
    corpus.mkdir()
    site.mkdir()
    (corpus / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (site / "index.html").write_text("<h1>موقعي</h1>\n", encoding="utf-8")  # a researcher's own page
    before = _hashes(tmp_path)
    r = subprocess.run([sys.executable, "-m", "arnews", "report", "--corpus", str(corpus), "--out", str(tmp_path / "out"),
                        "--reports", str(site)], capture_output=True, text=True, timeout=300,
                       env={"PYTHONPATH": LIB, "PATH": ""})
    assert r.returncode == 1 and r.stderr.strip().splitlines() == [
        f"arnews: error: --reports {site}: holds index.html and is not a folder of arnews reports (no .cache); "
        "choose a new or empty folder"]
    assert _hashes(tmp_path) == before and not (tmp_path / "out").exists()


def test_a_finished_build_leaves_no_lock_file_so_a_rerun_equals_a_clean_build(tmp_path):
    # the lock file held the pid of the build that wrote it: a killed build's rerun differed from a
    # clean build by this one file (test_kill); the build that ends now takes its lock file with it
    import os

    out = tmp_path / "out"
    out.mkdir()
    lock_output(out)
    assert (out / ".arnews-build.lock").read_text() == str(os.getpid())
    release_output(out)
    assert not (out / ".arnews-build.lock").exists()
    (out / ".arnews-build.lock").write_text("999999")  # left by a build killed with SIGKILL
    lock_output(out)
    assert (out / ".arnews-build.lock").read_text() == str(os.getpid())
    release_output(out)
    assert not (out / ".arnews-build.lock").exists()
