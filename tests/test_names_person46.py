"""Names session 43 (issue 14, people; helper person46): a found person's one-word part framed by kin, a call or a
list of people (:mod:`arnews.entities.part_echoes`).

Within one article, once a person is found with two words or more, his family name alone names him again right after
a kinship or bereavement noun (``والد العمري``, ``ذوي البارقي``), after the vocative (``يا حسيني``, the article
dropped), and in a list of people: glued to و right after a person (``سعد زغلول والنحاس``) or right before و + a
person.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented or public figures in invented sentences.  Neighbours that must NOT match: the part after و following a
word that is no person (``أعضاء النادي والعمري``), a kin word before a word no found person has, a part two found
people share, and the part after a kin word with no full name in the article."""
from __future__ import annotations

import pytest

from name_checks import article_rows, same_person


_rows, _same_person = article_rows, same_person


@pytest.mark.parametrize("paragraphs,full,part,par", [
    # after a kinship noun
    (("تشييع شهيد الواجب في بارق",
      "شيع المئات الشهيد فهد العمري أمس إلى مثواه الأخير في محافظة بارق.",
      "وقال والد العمري إنه يحتسب ابنه عند الله."), "فهد العمري", "العمري", 2),
    # after a bereavement noun with a glued و
    (("نقل الجثامين",
      "استشهد الجندي سالم الزهراني أثناء أداء واجبه على الحدود الجنوبية.",
      "ووصل جثمان الزهراني إلى مطار الباحة مساء أمس."), "سالم الزهراني", "الزهراني", 2),
    # after the vocative, the article dropped
    (("رحيل زميل",
      "ودعت الأسرة الصحفية أمس الزميل عبدالله الحسيني بعد صراع مع المرض.",
      "رحمك الله يا حسيني فقد كنت أخا للجميع."), "عبدالله الحسيني", "حسيني", 2),
    # in a list, glued to و after a person
    (("قراءة في تاريخ الوفد",
      "كتب المؤرخ فصلا عن الزعيم مصطفى النحاس ودوره في المفاوضات.",
      "وبقي أثر سعد زغلول والنحاس في الحياة السياسية عقودا."), "مصطفى النحاس", "النحاس", 2),
])
def test_part_framed_by_kin_call_or_list(paragraphs, full, part, par):
    rows = _rows(*paragraphs)
    assert _same_person(rows, full, part, par), rows


def test_part_after_a_word_that_is_no_person_stays_unread():
    rows = _rows("تكريم الفريق",
                 "كرم رئيس النادي المهاجم فهد العمري بعد تتويجه هدافا للدوري.",
                 "وحضر الحفل أعضاء النادي والعمري في مقر النادي.")
    assert not any(p == 2 and "العمري" in s for p, s, _, _, _ in rows), rows


def test_kin_word_before_a_part_no_found_person_has():
    rows = _rows("تشييع شهيد", "شيع المئات أمس الشهيد فهد العمري في بارق.",
                 "وقال والد الطفل إن ابنه بخير.")
    assert not any(p == 2 and t == "person" for p, _, t, _, _ in rows), rows


def test_kin_word_and_part_without_a_full_name():
    rows = _rows("تعزية", "وقدم المحافظ التعازي إلى والد العمري في منزله أمس.")
    assert not any(s == "العمري" and src == "part" for _, s, _, src, _ in rows), rows


def test_a_part_two_people_share_is_neither():
    rows = _rows("لقاء ثقافي",
                 "حضر اللقاء الشاعر نزار مدني والكاتب سامي مدني في النادي الأدبي.",
                 "وقال والد مدني إن الأسرة فخورة.")
    assert not any(p == 2 and s == "مدني" and src == "part" for p, s, _, src, _ in rows), rows


# --- a song's credits (song_credits.py) ---------------------------------------------------------------------------

def test_song_credits_name_pen_names_and_bare_given_names():
    from name_checks import names

    got = names("1- على الوعد / كلمات: نجم / ألحان: ماجد الرويلي / توزيع: مهند 2- ليلة / كلمات: فيصل / "
                "ألحان وتوزيع: رعد")
    people = [s for s, t in got if t == "person"]
    assert people == ["نجم", "ماجد الرويلي", "مهند", "فيصل", "رعد"], got


def test_one_credit_label_is_no_list():
    from name_checks import names

    got = names("وردد الجمهور كلمات: نجم في السماء لا يغيب عن الوطن")
    assert not any(s == "نجم" for s, _ in got), got
    got = names("كلمات: وفاء / كلمات: أمل")  # the same label twice: no list of credits
    assert not any(t == "person" for _, t in got), got


def test_a_credit_running_into_a_sentence_stays_unread():
    from name_checks import names

    got = names("ألحان: سهم / كلمات: قصيدة طويلة كتبها الشاعر في الغربة عن أهله وبلده")
    assert ("سهم", "person") in got, got
    assert not any("قصيدة" in s for s, _ in got), got


def test_a_part_after_a_given_name_before_a_listed_person_closes_that_name():
    # سلطان المصري is one man (a given name before the part), not المصري of the article's found person
    rows = _rows("تشكيلة الفريقين",
                 "أشاد المدرب بالحارس ياسر المصري بعد المباراة الودية.",
                 "ويتكون الفريق الثاني من سلطان المصري وفهد الدوسري.")
    assert not any(p == 2 and s == "المصري" for p, s, _, _, _ in rows), rows


def test_a_list_after_a_family_noun_names_families():
    rows = _rows("عزاء",
                 "نعى الشيخ عبدالله البداح زوج ابنته الشيخ محمد الرومي الذي توفي أمس.",
                 "وتقدم المعزون إلى أسرة البداح والرومي بخالص العزاء.")
    assert not any(p == 2 and s == "الرومي" and src == "part" for p, s, _, src, _ in rows), rows


def test_a_part_after_a_rare_given_name_opening_a_list_stays_unread():
    rows = _rows("حفل غنائي",
                 "شارك الموسيقار حسن مصطفى في إعداد ألحان الحفل.",
                 "ويحيي الحفل عدد من النجوم منهم نادية مصطفى وإيهاب توفيق.")
    assert not any(p == 2 and s == "مصطفى" and src == "part" for p, s, _, src, _ in rows), rows
