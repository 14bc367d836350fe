"""Names session 35 (issue 14, places): a listed place found in its context names the same place where its
article writes it again (one sense per article: ``تحرير الرمادي`` after ``مدينة الرمادي``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
people are invented.  Each rule comes with neighbours that must NOT match: the same word with no place named
in context, an adjective after a definite noun, a given name before a family name."""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


def people(text):
    return [s for s, t in names(text) if t == "person"]


# --- a listed place named in context recurs in its article (place_recurrence.py) ---

def test_a_city_named_after_a_cue_is_the_same_city_again_without_one():
    assert places("وتقدمت القوات نحو مدينة الرمادي صباح أمس، وتوقعت الحكومة تحرير الرمادي خلال أسبوعين.") == \
        ["الرمادي", "الرمادي"]
    assert places("وعدت محافظة تربة بتعيين خطيب، بعد أن قال سكان جنوب تربة إنهم صلوا الظهر.") == \
        ["تربة", "تربة"]


def test_within_its_paragraph_only_what_follows_the_named_place_recurs():
    # (the round-19 pin: زأر الليث is the lion; other paragraphs of the article are read whole)
    assert places("وقال سكان جنوب تربة إنهم صلوا الظهر، فيما وعدت محافظة تربة بتعيين خطيب.") == ["تربة"]


def test_a_city_named_in_context_recurs_with_a_proclitic():
    assert places("ووصل الوفد أمس في داروين، وزار الميناء ثم غادر شمال غربي داروين.") == \
        ["داروين", "داروين"]
    assert places("وأعلنت القوات تقدمها في محافظة لحج، وقالت إن معارك لحج مستمرة وإن الطرق إلى لحج آمنة.") == \
        ["لحج", "لحج", "لحج"]


def test_the_same_word_with_no_place_in_context_is_no_place():
    assert places("وتوقعت الحكومة تحرير الرمادي خلال أسبوعين.") == []
    assert places("واختار المصمم اللون الرمادي للواجهة.") == []
    assert places("وتحتاج تربة الحديقة إلى سماد.") == []


def test_a_recurring_form_as_an_adjective_after_a_definite_noun_is_no_place():
    # مدينة الرمادي names the city; اللون الرمادي is a colour, in the same article
    assert places("وصل الوفد إلى مدينة الرمادي، وطلي المبنى باللون الرمادي.") == ["الرمادي"]


# --- the writer of a dispatch line that opens a paragraph (bylines.opening_writers) ---

def test_the_writer_before_the_outlet_and_the_place_of_an_opening_dispatch_line_is_a_person():
    text = "سامي الحربي- سبق- تبوك: شهدت منطقة تبوك مساء اليوم سقوط أمطار غزيرة على الطرق الجبلية."
    assert ("سامي الحربي", "person") in names(text)
    text = "ماجد علي - سبق - جدة: أعلنت الشرطة القبض على شخصين بعد مطاردة في أحد الأحياء."
    assert ("ماجد علي", "person") in names(text)
    text = "فيصل الجبل- سبق- الرياض: أطلقت الأمانة حملة لتنظيف الحدائق العامة."
    assert ("فيصل الجبل", "person") in names(text)


def test_an_opening_without_a_dispatch_line_names_no_writer():
    # one dash only, no outlet: a headline phrase before a colon
    assert people("الأمطار الغزيرة - تبوك: شهدت المنطقة سقوط أمطار.") == []
    # a colon far into the sentence: a quotation, not a dispatch line
    assert people("وقال مدير إدارة الطرق في منطقة تبوك إن الأمطار - كما - توقعنا: غزيرة جدا.") == []
    # the segment before the outlet is no name (a common phrase)
    assert people("أمطار غزيرة- سبق- تبوك: شهدت المنطقة سقوط أمطار متوسطة على الطرق الجبلية مساء اليوم.") == []


# --- regions, governorates and news spellings no resource lists (regions.csv) ---

def test_arab_governorates_and_historic_regions_are_places():
    assert places("وتقدمت القوات في الأنبار ونينوى، فيما هدأت المعارك في ديالى.") == ["الأنبار", "نينوى", "ديالى"]
    assert places("ويقاتل التنظيم في العراق والشام منذ عامين.") == ["العراق", "الشام"]
    assert places("وزار الرحالة الحجاز وتهامة قبل قرن.") == ["الحجاز", "تهامة"]
    assert places("وسيطرت المقاومة على مدينة الضالع.") == ["الضالع"]


def test_a_region_that_is_also_a_word_needs_a_preposition():
    assert places("وقال المتحدث إننا نجد صعوبة في التواصل.") == []
    assert places("وكانت البحيرة هادئة صباح أمس.") == []
    assert places("وانتقل الفريق إلى نجد ثم إلى الحجاز.") == ["نجد", "الحجاز"]


def test_news_spellings_of_countries_and_capitals():
    assert places("وزار الوفد أستراليا ونيوزيلاندا الشهر الماضي.") == ["أستراليا", "نيوزيلاندا"]
    assert places("وانفجرت سيارة مفخخة جنوب كابول أمس.") == ["كابول"]
    assert places("وجميع اللاعبين من الأوروجواي والباراغواي.") == ["الأوروجواي", "الباراغواي"]


def test_a_recurring_place_word_that_reads_as_a_noun_or_inside_an_organisation_is_no_place():
    # بورصة is the Turkish city in the first sentence, the exchange in the second
    assert places("ووصل الفريق إلى مدينة بورصة التركية، وارتفعت بورصة العملات أمس.") == ["بورصة"]
    # شركة جدة للتنمية is a company; جدة alone after في is the city
    assert "جدة" in places("وافتتح المعرض في جدة أمس بحضور شركة جدة للتنمية.")
    assert places("وافتتح المعرض في جدة أمس بحضور شركة جدة للتنمية.").count("جدة") == 1


def test_a_city_recurs_as_no_place_in_a_sports_paragraph():
    # نيوكاسل after في is the city; in a paragraph of a match it is the club
    got = places("وتعادل فريق تشيلسي مع نيوكاسل في المباراة التي أقيمت ضمن الدوري الإنجليزي، وسجل المهاجم هدفا في الشوط الأول "
                 "قبل أن يعود اللاعبون إلى الفندق في نيوكاسل.")
    assert got.count("نيوكاسل") <= 1
