"""Campaigns from the text: named movements, campaigns, slogans and mottos that the canon
does not list, found per article and grouped by meaning over the whole corpus.

Two steps, so that the result does not depend on how the build chunks the corpus:

1. *Candidates* (per-article hook ``campaign_candidates``): every short quoted span (at most
   ``QUOTE_MAX_WORDS`` words, no sentence punctuation inside: a name or a motto, not a
   quoted speech) and every name introduced by a cue word (``حركة``, ``حملة``, ``شعار``,
   ``مهرجان``, ``مبادرة``, ``برنامج`` … : the FRAME and CUE concepts of ``synonyms_ar.csv``);
   a quoted span that is one known name and has no cue word is a name, not a slogan
   up to the next punctuation, relative pronoun, preposition (after the first content word)
   or cue, at most ``NAME_MAX_WORDS`` words.  Each keeps its key text (``variant``), its
   bag of meaning features (concept classes of ``synonyms_ar.csv``; a word outside them is
   ``r:<consonant skeleton of its stem>``, so that ``الأخضر`` / ``الخضراء`` and ``التطوعي`` /
   ``المتطوعين`` meet), and the canon campaign it was claimed for (the ``slogans`` matches of
   the same paragraph, computed once).
2. *Clustering* (corpus hook ``campaigns_discovered``): distinct variants are compared by
   the weighted Dice of their feature bags (weight = concept weight x idf over the corpus's
   variants, so a word every candidate shares counts little); two variants join when the
   score is at least ``LINK_MIN``, or ``LINK_COOCCUR_MIN`` when they also occur in one
   article (renderings of one campaign co-occur).  Variants are taken by frequency (ties by
   key) and join the cluster of their best-linked earlier variant: deterministic, and a
   function of the merged table only.  A cluster is kept when it is recurrent
   (``RECUR_MIN`` occurrences); it is canon when most of its occurrences were claimed.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache

import numpy as np
import pandas as pd

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE
from .base import B_NONE as _B_NONE
from .campaigns import campaigns_in as _campaigns_in
from .concepts import concept_lexicon as _concept_lexicon, paragraph_concepts, paragraph_words
from .quotes import key_quotes
from .tables import text_rows as _text_rows

QUOTE_MAX_WORDS = 12  # a longer quoted span is a quoted speech, not a name
NAME_MAX_WORDS = 7  # words of a cue-introduced name
LINK_MIN = 0.6  # weighted Dice of two variants' features to join them
LINK_COOCCUR_MIN = 0.5  # ... when the two occur in one article (never in one paragraph)
RECUR_MIN = 2  # occurrences for a discovered campaign to be kept
QUOTE_OUTLETS_MIN = 2  # outlets that must quote a discovered campaign no cue word introduces
CUE_CONCEPTS = ("FRAME", "CUE")
_WEAK = re.compile("[اويىءأإآؤئ]")
MIN_CONTENT = 2  # content words of a candidate name: a one-word quote is a name (a newspaper, a party), not a motto
MIN_SHARED = 2  # features two variants must share to be compared at all

CANDIDATE_COLUMNS = ["article_id", "paragraph", "start", "end", "surface", "cue", "quoted", "variant", "features",
                     "campaign"]
DISCOVERED_COLUMNS = ["cluster", "label", "canon", "variant", "example", "article_id", "paragraph", "start", "end",
                      "occurrences", "quoted", "n_articles", "articles", "cues", "features", "similarity",
                      "cluster_occurrences", "cluster_articles", "cluster_variants"]


@lru_cache(maxsize=WORD_CACHE)
def _skeleton(stem: str) -> str:
    """Consonant skeleton of an unknown word's stem (long vowels, hamza, final ة/ه and a
    participle's leading م dropped): a rough root, only for grouping renderings."""
    s = _WEAK.sub("", stem.rstrip("ةه"))
    if len(s) >= 4 and s[0] == "م":
        s = s[1:]
    return s if len(s) >= 3 else stem


def _feature(concept: str) -> str:
    if concept.startswith("w:"):
        w = concept[2:]
        return "r:" + _skeleton(w) if re.match("[\u0600-\u06ff]", w) else "r:" + w
    return concept


@lexicon_derived(maxsize=1)
def _zero_weight() -> frozenset:
    return frozenset(c for c, w in _concept_lexicon().weight.items() if w <= 0)


