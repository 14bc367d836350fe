"""A hostile user's runs (session 47): a table cut after a build that said ``up to date`` is
noticed by the next build (a note naming it, then a rebuild), ``export --csv`` refuses the
build folder itself, its corpus folder and a file, a table missing from a build of other code
says so, and Ctrl-C mid-build is one line (no worker's traceback) whose rerun equals a clean
build.  Each case is a real run on files written here; no file of the user's is changed."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import arnews
from arnews import schema as S
from arnews.stamps import STAMPS, changed_table, record_tables
from arnews.tables import load_tables

LIB = str(Path(arnews.__file__).resolve().parent.parent)
ARTICLE = ("أمير المنطقة يدشن مشروعا للطرق\n"
           "دشن أمير المنطقة الشرقية مشروعا لتطوير الطرق بتكلفة 50 مليون ريال، وقال مدير الإدارة إن العمل يبدأ غدا.\n")


def _hashes(folder: Path, skip=()) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not any(s in p.parts for s in skip)}


def _tables(out: Path) -> dict:
    """The tables of a build (not its record, cache or marker)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())
            if p.is_file() and p.suffix in (".csv", ".parquet")}


def _arnews(*args, timeout=600):
    return subprocess.run([sys.executable, "-m", "arnews", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": LIB})


def _corpus(folder: Path, n: int = 3) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("50", str(50 + i)), encoding="utf-8")
    return folder


def _processed(folder: Path, corpus: Path) -> Path:
    """A small build folder written by hand (build_info.json naming ``corpus``, two tables)."""
    folder.mkdir()
    (folder / "build_info.json").write_text(json.dumps({"articles": 1, "tables": [], "corpus": str(corpus)}),
                                            encoding="utf-8")
    para = pd.DataFrame({"article_id": ["a0", "a0"], "paragraph": [0, 1], "line": [1, 2], "role": ["title", "body"],
                         "lang": ["ar", "ar"], "text": ARTICLE.splitlines(), "text_norm": ARTICLE.splitlines(),
                         "url": ["", ""]})
    S.write("paragraphs", S.conform("paragraphs", para), folder / "paragraphs.parquet")
    arts = pd.DataFrame([{c: (1 if t == "int" else "x") for c, t in S.SCHEMAS["articles"].dtypes.items()}])
    S.write("articles", S.conform("articles", arts), folder / "articles.csv")
    return folder


def test_stamps_notice_a_table_cut_grown_edited_or_removed_but_not_a_copy(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.parquet").write_bytes(b"PAR1" + b"x" * 100 + b"PAR1")
    (out / "b.csv").write_text("id,n\na,1\n", encoding="utf-8")
    tables = ["a.parquet", "b.csv"]
    assert changed_table(out, tables) == f"{STAMPS} (the record of the tables) is missing or unreadable"
    record_tables(out, tables)
    assert changed_table(out, tables) is None
    data = (out / "a.parquet").read_bytes()
    (out / "a.parquet").write_bytes(data[:50])
    assert changed_table(out, tables) == "a.parquet (cut short or grown: 50 bytes, written 108)"
    (out / "a.parquet").write_bytes(data)
    os.utime(out / "a.parquet", (1, 1))  # the same bytes with another time (a copy made without -p): unchanged
    assert changed_table(out, tables) is None
    (out / "b.csv").write_text("id,n\na,2\n", encoding="utf-8")  # same size, edited
    assert changed_table(out, tables) == "b.csv (changed since the last build)"
    (out / "b.csv").unlink()
    assert changed_table(out, tables) == "b.csv (removed)"
    assert changed_table(out, ["c.csv"]) == "c.csv (removed)"


def test_export_refuses_the_build_folder_its_corpus_folder_and_a_file(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = _processed(tmp_path / "processed", corpus)
    (tmp_path / "notes.csv").write_text("mine\n", encoding="utf-8")
    before_out, before_corpus = _hashes(out), _hashes(corpus)
    cases = {
        out: f"{out}: --csv is the build folder itself; choose another folder (a sub-folder is fine; nothing was written)",
        corpus: f"{corpus}: --csv is the corpus folder of this build; choose another folder "
                "(a sub-folder is fine; nothing was written)",
        tmp_path / "notes.csv": f"{tmp_path / 'notes.csv'}: --csv is a file, not a folder",
    }
    for dest, msg in cases.items():
        r = _arnews("export", "--processed", out, "--csv", dest)
        assert r.returncode == 1 and r.stderr.splitlines() == [f"arnews: error: {msg}"], r.stderr
    assert _hashes(out) == before_out and _hashes(corpus) == before_corpus
    assert (tmp_path / "notes.csv").read_text(encoding="utf-8") == "mine\n"
    r = _arnews("export", "--processed", out, "--csv", out / "csv")  # a sub-folder is fine
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (out / "csv").iterdir()) == [".arnews-export.json", "articles.csv", "paragraphs.csv"]


def test_a_table_missing_from_a_build_of_other_code_says_so(tmp_path):
    out = _processed(tmp_path / "processed", tmp_path)
    T = load_tables(out)
    with pytest.raises(KeyError) as e:
        T["quantities"]
    assert e.value.args[0] == (f"quantities: no such table in {out} (have: articles, paragraphs); this arnews writes it: "
                               "the build is of an older arnews or a file was removed; rebuild with `python -m arnews build`")
    with pytest.raises(KeyError, match="no such table") as e:
        T.columns("entities", ["text"])
    with pytest.raises(KeyError) as e:
        T["my_own_table"]
    assert e.value.args[0] == f"my_own_table: no such table in {out} (have: articles, paragraphs)"


@pytest.mark.slow
def test_a_table_cut_after_an_up_to_date_build_is_noticed_and_rebuilt(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    before = _hashes(corpus)
    r = _arnews("build", "--corpus", corpus, "--out", out, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    clean = _tables(out)
    r = _arnews("build", "--corpus", corpus, "--out", out, "--jobs", "1")
    assert "is up to date" in r.stdout + r.stderr
    for name in ("entities.parquet", "keyness.parquet"):  # an article-level table and a corpus-level one
        data = (out / name).read_bytes()
        (out / name).write_bytes(data[: len(data) // 2])
        r = _arnews("build", "--corpus", corpus, "--out", out, "--jobs", "1")
        log = r.stdout + r.stderr
        assert r.returncode == 0 and "is up to date" not in log and "Traceback" not in log, log
        assert f"arnews: note: not up to date: {name} (cut short or grown: {len(data) // 2:,} bytes, written {len(data):,})" in log
        assert _tables(out) == clean
        assert len(load_tables(out)[name.split(".")[0]]) >= 0  # readable again
    copy = tmp_path / "copy"  # a copy without its files' times is still up to date (same bytes)
    subprocess.run(["cp", "-r", str(out), str(copy)], check=True)
    r = _arnews("build", "--corpus", corpus, "--out", copy, "--jobs", "1")
    assert "is up to date" in r.stdout + r.stderr, r.stdout + r.stderr
    assert _hashes(corpus) == before


@pytest.mark.slow
def test_ctrl_c_mid_build_is_one_line_and_the_rerun_equals_a_clean_build(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 40)
    clean = tmp_path / "clean"
    assert _arnews("build", "--corpus", corpus, "--out", clean, "--jobs", "2").returncode == 0
    before = _hashes(corpus)
    out = tmp_path / "out"
    for stage in ("learned", "merge"):  # in the article stage (workers), then at the corpus level (forked hooks)
        err = tmp_path / f"{stage}.err"
        with open(err, "w") as f:
            p = subprocess.Popen([sys.executable, "-m", "arnews", "build", "--corpus", str(corpus), "--out", str(out),
                                  "--jobs", "2"], stdout=f, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": LIB},
                                 start_new_session=True,  # its own process group: Ctrl-C reaches the build and its workers
                                 preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        t0 = time.monotonic()
        while p.poll() is None and time.monotonic() - t0 < 300:
            log = err.read_text(encoding="utf-8")
            if "learned" in log and (stage == "learned" or (out / "paragraphs.parquet").is_file()):
                break
            time.sleep(0.05)
        time.sleep(0.5)
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGINT)
        p.wait(timeout=120)  # never hangs
        log = err.read_text(encoding="utf-8")
        assert "Traceback" not in log, log
        if p.returncode != 0:
            assert p.returncode == 130 and log.splitlines()[-1] == "arnews: interrupted", log
        assert not (out / "build_info.json").exists() or p.returncode == 0
    r = _arnews("build", "--corpus", corpus, "--out", out, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert _tables(out) == _tables(clean)
    assert _hashes(corpus) == before


def test_report_refuses_reports_in_the_corpus_or_the_processed_folder(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    before = _hashes(corpus)
    out = tmp_path / "out"
    cases = {("--reports", corpus): f"--reports {corpus}: is the corpus folder",
             ("--reports", out / "processed"): f"--reports {out / 'processed'}: is the --processed folder",
             ("--processed", tmp_path / "p", "--reports", tmp_path / "p"): f"--reports {tmp_path / 'p'}: is the --processed folder"}
    for args, msg in cases.items():
        r = _arnews("report", "--corpus", corpus, "--out", out, *args)
        assert r.returncode == 1 and r.stderr.splitlines() == [
            f"arnews: error: {msg}; choose another folder (a sub-folder is fine)"], r.stderr
    assert _hashes(corpus) == before and not out.exists() and not (tmp_path / "p").exists()


def test_a_corpus_path_that_is_a_symlink_loop_or_dangling_says_so(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "d").symlink_to(tmp_path / "gone")
    for name, why in (("a", "a symlink loop"), ("d", f"a dangling symlink (to {tmp_path / 'gone'})")):
        r = _arnews("build", "--corpus", tmp_path / name, "--out", tmp_path / "out")
        assert r.returncode == 1 and r.stderr.splitlines() == [
            f"arnews: error: {tmp_path / name}: {why}, not a corpus folder"], r.stderr
    assert not (tmp_path / "out").exists()


def test_odd_numbers_for_sample_and_jobs_are_usage_errors_not_tracebacks(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    for args, msg in ((("--sample", "nan"), "argument --sample: 'nan': give 0 (every article) or a positive number of megabytes"),
                      (("--sample", "inf"), "argument --sample: 'inf': give 0 (every article) or a positive number of megabytes"),
                      (("--sample", "-2"), "argument --sample: '-2': give 0 (every article) or a positive number of megabytes"),
                      (("--jobs", "-3"), "argument --jobs: '-3': give 1 or more worker processes (0: every core)")):
        r = _arnews("build", "--corpus", corpus, "--out", tmp_path / "out", *args)
        assert r.returncode == 2 and r.stderr.splitlines()[-1] == f"python -m arnews build: error: {msg}", r.stderr
        assert "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()


def _without_root_powers():
    """The command prefix that runs arnews without root's way past file permissions (root reads and
    writes a chmod 000 file), or None where that is not possible."""
    import shutil

    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None or subprocess.run(
            ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "true"], capture_output=True).returncode:
        return None
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def test_a_read_only_output_folder_is_one_line_before_anything_is_written(tmp_path):
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "locked.txt").chmod(0)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".arnews-output.json").write_text('{"tool": "arnews", "written": []}', encoding="utf-8")
    out.chmod(0o555)
    try:
        before = _hashes(out)
        r = subprocess.run([*prefix, sys.executable, "-m", "arnews", "build", "--corpus", str(corpus), "--out", str(out)],
                           capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": LIB})
        assert r.returncode == 1 and r.stderr.splitlines() == [
            f"arnews: error: {out}: cannot write into the output folder (Permission denied)"], r.stderr
        assert _hashes(out) == before
    finally:
        out.chmod(0o755)
        (corpus / "locked.txt").chmod(0o644)
