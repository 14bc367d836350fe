"""Step 2: a candidate table with NON-LEXICAL features for every gold article.

Candidates: (1) every mention the current finder predicts (kind 'rule'), (2) broad candidates it
does not predict (kind 'broad'): maximal runs of 1-4 rare words (Zipf < RARE over the word's clitic
readings, arnews.entities.cues.word_info) and the 1-3 words right after a cue word
(entity_cues.csv), dropping any that overlap a prediction.  No word identity enters a feature:
only Zipf bins, cue categories, shape scores, counts and positions.

Labels, with the overlap rule of benchmarks/score_entities.score: a rule mention is 'good' when a
gold mention of the same type overlaps it; a broad candidate takes the type of the first gold
mention that overlaps it ('none' when none does).
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

RARE = 3.0
TOK = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+|[A-Za-z][A-Za-z'\-]*")
CUE_KINDS = ["title", "role", "place", "places", "org", "given", "foreign_given", "link", "not_name", "date_given"]
SOURCES = ["cue", "geo", "listed", "recurrence", "translit", "market", "club", "list", "coord", "acronym",
           "latin", "abbrev", "pair", "gazetteer", "short form", "byline", "learned"]
TYPES = ["person", "place", "organisation"]
LABELS = ["none", "person", "place", "organisation"]
GTYPE = {"org": "organisation", "organisation": "organisation", "person": "person", "place": "place"}


@lru_cache(maxsize=None)
def winfo(w: str):
    from arnews.entities.cues import word_info

    if w.isascii():
        from wordfreq import zipf_frequency
        z = zipf_frequency(w, "en")
        return (z, False, False, False, "", False, 0.0, True)
    i = word_info(w)
    return (i.zipf, i.definite, i.conj, i.stop, i.cue, i.foreign, i.shape, False)


@lru_cache(maxsize=1)
def learned_index(build: str) -> dict:
    L = pd.read_csv(f"{build}/learned_names.csv", keep_default_na=False)
    return {k: r for k, r in zip(L["key"], L.to_dict("records"))}


def name_key(words) -> str:
    from arnews.entities.learned import _name_key
    return _name_key(tuple(words))


def tokens(text: str):
    """[(start, end, word, gap_before)] where gap_before is True when punctuation or a line break
    separates the word from the previous one."""
    out, prev = [], 0
    for m in TOK.finditer(text):
        gap = text[prev:m.start()]
        out.append((m.start(), m.end(), m.group(), bool(gap.strip()) or "\n" in gap or not out))
        prev = m.end()
    return out


WIDE = False  # v2 candidates: also foreign-shaped words and learned names (set by run.py --wide)


def broad_candidates(toks, build: str = "") -> list[tuple[int, int, str]]:
    """(first token, last token + 1, how) of broad candidates."""
    out = set()
    n = len(toks)
    rare = [(winfo(t[2])[0] < RARE or (WIDE and winfo(t[2])[5])) and not winfo(t[2])[3] for t in toks]
    i = 0
    while i < n:
        if rare[i]:
            j = i + 1
            while j < n and rare[j] and not toks[j][3]:
                j += 1
            for k in range(i, j, 4):
                out.add((k, min(j, k + 4), "broad_rare"))
            i = j
        else:
            i += 1
    for i in range(n - 1):
        if winfo(toks[i][2])[4]:
            for L in (1, 2, 3):
                j = i + 1 + L
                if j <= n and not any(toks[k][3] for k in range(i + 1, j)):
                    out.add((i + 1, j, "broad_cue"))
    if WIDE and build:  # spans of 1-3 words that are a learned name (any status), with or without a proclitic
        L = learned_index(build)
        for i in range(n):
            for Lw in (1, 2, 3):
                j = i + Lw
                if j > n or any(toks[k][3] for k in range(i + 1, j)):
                    break
                ws = [t[2] for t in toks[i:j]]
                if name_key(ws) in L or (len(ws[0]) > 3 and ws[0][0] in "وبلفك" and name_key([ws[0][1:]] + ws[1:]) in L):
                    out.add((i, j, "broad_learned"))
    return sorted(out)


def span_features(toks, i: int, j: int, text: str, build: str, same_count: int) -> dict:
    ws = [t[2] for t in toks[i:j]]
    inf = [winfo(w) for w in ws]
    z = [x[0] for x in inf]
    f = {"ntok": j - i, "nchar": toks[j - 1][1] - toks[i][0], "zmin": min(z), "zmax": max(z), "zmean": float(np.mean(z)),
         "zfirst": z[0], "zlast": z[-1], "n_rare": sum(v < RARE for v in z), "n_foreign": sum(x[5] for x in inf),
         "shape_max": max(x[6] for x in inf), "shape_mean": float(np.mean([x[6] for x in inf])),
         "def_first": int(inf[0][1]), "conj_first": int(inf[0][2]), "latin": int(any(x[7] for x in inf)),
         "n_stop_inside": sum(x[3] for x in inf), "n_cue_inside": sum(bool(x[4]) for x in inf),
         "inner_gap": int(any(toks[k][3] for k in range(i + 1, j))),
         "pos_rel": toks[i][0] / max(1, len(text)), "pos_tok": min(i, 200),
         "line_start": int(toks[i][3]), "same_surface": same_count}
    for c in CUE_KINDS:
        f["first_cue_" + c] = int(inf[0][4] == c)
    for side, k in (("prev", i - 1), ("prev2", i - 2), ("next", j)):
        ok = 0 <= k < len(toks)
        x = winfo(toks[k][2]) if ok else (9.0, False, False, False, "", False, 0.0, False)
        gap = (toks[i][3] if side == "prev" else toks[j][3] if side == "next" and ok else True) if ok else True
        f[side + "_z"] = x[0]
        f[side + "_stop"] = int(x[3])
        f[side + "_gap"] = int(gap)
        f[side + "_def"] = int(x[1])
        for c in CUE_KINDS:
            f[f"{side}_cue_{c}"] = int(x[4] == c)
    L = learned_index(build)
    r = L.get(name_key(ws))
    if r is None and len(ws[0]) > 3 and ws[0][0] in "وبلفك":
        r = L.get(name_key([ws[0][1:]] + ws[1:]))
    f["learned"] = int(r is not None)
    f["learned_n_cued"] = float(r["n_cued"]) if r else 0.0
    f["learned_n_bare"] = float(r["n_bare"]) if r else 0.0
    f["learned_ordinary"] = int(bool(r) and str(r["ordinary"]) == "True")
    for t in TYPES:
        f["learned_" + t] = int(bool(r) and r["type"] == t)
    return f


def tok_span(toks, s: int, e: int):
    """Token range covering file offsets [s, e)."""
    idx = [k for k, t in enumerate(toks) if t[0] < e and s < t[1]]
    return (idx[0], idx[-1] + 1) if idx else None


def build_table(res: dict, set_name: str, build: str) -> pd.DataFrame:
    gold, pred, texts = res["gold"], res["pred"], res["texts"]
    gold = gold.assign(type=gold.type.map(GTYPE))
    pred = pred.reset_index(drop=True)
    rows = []
    for doc, text in texts.items():
        toks = tokens(text)
        g = gold[gold.doc == doc]
        p = pred[pred.doc == doc]
        spans = list(zip(p.fstart.astype(int), p.fend.astype(int)))
        keys = {}
        for s, e in spans:
            keys[text[s:e]] = keys.get(text[s:e], 0) + 1

        def count(surface):
            return text.count(surface)

        for pi, q in p.iterrows():
            ts = tok_span(toks, int(q.fstart), int(q.fend))
            if ts is None:
                continue
            surf = text[int(q.fstart):int(q.fend)]
            f = span_features(toks, ts[0], ts[1], text, build, count(surf))
            f.update(kind="rule", source=q.get("source", ""), conf=float(q.get("confidence", 0.7) or 0.7),
                     ptype=q.type, has_alias=int(bool(str(q.get("alias", "") or "").strip())),
                     role_title=int(str(q.get("role", "")) == "title"), pred_index=pi, doc=doc,
                     fstart=int(q.fstart), fend=int(q.fend), entity_id=q.entity_id, surface=surf)
            hit = g[(g.type == q.type) & (g.start < q.fend) & (q.fstart < g.end)]
            anyg = g[(g.start < q.fend) & (q.fstart < g.end)]
            f["label"] = q.type if len(hit) else "none"
            f["gold_any"] = (q.type if len(hit) else anyg.type.iloc[0]) if len(anyg) else "none"
            rows.append(f)
        for i, j, how in broad_candidates(toks, build):
            s, e = toks[i][0], toks[j - 1][1]
            if any(a < e and s < b for a, b in spans):
                continue
            surf = text[s:e]
            f = span_features(toks, i, j, text, build, count(surf))
            f.update(kind="broad", source=how, conf=0.0, ptype="none", has_alias=0, role_title=0, pred_index=-1, doc=doc,
                     fstart=s, fend=e, entity_id="", surface=surf)
            anyg = g[(g.start < e) & (s < g.end)]
            f["label"] = anyg.type.iloc[0] if len(anyg) else "none"
            f["gold_any"] = f["label"]
            rows.append(f)
    T = pd.DataFrame(rows)
    T["set"] = set_name
    return T
