"""Session 57 speed (issue 11, branch ``speed58``): work a name pass repeated per paragraph moved to per-type caches
or to the one scan of the paragraph's word types.

* ``kin_named_people`` and ``people_before_offices`` are gated by two new bits of ``names._word_gates``
  (``pass_gates.kin_word``, ``pass_gates.apposed_office_word``) instead of each scanning the paragraph's word types;
* ``sport_role_people`` and ``plural_role_players`` ask the memoised ``sporty(p)`` before their scan of the types;
* ``sport_lists._plural_nationality`` and ``grouping._first_forms`` are cached per word type;
* ``school_grades`` skips a paragraph without a stage word.

The names are checked against the slow path (every pass called) on sentences written for these tests in the style of
Saudi news, their neighbours and random strings of their words.
"""
from __future__ import annotations

import importlib
import random

import pytest

from arnews.normalize import key
from arnews.text import make_paragraph

names = importlib.import_module("arnews.entities.names")
pass_gates = importlib.import_module("arnews.entities.pass_gates")
grouping = importlib.import_module("arnews.entities.grouping")
sport_lists = importlib.import_module("arnews.entities.sport_lists")
sport_roles = importlib.import_module("arnews.entities.sport_roles")
known = importlib.import_module("arnews.entities.known")

GATED = {"kin_named_people": names._KIN, "people_before_offices": names._APPOSED_OFFICE}

#: (sentence, the gated passes that change the names in it)
SENTENCES = [
    ("وقالت والدة الطفلة إن ابنتها سارة تحب الرسم منذ صغرها", {"kin_named_people"}),
    ("ورزق المواطن بمولود اسمه أحمد في مستشفى الولادة بجدة", {"kin_named_people"}),
    ("وصل الفريق إلى الرياض مع فيصل البدين المدير الفني للفريق", {"people_before_offices"}),
    # the neighbours: the words without what opens the pass
    ("وقالت الطفلة إن سارة تحب الرسم منذ صغرها", set()),
    ("وصل الفريق إلى الرياض مع فيصل البدين صباح أمس", set()),
    ("ارتفعت أسعار النفط في تعاملات اليوم بنسبة طفيفة", set()),
    ("ابنتها", set()), ("المدير", set()), ("اسمه", set()),  # a trigger alone at the edges
]


def _slow(text, monkeypatch) -> tuple[list, set]:
    """The names of ``text`` with every pass called, and the gated passes that changed their input."""
    changed = set()
    for nm in GATED:
        orig = getattr(names, nm)

        def spy(p, got, _orig=orig, _nm=nm):
            out = _orig(p, got)
            if out != got:
                changed.add(_nm)
            return out

        monkeypatch.setattr(names, nm, spy)
    monkeypatch.setattr(names, "_paragraph_gates", lambda p: -1)
    monkeypatch.setattr(names, "_pass_gates", lambda p: -1)
    got = names.paragraph_names(make_paragraph(text, "ar"))
    monkeypatch.undo()
    return got, changed


def _gates(text) -> int:
    names.load_cues()
    return names._gate_scan(make_paragraph(text, "ar"))


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_each_gate_open_where_its_pass_fires(text, fires, monkeypatch):
    got, changed = _slow(text, monkeypatch)
    assert changed == fires
    for nm in changed:
        assert _gates(text) & GATED[nm], (nm, text)


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_names_equal_with_every_pass_called(text, fires, monkeypatch):
    fast = names.paragraph_names(make_paragraph(text, "ar"))
    slow, _ = _slow(text, monkeypatch)
    assert fast == slow


def test_the_word_tests():
    names.load_cues()
    for w in ("ابنتها", "ووالده", "اسمه", "الطفل"):
        assert pass_gates.kin_word(w, key(w)), w
    for w in ("المدير", "مدير", "المتحدث"):
        assert pass_gates.apposed_office_word(w, key(w)), w
    for w in ("النفط", "سارة", "الرياض"):
        assert not pass_gates.kin_word(w, key(w)) and not pass_gates.apposed_office_word(w, key(w)), w


