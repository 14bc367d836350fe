"""Review leftovers of session 47 (session 48): usage errors are one line, the table stamps reuse the
build's hashes and stay true in a copy of the folder, a manifest's quoted field may hold a line
break, a read-only ``.cache`` is named as such before anything is written, Ctrl-C during a report
is one line and leaves no partial page, and a new user's bad inputs.  Each case is a real run on
files written here; no file of the user's is changed."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import arnews

LIB = str(Path(arnews.__file__).resolve().parent.parent)
ARTICLE = ("أمير المنطقة يدشن مشروعا للطرق\n"
           "دشن أمير المنطقة الشرقية مشروعا لتطوير الطرق بتكلفة 50 مليون ريال، وقال مدير الإدارة إن العمل يبدأ غدا.\n")


def _arnews(*args, timeout=600, prefix=()):
    return subprocess.run([*prefix, sys.executable, "-m", "arnews", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": LIB})


def _corpus(folder: Path, n: int = 3) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("50", str(50 + i)), encoding="utf-8")
    return folder


def _hashes(folder: Path, skip=()) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not any(s in p.parts for s in skip)}


def test_usage_errors_are_one_line_and_help_keeps_its_usage(tmp_path):
    cases = {
        ("build", "--corpus", "x"): "python -m arnews build: error: the following arguments are required: --out",
        (): "python -m arnews: error: the following arguments are required: a command "
            "(build, export, report, lexicons; see python -m arnews --help)",
        ("lexicons",): "python -m arnews lexicons: error: the following arguments are required: a command "
                       "(init; see python -m arnews lexicons --help)",
        ("bogus",): "python -m arnews: error: command: invalid choice: 'bogus' "
                    "(choose from 'build', 'export', 'report', 'lexicons')",
        ("build", "--corpus", "x", "--out", "y", "--jobs", "two"):
            "python -m arnews build: error: argument --jobs: 'two' is not a whole number",
        ("report", "--corpus", "x", "--out", "y", "--nope"): "python -m arnews: error: unrecognized arguments: --nope",
    }
    for args, line in cases.items():
        r = _arnews(*args)
        assert r.returncode == 2 and r.stderr.splitlines() == [line], r.stderr
    r = _arnews("build", "--help")
    assert r.returncode == 0 and r.stdout.startswith("usage: python -m arnews build [-h] --corpus CORPUS")
    assert not (tmp_path / "y").exists()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A build of a three-article corpus, copied (``cp -r``) by the tests that change it."""
    root = tmp_path_factory.mktemp("built")
    corpus = _corpus(root / "corpus")
    r = _arnews("build", "--corpus", corpus, "--out", root / "out", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    return corpus, root / "out"


def _copy(src: Path, dest: Path) -> Path:
    subprocess.run(["cp", "-r", str(src), str(dest)], check=True)
    return dest


def _without_root_powers():
    """The command prefix that runs arnews without root's way past file permissions, or None."""
    import shutil

    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None or subprocess.run(
            ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "true"], capture_output=True).returncode:
        return None
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


@pytest.mark.parametrize("sub", [".cache", ".cache/chunks", ".cache/corpus"])
def test_a_read_only_cache_folder_is_named_before_anything_is_written(built, tmp_path, sub):
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    corpus, src = built
    out = _copy(src, tmp_path / "out")
    before = _hashes(out)
    (out / sub).chmod(0o555)
    try:
        r = _arnews("build", "--corpus", corpus, "--out", out, "--jobs", "1", "--force", prefix=prefix)
        assert r.returncode == 1 and r.stderr.splitlines() == [
            f"arnews: error: {out / sub}: cannot write into the build's cache folder (permission denied); "
            "make it writable or remove it (nothing was written)"], r.stderr
    finally:
        (out / sub).chmod(0o755)
    assert _hashes(out) == before  # build_info.json still there: the folder is as good as it was


def _count_hashing(monkeypatch) -> list:
    import arnews.store

    calls = []
    real = arnews.store.file_sha256
    monkeypatch.setattr(arnews.store, "file_sha256", lambda p: calls.append(Path(p).name) or real(p))
    return calls


