"""A count's unit is its counted noun in the singular (QUANTITY_GUIDE), also when the text
writes the noun in a sound plural the units lexicon does not list: ``ست مباريات`` and
``مباراة واحدة`` add up under one unit.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities
from arnews.quantities.singular import singular_unit


def _units(text):
    return [(r["surface"], r["kind"], r["value"], r["unit"]) for r in extract_quantities(text, "ar")]


def test_sound_plural_counted_nouns_get_their_singular_unit():
    got = _units("لعب الفريق أربع مباريات وخاض مباراة واحدة ودية، وشنت الطائرات ثلاث غارات "
                 "فقتلت 9 مقاتلين وأصابت 3 آخرين.")
    assert ("أربع مباريات", "count", 4, "مباراة") in got
    assert ("مباراة واحدة", "count", 1, "مباراة") in got  # the same unit as the plural
    assert ("ثلاث غارات", "count", 3, "غارة") in got
    assert ("9 مقاتلين", "count", 9, "مقاتل") in got
    assert ("3 آخرين", "count", 3, "آخر") in got


@pytest.mark.parametrize("plural,singular", [
    ("مباريات", "مباراة"), ("وفيات", "وفاة"), ("صلوات", "صلاة"),  # -يات/-وات of an -اة noun
    ("غارات", "غارة"), ("جهات", "جهة"), ("قوات", "قوة"),  # -ات of an -ة noun
    ("مسارات", "مسار"), ("اتحادات", "اتحاد"),  # -ات of a masculine noun (مسارة is no common word)
    ("لاعبين", "لاعب"), ("لاعبون", "لاعب"), ("فلسطينيين", "فلسطيني"),  # -ين/-ون
])
def test_the_singular_of_a_sound_plural(plural, singular):
    assert singular_unit(plural) == singular


@pytest.mark.parametrize("word", [
    "قانون", "زيتون", "صابون", "تلفزيون",  # singulars that end in -ون
    "عين", "لون",  # too short to be a plural
    "أبيات",  # a broken plural (بيت): its -ات stem أبي is another word
    "دورة تدريبية", "مباراة", "",  # several words, a singular, nothing
])
def test_words_that_only_look_plural_are_kept(word):
    assert singular_unit(word) == word


def test_only_count_units_are_changed():
    # a duration, a measure or a currency keeps its lexicon unit; a date has none
    got = _units("استمر العمل 3 سنوات على مسافة 40 كيلومترا بتكلفة 5 ملايين ريال")
    assert [u for *_, u in got] == ["سنة", "كيلومتر", "ريال سعودي"]
