"""Rhetoric: campaign slogans, formulaic language and candidate persuasion techniques.

The articles are assembled from a small stock of campaign names, formulae and evaluative
phrases, and the machine translation renders one Vietnamese slogan in several Arabic ways
(``Toàn dân bảo vệ an ninh Tổ quốc`` is ``جميع الناس يحمون الأمن الوطني``,
``كل الشعب يدافع عن الأمن الوطني``, ``حركة الشعب بأكمله لحماية الأمن القومي`` …).
This module finds that stock, groups the renderings, and tags candidate techniques.

Public functions
================
``extract_quoted(text)``              quoted spans ``"…"``, ``“…”``, ``«…»``
``match_campaign(phrase, lang)``      ``(campaign_id, score)`` for one phrase ("" if none)
``find_campaigns(text, lang)``        every quoted span and every unquoted campaign occurrence
``find_markers(text, lang)``          rhetorical-marker hits (``rhetoric_markers.csv``)
``kwic(paragraphs, pattern)``         keyword in context (normalised match, original display)
``kwic_spans(paragraphs, spans)``     the same display for the spans of any table
``slogans_table`` / ``rhetoric_table``   per-article build hooks (``slogans.csv``, ``rhetoric.csv``)
``rhetoric_tables(tables)``           corpus-level hook: ``formulae``, ``formula_density``
``campaign_summary(slogans)``         one row per campaign: occurrences, articles, variants
``campaign_variants(slogans)``        one row per campaign rendering variant

Campaign matching (``lib/arnews/data/lexicons/campaigns.csv`` + ``synonyms_ar.csv``)
========================================================================
1. *Keys.*  Text is normalised with :func:`arnews.normalize.key` (diacritics, tatweel, alef
   forms, alef maksura and teh marbuta folded) and tokenised; spans are mapped back to the
   original text with :meth:`NormText.to_original`.
2. *Concepts.*  Every word is mapped to a synonym class ("concept") of ``synonyms_ar.csv``:
   the word itself, then the word with its proclitics stripped (و ف ب ل ك, ال, لل = ل + ال),
   then its Snowball stem against the stems of the listed forms (a stem shared by two
   concepts is not used; blocking entries such as ``بلدية`` *commune* keep ``البلاد``
   *country* from catching it); multi-word forms (``الدفاع عن``, ``من أجل``,
   ``القاعدة الشعبية``, ``في وقت مبكر``) are matched first.  So ``يحمون`` / ``يدافع عن`` / ``لحماية`` are all PROTECT, ``جميع`` /
   ``كل`` / ``بأكمله`` are ALL, ``الوطني`` / ``القومي`` / ``الوطن`` are NATIONAL.  Function
   words (FUNC) are dropped; words outside the lexicon keep their own identity (``w:<stem>``)
   with a lower weight; FRAME words (``حركة``, ``حملة``, ``شعار`` …) are never part of a
   slogan but count as evidence that a slogan name follows.
3. *Bags and weights.*  Each canon rendering and each candidate phrase becomes a set of
   concepts.  A concept weighs ``weight (lexicon) × idf``, with ``idf = 1 + ln(N / df)`` over
   the N campaigns (concepts shared by many campaigns count less; concepts foreign to all
   campaigns, and unknown words, count as much as the rarest ones, so that they lower
   precision).  The score of a candidate for a campaign is the weighted F1 (Dice) between its
   bag and the best-matching rendering of that campaign: word order, clitics, diacritics and
   synonyms do not matter.  Sums are exact (``math.fsum``) and scores rounded, so results do
   not depend on set iteration order (builds are reproducible under hash randomisation).
4. *Gates.*  A campaign is eligible only when the candidate contains its ``requires``
   concept groups (all groups, any alternative in a group) and none of its ``excludes``.
   This is what keeps campaigns that share words apart: the new-rural campaign needs
   JOIN_HANDS|COUNTRY and excludes URBAN / CIVILISED / CULTURE; the new-rural-and-
   civilised-urban campaign needs URBAN|CIVILISED|UNITE; the cultural-life campaign needs
   CULTURE and LIFE; the national-security movement needs PROTECT, SECURITY, NATIONAL and
   PEOPLE|ALL|FRAME and excludes BORDER / SOVEREIGNTY (the border-protection movement).
5. *Quoted spans* are matched as a whole (threshold ``QUOTED_MIN``); they are also searched
   like unquoted text, and when a shorter window inside scores better (a directive title
   quoting a slogan) that window decides (``method = quoted-contains``, ``variant`` = the
   slogan inside).  A quote that matches nothing keeps an empty campaign (``score`` is then
   the best eligible score, 0 when no campaign passes its gate).
6. *Unquoted occurrences*: for each campaign whose gate the paragraph can pass, windows are
   grown from every word carrying one of the campaign's concepts, up to the longest rendering
   plus ``WINDOW_SLACK`` words, never across sentence punctuation, brackets or quotes (nor
   across commas / dashes unless a rendering of the campaign has them, as the "four selfs"
   list does).  A window starts and ends on campaign concepts, must pass the gate (a FRAME
   word up to two words before it counts) and score ``WINDOW_MIN``; overlapping windows are
   resolved greedily by score, then length.  Quoted text is skipped, so a quoted occurrence is
   never counted twice.  Cost per paragraph is linear in its length times a small constant
   (candidate campaigns × window length); all lexicons are compiled once per process.
7. Vietnamese articles are matched by their Vietnamese names and aliases (case-insensitive
   exact phrase); English ones through the English forms of the same concepts.
8. ``variant`` (for grouping renderings) is the matched text in key form, with a leading
   conjunction / preposition clitic removed from an unquoted occurrence.

Markers and techniques (``lib/arnews/data/lexicons/rhetoric_markers.csv``)
===============================================================
Markers are phrases (with ``*`` suffix wildcards and proclitics allowed) or regexes on key
text, some only at the opening of a sentence (directive openers ``تعزيز``, ``تنفيذ``,
``بناء``, ``التركيز``, ``إيلاء`` …).  Each has a category (directive, evaluative_adverbial,
totalising, stability_claim, success_claim, enemy_framing, authority, flag_waving, values,
popularity) and a candidate technique with the SemEval-2020 Task 11 / ArAIEval labels
(``TECHNIQUES``); directive openers, stability claims and most success claims are formulae
without a technique (``technique`` empty).  Besides the lexicon: every campaign occurrence is
a *Slogans* candidate; its second and later occurrences in an article are *Repetition*
candidates, and so are the second and later uses of a maximal n-gram (n >= 3) used
``REPEAT_MIN`` times or more in an article when it carries a "message" concept of the canon
(PROTECT, SECURITY, BUILD, UNITE, MOBILISE …) — topic nouns and officials' titles
(``مناطق الأقليات العرقية``, ``رئيس اللجنة الشعبية الإقليمية``) are not.  Markers inside a
slogan are not tagged again; overlapping markers are resolved longest first.

Formulae (corpus level): recurrent word n-grams (3 <= n <= 8, within a sentence, numbers as
``#``, first and last word not a function word), repeated within an article or across
articles, reduced to maximal n-grams (an n-gram is dropped when a longer one containing it
has the same count).  Counting is vectorised: words become integer ids, level-n gram ids
are dense ids of (level n-1 id, next word) pairs counted with ``numpy.unique``, and an
n-gram is only formed when its (n-1)-gram prefix and suffix are repeated (apriori), so the
cost is a few array passes per n.  *Formula density* is the share of an article's words
covered by a formula n-gram, a lexicon marker or a campaign occurrence, per 1,000 words.
The corpus-level hook sees the build's corpus-level sample (all articles unless the build
samples a very large corpus).

Limits
======
* The tags are *candidates* for close reading, not annotations: a marker is a word, and the
  technique depends on its use (``جميع`` is often plain quantification; ``بفضل`` is not
  always a causal shortcut).  No tagger was trained or evaluated here.
* The canon only knows what is listed; a new campaign is found only as an unassigned quote.
  A rendering that uses words outside the synonym classes, or that drops a required
  concept, is missed; one that keeps the required concepts but changes the meaning is
  matched (the gates are lexical).  Thresholds were set on the seed articles and on
  renderings written for the tests, not on an annotated sample.
* Formula counts depend on the corpus: an n-gram is "formulaic" because it recurs in this
  collection (two near-duplicate articles inflate it, and so do repeated names and
  captions); memory grows with the number of word tokens of the corpus-level sample
  (a few int64 arrays of that length).
* The English and Vietnamese paths are thin: English markers are a short list, Vietnamese
  text is matched by exact names only.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple

import numpy as np
import pandas as pd

from .lexicons import lexicon_cache, lexicon_derived, read_lexicon
from .normalize import KEY_STEPS, key, normalize
from .spans import SpanIndex
from .text import TEXT_ROLES, make_paragraph, paragraphs_of
from .tokens import AR, Token, stem, tokenize_spans

__all__ = [
    "TECHNIQUES",
    "TEXT_ROLES",
    "QUOTED_MIN",
    "WINDOW_MIN",
    "Quote",
    "CampaignMatch",
    "MarkerHit",
    "extract_quoted",
    "concepts",
    "match_campaign",
    "find_campaigns",
    "find_markers",
    "campaign_canon",
    "marker_lexicon",
    "kwic",
    "kwic_spans",
    "slogans_table",
    "rhetoric_table",
    "rhetoric_tables",
    "formulae_table",
    "formula_density_table",
    "campaign_summary",
    "campaign_variants",
]

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
QUOTED_MIN = 0.5  # whole-quote score needed to assign a campaign
WINDOW_MIN = 0.6  # score needed for an unquoted (or quoted-contains) occurrence
WINDOW_SLACK = 3  # extra words a window may have beyond the longest rendering
FRAME_LOOKBACK = 2  # a FRAME word this many words before a window counts as evidence
UNKNOWN_WEIGHT = 0.5  # base weight of a word outside the synonym lexicon
REPEAT_MIN = 3  # an n-gram used this often in one article is a Repetition candidate
SLOGAN_COLUMNS = [
    "article_id", "paragraph", "start", "end", "surface", "quoted", "campaign",
    "campaign_en", "score", "kind", "method", "variant",
]
RHETORIC_COLUMNS = [
    "article_id", "paragraph", "start", "end", "surface", "marker", "technique",
    "category", "gloss", "source",
]

_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}
_HARD = set(".!?؟;؛:()[]{}…")
_QUOTES = set('"“”«»„')
_COMMA = set(",،")
_DASH = set("-–—")
# boundary strength between two words
_B_NONE, _B_COMMA, _B_DASH, _B_HARD = 0, 1, 2, 3


_AR_RX = re.compile(f"[{AR}]")


def _lang(lang, text: str | None = None) -> str:
    """``ar``, ``en`` or ``vi`` (anything else is treated as Arabic); with ``lang=None``
    the script of ``text`` decides (Arabic letters -> ar, otherwise en)."""
    if lang is None and text is not None:
        return "ar" if _AR_RX.search(text) else "en"
    lang = (lang or "ar").lower()
    return lang if lang in ("en", "vi") else "ar"


# --- quotes -----------------------------------------------------------------------

class Quote(NamedTuple):
    start: int  # offsets of the quoted content (without the quote marks)
    end: int
    text: str


def extract_quoted(text: str) -> list[Quote]:
    """Every quoted span of ``text``: ``"…"``, ``“…”``, ``«…»`` (and ``„…“``).

    Offsets are those of the content inside the marks; an unmatched opening mark is
    ignored; quotes do not nest (the first closing mark ends the span).

    >>> extract_quoted('حركة "جميع الناس" و«كل الشعب»')
    [Quote(start=6, end=15, text='جميع الناس'), Quote(start=20, end=28, text='كل الشعب')]
    """
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        close = _QUOTE_PAIRS.get(c)
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        if j < 0:
            i += 1
            continue
        s, e = i + 1, j
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Quote(s, e, text[s:e]))
        i = j + 1
    return out


# --- concept lexicon ----------------------------------------------------------------

@dataclass(frozen=True)
class _ConceptLexicon:
    single: dict  # (lang, form) -> concept
    stems: dict  # (lang, stem) -> concept (None when ambiguous)
    multi: dict  # (lang, first form) -> [(rest forms tuple, concept)], longest first
    weight: dict  # concept -> base weight


@lru_cache(maxsize=200_000)
def _bare_forms(w: str) -> tuple[str, ...]:
    """``w`` and its forms without proclitics (و ف, ب ل ك, ال; لل = ل + ال), longest first."""
    out = [w]

    def add(x):
        if len(x) >= 2 and x not in out:
            out.append(x)

    a = w
    if len(a) > 2 and a[0] in "وف":
        a = a[1:]
        add(a)
    for x in list(out):
        if len(x) > 2 and x[0] in "بلك":
            if x.startswith("لل") and len(x) > 3:
                add("ال" + x[2:])
            add(x[1:])
    for x in list(out):
        if x.startswith("ال") and len(x) > 3:
            add(x[2:])
    return tuple(out)


def _form_key(form: str, lang: str) -> str:
    return key(form).strip() if lang == "ar" else form.strip().lower()


def _stem(w: str, lang: str) -> str:
    return stem(w, "en" if lang == "en" else "ar")


@lexicon_cache(maxsize=1)
def _concept_lexicon() -> _ConceptLexicon:
    single, stems_, multi, weight = {}, {}, defaultdict(list), {}
    stripped = {}  # forms without al-: used only when no form is written that way
    for r in read_lexicon("synonyms_ar.csv"):
        concept = (r.get("concept") or "").strip()
        form = (r.get("form") or "").strip()
        lang = _lang(r.get("lang"))
        if not concept or not form:
            continue
        w = float(r.get("weight") or 1)
        weight[concept] = max(weight.get(concept, 0.0), w)
        words = _form_key(form, lang).split()
        if len(words) == 1:
            f = words[0]
            single.setdefault((lang, f), concept)
            if lang == "ar" and f.startswith("ال") and len(f) > 3:
                stripped.setdefault((lang, f[2:]), concept)
            s = _stem(f, lang)
            if len(s) >= 3:
                prev = stems_.get((lang, s), concept)
                stems_[(lang, s)] = concept if prev == concept else None
        else:
            multi[(lang, words[0])].append((tuple(words[1:]), concept))
    for k, c in stripped.items():
        single.setdefault(k, c)
    for k in multi:
        multi[k].sort(key=lambda t: -len(t[0]))
    weight.setdefault("FUNC", 0.0)
    weight.setdefault("FRAME", 0.0)
    return _ConceptLexicon(single, stems_, dict(multi), weight)


@lexicon_derived(maxsize=300_000)
def _lookup(w: str, lang: str) -> tuple[str, str]:
    """``(concept, matched form)`` of one key-normalised word; unknown words -> ``w:<stem>``."""
    lex = _concept_lexicon.current()
    if lang == "en":
        lw = w.lower()
        c = lex.single.get(("en", lw))
        if c:
            return c, lw
        s = _stem(lw, "en")
        c = lex.stems.get(("en", s))
        return (c, lw) if c else ("w:" + s, lw)
    forms = _bare_forms(w)
    for f in forms:
        c = lex.single.get(("ar", f))
        if c:
            return c, f
    for f in forms:
        s = _stem(f, "ar")
        c = lex.stems.get(("ar", s)) if len(s) >= 3 else None
        if c:
            return c, f
    if not re.match(f"[{AR}]", w):
        return "w:" + w.lower(), w
    return "w:" + _stem(w, "ar"), w


def _key_text(p, lang: str) -> str:
    """The text the matchers read: key-folded for Arabic, normalised otherwise."""
    return p.ktext if lang == "ar" else p.ntext


def _key_tokens(p, kt: str) -> list:
    """The shared tokens of paragraph ``p`` with their surfaces taken from ``kt``."""
    return [Token(a, b, kt[a:b], kd) for kd, a, b in zip(p.kinds, p.starts, p.ends)]


class _Word(NamedTuple):
    start: int  # offsets in the analysed (key) text
    end: int
    text: str
    concept: str  # "" for function words
    form: str  # the form that matched the lexicon (proclitics stripped)


def _analyse(ktext: str, lang: str, toks=None) -> tuple[list[_Word], list[int]]:
    """Words of a key-normalised text with their concepts, and the boundary strength
    before each word (``brk[i]`` between word i-1 and word i); ``toks``: the text's
    tokens when already known (:func:`_key_tokens`)."""
    lex = _concept_lexicon()
    if toks is None:
        toks = _key_tokens(make_paragraph(ktext, lang), ktext)
    words: list[_Word] = []
    brk: list[int] = []
    pending = _B_NONE
    raw = []  # (token, boundary before it)
    for t in toks:
        if t.kind == "punct":
            ch = t.text
            if ch in _HARD or ch in _QUOTES:
                pending = max(pending, _B_HARD)
            elif ch in _DASH:
                pending = max(pending, _B_DASH)
            elif ch in _COMMA:
                pending = max(pending, _B_COMMA)
            continue
        raw.append((t, pending))
        pending = _B_NONE
    i, n = 0, len(raw)
    while i < n:
        t, b = raw[i]
        w = t.text if lang == "ar" else t.text.lower()
        done = False
        if t.kind == "word" or t.kind == "latin":
            firsts = _bare_forms(w) if lang == "ar" else [w]
            for f in firsts:
                for rest, concept in lex.multi.get((lang, f), ()):
                    k = len(rest)
                    if i + k > n - 1:
                        continue
                    ok = True
                    for d, r in enumerate(rest, start=1):
                        tt, bb = raw[i + d]
                        ww = tt.text if lang == "ar" else tt.text.lower()
                        if bb != _B_NONE or (ww != r and (lang != "ar" or r not in _bare_forms(ww))):
                            ok = False
                            break
                    if ok:
                        last = raw[i + k][0]
                        words.append(_Word(t.start, last.end, ktext[t.start:last.end], concept if concept != "FUNC" else "", f))
                        brk.append(b)
                        i += k + 1
                        done = True
                        break
                if done:
                    break
        if done:
            continue
        if t.kind in ("number", "code", "date", "time", "phone"):
            concept, form = "w:#", w
        elif t.kind == "clitic":
            concept, form = "", w
        else:
            concept, form = _lookup(w, lang)
            if concept == "FUNC":
                concept = ""
        words.append(_Word(t.start, t.end, t.text, concept, form))
        brk.append(b)
        i += 1
    return words, brk


def concepts(phrase: str, lang: str | None = None) -> list[tuple[str, str]]:
    """``(word, concept)`` pairs of a phrase, as the campaign matcher sees them."""
    lang = _lang(lang, phrase)
    kt = key(phrase) if lang == "ar" else normalize(phrase).text
    words, _ = _analyse(kt, lang)
    return [(w.text, w.concept or "FUNC") for w in words]


# --- campaign canon -------------------------------------------------------------------

@dataclass(frozen=True)
class Campaign:
    id: str
    kind: str
    vietnamese: str
    english: str
    requires: tuple  # of frozensets
    excludes: frozenset
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
def _canon() -> _Canon:
    rows = read_lexicon("campaigns.csv")
    order, info, rends = [], {}, defaultdict(list)
    for i, r in enumerate(rows):
        cid = (r.get("id") or "").strip()
        if not cid:
            continue
        if cid not in info:
            order.append(cid)
            info[cid] = {}
        for k in ("kind", "vietnamese", "english", "requires", "excludes"):
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
                     requires, excludes, tuple(rr), frozenset(union), frozenset(soft), maxw)
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
                "n_renderings": sum(1 for r in c.renderings if r[0] == "ar"),
            }
        )
    return pd.DataFrame(rows)


@lexicon_derived(maxsize=100_000)
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


# --- finding occurrences in a paragraph ----------------------------------------------------

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
            for j in range(i, min(hi, i + L)):
                if skip[j] or (j > i and brk[j] and brk[j] not in camp.soft):
                    break
                c = words[j].concept
                if c == "FRAME":
                    frame = True
                elif c:
                    bag.add(c)
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


def _campaigns_in(p, lang: str) -> tuple[CampaignMatch, ...]:
    """Campaign matches of a :class:`arnews.text.Paragraph` read with ``lang``'s rules
    (computed once per paragraph: slogans and rhetoric both read them)."""
    k = ("campaigns", lang)
    if k not in p.memo:
        p.memo[k] = _campaigns_of(p, lang)
    return p.memo[k]


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
    kt = _key_text(p, lang)
    words, brk = _analyse(kt, lang, _key_tokens(p, kt))
    if not words:
        return ()
    starts = np.fromiter((w.start for w in words), dtype=np.int64, count=len(words))
    quotes = extract_quoted(kt)
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


# --- markers ---------------------------------------------------------------------------------

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


@lru_cache(maxsize=200_000)
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
            pat = key(r["pattern"]) if lang == "ar" else r["pattern"]
            pre = r"(?:[وف]?[بلك]?)" if lang == "ar" else ""
            body = f"(?<!\\w){pre}(?:{pat})"
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


def _markers_in(p, lang: str) -> tuple[MarkerHit, ...]:
    """Marker hits of a :class:`arnews.text.Paragraph` read with ``lang``'s rules."""
    M = _markers()
    text = p.text
    kt = _key_text(p, lang)
    hits = []  # (kstart, kend, row index)
    words = [t for t in _key_tokens(p, kt) if t.kind != "punct"]
    low = [t.text if lang == "ar" else t.text.lower() for t in words]
    plens = M.prefix_lens.get(lang, ())
    nw = len(words)
    wi = 0
    while wi < nw:
        t = words[wi]
        forms = _pforms(low[wi]) if lang == "ar" else [low[wi]]
        cands = []
        for f in forms:
            cands.extend(M.exact.get((lang, f), ()))
            for L in plens:
                if len(f) >= L:
                    cands.extend(M.prefix.get((lang, f[:L]), ()))
        best = None
        for rest, idx, opener in cands:
            if opener and not _is_opening(kt, t.start):
                continue
            j = wi
            ok = True
            for rt, wild in rest:
                j += 1
                if j >= nw or not kt[words[j - 1].end : words[j].start].isspace():
                    ok = False
                    break
                w2 = low[j]
                if not (w2.startswith(rt) if wild else w2 == rt):
                    ok = False
                    break
            if ok and (best is None or words[j].end > best[1] or (words[j].end == best[1] and idx < best[2])):
                best = (t.start, words[j].end, idx, j)
        if best:
            hits.append(best[:3])
            wi = best[3] + 1
        else:
            wi += 1
    for crx, idx, opener in M.regexes.get(lang, ()):
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


