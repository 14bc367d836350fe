"""Golden tests for quantities, round 40 of issue 13 (branch q40): error classes pooled over the
development sets blind21-35 (both readers), chosen for how many sets and outlets they recur in.

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value, unit and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from quantity_checks import assert_figure, assert_no_figure


# -- 1. a masculine construct dual right before the two things it names (construct_pairs.py)
def test_construct_dual_before_a_named_pair():
    assert_figure("ويعقد مدربا الاتحاد والأهلي مؤتمرا صحفيا مساء الغد", "مدربا", kind="count", value=2, unit="مدرب")
    assert_figure("وأكد أنه لا تسوية إلا إذا تحقق شرطا الأمن والاستقرار في المنطقة", "شرطا",
                  kind="count", value=2, unit="شرط")
    assert_figure("وتتجه الأنظار إلى مواجهة قطبي الرياض الهلال والنصر مساء الجمعة", "قطبي",
                  kind="count", value=2, unit="قطب")
    assert_figure("وحضر مدربا الشباب والفتح اللقاء مع عدد من الإداريين", "مدربا", kind="count", value=2)


def test_nasty_neighbours_of_construct_pairs():
    # a participle of manner with its object, after a comma or after its definite subject
    assert_no_figure("وأشاد بجهود الجهات المعنية، مطالبا الوزارات والهيئات بمزيد من التنسيق", "مطالبا")
    assert_no_figure("وختم الوزير كلمته رافعا الشكر والعرفان للقيادة", "رافعا")
    # a sound plural in construct (its -ون plural is common): the players of two clubs
    assert_no_figure("وتوجه لاعبي الهلال والنصر إلى المعسكر", "لاعبي")
    # three members: a list, no pair
    assert_no_figure("وحضر مدربا الهلال والنصر والاتحاد الاجتماع", "مدربا")
    # a preposition ends the construct: the drivers of trucks, to lanes and directions
    assert_no_figure("وإرشاد قائدي الشاحنات للمسارات والاتجاهات المخصصة", "قائدي")
    # an elative or a time after an accusative singular
    assert_no_figure("واختير لاعبا الأفضل والأكثر تأثيرا", "لاعبا")
    # an adverb, no noun
    assert_no_figure("وكان الحضور كبيرا جدا الرجال والنساء", "جدا")


def test_construct_pair_after_a_preposition_with_pronoun():
    # فيها is a preposition with its pronoun, not an object: the dual subject follows
    assert_figure("وهي المفاوضات التي يشارك فيها وزيرا الدفاع والداخلية", "وزيرا", kind="count", value=2, unit="وزير")


# -- 2. a bare ordinal opening its clause after the next or previous rank of one series (bare_ordinals.py)
def test_bare_ordinal_after_its_neighbour_rank():
    assert_figure("وخرج الطفل الأول سالما من الحادث، أما الثاني فنقل إلى المستشفى", "الثاني", kind="ordinal", value=2)
    assert_figure("وطالب المشتري الثاني بخفض السعر مع أن الأول دفع المبلغ كاملا", "الأول", kind="ordinal", value=1)


def test_nasty_neighbours_of_bare_ordinals_round40():
    # another gender: no member of the same series
    assert_no_figure("وأقيم الحفل الأول في جدة، أما الثانية فكانت فكرة لم تنفذ", "الثانية")
    # no neighbour rank before it
    assert_no_figure("وقال إن الأولى أن تهتم الوزارة بتدريب المعلمين", "الأولى")
    # not opening a clause
    assert_no_figure("وحضر المدير الأول الاجتماع وتحدث الثاني", "الثاني")


# -- 3. a number standing alone after a foreign name is a label (name_numbers.py)
def test_number_after_a_foreign_name_is_a_label():
    assert_figure("وانطلقت المركبة سويوز 9 في رحلة إلى المحطة الدولية", "9", kind="label", value=9)
    assert_figure("وأكد التزام بلاده باتفاق مينسك 2، داعيا إلى وقف القتال", "2", kind="label", value=2)


def test_nasty_neighbours_of_name_numbers():
    # a counted noun, a unit, or من after the number: a count
    assert_figure("ووصل إلى مطار هيثرو 20 راكبا سعوديا", "20 راكبا", kind="count", value=20)
    assert_figure("وأصيب في الحادث 20 من المارة", "20 من المارة", kind="count", value=20)
    # an imperfect verb or a pronoun before it
    assert_figure("وقال إن عدد المدارس يتخطى 700، وفق التقرير", "يتخطى 700", kind="count", value=700)
    # a common word before it
    assert_figure("وبلغ عدد القتلى 20، بحسب الشرطة", "20", kind="count", value=20)
