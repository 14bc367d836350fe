"""Session 56 speed (speed57): the hot path of ``lexicon_cache`` is one dict look-up, and it equals the slow path.

A loader's call while the environment still holds the value :func:`arnews.lexicons.sync` last resolved is served
from the loader's memo of the current folder; switching ``ARNEWS_LEXICONS``, :func:`arnews.lexicons.reload` and
``cache_clear`` empty it (the folder-keyed ``lru_cache`` behind it is unchanged)."""
from __future__ import annotations

import random

import pytest

from arnews import lexicons
from arnews.lexicons import lexicon_cache, read_lexicon

calls: list = []


@lexicon_cache(maxsize=None)
def _rows() -> tuple:
    calls.append(lexicons._seen[0])
    return tuple(r["word"] for r in read_lexicon("stopwords_ar.csv"))


@lexicon_cache(maxsize=4)
def _first(n: int) -> tuple:
    calls.append(n)
    return _rows()[:n]


@pytest.fixture
def own(tmp_path, monkeypatch):
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    lexicons.reload()
    d = tmp_path / "lex"
    lexicons.init(d)
    with open(d / "stopwords_ar.csv", "a", encoding="utf-8") as f:
        f.write("زرافاتنا,our giraffes (test),noun\n")
    calls.clear()
    yield d
    lexicons.reload()


def test_a_hot_call_is_served_by_the_memo_not_the_lru(own):
    first = _rows()
    hits = _rows.cache_info().hits
    for _ in range(5):
        assert _rows() is first and _rows.current() is first
    assert _rows.cache_info().hits == hits  # (at main every call was an lru hit)
    assert calls == [lexicons._seen[0]]  # computed once


def test_switching_the_folder_and_back_gives_each_folder_its_rows(own, monkeypatch):
    curated = _rows()
    assert "زرافاتنا" not in curated
    monkeypatch.setenv("ARNEWS_LEXICONS", str(own))
    mine = _rows()
    assert "زرافاتنا" in mine and _first(3) == mine[:3]
    assert _rows.current() is mine
    monkeypatch.delenv("ARNEWS_LEXICONS")
    assert _rows() == curated and _rows.current() == curated
    monkeypatch.setenv("ARNEWS_LEXICONS", str(own))
    assert _rows() == mine


def test_current_reads_the_last_synced_folder_as_before(own, monkeypatch):
    curated = _rows()
    monkeypatch.setenv("ARNEWS_LEXICONS", str(own))
    assert _rows.current() == curated  # no environment read: the folder of the last sync
    lexicons.sync()
    assert "زرافاتنا" in _rows.current()


def test_reload_and_cache_clear_empty_the_memo(own, monkeypatch):
    monkeypatch.setenv("ARNEWS_LEXICONS", str(own))
    before = _rows()
    with open(own / "stopwords_ar.csv", "a", encoding="utf-8") as f:
        f.write("زرافتان,two giraffes (test),noun\n")
    assert _rows() is before  # cached until reload
    lexicons.reload()
    assert "زرافتان" in _rows() and _rows() is not before
    n = len(calls)
    _rows.cache_clear()
    _rows()
    assert len(calls) == n + 1


def test_bounded_memo_and_keyword_calls_equal_the_slow_path(own):
    rng = random.Random(57)
    for _ in range(200):
        n = rng.randrange(12)
        assert _first(n) == _rows()[:n] == _first.__wrapped__(n)
        assert _first(n=n) == _first(n)
    assert len(_first.cache_info()) and _first.cache_info().currsize <= 4


def test_the_memo_holds_what_the_lru_holds_for_random_loaders(own, monkeypatch):
    """Random calls, folder switches and reloads: every answer equals a fresh computation for the folder then set."""
    rng = random.Random(5757)
    folders = [None, str(own)]
    for _ in range(300):
        op = rng.random()
        if op < 0.1:
            f = rng.choice(folders)
            if f is None:
                monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
            else:
                monkeypatch.setenv("ARNEWS_LEXICONS", f)
        elif op < 0.13:
            lexicons.reload()
        n = rng.randrange(8)
        lexicons.sync()
        fresh = tuple(r["word"] for r in read_lexicon.__wrapped__("stopwords_ar.csv"))
        assert _rows() == fresh and _first(n) == fresh[:n] and _rows.current() == fresh
