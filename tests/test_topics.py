"""Topics: theme codebook, gazetteer, keyness, topic model, similarity, collocations.

Real behaviour on the seed articles plus hand-made sentences and corpora whose
answers are computed by hand in the test."""
from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews import topics as T
from arnews.stats.topicmodel import FINAL_EPOCHS
from arnews.corpus import read_corpus
from conftest import MANIFEST, RAW, SEEDS

S000, S001, S002, S003, S004 = (SEEDS[k] for k in ("000", "001", "002", "003", "004"))


# --- fixtures ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus():
    """The seed corpus as the build hands it to the hooks: (paragraphs, articles)."""
    arts, skipped = read_corpus(RAW, MANIFEST)
    assert not skipped
    rows, meta = [], []
    for a in arts:
        for b in a.blocks:
            rows.append({**b, "lang": a.meta["language"]})
        meta.append({"article_id": a.article_id, "language": a.meta["language"], "lang": a.meta["language"],
                     "parallel_of": a.meta.get("parallel_of", "")})
    return pd.DataFrame(rows), pd.DataFrame(meta)


@pytest.fixture(scope="module")
def themes(corpus):
    return T.themes_table(*corpus)


@pytest.fixture(scope="module")
def entities(corpus):
    return T.entities_table(*corpus)


@pytest.fixture(scope="module")
def out(corpus, themes, entities):
    paragraphs, articles = corpus
    return T.topics_tables({"paragraphs": paragraphs, "articles": articles, "themes": themes, "entities": entities})


def hand_corpus(texts: dict[str, list[str]], lang: str = "ar"):
    rows = [
        {"article_id": aid, "paragraph": i, "role": "body", "lang": lang, "text": t}
        for aid, paras in texts.items()
        for i, t in enumerate(paras)
    ]
    arts = pd.DataFrame({"article_id": list(texts), "lang": lang, "language": lang, "parallel_of": ""})
    return pd.DataFrame(rows), arts


def themes_of(text, lang="ar"):
    return list(T.dictionary_lookup(text, lang).theme)


# --- codebook ----------------------------------------------------------------------------------------


def test_codebook_is_documented_and_versioned():
    cb = T.load_codebook()
    assert cb.version
    ids = cb.theme_ids
    for required in ("security_order", "party_political_system", "mass_mobilisation", "ethnic_border_islands",
                     "new_rural_development", "law_education", "military_militia_border_guard",
                     "socio_economic_welfare", "emulation_awards"):
        assert required in ids
    for tid in ids:
        th = cb.themes[tid]
        assert th["label"] and len(th["description"]) > 40
        assert th["examples"], f"{tid} has no corpus example"
        for ex in th["examples"]:
            assert ex["article_id"] in SEEDS.values() and ex["text"] and ex["gloss"]
    table = cb.table()
    assert set(table.lang) == {"ar", "en"}
    assert (table.gloss.str.len() > 0).all()
    for tid in ids:  # every theme has patterns in both languages
        assert set(table[table.theme == tid].lang) == {"ar", "en"}


def test_codebook_examples_are_quotes_from_the_seeds(corpus):
    paragraphs, _ = corpus
    cb = T.load_codebook()
    text = {(a, int(p)): t for a, p, t in paragraphs[["article_id", "paragraph", "text"]].itertuples(index=False)}
    for tid in cb.theme_ids:
        for ex in cb.themes[tid]["examples"]:
            assert ex["text"] in text[(ex["article_id"], ex["paragraph"])], (tid, ex["text"])
            # the example really contains a match of its theme
            assert tid in themes_of(ex["text"], ex.get("lang", "ar"))


@pytest.mark.parametrize(
    "variant",
    [
        "الأمن والنظام",
        "الأَمْنُ وَالنِّظَامُ",  # diacritics
        "الامن والنظام",  # alef without hamza
        "للأمن والنظام",  # li- + article
        "بالأمن والنظام",  # bi- + article
        "وللأمن والنظام",  # wa- + li- + article
        "الأمـــن والنظام",  # tatweel
    ],
)
def test_codebook_phrase_matches_normalised_variants(variant):
    text = f"عملت الشرطه على ضمان {variant} في القرى."
    hits = T.dictionary_lookup(text)
    row = hits[hits.pattern.isin(["الأمن والنظام"])]
    assert len(row) == 1, hits
    r = row.iloc[0]
    assert r.theme == "security_order"
    # the span points into the original text and covers the variant (without a leading clitic
    # only when the clitic is part of the first word: the whole word is reported)
    assert text[r.start:r.end] == r.surface
    assert r.surface.endswith("النظام") or r.surface.endswith("النِّظَامُ")
    # ta marbuta written as ha still matches "police"
    assert "security_order" in list(hits[hits.surface == "الشرطه"].theme)


