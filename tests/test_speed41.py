"""Session 41 speed (issue 11): three later passes of the name finder are called only when a word type of the
paragraph passes their gate (one scan of the types for all three), the cue tables are read once per name run, and
``tanween`` maps no offsets in a paragraph without U+064B.

Each fast path is checked against the slow path it stands for (the pass called anyway, the offsets mapped) on
sentences written for these tests in the style of Saudi news, with the nasty neighbours (a speech verb, a
nationality, the dual of a place cue at the paragraph's edges, tanween next to a transliterated name). 
"""
from __future__ import annotations

import importlib

import pytest

from arnews.text import make_paragraph

names = importlib.import_module("arnews.entities.names")
keys = importlib.import_module("arnews.entities.keys")
positions = importlib.import_module("arnews.entities.positions")
bodies = importlib.import_module("arnews.entities.bodies")
nationals = importlib.import_module("arnews.entities.nationals")
apposed_speakers = importlib.import_module("arnews.entities.apposed_speakers")
apposed_places = importlib.import_module("arnews.entities.apposed_places")
cuewords = importlib.import_module("arnews.entities.cuewords")

SENTENCES = [
    # a listed organisation at the start, a person after a title, a listed agency at the end
    "وزارة الصحة أعلنت اليوم أن معالي الوزير الدكتور خالد بن عبدالرحمن الفالح زار مستشفى الملك فهد بجدة، حسب واس",
    # a nasab after an ordinary word, a given name and a family name
    "واستقبل سلمان بن عبدالعزيز الضيوف، وحضر اللقاء محمد السهلاوي وعبدالله بن سعد العامر",
    # sport words repeated (one type twice), a club's name, a nickname
    "فاز الهلال على النصر في المباراة التي أقيمت على ملعب الملك فهد، وسجل المهاجم الهدف الأول والهدف الثاني",
    # one sport word only, written twice: counted per occurrence, not per type
    "أكد رئيس النادي أن النادي يستعد للموسم المقبل",
    # three clubs in a list without a sport word (a headline)
    "الأهلي والوحدة ونجران يتصدرون",
    # initials read as letter names, a press name in a byline
    "محمد الغامدي- سبق- الرياض: قالت شبكة إن بي سي الأمريكية إن إيه بي سي نقلت الخبر",
    # a transliterated run with tanween nearby (the tanween guard)
    "وقال المدرب ماوريتسيو بوكيتينو إن الفريق قدم أداءً جيداً أمام توتنهام هوتسبير",
    # the same run without tanween anywhere in the paragraph (the literal prefilter)
    "وقال المدرب ماوريتسيو بوكيتينو إن الفريق قدم أداء جيدا أمام توتنهام هوتسبير",
    # a place cue and a quoted name, a listed place at the end
    "وصل الوفد إلى محافظة القريات قادما من بلدة \"طبرجل\" ثم إلى تبوك",
    # nothing a name could start at
    "ارتفعت الأسعار في الأسواق خلال الأسبوع الماضي بنسبة طفيفة",
    # a word at the very end before nothing, بن at the end
    "وقال بن",
    "بن",
    "",
    # a nationality standing as a noun, the dual of a place cue, a speech verb before an apposed office
    "وسجل الأرجنتيني موراليس هدف التعادل",
    "زار الوفد بلديتي ثانه هونغ وثانه نغي",
    "وقال اليستير باسكي المتحدث باسم السفارة إن الزيارة ناجحة",
    # each gate word alone at an edge
    "قال",
    "بلديتي",
    "الأرجنتيني",
]


def _par(text: str):
    return make_paragraph(text, "ar")


# --- the slow references (the code before session 41) ----------------------------------------------------------


def _tanween_slow(p, i: int) -> bool:
    s, e = p.original(p.starts[i], p.ends[i])
    return "\u064b" in p.text[s:e]


# --- fast = slow ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", SENTENCES + ["قدم اللاعب أداءً", "فعلاً قال", "شكراً"])
def test_tanween_prefilter_equals_the_offset_map(text):
    p = _par(text)
    for i, kd in enumerate(p.kinds):
        if kd == "word":
            assert keys.tanween(p, i) == _tanween_slow(p, i)


def test_tanween_still_seen():
    p = _par("قدم اللاعب أداءً جيداً")
    assert [keys.tanween(p, i) for i in range(len(p.toks))] == [False, False, True, True]


@pytest.mark.parametrize("text", SENTENCES)
def test_names_of_a_fresh_paragraph_are_stable(text):
    """The whole finder twice on fresh paragraphs: the per-paragraph memos give what a first pass gives."""
    a = names.paragraph_names(_par(text))
    b = names.paragraph_names(_par(text))
    assert a == b


# --- the gates of the later passes ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", SENTENCES)
def test_paragraph_gates_are_the_passes_own_gates(text):
    names.load_cues()
    p = _par(text)
    types = positions.word_types(p)
    gates = names._paragraph_gates(p)
    assert bool(gates & names._SPEECH) == any(map(cuewords.speech_word, types))
    assert bool(gates & names._NATIONALITY) == any(map(cuewords.nationality_word, types))
    assert bool(gates & names._DUAL_CUE) == any(map(cuewords.dual_place_cue, types))


@pytest.mark.parametrize("text", SENTENCES)
def test_a_pass_left_out_by_its_gate_finds_nothing(text):
    names.load_cues()
    p = _par(text)
    found = names._arabic_names(p)
    gates = names._paragraph_gates(p)
    if not gates & names._SPEECH:
        assert apposed_speakers.speakers_before_office(p, found) == []
    if not gates & names._NATIONALITY:
        assert nationals.people_after_nationality(p, found) is found
    if not gates & names._DUAL_CUE:
        assert apposed_places.dual_cue_pairs(p, found) == []


def test_each_gate_opens_on_its_word():
    names.load_cues()
    assert names._paragraph_gates(_par("الأرجنتيني")) & names._NATIONALITY
    assert names._paragraph_gates(_par("بلديتي")) & names._DUAL_CUE
    assert names._paragraph_gates(_par("قال")) & names._SPEECH
    assert names._paragraph_gates(_par("ارتفعت الأسعار في الأسواق")) == 0


@pytest.mark.parametrize("text", SENTENCES)
def test_names_equal_the_finder_with_every_pass_called(text, monkeypatch):
    """The finder with the gates against the finder whose gates let every pass run (the slow path)."""
    fast = names.paragraph_names(_par(text))
    monkeypatch.setattr(names, "_paragraph_gates", lambda p: names._SPEECH | names._NATIONALITY | names._DUAL_CUE)
    slow = names.paragraph_names(_par(text))
    assert fast == slow
