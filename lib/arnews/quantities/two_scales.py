"""A digit 2 before the dual of a scale word (session 50, q72): ``بقيمة 2 ملياري ريال``, ``2 مليوني ريال``: the dual
already says two, the digit repeats it; one figure (``money`` 2000000000) whose span opens at the digit, as both
readers of blind53 wrote it, not a bare count 2 beside it."""
from __future__ import annotations

import re

#: the dual of a scale word opening a figure's span (ملياري ريال, مليوني دولار, ألفي ريال)
_DUAL_SCALE = re.compile(r"(?:ملياري|مليوني|ألفي|الفي|مليارى|مليونى)(?=\s|$)")


def join_two_scales(rows: list[dict], text: str) -> list[dict]:
    """``rows`` (offsets into ``text``) with a bare count 2 right before a figure that opens with a dual scale
    word joined into that figure."""
    drop = set()
    for a, b in zip(rows, rows[1:]):
        if (a["kind"] == "count" and not a.get("unit") and a["surface"] in ("2", "٢") and b["kind"] in ("money", "count")
                and b["value"] is not None and not text[a["end"]:b["start"]].strip() and _DUAL_SCALE.match(b["surface"])):
            b["start"] = a["start"]
            b["surface"] = text[b["start"]:b["end"]]
            drop.add(id(a))
    return [r for r in rows if id(r) not in drop] if drop else rows
