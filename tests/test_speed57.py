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


# --- the gate scan (entities/pass_gates.py, names._word_gates) ------------------------------------------------------

import importlib  # noqa: E402

from arnews.normalize import key  # noqa: E402
from arnews.text import make_paragraph  # noqa: E402

names = importlib.import_module("arnews.entities.names")
pass_gates = importlib.import_module("arnews.entities.pass_gates")
place_bodies = importlib.import_module("arnews.entities.place_bodies")
facility_bodies = importlib.import_module("arnews.entities.facility_bodies")
positions = importlib.import_module("arnews.entities.positions")


def _slow_place_body(w, k):  # (the gate as session 54 wrote it)
    place_bodies.place_body_heads()
    return bool(place_bodies._word_head(w, k)[0])


def _slow_facility(w, k):
    facility_bodies._heads()
    return bool(facility_bodies._facility_len(k))


def _slow_word_gates(w, k):  # (names._word_gates as session 55 left it: the loop over _SPEED55_GATES)
    got = (names._SPEECH if names.speech_word(w) else 0) | (names._NATIONALITY if names.nationality_word(w) else 0) \
        | (names._DUAL_CUE if names.dual_place_cue(w) else 0) | (names._OFFICE if names.qualified_office_word(w) else 0) \
        | (names._REGION if names.region_word(w) else 0) | (names._GENTILIC if names.gentilic_cue_word(w) else 0)
    for bit, test in names._SPEED55_GATES:
        if test(w, k):
            got |= bit
    # speed58: two more bits, written out after the speed55 ones
    got |= (names._KIN if pass_gates.kin_word(w, k) else 0) | (names._APPOSED_OFFICE if pass_gates.apposed_office_word(w, k) else 0)
    # speed59: two more, for passes run in entities.table (echoed_pairs, ministry_lists)
    got |= (names._VERB if names.verb_word(w, k) else 0) | (names._MINISTRY_HEAD if names.ministry_head_word(k) else 0)
    return got


#: sentences in the style of Saudi news, written for these tests: organisation heads and facility words behind
#: proclitics, and their neighbours (definite heads, words that only look like a proclitic and a head)
TEXTS = [
    "وافتتح أمير المنطقة مستشفى الملك فهد ومسجد الحي وبمدرسة القرية صباح اليوم",
    "وقعت شركة أرامكو وبشركة سابك اتفاقية مع هيئة السياحة ولجنة الاستثمار في جدة",
    "وأعلنت جمعية البر ومؤسسة الملك خالد وبجامعة الملك سعود عن برامج جديدة للشباب",
    "الشركة والمستشفى والمسجد بالمدرسة للجامعة فالهيئة وبالمؤسسة لا تكون رؤوسا بلا تعريف",
    "فقاعة وبقاعة ولقاعة بقاعات ومساجدهم وبمستشفياتها ومجلسنا وبمجلس ولمجلس فمجلس",
    "قال رئيس النادي إن الفريق سيلعب في ملعب مدينة الملك عبدالله الرياضية بجدة",
    "شاهد 12 ألف مشجع المباراة في إستاد هزاع بن زايد، وأحرز اللاعب هدفين",
]


def _words() -> list[tuple[str, str]]:
    names.load_cues()
    heads = sorted(place_bodies.place_body_heads()) + sorted(facility_bodies._heads())
    org = sorted(k for k, kd in names.load_cues().kind.items() if kd == "org")
    pairs = set()
    for t in TEXTS:
        pairs |= positions.word_key_types(make_paragraph(t, "ar"))
    for h in heads + org:
        for c in ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "ال", "وال", "بال", "لل"):
            for w in (c + h, c + h + "ه", c + h[:-1], c + h[1:]):
                if w:
                    pairs.add((w, key(w)))
    return sorted(pairs)


def test_place_body_and_facility_gates_equal_their_slow_path_on_every_head_and_neighbour():
    pairs = _words()
    assert len(pairs) > 2000
    opened = {"pb": 0, "fb": 0}
    for w, k in pairs:
        assert pass_gates.place_body_head(w, k) == _slow_place_body(w, k), (w, k)
        assert pass_gates.facility_word(w, k) == _slow_facility(w, k), (w, k)
        opened["pb"] += _slow_place_body(w, k)
        opened["fb"] += _slow_facility(w, k)
    assert opened["pb"] > 100 and opened["fb"] > 100  # (both ways asked)


def test_the_gates_equal_their_slow_path_on_random_strings():
    rng = random.Random(57)
    pieces = ["و", "ب", "ل", "ف", "ال", "وب", "ول", "لل", "شركة", "مجلس", "مسجد", "قاعة", "مستشفى", "هيئة", "ه",
              "ها", "ات", "ين", "ي", "ة", "ا", "م", "س", "ت", "ن", "ر", "12", "x", "-", " ", "،", "«"]
    seen = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9)))
        for w, k in positions.word_key_types(make_paragraph(text, "ar")):
            seen += 1
            assert pass_gates.place_body_head(w, k) == _slow_place_body(w, k), (w, k)
            assert pass_gates.facility_word(w, k) == _slow_facility(w, k), (w, k)
            assert names._word_gates.__wrapped__(w, k) == _slow_word_gates(w, k), (w, k)
    assert seen > 3000


def test_word_gates_equal_the_loop_on_the_sentences():
    for t in TEXTS:
        p = make_paragraph(t, "ar")
        for w, k in positions.word_key_types(p):
            assert names._word_gates.__wrapped__(w, k) == _slow_word_gates(w, k), (w, k)
    assert names._gate_scan(make_paragraph(TEXTS[1], "ar")) & names._PLACE_BODY
    assert names._gate_scan(make_paragraph(TEXTS[0], "ar")) & names._FACILITY


def test_place_body_head_skips_the_word_info_of_readings_that_cannot_be_heads(monkeypatch):
    """The saving itself: no proclitic reading of وبكتابهم is a head or an org cue, so no word_info is asked (main
    asked it of وبكتابهم, بكتابهم and كتابهم)."""
    asked = []
    real = place_bodies.word_info
    monkeypatch.setattr(place_bodies, "word_info", lambda w: asked.append(w) or real(w))
    place_bodies._word_head.cache_clear()
    try:
        for w in ("وبكتابهم", "ولطلابنا", "فمسافرون"):
            assert not pass_gates.place_body_head(w, key(w))
        assert asked == []
        assert pass_gates.place_body_head("وبشركة", key("وبشركة")) == _slow_place_body("وبشركة", key("وبشركة"))
    finally:
        place_bodies._word_head.cache_clear()
