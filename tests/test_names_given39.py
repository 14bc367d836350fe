"""Names session 39 (issue 14, people; helper given39): a family name that is also an ordinary word.

A nisba family name whose stem is a common word (العمري *my age*, الشهري *monthly*, الحربي *military*) closes
a person's name after a given name or a nasab (:mod:`arnews.entities.nisba_surnames`): an adjective in ``-ي``
is written in both genders about as often, a family name almost never takes the feminine ending.  A father's
theophoric name in two words after بن (بن غرم الله), and a family name that is a given name with the article
in ``-ين`` (الحسين) close the name too.

Every sentence here is written for these tests in the style of Arabic news (none copied from a corpus); the
people are invented.  Neighbours that must NOT fire: an adjective after a name (المصري، الدولي، الأمني), a
time word, a plural noun in ``-ين``."""
from __future__ import annotations

import pytest

from arnews.entities.names import paragraph_names
from arnews.entities.nisba_surnames import family_nisba
from arnews.text import make_paragraph


def _names(text: str) -> list[tuple[str, str]]:
    p = make_paragraph(text)
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


@pytest.mark.parametrize("text,person", [
    # cut before: the family name after the nasab was read as an ordinary word
    ("وأوضح مدير فرع الهيئة بالمنطقة الدكتور ماجد بن سالم العمري أن البرنامج يبدأ غدا", "ماجد بن سالم العمري"),
    ("ونقل قائد حرس الحدود اللواء فواز بن مانع الشهري تعازيه لأسرة الفقيد", "فواز بن مانع الشهري"),
    ("وقال رئيس اللجنة المهندس سامي بن عبدالله الحسين إن الأعمال اكتملت", "سامي بن عبدالله الحسين"),
    ("وحضر الحفل مدير التعليم مشاري بن عطا الله المالكي وعدد من المسؤولين", "مشاري بن عطا الله المالكي"),
    ("وأشرف على التنظيم العقيد نايف بن غرم الله الزهراني بمشاركة الفرق", "نايف بن غرم الله الزهراني"),
    # missed or cut before: a given name and a nisba family name
    ("وأكد المتحدث الرسمي للجامعة الدكتور ثامر العمري أن التسجيل يبدأ الأحد", "ثامر العمري"),
    ("وسجل هدف الفريق المهاجم بندر الشهري في الدقيقة الأخيرة", "بندر الشهري"),
    ("وأوضح خالد الحربي أن الفريق جاهز للمباراة", "خالد الحربي"),
])
def test_family_name_that_is_a_word(text, person):
    assert (person, "person") in _names(text)


@pytest.mark.parametrize("text,word", [
    # an adjective after a name is no family name: it is written in both genders
    ("وحضر خالد الدولي المباراة", "خالد الدولي"),
    ("وحضر خالد الجنوبي المباراة", "خالد الجنوبي"),
    ("واستقبل الأمير فيصل بن سلمان الدولية المشاركين", "فيصل بن سلمان الدولية"),
])
def test_adjective_is_no_family_name(text, word):
    assert (word, "person") not in _names(text)


@pytest.mark.parametrize("word,fam", [
    ("العمري", True), ("الشهري", True), ("الحربي", True), ("المالكي", True), ("الفهمي", True),
    ("الدولي", False), ("المصري", False), ("الأمني", False), ("الوطني", False), ("العالمي", False),
    ("الثاني", False), ("الجنوبي", False), ("الخيري", False), ("السعودي", False), ("الرسمي", False),
])
def test_family_nisba(word, fam):
    assert family_nisba(word) is fam


def test_theophoric_father_needs_a_link():
    # الله after an ordinary word is no name part (أسأل الله، حفظه الله)
    got = _names("وقال خالد الشهري: نسأل الله أن يحفظ الوطن")
    assert ("خالد الشهري", "person") in got
    assert not any("الله" in s for s, t in got if t == "person")


def test_plural_in_ين_is_no_family_name():
    # a plural after a given name stays out (المواطنين), a given name with the article closes it (الحسين)
    got = _names("وقال محمد المواطنين إن")
    assert ("محمد المواطنين", "person") not in got


@pytest.mark.parametrize("text,person", [
    # missed before: after an office, a listed given name and a word that is also ordinary Arabic
    ("وشارك قائد الفريق أحمد نور في التدريبات مع زملائه", "أحمد نور"),
    ("وأكد رئيس اتحاد السلة محمد عيد أن المنتخب جاهز", "محمد عيد"),
    ("وقال المتحدث العسكري العميد حسن سمير إن القوات تقدمت", "حسن سمير"),
    ("واتفقت الإدارة مع المدافع محمد عسيري على تجديد عقده", "محمد عسيري"),
])
def test_given_name_and_word_after_an_office(text, person):
    assert (person, "person") in _names(text)


@pytest.mark.parametrize("text,prose", [
    # the word after the given name goes on with the sentence: a time word, a preposition, a verb, a plural
    ("وقال رئيس النادي محمد يوم الاثنين إن الفريق جاهز", "محمد يوم"),
    ("وقال مدير المنتخب خالد في الرياض إن اللاعبين جاهزون", "خالد في"),
    ("وأكد رئيس النادي عبدالله الذي تولى المنصب أن", "عبدالله الذي"),
    ("وأكد رئيس اللجنة فهد يؤكد أن", "فهد يؤكد"),
    ("وقال المدرب سامي لزملائه إن المباراة صعبة", "سامي لزملائه"),
    ("وأشاد المدير ماجد بالمشاركين في البرنامج", "ماجد بالمشاركين"),
    ("وقال رئيس الجمعية فيصل المسؤولين عن البرنامج", "فيصل المسؤولين"),
])
def test_prose_after_given_name_and_office(text, prose):
    assert (prose, "person") not in _names(text)
