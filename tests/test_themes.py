"""Themes: words inside names are not theme evidence; the dominant theme reflects distinctive use."""
from __future__ import annotations

import pandas as pd

from arnews import themes as TH
from arnews.corpus import read_corpus
from conftest import MANIFEST, RAW, SEEDS


def seeds():
    arts, _ = read_corpus(RAW, MANIFEST)
    rows = [{**b, "lang": a.meta["language"]} for a in arts for b in a.blocks]
    meta = [{"article_id": a.article_id, "language": a.meta["language"]} for a in arts]
    return pd.DataFrame(rows), pd.DataFrame(meta)


def test_004_is_dominated_by_mass_mobilisation():
    P, A = seeds()
    ta = TH.theme_articles(TH.themes_table(P, A))
    dom = ta[ta.dominant].set_index("article_id").theme
    assert dom[SEEDS["004"]] == "mass_mobilisation"


def test_words_of_an_institution_name_are_not_theme_evidence():
    text = "عقدت لجنة التعبئة الجماهيرية التابعة للجنة الحزب الإقليمية اجتماعا حول الأمن"
    P = pd.DataFrame([{"article_id": "x", "paragraph": 0, "role": "body", "lang": "ar", "text": text}])
    th = TH.themes_table(P).set_index("theme")
    assert th.loc["party_political_system", "hits"] == 0 and th.loc["mass_mobilisation", "hits"] == 0
    assert th.loc["security_order", "hits"] == 1 and th.loc["security_order", "dominant"]
    # the string-level lookup still sees every pattern
    assert "party_political_system" in set(TH.dictionary_lookup(text).theme)


def test_distinctive_words_weigh_more_than_common_ones():
    assert TH.match_weight(["التعبئة"], "ar") > 2 * TH.match_weight(["الدولة"], "ar")
    text = "التعبئة الجماهيرية في الدولة والحكومة"
    P = pd.DataFrame([{"article_id": "x", "paragraph": 0, "role": "body", "lang": "ar", "text": text}])
    th = TH.themes_table(P).set_index("theme")
    assert th.loc["party_political_system", "hits"] == 2 and th.loc["mass_mobilisation", "hits"] == 1
    assert th.loc["mass_mobilisation", "dominant"]
