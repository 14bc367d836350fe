"""Rules for ordinals: a rank after its noun (``المركز الثاني``, ``الدائرة الأولى``, ``أول امرأة``), a rank
with a pronoun or in a construct (``أولها``, ``ثاني لقاءاته``), ordinal numbers in digits (``الـ79``, ``79th``),
compound ordinals (``الثالث عشر``), a number after a rank noun (``الدقيقة 28``) and ages written as ordinals
(``في سن الثالثة والعشرين``).  Split from :mod:`.labels` in round 34 (behaviour unchanged)."""
from __future__ import annotations

import re

from ..lexicons import lexicon_dir
from ..normalize import key as key_of
from .duals import dual_singular
from .bare_ordinals import bare_ordinal
from .figure import NO_FIGURE, Figure as _Q
from .dates import RELATIVE_MONTH as _RELATIVE_MONTH, WEEKDAYS
from .lexicon import DEFINITE_PREFIXES as _DEFINITE, ORD_SUFFIX as _ORD_SUFFIX, _unit_glosses
from .numbers import Number as _Num
from ..tokens import stopwords as _stopwords

#: words after أول that make no ordinal figure (أول أمس, أول من, أول ما)
_FIRST_NOT = ("امس", "من", "ما", "نحو", "مع", "بعد", "قبل", "لدي", "عند", "منذ", "خلال", "مره", "الامر", "امر", "وهله", "عن", "في", "علي", "الي")
#: prepositions glued to an indefinite ordinal before its noun (key forms): كأول الوفود, بأول مباراة, لأول رئيس, كسادس رئيس
_RANK_PREPS = ("ك", "ب", "ل")
#: words before an ordinal adjective that are no noun it ranks
_ORD_NOT_NOUN = ("في", "من", "علي", "الي", "عن", "هو", "هي", "كان", "كانت", "يكون", "تكون", "انه", "انها",
                 "جاء", "جاءت", "حل", "حلت", "احتل", "احتلت", "اما", "ثم", "او", "و", "مع", "بعد", "قبل")
#: titles with an ordinal that name a post, not a rank among things (نائب أول, ملازم أول)
_TITLE_RANK = ("نائب", "مساعد", "ملازم", "رقيب", "عريف", "وكيل", "مستشار", "سكرتير", "رئيس", "مدير", "وزير",
               "فريق", "لواء", "مشير", "ضابط", "جندي")
#: ordinals with a pronoun (key form): أولها, ثانيهما
_PRONOUN_ORDINALS = {f"{w}{p}": v for v, ws in ((1, ("اول", "اولا")), (2, ("ثاني",)), (3, ("ثالث",)), (4, ("رابع",)),
                                                  (5, ("خامس",)))
                     for w in ws for p in ("ها", "هم", "هما", "هن") if not (w == "اولا" and p in ("هم", "هن"))}
#: nouns whose ordinal makes an idiom, not a rank (للوهلة الأولى, ساعات الصباح الأولى)
_ORD_IDIOM = ("الوهله", "للوهله", "الصباح", "المساء", "النظره", "للنظره", "الفجر", "الليل", "بالدرجه")
#: feminine nouns that head no construct an ordinal ranks (key forms): مرة, time units
_NOT_HEAD = ("مره", "لحظه", "دقيقه", "ساعه", "ثانيه", "سنه", "ناحيه", "جهه")
#: indefinite nouns whose ordinal after من makes a discourse idiom (من ناحية ثانية "on the other hand")
_ORD_IDIOM_INDEF = ("ناحيه", "جهه")
#: after an ordinal right after a dual (دورتين الأولى بعنوان ...): a description of the first of the two
#: follows (not a verb: هدفين الأول ألغاه الحكم stays no figure)
_ENUM_NEXT = ("بعنوان", "عن", "حول", "في", "علي", "امام", "مع", "ضد", "يوم", "بتاريخ", "مساء", "صباح",
              # نسختين الأولى مقاس 32 بوصة: the first of the two, by its size
              "مقاس", "بمقاس", "بطول", "بسعه", "بقيمه", "بمساحه", "بحجم", "بوزن")
#: a squad: its first (الأول) is the club's or country's senior team, with a qualifier between (المنتخب السعودي
#: الأول, الفريق الكروي الأول, فريق الهلال الأول, منتخب بلاده الأول): no figure (the quantity guide, 2026-12-03)
_SQUAD = ("فريق", "منتخب")
#: a sovereign's title: the ordinal after the name is part of the name (الملك فيصل الأول)
_SOVEREIGN = ("الملك", "ملك", "الامبراطور", "البابا", "الامير", "الملكه", "السلطان", "للملك", "والملك")


def genitive_count(v) -> bool:
    """A whole round hundred or thousand, which counts a singular noun in the genitive, whose case shows
    no alef (الـ 1000 عسكري, الـ 200 مصل).  Not 3-10, whose noun is a plural (من المركز الـ 6 وحتى الـ 10
    عدم السماح: a rank before a masdar)."""
    return isinstance(v, (int, float)) and float(v).is_integer() and v >= 100 and v % 100 == 0


