"""Rules for figures that name rather than count: document codes (``03-NQ/TU``), years and
year ranges, labels (``اللجنة التوجيهية 138``, ``المعيار رقم 19``).  The ordinals (``الـ79``, ``الثالث عشر``,
``79th``) are in :mod:`.ordinals` (split from here in round 34, behaviour unchanged)."""
from __future__ import annotations

import re

from .year_lists import year_chain_end
from ..tokens import stopwords as _stopwords
from .bracketed_labels import bracketed_label, worth_after_bracket
from .name_numbers import number_after_name
from .people_counts import people_after
from .plural_heads import plural_before
from .figure import NO_FIGURE, Figure as _Q
from .model_pairs import model_series
from .score_pairs import falling_score, rising_score, spaced_slash_score
from .numbers import Number as _Num
from .units import _FATHATAN, _preposition_led
from ..normalize import key as key_of


#: quote marks around a number that names (المركز رقم "298"): skipped between it and its label word
_QUOTES = "\"«»“”"
_LABEL_SKIP = ".(" + _QUOTES


#: prepositions of time before a bare year (key form): في 1900, منذ 1800
_YEAR_PREPS = frozenset(("في", "منذ", "عام", "سنه", "حتي", "قبل", "بعد", "خلال", "الي", "من", "وفي", "ومنذ", "حوالي"))


#: kinds of number word that spell a whole amount (no scale word, ordinal or fraction): the bracketed digits before one gloss it
_WORD_GLOSSED = frozenset({"one", "unit", "ten", "tens", "hundred", "hundreds"})