# --- KWIC ------------------------------------------------------------------------------------

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


# --- per-article build hooks ---------------------------------------------------------------------

def _text_rows(paragraphs, articles: pd.DataFrame | None):
    """``(article_id, paragraph, Paragraph, lang)`` of the non-empty title/body/caption
    blocks; ``lang`` is the paragraph's own language (ar, en or vi)."""
    for p in paragraphs_of(paragraphs, articles).select(TEXT_ROLES):
        if p.text.strip():
            yield p.article_id, p.paragraph, p, _lang(p.lang)


def slogans_table(paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """``slogans.csv``: every quoted span and every unquoted campaign occurrence of the
    title / body / caption blocks (never boilerplate, source or byline)."""
    rows = []
    for aid, par, p, lang in _text_rows(paragraphs, articles):
        for m in _campaigns_in(p, lang):
            rows.append((aid, par, m.start, m.end, m.surface, m.quoted, m.campaign, m.campaign_en,
                         m.score, m.kind, m.method, m.variant))
    df = pd.DataFrame(rows, columns=SLOGAN_COLUMNS)
    df["quoted"] = df["quoted"].astype(bool)
    return df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)


#: figures of any form are numbers ("#") in n-grams
_NGRAM_KIND = {"date": "number", "time": "number", "phone": "number"}


