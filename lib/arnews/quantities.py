"""Quantities: every figure in Arabic and English news text, typed, with what it counts.

:func:`extract_quantities` finds each quantity expression in one string and
returns one dict per expression with character offsets into *that original
string*; :func:`quantities_table` is the build hook that runs it over the
``title``/``body``/``caption`` blocks of any set of articles and returns the
``quantities`` table (one row per expression).

Kinds
-----
``count``      a number of things (``3411 عضوًا للحزب``, ``أربعة ركائز``, ``آلاف الأشخاص``)
``percent``    ``100%``, ``95٪``, ``89.1 في المائة``, ``95 percent``
``year``       ``عام 2024``, ``In 2023``
``year_range`` ``2019-2024``, ``من عام 2022 حتى نهاية عام 2024``, ``between 2022 and 2024``
``period``     a part of a calendar year: ``الأشهر الستة الأولى من عام 2024``,
               ``the first 9 months of 2024``, ``الربع الأول``; ``value`` is the
               number of months and ``date`` an ISO 8601 interval (``2024-01/2024-06``)
``date``       ``9 يناير 2015``, ``28 يونيو/حزيران`` (``--06-28``), ``January 9, 2015``, ``01/01/2025``
``duration``   a number of time units: ``عامين``, ``شهرين``, ``3 سنوات``, ``2 years``
``doc_code``   a Vietnamese document code kept whole: ``03-NQ/TU``, ``01/CT-TTg``,
               ``144-QD/TW``; ``code`` holds it, ``value`` its serial number, ``date``
               the date it was issued when the text gives one (``المؤرخ 23 مارس 2021``)
``label``      a number that names rather than counts: ``اللجنة التوجيهية 138``,
               ``المعيار رقم 19``, ``Steering Committee 138``
``money``      an amount in a currency (``10 مليارات دونغ``); ``measure`` (hectares,
               tonnes, km); ``fraction`` (``نصف``, ``half``); ``ordinal`` (``الذكرى الـ79``,
               ``الثالث عشر``, ``79th``); ``time`` (``7:30``, ``الساعة 8``; ``date`` = ``T07:30``)

Columns: ``start``/``end`` (offsets into the original text), ``surface``,
``kind``, ``value``, ``value_end`` (ranges), ``unit`` (the counted noun,
normalised: indefinite singular without tanwin, article or linking
preposition, e.g. ``عضو حزب`` for ``عضوًا للحزب``), ``unit_en``, ``approx``
(``more_than``/``less_than``/``about``/empty), ``date`` (ISO 8601; without a
year ``--MM-DD``, ``--MM`` or ``--MM/--MM``; year ranges ``2019/2024``),
``code``, ``doc_type``/``doc_issuer`` (glosses of a code's parts), ``written``
(``digits``/``words``/``mixed``) and ``roundness`` (:func:`roundness`).

Method
------
1. The text is normalised with :func:`arnews.normalize.normalize` (Arabic-Indic
   digits to ASCII, ``٪`` to ``%``, ``٫`` to ``.``, harakat, tanwin and tatweel
   removed) and a folded copy (:func:`arnews.normalize.key`: alef, ya and teh
   marbuta) is used for matching; spans are mapped back with ``NormText``.
2. One compiled regex splits it into tokens: URLs and e-mail addresses,
   document codes, numeric dates, clock times, phone numbers, numbers (with
   thousands separators and decimals), Arabic and Latin words, punctuation.
   Digits inside URLs, codes and phone numbers are therefore never numbers;
   a proclitic ``و``/``ب``/``ل`` glued to a number is a token of its own.
   The comment counter (``تعليق (0)``), ad placeholders (``[إعلان 2]``),
   footnote markers and pasted markup (``<img ...>``) are masked.
3. The tokens are scanned once, left to right.  Where a token can start a
   figure (a number, a number word, a dual noun such as ``عامين``, a month
   name, a vague plural such as ``آلاف``, a fraction word, a code) the
   construction rules are tried in priority order: document code, date,
   period, year range, year, percentage, range, number + counted noun,
   label, count.  Each rule looks at a few neighbouring tokens only, so the
   cost is linear in the paragraph length and no regex can backtrack
   pathologically.  Arabic number words (``خمسة وعشرون``, ``ثلاثة آلاف``,
   ``التسعة``) are parsed by a small grammar over ``number_words.csv``
   (definite, conjunction and preposition clitics are stripped).
4. Approximation words just before the figure (``أكثر من``, ``لأكثر من``,
   ``نحو``, ``more than``) set ``approx``; a percentage in parentheses right
   after a count (``90 بلدية (تمثل 89.1٪)``) takes that count's unit; a
   document code followed by ``المؤرخ``/``dated`` and a date takes that date.

All word lists are data in ``lib/arnews/data/lexicons/``: ``number_words.csv``,
``months.csv``, ``units.csv``, ``quantity_markers.csv``, ``doc_codes.csv``
(each row has an English gloss).

Limits
------
* A counted noun missing from ``units.csv`` is reported as written (minus the
  tanwin alef when the text shows tanwin) with an empty ``unit_en``; plurals
  are singularised only through the lexicon.
* A four-digit number between 1800 and 2100 is a year unless a counted noun,
  a percent sign, a scale word or an approximation marks it as a count
  (``1950 مواطنًا`` is a count, ``في 2024`` a year).
* ``3.411`` is read as a decimal (Vietnamese sources write thousands with
  dots; only two or more dot groups, ``1.234.567``, are read as thousands).
* Numeric dates are read day first (``01/02/2025`` is 1 February).
* Ordinal words (``الأول``, ``first``) are not figures on their own; they
  only shape periods and compound ordinals (``الثالث عشر``).
* A number after a definite noun with no counted noun after it is a label
  (``اللجنة التوجيهية 138``); when the noun is not a known label noun and a
  partitive follows (``المقاطعة 100 من الأسر``), it is read as a count.  ``واحد``/``one`` alone is not reported (it is mostly
  "one of" or "at once"), only after a counted noun (``عام واحد``).
* English is handled for the parallel originals; other Latin-script
  languages get digits, codes and numeric dates only.
"""
from __future__ import annotations

import bisect
import calendar
import math
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from .lexicons import lexicon_cache, lexicon_dir, read_lexicon
from .normalize import key, normalize
from .text import TEXT_ROLES, make_paragraph, paragraphs_of
from .text.tokenizer import AR, LATIN

__all__ = [
    "COLUMNS",
    "KINDS",
    "TEXT_ROLES",
    "extract_quantities",
    "quantities_table",
    "roundness",
    "quantity_key",
    "tidy_numbers",
    "date_span",
]

#: every column of the quantities table, in order
COLUMNS = [
    "article_id",
    "paragraph",
    "role",
    "lang",
    "start",
    "end",
    "surface",
    "kind",
    "value",
    "value_end",
    "unit",
    "unit_en",
    "approx",
    "date",
    "code",
    "doc_type",
    "doc_issuer",
    "written",
    "roundness",
]
_FIELDS = COLUMNS[4:]
KINDS = (
    "count",
    "percent",
    "year",
    "year_range",
    "period",
    "date",
    "duration",
    "doc_code",
    "label",
    "money",
    "measure",
    "fraction",
    "ordinal",
    "time",
)
#: block roles whose text is searched (never boilerplate, source, byline or dateline)


_MASK_RE = re.compile(
    r"(?:تعليق|تعليقات|التعليقات|comments?|bình luận)\s*\(\s*\d+\s*\)"
    r"|\[\s*(?:إعلان|اعلان|advertisement|ads?|quảng cáo)\s*\d*\s*\]"
    r"|\[\s*\d{1,3}\s*\]"
    r"|<[^<>\n]{1,500}>",  # markup pasted into the text
    re.I,
)
_DASHES = frozenset("-–—")
_FATHATAN = "\u064b"
# proclitic combinations stripped before a lexicon lookup (in key form)
_AR_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "ول", "وب", "فل", "فب", "و", "ف", "ب", "ل", "ك")
_CLITIC_TOKENS = frozenset(("و", "ف", "ب", "ل", "ك", "ال", "لل", "بال", "وال", "فال", "كال", "ولل", "وب", "ول"))
_DEFINITE = ("ال", "لل", "وال", "بال", "فال", "كال", "ولل", "فلل", "وبال")
_ORD_SUFFIX = frozenset(("st", "nd", "rd", "th"))


