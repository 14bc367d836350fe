"""A digit 2 before the dual of a scale word (session 50, q72): ``بقيمة 2 ملياري ريال``, ``2 مليوني ريال``: the dual
already says two, the digit repeats it; one figure (``money`` 2000000000) whose span opens at the digit, as both
readers of blind53 wrote it, not a bare count 2 beside it; also when the scanner read the digit into a label
(``وخصصت الوزارة 2 ملياري دولار``: not ``الوزارة 2``) and for a measure (``2 مليوني متر مربع``) (fixq, the review
of q72)."""
from __future__ import annotations

import re

#: the dual of a scale word opening a figure's span (ملياري ريال, مليوني دولار, ألفي ريال)
_DUAL_SCALE = re.compile(r"(?:ملياري|مليوني|ألفي|الفي|مليارى|مليونى)(?=\s|$)")
#: a bare digit 2 ending a label's span (الوزارة 2)
_LABEL_TWO = re.compile(r"\s[2٢]$")


def _two(r: dict) -> bool:
    """A bare count 2, or a label whose span ends with a bare digit 2."""
    if r["kind"] == "count":
        return not r.get("unit") and r["surface"] in ("2", "٢")
    return r["kind"] == "label" and bool(_LABEL_TWO.search(r["surface"]))


def join_two_scales(rows: list[dict], text: str) -> list[dict]:
    """``rows`` (offsets into ``text``) with a bare count 2 (or a label ending in a bare 2) right before a figure
    that opens with a dual scale word joined into that figure."""
    drop = set()
    for a, b in zip(rows, rows[1:]):
        if (_two(a) and b["kind"] in ("money", "count", "measure")
                and b["value"] is not None and not text[a["end"]:b["start"]].strip() and _DUAL_SCALE.match(b["surface"])):
            b["start"] = a["end"] - 1
            b["surface"] = text[b["start"]:b["end"]]
            drop.add(id(a))
    return [r for r in rows if id(r) not in drop] if drop else rows
