"""Names session 54 (issue 14, people; helper names58e).

1. The person nouns (المفكر، المبتعث، الطفلة، الناشط، زميله، الخبير، الحكم) are the glossed ``person_nouns.csv``, not a
   Python literal: :func:`arnews.entities.person_nouns.person_nouns` reads it (and a lexicon folder of one's own).
2. A bare given name after a kinship noun with its possessive (ابنته، زوجها، شقيقه، والده، نجله), a child's noun
   (الطفل، الرضيع، الفتى) or a naming word (اسمه، يدعى، المدعو) is a person (:mod:`arnews.entities.kin_names`),
   past one or two common definite adjectives (ابنه الأكبر), running on over given names, بن and a rare family name.

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); the people are
invented.  Neighbours that must NOT match: the cue before an adjective or a common noun only (الطفل الصغير، ابنه
البكر، اسمه الحقيقي), before a preposition written علي, before a rare definite given name taken for an adjective."""
from __future__ import annotations

import shutil

import pytest

from arnews import lexicons
from arnews.entities.names import paragraph_names
from arnews.entities.person_nouns import person_nouns
from arnews.normalize import key
from arnews.text import make_paragraph


def _names(text: str) -> list[tuple[str, str]]:
    p = make_paragraph(text, "ar")
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


def test_person_nouns_are_the_glossed_csv():
    assert person_nouns() == frozenset(key(w) for w in (
        "مفكر مفكرة مبتعث مبتعثة طفل طفلة ناشط ناشطة زميله خبير خبيرة حكم الحكم".split()))
    rows = lexicons.read_lexicon("person_nouns.csv")
    assert all(r["gloss"].strip() for r in rows)


def test_person_nouns_follow_the_lexicon_folder(tmp_path, monkeypatch):
    folder = tmp_path / "lex"
    shutil.copytree(lexicons.lexicon_path("person_nouns.csv").parent, folder)
    with open(folder / "person_nouns.csv", "a", encoding="utf-8") as f:
        f.write("مهندس,engineer\n")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(folder))
    lexicons.reload()
    try:
        assert key("مهندس") in person_nouns()
    finally:
        monkeypatch.delenv("ARNEWS_LEXICONS")
        lexicons.reload()
    assert key("مهندس") not in person_nouns()


@pytest.mark.parametrize("text,person", [
    ("وقال المواطن إن ابنه سلطان نقل إلى المستشفى بعد الحادث مباشرة", "سلطان"),
    ("واحتفل رجل الأعمال بزواج نجله فيصل في قاعة الأفراح بالرياض", "فيصل"),
    ("وكشف أن شقيقه الأصغر ماجد أصيب في المواجهات الأخيرة", "ماجد"),
    ("وأصيب في الحادث والده سعود والدته وشقيقه عبدالرحمن بجروح", "عبدالرحمن"),
    ("ويتقبل العزاء على جوال ابنها نايف خلال الأيام الثلاثة", "نايف"),
    ("وقال رجل من سكان الحي يدعى خالد إن الأمطار غمرت الشوارع", "خالد"),
    ("وظهر في المقطع شاب اسمه منصور يطالب بحقوق العمال", "منصور"),
    ("وتابعت الأم حالة ابنها الثاني فهد طوال الليل", "فهد"),
    ("وشمل القرار الرئيس السابق وابنه أحمد علي عبدالله صالح بالعقوبات", "أحمد علي عبدالله صالح"),
    ("ونقل الرضيع يوسف بن ناصر الجاسر إلى العناية المركزة", "يوسف بن ناصر الجاسر"),
])
def test_given_name_after_kin_child_or_naming_word(text, person):
    assert (person, "person") in _names(text)


@pytest.mark.parametrize("text,word", [
    ("وأصيب الطفل الصغير بجروح طفيفة في الحادث", "الصغير"),
    ("وكان ابنه البكر يعمل في شركة خاصة", "البكر"),
    ("وكشف الفنان أن اسمه الحقيقي غير معروف للجمهور", "الحقيقي"),
    ("وحصل ابنه علي شهادة التفوق هذا العام", "علي"),
    ("وخطفت الطفلة البحرينية الزين طارق الأنظار في البطولة", "طارق"),
])
def test_no_person_from_an_adjective_a_preposition_or_a_rare_name_read_as_one(text, word):
    assert not any(word == s and t == "person" for s, t in _names(text))
