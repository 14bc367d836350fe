"""Names round 38 (issue 14): the states of the United States.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
people are invented.  Each rule comes with neighbours that must NOT match: a state's name that is also a
person's name outside a preposition, a state's name inside another word (تويوتا)."""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


# --- the states of the United States (place_aliases.csv, US-XX) ---

def test_the_states_of_the_united_states_are_places():
    assert places("وضرب الإعصار سواحل فلوريدا، فيما اجتاحت الحرائق غابات كاليفورنيا وتكساس.") == \
        ["فلوريدا", "كاليفورنيا", "تكساس"]
    assert places("ودفنت المغنية في مقبرة بنيوجيرزي قرب منزل والدتها.") == ["نيوجيرزي"]
    assert places("وتتنافس كارولينا الشمالية وأوهايو على استضافة المؤتمر.") == ["كارولينا الشمالية", "أوهايو"]


def test_a_state_that_is_also_a_persons_name_needs_a_preposition():
    assert places("ودرس الطبيب في فيرجينيا قبل أن يعود إلى الرياض.") == ["فيرجينيا", "الرياض"]
    assert places("وقالت فيرجينيا إن الفيلم سيعرض في الصيف.") == []
    assert "يوتا" not in " ".join(places("وطرحت شركة تويوتا طرازها الجديد في السوق."))
