"""Glossary scopes and the general news vocabulary: a Vietnam-scoped gloss (البلدية 'commune',
الحزب 'the Party') is used only on a corpus the glossary fits; elsewhere it is withheld and the
lookup goes on to the general senses (glossary_news.csv).  The texts are written for the test,
in the style of the seed translations (Vietnamese provincial news) and of Saudi news."""
import re

import pandas as pd
import pytest

from arnews import lexfit
from arnews.lexicons import lexicon_path, read_lexicon
from arnews.normalize import key, normalize
from arnews.stats import glossary as G
from arnews.stats.glossary import gloss
from arnews.stats.tables import statistics_tables
from arnews.tokens import stopwords

# --- hand-written corpora ------------------------------------------------------------------------------

VIETNAM = {
    "v1": ["عقدت لجنة الحزب في بلدية هاي لانغ بمقاطعة كوانج نينه مؤتمرا لتعزيز الأمن والنظام على مستوى القاعدة الشعبية.",
           "وأكد رئيس اللجنة الشعبية الإقليمية أن البلدية حققت نتائج جيدة في حركة التعبئة الجماهيرية الماهرة، وأن الكوادر "
           "وأعضاء الحزب في البلدية شاركوا في بناء مناطق ريفية جديدة وتحسين جودة الحياة الثقافية للسكان.",
           "وطلبت اللجنة من البلدية مواصلة التنسيق مع الشرطة وحرس الحدود والقوات المسلحة لمنع ومكافحة الجرائم، "
           "وتعزيز دور جبهة الوطن والمنظمات الاجتماعية والسياسية في حماية الأمن الوطني."],
    "v2": ["نظمت اللجنة الشعبية في مقاطعة كوانج نينه حملة للتثقيف القانوني في القرى والنجوع ومناطق الأقليات العرقية.",
           "وشارك في الحملة الكوادر والمحاربين القدامى والنساء والشباب، وركزت على الوقاية من الجريمة والانضباط المروري "
           "وسلامة الأطفال، وحصلت الوحدات النموذجية على شهادات تقدير من رئيس اللجنة."],
}
SAUDI = {
    "s1": ["أعلنت أمانة منطقة الرياض أن البلدية ستبدأ الأسبوع المقبل استقبال طلبات المرشحين للمجالس البلدية.",
           "وقال رئيس البلدية إن البلدية جهزت مراكز القيد في الأحياء، وإن البلدية ستنشر أسماء المرشحين بعد مراجعتها."],
    "s2": ["أحبطت الجهات الأمنية في الدمام مخططا إرهابيا، وقال المتحدث الأمني إن رجال الأمن قبضوا على خلية من ثلاثة أشخاص.",
           "ورحب الحزب الحاكم في تركيا بنجاح العملية، وأشادت الحكومة بجهود المملكة في مكافحة الإرهاب يوم الجمعة."],
}


def _corpus(texts):
    rows = [{"article_id": a, "paragraph": i, "role": "body", "lang": "ar", "text": t}
            for a, paras in texts.items() for i, t in enumerate(paras)]
    arts = pd.DataFrame({"article_id": list(texts), "lang": "ar", "language": "ar", "parallel_of": ""})
    return pd.DataFrame(rows), arts


@pytest.fixture(scope="module")
def vietnam():
    p, a = _corpus(VIETNAM)
    return {"paragraphs": p, "articles": a}


@pytest.fixture(scope="module")
def saudi():
    p, a = _corpus(SAUDI)
    return {"paragraphs": p, "articles": a}


def _key_gloss(tables, article, surface):
    k = statistics_tables(tables)["keyness"]
    row = k[(k.article_id == article) & (k.surface == surface)]
    assert len(row), f"{surface} not among the keys of {article}: {list(k[k.article_id == article].surface)}"
    return row.gloss.iloc[0]


# --- the files -----------------------------------------------------------------------------------------


def _keys(name, col="term"):
    return [key(normalize(r[col].strip()).text) for r in read_lexicon(name) if (r.get(col) or "").strip()]


