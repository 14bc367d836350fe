"""Names session 55 (issue 14; helper fixn3): review6's findings on :mod:`arnews.entities.apposed_people`.

* An unlisted given name that is also an ordinary word (``unlisted_given.csv`` kind ``word``: شهد *witnessed*، كامل
  *complete*) never opens the name of a listed given name after it; one of kind ``name`` (عطا، زكريا) still does.
* A common indefinite word before an office with the article governs it (a construct), no family name:
  ``سمع بشار قول الشاعر``، ``عيد ميلاد سعيد سيدي الرئيس``.
* ``ضيف`` (*guest*) never opens a name before an office; سعيد، كريم، كمال only before a name word
  (``apposed_given_words.csv``).
* A noun in ه on a three-letter base (عقده، قوله) is that noun with his pronoun, no family name; عبده is one.
* An ordinal after a given name right after a facility word is the facility's name (مطار محمد الخامس).

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); people invented."""
from __future__ import annotations

import shutil

import pytest

from arnews import lexicons
from arnews.entities.apposed_people import given_words, unlisted_given, unlisted_openers
from arnews.entities.names import paragraph_names
from arnews.normalize import key
from arnews.text import make_paragraph


def _people(text: str) -> list[str]:
    p = make_paragraph(text, "ar")
    return [p.norm.text[x.start:x.end] for x in paragraph_names(p) if x.type == "person"]


def test_an_ordinary_word_does_not_open_a_listed_name():
    assert key("شهد") in unlisted_given() and key("شهد") not in unlisted_openers()
    assert _people("وقد شهد فيصل البدين المدير الفني للمنتخب المباراة من المدرجات.") == ["فيصل البدين"]
    assert _people("وأدى اللاعب دوره بشكل كامل محمد نور قائد الفريق في الشوط الثاني.") == ["محمد نور"]
    assert _people("وقد شهد محمد العلي مدير الفريق تدريبات الأمس.") == ["محمد العلي"]
    assert key("زكريا") in unlisted_openers()  # (a name with no ordinary reading still opens the run)
    assert _people("وأكد زكريا خالد نور مدير المكتب أن العمل مستمر.") == ["زكريا خالد نور"]
    assert _people("وقدم جميل قاسم مدرب الفريق شكره للاعبين بعد الفوز.") == ["جميل قاسم"]


def test_a_common_noun_before_a_definite_office_is_a_construct():
    assert _people("وكتب أحدهم على اللوحة عيد ميلاد سعيد سيدي الرئيس وسط تصفيق الحضور.") == []
    assert _people("وفي الأمسية سمع بشار قول الشاعر في الرثاء فتأثر كثيرا.") == []
    assert _people("وأكد سالم جهاد المدير العام للشركة أن الأرباح زادت.") == ["سالم جهاد"]
    assert _people("وأعرب نبيل العربي الأمين العام للجامعة عن قلقه.") == ["نبيل العربي"]


def test_guest_opens_no_name_and_an_ordinary_opener_needs_a_name_word():
    assert given_words()[key("ضيف")] == "never" and given_words()[key("كريم")] == "needs_name"
    assert _people("ووصل ضيف البرنامج الشاعر المعروف إلى الاستوديو مبكرا.") == []
    assert _people("وكان ضيف اللقاء المدير التنفيذي للشركة.") == []
    assert _people("وكان كريم الأصل رئيس الجمعية حاضرا في الحفل.") == []
    assert _people("وأوضح سعيد الحربي مدير المكتب أن الطلبات زادت.") == ["سعيد الحربي"]


def test_a_noun_with_his_pronoun_is_no_family_name():
    assert "ماجد عقده" not in _people("وأنهى ماجد عقده مدرب الفريق بالتراضي مع الإدارة.")
    assert _people("ونقل عن سلطان قوله مدير الإدارة إن المشروع تأخر.") == []
    assert _people("وأكد محمد عبده مدير المدرسة أن الاختبارات تبدأ غدا.") == ["محمد عبده"]


def test_an_ordinal_after_a_facility_word_names_the_facility():
    assert _people("وفي مطار محمد الخامس مدير المطار استقبل الوفد.") == []
    assert _people("وافتتح جسر عبدالله الأول مدير المشروع بحضور المسؤولين.") == []


def test_unlisted_kinds_are_checked(tmp_path, monkeypatch):
    folder = tmp_path / "lex"
    shutil.copytree(lexicons.lexicon_path("unlisted_given.csv").parent, folder)
    with open(folder / "unlisted_given.csv", "a", encoding="utf-8") as f:
        f.write("غدير,Ghadir (also: pond),name\nنسيم,Nasim (also: breeze)\n")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(folder))
    lexicons.reload()
    try:
        assert key("غدير") in unlisted_openers() and key("نسيم") in unlisted_given()
        assert key("نسيم") not in unlisted_openers()  # (no kind: an ordinary word)
        with open(folder / "unlisted_given.csv", "a", encoding="utf-8") as f:
            f.write("سحر,Sahar (also: magic),other\n")
        lexicons.reload()
        with pytest.raises(ValueError, match="^unlisted_given.csv: سحر: kind must be one of name, word"):
            unlisted_given()
    finally:
        monkeypatch.delenv("ARNEWS_LEXICONS")
        lexicons.reload()
    assert key("غدير") not in unlisted_openers()
