"""Lexicons as package data: caches keyed by the lexicon folder, reload(), `lexicons init`, --lexicons."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from arnews import lexicons
from arnews.__main__ import main
from arnews.lexicons import DEFAULT_DIR, lexicon_files, read_lexicon

WORD = "الأمن"  # 'security': frequent in the corpus, not a stop word in the curated list
MARKER = "زرافاتنا"  # 'our giraffes': in no curated lexicon
MONTH = "برومير"  # Brumaire


def _append(path: Path, line: str) -> None:
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write(line + "\n")


def _edit(folder: Path) -> None:
    """Add one entry to a lexicon of each analysis module."""
    _append(folder / "stopwords_ar.csv", f"{WORD},security (test),noun")
    _append(folder / "months.csv", f"ar,{MONTH},11,test,Brumaire")
    _append(folder / "rhetoric_markers.csv", f"{MARKER},,phrase,any,ar,our giraffes (test),directive,")
    _append(folder / "dispatch_outlets.csv", f"{MARKER},outlet,our giraffes (test)")
    _append(folder / "synonyms_ar.csv", "GIRAFFE,زرافة,ar,giraffe (test),1")
    _append(folder / "gazetteer.csv", "zz_giraffe,place,Hươu,Giraffe Land,أرض الزرافات,Giraffe Land,no,,test entity")
    cb = json.loads((folder / "themes.json").read_text(encoding="utf-8"))
    cb["themes"].append({"id": "zz_giraffes", "label": "Giraffes", "description": "test theme",
                         "patterns": {"ar": [{"pattern": "زرافة", "gloss": "giraffe"}]}})
    (folder / "themes.json").write_text(json.dumps(cb, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def own(tmp_path):
    """An edited copy of the curated lexicons (written by lexicons.init)."""
    d = tmp_path / "lex"
    lexicons.init(d)
    _edit(d)
    yield d
    lexicons.reload()


def _observe() -> dict:
    """What each module sees of the edited entries, through its own loaders and caches."""
    from arnews import quantities, rhetoric, topics
    from arnews.blocks import dispatch_head
    from arnews.normalize import key
    from arnews.tokens import stopwords

    _, toks = topics.analyse(f"تعزيز {WORD} والنظام")
    return {
        "tokens.stopwords": key(WORD) in stopwords("ar"),
        "topics.analyse stop flag": next(t.stop for t in toks if t.text == WORD),
        "topics.load_codebook": "zz_giraffes" in topics.load_codebook().themes,
        "topics.load_gazetteer": "zz_giraffe" in topics.load_gazetteer().entities,
        "quantities months": (key(MONTH),) in quantities._lex("ar").months,
        "rhetoric.find_markers": any(h.marker == MARKER for h in rhetoric.find_markers(f"{MARKER} جميلة", "ar")),
        "rhetoric.marker_lexicon": MARKER in set(rhetoric.marker_lexicon()["marker"]),
        "rhetoric.concepts": [c for _, c in rhetoric.concepts("زرافة", "ar")] == ["GIRAFFE"],
        "blocks.dispatch_head": dispatch_head(f"{MARKER} - الرياض: أعلنت الوزارة خطة") > 0,
        "read_lexicon": any(r["word"] == WORD for r in read_lexicon("stopwords_ar.csv")),
    }


def test_switching_ARNEWS_LEXICONS_in_session_gives_the_new_rows_in_every_module(own, monkeypatch):
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    before = _observe()  # fills every cache from the curated lexicons
    assert not any(before.values()), before
    monkeypatch.setenv("ARNEWS_LEXICONS", str(own))
    after = _observe()
    assert all(after.values()), after
    monkeypatch.delenv("ARNEWS_LEXICONS")
    assert _observe() == before  # and back


def test_reload_sees_a_lexicon_edited_in_place(tmp_path, monkeypatch):
    d = tmp_path / "lex"
    lexicons.init(d)
    monkeypatch.setenv("ARNEWS_LEXICONS", str(d))
    try:
        assert not any(_observe().values())
        _edit(d)
        lexicons.reload()
        seen = _observe()
        assert all(seen.values()), seen
    finally:
        lexicons.reload()


def test_init_copies_every_curated_file_with_its_header(tmp_path):
    d = tmp_path / "new" / "lex"
    written = lexicons.init(d)
    names = lexicon_files()
    assert {"campaigns.csv", "themes.json", "stopwords_ar.csv", "gazetteer.csv", "units.csv"} <= set(names)
    assert sorted(p.name for p in written) == sorted(p.name for p in d.iterdir()) == names
    for n in names:
        assert (d / n).read_bytes() == (DEFAULT_DIR / n).read_bytes()
    assert (d / "campaigns.csv").read_text(encoding="utf-8").startswith("# Campaign canon")


def test_init_refuses_to_overwrite_and_writes_nothing(tmp_path, capsys):
    d = tmp_path / "lex"
    d.mkdir()
    (d / "units.csv").write_text("my own units\n", encoding="utf-8")
    assert main(["lexicons", "init", str(d)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "units.csv" in err and "overwrite" in err
    assert [p.name for p in d.iterdir()] == ["units.csv"]
    assert (d / "units.csv").read_text(encoding="utf-8") == "my own units\n"
    with pytest.raises(FileExistsError):
        lexicons.init(d)


def test_cli_init_then_refuse(tmp_path, capsys):
    d = tmp_path / "lex"
    assert main(["lexicons", "init", str(d)]) == 0
    assert "wrote" in capsys.readouterr().out
    _append(d / "glossary.csv", "زرافة,giraffe,ar,")
    edited = (d / "glossary.csv").read_bytes()
    assert main(["lexicons", "init", str(d)]) == 1
    assert (d / "glossary.csv").read_bytes() == edited


def test_lexicons_option_rejects_a_missing_or_incomplete_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    out = tmp_path / "out"
    assert main(["build", "--corpus", str(tmp_path), "--out", str(out), "--lexicons", str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "nope" in err and "not found" in err
    part = tmp_path / "part"
    part.mkdir()
    shutil.copy(DEFAULT_DIR / "units.csv", part)
    assert main(["report", "--corpus", str(tmp_path), "--out", str(out), "--lexicons", str(part)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "campaigns.csv" in err and "units.csv" not in err and "lexicons init" in err
    assert not out.exists() and "ARNEWS_LEXICONS" not in os.environ
    remote = ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--lexicons", str(DEFAULT_DIR)]
    assert main(["build", "--corpus", str(tmp_path), "--out", str(out), *remote]) == 2  # remote workers: not ours to set
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "--scheduler" in err and "ARNEWS_LEXICONS" in err
    assert not out.exists()


def test_build_with_lexicons_option_uses_them_for_that_run_only(own, tmp_path, monkeypatch):
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"تعزيز {WORD} والنظام في المقاطعة.\n\n{MARKER} جميلة في 9 {MONTH} 2015.\n", encoding="utf-8")
    outs = {}
    for name, extra in (("default", []), ("own", ["--lexicons", str(own)])):
        outs[name] = tmp_path / name
        assert main(["build", "--corpus", str(corpus), "--out", str(outs[name]), "--jobs", "1", *extra]) == 0
        assert "ARNEWS_LEXICONS" not in os.environ
    stop = {n: pd.read_parquet(o / "tokens.parquet").query("token == @WORD")["stop"].tolist() for n, o in outs.items()}
    assert stop == {"default": [False], "own": [True]}
    markers = {n: set(pd.read_parquet(o / "rhetoric.parquet")["marker"]) for n, o in outs.items()}
    assert MARKER in markers["own"] and MARKER not in markers["default"]
    fp = {n: json.loads((o / "build_info.json").read_text())["code_fingerprint"] for n, o in outs.items()}
    assert fp["default"] != fp["own"]


def test_word_kinds_checks_every_kind_and_names_the_file(tmp_path, monkeypatch):
    from arnews.lexicons import word_kinds
    from arnews.normalize import key

    folder = tmp_path / "lex"
    lexicons.init(folder)
    monkeypatch.setenv("ARNEWS_LEXICONS", str(folder))
    lexicons.reload()
    rows = (folder / "market_words.csv").read_text(encoding="utf-8")
    kinds = word_kinds("market_words.csv", ("exchange", "exchange_tail", "share", "companies", "index", "list_end"), key)
    assert kinds[key("بورصة")] == "exchange" and kinds[key("سهم")] == "share"
    (folder / "market_words.csv").write_text(rows + "بورصات,stock exchanges,market\n", encoding="utf-8")
    lexicons.reload()
    with pytest.raises(ValueError, match=r"^market_words.csv: بورصات: kind must be one of exchange, "):
        word_kinds("market_words.csv", ("exchange", "exchange_tail", "share", "companies", "index", "list_end"), key)
    lexicons.reload()


#: the word lists moved from the code to glossed lexicons in session 48 (tidy49): file, a row to append, and what the
#: module's loader must then see
_TIDY49 = [
    ("movement_cues.csv", "حمية,stirring,zeal (test)", lambda: __import__("arnews.entities.movements", fromlist=["x"]).stirring_words(),
     "حميه"),
    ("kin_words.csv", "عشيرته,kin,his clan (test)", lambda: __import__("arnews.entities.tribe_places", fromlist=["x"]).kin_words()[0],
     "عشيرته"),
    ("office_words.csv", "قنصل,office,consul (test)", lambda: __import__("arnews.entities.office_runs", fromlist=["x"]).office_words(),
     "قنصل"),
    ("league_sponsors.csv", "زين,sponsor,Zain (test)", lambda: __import__("arnews.entities.leagues", fromlist=["x"]).league_sponsors(),
     ("زين",)),
    ("own_name_facilities.csv", "حديقة,facility,garden (test)",
     lambda: __import__("arnews.entities.facility_names", fromlist=["x"]).own_name_only(), "حديقه"),
]


def _call(module: str, name: str, *index):
    """The loader ``name`` of ``arnews.<module>``, called, then indexed by ``index``."""
    def call():
        out = getattr(__import__(f"arnews.{module}", fromlist=["x"]), name)()
        for i in index:
            out = out[i]
        return out
    return call


def _loader(module: str, name: str, *index):
    """The loader ``name`` of ``arnews.entities.<module>``, called, then indexed by ``index``."""
    return _call(f"entities.{module}", name, *index)


#: the word lists moved from the code to glossed lexicons in session 49 (tidy50): file, a row to append, and what the
#: module's loader must then see
_TIDY50 = [
    ("name_link_words.csv", "ولد,nasab,son of (test)", _loader("honorifics", "name_link_words", "nasab"), "ولد"),
    ("latin_terms.csv", "هيئة,vague_head,authority (test)", _loader("latin_glosses", "vague_heads"), "هيئه"),
    ("desk_words.csv", "تقارير,desk,reports (test)", _loader("bylines", "desk_words"), "تقارير"),
    ("club_plural_exceptions.csv", "العشرين,not_plural,twenty (test)", _loader("learned_clubs", "not_plural_words"),
     "العشرين"),
    ("movement_cues.csv", "الليلة,function,tonight (test)", _loader("movements", "function_words"), "الليله"),
    ("office_tense_words.csv", "المؤقت,tense,interim (test)", _loader("office_runs", "tense_words"), "المؤقت"),
    ("league_words.csv", "آسيا,continent,Asia (test)", _loader("leagues", "league_words", 0), "اسيا"),
    ("tribe_place_words.csv", "من,before,from (test)", _loader("tribe_places", "place_prepositions"), "من"),
]


#: the word lists moved from the code to glossed lexicons in session 50 (tidy51): file, a row to append, what the
#: module's loader must then see, and the old literal (written once here) the file's words of that kind equal
_TIDY51 = [
    ("dateline_words.csv", "الضحى,dateline,forenoon (test)", _call("datelines", "dateline_words", "dateline"), "الضحى",
     "السبت الأحد الاحد الإثنين الاثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة يوم الساعة الموافق "
     "صباحا صباحاً مساء مساءً ظهرا ظهراً فجرا فجراً ص م pm am gmt saturday sunday monday tuesday "
     "wednesday thursday friday at"),
    ("dateline_words.csv", "عقب,date_lead,following (test)", _call("datelines", "dateline_words", "date_lead"), "عقب",
     "في من منذ حتى خلال بتاريخ قبل بعد إلى الى حتى on in since until by before after"),
    ("dateline_words.csv", "ق.م,era,BC (test)", _call("datelines", "dateline_words", "era"), "ق.م", "هـ ه م"),
    ("continuation_words.csv", "بيد أن,opener,however (test)", _call("blocks", "continuation_words", "opener"),
     "بيد أن", "كما|لكن|ولكن|غير|إلا|الا|بينما|حيث|إذ|ثم|أما|وأما|من جهة|من جانبه|من جانبها"
     "|من جانبهم|من جهته|من جهتها|من جهتهم|من ناحيته|من ناحيتها|بدوره|بدورها"),  # blocks54 added the last eight
    ("continuation_words.csv", "لكن,and_particle,but (test)", _call("blocks", "continuation_words", "and_particle"),
     "لكن", "قد|لن|لم|لا|في|من|على|عن|إلى|الى|هو|هي|هنا|كان|كانت|بين|ذلك|هذا|هذه|تم"),
    ("continuation_words.csv", "صرح,reporting_verb,declared (test)",
     _call("blocks", "continuation_words", "reporting_verb"), "صرح",
     "قال|قالت|أكد|أكدت|اكد|أضاف|أضافت|اضاف|أشار|أشارت|اشار|أوضح|أوضحت|اوضح|تابع|تابعت|اختتم|اختتمت|"
     "ذكر|ذكرت|أعلن|أعلنت|نقل|نقلت|طالب|طالبت|لفت|لفتت|بين|بينت|زاد|أفاد|أفادت|شدد|شددت|أشاد|أشادت"),
    ("campaign_name_words.csv", "قبل,stop_after,before (test)", _call("rhetoric.discover", "name_end_words", "stop_after"),
     "قبل", "في علي الي عن مع بين عند منذ خلال حول لدي ضد"),
    ("press_heads.csv", "نشره,outlet_head,bulletin (test)", _call("rhetoric.press", "press_heads", "outlet_head"),
     "نشره", "صحيفه|جريده|مجله|قناه"),
    ("press_heads.csv", "وسم,title_word,hashtag (test)", _call("rhetoric.press", "press_heads", "title_word"), "وسم",
     "شعار|عنوان|بعنوان|اسم|باسم"),
    ("campaign_name_words.csv", "اللواتى,relative,who (test)", _call("rhetoric.discover", "name_end_words", "relative"),
     "اللواتى", "التي الذي الذين اللذين اللتين اللواتي اللاتي"),
]


@pytest.mark.parametrize("name,row,loader,seen,old", _TIDY51, ids=[f"{t[0]}:{t[1].split(',')[1]}" for t in _TIDY51])
def test_the_word_lists_moved_in_session_50_equal_the_old_literals(name, row, loader, seen, old, monkeypatch):
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    lexicons.reload()
    words = loader()
    literal = old.split("|") if "|" in old else old.split()
    if isinstance(words, tuple):  # an ordered list (an alternation of a pattern): the same words in the same order
        assert words == tuple(literal)
    else:
        assert words == frozenset(literal)
    kind = row.split(",")[1]
    assert all(r["gloss"].strip() for r in read_lexicon(name) if r["kind"] == kind)


_MOVED = _TIDY49 + _TIDY50 + [t[:4] for t in _TIDY51]


@pytest.mark.parametrize("name,row,loader,seen", _MOVED, ids=[t[0] for t in _MOVED])
def test_the_word_lists_moved_from_the_code_follow_the_lexicon_folder(tmp_path, monkeypatch, name, row, loader, seen):
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    lexicons.reload()
    assert seen not in loader()
    d = tmp_path / "lex"
    lexicons.init(d)
    _append(d / name, row)
    monkeypatch.setenv("ARNEWS_LEXICONS", str(d))
    try:
        assert seen in loader()
        monkeypatch.delenv("ARNEWS_LEXICONS")
        assert seen not in loader()
    finally:
        lexicons.reload()
