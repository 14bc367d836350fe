"""A score written as two small numbers joined by a dash that do not run upwards (round 37): ``2-2``,
``1- 1``, ``4-1``, ``2- 1`` name the result of a match, not a range (a range runs upwards: ``15-20
شخصا``) nor two counts, also far from a word of winning or drawing (``تعادل على أرضه مع المريخ في
الجولة الماضية 1- 1``, ``(2-2 ذهاباً خارج القواعد، و1-1 على أرضه)``).

Both numbers are whole and below 20, the first is not smaller than the second, no third number joins
them (``5-3-2015`` is a date), no unit of the lexicon or percent sign follows, and no word of a day
stands before them (``يوم 5-3``): one ``label`` row, value and value_end the two sides."""
from __future__ import annotations

from .figure import Figure as _Q

#: words before a day written with a dash (key forms): ``يوم 15-8`` is a date, not a score
_DAY_WORDS = frozenset({"يوم", "يومي", "تاريخ", "بتاريخ", "الموافق", "الموافقه", "في", "حتي", "منذ"})


def _dash_pair(sc, num) -> tuple[str, str] | None:
    """The two sides (digit strings) of ``4-1`` / ``1-3`` starting at number ``num`` in an Arabic paragraph: a
    number, a dash, a free number right after; or None.  The head that :func:`falling_score` and
    :func:`rising_score` share."""
    a, b = num.a, num.b
    t = sc.t.text[a]
    if not (sc.ar and t.isdigit() and b == a + 1 and sc.is_p(b, "-–") and sc.kind(b + 1) == "num"
            and sc.free(b + 1)):
        return None
    return t, sc.t.text[b + 1]


def falling_score(sc, num) -> _Q | None:
    """The label of ``4-1`` or ``2-2`` starting at number ``num``, or None."""
    a, b = num.a, num.b
    pair = _dash_pair(sc, num)
    if pair is None:
        return None
    t, t2 = pair
    if not (t2.isdigit() and int(t) < 20 and int(t2) <= int(t)):
        return None
    if sc.is_p(a - 1, "(") and sc.is_p(b + 2, ")"):
        return None  # (1-1): the bracketed score of the score rule, brackets in its span
    if sc.is_p(a - 1, "-–/") or sc.is_p(b + 2, "-–/.") or sc.k(a - 1) in _DAY_WORDS:
        return None
    if (sc.unit_after(b + 2) or sc.percent_after(b + 2) is not None or sc.month_at(b + 2)
            or sc._counted_noun_after(b + 2, int(t2)) or sc._accusative_noun(b + 2, int(t2))):
        return None
    return _Q(a, b + 2, "label", int(t), int(t2))


def spaced_slash_score(sc, num) -> _Q | None:
    """The label of ``4 / 0`` (a score written with spaces around the slash, round 44) starting at
    number ``num``, or None: two single digits, no third part (``8 / 8 / 2015`` is a date), no unit,
    percent sign, month or counted noun after, no word of a day before, not a numbered decision (``رقم ( 4 / 2 )``). Glued pairs (``3/0``) are read elsewhere."""
    a, b = num.a, num.b
    t = sc.t.text[a]
    if not (sc.ar and len(t) == 1 and t.isdigit() and b == a + 1 and sc.is_p(b, "/")
            and sc.kind(b + 1) == "num" and sc.free(b + 1) and not (sc.adj(a, b) and sc.adj(b, b + 1))):
        return None
    t2 = sc.t.text[b + 1]
    if not (len(t2) == 1 and t2.isdigit()):
        return None
    if sc.is_p(a - 1, "-–/") or sc.is_p(b + 2, "-–/") or sc.k(a - 1) in _DAY_WORDS or sc.phrase_before(a, "day_word"):
        return None
    if sc.k(b + 2) in ("من", "مِن"):
        return None  # بلغت الحصة 3 / 0 من الكمية: a share of something (pinned in round 30), no score
    if sc.is_p(a - 1, "(") and sc.phrase_before(a - 1, "label_word", clitic=True):
        return None  # قرار رقم ( 4 / 2 ): a decision's number, read by the label rules
    if (sc.unit_after(b + 2) or sc.percent_after(b + 2) is not None or sc.month_at(b + 2)
            or sc._counted_noun_after(b + 2, int(t2)) or sc._accusative_noun(b + 2, int(t2))):
        return None
    return _Q(a, b + 2, "label", int(t), int(t2))


