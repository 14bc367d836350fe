"""The counted noun of a figure: lexicon units after or before a number, a noun the
lexicon does not know (reported as written), partitives (``من الكوادر``, ``of people``)."""
from __future__ import annotations

from .figure import Figure as _Q
from .lexicon import DEFINITE_PREFIXES as _DEFINITE, ar_strip as _ar_strip
from ..frequency import zipf_ar
from ..tokens import stopwords as _stopwords

_FATHATAN = "\u064b"


def _preposition_led(w: str) -> bool:
    """``w`` reads as the preposition ب/ل/ك glued to a word (``باستثمارات``, ``بقناة``, ``برئاسة``):
    the rest is a common word and the whole word never takes the article (``البرئاسة`` is no
    word).  A noun whose first letter is its root's takes it: ``اللجان``, ``البنود``, ``البواخر``,
    ``البطاقات`` (the test that tells them apart: the rest's frequency does not, جان and نود are words)."""
    w = "".join(c for c in w if not "\u064b" <= c <= "\u0652")  # بلدًا: no tanwin
    if len(w) < 4 or w[0] not in "بلك" or w.startswith("ال"):
        return False
    forms = (w, w[:-1]) if w.endswith("ا") else (w,)  # بلدا: the accusative alef of البلد
    return zipf_ar(w[1:]) >= 2.5 and all(zipf_ar("ال" + f) < 1.0 for f in forms)


def singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")) and len(w) > 3:
        return w[:-1]
    return w


_singular = singular  # the old name, still used in this module


class _Units:
    """Unit lookups at a token (a scanner mixin); a unit is ``(unit, kind, en, end or start)``."""

    def _unit_lookup(self, words: list[int], lx) -> tuple | None:
        """Longest lexicon unit made of the given word tokens (first = head noun)."""
        if not words:
            return None
        ar = lx.lang == "ar"
        heads = [self.k(words[0])]
        if ar and heads[0] in lx.not_unit:
            return None  # كما (as): never كم with a tanwin alef
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
            tails = [tuple(rest[: L - 1])]
            if ar and L > 1 and rest[L - 2].endswith("ا") and len(rest[L - 2]) > 2:
                tails.append(tuple(rest[: L - 2]) + (rest[L - 2][:-1],))  # كيلو مترا: the tanwin alef of the last word
            for h in heads:
                for tail in tails:
                    e = lx.units.get((h,) + tail)
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
        if self.kind(j + 1) == "num" and self.t.text[j + 1] in ("2", "3") and self.adj(j, j + 1) and not (
                self.adj(j + 1, j + 2) and self.kind(j + 2) in ("num", "ar", "lat")):
            e = lx.units.get((self.k(j) + self.t.text[j + 1],))  # م2, كم2: square units with the power glued
            if e:
                return e[0], e[1], e[2], j + 2
        if self.is_p(j + 1, "/.") and self.is_word(j + 2) and self.adj(j, j + 1) and self.adj(j + 1, j + 2):
            # ب/ي, ر.س: an abbreviation written with a slash or a dot
            e = lx.units.get((self.k(j) + self.t.text[j + 1] + self.k(j + 2),))
            if e:
                return e[0], e[1], e[2], j + 3
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
            if value is not None and not float(value).is_integer() and not self.t.text[j].endswith(("ة", "ات")):
                # ٩٦.٧٥ مرتدا, 46.25 نتوقع: a decimal counts no things the lexicon does not know (a rate of
                # a feminine noun stays: 2.3 إصابة)
                return None
            if k[0] == "ي" and len(k) >= 4 and not k.endswith(("ا", "ه", "ات", "ين", "ون", "يه")):
                return None  # 65 يمثل: an imperfect verb after the number, not its counted noun
            if k[0] == "و" and (k[1:] in self.lx.not_unit or self.definite_str(k[1:])):
                return None
            w = self.t.text[j]
            if k.endswith("وا") and zipf_ar(w) >= zipf_ar(w[:-1]) + 0.5:
                return None  # ومئات جرحوا, 200 ألف تضرروا: a verb in the past plural (عضوا, نموا: a noun's tanwin)
            if k in _stopwords("ar") or k[:1] in ("ل", "ب", "ك") and k[1:] in _stopwords("ar"):
                return None  # و 10 تحت العلاج, 5 فقط, 75 ألفا لمن: a function word is never a counted noun
            if _preposition_led(w):
                return None  # 3 باستثمارات تبلغ: a counted noun never carries a preposition
            if j > 0 and self._scale_with_tanwin(j - 1):
                return None  # 38 مليارا سحوبات, 1.8 مليونا ينحدرون: the scale word is no construct
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

    def _scale_with_tanwin(self, x) -> bool:
        """Word x is a scale word in the accusative with its tanwin alef (ألفا, مليونا, مليارا): it
        stands alone, so the word after it is not its counted noun (a genitive follows ألف, مليون
        in construct); a noun the lexicon knows (``ألفا دولار``) is read before this is asked."""
        nw = self.numword(x)
        return bool(nw) and nw[1] == "scale" and self.k(x).endswith("ا")

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

    def counted(self, a, u, v, num, value_end=None) -> _Q:
        unit, kind, en, end = u
        kind = kind if kind in ("duration", "money", "measure") else "count"
        q = _Q(a, end, kind, v, value_end, unit=unit, unit_en=en, written=num.written, reading=num.reading)
        if kind == "money":
            q.currency = self.currency_of(unit)
        return q

    def currency_of(self, unit: str) -> str:
        """ISO 4217 code of a money unit (``currencies.csv``), '' when unknown."""
        return self.lx.currency.get(unit) or self.en_lx.currency.get(unit, "")
