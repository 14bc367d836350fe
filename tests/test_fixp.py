"""Session 51, fixp: defects the review of pages52 found (review_p): لل words glossed through a folded key, the
statistics' stop words applied to the recurrent expressions and to و/ف + a word of its own, the adjective-first
reading of a country's name after a name or a time word, a clitic reading before a word's own gloss, an extra
"the" in word-by-word glosses, 'Yemeni' written with ى, ambiguous id labels on the names page, and an empty
"(by block role: )"."""
import pandas as pd


def _w(text):
    from arnews.normalize import normalize
    from arnews.stats.glossary import gloss

    return gloss(text, "ar", normalize(text).text)


# --- 1. لل + a definite word: the definite word as written, not by its folded key ---------------------------------

def test_lil_words_gloss_the_definite_word_as_written():
    assert _w("للأزمة") == "the crisis"  # not اللازمة 'necessary' (أ folded to ا)
    assert _w("للقاء") == "meeting"  # not إلقاء 'throwing'
    assert _w("للذين").startswith("who (pl.)")  # الذين, which Arabic writes more often than اللذين 'who (dual)'
    assert _w("للجنة") == "committee"  # اللجنة 'the committee', not الجنة 'paradise'


def test_lil_words_in_a_phrase():
    from arnews.stats.glossary import phrase_gloss

    g = phrase_gloss("تسوية سياسية للأزمة")
    assert "crisis" in g and "necessary" not in g, g


# --- 5. a word's own gloss before a clitic reading ----------------------------------------------------------------

def test_own_gloss_of_a_conjoined_adverb_wins():
    assert _w("وبالتأكيد") == "certainly"  # not و + ب + التأكيد 'emphasis'
    assert _w("فبالتالي") == "consequently"  # not ف + ب + التالي 'next'
    assert _w("والرئيس").startswith("the president")  # still the definite word as written


# --- 4. a country's adjective after a common noun, not after a name or a time word -------------------------------

def test_country_after_a_name_or_a_time_word_stays_the_country():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("وصل الوفد إلى الرياض السعودية").endswith("Riyadh Saudi Arabia"), phrase_gloss("وصل الوفد إلى الرياض السعودية")
    assert "Mrs Saudi Arabia" in phrase_gloss("السيدة السعودية")
    assert phrase_gloss("الخطوط السعودية") == "≈ Saudi lines"  # after a common noun: the adjective
    assert phrase_gloss("الحملة الوطنية السعودية") == "≈ Saudi national campaign"  # after an adjective too


def test_nationality_after_an_of_phrase_goes_in_front():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("وزارة الداخلية السعودية") == "≈ Saudi Ministry of the Interior"
    assert phrase_gloss("وزارة الخارجية الروسية") == "≈ Russian Ministry of Foreign Affairs"
    assert phrase_gloss("وزارة الداخلية") == "Ministry of the Interior"  # alone: the phrase's own gloss


# --- 6. no extra "the" from a لل word inside a word-by-word gloss ---------------------------------------------------

def test_lil_word_in_a_phrase_has_no_bare_the():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("معرض جدة الدولي للكتاب").endswith("international book"), phrase_gloss("معرض جدة الدولي للكتاب")
    g = phrase_gloss("الأكاديمية العربية للعلوم الأمنية")
    assert g.endswith("security sciences") and "the security" not in g, g


# --- 7. اليمنى after a definite masculine noun is 'Yemeni' -----------------------------------------------------------

def test_yemeni_written_with_final_ya_after_a_masculine_noun():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("الرئيس اليمنى") == "≈ the Yemeni president"
    assert phrase_gloss("الجيش اليمنى") == "≈ the Yemeni army"
    assert phrase_gloss("القدم اليمنى") == "≈ the right foot"  # a body part, feminine without ة
    assert "right" in phrase_gloss("الجهة اليمنى")  # a feminine noun in ة


# --- 2. the statistics' general words stay in the recurrent expressions ---------------------------------------------

def _tables(sentences):
    from collections import Counter

    counts, stream = [], []
    for i, s in enumerate(sentences):
        words = s.split()
        counts += [(f"a{i}", 0, "ar", w, "word", n) for w, n in Counter(words).items()]
        stream.append((f"a{i}", 0, "ar", " ".join(words)))
    return (pd.DataFrame(counts, columns=["article_id", "paragraph", "lang", "term", "kind", "n"]),
            pd.DataFrame(stream, columns=["article_id", "paragraph", "lang", "terms"]))


