"""Rules for percentages and ranges (session 28: split from :mod:`.counts`, behaviour unchanged): a percent
sign or word after a number or before it (``95%``, ``89.1 في المائة``, ``%95``), the unit a percentage is of,
and ranges of two ends with a dash (``15-20 شخصا``, ``10-15%``) or words (``من 10 إلى 15``, ``بين 10 و15%``,
``أربع إلى خمس مرات``), their shared scale word and thousands separator."""
from __future__ import annotations

import re

from .change_steps import change_before
from .figure import Figure as _Q
from .numbers import Number as _Num
from .scaled_ranges import reversed_scaled, share_scale

_DASHES = frozenset("-–—")


# بين and its spelling glued to ما (مابين 50 و70 ريالا), both listed as range_from in quantity_markers.csv
# (public: the dual rules read it too; ``_BETWEEN`` is the old name, still used in this module)
BETWEEN = ("بين", "مابين")
_BETWEEN = BETWEEN


class _RangeRules:
    """Percent and range rules (a scanner mixin)."""

    # -- at a token (START_RULES)
    def percent_first(self, i) -> _Q | None:
        """A percent sign written before the number (logical order of some RTL sources): %95."""
        if self.kind(i) == "p" and self.t.text[i] == "%" and self.kind(i + 1) == "num" and self.kind(i - 1) != "num":
            num = self.parse_number(i + 1)
            if num and self.t.s[i + 1] - self.t.e[i] <= 1:
                q = _Q(i, num.b, "percent", num.value, written=num.written)
                self.percent_unit(q)
                return q
        return None

    # -- after a number (NUMBER_RULES)
    def percent(self, num: _Num) -> _Q | None:
        """95%, 89.1 في المائة, 95 percent; (4.8) في المائة (the number alone in brackets, session 55, q84)."""
        pct = self.percent_after(num.b)
        a = num.a
        if pct is None and self.ar and self.is_p(num.a - 1, "(") and self.is_p(num.b, ")"):
            pct = self.percent_after(num.b + 1)
            a = num.a - 1
        if pct is not None:
            q = _Q(a, pct, "percent", num.value, written=num.written, reading=num.reading)
            # 9.72% إلى 1.21%, بين 5% و7%: both ends written with a percent sign (in the order written)
            to = self.phrase_at(pct, "range_to")
            rf = self.phrase_before(num.a, "range_from")
            if self.ar and not to and rf and self.k(rf[0]) in _BETWEEN and self.k(pct) == "و" and self.adj(pct, pct + 1):
                to = (pct + 1, "")
            if to and (rf or self.k(pct) in ("الي", "حتي")) and self.kind(to[0]) == "num" and self.free(to[0]):
                num2 = self.parse_number(to[0])
                pct2 = self.percent_after(num2.b) if num2 else None
                falling = num2.value < num.value and not (rf and self.k(rf[0]) in _BETWEEN)
                # ارتفع المعدل من 3.3% إلى 3.4%: a rise from one figure to another is two rows too
                falling = falling or bool(self.ar and rf and self.k(rf[0]) == "من" and change_before(self, rf[0]))
                if pct2 is not None and num2.value != num.value and not falling:
                    # (انخفض المعدل من 31,2% إلى 9,8%: a fall from one figure to another, two rows, as
                    # من 320 ألف ريال إلى 500 ألف ريال is; a range runs upwards)
                    q.b, q.value_end = pct2, num2.value
                    if rf and self.k(rf[0]) in _BETWEEN and num2.value < num.value:
                        q.value, q.value_end = num2.value, num.value  # ما بين 9.72% إلى 1.21%: a range, low to high
            self.percent_unit(q)
            return q
        return None

    def digit_range(self, num: _Num) -> _Q | None:
        """Ranges of counts or percentages: 15-20 شخصا, 10-15%."""
        a, b, v = num.a, num.b, num.value
        if self.is_p(b, _DASHES) and self.kind(b + 1) == "num" and self.free(b + 1) and num.written == "digits":
            num2 = self.parse_number(b + 1)
            end = num2.value if num2 else None
            if num2:
                rev = reversed_scaled(num, num2)
                if rev is not None:  # 55-50 ألف: the ends of 50-55 ألف shown in reverse order
                    num, (v, end) = rev[0], rev[1:]
                else:
                    num = share_scale(self._range_thousands(num, num2), num2)  # 612-720 مليون: the scale is shared
                    v = num.value
            if num2 and end > v:
                pct2 = self.percent_after(num2.b)
                if pct2 is not None:
                    q = _Q(a, pct2, "percent", v, end, written=num.written)
                    self.percent_unit(q)
                    return q
                u = self.unit_after(num2.b) or self.fallback_unit(num2.b, end)
                if not u and self._bracketed_pair(a, num2.b):
                    # (20 - 200) ريال, (18-25) دقيقة: a range in brackets before its unit opens at the bracket
                    u, a = self.unit_after(num2.b + 1), a - 1
                    if not u and not (self.free(num2.b + 2) and self.definite(num2.b + 2) or self.is_p(a - 1, "}")):
                        u = self.fallback_unit(num2.b + 1, end)  # not {...} (45-46) سورة الأنفال: verses
                if u:
                    q = self.counted(a, u, v, num, value_end=end)
                    q.reading = num.reading or num2.reading
                    return q
                a = num.a
                rf = self.phrase_before(a, "range_from") if self.ar else None
                if rf and self.k(rf[0]) in _BETWEEN and num2.written == "digits" or num.scale > 1:
                    # بين 95 - 95.50, ما بين 65.25 - 65.75: a range said with بين and a dash, no unit;
                    # 300-400 ألف: a shared scale word makes it an amount
                    return _Q(a, num2.b, "count", v, end, written=num.written,
                              reading=num.reading or num2.reading)
        return None

    def _bracketed_pair(self, a, b) -> bool:
        """Tokens a-1 and b are the brackets around a pair of numbers, right against them."""
        return self.ar and self.is_p(a - 1, "(") and self.adj(a - 1, a) and self.is_p(b, ")") and self.adj(b - 1, b)

    def _one_opens_range(self, num: _Num) -> bool:
        """واحد, bare, after بين/من and before و/إلى and a number in digits: the first end of a range
        (بين واحد و1.5 في المائة, من واحد إلى 3 ملايين); not أحد (one of) nor a definite الواحد."""
        a, b = num.a, num.b
        if not self.ar or num.definite or self.k(a) not in ("واحد", "واحده", "واحدا") or b != a + 1:
            return False
        rf = self.phrase_before(a, "range_from")
        if not rf or not self.free(b) or self.k(b) not in ("و", "الي") or self.kind(b + 1) != "num":
            return False
        if not (self.k(b) == "الي" or self.k(rf[0]) in _BETWEEN):
            return False
        num2 = self.parse_number(b + 1) if self.free(b + 1) else None
        return bool(num2 and num2.value > 1 and (self.percent_after(num2.b) is not None or self.unit_after(num2.b)))

    def spelled_range(self, num: _Num) -> _Q | None:
        """من 10 إلى 15 شخصا, from 10 to 15 people, بين 10 و15%."""
        a, b = num.a, num.b
        rf = self.phrase_before(a, "range_from")
        to = self.phrase_at(b, "range_to")
        if rf and not to and self.ar and self.k(rf[0]) in _BETWEEN and self.k(b).startswith("و") and self.numword(b):
            to = (b, "")  # بين ستة وثمانية أسابيع: the conjunction is glued to the second number
        bare_words = False  # أربع إلى خمس مرات, خمسة أو ستة أجيال: two spelled ends with no من/بين
        if to and not rf and self.ar and self.k(b) == "الي" and num.written == "digits":
            rf = (a, "")  # 30 إلى 35 مليون دولار
        elif (to and not rf and self.ar and self.k(b) == "الي" and num.written == "words" and num.scale == 1
                and not self.unit_after(b)):
            rf, bare_words = (a, ""), True
        if ((not rf or self.k(rf[0]) in ("خلال",)) and not to and self.ar and self.k(b) == "او" and self.free(b)
                and self.kind(b + 1) == "num"
                and num.scale == 1 and not self.unit_after(b) and self.percent_after(b) is None):
            rf, to = (a, ""), (b + 1, "")  # 300 أو 400%, 5 أو 6 آلاف ريال: two ends sharing the unit
        elif ((not rf or self.k(rf[0]) in ("خلال",)) and not to and self.ar and self.k(b) == "او" and self.free(b)
                and num.written == "words"
                and num.scale == 1 and self.free(b + 1) and self.numword(b + 1) is not None
                and not self.unit_after(b) and self.percent_after(b) is None):
            rf, to, bare_words = (a, ""), (b + 1, ""), True
        shared = False
        if (to and not rf and self.ar and self.k(b) == "و" and self.adj(b, b + 1) and num.written == "digits"
                and num.scale == 1 and not self.unit_after(b)):
            num2 = self.parse_number(b + 1) if self.free(b + 1) else None
            if num2 and num2.scale > 1 and num2.written != "words" and num.value < num2.value / num2.scale:
                rf, shared = (a, ""), True  # 3.8 و3.9 مليون برميل: two ends sharing the scale word
        if not rf or not to or self.k(b) in ("و", "and") and self.k(rf[0]) not in _BETWEEN + ("between",) and not shared:
            return None
        num2 = self.parse_number(to[0]) if self.free(to[0]) else None
        if not num2:
            return None
        if bare_words and (num2.written != "words" or not 0 < num2.value - num.value <= 2):
            return None  # only neighbouring spelled numbers make a range without من/بين
        num = self._range_thousands(num, num2)
        v1 = num.value
        if (num2.scale > 1 and num.scale == 1 and (num.written == "digits" or num.wtype == "one")
                and v1 * num2.scale <= num2.value):
            v1 = v1 * num2.scale  # 30 إلى 35 مليون: the multiplier is shared
            num = _Num(num.a, num.b, v1, "mixed", num.is_int, False, reading=num.reading, scale=num2.scale)
        if num2.value <= v1:
            return None
        pct = self.percent_after(num2.b)
        if pct is not None:
            q = _Q(rf[0], pct, "percent", v1, num2.value, written=num.written)
            self.percent_unit(q)
            return q
        u = self.unit_after(num2.b) or self.fallback_unit(num2.b, num2.value)
        if u:
            q = self.counted(a, u, v1, num, value_end=num2.value)
            q.a = rf[0]
            q.reading = num.reading or num2.reading
            return q
        if bare_words and self.k(b) == "او" and self.k(num2.b) == "من" and self.kind(num2.b + 1) == "ar":
            # يستطيع أربعة أو خمسة من عناصره: two neighbouring spelled numbers, their noun after من (round 46;
            # with nothing after them they stay two counts: وسجل أربعة أو خمسة في المباراة, round 26)
            return _Q(a, num2.b, "count", v1, num2.value, written="words")
        if (num.scale > 1 and num.scale == num2.scale and num.written == "mixed" and self.ar
                and self.k(rf[0]) in _BETWEEN and self.k(b) == "و"):
            # يتراوح بين 20 و30 ألفا: a bare first end sharing the scale word, no noun after (round 44)
            return _Q(a, num2.b, "count", v1, num2.value, reading=num.reading or num2.reading)
        return None

    def _range_thousands(self, num: _Num, num2: _Num) -> _Num:
        """من 4.000 إلى 6.000 دونغ: the first end of a range, a dot group read as a decimal with
        nothing after it, is read as thousands when the second end's dot group was (the
        currency or noun after the range is shared)."""
        t1, t2 = self.t.text[num.a], self.t.text[num2.a]
        if (num.reading == "decimal" and num2.reading == "thousands" and num.scale == 1 and num2.scale == 1
                and re.fullmatch(r"\d{1,3}\.\d{3}", t1) and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t2)
                and self.lx.settings.get("separator", "auto") != "decimal"):
            return _Num(num.a, num.b, float(t1.replace(".", "")), num.written, True, False, ndigits=num.ndigits,
                        reading="thousands", scale=1.0)
        return num

    # -- helpers
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
