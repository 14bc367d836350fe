"""Keyword in context: normalised match, original display."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..normalize import KEY_STEPS, key, normalize
from ..text import TEXT_ROLES
from ..tokens import AR, tokenize_spans
from .markers import _phrase_regex


def _compile_patterns(pattern, regex: bool, lang: str):
    pats = [pattern] if isinstance(pattern, str) else list(pattern)
    if not pats:
        raise ValueError("kwic: empty pattern")
    parts = []
    for p in pats:
        if regex:
            parts.append(key(p) if lang == "ar" else p)
        else:
            is_ar = bool(re.search(f"[{AR}]", p))
            parts.append(_phrase_regex(p, "ar" if is_ar else "en"))
    return pats, [re.compile(p, re.IGNORECASE) for p in parts]


def _paragraph_frame(paragraphs) -> pd.DataFrame:
    if isinstance(paragraphs, str):
        return pd.DataFrame({"article_id": [""], "paragraph": [0], "role": ["body"], "text": [paragraphs]})
    return paragraphs


def _context(text, nt, kt, ks, ke, window):
    """Original-text left and right context of ``window`` words around key span (ks, ke)."""
    spans = [(t.start, t.end) for t in tokenize_spans(kt) if t.kind != "punct"]
    before = [s for s, e in spans if e <= ks]
    after = [e for s, e in spans if s >= ke]
    ls = before[-window] if len(before) >= window and window > 0 else (before[0] if before and window > 0 else ks)
    re_ = after[window - 1] if len(after) >= window and window > 0 else (after[-1] if after and window > 0 else ke)
    os_, oe = nt.to_original(ks, ke)
    l0 = nt.to_original(ls, ks)[0] if ls < ks else os_
    r1 = nt.to_original(ke, re_)[1] if re_ > ke else oe
    return text[l0:os_].strip(), text[os_:oe], text[oe:r1].strip(), os_, oe


def kwic(paragraphs, pattern, window: int = 5, *, regex: bool = False, roles=TEXT_ROLES) -> pd.DataFrame:
    """Keyword in context over a paragraphs table (or one string).

    ``pattern``: a phrase (or a list of phrases) matched on normalised keys, so that
    diacritics, tatweel, alef forms, alef maksura and teh marbuta do not matter; a proclitic
    (و ف ب ل ك, لل for ال) is allowed on the first word and ``*`` at the end of a word allows
    any ending.  With ``regex=True`` the pattern is a regex on key text.  ``window`` words of
    context are shown on each side.  Returns article_id, paragraph, start, end, left, match,
    right, pattern: ``match`` is exactly ``text[start:end]`` of the ORIGINAL paragraph.
    """
    P = _paragraph_frame(paragraphs)
    pats, rxs = _compile_patterns(pattern, regex, "ar")
    if roles is not None and "role" in P.columns:
        P = P[P["role"].isin(roles)]
    rows = []
    for aid, par, text in P[["article_id", "paragraph", "text"]].itertuples(index=False):
        if not isinstance(text, str) or not text:
            continue
        kt = key(text)
        found = [(m.start(), m.end(), pi) for pi, rx in enumerate(rxs) for m in rx.finditer(kt) if m.end() > m.start()]
        if not found:
            continue
        nt = normalize(text, KEY_STEPS)
        for ks, ke, pi in sorted(found):
            left, match, right, os_, oe = _context(text, nt, kt, ks, ke, window)
            rows.append((aid, par, os_, oe, left, match, right, pats[pi]))
    cols = ["article_id", "paragraph", "start", "end", "left", "match", "right", "pattern"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)


def kwic_spans(paragraphs, spans: pd.DataFrame, window: int = 5, label: str | None = None) -> pd.DataFrame:
    """KWIC display of the spans of a table (article_id, paragraph, start, end in ORIGINAL
    offsets, e.g. ``slogans`` or ``rhetoric`` rows); ``label`` names a column of ``spans`` to
    carry along as ``pattern``."""
    P = _paragraph_frame(paragraphs)
    texts = {(a, int(p)): t for a, p, t in P[["article_id", "paragraph", "text"]].itertuples(index=False)}
    rows = []
    for r in spans.itertuples(index=False):
        text = texts.get((r.article_id, int(r.paragraph)))
        if text is None:
            continue
        s, e = int(r.start), int(r.end)
        nt = normalize(text, KEY_STEPS)
        kt = nt.text
        idx = nt.index
        ks = int(np.searchsorted(idx, s, "left"))
        ke = int(np.searchsorted(idx, e, "left"))
        left, _, right, _, _ = _context(text, nt, kt, ks, ke, window)
        rows.append((r.article_id, int(r.paragraph), s, e, left, text[s:e], right, getattr(r, label) if label else ""))
    cols = ["article_id", "paragraph", "start", "end", "left", "match", "right", "pattern"]
    return pd.DataFrame(rows, columns=cols)