def test_stamps_reuse_the_builds_hashes_and_a_copy_is_hashed_once(tmp_path, monkeypatch):
    from arnews.stamps import STAMPS, changed_table, hashed, record_tables

    out = tmp_path / "out"
    out.mkdir()
    (out / "a.parquet").write_bytes(b"PAR1" + b"x" * 100 + b"PAR1")
    (out / "b.csv").write_text("id,n\na,1\n", encoding="utf-8")
    tables = ["a.parquet", "b.csv"]
    seen: dict = {}
    sha_a = hashed(out / "a.parquet", seen)  # as the build's merge does
    assert seen == {"a.parquet": [108, (out / "a.parquet").stat().st_mtime_ns, sha_a]}
    calls = _count_hashing(monkeypatch)
    record_tables(out, tables, seen)
    assert calls == ["b.csv"]  # a.parquet's hash is the merge's
    stamps = json.loads((out / STAMPS).read_text(encoding="utf-8"))
    assert stamps["a.parquet"][2] == sha_a == hashlib.sha256((out / "a.parquet").read_bytes()).hexdigest()
    # a hash seen before the file changed again is not reused
    seen["b.csv"] = [9, 1, "0" * 64]
    calls.clear()
    record_tables(out, tables, seen)
    assert calls == ["b.csv"] and json.loads((out / STAMPS).read_text())["b.csv"][2] != "0" * 64
    # a copy made without keeping times (cp -r): hashed once, then its stamps carry the new times
    for fn in tables:
        os.utime(out / fn, (time.time() - 60, time.time() - 60))
    calls.clear()
    assert changed_table(out, tables) is None and sorted(calls) == tables
    calls.clear()
    assert changed_table(out, tables) is None and calls == []
    # ... and an edit of the same size after that is still noticed
    (out / "b.csv").write_text("id,n\na,2\n", encoding="utf-8")
    assert changed_table(out, tables) == "b.csv (changed since the last build)"
    (out / "b.csv").write_text("id,n\na,1\n", encoding="utf-8")  # written back just now: hashed, not re-timed
    calls.clear()
    assert changed_table(out, tables) is None and changed_table(out, tables) is None and calls == ["b.csv", "b.csv"]


