"""Why an article has no keyness rows (arnews.stats.missing_keyness)."""
import pandas as pd

from arnews.stats import missing_keyness


def test_seed_english_original_is_alone_in_its_language(tables):
    m = missing_keyness(tables.articles, tables.keyness)
    en = tables.articles.loc[tables.articles.language == "en", "article_id"].tolist()
    assert m.article_id.tolist() == en  # the four Arabic seeds all have keyness rows
    assert m.reason.tolist() == ["only article of its language"]


def test_title_only_page_and_stop_words_only_body():
    articles = pd.DataFrame({
        "article_id": ["a", "b", "c", "d", "e"],
        "language": ["ar", "ar", "ar", "ar", "en"],
        "words_body": [120, 0, 4, 80, 0],  # b: title-only page; c: a body of stop words; e: English, no body
    })
    keyness = pd.DataFrame({"article_id": ["a", "a", "d"]})
    m = missing_keyness(articles, keyness).set_index("article_id").reason.to_dict()
    assert m == {"b": "no body text", "c": "no counted stem", "e": "no body text"}


def test_two_articles_of_a_language_but_only_one_with_body():
    articles = pd.DataFrame({"article_id": ["a", "b"], "language": ["ar", "ar"], "words_body": [50, 0]})
    m = missing_keyness(articles, pd.DataFrame({"article_id": []}))
    assert dict(zip(m.article_id, m.reason)) == {"a": "only article of its language", "b": "no body text"}


def test_every_article_has_keyness():
    articles = pd.DataFrame({"article_id": ["a"], "language": ["ar"], "words_body": [5]})
    assert missing_keyness(articles, pd.DataFrame({"article_id": ["a"]})).empty
