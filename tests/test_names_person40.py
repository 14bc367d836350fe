"""Names session 40 (issue 14, people; helper person40): a family name that is also an ordinary word.

After a nasab (``بن`` + the father's name) or after a person's cue and one listed given name, a definite word
that is an ordinary Arabic word (الخلف، الصغير، العطية، الحسنية) is the man's family name
(:mod:`arnews.entities.cued_families`); the name finder stopped before it, or dropped a given name standing
alone after an office.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
people are invented.  Neighbours that must NOT take the word: a royal name (the object of the verb follows), the
adjective of an institution named after a man, an ordinal, a relative pronoun, a time word, a plural."""
from __future__ import annotations

import pytest

from arnews.entities.cued_families import cued_family_end, nasab_family_end
from arnews.entities.names import paragraph_names
from arnews.text import make_paragraph


def _names(text: str) -> list[tuple[str, str]]:
    p = make_paragraph(text)
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


@pytest.mark.parametrize("text,person", [
    # after a nasab: the family name is a common word
    ("وأوضح مدير الفرع المهندس سالم بن محمد الخلف أن المشروع يكتمل نهاية العام", "سالم بن محمد الخلف"),
    ("وزار المستشفى الدكتور نايف بن إبراهيم الصغير، واطلع على سير العمل", "نايف بن إبراهيم الصغير"),
    ("وأكد رئيس الوفد الدكتور فهد بن سعد العطية الحرص على تعزيز التعاون", "فهد بن سعد العطية"),
    ("وضمت اللجنة ماجد بن عبدالرحمن الكثير وسعد بن حمد المزيد", "ماجد بن عبدالرحمن الكثير"),
    ("وضمت اللجنة ماجد بن عبدالرحمن الكثير وسعد بن حمد المزيد", "سعد بن حمد المزيد"),
    # one given name after an office or a title, then a family name that is a word
    ("وقدم المدرب فيصل الحسنية دورة تدريبية للمعلمين", "فيصل الحسنية"),
    ("وقال المتحدث الرسمي ناصر العيد إن الفرق باشرت الحادث", "ناصر العيد"),
    ("وكرم مدير التعليم الطالب بندر الخلف لتفوقه", "بندر الخلف"),
])
def test_family_name_that_is_a_word(text, person):
    assert (person, "person") in _names(text)


@pytest.mark.parametrize("text,person", [
    # a royal name ends at the nasab: what follows is the object of the verb
    ("وافتتح الأمير فيصل بن سلمان المعرض الدولي للكتاب", "فيصل بن سلمان"),
    ("وتسلم خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرسالة من الرئيس", "سلمان بن عبدالعزيز"),
    # an institution named after a man: its adjective is no family name
    ("وتخرج في جامعة الإمام محمد بن سعود الإسلامية عام 1420", "محمد بن سعود"),
    # a frequent noun with its adjective after a nasab is the verb's object
    ("ويتوج رئيس الاتحاد سامي بن خالد الفريق الفائز بالكأس", "سامي بن خالد"),
    ("وتفقد مدير الشؤون الصحية عادل بن الشمري الموقع، واطمأن على المصابين", "عادل بن الشمري"),
])
def test_nasab_ends_before_an_object_or_adjective(text, person):
    got = _names(text)
    assert not any(s.startswith(person + " ") and t == "person" for s, t in got)


@pytest.mark.parametrize("text", [
    "وقال المدرب خالد الذي تولى المهمة العام الماضي",  # a relative pronoun
    "وأكد اللاعب فهد اليوم جاهزيته للمباراة",  # a time word
    "ووصل الوزير سعد المواطنين في القرية",  # a plural
    "وسجل اللاعب محمد الثاني من ركلة جزاء",  # an ordinal
    "وجاء ذلك بعد استقالة الرئيس خالد السابقة من منصبه",  # an adjective in both genders (السابق، السابقة)
])
def test_no_family_name(text):
    p = make_paragraph(text)
    i = next(t for t, w in enumerate(p.toks) if w in ("خالد", "فهد", "سعد", "محمد") and t and p.toks[t - 1] != "بعد")
    assert cued_family_end(p, i, i + 1) == i + 1


def test_adjective_given_name_needs_a_rare_family_name():
    # حسن *good* + a frequent definite noun is a genitive phrase (حسن الأداء), not a man
    p = make_paragraph("وأشاد الجهاز الفني باللاعب حسن الأداء في المباراة")
    i = p.toks.index("حسن")
    assert cued_family_end(p, i, i + 1) == i + 1


def test_nasab_end_needs_a_nasab():
    p = make_paragraph("وقال الدكتور سالم الخلف إن")
    i = p.toks.index("سالم")
    assert nasab_family_end(p, i, i + 1) == i + 1  # no بن: left to the other rules
    p = make_paragraph("وقال الدكتور سالم بن محمد الخلف إن")
    i = p.toks.index("سالم")
    assert nasab_family_end(p, i, i + 3) == i + 4