def _features(words) -> tuple[str, ...]:
    zero = _zero_weight()
    return tuple(sorted({_feature(w.concept) for w in words
                         if w.concept and w.concept not in zero and w.concept != "w:#"}))


def _is_name(p, start: int, end: int) -> bool:
    """Is the quoted span ``start``..``end`` (normalised offsets) a name rather than a slogan?
    Yes when a name found by :func:`arnews.entities.names.paragraph_names` (memoised on the
    paragraph, shared with the entities hook) opens it and covers at least half of it, and is
    a person or a place, or an organisation whose head word stands outside the quotes
    (شركة «أكوا باور», صحيفة «الشرق الأوسط»), or a listed organisation in its context
    (``known_names.csv``: the paper «الشرق الأوسط» quoted alone).  A head inside the quotes («الإدارة الذاتية
    للأمن والنظام», a model of the seeds) leaves a candidate."""
    from ..entities.known import paragraph_known_orgs
    from ..entities.names import paragraph_names

    n = end - start
    # a listed organisation in its own context (a paper quoted alone: «الشرق الأوسط»; داعش)
    if any(abs(s - start) <= 1 and min(e, end) - start >= 0.5 * n for s, e, _ in paragraph_known_orgs(p)):
        return True
    for nm in paragraph_names(p):
        if abs(nm.start - start) > 1 or min(nm.end, end) - start < 0.5 * n or nm.end > end + 4:
            continue
        if nm.type in ("person", "place"):
            return True
        if nm.cue and nm.cue not in p.ntext[start:end]:
            return True
    return False


NAME_WORD_KINDS = ("stop_after", "relative")


@lexicon_cache(maxsize=2)
def name_end_words() -> dict[str, frozenset]:
    """``kind -> words`` (key form) of ``campaign_name_words.csv``, the words that end a cue-introduced name:
    ``stop_after`` (prepositions: في، على، خلال ...) and ``relative`` (relative pronouns: التي، الذي ...); a kind
    outside :data:`NAME_WORD_KINDS` is a ``ValueError`` naming the file and the word."""
    out: dict[str, set] = {k: set() for k in NAME_WORD_KINDS}
    for r in read_lexicon("campaign_name_words.csv"):
        kd, w = (r.get("kind") or "").strip(), (r.get("word") or "").strip()
        if kd not in out:
            raise ValueError(f"campaign_name_words.csv: {w}: kind must be one of {', '.join(NAME_WORD_KINDS)}")
        out[kd].add(w)
    return {k: frozenset(v) for k, v in out.items()}


def _candidates_of(p, lang: str):
    if lang == "vi":
        return []
    seen = paragraph_concepts(p, lang)  # (known when the slogans were read first, as in a build)
    if seen is not None and seen.isdisjoint(CUE_CONCEPTS) and not key_quotes(p, lang):
        return []  # (no quote and no cue word: nothing below can be found; the words are not analysed again)
    words, brk = paragraph_words(p, lang)
    if not words:
        return []
    ends = name_end_words()
    stop_after, relative = ends["stop_after"], ends["relative"]
    starts = np.fromiter((w.start for w in words), dtype=np.int64, count=len(words))
    out = []  # (kstart, kend, cue, quoted, words)
    quoted_at = []
    for q in key_quotes(p, lang):
        a = int(np.searchsorted(starts, q.start, "left"))
        b = int(np.searchsorted(starts, q.end, "left"))
        qw = words[a:b]
        quoted_at.append((a, b))
        if not qw or len(qw) > QUOTE_MAX_WORDS or any(brk[k] == 3 for k in range(a + 1, b)):
            continue
        if sum(1 for x in qw if x.concept and x.concept != "w:#") < MIN_CONTENT:
            continue
        cue = ""
        for d in (1, 2):  # a cue word just before the opening quote
            if a - d >= 0 and words[a - d].concept in CUE_CONCEPTS:
                cue = words[a - d].form
                break
        if not cue and _is_name(p, qw[0].start, qw[-1].end):
            continue  # «الشرق الأوسط», «بي بي سي», «أكوا باور»: a quoted name, not a slogan
        out.append((q.start, q.end, cue or "quote", True, qw))
    inq = np.zeros(len(words), dtype=bool)
    for a, b in quoted_at:
        inq[a:b] = True
    for i, w in enumerate(words):
        if w.concept not in CUE_CONCEPTS or inq[i] or i + 1 >= len(words) or inq[i + 1]:
            continue
        j = i + 1
        content = 0
        last = None
        while j < len(words) and j - i <= NAME_MAX_WORDS:
            x = words[j]
            if (j > i + 1 and brk[j] != _B_NONE) or (j == i + 1 and brk[j] != _B_NONE) or inq[j]:
                break
            if x.concept in CUE_CONCEPTS or x.form in relative or x.text in relative:
                break
            if content and not x.concept and x.text in stop_after:
                break
            if x.concept and x.concept != "w:#":
                content += 1
                last = j
            j += 1
        if last is None or content < MIN_CONTENT:  # 'حملة واسعة' is a description, not a name
            continue
        nw = words[i + 1 : last + 1]
        out.append((nw[0].start, nw[-1].end, w.form, False, nw))
    return out


