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
