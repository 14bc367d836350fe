"""The number grammar: digit tokens (thousands separators, decimals, a scale word after
them) and Arabic/English number words (``خمسة وعشرون``, ``ثلاثة آلاف``, ``two hundred and
fifty``), parsed into :class:`Number`."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: whole thousands written with a dot group of zeros (1.000, 76.000, 2.000.000)
_ROUND_THOUSANDS = re.compile(r"\d{1,3}(?:\.000)+")

from ..frequency import zipf_ar
from ..tokens import stopwords as _stopwords
from .lexicon import DEFINITE_PREFIXES as _DEFINITE
from .split_numbers import joined_number
from .tatweel_signs import tatweel_dash


@dataclass
class Number:
    a: int
    b: int
    value: float
    written: str
    is_int: bool
    plain: bool  # digits without separators or decimals (can be a year or a label)
    definite: bool = False
    wtype: str = ""  # type of a single number word (one, tens, ...)
    ndigits: int = 0
    reading: str = ""  # how a separator was read: thousands / decimal ('' without one)
    scale: float = 1.0  # the scale word applied to digits (1e6 in 30 مليون)


_Num = Number  # the old name, still used in this module


def _num_value(t: str) -> tuple[float, bool, bool]:
    """value, is_int, plain of a number token."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", t):
        return float(t.replace(".", "")), True, False
    if re.fullmatch(r"\d+,\d{1,2}|0,\d+", t):  # 7,5 and 0,250: a decimal comma
        v = float(t.replace(",", "."))
        return v, v.is_integer(), False
    plain = t.isdigit()
    v = float(t.replace(",", ""))
    return v, v.is_integer() and "." not in t, plain


def _reading(t: str) -> str:
    """How the separators of a number token were read by :func:`_num_value`."""
    if t.isdigit():
        return ""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", t) or ("," in t and not re.fullmatch(r"\d+,\d{1,2}|0,\d+", t)):
        return "thousands"
    return "decimal"


#: a decimal written with a comma (38,4), not one of a list of numbers (1,2,3)
_COMMA_DEC_RE = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d]|,\d)")
#: a dot or comma followed by exactly three digits: 125.000, 1,200
_PRICE3 = re.compile(r"(?<![\d.,])0\.\d{3}(?!\d) ?(\w+)")  # a price with three decimals: 0.675 درهم
_ONE_GROUP = re.compile(r"(?!0[.,])\d{1,3}[.,]\d{3}")  # 0.136 is always a decimal (a share price)


_QUOTE_OPEN = ('"', "«", "“", "'", ":")
# a word whose dual (w + ان / w + ين) is this common is a singular noun (رجل, شخص, لاعب), not the plural six counts
_SINGULAR_DUAL_ZIPF = 3.4


def _first_person_verb(w: str) -> bool:
    """``w`` reads as a verb in the first person imperfect (أدري, أدعو, أناقش): it opens with أ and
    the same stem with the third person's ي and the second's ت is a common word (يدري/تدري); a broken
    plural in أفعال/أفعل has no such forms (أيام, أعوام, أشهر, أطفال: ييام, تعوام are no words)."""
    if len(w) < 3 or w[0] != "أ":
        return False
    rest = w[1:]
    return min(zipf_ar("ي" + rest), zipf_ar("ت" + rest)) >= 3.6