#: words before a pair that make it a range or an amount, not a score (key forms)
_RANGE_BEFORE = frozenset({"من", "بين", "نحو", "حوالي", "قرابه", "زهاء", "كل", "لكل", "بنسبه", "بمعدل", "سن", "عمر"})

#: (fixq) bases of age words (key forms, without proclitics) one or two words before a pair: an age range
#: (``للأعمار 8-12``, ``للفئات العمرية 8-12``, ``أعمارهم 10-14``), never a score
_AGE_BEFORE = frozenset({"سن", "عمر", "اعمار", "عمريه", "اعمارهم", "اعمارهن", "عمرهم", "سنين"})


def _age_before(sc, a) -> bool:
    """One of the two words before token a is an age word (:data:`_AGE_BEFORE`, by its bases)."""
    return any(sc.kind(x) == "ar" and any(b_ in _AGE_BEFORE for _, b_ in sc.bases(x)) for x in (a - 1, a - 2))


def match_paragraph(sc) -> bool:
    """The paragraph reports a match: a ``match_word`` (فاز, تعادل, هزيمة), a ``score_word`` (بنتيجة) or a
    ``match_noun`` (مباراة, الودية) anywhere in it, by a word's readings (بهزيمة).  Read once per paragraph."""
    hit = getattr(sc, "_match_paragraph", None)
    if hit is None:
        tables = [sc.lx.markers.get(r, {}) for r in ("match_word", "score_word", "match_noun")]
        hit = any(sc.kind(x) == "ar" and any((b_,) in t for t in tables for _, b_ in sc.bases(x))
                  for x in range(sc.t.n))
        sc._match_paragraph = hit
    return hit


def rising_score(sc, num) -> _Q | None:
    """(session 54, q81) The label of ``1-3`` (a score whose first side is the smaller) in a paragraph that
    reports a match (:func:`match_paragraph`), whatever words stand right before it: ``سقط سقوطاً كبيراً 1-4``,
    ``أمام مانشستر يونايتد الإنجليزي 1-3``.  A falling pair is :func:`falling_score`'s; the same guards as
    there (no third part, no unit, percent sign, month or counted noun after, no day word before), and no
    word of a range or an amount right before it (``من 1-3``, ``بين 2-4``, ``كل 2-3``)."""
    a, b = num.a, num.b
    pair = _dash_pair(sc, num)
    if pair is None:
        return None
    t, t2 = pair
    if not (t2.isdigit() and int(t) < int(t2) < 20 and len(t) <= 2):
        return None
    if sc.is_p(a - 1, "(") and sc.is_p(b + 2, ")"):
        return None  # (1-3): the bracketed score of the score rule
    if sc.is_p(a - 1, "-–/") or sc.is_p(b + 2, "-–/") or sc.k(a - 1) in _DAY_WORDS or sc.k(a - 1) in _RANGE_BEFORE:
        return None
    if sc.is_p(b + 2, ".:") and sc.kind(b + 3) == "num" and sc.adj(b + 2, b + 3):
        return None  # 1-3.5, 1-3:45 (fixq: a '.' or ':' with no digit after it ends the sentence: أمام الأرجنتين 1-3.)
    if sc.phrase_before(a, "day_word") or sc.phrase_before(a, "approx") or _age_before(sc, a):
        return None
    if (sc.unit_after(b + 2) or sc.percent_after(b + 2) is not None or sc.month_at(b + 2) or sc.hmonth_at(b + 2)
            or sc._counted_noun_after(b + 2, int(t2)) or sc._accusative_noun(b + 2, int(t2))):
        return None
    if not match_paragraph(sc):
        return None
    return _Q(a, b + 2, "label", int(t), int(t2))
