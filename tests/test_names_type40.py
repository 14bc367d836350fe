"""Names session 40 (issue 14, helper type40): clubs read as places or people, and a club's English name.

- :mod:`arnews.entities.club_lists`: a listed city that is an item of a list next to a club is the club
  (الأهلي، الوحدة، ونجران); the items of a list after a dual or plural word of clubs are clubs (ناديي الوحدة
  ونجران، أندية الكويت وكاظمة والنصر);
- :mod:`arnews.entities.club_mentions`: a club whose last word is a club's own word (نيوكاسل يونايتد) is named again
  by its city alone (نيوكاسل), unless two clubs of the article share that city (مانشستر سيتي / مانشستر يونايتد);
- :mod:`arnews.entities.club_names`: a club keyed on its city is not named in English as the city.

Every sentence is written for these tests in the style of Saudi sports news (none copied from a corpus); the
clubs' affairs are invented.  Neighbours that must NOT change: a city after a preposition or a body, a list of
places with no club, a dual word before one name, the same words outside a sports paragraph."""
from __future__ import annotations

from arnews.entities import find_names
from name_checks import names

#: a sports paragraph's opening (sport words), so that the club rules apply
LEAGUE = "وأكدت لجنة الاحتراف أن الأندية المشاركة في الدوري مطالبة بتسديد رواتب اللاعبين والمدربين قبل المباراة الأولى"


def test_a_city_among_listed_clubs_is_a_club():
    got = names(LEAGUE + "، وبقيت ثلاثة أندية لم تسدد: الاتفاق، الفيصلي، ونجران حتى مساء أمس.")
    assert ("نجران", "organisation") in got, got
    assert ("نجران", "place") not in got, got


def test_a_city_before_a_club_in_a_list_is_a_club():
    got = names("النصر ونجران والوحدة .. لجنة الاحتراف تنتظر الحوالات قبل انطلاق الدوري")
    assert ("نجران", "organisation") in got, got


def test_a_city_after_a_preposition_stays_the_place():
    got = names(LEAGUE + "، ويخوض الهلال معسكره في الرياض وجدة قبل المباراة.")
    assert ("الرياض", "place") in got and ("جدة", "place") in got, got


def test_a_city_after_a_body_stays_the_place():
    got = names(LEAGUE + "، ووقعت بلدية الخبر والدمام عقد صيانة الملعب مع نادي الاتفاق.")
    assert ("الدمام", "place") in got, got


def test_a_list_of_cities_without_a_club_stays_places():
    got = names(LEAGUE + "، وتقام المباريات في ملاعب الرياض، جدة، والدمام.")
    assert not any(s in ("جدة", "الدمام") and t == "organisation" for s, t in got), got


def test_a_city_among_clubs_outside_sport_stays_the_place():
    got = names("زار الوفد الاتفاق ونجران والفيصلي ضمن جولته على المحافظات.")
    assert not any(s == "نجران" and t == "organisation" for s, t in got), got


def test_the_items_after_a_plural_word_of_clubs_are_clubs():
    got = names(LEAGUE + "، وحدد الاتحاد ملاعب أندية الكويت وكاظمة والنصر لمباريات الدورة.")
    assert ("الكويت", "organisation") in got, got


def test_the_cities_after_a_plural_word_of_clubs_without_a_club_stay_places():
    got = names(LEAGUE + "، وشاركت أندية جدة ومكة والطائف الأدبية في تنظيم الأمسية الشعرية.")
    assert not any(s in ("مكة", "الطائف") and t == "organisation" for s, t in got), got


def test_two_items_after_a_dual_word_of_clubs_are_clubs():
    got = names(LEAGUE + "، وما زالت الشكاوى قائمة على ناديي الفيصلي ونجران في اللجنة.")
    assert ("نجران", "organisation") in got, got


def test_a_dual_word_my_team_before_a_preposition_is_left_alone():
    got = names(LEAGUE + "، وقال إن فريقي في الرياض وجدة يستعد للمباراة.")
    assert ("الرياض", "place") in got and ("جدة", "place") in got, got


def _joined(rows):
    from arnews.entities.club_mentions import join_club_mentions

    rows = [list(r) for r in rows]  # (entity id, type, surface, source, confidence)
    join_club_mentions(rows, 0, 1, 2, 3, 4)
    return rows


def test_a_club_is_named_again_by_its_city_alone():
    rows = _joined([("~org:Newcastle-United", "organisation", "نيوكاسل يونايتد", "listed", 0.8),
                    ("~نيوجاسل", "person", "نيوكاسل", "recurrence", 0.6),
                    ("~ونيوجاسل", "person", "ونيوكاسل", "translit", 0.5)])
    assert rows[1][0] == rows[2][0] == "~org:Newcastle-United", rows


def test_a_cued_person_and_a_club_without_its_own_word_are_left_alone():
    rows = _joined([("~org:Newcastle-United", "organisation", "نيوكاسل يونايتد", "listed", 0.8),
                    ("~نيوجاسل", "person", "نيوكاسل", "cue", 0.7),  # (a title or given name read it)
                    ("~org:Real-Madrid", "organisation", "ريال مدريد", "listed", 0.8),
                    ("~ريال", "person", "ريال", "translit", 0.5)])  # (ريال is a club's own word, not its city)
    assert rows[1][0] == "~نيوجاسل" and rows[3][0] == "~ريال", rows


def test_a_city_two_clubs_share_is_joined_to_neither():
    d = find_names("تغلب مانشستر يونايتد على مانشستر سيتي في الدوري الإنجليزي. وقال مدرب الفريق إن مانشستر "
                   "قدم مباراة كبيرة أمام الجماهير.")
    united = set(d.loc[d.surface == "مانشستر يونايتد", "entity_id"])
    city = set(d.loc[d.surface == "مانشستر سيتي", "entity_id"])
    bare = set(d.loc[d.surface == "مانشستر", "entity_id"])
    assert united and city and not (bare & (united | city)), d[["surface", "entity_id"]]


def test_a_club_keyed_on_its_city_is_not_named_as_the_city():
    d = find_names("وأعلن روما الإيطالي التعاقد مع المهاجم قبل المباراة في الدوري. ووصل اللاعب إلى روما أمس.")
    club = d[(d.surface == "روما") & (d.type == "organisation")]
    assert len(club), d[["surface", "type", "name_en"]]
    assert set(club.name_en) == {"Rome (club)"}, d[["surface", "type", "name_en"]]


def test_a_club_name_takes_its_own_words_in_english():
    from arnews.entities.club_names import club_name_en
    from arnews.entities.places import place_index

    pid = next(pid for words, pid, _ in place_index().names.get("مانشستر", ()) if len(words) == 1)
    assert club_name_en("مانشستر يونايتد", pid) == "Manchester United"
    assert club_name_en("مانشستر", pid) == "Manchester (club)"
    assert club_name_en("مانشستر", "geo:nowhere") == ""


def test_a_run_with_spor_is_a_turkish_club():
    got = names("وخسر الفريق مباراته الودية الثانية في المعسكر أمام كارابوك سبور بهدفين، بعد أن سجل المهاجم في المباراة الأولى.")
    assert any("سبور" in s and t == "organisation" for s, t in got), got
    assert not any("سبور" in s and t == "person" for s, t in got), got


def test_a_sport_network_is_no_turkish_club_but_no_person_either():
    got = names("وقال المدرب في تصريحات لشبكة سكاي سبورتس إن المباراة المقبلة في الدوري صعبة.")
    assert not any("سبورتس" in s and t == "person" for s, t in got), got
