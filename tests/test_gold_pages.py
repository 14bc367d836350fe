"""Golden floor on our own held-out pages (benchmarks/gold/pages19: six pages written in the
style of the embedded corpus, annotated by hand for quantities and names before any scoring).

The floors are the figures measured after session 18's rounds (see benchmarks/gold/README.md),
rounded down: a change that loses figures or names on text of the seeds' kind fails here."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "benchmarks" / "gold" / "pages19"


def _load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_quantities_on_the_held_out_pages():
    sq = _load("score_quantities")
    res = sq.score(sq.read_gold([PAGES / "quantities.jsonl"]), PAGES)
    assert res["articles"] == 6 and res["gold"] >= 220
    assert not [e for e in res["errors"] if e[2] == "GOLD"]  # the gold offsets still give their surfaces
    assert res["span"]["f1"] >= 0.96, res["span"]
    assert res["end_to_end"]["f1"] >= 0.83, res["end_to_end"]


def test_names_on_the_held_out_pages(capsys):
    se = _load("score_entities")
    se.main([str(PAGES)])
    res = json.loads(capsys.readouterr().out)
    assert res["all"]["gold_mentions"] >= 140
    assert res["all"]["mention_recall"] >= 0.80 and res["all"]["mention_precision"] >= 0.81, res["all"]
    assert res["all"]["entity_recall"] >= 0.63, res["all"]
    assert res["person"]["mention_recall"] >= 0.73, res["person"]
