"""The Vietnamese name words are a glossed lexicon (``vietnamese_names.csv``), not lists in code (issue 11):
the name and place finders read them through :mod:`arnews.lexicons`, so a user's lexicon folder changes what
they find, and a bad kind is a one-line error naming the file and the word.  Sentences written for these
tests; the people are invented."""
from __future__ import annotations

import shutil

import pytest
from name_checks import names

from arnews import lexicons
from arnews.entities.syllable_places import KINDS, vietnamese_words
from arnews.lexicons import DEFAULT_DIR, read_lexicon

PERSON = "وأكدت السيدة هوينه ثي ماي لين أن الحصاد جيد هذا العام."
PLACE = "وصلت السفينة إلى ميناء سا هوينه صباح الأحد."


def test_every_row_is_glossed_and_of_a_known_kind():
    rows = read_lexicon("vietnamese_names.csv")
    assert len(rows) > 100
    assert all(r["gloss"].strip() and r["kind"] in KINDS for r in rows)
    assert all(r["latin"].strip() for r in rows if r["kind"] != "facility")
    v = vietnamese_words()
    assert "هوينه" in v["family"] and "ثي" in v["middle"] and "هوينه" in v["syllable"]  # one word, two kinds
    assert v["stop"] == {"لي", "هو", "كان", "لو"} and "ميناء" in v["facility"]


def test_the_finders_read_the_users_folder(tmp_path, monkeypatch):
    assert ("هوينه ثي ماي لين", "person") in names(PERSON)
    assert ("ميناء سا هوينه", "place") in names(PLACE)
    own = tmp_path / "lex"
    shutil.copytree(DEFAULT_DIR, own)
    path = own / "vietnamese_names.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(ln for ln in lines if not ln.startswith(("هوينه,family", "ميناء,facility"))),
                    encoding="utf-8")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(own))
    try:
        assert ("هوينه ثي ماي لين", "person") not in names(PERSON)
        assert ("ميناء سا هوينه", "place") not in names(PLACE)
    finally:
        monkeypatch.delenv("ARNEWS_LEXICONS")
        lexicons.reload()
    assert ("هوينه ثي ماي لين", "person") in names(PERSON)


def test_a_bad_kind_names_the_file_and_the_word(tmp_path, monkeypatch):
    own = tmp_path / "lex"
    shutil.copytree(DEFAULT_DIR, own)
    with open(own / "vietnamese_names.csv", "a", encoding="utf-8") as f:
        f.write("نام,river,Nam,a bad kind\n")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(own))
    try:
        with pytest.raises(ValueError, match="vietnamese_names.csv: نام: kind must be one of"):
            vietnamese_words()
    finally:
        monkeypatch.delenv("ARNEWS_LEXICONS")
        lexicons.reload()
