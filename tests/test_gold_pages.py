"""Golden floor on our own held-out pages (benchmarks/gold/pages19 and pages20: six pages each,
written in the style of the embedded corpus and annotated by hand for quantities and names
before any scoring).

The floors are the figures measured at the end of the session that added the set or last
raised them (see benchmarks/gold/README.md), rounded down: a change that loses figures or names
on text of the seeds' kind fails here."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"

#: set -> (quantity rows at least, span F1, end-to-end F1)
QUANTITY_FLOORS = {"pages19": (220, 0.96, 0.88), "pages20": (270, 0.95, 0.91)}
#: set -> (gold mentions at least, mention recall, mention precision, entity recall, person mention recall)
NAME_FLOORS = {"pages19": (140, 0.80, 0.81, 0.63, 0.73), "pages20": (180, 0.80, 0.72, 0.66, 0.75)}


def _load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", sorted(QUANTITY_FLOORS))
def test_quantities_on_the_held_out_pages(name):
    rows, span, e2e = QUANTITY_FLOORS[name]
    pages = GOLD / name
    sq = _load("score_quantities")
    res = sq.score(sq.read_gold([pages / "quantities.jsonl"]), pages)
    assert res["articles"] == 6 and res["gold"] >= rows
    assert not [e for e in res["errors"] if e[2] == "GOLD"]  # the gold offsets still give their surfaces
    assert res["span"]["f1"] >= span, res["span"]
    assert res["end_to_end"]["f1"] >= e2e, res["end_to_end"]


@pytest.mark.parametrize("name", sorted(NAME_FLOORS))
def test_names_on_the_held_out_pages(name, capsys):
    n, rec, prec, ent, person = NAME_FLOORS[name]
    se = _load("score_entities")
    se.main([str(GOLD / name)])
    res = json.loads(capsys.readouterr().out)
    assert res["all"]["gold_mentions"] >= n
    assert res["all"]["mention_recall"] >= rec and res["all"]["mention_precision"] >= prec, res["all"]
    assert res["all"]["entity_recall"] >= ent, res["all"]
    assert res["person"]["mention_recall"] >= person, res["person"]
