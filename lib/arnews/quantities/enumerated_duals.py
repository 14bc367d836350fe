"""An indefinite word in ``-ين``/``-تين`` opening the enumeration of its two members (session 42, q60):
``المفاضلة بين لاعبين الأول سوري ...، فيما الآخر ياباني``, ``قسمت الطلاب مجموعتين الأولى ... والثانية ...``.

The masculine ``-ين`` is also the sound plural (``لاعبين``), so :mod:`.duals` leaves it; ``الأول``/``الأولى``
right after it, with the second member (``الثاني``/``الثانية``, ``الآخر``/``الأخرى``, led by و/ف or not) of the
same gender within forty-five tokens after, shows that two are counted (both readers of blind31 wrote
``لاعبين`` a count 2).  The word without its ending is a common noun (zipf 3.5; ``-تين``: its ``-ة``
singular), no verb, adjective after another dual, nor number; a third member (``الثالث``) makes a plural."""
from __future__ import annotations

from .duals import word_zipf as _z

_REACH = 45
_MIN_SINGULAR = 3.5
_FIRST = {"الاول": False, "الاولي": True}
_SECOND = {"الثاني": False, "الاخر": False, "الثانيه": True, "الاخري": True}
_THIRD = ("الثالث", "الثالثه")


def _bare(k: str) -> str:
    return k[1:] if k[:1] in ("و", "ف") and len(k) > 4 else k


def dual_before_first(sc, i) -> str | None:
    """The singular of word i when it is an indefinite ``-ين`` word right before ``الأول``/``الأولى`` and the
    second member of the same gender follows within reach, else None."""
    if not (sc.ar and sc.kind(i) == "ar" and sc.free(i) and sc.free(i + 1)) or sc.definite(i):
        return None
    w = sc.t.text[i]
    fem = _FIRST.get(sc.k(i + 1))
    if fem is None or not w.endswith("ين") or len(w) < 5 or sc.numword(i):
        return None
    if w.endswith("تين") != fem:
        return None  # لاعبين الأول, مجموعتين الأولى: the ordinal agrees with the singular
    bodies = [w] + ([w[1:]] if w[:1] in "وفبل" and len(w) > 5 else [])
    sing = None
    for body in bodies:
        s = body[:-3] + "ة" if fem else body[:-2]
        if len(s) >= 3 and _z(s) >= _MIN_SINGULAR and not s.startswith(("ي", "ت")) and (sing is None or _z(s) > _z(sing)):
            sing = s
    if sing is None:
        return None
    second = None
    for x in range(i + 2, min(sc.t.n, i + 2 + _REACH)):
        k = _bare(sc.k(x))
        if k in _THIRD:
            return None  # a third member: more than two
        if second is None and _SECOND.get(k) == fem and sc.free(x):
            second = x
    return sing if second is not None else None
