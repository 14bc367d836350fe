"""Names session 43 (issue 14, people; helper person45): prose that a person's name swallowed is cut off.

A person found from a cue runs over the word after the name when that word is rare or unlisted enough to look like
more of it; the run-on span is then a different entity from the same man's other mentions.  Three more kinds of prose
end the name (:mod:`arnews.entities.persontails`): a common indefinite word after a nasab (``الأمير تركي بن طلال
قادة الأجهزة``: the family name closing a nasab is definite, follows آل, or is a nisba), a noun with an attached
pronoun on a common base (``تعازيه``، ``مستحقاته``), and a past verb by its shape (``أبدى``، ``ارتدى``، ``قابلت``،
``باتوا``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented.  Neighbours that must NOT be cut: a nisba family name after a nasab (``علي بن حسن عسيري``), the name
patterns فاعل, فعلان and فيعل after a nasab (``عارف``، ``رضوان``، ``طيب``), a four-letter name in ت (``أيمن بهجت``), a
definite family name (``ناصر بن علي القحطاني``), given names ending in ى (``يحيى موسى``، ``ليلى``), a family name
ending in ه on a rare base (``حمزة عكاشه``); and ordinary uses of words that are also given names (عيد، خلف، باسم،
أمل) are no person."""
from __future__ import annotations

import pytest

from name_checks import article


def _people(*paragraphs):
    df = article(*paragraphs)
    return [s for s, t in zip(df["surface"], df["type"]) if t == "person"]


@pytest.mark.parametrize("sentence,person", [
    # a common indefinite word after a nasab: prose
    ("التقى الأمير تركي بن طلال قادة الأجهزة الأمنية في المنطقة أمس.", "تركي بن طلال"),
    ("واستعرض الأمير سعود بن نايف إنجازات الجمعية خلال العام الماضي.", "سعود بن نايف"),
    ("ووجه الأمير مشعل بن عبدالله رسالة شكر إلى رئيس النادي.", "مشعل بن عبدالله"),
    # a noun with an attached pronoun on a common base
    ("وقدم عضو المجلس الدكتور سالم آل شبيب تعازيه لأسرة الفقيد.", "سالم آل شبيب"),
    ("وسلم رئيس النادي المدرب كوستاس مستحقاته كاملة.", "كوستاس"),
    ("وقدم رئيس النادي الدكتور خالد آل مريع تهانيه للاعبين بعد الفوز.", "خالد آل مريع"),
    # a past verb by its shape
    ("وكان اللاعب فراس أبدى رغبته في الانتقال إلى ناد آخر.", "فراس"),
    ("وقالت الطالبة سارة قابلت الوزير أمس في المعرض.", "سارة"),
    ("وذكر المدرب أن الحارس جورجيو ارتدى القميص رقم واحد في المباراة.", "جورجيو"),
])
def test_prose_after_a_name_is_cut(sentence, person):
    people = _people("خبر", sentence)
    assert person in people, people
    assert not any(s.startswith(person + " ") for s in people), people


@pytest.mark.parametrize("sentence,person", [
    # a nisba family name after a nasab
    ("وقال المهندس علي بن حسن عسيري إن المشروع سينتهي قريبا.", "علي بن حسن عسيري"),
    ("وأوضح الدكتور سعد بن عبدالله حكمي أن الحملة مستمرة.", "سعد بن عبدالله حكمي"),
    # a definite family name after a nasab
    ("وأكد الشيخ ناصر بن علي القحطاني أن القبيلة تقف مع الوطن.", "ناصر بن علي القحطاني"),
    # the name patterns فاعل and فعلان after a nasab are family names (عارف، رضوان)
    ("وأكد المستشار عادل بن جميل بن إبراهيم عارف أن القرار صدر.", "عادل بن جميل بن إبراهيم عارف"),
    ("وأوضح المهندس نبيل بن صالح طيب أن المشروع اكتمل.", "نبيل بن صالح طيب"),
    # a name ending in ت of four letters is no past verb (بهجت، مدحت)
    ("وقال الشاعر أيمن بهجت إن الأغنية جاهزة.", "أيمن بهجت"),
    # given names ending in ى are no past verbs
    ("وقال المدرب يحيى موسى إن الفريق جاهز للمباراة.", "يحيى موسى"),
    # a family name ending in ه on a rare base is no pronoun
    ("وقال اللاعب حمزة عكاشه إن الفريق جاهز للمباراة.", "حمزة عكاشه"),
])
def test_name_kept_whole(sentence, person):
    assert person in _people("خبر", sentence)


@pytest.mark.parametrize("sentence,word", [
    ("وأمضى المتهمون سنوات خلف القضبان قبل الإفراج عنهم.", "خلف"),
    ("وتستعد الأسواق لاستقبال عيد الفطر المبارك بعروض جديدة.", "عيد"),
    ("وقال المتحدث باسم الوزارة إن القرار نهائي.", "باسم"),
    ("ويبقى أمل الجماهير معلقا على مباراة الإياب.", "أمل"),
])
def test_ordinary_words_are_no_person(sentence, word):
    assert not any(word in s.split() for s in _people("خبر", sentence))
