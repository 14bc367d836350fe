"""names60a: a two-word name no rule read, whose second word the article names later as a speaker alone
(echoed_pairs.py): the pair and the lone speaker are one person.  Sentences written for the test."""
from arnews.entities.table import find_names


def _rows(text):
    df = find_names(text)
    return [(r.surface, r.entity_id, r.type) for r in df.itertuples()]


def _id_of(rows, surface):
    return next(e for s, e, t in rows if s == surface)


def test_unlisted_given_name_and_its_speaker():
    rows = _rows("وأكد جان ديبي أن قرار إدارة الميناء متسرع. وقال ديبي «إنه قرار كارثي».")
    eid = _id_of(rows, "جان ديبي")
    assert ("جان ديبي", eid, "person") in rows
    assert ("ديبي", eid, "person") in rows


def test_given_name_as_family_name_before_a_colon():
    rows = _rows("وفي لقاء تلفزيوني تحدث المحلل السياسي فريد زكريا عن الانتخابات المقبلة. وأضاف زكريا: الناخبون غاضبون.")
    eid = _id_of(rows, "فريد زكريا")
    assert ("زكريا", eid, "person") in rows
    assert [s for s, e, t in rows if t == "person"] == ["فريد زكريا", "زكريا"]


def test_speaker_before_an_complementiser():
    rows = _rows("وانتقد الكاتب فريد زكريا قرار الإدارة. وقال زكريا إن الأزمة ستطول.")
    assert ("زكريا", _id_of(rows, "فريد زكريا"), "person") in rows


def test_no_pair_without_the_lone_speaker():
    rows = _rows("وانتقد الكاتب فريد زكريا قرار الإدارة. ثم غادر زكريا القاعة مبكرا.")
    assert "فريد زكريا" not in {s for s, e, t in rows}


def test_common_noun_speaker_is_no_name():
    rows = _rows("وقال التقرير إن الأسعار ارتفعت. ونشر موقع التقرير السنوي للهيئة.")
    assert [s for s, e, t in rows if t == "person"] == []


def test_a_longer_name_is_left_alone():
    rows = _rows("وحضر الحفل محمد فريد زكريا مع أسرته. وقال زكريا إن الحفل ناجح.")
    assert "فريد زكريا" not in {s for s, e, t in rows}


def test_verb_noun_or_honorific_is_no_pair():
    rows = _rows("وشكر الأمير الحضور خلال استقبال سموه للوفد، مؤكداً سموه أهمية العمل. وقال سموه: سعدنا بحضوركم.")
    assert "استقبال سموه" not in {s for s, e, t in rows} and "مؤكداً سموه" not in {s for s, e, t in rows}
    rows = _rows("وبعد أن غادر جوينج المكان عاد الهدوء. فقال جوينج: أوه.")
    assert "غادر جوينج" not in {s for s, e, t in rows}
    rows = _rows("ويستعد النادي لوضع مئة مليون يورو تحت إمرة جوارديولا. وقال جوارديولا: نحن جاهزون.")
    assert "إمرة جوارديولا" not in {s for s, e, t in rows}
    rows = _rows("عقدة لافروف وتطمينات كيري للحلفاء. وهنا أضاف كيري: آمل أن ينجح الاتفاق.")
    assert "وتطمينات كيري" not in {s for s, e, t in rows}