class _PTok(NamedTuple):
    """Word tokens of one paragraph (for n-grams and densities), as parallel arrays."""

    words: list  # key forms; "#" for numbers and document codes
    starts: np.ndarray  # offsets in the key text
    ends: np.ndarray
    seg: np.ndarray  # segment number (sentence / clause): n-grams never cross segments
    content: np.ndarray  # not a function word, number or clitic
    isword: np.ndarray  # counts as a word for densities


_BREAKS = frozenset(_HARD | _QUOTES | _COMMA | _DASH)


def _ngram_tokens(p, lang: str) -> _PTok:
    kt = _key_text(p, lang)
    func = _func_words(lang)
    low = lang != "ar"
    found = [(_NGRAM_KIND.get(kd, kd), kt[a:b].lower() if low else kt[a:b], a, b) for kd, a, b in zip(p.kinds, p.starts, p.ends)]
    # a token's segment is the number of breaking punctuation marks before it
    seg, segs, toks = 0, [], []
    for kind, t, a, b in found:
        if kind == "punct":
            if t in _BREAKS:
                seg += 1
            continue
        toks.append((kind, t, a, b))
        segs.append(seg)
    words = ["#" if kind in ("number", "code") else t for kind, t, _, _ in toks]
    isword = [w != "#" and kind not in ("clitic", "url", "email") for w, (kind, _, _, _) in zip(words, toks)]
    content = [iw and len(w) > 1 and w not in func for iw, w in zip(isword, words)]
    return _PTok(words, np.array([t[2] for t in toks], dtype=np.int64), np.array([t[3] for t in toks], dtype=np.int64),
                 np.array(segs, dtype=np.int64), np.array(content, dtype=bool), np.array(isword, dtype=bool))


