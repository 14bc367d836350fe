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
