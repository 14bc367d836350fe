"""A small number in brackets glued to a singular noun after a noun names a part, not a count (session 46,
q67; issue 13): ``التعليم حول العالم (8)معالجة قضايا التعليم`` (the eighth part of a column's series, run into
the next title), read as a ``label``, as both readers of blind48 wrote it.  Arabic counts 3-10 with a plural
(``ثماني معالجات``), so 3-10 before a feminine singular (-ة, whose sound plural -ات is a common word: wordfreq)
is not counting it.  Kept counts: a preposition or any stop word before the bracket (``من (18)دولة``,
``في(15)موضعًا``, ``بـ(12)عضواً``: 11-99 take a singular), a unit after it (``(400)م2``), a plural after it."""
from __future__ import annotations

from ..tokens import stopwords as _stopwords
from .duals import word_zipf as _z
from .figure import Figure as _Q

_COMMON = 3.0  # Zipf of the noun's -ات plural: a common word


def bracket_part(sc, num):
    """``(N)noun`` glued, 3 <= N <= 10, after a content word, the noun singular in -ة: a label, else None."""
    if not (sc.ar and num.written == "digits" and num.is_int and num.b == num.a + 1):
        return None
    a, b = num.a, num.b
    t = sc.t.text[a]
    if not (t.isdigit() and 3 <= int(t) <= 10 and sc.is_p(a - 1, "(") and sc.adj(a - 1, a)
            and sc.is_p(b, ")") and sc.adj(b, b + 1) and sc.kind(b + 1) == "ar"):
        return None
    prev = a - 2
    if sc.kind(prev) != "ar" or sc.adj(prev, a - 1) or sc.k(prev) in _stopwords("ar") or len(sc.k(prev)) < 3:
        return None
    w = sc.k(b + 1)
    if not (w.endswith("ه") and len(w) >= 4) or sc.unit_after(b + 1):
        return None
    if _z(w[:-1] + "ات") < _COMMON:
        return None  # قضاه, طلبه: a broken plural in -ة (or a rare noun) may be counted
    return _Q(a - 1, b + 1, "label", int(t))
