"""Session 48, tidy49: code health left by session 47's review, behaviour unchanged.

1. one memo list (``article_marks.NAME_MEMOS``) and one article walk (``mark_articles``) for the sports and the
   political marks;
2. the movement cue is read through the shared clitic readings (``themes.word_analyses``), not by hand;
3. one ``NAME_ZIPF`` (``entities.wordtests``) for nationality_names and scorer_names;
4. session 47's function-local imports at the module top where no cycle results;
5. the word lists of movements, tribe_places, office_runs, leagues and facility_names in glossed lexicons, equal to
   the old literals;
6. the benchmark scripts take no abbreviated option (``--json`` was read as ``--jsonl``).
"""
from __future__ import annotations

import ast
import importlib.util
import inspect
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from arnews.entities import (article_marks, facility_names, known, leagues, movements, nationality_names,
                             office_runs, scorer_names, tribe_places, wordtests)
from arnews.normalize import key
from arnews.text.paragraph import make_paragraph

ROOT = Path(__file__).resolve().parent.parent
ENT = ROOT / "lib" / "arnews" / "entities"


def _par(text: str, article: str = "a1", n: int = 0):
    return make_paragraph(text, "ar", article_id=article, paragraph=n)


# --- 1. one memo list, one article walk -----------------------------------------------------------------------------

def test_one_public_memo_list_and_no_private_copy():
    assert article_marks.NAME_MEMOS == ("names_full", "names", "known_orgs")
    assert not hasattr(known, "_SPORT_MEMOS")
    for mod in ("known.py", "movements.py"):
        src = (ENT / mod).read_text(encoding="utf-8")
        assert '"names_full"' not in src and "defaultdict" not in src, mod  # the walk and the list live in one place


def test_mark_articles_marks_whole_articles_and_drops_stale_memos_unless_still_valid():
    def par(aid, flag, valid=False):
        return SimpleNamespace(article_id=aid, flag=flag, memo={"names": ["stale"], "names_full": [], "known_orgs": [],
                                                                 "valid": valid, "other": 1})

    a1, a2, b1 = par("a", True), par("a", False, valid=True), par("b", False)
    article_marks.mark_articles([a1, a2, b1], "mark", lambda ps: any(p.flag for p in ps), lambda p: p.memo["valid"])
    assert a1.memo == {"valid": False, "other": 1, "mark": True}  # its memos were made without the mark
    assert a2.memo["mark"] and a2.memo["names"] == ["stale"]  # still valid: kept
    assert "mark" not in b1.memo and b1.memo["names"] == ["stale"]  # another article, not marked
    again = dict(a1.memo, names=["fresh"])
    a1.memo = dict(again)
    article_marks.mark_articles([a1], "mark", lambda ps: True)
    assert a1.memo == again  # marked before: its memos are kept


def test_a_political_article_marks_its_paragraph_without_a_cue():
    p1 = _par("وقال متحدث باسم وزارة الداخلية التابعة لحماس إن التحقيق في الحادث مستمر", "a1", 0)
    p2 = _par("وشهدت غزة مساء أمس انقطاعا واسعا في التيار الكهربائي", "a1", 1)
    q = _par("وقال مدير المدرسة إن حماس الطلاب كان واضحا في الحفل", "a2", 0)
    for p in (p1, p2, q):
        p.memo["names"] = ["stale"]
    movements.mark_political_articles([p1, p2, q])
    assert p1.memo.get("political_article") and p2.memo.get("political_article") and "names" not in p1.memo
    assert not q.memo.get("political_article") and q.memo["names"] == ["stale"]


# --- 2. the cue through the shared clitic readings ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["وأكد أن الحصار المفروض على غزة يجب أن ينتهي",
                                  "وقدمت الوكالة مساعدات عاجلة وللقطاع نصيب منها",
                                  "وندد البيان بالاحتلال وبممارساته في المدينة",
                                  "وقال إن فالمقاومة حق مشروع كما يرى",
                                  "وطالب السفير بوقف الاستيطان في القدس"])
def test_a_cue_behind_its_proclitics_and_the_article(text):
    assert movements._writes_cue(_par(text))


