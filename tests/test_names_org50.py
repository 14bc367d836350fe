"""Names, organisations session 47 (org50, issue 14).

* a run of one or two capitalised Latin words inside an Arabic paragraph is an organisation (a brand, an outlet),
  not a place (:mod:`arnews.entities.latin`); in English text it stays a place;
* well-known bodies of ``known_names.csv`` (حركة حماس، برنامج الأغذية العالمي، فوكس نيوز، الميليشيات الحوثية،
  المقاومة اليمنية، هرفي ...) and the ``movement`` context: bare ``حماس`` is the movement, not *enthusiasm*
  (:mod:`arnews.entities.movements`);
* ``دوري عبداللطيف جميل للمحترفين``, ``دوري أبطال أوروبا``, ``المنطقة العسكرية الأولى`` (:mod:`arnews.entities.leagues`);
* a country adjective in ‑ستاني (``الحكومة الأفغانية``) names its country (:func:`arnews.entities.guards.gentilic_place`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the bodies
are real or invented, the events invented."""
from __future__ import annotations

from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def typed(text, surface):
    return [t for s, t in names(text) if s == surface]


# -- Latin brands in Arabic text ------------------------------------------------------------------------------------

def test_a_latin_brand_in_arabic_text_is_an_organisation():
    assert typed("وأطلقت Mobily باقة جديدة لعملائها في المنطقة الشرقية.", "Mobily") == ["organisation"]
    assert typed("وقدمت Zain عرضا للمشتركين الجدد هذا الأسبوع.", "Zain") == ["organisation"]
    assert typed("ونشر الموقع تقريرا نقلته Business Insider عن الشركة.", "Business Insider") == ["organisation"]


def test_a_latin_run_in_english_text_keeps_its_old_types():
    assert typed("The delegation later flew to Riyadh for talks.", "Riyadh") == ["place"]
    assert "organisation" not in [t for s, t in names("The delegation later flew to Riyadh for talks.")]


# -- well-known bodies ----------------------------------------------------------------------------------------------

def test_listed_bodies_are_found_without_a_head():
    assert orgs("وأعلن برنامج الأغذية العالمي توزيع سلال غذائية في تعز.") == ["برنامج الأغذية العالمي"]
    assert orgs("وذكرت فوكس نيوز أن المرشح تراجع في الاستطلاع.") == ["فوكس نيوز"]
    assert orgs("وافتتحت هرفي فرعين جديدين في القصيم.") == ["هرفي"]


def test_yemen_resistance_and_houthi_militias():
    assert orgs("وتقدمت المقاومة اليمنية نحو المعسكر بعد فرار الميليشيات الحوثية.") == [
        "المقاومة اليمنية", "الميليشيات الحوثية"]
    assert orgs("وصدت المقاومة الجنوبية هجوما للميليشيات الحوثية على المدينة.") == [
        "المقاومة الجنوبية", "لميليشيات الحوثية"]


def test_resistance_of_an_idea_is_no_body():
    assert orgs("وتحدث الكاتب عن المقاومة الفكرية للتطرف بين الشباب.") == []


def test_hamas_bare_is_the_movement():
    assert orgs("وقالت حركة حماس في بيان إن حماس لن تقبل بالشروط.") == ["حركة حماس", "حماس"]
    assert orgs("واتهم الرئيس حماس بعرقلة المصالحة.") == ["حماس"]
    assert orgs("ودعت حماس إلى يوم غضب في الضفة.") == ["حماس"]


def test_enthusiasm_is_no_movement():
    assert orgs("وتابع المشجعون المباراة بحماس كبير.") == []
    assert orgs("وسط حماس الجماهير في المدرجات فاز الفريق.") == []
    assert orgs("وأشاد المدرب بدرجة حماس اللاعبين وبكل حماس أكدوا جاهزيتهم.") == []
    assert orgs("لإثارة حماس وعاطفة المتابعين.") == []


def test_a_word_in_quotes_only_for_a_company_named_by_a_common_word():
    assert orgs("وقالت «معادن» إن أرباحها ارتفعت في الربع الثاني.") == ["معادن"]
    assert orgs("وتصدر المملكة معادن وأسمدة إلى آسيا.") == []


# -- leagues and military regions ----------------------------------------------------------------------------------

def test_the_sponsored_league():
    assert orgs("ويستعد الفريق للجولة الأولى من دوري عبداللطيف جميل للمحترفين.") == ["دوري عبداللطيف جميل للمحترفين"]
    assert orgs("وتنطلق منافسات دوري عبد اللطيف جميل السعودي للمحترفين الأسبوع المقبل.") == [
        "دوري عبد اللطيف جميل السعودي للمحترفين"]
    assert orgs("وشارك اللاعب في دوري جميل موسمين.") == ["دوري جميل"]


def test_a_champions_league():
    assert orgs("ويأمل المدرب أن يشارك في دوري أبطال أوروبا هذا الموسم.") == ["دوري أبطال أوروبا"]
    assert orgs("وخرج الفريق من دوري ابطال آسيا مبكرا.") == ["دوري ابطال آسيا"]


def test_a_league_by_its_country_or_level_and_a_periodic_meeting_are_no_body():
    assert orgs("وانتقل المهاجم إلى الدوري الإيطالي بعد موسم ناجح.") == []
    assert orgs("وصعد الفريق إلى دوري الدرجة الأولى للمرة الأولى.") == []
    assert orgs("وتعقد اللجنة اجتماعا دوريا واجتماع دوري كل شهر.") == []


def test_a_numbered_military_region():
    assert orgs("وقال قائد المنطقة العسكرية الأولى إن الوحدات انتشرت.") == ["المنطقة العسكرية الأولى"]
    assert orgs("وتحركت كتيبتان من المنطقة العسكرية الرابعة.") == ["المنطقة العسكرية الرابعة"]


def test_a_zone_is_no_military_region():
    assert orgs("وتقع المنطقة الأولى شمال الحي.") == []
    assert orgs("وأغلقت المنطقة العسكرية أمام المدنيين.") == []


# -- country adjectives in -ستاني -----------------------------------------------------------------------------------

def test_the_afghan_government():
    assert orgs("ورحبت الحكومة الأفغانية بالمحادثات.") == ["الحكومة الأفغانية"]


def test_a_kurdish_adjective_names_no_country():
    from arnews.entities.guards import gentilic_place

    assert gentilic_place("الأفغانية") == "geo:AF"
    assert gentilic_place("الكردي") == ""
