"""Entities, round 23: exchanges and listed companies on a market page, surnames licensed by the
article's own full name, players and city clubs on a sports page, dispatch-line places, facilities,
long lists of villages (issue 14).

Hand-written sentences in the style of Saudi news (none copied from a corpus), each with the
neighbours a fix must leave alone."""
from __future__ import annotations

import pandas as pd

from arnews.entities import entities_table, find_names
from name_checks import names


def surfaces(text):
    return [s for s, _ in names(text)]


def article(*paragraphs):
    """The entities table of one article: the first paragraph is its title."""
    n = len(paragraphs)
    df = pd.DataFrame({"article_id": ["a"] * n, "paragraph": list(range(n)),
                       "role": ["title"] + ["body"] * (n - 1), "lang": ["ar"] * n, "text": list(paragraphs)})
    got = entities_table(df)
    return [(r.paragraph, r.surface, r.type) for r in got.itertuples()]


# --- exchanges and listed companies (markets.py, market_words.csv) ---

def test_an_exchange_named_after_its_place_or_its_country():
    got = names("وارتفع مؤشر بورصة مسقط 0.4 في المائة، فيما تراجع مؤشر سوق البحرين للأوراق المالية بعد تداولات هادئة.")
    assert ("بورصة مسقط", "organisation") in got
    assert ("سوق البحرين للأوراق المالية", "organisation") in got
    assert not any(t == "place" for _, t in got)  # مسقط and البحرين are the exchanges' names here
    got = names("وصعدت مؤشرات البورصة الأردنية أمس، بينما هبط مؤشر السوق المالية السعودية قليلا.")
    assert ("البورصة الأردنية", "organisation") in got and ("السوق المالية السعودية", "organisation") in got


def test_a_market_place_is_no_exchange():
    # no share or index word: سوق عكاظ stays the place, and أسهم is the verb *contributed*
    got = names("وتجول الزوار في سوق عكاظ وأسهم المهرجان في تنشيط السياحة.")
    assert ("سوق عكاظ", "place") in got and not any(t == "organisation" for _, t in got)
    # the Saudi market at large is no exchange's name
    assert names("وقال المحلل إن السوق السعودية تنتظر نتائج الربع الثاني من الأسهم.") == []


def test_the_company_after_a_share_word():
    got = names("وقفز سهم زمردة القابضة 2 في المائة، وتراجع سهم نبراس كابيتال 1.5 في المائة بعد إعلان النتائج.")
    assert ("زمردة القابضة", "organisation") in got and ("نبراس كابيتال", "organisation") in got
    got = names("وجاءت أسهم شركات فالكونة وسدرة للتأمين ومصرف البلاد ونماء للكيماويات الأكثر ارتفاعا.")
    for s in ("فالكونة", "سدرة للتأمين", "مصرف البلاد", "نماء للكيماويات"):
        assert (s, "organisation") in got
    assert not any("الأكثر" in s for s, _ in got)


def test_counts_of_shares_sectors_and_adjectives_name_no_company():
    got = names("وبلغت كمية الأسهم المتداولة 90 مليون سهم توزعت على 40 ألف صفقة، "
                "وتراجعت أسهم شركات التأمين والأسهم العقارية مع تراجع المؤشر.")
    assert got == []
    assert names("وأسهم البرنامج في تطوير الخدمات مع ارتفاع المؤشر.") == []
    # a definite or plural noun before a company's field is that noun with its adjective
    assert not any(s.endswith("العقارية") for s in surfaces("وارتفعت قيمة الصفقات العقارية للأصول العقارية هذا العام."))


# --- the article's own full name licenses its bare surname ---

def test_a_rare_feminine_family_name_and_its_recurrence():
    got = names("واستقبل المشرف العام الدكتور سالم الربيعة وفدا من الهلال الأحمر، وناقش الربيعة مع الوفد خطط الإغاثة.")
    assert ("سالم الربيعة", "person") in got and ("الربيعة", "person") in got
    # a frequent feminine noun after a given name is no family name (Friday)
    assert not any(t == "person" for _, t in names("وتابع خالد الجمعة المباراة من المدرجات، وصلى الناس الجمعة في المسجد."))