class _OrdinalRules:
    """Ordinal rules (a scanner mixin)."""

    def _article_definite(self, y) -> bool:
        """Word y is made definite by the article, as a sovereign's name is not: ``الله`` of
        ``عبد الله`` (الملك عبد الله الثاني) and a foreign name whose ``إل``/``أل`` is written with
        hamza, which the article never is (الملكة إليزابيث الثانية) (round 43)."""
        if self.k(y) == "الله" and y > 0 and self.k(y - 1) == "عبد" or self.t.text[y].startswith(("إل", "أل")):
            return False
        return self.definite(y)

    def rank_ordinal(self, i) -> _Q | None:
        """An ordinal word after a rank noun: المركز الثاني, الأمسية الثالثة, المرتبة الأولى
        (a compound, الدورة السادسة عشرة, is read at its second word by ``compound_ordinal``)."""
        if not self.ar or not self.free(i - 1):
            return None
        nw = self.numword(i)
        if not nw or nw[1] != "ordinal" or nw[0] < 1 or (nw[2] not in _DEFINITE and not self.k(i).startswith("ال")):
            return None
        nxt = self.numword(i + 1)
        if nxt and nxt[1] in ("ten", "tens"):
            if self._compound_before_scale(i, i + 1):
                return _Q(i, i + 2, "ordinal", 10 + int(nw[0]), written="words")
            if not self._amount_after_rank(i, i + 1):
                return None
        hit = self.phrase_before(i, "rank_noun", clitic=True)
        if not hit or hit[1] == "digits":
            return None  # المرة الثانية, للمرة الأولى: the ordinal-word rules (and the idiom of novelty)
        if nw[0] == 1 and self._of_its_kind(i + 1):
            return None  # المركز الأول من نوعه: the idiom of novelty, not first place
        if nw[0] == 1 and self.k(i - 1) in _ORD_IDIOM:
            return NO_FIGURE  # بالدرجة الأولى: "primarily", no rank
        unit = self.strip_def(i - 1) if self.definite(i - 1) else self.t.text[i - 1]
        if not self.definite(i - 1) and self.k(i - 1).endswith(("يبه", "يفه", "يبها", "يفها")):
            unit = re.sub(r"^[وف]?(.+?)(ها|ه)$", r"\1", unit)  # وتصنيفه الثاني: the noun without its pronoun
        if unit == "فصل" and 1 <= nw[0] <= 4 and self._quarter_context(i + 1):
            # الفصل الأول (AFP Arabic for the first quarter) among growth rates: three months, not a school term
            m1 = 3 * int(nw[0]) - 2
            return self._period_year(i - 1, i + 1, 3, m1, m1 + 2)
        return _Q(i - 1, i + 1, "ordinal", int(nw[0]), unit=unit, written="words")

    def _fem_rank_ten(self, i, j) -> tuple[bool, bool]:
        """Whether the ordinal word i and the ten word j are feminine (الثالثة, الأولى; عشرة)."""
        return self.k(i).endswith(("ه", "اولي")), self.k(j).endswith("ه")

    def _compound_before_scale(self, i, j) -> bool:
        """Words i, j are a compound 12th ... 19th that agrees (``الدورة الثالثة عشرة``) before a singular scale word
        (``ألف مشارك``, a count of its own), which the number grammar would otherwise join to the ten (review1)."""
        nw, ten, sc = self.numword(i), self.numword(j), self.numword(j + 1)
        if not (nw and 2 <= nw[0] <= 9 and ten and ten[1] == "ten" and not ten[2] and sc and sc[1] == "scale"
                and not sc[2] and self.free(j)):
            return False
        fem_rank, fem_ten = self._fem_rank_ten(i, j)
        return fem_rank == fem_ten

    def _amount_after_rank(self, i, j) -> bool:
        """Word j is a bare ``عشرة``/``عشر`` before a plural scale word (q86): ``المركز الثاني عشرة آلاف`` is the second
        place and ten thousand (its prize), no 12th place.  Only when its gender is not the ordinal i's, as a compound's
        is (``الدورة الثالثة عشرة ألف مشارك``: the 13th session; ``ألف`` after it is a count of its own)."""
        nw, sc = self.numword(j), self.numword(j + 1)
        if not (nw and nw[1] == "ten" and not nw[2] and sc and sc[1] == "scale_pl" and not sc[2]):
            return False
        fem_rank, fem_ten = self._fem_rank_ten(i, j)
        return fem_rank != fem_ten

    def _quarter_context(self, j) -> bool:
        """After الفصل + an ordinal: a quarter of a year when a year follows (من عام 2015, من العام
        الجاري) or the paragraph has already given a percentage or an amount of money, and no school
        year (الدراسي) or book (من الرواية) follows."""
        ahead = [self.k(x) for x in range(j, min(j + 4, self.t.n))]
        if any(w.endswith("دراسي") or w.endswith("دراسيه") for w in ahead):
            return False
        if self.k(j) == "من" and (self.year_at(j + 1) or self.phrase_at(j + 1, "year_word", clitic=False)
                                  and self.year_at(self.phrase_at(j + 1, "year_word", clitic=False)[0])
                                  or self.phrase_at(j + 1, "this_year", clitic=False)):
            return True
        if self.k(j) == "من":
            return False  # الفصل الأول من الرواية: a chapter
        return any(q.kind in ("percent", "money") for q in self.out)

    def pronoun_ordinal(self, i) -> _Q | None:
        """An ordinal with a pronoun: the first (second ...) of the things just named (4 مفاعلات يدخل
        أولها الخدمة, 8 أجنحة أولها جناح الأحافير); not the idiom من أولها إلى آخرها."""
        if not self.ar or self.kind(i) != "ar" or not self.free(i):
            return None
        k = self.k(i)
        if k[:1] in ("و", "ف") and k[1:] in _PRONOUN_ORDINALS:
            k = k[1:]
        v = _PRONOUN_ORDINALS.get(k)
        if v is None:
            return None
        if self.k(i + 1) in ("الي", "لاخرها", "لاخره", "واخرها", "واخره") or self.k(i - 1) in ("من", "منذ"):
            return NO_FIGURE  # من أولها إلى آخرها: from beginning to end
        if (v == 1 and self.k(i) != k and self.kind(i + 1) == "ar" and not self.k(i + 1).endswith("ا")
                and not self._counted_before(i) and not self._next_of_series(i)):
            # والتي لا تخفى على أحد وأولهم الدكتور: "foremost among them", with a noun after it, no count before it
            # and no second after it (not وأولها، ending a phrase: من أهم المؤسسات وأولها; nor وأولهم اتخاذا للقب)
            return NO_FIGURE
        return _Q(i, i + 1, "ordinal", v, written="words")

    def _counted_before(self, i) -> bool:
        """A figure counting two or more things stands before token i in the paragraph (4 مفاعلات ... أولها)."""
        return any(q.b <= i and q.kind in ("count", "measure", "money", "duration") and (q.value or 0) >= 2
                   for q in self.out)

    def _next_of_series(self, i) -> bool:
        """A second of the same things follows token i (ثانيها, وثانيهم, والثاني): a series is being named."""
        for x in range(i + 1, min(self.t.n, i + 60)):
            k = self.k(x)
            if k[:1] in ("و", "ف") and k[1:] in _PRONOUN_ORDINALS:
                k = k[1:]
            if _PRONOUN_ORDINALS.get(k) == 2 or k in ("الثاني", "والثاني", "الثانيه", "والثانيه", "ثانيا", "وثانيا"):
                return True
        return False

    def construct_ordinal(self, i) -> _Q | None:
        """An indefinite ordinal before the noun it ranks: ثاني لقاءاته, ثالث أكبر مدينة."""
        if not self.ar or self.kind(i) != "ar":
            return None
        nw = self.numword(i)
        if not nw or nw[1] != "ordinal" or not 2 <= nw[0] <= 10:
            return None
        k = self.k(i)
        if nw[2]:
            # كسادس رئيس, لثالث مرة, بثاني أغلى: a preposition before the rank (session 44, q64); not ال, و
            if nw[2] not in _RANK_PREPS or not k.startswith(nw[2]):
                return None
            k = k[len(nw[2]):]
        if (k.endswith(("ه", "ا")) or k == "ثان" or self.kind(i - 1) == "num"
                or not (self.free(i + 1) and self.kind(i + 1) == "ar")):
            return None  # ثانية (a second; again) and feminines stay out; ثان (ثانٍ) is never a construct
        nxt = self.k(i + 1)
        if nxt == "واخر" and self.free(i + 2) and self.kind(i + 2) == "ar" and not self.k(i + 2).startswith(("و", "ال")):
            # خامس وآخر مواجهاته: the rank shares its noun with آخر (the fifth and last)
            nxt = self.k(i + 2)
            if nxt in self.lx.not_unit or self.numword(i + 2):
                return None
            return _Q(i, i + 1, "ordinal", int(nw[0]), written="words")
        if nxt in self.lx.not_unit or self.numword(i + 1) or nxt.startswith("و") or nxt.startswith("اكسيد"):
            return None  # (ثاني أكسيد الكربون: a chemical's name, no rank)
        if nxt.startswith("ال") and not (self._definite_plural(i + 1) or self._persons_plural(i + 1)):
            return None  # ثالث الحرمين: a title; ثاني اللقاءات, ثالث الأهداف (a definite plural) are ranks
        if self.k(i - 1) == "لا":
            return None  # خياران لا ثالث لهما, لا ثاني له: "no third", "unrivalled"
        if nxt.startswith("ال"):
            return _Q(i, i + 2, "ordinal", int(nw[0]), written="words")  # ثاني اللقاءات: the rank and what it ranks
        return _Q(i, i + 1, "ordinal", int(nw[0]), written="words")

    def _definite_plural(self, x) -> bool:
        """Token x is a definite plural: a sound feminine plural (اللقاءات) or a broken plural the units
        lexicon knows (الأهداف: هدف), not a dual or a sound masculine form (الحرمين)."""
        if not self.definite(x) or not self.free(x):
            return False
        w = self.strip_def(x)
        if w.endswith("ات") and len(w) >= 5:
            return True
        u = self._unit_lookup_word(w)
        return bool(u) and key_of(u[0]) != key_of(w) and not w.endswith(("ين", "ان"))

    def _persons_plural(self, x) -> bool:
        """Token x is a definite sound masculine plural (المتحدثين, المحاضرين, المرشحين): an ordinal before it
        ranks one of them (ثالث المتحدثين); not a dual (الفريقين) nor a word of ``not_dual`` (ثالث الحرمين)."""
        if not self.definite(x) or not self.free(x) or (self.k(x),) in self.lx.markers.get("not_dual", {}):
            return False
        w = self.strip_def(x)
        return w.endswith("ين") and len(w) >= 6 and dual_singular(w) is None

    def _written_ya(self, i) -> bool:
        """Token i is written with a final ي in the source (الأولي), not ى (الأولى): normalisation folds them."""
        os_, oe = self.nt.to_original(self.t.s[i], self.t.e[i])
        raw = "".join(c for c in self.nt.original[os_:oe] if not "\u064b" <= c <= "\u0652")
        return raw.endswith("ي")

    def _feminine_noun(self, j) -> bool:
        """Word j is a feminine noun or a sound feminine plural (الروضة, الدفعة, السنوات): it may take الأولى
        misspelt with ي (a broken plural is not told from a singular here: المراحل الأولي is read as the nisba)."""
        w = self.t.text[j]
        return w.endswith(("ة", "ات", "ى", "اء"))

    def adjective_ordinal(self, i) -> _Q | None:
        """An ordinal adjective agreeing with the noun before it: الدائرة الأولى, الصف الرابع,
        الأسبوع الأول (definite after definite), قائدا ثالثا, خطوة أولى (indefinite after
        indefinite); أول/أولى before a noun: أول امرأة, أولى الخطوات.  The span is the noun and
        the ordinal.  Not: the idiom of novelty (لأول مرة, للمرة الأولى, أول أمس, أول من), a
        king's or pope's number (الملك عبدالله الثاني: the name before is not a definite noun;
        الملك فيصل الأول), ثانية after a number (seconds), a number word before (compounds)."""
        if not self.ar or self.kind(i) != "ar":
            return None
        nw = self.numword(i)
        if not nw or nw[1] != "ordinal" or not 1 <= nw[0] <= 10 or self.k(i).startswith(("حادي", "الحادي")):
            return None
        nxt = self.numword(i + 1)
        if nxt and nxt[1] in ("ten", "tens") or self.k(i + 1).startswith("اكسيد"):
            return None  # (انبعاثات ثاني أكسيد الكربون: a chemical's name, no rank)
        k, pref = self.k(i), nw[2]
        if (k == "اولي" and self._written_ya(i) and self.free(i + 1)
                and (self.k(i + 1),) in self.lx.markers.get("ulu_noun", {})):
            return None  # طاعة أولي الأمر, يا أولي الألباب: "those of", no ordinal
        if not pref and k.startswith("ال"):
            pref = "ال"  # الأول is a lexicon word of its own
        j = i - 1
        if not (self.free(j) and self.kind(j) == "ar") or self.numword(j) or self.month_at(j):
            return self._first_before_noun(i, k, pref)
        if self.kind(j - 1) == "num" or self.k(j) in self.lx.not_unit or self.k(j) in _ORD_NOT_NOUN:
            return self._first_before_noun(i, k, pref)
        if any(self.k(x) in _SOVEREIGN and all(self.kind(y) == "ar" and not self._article_definite(y) for y in range(x + 1, j + 1))
               for x in range(max(0, j - 3), j + 1)):
            # الملك فيصل الأول: the sovereign's name between (not مدرسة عبد الملك المتوسطة إلى الدائرة التاسعة)
            return self._first_before_noun(i, k, pref)
        if pref in ("لل", "بال", "كال", "ولل", "فلل", "وبال"):
            return None  # المباريات الودية للأول: a preposition before it, no adjective of the noun before
        if pref in _DEFINITE and k in ("الاولي",) and self._written_ya(i) and self.definite(j) and not self._feminine_noun(j):
            return None  # الإعلان الأولي, الفحص الأولي: the nisba "preliminary" (the ordinal of a masculine noun is الأول)
        if pref in _DEFINITE:
            if pref[:1] in ("و", "ف") and self.definite(j) and not self.claimed[j] and nw[0] == 1 and re.fullmatch(
                    r"و?ال?ا..[^ي]", self.k(j)):
                return NO_FIGURE  # الأقدر والأجدر والأولى بنشر: the elative "most deserving" among elatives, no rank
            if pref[:1] in ("و", "ف") and self.definite(j) and nw[0] == 1 and self._of_its_kind(i + 1):
                return NO_FIGURE  # التاريخية والأولى من نوعها: the idiom of novelty
            if pref[:1] in ("و", "ف") and self.definite(j) and not self.claimed[j]:
                # الأولى من الرياض والثانية من جدة, التاسعة للشباب والثانية للناشئين: a coordinated ordinal ranks
                # no noun before it, it stands alone (q60; the ordinal rules after this one chain it to its series)
                q = self.ordinal_word(i)
                return q if q is not None and q is not NO_FIGURE else _Q(i, i + 1, "ordinal", int(nw[0]), written="words")
            if nw[0] == 1 and k == "الاول" and self.definite(j) and self._name_ordinal_head(j - 1):
                return None  # بنك الخليج الأول: First Gulf Bank, a name (not البنك الأول, the first bank)
            if nw[0] == 1 and k in ("الاول", "والاول") and self._senior_squad(j) and self.k(i + 1) not in ("الذي", "التي"):
                return None  # المنتخب السعودي الأول: the senior team, not a rank (not الفريق المكسيكي الأول الذي يفوز)
            if not self.definite(j):
                possessed = self._possessed_noun(j, k.endswith("ه") or k == "الاولي")
                if possessed in _SQUAD and nw[0] == 1:
                    return None  # لفريقها الأول لكرة القدم, ومنتخبها الأول: the senior team (the guide), no rank
                if possessed:  # حملتها الثانية, موسمه الأول: a noun made definite by its pronoun
                    return _Q(j, i + 1, "ordinal", int(nw[0]), unit=possessed, written="words")
                return self._first_before_noun(i, k, pref)
            if nw[0] == 1 and any(b in ("مره", "مرة") for _, b in self.bases(j)) and self.k(j - 1) != "في":
                return self._first_before_noun(i, k, pref)  # للمرة الأولى: the idiom of novelty (في المرة الأولى: a rank)
            if nw[0] == 1 and self._of_its_kind(i + 1):
                return None  # المشروع الأول من نوعه: the idiom of novelty
            if self.k(j) in _ORD_IDIOM or self._ordinal_idiom(j, nw[0]):
                return None  # للوهلة الأولى, ساعات الصباح الأولى, المسؤول الأول, المربع الأول
            if (nw[0] == 1 and k == "الاولي" and self._definite_plural(j) and not self.t.text[j].endswith("ة")
                    and not (self.numword(i + 1) and self.numword(i + 1)[1] == "ordinal" and self.k(i + 1).startswith("و"))):
                # السنوات الأولى, الصفحات الأولى: the first few of a plural, no one rank (round 39); not الفقرة
                # الأولى (a singular), nor الدرجات الأولى والثانية (ranks named one by one)
                return NO_FIGURE
        else:
            if self.definite(j) or len(self.k(j)) < 3 or pref or self.k(j) in _TITLE_RANK or k == "اول":
                return self._first_before_noun(i, k, pref)
            kj0 = self.k(j)[1:] if self.k(j)[:1] in ("و", "ف") else self.k(j)
            if kj0.startswith("ي") and len(kj0) >= 4:
                if k == "اولي":
                    return self._first_before_noun(i, k, pref)  # يخوض أولى مبارياته: أولى before its noun (round 39)
                return None  # وينبعث ثان أكسيد: an imperfect verb, no noun to rank
            if (2 <= nw[0] <= 10 and not k.endswith(("ه", "ا")) and k != "ثان" and self.free(i + 1)
                    and self.kind(i + 1) == "ar" and self.k(i + 1).startswith("ال") and not self.numword(i + 1)
                    and self.t.text[i + 1] not in _stopwords("ar") and self.k(i + 1) not in _stopwords("ar")):
                # موناكو ثالث الموسم الماضي, وسنحاريب رابع الأجانب, عبر ثاني الأنفاق: a masculine ordinal before a
                # definite genitive heads it (a construct), it agrees with no noun before it; not a title
                # (ثالث الحرمين), nor a police precinct's name (قسم شرطة ثالث العريش: ``precinct_word``)
                if (self.k(i + 1),) in self.lx.markers.get("not_dual", {}) or any(
                        (b,) in self.lx.markers.get("precinct_word", {}) for x in (j, j - 1) if x >= 0 and self.free(x)
                        for _, b in self.bases(x)):
                    return None
                return _Q(i, i + 1, "ordinal", int(nw[0]), written="words")
            # agreement with the noun: خطوة أولى, قائدا ثالثا, فصل ثالث (not انتظر ثانية, أطأه ثانية:
            # the written teh marbuta, not a folded pronoun ه)
            kj = self.k(j)
            if k.endswith("ه") or k == "اولي":
                if not self.t.text[j].endswith("ة"):
                    if (k.endswith("ه") and self._feminine_head_of_genitive(j) and not self._unit_lookup_word(self.t.text[j])
                            and not (self.free(i + 1) and self.definite(i + 1) and self.k(i + 1).endswith("يه"))
                            and not self.is_p(i + 1, "»\"”")):
                        # (not غرفة عمليات رابعة العدوية, «... رابعة»: a name)
                        # حزمة إنقاذ ثالثة, خطة عمل ثالثة: the feminine head of an indefinite construct (q60)
                        return _Q(j - 1, i + 1, "ordinal", int(nw[0]), unit=self.t.text[j - 1], written="words")
                    return self._first_before_noun(i, k, pref)
            elif k.endswith("ا"):
                if not kj.endswith("ا"):
                    return self._first_before_noun(i, k, pref)
            elif kj.endswith("ه"):
                return self._first_before_noun(i, k, pref)
            if k in ("ثانيه", "ثانية") and self.k(j) in ("مره", "مرة", "لحظه", "دقيقه"):
                return self._first_before_noun(i, k, pref)  # مرة ثانية (again)
            if self.k(j) in _ORD_IDIOM_INDEF and self.k(j - 1) in ("من", "ومن", "فمن"):
                return None  # من ناحية ثانية, من جهة ثانية: "on the other hand"
        unit = self.strip_def(j) if self.definite(j) else self.t.text[j]
        if not self.definite(j) and unit.endswith("ا") and len(unit) > 3:
            unit = unit[:-1]  # قائدا: the tanwin alef
        return _Q(j, i + 1, "ordinal", int(nw[0]), unit=unit, written="words")

    def _feminine_head_of_genitive(self, j) -> bool:
        """Word j is an indefinite masculine noun in construct after an indefinite feminine noun, the head
        an ordinal after them agrees with (حزمة إنقاذ ثالثة: حزمة; not مرة, a time unit or a verb before)."""
        h = j - 1
        if not (h >= 0 and self.free(h) and self.free(j) and self.kind(h) == "ar" and self.kind(j) == "ar"):
            return False
        wh, wj = self.t.text[h], self.t.text[j]
        if (self.definite(h) or self.definite(j) or not wh.endswith("ة") or len(wh) < 4 or len(wj) < 3
                or wj.endswith(("ا", "ى", "ي", "ه", "ة", "ات")) or self.numword(h) or self.numword(j)
                or wh in _stopwords("ar") or wj in _stopwords("ar") or self.k(h) in _NOT_HEAD):
            return False
        from .duals import word_zipf as _z
        return _z(wh) >= 3.5 and _z(wj) >= 3.5 and not wj.startswith(("ي", "ت")) and not self._unit_lookup_word(wh)

    def _possessed_noun(self, j, feminine: bool) -> str | None:
        """The singular of word j when it is a common noun with a possessive pronoun (حملتها ->
        حملة, موسمه -> موسم) whose gender agrees with the ordinal after it; None for a verb
        (يعقدها), a clitic-led word or a rare stem."""
        from .duals import word_zipf as _z

        w = self.t.text[j]
        if w[:1] in ("و", "ف", "ب", "ل", "ك"):
            # a clitic-led word only when the letter is the noun's own and the noun common: ولايته
            # الثانية (ولاية); not وموسمه, وبطولته (a conjunction: no reading, as before)
            whole = self._possessed_stem(w)
            if whole is None or whole.endswith("ة") != feminine or _z(whole) < 4.5 or _z(whole) <= _z(whole[1:]):
                # (q60) a preposition before a common possessed noun: بهدفه الأول (هدف), لزوجته الثانية; the bare
                # noun commoner than the word with the letter; a conjunction (وبطولته الأولى) stays unread (round 8)
                bare = self._possessed_stem(w[1:]) if len(w) > 4 and w[:1] in ("ب", "ل", "ك") else None
                if (bare is None or bare.endswith("ة") != feminine or _z(bare) < 4.0 or _z(bare) <= _z(whole or "") + 0.1
                        or bare.startswith(("ي", "ت", "ن", "أ"))):
                    return None
                return bare
            return whole
        for suf in ("هما", "هم", "هن", "ها", "ه", "نا", "كم"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                stem = w[: -len(suf)]
                break
        else:
            return None
        if stem.endswith("ئ") and suf != "نا":
            stem = stem[:-1] + "ء"  # لقائه الأول: لقاء with its hamza on a seat before the pronoun
        if suf == "نا" and _z(w) > _z(stem[:-1] + "ة" if stem.endswith("ت") else stem):
            return None  # قلنا, وجدنا: a past verb "we did", more common than the noun it looks like
        if (stem.startswith(("ي", "ت", "ن", "أ", "س")) and _z("ي" + stem[1:]) >= 3.0
                and not self._unit_lookup_word(stem[:-1] + "ة" if stem.endswith("ت") else stem)):
            return None  # يعقدها, تحملها: an imperfect verb (not يومها, a unit of the lexicon)
        noun = stem[:-1] + "ة" if stem.endswith("ت") else stem
        if noun.endswith("ة") != feminine or _z(noun) < (3.0 if noun.endswith("ة") and suf in ("ه", "ها", "هما") else 3.5):
            return None  # (q60: مولودته الأولى, a feminine noun a little rarer)
        return noun

    @staticmethod
    def _possessed_stem(w: str) -> str | None:
        """The noun of ``w`` without its possessive pronoun (ولايته -> ولاية), or None."""
        for suf in ("هما", "هم", "هن", "ها", "ه"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                stem = w[: -len(suf)]
                if stem.endswith("ئ"):
                    return stem[:-1] + "ء"  # لقائه: لقاء
                return stem[:-1] + "ة" if stem.endswith("ت") else stem
        return None

    def _title_rank(self, j) -> bool:
        """Word j is a title that an ordinal after it makes a post (نائب أول, العريف أول, والرقيب أول)."""
        return self.is_word(j) and (self.k(j) in _TITLE_RANK or any(b in _TITLE_RANK for _, b in self.bases(j)))

    def _ordinal_idiom(self, j, value=None) -> bool:
        """Word j is a noun whose definite ordinal makes an idiom (``ordinal_idiom`` markers; a
        marker with a value is an idiom with that ordinal only: الفريق الأول, not الفريق الثاني)."""
        idioms = self.lx.markers.get("ordinal_idiom", {})
        return any((b,) in idioms and (not idioms[(b,)] or value is None or float(idioms[(b,)]) == float(value))
                   for p, b in self.bases(j) if p in _DEFINITE)

    def _name_ordinal_head(self, x) -> bool:
        """Word x is an institution noun without the article (``name_ordinal_head``: بنك, مصرف), a proclitic
        allowed (وبنك): the construct after it with الأول names the institution."""
        table = self.lx.markers.get("name_ordinal_head", {})
        return (bool(table) and self.free(x) and self.kind(x) == "ar" and not self.definite(x)
                and any((b,) in table for _, b in self.bases(x)))

    def _senior_squad(self, j) -> bool:
        """Word j, or the word before it with j its qualifier, is a squad noun (``_SQUAD``): الأول after
        it is the senior team.  The qualifier: a nisba adjective after a definite squad (المنتخب السعودي,
        الفريق الكروي, الفريق الهلالي), any word after a bare squad in construct (فريق الهلال, منتخب
        بلاده, منتخب مصر).  Not a noun after a definite squad (المنتخب الشوط الأول: the first half)."""
        def squad(x):  # -> "def" (definite), "bare" or ""
            if not (self.free(x) and self.kind(x) == "ar"):
                return ""
            for p, b in self.bases(x):
                if b in _SQUAD:
                    return "bare"
                if b[:2] == "ال" and b[2:] in _SQUAD:
                    return "def"
            return ""
        if squad(j):
            return True
        if not (self.free(j) and self.kind(j) == "ar") or self.numword(j) or self.k(j) in _ORD_NOT_NOUN:
            return False
        before = squad(j - 1)
        if (before == "" and squad(j - 2) == "def" and self.free(j - 1) and self.kind(j - 1) == "ar"
                and all(self.definite(x) and self.k(x).endswith("ي") for x in (j - 1, j))):
            return True  # الفريق الكروي الهلالي الأول: two nisba qualifiers (q66)
        return before == "bare" or (before == "def" and self.definite(j) and self.k(j).endswith("ي"))

    def _of_its_kind(self, x) -> bool:
        """Tokens x, x+1 read من نوعه/نوعها (``... الأول من نوعه``: "the first of its kind")."""
        return self.k(x) == "من" and self.k(x + 1).startswith("نوع") and len(self.k(x + 1)) <= 6

    def _first_before_noun(self, i, k, pref) -> _Q | None:
        """أول/أولى before a noun: أول امرأة, أولى الخطوات, وأول تغريدة, أول عملية من نوعها (not أول أمس,
        أول من, لأول مرة)."""
        if pref in ("و", "ف") and k[1:] in ("اول", "اولي"):
            k, pref = k[1:], ""  # وأول تغريدة: the conjunction is no part of the ordinal
        glued = False
        if (pref in _RANK_PREPS and k[1:] in ("اول", "اولي") and self.t.text[i][1:2] == "أ"
                and self.k(i - 1) not in ("اولا", "اول")):  # (أولاً بأول: "continuously")
            k, pref, glued = k[1:], "", True  # كأول الوفود, بأول مباراة: a preposition before the ordinal (not باول: Powell)
        if (not pref and k in ("اول", "اولي") and self.is_p(i + 1, "«\"“") and self.free(i + 2)
                and self.kind(i + 2) == "ar" and not self.numword(i + 2) and not self._title_rank(i - 1)
                and self.k(i + 2) not in _FIRST_NOT and self.k(i + 2) not in self.lx.not_unit):
            # أول «حديقة نموذجية», أول "سيارة في العالم": the noun it ranks in quotes (round 52; not الملازم أول
            # "نايف": a title before a name); the span closes with the quote when it closes within four words
            end = next((x + 1 for x in range(i + 3, min(i + 7, self.t.n)) if self.is_p(x, "»\"”")), i + 3)
            return _Q(i, end, "ordinal", 1, unit=self.t.text[i + 2], written="words")
        if not pref and k in ("اول", "اولي") and self.free(i + 1) and self.kind(i + 1) == "ar":
            # (أول عملية من نوعها is an ordinal 1 like أول مؤتمر: the guide's "أول before a noun", whose idioms do
            # not list "of its kind"; 6 of 6 readings of blind38 and blind54 write it, q76)
            n1 = self.k(i + 1)
            if self._title_rank(i - 1) and not glued or n1.startswith(("لل", "بال")):
                return None  # نائب أول للرئيس: a title (not الفريق لأولى مبارياته: a preposition between)
            if k == "اول" and self.month_at(i + 1) and not self._title_rank(i - 1):
                # أول يونيو: the first day of the month (its year when written after it)
                end, month = self.month_at(i + 1)
                end = self.month_pair(end, month)
                year = self.year_at(end)
                if year:
                    end += 1
                elif self.pub and self.free(end) and _RELATIVE_MONTH.get(self.k(end)) in ("past", "next", "current"):
                    # أول يوليو الماضي, من أول أغسطس الجاري: the year from the publication date, as after a day in
                    # digits (1 يوليو الماضي) or غرة (q81: both readers of blind54)
                    year = self._relative_year(_RELATIVE_MONTH[self.k(end)], month, 1)
                    end += 1
                return _Q(i, end, "date",
                          date=f"{year:04d}-{month:02d}-01" if year else f"--{month:02d}-01", written="words")
            if (k == "اول" and n1 == "من" and self.free(i + 2) and self.kind(i + 2) == "ar"
                    and self.k(i + 2) not in ("امس", "الامس") and not self.numword(i + 2) and not self.month_at(i + 2)
                    and self.k(i - 1) != "لاول"):
                # كان أول من نادى به, أول من يتأثر: "the first who", a rank of its subject as هو الأول الذي (the
                # dev readers wrote it so in 4 of 6 readings: blind23, 30, 31); not أول من أمس (the day before yesterday)
                return _Q(i, i + 2, "ordinal", 1, written="words")
            if n1 in _FIRST_NOT or n1.startswith("و") and not self._root_noun_after_first(self.t.text[i + 1]) or (
                    n1 in self.lx.not_unit or self.numword(i + 1) or self.month_at(i + 1)):  # (أول وفود: و of the root)
                return None
            if self.k(i - 1) == "لاول" or any(b in ("مره", "مرة") for _, b in self.bases(i + 1)):
                return None
            if self._indefinite_dual(i + 1):
                return None  # أول يومين, أول مباراتين: "the first two", counted by the dual, no rank
            if k == "اولي" and self._written_ya(i) and (n1,) in self.lx.markers.get("ulu_noun", {}):
                return None  # أولي الألباب, أولي الأمر: "those of" (أولو), no ordinal
            if k == "اولي" and self._written_ya(i) and self._after_masculine_noun(i - 1) and not self.definite(i + 1):
                return None  # تقييم أولي لما تم, تقرير أولي صدر: the adjective أوّلي (preliminary), no ordinal
            return _Q(i, i + 2, "ordinal", 1, unit=self.t.text[i + 1], written="words")
        return None

    def _after_masculine_noun(self, j) -> bool:
        """Word j is an indefinite word that is no particle and does not end in ة or ات (تقييم, تقرير, اتفاق):
        أولي after it agrees with it, the adjective أوّلي; a feminine ordinal misspelt with ي follows a
        feminine noun (مرحلة أولي) or stands before its definite noun (وخاض أولي المباريات)."""
        if not (self.free(j) and self.kind(j) == "ar") or self.definite(j) or self.numword(j):
            return False
        k = self.k(j)
        return len(k) >= 3 and not k.endswith(("ه", "ات")) and k not in _stopwords("ar")

    def _indefinite_dual(self, j) -> bool:
        """Word j is an indefinite dual noun in -ين (يومين, سنتين: the lexicon's; مباراتين, لقاءين: by
        morphology), not a singular that merely ends so (تدشين, تمرين)."""
        w = self.t.text[j]
        if self.definite(j) or not w.endswith("ين"):
            return False
        return self.lx.duals.get(self.k(j)) is not None or dual_singular(w) is not None

    def rank_pair(self, i):
        """A dual rank noun before two coordinated ordinals: المركزين الثالث والرابع (two ranks, the
        second read by :meth:`ordinal_word`), not a count of two places."""
        if not self.ar or not self.definite(i) or not self.free(i + 1) or not self.free(i + 2):
            return None
        k = self.k(i)
        if not k.endswith(("ين", "ان")):
            return None
        ranks = self.lx.markers.get("rank_noun", {})
        if (k[:-2],) not in ranks and (k[:-3] + "ه",) not in ranks:  # المركزين: المركز; المرتبتين: المرتبة
            return None
        n1, n2 = self.numword(i + 1), self.numword(i + 2)
        if not (n1 and n1[1] == "ordinal" and n2 and n2[1] == "ordinal" and self.k(i + 2).startswith("و")
                and self.k(i + 1).startswith("ال")):
            return None
        w = self.strip_def(i)
        sing = w[:-3] + "ة" if w.endswith(("تين", "تان")) else w[:-2]
        return _Q(i, i + 2, "ordinal", int(n1[0]), unit=sing, written="words")

    def _in_the_next(self, i) -> bool:
        """``وفي الثانية``, ``في الثالثة``: the next of an enumeration named with في (four matches, أولها ...،
        وفي الثانية فاز ...), not a clock hour (في الثانية عشرة, في الثالثة عصرا: read before) nor ten."""
        if not (self.k(i).startswith("ال") and self.free(i - 1) and self.k(i - 1) in ("في", "وفي")):
            return False
        nxt = self.numword(i + 1) if self.free(i + 1) else None
        return not (nxt and nxt[1] in ("ten", "tens"))

    def ordinal_word(self, i):
        """An ordinal word alone (الأول, الثالث) is no figure, unless it ranks one of a group named
        by a pronoun right after it: ينال الأول منهم (the first of them)."""
        nw = self.numword(i)
        if not nw or nw[1] != "ordinal":
            return None
        if (self.ar and nw[0] >= 1 and self.k(i).startswith("ال") and self.free(i + 1)
                and self.k(i + 1) in ("منهم", "منها", "منهما", "منهن")):
            return _Q(i, i + 2, "ordinal", int(nw[0]), written="words")
        if (self.ar and self.k(i).startswith("وال") and nw[0] >= 1 and self.out and self.out[-1].kind == "ordinal"
                and self.out[-1].b == i and self.k(self.out[-1].a).endswith(("ين", "ان"))):
            # المركزين الثالث والرابع: the second of the two ranks
            return _Q(i, i + 1, "ordinal", int(nw[0]), unit=self.out[-1].unit, written="words")
        if (self.ar and self.k(i).startswith("ال") and 1 <= nw[0] <= 10 and self.free(i - 1)
                and self.k(i - 1) in ("هو", "هي", "وهو", "وهي")
                # هو الأول الذي يعاد تشغيله, هو الأول بعد عودة الفريق (round 52); not الأول من نوعه
                and (nw[0] > 1 or self.k(i + 1) in ("الذي", "التي", "بعد", "منذ"))
                and (self.k(i + 1) in ("الذي", "التي", "من", "في", "بعد", "منذ", "فقط", "له", "لها", "لهم", "لهما")
                     or self.k(i + 1) == "علي" and self.k(i + 2) == "التوالي"
                     or self.kind(i + 1) == "ar" and self.k(i + 1)[:1] == "ل" and not self.k(i + 1).startswith(("لا", "لم", "لن"))
                     and len(self.k(i + 1)) > 3)):
            # وهو الثالث للحامدي, وهي الثانية في تاريخه: a rank of its subject among the author's, the club's
            # هذا الارتفاع هو الثالث الذي تحققه, وهي الثانية على التوالي, والهزيمة هي الثانية فقط: a rank said of its subject
            return _Q(i, i + 1, "ordinal", int(nw[0]), written="words")
        if (self.ar and self.k(i).startswith("ال") and nw[0] == 1 and self.out and self.out[-1].kind == "count"
                and self.out[-1].value == 2 and self.out[-1].written == "words" and self.free(i + 1)
                and self.k(i + 1) in _ENUM_NEXT
                and (self.out[-1].b == i or self.out[-1].b == i - 1 and self.kind(i - 1) == "ar" and not self.definite(i - 1)
                     and self.k(i - 1)[-2:] == self.k(self.out[-1].b - 1)[-2:])):
            # دورتين تدريبيتين الأولى بعنوان ...: the first of the two just counted
            return _Q(i, i + 1, "ordinal", 1, unit=self.out[-1].unit, written="words")
        if (self.ar and self.k(i).startswith("ال") and nw[0] == 1 and self.out and self.out[-1].kind == "count"
                and isinstance(self.out[-1].value, (int, float)) and self.out[-1].value >= 3 and self.out[-1].b == i
                and self.out[-1].b - self.out[-1].a >= 2 and self.kind(i - 1) == "ar" and not self.definite(i - 1)
                and self.free(i + 1) and self.k(i + 1) != "من" and not self.numword(i + 1)):
            # كان على ثلاث مراحل الأولى في الخبر: the first of the things just counted (an indefinite
            # noun takes no definite adjective: الأولى opens their enumeration)
            return _Q(i, i + 1, "ordinal", 1, unit=self.out[-1].unit, written="words")
        if (self.ar and self.k(i).startswith("ال") and nw[0] == 1 and self.out and self.out[-1].kind == "count"
                and self.out[-1].value == 2 and self.out[-1].written == "words" and self.out[-1].b == i
                and self.free(i + 1) and self.k(i + 1).startswith("و") and self.numword(i + 1)
                and self.numword(i + 1)[1] == "ordinal" and self.numword(i + 1)[0] == 2):
            # المشروعين الأول والثاني: the first of the two just counted (the second: _next_rank_of); a rank
            # noun's dual is read by rank_pair (المرحلتين الأولى والثانية, pinned by test_quantities_round8)
            return _Q(i, i + 1, "ordinal", 1, unit=self.out[-1].unit, written="words")
        if self.ar and self.k(i).startswith("وال") and self.out and self._next_rank_of(i, nw[0]):
            # المرحلة الأولى والثانية, الدور الثاني والثالث: a second rank of the same noun
            return _Q(i, i + 1, "ordinal", int(nw[0]), unit=self.out[-1].unit, written="words")
        if (self.ar and nw[0] >= 2 and self.out
                and (self.k(i).startswith("وال") or self._in_the_next(i))
                and any(q.kind == "ordinal" and q.value == nw[0] - 1 and 0 < i - q.b <= 40
                        and (q.b - q.a == 1 and (self.numword(q.a) and self.numword(q.a)[1] == "ordinal"
                                                 or self.k(q.a).endswith(("ها", "هم", "هما")))  # أولها
                             or q.b - q.a == 2 and self.numword(q.b - 1) and self.numword(q.b - 1)[1] == "ordinal")
                        for q in self.out[-3:])):
            # ... الأولى بعنوان «...»، والثانية بعنوان «...»: the next of an enumeration; also after a rank
            # noun and its ordinal (بالمركز الأول على 50 ألف ريال، والثاني 40 ألفا، والثالث ...)
            prev = next(q for q in reversed(self.out) if q.kind == "ordinal" and q.value == nw[0] - 1)
            return _Q(i, i + 1, "ordinal", int(nw[0]), unit=prev.unit, written="words")
        if (self.ar and self.k(i).startswith("ال") and nw[0] >= 1 and self.is_p(i - 1, "،,:") and self.out and self.out[-1].b == i - 1
                and self.out[-1].kind in ("count", "duration") and (self.out[-1].value or 0) >= max(2, nw[0])
                and not (self.numword(i + 1) and self.numword(i + 1)[1] in ("ten", "tens"))):
            # بمواجهتين، الأولى أمام ...: the first of the group just counted
            return _Q(i, i + 1, "ordinal", int(nw[0]), written="words")
        if (self.ar and nw[0] >= 2 and nw[2] in _DEFINITE and not (self.numword(i + 1) and self.numword(i + 1)[1] in ("ten", "tens"))
                and self._age_before(i) is not None):
            # طفلة تبلغ الخامسة, في سن السادسة: an age after a verb or a noun of age
            return _Q(self._age_before(i), i + 1, "duration", int(nw[0]), unit="سنة", unit_en="year (age)", written="words")
        if (self.ar and nw[0] >= 1 and self.k(i).startswith("ال") and self.k(i - 1) in ("الي", "حتى") and self.free(i - 1)
                and self.out and self.out[-1].kind == "ordinal" and self.out[-1].b == i - 1
                and not (self.numword(i + 1) and self.numword(i + 1)[1] in ("ten", "tens"))):
            # من المركز الثالث إلى الخامس: the second end of a move between ranks, of the same noun
            return _Q(i, i + 1, "ordinal", int(nw[0]), unit=self.out[-1].unit, written="words")
        if self.ar and nw[0] >= 1 and nw[2] in _DEFINITE and self._age_after(i + 1) and not (
                self.numword(i + 1) and self.numword(i + 1)[1] in ("ten", "tens")):
            return _Q(i, i + 1, "duration", int(nw[0]), unit="سنة", unit_en="year (age)", written="words")  # في الخامسة من عمره
        q = self.listed_ordinal(i)  # الصف الثالث متوسط/ الأول الثانوي: ordinals listed (ordinal_lists)
        if q is not None:
            return q
        q = bare_ordinal(self, i, nw)  # ليس الأول, حلان ...، الأول ... والثاني: a bare rank shown (bare_ordinals)
        return q if q is not None else NO_FIGURE

    def _next_rank_of(self, i, v) -> bool:
        """The ordinal word at token i (والثانية) follows right after an ordinal adjective figure of a
        noun (المرحلة الأولى), ranks higher and agrees with it in gender: it ranks the same noun."""
        q = self.out[-1]
        if not (q.kind == "ordinal" and q.b == i and q.unit and q.written == "words" and v > (q.value or 0)):
            return False
        prev = self.numword(q.b - 1)
        if not (prev and prev[1] == "ordinal"):
            return False
        fem = lambda w: w.endswith(("ة", "ى"))  # noqa: E731  (الأولى, الثانية; الأول, الثاني)
        return fem(self.t.text[q.b - 1]) == fem(self.t.text[i])

    def digit_ordinal(self, num: _Num) -> _Q | None:
        """الـ79 (a period when a months noun follows: الـ6 أشهر الأولى), 79th."""
        a, b, v = num.a, num.b, num.value
        if not (num.written == "digits" and num.is_int):
            return None
        if self.ar and self.percent_after(b) is not None:
            return None  # حاجز الـ60 في المائة: a percentage
        if self.ar and self.free(a - 1) and (
            (self.adj(a - 1, a) and self.k(a - 1) in _DEFINITE)
            or (self.t.text[a - 1] in ("ال", "الـ") and self.t.s[a] - self.t.e[a - 1] <= 1)
        ):
            if 1 <= v <= 31 and not (self.is_word(a - 2) and self.definite(a - 2) and self.k(a - 2) != "اليوم"
                                     and self.k(a - 2) not in WEEKDAYS):
                # (not النسخة الـ12 من أغسطس: the rank of the definite noun before; يوم السبت الـ7 من
                # شهر ذي القعدة: a weekday names the day)
                day = self.day_first(num)  # الـ24 من شهر أغسطس, يومي الـ23 والـ24 من أغسطس: a day of a month
                if (day is None or day.kind != "date") and v <= 30:
                    day = self.hijri_day_month(num)  # الـ4 من شهر ذي القعدة المقبل: a day of a Hijri month
                if day is not None and day.kind == "date":
                    day.a = min(day.a, a - 1)
                    return day
            per = self.period(num, a - 1)
            if per:
                return per
            if self._age_after(b):
                return _Q(a - 1, b, "duration", v, unit="سنة", unit_en="year (age)")  # في الـ20 من عمره
            age = self.phrase_before(a - 1, "age_word", clitic=True)
            if age and 1 <= v <= 120 and not self.unit_after(b):
                # بعمر الـ21, في سن الـ18: an age (the years unsaid)
                return _Q(age[0], b, "duration", v, unit="سنة", unit_en="year (age)")
            # a rank noun before the article (المركز الـ5; للمرة الـ 21 with its alif elided, round 44)
            ranked = self.phrase_before(a - 1, "rank_noun", clitic=True) or self._elided_rank_noun(a - 2)
            u = None if ranked else self.unit_after(b)
            if (not u and not ranked
                    and (self._accusative_noun(b, v)
                         or b < self.t.n and (self.t.text[b].endswith("ة") or genitive_count(v))
                         and self._counted_noun_after(b, v)
                         and (self.k(b + 1) in ("التي", "اللواتي", "اللاتي")
                              or not (self.is_word(a - 2) and self.definite(a - 2))))):
                # الـ23 لاعبا; الـ24 طائرة التي اشترتها: a feminine counted noun, its accusative unseen,
                # with the relative pronoun of the things counted
                u = self.fallback_unit(b, v)
            if u and u[1] in ("duration", "count", "money", "measure"):
                return self.counted(a - 1, u, v, num)  # الـ30 عاما الماضية, الـ23 لاعبا: a definite cardinal
            pl = self._plural_before(a - 1)
            if pl:
                unit, kind, en, st = pl
                return _Q(st, b, kind, v, unit=unit, unit_en=en)
            q = _Q(a - 1, b, "ordinal", v)
            if self.definite(a - 2) and self.free(a - 2) and self._ordinal_idiom(a - 2, v):
                return _Q(a - 2, b, "label", v, unit=self.strip_def(a - 2))  # الابتدائية الـ30: a school's name
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
        return None

    def _age_before(self, i) -> int | None:
        """The first token of an age word (في سن, بعمر) or an age verb (يبلغ, البالغ) right before the
        feminine ordinal at token i (سن الثالثة, يبلغ الحادية والتسعين), else None."""
        if not (self.ar and self.t.text[i].endswith(("ة", "ه"))):
            return None
        for role in ("age_word", "age_verb"):
            hit = self.phrase_before(i, role, clitic=role == "age_word")
            if hit:
                return hit[0] if role == "age_word" else i
        if self.k(i - 1) in ("الي", "حتي") and self.free(i - 1):
            # تخفيض سن المشاركة إلى الثامنة عشرة, رفع سن الحضانة حتى السابعة: the age a rule moves to
            # (the age word and the definite noun it heads right before إلى/حتى; session 53, q79)
            x = i - 2
            if self.kind(x) == "ar" and self.definite(x) and self.free(x):
                x -= 1
            if x < i - 1 and self.free(x) and self.k(x) in ("سن", "وسن", "بسن", "لسن"):
                return i
        return None

    def _age_after(self, b) -> bool:
        """Tokens b, b+1 read من عمره/عمرها/العمر: the number before is an age (في الـ20 من عمره)."""
        if not (self.ar and self.k(b) == "من" and self.free(b + 1) and self.kind(b + 1) == "ar"):
            return False
        k = self.k(b + 1)
        return k in ("العمر", "عمره", "عمرها", "عمرهم", "عمرهما", "عمري")

    def rank_number(self, num: _Num) -> _Q | None:
        """Digits right after a rank noun (``rank_noun`` markers): الدقيقة 28, الجولة 5, الطابق 12
        rank rather than count or name (as the ordinal words after them: الدقيقة الثلاثين); also in
        brackets (المركز (93))."""
        a, b = num.a, num.b
        if not (self.ar and num.written == "digits" and num.is_int and num.plain and 0 < num.value < 1000):
            return None
        br = int(self.is_p(a - 1, "(") and self.is_p(b, ")"))  # المركز (93): the number in brackets
        n = a - br  # the token right after the rank noun
        # definite by the article (الجولة 5) or by its pronoun (في نسخته 17: its 17th edition)
        if (not (self.free(n - 1) and (self.definite(n - 1) or (not br and self.t.text[n - 1].endswith(("ه", "ها")))))
                or self.is_p(b + br, "%") or self.percent_after(b + br) is not None):
            return None
        hit = self.phrase_before(n, "rank_noun", clitic=True) or self._elided_rank_noun(n - 1)
        if not hit or hit[0] != n - 1 or self.unit_after(b + br):
            return None
        unit = self.strip_def(n - 1)
        timed = tuple(t[0] for t in self.lx.markers.get("timed_rank", {}))  # الدقيقة 72 مصابا: minute 72
        if (not br and self.definite(n - 1) and not self.k(n - 1).endswith(timed)
                and (self._accusative_noun(b, num.value) or self._counted_noun_after(b, num.value))):
            # وشملت هذه المرحلة 692 عملية, ويشارك في الدورة 34 مدربا: the number counts the noun after it, as
            # both readers of the dev sets wrote it (session 55, q84); not a minute (في الدقيقة 72 مصابا)
            return None
        if not self.definite(n - 1):
            if self._accusative_noun(b, num.value) or self._counted_noun_after(b, num.value):
                return None  # في نسخته 500 نسخة: a count after it
            unit = re.sub(r"ت$", "ة", re.sub(r"(ه|ها)$", "", unit))  # نسختها -> نسخة
        return _Q(n - 1, b + br, "ordinal", num.value, unit=unit)

    def _elided_rank_noun(self, x):
        """(x, value) when word x is a rank noun whose article lost its alif after the preposition لـ
        (``للمركز``, ``وللمرتبة``: لـ + المركز), which the clitic readings of the marker phrases miss."""
        if not (self.ar and self.kind(x) == "ar" and self.free(x)):
            return None
        k = self.k(x)
        for p in ("لل", "ولل", "فلل"):
            if k.startswith(p) and len(k) > len(p) + 2:
                v = self.lx.markers.get("rank_noun", {}).get(("ال" + k[len(p):],))
                if v is not None:
                    return x, v
        return None

    def compound_ordinal(self, num: _Num):
        """الثالث عشر (13th), الخامس والعشرين (25th); الثالث + عشرة otherwise is no figure."""
        a, b, v = num.a, num.b, num.value
        if num.written == "words" and self.ar and self.free(a - 1):
            ordv = self._ordinal(a - 1)
            if ordv and ordv > 0 and (num.wtype == "ten" or (num.wtype == "tens" and self.k(a).startswith("و"))):
                val = v + ordv if num.wtype == "tens" else 10 + ordv
                if self._age_after(b):  # في الخامسة والثلاثين من عمرها: an age
                    return _Q(a - 1, b, "duration", val, unit="سنة", unit_en="year (age)", written="words")
                if (self.free(b) and self.k(b) in ("عاما", "سنه") and self.kind(b + 1) != "num"
                        and not (self.kind(a - 2) == "ar" and self.definite(a - 2))):
                    # عن عمر يناهز الخامسة والسبعين عامًا: the ordinal form before years is an age
                    # (not الذكرى الخامسة والعشرين عاما: an ordinal agreeing with a definite noun)
                    return _Q(a - 1, b + 1, "duration", val, unit="سنة", unit_en="year (age)", written="words")
                st = self._age_before(a - 1)
                if st is not None:  # في سن الثالثة والعشرين, يبلغ الحادية والتسعين: an age
                    return _Q(st, b, "duration", val, unit="سنة", unit_en="year (age)", written="words")
                return _Q(a - 1, b, "ordinal", val, written="words")
            if ordv and ordv > 0 and num.wtype == "ten":
                return NO_FIGURE
        return None
