"""Quantities, session 33 (issue 13): conventions brought in line with the quantity guide and the readers of the
development sets.  Sentences written for these tests in the style of Saudi news."""
from __future__ import annotations

import pytest

from arnews import extract_quantities


def rows(text, published=None):
    return [(q["surface"], q["kind"], q["value"]) for q in extract_quantities(text, published=published)]


@pytest.mark.parametrize("text", [
    "وكان أول من نادى بالفكرة في المجلس البلدي",
    "وهو أول من يتأثر بارتفاع الأسعار",
    "كان أول من وصل إلى موقع الحادث",
])
def test_the_first_who_is_ordinal_one(text):
    # "the first who" ranks its subject, as هو الأول الذي does (4 of 6 readings of the dev readers: blind23 and 31 one of two, blind30 both)
    assert ("أول من", "ordinal", 1) in rows(text)


@pytest.mark.parametrize("text", [
    "وصل الوفد أول من أمس إلى الرياض",        # the day before yesterday
    "وصل الوفد أول من أمس، وغادر اليوم",
    "تأهل الفريق لأول مرة في تاريخه",          # the idiom of novelty
    "وكان الأول من نوعه في المنطقة",
])
def test_neighbours_of_the_first_who_are_no_rank(text):
    assert not [r for r in rows(text) if r[1] == "ordinal"]
