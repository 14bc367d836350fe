"""Names session 41 (issue 14, people; helper person42): a found person named again by one part of the name.

Within one article, once a person is found with two words or more, the family name (or a foreign or rare given
name) alone names that person again right after a verb of saying or acting, alone between quotation marks, or first
in a title before a colon (:mod:`arnews.entities.part_mentions`), also when the part is an ordinary word (شاهين،
صالح، عيد) that the later-mention pass leaves alone.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented.  Neighbours that must NOT match: the part as an ordinary word elsewhere (العمل صالح للاستخدام), a part
two found people share, a frequent given name alone (محمد), a part that opens another man's name after the verb
(وقال صالح الحمدان), the part in quotes with other words, and the part in an article that names no such person."""
from __future__ import annotations

import pytest

from name_checks import article


def _people(*paragraphs) -> list[tuple[int, str, str]]:
    df = article(*paragraphs)
    df = df[df["type"] == "person"]
    return [(int(p), s, e) for p, s, e in zip(df["paragraph"], df["surface"], df["entity_id"])]


def _part_rows(*paragraphs) -> list[tuple[int, str]]:
    df = article(*paragraphs)
    return [(int(p), s) for p, s, src, t in zip(df["paragraph"], df["surface"], df["source"], df["type"])
            if src == "part" and t == "person"]


def _same_person(rows, full: str, part: str) -> bool:
    ids = {e for _, s, e in rows if s == full}
    return bool(ids) and any(s == part and e in ids for _, s, e in rows)


@pytest.mark.parametrize("paragraphs,full,part", [
    # after a verb of saying: the family name is an ordinary word (شاهين *falcon*)
    (("إصدار رواية جديدة عن الشعر الجاهلي",
      "قال الروائي سامي عادل شاهين إن روايته الجديدة تتناول سيرة شاعر جاهلي.",
      "وأوضح شاهين أنه استغرق في كتابتها ثلاث سنوات."), "سامي عادل شاهين", "شاهين"),
    # alone between quotation marks (صالح *good*)
    (("غارات على مواقع الانقلابيين",
      "أكد الرئيس اليمني المخلوع علي عبدالله صالح أنه لن يغادر البلاد.",
      'وقصفت مقاتلات التحالف مواقع لميليشيات الحوثي و"صالح" في محيط المدينة.'), "علي عبدالله صالح", "صالح"),
    # after a verb of acting (تمنى)
    (("ختام بطولة الأندية",
      "قال رئيس اتحاد الكرة أحمد بن عيد إن البطولة نجحت تنظيميا.",
      "وتمنى عيد أن تكون البطولة القادمة أقوى فنيا."), "أحمد بن عيد", "عيد"),
    # a foreign given name after the verb (كاثي)
    (("رحيل زوج مذيعة أمريكية",
      "قالت الممثلة الأمريكية كاثي جيفورد إن زوجها توفي في منزله.",
      "وكتبت كاثي في تغريدة أنها تشعر بامتنان كبير لمحبيها."), "كاثي جيفورد", "كاثي"),
])
def test_part_after_a_verb_or_in_quotes(paragraphs, full, part):
    rows = _people(*paragraphs)
    assert _same_person(rows, full, part), rows


def test_part_opens_a_title_before_a_colon():
    rows = _people("الغامدي: الموسم المقبل أصعب",
                   "قال مدرب الفريق سعيد عطية الغامدي إن الموسم المقبل سيكون أصعب من سابقه.")
    assert (0, "الغامدي") in [(p, s) for p, s, _ in rows], rows


@pytest.mark.parametrize("paragraphs", [
    # the part as an ordinary word, in no person's slot
    ("إطلاق مبادرة لترشيد المياه",
     "أكد الرئيس اليمني المخلوع علي عبدالله صالح أنه لن يغادر البلاد.",
     "وأضاف أن الماء في الخزانات صالح للشرب بعد تنقيته."),
    # two found people share the family name: which one speaks is not known
    ("ندوة عن التراث",
     "شارك الباحث خالد ناصر شاهين والكاتب سامي عادل شاهين في الندوة.",
     "وقال شاهين إن التراث يحتاج إلى توثيق."),
    # the part in quotes with other words
    ("حملة توعية",
     "أكد الرئيس اليمني المخلوع علي عبدالله صالح أنه لن يغادر البلاد.",
     'ورفعت الحملة شعار "صالح للجميع" في المدارس.'),
    # no such person in the article
    ("افتتاح معرض الكتاب", "وقال عيد إن المعرض يستقبل الزوار يوميا."),
])
def test_no_part_mention(paragraphs):
    assert _part_rows(*paragraphs) == []


