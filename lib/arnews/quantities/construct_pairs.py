"""A masculine construct dual right before the two things it names, joined by و (round 40):
``مدربا الهلال والنصر``, ``شرطا التوازن والمأسسة``, ``قطبي العاصمة الهلال والنصر``, ``وزيري الخارجية والداخلية``.

The construct dual without its nun (nominative ``-ا``, oblique ``-ي``) looks like an accusative singular
(``مدربا``) or a nisba (``قطبي``), so :mod:`.duals` and the construct rules of :mod:`.dual_rules` ask the word
frequencies for a wide margin.  When the two members follow at once, a definite noun and a second one led
by ``وال`` (after one more definite noun at most: ``قطبي العاصمة الهلال والنصر``), the coordination shows the
pair, and a looser frequency test suffices: the singular a common noun, the word rarer than it, its dual
written in either case.  Guards: no third member (``والـ`` again right after: a list, a plural), the
oblique ``-ي`` not the construct of a sound plural (``لاعبي الهلال والنصر``: its ``-ون`` plural is common)
nor a nisba adjective (``يومي``: its adverb ``يوميا`` is common), no elative after it (``لاعبا الأفضل``), no
time noun, month or number after it, and the singular no time unit; the members begin with the article
itself (``قائدي الشاحنات للمسارات والاتجاهات``: a preposition ends the construct); the ``-ا`` form neither
right after a comma nor after a definite word or one with a pronoun, its subject or object (``، مطالبًا الدول والمنظمات``, ``وقال الوزير
مطالبا الدول``: a participle of manner and its object; the dual subject follows its verb: ``اتفق مدربا``)."""
from __future__ import annotations

import re

from ..tokens import stopwords as _stopwords
from .duals import word_zipf as _z

_MIN_SINGULAR = 3.5
_MARGIN = 0.5
_DUAL_SEEN = 2.0


def _member(sc, x) -> bool:
    """Token x is a definite Arabic word that can name one of the pair."""
    return (x < sc.t.n and sc.free(x) and sc.kind(x) == "ar" and sc.t.text[x].startswith("ال") and len(sc.t.text[x]) > 3
            and not sc.numword(x) and not sc.month_at(x) and sc.k(x) not in sc.lx.not_unit)


def _second(sc, x) -> bool:
    """Token x is the second member: a definite word led by و (والنصر)."""
    return (x < sc.t.n and sc.free(x) and sc.kind(x) == "ar" and sc.t.text[x].startswith("وال")
            and len(sc.t.text[x]) > 4 and not sc.numword(x))


def _pair_after(sc, i) -> bool:
    """The two members follow word i: ``A وB`` or ``N A وB`` (N a definite noun they belong to)."""
    if not _member(sc, i + 1):
        return False
    k1 = sc.k(i + 1)
    if re.fullmatch(r"ال?ا...", k1):
        return False  # لاعبا الأفضل والأكثر: an elative after an accusative singular
    u = sc._unit_lookup_word(sc.strip_def(i + 1))
    if u and u[1] == "duration":
        return False  # عاما الماضي والحالي: a time after an accusative singular
    for x in (i + 2, i + 3):
        if _second(sc, x) and (x == i + 2 or _member(sc, i + 2)):
            return not _second(sc, x + 1) and not (sc.is_p(x + 1, "،,") and _second(sc, x + 2))
    return False


