"""Does a number count the word after it (session 53, fix1)?  The check that keeps a number's own reading when
a rule would give it another one (a year after a year word, :mod:`.old_years`; a percent after بنسبة,
:mod:`.bare_percents`): ``العام 596 رجلا``, ``بنسبة 60 صوتا``, ``بنسبة 3 أصوات`` count their noun."""
from __future__ import annotations

_FATHATAN = "\u064b"


def counts_next(sc, x, value) -> bool:
    """Token x, right after a number of ``value``, is what the number counts: a unit, a percent sign or a
    partitive (``744 نقطة``, ``من الطلاب``), a scale word (``50 ألف``), a noun the lexicon does not know in the
    form the number requires (whole hundreds: a genitive singular, ``200 حرفي``; 11-99: an accusative singular,
    ``596 رجلا``, ``60 صوتا``, its tanwin written or required; 3-10: a plural, ``3 أصوات``, ``5 درجات``)."""
    if x >= sc.t.n:
        return False
    if sc.unit_after(x) or sc.percent_after(x) is not None or sc.partitive_unit(x):
        return True
    nw = sc.numword(x)
    if nw and nw[1] in ("scale", "scale_pl"):
        return True
    if not (isinstance(value, (int, float)) and float(value).is_integer()):
        return False
    y = int(value)
    if y and y % 100 == 0 and not sc.definite(x) and sc.fallback_unit(x, y):
        return True  # هذا العام 200 حرفي: whole hundreds count a genitive singular noun
    if sc.kind(x) != "ar":
        return False
    if sc.t.text[x].endswith("ا") and sc.fallback_unit(x, y):
        os_, oe = sc.nt.to_original(sc.t.s[x], sc.t.e[x])
        if _FATHATAN in sc.nt.original[os_:oe] or sc._accusative_noun(x, y):
            return True  # العام 596 رجلا: an accusative counted noun (tanwin written or required)
    return 3 <= y <= 10 and bool(sc.fallback_unit(x, y))  # 3 أصوات: 3-10 count a plural noun
