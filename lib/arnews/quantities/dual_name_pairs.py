"""A definite dual before the two people it names, in the forms :mod:`.named_pairs` leaves (session 41, q57):

* a nominative dual in ``-ان``/``-تان`` (or a feminine ``-تين``): ``الموهوبتان جوري الفيفي ودانه المهوس``,
  ``اليمنيان هما عارف الزوكا وياسر العوضي`` (``هما`` may stand between);
* a comma before the second member's و (``الفائزتين سارة العتيبي، ونورة الشمري``); not for a masculine ``-ين``, a sound
  plural's form too (``والأثريين صلاح الماسخ، ومحمد خليل``: the readers of blind25 wrote no figure).

The members are read by :func:`.named_pairs._member` (given names, rare words, family names), exactly two: a
third after و or a comma makes a list of more.  The singular is a word of the language (zipf 2.5: the two
names settle the number), for ``-ان``/``-تان``/``-تين`` clearly commoner than the dual form (``العدوان``, ``الإخوان`` are
words of their own)."""
from __future__ import annotations

from .duals import DUAL_MARGIN as _MARGIN, word_zipf as _z
from .named_pairs import _member

#: how common (zipf) the singular must be (lower than ``duals._MIN_SINGULAR``: two names settle the number)
_MIN_SINGULAR = 2.5


def _singular(body: str) -> str | None:
    if body.endswith(("تان", "تين")):
        sing = body[:-3] + "ة"
    elif body.endswith(("ان", "ين")):
        sing = body[:-2]
    else:
        return None
    if len(sing) < 3 or _z(sing) < _MIN_SINGULAR:
        return None
    return sing if _z(body) <= _z(sing) - _MARGIN else None


def dual_before_named_people(sc, i) -> str | None:
    """The singular of word i, a definite dual before exactly two people named (``sc`` the scanner), else None."""
    if not sc.definite(i):
        return None
    body = sc.strip_def(i)
    if body.endswith("ين") and not body.endswith("تين"):
        return None  # a masculine -ين: named_pairs.dual_before_two_names (with a comma, والأثريين صلاح الماسخ، ومحمد
        # خليل, the readers of blind25 read the plural: left out)
    sing = _singular(body)
    if sing is None:
        return None
    end = body[-2:]
    x = i + 1
    while (sc.free(x) and sc.kind(x) == "ar" and sc.definite(x) and sc.k(x).endswith(end) and not sc.k(x).startswith("و")
           and sc.k(x) not in ("الذين", "اللذين", "اللذان", "اللتان", "اللتين") and not sc.numword(x)):
        x += 1  # الفائزتين المتميزتين: agreeing adjectives
    if sc.free(x) and sc.k(x) == "هما":
        x += 1  # اليمنيان هما ...
    m1 = _member(sc, x, True)
    if m1 == x:
        return None
    comma = sc.is_p(m1, ",،")
    start2 = m1 + comma
    m2 = _member(sc, start2, False)
    if m2 == start2:
        return None
    if sc.free(m2) and sc.kind(m2) == "ar" and sc.k(m2).startswith("و") and _member(sc, m2, False) != m2:
        return None  # a third member: a plural
    if sc.is_p(m2, ",،") and (_member(sc, m2 + 1, True) != m2 + 1 or sc.k(m2 + 1).startswith("و")):
        return None  # ... ونورة، وهند: a list goes on
    return sing
