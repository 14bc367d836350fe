"""Names, organisations, session 36 (issue 14): an organisation's short form that is an Arabic word.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus).  Right
after an organisation found by its head, one Arabic word in brackets or quotes is its short form (كونا، وام،
بارع), the same entity, also where it recurs alone; the neighbours that must NOT match: an adverb, a time word,
a place, a word with the article, a medal after a team, a closing quote read as an opening one."""
from __future__ import annotations

import pandas as pd
from name_checks import names

from arnews.entities import entities_table


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def test_a_gulf_agency_short_form_in_brackets_is_the_agency():
    assert "كونا" in orgs("ونقلت وكالة الأنباء الكويتية ( كونا ) عن مصدر مسؤول أن الاجتماع انتهى.")
    assert "وام" in orgs("وذكرت وكالة الأنباء الإماراتية (وام) أن الوفد وصل إلى أبوظبي.")
    assert "وام" in orgs("وبحسب وكالة الأنباء الإماراتية «وام» فإن القافلة انطلقت صباحا.")


def test_the_name_runs_to_the_brackets_over_its_genitive():
    got = orgs("وثمن المشاركون دعم البرنامج الوطني للفنون والحرف التقليدية (مهارة) للأسر المنتجة.")
    assert "البرنامج الوطني للفنون والحرف التقليدية" in got and "مهارة" in got


def test_the_short_form_and_the_full_name_are_one_entity_and_it_recurs():
    P = pd.DataFrame({"article_id": "a", "paragraph": [0, 1], "role": ["title", "body"], "lang": "ar",
                      "text": ["الحرفيون يعرضون منتجاتهم",
                               "وأعلن البرنامج الوطني للفنون والحرف التقليدية (مهارة) مشاركته. وقال مسؤول (مهارة) إن العرض يستمر."]})
    e = entities_table(P)
    o = e[e.type == "organisation"]
    assert list(o.surface).count("مهارة") == 2
    assert o.entity_id.nunique() == 1


def test_no_short_form_an_adverb_a_time_word_a_place_or_a_definite_word():
    assert orgs("وقالت وزارة الصحة (مؤقتا) إن العيادات مغلقة.") == ["وزارة الصحة"]
    assert orgs("وأعلنت جامعة الملك سعود (أمس) نتائج القبول.") == ["جامعة الملك سعود"]
    assert orgs("وافتتحت جامعة الملك سعود (الرياض) مركزا جديدا.") == ["جامعة الملك سعود"]
    assert orgs("وقالت وزارة التعليم (السابقة) إن المناهج تغيرت.") == ["وزارة التعليم"]


def test_no_short_form_after_a_team_or_after_a_closing_quote():
    assert orgs("وحقق منتخب كرة الطاولة (فضية).") == ["منتخب كرة الطاولة"]
    assert "تبارك" not in orgs("في حضور الأهل والأصدقاء. \"عكاظ\" تبارك \"للعريس\"، وتتمنى له التوفيق.")


def test_no_short_form_a_persons_name_a_verb_a_nationality_or_a_headline_predicate():
    assert orgs("وتدرس مدرسة الإدارة الحديثة (تايلور) أساليب العمل.") == ["مدرسة الإدارة الحديثة"]
    assert orgs("وقال مدرب فريق الشباب الأول جوزيه (برتغالي) إن الفريق جاهز.").count("برتغالي") == 0
    assert "يراقب" not in orgs("وزارة التجارة «يراقب» الأسواق")


# --- known organisations (known_names.csv, session 36): Saudi security forces, global companies and agencies ---

def test_a_saudi_security_force_is_one_organisation_not_a_person_after_its_commander():
    assert orgs("وأكد قائد قوة أمن المنشآت بمنطقة تبوك أن الحادث لن يمر.")[:1] == ["قوة أمن المنشآت"]
    assert "قوة الطوارئ الخاصة" in orgs("وحضر قائد قوة الطوارئ الخاصة الحفل.")
    assert "قوة الطوارئ" in orgs("واستنكر الأهالي الهجوم على مسجد قوة الطوارئ في المدينة.")
    assert "قوة المهمات والواجبات الخاصة" in orgs("ونفذت الحملة بالتعاون مع قوة المهمات والواجبات الخاصة.")


def test_force_as_strength_stays_no_name():
    assert orgs("وتحدث الوزير بقوة عن الاقتصاد.") == []
    assert orgs("وتراجعت قوة الدولار أمام اليورو.") == []


def test_global_companies_and_agencies_by_their_arabic_spelling():
    assert "تسلا" in orgs("وخفضت «تسلا» إنتاجها من السيارات الكهربائية.")
    assert "ناسا" in orgs("وأعلنت ناسا اكتشاف كوكب جديد.")
    assert "قوقل" in orgs("ويمكن الوصول إلى الفروع عبر خرائط قوقل.")
    assert orgs("وأعلن المقاتلون الاستسلام بعد حصار طويل.") == []


# --- a region's government (governments.py, session 36) ---

def test_a_regions_government_is_an_organisation():
    assert "حكومة ديالى المحلية" in orgs("وأعلنت حكومة ديالى المحلية حظر التجوال في المدينة.")
    assert "حكومة إقليم كردستان" in orgs("وقال مسؤول في حكومة إقليم كردستان إن الاتفاق صامد.")
    assert "حكومة الأنبار" in orgs("وطالبت حكومة الأنبار بإرسال التعزيزات.")
    assert "حكومة الموصل المحلية" in orgs("وقالت حكومة الموصل المحلية إن النازحين عادوا.")


def test_a_states_government_named_by_the_state_or_its_capital_stays_a_place():
    assert orgs("وقال متحدث باسم حكومة الكونغو إن الزلزال هز الشرق.") == []
    assert orgs("وقدم التعازي لشعب وحكومة المملكة.") == []
    assert orgs("وتفاوضت الحركة مع حكومة كابل على هدنة.") == []


def test_no_short_form_after_a_team_with_a_conjunction():
    got = orgs("وحصد منتخب الجودو (ذهبية) ومنتخب كرة الطاولة (فضية) في الدورة.")
    assert "فضية" not in got and "ذهبية" not in got


def test_a_short_form_like_a_nisba_or_a_preposition_and_a_word_still_counts():
    assert "يوناني" not in orgs("ويقود الفريق مدرب أكاديمية الأهلي الرياضية (يوناني) منذ عامين.")
    assert "ساعي" in orgs("ونظمت جمعية التأهيل والتوعية الاجتماعية «ساعي» دورة تدريبية.")
    assert "كاس" in orgs("وكان قاضيا في محكمة التحكيم الرياضية (كاس) لسنوات.")