def campaign_candidates_table(paragraphs, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """``campaign_candidates``: quoted names and cue-introduced names of the title / body /
    caption blocks, with their key text, meaning features and canon claim (if any)."""
    rows = []
    for aid, par, p, lang in _text_rows(paragraphs, articles):
        cands = _candidates_of(p, lang)
        if not cands:
            continue
        claims = [m for m in _campaigns_in(p, lang) if m.campaign]
        nt = p.norm
        for ks, ke, cue, quoted, ws in cands:
            os_, oe = nt.to_original(ks, ke)
            camp = ""
            for m in claims:
                if m.start < oe and os_ < m.end:
                    camp = m.campaign
                    if not quoted:  # a cue-introduced name ends where the canon rendering ends
                        os_, oe = m.start, m.end
                        ws = [w for w in ws if nt.to_original(w.start, w.end)[0] < oe]
                    break
            rows.append((aid, par, os_, oe, p.text[os_:oe], cue, quoted, " ".join(w.text for w in ws),
                         " ".join(_features(ws)), camp))
    df = pd.DataFrame(rows, columns=CANDIDATE_COLUMNS)
    df["quoted"] = df["quoted"].astype(bool)
    df = df.drop_duplicates(["article_id", "paragraph", "start", "end"])
    return df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)


def _dice(a: frozenset, b: frozenset, w: dict) -> float:
    inter = math.fsum(w[c] for c in a & b)
    if inter <= 0:
        return 0.0
    return round(2 * inter / (math.fsum(w[c] for c in a) + math.fsum(w[c] for c in b)), 9)