def dual_before_named_pair(sc, i) -> str | None:
    """The singular of word i when it is a masculine construct dual (``-ا``/``-ي``) before the two things
    it names joined by و, else None (``sc`` the scanner)."""
    if sc.definite(i) or not sc.free(i) or sc.kind(i) != "ar":
        return None
    w = sc.t.text[i]
    if len(w) < 4 or w in _stopwords("ar") or w.endswith(("تا", "تي", "يي", "ها", "نا", "يا", "هما")):
        return None
    if not w.endswith(("ا", "ي")) or not _pair_after(sc, i):
        return None
    if w.endswith("ا") and i > 0 and (sc.is_p(i - 1, "،,;؛") or sc.kind(i - 1) == "ar" and (
            sc.definite(i - 1) or len(sc.k(i - 1)) > 3 and sc.k(i - 1).endswith(("ه", "ها", "هم"))
            and sc.t.text[i - 1] not in _stopwords("ar"))):
        return None  # ، مطالبًا الدول والمنظمات, وقال الوزير مطالبا, ختم كلمته رافعا: a participle of manner
    best = None
    for body in [w] + ([w[1:]] if w[:1] in "وفبل" and len(w) > 4 else []):
        sing = body[:-1]
        if len(sing) < 3 or body in _stopwords("ar"):
            continue
        zs = _z(sing)
        if zs < _MIN_SINGULAR or zs - _z(body) < _MARGIN or max(_z(sing + "ين"), _z(sing + "ان")) < _DUAL_SEEN:
            continue
        if body.endswith("ي") and (_z(sing + "ون") >= 1.5 or _z(sing + "يا") >= 2.9):
            continue  # لاعبي الهلال والنصر (a sound plural in construct), يومي (a nisba)
        if body.endswith("ا") and _z(sing + "ا") >= zs - 0.3:
            continue  # an adverb as common as its adjective
        u = sc._unit_lookup_word(sing)
        if u and u[1] == "duration":
            continue  # عامي 2001 و2002: years, read by the year rules
        if best is None or zs > best[0]:
            best = (zs, sing)
    return best[1] if best else None


def _plain_word(sc, x) -> bool:
    """Token x is a free Arabic word that can be part of a name: no stopword, no number, no accusative
    ``-ا`` (an adjective after an indefinite singular: فريقا كاملا), no ``لل``/``و`` before it (مدربا للحراس,
    مدربا ولاعبا)."""
    if not (x < sc.t.n and sc.free(x) and sc.kind(x) == "ar") or sc.numword(x):
        return False
    w, k = sc.t.text[x], sc.k(x)
    return not (w in _stopwords("ar") or k in _stopwords("ar") or k.endswith("ا") or w.endswith(("اً", "ًا"))
                or k.startswith(("لل", "و")) or k.endswith("وا"))


def _foreign_place_word(sc, x) -> bool:
    """(session 42, q60) Token x can be a word of a foreign place's name that :func:`_plain_word` refuses for its
    form: a short word in ``-ا`` (``منطقتي با تري وثانه فو``) or a name spelt as a particle (``بإقليمي فان واغري``):
    a free Arabic word of two to four letters with no article, no و, no number, not ``لا``/``ما``."""
    if not (x < sc.t.n and sc.free(x) and sc.kind(x) == "ar") or sc.numword(x):
        return False
    k = sc.k(x)
    return 2 <= len(k) <= 4 and not k.startswith(("ال", "و", "لل")) and k not in ("لا", "ما", "من", "في", "الى", "على", "عن", "ان", "او", "قد", "لم", "لن", "هو", "هي", "كل")


def _place_construct(sc, i) -> str | None:
    """(session 38) The singular of word i when it is the construct dual of a place noun (``pair_place`` in
    quantity_markers.csv): masculine ``-ي`` (مركزي, حيي; ``ميدانى`` as Egypt writes it), feminine ``-تي``
    (محافظتي, منطقتي); a leading و/ف/ل/ب allowed."""
    if sc.kind(i) != "ar" or sc.definite(i):
        return None
    places = sc.lx.markers.get("pair_place", {})
    for p, b in sc.bases(i):
        if p not in ("", "و", "ف", "ل", "ب"):
            continue
        if b.endswith("تي") and len(b) >= 5 and (b[:-2] + "ه",) in places:
            return sc.t.text[i][len(p):-2] + "ة"
        if b.endswith("ي") and not b.endswith("تي") and len(b) >= 3 and (b[:-1],) in places:
            return b[:-1]
    return None


def _place_name_at(sc, x) -> bool:
    """Word x can open a place's name after a place noun's construct dual: a definite word (الشبحة), a word
    that rarely takes the article (a name: جدة, فان), or a noun before a definite word (ضاحية السلام); not an
    indefinite adjective or noun (مسح ميداني شامل ودقيق)."""
    w = sc.t.text[x]
    if sc.definite(x):
        return not re.fullmatch(r"ال?ا...", sc.k(x))  # (an elative: الأكبر والأقدم)
    if _z("ال" + w) < 2.5:
        return True
    return sc.free(x + 1) and sc.kind(x + 1) == "ar" and sc.definite(x + 1) and not sc.k(x + 1).startswith("و")


