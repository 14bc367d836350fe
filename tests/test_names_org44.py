"""Names, organisations session 42 (org44, issue 14).

* a central bank named by ``المركزي`` + a country's adjective (``المركزي السويسري``), not the adjective of a noun
  before it (``الجهاز المركزي المصري``, ``تلفزيون الصين المركزي``) (:mod:`arnews.entities.central_banks`);
* a Saudi national team named ``أخضر`` + its sport (``أخضر الطائرة``), not the colour (``أخضر اللون``)
  (:mod:`arnews.entities.green_teams`);
* a company or foundation named in full once, then by its proper word where a body acts (``وكانت صلة قد``,
  ``وأطلقت مسك الخيرية``), not the same word as a noun in construct or in another article
  (:mod:`arnews.entities.org_parts`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the banks,
teams and companies are real or invented names, the events invented."""
from __future__ import annotations

from name_checks import article, names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def article_orgs(*paragraphs):
    df = article(*paragraphs)
    return [(r.paragraph, r.surface) for r in df.itertuples() if r.type == "organisation"]


# -- central banks ------------------------------------------------------------------------------------------------

def test_a_central_bank_by_its_country_adjective():
    assert orgs("وأبقى المركزي السويسري سعر الفائدة دون تغيير للشهر الثالث.") == ["المركزي السويسري"]
    assert orgs("ويترقب المستثمرون قرار المركزي الأميركي بشأن الفائدة.") == ["المركزي الأميركي"]
    got = orgs("وضخ المركزي الأوروبي سيولة جديدة، والمركزي الياباني يواصل التيسير.")
    assert got == ["المركزي الأوروبي", "المركزي الياباني"]


def test_central_as_the_adjective_of_a_noun_names_no_bank():
    assert "المركزي المصري" not in orgs("وأعلن الجهاز المركزي المصري للإحصاء ارتفاع التضخم.")
    assert orgs("وبث تلفزيون الصين المركزي الرسمي صور الحادث.") == []
    assert orgs("وتطرق الاجتماع إلى التخطيط المركزي الفرنسي للمدن.") == []
    assert orgs("وتقع الإدارة في المبنى المركزي للمدينة.") == []


def test_the_full_name_of_a_central_bank_keeps_its_span():
    assert orgs("وقال البنك المركزي الأوروبي إن التضخم تراجع.") == ["البنك المركزي الأوروبي"]


# -- green teams --------------------------------------------------------------------------------------------------

def test_a_national_team_by_the_green_and_its_sport():
    assert orgs("أخضر الطائرة يتأهل إلى نهائي البطولة الخليجية") == ["أخضر الطائرة"]
    assert orgs("وأشاد مدرب أخضر السلة بأداء اللاعبين، فيما يغادر أخضر الناشئين غدا.") == ["أخضر السلة", "أخضر الناشئين"]


def test_green_before_another_word_is_the_colour():
    assert orgs("واختار المصمم قماشا أخضر اللون للواجهة.") == []
    assert orgs("ورفع العلم الأخضر فوق المبنى الجديد.") == []
    assert orgs("وزرعت البلدية حزاما أخضر الشكل حول الحي.") == []


# -- a body's proper word within its article ----------------------------------------------------------------------

def test_a_company_named_again_by_its_word_where_a_body_acts():
    got = article_orgs("وقعت شركة ركاز الرقمية عقدا لتشغيل البوابة",
                       "وقعت شركة ركاز الرقمية عقدا مع الهيئة لتشغيل البوابة الإلكترونية.",
                       "وكانت ركاز قد أطلقت تطبيقها الأول العام الماضي، وقالت ركاز إن العقد يمتد ثلاث سنوات.")
    assert (2, "ركاز") in got and [g for g in got if g[0] == 2] == [(2, "ركاز"), (2, "ركاز")]


def test_a_foundation_named_again_with_its_adjective_and_in_quotes():
    got = article_orgs("مبادرة جديدة للشباب",
                       "أعلنت مؤسسة نبراس الخيرية عن مبادرة لتدريب الشباب.",
                       "وأطلقت نبراس الخيرية المرحلة الأولى، ويشرف على التسجيل فريق من «نبراس».")
    assert [g for g in got if g[0] == 2] == [(2, "نبراس الخيرية"), (2, "نبراس")]


def test_the_word_with_its_head_again_is_the_body():
    got = article_orgs("عقد رعاية جديد",
                       "وقعت شركة صلة الرياضية عقدا مع النادي.",
                       "وأكد مصدر في شركة صلة أن العقد يشمل ثلاثة مواسم.")
    assert (2, "شركة صلة") in got


def test_a_masculine_verb_names_no_foundation():
    got = article("ندوة عن الزعيم الراحل", "نظمت مؤسسة سوكارنو الثقافية ندوة في جاكرتا.",
                  "وكان سوكارنو أول رئيس للبلاد بعد الاستقلال.")
    assert [r.surface for r in got.itertuples() if r.paragraph == 2 and r.type == "organisation"] == []


def test_a_quoted_word_after_a_noun_is_what_the_noun_names():
    got = article_orgs("تحديث جديد للهواتف",
                       "ذكرت مجلة أندرويد سنترال أن التحديث يصل الشهر المقبل.",
                       "ويشمل الإصلاح لنظام \"أندرويد\" ملايين الهواتف.")
    assert [g for g in got if g[0] == 2] == []


def test_the_word_as_an_ordinary_noun_names_nothing():
    got = article_orgs("عقد رعاية جديد",
                       "وقعت شركة صلة الرياضية عقدا مع النادي.",
                       "وكانت صلة الرحم من القيم التي تحدث عنها المدير، ولا صلة للعقد بالديون.")
    assert [g for g in got if g[0] == 2] == []


def test_without_the_full_name_in_the_article_the_word_is_not_read():
    got = article_orgs("عقد رعاية جديد", "وكانت ركاز قد أطلقت تطبيقها الأول العام الماضي.")
    assert got == []
