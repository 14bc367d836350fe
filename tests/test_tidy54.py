"""tidy54 (session 53, issues 11 and 14; behaviour unchanged): the word sets that entities/bodies, orgtails,
qualified_offices, field_forms and bylines wrote as Python literals are glossed lexicons (``body_rule_words.csv``,
``org_tail_words.csv``, ``qualified_office_words.csv``, ``field_form_words.csv``, ``byline_words.csv``), read through
:func:`arnews.lexicons.kind_sets`; the sets whose words already lived in ``org_name_words.csv`` read its kinds
(bodies' naming titles: ``patron``; field_forms' general and activity heads: ``general``, ``activity_head``).

The old literals are written once here: every set the modules read equals them (a snn2000 build before and after is
byte-identical, table by table)."""
from __future__ import annotations

import importlib

import pytest

from arnews import lexicons
from arnews.lexicons import read_lexicon

#: the literal sets as the modules wrote them before tidy54 (key forms, as the modules held them)
BEFORE = {
    ("bodies", "_NAMING_TITLES"): "الملك الامير الاميره الامام الشيخ",
    ("bodies", "_ADJECTIVE_SECTORS"): "ادبي بلدي فنون تعاوني",
    ("bodies", "_RELIGIOUS_TITLES"): "الامام الشيخ",
    ("bodies", "_ROADS"): "طريق سد نفق",  # (names58a: the dam and the tunnel are named like a road; was طريق)
    ("bodies", "_CAMPS"): "معسكر",
    ("bodies", "_BACK_REFERRING"): "الشركه المؤسسه الهيئه المجموعه الجمعيه المملكه الدوله",
    ("orgtails", "OFFICE_ADJ"): "السابق الاسبق الحالي المكلف المشرف المقبل المنتهيه السابقه الاسبقه الحاليه المكلفه",
    ("orgtails", "_NAMING_TITLES"): "الملك الامير الاميره الامام الشيخ الملكه",
    ("orgtails", "_TITLES"): "الكابتن",
    ("qualified_offices", "_GENERAL"): "عام العام",
    ("qualified_offices", "_GENERAL_HEADS"): "مدير المدير مديره المديره امين الامين امينه مساعد",
    ("qualified_offices", "_PREPOSITIONS"): "في لدي",
    ("field_forms", "_GENERAL_HEADS"): "الرئاسه المديريه الاداره الهيئه المؤسسه رئاسه مديريه اداره هيئه مؤسسه",
    ("field_forms", "_GENERAL"): "العامه العام",
    ("field_forms", "_ACTIVITY"): "محطه قياده",
    ("field_forms", "_TITLING"): "بعنوان عنوان شعار بشعار باسم اسم تحت وسم هاشتاق",
    ("bylines", "CREDIT_WORDS"): "الصوره صوره تصوير عدسه الصور بعدسه",
    ("bylines", "_BYLINE_LEADS"): "بقلم كتب كتبت كتبه شعر اعداد ترجمه تقرير متابعه حوار تصوير اشراف",
    ("bylines", "_BYLINE_TITLES"): "د د. الدكتور دكتور الامير الشيخ المهندس م م. الاستاذ ا ا. اللواء العميد الفريق",
}

#: file -> (module, its kinds' name, its loader's name)
NEW_FILES = {"body_rule_words.csv": ("bodies", "RULE_KINDS", "body_rule_words"),
             "org_tail_words.csv": ("orgtails", "TAIL_KINDS", "org_tail_words"),
             "qualified_office_words.csv": ("qualified_offices", "QUALIFIER_KINDS", "qualified_office_words"),
             "field_form_words.csv": ("field_forms", "FIELD_KINDS", "field_form_words"),
             "byline_words.csv": ("bylines", "BYLINE_KINDS", "byline_words")}


@pytest.fixture(autouse=True)
def _curated(monkeypatch):
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    lexicons.reload()
    yield
    lexicons.reload()


def _module(name: str):
    return importlib.import_module(f"arnews.entities.{name}")


@pytest.mark.parametrize("mod,name", list(BEFORE), ids=[f"{m}.{n}" for m, n in BEFORE])
def test_each_set_equals_the_old_literal(mod, name):
    got = getattr(_module(mod), name)
    assert got == frozenset(BEFORE[mod, name].split())
    assert sorted(got) == sorted(BEFORE[mod, name].split())  # (a view iterates its words in sorted order)
    assert not isinstance(got, (set, frozenset))  # a live view of a lexicon, no literal


def test_pinned_words():
    from arnews.entities import bodies, field_forms, orgtails, place_bodies, qualified_offices

    assert "المكلف" in orgtails.OFFICE_ADJ and "الجديد" not in orgtails.OFFICE_ADJ  # (a tense word of office_runs)
    assert place_bodies.OFFICE_ADJ is orgtails.OFFICE_ADJ
    assert "الملكه" in orgtails._NAMING_TITLES and "الملكه" not in bodies._NAMING_TITLES
    assert "طريق" in bodies._ROADS and "طريق" not in bodies._CAMPS and "الدوله" in bodies._BACK_REFERRING
    assert "لدي" in qualified_offices._PREPOSITIONS and "العامه" not in qualified_offices._GENERAL
    assert "هاشتاق" in field_forms._TITLING and "مؤسسه" in field_forms._GENERAL_HEADS and "مدير" not in field_forms._GENERAL_HEADS
    assert (qualified_offices._ON_BEHALF, qualified_offices._IMAM) == ("باسم", "امام")
    from arnews.entities import bylines

    assert "تصوير" in bylines.CREDIT_WORDS and "تصوير" in bylines._BYLINE_LEADS and "متابعه" not in bylines.CREDIT_WORDS
    assert "د." in bylines._BYLINE_TITLES and "متابعه" in bylines.desk_words()  # (متابعة: a lead and a desk)


