"""The evidence of a dual's neighbours (round 34: split from :mod:`.counts`, behaviour unchanged): a pair
named after it (``الطرفين السعودي والأمريكي``), a possessive pronoun (``طفليه``, ``موقفيهما``), a nominative
construct with a pronoun, the dual relative pronoun (``المتهمين اللذين``), a common noun whose dual is
clearly a dual, and the name checks that keep a family name from being read as one."""
from __future__ import annotations

from ..normalize import key as key_of
from .counts import _CLOSE_QUOTES, _OPEN_QUOTES
from .duals import word_zipf as _z, dual_singular
from .figure import Figure as _Q
from .lexicon import DEFINITE_PREFIXES as _DEFINITE
from .relative_duals import plural_verb_after
from ..proclitics import proclitics

#: the dual relative pronouns (key form), which agree with a dual antecedent
_DUAL_RELATIVE = ("اللذين", "اللذان", "اللتين", "اللتان")
#: fraction nouns (ثلثاهم is two thirds, not a count)
FRACTIONS = ("نصف", "ثلث", "ربع", "خمس", "سدس", "ثمن", "عشر")
_FRACTIONS = FRACTIONS  # the old name, still used in this module
#: free prepositions (key forms): a word right after one is a noun, never an adjective
_PREPOSITIONS = frozenset(("علي", "في", "من", "عن", "الي", "حول", "بين", "عند", "مع"))


def _dual_before_huma(body: str, her: bool = False) -> str | None:
    """The singular of a masculine construct dual before the dual pronoun هما (موقفيهما, برنامجيهما,
    معسكريهما: their two positions, programmes, camps).  Before هما the word cannot be "my X", so the
    construct is not weighed against the first person's (موقفي); still a noun with a written dual in
    -ين and no sound plural in -ون (not لاعبيهما, مقاتليهما, قاصديهما), more common than the word with
    its ي (not ناديهما, محاميهما: the ي is the noun's own), and not نفسيهما (its dual is rare).  ``her``: before ها a
    rarer noun (its -ين at zipf 2.0) passes when its dual is written in both cases and it has no -ون plural at all."""
    if not body.endswith("ي") or body.endswith(("تي", "يي")):
        return None
    sing = body[:-1]
    zs = _z(sing)
    if zs >= 3.3 and _z(sing + "ين") >= 2.5 and _z(sing + "ون") < 1.5 and _z(body) < zs:
        return sing
    if (her and zs >= 3.3 and _z(sing + "ين") >= 2.0 and _z(sing + "ان") >= 1.0 and _z(sing + "ون") == 0 and _z(body) < zs
            and not (sing[:1] in "أاتني" and _z("ي" + sing[1:]) >= 3.0)):
        return sing  # مفاعليها (q71): a rarer noun, its dual written in both cases and no sound plural at all (not اوديها: يود, a verb)
    return None


