"""The scan: one pass over a paragraph's tokens, left to right.  Where a figure can start,
the rules of :data:`START_RULES` are tried in order (a number token runs
:data:`NUMBER_RULES`); **the first rule that matches wins** and its tokens are claimed.

A rule takes the scanner and a token index (``START_RULES``) or a parsed number
(``NUMBER_RULES``) and returns a figure (:class:`_Q`), ``None`` (it does not apply: try
the next rule) or :data:`NO_FIGURE` (no figure starts here: stop).  Rules for another
token kind return ``None`` at once.  The rule families live in ``dates``, ``labels``
and ``counts``; each looks at a few neighbouring tokens only.
"""
from __future__ import annotations

import bisect
import datetime
import re

from .contacts import _ContactRules
from .counts import _CountRules
from .dual_evidence import _DualEvidence
from .dual_rules import _DualRules
from .fraction_rules import _FractionRules
from .clock_rules import _ClockRules
from .dates import _DateRules
from .decades import _DecadeRules
from ..normalize import key
from .figure import NO_FIGURE, Figure as _Q
from .hijri import _HijriRules
from .labels import _LabelRules
from .ordinals import _OrdinalRules
from .ordinal_lists import _OrdinalListRules
from .minutes import _MinuteRules
from .per_unit import _PerUnitRules
from .match_marks import _MarkPairRules
from .month_pairs import _MonthPairRules
from .month_ranges import _MonthRangeRules
from .day_ranges import _DayRangeRules
from .lunar_dates import _LunarDateRules
from .enumerations import _EnumerationRules
from .placings import _PlacingRules
from .editions import edition_number
from .ranges import _RangeRules
from .lexicon import CLITIC_TOKENS as _CLITIC_TOKENS, lex as _lex
from .numbers import _NumberGrammar
from .tallies import _TallyRules
from .zero import _ZeroRules
from .times import afternoon_spans
from .halves import _BARE_PARTS, join_bare_halves, merge_unit_halves
from .shared_units import share_units
from .workdays import working_days
from .stretch_joins import stretch_joiner, stretch_opener
from .bare_ages import bare_age
from .list_runs import list_item
from .bracket_parts import bracket_part
from .sentence_items import sentence_item
from .season_years import season_years
from .festival_years import festival_year
from .hotel_classes import hotel_classes
from .pair_adjectives import pair_adjectives
from .decade_pairs import decade_pairs
from .huma_duals import huma_dual
from .paired_duals import paired_dual
from .bc_years import bc_year
from .old_year_ranges import old_year_range
from .old_years import old_year
from .bare_percents import bare_percent
from .eid_days import eid_day
from .slashed_units import slashed_unit
from .cup_rounds import cup_round
from .start_plan import start_rules
from .contracts import contract_counts
from .ratings import rated_measures
from .quarters import quarter_durations
from .dual_ranges import merge_dual_ranges
from .dual_ordinals import dual_before_ordinals, ordinal_after_dual
from .counted_ordinals import ordinal_of_counted
from .construct_pairs import side_dual_before_pair
from .dual_adjectives import noun_before_dual_adjective
from .seasons import counted_seasons
from .between_ranges import merge_between_ranges
from .ordinal_ranges import merge_ordinal_ranges
from .school_grades import school_grades
from .decade_of_life import decades_of_life
from .fractional_counts import fractional_measures
from .dot_thousands import paragraph_thousands
from .vague_money import vague_money
from .woman_ages import woman_age
from .sole_nouns import sole_nouns
from .year_lists import coordinated_year
from ..frequency import zipf_ar
from ..tokens import stopwords as _stopwords
from .tokens import _MASK_RE, _Toks, _TokenView
from .units import _Units


#: endings of a dual noun (key form: teh marbuta folded): -ين, -ان, construct -تي/-تا/-ي
_DUAL_ENDS = ("ين", "ان", "تي", "تا", "ي", "يهما", "يها", "يهم", "اه", "اها", "اهم", "اهما", "ينا")  # ي: masculine construct duals
# (جانبي الطريق); اه: a nominative dual with a pronoun (مواطناه, والداها)
#: a dual (key form) with or without a possessive pronoun, its singular in group 1: والدين, والداه, ابويهما
_DUAL_OF = re.compile(r"(.{2,}?)(ين|ان|ا|ي)(?:ه|ها|هم|هما|هن|ك|كم|كما|نا)?")