@pytest.mark.parametrize("text", ["وأشاد المدرب بحماس اللاعبين في المباراة الأخيرة",
                                  "وسط حماس جماهيري كبير افتتح المهرجان أبوابه",
                                  "وقال إن فتحي سافر إلى القاهرة أمس"])
def test_no_cue_no_political_paragraph(text):
    assert not movements._writes_cue(_par(text))


def test_the_cue_reads_the_shared_word_analysis(monkeypatch):
    p = _par("وأكد أن الحصار المفروض على غزة يجب أن ينتهي")
    monkeypatch.setattr(movements, "word_analyses", lambda w, lang="ar": (frozenset(), frozenset()))
    movements.cue_word.cache_clear()  # (speed59: the per-type cache holds the real readings' answers)
    try:
        assert not movements._writes_cue(p)  # no reading, no cue: nothing strips the clitics by hand any more
    finally:
        movements.cue_word.cache_clear()


# --- 3. one NAME_ZIPF -----------------------------------------------------------------------------------------------

def test_one_name_zipf_in_wordtests():
    assert nationality_names.NAME_ZIPF == scorer_names.NAME_ZIPF == wordtests.NAME_ZIPF == 4.5
    for mod in ("nationality_names.py", "scorer_names.py"):
        src = (ENT / mod).read_text(encoding="utf-8")
        assert "NAME_ZIPF =" not in src and "from .wordtests import NAME_ZIPF" in src, mod


# --- 4. imports at the module top -----------------------------------------------------------------------------------

def _local_imports(path: Path, func: str) -> list[tuple[str, str]]:
    """(module, comment) of the imports inside function ``func`` of the file."""
    src = path.read_text(encoding="utf-8")
    lines = src.splitlines()
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.FunctionDef) and node.name == func:
            return [((n.module or "") if isinstance(n, ast.ImportFrom) else n.names[0].name,
                     lines[n.lineno - 1].partition("#")[2])
                    for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom))]
    raise AssertionError(f"{func} not in {path.name}")


@pytest.mark.parametrize("mod,func,moved", [
    ("movements.py", "mark_political_articles", {"collections"}),
    ("tribe_places.py", "tribe_places", {"places"}),
    ("orgnames.py", "listed_org", {"movements"}),
    ("table.py", "entities_table", {"known", "movements"}),
    ("bodies.py", "facility_end", {"facility_names"}),
    ("facility_names.py", "own_name_refused", {"cues", "places"}),
])
def test_session_47s_local_imports_moved_to_the_top(mod, func, moved):
    got = _local_imports(ENT / mod, func)
    assert not moved & {m for m, _ in got}, got
    if mod == "facility_names.py":
        assert got == [("bodies", " (bodies imports this module: imported late)")]  # the cycle that keeps it is named


def test_arnews_imports_fresh():
    code = "import arnews, arnews.entities.table, arnews.entities.bodies, arnews.entities.facility_names; print('ok')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT / "lib"), "PATH": ""})
    assert out.stdout.strip() == "ok", out.stderr[-2000:]


# --- 5. the word lists in glossed lexicons --------------------------------------------------------------------------

def _keys(*words):
    return frozenset(key(w) for w in words)


