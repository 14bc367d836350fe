"""Persons session 53 (names57a, issue 14): a found person's part that the article keeps writing alone.

* a found person's family name (or given name, as :mod:`arnews.entities.part_mentions` picks them) that stands alone
  in a bare slot twice or more in the article names the person everywhere it so stands, however common the word
  (``عسيري``، ``منصور``): :data:`arnews.entities.part_mentions.REPEAT_MIN`;
* not a word written once, not a nationality adjective (``التركي``), not after a definite word it qualifies;
* a foreign particle opens the family name: ``دي خيا`` of ``ديفيد دي خيا``.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented."""
from __future__ import annotations

from name_checks import article_rows, same_person


def test_a_family_name_written_alone_three_times_is_the_poet():
    rows = article_rows("أمسية شعرية في نادي أبها الأدبي",
                        "أحيا الشاعر سعيد حامد عسيري أمسية شعرية في النادي الأدبي بأبها مساء أمس.",
                        "وافتتحت الأمسية بقصيدة للشاعر عسيري عن الوطن، ثم تلتها قصائد في الغزل.",
                        "وفي الجولة الأخيرة ألقى عسيري قصيدة عن المطر.",
                        "وكان حضور عسيري لافتا بين شعراء المنطقة.")
    assert same_person(rows, "سعيد حامد عسيري", "عسيري", 3)
    assert same_person(rows, "سعيد حامد عسيري", "عسيري", 4)


def test_a_common_family_name_repeated_names_the_leader():
    rows = article_rows("الحركة تختار زعيما جديدا",
                        "اختار مجلس الحركة الملا أحمد كريم منصور زعيما جديدا لها.",
                        "ومنذ تنصيب منصور زعيما للحركة تتوالى الانشقاقات في صفوفها.",
                        "واعترض قادة على قرار منصور إرسال وفد إلى المفاوضات.")
    assert same_person(rows, "أحمد كريم منصور", "منصور", 2)
    assert same_person(rows, "أحمد كريم منصور", "منصور", 3)


def test_a_family_name_written_alone_once_stays_unread():
    rows = article_rows("أمسية شعرية في نادي أبها الأدبي",
                        "أحيا الشاعر سعيد حامد عسيري أمسية شعرية في النادي الأدبي بأبها مساء أمس.",
                        "وكان حضور عسيري لافتا بين شعراء المنطقة.")
    assert not any(s == "عسيري" for _, s, _, _, _ in rows)


def test_a_nationality_adjective_is_never_the_man():
    rows = article_rows("زيارة رسمية",
                        "وصل الوزير زياد حمد التركي إلى جدة أمس.",
                        "وأكد أن التعاون التركي مستمر، وأن الدعم التركي لن يتوقف.",
                        "ورحب الجانب التركي بالاتفاق وقال التركي إنه خطوة أولى.")
    assert [s for p, s, t, _, _ in rows if p == 2 and t == "person"] == []


def test_a_family_name_after_a_definite_noun_is_an_adjective():
    rows = article_rows("مسابقة القرآن",
                        "وقال المدير خالد سالم المنصور إن المسابقة تستمر أسبوعا.",
                        "وشهد الحفل النصر المنصور للفريق، وحقق الفريق المنصور لقبه.")
    assert [s for p, s, t, _, _ in rows if p == 2 and t == "person"] == []


def test_a_particle_opens_the_family_name():
    rows = article_rows("مانشستر يجدد لحارسه",
                        "وقال الحارس ديفيد دي خيا إنه سعيد بالبقاء مع فريقه.",
                        "وخضع دي خيا للفحص الطبي أمس، ثم وقع دي خيا عقده لأربعة مواسم.")
    assert same_person(rows, "ديفيد دي خيا", "دي خيا", 2)