class _Stream(NamedTuple):
    ids: np.ndarray  # token ids, -1 between segments and paragraphs
    par: np.ndarray  # paragraph number (index into the list given) per position, -1 at breaks
    tok: np.ndarray  # token index within its paragraph, -1 at breaks
    content: np.ndarray
    vocab: list


def _stream(ptoks: list) -> _Stream:
    """One token stream for many paragraphs: each run of tokens of one paragraph and
    segment is followed by a -1 break (vectorised)."""
    vocab: dict = {}
    words = [w for pt in ptoks for w in pt.words]
    if not words:
        e = np.zeros(0, dtype=np.int64)
        return _Stream(e, e, e, np.zeros(0, dtype=bool), [])
    tid = np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), dtype=np.int64, count=len(words))
    lens = np.array([len(pt.words) for pt in ptoks], dtype=np.int64)
    P = np.repeat(np.arange(len(ptoks), dtype=np.int64), lens)
    T = np.concatenate([np.arange(n, dtype=np.int64) for n in lens])
    S = np.concatenate([pt.seg for pt in ptoks])
    C = np.concatenate([pt.content for pt in ptoks]).astype(bool)
    n = len(tid)
    end = np.ones(n, dtype=bool)
    end[:-1] = (P[1:] != P[:-1]) | (S[1:] != S[:-1])
    ce = np.cumsum(end)
    pos = np.arange(n) + ce - end  # a token's place after the breaks that precede it
    N = n + int(ce[-1])
    ids, par, tok = np.full(N, -1, dtype=np.int64), np.full(N, -1, dtype=np.int64), np.full(N, -1, dtype=np.int64)
    content = np.zeros(N, dtype=bool)
    ids[pos], par[pos], tok[pos], content[pos] = tid, P, T, C
    return _Stream(ids, par, tok, content, list(vocab))