@pytest.mark.parametrize(
    "word, theme",
    [
        ("الأقليات", "ethnic_border_islands"),
        ("والأقليات", "ethnic_border_islands"),
        ("الأقلية", "ethnic_border_islands"),
        ("القانون", "law_education"),
        ("للقانون", "law_education"),
        ("القانونية", "law_education"),
        ("التعبئة", "mass_mobilisation"),
        ("وتعبئة", "mass_mobilisation"),
        ("الميليشيا", "military_militia_border_guard"),
        ("الريفية", "new_rural_development"),
        ("الحزب", "party_political_system"),
        ("للحزب", "party_political_system"),
        ("المحاكاة", "emulation_awards"),
    ],
)
def test_codebook_single_words_with_clitics(word, theme):
    assert themes_of(f"تحدث التقرير عن {word} اليوم") == [theme]


def test_codebook_prefix_pattern_does_not_swallow_lookalikes():
    # أقليات* (minorities) must not match الإقليمية (provincial): both keys start with اقلي-
    assert themes_of("اللجنة الشعبية الإقليمية") == ["party_political_system"]
    assert "ethnic_border_islands" not in themes_of("الشرطة الإقليمية")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قيادة حرس الحدود", ["military_militia_border_guard"]),  # not 'border'
        ("الضمان الاجتماعي", ["socio_economic_welfare"]),  # not 'security'
        ("قوات التعبئة الاحتياطية", ["military_militia_border_guard"]),  # not 'mobilisation'
        ("التعبئة الجماهيرية", ["mass_mobilisation"]),  # one hit, not two
        ("الأمن والنظام", ["security_order"]),  # one hit for the phrase
    ],
)
def test_codebook_longest_match_wins(text, expected):
    assert themes_of(text) == expected


def test_codebook_phrase_does_not_cross_punctuation():
    assert themes_of("الأمن. والنظام") == ["security_order"]  # only the bare security word
    assert list(T.dictionary_lookup("الأمن. والنظام").pattern) == ["أمن"]


def test_codebook_english_patterns():
    hits = T.dictionary_lookup("Ensuring security and order, mobilizing ethnic minority people and building socio-economic development.", "en")
    assert list(hits.theme) == ["security_order", "mass_mobilisation", "ethnic_border_islands", "socio_economic_welfare"]
    assert "security and order" in list(hits.surface)
    assert "socio-economic development" in list(hits.surface)  # hyphen inside a word does not break the phrase


def test_codebook_rejects_a_pattern_in_two_themes(tmp_path):
    bad = {"name": "x", "version": "0", "themes": [
        {"id": "a", "label": "A", "description": "d", "patterns": {"ar": [{"pattern": "الأمن", "gloss": "security"}]}},
        {"id": "b", "label": "B", "description": "d", "patterns": {"ar": [{"pattern": "أمن", "gloss": "security"}]}},
    ]}
    p = tmp_path / "themes.json"
    p.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="both"):
        T.load_codebook(path=p)
    bad["themes"] = bad["themes"][:1]
    bad["themes"][0]["patterns"]["ar"].append({"pattern": "في", "gloss": "in"})
    p.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="stop word"):
        T.load_codebook(path=p)


def test_themes_table_on_the_seeds(corpus, themes):
    paragraphs, _ = corpus
    cb = T.load_codebook()
    body = paragraphs[paragraphs.role == "body"]
    assert len(themes) == len(body) * len(cb.theme_ids)
    assert list(themes.columns[:5]) == ["article_id", "paragraph", "theme", "hits", "share"]
    # only body paragraphs are scored
    keys = set(zip(themes.article_id, themes.paragraph))
    assert keys == set(zip(body.article_id, body.paragraph))
    # shares sum to 1 in every paragraph with hits, and one dominant theme there
    g = themes.groupby(["article_id", "paragraph"])
    tot = g.hits.sum()
    assert np.allclose(g.share.sum()[tot > 0], 1.0)
    assert (g.dominant.sum()[tot > 0] == 1).all()
    assert (g.dominant.sum()[tot == 0] == 0).all()
    # the new-rural article names new rural development, the others hardly do
    by_art = themes.groupby(["article_id", "theme"]).hits.sum().unstack()
    assert by_art.loc[S002, "new_rural_development"] > 10 * max(1, by_art.loc[S000, "new_rural_development"])
    assert by_art.loc[S004, "mass_mobilisation"] == by_art["mass_mobilisation"].max()


