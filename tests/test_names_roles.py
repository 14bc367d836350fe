"""Professions as role cues (issue 14, session 28): a doctor, a lawyer, a film director, a singer,
a painter or a banker before a transliterated or unlisted name announces a person, not a place.
Sentences written for these tests; the neighbours are a profession word that names nobody (an
emergency exit) and the family name القاضي, which stays a name."""
from __future__ import annotations

from name_checks import names


def people(text):
    return [s for s, t in names(text) if t == "person"]


def test_a_profession_before_a_name_announces_a_person():
    assert "لينا كارفو" in people("وقالت الطبيبة البيطرية لينا كارفو إن الحيوان تعافى.")
    assert "توماس فيرليني" in people("وأوضح الطبيب الإيطالي توماس فيرليني أن العملية نجحت.")
    assert "سوريش كومار" in people("وبحسب مخرج الفيلم سوريش كومار فإن التصوير انتهى.")
    assert "هالة زيدان" in people("أما المحامية هالة زيدان فطالبت بتأجيل الجلسة.")


def test_no_person_after_a_profession_word_that_names_nobody():
    assert people("وأغلقت إدارة المبنى مخرج الطوارئ الرئيسي أمس.") == []
    # the masculine judge is also a family name: it stays part of the name
    assert "محمد القاضي" in people("وقال اللاعب محمد القاضي إن الفريق جاهز.")