def _second_place(sc, x) -> bool:
    """Word x (led by و) names the second place: a definite word (والطائف) or one that rarely takes the
    article (ومكة, واغري), not a common indefinite word (ودقيق)."""
    rest = sc.t.text[x][1:]
    return rest.startswith("ال") and len(rest) > 3 or _z("ال" + rest) < 2.5


def _my_place_and_adjective(sc, i) -> bool:
    """Word i in -تي is "my" place noun with a feminine adjective after it (مدينتي الجميلة: a nisba, or a
    masculine form about as common: جميل), not a construct dual before a place's name (قريتي الفوعة وكفريا)."""
    if not sc.k(i).endswith("تي") or not sc.definite(i + 1):
        return False
    adj = sc.t.text[i + 1][2:]
    return len(adj) >= 4 and adj.endswith("ة") and (adj.endswith("ية") or _z(adj[:-1]) >= _z(adj) - 0.5)


def side_dual_before_pair(sc, i) -> str | None:
    """(round 42) The singular of word i when it is the construct dual of a noun of a side (``pair_side`` in
    quantity_markers.csv: فريق, منتخب, قطب, طرف; مدرب in ``-ا`` only: مدربي is as often a plural) before two
    names joined by و that need no article: ``فريقا بايرن ميونيخ وبوروسيا دورتموند``, ``منتخبي الصين وكوريا``,
    ``فريقي ظفار العماني والنصر``.  The first name is one or two plain words (a nisba after them allowed:
    ``غازي عنتاب التركي``), the second a word led by و right after it, not a stopword, and no third after it."""
    if sc.definite(i) or not sc.free(i) or sc.kind(i) != "ar":
        return None
    sides = sc.lx.markers.get("pair_side", {})
    w = sc.k(i)
    sing = None
    for p, b in sc.bases(i):
        if p not in ("", "و", "ف", "ل", "ب") or len(b) < 4 or not b.endswith(("ا", "ي")):
            continue
        if (b[:-1],) in sides and (b.endswith("ا") or sides[(b[:-1],)] != "a"):
            sing = b[:-1]
            break
    place = False
    if sing is None:
        sing = _place_construct(sc, i)
        place = sing is not None
    if sing is None or w in _stopwords("ar"):
        return None
    if not _plain_word(sc, i + 1) and not (place and _foreign_place_word(sc, i + 1)):
        return None
    w1 = sc.t.text[i + 1]
    if w1[:1] in "لب" and len(w1) > 3 and _z(w1[1:]) >= 3.5:
        return None  # شكلت فريقا لدراسة, مدربا بخبرة: a preposition and a common word, no name
    x = i + 2
    if (_plain_word(sc, x) or place and _foreign_place_word(sc, x)) and not sc.k(x).startswith("و"):
        x += 1  # بايرن ميونيخ, اتحاد الشجاعية, (a place) با تري
    if sc.free(x) and sc.kind(x) == "ar" and sc.k(x).endswith(("ي", "يه")) and sc.k(x).startswith("ال") and not sc.k(x).startswith("و"):
        x += 1  # غازي عنتاب التركي
    if not (x < sc.t.n and sc.free(x) and sc.kind(x) == "ar" and sc.k(x).startswith("و") and len(sc.k(x)) > 2):
        return None
    if sc.t.text[x] in _stopwords("ar") or sc.k(x) in _stopwords("ar") or sc.numword(x):
        return None
    if place and not _plain_word(sc, i + 1) and not _second_place(sc, x):
        return None  # (q60) a place's name read by its form only (با تري, فان) needs a second place's name after و
    if place and not (_place_name_at(sc, i + 1) or _second_place(sc, x)):
        return None  # مسح ميداني شامل ودقيق: a nisba and two adjectives, no places named
    if place and _my_place_and_adjective(sc, i):
        return None  # مدينتي الجميلة والهادئة: "my city", a feminine noun with its adjectives
    if x + 1 < sc.t.n and sc.kind(x + 1) == "ar" and sc.k(x + 1).startswith("و") and sc.k(x + 1) not in _stopwords("ar"):
        return None  # مدربا الهلال والنصر والاتحاد: a third member, a list (pinned in round 40)
    return sing
