"""The per-article tables: paragraphs, tokens, normalisation counts, article summaries,
and every per-article hook, for a batch of articles (run in the chunk workers).

The paragraph models (:mod:`arnews.text`) are made once per batch here and handed to
every hook (:data:`arnews.hooks.ARTICLE_HOOKS`).
"""
from __future__ import annotations

import hashlib
import json

import pandas as pd

from .corpus import ROLES, Article
from .normalize import normalize_text, step_changes
from .text import TEXT_ROLES, TOKEN_ROLES
from .tokens import lemma_method, lemmatizer, stems

__all__ = ["paragraphs_frame", "tokens_frame", "normalization_frame", "process_articles", "process_article",
           "summaries", "article_key", "PARAGRAPH_COLUMNS", "TOKEN_COLUMNS"]

PARAGRAPH_COLUMNS = ["article_id", "paragraph", "line", "role", "lang", "text", "text_norm", "url"]
TOKEN_COLUMNS = ["article_id", "paragraph", "i", "start", "end", "token", "kind", "stem", "lemma", "stop"]
_TOKEN_STR = frozenset({"article_id", "token", "kind", "stem", "lemma"})
_TOKEN_INT = ("paragraph", "i", "start", "end")  # int32 columns


def paragraphs_frame(arts: list[Article] | Article) -> pd.DataFrame:
    """One row per block of the given articles (every role), with ``text_norm``."""
    if isinstance(arts, Article):
        arts = [arts]
    cols = {c: [] for c in PARAGRAPH_COLUMNS}
    for art in arts:
        lang = art.meta.get("language", "")
        blocks = art.blocks
        norm = normalize_text("\n".join(b["text"] for b in blocks)).split("\n")
        if len(norm) != len(blocks):  # defensive: per block
            norm = [normalize_text(b["text"]) for b in blocks]
        n = len(blocks)
        cols["article_id"].extend([art.article_id] * n)
        cols["paragraph"].extend(b["paragraph"] for b in blocks)
        cols["line"].extend(b["line"] for b in blocks)
        cols["role"].extend(b["role"] for b in blocks)
        cols["lang"].extend([lang] * n)
        cols["text"].extend(b["text"] for b in blocks)
        cols["text_norm"].extend(norm)
        cols["url"].extend(b["url"] for b in blocks)
    return pd.DataFrame(cols, columns=PARAGRAPH_COLUMNS)


def tokens_frame(paragraphs) -> pd.DataFrame:
    """One row per token (punctuation aside) of the title, dateline, body, caption and
    byline blocks, with original offsets: read from the shared paragraph models."""
    import numpy as np

    from .text import paragraphs_of
    from .tokens import stopwords

    lemma = None if lemma_method() == "snowball-stem" else lemmatizer()
    cols = {c: [] for c in TOKEN_COLUMNS if c not in _TOKEN_INT}
    ints = {c: [] for c in _TOKEN_INT}  # numpy parts, joined once (no Python int per token and column)
    for p in paragraphs_of(paragraphs).select(TOKEN_ROLES):
        keep = [i for i, kd in enumerate(p.kinds) if kd != "punct"]
        if not keep:
            continue
        slang = "ar" if p.rules == "ar" else "en"
        sw = stopwords(slang)
        starts = [p.starts[i] for i in keep]
        ends = [p.ends[i] for i in keep]
        words = [p.toks[i] for i in keep]
        s, e = p.norm.to_original_many(starts, ends)
        st = stems(words, slang)
        n = len(words)
        cols["article_id"].extend([p.article_id] * n)
        ints["paragraph"].append(np.full(n, p.paragraph, dtype=np.int32))
        ints["i"].append(np.arange(n, dtype=np.int32))
        ints["start"].append(np.asarray(s).astype(np.int32))
        ints["end"].append(np.asarray(e).astype(np.int32))
        cols["token"].extend(words)
        cols["kind"].extend(p.kinds[i] for i in keep)
        cols["stem"].extend(st)
        # lemma: empty where it equals the stem (always, without camel-tools' database): written once
        cols["lemma"].extend([""] * n if lemma is None else [lm if lm != sm else "" for lm, sm in zip(map(lemma, words), st)])
        if slang == "ar":
            k = p.ktext
            cols["stop"].extend([k[a:b] in sw for a, b in zip(starts, ends)])
        else:
            cols["stop"].extend([w.lower() in sw for w in words])
    # string columns as Python objects, as the schema writes them (pandas' Arrow-backed str
    # inference would cost ~0.4 s per 500k tokens, then undone by the schema)
    data = {c: pd.Series(v, dtype=object) if c in _TOKEN_STR else v for c, v in cols.items()}
    data.update((c, np.concatenate(v) if v else np.zeros(0, dtype=np.int32)) for c, v in ints.items())
    df = pd.DataFrame(data, columns=TOKEN_COLUMNS)
    df["stop"] = df["stop"].astype(bool)
    return df


