"""Names, organisations session 40 (org41, issue 14): newspapers listed after a plural or dual head.

* a plural head (``الصحف``، ``الجرائد``), with its adjectives and a linker (``وفي مقدمتها``، ``ومنها``، ``:``),
  distributes over the papers coordinated after it: each quoted name, or each listed paper of
  ``known_names.csv``, is an organisation (:mod:`arnews.entities.press_lists`);
* a dual head (``صحيفتا``، ``صحيفتي``) names exactly two papers, each possibly followed by its country's adjective;
* adjectives alone, one item, a dual before three items, or quoted words that are not a list name nothing.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
papers are real titles, the events invented."""
from __future__ import annotations


from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def test_quoted_papers_after_the_press_with_a_linker_are_each_an_organisation():
    got = orgs('وأكد المخرج أن الصحف الأردنية وفي مقدمتها "الرأي" و"الغد" و"الدستور" أشادت بالفيلم.')
    assert got == ["الرأي", "الغد", "الدستور"]


def test_quoted_papers_after_a_colon_and_commas():
    got = orgs("وتصدرت أخبار المهرجان الصحف الكويتية: «القبس»، «الأنباء»، «الجريدة» صباح أمس.")
    assert got == ["القبس", "الأنباء", "الجريدة"]


def test_listed_papers_unquoted_after_the_press():
    got = orgs("وأفردت الصحف السعودية الرياض وعكاظ والمدينة مساحات واسعة لتغطية الافتتاح.")
    assert got == ["الرياض", "عكاظ", "المدينة"]


def test_a_dual_head_names_two_papers_with_their_countries():
    got = orgs('ونقلت صحيفتا "لوفيغارو" الفرنسية و"الباييس" الإسبانية تصريحات المدرب.')
    assert got == ["لوفيغارو", "الباييس"]
    assert orgs("وأوردت صحيفتي «الوسط» و«الأيام» البحرينيتين الخبر.") == ["الوسط", "الأيام"]


def test_adjectives_alone_or_a_single_item_name_nothing():
    assert orgs("واهتمت الصحف السعودية والعربية والعالمية بنتائج القمة.") == []
    assert orgs("وطالعتنا الصحف اليوم بعناوين \"لافتة\" عن الحادث.") == []
    assert orgs("ونشرت الصحف المحلية تقارير \"مطولة\" عن المشروع.") == []


def test_a_dual_before_three_items_and_the_city_after_the_press_name_nothing():
    assert orgs("وذكرت صحيفتا «السياسة» و«النهار» و«الصباح» أن الاجتماع تأجل.") == []
    assert orgs("ووزعت الصحف في الرياض وجدة والدمام منذ الصباح.") == []


def test_al_ahram_is_a_paper_in_quotes_and_the_pyramids_elsewhere():
    assert orgs("وقال رئيس تحرير «الأهرام» الأسبق إن الصحافة الورقية تواجه تحديات كبيرة.") == ["الأهرام"]
    assert orgs("وتجول الوفد السياحي بجوار الأهرام في الجيزة قبل أن يزور المتحف.") == []
