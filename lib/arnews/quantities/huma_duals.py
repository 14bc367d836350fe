"""A noun in -ين that the dual pronoun هما points back to is a dual (session 45, q66; issue 13): ``ضبط مواطنين
بحوزتهما حبوب`` ("two citizens with pills in their (two) possession"), ``إرسال البطاقتين للنجمين لقيدهما``,
``التعاقد مع لاعبين خلال فترة الانتقالات وهما ...`` are a ``count`` 2, as both readers of blind45 and blind46
wrote them.  The -ين form of a noun with a sound plural (مواطنين, لاعبين, شرطيين) is read as the plural by
morphology (:mod:`.duals`); here the pronoun decides:

* the next word carries the bound pronoun ``هما`` (not ``مهما`` "whatever", ``بينهما`` "between the two",
  which points at any two things named before);
* or, after an indefinite noun without و, the free pronoun ``هما``/``وهما`` follows within six words, with no
  stop and no other word in -ين between but an adjective right after the noun (``لاعبين أجنبيين، وهما``).

The noun: a word in -ين (a proclitic and the article allowed) whose singular (without ين) is a common word
(wordfreq Zipf >= 3, not half a Zipf point rarer than the -ين word: not تعيين), no stop word nor number word,
no adjective (after a word in -ين/-ان/-يه/-ا, or definite after a definite word: الحرمين الشريفين, الغاز
الصخريين), and which no other rule reads (its figure is left to them).  The bound pronoun of a preposition (``العاملين فيهما``) points at a
place named before: no evidence; nor a bound pronoun on a word joined by و (``شبه ممتازين وأوقاتهما``).
Not a demonstrative (هاتين) nor a participle of state in مت- (``متأثرين بجراحهما``)."""
from __future__ import annotations

from .duals import word_zipf as _z
from ..tokens import stopwords as _stopwords

_REACH = 6
_NOT_POINTING = frozenset(("مهما", "بينهما", "وبينهما"))
#: prepositions with هما (key forms): they point at a place or a thing named before (العاملين فيهما), not at the noun
_PREP_HUMA = frozenset(p + x for x in ("فيهما", "لديهما", "عليهما", "لهما", "بهما", "منهما", "عنهما", "اليهما", "معهما",
                                       "عندهما", "بينهما", "حولهما", "امامهما", "خلفهما", "كليهما", "كلاهما")
                       for p in ("", "و", "ف"))
_FREE_HUMA = frozenset(("هما", "وهما"))


def _singular(sc, i) -> str | None:
    """The singular of word i read as a dual in -ين, or None."""
    w = sc.t.text[i]
    if sc.kind(i) != "ar" or not w.endswith("ين") or len(w) < 5:
        return None
    sings = {w[:-2]} | {w[len(p):-2] for p, _ in sc.bases(i)[1:] if p and w.startswith(p)}
    sing = max(sings, key=lambda x: (_z(x), len(x)))  # لاعبين: لاعب, not (ل)اعب
    if sing[:2] == "مت" and len(sing) >= 5:
        return None  # متأثرين بجراحهما: a participle of state (died of their wounds), no counted noun
    if len(sing) < 3 or sing in _stopwords("ar") or sing[:2] in ("ها", "هذ") or _z(sing) < 3.0 or _z(sing + "ين") > _z(sing) + 0.5:
        return None  # (تعيين: the -ين word is more common than its "singular", a word of its own)
    return sing


def _pointed_at(sc, i) -> bool:
    """The dual pronoun هما points back to word i (see the module docstring)."""
    k1 = sc.k(i + 1)
    if sc.kind(i + 1) == "ar" and k1.endswith("هما") and len(k1) > 4 and k1 not in _NOT_POINTING and k1 not in _PREP_HUMA:
        return k1[:1] != "و"  # (شبه ممتازين وأوقاتهما: a new clause's pronoun, no evidence)
    if sc.definite(i) or sc.k(i)[:1] == "و":
        return False  # the free pronoun after a definite or coordinated noun names what came before (المتقدمين، هما:)
    for x in range(i + 1, min(sc.t.n, i + 1 + _REACH)):
        if sc.kind(x) == "ar" and sc.k(x) in _FREE_HUMA:
            return True
        if sc.kind(x) == "p":
            if sc.t.text[x] in "،,":
                continue
            return False
        if sc.kind(x) != "ar" or sc.k(x).endswith("ين") and x > i + 1:
            return False  # (an adjective in -ين right after the noun agrees with it: لاعبين أجنبيين، وهما)
    return False


def huma_dual(sc, i):
    """A count 2 at word i, a noun in -ين that هما points back to (the module docstring), or None."""
    if not sc.ar or not sc.free(i) or not _pointed_at(sc, i) or sc.numword(i) or sc.numword(i + 1):
        return None  # (أجنبيين اثنين هما: the number word counts them)
    if sc.kind(i - 1) == "ar" and (sc.k(i - 1).endswith(("ين", "ان", "يه", "ا")) or sc.definite(i - 1)
                                   and sc.k(i)[:2] == "ال"):
        return None  # الحرمين الشريفين, لاعبين مؤثرين, الغاز الصخريين: an adjective agreeing with the noun before
    sing = _singular(sc, i)
    if sing is None:
        return None
    q = sc.morph_dual(i)
    if q is not None:
        return None  # the dual rules read it: their figure stands
    return sc._dual_unit(i, sing)
