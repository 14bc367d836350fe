"""Assertions shared by the golden quantity tests: a figure found with its fields and its span
(the surface read back from the offsets), or no figure (other than a label) over a surface."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def assert_figure(sentence, surface, published="", **want):
    got = extract_quantities(sentence, published=published)
    hits = [q for q in got if q["surface"] == surface]
    assert hits, f"no figure {surface!r}; got {[(q['surface'], q['kind']) for q in got]}"
    q = hits[0]
    assert sentence[q["start"]:q["end"]] == surface
    for field, value in want.items():
        have = q[field]
        if isinstance(value, float) or isinstance(have, float):
            assert have == pytest.approx(value), (surface, field, have, value)
        else:
            assert have == value, (surface, field, have, value)


def assert_no_figure(sentence, surface, published=""):
    s = sentence.find(surface)
    assert s >= 0, surface
    e = s + len(surface)
    bad = [q for q in extract_quantities(sentence, published=published)
           if q["start"] < e and s < q["end"] and q["kind"] != "label"]
    assert not bad, f"{surface!r} read as {[(q['surface'], q['kind'], q['value']) for q in bad]}"
