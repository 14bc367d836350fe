"""Names, organisations session 40 (issue 14): bodies the finder missed though the article itself names them.

* a ministry's short form (``الطاقة``) joins the ministry also when the ministry is named only inside a longer body's
  name (``لجنة السلامة بوزارة الطاقة``), and a field quoted alone (``"الطاقة"``) is the ministry in an article that
  names it; the field as a noun, or without the ministry in the article, names nothing (:mod:`arnews.entities.shortforms`);
* a body's short form in brackets after ``في`` + a place or ``ب`` + a place (``الشركة الوطنية للتعدين في الهند
  (نالكو)``) is the body's, and recurs; a team's result in brackets is none (:mod:`arnews.entities.abbreviations`);
* a news agency named by a common word before its news tail (``وكالة فارس للأنباء``، ``وكالة مسار برس``) is an
  organisation; an adjective after the head (``وكالة جديدة للأنباء``) or the common noun names none (:mod:`arnews.entities.orgnames`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
bodies and people are invented."""
from __future__ import annotations


from name_checks import names, article


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def test_a_ministry_named_inside_a_longer_body_gives_its_headline_short_form():
    df = article("الطاقة: 12 دورة في السلامة للعاملين بالمصافي",
                 "تنفذ لجنة السلامة المهنية بوزارة الطاقة 12 دورة تدريبية للعاملين في المصافي هذا العام.")
    short = df[df.surface == "الطاقة"]
    assert len(short) == 1 and short.type.iloc[0] == "organisation"
    assert short.entity_id.iloc[0] != df[df.surface.str.startswith("لجنة")].entity_id.iloc[0]


def test_a_field_quoted_alone_is_the_ministry_the_article_names():
    df = article("وزير الطاقة يدشن المرحلة الثانية",
                 "دشن وزير الطاقة المرحلة الثانية، وأكد أن وزارة الطاقة ماضية في دعم استراتيجية \"الطاقة\" للأعوام المقبلة.")
    short = df[df.surface == "الطاقة"]
    assert len(short) == 1
    assert short.entity_id.iloc[0] == df[df.surface == "وزارة الطاقة"].entity_id.iloc[0]


def test_the_field_as_a_noun_or_without_the_ministry_names_nothing():
    df = article("لجنة السلامة بوزارة الطاقة تعقد اجتماعها",
                 "وعقدت لجنة السلامة المهنية بوزارة الطاقة اجتماعها، وبحثت ترشيد الطاقة في المباني وأسعار الطاقة المتجددة.")
    assert not (df.surface == "الطاقة").any()
    df = article("تقرير عن المستقبل", "وقال الباحث إن \"الطاقة\" النظيفة هي المستقبل.")  # no ministry in the article
    assert not (df.surface == "الطاقة").any()


def test_a_short_form_in_brackets_after_the_place_where_the_body_is():
    text = "قال رئيس الشركة الوطنية للتعدين في الهند (نالكو) إن الشركة تنوي بناء مصنع جديد."
    assert orgs(text) == ["الشركة الوطنية للتعدين", "نالكو"]
    df = article("نالكو تعتزم بناء مصنع في الخليج", text, "وستحصل نالكو على الخام من مناجمها.")
    n = df[df.surface == "نالكو"]
    assert len(n) == 3 and n.entity_id.nunique() == 1
    assert n.entity_id.iloc[0] == df[df.surface == "الشركة الوطنية للتعدين"].entity_id.iloc[0]


def test_no_short_form_after_a_team_in_a_place_nor_a_place_without_a_body():
    assert orgs("وفاز منتخب السلة في الهند (برونزية) بعد مباراة صعبة.") == ["منتخب السلة"]
    assert orgs("وسافر الوفد إلى الهند (نيودلهي) أمس.") == []


def test_a_news_agency_named_by_a_common_word_before_its_tail():
    assert orgs("ونقلت وكالة فارس للأنباء عن مسؤول قوله إن المحادثات مستمرة.") == ["وكالة فارس للأنباء"]
    assert orgs("وقتل عشرة مسلحين بحسب وكالة مسار برس.") == ["وكالة مسار برس"]


def test_no_agency_from_an_adjective_or_the_common_noun():
    assert orgs("وأسس رجال أعمال وكالة جديدة للأنباء في المدينة.") == []
    assert orgs("وقالت الوكالة إن المصادر للأنباء غير مؤكدة.") == []
