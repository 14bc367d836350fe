"""Session 53 page review (pages54): what a reader of the snn2000 pages stumbled on.

Sentences and names written for the test (Arabic news style), not corpus text.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def test_weekdays_and_date_formulae_are_general_words_of_the_statistics():
    from arnews.stats.features import stats_stopwords
    from arnews.normalize import key
    from arnews.tokens import stopwords

    general = stats_stopwords()
    words = ["الجمعة", "الخميس", "والاثنين", "صباح", "الموافق", "الشأن"]
    assert {key(w) for w in words} <= general
    assert not ({key(w) for w in words} & {key(w) for w in stopwords("ar")})  # quantities and rhetoric still read them
    assert key("الجمعية") not in general and key("اليوم") not in general  # an association; the outlet Al-Yaum