@pytest.mark.slow
def test_a_build_into_a_copy_of_the_folder_stays_true(built, tmp_path):
    from arnews.stamps import STAMPS

    corpus, src = built
    out = _copy(src, tmp_path / "copy")  # cp -r: new times, the old stamps
    clean = _hashes(out, skip=(".cache",))
    for p in out.iterdir():
        if p.suffix in (".csv", ".parquet"):
            os.utime(p, (time.time() - 60, time.time() - 60))
    r = _arnews("build", "--corpus", corpus, "--out", out, "--jobs", "1")
    assert r.returncode == 0 and "is up to date" in r.stdout, r.stdout + r.stderr
    stamps = json.loads((out / STAMPS).read_text(encoding="utf-8"))
    assert all(stamps[fn][1] == (out / fn).stat().st_mtime_ns for fn in stamps)  # re-timed: not hashed again
    data = bytearray((out / "entities.parquet").read_bytes())
    data[len(data) // 2] ^= 1  # same size, one bit changed
    (out / "entities.parquet").write_bytes(bytes(data))
    r = _arnews("build", "--corpus", corpus, "--out", out, "--jobs", "1")
    log = r.stdout + r.stderr
    assert r.returncode == 0 and "arnews: note: not up to date: entities.parquet (changed since the last build)" in log, log
    assert _hashes(out, skip=(".cache",)) == clean


def test_a_manifest_field_quoted_over_two_lines_is_read_and_swallowed_rows_are_refused(tmp_path):
    from arnews.corpus import CorpusError, plan_corpus

    corpus = _corpus(tmp_path / "corpus")
    m = tmp_path / "articles.csv"
    text = ('id,title,outlet\r\na0,"أمير المنطقة يدشن\r\nمشروعا للطرق",okaz\r\n'
            'a1,"سطر أول\n\nسطر ثان",sabq\r\na2,عنوان,okaz\r\n')
    m.write_bytes(text.encode("utf-8"))
    plan = plan_corpus(corpus, m)
    assert plan.rows["a0"]["title"] == "أمير المنطقة يدشن مشروعا للطرق" and plan.rows["a0"]["outlet"] == "okaz"
    assert plan.rows["a1"]["title"] == "سطر أول سطر ثان" and plan.rows["a2"]["outlet"] == "okaz"
    assert (f"{m}: 2 quoted fields hold a line break, read as a space (line 2 'title', line 4 'title'); "
            "the manifest is not changed") in plan.notes
    assert m.read_bytes() == text.encode("utf-8")
    # a semicolon manifest (Excel): a comma in the second line is the title's, not a row
    m.write_text('id;title\na0;"خبر،\nوتفاصيل, أخرى"\na1;ب\n', encoding="utf-8")
    assert plan_corpus(corpus, m).rows["a0"]["title"] == "خبر، وتفاصيل, أخرى"
    # an unclosed quote that swallows rows is still refused, in one line that says why
    m.write_text('id,title,outlet\na0,"unclosed,okaz\na1,x,sabq\na2,y,okaz\n', encoding="utf-8")
    with pytest.raises(CorpusError) as e:
        plan_corpus(corpus, m)
    assert str(e.value) == (f"{m}: line 2: field 'title' runs over 3 lines (an unclosed quote?): its further lines hold ',' "
                            "like rows (a quoted field may hold a line break, not rows); fix the quote so that no row is swallowed")
    r = _arnews("build", "--corpus", corpus, "--out", tmp_path / "out", "--manifest", m)
    assert r.returncode == 1 and r.stderr.splitlines() == [f"arnews: error: {e.value}"], r.stderr


def _notebook(path: Path, code: str) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Ctrl-C test"), nbformat.v4.new_code_cell(code)]
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_ctrl_c_during_a_report_is_one_line_130_and_keeps_the_good_pages(built, tmp_path):
    corpus, src = built
    out = tmp_path / "out"
    out.mkdir()
    _copy(src, out / "processed")
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    quick = _notebook(nbs / "quick.ipynb", "print('done')")
    other = _notebook(nbs / "zlater.ipynb", "print('other')")
    r = _arnews("report", "--corpus", corpus, "--out", out, "--jobs", "1", "--notebooks", quick, other)
    assert r.returncode == 0, r.stdout + r.stderr
    reports = out / "reports"
    good = _hashes(reports, skip=(".cache",))
    # both notebooks change: the first sleeps in its cell when Ctrl-C comes, the second waits its turn
    _notebook(quick, "import time\nprint('sleeping', flush=True)\ntime.sleep(300)")
    _notebook(other, "print('other, changed')")
    err = tmp_path / "report.log"
    with open(err, "w") as f:
        p = subprocess.Popen([sys.executable, "-m", "arnews", "report", "--corpus", str(corpus), "--out", str(out),
                              "--jobs", "1", "--notebooks", str(quick), str(other)], stdout=f, stderr=subprocess.STDOUT,
                             env={**os.environ, "PYTHONPATH": LIB}, start_new_session=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    t0 = time.monotonic()
    while p.poll() is None and time.monotonic() - t0 < 240 and "quick.ipynb: started" not in err.read_text(encoding="utf-8"):
        time.sleep(0.1)
    time.sleep(3)  # the kernel is up and in the sleeping cell
    assert p.poll() is None, err.read_text(encoding="utf-8")
    os.killpg(p.pid, signal.SIGINT)  # Ctrl-C: the terminal's whole process group
    t1 = time.monotonic()
    try:
        p.wait(timeout=60)  # never waits for the notebook's cell (300 s) or the next notebook
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
    log = err.read_text(encoding="utf-8")
    assert p.returncode == 130 and log.splitlines()[-1] == "arnews: interrupted" and "Traceback" not in log, log
    assert time.monotonic() - t1 < 60
    assert "zlater.ipynb: started" not in log, log
    now = _hashes(reports, skip=(".cache",))
    # no page replaced by a partial one, no temporary file left; the index (rewritten as pages arrive,
    # by design) says which pages were not rendered
    assert {k: v for k, v in now.items() if k != "index.html"} == {k: v for k, v in good.items() if k != "index.html"}
    assert sorted(now) == sorted(good) == ["index.html", "quick.html", "zlater.html"]
    assert "was interrupted" in (reports / "index.html").read_text(encoding="utf-8")


def test_a_file_too_large_for_an_article_is_one_skip_line_before_it_is_read(tmp_path):
    from arnews.corpus import MAX_ARTICLE_BYTES, CorpusError, plan_corpus, read_article

    corpus = _corpus(tmp_path / "corpus", 2)
    with open(corpus / "dump.txt", "wb") as f:  # sparse: 50 MB that take no disk
        f.write(ARTICLE.encode("utf-8"))
        f.truncate(50_000_000)
    plan = plan_corpus(corpus)
    assert [p.name for p in plan.files] == ["a0.txt", "a1.txt"]
    assert plan.skipped == [f"{corpus / 'dump.txt'}: skipped: 50.0 MB, over the 10 MB an article may have "
                            "(a whole corpus in one file? split it into one *.txt per article)"]
    # a file that grew past the limit after the folder was listed is skipped when it is opened
    with open(corpus / "a1.txt", "ab") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(CorpusError, match=r"a1.txt: skipped: 10.0 MB, over the 10 MB"):
        read_article(corpus / "a1.txt")
    # a file removed after the folder was listed is a skip too (the build goes on)
    (corpus / "a0.txt").unlink()
    with pytest.raises(CorpusError, match=r"a0.txt: skipped: cannot read \(No such file or directory\)"):
        read_article(corpus / "a0.txt")


def test_a_broken_notebook_is_a_usage_error_before_the_build(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 1)
    cases = {"broken.ipynb": ('{"cells": [\n', "not a notebook (not JSON text: Expecting value: line 2 column 1 (char 12))"),
             "list.ipynb": ("[1, 2]", "not a notebook (JSON without a list of cells)")}
    for name, (text, why) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        r = _arnews("report", "--corpus", corpus, "--out", tmp_path / "out", "--notebooks", tmp_path / name)
        assert r.returncode == 1 and r.stderr.splitlines() == [f"arnews: error: --notebooks {tmp_path / name}: {why}"], r.stderr
    assert not (tmp_path / "out").exists()


def test_a_folder_of_pdfs_says_what_it_holds(tmp_path):
    folder = tmp_path / "reports2015"
    folder.mkdir()
    for i in range(3):
        (folder / f"r{i}.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    r = _arnews("build", "--corpus", folder, "--out", tmp_path / "out")
    assert r.returncode == 1 and r.stderr.splitlines() == [
        f"arnews: error: {folder}: no *.txt articles (not read: 4 files that are not *.txt (.docx 1, .pdf 3); "
        "articles are UTF-8 *.txt files)"], r.stderr
    assert not (tmp_path / "out").exists()


def test_a_comma_on_the_second_line_of_a_quoted_title_is_text_not_a_row(tmp_path):
    # (lead, from the session-46 review: any delimiter on a further line refused the manifest)
    from arnews.corpus import plan_corpus

    corpus = _corpus(tmp_path / "corpus")
    m = tmp_path / "articles.csv"
    m.write_text('id,title,outlet\na0,"الرياض\nجدة، الدمام, والخبر",okaz\na1,عنوان,sabq\n', encoding="utf-8")
    plan = plan_corpus(corpus, m)
    assert plan.rows["a0"]["title"] == "الرياض جدة، الدمام, والخبر" and plan.rows["a0"]["outlet"] == "okaz"
    assert plan.rows["a1"]["outlet"] == "sabq"
