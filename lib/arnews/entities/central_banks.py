"""A central bank named by ``المركزي`` and its country's adjective (session 42, org44, issue 14):
``وكان المركزي السويسري قد توقف``, ``سمح المركزي المصري``, ``من جانب المركزي الأوروبي``.

Economic news drops ``البنك`` once the bank is known: ``المركزي`` (*central*) + a definite masculine adjective of a
country (or ``الأوروبي``) is that country's central bank, an organisation.  The name finder reads nothing there
(``المركزي`` is no head).  Not when a definite noun stands right before (``الجهاز المركزي المصري``, ``المجلس
المركزي الفلسطيني``, ``تلفزيون الصين المركزي``: the adjective of that noun) nor when an organisation or a place
found already covers the words (``البنك المركزي الأوروبي``, ``مستشفى أبها المركزي``).  A glued و/ل/ب/ف stays
outside the span (``والمركزي الأوروبي`` -> ``المركزي الأوروبي``; ``للمركزي`` is kept whole).
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info
from .keys import Name, org_key
from .placeids import country_id
from .positions import adjacent, is_word

__all__ = ["central_banks"]

_CENTRAL = "المركزي"
#: المركزي with its proclitics (key form) -> how many letters of the token stay outside the span
_FORMS = {"المركزي": 0, "والمركزي": 1, "فالمركزي": 1, "بالمركزي": 1, "وبالمركزي": 2, "للمركزي": 0,
          "وللمركزي": 1}
#: adjectives of a union of states whose central bank the news names so (Europe)
_UNIONS = frozenset({key("الأوروبي"), key("الأوربي")})


def _country_adjective(w: str) -> bool:
    """A definite masculine adjective of a country (السويسري، الأمريكي، الأميركي) or of Europe."""
    from .guards import gentilic_place

    k = key(w)
    if k in _UNIONS:
        return True
    if k.endswith("يه") or not k.startswith("ال"):
        return False
    gid = gentilic_place(w)
    return country_id(gid)  # a country (geo:CH), not a town's nisba


def _noun_before(p, i: int) -> bool:
    """A definite word (or a proper noun) glued right before token i: المركزي qualifies it."""
    if not (is_word(p, i - 1) and adjacent(p, i - 1, i)):
        return False
    info = word_info(p.toks[i - 1])
    k = p.fkeys[i - 1]
    if info.stop or info.conj:
        return False
    return info.definite or k.startswith(("ال", "وال", "بال", "لل", "فال")) or bool(info.cue)


def central_banks(p, found: list[Name]) -> list[Name]:
    """``found`` with each central bank named ``المركزي`` + a country's adjective (module docstring)."""
    if p.rules != "ar" or "مركزي" not in p.ktext:
        return found
    new = []
    for i, k in enumerate(p.fkeys):
        off = _FORMS.get(k)
        if off is None or not is_word(p, i + 1) or not adjacent(p, i, i + 1):
            continue
        if not _country_adjective(p.toks[i + 1]) or _noun_before(p, i):
            continue
        s, e = p.starts[i] + off, p.ends[i + 1]
        if any(o.start < e and s < o.end for o in found):
            continue
        new.append(Name(s, e, "organisation", "cue", 0.7, org_key(["البنك", _CENTRAL, p.toks[i + 1]]), "مركزي"))
    if not new:
        return found
    return sorted(found + new, key=lambda x: (x.start, x.end))
