"""Names round 26 (issue 14): dispatch dates, lists of listed companies, foreign speakers, teams.

Every sentence here is written for these tests in the style of Saudi news (none copied from a
corpus); the companies and clubs are real kinds of names, the events invented.  Each rule comes
with neighbours that must NOT match: a number of years after جدة (*grandmother*), a list of sectors
after أسهم شركات, a currency after a number, a city after في, the rank الفريق, a team called after
its coach."""
from __future__ import annotations

from name_checks import names


# --- the place of a dispatch line before its date (places._dateline) ---

def test_an_ambiguous_city_opening_a_dated_dispatch_line_is_the_place():
    got = names("جدة 3 ذو القعدة 1436 هـ الموافق 17 أغسطس 2015 م واس")
    assert ("جدة", "place") in got and ("واس", "organisation") in got


def test_a_gregorian_date_after_the_city_also_makes_a_dispatch_line():
    assert ("جدة", "place") in names("جدة 17 أغسطس 2015 م واس")


def test_a_number_of_years_or_grandchildren_after_jadda_is_no_dispatch_line():
    assert names("جدة 12 عاما قضتها في تربية أحفادها بعد رحيل ابنها") == []
    assert names("وقالت إن جدة 7 أحفاد تسكن الحي منذ عقود") == []


# --- a list of companies after أسهم شركات goes on after commas and a loose و (markets.py) ---

def test_a_list_of_companies_set_off_by_commas_and_a_loose_waw():
    got = names("وجاءت أسهم شركات سابك ,والراجحي، دار الأركان، وزين و كيان على رأس قائمة الأسهم الأكثر نشاطا بالكمية")
    assert got == [("سابك", "organisation"), ("الراجحي", "organisation"), ("دار الأركان", "organisation"),
                   ("زين", "organisation"), ("كيان", "organisation")]


def test_sectors_after_asham_sharikat_and_the_verb_ashama_name_no_company():
    assert names("وجاءت أسهم شركات التأمين، والبنوك، و الاتصالات الأكثر تراجعا في تداولات اليوم") == []
    assert names("وقد أسهم في دعم المبادرة، والتبرع لها، و المشاركة فيها عدد من رجال الأعمال") == []


# --- a transliterated run typed a place is a person where only a person stands (speakers.py) ---

def test_a_transliterated_name_right_after_a_speech_verb_is_a_person():
    assert names("وقال ياكوب هيلدن في مؤتمر صحفي عقد في العاصمة") == [("ياكوب هيلدن", "person")]


def test_a_transliterated_name_before_an_apposed_office_is_a_person():
    got = names("وكشف تيري بلانكو، رئيس الاتحاد الدولي، عن موعد البطولة")
    assert ("تيري بلانكو", "person") in got


def test_a_currency_and_cities_after_fi_stay_what_they_were():
    assert not any(t == "person" for _, t in names("ودفع النادي 30 مليون جنيه إسترليني لكل لاعب في الصفقة"))
    assert names("وأقيم المعرض في ساو باولو وسط حضور كبير") == [("ساو باولو", "place")]
    assert ("كان ثو", "place") in names("وتجمع المزارعون في كان ثو قرب نهر ميكونغ")


# --- an indefinite فريق on a sports page names a team, not the rank (teams.py) ---

def test_a_team_after_faraiq_and_its_nationality_is_an_organisation():
    got = names("وخسر الاتحاد أمام فريق سبارتا روتردام الهولندي بهدفين في مباراة ودية ضمن معسكره الإعدادي للموسم الكروي")
    assert ("سبارتا روتردام", "organisation") in got and not any(t == "person" for _, t in got)
    got = names("وتعادل الفريق مع فريق فيتيسه أرنهيم الهولندي في مباراة ودية ضمن معسكره الإعدادي للموسم الكروي")
    assert got == [("فيتيسه أرنهيم", "organisation")]