@pytest.mark.parametrize("name", list(NEW_FILES))
def test_each_file_loads_every_row_glossed_every_kind_used(name):
    mod, attr, loader = NEW_FILES[name]
    kinds = getattr(_module(mod), attr)
    rows = read_lexicon(name)
    assert rows and all((r.get("gloss") or "").strip() for r in rows), name
    assert all((r.get("word") or "").strip() and r["kind"] in kinds for r in rows), name
    assert {r["kind"] for r in rows} == set(kinds)
    assert set(getattr(_module(mod), loader)()) == set(kinds)
    header = lexicons.lexicon_path(name).read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("# arnews ") and f"used by arnews.entities.{mod}" in header


def _folder(tmp_path, monkeypatch, edits: dict):
    """A lexicon folder with ``edits`` (file -> (old line start, new line start or None to drop the line))."""
    d = tmp_path / "lex"
    lexicons.init(d)
    for name, changes in edits.items():
        f = d / name
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        for old, new in changes:
            hit = [i for i, ln in enumerate(lines) if ln.startswith(old)]
            assert len(hit) == 1, (name, old)
            lines[hit[0]] = "" if new is None else new + lines[hit[0]][len(old):]
        f.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(d))
    lexicons.reload()


@pytest.mark.parametrize("name,kind", [("body_rule_words.csv", "camp"), ("org_tail_words.csv", "title"),
                                       ("qualified_office_words.csv", "general"), ("field_form_words.csv", "titling"),
                                       ("byline_words.csv", "credit")])
def test_a_missing_kind_raises(tmp_path, monkeypatch, name, kind):
    rows = [r["word"] for r in read_lexicon(name) if r["kind"] == kind]
    _folder(tmp_path, monkeypatch, {name: [(f"{w},{kind},", None) for w in rows]})
    mod, _, loader = NEW_FILES[name]
    with pytest.raises(ValueError, match=rf"^{name}: no rows of kind '{kind}'$"):
        getattr(_module(mod), loader)()


@pytest.mark.parametrize("name", list(NEW_FILES))
def test_an_unknown_kind_raises(tmp_path, monkeypatch, name):
    first = read_lexicon(name)[0]
    _folder(tmp_path, monkeypatch, {name: [(f"{first['word']},{first['kind']},", f"{first['word']},animal,")]})
    mod, _, loader = NEW_FILES[name]
    with pytest.raises(ValueError, match=rf"^{name}: {first['word']}: kind must be one of "):
        getattr(_module(mod), loader)()


def _names(text: str) -> list[tuple[str, str]]:
    from arnews.entities.names import paragraph_names
    from arnews.text.paragraph import make_paragraph

    return [(text[n.start:n.end], n.type) for n in paragraph_names(make_paragraph(text, "ar"))]


#: sentences whose names the moved words decide, with the names found from the curated files
SENTENCES = {
    "office_adj": ("وقال مدير جامعة الملك عبدالعزيز المكلف إن الدراسة تبدأ غدا",
                   [("جامعة الملك عبدالعزيز", "organisation")]),
    "title": ("وقال رئيس شركة التطوير الرياضي الكابتن ماجد الحربي إن العمل مستمر",
              [("شركة التطوير الرياضي", "organisation"), ("ماجد الحربي", "person")]),
    "religious_title": ("وصلى المصلون في جامع الإمام الشافعي بالمدينة", [("جامع الإمام الشافعي", "place")]),
    "camp": ("وشارك المنتخب في معسكر الطائف استعدادا للبطولة", [("الطائف", "place")]),
}


@pytest.mark.parametrize("kind", list(SENTENCES))
def test_the_rules_read_the_moved_words(kind):
    text, want = SENTENCES[kind]
    assert _names(text) == want


def test_the_rules_follow_the_lexicon_folder(tmp_path, monkeypatch):
    # (the words are read from the files: another folder without them gives other names)
    _folder(tmp_path, monkeypatch, {"org_tail_words.csv": [("المكلف,office_adj,", None), ("الكابتن,title,", "المدرب,title,")],
                                    "body_rule_words.csv": [("الإمام,religious_title,", None), ("معسكر,camp,", "مخيم,camp,")]})
    got = {k: _names(text) for k, (text, _) in SENTENCES.items()}
    assert got["office_adj"] == [("جامعة الملك عبدالعزيز المكلف", "organisation")]
    assert got["title"][0] == ("شركة التطوير الرياضي الكابتن", "organisation")
    assert got["religious_title"] == []
    assert got["camp"] == [("معسكر الطائف", "place")]
    monkeypatch.delenv("ARNEWS_LEXICONS")
    assert {k: _names(text) for k, (text, _) in SENTENCES.items()} == {k: v for k, (_, v) in SENTENCES.items()}
