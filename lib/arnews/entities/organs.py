"""A body's board or administration before its name (names round 37).

Saudi news names a club, a company or a society through its organ: ``إدارة نادي الهلال``, ``مجلس إدارة
شركة الكهرباء``, ``تشكيل مجلس إدارة جديد لنادي الفتح``, ``إدارة النادي الأهلي``.  The guide annotates the body
(``نادي الهلال``), which the article names bare elsewhere; read with its organ the name took another id
(``~اداره نادي هلال``) and the body's mentions split.  An organisation found by a cue whose words open with an
organ (``إدارة``, ``مجلس إدارة``, optionally ``جديد``) followed by a kind head (نادي، شركة، بنك، مصرف، جمعية,
with or without the article or لـ) and at least one more word starts at that head; after a definite head only
a nisba adjective (``إدارة النادي الأهلي``, ``مجلس إدارة الشركة السعودية للكهرباء``, not ``إدارة النادي الجديدة``, *the club's new board*).  ``فرع وزارة العمل`` (a
branch, annotated either way) and an organ alone (``إدارة النادي``) are left as they are.
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info
from .clubs import token_at as _token_at
from .keys import Name, org_key

__all__ = ["trim_organs"]

#: the organ words that may open the span (key form)
_ORGANS = frozenset({"اداره", "مجلس"})
#: a word after the organ that qualifies it (مجلس إدارة جديد)
_ORGAN_ADJ = frozenset({"جديد", "الجديد"})
#: the heads of the bodies an organ belongs to (key form, without article or proclitic)
_BODY_HEADS = frozenset(key(w) for w in ("نادي", "شركة", "بنك", "مصرف", "جمعية"))


def _head(k: str) -> int:
    """Letters to skip before a body head in the word key k (لـ of لنادي, للنادي; the article stays), -1 when
    it is none."""
    for pre, skip in (("", 0), ("ال", 0), ("ل", 1), ("لل", 1)):
        if k.startswith(pre) and k[len(pre):] in _BODY_HEADS:
            return skip  # (للنادي -> النادي)
    return -1


def trim_organs(p, found: list) -> list:
    """``found`` with the organ words cut from the front of its cue-found organisations (module docstring)."""
    out = []
    for nm in found:
        if nm.type != "organisation" or nm.source != "cue":
            out.append(nm)
            continue
        a, b = _token_at(p, nm.start), _token_at(p, nm.end - 1)
        if a is None or b is None:
            out.append(nm)
            continue
        t = a
        while t <= b and p.kinds[t] == "word" and (p.fkeys[t] in _ORGANS or t > a and p.fkeys[t] in _ORGAN_ADJ):
            t += 1
        if t == a or t >= b or p.kinds[t] != "word" or p.fkeys[a].lstrip("و") not in ("اداره", "مجلس") \
                or "اداره" not in {p.fkeys[x] for x in range(a, t)}:
            out.append(nm)
            continue
        off = _head(p.fkeys[t])
        if off < 0:
            out.append(nm)
            continue
        if p.fkeys[t].lstrip("ل").startswith("ال") and not p.fkeys[t + 1].endswith(("ي", "يه")):
            out.append(nm)  # إدارة النادي التعاقد، إدارة النادي الجديدة: the definite head takes only a nisba (الأهلي)
            continue
        words = [p.toks[x] for x in range(t, b + 1) if p.kinds[x] == "word"]
        s = p.starts[t] + off if len(p.fkeys[t]) == p.ends[t] - p.starts[t] else p.starts[t]
        out.append(Name(s, nm.end, nm.type, nm.source, nm.confidence, org_key(words), nm.cue))
    return out