def test_parallel_pair_has_the_same_theme_profile(themes):
    ta = T.theme_articles(themes)
    prof = ta.pivot(index="article_id", columns="theme", values="share")
    dom = ta[ta.dominant].set_index("article_id").theme
    assert dom[S000] == dom[S001]
    # the Arabic translation is closer to its English original than to any other article
    cos = lambda a, b: float(np.dot(a, b) / np.linalg.norm(a) / np.linalg.norm(b))
    sims = {a: cos(prof.loc[S000], prof.loc[a]) for a in prof.index if a != S000}
    assert max(sims, key=sims.get) == S001 and sims[S001] > 0.95


# --- gazetteer ------------------------------------------------------------------------------------------


def ent_ids(text):
    return list(T.find_entities(text).entity_id)


@pytest.mark.parametrize(
    "spelling",
    ["كوانج نينه", "كوانغ نينه", "كوانغ نينة", "كوانج نينة", "الكوانج نينه", "كوانغنينه", "كوانغ-نينه", "كوانغ نين", "كُوانْغ نِينه"],
)
def test_gazetteer_transliteration_variants(spelling):
    text = f"زار الوفد مقاطعة {spelling} أمس"
    got = T.find_entities(text)
    assert list(got.entity_id) == ["quang_ninh"]
    assert got.surface.iloc[0] == spelling  # span = the whole spelling, in the original text


@pytest.mark.parametrize("prefix", ["و", "ب", "ل", "وب", "ف"])
def test_gazetteer_span_excludes_proclitics(prefix):
    text = f"التقى {prefix}كوانغ نينه"
    got = T.find_entities(text)
    assert list(got.entity_id) == ["quang_ninh"]
    assert got.surface.iloc[0] == "كوانغ نينه"


def test_gazetteer_generated_variants_all_match():
    gz = T.load_gazetteer()
    for eid in ("quang_ninh", "thanh_hoa", "hai_lang", "dakrong", "nguyen_xuan_ky", "dau_thanh_tung"):
        for alias in gz.entities[eid].aliases_ar:
            variants = T.spelling_variants(alias)
            assert len(variants) >= 8
            for v in variants:
                assert ent_ids(f"في {v} اليوم") == [eid], (eid, v)
    assert "كوانغ نينة" in T.spelling_variants("كوانج نينه")
    assert "الكوانج نينه" in T.spelling_variants("كوانج نينه")


def test_gazetteer_does_not_overmatch():
    assert ent_ids("كوانغ تري") == ["quang_tri"]  # another province with the same first syllable
    assert ent_ids("كوانج نينهات") == []  # a longer word is not the name
    assert ent_ids("قيادة حرس الحدود الإقليمية") == ["provincial_border_guard_command"]  # longest wins
    assert ent_ids("حرس الحدود") == ["border_guard"]


def test_gazetteer_english_is_case_and_diacritic_insensitive():
    assert ent_ids("Officials of Quảng Ninh and QUANG NINH met the Provincial Border Guard Command.") == [
        "quang_ninh", "quang_ninh", "provincial_border_guard_command"]


def test_gazetteer_every_entry_is_complete_and_self_matching():
    gz = T.load_gazetteer()
    tab = gz.table()
    assert tab.entity_id.is_unique
    assert set(tab.type) <= {"person", "place", "organisation", "office"}
    assert (tab.gloss.str.len() > 10).all() and (tab.name_en.str.len() > 0).all()
    for e in gz.entities.values():
        for a in e.aliases_ar:
            assert e.entity_id in ent_ids(f"قال {a} أمس"), (e.entity_id, a)
        for a in e.aliases_en:
            assert e.entity_id in ent_ids(f"said {a} yesterday"), (e.entity_id, a)


