"""Names, people round 38 (issue 14): a word not shaped like native Arabic is not read as clitic + article +
two letters (فالون is not ف+ال+ون, بالما is not ب+ال+ما), so a transliterated name word stays a name word.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
people are invented.  Neighbours that must NOT change: native words read with a clitic and the article
before a short noun (بالدم, واليد, بالحج, فالله) and the bare article (الان, الحق)."""
from __future__ import annotations

from name_checks import names

from arnews.entities.cues import word_info


def people(text):
    return [s for s, t in names(text) if t == "person"]


def test_a_transliterated_word_is_not_clitic_article_and_two_letters():
    for w in ("فالون", "بالما", "فالتر"):
        wi = word_info(w)
        assert wi.bare == w and not wi.definite and not wi.conj


def test_native_words_keep_their_clitic_reading():
    for w, bare in (("بالدم", "دم"), ("واليد", "يد"), ("بالحج", "حج"), ("فالله", "له"), ("الان", "ان"), ("الحق", "حق")):
        wi = word_info(w)
        assert wi.bare == bare and wi.definite


def test_a_coach_named_like_a_clitic_reading_is_a_person():
    assert people("وقال المدرب الأمريكي جون فالون للصحفيين إن الفريق سيعود أقوى.") == ["جون فالون"]
    assert people("وصرح المدافع الإسباني خوان بالما بأن الفريق جاهز.") == ["خوان بالما"]


def test_the_surname_alone_later_is_the_person_again():
    text = "وأكد الإنجليزي ديفيد فالتر أن المنتخب جاهز، وأضاف فالتر أن الجماهير ستحضر."
    assert "فالتر" in people(text)


def test_native_neighbours_are_no_people():
    assert people("وأصيب الحارس في اليد ونزف بالدم، ثم عاد واليد مضمدة.") == []
    assert people("وتوجه الحجاج إلى المشاعر، فالله يسر لهم أداء الركن بالحج هذا العام.") == []
