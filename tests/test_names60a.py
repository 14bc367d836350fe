"""names60a: a two-word name no rule read, whose second word the article names later as a speaker alone
(echoed_pairs.py): the pair and the lone speaker are one person.  Sentences written for the test."""
from name_checks import id_of, name_ids


def test_unlisted_given_name_and_its_speaker():
    rows = name_ids("وأكد جان ديبي أن قرار إدارة الميناء متسرع. وقال ديبي «إنه قرار كارثي».")
    eid = id_of(rows, "جان ديبي")
    assert ("جان ديبي", eid, "person") in rows
    assert ("ديبي", eid, "person") in rows


def test_given_name_as_family_name_before_a_colon():
    rows = name_ids("وفي لقاء تلفزيوني تحدث المحلل السياسي فريد زكريا عن الانتخابات المقبلة. وأضاف زكريا: الناخبون غاضبون.")
    eid = id_of(rows, "فريد زكريا")
    assert ("زكريا", eid, "person") in rows
    assert [s for s, e, t in rows if t == "person"] == ["فريد زكريا", "زكريا"]


def test_speaker_before_an_complementiser():
    rows = name_ids("وانتقد الكاتب فريد زكريا قرار الإدارة. وقال زكريا إن الأزمة ستطول.")
    assert ("زكريا", id_of(rows, "فريد زكريا"), "person") in rows


def test_no_pair_without_the_lone_speaker():
    rows = name_ids("وانتقد الكاتب فريد زكريا قرار الإدارة. ثم غادر زكريا القاعة مبكرا.")
    assert "فريد زكريا" not in {s for s, e, t in rows}


def test_common_noun_speaker_is_no_name():
    rows = name_ids("وقال التقرير إن الأسعار ارتفعت. ونشر موقع التقرير السنوي للهيئة.")
    assert [s for s, e, t in rows if t == "person"] == []


def test_a_longer_name_is_left_alone():
    rows = name_ids("وحضر الحفل محمد فريد زكريا مع أسرته. وقال زكريا إن الحفل ناجح.")
    assert "فريد زكريا" not in {s for s, e, t in rows}


def test_verb_noun_or_honorific_is_no_pair():
    rows = name_ids("وشكر الأمير الحضور خلال استقبال سموه للوفد، مؤكداً سموه أهمية العمل. وقال سموه: سعدنا بحضوركم.")
    assert "استقبال سموه" not in {s for s, e, t in rows} and "مؤكداً سموه" not in {s for s, e, t in rows}
    rows = name_ids("وبعد أن غادر جوينج المكان عاد الهدوء. فقال جوينج: أوه.")
    assert "غادر جوينج" not in {s for s, e, t in rows}
    rows = name_ids("ويستعد النادي لوضع مئة مليون يورو تحت إمرة جوارديولا. وقال جوارديولا: نحن جاهزون.")
    assert "إمرة جوارديولا" not in {s for s, e, t in rows}
    rows = name_ids("عقدة لافروف وتطمينات كيري للحلفاء. وهنا أضاف كيري: آمل أن ينجح الاتفاق.")
    assert "وتطمينات كيري" not in {s for s, e, t in rows}
