"""Golden tests for ordinals, round 52 of issue 13 (branch q52): the edition of a regional cup
(``خليجي 23``), names with an ordinal (``العالم الثالث``), the match of a rank after a verb of
winning or losing (``خسر الأولى``), a rank said of its subject (``هي الثانية فقط``).

Every sentence here was written for these tests in the style of the news (no corpus text), each
rule with the near neighbours that must NOT fire."""
from __future__ import annotations

import pytest

from quantity_checks import assert_figure, assert_no_figure


# -- the edition of a regional cup: an ordinal, as الدورة الـ 15
EDITIONS = [
    ("وتستعد الدوحة لاستضافة خليجي 25 في الشتاء المقبل", "خليجي 25", 25),
    ("وأعلن الاتحاد تأجيل «خليجي 24» إلى موعد يحدد لاحقا", "خليجي 24", 24),
    ("ويشارك منتخب الناشئين في «عربي 14» لكرة الطائرة بالقاهرة", "عربي 14", 14),
    ("وكانت البحرين قد أحرزت لقب خليجي 24 على أرض قطر", "خليجي 24", 24),
    ("وحقق المنتخب نتائج جيدة عند استضافة المملكة لخليجي 21", "لخليجي 21", 21),
]


@pytest.mark.parametrize("sentence,surface,value", EDITIONS, ids=[s for _, s, _ in EDITIONS])
def test_the_edition_of_a_regional_cup_is_an_ordinal(sentence, surface, value):
    assert_figure(sentence, surface, kind="ordinal", value=value)


def test_a_regional_adjective_before_a_counted_number_is_no_edition():
    # an age, a count after a definite adjective, a partitive: not an edition
    assert_figure("وقال شاب عربي 24 عاما إنه فقد أوراقه", "24 عاما", kind="duration", value=24)
    assert_figure("وشنت طائرات التحالف العربي 5 غارات على مواقع المتمردين", "5 غارات", kind="count", value=5)
    assert_figure("وأنقذ مقيم عربي 4 من العمال من الغرق", "4 من العمال", kind="count", value=4)
    assert_no_figure("ويستعد المنتخب لبطولة خليجي23 في الكويت", "23")  # glued: left to the other rules


# -- names with an ordinal: no rank
NAMES = [
    ("وتعاني كثير من دول العالم الثالث من نقص المياه الصالحة للشرب", "العالم الثالث"),
    ("ودعا إلى شراكة بين القطاع الحكومي والقطاع الخاص والقطاع الثالث في التنمية", "والقطاع الثالث"),
    ("وتعمل الجمعية ضمن مؤسسات القطاع الثالث في المنطقة", "القطاع الثالث"),
]


@pytest.mark.parametrize("sentence,surface", NAMES, ids=[s for _, s in NAMES])
def test_third_world_and_third_sector_are_names(sentence, surface):
    assert_no_figure(sentence, surface)


def test_other_ordinals_of_world_and_sector_stay_ranks():
    assert_figure("وحل المنتخب في المركز الثالث على مستوى العالم", "المركز الثالث", kind="ordinal", value=3)
    assert_figure("وبدأ تنفيذ القطاع الثاني من مشروع الطريق الدائري", "القطاع الثاني", kind="ordinal", value=2)


# -- the match of that rank, right after a verb of winning or losing
def test_a_bare_ordinal_after_a_verb_of_losing_is_that_match():
    s = "وخاض الفريق مباراتين وديتين في معسكره، حيث خسر الأولى وتعادل في الثانية"
    assert_figure(s, "الأولى", kind="ordinal", value=1)
    assert_figure(s, "الثانية", kind="ordinal", value=2)
    assert_figure("وخاض النادي ثلاث مباريات تجريبية كسب الأولى بهدفين", "الأولى", kind="ordinal", value=1)
    assert_figure("وتعادل الفريق في لقائه الأول ثم خسر الثانية أمام الوحدة", "الثانية", kind="ordinal", value=2)


def test_no_match_rank_without_the_verb_or_before_a_clock_hour():
    assert_no_figure("وأكد المدرب أن الأولى في أولوياته هي اللياقة", "الأولى")
    # a noun of losing is ranked by the adjective rule, its span the noun and the ordinal
    assert_figure("وقال إن الخسارة الأولى لا تعني نهاية الموسم", "الخسارة الأولى", kind="ordinal", value=1)
    assert_figure("وتعادل الفريقان في الثانية عشرة ظهرا", "الثانية عشرة ظهرا", kind="time")


# -- a rank said of its subject: هي الثانية فقط, هو الأول بعد / منذ
def test_a_rank_said_of_its_subject():
    assert_figure("والخسارة هي الثانية فقط للفريق منذ بداية الموسم", "الثانية", kind="ordinal", value=2)
    assert_figure("وهذه الزيارة هي الأولى بعد توقيع الاتفاقية بين البلدين", "الأولى", kind="ordinal", value=1)
    assert_figure("وهذه المناورة هي الأولى منذ عشر سنوات في المنطقة", "الأولى", kind="ordinal", value=1)


def test_not_a_rank_of_its_subject():
    assert_no_figure("وقال إن الاتفاقية هي الأولى من نوعها في المنطقة", "الأولى")  # the idiom of novelty
    assert_no_figure("وأكد أن سلامة الحجاج هي الأولى عندنا دائما", "الأولى")


# -- أول before the noun it ranks in quotes
def test_first_before_a_quoted_noun():
    assert_figure("وافتتحت البلدية أول «ممشى صحي» في الحي الشرقي", "أول «ممشى صحي»", kind="ordinal", value=1)
    assert_figure('وقال إنها أول "طائرة دون طيار" تصنع محليا', 'أول "طائرة دون طيار"', kind="ordinal", value=1)


def test_no_first_before_a_quoted_name_after_a_title():
    assert_no_figure('وأصيب الرقيب أول "فهد" أثناء المطاردة', 'أول')
    assert_no_figure("وقال الملازم أول «سالم» إن الدورية وصلت", "أول")


# -- a bare ordinal before an adverb of scope is a rank, as 50 عالميا is
SCOPED = [
    ("ويواجه فيدرر السابع عالميا في الدور نصف النهائي", "السابع", 7),
    ("وحلت الجامعة في المرتبة 120 عالميا والثانية عربيا في التصنيف", "والثانية", 2),
    ("المنتخب «الرابع» آسيويا في تصنيف الاتحاد الدولي", "الرابع", 4),
    ("وأكد التقرير أن المملكة هي الأولى خليجيا في عدد براءات الاختراع", "الأولى", 1),
]


@pytest.mark.parametrize("sentence,surface,value", SCOPED, ids=[s for _, s, _ in SCOPED])
def test_a_bare_ordinal_before_a_scope_is_a_rank(sentence, surface, value):
    assert_figure(sentence, surface, kind="ordinal", value=value)


def test_no_scoped_rank_in_the_idiom_of_novelty():
    assert_no_figure("ويعرض الفيلم للمرة الأولى عالميا في المهرجان", "الأولى")
    assert_no_figure("وتطبق التقنية للمرة الأولى محليا بعد تجربة ناجحة", "الأولى")
