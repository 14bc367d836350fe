"""Names session 56 (issue 14, organisations; helper names60b).

1. Ministries named by their fields after a plural or dual of وزارة (:mod:`arnews.entities.ministry_lists`,
   ``ministry_fields.csv``): ``وزارات الداخلية والمالية والعدل`` gives three ministries, ``وزارتي الخدمة والمالية``
   two; a ministry of coordinated fields is one item (``التجارة والصناعة``); not ``وزارات الدولة``, not one field
   alone, not the ministries of many states (``في الدول العربية``).
2. A ministry's field after a feminine verb a body takes, in an article that names the ministry in full
   (:mod:`arnews.entities.verb_subjects`, read by :mod:`arnews.entities.shortforms`): ``وشددت العدل على``; not
   ``وأكدت الخارجية المصرية``, not after a noun (``خدمات الصحة``), not without the full name.
3. Braces are quotes (Asharq Al-Awsat's titles): ``الجبالي لـ { الشرق الأوسط }:`` names the paper, as
   ``لـ«الشرق الأوسط»`` does (:mod:`arnews.entities.known`); the region without braces stays a place.
4. A body's field without the nisba adjectives that close it stands for the body where a field acts
   (:mod:`arnews.entities.field_forms`): ``"التأمينات" تبدأ`` after ``المؤسسة العامة للتأمينات الاجتماعية``; not
   the bare word outside quotes, nor without the full name.

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); the bodies are
real, the events invented."""
from __future__ import annotations

from arnews.entities.table import find_names


def _orgs(text: str) -> list[tuple[str, str]]:
    """(surface, entity) of the organisations of one text (each sentence names a city: the article-level passes
    run on an article with a name found)."""
    df = find_names(text)
    df = df[df["type"] == "organisation"]
    return [(s, e) for s, e in zip(df["surface"], df["entity_id"])]


def test_fields_after_a_plural_of_ministry_are_ministries():
    got = _orgs("وشارك في اجتماع الرياض ممثلون عن وزارات الداخلية والمالية والعدل لبحث آليات التنسيق")
    assert [s for s, _ in got] == ["الداخلية", "المالية", "العدل"]
    assert dict(got)["العدل"] == "~وزاره عدل"
    got = _orgs("وتضم اللجنة في جدة خمس وزارات وهي الشؤون البلدية والقروية والداخلية والشؤون الإسلامية والأوقاف والدعوة "
                "والإرشاد والعدل")
    assert [s for s, _ in got] == ["الشؤون البلدية والقروية", "الداخلية",
                                   "الشؤون الإسلامية والأوقاف والدعوة والإرشاد", "العدل"]


def test_dual_of_ministry_takes_two_fields():
    got = _orgs("وأقرت اللجنة المشكلة في الرياض من مندوبين من وزارتي الخدمة والمالية صرف البدل للموظفين")
    assert ("الخدمة", "~وزاره خدمه مدنيه") in got and ("المالية", "~وزاره ماليه") in got
    got = [s for s, _ in _orgs("وأعدت لجنة في جدة ممثلة من وزارتي التجارة والصناعة والعمل دليلا جديدا للمنشآت")]
    assert "التجارة والصناعة" in got and "العمل" in got

    # no list: no field, one field alone, the ministries of many states
    assert _orgs("وأكد في الرياض أهمية التعاون بين وزارات الدولة والقطاع الخاص في التوظيف") == []
    assert _orgs("وتعمل وزارات الصحة في الرياض على مكافحة العدوى") == []
    assert _orgs("وشارك في ملتقى جدة مختصون من وزارات الداخلية والعدل والإعلام في الدول العربية") == []


def test_ministry_field_after_a_feminine_body_verb():
    got = _orgs("أصدرت وزارة العدل تعميما للمحاكم في الرياض. وشددت العدل على وجوب المحافظة على الممتلكات العامة")
    assert ("العدل", "~وزاره عدل") in got
    got = _orgs("أطلقت وزارة الصحة حملة توعية في جدة. وأوضحت الصحة أن الحالات تراجعت خلال الأسبوع")
    assert ("الصحة", "~وزاره صحه") in got
    # not another state's ministry with its adjective, not a noun before the field, not without the full name
    got = [s for s, _ in _orgs("أصدرت وزارة الخارجية بيانا في الرياض. وأكدت الخارجية المصرية دعمها للقرار")]
    assert "الخارجية" not in got
    got = [s for s, _ in _orgs("أطلقت وزارة الصحة حملة في جدة. وتابعت خدمات الصحة في المستشفيات")]
    assert "الصحة" not in got
    assert [s for s, _ in _orgs("وشددت العدل في الرياض على وجوب المحافظة على الممتلكات")] == []


def test_braces_quote_a_press_name_after_li():
    got = find_names("الجبالي لـ { الشرق الأوسط }: لن نسلم المطلوبين")
    assert list(zip(got["surface"], got["type"])) == [("الشرق الأوسط", "organisation")]
    got = find_names("بادي لـ {الشرق الأوسط}: لم نتسلم شيئا من الأمم المتحدة")
    assert ("الشرق الأوسط", "organisation") in list(zip(got["surface"], got["type"]))
    got = find_names("وتشهد منطقة الشرق الأوسط توترا متزايدا منذ أشهر")
    assert ("الشرق الأوسط", "organisation") not in list(zip(got["surface"], got["type"]))


def test_field_without_its_adjective_in_quotes():
    text = ('"التأمينات" تبدأ الصرف للمستفيدين في الرياض. وأوضحت المؤسسة العامة للتأمينات الاجتماعية أن الصرف '
            'يبدأ غرة الشهر')
    got = _orgs(text)
    assert [s for s, _ in got] == ["التأمينات", "المؤسسة العامة للتأمينات الاجتماعية"]
    assert got[0][1] == got[1][1]
    got = [s for s, _ in _orgs("وأوضحت المؤسسة العامة للتأمينات الاجتماعية في الرياض أن التأمينات تشمل العاملين")]
    assert got == ["المؤسسة العامة للتأمينات الاجتماعية"]
    assert [s for s, _ in _orgs('"التأمينات" تبدأ الصرف للمستفيدين في الرياض')] == []
