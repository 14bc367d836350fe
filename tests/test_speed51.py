"""speed51 (issue 11, behaviour-preserving): the corpus-level hooks share one rebuild of the paragraph
models, and the entity candidates read the paragraphs' texts without making models.

* :func:`arnews.text.shared_models` (the build enters it before the corpus-level hooks are forked, for
  the hooks declared ``models=True``: learned names, formulae) makes each paragraph's tokens, key text
  and offset map once; :func:`arnews.text.make_paragraph` reuses them when the text and the normalised
  text are the same, and returns a paragraph equal to one made without the store (own ``memo``, own
  language);
* :func:`arnews.entities.table.entity_candidates` given the ``entities`` table reads only the texts
  (:func:`arnews.entities.table.paragraph_texts`), as the models it made had them.

Sentences are written for this test (no corpus text); random strings mix Arabic and Latin words,
digits, references, tatweel and punctuation."""
from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from arnews.text import make_paragraph, paragraphs_of, shared_models
from arnews.text import paragraph as TP

SENTENCES = [
    "قال وزير الخارجية خالد المنصور في الرياض اليوم إن 3,400 طالب سيبدؤون الدراسة.",
    "أعلنت شركة «النخبة للتقنية» عن أرباح بلغت 12.5% في الربع الثاني من عام 2015.",
    "The minister met John Smith in London on 12/06/2015 at 10:30.",
    "جدة - واس: وصل إلى جدة أمس وفد من Microsoft برئاسة المدير التنفيذي.",
    "الطقس &amp; المناخ: حرارة مرتفعة ـ 45 درجة في الأحساء",
    "",
    "   ",
    "www.example.com/news و100% من المقاعد",
]

ALPHABET = ["قال", "الوزير", "محمد", "في", "جدة", "و", "ب", "London", "said", "the", "12", "3,400", "4.5%",
            "&amp;", "ـ", "-", "،", ".", ":", "«", "»", "@", "a@b.sa", "www.x.com", " ", "  ", "\n", "ة", "ى", "أ"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) + rng.choice(["", " "]) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def _fields(p):
    return (p.article_id, p.paragraph, p.role, p.text, p.norm.text, p.norm.original, p.norm.steps, p.ktext,
            p.kinds, p.starts, p.ends, p.toks, p.lang, p.article_lang, p.rules, p.keys, p.fkeys, p.memo,
            list(p.norm.index))


def _frame(texts):
    return pd.DataFrame({"article_id": [f"a{k // 3}" for k in range(len(texts))],
                         "paragraph": [k % 3 for k in range(len(texts))],
                         "role": ["body" if k % 4 else "title" for k in range(len(texts))],
                         "text": texts})


@pytest.mark.parametrize("texts", [SENTENCES, _random_texts(300, 51), _random_texts(300, 52)])
@pytest.mark.parametrize("lang", ["", "ar", "en", "vi"])
def test_shared_models_equal_fresh_ones(texts, lang):
    df = _frame(texts)
    fresh = [make_paragraph(t, lang, a, int(k), r) for a, k, r, t in zip(df.article_id, df.paragraph, df.role, df.text)]
    with shared_models(df):
        shared = [make_paragraph(t, lang, a, int(k), r) for a, k, r, t in zip(df.article_id, df.paragraph, df.role, df.text)]
    assert [_fields(p) for p in shared] == [_fields(p) for p in fresh]


def test_shared_models_are_used_and_scanned_once(monkeypatch):
    df = _frame(SENTENCES)
    calls = []
    real = TP.scan
    monkeypatch.setattr(TP, "scan", lambda text: calls.append(text) or real(text))
    with shared_models(df) as store:
        made = len(calls)
        assert made == len(df)
        for _ in range(3):  # (three hooks or passes: no scan again)
            ps = paragraphs_of(df)
            ps2 = [make_paragraph(t, "ar", a, int(k), r) for a, k, r, t in zip(df.article_id, df.paragraph, df.role, df.text)]
        assert len(calls) == made
        assert all(p.kinds is store[(p.article_id, p.paragraph)].kinds for p in ps + ps2)
        # each model its own memo: what one hook leaves there never reaches another
        ps[0].memo["x"] = 1
        assert paragraphs_of(df)[0].memo == {}
    assert TP._SHARED is None
    make_paragraph(SENTENCES[0], "ar", "a0", 0)
    assert len(calls) == made + 1


