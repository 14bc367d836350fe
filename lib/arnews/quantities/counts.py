"""Rules for figures that count things: money (``$10``, a currency before the number), a number and its
counted noun (from the lexicon, after a partitive ``100 من الأسر``, before it ``البالغ عددها 48``, or as
written ``15 متطوعا``), one (``هدفا واحدا``), vague plurals (``آلاف الأشخاص``), a group by its size
(``الثنائي``), an age by its decade (``الخمسيني``), a degree or metre mark, and a quoted title's number (a
label).  Percentages and ranges are in :mod:`.ranges`, fractions in :mod:`.fraction_rules` (split from here
in session 28), the duals in :mod:`.dual_rules` and :mod:`.dual_evidence` (round 34); behaviour unchanged."""
from __future__ import annotations

import re

from .the_two import the_two
from .duals import word_zipf as _z
from .decade_ages import stands_as_noun
from .definite_spans import definite_time_span
from .figure import NO_FIGURE, Figure as _Q
from .lexicon import DEFINITE_PREFIXES as _DEFINITE
from .numbers import Number as _Num
from .units import singular as _singular
from ..tokens import stopwords as _stopwords

#: plurals of fraction words (key form) and their denominators: ثلاثة أرباع = 3/4
_FRACTION_PLURALS = {"ارباع": 4, "اخماس": 5, "اثلاث": 3, "اعشار": 10, "اسداس": 6, "اثمان": 8}
#: "a few" (key form): a vague number with no value (بضعة أشهر)
_FEW = ("بضعه", "بضع")
_OPEN_QUOTES = "«\"“"
_CLOSE_QUOTES = "»\"”"
#: أحد/إحدى ("one of", or the name أحد), with a proclitic; never وَاحد "one" (whose key is و + احد)
_ONE_OF = re.compile(r"(?:[وفبلك]?(?:أحد|إحدى|إحدي|احدى)|احد)")


