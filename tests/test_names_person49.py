"""Names session 46 (issue 14, people; helper person49).

* After a person's cue and one listed given name, a definite nisba that Arabic also writes as an adjective
  (الشعبي *popular*, الجنوبي *southern*, المصري *Egyptian*) is his family name
  (:data:`arnews.entities.cued_families.CUED_NISBA_ZIPF`): a proper name takes no such adjective.  Not after
  الشيخ / الإمام, whose names label institutions and events (نصف ماراثون الشيخ زايد الدولي), nor after a royal
  title (مستشفى الملك فهد التخصصي).
* An opening dispatch line ``writer - outlet - place:`` names its writer when the segment right before the outlet
  is shaped as a man's name that the given-name list lacks (عويد التومي، مهنا التميمي، عبدالحكيم شار)
  (:func:`arnews.entities.bylines._writer_before_outlet`); a headline glued before the outlet is no writer.
* A sound masculine plural of a common noun (مؤيدين ومعارضين *supporters and opponents*) is never a list or
  coordination item read as a person (:func:`arnews.entities.peoplelists.plural_noun`).

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented."""
from __future__ import annotations

import pytest

from name_checks import names


def _people(text):
    return [s for s, t in names(text) if t == "person"]


@pytest.mark.parametrize("text,person", [
    ("وحضر الحفل رئيس المركز إبراهيم الشعبي وعدد من الأهالي.", "إبراهيم الشعبي"),
    ("وأوضح مدير المختبر الدكتور سامي الجنوبي أن العينات أرسلت إلى الرياض.", "سامي الجنوبي"),
    ("وأشرف المدرب خليل المصري على الحصة التدريبية المسائية.", "خليل المصري"),
    ("وأكد استشاري الجراحة الدكتور أيمن المغربي أن حالة المصاب مستقرة.", "أيمن المغربي"),
])
def test_nisba_after_cue_and_given_name_is_a_family_name(text, person):
    assert person in _people(text), names(text)


@pytest.mark.parametrize("text,not_person", [
    ("وتنطلق نسخة جديدة من نصف ماراثون الشيخ زايد الدولي في يناير.", "زايد الدولي"),
    ("وأكد مدير مستشفى الملك فهد التخصصي أن الأقسام تعمل بكامل طاقتها.", "فهد التخصصي"),
    ("وقال مدير مطار حمد الدولي إن الرحلات عادت إلى مواعيدها.", "حمد الدولي"),
    ("وقال رئيس جامعة محمد الخامس إن التسجيل يبدأ الأحد.", "محمد الخامس"),
])
def test_nisba_of_an_institution_stays_out(text, not_person):
    assert not_person not in _people(text), names(text)


@pytest.mark.parametrize("text,person", [
    ("عويد التومي- سبق- رفحاء: ضبطت فرق التفتيش أمس عشرات العمال يعملون تحت أشعة الشمس في مواقع البناء بالمحافظة.",
     "عويد التومي"),
    ("مهنا التميمي- سبق- الجوف: سيطرت فرق الدفاع المدني أمس على حريق اندلع في مستودع بحي المطار دون إصابات.",
     "مهنا التميمي"),
    ("عبدالحكيم شار - سبق - الرياض: توقع مختص في الطقس أن تشهد المنطقة الوسطى أمطارا متفرقة خلال الأيام المقبلة.",
     "عبدالحكيم شار"),
    ("فهد كاملي- سبق- جازان: استكملت إدارة التعليم استعداداتها لاستقبال الطلاب مع بداية العام الدراسي الجديد.",
     "فهد كاملي"),
])
def test_opening_dispatch_writer_before_the_outlet(text, person):
    assert person in _people(text), names(text)


@pytest.mark.parametrize("text,not_person", [
    ("أمطار غزيرة- سبق- تبوك: شهدت منطقة تبوك أمس هطول أمطار غزيرة على معظم المحافظات وسط تحذيرات من السيول.",
     "أمطار غزيرة"),
    ("هطول الأمطار- سبق- تبوك: شهدت منطقة تبوك أمس هطول أمطار غزيرة على معظم المحافظات وسط تحذيرات من السيول.",
     "هطول الأمطار"),
    ("حريق المستودع- سبق- الجوف: سيطرت فرق الدفاع المدني أمس على حريق اندلع في مستودع بحي المطار دون إصابات.",
     "حريق المستودع"),
])
def test_headline_before_the_outlet_names_nobody(text, not_person):
    assert not_person not in _people(text), names(text)


def test_plural_nouns_before_a_list_of_names_are_no_people():
    text = ("وشارك في الندوة أربعة من الطلاب ما بين مؤيدين ومعارضين، هم سامي الملا، هاني العمري، "
            "منصور الحارثي، وعبد العزيز القحطاني.")
    got = _people(text)
    assert not any("مؤيدين" in s or "معارضين" in s for s in got), names(text)
    assert "هاني العمري" in got and "منصور الحارثي" in got, names(text)


@pytest.mark.parametrize("word,plural", [
    ("مؤيدين", True), ("المعارضون", True), ("المواطنين", True),
    ("حسين", False), ("ياسين", False), ("بوتين", False), ("شاهين", False), ("خلدون", False), ("نيلسون", False),
])
def test_plural_noun_shape(word, plural):
    from arnews.entities.cues import load_cues
    from arnews.entities.peoplelists import plural_noun
    from arnews.normalize import key

    assert plural_noun(key(word), load_cues()) is plural