def test_entities_in_the_seeds(corpus, entities):
    paragraphs, _ = corpus
    text = {(a, int(p)): t for a, p, t in paragraphs[["article_id", "paragraph", "text"]].itertuples(index=False)}
    # spans are offsets into the original paragraph text
    for r in entities.itertuples():
        assert text[(r.article_id, r.paragraph)][r.start:r.end] == r.surface
    ids = lambda aid: set(entities[entities.article_id == aid].entity_id)
    assert {"quang_ninh", "provincial_police", "provincial_military_command", "provincial_border_guard_command",
            "secretariat", "prime_minister"} <= ids(S000) & ids(S001)
    assert {"ky_thuong", "ha_long", "hoanh_mo_border_station", "nguyen_chien"} <= ids(S001)
    assert {"quang_tri", "hai_lang", "dakrong", "hai_phu", "vff"} <= ids(S002)
    assert {"thanh_hoa", "dau_thanh_tung", "steering_committee_138", "veterans_association", "farmers_association",
            "womens_union", "ministry_public_security", "provincial_peoples_committee"} <= ids(S003)
    assert {"quang_ninh", "nguyen_xuan_ky", "party_central_committee", "politburo", "provincial_peoples_council",
            "provincial_mass_mobilisation_commission"} <= ids(S004)
    # both spellings of Quảng Ninh are found
    qn = set(entities[entities.entity_id == "quang_ninh"].surface)
    assert {"كوانج نينه", "كوانغ نينه", "Quang Ninh"} <= qn
    # the vice-chairman is named in the body and in three captions of 003
    dtt = entities[entities.entity_id == "dau_thanh_tung"]
    assert len(dtt) == 5 and set(dtt.role) == {"body", "caption"}
    # bylines, sources and boilerplate are never searched
    assert not set(entities.role) - {"title", "body", "caption"}
    assert "thanh_le" not in set(entities.entity_id) and "to_lam" not in set(entities.entity_id)


def test_entity_candidates_lists_unknown_acronyms(corpus, entities):
    paragraphs, _ = corpus
    cand = T.entity_candidates(paragraphs, entities)
    acr = cand[cand.kind == "acronym"].set_index("surface")
    assert acr.loc["ANTQ", "n"] == 2 and acr.loc["ANTQ", "n_articles"] == 2
    assert "SOC" in acr.index
    # known names are not candidates; sentence-initial words and months are not either
    assert not cand.surface.str.contains("Quang|Ninh|Ha Long|March|Most|Therefore").any()
    # an unknown transliterated name next to known syllables is flagged
    p, _ = hand_corpus({"x": ["زار الرفيق نجوين فان آن مقاطعة كوانغ نينه"]})
    c = T.entity_candidates(p)
    assert "transliteration" in set(c.kind)


# --- keyness ----------------------------------------------------------------------------------------------


def g2_by_hand(a, b, nt, nr):
    c, d, n = nt - a, nr - b, nt + nr
    cells = [(a, (a + b) * nt / n), (b, (a + b) * nr / n), (c, (c + d) * nt / n), (d, (c + d) * nr / n)]
    return 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)


def test_textstat_keyness_known_answer():
    # target: 20 tokens with 8 x; reference: 30 tokens with 2 x
    target = {"x": 8, "y": 12}
    reference = {"x": 2, "y": 28}
    k = T.textstat_keyness(target, reference).set_index("feature")
    expected = 2 * (8 * math.log(8 / 4) + 2 * math.log(2 / 6) + 12 * math.log(12 / 16) + 28 * math.log(28 / 24))
    assert k.loc["x", "stat"] == pytest.approx(expected, rel=1e-9)
    assert k.loc["y", "stat"] == pytest.approx(-expected, rel=1e-9)  # the complement is under-used
    assert list(k.index) == ["x", "y"]
    # chi-squared: N (ad - bc)^2 / ((a+b)(c+d)(a+c)(b+d)) = 50 * 200^2 / (10*40*20*30) = 8.333...
    chi = T.textstat_keyness(target, reference, measure="chi2").set_index("feature")
    assert chi.loc["x", "stat"] == pytest.approx(50 * 200**2 / 240000)
    yates = T.textstat_keyness(target, reference, measure="chi2", correction="yates").set_index("feature")
    assert yates.loc["x", "stat"] == pytest.approx(50 * (200 - 25) ** 2 / 240000)
    will = T.textstat_keyness(target, reference, correction="williams").set_index("feature")
    assert 0 < will.loc["x", "stat"] < expected
    assert k.loc["x", "p"] == pytest.approx(math.erfc(math.sqrt(expected / 2)))  # chi2(1) survival
    assert k.loc["x", "log_ratio"] == pytest.approx(math.log2((8.5 / 20.5) / (2.5 / 30.5)))