def test_frequent_given_name_is_no_part():
    # محمد names many men: the part is the family name only
    rows = _part_rows("لقاء مع الشاعر", "قال الشاعر محمد سالم العتيبي إن الشعر ديوان العرب.",
                      "وقال محمد إن أمسيته المقبلة في جدة.")
    assert rows == []


def test_part_that_opens_another_name():
    # وقال صالح الحمدان: another man, whom the name finder reads as a whole; never صالح of علي عبدالله صالح
    df = article("أزمة اليمن", "أكد الرئيس اليمني المخلوع علي عبدالله صالح أنه لن يغادر البلاد.",
                 "وقال صالح الحمدان إن المفاوضات متعثرة.")
    assert not any(s == "صالح" for s in df[df["source"] == "part"]["surface"]), df


def test_two_word_family_part():
    # رامي عبد الرحمن -> عبد الرحمن after a verb; علي بن الحسين -> بن الحسين (على is no given name after it)
    rows = _people("تقرير المرصد", "قال مدير المرصد رامي عبد الرحمن إن القصف مستمر منذ الصباح.",
                   "وذكر عبد الرحمن أن الجبهة تقدمت في الريف الشمالي.")
    assert _same_person(rows, "رامي عبد الرحمن", "عبد الرحمن"), rows
    rows = _people("سباق رئاسة الاتحاد الدولي", "أعلن الأمير علي بن الحسين ترشحه لرئاسة الاتحاد.",
                   "وشدد بن الحسين على ضرورة إصلاح اللعبة.")
    assert _same_person(rows, "علي بن الحسين", "بن الحسين"), rows


def test_no_part_in_a_religious_formula():
    # قال الله تعالى، أبي طالب رضي الله عنها: neither God nor the eulogy's verb is a person's part
    rows = _part_rows("خطبة الجمعة", "وقال الداعية عبدالرحمن بن أبي طالب الحربي إن التقوى أساس العمل.",
                      "كما قال الله تعالى في كتابه، وسمعت أم هانئ بنت أبي طالب رضي الله عنها تقول ذلك.")
    assert not any(s in ("الله", "رضي") for _, s in rows), rows


def test_part_after_an_office_or_a_leaders_noun():
    # الرئيس هادي، قوات هادي: after a title or office with the article, or a noun whose genitive is a leader
    rows = _people("معارك في الجنوب", "قال الرئيس اليمني عبد ربه منصور هادي إن الحرب ستنتهي قريبا.",
                   "وأوضح الرئيس هادي خلال اجتماعه بالمستشارين أن الخطة جاهزة.",
                   "وتقدمت قوات هادي نحو المدينة من الجهة الشرقية.")
    parts = [(p, s) for p, s, e in rows if s == "هادي"]
    assert (2, "هادي") in parts and (3, "هادي") in parts, rows
    # the office before another man's name (هادي العتيبي) gives no part of the president
    df = article("معارك في الجنوب", "قال الرئيس اليمني عبد ربه منصور هادي إن الحرب ستنتهي قريبا.",
                 "وقال المدير هادي العتيبي إن العمل مستمر.")
    assert not any(s == "هادي" for s in df[df["source"] == "part"]["surface"]), df


def test_parts_only_of_names_that_open_like_names():
    # a run a cue announced that opens with an ordinary word (محترف وفق، بيان شومر إنه) gives no part; a name opening
    # with a given name, a foreign word or holding بن does
    from arnews.entities.part_mentions import _parts

    def row(surface, eid):
        return ["a", 1, 0, len(surface), surface, eid, "person", "", "", "", "body", "cue", 0.9]

    assert _parts([row("محترف وفق", "~x"), row("بيان شومر إنه", "~y")]) == {}
    got = _parts([row("سامي عادل شاهين", "~s"), row("أندري دودا", "~d"), row("أحمد بن عيد", "~e")])
    assert got[("شاهين",)] == {"~s"} and got[("دودا",)] == {"~d"} and got[("عيد",)] == {"~e"}
    assert got[("بن", "عيد")] == {"~e"}
