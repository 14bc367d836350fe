"""Session 34 (speed): the Arabic name loop skips a word that opens nothing by its type
(``names._inert_word``).  The names found must be those of trying every word.

Every sentence here was written for these tests in the style of Arabic news (no corpus text)."""
from __future__ import annotations

import pytest

import arnews.entities.names as names
from arnews.text import make_paragraph

SENTENCES = [
    "وأكد محمد السهلاوي أن الفريق جاهز، ورامي ياسين يعود للتدريبات",  # given names, one behind و
    "وحضر عبد الرحمن الحقباني الحفل مع لبيد بن ربيعة العامري",  # a given name in two words, a nasab
    "وقال موريس إن المباراة صعبة، وأكد فلمبان أن الإعداد مستمر",  # speakers after a verb of saying
    "ويدرب ماوريتسيو بوكيتينو الفريق منذ عامين في مدينة ميرلو",  # a transliterated run, a place cue
    "وأعلنت بلدية تيماء وإمارة منطقة جازان خطة جديدة بحي العزيزية ووحي الملز",  # place bodies, short place cues
    "واجتمع الائتلاف الوطني السوري مع شركة (إم إس سي) ومجلس إدارة النادي",  # a scoped body, a company
    "وزار الأمير خالد الفيصل أمير منطقة مكة المكرمة مطار الملك خالد الدولي",  # titles, a facility
    "وذهب الطلاب إلى المدرسة صباحا ثم عادوا إلى البيوت بعد الظهر",  # no name at all
]


@pytest.mark.parametrize("text", SENTENCES)
def test_skipping_inert_words_finds_the_same_names(text, monkeypatch):
    found = names._arabic_names(make_paragraph(text, "ar"))
    monkeypatch.setattr(names, "_inert_word", lambda w, fk: False)
    assert found == names._arabic_names(make_paragraph(text, "ar"))


def test_the_words_that_open_names_are_not_inert():
    p = make_paragraph("وأكد محمد السهلاوي أن بلدية تيماء والائتلاف الوطني وقال عبد", "ar")
    inert = {w: names._inert_word(w, k) for w, k, kd in zip(p.toks, p.fkeys, p.kinds) if kd == "word"}
    for w in ("محمد", "بلدية", "والائتلاف", "وقال", "عبد"):
        assert not inert[w], w
    assert inert["أن"]