def test_keyness_per_article_on_a_tiny_corpus():
    p, a = hand_corpus({
        "A": ["الزراعة الزراعة الزراعة المدرسة"],
        "B": ["المدرسة المدرسة الطريق"],
        "C": ["الطريق المدرسة"],
    })
    feats = T.document_features(p, a)
    k = T.keyness(feats)
    top = k[(k.article_id == "A") & (k.direction == "over")].iloc[0]
    assert top.surface == "الزراعة" and top["rank"] == 1
    assert (top.n_target, top.n_reference) == (3, 0)
    assert top.G2 == pytest.approx(g2_by_hand(3, 0, 4, 5), rel=1e-6)
    # under-used in A: الطريق (0 of 4 vs 2 of 5) is more extreme than المدرسة (1 of 4 vs 3 of 5)
    assert g2_by_hand(0, 2, 4, 5) > g2_by_hand(1, 3, 4, 5)
    under = k[(k.article_id == "A") & (k.direction == "under")]
    assert list(under.surface) == ["الطريق", "المدرسة"]
    assert list(under.G2) == pytest.approx([-g2_by_hand(0, 2, 4, 5), -g2_by_hand(1, 3, 4, 5)], rel=1e-6)
    # B: الطريق once of 3 against once of 6 in the rest
    kb = k[(k.article_id == "B") & (k.surface == "الطريق")].iloc[0]
    assert kb.G2 == pytest.approx(g2_by_hand(1, 1, 3, 6), rel=1e-6)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from("abcdef"), st.integers(0, 40), min_size=2),
       st.dictionaries(st.sampled_from("abcdef"), st.integers(0, 40), min_size=2))
def test_keyness_is_antisymmetric_and_matches_the_formula(t, r):
    if sum(t.values()) == 0 or sum(r.values()) == 0:
        return
    k1 = T.textstat_keyness(t, r).set_index("feature")
    k2 = T.textstat_keyness(r, t).set_index("feature")
    nt, nr = sum(t.values()), sum(r.values())
    for f in k1.index:
        a, b = t.get(f, 0), r.get(f, 0)
        assert abs(k1.loc[f, "stat"]) == pytest.approx(g2_by_hand(a, b, nt, nr), abs=1e-9)
        assert k1.loc[f, "stat"] == pytest.approx(-k2.loc[f, "stat"], abs=1e-9)
        if a / nt > b / nr + 1e-12:
            assert k1.loc[f, "stat"] >= 0


def test_keyness_on_the_seeds(out):
    k = out["keyness"]
    assert set(k.lang) == {"ar"}  # the English original has no same-language reference
    over = k[k.direction == "over"]
    assert set(over.article_id) == {S000, S002, S003, S004}
    top = over[over["rank"] <= 3].groupby("article_id").surface.apply(set)
    assert "الأقليات" in top[S000]  # ethnic minorities
    assert "الريفية" in top[S002]  # rural
    assert (over.G2 > 0).all() and (k[k.direction == "under"].G2 < 0).all()
    assert not (k.gloss == "(no gloss)").any()  # every shown Arabic term is glossed
    stop = T.stopwords("ar")
    assert not any(T.key(s) in stop for s in k.surface)


# --- topics ----------------------------------------------------------------------------------------------


def test_topic_model_on_the_seeds(out):
    sel = out["topic_selection"]
    ar = sel[sel.lang == "ar"]
    assert ar.chosen.sum() == 1
    chosen = ar[ar.chosen].iloc[0]
    assert chosen.score == pytest.approx(ar.score.max())
    assert 2 <= chosen.k <= 9 and f"k={chosen.k}" in chosen.reason
    en = sel[sel.lang == "en"].iloc[0]
    assert en.k == 0 and "at least" in en.reason  # 9 English paragraphs: too few
    topics = out["topics"]
    assert topics.topic_id.nunique() == chosen.k
    assert (topics.groupby("topic_id")["rank"].max() <= 10).all()
    assert not (topics.gloss == "(no gloss)").any()
    pt = out["paragraph_topics"]
    assert (pt.groupby(["article_id", "paragraph"]).dominant.sum() == 1).all()
    tt = out["topic_themes"]
    assert (tt.groupby("topic_id").best.sum() == 1).all()


def test_topic_model_guards_small_and_odd_corpora():
    p, a = hand_corpus({"A": ["الأمن والنظام في القرى", "الحزب والدولة"]})
    tm = T.topic_model(T.document_features(p, a), "ar")
    assert tm["k"] == 0 and tm["terms"].empty and "paragraph" in tm["reason"]
    # every corpus-level table exists (possibly empty) for a one-article, an English-only and an empty corpus
    for p, a in (hand_corpus({"A": ["الأمن والنظام في القرى"]}), hand_corpus({"E": ["Security and order.", "The Party."]}, "en"),
                 hand_corpus({})):
        res = T.topics_tables({"paragraphs": p, "articles": a})
        assert {"keyness", "topics", "paragraph_topics", "similarity", "collocations", "entity_candidates",
                "topic_selection", "theme_articles", "topic_themes"} <= set(res)
        assert all(isinstance(v, pd.DataFrame) for v in res.values())


def test_corpus_tables_are_deterministic(corpus, themes, entities, out):
    paragraphs, articles = corpus
    again = T.topics_tables({"paragraphs": paragraphs, "articles": articles, "themes": themes, "entities": entities})
    for name in out:
        pd.testing.assert_frame_equal(out[name], again[name], obj=name)