def test_a_given_name_with_the_article_recurs_however_frequent():
    got = names("وقال الدكتور فهد اليوسف إن البرنامج يبدأ غدا، وأضاف الدكتور اليوسف أن التسجيل مفتوح.")
    assert [s for s, t in got if t == "person"] == ["فهد اليوسف", "اليوسف"]
    assert len(set(find_names("وقال الدكتور فهد اليوسف إن البرنامج يبدأ غدا، وأضاف الدكتور اليوسف أن التسجيل مفتوح.")
                   .entity_id)) == 1
    # without the full name before it, a bare اليوسف after a common noun names nobody
    assert "اليوسف" not in surfaces("وحضر الحفل أبناء اليوسف والجيران.")


def test_a_nasab_opens_a_name_no_list_gives():
    got = names("ومن أشهر فرسان العرب عنترة بن شداد العبسي، وقد عاش عنترة في نجد.")
    assert ("عنترة بن شداد العبسي", "person") in got and ("عنترة", "person") in got
    # a place cue before بن, and a common noun before it, open no name
    assert names("وزار الوفد قرية ولد بن عمر، وقرأ كتابا بن ثمينا.") == []
    assert not any(t == "person" for _, t in names("وصل الوفد إلى مدينة بن جرير صباحا."))


def test_a_name_run_ends_after_a_native_family_name_and_before_a_noun_behind_a_proclitic():
    got = names("وأكد الأمين العام عبدالعزيز الحمادي عن تقديره للجهود، وقالت الدكتورة هند الشمراني نائبة رئيس اللجنة إن العمل مستمر.")
    assert ("عبدالعزيز الحمادي", "person") in got and ("هند الشمراني", "person") in got
    got = names("واختار المدرب اللاعب البرازيلي روبيرتو فيرمينو لحمل شارة القائد في المباراة.")
    assert ("روبيرتو فيرمينو", "person") in got
    # a Vietnamese syllable that reads as a proclitic and a word stays in the name
    assert any("كوان" in s for s, t in names("وأوضح السيد لي آنه كوان أن المقاطعة تهدف إلى التنمية.") if t == "person")


# --- players, clubs named after their city (players.py, clubs.py) ---

def test_players_without_a_cue_on_a_sports_page():
    got = names("وخسر الفريق في المباراة جهود أبرز لاعبيه وعلى رأسهم ماتياس بورفيلي، بعدما قدم المدرب عرضا للاعب.")
    assert ("ماتياس بورفيلي", "person") in got
    # a word that opens a listed place of two words (ايدن of ايدن بريري) may open a player's name
    got = names("وقال المدرب في المباراة والدوري إن الفرصة سنحت مع ايدن هازارد داخل منطقة الجزاء.")
    assert ("ايدن هازارد", "person") in got
    # the same words after a place cue are a place; a currency is nobody
    assert ("ماتياس بورفيلي", "place") in names("وسافر الوزير إلى مدينة ماتياس بورفيلي الساحلية.")
    assert names("ودفع النادي 30 مليون جنيه إسترليني للتعاقد مع اللاعب في الدوري.") == []
    # a noun with its pronoun and a noun behind a proclitic are no player (تمارينه بالمسفلة)
    assert not any(t == "person" for _, t in names("وكان الفريق عند بداية تمارينه بالمسفلة في الموسم الأول للدوري."))
    # a foreign given name in ه stays a name word in a list of players
    got = names("وخسر الفريق في المباراة جهود أبرز لاعبيه وعلى رأسهم ماتياس بورفيلي واندريه ايوو في الدوري.")
    assert ("اندريه ايوو", "person") in got


