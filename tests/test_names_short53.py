"""A group named once with its head, then by its bare name in the same article (session 49, names53s, issue 14)."""
from arnews.entities import find_names


def _spans(text):
    df = find_names(text)
    return {(text[s:e], t, eid) for s, e, t, eid in zip(df.start, df.end, df.type, df.entity_id)}, df


def _bare_rows(df):
    return df[df.source == "group name"]


def test_bare_name_after_front_joins_the_group():
    t = "أعلنت جبهة النصرة سيطرتها على المعبر. وقال مصدر ميداني إن النصرة تقدمت نحو البلدة، وإن مقاتلي النصرة انسحبوا لاحقا."
    got, df = _spans(t)
    eid = df[df.surface == "جبهة النصرة"].entity_id.iloc[0]
    bare = _bare_rows(df)
    assert list(bare.surface) == ["النصرة", "النصرة"]
    assert set(bare.entity_id) == {eid}
    assert set(bare.type) == {"organisation"}


def test_bare_name_with_proclitics():
    t = "سيطرت جماعة الحوثي على المدينة، ثم انسحب مسلحو الحوثي، وقصفت طائرات التحالف مواقع للحوثي والقوات الموالية."
    bare = _bare_rows(find_names(t))
    assert list(bare.surface) == ["الحوثي", "لحوثي"]


def test_qaeda_as_a_name_and_not_as_a_base():
    t = "تبنى تنظيم القاعدة الهجوم على الثكنة. وقال الخبير إن القاعدة تسعى إلى التمدد، لكن القاعدة الجوية بقيت آمنة."
    bare = _bare_rows(find_names(t))
    assert list(bare.surface) == ["القاعدة"]  # (not القاعدة الجوية: the air base)
    assert list(bare.start) == [t.index("إن القاعدة") + 3]


def test_one_sense_per_article_the_ordinary_noun_blocks():
    plain = "أعلن تنظيم القاعدة مسؤوليته عن التفجير. وقال قائد ميداني إن القاعدة تضم مقاتلين أجانب."
    base = ("أعلن تنظيم القاعدة مسؤوليته عن التفجير. وفي الجنوب تقدمت القوات نحو قاعدة العند الجوية، "
            "وقال قائد ميداني إن القاعدة تضم مدرجا كبيرا.")
    assert list(_bare_rows(find_names(plain)).surface) == ["القاعدة"]
    assert _bare_rows(find_names(base)).empty  # قاعدة العند: the word is a noun in this article


def test_two_word_party_name_goes_on():
    t = "فاز حزب العدالة والتنمية بالانتخابات، وقال العدالة والتنمية إنه سيشكل الحكومة، فيما تراجعت العدالة في المحاكم."
    bare = _bare_rows(find_names(t))
    assert list(bare.surface) == ["العدالة والتنمية"]


def test_no_head_no_bare_name():
    headed = "قاتلت جبهة النصرة في الريف. وقال إن النصرة واجبة على كل مسلم."
    bare = "وقال إن النصرة واجبة على كل مسلم، وإن القاعدة الفقهية واضحة."
    assert list(_bare_rows(find_names(headed)).surface) == ["النصرة"]
    assert _bare_rows(find_names(bare)).empty


def test_party_of_god_is_not_god():
    t = "قال حزب الله وجبهة النصرة في بيانين إن الله وحده يعلم متى تنتهي الحرب، وإن النصرة باقية."
    bare = _bare_rows(find_names(t))
    assert list(bare.surface) == ["النصرة"]


def test_head_before_bare_name_joins_the_mention():
    t = "أعلنت جبهة النصرة سيطرتها على التلة، ثم أعدم عناصر تنظيم النصرة رجلين، وهاجمت طائرات مواقع لميليشيات النصرة."
    bare = _bare_rows(find_names(t))
    assert list(bare.surface) == ["تنظيم النصرة", "ميليشيات النصرة"]
