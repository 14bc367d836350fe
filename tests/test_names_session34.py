"""Session 34 (lead): a month or weekday that is also a given name opens a name after a cue
(``date_given`` in ``entity_cues.csv``).

Every sentence was written for these tests in the style of Saudi news (no corpus text)."""
from __future__ import annotations

import pytest

from arnews.entities import find_names


def _people(text: str) -> list[str]:
    d = find_names(text)
    return d.loc[d["type"] == "person", "surface"].tolist() if len(d) else []


@pytest.mark.parametrize("text, name", [
    ("وأكد الرئيس التركي رجب طيب أردوغان أن بلاده ماضية في الحرب على الإرهاب", "رجب طيب أردوغان"),
    ("وقال الرئيس التركي رجب طيب اردوغان ان الحكومة الجديدة ستتشكل قريبا", "رجب طيب اردوغان"),
    ("وسجل اللاعب رمضان صبحي الهدف الأول في الدقيقة الأخيرة", "رمضان صبحي"),
    ("وأوضح المتحدث الرسمي خميس الزهراني أن الفرق الميدانية باشرت الحادث", "خميس الزهراني"),
    ("وقال الرئيس الشيشاني رمضان قديروف إن القوات تلاحق المسلحين", "رمضان قديروف"),
])
def test_a_month_that_is_a_given_name_opens_a_name_after_a_cue(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "وأعلن الأمير في رمضان الماضي عن المبادرة",  # the month, before الماضي
    "وبدأ الموسم في شهر رجب الماضي بحضور كبير",
    "ووقع المدير في 12 رجب 1436 عقد المشروع",  # a date
    "وألقى إمام جمعة طهران خطبته أمس",  # جمعة stays the prayer (not date_given)
    "وقال المدير إن رمضان شهر الخير والبركة",  # no cue right before it
    "وأكد الوزير يوم الخميس المقبل موعد الاجتماع",
])
def test_the_month_or_weekday_itself_is_no_name(text):
    assert not [n for n in _people(text) if any(w in n for w in ("رمضان", "رجب", "جمعة", "خميس"))]