def test_closed_gates_skip_the_pass(monkeypatch):
    """The saving itself: a paragraph without a kin word or an office word never reaches the two passes (main called
    both on every Arabic paragraph)."""
    called = []
    for nm in GATED:
        monkeypatch.setattr(names, nm, lambda p, got, _nm=nm: called.append(_nm) or got)
    names.paragraph_names(make_paragraph("ارتفعت أسعار النفط في تعاملات اليوم بنسبة طفيفة", "ar"))
    assert called == []
    names.paragraph_names(make_paragraph("وقالت والدة الطفلة إن ابنتها سارة تحب الرسم", "ar"))
    assert "kin_named_people" in called


def _random_texts(n: int, seed: int = 58) -> list[str]:
    rng = random.Random(seed)
    words = sorted({w for s, _ in SENTENCES for w in s.split()} | {"اللاعب", "المهاجم", "المباراة", "الدوري",
                                                                 "البرازيليين", "أدواردو", "والمدرب"})
    extra = ["18", "2015", "FBI", "،", ".", '"', "«", "»", "(", ")", "-", ":", "و", "ال"]
    return [" ".join(rng.choice(words) if rng.random() < 0.8 else rng.choice(extra) for _ in range(rng.randint(1, 14)))
            for _ in range(n)]


def test_closed_gates_leave_the_input_on_random_strings(monkeypatch):
    for text in _random_texts(300):
        slow, changed = _slow(text, monkeypatch)
        for nm in changed:
            assert _gates(text) & GATED[nm], (nm, text)
        assert names.paragraph_names(make_paragraph(text, "ar")) == slow, text


def _old_first_forms(k):  # (grouping._first_forms as main left it, uncached)
    out = [(k, 0)]
    for c in grouping.proclitics("repeated_name"):
        if k.startswith(c) and len(k) - len(c) >= 3:
            rest = k[len(c):]
            out.append(("ال" + rest, len(c) - 2) if c.endswith("ال") else (rest, len(c)))
    if k.startswith("لل") and len(k) >= 5:
        out.append(("ال" + k[2:], 1))
    return out


def test_first_forms_cached_equal_the_old_function():
    grouping.proclitics("repeated_name")
    for w in "لسوق وسوق بسوق للسوق والسوق وبالسوق السوق عكاظ لل ول وبال".split():
        k = key(w)
        assert list(grouping._first_forms(k)) == _old_first_forms(k), w
    assert ("السوق", 1) in grouping._first_forms(key("للسوق"))


def test_plural_nationality_per_type():
    sport_roles.sport_role_words()
    assert sport_lists._plural_nationality("البرازيليين")
    assert sport_lists._plural_nationality("والفنزويليان")
    assert not sport_lists._plural_nationality("البرازيل")
    assert not sport_lists._plural_nationality("المهاجمين")


SPORT = "وشارك اللاعب بواتينغ في المباراة وسجل المهاجم هدفين في الدوري أمام الفريق المنافس"


def test_sport_passes_read_sporty_first(monkeypatch):
    """A paragraph that is no sports paragraph: the role words are not scanned (main scanned them first); a sports
    paragraph still gets its player after the role word."""
    p = make_paragraph("وقال اللاعب السابق إن الحكومة أعلنت خطة جديدة للتعليم", "ar")
    assert not known.sporty(p)
    asked = []
    real = sport_roles.sport_role
    monkeypatch.setattr(sport_roles, "sport_role", lambda w: asked.append(w) or real(w))
    monkeypatch.setattr(sport_lists, "sport_role", lambda w: asked.append(w) or real(w))
    assert sport_roles.sport_role_people(p, []) == []
    assert sport_lists.plural_role_players(p, []) == []
    assert asked == []
    monkeypatch.undo()
    got = names.paragraph_names(make_paragraph(SPORT, "ar"))
    assert any(nm.type == "person" and make_paragraph(SPORT, "ar").ntext[nm.start:nm.end] == "بواتينغ" for nm in got)


def test_school_grades_with_and_without_a_stage():
    from arnews.quantities.table import extract_quantities

    def ordinals(text):
        return [(text[q["start"]:q["end"]], q["value"]) for q in extract_quantities(text) if q["kind"] == "ordinal"]

    assert ordinals("ويشترط أن يكون المتقدم من حملة مؤهل الأول ثانوي أو الثاني ثانوي") == [("الأول ثانوي", 1),
                                                                                        ("الثاني ثانوي", 2)]
    assert not any("ثانوي" in s for s, _ in ordinals("ويشترط أن يكون المتقدم من حملة مؤهل الأول أو الثاني"))
