"""Session 49, fix4: the second review of session 49's merges (review2 items), each reproducer and the neighbours
that must keep working.  Sentences written for the test in the style of Arabic news."""
import pandas as pd


# item 1: one outlet (or ids sharing a prefix) cannot tell its name from its home city; a listed place is never learned
def test_one_outlet_learns_no_name_and_a_place_is_never_an_outlet():
    from arnews.outlets import learned_outlet_words

    ids = [f"doc_{i}" for i in range(10)]
    arts = pd.DataFrame({"article_id": ids})
    writers = ["محمد حسن", "سارة علي", "أحمد سالم", "فهد ناصر", "خالد عمر", "نورة سعد", "علي حمد", "ريم فيصل",
               "ماجد راشد", "هند طلال"]
    paras = pd.DataFrame({"article_id": ids, "role": "dateline", "text": [f"{w} - الرياض" for w in writers]})
    assert learned_outlet_words(arts, paras) == {}
    # two outlets: one's datelines all carry the home city جدة, the other's its own name
    ids2 = [f"okaz_{i}" for i in range(4)] + [f"ahram_{i}" for i in range(4)]
    lines = [f"{w} - جدة" for w in writers[:4]] + ["الأهرام - القاهرة", "محمد حسن - الأهرام", "الأهرام - أسوان",
                                                 "الأهرام - الجيزة"]
    got = learned_outlet_words(pd.DataFrame({"article_id": ids2}),
                               pd.DataFrame({"article_id": ids2, "role": "dateline", "text": lines}))
    assert {k: v[0] for k, v in got.items()} == {"الاهرام": "ahram"}


# item 2: a definite family name in -ي glossed by a capitalised name stays after its title
def test_a_name_gloss_never_moves_before_its_title():
    from arnews.stats.glossary import adjectives_first

    assert adjectives_first(["the sheikh", "Shaarawy"], ["الشيخ", "الشعراوي"]) == ["the sheikh", "Shaarawy"]
    assert adjectives_first(["the striker", "Sahlawy"], ["المهاجم", "السهلاوي"]) == ["the striker", "Sahlawy"]
    # a lower-case one-word gloss of a definite nisba still moves
    assert adjectives_first(["the sector", "health"], ["القطاع", "الصحي"]) == ["the health sector"]


# item 3: a day of "it" after اعتبارا من / بتاريخ / الموافق is a date; after أكثر من it is not
def _q(text):
    from arnews.quantities import extract_quantities

    return [(q["surface"], q["kind"], q.get("date")) for q in extract_quantities(text, published="2016-06-01")]


def test_day_of_it_after_from_and_dated_frames():
    got = _q("عقد الاجتماع في 3 يناير 2016، واستمرت الأعمال اعتبارا من 15 منه")
    assert any(k == "date" and "2016-01-15" in str(v) for _, k, v in got), got
    got = _q("صدر القرار في 5 أبريل 2015، ونشر بتاريخ 20 منه")
    assert any(k == "date" and "2015-04-20" in str(v) for _, k, v in got), got
    got = _q("صدر القرار في 5 أبريل 2015، ونفذ الموافق 22 منه")
    assert any(k == "date" and "2015-04-22" in str(v) for _, k, v in got), got
    got = _q("تسلمت الشركة الشحنة في 5 أبريل 2015، وباعت أكثر من 15 منه")
    assert not any(k == "date" and "2015-04-15" in str(v) for _, k, v in got), got
    got = _q("صدر النظام في 5 أبريل 2015، ونصت المادة 12 منه على العقوبة")
    assert not any(k == "date" and "2015-04-12" in str(v) for _, k, v in got), got


# item 4: a year after a time word stays a year; a definite noun before N من + people does not make a label
def test_people_count_after_a_time_word_and_after_a_definite_noun():
    got = [(s, k) for s, k, _ in _q("استقبلت المملكة في 2015 من الحجاج أكثر من مليوني حاج")]
    assert ("2015", "year") in got and not any(k == "count" and "2015" in s for s, k in got)
    assert [(s, k) for s, k, _ in _q("أعدم التنظيم 2070 من مواطني نينوى")] == [("2070", "count")]
    assert [(s, k) for s, k, _ in _q("أعدم بدم بارد 2070 من مواطني نينوى")] == [("2070", "count")]
    assert [(s, k) for s, k, _ in _q("وشارك في عام 2014 من أبناء المنطقة")] == [("عام 2014", "year")]


def _bare(text):
    from arnews.entities import find_names

    df = find_names(text)
    df = df[df.source == "group name"]
    return [(text[s:e], s) for s, e in zip(df.start, df.end)]


