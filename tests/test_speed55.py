"""Session 54 speed (issue 11, branch ``speed55``): eleven more passes of the name finder are called only where a word
of the paragraph passes the per-word test each ran first (``pass_gates.office_run_word`` ... ``credit_label_word``,
asked in the one scan of the paragraph's ``(word, key)`` types, ``names._word_gates``).

Each gate is open on a sentence written for these tests in the style of Saudi news where its pass fires, and closed
paths are checked against the slow path (every pass called): the names are equal, and a pass whose gate is closed
returns its input unchanged, on the sentences, their nasty neighbours and random strings of their words, numbers,
Latin words and punctuation.
"""
from __future__ import annotations

import importlib
import random

import pytest

from arnews.normalize import key
from arnews.text import make_paragraph

names = importlib.import_module("arnews.entities.names")
pass_gates = importlib.import_module("arnews.entities.pass_gates")

#: pass -> its gate bit
GATED = {"people_after_office_runs": names._OFFICE_RUN, "scorer_people": names._SCORER,
         "place_bodies": names._PLACE_BODY, "honorific_people": names._HONORIFIC,
         "facility_bodies": names._FACILITY, "bare_figures": names._FIGURE,
         "quoted_head_names": names._QUOTED_HEAD, "syllable_places": names._SYLLABLE,
         "national_bodies": names._COUNTRY_ADJ, "kunya_people": names._KUNYA,
         "song_credit_people": names._CREDIT_LABEL}

#: (sentence, the gated passes that change the names in it)
SENTENCES = [
    ("وقال رئيس المنظمة علي أكبر صالحي إن المفاوضات مع الوكالة مستمرة", {"people_after_office_runs"}),
    ("وتقدم الفريق بهدف أحرزه فالير جيرمان في الدقيقة العاشرة من المباراة", {"scorer_people"}),
    ("وسجل المهاجم هدفا ثانيا ثم أضاف زميله هدفا ثالثا سجله بيدرو رودريغيز في الشوط الثاني", {"scorer_people"}),
    ("وقعت شركة جدة للتنمية عقدا لإنشاء مجمع سكني جديد", {"place_bodies"}),
    ("وافتتحت مدارس الظهران الأهلية فرعا جديدا هذا العام", {"place_bodies"}),
    ("ويروى عن عثمان رضي الله عنه أنه كان كثير الصدقة", {"honorific_people"}),
    ("وقال الملا عمر في رسالته إن الحركة لن تتراجع", {"honorific_people"}),
    ("وصلى المصلون في مسجد قوات الطوارئ صلاة الجمعة", {"facility_bodies"}),
    ("وأقيمت المباراة على ملعب الشرطة في بغداد", {"facility_bodies"}),
    ("وتواصلت المعارك بين قوات صالح والجيش الوطني في تعز", {"bare_figures"}),
    ("وقال إن نظام القذافي سقط قبل سنوات", {"bare_figures"}),
    ('وتناول الضيوف العشاء في مطعم "بيت الشاي" وسط المدينة', {"quoted_head_names"}),
    ('ونشرت دورية "لانسيت" الطبية دراسة جديدة عن المرض', {"quoted_head_names"}),
    ("وزار الوفد مقاطعة بينه ثوان جنوب البلاد", {"syllable_places"}),
    ("ورست السفينة في ميناء سا هوينه صباح أمس", {"syllable_places"}),
    ("وزار الوزير مقاطعة دونغ ثاب وها تينه الأسبوع الماضي", {"syllable_places"}),
    ("وضرب الإعصار مقاطعات ثانه هوا وها تينه وكوانغ بينه", {"syllable_places"}),
    ("وأوقف الأمن التونسي 18 شخصا يشتبه في انتمائهم إلى خلية", {"national_bodies"}),
    ("وأدانت الرئاسة الفلسطينية التفجير الذي وقع أمس", {"national_bodies"}),
    ("وأعلن أبو سنان النجدي مسؤوليته عن الهجوم", {"kunya_people"}),
    ("كلمات: ورد / ألحان: سهم / توزيع: رعد", {"song_credit_people"}),
    ("الأغنية من كلمات: سلطان / ألحان: ناصر", {"song_credit_people"}),
    # the neighbours: the words without what opens the pass
    ("وقال المنظمة علي أكبر إن المفاوضات مستمرة", set()),  # no office word
    ("وتقدم الفريق في الدقيقة العاشرة ثم فالير جيرمان", set()),  # no verb of scoring
    ("وقعت الشركة عقدا مع جدة للتنمية", set()),  # a definite head
    ("ويروى عن عثمان أنه كان كثير الصدقة", set()),  # no eulogy
    ("وصلى المصلون في المساجد صلاة الجمعة", set()),  # no facility word of the list
    ('وتناول الضيوف العشاء في "بيت الشاي" وسط المدينة', set()),  # quotes without a head
    ("وزار الوفد بينه ثوان جنوب البلاد", set()),  # syllables without a cue
    ("وأوقف الأمن 18 شخصا في تونس", set()),  # no country adjective
    ("وأعلن سنان النجدي مسؤوليته عن الهجوم", set()),  # no kunya
    ("ورد / سهم / توزيع رعد", set()),  # no credit label
    ("ارتفعت أسعار النفط في تعاملات اليوم بنسبة طفيفة", set()),
    ("الملا", set()), ("مسجد", set()), ("سجله", set()), ("التونسي", set()),  # a trigger alone at the edges
]