# --- similarity and collocations ------------------------------------------------------------------------


def test_similarity_of_the_seeds(out):
    s = out["similarity"]
    assert not (s.article_a == s.article_b).any()
    pair = s.set_index(["article_a", "article_b"])
    # symmetric
    for (a, b), r in pair.iterrows():
        assert r.cosine_tfidf == pytest.approx(pair.loc[(b, a), "cosine_tfidf"])
    # across languages TF-IDF sees nothing, the codebook and the gazetteer see the translation
    assert pair.loc[(S000, S001), "cosine_tfidf"] == 0
    assert pair.loc[(S000, S001), "parallel"]
    row = s[s.article_a == S000].set_index("article_b")
    assert row.cosine_themes.idxmax() == S001 and row.cosine_entities.idxmax() == S001
    # the two Quảng Ninh articles share more entities than 000 shares with 002 or 003
    assert row.loc[S004, "cosine_entities"] > max(row.loc[S002, "cosine_entities"], row.loc[S003, "cosine_entities"])


def test_collocations_of_the_seeds(out):
    c = out["collocations"]
    phrases = c.drop_duplicates("rank").set_index("phrase")
    assert phrases.index[0] == "الأمن والنظام"
    top = c[c.phrase == "الأمن والنظام"]
    assert top["count"].sum() == top.total.iloc[0]  # counts per article add up
    assert top.total.iloc[0] >= 25 and top.n_articles.iloc[0] == 4  # للأمن والنظام etc. grouped in
    assert "على مستوى القاعدة الشعبية" in phrases.index  # a leading preposition kept when it is fixed
    assert phrases.loc["على مستوى القاعدة الشعبية", "gloss"] == "at the grassroots level"
    stop = T.stopwords("ar")
    assert not any(T.key(p.split()[-1]) in stop for p in phrases.index if T._AR_RE.search(p))


def test_collocations_count_a_hand_made_corpus():
    p, a = hand_corpus({
        "A": ["عزز الجيش الأمن والنظام في القرى. ثم عزز الأمن والنظام"],
        "B": ["حماية الأمن والنظام على مستوى القاعدة الشعبية", "على مستوى القاعدة الشعبية"],
    })
    c = T.collocations(T.document_features(p, a))
    sec = c[c.terms == c[c.phrase == "الأمن والنظام"].terms.iloc[0]]
    assert dict(zip(sec.article_id, sec["count"])) == {"A": 2, "B": 1}
    assert "على مستوى القاعدة الشعبية" in set(c.phrase)
    assert "مستوى القاعدة الشعبية" not in set(c.phrase)  # subsumed by the longer, equally frequent expression


# --- per-article counts, merged: the whole corpus at corpus level ---------------------------------------


HAND = {
    "A": ["عزز الجيش الأمن والنظام في القرى. ثم عزز الأمن والنظام", "الزراعة في القرى الجبلية"],
    "B": ["حماية الأمن والنظام على مستوى القاعدة الشعبية", "على مستوى القاعدة الشعبية"],
    "C": ["الطريق إلى المدرسة الجديدة في القرية", "بناء المدرسة والطريق"],
    "D": ["الزراعة والري في المناطق الجبلية", "تعزيز الزراعة في المناطق الريفية"],
    "E": ["الشرطة تحمي الأمن في المدينة", "الأمن والنظام في المدينة"],
    "F": ["المدرسة الجديدة في المدينة", "الطلاب في المدرسة"],
    "G": ["الري والزراعة الجبلية", "القرى الجبلية والطريق"],
    "H": ["الجيش والشرطة وحماية الحدود", "حماية الحدود في المناطق الجبلية"],
    "I": ["Security and order in the villages.", "The army protects the border."],
    "J": ["The new school in the city.", "Security and order in the city."],
    "K": ["التنمية الريفية الجديدة", "تعزيز التنمية في القرى"],
    "L": ["كلمة وحيدة"],
}


def hand_mixed():
    p, a = hand_corpus({k: v for k, v in HAND.items() if k not in "IJ"})
    pe, ae = hand_corpus({k: v for k, v in HAND.items() if k in "IJ"}, "en")
    return pd.concat([p, pe], ignore_index=True), pd.concat([a, ae], ignore_index=True)


