"""A bare number that shares the unit of the figure right after it: ``بين 5 و7 و10 سنوات`` (5, 7 and 10
years: a list, not a range), ``2.9 و2.6 و2.4 في المائة``, ``من 3.8 إلى 3.5 في المائة`` and ``خفض السن من 21 إلى
18 عاماً`` (a fall from 21 to 18 years: a change, not a range, two figures).  Arabic writes the unit once,
after the last number of a list or of a change; the range rules join an ascending ``من X إلى Y`` and
``بين X و Y`` into one figure, and what they leave is read here.

The bare number is a count without a unit written in digits; between it and the next figure stands only
``و``/``أو``/``إلى`` (the conjunction glued or apart); the next figure is a duration, a percent, a measure,
money or a count of a named unit, also written in digits.  Lists pass the unit leftwards, one item at a
time.  A number led by a label or year word (``عامي 1304 و1237``) is no count and is left alone."""
from __future__ import annotations

#: the words that join the items (key forms)
_JOINS = ("و", "او", "الي")
_KINDS = ("duration", "percent", "measure", "money", "count")


def share_units(sc, figures) -> None:
    """Give each bare count of ``figures`` (in place) the unit of the figure after it (``sc`` the scanner)."""
    by_start = {q.a: q for q in figures}
    for q in sorted(figures, key=lambda q: -q.a):
        if q.kind != "count" or q.unit or q.value_end is not None or q.written != "digits" or q.approx:
            continue
        x = q.b
        if not (sc.free(x) and sc.is_word(x) and sc.k(x) in _JOINS):
            continue
        r = by_start.get(x + 1)
        if r is None or r.kind not in _KINDS or not r.unit and r.kind != "percent" or r.value_end is not None:
            continue
        if r.written not in ("digits", "mixed") or sc.kind(r.a) != "num":
            continue
        q.kind, q.unit, q.unit_en, q.currency = r.kind, r.unit, r.unit_en, r.currency
