"""Names session 58 (issue 14, people; helper names58e).

The person nouns (المفكر، المبتعث، الطفلة، الناشط، زميله، الخبير، الحكم) are the glossed ``person_nouns.csv``, not a
Python literal: :func:`arnews.entities.person_nouns.person_nouns` reads it (and a lexicon folder of one's own).
"""
from __future__ import annotations

import shutil

from arnews import lexicons
from arnews.entities.person_nouns import person_nouns
from arnews.normalize import key


def test_person_nouns_are_the_glossed_csv():
    assert person_nouns() == frozenset(key(w) for w in (
        "مفكر مفكرة مبتعث مبتعثة طفل طفلة ناشط ناشطة زميله خبير خبيرة حكم الحكم".split()))
    rows = lexicons.read_lexicon("person_nouns.csv")
    assert all(r["gloss"].strip() for r in rows)


def test_person_nouns_follow_the_lexicon_folder(tmp_path, monkeypatch):
    folder = tmp_path / "lex"
    shutil.copytree(lexicons.lexicon_path("person_nouns.csv").parent, folder)
    with open(folder / "person_nouns.csv", "a", encoding="utf-8") as f:
        f.write("مهندس,engineer\n")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(folder))
    lexicons.reload()
    try:
        assert key("مهندس") in person_nouns()
    finally:
        monkeypatch.delenv("ARNEWS_LEXICONS")
        lexicons.reload()
    assert key("مهندس") not in person_nouns()
