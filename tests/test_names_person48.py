"""Names session 45 (issue 14, people; helper person48): two words between a verb of saying and what closes the
speaker's slot (إن / أن, a colon, an office, الذي) are a person (:mod:`arnews.entities.speech_pairs`).

News names a speaker right after the verb; the older passes read him only when every word of the name looks like a
name word, and a given name beside an ordinary or middling word (نجم *star*, شمالي *northern*, الشعبي *popular*)
was lost.  Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus);
the people are invented.  Neighbours that must NOT match: a frequent plural noun, an office or a dual first, a
plural construct, the participle of saying after a one-word name (قائلا), a noun behind a preposition (بقوة), a
time word (اليوم), *another* (آخر), two people joined by و, and a pair no closer ends."""
from __future__ import annotations

import pytest

from name_checks import names


def _people(text):
    return [s for s, t in names(text) if t == "person"]


@pytest.mark.parametrize("text,person", [
    ("وقال سامي نجم، مستشار الهيئة للشؤون القانونية، إن اللائحة الجديدة تدخل حيز التنفيذ مطلع الشهر.", "سامي نجم"),
    ("وقال هشام شمالي المسؤول في إدارة المرور إن الحملة مستمرة حتى نهاية الأسبوع.", "هشام شمالي"),
    ("وأوضح خالد الشعبي أن فرق البلدية أزالت أكثر من مئتي لوحة مخالفة.", "خالد الشعبي"),
    ("وأكد عادل شمس: إن المشروع يخدم أهالي القرى المجاورة.", "عادل شمس"),
    ("وقال رايموند كوليت، نائب رئيس الشركة للعمليات، إن المصنع سيفتتح العام المقبل.", "رايموند كوليت"),
    ("وقالت نوال الباشا التي تدير المبادرة منذ عامين إن الإقبال فاق التوقعات.", "نوال الباشا"),
])
def test_two_word_speaker_is_a_person(text, person):
    assert person in _people(text), names(text)


@pytest.mark.parametrize("text,not_person", [
    ("وقالت مصادر مطلعة إن الاجتماع أرجئ إلى الأسبوع المقبل.", "مصادر مطلعة"),
    ("وقال مسؤول أمني إن الدوريات انتشرت في الأحياء الشرقية.", "مسؤول أمني"),
    ("وقال شخصان مقربان من اللجنة إن القرار لم يتخذ بعد.", "شخصان مقربان"),
    ("وقال معارضو المشروع: إنه يضر بالمزارعين.", "معارضو المشروع"),
    ("وأضاف الحارثي قائلا: إن الفريق جاهز للمباراة.", "الحارثي قائلا"),
    ("ونفى المتحدث بقوة أن تكون الوزارة قد تأخرت في صرف المستحقات.", "المتحدث بقوة"),
    ("وأضاف سالم اليوم إن العمل سينتهي قريبا.", "سالم اليوم"),
    ("وقال مغرد آخر إن الصور قديمة.", "مغرد آخر"),
    ("وقال عبدالله للوطن إن الطريق سيفتح الأسبوع المقبل.", "عبدالله للوطن"),  # ل + the article: told a newspaper
])
def test_not_a_two_word_speaker(text, not_person):
    assert not_person not in _people(text), names(text)


def test_two_people_joined_by_and_are_no_one_name():
    text = "وقال بيركنز وماي إن الخطة قابلة للتطبيق."
    assert "بيركنز وماي" not in _people(text), names(text)


def test_no_closer_no_pair():
    text = "وقال خالد الشعبي في تصريح صحفي عقب الاجتماع كلاما مطولا."
    assert "خالد الشعبي" not in _people(text), names(text)