def test_term_counts_are_the_features_of_the_paragraphs(corpus):
    paragraphs, articles = corpus
    tc = T.term_counts_table(paragraphs, articles)
    assert list(tc.columns) == T.TERM_COUNT_COLS
    body = paragraphs[paragraphs.role == "body"]
    assert set(zip(tc.article_id, tc.paragraph)) <= set(zip(body.article_id, body.paragraph))  # body paragraphs only
    assert set(tc.kind) <= set(T.TERM_KINDS)
    f = T.corpus_features(tc)
    feat = dict(zip(zip(f.types.tlang, f.types.term), f.types.feature))
    # a clitic is stripped when the remainder is attested, an article always; stop words have no feature
    assert feat[("ar", "وتعزيز")] == feat[("ar", "تعزيز")] != ""
    assert feat[("ar", "والأمن")] == feat[("ar", "الأمن")] == feat[("ar", "للأمن")]
    assert feat[("ar", "في")] == "" and f.types.set_index(["tlang", "term"]).stop[("ar", "في")]
    # English words are lower-cased stems
    assert feat[("en", "security")] == "secur" and feat[("en", "villages")] == "villag" and feat[("en", "the")] == ""


def test_merged_halves_equal_the_whole():
    p, a = hand_mixed()
    first, second = sorted(a.article_id)[:6], sorted(a.article_id)[6:]
    halves = [(p[p.article_id.isin(ids)], a[a.article_id.isin(ids)]) for ids in (first, second)]
    for fn in (T.term_counts_table, T.term_stream_table):
        whole = fn(p, a)
        merged = pd.concat([fn(*h) for h in halves], ignore_index=True)
        pd.testing.assert_frame_equal(whole, merged.sort_values(list(whole.columns[:4]), kind="mergesort").reset_index(drop=True))
    # the corpus-level tables of the merged parts (in any order) equal those of the whole
    tw = {"paragraphs": p, "articles": a, "term_counts": T.term_counts_table(p, a), "term_stream": T.term_stream_table(p, a)}
    tm = {"paragraphs": p, "articles": a, "term_counts": [T.term_counts_table(*h) for h in halves[::-1]],
          "term_stream": lambda: iter([T.term_stream_table(*h) for h in halves])}
    w, m = T.topics_tables(tw), T.topics_tables(tm)
    assert set(w) == set(m)
    for name in w:
        pd.testing.assert_frame_equal(w[name], m[name], obj=name)
    assert len(w["keyness"]) and len(w["collocations"]) and len(w["similarity"])


def test_similarity_top_k_equals_brute_force():
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.preprocessing import normalize as l2

    p, a = hand_mixed()
    feats = T.document_features(p, a)
    k = 3
    sim = T.similarity(feats, a, neighbours=k)
    assert list(sim.columns) == T.SIM_COLS
    # brute force: the dense cosine matrix, each row's k largest positive values (ties: article id)
    m, keys, _ = feats.matrix(None, by="article")
    X = l2(TfidfTransformer().fit_transform(m)).toarray()
    S = X @ X.T
    ids = list(keys.article_id)
    expected = []
    for i, aid in enumerate(ids):
        cand = sorted(((-S[i, j], ids[j]) for j in range(len(ids)) if j != i and S[i, j] > 1e-12))[:k]
        expected += [(aid, b, r, round(-v, 6)) for r, (v, b) in enumerate(cand, start=1)]
    got = list(sim[["article_a", "article_b", "rank", "cosine_tfidf"]].itertuples(index=False, name=None))
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    assert [g[3] for g in got] == pytest.approx([e[3] for e in expected], abs=1e-6)
    assert set(sim.article_a) == set(ids) - {"L"}  # L shares no word with any other article
    # every ordered pair when the corpus is small enough, with ranks 1..n-1
    full = T.similarity(feats, a, neighbours=k, all_pairs_max=len(ids))
    assert len(full) == len(ids) * (len(ids) - 1)
    assert (full.groupby("article_a")["rank"].max() == len(ids) - 1).all()
    # a parallel version is always listed, even without a shared word
    a2 = a.copy()
    a2.loc[a2.article_id == "I", "parallel_of"] = "A"
    sp = T.similarity(feats, a2, neighbours=k)
    row = sp[(sp.article_a == "A") & (sp.article_b == "I")].iloc[0]
    assert row.parallel and row.cosine_tfidf == 0 and row["rank"] == len(sp[sp.article_a == "A"])


