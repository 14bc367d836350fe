"""Place cues that name no place (issue 14, session 28): a definite cue (the region already
known) and a counted cue (a number of communes) are followed by the sentence going on, not by a
name.  Sentences written for these tests in the style of the embedded corpus and of Saudi news;
the places after an indefinite cue, and the capital in apposition, are the neighbours that must
still be found."""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


def test_a_definite_place_cue_is_followed_by_no_name():
    got = places("وأشار التقرير إلى أن المنطقة حشدت خلال السنوات الخمس أكثر من 900 مليار دونغ.")
    assert "حشدت" not in got and got == []
    got = places("وطالب السكان البلدية بتسريع رصف الطريق، وقالت إن البلدية طرحت المشروع.")
    assert not any(g.startswith(("طرحت", "بتسريع")) for g in got)


def test_a_counted_place_cue_is_followed_by_no_name():
    got = places("وحتى الآن، هناك 9 بلديات من أصل 16 بلدية تستوفي معايير الريف الجديد.")
    assert "تستوفي" not in got


def test_an_indefinite_cue_and_the_capital_still_name_their_place():
    assert "دا باك" in places("عقدت لجنة الحزب في منطقة دا باك مؤتمرها الثامن عشر.")
    assert "أوسلو" in " ".join(places("وصل الوزير إلى العاصمة أوسلو في زيارة رسمية."))


# --- the second place of a dual place cue (entities/dual_places.py) ---

def test_a_dual_place_cue_names_two_places():
    got = places("وتتركز الإصابات في منطقتي موونغ نهي وتوا تشوا، حسب المركز الطبي.")
    assert "موونغ نهي" in got and "توا تشوا" in got
    got = places("وبدأ العمل في بلديتي نغيا هونغ وكوينه نغي الأسبوع الماضي.")
    assert "نغيا هونغ" in got and "كوينه نغي" in got


def test_no_second_place_from_prose_or_a_single_cue():
    # after the dual cue, a verb joined by و is the sentence going on
    got = places("وتتركز الإصابات في منطقتي موونغ نهي وأكد المدير أهمية المشروع.")
    assert "موونغ نهي" in got and not any("أكد" in g for g in got)
    # a single (not dual) cue announces one place: the word after و is not a second one
    got = places("وافتتحت في بلدية فو لوك والمدارس المجاورة فصول جديدة.")
    assert not any("مدارس" in g for g in got)
