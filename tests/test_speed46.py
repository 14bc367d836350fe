"""Session 45 speed (issue 11, branch ``speed46``): four more passes of the name finder are called only where they
can add something: three behind a per-word-type gate of ``names._word_gates`` (the same one scan of the paragraph's
word types as session 41's three: ``pass_gates.qualified_office_word``, ``region_word``, ``gentilic_cue_word``, each
the pass's own first per-token test), and ``peoplelists._list_people`` only when two people at least were found.

Each fast path is checked against its slow path (every pass called) on sentences written for these tests in the
style of Saudi news: each pass firing, and its nasty neighbours (an office word that is a person noun, an
indefinite direction, a judiciary word, one person in a list) where the gate closes and the pass must find nothing.
"""
from __future__ import annotations

import importlib

import pytest

from arnews.text import make_paragraph

names = importlib.import_module("arnews.entities.names")
pass_gates = importlib.import_module("arnews.entities.pass_gates")
positions = importlib.import_module("arnews.entities.positions")
qualified_offices = importlib.import_module("arnews.entities.qualified_offices")
person_nouns = importlib.import_module("arnews.entities.person_nouns")
apposed_places = importlib.import_module("arnews.entities.apposed_places")
peoplelists = importlib.import_module("arnews.entities.peoplelists")

#: (sentence, the passes that must add or change names in it)
SENTENCES = [
    ("وقال المتحدث باسم الحملة نيك ميريل إن المرشح سيزور الولاية الأسبوع المقبل", {"people_after_qualified_offices"}),
    ("عاد الهدوء إلى الجنوب اللبناني بعد أيام من التوتر على الحدود", {"region_phrases"}),
    ("وتشهد القارة الأوروبية موجة برد قارس منذ مطلع الأسبوع", {"region_phrases"}),
    ("وصل الوفد السعودي إلى العاصمة الهولندية أمستردام مساء أمس", {"gentilic_places"}),
    ("وأعلنت السلطات في مدينة أفيون التركية إغلاق الطرق المؤدية إليها", {"gentilic_places"}),
    # (every person of this list is found by the earlier passes: _list_people adds nothing, see the test of its own)
    ("وشارك في البطولة سامي منصور، ونيكول سابا، ورامي ياسين.", set()),
    # the neighbours: nothing for the gated passes to find
    ("قال الطفل إن والده عاد إلى المنزل متأخرا", set()),  # a person noun, no office
    ("تقع المدينة شمال البلاد على بعد مئة كيلومتر", set()),  # an indefinite direction
    ("وأصدر القضاء الأمريكي حكمه في القضية أمس", set()),  # a judiciary word before a nationality
    ("وحضر الحفل محمد العتيبي، وعدد من المسؤولين، والضيوف، والإعلاميين", set()),  # one person in a list
    ("ارتفعت أسعار النفط في تعاملات اليوم بنسبة طفيفة", set()),
    ("الشمال", set()),  # a direction alone at the paragraph's edge
    ("المتحدث", set()),
]

GATED = {"people_after_qualified_offices": names._OFFICE, "region_phrases": names._REGION,
         "gentilic_places": names._GENTILIC}


def _all_open(monkeypatch):
    monkeypatch.setattr(names, "_paragraph_gates", lambda p: -1)
    monkeypatch.setattr(names, "_pass_gates", lambda p: -1)
    monkeypatch.setattr(names, "_two_people", lambda found: True)


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_names_equal_with_every_pass_called(text, fires, monkeypatch):
    fast = names.paragraph_names(make_paragraph(text, "ar"))
    _all_open(monkeypatch)
    slow = names.paragraph_names(make_paragraph(text, "ar"))
    assert fast == slow