def test_every_glossary_row_has_a_valid_scope_and_the_header_says_what_it_means():
    rows = read_lexicon("glossary.csv")
    assert len(rows) >= 500
    bad = [(r["term"], r.get("scope")) for r in rows if r.get("scope") not in G.SCOPES]
    assert not bad, bad
    scoped = {r["term"]: r["scope"] for r in rows}
    for term in ("الحزب", "البلدية", "البلديات", "الإقليمية", "الكوادر", "لجنة الحزب", "جبهة الوطن", "نجوين", "كوانج"):
        assert scoped[term] == "vietnam", term
    for term in ("الأمن", "الحكومة", "الشرطة", "مجلس", "الدولة", "الأمن والنظام"):
        assert scoped[term] == "general", term
    head = "".join(l for l in lexicon_path("glossary.csv").read_text(encoding="utf-8").splitlines(True) if l.startswith("#"))
    assert "Version 1.1.0" in head and "scope" in head and "withheld" in head


def test_no_key_is_in_both_files_and_the_news_vocabulary_is_glossed():
    g, n = _keys("glossary.csv"), _keys(G.NEWS_FILE)
    assert not set(g) & set(n), sorted(set(g) & set(n))
    assert len(n) == len(set(n)) >= 600  # no key twice within the news vocabulary either
    stop = {key(w) for w in stopwords("ar")}
    assert not [t for t in n if t in stop]  # function words are left out
    rows = read_lexicon(G.NEWS_FILE)
    assert all(re.search(r"[A-Za-z]", r["gloss"]) for r in rows)
    assert not [r["term"] for r in rows if re.search(r"[\u0600-\u06ff]", r["gloss"])]  # English only: short table cells
    assert all(r["lang"] == "ar" for r in rows)
    head = lexicon_path(G.NEWS_FILE).read_text(encoding="utf-8")
    assert "wordfreq" in head and "hand-written" in head and "Version" in head


# --- the lookup -------------------------------------------------------------------------------------


def test_a_general_row_glosses_the_same_with_or_without_vietnam_senses():
    seen = set()
    for r in read_lexicon("glossary.csv"):
        k = key(normalize(r["term"]).text)
        if k in seen:
            continue
        seen.add(k)
        if r["scope"] == "general":
            assert gloss("", "ar", r["term"]) == gloss("", "ar", r["term"], vietnam=False) == r["gloss"], r["term"]


def test_a_vietnam_row_is_withheld_without_vietnam_senses():
    for r in read_lexicon("glossary.csv"):
        if r["scope"] == "vietnam":
            assert gloss("", "ar", r["term"]) == r["gloss"], r["term"]
            assert gloss("", "ar", r["term"], vietnam=False) != r["gloss"], r["term"]


@pytest.mark.parametrize("surface, vietnam_gloss, general_gloss", [
    ("البلدية", "commune (adj.); communal", "municipality; municipal (f.)"),
    ("الحزب", "the Party", "party (political)"),
    ("الإقليمية", "provincial", "regional (f.); territorial"),
    ("الأمانة", "secretariat", "municipality (Saudi: amanah); secretariat; honesty; trust"),
    ("القاعدة", "base; grassroots", "base; rule; al-Qaeda"),
])
def test_a_withheld_word_falls_back_to_its_general_sense(surface, vietnam_gloss, general_gloss):
    assert gloss("", "ar", surface) == vietnam_gloss
    assert gloss("", "ar", surface, vietnam=False) == general_gloss


@pytest.mark.parametrize("surface, wrong", [
    ("وللبلدية", "commune"),  # proclitics do not bring the Vietnamese sense back
    ("البلديات", "communes"),
    ("والحزب", "the Party"),
    ("الحزبين", "the Party"),  # dual, through the inflectional base
    ("كوانج", "Quảng"),  # a Vietnamese name rendering
    ("لجنة الحزب", "Party committee"),  # a Vietnam-scoped phrase
])
def test_nasty_neighbours_get_no_vietnam_sense_without_it(surface, wrong):
    assert wrong not in gloss("", "ar", surface, vietnam=False)


@pytest.mark.parametrize("surface, expected", [
    ("بلدية", "municipality; municipal (f.)"),  # not ب + لديه 'he has'
    ("الجمعة", "Friday"),  # not الجمعية 'the association'
    ("الدولي", "international"),  # not الدولة 'the State'
    ("والمملكة", "the Kingdom (Saudi Arabia)"),
    ("محمد", "Muhammad (given name)"),
])
def test_news_words_are_glossed_by_their_own_forms_in_both_modes(surface, expected):
    assert gloss("", "ar", surface) == gloss("", "ar", surface, vietnam=False) == expected


