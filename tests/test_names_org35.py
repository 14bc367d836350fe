"""Names, session 35 (org35, issue 14): organisation classes pooled over every dev set.

* a government body named bare by its field (known_names.csv, context agency: الخدمة المدنية، الشؤون الاجتماعية،
  رعاية الشباب، الجمارك، الشورى، التحالف، طيران الأمن، الحرس الجمهوري), not after an office
  (وزير، الرئيس العام) or a law/affairs noun (نظام، شؤون: agency_guards.csv), not before a nisba;
* a لل- body inside an office before a person (الأمين العام للأمم المتحدة بان كي مون);
* a body named after its patron (مؤسسة سالم بن محفوظ الخيرية: patron_bodies.csv).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
people and most bodies are invented.  Each rule comes with neighbours that must NOT match."""
from __future__ import annotations

from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def people(text):
    return [s for s, t in names(text) if t == "person"]


# --- a government body named bare by its field ---

def test_a_body_named_by_its_field_is_an_organisation():
    assert orgs("ودعت الخدمة المدنية المتقدمات إلى مراجعة مقرها خلال أسبوع.") == ["الخدمة المدنية"]
    assert orgs("وأعلنت الشؤون الاجتماعية صرف الدفعة الثانية للأسر.") == ["الشؤون الاجتماعية"]
    assert orgs("وأعلنت الجمارك ضبط شحنة من الأقراص.") == ["الجمارك"]
    assert orgs("وصوت أعضاء الشورى ضد مقترح التعديل.") == ["الشورى"]
    assert orgs("وشنت مقاتلات التحالف غارات على مواقع المتمردين.") == ["التحالف"]
    assert orgs("ونقلت طائرة طيران الأمن المصاب إلى المستشفى.") == ["طيران الأمن"]
    assert orgs("وانسحبت وحدات الحرس الجمهوري من المعسكر.") == ["الحرس الجمهوري"]


def test_a_field_after_an_office_or_a_law_is_no_body():
    assert orgs("وأصدر وزير الشؤون الاجتماعية قرارا بتعيين مديرين جدد.") == []
    assert orgs("وأكد الرئيس العام لرعاية الشباب أن الدوري سيبدأ مبكرا.") == []
    assert orgs("ويخضع المتعاقدون لنظام الخدمة المدنية منذ العام الماضي.") == []
    assert orgs("ويتابع المكتب شؤون الخدمة المدنية في المحافظة.") == []
    assert orgs("وأوقف رجال الجمارك شاحنة محملة بالممنوعات.") == []
    assert orgs("ونأمل أن يسفر هذا التحالف عن عمل مشترك.") == []


def test_a_field_before_a_nisba_or_behind_bi_is_no_listed_body():
    assert "الجمارك" not in orgs("وقالت الجمارك المصرية إنها ضبطت شحنة.")
    assert orgs("وأشاد بالشورى في حديثه.") == []


def test_the_bare_body_in_full_keeps_its_head():
    assert orgs("ووافق مجلس الشورى على النظام.") == ["مجلس الشورى"]
    assert orgs("وأعلنت وزارة الخدمة المدنية أسماء المقبولين.") == ["وزارة الخدمة المدنية"]


# --- a لل- body inside an office before a person ---

def test_a_li_body_inside_an_office_is_named():
    text = "ورحب الأمين العام للأمم المتحدة رامي كوستا بالاتفاق."
    assert any("لأمم المتحدة" in o for o in orgs(text))
    assert people(text) == ["رامي كوستا"]
    text = "وأوضح الأمين العام للهيئة السعودية للمحاسبين المهندس فهد الزامل أن التسجيل مفتوح."
    assert any("لهيئة السعودية للمحاسبين" in o for o in orgs(text))


def test_an_office_with_a_li_word_that_is_no_body_names_none():
    assert orgs("وقال المدير التنفيذي للمشروع المهندس فهد الزامل إن العمل بدأ.") == []


# --- a body named after its patron ---

def test_a_body_named_after_its_patron_is_one_organisation():
    assert orgs("وقدمت مؤسسة ناصر بن حمود الخيرية منحا للطلاب.") == ["مؤسسة ناصر بن حمود الخيرية"]
    assert people("وقدمت مؤسسة ناصر بن حمود الخيرية منحا للطلاب.") == []
    assert orgs("وتأسست شركة فهد بن سالم الدوسري القابضة برأسمال مليوني ريال.") == ["شركة فهد بن سالم الدوسري القابضة"]


def test_a_person_after_a_head_without_a_closing_adjective_stays_a_person():
    assert people("وقال مدير مؤسسة ناصر بن حمود إن الدعم مستمر.") == ["ناصر بن حمود"]
    assert people("وشكر المؤسسة ناصر بن حمود الخيرية على دعمه.") != []


def test_a_company_name_cut_in_two_is_joined():
    assert orgs("وتأسست شركة أوتاد رملية القابضة برأسمال مليوني ريال.") == ["شركة أوتاد رملية القابضة"]
    assert orgs("وتأسست شركة سامي عبدالخالق الهزاع وأولاده القابضة برأسمال مليون ريال.") == [
        "شركة سامي عبدالخالق الهزاع وأولاده القابضة"]


def test_two_companies_joined_by_wa_stay_two():
    assert orgs("وقالت شركة المراعي وسابك القابضة إن الأرباح زادت.") == ["شركة المراعي", "سابك القابضة"]
