"""Names session 55 (issue 14, organisations; helper names59d).

1. A website's name in quotes after ``موقع`` is an organisation (:mod:`arnews.entities.quoted_heads`; ``موقع`` is a
   head of ``quoted_heads.csv``): ``وحسب موقع "يمن برس"``، ``ونشر موقع «ويكيليكس»``; not a military site
   (``موقع «بارتشين» العسكري``), nor a ministry's e-service (``service_names.csv``: ``موقع "مساند"``), nor
   ``موقع`` unquoted (``موقع الحادث``).

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); the outlets and
bodies are real, the events invented."""
from __future__ import annotations

from arnews import lexicons
from arnews.entities.names import paragraph_names
from arnews.entities.quoted_heads import service_names
from arnews.normalize import key
from arnews.text import make_paragraph


def _names(text: str, role: str = "body") -> list[tuple[str, str]]:
    p = make_paragraph(text, "ar", role=role)
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


def _orgs(text: str, role: str = "body") -> list[str]:
    return [s for s, t in _names(text, role) if t == "organisation"]


def test_website_in_quotes_is_an_organisation():
    assert _orgs('وحسب موقع "يمن برس" فإن الاشتباكات تجددت مساء أمس') == ["يمن برس"]
    assert _orgs("ونشر موقع «ويكيليكس» وثائق جديدة عن التنصت") == ["ويكيليكس"]
    assert _orgs("وقال المتحدث لموقع «غوكر» الإلكتروني إن الصور مزيفة") == ["غوكر"]
    assert ("روسيا اليوم", "organisation") in _names('وبث موقع "روسيا اليوم" مقطعا مصورا للحادث')
    assert ("روسيا", "place") not in _names('وبث موقع "روسيا اليوم" مقطعا مصورا للحادث')


def test_military_site_service_and_unquoted_site_are_no_organisation():
    assert _orgs("وقصفت الطائرات موقع «العرقوب» العسكري شرق المدينة") == []
    assert _orgs('ونفى الوزير وجود نشاط في موقع «بارتشين العسكري» قرب العاصمة') == []
    assert _orgs('ودعت الوزارة المواطنين إلى التسجيل في موقع "مساند" قبل نهاية الشهر') == []
    assert _orgs("وانتقلت الفرق إلى موقع الحادث فور تلقي البلاغ") == []


def test_service_names_are_the_glossed_csv():
    assert key("مساند") in service_names() and key("أبشر") in service_names()
    rows = lexicons.read_lexicon("service_names.csv")
    assert all(r["gloss"].strip() for r in rows)


def test_coast_guard_with_a_country_adjective_is_an_organisation():
    # national_bodies.csv, kind construct: خفر السواحل + a country's adjective of either gender
    assert _orgs("وأعلن خفر السواحل اليوناني أمس إنقاذ 200 مهاجر قبالة جزيرة ليسبوس") == ["خفر السواحل اليوناني"]
    assert _orgs("وقال متحدث باسم خفر السواحل الإيطالية إن القارب انقلب") == ["خفر السواحل الإيطالية"]
    assert _orgs("وأرسل بلاغا لخفر السواحل التركي فور وقوع الحادث") == ["خفر السواحل التركي"]
    # no country: the service in general, or a local adjective
    assert _orgs("وتم إبلاغ خفر السواحل في الدول المجاورة للبحث عن القارب") == []
    assert _orgs("وتدخل خفر السواحل المحلي لإنقاذ الصيادين") == []


def test_known_bodies_named_bare():
    # known_names.csv (session 55): the Palestinian Authority, WikiLeaks, UNESCO as also spelt, MSF, the ICRC
    assert _orgs("وأعلنت السلطة الفلسطينية أنها سترفع الملف إلى القضاء الدولي") == ["السلطة الفلسطينية"]
    assert _orgs("ونشر ويكيليكس أمس وثائق جديدة") == ["ويكيليكس"]
    assert _orgs("وأدرجت اليونيسكو الموقع على قائمة التراث العالمي") == ["اليونيسكو"]
    assert _orgs("وأشرف الصليب الأحمر الدولي على تبادل الأسرى") == ["الصليب الأحمر الدولي"]
    assert _orgs("وقالت أطباء بلا حدود إن المستشفى تعرض للقصف") == ["أطباء بلا حدود"]
    # السلطة with another country's adjective is that state's power, no body
    assert _orgs("وتواجه السلطة الإيرانية انتقادات دولية واسعة") == []


def test_paper_in_guillemets_opened_backwards():
    # known.py: »…» (the opening guillemet typed backwards, as some dailies do) quotes a paper as «…» does
    assert _orgs("وقال مصدر مسؤول في الوزارة لـ»المدينة» إن القرار نهائي") == ["المدينة"]
    assert _names("وأضاف في تصريح ل»الرياض» أن الأسعار مستقرة") == [("الرياض", "organisation")]
    # the city unquoted stays a place
    assert _names("ووصل الوفد إلى الرياض أمس") == [("الرياض", "place")]


def test_headline_subject_in_quotes():
    # quoted_subjects: a quoted brand or a field + a listed place before a feminine imperfect verb opens a headline
    # (fixn: the article's title only; a transliterated brand only when its article names it after a head word again)
    from name_checks import article_rows

    def title_orgs(*pars):
        return [s for p, s, t, _, _ in article_rows(*pars) if p == 0 and t == "organisation"]

    assert title_orgs("«نوكيا» تطرح هاتفا جديدا في الأسواق السعودية",
                      "وأعلنت شركة نوكيا أمس طرح الهاتف في متاجرها") == ["نوكيا"]
    assert title_orgs('"روتانا" تعلن موعد طرح الألبوم الجديد', "وقالت شركة روتانا إن الألبوم يضم عشر أغان") == ["روتانا"]
    assert _names("«سياحة الأحساء» تطلق برنامجا صيفيا للأسر", "title") == [("سياحة الأحساء", "organisation")]
    # a quoted topic word, a listed town, a masculine verb, a verb not right after the quotes: nothing read
    assert _orgs("«الشواطئ» تتحرر من الباعة الجائلين", "title") == []
    jeddah = "وتشهد شوارع محافظة جدة فعاليات متنوعة بمشاركة الأهالي"
    assert [r[1:3] for r in article_rows("«جدة» تحتفل باليوم الوطني", jeddah) if r[0] == 0] == [("جدة", "place")]
    assert _orgs('"نوكيا" يعود إلى سوق الهواتف', "title") == []
    assert _orgs("قال إن «نوكيا» تطرح هاتفا جديدا", "title") == []
