"""Quantities, the lead's rule of session 36 (found on blind40 after its end figures)."""

from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


# -- lead, session 36: digits glued to any common word are a missing space (blind40: 83مروحية, 3مبان)
@pytest.mark.parametrize("sentence,surface,value", [
    ("ودمرت الغارات 83مروحية تابعة للجيش", "83مروحية", 83),
    ("وانهارت 3مبان في الحي القديم", "3مبان", 3),
])
def test_digits_glued_to_a_common_word_count_it(sentence, surface, value):
    got = [(q["surface"], q["kind"], q["value"]) for q in extract_quantities(sentence)]
    assert (surface, "count", value) in got, got


def test_digits_glued_to_a_rare_word_stay_a_name():
    # a rare word glued after the digits (a model or a brand) gives no figure, as before
    assert extract_quantities("واشترى سيارة 3ماتيك جديدة") == []
    assert [q["kind"] for q in extract_quantities("وتعاقد النادي مع 5لاعبين")] == ["count"]
