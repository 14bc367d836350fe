"""Bare numbers that open the sentences of one paragraph in a run are list items (session 45, q66; issue 13).

``الوسيلة الأساسية لانتقال المرض هي 1 نقل دم ملوث. 2 تعاطي المخدرات. 3 السفر إلى ...``: a small number
(1-29) followed by a space and a word, opening the paragraph or a sentence (after ``. ! ؟ : ؛``; item 1 may
follow a word), is a ``label`` when the same paragraph opens two more sentences so on its neighbours (a run
of three: v-1, v+1; v+1, v+2; or v-2, v-1).  ``. 3 أشخاص أصيبوا. 4 آخرون`` (two, no run) stay counts.  The
dashed, dotted and bracketed markers are :mod:`.list_runs`'s; numbered lines :func:`.list_runs.numbered_lines`."""
from __future__ import annotations

from .figure import Figure as _Q

_STOPS = ".!؟?:؛;"


def _item(sc, x, loose):
    """The value of the bare small number at token x when it opens a sentence before a word, else None;
    ``loose``: item 1 may follow a word (``هي 1 نقل``)."""
    if sc.kind(x) != "num" or not sc.t.text[x].isdigit() or len(sc.t.text[x]) > 2:
        return None
    v = int(sc.t.text[x])
    if not 1 <= v < 30 or not sc.is_word(x + 1) or sc.adj(x, x + 1) or sc.adj(x - 1, x):
        return None
    if x == 0 or sc.is_p(x - 1, _STOPS) or (loose and v == 1 and sc.kind(x - 1) == "ar"):
        return v
    return None


def sentence_item(sc, num):
    """A label for the number ``num`` opening a sentence in a run of three (the module docstring), or None."""
    if not (sc.ar and num.written == "digits" and num.is_int and num.b == num.a + 1):
        return None
    v = _item(sc, num.a, True)
    if v is None:
        return None
    items = sc.__dict__.get("_sentence_items")
    if items is None:  # (once a paragraph: the items of its sentences)
        items = sc.__dict__["_sentence_items"] = [(x, _item(sc, x, True)) for x in range(sc.t.n) if sc.kind(x) == "num"]
    others = {w for x, w in items if x != num.a}
    if {v - 1, v + 1} <= others or {v + 1, v + 2} <= others or {v - 2, v - 1} <= others:
        return _Q(num.a, num.b, "label", v)
    return None