def test_stock_phrases_of_news_are_recurrent_expressions():
    from arnews.stats.collocations import collocations
    from arnews.stats.features import corpus_features

    sents = ["أعلنت وزارة الصحة يوم أمس عن حالات جديدة في المنطقة الشرقية",
             "وصل الوفد الكويتي يوم أمس إلى العاصمة في زيارة رسمية",
             "افتتح المحافظ يوم أمس المعرض الدولي للكتاب بحضور المسؤولين",
             "وكانت الشرطة قد أعلنت في وقت سابق القبض على المتهمين",
             "وذكرت الوكالة في وقت سابق أن الاجتماع تأجل إلى الأسبوع المقبل",
             "وقالت المصادر في وقت سابق إن المفاوضات ستستأنف قريبا"]
    tc, ts = _tables(sents)
    f = corpus_features(tc, ts)
    phrases = set(collocations(f, min_count=2)["phrase"])
    assert "يوم أمس" in phrases and "في وقت سابق" in phrases, phrases
    t = f.types.set_index("term")
    assert t.loc["أمس", "feature"] == "" and t.loc["أمس", "stop"]  # still no feature of keyness and topics
    assert "امس" not in set(f.matrix()[2])


# --- 3. و/ف + a general word: not a word of its own ------------------------------------------------------------------

def test_a_word_that_only_looks_like_waw_plus_a_general_word_is_kept():
    from arnews.stats.features import corpus_features

    words = ["نزل", "الوفد", "في", "فندق", "فاخر", "بعد", "يوم", "واحد", "وقال", "آخر", "فالأمر", "وأكد", "ويضيف"]
    tc, _ = _tables([" ".join(words)])
    t = corpus_features(tc).types.set_index("term")
    assert t.loc["واحد", "feature"] != "" and not t.loc["واحد", "stop"]  # 'one', not و + أحد
    assert t.loc["فاخر", "feature"] != "" and not t.loc["فاخر", "stop"]  # 'luxurious', not ف + آخر
    assert (t.loc[["وقال", "فالأمر", "وأكد", "ويضيف", "آخر"], "feature"] == "").all()  # the listed forms


# --- 10. the quantities page: a table of datelines only --------------------------------------------------------------

def test_a_table_of_datelines_only_has_no_empty_role_list():
    from arnews.page_examples import figure_rows_sentence

    q = pd.DataFrame([("a1", "dateline"), ("a2", "dateline")], columns=["article_id", "role"])
    s = figure_rows_sentence(q, 2)
    assert "(by block role: )" not in s and "by block role" not in s, s
    assert s.startswith("The quantities table has **2** rows. **0** are the figures of the text in **0** of the corpus's "
                        "**2** articles"), s


# --- 8. the names page: an id label names one entity ----------------------------------------------------------------

def test_a_label_two_ids_would_share_keeps_the_ids():
    from arnews.entities import id_labels

    rows = [("~نادي سد", "السد"), ("~نادي سد", "السد"), ("~سد", "السد"), ("~سد", "السد"),
            ("~نادي نصر", "نادي النصر"), ("~ناديالنسر", "نادي النصر"), ("~نادي هلال", "نادي الهلال"),
            ("~محمدالخزيم", "الخزيم"), ("~محمدالخزيم", "الخزيم"), ("~محمدالخزيم", "محمد بن سعد الخزيم"),
            ("~نبيلالتويل", "الاطلاع"), ("~نبيلالتويل", "الاطلاع")]
    ents = pd.DataFrame([(f"a{i}", e, s) for i, (e, s) in enumerate(rows)], columns=["article_id", "entity_id", "surface"])
    labels = id_labels(ents)
    assert labels["~نادي هلال"] == "~نادي الهلال"  # one entity, its spelling: as written
    assert labels["~سد"] == "~السد"
    assert labels["~نادي سد"] == "~نادي سد"  # no surface keys to the id: not ~السد, the other entity's label
    assert labels["~محمدالخزيم"] == "~محمد بن سعد الخزيم"  # the full name, not the short later mention ~الخزيم
    assert labels["~نبيلالتويل"] == "~نبيلالتويل"  # one word, which no key gives: the id, not a common word
    assert labels["~نادي نصر"] == "~نادي نصر" and labels["~ناديالنسر"] == "~ناديالنسر"  # one label, two ids
