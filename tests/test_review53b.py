"""Review 1 of session 49, items 5, 6, 7, 9, 10, 13 (/tmp/s49/review1/findings.md): sentences written for the test."""
from __future__ import annotations

import pandas as pd

from arnews.blocks import dispatch_head, split_blocks
from arnews.outlets import article_outlets, group_gloss, mark_outlets, outlet_words
from arnews.stats.glossary import adjectives_first

LONG = ("وقال الخبراء إن الأسعار سترتفع خلال الأشهر المقبلة وإن على الحكومة التدخل سريعا لوقف التضخم المتزايد "
        "في الأسواق المحلية.")


def _roles(text, aid="x_1"):
    return [(b["role"], b["text"]) for b in split_blocks(text, aid)]


# item 5: a signature between a closing formula and the writer's line is a byline, not verse
def test_a_signature_after_a_closing_formula_is_a_byline():
    r = _roles("مقال عن الاقتصاد\n" + LONG + "\nوالله ولي التوفيق.\nعبدالله الكعيد\nكاتب وباحث اقتصادي.")
    assert ("byline", "عبدالله الكعيد") in r


def test_a_signature_before_a_contact_line_is_a_byline():
    r = _roles("مقال عن الاقتصاد\n" + LONG + "\nوالله من وراء القصد.\nسامي الجابر\nللتواصل: 0555123456")
    assert ("byline", "سامي الجابر") in r


def test_a_line_of_a_poem_between_two_lines_of_it_stays_verse():
    r = _roles("قصيدة في حب الوطن\n" + LONG + "\nالمرء يعرف في الأنام بعقله\nوخصائل المرء الكريم كأصله\n"
               "اصبر على حلو الزمان ومره")
    assert ("body", "وخصائل المرء الكريم كأصله") in r and not any(k == "byline" for k, _ in r)


# item 6: an outlet whose name is an ordinary word counts only last, after a place that is not an adjective
def test_ordinary_word_outlets_do_not_make_headings_datelines():
    assert dispatch_head("المواطن - المسؤول: علاقة تحتاج إلى ثقة متبادلة بين الطرفين") == 0
    assert dispatch_head("العربية - الفرنسية: دورة مكثفة يقدمها المركز الثقافي") == 0
    assert dispatch_head("بنا - الصغار: ورشة للرسم في المكتبة العامة") == 0
    r = _roles("العلاقة بين المواطن والمسؤول\nالمواطن - المسؤول: علاقة تحتاج إلى ثقة متبادلة بين الطرفين في كل "
               "المجالات، وهذا ما يؤكده الخبراء دائما.\nوقال الخبراء إن الثقة أساس التنمية.")
    assert [k for k, _ in r] == ["title", "body", "body"]


def test_ordinary_word_outlets_after_a_place_are_datelines():
    for head in ("لندن ـ الفرنسية:", "الدوحة - قنا:", "المنامة - بنا:", "جدة - المواطن:"):
        s = head + " أعلنت الحكومة خطة جديدة لدعم الاقتصاد."
        assert s[:dispatch_head(s)].strip() == head, head
    s = "رويترز - القاهرة: قالت مصادر أمنية إن ثلاثة قتلوا."
    assert s[:dispatch_head(s)] == "رويترز - القاهرة: "


# item 7: a dispatch head on its own line is a dateline too
def test_a_dispatch_head_on_its_own_line_is_a_dateline():
    lead = "شهدت منطقة الرياض أمطارا غزيرة صباح اليوم وأعلنت الجهات المختصة رفع درجة الاستعداد في كل المحافظات."
    for head in ("هادي آل كليب - سبق:", "الرياض - واس:"):
        own = _roles("خبر عن الأمطار في المنطقة\n" + head + "\n" + lead + "\nوقال المتحدث إن الفرق جاهزة.")
        glued = _roles("خبر عن الأمطار في المنطقة\n" + head + " " + lead + "\nوقال المتحدث إن الفرق جاهزة.")
        assert own == glued == [("title", "خبر عن الأمطار في المنطقة"), ("dateline", head), ("body", lead),
                                ("body", "وقال المتحدث إن الفرق جاهزة.")]


def test_a_heading_with_a_colon_and_no_outlet_stays_body():
    assert dispatch_head("الهلال - النصر:") == 0


# item 9: the own outlet decided per row with the id fallback; one gloss per term over its rows
def test_article_outlets_fall_back_to_the_id_prefix():
    arts = pd.DataFrame({"article_id": ["sabq_1", "okaz_2", "doc3"]})
    assert article_outlets(arts).to_dict() == {"sabq_1": "sabq", "okaz_2": "okaz", "doc3": "doc3"}
    arts = arts.assign(outlet=["Sabq", "Okaz", "Sabq"])
    assert article_outlets(arts).to_dict() == {"sabq_1": "sabq", "okaz_2": "okaz", "doc3": "sabq"}