def _clean(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    if isinstance(v, float) and 1 <= abs(v) < 1e15 and abs(v - round(v)) < 1e-6:
        return int(round(v))  # 8.419 مليارات: 8419000000.000001 in binary floating point is 8419000000
    if isinstance(v, float):
        return round(v, 6)
    return v


#: a hundred or a thousand after بعد (key form): الحادية والأربعين بعد المائة = 141
_AFTER_SCALE = {"المائه": 100, "المئه": 100, "الماءه": 100, "الالف": 1000}


class _NumberGrammar:
    """Number words and numbers at a token (a scanner mixin)."""

    def after_scale(self, b):
        """(hundreds added, end) when ``بعد المائة``/``بعد الألف`` follows token b - 1: the old way of
        writing a number over a hundred (الحادية والأربعين عامًا بعد المائة = 141), else None."""
        if self.ar and self.k(b) == "بعد" and self.free(b) and self.free(b + 1) and self.k(b + 1) in _AFTER_SCALE:
            return _AFTER_SCALE[self.k(b + 1)], b + 2
        return None

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
        if res is not None and res[2] == "ك" and self.t.text[i][1:2] == "ا":
            res = None  # كالفي (Calvi): ك + a hamza-less الفي is a name, not "like two thousand" (كألفي)
        if (res is not None and self.ar and self.t.text[i] in ("لست", "ولست", "فلست")
                and (not self.is_word(i + 1) or self.k(i + 1) in _stopwords("ar")
                     or self.t.text[i + 1].endswith("ا") and not self.unit_after(i + 1)
                     or _first_person_verb(self.t.text[i + 1]) and not self.unit_after(i + 1)
                     or self._laysa_context(i))):
            # لست أنا, ولست أكثر, لست متأكدا, لست أدري, ولست أدعو: the verb ليس (I am not), not ل + ست (after six the counted
            # noun is a genitive plural, never an accusative: لست سنوات, لست دول stay six)
            res = None
        self._nw_cache[i] = res
        return res

    def _laysa_context(self, i) -> bool:
        """لست at token i is the verb ليس (I am not): a listed pronoun before it (وأنا لست رجل عنف), or it
        opens a quotation or the text ("لست ولي الأمر"), or the word after it is a singular noun, one
        with a common dual (رجل: رجلان), where six would want a genitive plural (ست سنوات, ست جوائز)."""
        if not self.is_word(i + 1) or self.numword(i + 1) is not None:
            return False  # لست عشرة, لست وثلاثين: a compound number
        if self.phrase_before(i, "laysa_subject") is not None:
            return True
        if i == 0 or self.kind(i - 1) == "p" and self.t.text[i - 1] in _QUOTE_OPEN:
            return True
        w = self.t.text[i + 1]
        if w.endswith("ة") and not self.definite(i + 1) and len(w) >= 4:
            return True  # لستِ قوية, لست مسؤولة: six never counts an indefinite feminine singular (ست مرات)
        return max(zipf_ar(w + "ان"), zipf_ar(w + "ين")) >= _SINGULAR_DUAL_ZIPF

    def parse_number(self, i) -> _Num | None:
        """The number starting at token i: digits (with separators, a scale word) or number words;
        an amount made of two scaled parts joined by و (مليون و500 ألف, 3 ملايين و200 ألف) is one."""
        num = self._parse_one(i)
        if num is None or not self.ar:
            return num
        thousands = num.value < 1_000_000
        words_thousands = (num.written == "words" and num.is_int and num.value >= 1000 and num.value % 1000 == 0
                           and self.k(num.b) == "و")
        if thousands and not (num.scale == 1000 and num.written == "mixed" or words_thousands):
            # 31 ألفا و300 سيارة, ستة آلاف و500 طلب: a count of thousands joined to its last part
            return num
        total, b, joined = num.value, num.b, False
        last = num.scale if num.scale > 1 else 10 ** (len(str(int(num.value))) - 1)
        while True:
            if self.k(b) == "و" and self.free(b) and self.kind(b + 1) == "num" and self.free(b + 1):
                num2 = self._parse_one(b + 1)  # مليون و500 ألف, 15 مليونا و 555 ألفا (و standing alone)
            elif self.free(b) and self.is_word(b) and self.k(b).startswith("و") and self.numword(b):
                num2 = self._parse_one(b)  # مليون وخمسمائة ألف
            else:
                break
            if num2 is None or num2.value >= last or num2.value < (1 if joined or thousands else 1000):
                break
            bare = thousands and self._bare_last_part(num2)
            if thousands and not (bare or self._last_part_noun(num2)):
                break  # 5 آلاف و300 سيارات: the last part of thousands only before its counted noun
            whole_rest = num2.value >= 1000 and num2.is_int and num2.written == "digits"  # مليون و763296 سيارة (q77)
            if num2.scale <= 1 and num2.written != "words" and not (bare or (joined or thousands or whole_rest)
                                                                    and self._last_part_noun(num2)):
                break  # 116 مليون و54 ألف و703 ريالات: a bare last part only before its unit
            total, b, joined = total + num2.value, num2.b, True
            last = num2.scale if num2.scale > 1 else 1
        if not joined:
            return num
        return _Num(num.a, b, total, "mixed", True, False, reading=num.reading, scale=num.scale)

    def _bare_last_part(self, num2) -> bool:
        """The last part of thousands ends the amount, its counted noun said before: punctuation, the paragraph's
        end or a definite word after it (إلى 268 ألفا و250 الأسبوع الماضي, إلى ألف و387.); not a preposition
        (5 آلاف و300 في اليوم الأول stays two figures, pinned in round 36)."""
        b = num2.b
        if not (num2.is_int and num2.written == "digits" and num2.value < 1000):
            return False
        if b >= len(self.t.text) or self.kind(b) == "p" and self.t.text[b] not in "-–/":
            return True
        return self.kind(b) == "ar" and self.free(b) and self.definite(b) and not self.numword(b)

    def _last_part_noun(self, num2) -> bool:
        """The counted noun after the last part of an amount in scaled parts: a lexicon unit
        (و853 دولارا), or a noun the lexicon does not know in the accusative singular that the last
        part's 11-99 requires (851 ألفا و446 سهما) or the genitive singular after hundreds (112 ألفا و500
        أميركي); not a plural (5 آلاف و3 سيارات is a unit, 5 أشخاص و3 سيارات never starts a chain: أشخاص
        is no scale word)."""
        if self.unit_after(num2.b):
            return True
        v = num2.value
        if not (num2.is_int and self.free(num2.b) and self.kind(num2.b) == "ar"):
            return False
        w = self.t.text[num2.b]
        if int(v) % 100 == 0 and v >= 100:  # 112 ألفا و500 أميركي: after hundreds a genitive singular
            return bool(not w.endswith(("ا", "ات", "ين", "ون")) and self.fallback_unit(num2.b, v))
        if not 11 <= int(v) % 100 <= 99:
            return False
        # (33 ألفا و288 زجاجة: a feminine noun in ة does not show its accusative)
        return bool((w.endswith("ا") and not w.endswith(("وا", "ات")) or w.endswith("ة") and not self.definite(num2.b))
                    and self.fallback_unit(num2.b, v))

    def _parse_one(self, i) -> _Num | None:
        kd = self.kind(i)
        if kd == "num":
            t = self.t.text[i]
            if len(t) > 18:
                return None  # a digit string this long is an identifier, not a figure
            v, is_int, plain = _num_value(t)
            reading = _reading(t)
            j, written = i + 1, "digits"
            a = i
            joined = joined_number(self, i) if self.free(i + 2) else None
            if joined:  # 11،000, 1.333.15, 1,1075: a number split at a separator the tokeniser does not join
                j, v, is_int, reading = joined
                plain = False
            # a decimal comma the tokeniser split (99,5 مليون, 7,2 كم): digits , one or two digits, then a
            # scale word or a measure
            if (not joined and t.isdigit() and self.is_p(j, ",") and self.adj(i, j) and self.kind(j + 1) == "num" and self.adj(j, j + 1)
                    and re.fullmatch(r"\d{1,2}", self.t.text[j + 1])
                    and (not self.adj(j + 1, j + 2) or self.is_p(j + 2, ")»\""))
                    and (self._scale_at(j + 2) or self._measure_at(j + 2) or self._comma_decimal_text()
                         or self._money_at(j + 2)  # 14,46 ريال: halalas or cents, a price to two places
                         or self.ar and self.phrase_at(j + 2, "percent_word", clitic=False)  # 2,75 في المائة
                         or self.is_p(j + 2, ")»\"") and self._scale_at(j + 3))):  # (1,2) مليون ناخب
                v, is_int, plain, reading = float(f"{t}.{self.t.text[j + 1]}"), False, False, "decimal"
                j += 2
            if self.ar and self._ra_decimal(i):
                # 2ر1 في المائة: a news-agency decimal written with ر, its halves in display order (1.2)
                v, is_int, plain = float(f"{self.t.text[i + 2]}.{t}"), False, False
                reading, j = "decimal; ر separator, halves as displayed", i + 3
            rlm = self._rlm_swap(i) if not reading.startswith("decimal; ر") and not joined else None
            if rlm is not None:
                v, reading = rlm, "decimal; RLM inside: read as displayed"
            elif _ONE_GROUP.fullmatch(t) and not reading.startswith("decimal; ر") and not joined:
                mode = self.lx.settings.get("separator", "auto")
                if mode == "thousands" or (mode == "auto" and self._thousands_context(j, t)):
                    v, is_int, reading = float(t.replace(",", "").replace(".", "")), True, "thousands"
                else:
                    v, is_int, reading = float(t.replace(",", ".")), False, "decimal"
            nw = self.numword(j) if self.free(j) else None
            if (nw is None and self.ar and self.is_p(j, "\")»”")
                    and (self.adj(j - 1, j) or self.is_p(j, ")") and self.is_p(i - 1, "(") and j == i + 1 and v < 1000)
                    and self.free(j + 1) and self.numword(j + 1) and self.numword(j + 1)[1] in ("scale", "scale_pl")):
                j += 1  # بـ»37» مليون ريال, (21,217,850) مليون: a quoted number before its scale word; (50 ) ألف ريال:
                # the bracket holds the number alone, a stray space before it closes (q88; not ( 5.969.428 ) مليون
                # مسافر, a full figure with a stray scale word)
                nw = self.numword(j)
            scale = 1.0
            if nw and nw[1] in ("scale", "scale_pl", "hundred") and not nw[2]:
                v *= nw[0]
                scale = nw[0]
                j, written, is_int, plain = j + 1, "mixed", True, False
                if (self.ar and self.is_p(j, ")") and self.adj(j - 1, j) and self.is_p(i - 1, "(") and self.adj(i - 1, i)
                        and self.free(j + 1) and self.unit_after(j + 1)):
                    a, j = i - 1, j + 1  # (1 ترليون) ريال, (3 آلاف) طالب: the amount in brackets before its unit
            # a minus sign: -5, و-7 (not the dash of a range 15-20)
            if (self.is_p(i - 1, "-−") and self.adj(i - 1, i) and self.free(i - 1)
                    and (not self.adj(i - 2, i - 1) or self.k(i - 2) in ("و", "(", "ب"))
                    and self.kind(i - 2) != "num" and not self._dash_aside(j) and not tatweel_dash(self, i - 1)):
                v, a = -v, i - 1
            return _Num(a, j, v, written, is_int, plain, ndigits=len(t) if t.isdigit() else 0, reading=reading,
                        scale=scale)
        if kd in ("ar", "lat"):
            return self.parse_words(i)
        return None

    def _dash_aside(self, j) -> bool:
        """A dash glued to the end of one of the next words closes an aside that the dash before the
        number opened (``عبد الرحمن هارون -40 عاما- على مقربة``): that dash is no minus sign."""
        for x in range(j, j + 3):
            if self.is_p(x, "-−") and self.adj(x - 1, x) and self.is_word(x - 1):
                return not (self.kind(x + 1) == "num" and self.adj(x, x + 1))  # و-7: the minus of the next number
            if not self.is_word(x):
                return False
        return False

    def _comma_decimal_text(self) -> bool:
        """The paragraph writes decimals with a comma: two or more numbers of the form 38,4
        (digits, a comma, one or two digits, no list of commas) — then a bare 31,7 is a decimal too."""
        hit = getattr(self, "_comma_dec", None)
        if hit is None:
            hit = self._comma_dec = len(_COMMA_DEC_RE.findall(self.nt.text)) >= 2
        return hit

    def _three_decimal_prices(self) -> bool:
        """The paragraph writes prices with three decimals: an amount 0.ddd before a currency (a
        market round-up's share prices: سعر 0.675 درهم) — then 2.470 درهم there is a decimal too."""
        hit = getattr(self, "_price3", None)
        if hit is None:
            from ..normalize import key
            hit = self._price3 = any((self.lx.units.get((key(m.group(1)),)) or ("", ""))[1] == "money"
                                     for m in _PRICE3.finditer(self.nt.text))
        return hit

    def _exchange_rate(self, i) -> bool:
        """Number token i closes a quote of one currency against another: ``مقابل`` and a currency
        named before it in the same sentence (``ارتفع الدولار مقابل العملة اليابانية إلى 124.575 ين``,
        ``سجل اليورو مقابل الدولار 1.099 دولار``).  A rate is a decimal; an amount is not quoted
        ``مقابل`` a currency (``دفع 1.500 ريال مقابل الخدمة``: no currency after مقابل)."""
        if not self.ar:
            return False
        x, seen_vs = i - 1, None
        while x >= max(0, i - 15) and not self.is_p(x, ".؟!:؛\n"):
            if self.k(x) in ("مقابل", "امام") and self.free(x):
                seen_vs = x
                break
            x -= 1
        if seen_vs is None:
            return False
        for y in range(seen_vs + 1, min(seen_vs + 4, i)):
            u = self._unit_lookup([y], self.lx) if self.is_word(y) else None
            if u and u[0][1] == "money" or self.k(y) in ("العمله", "العملات"):
                return True
        return False

    def _ra_decimal(self, i) -> bool:
        """Digits, ر, digits all glued (1ر0): the decimal of some Saudi news agencies."""
        return (self.t.text[i].isdigit() and self.kind(i + 1) == "ar" and self.t.text[i + 1] == "ر"
                and self.adj(i, i + 1) and self.kind(i + 2) == "num" and self.adj(i + 1, i + 2)
                and self.t.text[i + 2].isdigit() and (not self.adj(i + 2, i + 3) or self.is_p(i + 3, "%")))  # 4ر2%

    def _scale_at(self, j) -> bool:
        nw = self.numword(j) if self.free(j) else None
        return bool(nw and nw[1] in ("scale", "scale_pl") and not nw[2]) or self.is_p(j, "%")

    def _measure_at(self, j) -> bool:
        u = self.unit_after(j)
        return bool(u and u[1] == "measure")

    def _money_at(self, j) -> bool:
        u = self.unit_after(j)
        return bool(u and u[1] == "money")

    def _thousands_context(self, j, t) -> bool:
        """A dot or comma before exactly three digits is a thousands separator before a currency
        or a counted noun (125.000 ريال, 1.200 دولار, 3.500 زائر); a comma is one everywhere
        else too (3,411); a dot before a scale word or a percent sign, a measure or nothing is a
        decimal (2.492 تريليون ريال is 2.492 trillion, 2.125% two and an eighth per cent: read as
        thousands they were 2,492 trillion riyals and 2,125% on SaudiNewsNet)."""
        if "," in t:
            nw = self.numword(j) if self.free(j) else None
            # 1,769 مليار دولار is 1.769 billion (a thousand billions would be written as a trillion);
            # 1,500 مليون stays 1500 million, as Arabic news writes it
            if nw and nw[1] in ("scale", "scale_pl") and not nw[2] and nw[0] >= 1e9:
                return False
            if (not nw and self._comma_decimal_text() and not t.endswith("0") and not self.unit_after(j)
                    and not (self.ar and (self.fallback_unit(j) or self.free(j) and self.k(j) == "من"
                                          or j >= 2 and self.free(j - 2) and "عدد" in self.k(j - 2)))):
                return False  # انخفض مؤشر الدولار 0,98 بالمئة إلى 96,599: a paragraph of comma decimals, no unit (q88)
            return True
        if self._scale_at(j):
            return False
        if _ROUND_THOUSANDS.fullmatch(t) and not _COMMA_DEC_RE.search(self.nt.text):
            # 76.000 م2, نحو 1.000 من رجال الشرطة: a decimal is never written with three zeros (a paragraph
            # with comma decimals is left to the document's reading of its dots, table.py)
            return True
        if self.ar and self.is_p(j, ")") and self.adj(j - 1, j) and self.is_p(j - 2, "(") and not self._scale_at(j + 1):
            j += 1  # وتم قبول (38.736) متدربة: a bracketed number before its counted noun
        u = self.unit_after(j)
        if u and u[1] == "money" and not t.endswith("000") and self._three_decimal_prices():
            return False  # 2.470 درهم among 0.675 درهم, 0.180 دينار: share prices with three decimals
        if u and u[1] == "money" and not t.endswith("000") and self._exchange_rate(j - 1):
            return False  # سجل اليورو مقابل الدولار 1.099 دولار: an exchange rate to three decimals
        if u:
            return u[1] != "measure" or u[0] == "نقطة"  # index points are counted: 7.125 نقطة
        if self.ar and self.fallback_unit(j) and not self.phrase_at(j, "percent_word", clitic=False):
            return True
        return False

    def _rlm_swap(self, i):
        """The value of a decimal whose halves a right-to-left mark (U+200F) separates in the
        source: ``5\u200f.12`` is displayed as 12.5 in a right-to-left paragraph."""
        t = self.t.text[i]
        if "." not in t:
            return None
        os_, oe = self.nt.to_original(self.t.s[i], self.t.e[i])
        raw = self.nt.original[os_:oe]
        if "\u200f" not in raw:
            return None
        left, _, right = t.partition(".")
        if not (left.isdigit() and right.isdigit()):
            return None
        return float(f"{right}.{left}")

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
        if parts == 1 and self.ar and self.bases(i)[-1][1] in ("اثنا", "اثني", "اثنتا", "اثنتي") and self.k(i) in (
                "اثنا", "اثني", "اثنتا", "اثنتي", "واثنا", "واثني"):
            return None  # اثنا/اثني only before عشر (أثنى 'praised' folds to اثني)
        value = total + cur
        # مليون ونصف (المليون): a half of the last scale word
        if self.ar and last in ("scale", "scale_du") and self.free(j) and self.k(j) in ("ونصف", "والنصف"):
            sv = self.numword(j - 1)[0] if self.numword(j - 1) else 0
            if sv >= 1000 and self.numword(j - 1)[1] == "scale":
                value += sv / 2
                j += 1
                nx = self.numword(j) if self.free(j) else None
                if nx and nx[1] == "scale" and nx[0] == sv and nx[2] in _DEFINITE:
                    j += 1
        num = _Num(i, j, value, "words", True, False, definite=definite)
        num.wtype = self.numword(i)[1] if parts == 1 else "compound"
        return num
