"""Names session 55 (issue 14, people without a cue; helper names59c).

A listed given name and one or two name words right before an office in apposition are a person
(:mod:`arnews.entities.apposed_people`): ``مع فيصل البدين المدير الفني``, ``بينه ووائل السعيد مدير الكرة``; a given
name the cue list lacks because it is also an ordinary word (``unlisted_given.csv``: طيب، جميل، فريد) opens such a
name only before a name word (``طيب آغا رئيس المكتب``).

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); the people are
invented.  Neighbours that must NOT match: a given name and the office's own word (محمد الرئيس), a given name alone
before an office (خالد مدير المكتب), an unlisted given name's ordinary reading (شهد حضور رئيس النادي، صباح اليوم
رئيس), the inner words of a longer name (وتولى أختر منصور منصب نائب), a time word after the given name."""
from __future__ import annotations

import shutil

from arnews import lexicons
from arnews.entities.apposed_people import unlisted_given
from arnews.entities.names import paragraph_names
from arnews.normalize import key
from arnews.text import make_paragraph


def _names(text: str) -> list[tuple[str, str]]:
    p = make_paragraph(text, "ar")
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


def _people(text: str) -> list[str]:
    return [s for s, t in _names(text) if t == "person"]


def test_listed_given_and_a_word_before_an_office():
    assert _people("وعقد المنتخب اجتماعا أمس مع فيصل البدين المدير الفني للفريق لمناقشة خطة الإعداد.") == ["فيصل البدين"]
    assert _people("وينتظر أن يعاود سامي نور قائد الفريق تدريباته الأسبوع المقبل.") == ["سامي نور"]


def test_given_glued_to_wa_before_an_office():
    assert _people("بعد توتر العلاقة بينه ووائل السعيد مدير الكرة بالنادي في الأيام الأخيرة.") == ["وائل السعيد"]


def test_office_after_a_comma():
    assert _people("وزار الوفد المصنع برفقة وائل نور، مدير العلاقات العامة بالشركة.") == ["وائل نور"]


def test_unlisted_given_before_a_name_word_and_an_office():
    assert key("طيب") in unlisted_given() and key("زكريا") in unlisted_given()
    assert _people("وأكدت مصادر في الحركة أن طيب آغا رئيس المكتب السياسي قدم استقالته.") == ["طيب آغا"]


def test_unlisted_given_before_a_listed_run_opens_it():
    assert _people("وتحالف الحزب مع قادة محليين على غرار عطا سالم نور، زعيم الحرب السابق.") == ["عطا سالم نور"]


def test_not_before_a_person_noun_nor_a_glued_clause():
    assert "إبراهيم صوت" not in _people("سمع إبراهيم صوت الطفل في الغرفة المجاورة.")
    assert _people("الصورة لعمران حيدر وأفاد المهندس بأن العمل انتهى.") == []


def test_not_a_plain_word_after_a_title():
    assert "سعد الجديد" not in _people("وقال المهندس سعد الجديد المدير إن المشروع تأخر.")


def test_not_after_a_foreign_particle_nor_before_a_future_verb():
    assert "ماريا سيحرص" not in _people("وبمساعدة دي ماريا سيحرص المهاجم على الفوز باللقب.")


def test_not_a_word_with_a_pronoun_read_as_an_unlisted_name():
    assert _people("وتعثرت الصفقة بسبب رفض ناديه لإعارة اللاعب لمدة موسم.") == []
    assert _people("وكانت نادية السقاف رئيسة اللجنة قد زارت المخيم.") == ["نادية السقاف"]


def test_not_the_office_word_nor_a_given_name_alone():
    assert _people("وفاز محمد الرئيس بالجائزة في الحفل.") == []
    assert _people("التقى خالد مدير المكتب بالوفد الزائر.") == []
    assert _people("وحضر محمد اليوم مدير الإدارة الاجتماع.") == []


def test_unlisted_given_in_its_ordinary_reading():
    assert _people("شهد حضور رئيس النادي وأعضاء مجلس الإدارة.") == []
    assert _people("وصل صباح اليوم رئيس الوزراء إلى العاصمة.") == []
    assert _people("قدم فضل كبير رئيس الجمعية للمتطوعين.") == []


def test_not_inside_a_longer_name():
    assert all("منصب" not in s for s in _people("وتولى أختر منصور منصب نائب رئيس مجلس الشورى سنوات طويلة."))


def test_unlisted_given_is_the_glossed_csv(tmp_path, monkeypatch):
    rows = lexicons.read_lexicon("unlisted_given.csv")
    assert rows and all(r["gloss"].strip() for r in rows)
    folder = tmp_path / "lex"
    shutil.copytree(lexicons.lexicon_path("unlisted_given.csv").parent, folder)
    with open(folder / "unlisted_given.csv", "a", encoding="utf-8") as f:
        f.write("غدير,Ghadir (also: pond)\n")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(folder))
    lexicons.reload()
    try:
        assert key("غدير") in unlisted_given()
    finally:
        monkeypatch.delenv("ARNEWS_LEXICONS")
        lexicons.reload()
    assert key("غدير") not in unlisted_given()