# --- lexicons ------------------------------------------------------------------------


def _ar_strip(k: str):
    """(prefix, base) pairs of an Arabic key with proclitics removed (longest prefix first)."""
    out = []
    for p in _AR_PREFIXES:
        if k.startswith(p) and len(k) - len(p) >= 2:
            out.append((p, k[len(p):]))
    return out


def _fold(lang: str, s: str) -> str:
    return key(s) if lang == "ar" else s.lower()


@dataclass
class _Lex:
    lang: str
    numwords: dict = field(default_factory=dict)  # key -> (value, type)
    months: dict = field(default_factory=dict)  # tuple of keys -> month
    month_len: int = 1
    month_first: frozenset = frozenset()
    units: dict = field(default_factory=dict)  # tuple of keys -> (unit, kind, en)
    unit_len: int = 1
    duals: dict = field(default_factory=dict)  # key -> (unit, kind, en)
    markers: dict = field(default_factory=dict)  # role -> {tuple of keys: value}
    marker_len: dict = field(default_factory=dict)
    not_unit: frozenset = frozenset()
    starts: dict = field(default_factory=dict)  # surface key -> (prefix, base) for quick candidate tests
    cands: frozenset = frozenset()  # every word key that can start a figure
    doc_parts: dict = field(default_factory=dict)  # ABBR -> (part, en)


def _split(lang: str, phrase: str) -> tuple:
    return tuple(_fold(lang, w) for w in phrase.split())


@lexicon_cache(maxsize=8)
def _lexicon(lang: str, where: str) -> _Lex:
    lang = "ar" if lang == "ar" else "en"
    lx = _Lex(lang)
    for r in read_lexicon("number_words.csv"):
        if r["lang"] == lang:
            lx.numwords.setdefault(_fold(lang, r["word"]), (float(r["value"]), r["type"]))
    for r in read_lexicon("months.csv"):
        if r["lang"] == lang:
            t = _split(lang, r["name"])
            lx.months[t] = int(r["month"])
            lx.month_len = max(lx.month_len, len(t))
    for r in read_lexicon("units.csv"):
        if r["lang"] != lang:
            continue
        entry = (r["unit"], r["kind"], r["en"])
        for f in r["forms"].split("|"):
            if f.strip():
                t = _split(lang, f)
                lx.units.setdefault(t, entry)
                lx.unit_len = max(lx.unit_len, len(t))
        for f in (r.get("dual") or "").split("|"):
            if f.strip():
                lx.duals.setdefault(_fold(lang, f.strip()), entry)
    for r in read_lexicon("quantity_markers.csv"):
        if r["lang"] != lang:
            continue
        t = _split(lang, r["phrase"])
        lx.markers.setdefault(r["role"], {})[t] = r["value"]
        lx.marker_len[r["role"]] = max(lx.marker_len.get(r["role"], 1), len(t))
    lx.not_unit = frozenset(t[0] for t in lx.markers.get("not_unit", {}))
    for r in read_lexicon("doc_codes.csv"):
        lx.doc_parts[r["abbr"].upper().replace("Đ", "D")] = (r["part"], r["en"])
    # every written form that can start a figure, with its clitics
    bases = set(lx.numwords) | set(lx.duals) | {t[0] for t in lx.months}
    for b in bases:
        lx.starts[b] = ("", b)
        if lang == "ar":
            for p in _AR_PREFIXES:
                lx.starts.setdefault(p + b, (p, b))
    extra = {"a", "an", "first", "second", "third", "fourth", "last", "final", "$"} if lang == "en" else set()
    lx.month_first = frozenset(t[0] for t in lx.months)
    lx.cands = frozenset(lx.starts) | {t[0] for t in lx.months} | extra | _CLITIC_TOKENS
    return lx


def _lex(lang: str) -> _Lex:
    where = os.environ.get("ARNEWS_LEXICONS") or _DEFAULT_DIR
    return _lexicon("ar" if lang == "ar" else "en", where)


_DEFAULT_DIR = str(lexicon_dir())


@lexicon_cache(maxsize=8)
def _unit_glosses(where: str) -> dict:
    """Arabic unit -> English gloss (for labels built from text)."""
    return {r["unit"]: r["en"] for r in read_lexicon("units.csv")}


# --- tokens --------------------------------------------------------------------------


class _Toks:
    """Parallel token arrays of a paragraph (kind, start, end, text, key), the scanner's view
    of the shared tokens of :class:`arnews.text.Paragraph` (kinds renamed, a trailing ``%``
    of a number split off as a token of its own)."""

    __slots__ = ("kind", "s", "e", "text", "k", "n")

    def __init__(self, p, ar: bool):
        kinds, ss, es, texts, ks = [], [], [], [], []
        ktext = p.ktext
        for kd, a, b, t in zip(p.kinds, p.starts, p.ends, p.toks):
            g = _KIND.get(kd, kd)
            if g == "num" and t.endswith("%"):
                kinds += ("num", "p")
                ss += (a, b - 1)
                es += (b - 1, b)
                texts += (t[:-1], "%")
                ks += (t[:-1], "%")
                continue
            kinds.append(g)
            ss.append(a)
            es.append(b)
            texts.append(t)
            ks.append((ktext[a:b] if ar else t) if g == "ar" else t.lower())
        self.kind, self.s, self.e, self.text, self.k = kinds, ss, es, texts, ks
        self.n = len(kinds)


#: shared token kinds -> the scanner's names (a proclitic glued to a number is a word token here)
_KIND = {"word": "ar", "latin": "lat", "punct": "p", "number": "num", "date": "datenum", "clitic": "ar"}


@dataclass
class _Q:
    a: int  # first token
    b: int  # token after the last
    kind: str
    value: object = None
    value_end: object = None
    unit: str = ""
    unit_en: str = ""
    approx: str = ""
    date: str = ""
    code: str = ""
    doc_type: str = ""
    doc_issuer: str = ""
    written: str = "digits"
    strong: bool = False  # (labels) named by رقم/No. or by a noun the lexicon knows as a label


@dataclass
class _Num:
    a: int
    b: int
    value: float
    written: str
    is_int: bool
    plain: bool  # digits without separators or decimals (can be a year or a label)
    definite: bool = False
    wtype: str = ""  # type of a single number word (one, tens, ...)
    ndigits: int = 0


