"""The package works installed non-editable, away from the source tree.

The wheel's contents are produced offline by setuptools' ``build_py`` (the step
``bdist_wheel`` runs) from a copy of the project's packaging inputs; the result is
the unpacked wheel minus its metadata.  Subprocesses import arnews from it alone
(``PYTHONPATH``; they run in another folder, where no source checkout is visible).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import RAW, ROOT

pytest.importorskip("setuptools")


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory):
    """(src, lib): a copy of the packaging inputs and the files the wheel would install."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src)
    for name in ("lib", "notebooks"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    lib = tmp / "site-packages"
    r = subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q", "build_py", "-d", str(lib)],
                       cwd=src, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    return src, lib


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _run(lib: Path, cwd: Path, *args, **kw):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ARNEWS_LEXICONS", "ARNEWS_PROCESSED")}
    env["PYTHONPATH"] = str(lib)
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, **kw)


def test_wheel_holds_the_library_lexicons_templates_and_notebooks(unpacked):
    src, lib = unpacked
    files = _files(lib)
    assert {f"arnews/{f}" for f in _files(src / "lib" / "arnews")} <= files  # every module and data file
    assert {f"arnews/notebooks/{p.name}" for p in (src / "notebooks").glob("*.ipynb")} <= files
    lex = {f for f in files if f.startswith("arnews/data/lexicons/")}
    assert {"arnews/data/lexicons/campaigns.csv", "arnews/data/lexicons/themes.json"} <= lex
    assert len(lex) == len(list((ROOT / "lib" / "arnews" / "data" / "lexicons").iterdir()))
    assert "arnews/templates/arnews/index.html.j2" in files
    assert all(f.startswith("arnews/") for f in files)


def test_installed_package_finds_its_resources_without_a_source_tree(unpacked, tmp_path):
    _, lib = unpacked
    code = (
        "import json, arnews, arnews.lexicons as L, arnews.report as R\n"
        "print(json.dumps({'file': arnews.__file__, 'source_root': str(L.SOURCE_ROOT), 'lexicons': str(L.lexicon_dir()),\n"
        "  'notebooks': sorted(p.name for p in R.NOTEBOOKS.glob('*.ipynb')), 'nb_dir': str(R.NOTEBOOKS),\n"
        "  'templates': R.TEMPLATES.is_dir(), 'units': len(L.read_lexicon('units.csv'))}))"
    )
    r = _run(lib, tmp_path, "-c", code)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert Path(got["file"]).is_relative_to(lib)
    assert got["source_root"] == "None"
    assert Path(got["lexicons"]) == lib / "arnews" / "data" / "lexicons"
    assert Path(got["nb_dir"]) == lib / "arnews" / "notebooks"
    assert got["notebooks"] == sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert got["templates"] and got["units"] > 10
    r = _run(lib, tmp_path, "-m", "arnews", "lexicons", "init", "mine")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "mine" / "themes.json").read_bytes() == (lib / "arnews" / "data" / "lexicons" / "themes.json").read_bytes()


@pytest.mark.slow
def test_installed_package_builds_and_reports_from_another_folder_with_own_lexicons(unpacked, tmp_path):
    """`python -m arnews report --lexicons DIR` from the installed package: the notebooks come from
    the package, and the build, its workers and the notebook kernels all read DIR."""
    _, lib = unpacked
    lex = tmp_path / "lex"
    assert _run(lib, tmp_path, "-m", "arnews", "lexicons", "init", str(lex)).returncode == 0
    themes = lex / "themes.json"
    themes.write_text(themes.read_text(encoding="utf-8").replace('"Security and public order"', '"Security and order ZQX"'),
                      encoding="utf-8")
    r = _run(lib, tmp_path, "-m", "arnews", "report", "--corpus", str(RAW), "--out", "out", "--lexicons", str(lex),
             timeout=1500)
    assert r.returncode == 0, r.stderr[-3000:]
    reports = tmp_path / "out" / "reports"
    assert sorted(p.name for p in reports.glob("*.html")) == sorted(
        [p.stem + ".html" for p in (ROOT / "notebooks").glob("*.ipynb")] + ["index.html"])
    topics = (reports / "01_topics.html").read_text(encoding="utf-8")
    assert "Security and order ZQX" in topics and "Security and public order" not in topics
    assert len(list((tmp_path / "out" / "processed").glob("*.csv"))) > 5
    assert not (lib / "arnews" / "notebooks" / ".ipynb_checkpoints").exists()