def test_a_name_of_the_news_vocabulary_gives_no_base():
    # given names and countries are matched by the word only
    assert gloss("", "ar", "محمدها", vietnam=False) != "Muhammad (given name)"
    assert gloss("", "ar", "سوري", vietnam=False) != "Syria (country)"
    assert gloss("", "ar", "وسوريا", vietnam=False) == "Syria (country)"


@pytest.mark.parametrize("surface, wrong", [
    ("كيري", "sees; believes"),  # Kerry, not ك + يرى
    ("ولاية", "verse"),  # not و + ل + آية
    ("لماذا", "what"),  # why, not ل + ماذا
    ("فيصل", "reaches"),  # Faisal, not ف + يصل
    ("كمال", "money"),  # Kamal, not ك + مال
])
def test_a_rarer_proclitic_reading_gives_no_news_gloss(surface, wrong):
    assert gloss("", "ar", surface, vietnam=False) != wrong


@pytest.mark.parametrize("surface, expected", [("وقال", "said"), ("وقالت", "said (f.)"), ("فقال", "said")])
def test_a_frequent_proclitic_reading_gives_the_news_gloss(surface, expected):
    assert gloss("", "ar", surface, vietnam=False) == expected


def test_withheld_counts_vietnam_glosses():
    assert G.withheld() >= sum(r["scope"] == "vietnam" for r in read_lexicon("glossary.csv")) > 30


# --- the build: fit decides ------------------------------------------------------------------------------


def test_the_fit_check_tells_the_two_corpora_apart(vietnam, saudi):
    v, s = lexfit.glossary_fit(vietnam), lexfit.glossary_fit(saudi)
    assert v["fits"] and v["withheld"] == 0 and "withheld" not in v["verdict"]
    assert not s["fits"] and s["withheld"] == G.withheld() > 0
    assert s["verdict"].startswith("does not fit") and f"{G.withheld():,} Vietnam-scoped glosses withheld" in s["verdict"]


def test_keyness_uses_vietnam_glosses_only_where_the_glossary_fits(vietnam, saudi):
    assert _key_gloss(vietnam, "v1", "البلدية") == "commune (adj.); communal"
    assert _key_gloss(saudi, "s1", "البلدية") == "municipality; municipal (f.)"
    assert _key_gloss(saudi, "s2", "الحزب") == "party (political)"
    # a general gloss is the same on both corpora
    assert _key_gloss(vietnam, "v1", "الأمن") == _key_gloss(saudi, "s2", "الأمن") == "security"


def test_collocations_use_vietnam_glosses_only_where_the_glossary_fits():
    from arnews.stats.tables import collocation_tables

    v = {**VIETNAM, "v3": ["وقالت لجنة الحزب في كوانج نينه إن لجنة الحزب ستواصل العمل."]}
    s = {**SAUDI, "s3": ["وقالت لجنة الحزب في أنقرة إن لجنة الحزب ستواصل العمل."]}
    for texts, expected in ((v, "Party committee"), (s, None)):
        p, a = _corpus(texts)
        c = collocation_tables({"paragraphs": p, "articles": a})["collocations"]
        row = c[c.phrase == "لجنة الحزب"]
        assert len(row)
        if expected:
            assert row.gloss.iloc[0] == expected
        else:
            assert "Party committee" not in row.gloss.iloc[0] and "the Party" not in row.gloss.iloc[0]


def test_lexicon_fit_records_the_withheld_glosses(saudi):
    from arnews.hooks import ARTICLE_HOOKS

    p = saudi["paragraphs"]
    tables = {h.tables[0]: h.fn(p, None) for h in ARTICLE_HOOKS if h.tables[0] in
              ("entities", "themes", "slogans", "rhetoric", "quantities", "term_counts", "campaign_candidates")}
    tables["articles"] = pd.DataFrame([{"article_id": a, "n_title": 0, "n_body": len(ps), "n_caption": 0,
                                        "words_body": sum(len(x.split()) for x in ps)} for a, ps in SAUDI.items()])
    F = lexfit.lexicon_fit_table(tables).set_index("resource")
    assert F.loc["glossary", "withheld"] == G.withheld() and not F.loc["glossary", "fits"]
    assert (F.drop(index="glossary").withheld == 0).all()
    assert lexfit.glossary_fits(tables) == bool(F.loc["glossary", "fits"])


def test_the_seed_build_withholds_nothing(tables):
    F = tables["lexicon_fit"].set_index("resource")
    assert F.loc["glossary", "fits"] and F.loc["glossary", "withheld"] == 0