def test_a_corpus_row_takes_the_gloss_of_most_of_its_articles():
    arts = pd.DataFrame({"article_id": ["alyaum_1", "sabq_1", "sabq_2", "sabq_3", "alyaum_2"]})
    words = outlet_words(arts)
    rows = pd.DataFrame({"article_id": arts.article_id, "lang": "ar", "term": "سبق",
                         "surface": "سبق", "gloss": "preceded"})
    marked = mark_outlets(rows, words, outlet=rows.article_id.map(article_outlets(arts)))
    g = group_gloss(marked, ["lang", "term"]).loc[("ar", "سبق")]
    assert g.startswith("outlet: Sabq") and "3 of its 5 articles" in g and "preceded" not in g
    few = marked.iloc[[0, 1, 4]]  # one Sabq article of three: the word's own gloss, the outlet named after it
    assert group_gloss(few, ["lang", "term"]).loc[("ar", "سبق")] == "preceded; also the name of the outlet Sabq"


# item 10: one look-up per word type, not per row
def test_mark_outlets_looks_each_word_type_up_once(monkeypatch):
    import arnews.outlets as o

    calls = []
    real = o.outlet_of
    monkeypatch.setattr(o, "outlet_of", lambda s, w: calls.append(s) or real(s, w))
    arts = pd.DataFrame({"article_id": ["sabq_1"]})
    rows = pd.DataFrame({"surface": ["سبق", "المطر"] * 500, "gloss": "x"})
    out = o.mark_outlets(rows, outlet_words(arts))
    assert sorted(calls) == sorted(["سبق", "المطر"]) and (out.outlet_name == ["Sabq", ""] * 500).all()


# item 13: a definite nisba glossed by one English word goes before its noun (the Arabic side decides)
def test_a_definite_nisba_reads_before_its_noun():
    assert adjectives_first(["the sector", "health"], ["القطاع", "الصحي"]) == ["the health sector"]
    assert adjectives_first(["the authorities", "security"], ["الجهات", "الأمنية"]) == ["the security authorities"]
    assert adjectives_first(["the policeman", "Kuwaiti"], ["الشرطي", "الكويتي"]) == ["the Kuwaiti policeman"]


def test_an_indefinite_nisba_shaped_noun_stays_in_its_construct():
    assert adjectives_first(["million", "operation"], ["مليون", "عملية"]) == ["million", "operation"]
    assert adjectives_first(["chairman", "club"], ["رئيس", "نادي"]) == ["chairman", "club"]
    assert adjectives_first(["the land", "Yemeni"], ["الأراضي", "اليمنية"]) == ["the Yemeni land"]


# item 8: an outlet the list does not know is learned from its own recurrent dateline segment
def test_an_unknown_outlet_is_learned_from_its_datelines():
    from arnews.outlets import learned_outlet_words, unknown_outlets

    ids = [f"ahram_{i}" for i in range(5)] + [f"khaleej_{i}" for i in range(4)]
    arts = pd.DataFrame({"article_id": ids})
    lines = ["الأهرام - القاهرة", "محمد حسن - الأهرام", "الأهرام - الإسكندرية", "الأهرام - القاهرة", "سارة علي - أسوان",
             "دبي - الخليج", "الخليج - الشارقة", "أحمد سالم - دبي", "الخليج - دبي"]
    paras = pd.DataFrame({"article_id": ids, "role": "dateline", "text": lines})
    # الخليج and the home city دبي stand in three of Khaleej's four datelines each: a tie, no name learned
    assert {k: v[0] for k, v in learned_outlet_words(arts, paras).items()} == {"الاهرام": "ahram"}
    words = outlet_words(arts, paras)
    assert unknown_outlets(arts, words) == ["khaleej"] and unknown_outlets(arts, outlet_words(arts)) == ["ahram", "khaleej"]
    rows = pd.DataFrame({"surface": ["الأهرام", "القاهرة"], "gloss": ["the pyramids", "Cairo"]})
    out = mark_outlets(rows, words, outlet=pd.Series(["ahram", "ahram"]))
    assert list(out.gloss) == ["outlet: ahram (the article's own outlet)", "Cairo"]


def test_a_listed_outlet_keeps_its_curated_names_only():
    ids = [f"sabq_{i}" for i in range(4)]
    paras = pd.DataFrame({"article_id": ids, "role": "dateline", "text": ["سبق - جدة", "سبق - تبوك", "سبق - الرياض", "سبق - جدة"]})
    assert outlet_words(pd.DataFrame({"article_id": ids}), paras) == outlet_words(pd.DataFrame({"article_id": ids}))
