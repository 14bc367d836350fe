"""The scanner's view of a paragraph's shared tokens (:class:`_Toks`) and the tests
the rules make on them (:class:`_TokenView`: kind, key, free, adjacent, marker phrases,
month names, years)."""
from __future__ import annotations

import re

from .glued_years import glued_hijri_year
from .glued_percents import glued_percent
from .glued_dates import glued_numeric_date
from .glued_prepositions import glued_preposition
from .lexicon import (CLITIC_TOKENS as _CLITIC_TOKENS, DEFINITE_PREFIXES as _DEFINITE, ORD_SUFFIX as _ORD_SUFFIX,
                      ar_strip as _ar_strip)

#: masked spans: no figure inside (comment counters, ad placeholders, footnotes, markup)
_MASK_RE = re.compile(
    r"(?:تعليق|تعليقات|التعليقات|comments?|bình luận)\s*\(\s*\d+\s*\)"
    r"|\[\s*(?:إعلان|اعلان|advertisement|ads?|quảng cáo)\s*\d*\s*\]"
    r"|\[\s*\d{1,3}\s*\]"
    r"|<[^<>\n]{1,500}>",  # markup pasted into the text
    re.I,
)


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


class _TokenView:
    """Token tests of the scanner (``self.t``: :class:`_Toks`, ``self.claimed``, ``self.lx``)."""

    def kind(self, i):
        return self.t.kind[i] if 0 <= i < self.t.n else None

    def k(self, i):
        return self.t.k[i] if 0 <= i < self.t.n else ""

    def free(self, i):
        return 0 <= i < self.t.n and not self.claimed[i]

    # (the tests below read the arrays directly: they are asked millions of times per MB)

    def adj(self, i, j):
        """tokens i and j touch (no space between)."""
        return 0 <= i < self.t.n and 0 <= j < self.t.n and self.t.e[i] == self.t.s[j]

    def is_word(self, i):
        t = self.t
        return 0 <= i < t.n and t.kind[i] in ("ar", "lat")

    def is_p(self, i, chars):
        t = self.t
        return 0 <= i < t.n and t.kind[i] == "p" and t.text[i] in chars

    def bases(self, i):
        """(prefix, base) readings of word i: itself, then with proclitics stripped."""
        t = self.t
        if not 0 <= i < t.n:
            return [("", "")]
        k = t.k[i]
        out = [("", k)]
        if t.kind[i] == "ar":
            out += _ar_strip(k)
        return out

    def definite(self, i):
        t = self.t
        if not 0 <= i < t.n or t.kind[i] != "ar":
            return False
        k = t.k[i]
        return k.startswith(_DEFINITE) and len(k) > 3

    def strip_def(self, i) -> str:
        """Word i without a leading article/proclitic+article (display form, not folded)."""
        w, k = self.t.text[i], self.k(i)
        for p in _DEFINITE:
            if k.startswith(p) and len(k) - len(p) >= 2:
                return w[len(p):]
        return w

    def phrase_at(self, i, role, clitic=True):
        """(end, value) of the longest marker phrase of ``role`` starting at token i."""
        table = self.lx.markers.get(role)
        if not table or not self.free(i) or not self.is_word(i):
            return None
        t, claimed = self.t, self.claimed
        firsts = [(p, b) for p, b in (self.bases(i) if clitic else [("", t.k[i])])
                  if not p or p in ("و", "ف", "ب", "ل", "ول", "وب")]
        opens = self.lx.marker_firsts[role]
        if not any(b in opens for _, b in firsts):
            return None  # (no reading of the word opens a phrase of the role: most words, most roles)
        longest = self.lx.marker_len.get(role, 1)
        run = 1  # free words from token i on (a phrase is made of them), at most ``longest``
        while run < longest and i + run < t.n and not claimed[i + run] and t.kind[i + run] in ("ar", "lat"):
            run += 1
        for L in range(min(longest, run), 0, -1):
            rest = tuple(t.k[i + 1 : i + L])
            for _, b in firsts:
                v = table.get((b,) + rest)
                if v is not None:
                    return i + L, v
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

    def _glued_year_word(self, j, i) -> bool:
        """Word j is a year word (عام, العام, لعام, سنة) glued to the year at number token i."""
        if self.kind(j) != "ar" or not (self.year_at(i) or self.hyear_at(i)):
            return False
        words = self.lx.markers.get("year_word", {})
        return any((b,) in words for p, b in self.bases(j) if p in ("", "ل", "ب", "و", "ف", "ال", "لل", "بال", "وال"))

    def _glued_approx(self, j) -> bool:
        """Word j is an approximation word glued to the number after it (نحو15000)."""
        return self.ar and any((self.k(j),) == t or (b,) == t for t in self.lx.markers.get("approx", {})
                               for _, b in self.bases(j)[:2])

    def _figure_follows(self, i) -> bool:
        """After number token i (digits, then a space) comes a unit, a counted noun in the
        accusative or a month name: the number is a figure whatever is glued before it."""
        t, nxt = self.t.text[i], i + 1
        if self.adj(i, nxt) or not self.is_word(nxt):
            return False
        if re.fullmatch(r"\d+[.,]\d+", t):  # لتسجل1.5 مليار دولار: a decimal before a scale word or a unit
            sc = self.numword(nxt)
            return bool(sc and sc[1] in ("scale", "scale_pl") and not sc[2] or self.unit_after(nxt))
        if not t.isdigit():
            return False
        return bool(self.unit_after(nxt) or self.month_at(nxt) or self.hmonth_at(nxt)
                    or 11 <= int(t[-2:]) % 100 <= 99 and len(t) <= 4 and self._accusative_noun(nxt, int(t)))

    def _glued_noun_follows(self, i) -> bool:
        """Number token i (whole digits) is glued to the word after it, a unit or a counted noun in
        the accusative (11-99) that ends there: ``17شخصا``, ``83مروحية`` with no space on either side."""
        t, nxt = self.t.text[i], i + 1
        if not (t.isdigit() and self.adj(i, nxt) and self.kind(nxt) == "ar" and len(self.t.text[i - 1]) >= 2):
            return False  # (3ر11سنوات: ر is the decimal comma of 11.3, read elsewhere)
        if self.adj(nxt, nxt + 1) and not self.is_p(nxt + 1, ".,،؛:)"):
            return False
        return bool(self.unit_after(nxt) or 11 <= int(t[-2:]) % 100 <= 99 and len(t) <= 4
                    and self._accusative_noun(nxt, int(t)))

    def letter_glued(self, i) -> bool:
        """A number glued to a word (COVID-19, G7, 4G, 1A) is part of a name."""
        prev = i - 1
        if self.adj(prev, i):
            if self.ar and self._glued_year_word(prev, i):
                return False  # عام2017م, العام2014: a missing space after a year word
            if glued_preposition(self, prev):
                return False  # من400 إلى 800 ملغ, عن150 مليار: a missing space after a preposition (q89)
            if self.is_word(prev) and self.k(prev) not in _CLITIC_TOKENS and not self._glued_approx(prev):
                # قبل43 عاماً, الدمام25 شوال: a missing space after an Arabic word when a unit or a
                # month follows the number (COVID-19, G7, خليجي20 stay names)
                # (ان17شخصا, قتلوا12جندياً: glued on both sides, before a counted noun or a unit: a figure too)
                return not (self.ar and self.kind(prev) == "ar"
                            and (self._figure_follows(i) or self._glued_noun_follows(i)
                                 or glued_hijri_year(self, i)  # المقبل1436 / 1437هـ (glued_years, q67)
                                 or glued_percent(self, i)  # قال4٪ فقط (glued_percents, q68)
                                 or glued_numeric_date(self, i)))  # بتاريخ16/10/1436هـ (glued_dates, q85)
            if (self.is_p(prev, "-") and self.adj(prev - 1, prev) and self.is_word(prev - 1)
                    and self.k(prev - 1) not in _CLITIC_TOKENS):
                return True
        nxt = i + 1
        if self.adj(i, nxt) and self.kind(nxt) == "lat" and self.k(nxt) not in _ORD_SUFFIX:
            return True
        if self.adj(i, nxt) and self.kind(nxt) == "ar" and self.k(nxt) not in ("م", "هـ", "ه"):
            t = self.t.text[i]
            # 13مواطنا: a missing space before a counted noun in the accusative (11-99) or a known unit
            if t.isdigit() and 1 <= int(t) <= 31 and len(t) <= 2 and (self.month_at(nxt) or self.hmonth_at(nxt)):
                return False  # 29أغسطس: a missing space before a month
            sc = self.numword(nxt)
            if re.fullmatch(r"\d+(?:[.,]\d+)?", t) and sc and sc[1] == "scale" and not sc[2]:
                return False  # 1.1مليون: a missing space before a scale word
            w = self.t.text[nxt]
            if len(w) >= 4 and w[0] in "وبلف" and not self.adj(nxt, nxt + 1) and _proclitic_word(w):
                return False  # ١٦:١٦ونتج, الـ12بعنوان: a missing space before a word led by و/ب/ل/ف
            if t.isdigit() and not (self.adj(nxt, nxt + 1) and not self.is_p(nxt + 1, ".,،؛:)")) and (
                    self.unit_after(nxt) or (11 <= int(t[-2:] or 0) % 100 <= 99 and len(t) <= 4
                                             and self._accusative_noun(nxt, int(t)))):
                return False
            if (re.fullmatch(r"\d+[.,]\d+", t) and not (self.adj(nxt, nxt + 1) and not self.is_p(nxt + 1, ".,،؛:)"))
                    and self.unit_after(nxt)):
                return False  # 1084.80دولار, 22.90ريال: a missing space between a decimal and its unit
            if t.isdigit() and len(t) <= 4 and not self.adj(nxt, nxt + 1) and _common_word(w):
                return False  # 83مروحية, 3مبان: a missing space before any common word (no name's part)
            return True
        return False


def _common_word(w: str) -> bool:
    """``w`` is a common Arabic word (Zipf >= 3, wordfreq): after digits glued to it, a missing space
    rather than a model name (G7, خليجي20 glue the other way; rare glued words stay names)."""
    from .duals import word_zipf as _z

    return _z(w) >= 3.0


def _proclitic_word(w: str) -> bool:
    """``w`` reads as the proclitic و/ب/ل/ف and a common word (ونتج, بعنوان), more common than ``w``
    read whole: a word glued to the number before it by a missing space, not a name's part."""
    from .duals import word_zipf as _z

    return _z(w[1:]) >= 3.5 and _z(w[1:]) > _z(w)