def cluster_candidates(C: pd.DataFrame, *, link_min: float = LINK_MIN, cooccur_min: float = LINK_COOCCUR_MIN,
                       recur_min: int = RECUR_MIN, outlets: dict | None = None) -> pd.DataFrame:
    """Group the variants of a ``campaign_candidates`` table by meaning: one row per
    (discovered campaign, variant); see the module docstring.  A cluster no cue word introduces (quoted
    only) is kept when :data:`QUOTE_OUTLETS_MIN` outlets quote it (``outlets``: article -> outlet; without it,
    articles count): one paper's section title or quoted name (دنيا الرياضة) is no campaign.  A cluster never
    quoted whose name opens with a preposition (على عدد كبير after برنامج) is no name."""
    if C is None or not len(C):
        return pd.DataFrame(columns=DISCOVERED_COLUMNS)
    C = C[C["features"].fillna("").astype(str) != ""].copy()
    if not len(C):
        return pd.DataFrame(columns=DISCOVERED_COLUMNS)
    C["campaign"] = C["campaign"].fillna("").astype(str)
    C = C.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort")
    C = C[C["variant"].notna()]
    # one pass over the rows (a pandas group per variant took 70 s on all of SaudiNewsNet)
    by_variant: dict = {}
    for v, feats, aid, par, quoted, cue, camp, surface, start, end in zip(
            C["variant"], C["features"].astype(str), C["article_id"].astype(str), C["paragraph"].astype(int),
            C["quoted"], C["cue"].astype(str), C["campaign"], C["surface"], C["start"], C["end"]):
        d = by_variant.get(v)
        if d is None:
            d = by_variant[v] = {"variant": v, "n": 0, "feats": frozenset(feats.split()), "arts": set(),
                                 "first": {"surface": surface, "article_id": aid, "paragraph": par, "start": start, "end": end},
                                 "quoted": 0, "pars": set(), "cues": set(), "canon": Counter()}
        d["n"] += 1
        d["arts"].add(aid)
        d["quoted"] += int(quoted)
        d["pars"].add((aid, par))
        d["cues"].add(cue)
        if camp:
            d["canon"][camp] += 1
    var = []
    for v in sorted(by_variant):
        d = by_variant[v]
        d.update(arts=frozenset(d["arts"]), pars=frozenset(d["pars"]), cues=" ".join(sorted(d["cues"])))
        var.append(d)
    lexw = _concept_lexicon().weight
    df = Counter(f for v in var for f in v["feats"])
    N = len(var)
    weight = {f: (0.5 if f.startswith("r:") else lexw.get(f, 1.0)) * (1 + math.log(N / k)) for f, k in df.items()}
    var.sort(key=lambda v: (-v["n"], v["variant"]))
    by_feat = defaultdict(list)  # feature -> indices of earlier variants
    cluster = [-1] * N
    sim_to = [1.0] * N
    claimed = defaultdict(set)  # cluster -> canon campaigns claimed by its variants
    for i, v in enumerate(var):
        best, best_s = -1, 0.0
        seen = set()
        mine = set(v["canon"])
        for f in sorted(v["feats"]):
            for j in by_feat[f]:
                if j in seen:
                    continue
                seen.add(j)
                if len(v["feats"] & var[j]["feats"]) < min(MIN_SHARED, len(v["feats"]), len(var[j]["feats"])):
                    continue
                if mine and claimed[cluster[j]] and not (mine & claimed[cluster[j]]):
                    continue  # two canon campaigns are never one discovered campaign
                s = _dice(v["feats"], var[j]["feats"], weight)
                co = bool(v["arts"] & var[j]["arts"]) and not (v["pars"] & var[j]["pars"])
                ok = s >= link_min or (s >= cooccur_min and co)
                if ok and (s > best_s + 1e-12 or (abs(s - best_s) <= 1e-12 and j < best)):
                    best, best_s = j, s
        if best >= 0:
            cluster[i] = cluster[best]
            sim_to[i] = best_s
        else:
            cluster[i] = i
        claimed[cluster[i]] |= mine
        for f in v["feats"]:
            by_feat[f].append(i)
    members = defaultdict(list)
    for i, c in enumerate(cluster):
        members[c].append(i)
    rows = []
    stop_after = name_end_words()["stop_after"]
    for c, idx in members.items():
        occ = sum(var[i]["n"] for i in idx)
        if occ < recur_min:
            continue
        arts = set().union(*(var[i]["arts"] for i in idx))
        cues = {c for i in idx for c in var[i]["cues"].split()}
        if cues <= {"quote"} and len({(outlets or {}).get(a) or a for a in arts}) < QUOTE_OUTLETS_MIN:
            continue  # quoted only, in one outlet
        if not any(var[i]["quoted"] for i in idx) and var[c]["variant"].split()[0] in stop_after:
            continue  # (برنامج على عدد كبير: a cue word and what follows it, no name)
        canon = Counter()
        for i in idx:
            canon.update(var[i]["canon"])
        top = canon.most_common(1)
        canon_id = top[0][0] if top and top[0][1] * 2 > occ else ""
        label = var[c]["variant"]
        cid = "d:" + label
        for i in idx:
            v = var[i]
            f = v["first"]
            rows.append((cid, label, canon_id, v["variant"], f["surface"], f["article_id"], int(f["paragraph"]),
                         int(f["start"]), int(f["end"]), v["n"], v["quoted"], len(v["arts"]),
                         ";".join(sorted(v["arts"])), v["cues"], " ".join(sorted(v["feats"])), sim_to[i], occ,
                         len(arts), len(idx)))
    D = pd.DataFrame(rows, columns=DISCOVERED_COLUMNS)
    return D.sort_values(["cluster_occurrences", "cluster", "occurrences", "variant"],
                         ascending=[False, True, False, True], kind="mergesort").reset_index(drop=True)


def discovered_tables(tables) -> dict:
    """Corpus-level hook: ``campaigns_discovered`` from the merged ``campaign_candidates``."""
    from ..tables import table_columns

    outlets = None
    try:
        A = table_columns(tables, "articles", ["article_id", "outlet"])
    except (KeyError, ValueError):
        A = None
    if A is not None and len(A) and {"article_id", "outlet"} <= set(A.columns):
        outlets = dict(zip(A["article_id"].astype(str), A["outlet"].fillna("").astype(str)))
    return {"campaigns_discovered": cluster_candidates(tables["campaign_candidates"], outlets=outlets)}
