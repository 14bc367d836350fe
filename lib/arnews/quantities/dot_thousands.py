"""Dot thousands by the paragraph's evidence (round 44): ``نفذوا 5.964 طلعة جوية ... 2.657 في العراق،
و2.289 في سوريا``: a bare ``d.ddd`` the grammar read as a decimal is thousands too when another ``d.ddd``
group of the same paragraph was read as thousands (the writer uses the dot for thousands there)."""
from __future__ import annotations

import re

_GROUP = re.compile(r"\d{1,3}(?:\.\d{3})+")
_ONE_GROUP = re.compile(r"\d{1,3}\.\d{3}")


def _digits(sc, q) -> str:
    """The text of the first number token of figure q ('' if none, or if a third dot group is glued
    after it: 1.340.7 مليار is no plain thousands)."""
    x = next((x for x in range(q.a, q.b) if sc.kind(x) == "num"), None)
    if x is None or sc.is_p(x + 1, ".,") and sc.adj(x, x + 1) and sc.kind(x + 2) == "num":
        return ""
    return sc.t.text[x]


def paragraph_thousands(sc, figures) -> None:
    """Read each bare count ``d.ddd`` taken as a decimal as thousands when a sibling was (in place)."""
    if sc.lx.settings.get("separator", "auto") != "auto":
        return
    text = sc.nt.text
    seen = [sc.t.s[q.a] for q in figures if q.reading == "thousands" and _GROUP.fullmatch(_digits(sc, q))]
    if not seen:
        return
    for q in figures:
        if (q.kind == "count" and not q.unit and q.reading == "decimal" and q.value_end is None
                and q.written == "digits" and _ONE_GROUP.fullmatch(_digits(sc, q))):
            at = sc.t.s[q.a]
            if any("\n" not in text[min(at, x):max(at, x)] for x in seen):  # in one paragraph
                q.value, q.reading = float(_digits(sc, q).replace(".", "")), "thousands"
