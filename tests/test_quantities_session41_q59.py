"""Session 41, helper q59 (ordinals).  Sentences written for these tests.

- The first of two just counted, right after their dual, is an ordinal 1 when the second of the same gender is
  named further on (``قسّم المدرب الحصة إلى جزأين الأول ...، والثاني ...``; both readers of blind44 wrote
  ``مجموعتين الأولى ... والمجموعة الثانية`` so).  With no second named it stays no figure
  (``هدفين الأول ألغاه الحكم``: test_quantities_round8), and so does ``الأولى من نوعها`` after a dual.
"""
from __future__ import annotations

import pytest

from quantity_checks import assert_figure, assert_no_figure


@pytest.mark.parametrize("sentence,surface", [
    ("وقسم الفريق الطبي المرضى إلى مجموعتين الأولى تلقت العلاج التقليدي، والمجموعة الثانية تلقت دواء جديدا",
     "الأولى"),
    ("وقسم المدرب الحصة التدريبية إلى جزأين الأول خصصه للياقة البدنية، والثاني للتدريبات الفنية", "الأول"),
    ("ونظمت الجمعية الخيرية محاضرتين الأولى للرجال عن صلة الرحم والثانية للنساء في قاعة الأفراح", "الأولى"),
    ("وأوضح المتحدث أن الانسحاب جاء لسببين الأول ضعف التمويل، والثاني تأخر المقاول في التسليم", "الأول"),
    ("وتنفذ الأمانة المشروع على مرحلتين الأولى تنتهي مطلع العام المقبل والمرحلة الثانية بعدها بعام", "الأولى"),
])
def test_first_of_a_pair_just_counted(sentence, surface):
    assert_figure(sentence, surface, kind="ordinal", value=1)


@pytest.mark.parametrize("sentence,surface", [
    # no second of the pair named: the old reading stays (test_quantities_round8)
    ("وسجل المهاجم هدفين الأول ألغاه الحكم بداعي التسلل", "الأول"),
    # the second named further on is of the other gender: another series (a match, not a goal)
    ("وسجل المهاجم هدفين الأول ألغاه الحكم، وفي المباراة الثانية سجل هدفا صحيحا", "الأول"),
    # the idiom of novelty after a dual
    ("ووقعت الجامعتان اتفاقيتين الأولى من نوعها في المنطقة، وتلتها اتفاقية ثانية", "الأولى"),
    # no dual before it: a bare الأولى after a plain noun
    ("وقالت الوزارة إن المدارس الأولى في الترتيب تنال جائزة، والمدرسة الثانية تنال شهادة", "الأولى"),
])
def test_first_after_a_pair_not_a_rank(sentence, surface):
    assert_no_figure(sentence, surface)