def dual_case(k: str) -> str:
    """The case ending of a dual (key form), pronoun or not: ``ان`` for a nominative (الوالدان, والداه), ``ين``
    for a genitive or accusative (الوالدين, أبويهما); an adjective or predicate after it ends the same way
    (والداه صالحان, أبويه المسنين), an object need not (وزار الوالدان المدرستين: fixq)."""
    m = _DUAL_OF.fullmatch(k)
    return "ان" if m and m.group(2) in ("ان", "ا") else "ين"


#: words of value before an amount whose currency the paragraph named before (key form: بقيمة)
#: ``عدد`` (the number of), alone or with a pronoun (key forms): what follows is counted, not priced
_NUMBER_OF = frozenset({"عدد", "عددها", "عددهم", "عدده", "اعداد"})
_VALUE_WORDS = ("بقيمه", "بمبلغ", "قيمته", "قيمتها", "بتكلفه", "بكلفه", "تكلفته", "تكلفتها", "بقيمته", "بقيمتها")
#: a half or a quarter after a time unit (ساعة ونصف): the unit may start a figure
_AND_HALF = tuple(_BARE_PARTS)  # ونصف, وربع



def _valid_day(ymd: tuple) -> tuple | None:
    """A publication date the calendars can read, else None: a real Gregorian day inside Umm al-Qura's range
    (hijridate: 1924-08-01 .. 2077-11-16); a manifest's ``0000-00-00`` or ``2015-02-30`` dates nothing."""
    try:
        day = datetime.date(*ymd)
    except ValueError:
        return None
    return ymd if datetime.date(1924, 8, 1) <= day <= datetime.date(2077, 11, 16) else None