class _Gram(NamedTuple):
    n: int
    words: tuple
    total: int
    positions: np.ndarray  # stream positions of its occurrences


def _repeated_grams(st: _Stream, nmin: int, nmax: int, min_count: int, limit: int | None = None) -> list:
    """Maximal formula n-grams (nmin <= n <= nmax) repeated at least ``min_count`` times.

    Vectorised and exact: level-n gram ids are dense ids of the pairs (level n-1 id at i,
    token at i+n-1), counted with ``np.unique``; an n-gram is considered only when its
    (n-1)-gram prefix and suffix are repeated (apriori).  A gram is dropped when a
    one-word-longer gram extending it has the same count (maximality), and kept when its
    first and last words are content words and it has two or more of them."""
    ids = st.ids
    N = len(ids)
    if N == 0:
        return []
    V = max(1, len(st.vocab))
    tc = np.bincount(ids[ids >= 0], minlength=V)
    prev = np.where((ids >= 0) & (tc[np.clip(ids, 0, None)] >= min_count), ids, -1)
    levels = {}
    for n in range(2, nmax + 1):
        L = N - n + 1
        if L <= 0:
            break
        a, b = prev[:L], prev[1 : L + 1]
        pos = np.nonzero((a >= 0) & (b >= 0))[0]
        if not len(pos):
            break
        keys = a[pos] * V + ids[pos + n - 1]
        uniq, inv, cnt = np.unique(keys, return_inverse=True, return_counts=True)
        keep = cnt >= min_count
        if not keep.any():
            break
        newid = np.full(len(uniq), -1, dtype=np.int64)
        newid[keep] = np.arange(int(keep.sum()))
        g = newid[inv.ravel()]
        cur = np.full(L, -1, dtype=np.int64)
        cur[pos] = g
        m = g >= 0
        kp, kg = pos[m], g[m]
        counts = cnt[keep]
        rep = np.zeros(len(counts), dtype=np.int64)
        rep[kg[::-1]] = kp[::-1]  # first occurrence
        levels[n] = (kp, kg, counts, rep, prev[rep], prev[rep + 1])
        prev = cur
    dropped = {n: np.zeros(len(v[2]), dtype=bool) for n, v in levels.items()}
    for n, (kp, kg, counts, rep, pre, suf) in levels.items():
        if n - 1 in levels:
            pc = levels[n - 1][2]
            dropped[n - 1][pre[counts == pc[pre]]] = True
            dropped[n - 1][suf[counts == pc[suf]]] = True
    csum = np.concatenate([[0], np.cumsum(st.content)])
    cands = []
    for n in range(nmin, nmax + 1):
        if n not in levels:
            continue
        kp, kg, counts, rep, _, _ = levels[n]
        ok = ~dropped[n] & st.content[rep] & st.content[rep + n - 1] & ((csum[rep + n] - csum[rep]) >= 2)
        for gid in np.nonzero(ok)[0]:
            cands.append((-int(counts[gid]), -n, n, int(gid)))
    cands.sort()
    if limit is not None:
        cands = cands[:limit]
    out = []
    by_level = defaultdict(list)
    for _, _, n, gid in cands:
        by_level[n].append(gid)
    posmap = {}
    for n, gids in by_level.items():
        kp, kg, counts, rep, _, _ = levels[n]
        want = np.zeros(len(counts), dtype=bool)
        want[gids] = True
        sel = want[kg]
        p, gg = kp[sel], kg[sel]
        order = np.argsort(gg, kind="stable")
        p, gg = p[order], gg[order]
        bounds = np.searchsorted(gg, gids)
        ends = np.searchsorted(gg, gids, side="right")
        for gid, lo, hi in zip(gids, bounds, ends):
            posmap[(n, gid)] = p[lo:hi]
    for _, _, n, gid in cands:
        kp, kg, counts, rep, _, _ = levels[n]
        r = int(rep[gid])
        words = tuple(st.vocab[i] for i in ids[r : r + n])
        out.append(_Gram(n, words, int(counts[gid]), posmap[(n, gid)]))
    return out


