"""Names session 39 (issue 14, helper type39): clubs read as people or places in a sports paragraph.

Two cues of :mod:`arnews.entities.clubs`:

- a transliterated run read as a person right after an opponent or transfer word (أمام، من، مع، ضد; أمام is
  read as the title *imam*) and right before a masculine nationality adjective is the club
  (أمام جالاتا سراي التركي، أمام كولجك التركي);
- a listed city glued to و between two masculine nationality adjectives is the next club of a list
  (أمام كولجك التركي ودبي الإماراتي).

Every sentence here is written for these tests in the style of Saudi sports news (none copied from a corpus); the
matches are invented.  Neighbours that must NOT change: a player with a listed given name before his
nationality, a city before a feminine adjective, a country between two adjectives, and the same words outside a
sports paragraph."""
from __future__ import annotations

from name_checks import names

#: a sports paragraph's opening (six sport words), so that the club rules apply
CAMP = "وأنهى الفريق الأول لكرة القدم معسكره الإعدادي بعد أن سجل المهاجم هدفين في المباراة الودية تحت أنظار المدرب"


def test_a_two_word_club_after_amam_is_a_club():
    got = names(CAMP + "، ثم خسر أمام جالاتا سراي التركي بهدف دون رد.")
    assert ("جالاتا سراي", "organisation") in got, got
    assert not any(t == "person" for s, t in got), got


def test_a_one_word_club_after_amam_is_a_club():
    got = names(CAMP + "، وتعادل سلبيا أمام كولجك التركي في المباراة الثالثة.")
    assert ("كولجك", "organisation") in got, got
    assert not any(t == "person" for s, t in got), got


def test_a_city_joined_between_two_clubs_is_a_club():
    got = names(CAMP + "، وفاز في مباراتين أمام كولجك التركي ودبي الإماراتي.")
    assert ("كولجك", "organisation") in got, got
    assert ("دبي", "organisation") in got, got
    assert not any(t == "place" for s, t in got), got


def test_a_city_read_only_with_its_club_adjective():
    got = names(CAMP + "، وتغلب على أخيسار سبور التركي والعين الإماراتي.")
    assert ("العين", "organisation") in got, got
    assert ("أخيسار سبور", "organisation") in got, got


def test_a_player_with_a_given_name_stays_a_person():
    got = names(CAMP + "، وتدرب مع كريستيانو رونالدو البرتغالي قبل المباراة.")
    assert not any(t == "organisation" for s, t in got), got


def test_a_city_before_a_feminine_adjective_stays_a_place():
    got = names(CAMP + "، ثم سافر الوفد السعودي ودبي الإماراتية لم تكن محطته الأخيرة.")
    assert ("دبي", "place") in got, got


def test_a_country_between_two_adjectives_is_left_alone():
    got = names(CAMP + "، وتدرب مع الهلال السعودي والكويت الكويتي.")
    assert not any(s == "الكويت" and t == "organisation" for s, t in got), got


def test_outside_a_sports_paragraph_nothing_changes():
    got = names("ووصل الوفد السعودي ودبي الإماراتي إلى القاهرة لبحث التعاون الاقتصادي بين البلدين.")
    assert not any(t == "organisation" and s == "دبي" for s, t in got), got


def test_a_team_word_opening_the_run_is_left_to_the_team_rule():
    got = names(CAMP + "، وانتهت المباراة بالتعادل أمام فريق جيرسون التركي.")
    assert ("جيرسون", "organisation") in got, got
    assert not any(s.startswith("فريق") for s, t in got), got


# --- مركز before a place cue and a listed place: the seat of a province, not a centre (entities.centres)

def test_the_seat_of_a_province_is_the_province():
    got = names("وتقدمت القوات نحو مدينة الرمادي مركز محافظة الأنبار غربي العراق.")
    assert ("محافظة الأنبار", "place") in got, got
    assert not any(t == "organisation" for s, t in got), got


def test_the_seat_of_a_region_read_after_the_cue():
    got = names("ووصل الوفد إلى أربيل مركز إقليم كردستان أمس.")
    assert ("إقليم كردستان", "place") in got, got
    assert not any(t == "organisation" for s, t in got), got


def test_a_centre_named_on_after_the_place_stays_an_organisation():
    got = names("وافتتح أمير المنطقة مركز منطقة الرياض للتدريب التقني.")
    assert any(t == "organisation" and s.startswith("مركز منطقة الرياض") for s, t in got), got


def test_a_centre_named_after_a_king_stays_an_organisation():
    got = names("وزار الوفد مركز الملك عبدالعزيز التاريخي في الرياض.")
    assert any(t == "organisation" and s.startswith("مركز الملك عبدالعزيز") for s, t in got), got
