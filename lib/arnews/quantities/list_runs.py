"""Numbers that mark the items of a list are labels, not counts (session 44, q65; issue 13).

* ``، 2- تعويد الطلاب ...، 3- تعويدهم ...``: a small number after a comma (or a stop, a colon, or opening
  the paragraph), glued to a dash, a dot or a closing bracket and followed by a word, when the paragraph
  holds the item before or after it in the same shape (2 with 1 or 3): a run of items.
* ``!(٥)علّمه ... .(٦)هنالك``: a small number in brackets opening the paragraph or a sentence (after
  ``. ! ؟ :``) and followed by a word, when the word is glued to the bracket or the paragraph holds the
  item before or after it in brackets.
* ``تغريدات وفاكهة - 5``: a short title ending in a dash and a small number names the part of a series.
* ``1 تعيين ...`` / ``2 تعيين ...`` / ``3 نقل ...``: bare numbers opening three or more successive lines of one
  article (:func:`numbered_lines`, run by the build hook over the article's lines).

A lone number after a stop before its counted noun (``. (5) أشخاص``, ``5 أشخاص``) stays a count: no run,
no glue.  Both readers of blind48 mark such markers as labels or nothing."""
from __future__ import annotations

import re

from .figure import Figure as _Q

_LEAD = ".!؟?:؛;"
_COMMA_LEAD = "،," + _LEAD
_AFTER = "-–.)"
_TITLE_MAX = 10  # tokens of a short title line


def _int(sc, x):
    """The whole value of digit token x (Arabic-Indic digits too), or None."""
    if sc.kind(x) != "num":
        return None
    t = sc.t.text[x]
    return int(t) if t.isdigit() else None


def _dash_item(sc, x, mark) -> bool:
    """Token x is a number marking an item: glued to ``mark`` after it, a word after that, the paragraph's
    start or a comma/stop before it."""
    return (_int(sc, x) is not None and sc.is_p(x + 1, mark) and sc.adj(x, x + 1) and sc.is_word(x + 2)
            and (x == 0 or sc.is_p(x - 1, _COMMA_LEAD)))


def _bracket_item(sc, x) -> bool:
    """Token x is a number in brackets opening the paragraph or a sentence, a word after it."""
    return (_int(sc, x) is not None and sc.is_p(x - 1, "(") and sc.is_p(x + 1, ")") and sc.is_word(x + 2)
            and (x == 1 or sc.is_p(x - 2, _LEAD)))


def _sibling(sc, a, v, test) -> bool:
    """Another token of the paragraph is item v - 1 or v + 1 by ``test``."""
    return any(x != a and _int(sc, x) in (v - 1, v + 1) and test(x) for x in range(sc.t.n))


def list_item(sc, num):
    """A label for a list marker at the number ``num`` (see the module docstring), or None."""
    if not (sc.ar and num.written == "digits" and num.is_int and num.b == num.a + 1):
        return None
    a, b = num.a, num.b
    v = _int(sc, a)
    if v is None or not 1 <= v < 30:
        return None
    if _bracket_item(sc, a):
        glued = sc.adj(b, b + 1)
        if glued and not (sc.unit_after(b + 1) or sc._accusative_noun(b + 1, v)) or _sibling(sc, a, v, lambda x: _bracket_item(sc, x)):
            return _Q(a - 1, b + 1, "label", v)
        return None
    if sc.is_p(b, _AFTER) and _dash_item(sc, a, sc.t.text[b]):
        mark = sc.t.text[b]
        if _sibling(sc, a, v, lambda x: _dash_item(sc, x, mark)):
            return _Q(a, b + 1, "label", v)
        return None
    # a short title closing on a dash and a part number: تغريدات وفاكهة - 5
    if (b == sc.t.n and sc.t.n <= _TITLE_MAX and a >= 2 and sc.is_p(a - 1, "-–")
            and sc.kind(a - 2) == "ar" and not sc.adj(a - 2, a - 1)):
        return _Q(a, b, "label", v)
    return None


_LINE_OPEN = re.compile(r"\s*([0-9٠-٩]{1,2})\s+[\u0621-\u064A]")


def numbered_lines(texts) -> None:
    """Lines of one article that open with a bare number and a space in a run of three or more consecutive
    numbers (``1 تعيين ...``, ``2 تعيين ...``, ``3 نقل ...``) mark list items: a count row read at the
    line's opening number becomes a label of the number alone (in place).  ``texts``: article ->
    [(paragraph text, its rows, role)], as :func:`.table.quantities_table` keeps them.  A lone line
    opening on ``5 نصائح`` (no run) keeps its count."""
    for items in texts.values():
        opens = []
        for text, prows, role in items:
            m = _LINE_OPEN.match(text) if role != "title" else None
            opens.append((int(m.group(1)), m.start(1), m.end(1)) if m else None)
        vals = {o[0] for o in opens if o}
        for (text, prows, _), o in zip(items, opens):
            if not o:
                continue
            v, s, e = o
            if not ({v - 1, v + 1} <= vals or {v + 1, v + 2} <= vals or {v - 1, v - 2} <= vals):
                continue
            for r in prows:
                if r["start"] == s and r["kind"] == "count" and r["value"] == v:
                    r.update(kind="label", end=e, surface=text[s:e], unit="", unit_en="", roundness="")