@lexicon_cache(maxsize=4)
def _func_words(lang: str) -> frozenset:
    lex = _concept_lexicon()
    words = {f for (l, f), c in lex.single.items() if l == lang and c == "FUNC"}
    try:
        from .tokens import stopwords

        words |= set(stopwords(lang))
    except (FileNotFoundError, KeyError, OSError):
        pass  # the stop-word lexicon is optional
    return frozenset(words)


@lexicon_derived(maxsize=65_536)
def _carries_message(g: tuple, lang: str) -> bool:
    """Does an n-gram carry a 'message' word: a concept of the campaign canon with full
    weight (PROTECT, SECURITY, BUILD, UNITE …), not only topic nouns or titles?"""
    message = _canon().message
    words, _ = _analyse(" ".join(w for w in g if w != "#"), lang)
    return any(w.concept in message for w in words)


def rhetoric_table(paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """``rhetoric.csv``: candidate technique tags and formula markers, one row per span.

    source = ``lexicon`` (a ``rhetoric_markers.csv`` marker; technique may be empty for
    pure formulae such as directive openers), ``campaign`` (a canon occurrence: Slogans),
    ``repetition`` (a campaign, or a content n-gram carrying a campaign concept, used again
    in the article: Repetition).
    """
    rows = []
    by_article = defaultdict(list)
    for aid, par, p, lang in _text_rows(paragraphs, articles):
        by_article[aid].append((par, p, lang))
    for aid, pars in by_article.items():
        seen = Counter()
        camp_spans = defaultdict(list)
        for par, p, lang in pars:
            camps = [m for m in _campaigns_in(p, lang) if m.campaign]
            for m in camps:
                marker = f"campaign:{m.campaign}"
                camp_spans[par].append((m.start, m.end))
                rows.append((aid, par, m.start, m.end, m.surface, marker, "Slogans", "campaign", m.campaign_en, "campaign"))
                seen[m.campaign] += 1
                if seen[m.campaign] > 1:
                    rows.append((aid, par, m.start, m.end, m.surface, marker, "Repetition", "repetition",
                                 f"{m.campaign_en} (occurrence {seen[m.campaign]} in the article)", "repetition"))
            inside = SpanIndex((m.start, m.end) for m in camps)
            for h in _markers_in(p, lang):
                if inside.contains(h.start, h.end):
                    continue
                rows.append((aid, par, h.start, h.end, h.surface, h.marker, h.technique, h.category, h.gloss, "lexicon"))
        for lang in sorted({l for _, _, l in pars}):
            sub = [(par, p) for par, p, l in pars if l == lang]
            ptoks = [_ngram_tokens(p, lang) for _, p in sub]
            st = _stream(ptoks)
            grams = [g for g in _repeated_grams(st, 3, 8, REPEAT_MIN) if _carries_message(g.words, lang)]
            grams.sort(key=lambda g: (-g.n, g.words))
            taken = np.zeros(len(st.ids), dtype=bool)
            camp_index = {par: SpanIndex(spans) for par, spans in camp_spans.items()}
            for g in grams:
                for k, p in enumerate(np.sort(g.positions)):
                    if k == 0 or taken[p : p + g.n].any():
                        continue
                    k_par = int(st.par[p])
                    i = int(st.tok[p])
                    par, para = sub[k_par]
                    text = para.text
                    pt = ptoks[k_par]
                    s0, e0 = para.norm.to_original(int(pt.starts[i]), int(pt.ends[i + g.n - 1]))
                    if par in camp_index and camp_index[par].overlaps(s0, e0):
                        continue  # already a Slogans / Repetition tag of its campaign
                    taken[p : p + g.n] = True
                    rows.append((aid, par, s0, e0, text[s0:e0], "ngram:" + " ".join(g.words), "Repetition",
                                 "repetition", f"phrase used {g.total} times in the article", "repetition"))
    df = pd.DataFrame(rows, columns=RHETORIC_COLUMNS)
    return df.sort_values(["article_id", "paragraph", "start", "end", "technique", "marker"], kind="mergesort").reset_index(drop=True)


# --- corpus-level hook -------------------------------------------------------------------------------

def _formula_analysis(paragraphs, articles, nmin, nmax, min_count, max_formulae):
    """Shared work of :func:`formulae_table` and :func:`formula_density_table`."""
    paras = list(_text_rows(paragraphs, articles))
    rows = []
    covered = {}  # paragraph number -> bool array over its tokens (n-gram formula coverage)
    ptoks_all = [None] * len(paras)
    for lang in sorted({p[3] for p in paras}):
        idx = [k for k, p in enumerate(paras) if p[3] == lang]
        ptoks = [_ngram_tokens(paras[k][2], lang) for k in idx]
        for k, pt in zip(idx, ptoks):
            ptoks_all[k] = pt
        st = _stream(ptoks)
        grams = _repeated_grams(st, nmin, nmax, min_count, limit=max_formulae)
        diff = np.zeros(len(st.ids) + nmax + 1, dtype=np.int64)
        art = np.array([paras[idx[int(q)]][0] if q >= 0 else "" for q in st.par], dtype=object)
        for g in grams:
            np.add.at(diff, g.positions, 1)
            np.add.at(diff, g.positions + g.n, -1)
            first = int(np.min(g.positions))
            k = idx[int(st.par[first])]
            aid, par, p, _ = paras[k]
            text = p.text
            pt = ptoks_all[k]
            i = int(st.tok[first])
            s0, e0 = p.norm.to_original(int(pt.starts[i]), int(pt.ends[i + g.n - 1]))
            a_ids, a_cnt = np.unique(art[g.positions].astype(str), return_counts=True)
            for a_id, c in zip(a_ids, a_cnt):
                rows.append((" ".join(g.words), lang, g.n, text[s0:e0], a_id, int(c), g.total, len(a_ids)))
        cov = np.cumsum(diff)[: len(st.ids)] > 0
        for q in np.unique(st.par[st.par >= 0]):
            sel = st.par == q
            arr = np.zeros(len(ptoks[int(q)].words), dtype=bool)
            arr[st.tok[sel]] = cov[sel]
            covered[idx[int(q)]] = arr
    cols = ["formula", "lang", "n", "example", "article_id", "count", "total", "n_articles"]
    F = pd.DataFrame(rows, columns=cols)
    if len(F):
        F = F.sort_values(["total", "n", "formula", "article_id"], ascending=[False, False, True, True], kind="mergesort")
    return F.reset_index(drop=True), paras, ptoks_all, covered


def formulae_table(paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None, *, nmin: int = 3,
                   nmax: int = 8, min_count: int = 2, max_formulae: int = 5000) -> pd.DataFrame:
    """Recurrent n-gram formulae, one row per formula and article (formula, lang, n,
    example, article_id, count, total, n_articles).

    A formula is a maximal n-gram (``nmin`` <= n <= ``nmax``, within a sentence or clause,
    on key text, numbers as ``#``) used at least ``min_count`` times in the corpus (within
    one article or across articles) whose first and last words are not function words
    and which has two or more content words; the ``max_formulae`` most frequent are kept.
    """
    return _formula_analysis(paragraphs, articles, nmin, nmax, min_count, max_formulae)[0]


def formula_density_table(paragraphs, articles=None, slogans=None, rhetoric=None, *, nmin: int = 3, nmax: int = 8,
                          min_count: int = 2, max_formulae: int = 5000, _analysis=None) -> pd.DataFrame:
    """Per article: words, words covered by formulae (n-gram formulae, lexicon markers,
    campaign occurrences; each also separately) and the rates per 1,000 words."""
    if _analysis is None:
        _analysis = _formula_analysis(paragraphs, articles, nmin, nmax, min_count, max_formulae)
    _, paras, ptoks_all, covered = _analysis
    spans_m = defaultdict(list)
    spans_s = defaultdict(list)
    if rhetoric is not None and len(rhetoric):
        R_ = rhetoric[rhetoric["source"] == "lexicon"]
        for a, p, s0, e0 in R_[["article_id", "paragraph", "start", "end"]].itertuples(index=False):
            spans_m[(a, int(p))].append((int(s0), int(e0)))
    if slogans is not None and len(slogans):
        S = slogans[slogans["campaign"].fillna("").astype(str) != ""]
        for a, p, s0, e0 in S[["article_id", "paragraph", "start", "end"]].itertuples(index=False):
            spans_s[(a, int(p))].append((int(s0), int(e0)))
    agg = defaultdict(lambda: np.zeros(5, dtype=np.int64))  # words, any, ngram, marker, slogan
    langs = {}
    for k, (aid, par, p, lang) in enumerate(paras):
        langs.setdefault(aid, lang)
        pt = ptoks_all[k]
        a = agg[aid]
        if pt is None or not len(pt.words):
            continue
        w = pt.isword
        ng = covered.get(k, np.zeros(len(pt.words), dtype=bool))
        mk = np.zeros(len(pt.words), dtype=bool)
        sl = np.zeros(len(pt.words), dtype=bool)
        sm, ss = spans_m.get((aid, par), ()), spans_s.get((aid, par), ())
        if sm or ss:
            os_, oe = p.norm.to_original_many(pt.starts, pt.ends)
            for s0, e0 in sm:
                mk |= (os_ < e0) & (oe > s0)
            for s0, e0 in ss:
                sl |= (os_ < e0) & (oe > s0)
        a += np.array([int(w.sum()), int((w & (ng | mk | sl)).sum()), int((w & ng).sum()),
                       int((w & mk).sum()), int((w & sl).sum())])
    rows = []
    for aid in sorted(agg):
        words, anyc, ng, mk, sl = (int(x) for x in agg[aid])
        per = (lambda x: round(1000 * x / words, 1) if words else 0.0)
        rows.append((aid, langs.get(aid, ""), words, anyc, per(anyc), ng, per(ng), mk, per(mk), sl, per(sl)))
    return pd.DataFrame(
        rows,
        columns=["article_id", "lang", "words", "formula_tokens", "per_1000", "ngram_tokens", "ngram_per_1000",
                 "marker_tokens", "marker_per_1000", "slogan_tokens", "slogan_per_1000"],
    )


def _slogan_rows(slogans: pd.DataFrame) -> pd.DataFrame:
    S = slogans.copy()
    S["campaign"] = S["campaign"].fillna("").astype(str)
    S = S[S["campaign"] != ""].copy()
    S["quoted"] = S["quoted"].astype(str).str.lower().isin(["true", "1"])
    S["variant"] = S["variant"].fillna("").astype(str)
    return S


def campaign_variants(slogans: pd.DataFrame) -> pd.DataFrame:
    """One row per (campaign, rendering variant) of a ``slogans`` table: an example surface,
    occurrences, how many were quoted, and the articles."""
    S = _slogan_rows(slogans)
    canon = _canon()
    cols = ["campaign", "campaign_en", "variant", "example", "occurrences", "quoted", "n_articles", "articles"]
    rows = []
    for (cid, var), g in S.groupby(["campaign", "variant"], sort=True):
        c = canon.by_id.get(cid)
        rows.append((cid, c.english if c else "", var, g["surface"].iloc[0], len(g), int(g["quoted"].sum()),
                     g["article_id"].nunique(), ";".join(sorted(g["article_id"].astype(str).unique()))))
    V = pd.DataFrame(rows, columns=cols)
    return V.sort_values(["campaign", "occurrences", "variant"], ascending=[True, False, True], kind="mergesort").reset_index(drop=True)


def campaign_summary(slogans: pd.DataFrame) -> pd.DataFrame:
    """One row per campaign of a ``slogans`` table: occurrences (quoted / unquoted),
    articles, and the number and list of its rendering variants (most frequent first)."""
    S = _slogan_rows(slogans)
    V = campaign_variants(slogans)
    canon = _canon()
    cols = ["campaign", "campaign_en", "kind", "vietnamese", "occurrences", "quoted", "unquoted", "n_articles",
            "articles", "n_variants", "variants"]
    rows = []
    for cid, g in S.groupby("campaign", sort=True):
        c = canon.by_id.get(cid)
        vs = V[V["campaign"] == cid]
        rows.append((cid, c.english if c else "", c.kind if c else "", c.vietnamese if c else "", len(g),
                     int(g["quoted"].sum()), int((~g["quoted"]).sum()), g["article_id"].nunique(),
                     ";".join(sorted(g["article_id"].astype(str).unique())), len(vs), " | ".join(vs["variant"])))
    Sm = pd.DataFrame(rows, columns=cols)
    return Sm.sort_values(["occurrences", "campaign"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def rhetoric_tables(tables: dict) -> dict:
    """Corpus-level hook: ``formulae`` (recurrent n-grams, per article) and
    ``formula_density`` (per article), over the paragraphs the build passes (its
    corpus-level sample).  Campaign summaries are computed from the full ``slogans``
    table with :func:`campaign_summary` / :func:`campaign_variants`."""
    P = tables["paragraphs"]
    A = tables.get("articles")
    ids = set(P["article_id"].unique()) if len(P) else set()
    slogans = tables.get("slogans")
    if slogans is None:
        slogans = slogans_table(P, A)
    rhetoric = tables.get("rhetoric")
    if rhetoric is None:
        rhetoric = rhetoric_table(P, A)
    slogans = slogans[slogans["article_id"].isin(ids)]
    rhetoric = rhetoric[rhetoric["article_id"].isin(ids)]
    analysis = _formula_analysis(P, A, 3, 8, 2, 5000)
    D = formula_density_table(P, A, slogans=slogans, rhetoric=rhetoric, _analysis=analysis)
    return {"formulae": analysis[0], "formula_density": D}
