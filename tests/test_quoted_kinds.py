"""Quoted spans that are names, numbers or phrases (arnews.rhetoric.quoted_kinds)."""
import pandas as pd

from arnews import rhetoric

TEXT = 'قال المتحدث لصحيفة «الشرق الأوسط» إن تنظيم «داعش» أطلق حملة «معاً ضد الإرهاب» في «2015» بحضور «مركز الملك سلمان للإغاثة والأعمال الإنسانية».'


def _span(s):
    i = TEXT.index(s)
    return i, i + len(s)


def _frames():
    quoted = ["الشرق الأوسط", "داعش", "معاً ضد الإرهاب", "2015", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"]
    sl = pd.DataFrame([{"article_id": "a", "paragraph": 1, "start": _span(q)[0], "end": _span(q)[1], "surface": q,
                        "quoted": True, "campaign": ""} for q in quoted]
                      + [{"article_id": "a", "paragraph": 1, "start": 0, "end": 3, "surface": "قال", "quoted": False, "campaign": "x"}])
    ents = [("الشرق الأوسط", "organisation"), ("داعش", "organisation"), ("الملك سلمان", "person"), ("الإرهاب", "organisation")]
    en = pd.DataFrame([{"article_id": "a", "paragraph": 1, "start": _span(s)[0], "end": _span(s)[1], "type": t} for s, t in ents])
    return sl, en


def test_names_numbers_and_phrases():
    sl, en = _frames()
    k = rhetoric.quoted_kinds(sl, en)
    got = dict(zip(sl.surface, zip(k.quoted_kind, k.name_type)))
    assert got["الشرق الأوسط"] == ("name", "organisation")
    assert got["داعش"] == ("name", "organisation")
    assert got["2015"] == ("number", "")
    # a mention inside the span that covers less than 60% of it does not make the span a name
    assert got["معاً ضد الإرهاب"] == ("phrase", "")
    assert got["مركز الملك سلمان للإغاثة والأعمال الإنسانية"] == ("phrase", "")
    assert got["قال"] == ("", "")  # unquoted rows are not classified


def test_mention_in_another_paragraph_or_article_does_not_count():
    sl, en = _frames()
    k = rhetoric.quoted_kinds(sl, en.assign(paragraph=2))
    assert set(k.quoted_kind[sl.quoted]) == {"phrase", "number"}
    k = rhetoric.quoted_kinds(sl, en.assign(article_id="b"))
    assert "name" not in set(k.quoted_kind)


def test_seed_quotes(tables):
    sl = tables.slogans
    k = rhetoric.quoted_kinds(sl, tables.entities)
    assert (k.quoted_kind[sl.quoted] != "").all() and (k.quoted_kind[~sl.quoted] == "").all()
    names = sl[k.quoted_kind == "name"]
    ents = tables.entities
    for r in names.itertuples():  # each name is backed by a mention inside its span
        e = ents[(ents.article_id == r.article_id) & (ents.paragraph == r.paragraph) & (ents.start >= r.start) & (ents.end <= r.end)]
        assert len(e) and ((e.end - e.start) >= 0.6 * (r.end - r.start)).any()