class _CountRules:
    """Count and money rules (a scanner mixin)."""

    # -- at a token (START_RULES)
    def dollar(self, i) -> _Q | None:
        """$10."""
        if self.kind(i) == "p" and self.t.text[i] == "$" and self.kind(i + 1) == "num":
            num = self.parse_number(i + 1)
            if num:
                return _Q(i, num.b, "money", num.value, unit="USD", unit_en="US dollar", written=num.written,
                          currency="USD", reading=num.reading)
        return None

    def vague_word(self, i):
        """عشرات/مئات/آلاف X, thousands of X."""
        nw = self.numword(i)
        if nw and nw[1] in ("vague", "scale_pl"):
            return self.vague(i, nw) or NO_FIGURE
        return None

    def decade_age(self, i) -> _Q | None:
        """A nisba of a tens word right after a noun of the same definiteness is an age in that
        decade (الرجل الخمسيني, مواطن أربعيني: ``decade_age`` markers); not the feminine
        (الخطة العشرينية: a 20-year plan) nor a decade (الستينيات)."""
        if not self.ar or self.kind(i) != "ar" or not self.free(i):
            return None
        ages = self.lx.markers.get("decade_age", {})
        hit = next(((p, b) for p, b in self.bases(i) if (b,) in ages and p in ("", "ال")), None)
        if hit is None:
            return None
        if stands_as_noun(self, i):
            pass  # ثلاثيني يقتل ابنه, عن ستيني سعودي: the person in that decade (decade_ages)
        elif not (self.free(i - 1) and self.kind(i - 1) == "ar") or self.numword(i - 1):
            return None
        elif self.definite(i - 1) != (hit[0] == "ال") or len(self.k(i - 1)) < 3:
            return None
        return _Q(i, i + 1, "duration", float(ages[(hit[1],)]), unit="سنة", unit_en="year (age)", written="words")

    def group_noun(self, i) -> _Q | None:
        """A noun naming a group by its size (``group_noun`` markers): الثنائي البولندي (2 players),
        لثلاثي الهجوم (3), الرباعي الأجنبي (4).  Not the adjective after a definite noun (التعاون
        الثنائي, العدوان الثلاثي), nor a compound adjective (ثلاثي الأبعاد, رباعي الدفع)."""
        if not self.ar or self.kind(i) != "ar" or not self.free(i):
            return None
        groups = self.lx.markers.get("group_noun", {})
        hit = next(((p, b) for p, b in self.bases(i) if (b,) in groups), None)
        if hit is None or self.t.text[i].endswith(("ة", "ه")):
            return None
        p, base = hit
        if (p in ("", "ال") and self.free(i - 1) and self.kind(i - 1) == "ar"
                and (self.definite(i - 1) or self.numword(i - 1))):
            return None  # التعاون الثنائي: an adjective
        nxt = self.k(i + 1) if self.free(i + 1) else ""
        if nxt in ("الابعاد", "الاطراف", "الدفع", "الجوانب", "الاتجاه", "الحركه", "اللغه"):
            return None  # ثلاثي الأبعاد, رباعي الدفع: a compound adjective
        if p not in _DEFINITE:
            # لثلاثي الهجوم: an indefinite group noun only in construct after a preposition (اتفاق
            # ثلاثي, ثلاثي الأطراف: adjectives)
            after_prep = (not p and self.free(i - 1) and self.k(i - 1) in ("بين", "من", "عن", "مع", "علي", "الي")
                          and self.free(i + 1) and self.kind(i + 1) == "ar" and not self.numword(i + 1)
                          and not nxt.startswith("و") and nxt not in self.lx.not_unit)
            if not (nxt.startswith("ال") and p in ("ل", "ب") or after_prep):
                return None  # (بين ثلاثي هجوم الفريق: a group noun in construct after a preposition, round 39)
        return _Q(i, i + 1, "count", float(groups[(base,)]), unit=base, written="words")

    def _unit_lookup_word(self, sing: str):
        from ..normalize import key
        return self.lx.units.get((key(sing),))

    def _one_noun_before(self, a, x=None):  # (q58: _noun_shaped lets تغريدة through the verb guard)
        """(unit, kind, en, start) of an indefinite noun before واحد/واحدة/واحدا at token a
        (بمنتج واحد, هدفا واحدا, وساماً واحداً): a proclitic stripped, the gender agreeing
        (واحدة after a feminine noun), the tanwin alef dropped; not an idiom of ``one_idiom``
        (جسد واحد, في آن واحد), a definite noun or a number word."""
        x = a - 1 if x is None else x
        if x < 0 or not self.free(x) or self.kind(x) != "ar" or self.definite(x) or self.numword(x):
            return None
        w, one = self.t.text[x], self.k(a)
        idioms = self.lx.markers.get("one_idiom", {})
        best = None
        for p, base in self.bases(x):
            if p in ("ك", "وك") and _z(w[len(p):]) > _z(w):
                return None  # كفريق واحد, كرجل واحد: "as one", united
            if p and p not in ("و", "ب", "ل", "ف", "وب", "ول", "فب", "فل"):
                continue
            body = w[len(p):]
            if (base,) in idioms:
                return None
            if one.endswith("ا") and base.endswith("ا") and len(base) >= 3:
                base, body = base[:-1], body[:-1]  # وساماً واحداً: the tanwin alef
            if (base,) in idioms:
                return None
            if len(base) < 3 or base in self.lx.not_unit or base.endswith("ه") != one.endswith("ه"):
                continue  # the gender must agree: قطعة واحدة, كتاب واحد
            u = self._unit_lookup_word(body)
            if u:
                return u[0], u[1], u[2], x
            if body in _stopwords("ar") or w in _stopwords("ar"):
                continue  # وبين واحد و3 منهم, وعند واحد: a preposition or particle is no counted noun
            z = _z(body)
            if best is None or z > best[0]:
                best = (z, base, body)
        # مفجرا واحدا, تأويلا واحدا: the accusative tanwin alef on both shows a noun and its agreeing "one"
        # (a verb takes none), so a less common noun and one in ت- is read too (q77); not one in ي-: a dual
        # subjunctive ends in ا too (أن يصبحا واحدا "to become one", fixq)
        tanwin = (one == "واحدا" and w.endswith("ا") and not w.endswith(("وا", "اا")) and best is not None
                  and best[0] >= _TANWIN_ONE_ZIPF and not best[1].endswith(("ي", "ى")) and not best[1].startswith("ي"))
        if best is None or not tanwin and (best[0] < 3.0 or (best[1].startswith(("ي", "ت")) or best[1].endswith(("ي", "ى")))
                                           and not _noun_shaped(best[2])):
            return None  # وبقي واحد, يبقى واحد: a verb; a rare word is no evidence
        if (len(best[1]) == 3 and best[1][1] == "ا") or self.k(a + 1).startswith("من"):
            return None  # قال واحد منهم: a hollow verb; "one of them"
        return best[2], "count", "", x

    def _colour_at(self, x) -> bool:
        """Word x is an indefinite feminine adjective of the فعلاء pattern (colours and marks:
        صفراء, حمراء, بيضاء) agreeing with a feminine noun before it (بطاقة صفراء واحدة)."""
        return (self.free(x) and self.kind(x) == "ar" and not self.definite(x) and not self.numword(x)
                and re.fullmatch(r"[^اأإآوفل][^ا][^ا]اء", self.t.text[x]) is not None)

    def _accusative_adjective(self, x, a) -> bool:
        """Word x, between a noun and واحدا at token a, is an indefinite adjective in the accusative
        agreeing with both (مندوبا مناوبا واحدا: the three show the tanwin alef)."""
        return (self.k(a) == "واحدا" and self.free(x) and self.kind(x) == "ar" and not self.definite(x)
                and self.t.text[x].endswith("ا") and self.t.text[x - 1].endswith("ا") and len(self.k(x)) >= 4
                and not self.numword(x) and self.k(x) not in self.lx.not_unit)

    def _nisba_at(self, x) -> bool:
        """Word x is an indefinite nisba adjective (إرهابي, سعودية) agreeing with a noun before it."""
        k = self.k(x)
        return (self.free(x) and self.kind(x) == "ar" and not self.definite(x) and len(k) >= 4
                and k.endswith(("ي", "يه", "يا")) and not self.numword(x)
                and (k[:1] not in ("ي", "ت") or self.t.text[x].endswith("ية")))  # تدريبية: a nisba, not a verb

    # -- after a number (NUMBER_RULES)
    def definite_words(self, num: _Num):
        """Number words after a noun: عام واحد, المحاور الثلاثة; الخمسين (ordinal); الاثنين (Monday) is no figure."""
        a, b, v = num.a, num.b, num.value
        if num.written == "words":
            if num.wtype == "one" and not num.definite and self.percent_after(b):
                return None  # واحد في المئة: one per cent (the percent rule)
            if num.wtype == "one":
                if self._one_opens_range(num):
                    return None  # بين واحد و1.5 في المائة: one, the first end of a range (spelled_range)
                if self.ar and self.k(a) in ("الاحد", "والاحد", "بالاحد", "للاحد"):
                    return NO_FIGURE  # يوم الأحد: Sunday
                if self.ar and _ONE_OF.fullmatch(self.t.text[a]):
                    return NO_FIGURE  # أسرة أحد المتدربين, فريق أحد: "one of", or a name; never a count
                u = self.unit_before(a)
                if u and self.ar and any((b_,) in self.lx.markers.get("one_idiom", {}) for _, b_ in self.bases(u[3])):
                    return NO_FIGURE  # من طرف واحد: unilaterally (an idiom of one_idiom, its noun in units.csv)
                per = self._per_one(a)
                if per is not None and not (u and u[3] != a - 1):
                    u = u or per  # للسهم الواحد, للشخص الواحد: "per share", "per person", one of the thing
                elif self.ar and num.definite and not (u and u[1] in ("measure", "money", "duration")):
                    return NO_FIGURE  # المنزل الواحد: "the same house" (اللتر الواحد: per litre, kept)
                if not u and self.ar and self.k(a) in ("واحد", "واحده", "واحدا"):
                    # not أحد/إحدى: "one of"; حادث إرهابي واحد: a nisba adjective between
                    u = ((self._nisba_at(a - 1) or self._colour_at(a - 1) and self.k(a).endswith("ه")
                          or self._accusative_adjective(a - 1, a))
                         and self._one_noun_before(a, a - 2)) or self._one_noun_before(a)
                if u and u[0] == "ثانية":
                    return NO_FIGURE  # انتظر ثانية واحدة: "just a second"
                if u:
                    kind = u[1] if u[1] in ("duration", "money", "measure") else "count"
                    return _Q(u[3], b, kind, 1, unit=u[0], unit_en=u[2], written="words")
                return NO_FIGURE
            two = the_two(self, a, b) if num.definite else None  # وكتب الاثنان, بلدينا الاثنين: "the two"
            if two is not None:
                return two
            if self.ar and num.definite and self.k(a) in ("الاثنين", "والاثنين", "بالاثنين") and (not self.unit_after(b) or b == a + 1):
                return NO_FIGURE  # Monday; also before an indefinite noun (يعقد غدا الاثنين اجتماع: two never precedes its noun)
            if self.ar and num.definite:
                # definite cardinals: الأربعين عامًا (40 years), سن السبعين (age 70)
                if num.wtype in ("tens", "unit", "compound"):
                    u = self.unit_after(b)
                    if u and u[1] in ("duration", "count", "money", "measure") and not self.k(b).startswith("ال"):
                        return self.counted(a, u, v, num)
                    q = definite_time_span(self, a, b, v, num)  # الثلاثة الأيام الأولى (definite_spans, q68)
                    if q:
                        return q
                    if self.phrase_before(a, "age_word", clitic=True) and num.wtype in ("tens", "compound"):
                        st = self.phrase_before(a, "age_word", clitic=True)[0]
                        return _Q(st, b, "duration", v, unit="سنة", unit_en="year (age)", written="words")
                    if num.wtype in ("tens", "compound") and self._age_after(b):
                        return _Q(a, b, "duration", v, unit="سنة", unit_en="year (age)", written="words")  # في الخمسين من عمره
                if num.wtype == "hundred" and v == 100 and (
                        self.phrase_at(a, "percent_word", clitic=False)
                        or self.k(a - 1) == "في" and (self.phrase_at(a - 1, "percent_word", clitic=False) or (None,))[0] == b):
                    return NO_FIGURE  # في المئة, بالمائة after a figure not read: "per cent", never the hundredth
                if num.wtype == "tens" or (num.wtype == "hundred" and v == 100):
                    q = _Q(a, b, "ordinal", v, written="words")
                    if self.definite(a - 1) and self.free(a - 1):
                        q.a, q.unit = a - 1, self.strip_def(a - 1)
                    return q
                if self.definite(a - 1) and self.free(a - 1):
                    u = self.unit_before(a) or (self.strip_def(a - 1), "count", "", a - 1)
                    if self.k(a - 1).endswith(("اثنين",)):
                        return NO_FIGURE
                    kind = u[1] if u[1] in ("duration", "money", "measure") else "count"
                    return _Q(u[3], b, kind, v, unit=u[0], unit_en=u[2], written="words")
                if self.k(a) in ("الاثنين", "الاثنان"):
                    return NO_FIGURE  # Monday
        return None

    def lexicon_unit(self, num: _Num) -> _Q | None:
        """A counted noun from the lexicon: 3411 عضوًا للحزب."""
        u = self.unit_after(num.b)
        if (not u and self.ar and self.is_p(num.b, _CLOSE_QUOTES) and self.adj(num.b - 1, num.b)
                and self.is_p(num.a - 1, _OPEN_QUOTES) and self.adj(num.a - 1, num.a) and self.free(num.b + 1)):
            # بـ«51» نقطة, «300» ريال: a quoted number before its unit (the quotes in the span)
            u = self.unit_after(num.b + 1)
            return self.counted(num.a - 1, u, num.value, num) if u else None
        return self.counted(num.a, u, num.value, num) if u else None

    def partitive(self, num: _Num) -> _Q | None:
        """A lexicon noun after a partitive: 100 من الأسر."""
        u = self.partitive_unit(num.b)
        return self.counted(num.a, u, num.value, num) if u else None

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
            if kind == "duration" and (num.value or 0) >= 1_000_000:
                return None  # متأخرات العقود البالغة 65 مليونا: contracts amounting to an amount, no millions of decades (q64)
            return _Q(s1, b, kind, num.value, unit=unit, unit_en=en, written=num.written)
        if self.ar and self.free(st - 1) and self.definite(st - 1):
            return _Q(st - 1, b, "count", num.value, unit=self.strip_def(st - 1), written=num.written)
        return _Q(cw[0], b, "count", num.value, written=num.written)

    def partitive_any(self, num: _Num) -> _Q | None:
        """A whole number, من and a definite or suffixed noun: 25 من المؤسسين, عشرة من منسوبيها."""
        if not self.ar or not num.is_int or self.k(num.b) != "من":
            return None
        x = num.b + 1
        if not self.free(x) or self.kind(x) != "ar" or self.k(x) in self.lx.not_unit or self.month_at(x):
            return None
        k = self.k(x)
        if self.definite(x):
            name = self.strip_def(x)
        elif k.endswith(("ها", "هم", "هن", "نا")) and len(k) > 4:
            name = self.t.text[x]
        else:
            return None
        if k in ("الشهر", "العام", "السنه", "الشهر الجاري") or self.phrase_at(x, "this_year", clitic=False):
            return None
        q = _Q(num.a, x + 1, "count", num.value, unit=name, written=num.written, reading=num.reading)
        return q

    def shared_unit(self, num: _Num) -> _Q | None:
        """A number whose unit follows the next number: -5 و-7 درجات مئوية, 3 أو 4 أشخاص."""
        b = num.b
        dim = self.k(b) in ("في", "by")  # 33 في 46 سنتمترا, 3 by 4 metres: the dimensions of a measure
        if self.k(b) not in ("و", "او", "or", "and") and not dim:
            return None
        x = b + 1
        if self.is_p(x, "-−") and self.adj(x, x + 1):
            x += 1
        if self.kind(x) != "num" or not self.free(x):
            return None
        num2 = self.parse_number(x)
        u = self.unit_after(num2.b) if num2 else None
        if not u or dim and u[1] != "measure":
            return None
        q = self.counted(num.a, u, num.value, num)
        q.b = num.b
        return q

    def quoted_title_number(self, num: _Num) -> _Q | None:
        """Digits closing a quoted title after its words (فيلم «المهمة: مستحيلة 5», لعبة «فيفا 16»), or a
        name in brackets (إعلان (جنيف 1)):
        part of the name, a label; not a quoted number alone («300» ريال) nor after a function
        word, an approximation («أكثر من 5») or a definite subject («عدد المصابين 12»)."""
        a, b = num.a, num.b
        # a version closes a name as a whole number does: «ديسبلاي بورت 1.2» (one decimal dot, small)
        version = (not num.plain and num.written == "digits" and num.b == num.a + 1 and num.value < 100
                   and self.t.text[a].count(".") == 1)
        if not (self.ar and num.written == "digits" and (num.plain or version)
                and self.is_p(b, _CLOSE_QUOTES + ")″") and self.adj(b - 1, b)):
            return None  # (″, a double prime, closes “...″ in some outlets' text)
        paren = self.is_p(b, ")")  # (جنيف 1): a name and its number in brackets
        # «إس.إي 370»: a letter of an abbreviation after a dot is no function word
        abbrev = self.is_p(a - 2, ".") and self.adj(a - 2, a - 1) and self.is_word(a - 3) and self.adj(a - 3, a - 2)
        if not (self.free(a - 1) and self.kind(a - 1) == "ar") or (self.k(a - 1) in self.lx.not_unit and not abbrev):
            return None
        if (self.k(a - 1) in _stopwords("ar") and not abbrev) or self.phrase_before(a, "approx") or self.definite(a - 1):
            return None  # «عدد المصابين 12»: a definite subject and its number (a count)
        for x in range(a - 2, max(-1, a - 6), -1):
            if self.kind(x) == "ar" and any(b_ in ("عدد", "عددهم", "عددها") for _, b_ in self.bases(x)):
                return None  # «عدد ... 12»: a count given in the quotation
            if paren:
                if self.is_p(x, "("):
                    return _Q(a, b, "label", num.value, written=num.written)
                if not self.is_word(x):
                    return None
                continue
            if self.is_p(x, _OPEN_QUOTES) or (self.is_p(x, _CLOSE_QUOTES) and self.adj(x, x + 1)
                                               and (not self.adj(x - 1, x) or self.k(x - 1) == "و")):
                # (»فوستوك 4»: a closing quote glued to the word it opens, turned the wrong way)
                return _Q(a, b, "label", num.value, written=num.written)
            if self.is_p(x, _CLOSE_QUOTES) or self.kind(x) == "num":
                return None
        return None

    def degree_mark(self, num: _Num) -> _Q | None:
        """A degree sign glued to a number is a temperature: 74°, 48º, and 74ْ (a sukun written
        as the degree sign); not a number followed by a spaced sign or a word."""
        a, b = num.a, num.b
        if num.written != "digits":
            return None
        os_, oe = self.nt.to_original(self.t.s[b - 1], self.t.e[b - 1])
        text = self.nt.original
        end = b
        if oe > 0 and text[oe - 1] == "\u0652":
            pass  # the sukun is part of the number's token
        elif text[oe:oe + 1] in ("°", "º", "\u0652"):
            if b < self.t.n and self.adj(b - 1, b) and self.kind(b) == "p":
                end = b + 1
        else:
            return None
        u = self._unit_lookup_word("درجة مئوية")
        unit, kind, en = u if u else ("درجة مئوية", "measure", "degree Celsius")
        return _Q(a, end, "measure", num.value, unit=unit, unit_en=en, written=num.written, reading=num.reading)

    def metre_abbrev(self, num: _Num) -> _Q | None:
        """A spaced م after a number is a metre when a length, height or depth noun stands a few
        words before (يبلغ ارتفاعها 555 م, بئر عمقه 25 م); after a year it is the Gregorian era.
        A glued م too (سباق 50م فراشة, مساحته 4000م) when the number is no year-like figure (1800-2100)."""
        a, b = num.a, num.b
        if not self.ar or num.written != "digits" or self.k(b) != "م":
            return None
        if self.k(b + 1) == "ط" and self.free(b + 1) and not self.adj(b, b + 1):
            # 1200م ط, 300 م ط: a metre of length (متر طولي), whatever the number
            u = self._unit_lookup_word("متر")
            unit, kind, en = u if u else ("متر", "measure", "metre")
            return _Q(a, b + 2, "measure", num.value, unit=unit, unit_en=en, written=num.written, reading=num.reading)
        if self.unit_after(b):
            return None  # 2500 م2, 12000م٢: a square metre, read by the lexicon
        if self.adj(b - 1, b) and not num.plain:
            return None  # (a glued م of 1000 and more too, near an area or length: مساحته بحوالي 4000م; not a year)
        if num.plain and 1800 <= num.value <= 2100:
            return None
        dims = self.lx.markers.get("dimension_word", {})
        for x in range(max(0, a - 3), a):
            if any(any(b_.startswith(d[0]) or d[0].endswith(("ة", "ه")) and b_.startswith(d[0][:-1] + "ت")
                       for d in dims) for _, b_ in self.bases(x)):  # (مساحته: the ة before a pronoun)
                u = self._unit_lookup_word("متر")
                unit, kind, en = u if u else ("متر", "measure", "metre")
                return _Q(a, b + 1, "measure", num.value, unit=unit, unit_en=en, written=num.written, reading=num.reading)
        return None

    def fallback(self, num: _Num) -> _Q | None:
        """A noun the lexicon does not know, as written: 15 متطوعا; ثلاثة أرباع (a fraction: 0.75)."""
        den = _FRACTION_PLURALS.get(self.k(num.b)) if self.ar and self.free(num.b) else None
        if den and 1 < num.value < den and float(num.value).is_integer():
            q = _Q(num.a, num.b + 1, "fraction", round(num.value / den, 6), written=num.written)
            if self.free(num.b + 1) and self.kind(num.b + 1) == "ar" and self.definite(num.b + 1):
                q.unit, q.b = self.strip_def(num.b + 1), num.b + 2  # ثلاثة أرباع السكان
            return q
        k = self.k(num.b)
        if self.ar and k.startswith("و") and self.free(num.b) and num.written == "words" and num.value >= 100:
            e = self.lx.duals.get(k[1:])
            if e and e[1] == "duration":  # منذ مئة وعامين: a hundred and two years
                return _Q(num.a, num.b + 1, "duration", num.value + 2, unit=e[0], unit_en=e[2], written="words")
        u = self.fallback_unit(num.b, num.value)
        return self.counted(num.a, u, num.value, num) if u else None

    def currency_before(self, num: _Num) -> _Q | None:
        """A currency before the number: VND 10 billion."""
        u = self.unit_before(num.a)
        if u and u[1] == "money":
            return _Q(u[3], num.b, "money", num.value, unit=u[0], unit_en=u[2], written=num.written,
                      currency=self.currency_of(u[0]), reading=num.reading)
        return None

    def plain_count(self, num: _Num) -> _Q:
        """Anything else: a count without a noun (a bare مليار after money keeps its currency: see ``post``)."""
        return _Q(num.a, num.b, "count", num.value, written=num.written, reading=num.reading)

    # -- helpers
    def vague(self, i, nw) -> _Q | None:
        """عشرات/مئات/آلاف X, thousands of X: 'more than' the scale."""
        v = nw[0]
        if self.ar and any(b_ in _FEW for _, b_ in self.bases(i)) and not (
                self.free(i + 1) and self.kind(i + 1) == "ar" and self.k(i + 1) not in self.lx.not_unit
                and not self.numword(i + 1)):
            return None  # بضعة alone, بضعة آلاف (the thousands are the figure)
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
        if self.ar and j == i + 1 and self.k(i).startswith("بال") and not (self.free(j) and self.unit_after(j, allow_definite=True)):
            return _Q(i, j, "count", None, approx="more_than", written="words")  # الخادمات بالملايين: by the millions
        if self.ar and (j >= self.t.n or not self.is_word(j) or self.k(j) in self.lx.not_unit):
            # no noun counted: إصابة المئات خلال (hundreds: vague), تظاهر عشرات الآلاف في (tens of thousands)
            if j == i + 1:  # المئات: value unknown; ملايين إضافية: more than a million
                return _Q(i, j, "count", None if nw[2] in _DEFINITE else v, approx="more_than", written="words")
            if j == i + 2 and self.k(j - 1) != "من":
                return _Q(i, j, "count", v, approx="more_than", written="words")
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
        if self.ar and nw[2] in _DEFINITE and (j == i + 1 or j == i + 2 and self.k(i + 1) == "من"):
            v = None  # الملايين من الناس: the definite plural alone is vague, no scale to stand for
        q = _Q(i, end, kind, v, unit=unit, unit_en=en, approx="more_than", written="words")
        if self.ar and any(b_ in _FEW for _, b_ in self.bases(i)):
            if j != i + 1 or kind != "duration":
                return None  # ببضع كلمات, بضعة أسطر: "a few", no figure a reader counts
            q.value, q.approx = None, "about"  # بضعة أشهر: a few months, no number said
        if kind == "money":
            q.currency = self.currency_of(unit)  # ملايين من الدولارات: USD
        return q


#: the least zipf of a noun before واحدا when both show the tanwin alef (مفجرا واحدا; q77)
_TANWIN_ONE_ZIPF = 2.0


def _noun_shaped(body: str) -> bool:
    """A word that the verb guard of ``_one_noun_before`` would take for a verb but whose shape is a noun's
    (session 41, q58): a ت- word ending in ة (تغريدة واحدة, تذكرة واحدة: no verb ends in ة).  Not a م- word
    ending in ى (مبنى واحد is a count, but معنى واحد, مستوى واحد, مسمى واحد are "the same": 1 of 6 on snnall)."""
    return body.startswith("ت") and body.endswith("ة") and len(body) >= 4
