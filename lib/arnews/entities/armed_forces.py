"""A state's armed forces named bare: ``القوات المسلحة`` (session 46, org49, issue 14).

``واصلت القوات المسلحة دعم أسر المرابطين``, ``من منسوبي القوات المسلحة``: the definite ``القوات`` + ``المسلحة`` with no
country after it is the (named or understood) state's armed forces, an organisation.  The name finder reads nothing
there: ``المسلحة`` is one of ``names._GENERIC_ADJ`` (``قوات`` + a generic adjective names no body: ``الجماعات
المسلحة``, ``قوات مسلحة``), and :mod:`.national_bodies` reads only a field word + a country's adjective.  Not

* without the article (``قوات مسلحة``: some armed forces) or with another adjective (``القوات المسلحة`` only);
* inside a name already found (``مستشفى القوات المسلحة``, ``صندوق التكافل بالقوات المسلحة``, ``القوات المسلحة
  المصرية``: the cue finder's).  A participle after it (``القوات المسلحة المرابطة``) is no part of the name.

A glued و/ف/ب/ل stays outside the span (``والقوات المسلحة`` -> ``القوات المسلحة``); ``للقوات`` (ل + ال) is kept whole.
Dev gold (blind19-49): bare ``القوات المسلحة``/``للقوات المسلحة`` is marked 6 of 12 times (bare الجيش 0 of 20), with
no context found that separates the 6 unmarked (``أبناء/تزويد القوات المسلحة``, a list item, one after a verb, twice
``نائب القائد الأعلى للقوات المسلحة`` while ``المفتش العام للقوات المسلحة`` is marked): the guide's organisations
include a state's services, so every bare mention is read.
"""
from __future__ import annotations

from ..normalize import key
from .keys import Name, org_key
from .positions import adjacent, is_word
from .proclitics import proclitics

__all__ = ["armed_forces"]

_FORCES = key("القوات")
_ARMED = key("المسلحة")


def _forces_at(k: str) -> int:
    """Letters of proclitics outside the span when token key ``k`` is ``القوات`` with the article, else -1."""
    if k in ("لل" + _FORCES[2:], "ولل" + _FORCES[2:], "فلل" + _FORCES[2:]):
        return len(k) - len(_FORCES)  # للقوات: ل + القوات, kept whole (a glued و/ف outside)
    for pre in proclitics("conj_prep"):
        if k == pre + _FORCES:
            return len(pre)
    return -1


def armed_forces(p, found: list[Name]) -> list[Name]:
    """``found`` with each bare ``القوات المسلحة`` an organisation (module docstring)."""
    if p.rules != "ar" or _ARMED not in p.fkeys:
        return found
    new = []
    for i in range(len(p.fkeys) - 1):
        off = _forces_at(p.fkeys[i])
        if off < 0 or not (is_word(p, i + 1) and adjacent(p, i, i + 1) and p.fkeys[i + 1] == _ARMED):
            continue
        s, e = p.starts[i] + off, p.ends[i + 1]
        if any(o.start < e and s < o.end for o in found):
            continue  # مستشفى القوات المسلحة: inside a name found
        new.append(Name(s, e, "organisation", "cue", 0.7, org_key([p.toks[i], p.toks[i + 1]]), p.toks[i]))
    if not new:
        return found
    return sorted(found + new, key=lambda x: (x.start, x.end))
