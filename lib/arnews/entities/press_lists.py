"""Newspapers listed after the plural ``الصحف`` (session 40, org41): ``الصحف المصرية وفي مقدمتها "الأهرام"
و"الأخبار" و"الجمهورية"``, ``تناولت الصحف الكويتية القبس والرأي`` -- a plural head distributes over the names
coordinated after it, so each listed paper is an organisation, as it would be behind ``صحيفة`` each.

The head is ``الصحف`` / ``الجرائد`` or ``صحف`` / ``جرائد`` (behind و، ب، ف، ل), then at most three definite
adjectives in ``ية`` (``المصرية``، ``المحلية``، ``الصادرة``-less: ``الكويتية اليومية``), then optionally one
linker (``وفي مقدمتها``، ``ومنها``، ``منها``، ``ومن بينها``، ``مثل``، ``:``), then the list: items joined by ``و`` or
a comma.  An item is a name in quotes (one to four words) or, unquoted, a paper of ``known_names.csv``
(context ``press``: ``الرياض``، ``الشرق الأوسط``).  Guards: two items at least (``الصحف "الأهرام"`` alone is
left to the quote rules), and nothing is found when the list breaks at its first item; a found person or place
inside an item gives way, a found organisation keeps its span.  ``الصحف السعودية والعربية`` (adjectives, no
list) and ``الصحف اليوم`` (no item) name nothing.
"""
from __future__ import annotations

from .keys import Name, org_key
from .positions import adjacent, is_word
from .proclitics import proclitics

__all__ = ["press_lists"]

_HEADS = frozenset({"صحف", "جرائد"})
#: the dual heads (``صحيفتا "ليكيب" الفرنسية و"ماركا" الإسبانية``): exactly two papers follow
_DUALS = frozenset({"صحيفتا", "صحيفتي", "جريدتا", "جريدتي"})
_OPEN = {'"': '"', "“": "”", "«": "»", "”": "“", "»": "«"}
_CLOSE = frozenset('"”»“')
#: linkers between the head (and its adjectives) and the list, as word keys
_LINKERS = (("وفي", "مقدمتها"), ("ومن", "بينها"), ("من", "بينها"), ("ومنها",), ("منها",), ("مثل",), ("وهي",))


def _head(k: str) -> int:
    """2 for a dual head, 1 for a plural one (after its proclitics), else 0."""
    if any(k.startswith(c) and k[len(c):] in _DUALS for c in ("و", "ف", "ب", "ل", "")):
        return 2
    return int(any(k.startswith(c) and k[len(c):] in _HEADS for c in proclitics("press_heads")))


def _adjective(p, t: int) -> bool:
    """A definite adjective in ية/ي right after the previous token (المصرية، الفرنسية، البريطاني)."""
    k = p.fkeys[t] if is_word(p, t) else ""
    return k.startswith("ال") and k.endswith(("يه", "ي")) and len(k) > 4 and adjacent(p, t - 1, t)


def _quoted_item(p, t: int) -> int:
    """End token (after the closing quote) of a name of one to four words in quotes opening at ``t``, else 0."""
    if not (0 <= t < len(p.kinds)) or p.kinds[t] != "punct" or p.toks[t] not in _OPEN:
        return 0
    for b in range(t + 2, min(t + 6, len(p.kinds))):
        if p.kinds[b] == "punct":
            if p.toks[b] in _CLOSE and all(p.kinds[x] in ("word", "latin") for x in range(t + 1, b)):
                return b + 1
            return 0
    return 0


def _known_press(p, t: int, conj: bool) -> int:
    """Tokens of a listed paper (context ``press``) at ``t`` (its و stripped when ``conj``), else 0."""
    from .known import _listed_readings, _span

    if not is_word(p, t):
        return 0
    k = p.fkeys[t]
    if conj:
        if not k.startswith("و"):
            return 0
        k = k[1:]
    for form, off, entries in _listed_readings(k):
        if off:
            continue
        for words, _oid, ctx in entries:
            if ctx == "press":
                m = _span(p, t, words) if len(words) > 1 else 1
                if m:
                    return m
    return 0


def _items(p, t: int) -> list[tuple[int, int, int]]:
    """Token ranges (a, b) and the letters of a glued و (0 or 1) of the names listed from token ``t``."""
    out = []
    first = True
    while t < len(p.kinds):
        s = t
        if not first:
            if p.kinds[t] == "punct" and p.toks[t] in "،,":
                s = t = t + 1
                if is_word(p, t) and p.fkeys[t] == "و":
                    s = t = t + 1
            elif is_word(p, t) and p.fkeys[t] == "و":
                s = t = t + 1
        e = _quoted_item(p, t)
        if e:
            out.append((t + 1, e - 1, 0))
            t = e + 1 if _adjective(p, e) else e  # "ليكيب" الفرنسية و"ماركا": the paper's country after it
        else:
            m = 0 if not first and s == t else _known_press(p, t, False)
            glued = 0
            if not m and not first:
                m = _known_press(p, t, True)
                glued = 1
            if not m:
                break
            out.append((t, t + m, glued))
            t = t + m
        first = False
    return out


def _list_start(p, i: int) -> int:
    """Token where the list after the head at ``i`` opens (past adjectives and a linker), else -1."""
    t = i + 1
    n = 0
    while n < 3 and _adjective(p, t) and p.fkeys[t].endswith("يه"):
        t, n = t + 1, n + 1
    if t < len(p.kinds) and p.kinds[t] == "punct" and p.toks[t] == ":":
        return t + 1
    for ln in _LINKERS:
        if all(is_word(p, t + x) and p.fkeys[t + x] == w for x, w in enumerate(ln)):
            return t + len(ln)
    return t


def press_lists(p, found: list[Name]) -> list[Name]:
    """``found`` with each paper listed after ``الصحف`` (see the module docstring) added."""
    if not any(w in p.ktext for w in ("صحف", "جرائد", "صحيفت", "جريدت")):
        return found
    new, drop = [], set()
    for i in range(len(p.kinds)):
        h = _head(p.fkeys[i]) if is_word(p, i) else 0
        if not h:
            continue
        items = _items(p, _list_start(p, i) if h == 1 else i + 1)
        if len(items) < 2 or h == 2 and len(items) != 2:
            continue
        for a, b, off in items:
            s, e = p.starts[a] + off, p.ends[b - 1]
            inside = [o for o in found if o.start < e and s < o.end]
            if any(o.type == "organisation" for o in inside):
                continue
            drop.update(id(o) for o in inside)
            words = [p.toks[a][off:]] + [p.toks[t] for t in range(a + 1, b)]
            new.append(Name(s, e, "organisation", "cue", 0.7, org_key(words), p.toks[i]))
    if not new:
        return found
    return sorted([o for o in found if id(o) not in drop] + new, key=lambda x: (x.start, x.end))