class _LabelRules:
    """Code, year and label rules (a scanner mixin)."""

    # -- at a token (START_RULES)
    def doc_code(self, i) -> _Q | None:
        """A code token kept whole (03-NQ/TU), with its document noun and the glosses of its parts."""
        if self.kind(i) != "code" or self.letter_glued(i):
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

    def name_number(self, num: _Num):
        """Numbers that name: ميغ 29, لكزس 570 (a label); a score (2-2), a list marker inside a
        paragraph (: 1. ...), a file name (IMG_1234_resize.JPG, الصورة(2).jpg), a phone or SMS
        number (a label)."""
        if num.written != "digits":
            return None
        series = model_series(self, num)  # بوينج 777-200: a model and its series
        if series is not None:
            return series
        series = falling_score(self, num)  # 2-2, 4-1: a score, whatever words stand before it
        if series is not None:
            return series
        series = spaced_slash_score(self, num)  # فيلا 4 / 0: a score, not a villa's number
        if series is not None:
            return series
        series = rising_score(self, num)  # الإنجليزي 1-3 in a match report: a score (q81)
        if series is not None:
            return series
        a, b = num.a, num.b
        t = self.t.text[a]
        # a file name or an identifier: glued to _ or followed by ).jpg
        if self.is_p(a - 1, "_") and self.adj(a - 1, a) or self.is_p(b, "_") and self.adj(a, b):
            return NO_FIGURE
        if self.is_p(b, ")") and self.is_p(b + 1, ".") and self.kind(b + 2) == "lat" and self.adj(b, b + 1):
            return NO_FIGURE
        # a verse number in brackets before its sura: (93) سورة النساء (الآية 93: a name_word)
        if (num.is_int and self.ar and self.is_p(a - 1, "([") and self.is_p(b, ")]")
                and self.k(b + 1) in ("سوره", "بسوره") and self.kind(b + 2) == "ar"
                and self.k(b + 2) not in _stopwords("ar") and not self.numword(b + 2)):
            return _Q(a - 1, b + 1, "label", num.value, unit="آية", unit_en="verse")  # not (30) سورة من القرآن
        # a code of letters and a number in brackets after رقم or a name word: رقم (إم.إتش. 370), الرحلة (MH 17)
        if num.is_int and self.is_p(b, ")") and not self.is_p(a - 1, "("):
            x = a - 1
            while x > a - 7 and (self.is_p(x, ".-") or self.is_word(x) and len(self.t.text[x]) <= 4):
                x -= 1
            if (x < a - 1 and self.is_p(x, "(") and self.is_word(x + 1)
                    and (self.phrase_before(x, "label_word", clitic=True) or self.phrase_before(x, "name_word", clitic=True))):
                return _Q(x, b + 1, "label", num.value)
        # a model or product name: ميغ 29, طائرات بوينغ 777, لكزس 570
        j = a
        bracketed = self.is_p(a - 1, "(") and self.is_p(b, ")") or self.is_p(a - 1, "«") and self.is_p(b, "»")
        if bracketed:
            j = a - 1  # دور (16): a round of a cup; دور الـ «32»
        if self.t.text[j - 1] in ("ال", "الـ"):
            j -= 1  # دور الـ32, دور الـ (32)
        hit = self.phrase_before(j, "name_word", clitic=True, skip_p="-")
        if hit and num.is_int and not self.unit_after(b + (j < a and bracketed)) and not self.percent_after(b):
            if bracketed:
                b += 1  # دور الـ (32): the closing bracket too
            return _Q(hit[0], b, "label", num.value, unit=" ".join(self.t.text[x] for x in range(hit[0], a) if self.is_word(x)))
        # a number closing a quoted title: فيلم «ذا جيفت 2015», «رؤية 2030» (a name, not a year or a count)
        if (self.ar and num.is_int and num.written == "digits" and 1900 <= num.value <= 2100 and self.is_p(b, "»”\"")
                and self.is_word(a - 1) and self.free(a - 1) and self.k(a - 1) not in _stopwords("ar")
                and self.t.text[a - 1] not in _stopwords("ar")
                and not self.phrase_before(a, "year_word", clitic=True)
                and self._quote_opens_before(a, self.t.text[b])):
            return _Q(a, b, "label", num.value)
        # a discipline named by a number and a noun: فردي 9 كرات (9-ball pool), not nine balls
        na = self.phrase_at(b, "name_after", clitic=False) if self.ar and num.is_int else None
        if (na and str(int(num.value)) in na[1].split("|")
                and any(self.phrase_at(x, "discipline_cue", clitic=True) for x in range(max(0, a - 3), a))):
            return _Q(a, na[0], "label", num.value)
        # an address: a number after a district's name (حي الصفا 9, بحي النسيم 3)
        if (self.ar and num.is_int and self.kind(a - 1) == "ar" and self.definite(a - 1) and self.free(a - 1)
                and self.phrase_before(a - 1, "district_word", clitic=True) and not self.unit_after(b)):
            return _Q(a - 1, b, "label", num.value)
        # a numbered place: digits right after an indefinite place noun name it (من قرية 3، محطة 5):
        # a counted number never follows its noun in digits; not before a counted noun (منطقة 3 آلاف نسمة
        # has its scale; قاعة 5 أمتار a unit), nor a year (محطة 2030)
        if (self.ar and num.is_int and self.kind(a - 1) == "ar" and self.free(a - 1) and not self.definite(a - 1)
                and not 1900 <= num.value <= 2100 and self.phrase_before(a, "numbered_place", clitic=True)
                and not self.unit_after(b) and self.percent_after(b) is None and self.k(b) != "من"
                and self.k(a - 2) not in ("كل", "لكل", "بكل", "وكل")  # كل قرية 5 من الأطباء: five for each
                and not self._accusative_noun(b, num.value) and not self._counted_noun_after(b, num.value)):
            return _Q(a - 1, b, "label", num.value, unit=self.strip_def(a - 1))
        q = number_after_name(self, num)  # مركبة أبوللو 11, اتفاقات مينسك 2 (round 40)
        if q is not None:
            return q
        # a score: (2-2), 3-1, بنتيجة 2-1
        if self.is_p(b, "-–:") and self.kind(b + 1) == "num" and t.isdigit() and int(t) < 20:
            t2 = self.t.text[b + 1]
            if t2.isdigit() and int(t2) < 20 and (
                (self.is_p(a - 1, "(") and self.is_p(b + 2, ")")) or self.phrase_before(a, "score_word", clitic=True)
            ):
                st, en = (a - 1, b + 3) if self.is_p(a - 1, "(") else (a, b + 2)
                return _Q(st, en, "label", num.value, int(t2))
        # a group named by its members: دول «5 + 1», مجموعة 5+1 (the permanent five plus Germany)
        if t.isdigit() and self.is_p(b, "+") and self.kind(b + 1) == "num" and self.t.text[b + 1].isdigit():
            return _Q(a, b + 2, "label", num.value, int(self.t.text[b + 1]))
        if t.isdigit() and self.is_p(a - 1, "+") and self.kind(a - 2) == "num":
            return _Q(a, b, "label", num.value)
        # a football formation: three or more single digits joined by dashes (4 - 2 - 3 - 1, 4-4-2)
        if t.isdigit() and len(t) == 1:
            x = b
            while self.is_p(x, "-–") and self.kind(x + 1) == "num" and len(self.t.text[x + 1]) == 1 and self.t.text[x + 1].isdigit():
                x += 2
            if x - b >= 4 and not (self.is_p(a - 1, "-–") and self.kind(a - 2) == "num"):
                return _Q(a, x, "label", num.value)
        # a score after a score word written with a slash or a dash, whatever its size: بنتيجة 34/15
        if (t.isdigit() and self.is_p(b, "/-–:") and self.kind(b + 1) == "num" and self.t.text[b + 1].isdigit()
                and not (self.is_p(b + 2, "/") and self.kind(b + 3) == "num")
                and self.phrase_before(a, "score_word", clitic=True)):
            return _Q(a, b + 2, "label", num.value, int(self.t.text[b + 1]))
        # a score a few words after a win, a loss or a draw: خسرها المنتخب 1-3, فاز على ضيفه 2 - 1, or right
        # before a penalty shootout: ثم 4- 6 بركلات الترجيح (session 39); the
        # points of a set or a game too (كسب الشوط الأول 25-16, فاز 85-78, a dash drawn with tatweel: 26 ــ 24);
        # not a range of a counted noun (فاز 30 ــ 40 مرشحا)
        if (t.isdigit() and self.is_p(b, "-–/") and self.kind(b + 1) == "num"
                and self.t.text[b + 1].isdigit() and max(int(t), int(self.t.text[b + 1])) < 200
                and (not self.is_p(b, "/") or max(int(t), int(self.t.text[b + 1])) < 20)  # الفوز على تشيلسي 1 / 0
                and not (self.is_p(a - 1, "-–") or self.is_p(b + 2, "-–/"))
                and not self.unit_after(b + 2) and self.percent_after(b + 2) is None
                and not self._counted_noun_after(b + 2, int(self.t.text[b + 1]))
                and not self._accusative_noun(b + 2, int(self.t.text[b + 1]))
                and (self._match_word_before(a) or self.phrase_at(b + 2, "shootout_word"))):
            return _Q(a, b + 2, "label", num.value, int(self.t.text[b + 1]))
        # a score with the word صفر (nil): 1 - صفر, صفر - 2, 2 / صفر (not a date in the month Safar: 15/صفر/1437)
        if t.isdigit() and int(t) < 20 and (
                self.is_p(b, "-–") and self.k(b + 1) == "صفر"
                or self.is_p(b, "/") and self.k(b + 1) == "صفر" and not self.is_p(b + 2, "/-")
                and self.kind(b + 2) != "num"
                or self.is_p(a - 1, "-–") and self.k(a - 2) == "صفر"
                # صفر/ 1, صفر / 3: the slash after the nil, not a date's (15/صفر/1437: a part before صفر)
                or self.is_p(a - 1, "/") and self.k(a - 2) == "صفر" and not self.is_p(a - 3, "/-")
                and not self.is_p(b, "/-")):
            return (_Q(a, b + 2, "label", num.value, 0) if self.k(b + 1) == "صفر"
                    else _Q(a - 2, b, "label", 0, num.value))
        # tennis sets: 6/3 و5/7, بنتيجة 3/6 (two small numbers glued by a slash, among sets or after a score word)
        if self._set_score_at(a) and (
                self.phrase_before(a, "score_word", clitic=True) or self.is_p(a - 1, "(")
                or (self.k(a + 3) == "و" or self.is_p(a + 3, "،,")) and self._set_score_at(a + 4)
                or self.k(a - 1) == "و" and self._set_score_at(a - 4) or self.is_p(a - 1, "،,-–") and self._set_score_at(a - 4)):
            return _Q(a, a + 3, "label", num.value, int(self.t.text[a + 2]))
        # tennis sets written with dashes and joined by و or a comma: (6-4 و 6-3), 7-5، 6-2; each set is won
        # at 6 or 7 games, so one side of every pair is 6 or 7 (not a range: 3-4 و5-6 سنوات)
        if self._dash_set_at(a) and (
                (self.k(a + 3) == "و" or self.is_p(a + 3, "،,")) and self._dash_set_at(a + 4)
                or self.k(a - 1) == "و" and self._dash_set_at(a - 4) or self.is_p(a - 1, "،,") and self._dash_set_at(a - 4)):
            return _Q(a, a + 3, "label", num.value, int(self.t.text[a + 2]))
        # two numbers joined by a slash that make no date, year pair or fraction of a unit: a plan or lot
        # number (لمخطط (193/3), المخطط 12/16), a score (2/2), a ratio (80/20): one name, not two counts
        if self.ar and self._slash_pair_at(a):
            return _Q(a, a + 3, "label", num.value)
        # a decimal in brackets before the amount in words, as contracts write it: (15.4) خمسة عشر مليون
        # وأربعمائة ألف ريال, (9.4) تسعة ملايين: the words are the figure, the digits a short gloss (round 43);
        # not a scale word after them ((100) ألف ريال: the digits count the thousands), nor whole digits
        # that are the amount itself ((30.000) ثلاثين ألف منشأة: 30000, pinned in round 37)
        nw_after = (self.numword(b + 1) if self.ar and self.is_p(a - 1, "(") and self.is_p(b, ")")
                    and not float(num.value).is_integer() else None)
        if nw_after and nw_after[1] in _WORD_GLOSSED and self.free(b + 1):
            return _Q(a, b + 1, "label", num.value)
        # a count written in parentheses: تشغيل (20) فرعا, بـ(23) ميدالية, ابن المدعية (16) سنة; not the
        # number of an article or a clause (والمادة (17) مدة التقادم, البند (3) مبلغ الغرامة)
        # (a decimal only before a unit of the lexicon: تزن (615.5) غرام)
        if (self.ar and self.is_p(a - 1, "(") and self.is_p(b, ")") and a - 1 > 0
                and (num.is_int or self.unit_after(b + 1)) and not self._label_noun_at(a - 2)):
            u = self.unit_after(b + 1)
            if not u and (self._accusative_noun(b + 1, num.value) or self._counted_noun_after(b + 1, num.value)
                          or not self.phrase_before(a - 1, "label_word", clitic=True) and self._bracketed_noun(b + 1, num.value)):
                u = self.fallback_unit(b + 1, num.value)
            if u:
                return self.counted(a - 1, u, num.value, num)
        # a goal's minute in brackets after its scorer's name: سجل للضيوف خالد (23) وعادل (70), محرز (18 و25 من
        # ركلة جزاء): an ordinal of unit دقيقة (minutes)
        minute = self.goal_minute(num)
        if minute is not None:
            return minute
        # a part or section number closing a short heading (بعد التفجير (2), تحديث (1), رحلة في عقل إرهابي (1))
        # or standing alone ((3)): a label, not a count of the word before it
        if (self.ar and num.is_int and 1 <= num.value <= 30 and self.is_p(a - 1, "(") and self.is_p(b, ")")
                and b + 1 >= self.t.n and self._short_heading(a - 1)):
            return _Q(a - 1, b + 1, "label", num.value)
        # a list marker inside a paragraph: "...: 1. ... 2. ..."
        if (t.isdigit() and int(t) < 30 and self.is_p(b, ".)-") and self.is_word(b + 1)
                and (a == 0 or self.is_p(a - 1, ":.؛;-–•*") or self.is_p(a - 1, "(") and self.is_p(b, ")"))
                and not worth_after_bracket(self, a, b)):
            return _Q(a, b + 1, "label", num.value)
        # a phone or SMS number: a leading zero, or after a contact word (جوال, الرقم المجاني), or an
        # SMS short code before a dash and a mobile operator (88000 - Zain, 600000 - موبايلي); after a verb
        # of calling (الاتصال بـ 19911, اتصل على 1909) when no counted noun follows (الاتصال بـ 1500 مستفيد)
        x = b + 1 if self.is_p(b, "-–") else b
        if t.isdigit() and len(t) >= 4 and (t.startswith("0") and len(t) >= 7 or self.phrase_before(a, "contact_word", clitic=True)
                                            or self.phrase_at(x, "operator_word", clitic=False)
                                            or self._called_number(a, b, num.value)):
            return _Q(a, b, "label", num.value)
        return None

    def _called_number(self, a, b, value) -> bool:
        """Digits from token a to b follow a verb of calling (``call_word``: الاتصال بـ 19911, اتصل على 1909)
        and no counted noun or partitive follows them (الاتصال بـ 1500 مواطن, بـ 1500 من المستفيدين); an
        extension after them (6760000 تحويلة 3118) is no counted noun."""
        if not (self.ar and self.phrase_before(a, "call_word", clitic=True)):
            return False
        if self.phrase_at(b, "contact_word", clitic=False):
            return True
        nxt = self.t.text[b] if b < len(self.t.text) else ""
        return not (self.unit_after(b) or self.k(b) in ("من", "ومن") or self.is_word(b) and nxt.endswith(("ا", "اً"))
                    or self._counted_noun_after(b, value) or self._accusative_noun(b, value))

    def _short_heading(self, x) -> bool:
        """The paragraph before the bracket at token x is a short heading: at most eight words, no dash or
        bullet opening it (``- إنشاءات (57)``: a tally), no ``count_word`` in it (``وبلغ عدد القتلى (12)``), and
        no article, preposition, number or rank noun
        right before the bracket (الملتقى الصيفي الـ(13), التحدي بـ (2), المرتبة (13))."""
        if x == 0:
            return True
        if self.is_p(0, "-–•*") or sum(1 for y in range(x) if self.is_word(y)) > 8:
            return False
        cues = self.lx.markers.get("count_word", {})
        if any(self.is_word(y) and any((b,) in cues for _, b in self.bases(y)) for y in range(x)):
            return False  # وبلغ عدد القتلى (12): a count said of its noun
        w = self.t.text[x - 1]
        return (self.is_word(x - 1) and self.kind(x - 1) == "ar" and w not in ("ال", "الـ", "بـ", "ب", "لـ", "ل")
                and w not in _stopwords("ar") and self.k(x - 1) not in _stopwords("ar") and not self.numword(x - 1)
                and not self.phrase_before(x, "rank_noun", clitic=True))

    def _quote_opens_before(self, a, close) -> bool:
        """A quote that ``close`` (», ” or a straight ") closes opens among the four tokens before token
        a, with no other quote, full stop or comma between: «ذا جيفت 2015», "فبراير الكويت 2015"."""
        opens = '"' if close == '"' else "«“"
        for x in range(a - 2, max(-1, a - 6), -1):
            if self.is_p(x, opens):
                # straight quotes also quote statements: "إن الخطة تنتهي 2018" opens with a function word
                return close != '"' or self.k(x + 1) not in _stopwords("ar")
            if self.is_p(x, '»”".،,'):
                return False
        return False

    def _label_noun_at(self, x) -> bool:
        """Token x is a definite noun that names things by number in the lexicon (``units.csv`` kind
        ``label``: المادة, البند, المعيار; not a document noun: استمرت الخطة (5) سنوات)."""
        if not (self.free(x) and self.definite(x)):
            return False
        u = self._unit_lookup([x], self.lx)
        return bool(u and u[1] == 1 and u[0][1] == "label")

    def _match_word_before(self, a) -> bool:
        """A ``match_word`` (خسر, فاز, تعادل ...) among the six words before token a, in the same clause."""
        table = self.lx.markers.get("match_word", {})
        for x in range(a - 1, max(-1, a - 7), -1):
            if self.is_p(x, ".،,؛:!?؟"):
                return False
            if self.is_word(x) and any((b_,) in table for _, b_ in self.bases(x)):
                return True
        return False

    def _slash_pair_at(self, x) -> bool:
        """Tokens x, x+2: two whole numbers of one to three digits joined by a slash (the second may
        follow a space), with no third part (6/8/2015 is a date), no unit or percent sign after, and
        not a day and a month (15/8 is read as a date by its own rules when a day word comes before)."""
        if not (self.kind(x) == "num" and self.is_p(x + 1, "/") and self.kind(x + 2) == "num"
                and self.adj(x, x + 1) and self.free(x + 2)):
            return False
        t1, t2 = self.t.text[x], self.t.text[x + 2]
        if not (t1.isdigit() and t2.isdigit() and len(t1) <= 3 and len(t2) <= 3):
            return False
        if self.is_p(x + 3, "/-") or self.is_p(x - 1, "/-") and self.adj(x - 1, x):
            return False
        if self.unit_after(x + 3) or self.percent_after(x + 3) is not None or self.phrase_before(x, "day_word"):
            return False
        return True

    def _dash_set_at(self, x) -> bool:
        """Tokens x, x+2: a tennis set written with a dash (6-4, 7 - 5): two single digits, one of them 6
        or 7, the other at most 7, not part of a longer chain (4-4-2) and no unit or percent after."""
        if not (self.kind(x) == "num" and self.is_p(x + 1, "-–") and self.kind(x + 2) == "num"):
            return False
        t1, t2 = self.t.text[x], self.t.text[x + 2]
        if not (len(t1) == len(t2) == 1 and t1.isdigit() and t2.isdigit() and t1 != t2):
            return False
        if max(int(t1), int(t2)) not in (6, 7) or self.is_p(x + 3, "-–/") or self.is_p(x - 1, "-–/"):
            return False
        return not self.unit_after(x + 3) and self.percent_after(x + 3) is None

    def _set_score_at(self, x) -> bool:
        """Tokens x, x+2: two numbers 0-7 glued by a slash, not part of a date (6/3, not 6/3/2015)."""
        if not (self.kind(x) == "num" and self.is_p(x + 1, "/") and self.kind(x + 2) == "num"
                and self.adj(x, x + 1) and self.adj(x + 1, x + 2)):
            return False
        t1, t2 = self.t.text[x], self.t.text[x + 2]
        return (t1.isdigit() and t2.isdigit() and int(t1) <= 7 and int(t2) <= 7 and len(t1) == len(t2) == 1
                and not (self.is_p(x + 3, "/") and self.adj(x + 2, x + 3)))

    def place_number_word(self, i):
        """A definite number word right after a street or road noun names the place, not a rank:
        شارع الستين, طريق الخمسين, شارع الستين والأربعين (one label; not الشارع الثاني في الحي: an
        ordinal of the first ten is read by the ordinal rules)."""
        if not self.ar or not self.kind(i) == "ar" or not self.definite(i):
            return None
        nw = self.numword(i)
        if not nw or nw[1] not in ("tens", "hundred", "hundreds") and not (nw[1] == "ordinal" and nw[0] > 10):
            return None
        if not self.phrase_before(i, "place_word", clitic=True):
            return None
        b = i + 1
        if self.k(b).startswith("و") and self.kind(b) == "ar" and self.free(b):
            nw2 = self.numword(b)
            if nw2 and nw2[1] in ("tens", "hundred", "hundreds"):
                b += 1  # شارع الستين والأربعين: two streets named together
        return _Q(i - 1, b, "label", nw[0], written="words")

    # -- after a number (NUMBER_RULES)
    def enumerator(self, num: _Num):
        """A paragraph-initial enumerator ("1." / "2)") is no figure."""
        a, b, v = num.a, num.b, num.value
        if (num.written == "digits" and a == 0 and self.is_p(b, ".)") and v < 100
                and (b + 1 >= self.t.n or not self.kind(b + 1) == "num")):
            return NO_FIGURE
        return None

    def _plural_before(self, x):
        """(unit, kind, en, start) when the words before token x (``الـ``) end in a definite plural noun
        (``الولايات الـ 50``, ``الأعضاء الـ 24``, ``فرقها الـ14``): a number after it counts its members
        rather than ranking them (:mod:`.plural_heads`)."""
        return plural_before(self, x)

    def _priced_range_end(self, b, y1) -> bool:
        """After a year-like number closing at token b, a range word (-, إلى, و) opens a larger number that is no
        year and carries a unit, a currency or a percent: the two are one range of amounts (2000 - 2400 ريال)."""
        if self.is_p(b, "-–—") or self.k(b) in ("الي", "و", "حتي"):
            j = b + 1
        else:
            return False
        if self.kind(j) != "num" or not self.free(j) or self.year_at(j):
            return False
        num2 = self.parse_number(j)
        if not num2 or num2.value <= y1 or num2.scale > 1:
            return False
        return bool(self.unit_after(num2.b) or self.percent_after(num2.b) is not None)

    def year_rule(self, num: _Num) -> _Q | None:
        """عام 2024, 2019-2024, من 2022 حتى نهاية 2024; a four-digit count (1950 مواطنًا) is not a year."""
        if not (num.written == "digits" and num.plain and num.ndigits == 4 and 1800 <= num.value <= 2100):
            return None
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
                end, y2 = year_chain_end(self, b + 2, y2) if y2 == y1 + 1 else (b + 2, y2)  # 2016 - 2017 - 2018 (q85)
                return _Q(st, end, "year_range", y1, y2, date=f"{y1:04d}/{y2:04d}")
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
        if self.ar:
            edge = self.phrase_before(st, "range_edge", clitic=True)
            season = None if edge else self.phrase_before(st, "season_word", clitic=True)
            if season and not (self.free(season[0] - 1) and self.k(season[0] - 1) in ("بن", "ابن", "ابو", "بنت")):
                edge = season  # ربيع عام 2013; not the name محمد بن ربيع
            if edge and (yw or self.free(a - 1)):
                # بدايات عام 2012, مطلع 2016, أواخر 2014, ربيع عام 2013, في نهاية 2014: a stretch of the year,
                # not the year; also after a deadline or a starting point (بحلول نهاية 2015, منذ بداية عام
                # 2014, بنهاية 2014): the readers of blind26, 27, 29, 35, pages19 and 21 write a period there
                return _Q(edge[0], suffix, "period", None, date=f"{y1:04d}")
        if yw:
            return _Q(st, suffix, "year", y1, date=f"{y1:04d}")
        if rf and self._priced_range_end(b, y1):
            return None  # ما بين 2000 إلى 2400 ريال: the low end of a range of riyals, not the year 2000
        # a four-digit count: 1950 مواطنًا, 2024 مشروعا
        if self.percent_after(b) is not None or self.unit_after(b) or self.partitive_unit(b):
            return None
        if self.phrase_before(a, "approx") or self.phrase_before(a, "count_word"):
            return None
        if people_after(self, b, a):
            return None  # أعدم 2070 من مواطني نينوى: a count of people, not the year 2070
        if self.ar and self.fallback_unit(b) and self.t.text[b].endswith("ا"):
            os_, oe = self.nt.to_original(self.t.s[b], self.t.e[b])
            if _FATHATAN in self.nt.original[os_:oe]:
                return None  # tanwin: an accusative counted noun
        if self.ar and y1 % 100 == 0 and self._hundreds_noun(a, b, y1):
            return None  # 1800 مهاجر: after whole hundreds the counted noun is a genitive singular
        return _Q(a, suffix, "year", y1, date=f"{y1:04d}")

    def _latin_name_word(self, x) -> bool:
        """Latin word x is part of a name: capitalised (The Beat), a brand with a capital inside (iPad, iOS), or
        a lower-case word right after one of those in an Arabic paragraph (iPad mini 4: a model; session 53, q79)."""
        w = self.t.text[x]
        if w[:1].isupper() or any(c.isupper() for c in w[1:]):
            return True
        return bool(self.ar and w.isalpha() and w.islower() and self.kind(x - 1) == "lat" and self.free(x - 1)
                    and any(c.isupper() for c in self.t.text[x - 1]))

    def _hundreds_noun(self, a, b, y1) -> bool:
        """Whole hundreds (1800, 1900) followed by an indefinite singular noun the lexicon does not
        know: the genitive singular that hundreds count (``أنقذ خفر السواحل 1800 مهاجر``), not a year.
        Not after a preposition of time (``في 1900``, ``منذ 1800``), not before a verb or a word of a
        name; the noun must be a common word that is not itself a preposition, a pronoun or a month."""
        if not (self.free(b) and self.kind(b) == "ar") or self.definite(b):
            return False
        if self.free(a - 1) and self.k(a - 1) in _YEAR_PREPS:
            return False
        w = self.t.text[b]
        if w.endswith(("ا", "ات", "ين", "ون", "ان")) or w.startswith(("ي", "ت", "ن")):
            return False  # an accusative, a plural, a dual or a word that may be an imperfect verb
        return bool(self.fallback_unit(b, y1))

    def strong_label(self, num: _Num) -> _Q | None:
        """A label named by رقم/No. or by a noun the lexicon knows (المادة 5 من القانون)."""
        lab = self.label(num)
        return lab if lab and lab.strong else None

    def _accusative_noun(self, j, value) -> bool:
        """Word j is an indefinite noun in the accusative singular that a number 11-99 counts
        (``27 أستاذا``): the tanwin alef shows it."""
        if not (self.kind(j) == "ar" and isinstance(value, (int, float)) and float(value).is_integer()):
            return False
        if not 11 <= int(value) % 100 <= 99:
            return False
        w = self.t.text[j]
        if not (len(w) > 3 and w.endswith("ا") and not self.definite(j) and self.fallback_unit(j, value)):
            return False
        from .duals import word_zipf as _z

        zs = _z(w[:-1])
        return zs >= 3.0 and zs >= _z(w) - 0.5  # أستاذا -> أستاذ (a noun); not عندما, تلقوا


    def _counted_noun_after(self, j, value) -> bool:
        """Word j, right after a number of 3 or more, is an indefinite common noun (11-99: a
        feminine singular, whose accusative shows no alef; the masculine one is
        ``_accusative_noun``'s): the number counts it.  Not a verb (يقرر, تعقد, قررت), a function word, a month or a number word."""
        if value is None or not float(value).is_integer() or value < 3:
            return False
        if not (self.free(j) and self.kind(j) == "ar") or self.definite(j):
            return False
        k, w = self.k(j), self.t.text[j]
        if 11 <= int(value) % 100 <= 99 and not w.endswith("ة") and not self._genitive_slip(j):
            return False  # 11-99 count an accusative singular: only a feminine one (حركة) shows no alef
        if (k in self.lx.not_unit or self.numword(j) or self.month_at(j) or self.hmonth_at(j)
                or k.startswith(("ي", "و", "ف", "سي", "ست", "سن")) and not self._root_initial(w)
                or w.endswith("ت") and not w.endswith("ات")
                or w.endswith(("وا", "ا")) or len(k) < 3):
            return False
        from .duals import word_zipf as _z

        if k.startswith(("ت", "ن", "أ")) and _z("ي" + w[1:]) >= 3.0:
            return False  # تعقد, نطالب: an imperfect verb (its third person يعقد is common)
        if _preposition_led(w):
            return False  # اللجنة 138 برئاسة: a word led by a preposition is never the counted noun (4 لجان is one)
        return _z(w) >= 3.0

    def _genitive_slip(self, j) -> bool:
        """Word j, after a number 11-99, is a common masculine noun written without the accusative
        alef (60 فنان من ...: a slip of news writing) and its own accusative form is common too: the
        number counts it (not المادة 12 تنص, الدورة 15 للمهرجان)."""
        from .duals import word_zipf as _z

        w = self.t.text[j]
        if w[:1] in ("ي", "ت", "ن", "أ", "س") or w[:1] in ("ل", "ب", "و", "ف", "ك") and not self._root_initial(w):
            return False  # a verb's prefix or a proclitic
        return (len(w) >= 4 and not w.endswith(("ا", "ى", "ي", "ت", "ه")) and _z(w) >= 3.5 and _z(w + "ا") >= 3.0
                and self.k(j + 1) in ("من", "في", "،", ",", "و"))

    def _bracketed_noun(self, j, value) -> bool:
        """Word j, right after a number 11-99 written in brackets, is a common masculine noun
        written without the accusative alef whose accusative form is common too (شارك (14) رئيس
        مركز, بحضور (12) رئيس بلدية): the brackets say the number is a figure of its own, so the
        word after it need not be followed by من or a comma as in ``_genitive_slip``.  Not a verb,
        a proclitic word, a function word, a number word or a month (الرمز (2) ثم, المادة (20) من)."""
        from .duals import word_zipf as _z

        if value is None or not float(value).is_integer() or not 11 <= int(value) % 100 <= 99:
            return False
        if not (self.free(j) and self.kind(j) == "ar") or self.definite(j):
            return False
        w, k = self.t.text[j], self.k(j)
        if w[:1] in ("ي", "ت", "ن", "أ", "س") or w[:1] in ("ل", "ب", "و", "ف", "ك") and not self._root_initial(w):
            return False  # a verb's prefix or a proclitic
        if (k in self.lx.not_unit or k in _stopwords("ar") or w in _stopwords("ar") or self.numword(j)
                or self.month_at(j) or self.hmonth_at(j)):
            return False
        return len(w) >= 4 and not w.endswith(("ا", "ى", "ي", "ت", "ه")) and _z(w) >= 3.5 and _z(w + "ا") >= 3.0

    @staticmethod
    def _root_initial(w) -> bool:
        """The first letter و/ف of word w is its root's, not a conjunction: فروع, ورش (the whole
        word is common, the rest is not)."""
        from .duals import word_zipf as _z

        return w[:1] in ("و", "ف") and _z(w) >= 3.5 and _z(w[1:]) < _z(w) - 1.0

    @staticmethod
    def _root_noun_after_first(w) -> bool:
        """The و of word w (after أول) is its root's, not a conjunction: أول وفود, أول ورشة (the whole
        word is common and commoner than the rest: not أول وأكبر)."""
        from .duals import word_zipf as _z

        return _z(w) >= 3.0 and _z(w) > _z(w[1:])

    def label(self, num: _Num) -> _Q | None:
        """A whole number after a label word or a definite noun (اللجنة التوجيهية 138, Committee 138)."""
        if not num.is_int:
            return None
        a, b = num.a, num.b
        if num.written != "digits":  # القميص رقم تسعة: a number word right after a label word names
            lw = self.phrase_before(a, "label_word", clitic=True) if self.ar else None
            return _Q(lw[0], b, "label", num.value, strong=True) if lw else None
        lw = self.phrase_before(a, "label_word", clitic=True, skip_p=_LABEL_SKIP)
        if lw:
            st = lw[0]
            while self.is_p(b, "/") and self.kind(b + 1) == "num" and self.t.text[b + 1].isdigit():
                b += 2  # قرار رقم ( 104 / 47 ): the number and its session, one name
            u = self.noun_before(st)
            q = _Q(st, b, "label", num.value, strong=True)
            if u:
                q.a, q.unit, q.unit_en = u[3], u[0], u[2]
            return q
        if self.phrase_before(a, "count_word") or self.phrase_before(a - 1, "count_word"):
            return None
        br = bracketed_label(self, a, b, num.value)  # المادة (236) من نظام العمل
        if br is not None:
            return br
        if self.ar and self._accusative_noun(b, num.value):
            return None  # الإشراف 27 أستاذا: a counted noun follows
        if self.ar and self._counted_noun_after(b, num.value):
            return None  # ركبت النساء 6.800 مصباح, الماضية 27 حركة: a counted noun follows
        if self.ar and people_after(self, b, a):
            return None  # أعدم التنظيم 2070 من مواطني نينوى: a count of people, not a label
        if self.ar and self.kind(a - 1) == "lat" and self._latin_name_word(a - 1) and self.free(a - 1):
            pass  # "The Beat 7", "iPad mini 4" in an Arabic paragraph: a Latin name before the number (read below)
        elif self.ar:
            if (self.is_p(a - 1, _QUOTES) and self.definite(a - 2) and self.is_p(b, _QUOTES)
                    and not self.unit_after(b + 1) and not self._accusative_noun(b + 1, num.value)):
                a -= 1  # المراكز الانتخابية " 1046 " بمدرسة: a quoted number after a definite noun names
            st = a
            while st - 1 >= 0 and a - st < 3 and self.free(st - 1) and self.definite(st - 1):
                k = self.k(st - 1)
                if self.t.text[st - 1] in _stopwords("ar") or k in _stopwords("ar"):
                    break  # أصبحوا الآن 537, التي 12: an adverb or a relative, no noun that names
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
            if (self.is_p(b, "-–") and self.kind(b + 1) == "num" and self.t.text[b + 1].isdigit()
                    and int(num.value) < int(self.t.text[b + 1]) < 130 and not self.is_p(b + 2, "-–/%")
                    and any((b_,) in self.lx.markers.get("age_group_word", {}) for x in range(st, a) for _, b_ in self.bases(x))):
                # الأعمار 3-6, الفئة العمرية 18-25: a range of ages in years, no team's score (fixq, review1 finding 6)
                return _Q(a, b + 2, "duration", num.value, int(self.t.text[b + 1]), unit="سنة", unit_en="year (age)")
            if (self.is_p(b, "-–") and self.kind(b + 1) == "num" and self.t.text[b + 1].isdigit()
                    and int(self.t.text[b + 1]) <= 20 and not self.is_p(b + 2, "-–/%")
                    and (self.k(b + 2),) not in self.lx.markers.get("not_score_after", {}) and not self.month_at(b + 2)
                    and not self.unit_after(b + 2)):  # not الموافق 8 – 10 من شهر نوفمبر: days
                b += 2  # والملعب على الترجي 2-1, الهلال 3-9, الشباب 1 - 2: a score or a part, one name (q84)
            return _Q(st, b, "label", num.value, unit=unit, unit_en=en, strong=strong)
        st = a
        while (
            st - 1 >= 0
            and a - st < 3
            and self.free(st - 1)
            and self.kind(st - 1) == "lat"
            and self._latin_name_word(st - 1)
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
