"""Campaigns from the text (arnews.rhetoric.discover): candidates and their grouping by meaning."""
import pandas as pd

import arnews.rhetoric as R

# three articles in the style of the seeds, about a campaign no lexicon lists ("green Sundays"),
# rendered three ways, next to a canon movement (a1 names its Vietnamese province: the canon is
# claimed only in its own world) and an unrelated quoted name
ARTICLES = {
    "a1": ["أطلقت اللجنة الشعبية لمقاطعة كوانغ نينه حملة «الأحد الأخضر» لتنظيف الشوارع والأحياء.",
           "وشارك آلاف الشباب في حركة «جميع الناس يحمون الأمن الوطني» في البلدية."],
    "a2": ["واصل اتحاد الشباب حركة «أيام الأحد الخضراء» في القرى الجبلية.",
           "وحضر الحفل ممثلو «شركة الكهرباء الإقليمية»."],
    "a3": ["نظمت البلدية مهرجان «يوم الأحد الأخضر» بمشاركة ثلاثة آلاف متطوع.",
           "وقال رئيس اللجنة إن حملة «الأحد الأخضر» ستستمر حتى نهاية العام."],
}


def _paragraphs():
    rows = []
    for aid, pars in ARTICLES.items():
        for i, t in enumerate(pars):
            rows.append({"article_id": aid, "paragraph": i, "role": "body", "lang": "ar", "text": t})
    return pd.DataFrame(rows)


def test_candidates_are_quoted_names_and_cue_names_with_original_spans():
    P = _paragraphs()
    C = R.campaign_candidates_table(P)
    text = dict(zip(zip(P.article_id, P.paragraph), P.text))
    assert all(text[(a, p)][s:e] == u for a, p, s, e, u in C[["article_id", "paragraph", "start", "end", "surface"]].itertuples(index=False))
    assert "الأحد الأخضر" in set(C.surface) and "أيام الأحد الخضراء" in set(C.surface)
    antq = C[C.campaign == "antq"]
    assert list(antq.surface) == ["جميع الناس يحمون الأمن الوطني"]
    assert set(C[C.surface == "الأحد الأخضر"].cue) == {"حمله"}


def test_an_unseen_campaign_rendered_three_ways_is_one_discovered_campaign():
    D = R.cluster_candidates(R.campaign_candidates_table(_paragraphs()))
    green = D[D.variant.isin(["الاحد الاخضر", "ايام الاحد الخضراء", "يوم الاحد الاخضر"])]
    assert green.cluster.nunique() == 1 and len(green) == 3
    assert green.cluster_occurrences.iloc[0] == 4 and green.cluster_articles.iloc[0] == 3
    assert (green.canon == "").all()
    # the power company is not a rendering of the campaign, and a name seen once is not recurrent
    assert not D.variant.str.contains("شركه").any()


def test_a_cue_word_alone_or_with_one_adjective_is_no_candidate():
    P = pd.DataFrame([{"article_id": "x", "paragraph": 0, "role": "body", "lang": "ar",
                       "text": "وشنت الشرطة حملة واسعة، وأطلقت حركة قوية."}])
    assert R.campaign_candidates_table(P).empty


def test_discovery_does_not_depend_on_row_order():
    C = R.campaign_candidates_table(_paragraphs())
    a = R.cluster_candidates(C)
    b = R.cluster_candidates(C.iloc[::-1].reset_index(drop=True))
    pd.testing.assert_frame_equal(a, b)


def test_two_canon_campaigns_are_never_one_discovered_campaign(seeds):
    from arnews.build import _meta_frames, paragraphs_frame

    arts = list(seeds.values())
    D = R.cluster_candidates(R.campaign_candidates_table(paragraphs_frame(arts), _meta_frames(arts)))
    canon_of = D[D.canon != ""].groupby("cluster").canon.nunique()
    assert (canon_of == 1).all()
    by = D.groupby("canon").cluster.nunique()
    assert by["ntm"] == 1 and by["ntm_dtvm"] == 1 and by["antq"] == 1
    antq = D[D.canon == "antq"]
    assert antq.cluster_variants.iloc[0] >= 8


def test_a_quoted_name_without_a_cue_is_no_campaign_but_a_cued_one_is():
    """Saudi news quotes names (newspapers, companies): شركة «أكوا باور» is a company, not a
    slogan; a quoted motto, a cue-introduced festival and a quoted name whose head word is
    inside the quotes (the seeds' model «الإدارة الذاتية للأمن والنظام») stay candidates."""
    P = pd.DataFrame([{"article_id": "s1", "paragraph": 0, "role": "body", "lang": "ar",
                       "text": "وقعت شركة «أكوا باور» عقدا جديدا، فيما رفع المهرجان شعار «أبها يجمعنا» للعام الثاني."},
                      {"article_id": "s1", "paragraph": 1, "role": "body", "lang": "ar",
                       "text": "وذكرت صحيفة «الشرق الأوسط» أن مهرجان «أبها يجمعنا» سيستمر شهرا."},
                      {"article_id": "s1", "paragraph": 2, "role": "body", "lang": "ar",
                       "text": "وتشمل النماذج \"الإدارة الذاتية للأمن والنظام\" في القرى."},
                      {"article_id": "s1", "paragraph": 3, "role": "body", "lang": "ar",
                       "text": "وقال المتحدث لـ«الشرق الأوسط» إن تنظيم «داعش» يقف وراء الهجوم."}])
    C = R.campaign_candidates_table(P)
    assert not {"أكوا باور", "الشرق الأوسط", "داعش"} & set(C.surface)  # a listed paper quoted as a source, too
    assert list(C.surface).count("أبها يجمعنا") == 2
    assert "الإدارة الذاتية للأمن والنظام" in set(C.surface)