def test_the_coach_s_team_the_rank_and_a_research_team_are_no_club():
    got = names("ويأمل المدرب الفوز أمام فريق مورينيو في المباراة المقبلة من الدوري الإنجليزي لكرة القدم")
    assert not any(t == "organisation" for _, t in got)
    got = names("وحضر المباراة النهائية لكأس الدوري مدير الأمن العام الفريق أول سعيد القحطاني")
    assert any("سعيد القحطاني" in s and t == "person" for s, t in got)
    assert names("وأعلن فريق البحث العلمي في الجامعة نتائج الدراسة") == []


# --- known names: a canal is a place, agencies and ministries by their field in quotes, a 2015 group ---

def test_the_suez_canal_is_a_place_but_its_authority_and_a_tv_channel_are_organisations():
    assert names("وعبرت ناقلة النفط قناة السويس الجديدة صباح أمس") == [("قناة السويس الجديدة", "place")]
    assert names("وأكد رئيس هيئة قناة السويس ارتفاع الإيرادات") == [("هيئة قناة السويس", "organisation")]
    assert ("قناة العربية", "organisation") in names("وتحدث الوزير لقناة العربية عن الأزمة")


def test_a_ministry_field_and_a_photo_credit_in_quotes_and_the_same_words_in_prose():
    assert names("\"الغذاء والدواء\" تحذر من منتج تجميل مغشوش") == [("الغذاء والدواء", "organisation")]
    assert names("وقال إن الغذاء والدواء من أهم حاجات الأسرة") == []
    assert ("الفرنسية", "organisation") in names("ارتفعت الأسعار في الربع الماضي. \"الفرنسية\" عمال في مصنع للسيارات")
    assert names("وتحدث الطالب باللغة الفرنسية بطلاقة") == []


def test_the_yemeni_popular_resistance_is_an_organisation():
    got = names("وسيطرت المقاومة الشعبية على مواقع جديدة في تعز")
    assert ("المقاومة الشعبية", "organisation") in got and ("تعز", "place") in got


def test_the_kingdom_before_ila_is_the_place_and_before_its_adjective_the_whole_name():
    assert ("المملكة", "place") in names("وعاد المسافرون من المملكة إلى بلدانهم بعد الموسم")
    assert names("وتواصل المملكة العربية السعودية دعمها") == [("المملكة العربية السعودية", "place")]


# --- an Arabic verb or noun glued before a transliterated run is prose (openers.py) ---

def test_a_verb_before_a_foreign_name_is_cut_from_it():
    got = names("وبعد ساعات قضى ماركوس هولتنر من شركة الاستشارات يومه في الاجتماعات")
    assert ("ماركوس هولتنر", "person") in got and not any(s.startswith("قضى") for s, _ in got)


def test_a_verb_and_one_foreign_word_or_two_arabic_words_name_nobody():
    assert names("وفي الشوط الثاني فشل فولفسبورغ في العودة إلى المباراة") == []
    assert names("وأوضح أن الشركة تعمل على خفض هوامش الأرباح خلال العام") == []


def test_a_speaker_s_foreign_name_and_a_vietnamese_place_keep_their_words():
    assert names("وقال ماركوس هولتنر إن الشركة تعمل على خفض هوامش الأرباح") == [("ماركوس هولتنر", "person")]
    assert ("فيتنام", "place") in names("وزار الوفد مقاطعة تاي بينه شمال فيتنام")


# --- a time phrase after an organisation is the sentence's adverb (tails.py, time_words.csv) ---

def test_a_day_and_today_after_a_ministry_close_its_name():
    assert names("وأعلنت وزارة الداخلية اليوم الخميس القبض على المتهمين") == [("وزارة الداخلية", "organisation")]
    got = names("وقالت هيئة تنظيم الاتصالات البريطانية الخميس إن الشبكة تعطلت")
    assert got == [("هيئة تنظيم الاتصالات البريطانية", "organisation")]


def test_last_week_and_last_year_close_a_club_and_a_court():
    assert names("وتعاقد نادي النصر الأسبوع الماضي مع المهاجم") == [("نادي النصر", "organisation")]
    assert names("وأصدرت محكمة الاستئناف العام الماضي حكمها") == [("محكمة الاستئناف", "organisation")]