def test_lexicon_rows_equal_the_old_literals():
    assert movements.stirring_words() == _keys("درجة", "إثارة", "لإثارة", "وإثارة", "أثار", "وأثار", "يثير", "تثير",
                                               "أثارت", "بكل", "وبكل", "شدة", "قمة", "مدى", "يفتر", "فتور", "زاد",
                                               "زيادة", "ألهب", "أشعل", "أشعلت", "ألهبت")
    assert movements.stirring_words().isdisjoint(movements.movement_cues())
    assert key("غزة") in movements.movement_cues() and key("درجة") not in movements.movement_cues()
    kin, stems = tribe_places.kin_words()
    assert kin == _keys("آدم", "ادم", "البشر", "الإنسان", "جلدتنا", "جلدتهم", "جنسه", "جنسهم", "قومه", "قومي", "وطنه",
                        "الوطن", "عمومته", "عمه", "عمي")
    assert stems == _keys("جلدت", "جنس", "قوم", "وطن", "عمومت", "عم")
    assert office_runs.office_words() == _keys("حاكم", "الحاكم", "المتحدث", "متحدث", "الناطق", "مندوب", "سيناتور",
                                               "السيناتور", "والي", "الوالي")  # (+ the wali: names55a, session 51)
    assert leagues.league_sponsors() == (tuple(key(w) for w in ("عبداللطيف", "جميل")),
                                         tuple(key(w) for w in ("عبد", "اللطيف", "جميل")), (key("جميل"),))
    assert facility_names.own_name_only() == _keys("ساحة", "مقبرة", "مقابر")
    for mod, name in ((movements, "_STIRRING"), (tribe_places, "_KIN"), (tribe_places, "_KIN_STEMS"),
                      (office_runs, "_EXTRA"), (leagues, "_SPONSOR"), (facility_names, "OWN_NAME_ONLY")):
        assert not hasattr(mod, name), name


def _slot(text: str, word: str = "حماس") -> bool:
    p = _par(text)
    i = next(t for t, k in enumerate(p.fkeys) if k.endswith(key(word)))
    return movements.movement_slot(p, i, 1, len(p.fkeys[i]) - len(key(word)))


def test_the_stirring_words_still_turn_the_movement_into_enthusiasm():
    assert _slot("واتهمت إسرائيل حماس بخرق التهدئة في غزة")
    assert not _slot("واستقبل أهالي غزة الوفد بكل حماس")
    assert not _slot("وقال إن الحرب على غزة أثارت حماس الشباب")  # (also a definite word governed)
    assert not _slot("وفي غزة زادت درجة حماس الناس للمصالحة")
    assert not _slot("وفي غزة وبكل حماس خرج الناس للمصالحة")


def test_kin_words_after_bani_are_no_place():
    assert [n.type for n in tribe_places.tribe_places(_par("وتقع القرية في بني مازن جنوب المنطقة"), [])] == ["place"]
    for text in ("وعاش في بني قومه سنوات طويلة", "وقال إن الخير في بني آدم كثير", "وعاد إلى بني جلدته بعد غياب"):
        assert tribe_places.tribe_places(_par(text), []) == [], text


def test_the_office_words_open_a_run():
    p = _par("وقال حاكم فلوريدا السابق جيب بوش إن الحملة بدأت")
    assert office_runs._office(p, 1) and not office_runs._office(p, 0)


def test_the_sponsor_spellings_name_the_league():
    for text in ("وتنطلق غدا مباريات دوري عبداللطيف جميل للمحترفين", "وتنطلق غدا مباريات دوري عبد اللطيف جميل للمحترفين",
                 "وتنطلق غدا مباريات دوري جميل للمحترفين"):
        p = _par(text)
        got = leagues.leagues_and_regions(p, [])
        assert [p.ntext[n.start:n.end] for n in got] == [text[text.index("دوري"):]], text
    assert leagues.leagues_and_regions(_par("وعقد اجتماع دوري جميل الأجواء في المقر"), []) == []


# --- 6. no abbreviated option in the benchmark scripts --------------------------------------------------------------

def _load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_score_entities_refuses_json_instead_of_reading_it_as_jsonl(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        _load("score_entities").main(["--json", str(tmp_path / "scores.json")])
    assert e.value.code == 2 and "unrecognized arguments: --json" in capsys.readouterr().err


def test_score_quantities_refuses_an_abbreviated_option(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        _load("score_quantities").main(["--gold", str(tmp_path / "g.jsonl"), "--corpus", str(tmp_path),
                                        "--jso", str(tmp_path / "s.json")])
    assert e.value.code == 2 and "unrecognized arguments: --jso" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["bench", "hook_cpu", "name_passes", "profile_build"])
def test_every_benchmark_parser_takes_no_abbreviation(name):
    src = (ROOT / "benchmarks" / f"{name}.py").read_text(encoding="utf-8")
    assert "allow_abbrev=False" in inspect.cleandoc(src.partition("argparse.ArgumentParser(")[2][:300])