def _all_open(monkeypatch):
    monkeypatch.setattr(names, "_paragraph_gates", lambda p: -1)
    monkeypatch.setattr(names, "_pass_gates", lambda p: -1)
    monkeypatch.setattr(names, "_two_people", lambda found: True)


def _slow(text, monkeypatch) -> tuple[list, set]:
    """The names of ``text`` with every pass called, and the gated passes that changed their input
    (``syllable_places`` as ``syllable_places+place`` when the names before it held a place: its other gate)."""
    changed = set()
    for nm in GATED:
        orig = getattr(names, nm)

        def spy(p, got, _orig=orig, _nm=nm):
            out = _orig(p, got)
            if out != got:
                changed.add(_nm + ("+place" if _nm == "syllable_places" and any(x.type == "place" for x in got) else ""))
            return out

        monkeypatch.setattr(names, nm, spy)
    _all_open(monkeypatch)
    got = names.paragraph_names(make_paragraph(text, "ar"))
    monkeypatch.undo()
    return got, changed


def _gates(text) -> int:
    p = make_paragraph(text, "ar")
    names.load_cues()
    return names._gate_scan(p)


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_each_gate_open_where_its_pass_fires(text, fires, monkeypatch):
    got, changed = _slow(text, monkeypatch)
    assert {nm.split("+")[0] for nm in changed} == fires
    _assert_open(changed, _gates(text), text)


def _assert_open(changed, gates, text):
    for nm in changed:
        assert nm == "syllable_places+place" or gates & GATED[nm], (nm, text)


@pytest.mark.parametrize("text,fires", SENTENCES)
def test_names_equal_with_every_pass_called(text, fires, monkeypatch):
    fast = names.paragraph_names(make_paragraph(text, "ar"))
    slow, _ = _slow(text, monkeypatch)
    assert fast == slow


def test_closed_gates_on_the_neighbours():
    gates = _gates("ارتفعت أسعار النفط في تعاملات اليوم بنسبة طفيفة")
    assert not gates & (names._OFFICE_RUN | names._SCORER | names._HONORIFIC | names._FACILITY | names._FIGURE
                        | names._QUOTED_HEAD | names._COUNTRY_ADJ | names._KUNYA | names._CREDIT_LABEL)
    assert not _gates("وقعت الشركة عقدا مع جدة للتنمية") & names._PLACE_BODY
    assert not _gates("وأوقف الأمن 18 شخصا في تونس") & names._COUNTRY_ADJ


def test_the_word_tests():
    names.load_cues()
    for w, test in (("رئيس", pass_gates.office_run_word), ("أحرزه", pass_gates.scorer_word),
                    ("شركة", pass_gates.place_body_head), ("الملا", pass_gates.honorific_word),
                    ("رضي", pass_gates.honorific_word), ("بمسجد", pass_gates.facility_word),
                    ("القذافي", pass_gates.figure_word), ("وصالح", pass_gates.figure_word),
                    ("مطعم", pass_gates.quoted_head_word), ("مقاطعة", pass_gates.syllable_word),
                    ("التونسي", pass_gates.country_adjective_word),
                    ("الفلسطينية", pass_gates.country_adjective_word), ("أبو", pass_gates.kunya_word),
                    ("أبي", pass_gates.kunya_word), ("أبوبكر", pass_gates.kunya_word),
                    ("ألحان", pass_gates.credit_label_word), ("وتوزيع", pass_gates.credit_label_word)):
        assert test(w, key(w)), (w, test.__name__)
    for w, test in (("المنزل", pass_gates.office_run_word), ("الفريق", pass_gates.scorer_word),
                    ("الشركة", pass_gates.place_body_head), ("عثمان", pass_gates.honorific_word),
                    ("المساجد", pass_gates.facility_word), ("الجيش", pass_gates.figure_word),
                    ("الضيوف", pass_gates.quoted_head_word), ("بينه", pass_gates.syllable_word),
                    ("وها", pass_gates.syllable_word),
                    ("والجيش", pass_gates.syllable_word), ("تونس", pass_gates.country_adjective_word),
                    ("الوطني", pass_gates.country_adjective_word), ("الأب", pass_gates.kunya_word),
                    ("أبوه", pass_gates.kunya_word), ("الألحان", pass_gates.credit_label_word)):
        assert not test(w, key(w)), (w, test.__name__)


def _random_texts(n: int, seed: int = 55) -> list[str]:
    rng = random.Random(seed)
    words = sorted({w for s, _ in SENTENCES for w in s.replace('"', " ").split()})
    extra = ["18", "2015", "FBI", "Hanoi", "،", ".", '"', "«", "»", "(", ")", "-", ":", "و", "ال"]
    out = []
    for _ in range(n):
        k = rng.randint(1, 14)
        out.append(" ".join(rng.choice(words) if rng.random() < 0.8 else rng.choice(extra) for _ in range(k)))
    return out


def test_closed_gates_leave_the_input_on_random_strings(monkeypatch):
    for text in _random_texts(300):
        slow, changed = _slow(text, monkeypatch)
        _assert_open(changed, _gates(text), text)
        assert names.paragraph_names(make_paragraph(text, "ar")) == slow, text
