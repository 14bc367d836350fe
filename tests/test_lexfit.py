"""Lexicon fit (arnews.lexfit) and discovered campaigns on the hand-annotated dev pages."""
import json
from pathlib import Path

import pandas as pd

import arnews.rhetoric as R
from arnews import lexfit
from arnews.schema import conform

PAGES = Path(__file__).parent / "data" / "pages"


def test_lexicon_fit_on_the_seeds_every_resource_fits(seeds):
    from arnews.build import _meta_frames, paragraphs_frame
    from arnews.hooks import ARTICLE_HOOKS

    arts = list(seeds.values())
    P, A = paragraphs_frame(arts), _meta_frames(arts)
    tables = {h.tables[0]: h.fn(P, A) for h in ARTICLE_HOOKS if h.tables[0] in
              ("entities", "themes", "slogans", "rhetoric", "quantities", "term_counts", "campaign_candidates")}
    arts_df = pd.DataFrame([{"article_id": a, "n_title": 1, "n_body": n, "n_caption": 0, "words_body": w} for a, n, w in
                            [(aid, g.paragraph.nunique(), g.text.str.split().str.len().sum()) for aid, g in P.groupby("article_id")]])
    tables["articles"] = arts_df
    F = conform("lexicon_fit", lexfit.lexicon_fit_table(tables)).set_index("resource")
    assert F.fits.all(), F.verdict.to_dict()
    assert F.loc["campaign canon", "entries_hit"] >= 12 and F.loc["gazetteer", "context_share"] > 0.9


def test_lexicon_fit_flags_vietnam_resources_on_news_about_elsewhere():
    text = ["أعلنت وزارة الصحة في الرياض إطلاق حملة وطنية للتبرع بالدم في جميع مناطق المملكة.",
            "وأشاد المندوب بالجهود الكبيرة في الأمم المتحدة لحماية المدنيين، وقال إن الحزب يدعم القرار."]
    P = pd.DataFrame([{"article_id": "s1", "paragraph": i, "role": "body", "lang": "ar", "text": t} for i, t in enumerate(text)])
    from arnews.hooks import ARTICLE_HOOKS

    tables = {h.tables[0]: h.fn(P, None) for h in ARTICLE_HOOKS if h.tables[0] in
              ("entities", "themes", "slogans", "rhetoric", "quantities", "term_counts", "campaign_candidates")}
    tables["articles"] = pd.DataFrame([{"article_id": "s1", "n_title": 0, "n_body": 2, "n_caption": 0, "words_body": 28}])
    F = lexfit.lexicon_fit_table(tables).set_index("resource")
    assert not F.loc["campaign canon", "fits"] and F.loc["campaign canon", "entries_hit"] == 0
    assert all(v.startswith("does not fit") for v in F[~F.fits].verdict)


def test_build_warns_once_per_resource_that_does_not_fit(tmp_path):
    pd.DataFrame([{"resource": "campaign canon", "file": "campaigns.csv", "fits": False,
                   "verdict": "does not fit: no hit in the corpus"},
                  {"resource": "units", "file": "units.csv", "fits": True, "verdict": "fits: ..."}]).to_csv(
        tmp_path / "lexicon_fit.csv", index=False)
    assert lexfit.fit_warnings(tmp_path) == ["lexicon campaigns.csv does not fit: no hit in the corpus"]


def test_discovered_campaigns_on_the_dev_pages_group_their_variants():
    gold = [json.loads(l) for l in (PAGES / "campaigns.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_campaigns", Path(__file__).parents[1] / "benchmarks" / "score_campaigns.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    s = mod.score(PAGES, sorted({g["page"] for g in gold}))
    assert s["mention_recall"] >= 0.8 and s["bcubed_precision"] >= 0.9 and s["bcubed_recall"] >= 0.8, s
