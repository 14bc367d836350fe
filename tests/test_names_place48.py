"""Names session 46 (issue 14; helper place48): the items of a list of places.

:mod:`arnews.entities.list_words`: a list item after a place that is Arabic prose (a proclitic or ه on an
ordinary word, a derived verb form, a definite participle or everyday adjective) is no place; a rare indefinite
item before where it lies (``بجبل``، ``بعنيزة``) goes on; a definite item ending in ها is a name, not a noun with
its pronoun.

Every sentence is written for these tests in the style of Saudi or Vietnamese news (none copied from a corpus)."""
from __future__ import annotations

import pytest

from arnews.entities import find_names
from arnews.entities.list_words import prose_item


def _places(text: str) -> list[str]:
    df = find_names(text)
    return [s for s, t in zip(df.surface, df.type) if t == "place"]


@pytest.mark.parametrize("text,word", [
    ("وجهت الدعوة إلى أهالي الطائف والخرمة ولحكومه المحلية بالشكر", "لحكومه"),
    ("افتتح المعرض في الدمام والخبر وبأشراف من الغرفة التجارية", "بأشراف"),
    ("يشارك في المؤتمر علماء من الرياض وجدة ونخبه من الباحثين", "نخبه"),
    ("تنفذ المشاريع في القصيم وحائل وتتواكب مع خطط التنمية", "تتواكب"),
    ("يقيم الزوجان في الدمام ويعارضان فكرة الانتقال", "يعارضان"),
    ("وقعت حوادث في جازان ونجران والأخيرة في أبها", "الأخيرة"),
    ("وزعت الشهادة من مستشفى بجدة والمتضمنة أسباب الوفاة", "المتضمنة"),
    ("رفعت دعاوى في الرياض واستنفدت كل درجات التقاضي", "استنفدت"),
])
def test_prose_after_a_place_is_no_list_item(text, word):
    """Before place48 each of these words was read as the next place of the list."""
    assert not any(word in s for s in _places(text)), _places(text)


@pytest.mark.parametrize("text,place", [
    ("تقدمت القوات نحو عدن وحدنان بجبل صبر", "حدنان"),
    ("شملت أعمال الصيانة حي الفيحاء والروابي بعنيزة", "الروابي"),
    # a definite word never carries a pronoun: والمها is a name ending in ها, not a noun + "her"
    ("شملت الحملة أحياء الخزامى والصواري والمها والشراع في الخبر", "المها"),
    ("شملت الحملة أحياء الخزامى والصواري والمها والشراع في الخبر", "الشراع"),
])
def test_list_goes_on(text, place):
    assert place in _places(text), _places(text)


@pytest.mark.parametrize("text,word", [
    ("زار الأمير الرياض ويستقبل المسؤولين غدا", "يستقبل"),     # a verb before its definite subject
    ("انطلقت الحملة من الرياض وبإشراف الهيئة العامة", "إشراف"),  # an ordinary noun behind ب
    ("تنتشر المطاعم في جدة وتقديم الوجبات مجانا", "تقديم"),
    ("وصلت الفرق إلى الطائف وأشادت بالرياض وجهودها", "أشادت"),  # ب after a verb opens its object
    ("وقعت الاتفاقية في الرياض والمستمرة حتى نهاية العام", "المستمرة"),
    ("حضر وفد من جدة ووفد من أبها وحلفاؤها في الاجتماع", "حلفاؤها"),  # a noun and its pronoun stays out
])
def test_neighbours_stay_unmatched(text, word):
    assert not any(word in s for s in _places(text)), _places(text)


@pytest.mark.parametrize("text,place", [
    ("نفذت البلدية مشاريع في الطائف والخرمة وتربة والمويه", "المويه"),
    ("زار الوفد مدن جدة وينبع ورابغ", "رابغ"),
    ("زار الوفد قرى الصفا والمروج والحرجة", "الحرجة"),
    ("عقد الاجتماع في ها نام ونام دينه", "نام دينه"),
    ("تمتد الشركة في أمريكا الشمالية والجنوبية وأوروبا", "أوروبا"),
    ("نقلت البلدية أحياء العدامة والدواسر والسلام إلى الدائرة الثانية", "السلام"),
])
def test_places_of_lists_stay(text, place):
    assert place in _places(text), _places(text)


@pytest.mark.parametrize("w,prose", [
    ("لحكومه", True), ("بأشراف", True), ("نخبه", True), ("تتواكب", True),
    ("يعارضان", True), ("استنفدت", True), ("المتضمنة", True), ("الأخيرة", True), ("الثالثة", True), ("السلام", False),
    ("مدركه", False), ("عسفان", False), ("تربة", False), ("الربوعه", False), ("الحرجة", False), ("بريدة", False),
    ("لندن", False), ("بيشة", False), ("المجمعة", False),
])
def test_prose_item_words(w, prose):
    assert prose_item(w) is prose