class _Scanner(_TokenView, _NumberGrammar, _Units, _DateRules, _ClockRules, _HijriRules, _LabelRules, _OrdinalRules, _CountRules,
               _RangeRules, _FractionRules, _MonthPairRules, _MonthRangeRules, _DayRangeRules, _LunarDateRules, _EnumerationRules, _DualRules, _DualEvidence, _DecadeRules, _ContactRules, _TallyRules,
               _ZeroRules, _MarkPairRules, _PlacingRules, _MinuteRules, _PerUnitRules, _OrdinalListRules):
    def __init__(self, p, lang: str, published: str = ""):
        self.lang = "ar" if lang == "ar" else "en"
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published or "")
        #: the article's publication date (year, month, day): the year of الجاري/الحالي
        self.pub = _valid_day(tuple(int(x) for x in m.groups())) if m else None
        self.ar = self.lang == "ar"
        self.lx = _lex(self.lang)
        self.en_lx = _lex("en") if self.ar else self.lx
        self.nt = p.norm
        s = self.nt.text
        self.t = _Toks(p, self.ar)
        n = self.t.n
        self.claimed = [False] * n
        self.parents_end = -1  # the token after the last uncounted dual (الوالدين): its adjective is no dual
        self.parents_case = "ين"  # that dual's case ending (الوالدان: ان): the adjective's agrees, an object's need not
        for m in _MASK_RE.finditer(s):
            i = bisect.bisect_left(self.t.s, m.start())
            while i < n and self.t.e[i] <= m.end():
                self.claimed[i] = True
                i += 1
        self.out: list[_Q] = []
        self.unsaid_months: list[_Q] = []  # شهر مارس with no year: no figure, but الشهر نفسه after it is March
        self._nw_cache: dict[int, tuple | None] = {}

    def run(self) -> list[_Q]:
        i, n = 0, self.t.n
        kinds, keys, cands, claimed = self.t.kind, self.t.k, self.lx.cands, self.claimed
        while i < n:
            kd = kinds[i]
            if claimed[i] or kd in ("url", "email", "phone") or (
                kd in ("ar", "lat") and keys[i] not in cands and not (kd == "ar" and keys[i].endswith(_DUAL_ENDS))
                and not (kd == "ar" and self.t.text[i].endswith("يه"))  # نظيريه: a dual with his pronoun
                and not (kd == "ar" and keys[i].endswith(("يك", "يكم", "يكما", "يهن")) and paired_dual(self.t.text[i], keys[i]) is not None)
                and not (kd == "ar" and keys[i].endswith("ا") and i + 1 < n and keys[i + 1].startswith("ال"))
                and not (kd == "ar" and keys[i].endswith("ا") and side_dual_before_pair(self, i))  # فريقا بايرن ميونيخ وبوروسيا
                and not (i + 1 < n and keys[i + 1] in _AND_HALF)
                and not (kd == "ar" and keys[i][:1] == "و" and keys[i][1:] in self.lx.month_first)  # ومايو الماضيين (q56)
            ):
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
            hit = self.phrase_before(q.a, "approx", skip_p="«\"“")
            if hit and any(self.claimed[hit[0]:q.a]):
                hit = None  # 4000 ريال كحد أدنى 8000 ريال: the marker is the figure's before it (review 52)
            if hit:
                q.a, q.approx = hit[0], hit[1]
            else:
                after = self.phrase_at(q.b, "approx_after")
                if after and (self.kind(after[0]) != "num" or not self.k(q.b).startswith("و")):
                    # 1000 ريال وبحد أقصى 5000: the limit is 5000's; 4000 ريال كحد أدنى 8000 ريال كحد أقصى: 4000's
                    q.b, q.approx = after[0], after[1]
        if (q.written == "words" and q.kind in ("ordinal", "duration", "count") and isinstance(q.value, (int, float))
                and 1 <= q.value < 100 and q.value_end is None):
            up = self.after_scale(q.b)
            if up:  # الحادية والأربعين عامًا بعد المائة: 141
                q.value, q.b = q.value + up[0], up[1]
        if self.ar and q.kind == "count" and q.unit == "هدف" and self.k(q.a).startswith("ب"):
            self._score_in_words(q)
        if self.ar and q.kind == "duration" and counted_seasons(self, q):
            q.kind = "count"  # في 5 مواسم: seasons counted (session 38)
        for x in range(q.a, q.b):
            self.claimed[x] = True
        self.out.append(q)

    def try_at(self, i) -> _Q | None:
        """The figure starting at token i: the first of :data:`START_RULES` that matches (of those
        whose first test token i passes: :func:`start_plan.start_rules`)."""
        for rule in start_rules(self, i, START_RULES):
            q = rule(self, i)
            if q is not None:
                return None if q is NO_FIGURE else q
        return None

    def from_number(self, i) -> _Q | None:
        """The figure made by the number at token i: the first of :data:`NUMBER_RULES` that matches."""
        num = self.parse_number(i)
        if num is None:
            return None
        for rule in NUMBER_RULES:
            q = rule(self, num)
            if q is not None:
                return None if q is NO_FIGURE else q
        return None

    # -- rules that steer the scan
    def number_token(self, i):
        """A digit token: the figure of :data:`NUMBER_RULES`."""
        if self.kind(i) != "num":
            return None
        if self.ar and self._ra_decimal(i):
            return self.from_number(i) or NO_FIGURE
        if self.letter_glued(i) or self.is_p(i - 1, "=#"):
            return NO_FIGURE  # x = 1, #2: code and numbering, not figures
        return self.from_number(i) or NO_FIGURE

    def clitic_before_number(self, i):
        """A proclitic token glued to a number (و 15): the number is read on its own."""
        if self.ar and self.is_word(i) and self.k(i) in _CLITIC_TOKENS and self.kind(i + 1) == "num" and self.adj(i, i + 1):
            return NO_FIGURE
        return None

    def not_a_trigger(self, i):
        """A word that no lexicon entry starts (nor English a/an) starts no figure (a dual
        by its form may: :meth:`_DualRules.morph_dual`)."""
        if self.is_word(i) and (self.is_p(i - 1, "_") and self.adj(i - 1, i) or self.is_p(i + 1, "_") and self.adj(i, i + 1)):
            return NO_FIGURE  # #ثمان_وأربعون_قانونا: a word of a hashtag or an identifier counts nothing
        if self.is_word(i) and self.k(i) not in self.lx.starts and self.k(i) not in ("a", "an"):
            if self.ar and self.kind(i) == "ar" and (self.k(i).endswith(_DUAL_ENDS) or self.t.text[i].endswith("يه")
                                                     or paired_dual(self.t.text[i], self.k(i)) is not None  # يديك, عينيهن (q75)
                                                     or self.k(i).endswith("ا") and (self.definite(i + 1) or side_dual_before_pair(self, i))):
                if self.parents_end == i and self.k(i).endswith(self.parents_case):
                    return NO_FIGURE  # والداه صالحان: the predicate or adjective of the parents, no dual of its own
                if self._parents_dual(i):
                    if not self.k(i).endswith(("ا", "ي")):  # (والدا الشهيدين: a construct, its genitive counts)
                        self.parents_end, self.parents_case = i + 1, dual_case(self.k(i))
                    return NO_FIGURE  # الوالدين, والداه, أبويهما: the parents, not two counted (the guide; q77)
                q = self.morph_dual(i)
                if q is not None and q.value == 2 and (key(q.unit),) in self.lx.markers.get("uncounted_dual", {}):
                    self.parents_end, self.parents_case = q.b, dual_case(self.k(i))
                    return NO_FIGURE  # الوالدين, والداه, أبويهما: the parents, not two counted (the guide; q77)
                if q is not None and q.a == i and q.value == 2 and (sing := noun_before_dual_adjective(self, i)):
                    q = self._dual_unit(i - 1, sing)  # خطين جديدين, الخامان القياسيان: the noun is the dual (q63)
                    return q if q.kind == "count" else NO_FIGURE
                return self._two_after(q) if q is not None else NO_FIGURE
            return NO_FIGURE
        return None

    def _parents_dual(self, i) -> bool:
        """Word i is the dual of a noun whose dual is no figure (quantity_markers role ``uncounted_dual``: والد,
        أبو): الوالدين, للوالدين, والداه, أبويهما; after a proclitic too."""
        nd = self.lx.markers.get("uncounted_dual", {})
        for _, b in self.bases(i):
            m = _DUAL_OF.fullmatch(b)
            if m and (m.group(1),) in nd:
                return True
        return False

    def number_word(self, i):
        """A number word (خمسة وعشرون, twenty-five): the figure of :data:`NUMBER_RULES`."""
        if (self.ar and self.k(i) in ("تسع", "وتسع") and self.kind(i + 1) == "ar"
                and (self.k(i + 1)[:1] == "ل" or self.definite(i + 1) or self.k(i + 1) in ("الي", "كل", "جميع", "اكثر"))):
            return NO_FIGURE  # المواقف تسع للمئات, وتسع القاعة: the verb "holds", not nine
        if (self.ar and self.k(i) in ("الف", "والف") and self.numword(i) and self.kind(i + 1) == "ar"
                and self.phrase_at(i + 1, "greeting_thousand", clitic=False)):
            return NO_FIGURE  # ألف مبروك, وألف مبروك, ألف شكر: a wish, not a thousand; ألف ليلة وليلة: a title
        if (self.ar and self.numword(i) and self.free(i - 1) and self.k(i - 1) in ("ابو", "ابا")
                and self.kind(i) == "ar" and self.numword(i)[1] in ("unit", "ten", "tens")):
            return NO_FIGURE  # ضيدان أبو اثنين: a family name after أبو, not a number
        if (self.ar and self.k(i) == "وست" and self.kind(i + 1) == "ar" and self.free(i + 1)
                and ((self.k(i + 1),) in self.lx.markers.get("west_name", {})
                     or not self.unit_after(i + 1) and not self.k(i + 1).endswith("ات") and zipf_ar(self.t.text[i + 1]) < 3.0)):
            return NO_FIGURE  # وست هام, وست بروميتش, وست تكساس: the English "West" of a name; six needs a plural
        if self.numword(i):
            return self.from_number(i) or NO_FIGURE
        return None

    def a_number(self, i):
        """English a/an before a number word: a hundred, a dozen."""
        if not self.ar and self.is_word(i) and self.k(i) in ("a", "an"):
            return self.from_number(i) or NO_FIGURE
        return None

    def _stretch_across_months(self):
        """من 28 يوليو إلى 3 أغسطس: two days each with its month, joined by إلى/حتى after من (or الفترة)
        are one stretch of days, one date row (the guide); a first day without a year takes the
        second's (the year before when its month comes later)."""
        days = sorted((q for q in self.out if q.kind == "date"), key=lambda q: q.a)
        drop = set()
        for q1, q2 in zip(days, days[1:]):
            if id(q1) in drop or not stretch_joiner(self, q1, q2, _STRETCH_TO):
                continue
            m1, m2 = _DAY_ISO.fullmatch(q1.date or ""), _DAY_ISO.fullmatch(q2.date or "")
            if not (m1 and m2) or (q1.calendar or "") != (q2.calendar or ""):
                continue
            if stretch_opener(self, q1) not in ("من", "بين", "الفتره"):
                continue
            y1, y2 = m1[1], m2[1]
            if y1 == "-" and y2 != "-":
                y1 = str(int(y2) - (1 if m1[2] > m2[2] else 0))
            d1 = f"{y1}-{m1[2]}-{m1[3]}" if y1 != "-" else f"--{m1[2]}-{m1[3]}"
            if (y1 == "-") != (y2 == "-") or d1 >= f"{y2}-{m2[2]}-{m2[3]}" and y1 != "-":
                continue
            if y1 == "-" and (m1[2], m1[3]) >= (m2[2], m2[3]) and not (m1[2] == "12" and m2[2] == "01"):
                continue  # من 10 أغسطس إلى 5 أغسطس: no stretch
            q1.date, q1.b = f"{d1}/{q2.date}", q2.b
            drop.add(id(q2))
        if drop:
            self.out = [q for q in self.out if id(q) not in drop]

    def _scaled_words(self, q) -> bool:
        """Figure q, written in words, is a whole number of thousands or more (ثلاثة آلاف, ألفين,
        خمسة ملايين, وألف): an amount that may share the currency of the amount before it."""
        v = q.value
        return isinstance(v, (int, float)) and v >= 1000 and float(v) % 1000 == 0 and q.value_end is None

    def _priced_in_list(self, q, money) -> bool:
        """Figure q is a bare scaled amount in digits with no counted noun (``بـ 15.3 مليونا``, ``25 مليون``)
        in the sentence of an amount in a currency, however far (a list of items and their costs, a
        long clause between two limits): it is in that currency (the 12-token reach above is for words too).
        An approximated figure or one with a noun (``3 ملايين نسمة``) keeps its own kind."""
        if not (self.ar and q.kind == "count" and not q.unit and q.written == "mixed" and q.value_end is None
                and not q.approx and money.a < q.a and q.a - money.b <= 60):
            return False
        return not any(self.is_p(x, ".؟!:؛") for x in range(money.b, q.a))

    def _count_named(self, a: int, q) -> bool:
        """The word ``عدد`` (the number of ...: ``وعدد``, ``بعدد``, ``عددها``) comes after token a and before
        figure q's number with no other figure or value word (``بقيمة``) between: a bare scaled figure after it
        counts things, whatever amount in a currency came before (``5 ملايين دولار. وبلغ عدد المشتركين نحو
        2 مليون``; ``بعدد 9,703,933 سهما ... بقيمة 97,039,330`` stays an amount)."""
        x = q.b - 1
        while x >= a and q.b - x <= 12:
            if x < q.a and self.kind(x) == "num":
                return False
            if self.kind(x) == "ar":
                if self.k(x) in _VALUE_WORDS:
                    return False
                if any(base in _NUMBER_OF for _, base in self.bases(x)):
                    return True
            x -= 1
        return False

    # -- links between figures
    def post(self):
        if self.ar:
            afternoon_spans(self, self.out)
            self.out = merge_unit_halves(self.out)  # خمس سنوات ونصف السنة: 5.5 years
            self.out = join_bare_halves(self, self.out, _stopwords("ar"))  # ثلاث ساعات ونصف: 3.5 hours
            self.out = merge_dual_ranges(self, self.out)  # يومين أو ثلاثة أيام: 2-3 days
            self.out = merge_between_ranges(self, self.out)  # بين 10 أيام و15 يومًا: 10-15 days
            self.out = merge_ordinal_ranges(self, self.out)  # المركز الأول وحتى الخامس: ranks 1-5 (q86)
            self.out = school_grades(self, self.out)  # مؤهل الأول ثانوي: a grade (q86)
            decades_of_life(self, self.out)  # في العقد الثالث من عمره: his twenties (q86)
            self._stretch_across_months()
            share_units(self, self.out)  # بين 5 و7 و10 سنوات, من 21 إلى 18 عاماً: the unit written once
            working_days(self, self.out)  # خلال خمسة أيام عمل: a duration
            contract_counts(self, self.out)  # ووقعت عقدين مع: contracts, not decades
            decade_pairs(self, self.out)  # عقدي الحريب والراضي, عقدي الستينات والسبعينات: a count 2 (q66)
            rated_measures(self, self.out)  # بقوة 700 حصان, تصنيف بأربع نجوم: measures
            hotel_classes(self, self.out)  # فنادق خمس نجوم: a hotel's class, a label (q66)
            pair_adjectives(self, self.out)  # بحزن وغضب شديدين: an adjective agreeing with two nouns (q67)
            quarter_durations(self, self.out)  # خلال الربعين: two quarters of a year
            vague_money(self, self.out)  # سيدفع الملايين: an amount of money
            fractional_measures(self, self.out)  # 3.2 درجات: counts are whole, this is a measure
            paragraph_thousands(self, self.out)  # 5.964 طلعة ... 2.657 في العراق: thousands both
            sole_nouns(self, self.out)  # مران وحيد, صفقة خاصة وحيدة: a count of one (q85)
        by_start = {q.a: q for q in self.out}
        by_end = {q.b: q for q in self.out}
        money = None
        for q in sorted(self.out, key=lambda q: q.a):
            if q.kind == "money":
                money = q
            elif money is not None and q.kind == "count" and not q.unit and self._count_named(money.b, q):
                pass  # 5 ملايين دولار. وبلغ عدد المشتركين نحو 2 مليون: the number of something, no amount
            elif (money is not None and q.kind == "count" and not q.unit and q.a - money.b <= 12
                    and (q.written == "mixed" or q.written == "words" and self._scaled_words(q)
                         and not any(self.is_p(x, ".؟!:؛") for x in range(money.b, q.a)))):
                # (ثلاثة آلاف في الثاني، وألفين في الثالث after 4 آلاف ريال: words too, in the same sentence)
                # 5 مليارات ريال مقابل 4 مليارات: a bare scale word after money keeps the currency
                q.kind, q.unit, q.unit_en, q.currency = "money", money.unit, money.unit_en, money.currency
                money = q  # و50 ألفا لمن ..., وأيضا 75 ألفا لمن ...: a list of amounts passes the currency on
            elif money is not None and self._priced_in_list(q, money):
                # خزانات بـ 55 مليونا، ... والمبنى المركزي لفرع المياه بموقع المحطة بـ 15.3 مليونا: the list's currency
                q.kind, q.unit, q.unit_en, q.currency = "money", money.unit, money.unit_en, money.currency
                money = q
            elif money is not None and q.kind == "count" and not q.unit and self.ar and not q.approx:
                x = q.a - 1 if self.is_p(q.a - 1, "(") else q.a
                if self.k(x - 1) in _VALUE_WORDS and self.free(x - 1):
                    # قروض بقيمة (2.063.000.000) after amounts in riyals: the paragraph's currency
                    q.kind, q.unit, q.unit_en, q.currency = "money", money.unit, money.unit_en, money.currency
        for q in self.out:
            if q.kind == "doc_code" and not q.date:
                x = q.b
                while self.is_p(x, ",،("):  # 12/2015 (بتاريخ 5 مايو 2015): the date in parentheses too
                    x += 1
                hit = self.phrase_at(x, "dated_word", clitic=False)
                if hit:
                    d = by_start.get(hit[0])
                    if d is not None and d.kind == "date":
                        q.date = d.date
            if q.kind == "date" and q.calendar == "hijri" and not q.date:
                # 5 شوال الموافق 21 يوليو 2015: a Hijri date without a year takes the Gregorian it is paired with
                x = q.b
                if self.k(x) in ("الموافق", "الموافقه", "وفق", "م"):
                    d = by_start.get(x + 1)
                    if d is not None and d.kind == "date" and d.date and not d.date.startswith("--"):
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


