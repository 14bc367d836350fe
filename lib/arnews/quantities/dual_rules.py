"""Duals read as counts of 2 (round 34: split from :mod:`.counts`, behaviour unchanged): a dual of the
lexicon (``عامين``, ``شهرين``) or of any noun by its form (``مدرستين``, ``الفريقين``; guarded in :mod:`.duals`),
a dual opening a range (``من أسبوعين إلى ثلاثة أسابيع``), the word two stressing it (``حادثين اثنين``), and what
rules a dual-looking word out: an adjective agreeing with a dual before it, the adjective of two nouns, a
name, a plural participle of manner, "my noun" with its adjective.  The evidence of a dual's neighbours
(a dual pronoun, verb, relative or pair) is in :mod:`.dual_evidence`."""
from __future__ import annotations

import re

from ..tokens import stopwords as _stopwords
from .dates import WEEKDAYS as _WEEKDAYS
from .construct_pairs import _place_construct, dual_before_named_pair, side_dual_before_pair
from .predicate_duals import predicate_of_pair, predicate_of_pronoun
from .dual_agreement import dual_by_agreement
from .dual_verbs import dual_after_verb, dual_by_verb
from .named_pairs import dual_before_two_names, dual_before_two_nationals
from .dual_name_pairs import dual_before_named_people
from .construct_lists import two_genitives_after
from .enumerated_duals import dual_before_first
from .genitive_duals import construct_before_dual, genitive_after_construct
from .my_nouns import my_noun_here, no_genitive_at
from .noun_duals import noun_shaped_dual
from .between_duals import dual_after_between, our_two
from .both_duals import dual_before_both
from .dual_contexts import adjective_after_genitive, not_a_dual_here, two_nisbas_after
from .construct_chains import and_within, construct_after, owned_noun_after
from .construct_backrefs import construct_before_backref, noun_after_construct
from .duals import (fa_is_root, _NAME_PART as _NAME_PART_Z, name_cues as _cues, vocab_zipf as _vocab, word_zipf as _z,
                    dual_singular, in_name_chain)
from .figure import NO_FIGURE, Figure as _Q
from .lexicon import DEFINITE_PREFIXES as _DEFINITE
from .nisba_duals import adjective_of_nisba_dual, dual_before_genitive_adjective
from .paired_duals import paired_dual
from .pronoun_duals import dual_before_adjective
from .dual_evidence import FRACTIONS as _FRACTIONS
from .quoted_duals import dual_before_quoted_name
from .counted_duals import dual_of_counted_unit
from .relative_duals import dual_before_relative
from .role_duals import role_dual
from .sole_nouns import SOLE_KEYS
from .ranges import BETWEEN as _BETWEEN
from ..proclitics import proclitics

#: the endings of a definite adjective agreeing with a dual (key form)
_DUAL_ENDS2 = ("ين", "ان")
#: how common (zipf) the singular of a dual shown by its neighbours must be
_MIN_SINGULAR_NOUN = 3.3
#: words that open a family name (key form): the dual-looking word after them is a name
_NAME_LINKS = frozenset(("ابو", "ابا", "ابي", "بن", "ابن", "بنت", "البو"))  # البو عينين: البوعينين split (fixq)


#: words that quantify a plural (key forms): the word after them is no dual (بعض المواطنين, معظم اللاعبين)
_PLURAL_QUANTIFIERS = frozenset({"بعض", "معظم", "اغلب", "جميع", "كافه", "غالبيه", "مختلف", "عشرات", "مئات", "الاف"})