def test_the_paper_al_yaum_keeps_its_name():
    assert names("وذكرت صحيفة اليوم أن المشروع اكتمل") == [("صحيفة اليوم", "organisation")]


# --- the country's stock market by its shares (markets.py) and two places the cues miss ---

def test_the_saudi_stock_market_is_an_exchange_but_any_stock_market_is_not():
    assert names("وأغلق مؤشر سوق الأسهم السعودية على ارتفاع طفيف") == [("سوق الأسهم السعودية", "organisation")]
    assert names("وتراجع مؤشر سوق الأسهم السعودي في ختام تداولات الأسبوع") == [("سوق الأسهم السعودي", "organisation")]
    assert names("وارتفع مؤشر سوق الأسهم بنسبة طفيفة") == []


def test_al_aqsa_and_the_eurozone_are_places_and_the_maximum_is_nothing():
    assert names("وأدى آلاف المصلين صلاة الجمعة في المسجد الأقصى") == [("المسجد الأقصى", "place")]
    assert names("وتباطأ النمو في منطقة اليورو خلال الربع الثاني") == [("منطقة اليورو", "place")]
    assert names("وحددت اللائحة الحد الأقصى للسرعة بمئة وعشرين كيلومترا") == []


# --- given names with corpus evidence (entity_cues.csv, kind given) ---

def test_new_given_names_open_a_name_before_a_family_name():
    assert ("حسام سدر", "person") in names("واعتقلت الشرطة ثلاثة من الحراس هم مجدي العباسي وحسام سدر وفادي بكير")
    assert ("حافظ الزبير", "person") in names("وأوضح المدير التنفيذي في الشركة حافظ الزبير أن المشروع يسير")


def test_the_same_words_as_nouns_name_nobody():
    assert names("وأكد أن حافظ القرآن الكريم يستحق التكريم") == []
    assert names("وقال حسام الدين إن الخطة جاهزة") == []


# --- الجهاز with the article is a body only before a scope or a nationality (scoped.py, cued_head) ---

def test_an_organ_and_a_team_s_staff_are_no_organisation():
    assert names("ويصيب الفيروس الجهاز الهضمي للإنسان") == []
    assert names("وعقد الجهاز الفني بقيادة المدرب اليوناني اجتماعا مع اللاعبين") == []


def test_the_central_agency_and_an_agency_without_the_article_stay_organisations():
    got = names("وأعلن الجهاز المركزي للتعبئة العامة والإحصاء ارتفاع التضخم")
    assert any(s.startswith("الجهاز المركزي") and t == "organisation" for s, t in got)
    assert names("وقال جهاز الأمن القومي إن التحقيقات مستمرة") == [("جهاز الأمن القومي", "organisation")]


# --- باسم after a spokesman is the preposition, not the given name Basim (speakers.py) ---

def test_the_spokesman_for_a_company_is_no_person_named_basim():
    assert not any(t == "person" for _, t in names("في حين رفض متحدث باسم جولدمان ساكس التعليق على النبأ"))
    assert not any(t == "person" for _, t in names("وأكد المتحدث الرسمي باسم الشركة المشغلة أن الرحلة تأخرت"))


def test_basim_after_a_title_or_an_office_is_a_person():
    assert ("باسم الغامدي", "person") in names("وحضر اللقاء مدير إدارة التفتيش الأستاذ باسم الغامدي")
    assert ("باسم أبو داود", "person") in names("وشكر رئيس البعثة باسم أبو داود أعضاء الفريق")


def test_makkah_by_its_epithet_the_holy_sites_and_the_southern_border_are_places():
    assert names("ويتجه الحجاج إلى العاصمة المقدسة بعد زيارة المدينة") == [("العاصمة المقدسة", "place")]
    assert names("وتستعد المشاعر المقدسة لاستقبال الحجاج") == [("المشاعر المقدسة", "place")]
    assert names("وتصدت القوات لهجوم على قرى الحد الجنوبي") == [("الحد الجنوبي", "place")]
    # the city's municipality keeps its head
    assert names("وأعلنت أمانة العاصمة المقدسة خطة لتطوير الأحياء") == [("أمانة العاصمة المقدسة", "organisation")]