class _DualEvidence:
    """Rules of a dual shown by its neighbours (a scanner mixin)."""

    def _and_after(self, j) -> bool:
        """A word joined by و follows word j within three words (شركتا بارامونت وسكاي دانس): the
        two members a nominative construct dual (-تا) names."""
        return any(self.kind(x) == "ar" and self.k(x).startswith("و") and len(self.k(x)) > 2 or self.k(x) == "و"
                   for x in range(j + 1, min(j + 4, self.t.n)))

    def _dual_by_pair(self, i) -> _Q | None:
        """A noun in -ين/-ان shown to be a dual by the words after it, whatever the word
        frequencies say of it alone:

        * two coordinated definite singular adjectives after a definite noun, of its gender:
          المستويين السياسي والاقتصادي, العالمين العربي والإسلامي (a plural takes a plural adjective);
        * an indefinite dual adjective after an indefinite noun: بلدين شريكين (the noun is the dual,
          the adjective agrees with it);
        * a feminine construct -تي/-تا before a quoted name and a second one: شركتي «ألف» و«باء»."""
        k, w = self.k(i), self.t.text[i]
        if k.endswith(("تي", "تا")) and self.is_p(i + 1, _OPEN_QUOTES) and len(w) >= 5:
            x = i + 2
            while x < min(i + 6, self.t.n) and not self.is_p(x, _CLOSE_QUOTES):
                x += 1
            if self.is_p(x, _CLOSE_QUOTES) and self.k(x + 1) == "و" and self.is_p(x + 2, _OPEN_QUOTES):
                return self._dual_unit(i, w[:-2] + "ة")
            return None
        if not k.endswith(("ين", "ان")) or self.t.text[i].endswith("ى"):
            return None
        fem = k.endswith(("تين", "تان"))
        if self.definite(i):
            a1, a2 = i + 1, i + 2
            if not (self.free(a1) and self.free(a2) and self.kind(a1) == "ar" and self.kind(a2) == "ar"
                    and self.k(a1).startswith("ال") and self.k(a2).startswith("وال") and not self.k(i + 3).startswith("وال")
                    and self.k(a2)[1:] not in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان")):
                return None
            o1, o2 = self._ordinal(a1), self._ordinal(a2)
            if self.strip_def(i) in ("ربعين", "ربعان") and o1 and o2 and 1 <= o1 < o2 <= 4:
                # الربعين الأول والثاني (من العام الحالي): two quarters, one period
                return self._period_year(i, a2 + 1, 3 * (o2 - o1 + 1), 3 * o1 - 2, 3 * o2)
            for x in (a1, a2):
                kx = self.k(x)
                if kx.endswith(("ين", "ان", "ات", "ون")) or kx.endswith("ه") != fem or len(kx) < 5:
                    return None
                if self.numword(x) and self.numword(x)[1] != "ordinal":
                    return None
            body = self.strip_def(i)
        else:
            body = w
            j = i + 1
            if not (self.free(j) and self.kind(j) == "ar") or self.definite(j) or self.k(j)[-2:] != k[-2:]:
                return None
            if fem != self.k(j).endswith(("تين", "تان")) or not dual_singular(self.t.text[j]):
                return None
        sing = self._pair_singular(body, fem)
        if w[:1] in ("و", "ب", "ل", "ف") and not self.definite(i):
            s2 = self._pair_singular(w[1:], fem)  # لجنتين: لجنة, not ل + جنة; وبلدين: بلد
            if _z(s2) > _z(sing):
                body, sing = w[1:], s2
        if len(sing) < 3 or _z(sing) < 3.3 or _z(body) > _z(sing) - 0.3:
            return None  # الميدان التربوي والقضاء: a word of its own, more common than its would-be singular
        if not fem and _z(body[:-2] + "ون") >= (2.5 if self.definite(i) else 1.0):
            return None  # المراقبين الواقع والمأمول, لاعبين محترفين: a sound plural (and its adjective)
        return self._dual_unit(i, sing)

    @staticmethod
    def _pair_singular(body, fem) -> str:
        """The singular of a dual form: -تين -> -ة, -يين -> -ى (مستويين), else without -ين/-ان."""
        return body[:-3] + "ة" if fem else (body[:-3] + "ى" if body.endswith(("يين", "يان")) else body[:-2])

    def _dual_with_his(self, i) -> _Q | None:
        """A construct dual with the pronoun ه shown by the two adjectives after it (نظيريه الأميركي
        جون كيري والسعودي): a common noun with no sound plural in -ون (not لاعبيه, مؤيديه) whose
        dual in -ين is written, a definite word right after it and a وال- word a few words on."""
        w = self.t.text[i]
        j = i + 1
        if self.definite(i) or _z(w[:-1] + "ة") > _z(w) + 0.5 and not (self.free(i - 1) and self.k(i - 1) in _PREPOSITIONS):
            return None  # السياحيه: a feminine adjective written with ه, no pronoun (not right after a preposition:
            # على جانبيه, on its two sides; an adjective follows its noun)
        for p_ in ("", "و", "ل", "ب", "ف"):
            st = w[len(p_):-2] if w.startswith(p_) else ""
            e = self.lx.duals.get(key_of(st + "ين")) if len(st) >= 3 else None
            if e and e[1] == "count" and _z(st + "ون") < 1.0:
                # طفليه, وطفليه: a noun whose dual the lexicon lists (طفلين) with his pronoun; no sound plural
                # in -ون shares the spelling (not لاعبيه, مؤيديه)
                return _Q(i, i + 1, "count", 2, unit=e[0], unit_en=e[2], written="words")
        for p_ in ("", "و", "ل", "ب", "ف"):
            st = w[len(p_):-2] if w.startswith(p_) else ""
            if (len(st) >= 4 and st.endswith("ت") and _z(st[:-1] + "ة") >= 3.5 and _z(st + "ين") >= 2.0 and _z(st + "ان") >= 2.0
                    and not (self.free(j) and self.k(j) in ("اللذين", "اللذان"))):  # (ابنتيه اللذين: the genders disagree)
                # ابنتيه, سيارتيه, زوجتيه (session 40): a common feminine noun whose dual is written in both cases, with
                # his pronoun; not تأتيه, وقتيه, صوتيه (a verb, a nisba written with ه: no feminine noun before -تيه)
                return self._dual_unit(i, st[:-1] + "ة")
        for p_ in ("", "و", "ل", "ب", "ف"):
            st = w[len(p_):-2] if w.startswith(p_) else ""
            if (len(st) >= 3 and _z(st) >= 4.0 and _z(st + "ين") >= 2.8 and _z(st + "ان") >= 2.0
                    and _z(st + "ون") < 1.0 and not st.endswith(("ي", "ا", "ة", "ه"))):
                # شقيقيه, جانبيه: a common noun whose dual is written (شقيقين, شقيقان), no sound plural in -ون
                u = self._unit_lookup_word(st)
                unit, kind, en = u if u else (st, "count", "")
                return _Q(i, i + 1, "count", 2, unit=st if kind == "duration" else unit, unit_en="" if kind == "duration" else en,
                          written="words")
        if not (self.free(j) and self.kind(j) == "ar" and self.definite(j) and not self.numword(j)):
            return None
        if not any(self.kind(x) == "ar" and self.k(x).startswith("وال") for x in range(j + 1, min(j + 6, self.t.n))):
            return None
        for p_ in ("", "و", "ل", "ب"):
            if p_ and not w.startswith(p_):
                continue
            st = w[len(p_):-2]
            if len(st) < 3 or _z(st) < 3.3 or _z(st + "ون") >= 1.0 or _z(st + "ين") < 1.0 or _z(w[len(p_):]) >= _z(st):
                continue
            u = self._unit_lookup_word(st)
            unit, kind, en = u if u else (st, "count", "")
            kind = kind if kind in ("money", "measure") else "count"
            return _Q(i, i + 1, kind, 2, unit=unit if kind != "count" or not u or u[1] != "duration" else st,
                      unit_en=en if kind != "count" or not u or u[1] != "duration" else "", written="words")
        return None

    def _dual_with_pronoun(self, i, cut=3) -> _Q | None:
        """A construct dual with the dual pronoun: عقديهما (their two contracts), سيارتيهما; the
        noun before the pronoun read as a construct dual (``duals.dual_singular``).  Things owned
        are counted: a time unit's reading (عقد: a decade) gives way to the thing (a contract)."""
        w = self.t.text[i]
        for p in proclitics("dual_noun"):
            if p and not w.startswith(p):
                continue
            body = w[len(p):-cut]  # without هما (ها, هم): عقدي, سيارتي
            sing = dual_singular(body, True) if len(body) >= 4 else None
            if sing is None and len(body) >= 4:
                # (session 48, q70) before ها/هم too the word cannot be "my X": وجهيها (the note's two faces)
                sing = _dual_before_huma(body, her=w.endswith("يها"))
                if sing is not None and cut == 2 and _z(sing + "ان") < 1.0:
                    sing = None  # ومدبريها: a plural participle (its dual in -ان never written), not two planners
            if sing:
                u = self._unit_lookup_word(sing)
                unit, kind, en = u if u else (sing, "count", "")
                kind = kind if kind in ("money", "measure") else "count"  # عقديهما: contracts, not decades
                return _Q(i, i + 1, kind, 2, unit=unit if kind != "count" or not u or u[1] != "duration" else sing,
                          unit_en=en if kind != "count" or not u or u[1] != "duration" else "", written="words")
        return None

    def _nominative_dual_with_pronoun(self, i) -> _Q | None:
        """A nominative dual with a pronoun, its ن dropped: مواطناه (his two compatriots), والداها,
        ابناه, عيناه.  The stem is a common noun whose duals in -ان and -ين are both written, and the
        whole word is clearly rarer than the stem (not اتجاه, مياه, ناداه: a verb, أنهاه)."""
        w, k = self.t.text[i], self.k(i)
        suf = next(x for x in ("اهما", "اهم", "اها", "اه") if k.endswith(x))
        best = None
        for p in ("", "و", "ف"):
            if p and not k.startswith(p):
                continue
            stem = w[len(p):len(w) - len(suf)]
            if len(stem) < 3 or stem.startswith(("ال", "لل")) or stem[0] == "و" and len(stem) < 4:
                continue
            if w[len(p):].startswith(("فال", "بال", "كال")):  # فالأهم: ف + الأهم, no dual فال (q57; not والداه)
                continue
            sing = stem[:-1] + "ة" if stem.endswith("ت") else stem  # شفتاها: شفة
            zs = _z(sing)
            if (_z(stem + "ى") >= 3.0 and _z(stem + "ى") > _z(stem + "ي")  # (ابنى is ابني written with ى)
                    or stem[0] in "تينأ" and _z("ي" + stem[1:]) >= 3.0 or sing in _FRACTIONS):
                continue  # ذكراه, عدواه (ذكرى, عدوى); تعداه (a verb); ثلثاهم (two thirds)
            if (zs >= 3.5 and _z(stem + "ان") >= 2.0 and _z(stem + "ين") >= 2.0 and _z(w[len(p):]) <= zs - 0.8
                    and (best is None or zs > best[0])):
                best = (zs, sing)  # وعيناه: عين, not وعين
        if best is None or (k,) in self.lx.markers.get("not_dual", {}):
            return None
        u = self._unit_lookup_word(best[1])
        if u and u[1] in ("duration", "money"):
            return _Q(i, i + 1, u[1], 2, unit=u[0], unit_en=u[2], written="words")
        # things owned are counted (قدماه: his two feet, not two feet of length)
        return _Q(i, i + 1, "count", 2, unit=best[1], written="words")

    def _dual_by_relative(self, i) -> _Q | None:
        """A definite -ين/-ان that also reads as a sound plural (المتهمين, اللاعبين) is a dual when the
        dual relative pronoun (اللذين/اللذان/اللتين/اللتان) follows it within a few words and no other
        definite -ين/-ان word stands between: محامي المتهمين اللذين كانا ..."""
        if not self.definite(i) or not self.k(i).endswith(("ين", "ان")):
            return None
        if i > 0 and self.definite(i - 1) and self.k(i - 1).endswith(("ين", "ان")):
            return None  # الطرفين المتنازعين اللذين: an adjective of the dual before it
        skipped = False
        for j in range(i + 1, min(i + 7, self.t.n)):
            if not self.is_word(j):
                if self.is_p(j, ",،"):
                    continue
                return None
            kj = self.k(j)
            if kj in _DUAL_RELATIVE:
                if kj.startswith("اللت") != self.k(i).endswith(("تين", "تان")):
                    return None  # the relative's gender must be the word's: الفائزين بمسابقتي ... اللتين
                if plural_verb_after(self, j):
                    return None  # المتهمين اللذين ادعوا: a plural verb, the writer's الذين misspelt (q88)
                break
            if j > i + 1 and kj.endswith("هما") and len(kj) >= 6 and kj not in self.lx.not_unit:
                if skipped:
                    return None  # الحرمين الشريفين لأداء رسالتهما: adjectives skipped only before a relative
                if self._dual_read_before(i) and _z(self.strip_def(i)[:-2] + "ون") >= 1.5:
                    return None  # أداء الفريقين كون الغائبين من أعمدتهما: هما may point to the dual read before (session 40)
                break  # شعور المتهمين بالندم أو قيامهما: a noun with the dual pronoun refers back
            if self.definite(j) and kj.endswith(("ين", "ان")):
                if self._agreeing_chain(i, j):
                    skipped = True
                    continue  # الطيارين السعوديين اللذين: the noun's agreeing adjectives before the relative (round 39)
                return None  # another definite dual-looking word stands between
        else:
            return None
        w = self.t.text[i]
        for p, base in self.bases(i):
            if p not in _DEFINITE:
                continue
            body = w[len(p):]
            sing = body[:-2]
            if body.endswith("ان") and _z(body) > _z(sing) - 0.8:
                continue  # العدوان, الإيمان: a word of its own, as common as its would-be singular
            if len(sing) >= 3 and _z(sing) >= 3.3:
                u = self._unit_lookup_word(sing)
                unit, kind, en = u if u else (sing, "count", "")
                kind = kind if kind in ("duration", "money", "measure") else "count"
                return _Q(i, i + 1, kind, 2, unit=unit, unit_en=en, written="words")
        return None

    def _dual_read_before(self, i, span=10) -> bool:
        """A dual count of this paragraph ends at most ``span`` tokens before word i (session 40; 20 tokens took
        الثنائي ... لإبقاء اللاعبين طويلا ... لعدم ظهورهما, the same two, on snnall)."""
        return any(q.value == 2 and q.kind == "count" and q.written == "words" and 0 <= i - q.b <= span
                   for q in self.out[-3:])

    def _agreeing_chain(self, i, j) -> bool:
        """Words i+1 .. j are definite adjectives agreeing with the definite word i: the same ending
        (-ين/-ان) and gender, none joined by و (الطيارين السعوديين, not المتهمين والمحامين)."""
        ki = self.k(i)
        fem = ki.endswith(("تين", "تان"))
        for x in range(i + 1, j + 1):
            kx = self.k(x)
            if (not self.definite(x) or kx.startswith("و") or not kx.endswith(ki[-2:])
                    or kx.endswith(("تين", "تان")) != fem):
                return False
        return True

    def _adverb_frame(self, j) -> bool:
        """Word j is a noun after which a nisba adjective is an adverb (بشكل, بصورة: ``adverb_frame``)."""
        frames = self.lx.markers.get("adverb_frame", {})
        return self.is_word(j) and any((b,) in frames for _, b in self.bases(j))

    def _noun_dual(self, i) -> _Q | None:
        """جسران, مصنعين, فريقان: the -ين/-ان of a counted noun whose units.csv row lists a broken
        plural (so -ين is no sound plural and -ان no name of the فعلان pattern), rarer than its
        singular; a definite -ين (الموقعين) stays out: a participle's plural reads the same."""
        w = self.t.text[i]
        for p, base in self.bases(i):
            if p and not (p in _DEFINITE or p in ("و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")):
                continue
            hit = self.lx.noun_duals.get(base)
            if not hit or (p in _DEFINITE and base.endswith("ين")):
                continue
            body = w[len(p):]
            if _z(body) > _z(hit[0]) - 0.8:
                continue
            unit, kind, en = hit[1]
            kind = kind if kind in ("duration", "money", "measure") else "count"
            return self._and_half(_Q(i, i + 1, kind, 2, unit=unit, unit_en=en, written="words"))
        return None

    def _name_after(self, j) -> bool:
        """Word j can be the second term of a construct dual without an article: a foreign name
        or a rare noun (أقليتي تاي, منطقتي هوا لوك), not a common word (حياتي كلها)."""
        k = self.k(j)
        return (not k.startswith(("و", "ب", "ل", "ف", "ك")) and self.numword(j) is None
                and _z(self.t.text[j]) < 4.5)

    def _given_name_at(self, j) -> bool:
        """Word j is a person's given name (``entity_cues.csv``) with no second name joined by و after
        it: after a feminine noun in -تي it names the one the first person calls "my X" (زوجتي سارة),
        not the genitive of a construct dual (a dual names two: منطقتي مكة والمدينة)."""
        from .duals import name_cues as _cues

        return self.k(j) in _cues().given and not self.k(j + 1).startswith("و")

    def _glued_name_after(self, j) -> bool:
        """Word j is a foreign name whose first letter is also a proclitic (مواجهتي كلوب بروج): the
        whole word is clearly commoner than without that letter and is not common itself, and it
        ends as no adjective or verb of "my X" (مدرستي بعيدة, جامعتي لن: a predicate, a particle)."""
        from ..tokens import stopwords

        w, k = self.t.text[j], self.k(j)
        return (self.kind(j) == "ar" and k[:1] in ("ب", "ل", "ف", "ك") and len(k) >= 4
                and not w.endswith(("ة", "ه", "ى", "ا", "ت", "ي")) and k not in stopwords("ar")
                and self.numword(j) is None and not self.month_at(j) and k not in self.lx.not_unit
                and _z(w) < 4.5 and _z(w) >= _z(w[1:]) + 0.5 and _z("ال" + w) < 2.5)

    def first_person_count(self) -> int:
        """How many first-person words (``first_person`` rows of quantity_markers.csv: لي, معي, أنا) the
        paragraph holds, by their own spelling: منى (Mina) and عنى (meant) fold to مني and عني but are no
        first person (review 52).  Counted once per paragraph (:mod:`.my_nouns` asks)."""
        n = getattr(self, "_first_person_n", None)
        if n is None:
            words = self.lx.markers.get("first_person", {})
            n = sum(1 for x in range(self.t.n) if self.kind(x) == "ar" and (self.k(x),) in words
                    and not self.t.text[x].endswith("ى"))
            self._first_person_n = n
        return n

    def name_pair_after(self, j) -> bool:
        """Two names joined by و follow a feminine construct dual (منطقتي مكة المكرمة والمدينة
        المنورة, منطقتي (عسير وجازان), لأمانتي ( الطائف، والأحساء )): the first a word that takes no article (a name, not a
        common noun: حياتي كلها), the second led by و within three words."""
        from ..tokens import stopwords

        paren = self.is_p(j, "(")  # (also with a space inside: لأمانتي ( الطائف، والأحساء ), q78)
        j += paren
        w, k = self.t.text[j], self.k(j)
        if (not self.free(j) or self.kind(j) != "ar" or self.definite(j) and not paren or k[:1] in ("و", "ف", "ب", "ل", "ك")
                or len(k) < 3 or k in stopwords("ar") or self.numword(j) is not None or self.month_at(j)
                or _z("ال" + w) >= 2.5 and not paren):  # (عسير وجازان): names listed in brackets
            return False
        for x in range(j + 1, min(j + 4, self.t.n)):
            kx = self.k(x)
            if self.kind(x) == "ar" and kx.startswith("و") and len(kx) > 3 and kx[1:] not in stopwords("ar"):
                return True
            if self.kind(x) not in ("ar", "p") or self.is_p(x, ".)"):
                return False
        return False

    def _common_noun_after(self, j) -> bool:
        """Word j can be the indefinite second term of a feminine construct dual in -تي (شريحتي اتصال,
        حادثتي سير, عمليتي قيد; not -تا: نشرتا تقارير is a verb): a masculine noun that takes the article (its definite form is
        a common word), not a feminine or accusative word that could be the predicate of "my X"
        (مدرستي جميلة, حياتي كلها), a particle or a verb (قناعتي لن, زوجتي قالت)."""
        from ..tokens import stopwords

        w, k = self.t.text[j], self.k(j)
        if (k[:1] in ("و", "ف", "ب", "ل", "ك") or w.endswith(("ة", "ه", "ى", "ا", "ت")) or len(k) < 3
                or self.numword(j) is not None or self.month_at(j) or k in self.lx.not_unit or k in stopwords("ar")):
            return False
        return _z("ال" + w) >= 3.0
