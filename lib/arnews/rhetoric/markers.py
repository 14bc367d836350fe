"""Rhetorical markers (``rhetoric_markers.csv``): the lexicon and its hits in a string or a
paragraph."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key
from ..text import make_paragraph
from ..tokens import AR
from .base import key_text as _key_text, lang_of as _lang
from .concepts import _form_key
from .press import is_press_mention


#: candidate technique labels (ArAIEval / SemEval-2020 Task 11 names)
TECHNIQUES = (
    "Slogans",
    "Repetition",
    "Loaded_Language",
    "Flag_Waving",
    "Appeal_to_Values",
    "Appeal_to_Authority",
    "Exaggeration-Minimisation",
    "Name_Calling-Labeling",
    "Appeal_to_Fear-Prejudice",
    "Appeal_to_Popularity",
    "Causal_Oversimplification",
)


class MarkerHit(NamedTuple):
    start: int  # ORIGINAL offsets
    end: int
    surface: str
    marker: str
    technique: str
    category: str
    gloss: str


_OPENER = r"(?:^|[.؛;:!?؟…\-–—•])\s*"


def _phrase_regex(phrase: str, lang: str) -> str:
    toks = _form_key(phrase, lang).split() if lang == "ar" else phrase.strip().split()
    parts = []
    for k, t in enumerate(toks):
        wild = t.endswith("*")
        t = t.rstrip("*")
        body = re.escape(t)
        if lang == "ar" and k == 0:
            if t.startswith("ال") and len(t) > 2:
                body = f"(?:[وف]?[بك]?ال|[وف]?لل){re.escape(t[2:])}"
            else:
                body = f"(?:[وف]?[بلك]?){body}"
        if wild:
            body += f"[{AR}]*" if lang == "ar" else r"\w*"
        parts.append(body)
    inner = r"\s+".join(parts)
    if lang == "ar":
        return f"(?<![{AR}\\w]){inner}(?![{AR}])"
    return rf"(?<![\w]){inner}(?![\w])"


@dataclass(frozen=True)
class _Markers:
    rows: tuple  # dicts
    exact: dict  # (lang, first word) -> [(rest, row index, opener)]
    prefix: dict  # (lang, first-word prefix) -> [...] (markers whose first word ends with *)
    prefix_lens: dict  # lang -> sorted prefix lengths
    regexes: dict  # lang -> [(compiled, row index, opener)]


@lru_cache(maxsize=WORD_CACHE)
def _pforms(w: str) -> tuple[str, ...]:
    """A word and its forms without the proclitics a marker may carry: و ف, then ب ل ك;
    ل + ال (written لل) gives back ال."""
    out = [w]
    a = w
    if len(a) > 2 and a[0] in "وف":
        a = a[1:]
        out.append(a)
    for x in list(out):
        if len(x) > 2 and x[0] in "بلك":
            if x.startswith("لل") and len(x) > 3:
                out.append("ال" + x[2:])
            out.append(x[1:])
    return tuple(out)


@lexicon_cache(maxsize=1)
def _markers() -> _Markers:
    rows = []
    for r in read_lexicon("rhetoric_markers.csv"):
        if not (r.get("marker") or "").strip():
            continue
        rows.append({k: (v or "").strip() for k, v in r.items() if k})
    exact, prefix, plens = defaultdict(list), defaultdict(list), defaultdict(set)
    regexes = defaultdict(list)
    for idx, r in enumerate(rows):
        lang = _lang(r.get("lang"))
        opener = r.get("position", "any") == "opener"
        if r.get("match", "phrase") == "regex":
            body = _regex_body(r["pattern"], lang)
            rx = re.compile((_OPENER + f"({body})") if opener else body, re.IGNORECASE)
            regexes[lang].append((rx, idx, opener))
            continue
        words = _form_key(r.get("pattern") or r["marker"], lang).split()
        if not words:
            continue
        toks = [(w.rstrip("*"), w.endswith("*")) for w in words]
        first, wild = toks[0]
        entry = (tuple(toks[1:]), idx, opener)
        if wild:
            prefix[(lang, first)].append(entry)
            plens[lang].add(len(first))
        else:
            exact[(lang, first)].append(entry)
    return _Markers(tuple(rows), dict(exact), dict(prefix), {k: sorted(v) for k, v in plens.items()}, dict(regexes))


def _regex_body(pattern: str, lang: str) -> str:
    """The key-text regex of a marker matched by ``regex``: the pattern after the proclitics an Arabic word may carry."""
    pat = key(pattern) if lang == "ar" else pattern
    pre = r"(?:[وف]?[بلك]?)" if lang == "ar" else ""
    return f"(?<!\\w){pre}(?:{pat})"


def marker_regex(marker: str) -> str | None:
    """The key-text regex by which the lexicon matches ``marker`` when its row is matched by ``regex`` (سيئ*: its
    ending, not the places سيئون and سيئول), for :func:`arnews.kwic` with ``regex=True``; None for a phrase marker."""
    for r in _markers().rows:
        if r.get("marker") == marker and r.get("match", "phrase") == "regex":
            return _regex_body(r["pattern"], _lang(r.get("lang")))
    return None


def marker_lexicon() -> pd.DataFrame:
    """``rhetoric_markers.csv`` as a DataFrame."""
    return pd.DataFrame(list(_markers().rows))


_OPENING_CHARS = set(".؛;:!?؟…-–—•")


def _is_opening(kt: str, start: int) -> bool:
    """Does ``start`` open the text or a sentence/clause?  Looks back over whitespace only
    (copying ``kt[:start]`` per candidate was quadratic on a huge paragraph)."""
    i = start - 1
    while i >= 0 and kt[i].isspace():
        i -= 1
    return i < 0 or kt[i] in _OPENING_CHARS


@lexicon_cache(maxsize=16_384)
def _find_markers(text: str, lang: str) -> tuple[MarkerHit, ...]:
    return _markers_in(make_paragraph(text, lang), lang)


@lexicon_derived(maxsize=WORD_CACHE)
def _word_markers(w: str, lang: str) -> tuple:
    """The phrase markers that may start at a word ``w`` (its key form, lower-cased when not
    Arabic): ``(rest, row index, opener)`` entries, in matching order (per word type)."""
    M = _markers.current()
    forms = _pforms(w) if lang == "ar" else (w,)
    plens = M.prefix_lens.get(lang, ())
    cands = []
    for f in forms:
        cands.extend(M.exact.get((lang, f), ()))
        for L in plens:
            if len(f) >= L:
                cands.extend(M.prefix.get((lang, f[:L]), ()))
    return tuple(cands)


@lru_cache(maxsize=1024)
def _required_literal(pattern: str) -> str:
    """The longest run of literal characters that every match of the regex ``pattern`` holds (read from its
    parse tree: runs in its top-level sequence, in groups and in items repeated at least once; only Arabic
    letters and ASCII non-letters, which no case folding changes), or "": a text without it holds no match
    (no branch, set or assertion is read)."""
    from re import _constants as C, _parser

    try:
        tree = _parser.parse(pattern)
    except Exception:  # (a pattern the running Python parses otherwise: no prefilter)
        return ""
    best = ""

    def walk(seq) -> None:
        nonlocal best
        run = []
        for op, av in seq:
            if op is C.LITERAL and (0x600 <= av <= 0x6FF or av < 128 and not chr(av).isalpha()):
                run.append(chr(av))
                continue
            if len(run) > len(best):
                best = "".join(run)
            run = []
            if op is C.SUBPATTERN:
                walk(av[-1])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                walk(av[2])
        if len(run) > len(best):
            best = "".join(run)

    walk(tree)
    return best


def _markers_in(p, lang: str) -> tuple[MarkerHit, ...]:
    """Marker hits of a :class:`arnews.text.Paragraph` read with ``lang``'s rules."""
    M = _markers()
    text = p.text
    kt = _key_text(p, lang)
    hits = []  # (kstart, kend, row index)
    # the word tokens (not punctuation) as parallel lists: start, end, key surface
    ws, we = [], []
    for kd, a, b in zip(p.kinds, p.starts, p.ends):
        if kd != "punct":
            ws.append(a)
            we.append(b)
    low = [kt[a:b] for a, b in zip(ws, we)] if lang == "ar" else [kt[a:b].lower() for a, b in zip(ws, we)]
    nw = len(ws)
    wi = 0
    while wi < nw:
        cands = _word_markers(low[wi], lang)
        if not cands:
            wi += 1
            continue
        t_start = ws[wi]
        best = None
        for rest, idx, opener in cands:
            if opener and not _is_opening(kt, t_start):
                continue
            j = wi
            ok = True
            for rt, wild in rest:
                j += 1
                if j >= nw or not kt[we[j - 1] : ws[j]].isspace():
                    ok = False
                    break
                w2 = low[j]
                if not (w2.startswith(rt) if wild else w2 == rt):
                    ok = False
                    break
            if ok and (best is None or we[j] > best[1] or (we[j] == best[1] and idx < best[2])):
                best = (t_start, we[j], idx, j)
        if best:
            hits.append(best[:3])
            wi = best[3] + 1
        else:
            wi += 1
    for crx, idx, opener in M.regexes.get(lang, ()):
        lit = _required_literal(crx.pattern)
        if lit and lit not in kt:
            continue  # (no match without it: the regex is not run)
        for m in crx.finditer(kt):
            s0, e0 = (m.start(1), m.end(1)) if opener else (m.start(), m.end())
            if e0 > s0:
                hits.append((s0, e0, idx))
    if not hits:
        return ()
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0], h[2]))
    # the kept spans are disjoint: keep them sorted by start and look at the one neighbour
    # that can overlap (a bisection, not a scan of every kept span: linear on a huge paragraph)
    t_starts: list[int] = []
    t_ends: list[int] = []
    kept = []
    for s0, e0, idx in hits:
        if is_press_mention(kt, s0, e0):
            continue  # a paper's name as the paper (لـ"الوطن", صحيفة الوطن), not the word's use
        j = bisect_left(t_starts, e0) - 1  # the last kept span starting before e0
        if j >= 0 and t_ends[j] > s0:
            continue
        t_starts.insert(j + 1, s0)
        t_ends.insert(j + 1, e0)
        kept.append((s0, e0, idx))
    nt = p.norm
    out = []
    for s0, e0, idx in sorted(kept):
        r = M.rows[idx]
        os_, oe = nt.to_original(s0, e0)
        out.append(MarkerHit(os_, oe, text[os_:oe], r["marker"], r.get("technique", ""), r.get("category", ""), r.get("gloss", "")))
    return tuple(out)


def find_markers(text: str, lang: str | None = None) -> list[MarkerHit]:
    """Hits of ``rhetoric_markers.csv`` in ``text`` (ORIGINAL offsets, non-overlapping,
    longest first)."""
    return list(_find_markers(text, _lang(lang, text)))