#: the words that join the two days of a stretch across months (key form)
_STRETCH_TO = ("الي", "حتي", "وحتي", "والي", "لغايه", "ولغايه")
_DAY_ISO = re.compile(r"(\d{4}|-)-(\d{2})-(\d{2})")

#: The rules tried at a token where a figure can start, in order: the first that matches wins.
START_RULES = (
    _LabelRules.doc_code,  # a code token: 03-NQ/TU
    _DayRangeRules.day_range_date,  # 16-17/8/2025: a stretch of days
    _DateRules.numeric_date,  # a date token: 01/01/2025
    _ClockRules.clock_time,  # a time token: 7:30
    _Scanner.number_token,  # a digit token: NUMBER_RULES
    _RangeRules.percent_first,  # %95
    _CountRules.dollar,  # $10
    # words
    _DateRules.en_ordinal_word,  # the first quarter (of 2024)
    _Scanner.clitic_before_number,  # و 15: the number alone
    _ZeroRules.zero_percent,  # صفر في المئة: a percentage 0 (before the Hijri month صفر)
    _MonthRangeRules.month_stretch,  # سبتمبر-نوفمبر من هذا العام: three months
    _DateRules.month_name,  # يونيو 2024, January 9, 2015
    _MonthPairRules.coordinated_month,  # يونيو ومايو الماضيين: the second month (session 40, q56)
    _DateRules.edge_of_relative_year,  # نهاية العام الجاري
    _HijriRules.hijri_month_name,  # شوال 1436هـ, شهر رمضان لعام 1436
    _ClockRules.clock_words,  # الساعة السابعة مساء
    _ClockRules.bare_clock_words,  # في التاسعة والنصف مساءً
    _LunarDateRules.lunar_date,  # الخامس عشر من الشهر الثامن بالتقويم القمري
    _DateRules.ordinal_day,  # الخامس عشر من مارس
    eid_day,  # ثالث أيام عيد الفطر: the third of Shawwal (eid_days, q58)
    _FractionRules.one_and_half,  # ساعة ونصف
    _CountRules.group_noun,  # الثنائي البولندي
    _TallyRules.goal_tally,  # يتغلب على الوحدة بثنائية: two goals
    _TallyRules.title_tally,  # أحرز الثلاثية: three titles
    _TallyRules.one_goal,  # فاز بهدف نظيف: one goal
    _ZeroRules.zero_level,  # عند مستوى الصفر, تحت الصفر: a measure 0
    _MonthPairRules.two_months,  # الشهرين الأولين من عام 2025: January and February
    _DecadeRules.decade,  # السبعينات, ستينات القرن الماضي: a decade (1960/1969)
    _CountRules.decade_age,  # الرجل الخمسيني: in his fifties
    woman_age,  # سيدة أربعينية: in her forties (woman_ages, q70)
    _LabelRules.place_number_word,  # شارع الستين: a street's name
    _OrdinalRules.pronoun_ordinal,  # أولها, ثانيهما: the first of the things just named
    dual_before_ordinals,  # المرحلتين الأولى والثانية: a count 2, then each ordinal (session 40)
    ordinal_after_dual,
    ordinal_of_counted,  # 3 مسابقات الأولى ... والثانية ... والثالثة: each ranks one counted thing (counted_ordinals, q72)
    _OrdinalRules.rank_pair,  # المركزين الثالث والرابع
    _MarkPairRules.dual_of_marks,  # الدقيقتين 43 و57: two marks (the numbers: mark_after_dual)
    huma_dual,  # ضبط مواطنين بحوزتهما: the dual pronoun makes a noun in -ين a dual (huma_duals, q66)
    _Scanner.not_a_trigger,
    _CountRules.vague_word,  # آلاف الأشخاص
    _FractionRules.fraction_word,  # نصف السكان, الربع الأول
    _PlacingRules.placing_ordinal,  # وحل المنتخب ثالثا: came third
    _EnumerationRules.enumerated_ordinal,  # وثالث يفتح ملف التعليم، ورابع يكتب: the third, the fourth
    _OrdinalRules.rank_ordinal,  # المركز الثاني, الأمسية الثالثة
    _OrdinalRules.construct_ordinal,  # ثاني لقاءاته
    _OrdinalRules.adjective_ordinal,  # الدائرة الأولى, قائدا ثالثا, أول امرأة
    _OrdinalRules.ordinal_word,  # الأول alone: nothing
    _Scanner.number_word,  # خمسة وعشرون: NUMBER_RULES
    _Scanner.a_number,  # a hundred: NUMBER_RULES
    _DualRules.dual,  # عامين
)

