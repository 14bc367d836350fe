"""Shared fixtures: the seed corpus and one build of it per test session."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# subprocesses (``python -m arnews ...``, notebooks) import this checkout's code too
os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT / "lib")] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
RAW = ROOT / "data" / "raw"
MANIFEST = ROOT / "data" / "articles.csv"
SEEDS = {
    "000": "000_42c2ea3f6fae67de",
    "001": "001_3a6d1ffa8fd99e60",
    "002": "002_b2f6026e3787abe6",
    "003": "003_7ed7e260591fb243",
    "004": "004_110ffb1b64fb62e0",
}


def sha_tree(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="session")
def seeds():
    from arnews.corpus import read_article

    return {k: read_article(RAW / f"{v}.txt") for k, v in SEEDS.items()}


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The seed corpus built once (jobs=1) into a temporary folder."""
    from arnews.build import build

    out = tmp_path_factory.mktemp("processed")
    build(RAW, out, manifest=MANIFEST, jobs=1, log=lambda *a: None)
    return out


@pytest.fixture(scope="session")
def tables(built):
    from arnews.build import load_tables

    return load_tables(built)


@pytest.fixture
def corpus_copy(tmp_path):
    """A writable copy of the seed corpus."""
    d = tmp_path / "corpus"
    shutil.copytree(RAW, d)
    for p in d.iterdir():
        p.chmod(0o644)
    return d


@pytest.fixture(scope="session")
def seed_report_dir(tmp_path_factory, built):
    """Every notebook rendered once on the seed build."""
    from arnews.report import render_notebooks

    reports = tmp_path_factory.mktemp("seed_reports")
    render_notebooks(built, reports, log=lambda *a: None)
    return reports


@pytest.fixture(scope="session")
def injection_report(tmp_path_factory):
    """The whole report (build + every notebook) on a hostile corpus."""
    from arnews.report import report

    from injection import make_injection_corpus

    base = tmp_path_factory.mktemp("inject")
    corpus = make_injection_corpus(base / "corpus")
    reports = report(corpus, base / "out", log=lambda *a: None, jobs=1)
    return corpus, reports
