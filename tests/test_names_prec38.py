"""Names precision round prec38 (issue 14): a definite organisation head followed by a word that cannot belong
to its name -- a verb (اللجنة ستتولى، الجامعة استوعبت) or a definite word whose gender disagrees with the head
(الجمعية الفخري، النادي الصيفية) -- names nothing by itself.

Sentences written for these tests in the style of Saudi news (none copied from a corpus)."""
from __future__ import annotations

from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def test_a_verb_after_a_definite_head_is_no_name():
    assert orgs("وقال إن اللجنة ستتولى دراسة الطلبات المقدمة.") == []
    assert orgs("وأوضح أن الجامعة استوعبت جميع المتقدمين هذا العام.") == []


def test_a_disagreeing_word_after_a_definite_head_is_no_name():
    assert orgs("وحضر رئيس الجمعية الفخري الحفل.") == []
    assert orgs("وعلق على الجمعية الباب مفتوحا أمام الأعضاء.") == []
    assert orgs("وافتتح النادي الصيفية الأنشطة.") == []


def test_agreeing_names_stay():
    assert orgs("وأعلنت الجمعية الخيرية بجدة عن برامجها.") == ["الجمعية الخيرية"]
    assert orgs("وفاز النادي الأهلي على الهلال.") == ["النادي الأهلي"]
    assert orgs("وقررت اللجنة الأولمبية السعودية") == ["اللجنة الأولمبية السعودية"]
    assert orgs("وأعلنت الهيئة العليا للسياحة") == ["الهيئة العليا للسياحة"]
    assert orgs("وشارك في البطولة الكبرى للجامعة الإسلامية") == ["للجامعة الإسلامية"]
    assert orgs("وسيتم تسجيلهما للجنة الاحتراف قبل نهاية الشهر") == ["لجنة الاحتراف"]