class _DualRules:
    """Dual rules (a scanner mixin)."""

    def dual(self, i) -> _Q | None:
        """A dual noun: عامين (2 years), شهرين (lexicon); مدرستين, الفريقين (morphology, ``duals``);
        ساعتان ونصف (2.5 hours)."""
        if not self.is_word(i):
            return None
        if self.ar and self.free(i - 1) and (self.k(i - 1) in _NAME_LINKS or self.t.text[i - 1] == "آل"):
            return None  # أبو قرنين, بن سالمين, آل حسين: a family name after أبو/بن/آل, not a dual
        if self.ar and self.free(i - 1) and (self.k(i - 1),) in self.lx.markers.get("idiom_before_dual", {}):
            return NO_FIGURE  # حافي القدمين: barefoot, no feet counted
        if self.ar and self.lx.compound_duals:
            q = self._compound_dual(i)
            if q is not None:
                return self._two_after(q)
        for p, base in self.bases(i):
            e = self.lx.duals.get(base)
            if e and p == "ال" and base.endswith("ان") and self._in_name_chain(i):
                return None  # علي الفردان, عبد العزيز الخمسان: a family name after a given name
            if e and (not p or p in _DEFINITE or p in ("و", "ب", "ل", "ف")):
                unit, kind, en = e
                kind = kind if kind in ("duration", "money", "measure") else "count"
                if kind == "money" and p in _DEFINITE and two_nisbas_after(self, i):
                    return _Q(i, i + 1, "count", 2, unit=unit, unit_en=en, written="words")  # الدولاران الأسترالي والنيوزيلندي: two currencies
                q = _Q(i, i + 1, kind, 2, unit=unit, unit_en=en, written="words")
                if kind == "money":
                    q.currency = self.currency_of(unit)
                return self._dual_range(self._two_after(self._and_half(q)))
        if self.ar and self.kind(i) == "ar":
            if any(b in self.lx.compound_alef_heads for _, b in self.bases(i)):
                return None  # طريقًا للهدى: a word tried only as the head of ضابطا شرطة is the accusative singular
            q = self.morph_dual(i)
            return self._dual_range(self._two_after(q)) if q is not None else None
        return None

    def _compound_dual(self, i) -> _Q | None:
        """The construct dual of a unit of two words or more (``ضابطي شرطة``, ``رجلا أمن``, ``نقطتي
        تفتيش``): one count 2 of the whole unit; the governed word may take the article (``ضابطي الشرطة``)."""
        for p, base in self.bases(i):
            if p not in ("", "و", "ب", "ل", "ف", "وب", "ول"):
                continue
            for n in range(2, 4):
                if not all(self.free(i + m) and self.is_word(i + m) for m in range(1, n)):
                    break
                tail = []
                for m in range(1, n):
                    kx = self.k(i + m)
                    tail.append(kx[2:] if kx.startswith("ال") and len(kx) > 3 else kx)
                e = self.lx.compound_duals.get((base,) + tuple(tail))
                if e is None:
                    e = self.lx.compound_duals.get((base,) + tuple(self.k(i + m) for m in range(1, n)))
                if e:
                    unit, kind, en = e
                    kind = kind if kind in ("duration", "money", "measure") else "count"
                    return _Q(i, i + n, kind, 2, unit=unit, unit_en=en, written="words")
        return None

    def _two_after(self, q: _Q) -> _Q:
        """حادثين اثنين, حادثتان اثنتان: the number word two after a dual only stresses it (one figure)."""
        if self.ar and q.value == 2 and self.free(q.b) and self.k(q.b) in ("اثنين", "اثنان", "اثنتين", "اثنتان"):
            q.b += 1
        return q

    def _dual_range(self, q: _Q) -> _Q:
        """من أسبوعين إلى ثلاثة أسابيع: a dual opening a range of the same unit (2..3)."""
        if not self.ar or q.value != 2:
            return q
        rf = self.phrase_before(q.a, "range_from")
        to = self.phrase_at(q.b, "range_to")
        if not rf or not to or self.k(rf[0]) in _BETWEEN or not self.free(to[0]):
            return q
        num2 = self.parse_number(to[0])
        if not num2 or num2.value <= 2:
            return q
        u = self.unit_after(num2.b)
        if not u or u[0] != q.unit:
            return q
        q.a, q.b, q.value_end = rf[0], u[3], num2.value
        return q

    def _place_before(self, i) -> bool:
        """A place word of ``place_before_dual`` right before token i: ``name`` always names a place (قرية العينين),
        ``area`` only with a second place word right after i (بمنطقة العينين بمديرية; منطقة العينين is the eye area)."""
        table = self.lx.markers.get("place_before_dual")
        if not table or not self.free(i - 1) or i == 0:
            return False
        cue = [table.get((b,)) for p_, b in self.bases(i - 1) if p_ in ("", "و", "ب", "ف", "وب")]
        if "name" in cue:
            return True
        return "area" in cue and self.free(i + 1) and any(
            table.get((b,)) for p_, b in self.bases(i + 1) if p_ in ("ب", "وب", "و"))

    def _idiom_verb_before(self, i, singular: str) -> bool:
        """A verb of ``idiom_dual_verb`` whose pair is ``singular`` among the 10 words before token i, within its clause
        (يفتح مركز الملك فهد الثقافي «قرية المفتاحة» وسط مدينة أبها ذراعيه: quotes do not count, a comma or a stop ends)."""
        table = self.lx.markers.get("idiom_dual_verb")
        if not table:
            return False
        words, x = 0, i - 1
        while x >= 0 and words < 10 and not self.is_p(x, ".،,؛;:!?؟"):
            if self.is_word(x):
                words += 1
                if self.free(x) and any(table.get((b,)) == singular for p_, b in self.bases(x) if p_ in ("", "و", "ف")):
                    return True
            x -= 1
        return False

    def morph_dual(self, i) -> _Q | None:
        """A dual of a noun the lexicon does not list (guarded: see :mod:`.duals`)."""
        k = self.k(i)
        if any(b in SOLE_KEYS for _, b in self.bases(i)):
            return None  # غرد وحيدا المنتخب: "alone" (وحيد in the accusative), never two of وحيد (fixq2)
        if self.free(i - 1) and (self.k(i - 1) in _NAME_LINKS or self.t.text[i - 1] == "آل"):
            return None  # أبو حسنين, آل عثمان: a family name
        if self.ar and self._in_name_chain(i):
            return None  # د. أشرف سالمان, ولدو هيلان مريم: a part of a name
        if self.free(i - 1) and (self.k(i - 1),) in self.lx.markers.get("idiom_before_dual", {}):
            return None  # حافي القدمين: barefoot, no feet counted
        if self.phrase_at(i, "idiom_dual") or i > 0 and (p_ := self.phrase_at(i - 1, "idiom_dual")) and p_[0] > i:
            return None  # على طرفي نقيض, بين قوسين: idioms, nothing counted (q57)
        pair = paired_dual(self.t.text[i], k)
        if pair is not None and self.is_p(i + 1, "»”\"") and self.adj(i, i + 1):
            return None  # «أنا والجنة تحت قدميك»: the last word of a quoted title, nothing counted
        if pair is not None and k.endswith(("اه", "اها", "اهما")) and self.free(i - 1) \
                and (self.k(i - 1),) in self.lx.markers.get("relative_before_verb", {}):
            return None  # بما قدماه من مستويات, التي قدماها: a verb after a relative, no feet (fixq, session 51)
        if pair is not None and self._place_before(i):
            return None  # قرية العينين, بمنطقة العينين بمديرية مشرعة: a place's name, no eyes (fixq, session 51)
        if pair is not None and not self.definite(i) and self._idiom_verb_before(i, pair[0]):
            return None  # يفتح المركز وسط المدينة ذراعيه لزواره: welcomes, no arms (fixq, session 51)
        if pair is not None:
            return _Q(i, i + 1, "count", 2, unit=pair[0], unit_en=pair[1], written="words")  # اليدين, عينيه: a natural pair (q75)
        if self.free(i - 1) and self.k(i - 1) in ("كلاهما", "وكلاهما", "كلتاهما", "وكلتاهما") and not self.definite(i):
            return None  # كلاهما ناجحان: a predicate of the pair named before, no new figure
        if predicate_of_pronoun(self, i):
            return None  # وهما مدركان لما, كونهما مرتبطتان بوظيفة: the predicate of a pronoun of two (round 41)
        if predicate_of_pair(self, i):
            return None  # ميسي ونيمار جاهزان: the predicate of two subjects joined by و (session 38)
        if self.out and self.out[-1].b == i and self.out[-1].value == 2 and i > 0 and dual_before_adjective(self, i - 1):
            return None  # شعبينا الشقيقين: the adjective of the dual before it, no second figure
        sing = dual_before_first(self, i)  # بين لاعبين الأول سوري ...، فيما الآخر ياباني (q60)
        if sing is not None:
            q = self._dual_unit(i, sing)
            return q if q.kind == "count" else None
        if i > 0 and self.free(i - 1) and any(b in _PLURAL_QUANTIFIERS for _, b in self.bases(i - 1)):
            return None  # بعض المواطنين, معظم المشاركين: a quantifier of a plural, never of two
        if self._plural_participle(i):
            return None  # معبرين عن شكرهم, معبرين استنكارهم: a plural participle of manner, no dual
        if not_a_dual_here(self, i):
            return None  # اللاتي أجرين, نادي الجبلين, هاتفين «...»: a verb, a club's name, a participle of saying (session 40)
        sing = dual_of_counted_unit(self, i)  # 7 حالات زيادة، وحالتا نقص: two of the noun just counted (q86)
        if sing is not None:
            return self._dual_unit(i, sing)
        sing = role_dual(self, i)  # مدربي الفريقين, منتخبي بلادهما: one holder for each of two owners (q87)
        if sing is not None:
            return self._dual_unit(i, sing)
        sing = dual_before_adjective(self, i)  # ركنيه الرئيسيين, شعبينا الشقيقين: a dual adjective shows it
        if sing is not None:
            return self._dual_unit(i, sing)
        sing = dual_before_relative(self, i)  # ابنتيه اللتين, بلاعبيه اللذان: the dual relative agrees with two
        if sing is not None:
            return self._dual_unit(i, sing)
        sing = dual_after_between(self, i)  # بين الغريمين: two by form and context (q72)
        if sing is not None:
            return self._dual_unit(i, sing)
        sing = dual_before_both(self, i)  # الخامين القياسيين كليهما: كلا names two (both_duals, q78)
        if sing is not None:
            return self._dual_unit(i, sing)
        sing = our_two(self, i)  # لبلدينا, شعبينا, عقدينا: our two things, counted (not two decades)
        if sing is not None:
            q = self._dual_unit(i, sing)
            if q.kind == "duration":
                if sing != "عقد":
                    return None  # يومينا هذا: our day, no two days (fixq)
                q.kind, q.unit, q.unit_en = "count", sing, ""  # عقدينا: our two contracts
            if self.free(i + 1) and self.k(i + 1) in ("الاثنين", "الاثنتين"):
                q.b = i + 2  # شعبينا الاثنين: the two stresses the dual (one figure, as round 34 pins it)
            return q
        if k.endswith("يهما"):
            return self._dual_with_pronoun(i)
        if self.t.text[i].endswith("يه") and self.t.text[i] not in _stopwords("ar"):
            return self._dual_with_his(i)
        if self.t.text[i].endswith(("يها", "يهم")) and self.t.text[i] not in _stopwords("ar"):
            # طفليها, قسميها (two children, two sections); not لاعبيها, طالبيها (a sound plural is
            # written the same: its -ون form must be unknown), and what is owned is counted (قدميها: feet)
            w = self.t.text[i]
            stems = [w[len(p_):-3] for p_ in proclitics("dual_noun") if w.startswith(p_)]
            if any(_z(st + "ون") >= 1.0 for st in stems if not st.endswith("ت")):
                return None
            q = self._dual_with_pronoun(i, 2)
            if q is not None and q.kind == "measure":
                q.kind = "count"
            return q
        if k.endswith(("اه", "اها", "اهم", "اهما")):
            stem = self.t.text[i][:-next(len(x) for x in ("اهما", "اهم", "اها", "اه") if k.endswith(x))]
            if (self.free(i - 1) and (self.k(i - 1),) in self.lx.markers.get("relative_before_verb", {})
                    and _z(stem + "ان") < 3.0):
                return None  # عما أسماه: a verb after a relative, no two names; not التي طرفاها (طرفان common) (q87)
            return self._nominative_dual_with_pronoun(i)
        if k.endswith("ا") and not k.endswith(("تا", "ها", "نا", "يا")):
            q = self._nominative_construct_dual(i)
            if q is None and (sing := dual_before_named_pair(self, i)) is not None:
                q = self._dual_unit(i, sing)  # مدربا الهلال والنصر, شرطا التوازن والمأسسة (round 40)
            if q is None and (sing := side_dual_before_pair(self, i)) is not None:
                q = self._dual_unit(i, sing)  # فريقا بايرن ميونيخ وبوروسيا دورتموند (round 42)
            return q if q is None or q.kind == "count" else None
        if self.t.text[i].endswith("ى"):
            # ميدانى ضاحية السلام والمالح: a place noun's construct dual as Egypt writes it (session 38)
            sing = side_dual_before_pair(self, i) if _place_construct(self, i) else None
            return self._dual_unit(i, sing) if sing is not None else None
        if not k.endswith(("ين", "ان", "تي", "تا", "ي")):
            return None
        # an adjective agreeing with a dual just before it: عمليتين جراحيتين
        if (i > 0 and self.claimed[i - 1] and not k.startswith("و") and not (k.startswith(("ل", "ب")) and k.endswith("تي"))
                and not self._goal_word(i, ("ب", "ل"))):
            # (مبنيين لبلديتي الرويضة وضرماء: a construct after a preposition is no adjective; nor the goals of a
            # result: تعادل الفريقان بهدفين لهدفين, two counts of goals)
            if (self.out and self.out[-1].b == i and self.out[-1].value == 2
                    and not (self._nominative_construct_before(i) and self.definite(i))
                    and not genitive_after_construct(self, i)
                    and not (self.t.text[i - 1].endswith("ي") and construct_after(self, i))):  # ملعبي ناديي الشباب (session 40)
                return None  # (رئيسا الناديين, قيادتي البلدين: a construct dual and its genitive dual, two figures)
        # a definite nisba adjective a few words after a dual: أقليتي تاي وداو العرقيتين
        if (self.definite(i) and k.endswith(("يتين", "يتان", "يين", "يان")) and self.out
                and self.out[-1].value == 2 and 0 <= i - self.out[-1].b <= 3
                and not (self.out[-1].b == i and self._nominative_construct_before(i))):
            return None
        if adjective_of_nisba_dual(self, i):
            return None  # رئيسي الوزراء السابقين: the adjective of the construct dual before its genitive (q71)
        if adjective_after_genitive(self, i):
            return None  # قطعتي الأرض المجاورتين: the adjective of a construct dual after its genitive (session 40)
        # a chain of definite adjectives after a definite dual: القوتين العربيتين المتماسكتين
        if (self.definite(i) and self.out and self.out[-1].value == 2 and self.definite(self.out[-1].a)
                and 0 < i - self.out[-1].b <= 2
                and all(self.definite(j) and self.k(j).endswith(_DUAL_ENDS2) for j in range(self.out[-1].b, i))):
            return None
        # a definite adjective after a dual with a pronoun: رجليها الخلفيتين, مباراتيه الأخيرتين (the
        # noun's dual in -ين is common; not أغلبية الثلثين, a teh marbuta, nor the verb تبديه الحكومتان)
        if self.definite(i) and i > 0 and self.free(i - 1) and self.kind(i - 1) == "ar":
            pw = self.t.text[i - 1]
            for p_ in proclitics("dual_noun"):
                m = re.fullmatch(r"(.{2,}?)ي(ها|هما|هم|ه)", pw[len(p_):]) if pw.startswith(p_) else None
                st = m.group(1) if m else ""
                if (m and pw not in _stopwords("ar") and _z(st + "ين") >= 2.5
                        and (_z(st) >= 3.5 or st.endswith("ت") and _z(st[:-1] + "ة") >= 3.5)):
                    return None
        # a chain of indefinite adjectives after an indefinite dual: ركنين آخرين شديدين
        if (not self.definite(i) and k.endswith(_DUAL_ENDS2) and self.out and self.out[-1].value == 2
                and self.out[-1].written == "words" and 0 < i - self.out[-1].b <= 2
                and self.k(self.out[-1].b - 1)[-2:] == k[-2:]
                and all(self.kind(j) == "ar" and not self.definite(j) and self.k(j)[-2:] == k[-2:]
                        for j in range(self.out[-1].b, i))
                and not noun_shaped_dual(self.t.text[i])):
            return None  # (عمليتين منفصلتين محاولتين, مدفعين رشاشين وسيارتين: a second noun, no adjective)
        if self.numword(i) or self.month_at(i) or k in self.lx.not_unit:
            return None
        if k.endswith(("تين", "تان", "ين", "ان")) and self.definite(i) and self._adjective_of_two(i) or (
                k.endswith(("تين", "تان")) and self._adjective_of_two(i)):
            return None  # منطقتي الخفجي والوفرة المشتركتين, حضارة وثقافة عريقتين: the adjective of two nouns
        q = self._dual_by_pair(i)
        if q is not None:
            return q
        nd = self.lx.markers.get("not_dual", {})
        if any((b,) in nd for _, b in self.bases(i)):
            return None
        w = self.t.text[i]
        sing = dual_by_verb(self, i)  # المهاجمين فرا, اللاعبين يتمتعان: a dual verb after its subject
        if sing is None:
            sing = dual_after_verb(self, i)  # وأكد البلدان: a masculine verb before a thing's dual (q80)
        if sing is None:
            sing = dual_by_agreement(self, i)  # حلان لا ثالث لهما, حكمين أصدرهما: words referring back to two
        if sing is None:
            sing = dual_before_two_names(self, i)  # المهاجمين فهد السويلم وعبدالله السالم: two people named
        if sing is None:
            sing = dual_before_named_people(self, i)  # الموهوبتان جوري الفيفي، ودانه المهوس (q57)
        if sing is None:
            sing = dual_before_two_nationals(self, i)  # المهاجمين الهولندي روبن فان بيرسي والكولومبي راداميل فالكاو
        if sing is None:
            sing = construct_before_dual(self, i)  # سفيري البلدين: a construct before its dual genitive (q50)
        if sing is None and (sing := construct_before_backref(self, i)) is not None:
            q = self._dual_unit(i, sing)  # مشجعي فريق ... اعتديا: a dual verb agrees with it (q57)
            q.kind = "count" if q.kind == "duration" else q.kind  # عقدي سانتي وثيو يملكان: contracts, not decades
            return q
        if sing is not None:
            return self._dual_unit(i, sing)
        q = (self._noun_dual(i) or self._dual_by_relative(i) or self._dual_by_demonstrative(i) or self._dual_before_two_names(i)
             or self._dual_before_two_definites(i))
        if q is not None:
            return q
        sing = dual_before_quoted_name(self, i)  # سفينتي «ميسترال», طرازي 777-200 و777-300
        if sing is not None:
            return self._dual_unit(i, sing)
        sing = dual_before_named_pair(self, i)  # قطبي العاصمة الهلال والنصر (round 40)
        if sing is not None:
            return self._dual_unit(i, sing)
        sing = side_dual_before_pair(self, i)  # منتخبي الصين وكوريا (round 42)
        if sing is not None:
            return self._dual_unit(i, sing)
        sing = dual_before_genitive_adjective(self, i)  # رئيسي الوزراء السابقين (q71)
        if sing is not None:
            return self._dual_unit(i, sing)
        readings = self.bases(i)[1:]
        if not any(p in ("و", "ف", "ب", "ل", "ك") for p, _ in readings) or (
                not any(p in ("و", "ف") for p, _ in readings) and k.endswith(("تين", "تان", "تي", "تا"))) or (
                _z(w) >= 3.0 and _z(w) > _z(w[1:]) + 1.0) or (
                all(p == "ك" for p, _ in readings) and _z(w[:-2] + "ة") < _z(w[:-2]) - 1.0) or fa_is_root(w):
            # the first letter is the root's when the whole word is the common one: فريقي, بلدين
            # وجمعان is و + جمعان, never a dual وجمع; a feminine dual led by ب/ل/ك is also tried
            # whole (كليتي المجتمع, لجنتين), not a masculine one (كبيرين, كفيلان: adjectives); a
            # word in ك tried whole when its singular is a noun, no adjective with a common feminine
            # (كيسين: كيس, كيسة rare; not كبيرين: كبيرة); a feminine one whose ف is the root's (فتحتا: فتحة, q71)
            readings.append(("", k))
        best = None
        # مباراتا نصف النهائي, مباراتي ربع النهائي: a cup round after it is the genitive of a construct dual (q71)
        round_after = (self.free(i + 1) and self.k(i + 1) in ("نصف", "ربع") and self.free(i + 2)
                       and any(b_ in ("النهائي", "نهائي") for _, b_ in self.bases(i + 2)[:1]))
        for p, base in readings:
            if p and not (p in _DEFINITE or p in ("و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")):
                continue
            body = w[len(p):]
            if p in ("ب", "ل", "ك") and w.endswith("ين") and _z(w[:-2] + "ون") >= 2.0 and _z(w) >= _z(body) + 0.5:
                continue  # بعيدين (far; بعيدون) is a plural read whole, not ب + عيدين "with two feasts" (لسببين stays)
            # a construct dual (حادثتي السير) needs a definite noun after it: مدرستي alone is "my school"
            construct = (body.endswith(("تي", "تا", "ي")) and self.free(i + 1) and self.kind(i + 1) == "ar"
                         and not self.k(i + 1).startswith(("لل", "بال", "كال"))  # (مُنصتا للحوار: a preposition)
                         and (self.definite(i + 1) or body.endswith(("تي", "تا")) and self._name_after(i + 1)
                              or body.endswith("تي") and (self._glued_name_after(i + 1) or self.name_pair_after(i + 1))
                              or body.endswith("تي") and two_genitives_after(self, i)  # عمليتي عاصفة الحزم وإعادة الأمل (q81)
                              or body.endswith("تي") and self._common_noun_after(i + 1)
                              and not re.fullmatch(r"م.ا..تي", body)  # محاولتي عقد: "my attempt to", a verbal noun
                              or body.endswith("تا") and p in ("", "و", "ف") and self._and_after(i + 1)
                              or body.endswith("ي") and not body.endswith("تي") and body[:-1] not in _FRACTIONS
                              and body not in _stopwords("ar") and construct_after(self, i + 1)
                              or body.endswith("ي") and not body.endswith(("تي", "يي")) and owned_noun_after(self, i + 1)
                              and _z(body[:-1] + "يا") < 2.9  # (راتب أسبوعي قيمته: a nisba, its adverb أسبوعيا common)
                              or body.endswith("ي") and not body.endswith(("تي", "يي")) and noun_after_construct(self, i + 1)
                              and (self._unit_lookup_word(body[:-1]) or ("", "count"))[1] != "duration")
                              # طرفي لقاء, جهازي كمبيوتر: an indefinite noun after it, no adjective of "my X" (q57)
                         and p not in _DEFINITE and self.k(i + 1) not in self.lx.not_unit
                         or body.endswith("تي") and p not in _DEFINITE and self.is_p(i + 1, "(")
                         and self.name_pair_after(i + 1)  # منطقتي (عسير وجازان)
                         or body.endswith("ي") and p not in _DEFINITE and self._quoted_construct(i)  # «شهيدي» الواجب
                         or body.endswith(("تي", "تا")) and p not in _DEFINITE and round_after)
            if body.endswith(("تي", "تا", "ي")) and not construct:
                continue
            if construct and no_genitive_at(self, i + 1, bare=body.endswith("تي")):
                continue  # يضمن عودتي سريعًا: "my quick return", an adverb in the accusative is no genitive (q88)
            if construct and i > 0 and self.free(i - 1) and (
                    body.endswith("تي") and self.k(i - 1) in ("يا", "ويا")
                    or body.endswith("تا") and self.k(i - 1) in ("قد", "لقد", "وقد", "فقد")):
                continue  # يا فتاتي: "my girl" called; وقد فتحتا النار: a verb after قد (q71)
            if construct and body.endswith("تي") and p not in _DEFINITE and self._given_name_at(i + 1):
                continue  # وشريكتي منال, زوجتي سارة: "my partner", a person named after her
            if construct and body.endswith("تي") and self._my_noun_and_adjective(i):
                continue  # قناعتي الراسخة, حملتي الانتخابية: "my conviction", a noun with its adjective
            if construct and body.endswith("تي") and p not in _DEFINITE and my_noun_here(
                    self, i, unit_noun=bool(self._unit_lookup_word(body[:-2] + "ة"))):
                continue  # برنامج إحالتي رصد, كانت حليمتي رحمها الله (a paragraph in the first person): a name, "my X" (q70)
            if construct and self.numword(i + 1) and not round_after:
                continue  # يومي الرابع والخامس من آب: a date (its rule reads it)
            if construct and body.endswith("ي") and self.k(i + 1) in _WEEKDAYS and not self._adverb_frame(i - 1):
                u = self._unit_lookup_word(body[:-1])  # راحة يومي السبت والأحد: two days
                if u and u[1] == "duration":
                    if not self.phrase_before(i, "time_off", clitic=True):
                        return None  # ستقام يومي الأربعاء والخميس, بما في ذلك يومي السبت والأحد: two weekdays named
                    return _Q(i, i + 1, "duration", 2, unit=u[0], unit_en=u[2], written="words")
            if construct and not body.endswith(("تي", "تا")) and i > 0 and self._adverb_frame(i - 1):
                continue  # بشكل يومي الساعة الثامنة: "daily", a nisba adjective
            sing = dual_singular(body, construct)
            chain = (construct and body.endswith("ي") and not body.endswith(("تي", "يي")) and p not in _DEFINITE
                     and construct_after(self, i + 1))
            if chain and sing is None:
                st = body[:-1]  # ملعبي ناديي الشباب: a chain of constructs shows the dual its rare -ين hides
                if _z(st) >= 4.0 and _z(body) <= _z(st) - 0.8 and _z(st + "ون") < 1.5 and _z(st + "يا") < 2.9 and _z(st + "ية") < 3.0:
                    sing = st
            if chain and sing:
                q = self._dual_unit(i, sing)
                q.kind = "count" if q.kind == "duration" else q.kind  # عقدي لاعبي الفريق: contracts, not decades
                return q
            if sing and body.endswith("ان") and body.startswith("م") and i > 0 and self.definite(i - 1):
                continue  # الجسور معلقان: a participle in -ان after a definite subject is its predicate
            if sing and (best is None or _z(sing) > best[0]):
                best = (_z(sing), sing, construct)  # لجنتين: لجنة, not ل + جنة; بقرتين: بقرة, not ب + قرة
        if best is None:
            return None
        q = self._dual_unit(i, best[1])
        if best[2] and q.kind == "measure" and self.definite(i + 1):
            # درجتي البكالوريوس والدبلوم, درجتي الشباب والناشئين: a unit of measure in construct with a definite noun
            # names two things (degrees, grades), never an amount (two degrees Celsius are درجتين مئويتين) (q87)
            q.kind, q.unit, q.unit_en = "count", best[1], ""
        return self._and_half(q)

    def _plural_participle(self, i) -> bool:
        """Word i (م-, masculine -ين) is a plural participle describing a plural subject (حال), not a
        dual: its object, right after it or after عن/على, carries the plural pronoun هم (وقفوا معبرين
        عن شكرهم, معبرين استنكارهم, مؤكدين دعمهم).  A dual noun takes no such object (مركزين عن الصدارة,
        مقعدين على درجة رجال الأعمال stay two)."""
        w = self.t.text[i]
        body = w[1:] if w[:1] in ("و", "ف") and len(w) > 5 else w
        if not (body.startswith("م") and body.endswith("ين") and not body.endswith("تين")):
            return False
        j = i + 1
        if self.free(j) and self.k(j) in ("عن", "علي"):
            j += 1
        o = self.t.text[j] if self.free(j) and self.kind(j) == "ar" else ""
        # حبهم (four letters) is a noun's object too (معبرين عن حبهم, q72); منهم, عليهم are function words
        return o.endswith("هم") and (len(o) > 4 or len(o) == 4 and o not in _stopwords("ar"))

    def _quoted_construct(self, i) -> bool:
        """Word i is quoted alone and a definite noun follows the closing quote (جثماني «شهيدي» الواجب):
        the quotes set the word off, the construct goes on past them."""
        return (self.is_p(i - 1, "«“\"") and self.adj(i - 1, i) and self.is_p(i + 1, "»”\"") and self.adj(i, i + 1)
                and self.free(i + 2) and self.kind(i + 2) == "ar" and self.definite(i + 2)
                and not self.k(i + 2).startswith(("لل", "بال", "كال")) and self.k(i + 2) not in self.lx.not_unit
                and not self.k(i + 2).endswith(("ي", "يه")))  # فريق «إنسانيتي» التطوعي: a name and its nisba (session 40)

    def _adjective_of_two(self, i) -> bool:
        """Word i (feminine -تين/-تان) is the dual adjective of two nouns joined by و just before it
        (حضارة وثقافة عريقتين, الخفجي والوفرة المشتركتين, دونيتسك ولوهانسك الواقعتين), not a count:
        the word before it is a noun led by و (its ة or its article shows it; or a name, no Arabic
        vocabulary), after another word; the dual agrees with it in definiteness (a name is
        definite); and it is shaped like an adjective: a nisba, or a feminine whose masculine form
        is about as common (مشتركة/مشترك; not رحلة, مدينة, سيارة: nouns)."""
        if not (i >= 2 and self.free(i - 1) and self.kind(i - 1) == "ar" and self.kind(i - 2) == "ar"):
            return False
        prev = self.k(i - 1)
        if not prev.startswith("و") or len(prev) < 4 or self.k(i).startswith(("و", "لل", "بال", "كال")):
            return False  # (الأمن والاستقرار للدولتين: a preposition makes it a noun, an adjective takes none)
        rest = self.t.text[i - 1][1:]
        name = _vocab(rest) < _NAME_PART_Z
        if not (rest.endswith("ة") or rest.startswith("ال") or name):
            return False  # وأصيب شخصان: a verb before the dual
        if self.definite(i) != (rest.startswith("ال") or name and self.definite(i)):
            return False
        w = self.t.text[i]
        body = w[2:] if w.startswith("ال") else w
        if not body.endswith(("تين", "تان")):
            # masculine: التذمر والاستياء الشديدين; a nisba, or a stem whose feminine is about as common (an
            # adjective: شديد/شديدة; not طرف, فريق: nouns whose feminine is rare or another word)
            sing = body[:-2]
            return (len(sing) >= 3 and rest.startswith("ال") and not name
                    and (sing.endswith("ي") or _z(sing + "ة") >= _z(sing) - 0.5 and _z(sing) >= 3.0))
        sing = body[:-3] + "ة"
        return len(sing) >= 4 and (sing.endswith("ية") or _z(sing[:-1]) >= _z(sing) - 0.5)

    def _my_noun_and_adjective(self, i) -> bool:
        """Word i in -تي is a feminine noun with the first-person pronoun, not a construct dual, when
        the definite word after it is a feminine adjective agreeing with it (a nisba: الجامعية,
        الانتخابية; or its masculine form without ة is about as common: البسيطة, الراسخة) and no second noun
        joined by و follows (وزارتي الداخلية والخارجية, مرحلتي الابتدائية والمتوسطة: two things
        named, a dual); not a noun after it (خطتي التنمية, وزارتي الصحة: the masculine is rare)."""
        if not (self.free(i + 1) and self.definite(i + 1)):
            return False
        w = self.t.text[i + 1]
        adj = w[2:] if w.startswith("ال") else w
        if (len(adj) == 5 and adj.endswith("اء") and adj[3] == "ا" and w.startswith("ال")
                and _z("أ" + adj[:3]) >= 3.5 and not self.k(i + 2).startswith("و")):
            return True  # صراحتي البيضاء: a colour adjective فعلاء (أبيض) agreeing with "my X" (session 40)
        if not adj.endswith("ة") or len(adj) < 4:
            return False
        if not adj.endswith("ية") and _z(adj[:-1]) < _z(adj) - 0.5:
            return False  # a nisba (الانتخابية, الشخصية) is an adjective; a construct needs a noun after it
        nxt = self.k(i + 2) if self.free(i + 2) and self.kind(i + 2) == "ar" else ""
        # (وتجربتي المحدودة وأسئلتي المترامية: the next noun of a list of "my" nouns, not a second genitive;
        # وقراءتي المتوالية والمتتبعة after such a list: its last noun, a second adjective after it)
        in_list = self.k(i).startswith("و") and i >= 2 and self.k(i - 2).endswith("تي") and self.definite(i - 1)
        return in_list or not (nxt.startswith("و") and len(nxt) > 3 and not nxt.endswith("تي"))

    def _name_after_ibn(self, x) -> bool:
        """Word x, a stopword by its letters (علي, the preposition على written with ي), is the given
        name of a father after بن/ابن (``حسين بن علي الفردان``)."""
        return self.free(x - 1) and self.k(x - 1) in ("بن", "ابن") and self.k(x) in _cues().given

    def _in_name_chain(self, i) -> bool:
        """Word i (masculine -ان) is part of a person's name (:func:`.duals.in_name_chain`): the free
        words before it (a title's dot skipped: د. أشرف) and the word after it."""
        k = self.k(i)
        if not k.endswith("ان") or k.endswith("تان"):
            return False  # (in_name_chain's own first test, made before the words around are read)
        before, x = [], i - 1
        while len(before) < 3 and x >= 0 and self.free(x) and (self.kind(x) == "ar" or self.is_p(x, ".")):
            if self.kind(x) == "ar":
                if self.numword(x) or self.t.text[x] in _stopwords("ar") and not self._name_after_ibn(x):
                    break
                before.insert(0, self.k(x))
            x -= 1
        after = self.k(i + 1) if self.free(i + 1) and self.kind(i + 1) == "ar" else ""
        return in_name_chain(tuple(before), k, after)

    def _dual_unit(self, i, sing) -> _Q:
        u = self._unit_lookup_word(sing)
        unit, kind, en = u if u else (sing, "count", "")
        kind = kind if kind in ("duration", "money", "measure") else "count"
        return _Q(i, i + 1, kind, 2, unit=unit, unit_en=en, written="words")

    def _dual_by_demonstrative(self, i) -> _Q | None:
        """A definite noun in -ين/-ان right after the dual demonstrative is a dual whatever its
        plural: هذين المحفزين, هذان الطرفان, هاتين الدولتين (not هؤلاء المحفزين: a plural)."""
        if not (self.free(i - 1) and self.k(i - 1) in ("هذين", "هذان", "هاتين", "هاتان", "لهذين", "بهذين", "لهاتين", "بهاتين")):
            return None
        w = self.t.text[i]
        if not self.definite(i) or not w.endswith(("ين", "ان")):
            return None
        body = next((w[len(p):] for p, _ in self.bases(i)[1:] if p in _DEFINITE), None)
        if not body or len(body) < 5:
            return None
        sing = body[:-3] + "ة" if body.endswith(("تين", "تان")) and _z(body[:-3] + "ة") >= 2.5 else body[:-2]
        if _z(sing) < 2.5:
            return None
        return self._dual_unit(i, sing)

    def _dual_before_two_names(self, i) -> _Q | None:
        """A masculine construct dual before two coordinated names: إقليمي تشجيانغ وجيانغشي (the nisba adjective إقليمي, regional, is commoner than the dual: the two names
        show the dual), also after ب/ل (بإقليمي فان واغري).  The noun must be common, the first name a rare word, and و open the second."""
        w = self.t.text[i]
        if self.definite(i) or not w.endswith("ي") or w.endswith(("تي", "يي")) or len(w) < 5:
            return None
        if not (self.free(i + 1) and self.free(i + 2) and self.kind(i + 1) == "ar" and self.kind(i + 2) == "ar"):
            return None
        n1, n2 = self.t.text[i + 1], self.t.text[i + 2]
        if not n2.startswith("و") or n1.startswith("و") or len(n2) < 4 or _z(n1) >= 3.0 or self.k(i + 1) in self.lx.not_unit or self.numword(i + 1):
            return None
        if n1.startswith("ال") or _z(n2[1:]) >= 3.0 and not n2[1:].startswith("ال"):
            return None  # a definite or common word after it: no names
        if _z(n2) >= 3.0 or n1.startswith("لأ"):
            return None  # مهندس ياباني يبتكر وسيلة: و of the root; ارتياح اتحادي لأبوشقير والصقري: a preposition, no genitive
        # the whole word, or after a preposition ب/ل (بهدفي عطيف والقميزي, بإقليمي فان واغري: q50)
        sings = [b[:-1] for b in (w,) + ((w[1:],) if w[0] in "بل" and len(w) >= 5 and _z(w) < 3.0 else ())
                 if _z(b[:-1]) >= _MIN_SINGULAR_NOUN and _z(b[:-1] + "ين") >= 1.5]
        return self._dual_unit(i, max(sings, key=_z)) if sings else None  # هدف, not بهدف

    def _dual_before_two_definites(self, i) -> _Q | None:
        """A masculine construct dual before two coordinated definite nouns, one for each of the two:
        وزيري الخارجية والداخلية, مجلسي الشورى والوزراء, لمطاري الرياض والدمام (the frequency guards
        of :mod:`.duals` miss them: the construct is rarer than its singular's duals suggest).  The
        coordination shows the pair; a sound plural in construct (لاعبي الهلال والنصر, موظفي الوزارة
        والهيئة) is written the same, so the singular's -ون plural must be rare; the singular a common
        noun, the word clearly rarer than it, and no nisba adjective (يومي, شهري: its adverb in -يا is
        common)."""
        w = self.t.text[i]
        if self.definite(i) or not w.endswith("ي") or w.endswith(("تي", "يي")) or w in _stopwords("ar"):
            return None
        if not (self.free(i + 1) and self.free(i + 2) and self.kind(i + 1) == "ar" and self.kind(i + 2) == "ar"):
            return None
        n1, n2 = self.t.text[i + 1], self.t.text[i + 2]
        if not (n1.startswith("ال") and n2.startswith("وال") and len(n1) > 3 and len(n2) > 4):
            return None
        if self.numword(i + 1) or self.numword(i + 2) or self.month_at(i + 1) or self.k(i + 1) in self.lx.not_unit:
            return None
        bodies = [w] + ([w[1:]] if w[0] in "وبلف" and len(w) > 4 else [])
        best = None
        for body in bodies:
            sing = body[:-1]
            zs = _z(sing)
            if (zs >= 3.5 and _z(body) <= zs - 0.8 and _z(sing + "ون") < 1.5
                    and (_z(sing + "ين") >= 1.5 or _z(sing + "ين") >= 1.0 and _z(sing + "ان") >= 1.0)  # هرموني (q57)
                    and _z(sing + "يا") < 2.9 and (best is None or zs > best[0])):
                best = (zs, sing)
        return self._dual_unit(i, best[1]) if best else None

    def _nominative_construct_before(self, i) -> bool:
        """Word i - 1 was read as a nominative construct dual in -ا (رئيسا before الناديين), not a
        dual with the pronoun ها (سيارتيها before its adjective الجديدتين)."""
        w = self.t.text[i - 1] if i > 0 else ""
        return w.endswith("ا") and not w.endswith(("ها", "هما"))

    def _nominative_construct_dual(self, i) -> _Q | None:
        """A masculine dual in construct, nominative (-ا without its nun) before the definite noun it
        belongs to and a coordination a few words on: وكان لاعبا الفريق سالم وعبدالله, طرفا النزاع
        الحكومة والمعارضة.  Not the accusative singular (كان لاعبا الموسم الماضي: a time noun after
        it; 29 لاعبا: read with its number), nor a noun whose dual is rare in the word frequencies."""
        w = self.t.text[i]
        if self.definite(i) or len(w) < 4 or not self.free(i + 1) or not self.definite(i + 1):
            return None
        if self.k(i + 1) in self.lx.not_unit or self.numword(i + 1) or self.month_at(i + 1):
            return None
        if re.fullmatch(r"ال?ا...", self.k(i + 1)):
            return None  # اختير لاعبا الأفضل: an elative adjective after an accusative singular
        if self._unit_lookup_word(self.strip_def(i + 1)) and self._unit_lookup_word(self.strip_def(i + 1))[1] == "duration":
            return None  # كان لاعبا الموسم الماضي, لاعبا العام: a time after an accusative singular
        adjective = (self.free(i + 2) and self.kind(i + 2) == "ar" and self.definite(i + 2) and self.k(i + 2).endswith("ان")
                     and not self.k(i + 2).endswith("تان"))  # صندوقا التقاعد الدنماركيان: the genitive, then the dual's adjective
        if not adjective and not and_within(self, i + 2):
            return None
        body = w[1:] if w[:1] in ("و", "ف") and _z(w[1:-1]) >= _z(w[:-1]) else w
        sing = body[:-1]
        if len(sing) < 3 or body in _stopwords("ar") or w in _stopwords("ar"):
            return None  # وهذا, فيما, وكما: function words
        # (session 40) a dual rare in -ان (مدربان 1.77) is taken when a second definite genitive is joined by وال (مدربا
        # النصر "..." والهلال) or the genitive is a definite dual (مدربا الفريقين); not مستخدما النادي المذكور, نظاما آليا
        strong = adjective or self.t.text[i + 1].startswith("ال") and (
            self.k(i + 1).endswith("ين") and len(self.k(i + 1)) >= 6
            or and_within(self, i + 2, definite=True) and not (self.k(i + 2).startswith("وال") and self.k(i + 3).startswith("وال")))
        # (مدربا الهلال والنصر والاتحاد: three genitives, no dual; test_quantities_round40)
        if _z(sing) < _MIN_SINGULAR_NOUN or _z(sing + "ين") < (2.0 if adjective else 2.5) or _z(sing + "ان") < (1.5 if strong else 2.0):
            return None
        if _z(sing) - _z(body) < 0.8:
            return None  # جيدا, دائما: an adverb as common as its adjective, no dual
        q = self._dual_unit(i, sing)
        return q if q.kind == "count" else None
