"""The names scorer says why a gold entity is missed (none / wrong_type / partial / split)."""
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from score_entities import score  # noqa: E402


def _gold(rows):
    return pd.DataFrame(rows, columns=["doc", "start", "end", "type", "entity"])


def _pred(rows):
    return pd.DataFrame(rows, columns=["doc", "fstart", "fend", "type", "entity_id"])


def test_each_missed_entity_is_counted_under_one_reason():
    gold = _gold([
        ("a", 0, 5, "person", "found"), ("a", 20, 25, "person", "found"),
        ("a", 30, 35, "person", "none"),
        ("a", 40, 45, "org", "wrongtype"),
        ("a", 50, 55, "place", "partial"), ("a", 60, 65, "place", "partial"),
        ("a", 70, 75, "org", "split"), ("b", 0, 5, "org", "split"),
    ])
    pred = _pred([
        ("a", 0, 5, "person", "~p"), ("a", 21, 24, "person", "~p"),  # overlap counts
        ("a", 40, 45, "place", "~x"),                                  # right span, wrong type
        ("a", 50, 55, "place", "~q"),                                  # first mention only
        ("a", 70, 75, "organisation", "~o1"), ("b", 0, 5, "organisation", "~o2"),
    ])
    res = score(gold, pred)
    assert res["all"]["entities"] == 5 and res["all"]["entity_recall"] == 0.2
    assert res["all"]["missed_by"] == {"none": 1, "wrong_type": 1, "partial": 1, "split": 1}
    assert res["person"]["missed_by"] == {"none": 1, "wrong_type": 0, "partial": 0, "split": 0}
    assert res["organisation"]["missed_by"] == {"none": 0, "wrong_type": 1, "partial": 0, "split": 1}
    assert res["place"]["missed_by"]["partial"] == 1
    # found + missed = entities, for every type
    for t in ("person", "place", "organisation", "all"):
        r = res[t]
        assert round(r["entity_recall"] * r["entities"]) + sum(r["missed_by"].values()) == r["entities"]