def normalization_frame(paragraphs: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for (aid, role), texts in paragraphs.groupby(["article_id", "role"], sort=True)["text"]:
        for step, n in step_changes("\n".join(texts)).items():
            rows.append((aid, role, step, n))
    return pd.DataFrame(rows, columns=["article_id", "role", "step", "chars_changed"])


def _meta_frames(arts: list[Article]) -> pd.DataFrame:
    rows = []
    for art in arts:
        m = dict(art.meta)
        m["article_id"] = art.article_id
        m["lang"] = m.get("language", "")
        rows.append(m)
    return pd.DataFrame(rows)


def process_articles(arts: list[Article]) -> dict[str, pd.DataFrame]:
    """Every per-article table for a batch of articles (one DataFrame per table)."""
    from .hooks import ARTICLE_HOOKS
    from .text import paragraphs_of

    paragraphs = paragraphs_frame(arts)
    articles = _meta_frames(arts)
    docs = paragraphs_of(paragraphs, articles)  # the shared paragraph models, made once
    paragraphs["lang"] = [p.lang for p in docs]  # each paragraph's own language
    out = {
        "paragraphs": paragraphs,
        "tokens": tokens_frame(docs),
        "normalization": normalization_frame(paragraphs),
    }
    for hook in ARTICLE_HOOKS:
        out[hook.tables[0]] = hook.fn(docs, articles)
    return out


def process_article(art: Article) -> dict[str, pd.DataFrame]:
    """Every per-article table for one article."""
    return process_articles([art])


def summaries(arts: list[Article], tables: dict[str, pd.DataFrame]) -> list[dict]:
    p = tables["paragraphs"]
    t = tables["tokens"]
    role_counts = p.groupby(["article_id", "role"]).size()
    lens = p.text.str.len()
    body_chars = lens[p.role == "body"].groupby(p.article_id[p.role == "body"]).sum()
    text_mask = p.role.isin(TEXT_ROLES)
    text_chars = lens[text_mask].groupby(p.article_id[text_mask]).sum()
    if len(t):
        body = p.loc[p.role == "body", ["article_id", "paragraph"]]
        w = t.loc[t.kind.isin(["word", "latin"]), ["article_id", "paragraph"]]
        words = w.merge(body, on=["article_id", "paragraph"]).groupby("article_id").size()
    else:
        words = pd.Series(dtype=int)
    # plain dicts: ``Series.get`` on a (multi-)index costs tens of microseconds a call, and a chunk asks
    # (roles + 3) x articles times
    role_counts, body_chars, text_chars, words = (s.to_dict() for s in (role_counts, body_chars, text_chars, words))
    rows = []
    for art in arts:
        aid = art.article_id
        row = {"article_id": aid}
        for k in ("file", "language", "title", "outlet", "province", "published", "source_url", "byline", "parallel_of"):
            row[k] = art.meta.get(k, "")
        row["metadata_source"] = art.meta.get("metadata_source", "text")
        row["encoding"] = art.encoding
        row["sha256"] = art.sha256
        row["n_blocks"] = len(art.blocks)
        for r in ROLES:
            row[f"n_{r}"] = int(role_counts.get((aid, r), 0))
        row["n_controls_removed"] = int(getattr(art, "n_controls", 0))
        row["chars_body"] = int(body_chars.get(aid, 0))
        row["words_body"] = int(words.get(aid, 0))
        row["chars_text"] = int(text_chars.get(aid, 0))
        rows.append(row)
    return rows


def article_key(art: Article, fingerprint: str) -> str:
    return hashlib.sha256(
        (fingerprint + art.sha256 + json.dumps(art.meta, sort_keys=True, ensure_ascii=False)).encode()
    ).hexdigest()[:32]