#: The rules tried on a parsed number (digits or words), in order: the first that matches wins.
NUMBER_RULES = (
    _LabelRules.enumerator,  # "1." opening a paragraph: nothing
    _DayRangeRules.day_month_range,  # من 8/8/ إلى 21 / 8/ 2015: one stretch of days
    _ContactRules.address_number,  # الآيزو 9001, ص.ب 80204, a postal code: a label
    bare_age,  # البالغ من العمر (35), فوق سن 50: an age in years (bare_ages)
    bc_year,  # 1258 قبل الميلاد, 2494- 2345 قبل الميلاد: years before the era (bc_years, q58)
    old_year_range,  # (1789- 1797), 1494 - 1517 م: a range of years before 1800 (old_year_ranges, q64)
    season_years,  # موسم 2015-2014, موسم -2013 2014: one season (season_years, q66)
    slashed_unit,  # لضم بيل 26/ عاما/: the unit between slashes (slashed_units, q58)
    cup_round,  # دور الثمانية: a cup round named by its teams, a label (cup_rounds)
    edition_number,  # خليجي 23, «عربي 27»: the edition of a regional cup, an ordinal (editions)
    list_item,  # ، 2- تعويد ...، 3- ...; !(٥)علّمه: list markers in a run, labels (list_runs, q65)
    bracket_part,  # العالم (8)معالجة: a part's number glued to a singular noun, a label (bracket_parts, q67)
    sentence_item,  # هي 1 نقل دم. 2 تعاطي ... 3 السفر: sentences numbered in a run, labels (sentence_items, q66)
    festival_year,  # مهرجان جدة 36 (in 1436 AH): the festival's year, a label (festival_years, q66)
    _LabelRules.name_number,  # ميغ 29, (2-2), IMG_1234, a list marker, a phone number: a label or nothing
    _HijriRules.hijri_numeric,  # 1436/10/5هـ
    _HijriRules.hijri_day_range,  # 1 إلى 30/11/1436هـ
    _ClockRules.clock_hour,  # الساعة 8
    _ClockRules.gmt_time,  # 1400 بتوقيت جرينتش
    _ClockRules.hour_tod,  # 7 مساء
    _OrdinalRules.digit_ordinal,  # الـ79, 79th (الـ6 أشهر الأولى: a period)
    _HijriRules.hijri_day_month,  # 5 شوال 1436هـ
    _DateRules.day_first,  # 9 يناير 2015, يوم 28/6, يومي 18 و19 أغسطس
    _DateRules.period,  # الأشهر الستة الأولى من عام 2024, the first 9 months
    _HijriRules.hijri_year,  # 1436هـ, عام 1435 هـ
    coordinated_year,  # عامي 2015 و 2016 متذرعًا: a year after a year and و (year_lists, q85)
    _LabelRules.year_rule,  # عام 2024, 2019-2024 (not 1950 مواطنًا)
    old_year,  # في عام 1583, سنة 622 م: a year before 1800 after a year word (old_years, q79)
    _OrdinalRules.compound_ordinal,  # الثالث عشر
    _MarkPairRules.mark_after_dual,  # الدقيقتين 43 و57: minute 43, minute 57
    _OrdinalRules.rank_number,  # الدقيقة 28, الجولة 5
    _CountRules.definite_words,  # عام واحد, المحاور الثلاثة
    _RangeRules.percent,  # 95%, 89.1 في المائة
    bare_percent,  # بنسبة 3.20: a rate with its sign left out (bare_percents, q79)
    _RangeRules.digit_range,  # 15-20 شخصا
    _RangeRules.spelled_range,  # من 10 إلى 15 شخصا
    _CountRules.degree_mark,  # 74°, 74ْ: a temperature
    _CountRules.metre_abbrev,  # ارتفاعها 555 م
    _CountRules.lexicon_unit,  # 3411 عضوًا للحزب
    _LabelRules.strong_label,  # المعيار رقم 19, المادة 5
    _CountRules.partitive,  # 100 من الأسر
    _CountRules.partitive_any,  # 25 من المؤسسين, عشرة من منسوبيها
    _LabelRules.label,  # اللجنة التوجيهية 138
    _CountRules.count_before,  # خلايا الحزب البالغ عددها 48
    _CountRules.fallback,  # 15 متطوعا
    _CountRules.currency_before,  # VND 10 billion
    _CountRules.shared_unit,  # -5 و-7 درجات مئوية: the unit of the next number
    _CountRules.quoted_title_number,  # «المهمة: مستحيلة 5»: a title's number, a label
    _CountRules.plain_count,  # anything else
)
