"""The reason given when a language gets no topic model counts that language's features only."""
import re


def test_no_model_reason_counts_the_languages_own_features(tables):
    s = tables.topic_selection
    en = s[s.lang == "en"].reason.tolist()
    assert len(en) == 1
    # review44: the counts read as prose ("9 paragraphs with 209 features", "1 paragraph", "11,171")
    m = re.match(r"([\d,]+) paragraphs? with ([\d,]+) features?:", en[0])
    assert m, en[0]
    tc = tables.term_counts
    body = tc[tc.lang == "en"]
    assert int(m.group(2).replace(",", "")) <= body.term.nunique() < tc.term.nunique()  # not the whole vocabulary of every language
    assert int(m.group(1).replace(",", "")) == body[["article_id", "paragraph"]].drop_duplicates().shape[0]