# item 5: a bare name that completes a noun (عيد الاستقلال) is no party
def test_a_name_completing_a_day_or_square_is_no_group():
    t = "أعلن حزب الاستقلال ترشيح أمينه العام. واحتفل المغرب بعيد الاستقلال أمس، وخرج الناس في يوم الاستقلال."
    assert _bare(t) == []
    t = "أعلن حزب الاستقلال ترشيح أمينه العام. وقال مراقبون إن الاستقلال يتصدر النتائج."
    assert _bare(t) == [("الاستقلال", t.index("إن الاستقلال") + 3)]


# item 7: a relative, a weekday or an adjective of the group after the bare name does not block it
def test_relative_weekday_and_group_adjective_do_not_block():
    t = "تبنى تنظيم القاعدة التفجير. وتبنت القاعدة الهجوم على الثكنة."
    assert [s for s, _ in _bare(t)] == []  # the object الهجوم after the name still blocks (a definite noun)
    t = "أعلنت جبهة النصرة سيطرتها على المعبر. وسيطرت النصرة الإرهابية على البلدة، ثم انسحبت النصرة الجمعة."
    assert [s for s, _ in _bare(t)] == ["النصرة", "النصرة"]
    t = "تبنى تنظيم القاعدة التفجير. وقال إن القاعدة التي تبنت الهجوم تنشط هناك، لكن القاعدة الجوية بقيت آمنة."
    assert _bare(t) == [("القاعدة", t.index("إن القاعدة") + 3)]


# item 6: a listed place in -ية before an outlet that is also a word is a dateline
def test_a_listed_place_in_iya_before_a_word_outlet_is_a_dispatch_head():
    from arnews.blocks import dispatch_head

    for t in ("الشرقية - المواطن: أعلنت الأمانة", "النعيرية - المواطن: أعلنت البلدية", "الدرعية - قنا: أعلنت الهيئة"):
        assert dispatch_head(t) == t.index(":") + 2, t
    assert dispatch_head("العربية - الفرنسية: أعلنت الوزارة") == 0  # a pair of languages
    assert dispatch_head("المواطن - المسؤول: أعلنت الوزارة") == 0  # a heading


# item 8: a Saudi region written with ال (geo:SA-*) after قوة is its regional force; a town is not
def test_force_of_a_saudi_region_with_the_article():
    from arnews.entities import find_names

    for t, force in (("قائد قوة الجوف اللواء فهد العنزي تفقد المواقع", "قوة الجوف"),
                     ("وزار قائد قوة القصيم المصابين في المستشفى", "قوة القصيم")):
        df = find_names(t)
        assert force in set(df[df.type == "organisation"].surface), (t, list(zip(df.surface, df.type)))
    df = find_names("تعتمد قوة الرياض الاقتصادية على النفط")
    assert "قوة الرياض" not in set(df.surface)


# item 10: on a small corpus with no coherent topic the sentence says so, and a tied score is named
def test_k_reason_without_any_coherent_topic_and_with_a_tie():
    from arnews.stats.topicmodel import k_reasons

    sel = pd.DataFrame({"lang": "ar", "k": [2, 3, 4], "coherence_npmi": [0.1, 0.12, 0.05], "diversity": [1.0, 0.9, 0.8],
                        "coherent_topics": [0, 0, 0], "score": [0.0, 0.0, 0.0], "chosen": [True, False, False]})
    r = k_reasons(sel)["ar"]
    assert r.startswith("no candidate k has a topic with a mean NPMI of at least") and "k=2, was kept" in r
    assert "most coherent" not in r
    sel = pd.DataFrame({"lang": "ar", "k": [2, 3, 4], "coherence_npmi": [0.35, 0.33, 0.2], "diversity": [1.0, 0.5, 0.8],
                        "coherent_topics": [1, 2, 0], "score": [1.0, 1.0, 0.0], "chosen": [True, False, False]})
    assert k_reasons(sel)["ar"].endswith("; its score ties with k=3, the smallest k was kept")


# item 11: without a grouping (or with one group) the rule claims no groups
def test_spread_sample_rule_without_groups():
    from arnews.page_examples import spread_sample

    rows = pd.DataFrame({"article_id": ["a", "a", "b", "c"], "paragraph": [0, 1, 0, 0], "start": [0, 0, 5, 0]})
    # (pages57: n=2 of the 4 rows, so that the sample chooses; with every row shown the rule is "all of them")
    _, rule = spread_sample(rows, n=2, group=None)
    assert rule == "at most 3 per article, articles in an order shuffled with seed 0"
    _, rule = spread_sample(rows, n=2, group={"a": "x", "b": "x", "c": "x"}, group_name="outlet")
    assert "each outlet" not in rule
    _, rule = spread_sample(rows, n=2, group={"a": "x", "b": "y", "c": "x"}, group_name="outlet")
    assert "one row from each outlet in turn" in rule