def test_a_club_word_makes_the_club_not_a_person():
    got = names("وقال المدرب إن مهاجمه تعرض لإصابة في المباراة أمام نوريتش سيتي وغاب عن الملاعب شهرا.")
    assert ("نوريتش سيتي", "organisation") in got and not any(t == "person" for _, t in got)


def test_a_foreign_city_named_bare_on_a_sports_page_is_its_club():
    got = names("ونجح الفريق في الدوري، واحتفظ برشلونة بأفضل لاعبيه هذا الموسم.")
    assert ("برشلونة", "organisation") in got
    # the city where a camp or the Olympics take place, a capital, and the city outside sport stay places
    got = names("وأقام الفريق معسكره في برشلونة قبل الدوري، ولعب مباراة ودية في أولمبياد ريو دي جانيرو.")
    assert ("برشلونة", "place") in got and ("ريو دي جانيرو", "place") in got
    assert ("لندن", "place") in names("وتسلم اللاعب عرضا من لندن للانتقال إلى الدوري في نهاية الموسم.")
    got = names("وزار الوزير برشلونة ومارسيليا لبحث التعاون التجاري.")
    assert not any(t == "organisation" for _, t in got)


def test_one_transliterated_word_before_a_clubs_nationality():
    got = names("وانتقل المدافع من صفوف الفريق إلى فيورنتينا الإيطالي في صفقة بلغت قيمتها عشرة ملايين يورو للاعب.")
    assert ("فيورنتينا", "organisation") in got
    # his rival (غريمه) is no club
    assert not any(t == "organisation" for _, t in names("وتفوق الفريق على غريمه التقليدي في المباراة والدوري."))


def test_a_one_word_club_recurs_in_its_own_spelling_only():
    rows = article("الفريق يتعاقد مع مهاجم جديد",
                   "وأعلن نادي ميلان الإيطالي التعاقد مع المهاجم في الدوري هذا الموسم.",
                   "ودفع النادي 20 مليون يورو للاعب في الدوري، وقال المدرب إن ميلان يحتاج إلى هداف.")
    assert (2, "ميلان", "organisation") in rows
    assert not any(s == "مليون" for _, s, _ in rows)  # مليون shares the skeleton of ميلان


# --- places: a dispatch line, facilities, long lists ---

def test_the_place_of_a_dispatch_line():
    got = names("صحيفة اليوم – جدة")
    assert ("جدة", "place") in got
    assert ("جدة", "place") in names("فهد العتيبي- سبق- جدة: أعلنت اللجنة موعد الحفل.")
    # a grandmother after a dash in the middle of a sentence is no city
    assert names("وقالت إن الحفيدة - جدة أخرى تنتظر في البيت.") == []


def test_facilities_and_a_body_inside_an_office():
    assert ("ستاد ويمبلي", "place") in names("وفاز الفريق باللقب في ستاد ويمبلي أمام جماهيره.")
    got = names("وأقيم الحفل في مجمع الأمير فيصل بن فهد الأولمبي بالرياض.")
    assert ("مجمع الأمير فيصل بن فهد الأولمبي", "place") in got
    assert not any(t == "place" for _, t in names("وأصدر مجمع الفقه الإسلامي بيانا."))
    got = names("وقال مدير مستشفى الخرمة الدكتور سعد القحطاني إن الحالة مستقرة.")
    assert ("مستشفى الخرمة", "organisation") in got and ("سعد القحطاني", "person") in got
    assert ("الخرمة", "person") not in got


def test_a_long_list_of_places_bridges_ordinary_looking_names():
    got = names("وتشمل البلديات المرتبطة «الطائف ورنية وتربة والمويه وظلم والمحاني وبني سعد وقيا والقريع» في الخطة.")
    for s in ("ظلم", "المحاني", "بني سعد", "قيا", "القريع"):
        assert (s, "place") in got
    assert not any(t == "person" for _, t in got)
    # a short list does not bridge: after one place an ordinary word ends it
    got = names("وزار الأمير الطائف وظلم الناس في الحكاية.")
    assert ("ظلم", "place") not in got