def test_a_stale_or_other_core_is_not_used():
    df = _frame(SENTENCES)
    with shared_models(df):
        # other text under the same key, another normalised text given, another key
        p = make_paragraph("نص آخر تماما", "ar", "a0", 0)
        assert p.toks == ["نص", "آخر", "تماما"]
        q = make_paragraph(SENTENCES[0], "ar", "a0", 0, norm_text="شيء مختلف")
        assert q.norm.text == "شيء مختلف" and q.toks == ["شيء", "مختلف"]
        r = make_paragraph(SENTENCES[1], "ar", "zz", 9)
        assert _fields(r) == _fields(make_paragraph(SENTENCES[1], "ar", "zz", 9))
    # a stored text_norm that is not the text's own normalisation is used only when asked for with it
    df2 = df.assign(text_norm=["x y"] * len(df))
    with shared_models(df2):
        assert make_paragraph(SENTENCES[0], "ar", "a0", 0).toks == make_paragraph(SENTENCES[0], "ar").toks
        assert make_paragraph(SENTENCES[0], "ar", "a0", 0, norm_text="x y").toks == ["x", "y"]


def test_shared_models_nest_and_none_shares_nothing():
    df = _frame(SENTENCES)
    with shared_models(None) as store:
        assert store is None
    with shared_models(df) as outer:
        with shared_models(None) as inner:
            assert inner is outer
        assert TP._SHARED is outer
    assert TP._SHARED is None


def test_paragraph_texts_equal_the_models_texts():
    from arnews.entities.table import paragraph_texts

    texts = SENTENCES + _random_texts(100, 7)
    df = _frame(texts)
    df.loc[3, "text"] = None
    df.loc[5, "text"] = np.nan
    old = {(p.article_id, p.paragraph): p.text for p in paragraphs_of(df)}
    assert paragraph_texts(df) == old
    assert paragraph_texts(paragraphs_of(df)) == old
    no_par = df.drop(columns=["paragraph"])
    assert paragraph_texts(no_par) == {(p.article_id, p.paragraph): p.text for p in paragraphs_of(no_par)}
    ints = df.assign(article_id=[k // 3 for k in range(len(df))])
    assert paragraph_texts(ints) == {(p.article_id, p.paragraph): p.text for p in paragraphs_of(ints)}


def test_entity_candidates_equal_with_models_or_texts(tables):
    from arnews.entities.table import entity_candidates
    from arnews.themes import with_paragraph_columns

    P = with_paragraph_columns(tables["paragraphs"])
    E = tables["entities"]
    got = entity_candidates(P, E)
    assert len(got)
    pd.testing.assert_frame_equal(got, entity_candidates(paragraphs_of(P), E))


def test_model_paragraphs_only_for_two_model_hooks_on_a_small_corpus(built):
    from arnews.corpus_level import SHARED_MODEL_CHARS, _Building, model_paragraphs
    from arnews.hooks import CORPUS_HOOKS
    from arnews.text import TEXT_ROLES

    users = [h for h in CORPUS_HOOKS if h.models]
    assert {h.name for h in users} == {"learned_names", "formulae"}
    tables = {h.name: _Building(built) for h in CORPUS_HOOKS}
    df = model_paragraphs(list(CORPUS_HOOKS), tables, 1000)
    P = pd.read_parquet(built / "paragraphs.parquet")
    want = P[P.role.isin(TEXT_ROLES)]
    assert len(df) == len(want) > 0 and set(df.role) <= set(TEXT_ROLES)
    assert model_paragraphs(users[:1], tables, 1000) is None
    assert model_paragraphs(list(CORPUS_HOOKS), tables, SHARED_MODEL_CHARS + 1) is None
    # restricted to the articles the hooks read (one on a sample)
    some = sorted(P.article_id.unique())[:2]
    tables["formulae"] = _Building(built, ids=some)
    tables["learned_names"] = _Building(built, ids=some[:1])
    assert set(model_paragraphs(users, tables, 1000).article_id) == set(some)


def test_model_hooks_give_the_same_tables_with_shared_models(built):
    from arnews.corpus_level import _Building, model_paragraphs
    from arnews.hooks import CORPUS_HOOKS
    from arnews.tables import read_table

    arts = read_table(built / "articles.csv")
    arts["lang"] = arts["language"]
    hooks = [h for h in CORPUS_HOOKS if h.models or h.name == "entity_candidates"]

    def run():
        tables = {h.name: _Building(built, extra={"articles": arts}) for h in hooks}
        with shared_models(model_paragraphs(hooks, tables, 1000) if sharing else None):
            return {k: v for h in hooks for k, v in h.fn(tables[h.name]).items()}

    sharing = False
    old = run()
    sharing = True
    new = run()
    assert set(old) == set(new)
    for k in old:
        pd.testing.assert_frame_equal(old[k], new[k])
