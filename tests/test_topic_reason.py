"""The reason given when a language gets no topic model counts that language's features only."""
import re


def test_no_model_reason_counts_the_languages_own_features(tables):
    s = tables.topic_selection
    en = s[s.lang == "en"].reason.tolist()
    assert len(en) == 1
    m = re.match(r"(\d+) paragraph\(s\) with (\d+) feature\(s\)", en[0])
    assert m, en[0]
    tc = tables.term_counts
    body = tc[tc.lang == "en"]
    assert int(m.group(2)) <= body.term.nunique() < tc.term.nunique()  # not the whole vocabulary of every language
    assert int(m.group(1)) == body[["article_id", "paragraph"]].drop_duplicates().shape[0]
