"""Names, organisations session 42 (org45).

* an indefinite head with an indefinite adjective agreeing with it describes a body (``شركة مساهمة``,
  ``مستشفى متخصص``, ``مستشفى حكومياً``), not a head with a name (``مؤسسة موهبة``, ``مدرسة فاطمة``,
  ``مستشفى عفيف``) (:mod:`arnews.entities.indef_adjectives`); ``الشركة الأم`` is the parent company;
* a foreign club named in full once, then by its city word after a club's verb in a match report
  (``وخسر ليون``) (:mod:`arnews.entities.club_parts`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the clubs and
companies are real or invented names, the events invented."""
from __future__ import annotations

from name_checks import article, names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


# -- indefinite head + indefinite adjective ----------------------------------------------------------------------

def test_an_indefinite_adjective_after_an_indefinite_head_names_no_body():
    assert orgs("ووافقت الوزارة على تحويل المصنع إلى شركة مساهمة مقفلة برأسمال عشرين مليون ريال.") == []
    assert orgs("وأعلن المستثمر تأسيس شركة قابضة تدير استثماراته في المنطقة.") == []
    assert orgs("ونقل المصاب إلى مستشفى متخصص لاستكمال علاجه.") == []
    assert orgs("وتوفيت المريضة في مستشفى شهير بالمدينة بعد أسبوع من دخولها.") == []
    assert orgs("وطالب الأهالي بافتتاح مستشفى حكومياً يخدم القرى المجاورة.") == []
    assert orgs("وتعاقدت الأمانة مع شركة متخصصة في النظافة.") == []


def test_the_parent_company_is_no_name():
    assert orgs("وأوضحت الشركة الأم أن أرباح الربع الثاني ارتفعت.") == []


def test_a_head_with_its_name_stays_a_body():
    assert orgs("وشاركت مؤسسة موهبة في المعرض.") == ["مؤسسة موهبة"]
    assert orgs("وفازت مدرسة فاطمة في المسابقة.") == ["مدرسة فاطمة"]
    assert orgs("ونقل المصاب إلى مستشفى عفيف.") == ["مستشفى عفيف"]
    assert "منتخب ايطاليا" in orgs("وتعادل منتخب ايطاليا مع منتخب البرتغال.")  # a country in -يا is no nisba
    assert orgs("ووقعت شركة معادن اتفاقية مع شركة صينية.") == ["شركة معادن"]
    assert orgs("ووقعت شركة الراجحي المصرفية اتفاقية تمويل.") == ["شركة الراجحي المصرفية"]
    assert "الشركة الأم للاتصالات" in orgs("وأعلنت الشركة الأم للاتصالات نتائجها المالية.")


# -- a foreign club by its city word ----------------------------------------------------------------------------

def _clubs(df):
    return [(r.paragraph, r.surface) for r in df.itertuples() if r.type == "organisation"]


def test_a_club_by_its_city_word_after_a_club_verb():
    df = article("مرسيليا يفوز على أولمبيك ليون في افتتاح الدوري الفرنسي",
                 "فاز أولمبيك مرسيليا على أولمبيك ليون بهدفين دون رد في افتتاح مباريات الدوري الفرنسي لكرة القدم.",
                 "وخسر ليون مباراته الثانية على التوالي في الدوري بعد أن لعب بعشرة لاعبين منذ الدقيقة الستين.")
    assert (2, "ليون") in _clubs(df)
    row = df[(df.paragraph == 2) & (df.surface == "ليون")].iloc[0]
    assert row.entity_id == df[df.surface == "أولمبيك ليون"].iloc[0].entity_id


def test_the_city_word_without_a_club_verb_or_without_the_club_is_no_club():
    df = article("مرسيليا يفوز على أولمبيك ليون في افتتاح الدوري الفرنسي",
                 "فاز أولمبيك مرسيليا على أولمبيك ليون بهدفين دون رد في افتتاح مباريات الدوري الفرنسي لكرة القدم.",
                 "وعاد لاعبو الفريق إلى ليون مساء أمس بعد المباراة.")
    assert "club part" not in set(df.source)  # (the existing club reading of إلى ليون is no business of this rule)
    df = article("مهرجان للأضواء في فرنسا",
                 "وافتتحت مدينة ليون مهرجانها السنوي للأضواء بحضور آلاف الزوار.",
                 "وحقق ليون أرقاما قياسية في عدد السياح هذا العام.")
    assert (2, "ليون") not in _clubs(df)