def test_topic_model_k_set_by_the_user_and_coherence_per_topic(corpus, themes, entities, monkeypatch):
    paragraphs, articles = corpus
    tables = {"paragraphs": paragraphs, "articles": articles, "themes": themes, "entities": entities}
    out = T.topic_model_tables(tables, k=4)
    sel = out["topic_selection"].set_index("lang")
    assert sel.loc["ar", "k"] == 4 and "set by the caller" in sel.loc["ar", "reason"] and sel.loc["ar", "chosen"]
    topics = out["topics"]
    assert topics[topics.lang == "ar"].topic_id.nunique() == 4
    coh = topics.groupby("topic_id").coherence_npmi.agg(["min", "max"])
    assert (coh["min"] == coh["max"]).all() and coh["min"].between(-1, 1).all()
    monkeypatch.setenv("ARNEWS_TOPICS_K", "ar=3")
    again = T.topic_model_tables(tables)["topics"]
    assert again[again.lang == "ar"].topic_id.nunique() == 3
    pt = out["paragraph_topics"]
    assert np.allclose(pt.groupby(["article_id", "paragraph"]).weight.sum(), 1.0, atol=1e-4)
    assert (pt.weight > 0).all()


def test_topic_model_on_more_paragraphs_than_the_selection_sample():
    """Past ``max_select_docs`` paragraphs: k is chosen on an evenly spaced sample, the chosen k's
    fit starts the online fit on every paragraph, which runs at most FINAL_EPOCHS epochs; the three
    hand-made subjects come out as the same three topics on both paths."""
    subjects = {"rain": "هطلت الأمطار الغزيرة والسيول في الوادي", "oil": "ارتفعت أسعار النفط الخام وبراميل التصدير",
                "match": "فاز الفريق في المباراة وسجل اللاعب هدفا"}
    extra = ["أمس", "اليوم", "مجددا", "أخيرا"]  # words of every subject
    texts = {f"{g}{i}": [f"{core} {extra[i % 4]}", f"{core} {extra[(i + 1) % 4]}"]
             for g, core in subjects.items() for i in range(12)}
    p, a = hand_corpus(texts)
    feats = T.document_features(p, a)
    small = T.topic_model(feats, "ar", k_range=[2, 3], n_top=5, max_select_docs=20)
    whole = T.topic_model(feats, "ar", k_range=[2, 3], n_top=5)
    assert "started from NMF on 20 evenly spaced paragraphs, then" in small["reason"]
    epochs = int(small["reason"].split(", then ")[1].split(" epoch")[0])
    assert 1 <= epochs <= FINAL_EPOCHS
    assert "evenly spaced" not in whole["reason"]
    found = []
    for tm in (small, whole):
        assert tm["k"] == 3
        dom = tm["doc_topics"].sort_values("weight", ascending=False).drop_duplicates(["article_id", "paragraph"])
        # every paragraph's dominant topic is its subject's: one topic per subject
        by_subject = dom.groupby(dom.article_id.str.rstrip("0123456789")).topic.agg(set)
        assert all(len(t) == 1 for t in by_subject) and len(set().union(*by_subject)) == 3
        found.append(by_subject.map(min).to_dict())
    assert len(set(found[0].values())) == len(set(found[1].values())) == 3


def test_topic_k_range_grows_with_the_corpus():
    assert T.topic_k_range(60, 500) == list(range(2, 11))
    assert T.topic_k_range(30, 500) == [2, 3, 4, 5, 6]
    big = T.topic_k_range(20_000, 5_000)
    assert big[0] == 5 and big[-1] == 40 and len(big) <= 16
    assert max(T.topic_k_range(1_000, 5_000)) == 15


# --- build integration ----------------------------------------------------------------------------------


def test_build_writes_the_topic_tables(tables):
    th = tables["themes"]
    assert list(th.columns[:5]) == ["article_id", "paragraph", "theme", "hits", "share"]
    ent = tables["entities"]
    assert list(ent.columns[:7]) == ["article_id", "paragraph", "start", "end", "surface", "entity_id", "type"]
    paras = tables.paragraphs.set_index(["article_id", "paragraph"]).text
    for r in ent.itertuples():
        assert paras.loc[(r.article_id, r.paragraph)][r.start:r.end] == r.surface
    for name in ("keyness", "topics", "paragraph_topics", "similarity", "collocations", "entity_candidates", "topic_selection"):
        assert name in tables
    sim = tables["similarity"]
    assert sim[(sim.article_a == S000) & (sim.article_b == S001)].parallel.iloc[0]


def test_the_topics_notebook_states_the_rule_the_build_applies():
    """The narrated rule for choosing k names the threshold of a coherent topic that
    topic_model uses (the score is coherent topics x diversity, not mean NPMI)."""
    import json
    from pathlib import Path

    from arnews.stats.topicmodel import COHERENT_NPMI

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "01_topics.ipynb").read_text(encoding="utf-8"))
    text = " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert f"mean NPMI of at least {COHERENT_NPMI:g}" in text
    assert "`coherent_topics` column" in text
