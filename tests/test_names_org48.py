"""Names, organisations session 45 (org48, issue 14).

* a definite noun of a state's field (``national_bodies.csv``: الأمن، الرئاسة، التلفزيون، الجوازات، المخابرات ...) +
  the agreeing adjective of a country is that state's body (``أوقف الأمن التونسي``, ``أدانت الرئاسة الفلسطينية``)
  (:mod:`arnews.entities.national_bodies`); not after an office noun (``انتخابات الرئاسة الأمريكية``, ``رجل الأمن
  السعودي``), nor after a glued ب, nor with a town's or no place's adjective (``الأمن الوطني``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the bodies
are real or invented, the events invented."""
from __future__ import annotations

from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


# -- a state's field + its country's adjective --------------------------------------------------------------------

def test_a_security_service_by_its_country():
    assert orgs("وأوقف الأمن المغربي ثلاثة أشخاص في مدينة فاس.") == ["الأمن المغربي"]
    assert orgs("الأمن اللبناني يضبط شحنة مخدرات في المطار") == ["الأمن اللبناني"]


def test_a_presidency_an_intelligence_service_a_broadcaster():
    assert orgs("وأدانت الرئاسة اليمنية الهجوم على المسجد.") == ["الرئاسة اليمنية"]
    assert orgs("وقالت المخابرات البريطانية إن الخطر ما زال قائما.") == ["المخابرات البريطانية"]
    assert orgs("وعرض التلفزيون العماني لقطات من الاحتفال.") == ["التلفزيون العماني"]
    assert orgs("وأعلنت الجمارك الكويتية ضبط كمية من السجائر.") == ["الجمارك الكويتية"]


def test_a_general_adjective_may_stand_between():
    assert orgs("وقال الادعاء العام التونسي في بيان إنه فتح تحقيقا.") == ["الادعاء العام التونسي"]
    assert orgs("وأفادت النيابة العامة المصرية بأن المتهمين أحيلوا للمحاكمة.") == ["النيابة العامة المصرية"]


def test_the_span_leaves_a_glued_conjunction_out():
    assert orgs("وتعاون الدفاع المدني والأمن الأردني في إخلاء المبنى.") == ["الدفاع المدني", "الأمن الأردني"]
    assert orgs("وأرسلت الوزارة برقية للأمن الجزائري.") == ["للأمن الجزائري"]


def test_an_office_a_contest_or_a_member_is_no_body():
    assert orgs("وبدأ سباق الرئاسة الفرنسية مبكرا هذا العام.") == []
    assert orgs("وتقدم ثلاثة مرشحين إلى انتخابات الرئاسة المصرية.") == []
    assert orgs("وأكد أن رجل الأمن السعودي يقف بالمرصاد لكل معتد.") == []


def test_the_field_itself_is_no_body():
    assert orgs("وحذر من المساس بالأمن الإماراتي بأي شكل.") == []
    assert orgs("وتحدث المحاضر عن الأمن الوطني والأمن الغذائي.") == []
    assert orgs("وارتفع الإنتاج في الاقتصاد السعودي خلال العام.") == []


def test_a_disagreeing_adjective_belongs_to_another_noun():
    assert "التلفزيون الإيطالية" not in orgs("واشترت المجموعة قناة التلفزيون الإيطالية الخاصة.")
    assert orgs("وزار الوفد مقر البريد الإماراتية أمس.") == []


def test_a_found_body_holding_the_words_keeps_its_span():
    assert orgs("وقال مجلس الأمن القومي الأمريكي إنه يتابع الوضع.") == ["مجلس الأمن القومي الأمريكي"]
    assert orgs("واشتبكت قوات الأمن التركية مع المسلحين.") == ["قوات الأمن التركية"]


# -- شعبة, the section of a police or security body ---------------------------------------------------------------

def test_a_police_section_is_a_body():
    assert "شعبة التحريات" in " ".join(orgs("وتمكنت شعبة التحريات والبحث الجنائي بشرطة جدة من ضبط الجناة."))
    assert orgs("وقال مدير شعبة المعلومات إن البلاغ ورد صباحا.") == ["شعبة المعلومات"]


def test_an_indefinite_section_is_no_body():
    assert orgs("وتتفرع الساق إلى شعبة كبيرة وأخرى صغيرة.") == []
    assert orgs("وهي مسألة متشعبة للغاية.") == []


def test_a_field_word_after_a_definite_noun_is_its_adjective():
    # (lead, session 45 review) البحرية "maritime" after a definite noun: the sea border, the waters, no navy
    assert orgs("واتفق البلدان على ترسيم الحدود البحرية القطرية خلال عام.") == []
    assert orgs("ودخل القارب المياه البحرية العمانية دون تصريح.") == []
    assert orgs("وقالت البحرية العمانية إنها أنقذت البحارة.") == ["البحرية العمانية"]
    # behind ل the field word is no adjective: the presidency's own website
    assert orgs("ونشر الموقع الرسمي للرئاسة التونسية صور اللقاء.") == ["للرئاسة التونسية"]


def test_members_and_officers_of_a_service_are_no_body():
    assert orgs("وأصيب اثنان من أفراد الأمن الكويتي في الحادث.") == []
    assert orgs("وتخرج أمس عدد من ضباط الأمن الأردني.") == []