def _num_value(t: str) -> tuple[float, bool, bool]:
    """value, is_int, plain of a number token."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", t):
        return float(t.replace(".", "")), True, False
    if re.fullmatch(r"\d+,\d{1,2}", t):
        v = float(t.replace(",", "."))
        return v, v.is_integer(), False
    plain = t.isdigit()
    v = float(t.replace(",", ""))
    return v, v.is_integer() and "." not in t, plain


def _clean(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    if isinstance(v, float):
        return round(v, 6)
    return v


class _Scanner:
    def __init__(self, p, lang: str):
        self.lang = "ar" if lang == "ar" else "en"
        self.ar = self.lang == "ar"
        self.lx = _lex(self.lang)
        self.en_lx = _lex("en") if self.ar else self.lx
        self.nt = p.norm
        s = self.nt.text
        self.t = _Toks(p, self.ar)
        n = self.t.n
        self.claimed = [False] * n
        for m in _MASK_RE.finditer(s):
            i = bisect.bisect_left(self.t.s, m.start())
            while i < n and self.t.e[i] <= m.end():
                self.claimed[i] = True
                i += 1
        self.out: list[_Q] = []
        self._nw_cache: dict[int, tuple | None] = {}

    # ---- token tests -------------------------------------------------------------
    def kind(self, i):
        return self.t.kind[i] if 0 <= i < self.t.n else None

    def k(self, i):
        return self.t.k[i] if 0 <= i < self.t.n else ""

    def free(self, i):
        return 0 <= i < self.t.n and not self.claimed[i]

    def adj(self, i, j):
        """tokens i and j touch (no space between)."""
        return 0 <= i < self.t.n and 0 <= j < self.t.n and self.t.e[i] == self.t.s[j]

    def is_word(self, i):
        return self.kind(i) in ("ar", "lat")

    def is_p(self, i, chars):
        return self.kind(i) == "p" and self.t.text[i] in chars

    def bases(self, i):
        """(prefix, base) readings of word i: itself, then with proclitics stripped."""
        k = self.k(i)
        out = [("", k)]
        if self.kind(i) == "ar":
            out += _ar_strip(k)
        return out

    def definite(self, i):
        return self.kind(i) == "ar" and self.k(i).startswith(_DEFINITE) and len(self.k(i)) > 3

    def strip_def(self, i) -> str:
        """Word i without a leading article/proclitic+article (display form, not folded)."""
        w, k = self.t.text[i], self.k(i)
        for p in _DEFINITE:
            if k.startswith(p) and len(k) - len(p) >= 2:
                return w[len(p):]
        return w

    def numword(self, i):
        """(value, type, prefix) when word i is a number word (clitics stripped)."""
        if i in self._nw_cache:
            return self._nw_cache[i]
        res = None
        if self.is_word(i):
            hit = self.lx.starts.get(self.k(i))
            if hit is not None:
                p, b = hit
                if b in self.lx.numwords:
                    v, typ = self.lx.numwords[b]
                    res = (v, typ, p)
                elif p:
                    # a longer clitic reading may hide a shorter one (e.g. و + ال)
                    for p2, b2 in self.bases(i):
                        if b2 in self.lx.numwords:
                            v, typ = self.lx.numwords[b2]
                            res = (v, typ, p2)
                            break
        self._nw_cache[i] = res
        return res

    def phrase_at(self, i, role, clitic=True):
        """(end, value) of the longest marker phrase of ``role`` starting at token i."""
        table = self.lx.markers.get(role)
        if not table or not self.free(i):
            return None
        for L in range(self.lx.marker_len.get(role, 1), 0, -1):
            j = i + L
            if j > self.t.n or not all(self.free(x) and self.is_word(x) for x in range(i, j)):
                continue
            rest = tuple(self.t.k[i + 1 : j])
            firsts = self.bases(i) if clitic else [("", self.k(i))]
            for p, b in firsts:
                if p and p not in ("و", "ف", "ب", "ل", "ول", "وب"):
                    continue
                v = table.get((b,) + rest)
                if v is not None:
                    return j, v
        return None

    def phrase_before(self, j, role, clitic=True, skip_p=""):
        """(start, value) of the longest marker phrase of ``role`` ending just before token j."""
        table = self.lx.markers.get(role)
        if not table:
            return None
        while skip_p and self.is_p(j - 1, skip_p):
            j -= 1
        for L in range(self.lx.marker_len.get(role, 1), 0, -1):
            i = j - L
            if i < 0:
                continue
            hit = self.phrase_at(i, role, clitic)
            if hit and hit[0] == j:
                return i, hit[1]
        return None

    def month_at(self, i):
        """(end, month) when a month name starts at token i."""
        if not self.is_word(i):
            return None
        for L in range(self.lx.month_len, 0, -1):
            t = tuple(self.t.k[i : i + L])
            if len(t) == L and t in self.lx.months and all(self.free(x) for x in range(i, i + L)):
                return i + L, self.lx.months[t]
        return None

    def year_at(self, i):
        """The year written by number token i (1800-2100, four plain digits)."""
        if self.kind(i) != "num" or not self.free(i):
            return None
        t = self.t.text[i]
        if len(t) == 4 and t.isdigit() and 1800 <= int(t) <= 2100:
            return int(t)
        return None

    # ---- units -------------------------------------------------------------------
    def _unit_lookup(self, words: list[int], lx) -> tuple | None:
        """Longest lexicon unit made of the given word tokens (first = head noun)."""
        if not words:
            return None
        ar = lx.lang == "ar"
        heads = [self.k(words[0])]
        if ar:
            k0 = heads[0]
            if k0.endswith("ا") and len(k0) > 2:
                heads.append(k0[:-1])  # accusative tanwin alef (عضوًا)
            for p, b in _ar_strip(k0):
                if p in _DEFINITE:
                    heads.append(b)
                    if b.endswith("ا") and len(b) > 2:
                        heads.append(b[:-1])
        rest = []
        for x in words[1:]:
            kx = self.k(x)
            if ar:
                for p, b in _ar_strip(kx):
                    if p in _DEFINITE or p == "ل":
                        kx = b
                        break
            rest.append(kx)
        for L in range(min(len(words), lx.unit_len), 0, -1):
            for h in heads:
                e = lx.units.get((h,) + tuple(rest[: L - 1]))
                if e:
                    return e, L
        return None

    def unit_after(self, j, allow_definite=False):
        """(unit, kind, en, end) of the counted noun starting at token j."""
        if not self.free(j) or not self.is_word(j):
            return None
        if not allow_definite and self.definite(j):
            return None
        lx = self.lx if (self.kind(j) == "ar" or not self.ar) else self.en_lx
        # candidate words: up to unit_len content words, one linking word allowed between
        words, x = [], j
        while x < self.t.n and len(words) < lx.unit_len and self.free(x) and self.is_word(x):
            kx = self.k(x)
            if words and kx in ("من", "في", "ل", "of", "in") and x + 1 < self.t.n and self.is_word(x + 1):
                x += 1
                continue
            words.append(x)
            x += 1
        hit = self._unit_lookup(words, lx)
        if hit is None and not self.ar and len(words) >= 2 and self.k(j) not in lx.not_unit:
            hit2 = self._unit_lookup(words[1:], lx)  # skip one adjective: "381 prestigious people"
            if hit2:
                (u, kind, en), L = hit2
                return u, kind, en, words[L] + 1
        if hit:
            (u, kind, en), L = hit
            return u, kind, en, words[L - 1] + 1
        return None

    def fallback_unit(self, j, value=None):
        """A noun right after a number that the lexicon does not know (reported as written).

        The tanwin alef of an accusative noun is dropped when the text shows the
        tanwin or when the number (11-99 in its last two digits) requires the
        accusative singular (``15 متطوعا`` -> ``متطوع``)."""
        if not self.free(j) or not self.is_word(j):
            return None
        k = self.k(j)
        if k in self.lx.not_unit or self.numword(j) or self.month_at(j):
            return None
        if self.kind(j) == "ar":
            if self.definite(j) or len(k) < 2 or k in self.lx.markers.get("approx", {}):
                return None
            if k[0] == "و" and (k[1:] in self.lx.not_unit or self.definite_str(k[1:])):
                return None
            w = self.t.text[j]
            os_, oe = self.nt.to_original(self.t.s[j], self.t.e[j])
            acc = False
            if value is not None and float(value).is_integer():
                acc = 11 <= int(value) % 100 <= 99
            if w.endswith("ا") and len(w) > 2 and (acc or _FATHATAN in self.nt.original[os_:oe]):
                w = w[:-1]
            return w, "count", "", j + 1
        if self.kind(j) == "lat" and self.t.text[j].islower() and len(k) > 1:
            return _singular(k), "count", "", j + 1
        return None

    @staticmethod
    def definite_str(k):
        return k.startswith("ال")

    def partitive_unit(self, j, lexicon_only=True):
        """``من الكوادر`` / ``of people`` after a number: (unit, kind, en, end)."""
        hit = self.phrase_at(j, "partitive", clitic=False)
        if not hit:
            return None
        x = hit[0]
        if not self.ar and self.k(x) == "the":
            x += 1
        if not self.free(x) or not self.is_word(x):
            return None
        if self.ar and self.kind(x) == "ar" and not self.definite(x):
            return None
        u = self.unit_after(x, allow_definite=True)
        if u:
            return u
        if lexicon_only:
            return None
        k = self.k(x)
        if k in self.lx.not_unit:
            return None
        if self.kind(x) == "ar":
            return self.strip_def(x), "count", "", x + 1
        if self.t.text[x].islower():
            return _singular(k), "count", "", x + 1
        return None

    # ---- numbers -------------------------------------------------------------------
    def parse_number(self, i) -> _Num | None:
        kd = self.kind(i)
        if kd == "num":
            t = self.t.text[i]
            if len(t) > 18:
                return None  # a digit string this long is an identifier, not a figure
            v, is_int, plain = _num_value(t)
            j, written = i + 1, "digits"
            nw = self.numword(j) if self.free(j) else None
            if nw and nw[1] in ("scale", "scale_pl", "hundred") and not nw[2]:
                v *= nw[0]
                j, written, is_int, plain = j + 1, "mixed", True, False
            return _Num(i, j, v, written, is_int, plain, ndigits=len(t) if t.isdigit() else 0)
        if kd in ("ar", "lat"):
            return self.parse_words(i)
        return None

    def parse_words(self, i) -> _Num | None:
        nw = self.numword(i)
        if not nw:
            if not self.ar and self.k(i) in ("a", "an"):
                nxt = self.numword(i + 1)
                if nxt and nxt[1] in ("hundred", "scale") or (nxt and self.k(i + 1) == "dozen"):
                    r = self.parse_words(i + 1)
                    if r:
                        r.a = i
                    return r
            return None
        v0, typ, pref = nw
        if typ not in ("one", "unit", "ten", "tens", "hundred", "hundreds", "scale", "scale_du"):
            return None
        definite = pref in _DEFINITE
        total, cur, last = 0.0, 0.0, None
        j = i
        parts = 0
        while j < self.t.n and self.free(j):
            if j > i:
                nw = self.numword(j)
                conj = False
                if not nw:
                    # English: twenty-five, two hundred and fifty
                    if not self.ar and (self.is_p(j, "-") or self.k(j) == "and") and self.numword(j + 1):
                        if self.k(j) == "and" and last not in ("hundred", "hundreds", "scale"):
                            break
                        if self.is_p(j, "-") and last != "tens":
                            break
                        j += 1
                        continue
                    break
                v, typ, pref = nw
                conj = pref.startswith("و") if self.ar else False
                if self.ar and pref and not conj:
                    break
            else:
                v, typ, pref = nw
                conj = False
            ok = False
            if parts == 0:
                ok = True
            elif typ == "ten" and last in ("unit", "one") and cur < 10 and not conj:
                cur += 10
                last, ok = "teen", True
                j += 1
                parts += 1
                continue
            elif typ == "hundred" and last in ("unit", "one") and not conj:
                cur = cur * 100
                last, ok = "hundreds", True
                j += 1
                parts += 1
                continue
            elif typ in ("scale", "scale_pl") and not conj and last not in ("scale", "scale_du", None):
                total += (cur or 1) * v
                cur, last = 0.0, "scale"
                j += 1
                parts += 1
                continue
            elif not self.ar and typ in ("unit", "one", "ten") and last in ("tens", "hundred", "hundreds", "scale", "and"):
                ok = True
            elif not self.ar and typ == "tens" and last in ("hundred", "hundreds", "scale"):
                ok = True
            elif not self.ar and typ == "hundred":
                cur = (cur or 1) * 100
                last = "hundred"
                j += 1
                parts += 1
                continue
            elif self.ar and conj:
                if typ == "tens" and last in ("unit", "one", "teen") and cur < 20:
                    ok = True
                elif last in ("hundred", "hundreds") and typ in ("unit", "one", "ten", "tens") and cur % 100 == 0:
                    ok = True
                elif last in ("scale", "scale_du") and typ in ("unit", "one", "ten", "tens", "hundred", "hundreds"):
                    ok = True
                elif last in ("scale", "scale_du") and typ in ("scale", "scale_du") and v < (total or 1e18):
                    ok = True
            if not ok:
                break
            if typ in ("scale", "scale_du"):
                if parts == 0 or conj:
                    total += cur
                    cur = 0.0
                    total += v
                    last = typ
                else:
                    break
            elif typ in ("scale_pl",):
                break
            else:
                cur += v
                last = "hundreds" if typ in ("hundred", "hundreds") else typ
            j += 1
            parts += 1
        if parts == 0:
            return None
        value = total + cur
        num = _Num(i, j, value, "words", True, False, definite=definite)
        num.wtype = self.numword(i)[1] if parts == 1 else "compound"
        return num

    # ---- the scan ------------------------------------------------------------------
    def run(self) -> list[_Q]:
        i, n = 0, self.t.n
        kinds, keys, cands, claimed = self.t.kind, self.t.k, self.lx.cands, self.claimed
        while i < n:
            kd = kinds[i]
            if claimed[i] or kd in ("url", "email", "phone") or (kd in ("ar", "lat") and keys[i] not in cands):
                i += 1
                continue
            q = self.try_at(i)
            if q is not None:
                self.emit(q)
                i = max(q.b, i + 1)
            else:
                i += 1
        self.post()
        return self.out

    def emit(self, q: _Q):
        if q.kind in ("count", "percent", "money", "measure", "duration", "fraction") and not q.approx:
            hit = self.phrase_before(q.a, "approx")
            if hit:
                q.a, q.approx = hit[0], hit[1]
            else:
                after = self.phrase_at(q.b, "approx_after")
                if after:
                    q.b, q.approx = after[0], after[1]
        for x in range(q.a, q.b):
            self.claimed[x] = True
        self.out.append(q)

    def try_at(self, i) -> _Q | None:
        kd = self.kind(i)
        if kd == "code":
            return self.doc_code(i)
        if kd == "datenum":
            return self.numeric_date(i)
        if kd == "time":
            if self.letter_glued(i):
                return None
            h, m = self.t.text[i].split(":")[:2]
            if int(h) < 24 and int(m) < 60:
                return _Q(i, i + 1, "time", date=f"T{int(h):02d}:{m}")
            return None
        if kd == "num":
            if self.letter_glued(i) or self.is_p(i - 1, "=#"):
                return None  # x = 1, #2: code and numbering, not figures
            return self.from_number(i)
        if kd == "p" and self.t.text[i] == "%" and self.kind(i + 1) == "num" and self.kind(i - 1) != "num":
            # percent sign written before the number (logical order of some RTL sources)
            num = self.parse_number(i + 1)
            if num and self.t.s[i + 1] - self.t.e[i] <= 1:
                q = _Q(i, num.b, "percent", num.value, written=num.written)
                self.percent_unit(q)
                return q
            return None
        if kd == "p" and self.t.text[i] == "$" and self.kind(i + 1) == "num":
            num = self.parse_number(i + 1)
            if num:
                return _Q(i, num.b, "money", num.value, unit="USD", unit_en="US dollar", written=num.written)
        if kd in ("ar", "lat"):
            k = self.k(i)
            if not self.ar and k in ("first", "second", "third", "fourth", "last", "final"):
                return self.en_quarter(i)
            if self.ar and k in _CLITIC_TOKENS and self.kind(i + 1) == "num" and self.adj(i, i + 1):
                return None  # the number after it is handled on its own
            m = self.month_at(i) if k in self.lx.month_first else None
            if m:
                return self.month_first(i, m)
            if k not in self.lx.starts and k not in ("a", "an"):
                return None
            nw = self.numword(i)
            if nw:
                typ = nw[1]
                if typ in ("vague", "scale_pl"):
                    return self.vague(i, nw)
                if typ == "fraction":
                    return self.fraction(i, nw)
                if typ == "ordinal":
                    return None
                return self.from_number(i)
            if not self.ar and k in ("a", "an"):
                return self.from_number(i)
            d = self.dual(i)
            if d:
                return d
        return None

    def letter_glued(self, i) -> bool:
        """A number glued to a word (COVID-19, G7, 4G, 1A) is part of a name."""
        prev = i - 1
        if self.adj(prev, i):
            if self.is_word(prev) and self.k(prev) not in _CLITIC_TOKENS:
                return True
            if self.is_p(prev, "-") and self.adj(prev - 1, prev) and self.is_word(prev - 1):
                return True
        nxt = i + 1
        if self.adj(i, nxt) and self.kind(nxt) == "lat" and self.k(nxt) not in _ORD_SUFFIX:
            return True
        if self.adj(i, nxt) and self.kind(nxt) == "ar" and self.k(nxt) not in ("م", "هـ", "ه"):
            return True
        return False

    # ---- rules -------------------------------------------------------------------
    def from_number(self, i) -> _Q | None:
        num = self.parse_number(i)
        if num is None:
            return None
        a, b, v = num.a, num.b, num.value
        digits = num.written == "digits"
        # paragraph-initial enumerator: "1." / "2)"
        if digits and a == 0 and self.is_p(b, ".)") and v < 100 and (b + 1 >= self.t.n or not self.kind(b + 1) == "num"):
            return None
        # clock time: الساعة 8 (صباحا)
        if digits and num.is_int and v <= 24 and self.free(a - 1) and any(
            b_ == "ساعه" and p in _DEFINITE for p, b_ in self.bases(a - 1)
        ):
            return _Q(a - 1, b, "time", date=f"T{int(v):02d}:00")
        # ordinals: الـ79 / 79th
        if digits and num.is_int:
            if self.ar and self.free(a - 1) and (
                (self.adj(a - 1, a) and self.k(a - 1) in _DEFINITE)
                or (self.t.text[a - 1] in ("ال", "الـ") and self.t.s[a] - self.t.e[a - 1] <= 1)
            ):
                per = self.period(num, a - 1)
                if per:
                    return per
                q = _Q(a - 1, b, "ordinal", v)
                if self.definite(a - 2) and self.free(a - 2):
                    q.a = a - 2
                    q.unit = self.strip_def(a - 2)
                    q.unit_en = _unit_glosses(str(lexicon_dir())).get(q.unit, "")
                return q
            if not self.ar and self.adj(a, b) and self.k(b) in _ORD_SUFFIX:
                q = _Q(a, b + 1, "ordinal", v)
                u = self.unit_after(b + 1) or self.fallback_unit(b + 1)
                if u:
                    q.unit, q.unit_en, q.b = u[0], u[2], u[3]
                return q
        # dates: 9 يناير 2015, 28 يونيو/حزيران, 9 January 2015, يوم 28/6
        if digits and num.is_int and 1 <= v <= 31:
            d = self.day_first(num)
            if d:
                return d
        per = self.period(num)
        if per:
            return per
        # years and year ranges
        if digits and num.plain and num.ndigits == 4 and 1800 <= v <= 2100:
            y = self.year_rule(num)
            if y:
                return y
        # compound ordinals: الثالث عشر (13th), الخامس والعشرين (25th)
        if num.written == "words" and self.ar and self.free(a - 1):
            ordv = self._ordinal(a - 1)
            if ordv and ordv > 0 and (num.wtype == "ten" or (num.wtype == "tens" and self.k(a).startswith("و"))):
                return _Q(a - 1, b, "ordinal", v + ordv if num.wtype == "tens" else 10 + ordv, written="words")
            if ordv and ordv > 0 and num.wtype == "ten":
                return None
        # one / definite numbers after a noun
        if num.written == "words":
            if num.wtype == "one":
                u = self.unit_before(a)
                if u:
                    kind = u[1] if u[1] in ("duration", "money", "measure") else "count"
                    return _Q(u[3], b, kind, 1, unit=u[0], unit_en=u[2], written="words")
                return None
            if self.ar and num.definite:
                if num.wtype == "tens" or (num.wtype == "hundred" and v == 100):
                    q = _Q(a, b, "ordinal", v, written="words")
                    if self.definite(a - 1) and self.free(a - 1):
                        q.a, q.unit = a - 1, self.strip_def(a - 1)
                    return q
                if self.definite(a - 1) and self.free(a - 1):
                    u = self.unit_before(a) or (self.strip_def(a - 1), "count", "", a - 1)
                    if self.k(a - 1).endswith(("اثنين",)):
                        return None
                    kind = u[1] if u[1] in ("duration", "money", "measure") else "count"
                    return _Q(u[3], b, kind, v, unit=u[0], unit_en=u[2], written="words")
                if self.k(a) in ("الاثنين", "الاثنان"):
                    return None  # Monday
        # percentages
        pct = self.percent_after(b)
        if pct is not None:
            q = _Q(a, pct, "percent", v, written=num.written)
            self.percent_unit(q)
            return q
        # ranges of counts: 15-20 شخصا
        if self.is_p(b, _DASHES) and self.kind(b + 1) == "num" and self.free(b + 1) and digits:
            num2 = self.parse_number(b + 1)
            if num2 and num2.value > v:
                pct2 = self.percent_after(num2.b)
                if pct2 is not None:
                    q = _Q(a, pct2, "percent", v, num2.value, written=num.written)
                    self.percent_unit(q)
                    return q
                u = self.unit_after(num2.b) or self.fallback_unit(num2.b, num2.value)
                if u:
                    return self.counted(a, u, v, num, value_end=num2.value)
        # من 10 إلى 15 شخصا / from 10 to 15 people
        rng = self.spelled_range(num)
        if rng:
            return rng
        # counted noun from the lexicon
        u = self.unit_after(b)
        if u:
            return self.counted(a, u, v, num)
        # labels: المعيار رقم 19, اللجنة التوجيهية 138, Steering Committee 138
        lab = self.label(num) if digits and num.is_int else None
        if lab and lab.strong:
            return lab  # a known label noun or رقم/No.: المادة 5 من القانون
        u = self.partitive_unit(b)
        if u:
            return self.counted(a, u, v, num)
        if lab:
            return lab
        # a count whose noun comes first: خلايا الحزب البالغ عددها 48
        cb = self.count_before(num)
        if cb:
            return cb
        u = self.fallback_unit(b, v)
        if u:
            return self.counted(a, u, v, num)
        # a currency before the number: VND 10 billion
        u = self.unit_before(a)
        if u and u[1] == "money":
            return _Q(u[3], b, "money", v, unit=u[0], unit_en=u[2], written=num.written)
        return _Q(a, b, "count", v, written=num.written)

    def spelled_range(self, num: _Num) -> _Q | None:
        a, b = num.a, num.b
        rf = self.phrase_before(a, "range_from")
        to = self.phrase_at(b, "range_to")
        if not rf or not to or self.k(b) in ("و", "and") and self.k(rf[0]) not in ("بين", "between"):
            return None
        num2 = self.parse_number(to[0]) if self.free(to[0]) else None
        if not num2 or num2.value <= num.value:
            return None
        pct = self.percent_after(num2.b)
        if pct is not None:
            q = _Q(rf[0], pct, "percent", num.value, num2.value, written=num.written)
            self.percent_unit(q)
            return q
        u = self.unit_after(num2.b) or self.fallback_unit(num2.b, num2.value)
        if u:
            q = self.counted(a, u, num.value, num, value_end=num2.value)
            q.a = rf[0]
            return q
        return None

    def counted(self, a, u, v, num, value_end=None) -> _Q:
        unit, kind, en, end = u
        kind = kind if kind in ("duration", "money", "measure") else "count"
        return _Q(a, end, kind, v, value_end, unit=unit, unit_en=en, written=num.written)

    def unit_before(self, a):
        """(unit, kind, en, start) of a lexicon noun right before token a (عام واحد, المحاور الثلاثة)."""
        for L in (2, 1):
            st = a - L
            if st < 0 or not all(self.free(x) and self.is_word(x) for x in range(st, a)):
                continue
            hit = self._unit_lookup(list(range(st, a)), self.lx)
            if hit and hit[1] == L:
                (u, kind, en), _ = hit
                return u, kind, en, st
        return None

    def percent_after(self, b):
        """End token of a percent sign/word right after a number, else None."""
        if self.is_p(b, "%") and self.t.s[b] - self.t.e[b - 1] <= 1:
            return b + 1
        hit = self.phrase_at(b, "percent_word", clitic=False)
        if hit:
            return hit[0]
        return None

    def percent_unit(self, q: _Q):
        u = self.partitive_unit(q.b, lexicon_only=False)
        if u:
            q.unit, q.unit_en, q.b = u[0], u[2], u[3]

    # -- dates
    def day_first(self, num: _Num) -> _Q | None:
        a, b, d = num.a, num.b, int(num.value)
        x = b
        if self.ar and self.k(x) == "من":  # 4 من يوليو
            x += 1
        if not self.ar and self.k(x) == "of":
            x += 1
        m = self.month_at(x)
        if m:
            end, month = m
            end = self.month_pair(end, month)
            year = None
            y = end
            if self.is_p(y, ",،"):
                y += 1
            if self.ar and self.k(y) in ("عام", "سنة"):
                y += 1
            yr = self.year_at(y)
            if yr:
                year, end = yr, y + 1
                if self.ar and self.adj(y, y + 1) and self.k(y + 1) in ("م",):
                    end += 1
            iso = _iso_date(year, month, d)
            if iso:
                return _Q(a, end, "date", date=iso)
            return None
        # day/month after a day word: يوم 28/6
        if (
            self.is_p(b, "/")
            and self.adj(a, b)
            and self.kind(b + 1) == "num"
            and self.adj(b, b + 1)
            and not self.is_p(b + 2, "/")
            and self.phrase_before(a, "day_word")
        ):
            t2 = self.t.text[b + 1]
            if t2.isdigit() and 1 <= int(t2) <= 12:
                iso = _iso_date(None, int(t2), d)
                if iso:
                    return _Q(a, b + 2, "date", date=iso)
        return None

    def month_pair(self, end, month):
        """Skip a second name of the same month: يونيو/حزيران, يونيو (حزيران)."""
        if self.is_p(end, "/-"):
            m2 = self.month_at(end + 1)
            if m2 and m2[1] == month:
                return m2[0]
        if self.is_p(end, "("):
            m2 = self.month_at(end + 1)
            if m2 and m2[1] == month and self.is_p(m2[0], ")"):
                return m2[0] + 1
        return end

    def month_first(self, i, m) -> _Q | None:
        end, month = m
        end = self.month_pair(end, month)
        # English: January 9, 2015 / January 9
        if self.kind(end) == "num" and self.free(end):
            t = self.t.text[end]
            if not self.ar and t.isdigit() and 1 <= int(t) <= 31:
                d = int(t)
                x = end + 1
                if self.k(x) in _ORD_SUFFIX and self.adj(end, x):
                    x += 1
                y = x + 1 if self.is_p(x, ",") else x
                yr = self.year_at(y)
                iso = _iso_date(yr, month, d)
                if iso:
                    return _Q(i, y + 1 if yr else x, "date", date=iso)
            yr = self.year_at(end)
            if yr:
                return _Q(i, end + 1, "date", date=f"{yr:04d}-{month:02d}")
        if self.k(end) in ("عام", "سنة") and self.year_at(end + 1):
            return _Q(i, end + 2, "date", date=f"{self.year_at(end + 1):04d}-{month:02d}")
        if self.is_p(end, ",") and self.year_at(end + 1):
            return _Q(i, end + 2, "date", date=f"{self.year_at(end + 1):04d}-{month:02d}")
        # شهر يونيو / the month of June
        prev = self.k(i - 1)
        if self.free(i - 1) and (prev in ("شهر", "month") or (prev == "of" and self.k(i - 2) == "month")):
            return _Q(i - 1 if self.ar else i, end, "date", date=f"--{month:02d}")
        return None

    def numeric_date(self, i) -> _Q | None:
        if self.letter_glued(i):
            return None
        parts = re.split(r"[/.-]", self.t.text[i])
        if len(parts[0]) == 4:
            y, m, d = (int(p) for p in parts)
        else:
            d, m, y = (int(p) for p in parts)
        iso = _iso_date(y, m, d)
        return _Q(i, i + 1, "date", date=iso) if iso else None

    # -- periods
    def _ordinal(self, i):
        nw = self.numword(i)
        if nw and nw[1] == "ordinal" and self.free(i):
            return int(nw[0])
        return None

    def _months_noun(self, i):
        if not self.free(i) or not self.is_word(i):
            return False
        u = self._unit_lookup([i], self.lx)
        return bool(u and u[0][0] in ("شهر", "month") and u[0][1] == "duration")

    def period(self, num: _Num, a0=None) -> _Q | None:
        """first/last N months (of the year / of YEAR)."""
        a, b = (a0 if a0 is not None else num.a), num.b
        k = num.value
        if not (num.is_int and 1 <= k <= 12):
            return None
        start, end, which = None, None, None
        if self.ar:
            if self._months_noun(a - 1) and self._ordinal(b) in (1, -1):  # الأشهر التسعة الأولى
                start, end, which = a - 1, b + 1, self._ordinal(b)
            elif self._months_noun(b) and self._ordinal(b + 1) in (1, -1):  # 6 أشهر الأولى
                start, end, which = a, b + 2, self._ordinal(b + 1)
            elif self._ordinal(a - 1) in (1, -1) and self._months_noun(b):  # أول 6 أشهر
                start, end, which = a - 1, b + 1, self._ordinal(a - 1)
        else:
            if self._ordinal(a - 1) in (1, -1) and self._months_noun(b):  # the first 9 months
                start, end, which = a - 1, b + 1, self._ordinal(a - 1)
        if start is None:
            return None
        m1, m2 = (1, int(k)) if which == 1 else (13 - int(k), 12)
        return self._period_year(start, end, int(k), m1, m2, written=num.written)

    def _period_year(self, start, end, months, m1, m2, written="words") -> _Q:
        year = None
        hit = self.phrase_at(end, "partitive", clitic=False)
        if hit:
            x = hit[0]
            yw = self.phrase_at(x, "year_word", clitic=False) if self.ar else None
            if yw and self.year_at(yw[0]):
                year, end = self.year_at(yw[0]), yw[0] + 1
            elif self.year_at(x):
                year, end = self.year_at(x), x + 1
            else:
                ty = self.phrase_at(x, "this_year", clitic=False)
                if ty:
                    end = ty[0]
        if year:
            date = f"{year:04d}-{m1:02d}/{year:04d}-{m2:02d}"
        else:
            date = f"--{m1:02d}/--{m2:02d}"
        unit, en = ("شهر", "month") if self.ar else ("month", "month")
        return _Q(start, end, "period", months, unit=unit, unit_en=en, date=date, written=written)

    def _quarter(self, frac_key, ordv):
        if frac_key in ("ربع", "quarter", "quarters") and 1 <= ordv <= 4 or ordv == -1 and frac_key in ("ربع", "quarter"):
            q = 4 if ordv == -1 else ordv
            return 3, 3 * q - 2, 3 * q
        if frac_key in ("نصف", "half") and (ordv in (1, 2, -1)):
            h = 2 if ordv == -1 else ordv
            return 6, 6 * h - 5, 6 * h
        return None

    def en_quarter(self, i) -> _Q | None:
        """the first quarter / second half (of 2024)."""
        ordv = self._ordinal(i)
        nxt = self.k(i + 1)
        if ordv is None or not self.free(i + 1):
            return None
        qq = self._quarter(nxt, ordv)
        if qq:
            months, m1, m2 = qq
            return self._period_year(i, i + 2, months, m1, m2)
        return None

    # -- years
    def year_rule(self, num: _Num) -> _Q | None:
        a, b, y1 = num.a, num.b, int(num.value)
        yw = self.phrase_before(a, "year_word", clitic=True)
        st = yw[0] if (yw and self.ar) else a
        rf = self.phrase_before(yw[0] if yw else a, "range_from")
        suffix = b
        if self.ar and self.adj(b - 1, b) and self.k(b) == "م":
            suffix = b + 1
        # 2019-2024, 2023/2024, 2021-25
        if self.is_p(b, "-–—/") and self.kind(b + 1) == "num" and self.free(b + 1):
            t2 = self.t.text[b + 1]
            y2 = None
            if len(t2) == 4 and t2.isdigit():
                y2 = int(t2)
            elif len(t2) == 2 and t2.isdigit():
                y2 = y1 // 100 * 100 + int(t2)
            if y2 and y1 < y2 <= y1 + 100 and (self.t.text[b] != "/" or y2 - y1 <= 2):
                return _Q(st, b + 2, "year_range", y1, y2, date=f"{y1:04d}/{y2:04d}")
        # from 2022 to (the end of) 2024
        x = suffix
        to = self.phrase_at(x, "range_to")
        glued_and = None
        if not to and self.ar and self.k(x) == "و" and self.adj(x, x + 1):
            glued_and = x + 1
        if to or glued_and:
            z = glued_and or to[0]
            conj_only = glued_and is not None or (to and self.t.k[x] in ("و", "and") and to[0] == x + 1)
            edge = self.phrase_at(z, "range_edge", clitic=False)
            if edge:
                z = edge[0]
            yw2 = self.phrase_at(z, "year_word", clitic=False)
            if yw2 and yw2[0] < self.t.n and self.year_at(yw2[0]):
                z = yw2[0]
            y2 = self.year_at(z)
            if y2 and y1 < y2 <= y1 + 100 and (rf or not conj_only):
                start = rf[0] if rf else st
                return _Q(start, z + 1, "year_range", y1, y2, date=f"{y1:04d}/{y2:04d}")
        if yw:
            return _Q(st, suffix, "year", y1, date=f"{y1:04d}")
        # a four-digit count: 1950 مواطنًا, 2024 مشروعا
        if self.percent_after(b) is not None or self.unit_after(b) or self.partitive_unit(b):
            return None
        if self.phrase_before(a, "approx") or self.phrase_before(a, "count_word"):
            return None
        if self.ar and self.fallback_unit(b) and self.t.text[b].endswith("ا"):
            os_, oe = self.nt.to_original(self.t.s[b], self.t.e[b])
            if _FATHATAN in self.nt.original[os_:oe]:
                return None  # tanwin: an accusative counted noun
        return _Q(a, suffix, "year", y1, date=f"{y1:04d}")

    # -- labels and counts with the noun first
    def label(self, num: _Num) -> _Q | None:
        a, b = num.a, num.b
        lw = self.phrase_before(a, "label_word", clitic=True, skip_p=".")
        if lw:
            st = lw[0]
            u = self.noun_before(st)
            q = _Q(st, b, "label", num.value, strong=True)
            if u:
                q.a, q.unit, q.unit_en = u[3], u[0], u[2]
            return q
        if self.phrase_before(a, "count_word") or self.phrase_before(a - 1, "count_word"):
            return None
        if self.ar:
            st = a
            while st - 1 >= 0 and a - st < 3 and self.free(st - 1) and self.definite(st - 1):
                k = self.k(st - 1)
                if any(k == t[0] for role in ("year_word", "this_year") for t in self.lx.markers.get(role, {})):
                    break
                st -= 1
                if k.startswith(("وال", "فال", "ول")):
                    break  # a conjunction opens the noun phrase: والسلطات | واللجنة التوجيهية
            if st == a:
                return None
            unit, en, strong = " ".join(self.strip_def(x) for x in range(st, a)), "", False
            for s1 in range(st, a):
                u = self._unit_lookup(list(range(s1, a)), self.lx)
                if u:
                    unit, en, strong = u[0][0], u[0][2], u[0][1] in ("label", "document")
                    break
            return _Q(st, b, "label", num.value, unit=unit, unit_en=en, strong=strong)
        st = a
        while (
            st - 1 >= 0
            and a - st < 3
            and self.free(st - 1)
            and self.kind(st - 1) == "lat"
            and self.t.text[st - 1][:1].isupper()
            and self.k(st - 1) not in self.lx.not_unit
            and not self.month_at(st - 1)
            and self.k(st - 1) not in self.lx.markers.get("approx", {}).keys()
        ):
            st -= 1
        if st == a:
            return None
        words = [self.k(x) for x in range(st, a)]
        unit = " ".join(words)
        u = self.lx.units.get(tuple(words)) or self.lx.units.get(tuple(words[-2:])) or self.lx.units.get(tuple(words[-1:]))
        return _Q(st, b, "label", num.value, unit=unit, unit_en=u[2] if u else "",
                  strong=bool(u and u[1] in ("label", "document")))

    def noun_before(self, i):
        """(unit, kind, en, start) of the noun (phrase) right before token i (strip the article)."""
        u = self.unit_before(i)
        if u:
            return u
        x = i - 1
        if self.free(x) and self.is_word(x) and self.k(x) not in self.lx.not_unit:
            if self.ar and self.definite(x):
                return self.strip_def(x), "label", "", x
            if not self.ar and self.t.text[x][:1].isupper():
                return self.k(x), "label", "", x
        return None

    def count_before(self, num: _Num) -> _Q | None:
        """X البالغ عددها N / عدد X N: a count whose noun comes first."""
        a, b = num.a, num.b
        cw = self.phrase_before(a, "count_word")
        if not cw:
            return None
        st = cw[0]
        hit = self.phrase_before(st, "count_word")  # البالغ + عددها
        if hit:
            st = hit[0]
        best = None
        for L in (3, 2, 1):
            s0 = st - L
            if s0 < 0 or not all(self.free(x) and self.kind(x) == "ar" for x in range(s0, st)):
                continue
            for s1 in range(s0, st):
                words = list(range(s1, st))
                # drop a conjunction on the head noun: ومنظمات
                u = self._unit_lookup(words, self.lx)
                if not u and self.k(s1).startswith("و"):
                    k0 = self.t.k[s1]
                    self.t.k[s1] = k0[1:]
                    u = self._unit_lookup(words, self.lx)
                    self.t.k[s1] = k0
                if u:
                    best = (u[0], s1)
                    break
            if best:
                break
        if best:
            (unit, kind, en), s1 = best
            kind = kind if kind in ("duration", "money", "measure") else "count"
            return _Q(s1, b, kind, num.value, unit=unit, unit_en=en, written=num.written)
        if self.ar and self.free(st - 1) and self.definite(st - 1):
            return _Q(st - 1, b, "count", num.value, unit=self.strip_def(st - 1), written=num.written)
        return _Q(cw[0], b, "count", num.value, written=num.written)

    # -- words that are quantities by themselves
    def dual(self, i) -> _Q | None:
        for p, base in self.bases(i):
            e = self.lx.duals.get(base)
            if e and (not p or p in _DEFINITE or p in ("و", "ب", "ل", "ف")):
                unit, kind, en = e
                kind = kind if kind in ("duration", "money", "measure") else "count"
                return _Q(i, i + 1, kind, 2, unit=unit, unit_en=en, written="words")
        return None

    def vague(self, i, nw) -> _Q | None:
        """عشرات/مئات/آلاف X, thousands of X: 'more than' the scale."""
        v = nw[0]
        j = i + 1
        nxt = self.numword(j)
        if nxt and nxt[1] in ("scale_pl", "vague") and nxt[0] > v:  # عشرات الآلاف, tens of thousands
            v *= nxt[0]
            j += 1
        elif not self.ar and self.k(j) == "of" and self.numword(j + 1) and self.numword(j + 1)[1] in ("vague", "scale_pl"):
            v *= self.numword(j + 1)[0]
            j += 2
        if not self.ar:
            if self.k(j) != "of":
                return None
            j += 1
            if self.k(j) == "the":
                j += 1
        elif self.k(j) == "من":
            j += 1
        if not self.free(j) or not self.is_word(j):
            return None
        u = self.unit_after(j, allow_definite=True)
        if not u:
            k = self.k(j)
            if k in self.lx.not_unit:
                return None
            name = self.strip_def(j) if self.ar else _singular(k)
            u = (name, "count", "", j + 1)
        unit, kind, en, end = u
        kind = kind if kind in ("duration", "money", "measure") else "count"
        return _Q(i, end, kind, v, unit=unit, unit_en=en, approx="more_than", written="words")

    def fraction(self, i, nw) -> _Q | None:
        """نصف/ثلث/ربع X, half of X; الربع الأول (من عام 2024) is a period."""
        if self.ar:
            ordv = self._ordinal(i + 1)
            base = self.bases(i)[-1][1] if self.definite(i) else self.k(i)
            if ordv is not None:
                qq = self._quarter(base, ordv)
                if qq:
                    months, m1, m2 = qq
                    return self._period_year(i, i + 2, months, m1, m2)
            if self.definite(i):
                return None
        j = i + 1
        if not self.ar and self.k(j) in ("of", "the"):
            j += 1
            if self.k(j) == "the":
                j += 1
        if not self.free(j) or not self.is_word(j) or self.k(j) in self.lx.not_unit:
            return None
        u = self.unit_after(j, allow_definite=True)
        if not u:
            name = self.strip_def(j) if self.ar else _singular(self.k(j))
            u = (name, "count", "", j + 1)
        return _Q(i, u[3], "fraction", nw[0], unit=u[0], unit_en=u[2], written="words")

    # -- document codes
    def doc_code(self, i) -> _Q | None:
        if self.letter_glued(i):
            return None
        code = self.t.text[i]
        m = re.match(r"\d+", code)
        q = _Q(i, i + 1, "doc_code", int(m.group()), code=code)
        types, issuers = [], []
        for part in re.split(r"[-/]", code)[1:]:
            key_ = part.upper().replace("Đ", "D")
            if key_.isdigit():
                continue
            hit = self.lx.doc_parts.get(key_)
            if hit:
                (types if hit[0] == "type" else issuers).append(hit[1])
        q.doc_type = "; ".join(types)
        q.doc_issuer = "; ".join(issuers)
        st = i
        lw = self.phrase_before(i, "label_word", clitic=True, skip_p=".")
        if lw:
            st = lw[0]
        u = self.unit_before(st)
        if u and u[1] == "document":
            q.a, q.unit, q.unit_en = u[3], u[0], u[2]
        elif lw:
            q.a = st
        return q

    # -- links between figures
    def post(self):
        by_start = {q.a: q for q in self.out}
        by_end = {q.b: q for q in self.out}
        for q in self.out:
            if q.kind == "doc_code" and not q.date:
                x = q.b
                while self.is_p(x, ",،"):
                    x += 1
                hit = self.phrase_at(x, "dated_word", clitic=False)
                if hit:
                    d = by_start.get(hit[0])
                    if d is not None and d.kind == "date":
                        q.date = d.date
            if q.kind == "percent" and not q.unit:
                # 90 بلدية (تمثل 89.1%): the share is of the count's unit
                x = q.a
                hit = self.phrase_before(x, "share_link")
                if hit:
                    x = hit[0]
                if self.is_p(x - 1, "("):
                    prev = by_end.get(x - 1)
                    if prev is not None and prev.kind in ("count", "measure", "money") and prev.unit:
                        q.unit, q.unit_en = prev.unit, prev.unit_en


def _iso_date(year, month, day) -> str | None:
    if not (1 <= month <= 12):
        return None
    last = calendar.monthrange(year or 2024, month)[1]
    if not (1 <= day <= last):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")) and len(w) > 3:
        return w[:-1]
    return w


# --- public API -------------------------------------------------------------------------


def roundness(kind: str, value, approx: str = "", written: str = "digits") -> str:
    """How precise a figure looks: ``approximate``, ``round`` or ``exact`` ('' for dates, codes, labels).

    * ``approximate``: an approximation word (``أكثر من``, ``about``) or a vague
      plural (``آلاف``);
    * ``round``: a whole number ending in 0 (``100``, ``3000``), a percentage
      that is a multiple of 5 (``95%``), or a fraction word (``نصف``);
    * ``exact``: anything else (``3411``, ``89.1%``, ``7``).
    """
    if kind not in ("count", "percent", "money", "measure", "duration", "fraction"):
        return ""
    if approx:
        return "approximate"
    if kind == "fraction":
        return "round"
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    if math.isnan(v):
        return ""
    if v.is_integer() and v >= 10 and v % 10 == 0:
        return "round"
    if kind == "percent" and v.is_integer() and v % 5 == 0:
        return "round"
    return "exact"


_DIGIT_RE = re.compile(r"\d")


def _may_hold_quantities(p, lang: str) -> bool:
    """False when the scanner cannot find anything in paragraph ``p``: it starts only at
    a digit (numbers, codes, dates, times; after normalisation every digit is ASCII) or
    at a word whose key is a lexicon trigger.  A fast test that skips most paragraphs."""
    if _DIGIT_RE.search(p.ntext):
        return True
    cands = _lex(lang).cands
    words = p.keys if lang == "ar" else p.toks
    return any((kd == "word" or kd == "latin") and (w in cands or w.lower() in cands) for kd, w in zip(p.kinds, words))


def extract_quantities(text: str, lang: str = "ar") -> list[dict]:
    """Every quantity expression in ``text`` (one dict each, in text order).

    Offsets ``start``/``end`` index the original ``text``; see the module
    docstring for the fields and kinds.  ``lang`` is ``"ar"`` or ``"en"``
    (other values use the English rules: digits, codes and dates).
    """
    if not text or not text.strip():
        return []
    return paragraph_quantities(make_paragraph(text, lang), "ar" if lang == "ar" else "en")


def paragraph_quantities(p, lang: str | None = None) -> list[dict]:
    """Every quantity expression of a :class:`arnews.text.Paragraph` (rules: ``lang``,
    default the paragraph's own rule set)."""
    lang = lang or p.rules
    if not p.toks or not _may_hold_quantities(p, lang):
        return []
    text = p.text
    sc = _Scanner(p, lang)
    qs = sc.run()
    out = []
    t = sc.t
    for q in sorted(qs, key=lambda q: (q.a, q.b)):
        ns, ne = t.s[q.a], t.e[q.b - 1]
        s, e = sc.nt.to_original(ns, ne)
        value, vend = _clean(q.value), _clean(q.value_end)
        out.append(
            {
                "start": s,
                "end": e,
                "surface": text[s:e],
                "kind": q.kind,
                "value": value,
                "value_end": vend,
                "unit": q.unit,
                "unit_en": q.unit_en,
                "approx": q.approx,
                "date": q.date,
                "code": q.code,
                "doc_type": q.doc_type,
                "doc_issuer": q.doc_issuer,
                "written": q.written,
                "roundness": roundness(q.kind, value, q.approx, q.written),
            }
        )
    return out


def quantities_table(paragraphs, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Build hook: one row per quantity in the ``title``/``body``/``caption`` blocks.

    ``paragraphs``: the paragraph models (:func:`arnews.text.paragraphs_of`) or a
    paragraphs table (``article_id``, ``paragraph``, ``role``, ``text``; the article
    language from ``articles``).  Each paragraph is read with the rules of its own
    language.  Rows are sorted by article, paragraph, start.
    """
    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=COLUMNS)
    rows = []
    for p in paragraphs_of(paragraphs, articles).select(TEXT_ROLES):
        if not p.text:
            continue
        for q in paragraph_quantities(p):
            rows.append({"article_id": p.article_id, "paragraph": p.paragraph, "role": p.role, "lang": p.lang, **q})
    df = pd.DataFrame(rows, columns=COLUMNS)
    for c in ("value", "value_end"):
        df[c] = tidy_numbers(df[c])
    if len(df):
        df = df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)
    return df


def tidy_numbers(values) -> pd.Series:
    """An object Series of ints (whole numbers), floats and None: the CSV shows ``3411``, not ``3411.0``."""
    out = []
    for v in values:
        out.append(_clean(float(v)) if isinstance(v, (int, float)) and not isinstance(v, bool) else (None if v is None or v == "" else _clean(_to_float(v))))
    return pd.Series(out, index=getattr(values, "index", None), dtype=object)


def _to_float(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


_ISO_POINT = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_span(date: str) -> tuple[float, float] | None:
    """The time a ``date`` value covers, in decimal years ``(start, end)``; None without a year.

    ``2024`` -> (2024.0, 2025.0); ``2019/2024`` -> (2019.0, 2025.0);
    ``2024-01/2024-09`` -> (2024.0, 2024.75); ``2015-01-09`` -> a one-day span;
    ``--06-28`` and ``--01/--06`` (no year) -> None.
    """
    if not isinstance(date, str) or not date:
        return None
    parts = date.split("/")

    def point(s: str, end: bool):
        m = _ISO_POINT.fullmatch(s)
        if not m:
            return None
        y, mo, d = int(m[1]), m[2], m[3]
        if mo is None:
            return y + (1.0 if end else 0.0)
        x = y + (int(mo) - 1) / 12
        if d is None:
            return x + (1 / 12 if end else 0.0)
        return x + (int(d) - (0 if end else 1)) / 365.25

    a, b = point(parts[0], False), point(parts[-1], True)
    if a is None or b is None:
        return None
    return round(a, 4), round(b, 4)


def quantity_key(kind: str, value=None, value_end=None, date: str = "", code: str = "") -> tuple:
    """What makes two quantities 'the same figure' across languages.

    Documents compare by code (``Đ`` folded to ``D``, case ignored), dates and
    periods by their ISO date, everything else by kind, value and range end.
    """
    def num(v):
        try:
            f = float(v)
        except (TypeError, ValueError):
            return None
        return None if math.isnan(f) else round(f, 4)

    if kind == "doc_code":
        return (kind, str(code or "").upper().replace("Đ", "D").replace(" ", ""))
    if kind in ("date", "period", "time"):
        return (kind, str(date or ""), num(value))
    return (kind, num(value), num(value_end))
