"""The campaign canon (``campaigns.csv``), scoring, gates and windows: campaign matches of a
phrase, a string or a paragraph."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, NamedTuple

import numpy as np
import pandas as pd

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key, normalize
from ..text import make_paragraph
from .base import B_HARD as _B_HARD, B_NONE as _B_NONE, lang_of as _lang
from .concepts import analyse as _analyse, concept_lexicon as _concept_lexicon, _Word, paragraph_words
from .quotes import extract_quoted, key_quotes


QUOTED_MIN = 0.5  # whole-quote score needed to assign a campaign
WINDOW_MIN = 0.6  # score needed for an unquoted (or quoted-contains) occurrence
WINDOW_SLACK = 3  # extra words a window may have beyond the longest rendering
FRAME_LOOKBACK = 2  # a FRAME word this many words before a window counts as evidence
UNKNOWN_WEIGHT = 0.5  # base weight of a word outside the synonym lexicon
WINDOW_FOREIGN_MAX = 2  # content words foreign to the campaign an unquoted window may hold
# (the seed renderings hold at most 2: 'القواعد الديمقراطية بشكل جيد على المستوى الشعبي');
# a window spread over a sentence of other words is prose that shares a few of its concepts


@dataclass(frozen=True)
class Campaign:
    id: str
    kind: str
    vietnamese: str
    english: str
    requires: tuple  # of frozensets
    excludes: frozenset
    head: tuple  # of frozensets: the concepts naming the campaign (all groups, any alternative)
    renderings: tuple  # of (lang, text, gloss, frozenset concepts)
    concepts: frozenset  # union of the renderings' concepts
    soft: frozenset  # boundary strengths a window may cross
    max_words: int


@dataclass(frozen=True)
class _Canon:
    campaigns: tuple
    by_id: dict
    idf: dict
    idf_max: float
    vi_regex: re.Pattern | None
    vi_ids: tuple
    message: frozenset  # canon concepts of full weight (for Repetition candidates)


def _bag(words: Iterable[_Word]) -> frozenset:
    return frozenset(w.concept for w in words if w.concept and w.concept != "FRAME")


@lexicon_cache(maxsize=1)
def load_canon() -> _Canon:
    rows = read_lexicon("campaigns.csv")
    order, info, rends = [], {}, defaultdict(list)
    for i, r in enumerate(rows):
        cid = (r.get("id") or "").strip()
        if not cid:
            continue
        if cid not in info:
            order.append(cid)
            info[cid] = {}
        for k in ("kind", "vietnamese", "english", "requires", "excludes", "head"):
            v = (r.get(k) or "").strip()
            if v:
                if info[cid].get(k, v) != v:
                    raise ValueError(f"campaigns.csv row {i + 1}: {cid} has two different values for {k!r}")
                info[cid][k] = v
        text = (r.get("rendering") or "").strip()
        if text:
            rends[cid].append((_lang(r.get("lang")), text, (r.get("gloss") or "").strip()))
    campaigns = []
    vi_alts = []
    for cid in order:
        d = info[cid]
        requires = tuple(
            frozenset(a.strip() for a in g.split("|") if a.strip())
            for g in d.get("requires", "").split(";")
            if g.strip()
        )
        excludes = frozenset(x.strip() for x in d.get("excludes", "").split(";") if x.strip())
        head = tuple(
            frozenset(a.strip() for a in g.split("|") if a.strip())
            for g in d.get("head", "").split(";")
            if g.strip()
        )
        rr, union, soft, maxw = [], set(), {_B_NONE}, 1
        for lang, text, gloss in rends[cid]:
            if lang == "vi":
                vi_alts.append((cid, text))
                rr.append((lang, text, gloss, frozenset()))
                continue
            kt = key(text) if lang == "ar" else normalize(text).text
            words, brk = _analyse(kt, lang)
            bag = _bag(words)
            rr.append((lang, text, gloss, bag))
            union |= bag
            soft |= set(brk[1:])
            maxw = max(maxw, sum(1 for w in words if w.concept != "FRAME"))
        soft.discard(_B_HARD)
        campaigns.append(
            Campaign(cid, d.get("kind", ""), d.get("vietnamese", ""), d.get("english", ""),
                     requires, excludes, head, tuple(rr), frozenset(union), frozenset(soft), maxw)
        )
    n = max(1, len(campaigns))
    df = Counter(c for camp in campaigns for c in camp.concepts)
    idf = {c: 1 + math.log(n / k) for c, k in df.items()}
    vi_regex = None
    vi_ids = ()
    if vi_alts:
        vi_alts.sort(key=lambda t: -len(t[1]))
        vi_ids = tuple(cid for cid, _ in vi_alts)
        sep = r"[\s,]+"
        alts = ["(?<!\\w)(" + sep.join(re.escape(w) for w in t.split()) + ")(?!\\w)" for _, t in vi_alts]
        vi_regex = re.compile("|".join(alts), re.IGNORECASE)
    lexw = _concept_lexicon().weight
    message = frozenset(c for c in df if not c.startswith("w:") and lexw.get(c, 0) >= 1)
    return _Canon(tuple(campaigns), {c.id: c for c in campaigns}, idf, 1 + math.log(n), vi_regex, vi_ids, message)


_canon = load_canon  # the old name, still used in this module and by tests


def campaign_canon() -> pd.DataFrame:
    """The canon as a table: one row per campaign with its renderings and gates."""
    rows = []
    for c in _canon().campaigns:
        rows.append(
            {
                "campaign": c.id,
                "kind": c.kind,
                "vietnamese": c.vietnamese,
                "english": c.english,
                "arabic": " | ".join(t for l, t, g, b in c.renderings if l == "ar"),
                "requires": "; ".join("|".join(sorted(g)) for g in c.requires),
                "excludes": "; ".join(sorted(c.excludes)),
                "head": "; ".join("|".join(sorted(g)) for g in c.head),
                "n_renderings": sum(1 for r in c.renderings if r[0] == "ar"),
            }
        )
    return pd.DataFrame(rows)


@lexicon_derived(maxsize=WORD_CACHE)
def _weight(c: str) -> float:
    canon = _canon()
    if c.startswith("w:"):
        base = UNKNOWN_WEIGHT
    else:
        base = _concept_lexicon().weight.get(c, 1.0)
    return base * canon.idf.get(c, canon.idf_max)


def _score(bag: frozenset, rend: frozenset) -> float:
    """Weighted F1 (Dice) of two concept sets; exact sums (``math.fsum``) and rounding make
    it independent of set iteration order, so builds are reproducible."""
    if not bag or not rend:
        return 0.0
    inter = math.fsum(_weight(c) for c in bag & rend)
    if inter <= 0:
        return 0.0
    p = inter / math.fsum(_weight(c) for c in bag)
    r = inter / math.fsum(_weight(c) for c in rend)
    return round(2 * p * r / (p + r), 9)


def _eligible(camp: Campaign, bag: frozenset, frame: bool) -> bool:
    if camp.excludes & bag:
        return False
    if not all(g & bag for g in camp.head):  # the head is a word of the phrase, never FRAME
        return False
    have = bag | {"FRAME"} if frame else bag
    return all(g & have for g in camp.requires)


def _best(bag: frozenset, frame: bool, campaigns=None) -> tuple[Campaign | None, float]:
    best, best_s = None, 0.0
    for camp in campaigns or _canon().campaigns:
        if not _eligible(camp, bag, frame):
            continue
        s = max((_score(bag, b) for l, t, g, b in camp.renderings if l != "vi"), default=0.0)
        if s > best_s:
            best, best_s = camp, s
    return best, best_s


def match_campaign(phrase: str, lang: str | None = None) -> tuple[str, float]:
    """Campaign of a whole phrase (e.g. a quoted slogan): ``(campaign_id, score)``.

    The id is ``""`` when no campaign passes its gate with a score of at least
    ``QUOTED_MIN``; the score is then that of the best eligible campaign (or 0).

    ``lang`` is ``ar``, ``en`` or ``vi``; by default the script of the phrase decides.

    >>> match_campaign("كافة المواطنين يصونون أمن الوطن")[0]
    'antq'
    """
    lang = _lang(lang, phrase)
    if lang == "vi":
        canon = _canon()
        m = canon.vi_regex.search(phrase) if canon.vi_regex else None
        return (canon.vi_ids[m.lastindex - 1], 1.0) if m else ("", 0.0)
    kt = key(phrase) if lang == "ar" else normalize(phrase).text
    words, _ = _analyse(kt, lang)
    bag = _bag(words)
    frame = any(w.concept == "FRAME" for w in words)
    camp, s = _best(bag, frame)
    if camp is None or s < QUOTED_MIN:
        return "", round(s, 3)
    return camp.id, round(s, 3)


# --- occurrences in a paragraph ---

class CampaignMatch(NamedTuple):
    start: int  # ORIGINAL offsets
    end: int
    surface: str
    quoted: bool
    campaign: str
    campaign_en: str
    kind: str
    score: float
    method: str  # quoted, quoted-contains, unquoted
    variant: str  # normalised rendering (for grouping variants)


def _frame_before(words, brk, i, lo=0, cross_first=False) -> bool:
    """Is there a FRAME word at most FRAME_LOOKBACK words before word ``i`` (no sentence
    boundary in between; ``cross_first`` lets the boundary just before ``i`` be crossed,
    as the opening quote mark of a quoted slogan)?"""
    for d in range(1, FRAME_LOOKBACK + 1):
        k = i - d
        if k < lo:
            return False
        if brk[k + 1] == _B_HARD and not (cross_first and k + 1 == i):
            return False
        if words[k].concept == "FRAME":
            return True
    return False


def _windows(words, brk, lo, hi, skip, min_score):
    """Best non-overlapping campaign windows among words[lo:hi] (``skip[i]`` = not usable)."""
    canon = _canon()
    present = {w.concept for w in words[lo:hi] if w.concept} | {"FRAME"}
    cands = [c for c in canon.campaigns if c.concepts and all(g & present for g in c.requires)]
    found = []
    for camp in cands:
        S = camp.concepts
        L = camp.max_words + WINDOW_SLACK
        rends = [b for l, t, g, b in camp.renderings if l != "vi"]
        for i in range(lo, hi):
            if skip[i] or words[i].concept not in S:
                continue
            frame0 = _frame_before(words, brk, i, lo)
            bag = set()
            frame = frame0
            best = None
            foreign = 0
            for j in range(i, min(hi, i + L)):
                if skip[j] or (j > i and brk[j] and brk[j] not in camp.soft):
                    break
                c = words[j].concept
                if c == "FRAME":
                    frame = True
                elif c:
                    bag.add(c)
                    if c not in S and _concept_lexicon().weight.get(c, 1.0) > 0:
                        foreign += 1
                        if foreign > WINDOW_FOREIGN_MAX:
                            break
                if c not in S:
                    continue
                fb = frozenset(bag)
                if not _eligible(camp, fb, frame):
                    continue
                s = max((_score(fb, b) for b in rends), default=0.0)
                if s >= min_score and (best is None or s >= best[0] - 1e-9):
                    best = (s, i, j, camp)
            if best:
                found.append(best)
    found.sort(key=lambda t: (-t[0], -(t[2] - t[1]), t[1], t[3].id))
    taken = np.zeros(len(words), dtype=bool)
    out = []
    for s, i, j, camp in found:
        if taken[i : j + 1].any():
            continue
        taken[i : j + 1] = True
        out.append((s, i, j, camp))
    return sorted(out, key=lambda t: t[1])


def _variant(words, i, j, strip_first: bool) -> str:
    toks = [w.text for w in words[i : j + 1]]
    if strip_first and toks:
        w = words[i]
        if w.form and w.text.endswith(w.form) and w.form != w.text:
            pre = w.text[: len(w.text) - len(w.form)]
            if set(pre) <= set("وفبلك"):
                toks[0] = w.form
    return " ".join(toks)


@lexicon_cache(maxsize=16_384)
def _find_campaigns(text: str, lang: str) -> tuple[CampaignMatch, ...]:
    lang = _lang(lang)
    return _campaigns_in(make_paragraph(text, lang), lang)


def campaigns_in(p, lang: str) -> tuple[CampaignMatch, ...]:
    """Campaign matches of a :class:`arnews.text.Paragraph` read with ``lang``'s rules
    (computed once per paragraph: slogans and rhetoric both read them)."""
    k = ("campaigns", lang)
    if k not in p.memo:
        ms = _campaigns_of(p, lang)
        if p.memo.get("canon_context") is False:  # an article outside the canon's world
            ms = tuple(m._replace(campaign="", campaign_en="", kind="", score=0.0, method="quoted") if m.campaign else m
                       for m in ms if m.quoted or not m.campaign)
        p.memo[k] = ms
    return p.memo[k]


_campaigns_in = campaigns_in  # the old name, still used in this module and by tests


def _campaigns_of(p, lang: str) -> tuple[CampaignMatch, ...]:
    text = p.text
    canon = _canon()
    out = []
    if lang == "vi":
        for q in extract_quoted(text):
            cid, s = match_campaign(q.text, "vi")
            c = canon.by_id.get(cid)
            out.append(CampaignMatch(q.start, q.end, q.text, True, cid, c.english if c else "", c.kind if c else "",
                                     s, "quoted", q.text.casefold()))
        if canon.vi_regex:
            for m in canon.vi_regex.finditer(text):
                if any(q.start <= m.start() and m.end() <= q.end for q in out):
                    continue
                c = canon.by_id[canon.vi_ids[m.lastindex - 1]]
                out.append(CampaignMatch(m.start(), m.end(), m.group(), False, c.id, c.english, c.kind, 1.0,
                                         "unquoted", m.group().casefold()))
        return tuple(sorted(out, key=lambda m: (m.start, m.end)))
    nt = p.norm  # its offsets serve the key text too (same length as the normalised text)
    words, brk = paragraph_words(p, lang)
    if not words:
        return ()
    starts = np.fromiter((w.start for w in words), dtype=np.int64, count=len(words))
    quotes = key_quotes(p, lang)
    inq = np.zeros(len(words), dtype=bool)
    spans = []  # (kstart, kend, quoted, camp, score, method, variant)
    for q in quotes:
        a = int(np.searchsorted(starts, q.start, "left"))
        b = int(np.searchsorted(starts, q.end, "left"))
        inq[a:b] = True
        qwords = words[a:b]
        bag = _bag(qwords)
        frame = any(w.concept == "FRAME" for w in qwords) or _frame_before(words, brk, a, 0, cross_first=True)
        camp, s = _best(bag, frame)
        method = "quoted"
        variant = " ".join(w.text for w in qwords)
        if camp is None or s < QUOTED_MIN:
            camp = None
        # a quote longer than the slogan it quotes (a directive title): the slogan inside
        # wins when it scores better than the whole quote
        inner = _windows(words, brk, a, b, np.zeros(len(words), dtype=bool), WINDOW_MIN)
        if inner:
            si, i, j, ci = max(inner, key=lambda t: (t[0], t[2] - t[1]))
            if si > s + 1e-9 and (j - i + 1) < (b - a):
                s, camp, method, variant = si, ci, "quoted-contains", _variant(words, i, j, True)
        spans.append((q.start, q.end, True, camp, s, method, variant))
    for s, i, j, camp in _windows(words, brk, 0, len(words), inq, WINDOW_MIN):
        spans.append((words[i].start, words[j].end, False, camp, s, "unquoted", _variant(words, i, j, True)))
    for ks, ke, quoted, camp, s, method, variant in spans:
        os_, oe = nt.to_original(ks, ke)
        out.append(
            CampaignMatch(
                os_, oe, text[os_:oe], quoted, camp.id if camp else "", camp.english if camp else "",
                camp.kind if camp else "", round(float(s), 3), method, variant,
            )
        )
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))


def find_campaigns(text: str, lang: str | None = None) -> list[CampaignMatch]:
    """Every quoted span of ``text`` (with its campaign, possibly empty) and every unquoted
    occurrence of a canon campaign, with ORIGINAL offsets, sorted by position."""
    return list(_find_campaigns(text, _lang(lang, text)))