def _firings(text, monkeypatch) -> set:
    """The passes of GATED and _list_people that add or change names in ``text`` (every pass called)."""
    fired = set()
    for nm in list(GATED) + ["_list_people"]:
        orig = getattr(names, nm)

        def spy(p, got, _orig=orig, _nm=nm):
            out = _orig(p, got)
            if out != got and (_nm != "_list_people" and _nm not in ("gentilic_places", "region_phrases") or out):
                fired.add(_nm)
            return out

        monkeypatch.setattr(names, nm, spy)
    _all_open(monkeypatch)
    names.paragraph_names(make_paragraph(text, "ar"))
    monkeypatch.undo()
    return fired


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_the_passes_fire_where_expected(text, fires, monkeypatch):
    # (the sentences hold what they claim to: each firing sentence fires its pass, the neighbours fire none)
    assert _firings(text, monkeypatch) == fires


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_a_gate_never_skips_a_paragraph_where_its_pass_fires(text, fires, monkeypatch):
    p = make_paragraph(text, "ar")
    gates = names._pass_gates(p)
    for nm, bit in GATED.items():
        if nm in fires:
            assert gates & bit, nm
    if "_list_people" in fires:
        assert names._two_people(names.paragraph_names(make_paragraph(text, "ar")))


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_gates_equal_the_passes_own_first_tests(text, fires):
    # per token, the pass's own first test (as its loop reads it) against the gate of the token's word type
    p = make_paragraph(text, "ar")
    for i, (kd, w) in enumerate(zip(p.kinds, p.toks)):
        info = names.word_info(w)
        office = kd == "word" and qualified_offices._office_word(w) and info.bare not in person_nouns.person_nouns()
        bare = info.bare[2:] if info.bare.startswith("ال") else info.bare
        region = kd == "word" and bool(info.definite or info.bare != bare) and (
            bare in apposed_places._DIRECTIONS or bare == apposed_places._CONTINENT)
        gentilic = kd == "word" and info.cue == "place" and not apposed_places.judiciary(w)
        if kd == "word":
            assert (pass_gates.qualified_office_word(w), pass_gates.region_word(w), pass_gates.gentilic_cue_word(w)) \
                == (office, region, gentilic)
            g = names._word_gates(w)
            assert (bool(g & names._OFFICE), bool(g & names._REGION), bool(g & names._GENTILIC)) == (office, region, gentilic)


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_gated_out_passes_find_nothing(text, fires):
    p = make_paragraph(text, "ar")
    got = names.paragraph_names(p)
    gates = names._pass_gates(p)
    if not gates & names._OFFICE:
        assert qualified_offices.people_after_qualified_offices(p, got) is got
    if not gates & names._REGION:
        assert apposed_places.region_phrases(p, got) == []
    if not gates & names._GENTILIC:
        assert apposed_places.gentilic_places(p, got) == []
    if not names._two_people(got):
        assert peoplelists._list_people(p, got) == []


def test_gates_close_somewhere():
    # (the fast path is taken: each gate closes on some neighbour, or the test above would test nothing)
    closed = {nm for text, _ in SENTENCES for nm, bit in GATED.items()
              if not names._pass_gates(make_paragraph(text, "ar")) & bit}
    assert closed == set(GATED)
    assert not names._two_people(names.paragraph_names(make_paragraph(SENTENCES[9][0], "ar")))


def test_list_people_needs_two_people_found():
    # the list's third person is added when the other two were found, nothing with one found: the gate's condition
    p = make_paragraph("وشارك في البطولة سامي منصور، ونيكول سابا، ورامي ياسين.", "ar")
    got = names.paragraph_names(p)
    people = [nm for nm in got if nm.type == "person"]
    assert len(people) == 3
    two = [nm for nm in got if nm is not people[-1]]
    assert names._two_people(two)
    added = peoplelists._list_people(p, two)
    assert [(nm.start, nm.end, nm.type) for nm in added] == [(people[-1].start, people[-1].end, "person")]
    for one in ([nm for nm in got if nm not in people[1:]], [nm for nm in got if nm.type != "person"]):
        assert not names._two_people(one)
        assert peoplelists._list_people(p, one) == []
