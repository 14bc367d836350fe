"""Names, organisations session 44 (org47, issue 14).

* a definite organisation head + a definite active participle describes a body named elsewhere (``القوات
  الموالية``, ``الشركة المتعهدة``, ``اللجنة المكلفة بالتحقيق``): no organisation; names of other shapes stay
  (``الأمم المتحدة``, ``قيادة القوات المشتركة``, ``اللجنة المحلية للانتخابات``, ``اللجنة المنظمة العليا``)
  (:mod:`arnews.entities.head_participles`);
* a scoped body (``scoped_bodies.csv`` kind head) with its scope inside an office before a person is an
  organisation (``رئيس الندوة العالمية للشباب الإسلامي الدكتور فلان``), not a nisba head after a minister
  (``وزير الخارجية الأمريكية``: an office).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the bodies
are invented or real names, the events invented."""
from __future__ import annotations

from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


# -- a definite head + an active participle -----------------------------------------------------------------------

def test_a_loyal_force_is_no_name():
    assert orgs("وتقدمت القوات الموالية للحكومة الشرعية نحو مدينة زنجبار.") == []
    assert orgs("وأكد المتحدث أن الميليشيات والقوات الموالية لها انسحبت من الحي.") == []
    assert orgs("واشتبك الثوار مع الجيش الموالي للرئيس السابق قرب المطار.") == []


def test_a_contractor_or_an_allied_force_is_no_name():
    assert orgs("وطالب العمال الشركة المتعهدة بصرف رواتبهم المتأخرة.") == []
    assert orgs("وقصفت الطائرات مواقع الحوثيين والقوات المتحالفة معهم في الضالع.") == []
    assert orgs("وأعلنت الجماعة المتمردة مسؤوليتها عن الهجوم.") == []


def test_a_participle_with_its_complement_is_no_name():
    assert orgs("وأوضح أن اللجنة المكلفة بدراسة العروض رفعت توصياتها.") == []
    assert orgs("وشكر الحضور الشركة المنظمة للمعرض على حسن الإعداد.") == []
    assert orgs("وحمل الأهالي الشركة المنفذة للمشروع مسؤولية التأخير.") == []


def test_names_of_other_shapes_stay():
    assert orgs("وقالت الأمم المتحدة إن المساعدات وصلت إلى عدن.") == ["الأمم المتحدة"]
    assert orgs("وأعلنت قيادة القوات المشتركة في بيان لها استشهاد جندي.") == ["قيادة القوات المشتركة"]
    assert orgs("وأوضحت اللجنة المحلية للانتخابات البلدية أن التسجيل بدأ.") == ["اللجنة المحلية للانتخابات البلدية"]


def test_a_participle_closed_by_an_adjective_stays_a_name():
    assert orgs("وأقرت اللجنة المنظمة العليا برنامج المهرجان.") != []


def test_a_body_with_its_field_after_a_name_shape_stays():
    assert orgs("وحذرت منظمة الأمم المتحدة للطفولة من تفشي المرض.") == ["منظمة الأمم المتحدة للطفولة"]
    assert orgs("وأصدرت الهيئة المستقلة للانتخابات نتائجها الأولية.") == ["الهيئة المستقلة للانتخابات"]


def test_a_passive_participle_before_bi_stays_a_name():
    assert "الجامعة المفتوحة" in orgs("ورفض المكتب الدبلوم الصادر عن الجامعة المفتوحة بحجة أنه غير معتمد.")


# -- a scoped body inside an office -------------------------------------------------------------------------------

def test_a_scoped_body_inside_an_office():
    assert "الندوة العالمية للشباب الإسلامي" in orgs(
        "واستقبل أمير المنطقة في مكتبه رئيس الندوة العالمية للشباب الإسلامي الدكتور صالح الفهد.")
    assert "الحكومة المغربية" in orgs("وكان في استقباله رئيس الحكومة المغربية عبدالإله بنكيران.")
    assert "الائتلاف الوطني السوري" in orgs("وقال نائب رئيس الائتلاف الوطني السوري هشام مروة إن الزيارة مهمة.")


def test_a_minister_of_a_nisba_head_is_an_office():
    assert orgs("وأعلن وزير الخارجية الأمريكية جون كيري أن المحادثات انتهت.") == []
    assert orgs("وقالت وزيرة الداخلية البريطانية تريزا ماي إن الحدود آمنة.") == []


def test_a_scoped_head_with_another_adjective_inside_an_office_is_no_body():
    assert orgs("وقال رئيس الحكومة الحالية الدكتور سالم العلي إن الميزانية أقرت.") == []
