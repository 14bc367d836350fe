"""A definite organisation head + a definite active participle describes a body named elsewhere (session 44, org47).

``القوات الموالية`` (*the loyal forces*), ``الشركة المتعهدة`` (*the contracting company*), ``القوات المتحالفة``,
``الشركة الراعية للبطولة`` (*the sponsoring company*), ``اللجنة المكلفة بالتحقيق``: the participle says what the
body does or to whom it stands, and the phrase points back to a body or describes one; the guide marks none of them
(dev sets: ``Head الموالية`` 0 of 11 marked, ``المتعهدة``, ``الراعية``, ``المكلفة``, ``المساندة``, ``المشاركة`` 0 of 6).
The names the gold marks are of other shapes: ``الأمم المتحدة`` (مُتَّحِدة, a four-letter stem after مت),
``القوات المشتركة`` (مُفتَعِلة), ``الحكومة المؤقتة``, nisbas (``الهيئة الملكية``, ``اللجنة المحلية``).

The participle (key form, after ال/لل, a final ة written ه left off) reads as a description when it is

* مُفاعِل (``موالي``, ``مساند``, ``مشارك``, ``معارض``, ``مهاجم``): م + a letter + ا + two letters; or
* مُتَفعِّل / مُتَفاعِل (``متعهد``, ``متمرد``, ``متطرف``, ``متحالف``): مت + three letters or more (``متحد`` has two);
* or, when a complement follows it (ل/ب on the next word, or على، عن، مع), مُفعِّل / مُستفعِل
  (``المكلفة بالتحقيق``, ``المنظمة للبطولة``): the shape alone is shared with names
  (``المسلحة``, ``المفتوحة``), the complement is what a description takes.  Not فاعِل: ``اللجنة الدائمة للبحوث
  العلمية`` is a name whose field follows; nor the passive مَفعول (``الجامعة المفتوحة بزعم أن``: ب opens
  the next phrase).

Not a nisba (the stem ends in ي and is no مُفاعِل/فاعِل shape: ``المحلية``, ``الملكية``, ``المصرية``), and not when
a definite adjective closes the name after the participle (``اللجنة المنظمة العليا``).
"""
from __future__ import annotations

import re

from ..normalize import key
from .positions import adjacent, is_word
from .cues import word_info

__all__ = ["participle_description"]

_MUFAAIL = re.compile(r"^م.ا..$")
_MUTAFAAIL = re.compile(r"^مت...+$")
#: shapes that describe only with a complement: مُفعِّل/مُفعِل, مُستفعِل (not فاعِل: اللجنة الدائمة للبحوث; not the
#: passive مَفعول: الجامعة المفتوحة بزعم ...)
_WITH_COMPLEMENT = re.compile(r"^(م...|مست...)$")
_PREPOSITIONS = frozenset(key(w) for w in ("على", "عن", "مع"))
_DEFINITE = ("ال", "وال", "بال", "فال", "لل")


def _stem(k: str) -> str:
    """The participle's stem: without ال/لل and a final ة (ه) or the masculine plural -ين/-ون."""
    s = k[2:] if k.startswith(("ال", "لل")) else ""
    if s.endswith("ه"):
        s = s[:-1]
    return s


def _complement(p, j: int) -> bool:
    """Token j is a complement of the participle before it: ل/ب + a word (للنظام، بالتحقيق), على، عن، مع."""
    if not is_word(p, j) or not adjacent(p, j - 1, j):
        return False
    k = p.fkeys[j]
    if k in _PREPOSITIONS:
        return True
    return k[:1] in "لب" and len(k) >= 4 and not k.startswith(("لا", "لم", "لن", "له"))


def participle_description(p, i: int) -> bool:
    """Token i is a definite organisation head and token i+1 a definite participle that describes it (module
    docstring): the name ends at the head (which alone names nothing)."""
    if not is_word(p, i + 1) or not adjacent(p, i, i + 1):
        return False
    hk, k = p.fkeys[i], p.fkeys[i + 1]
    if not (hk.startswith(_DEFINITE) or word_info(p.toks[i]).definite) or not k.startswith(("ال", "لل")):
        return False
    s = _stem(k)
    if len(s) < 4:
        return False
    nxt = i + 2
    if is_word(p, nxt) and adjacent(p, i + 1, nxt) and p.fkeys[nxt].startswith("ال"):
        return False  # اللجنة المنظمة العليا: an adjective closes the name
    if s.endswith("ي") and not re.match(r"^م.ا.ي$", s):
        return False  # المحلية، الملكية، المتوسطية: a nisba (not الموالية)
    if _MUFAAIL.match(s) or _MUTAFAAIL.match(s) and len(s) >= 5:
        return True
    return bool(_WITH_COMPLEMENT.match(s)) and not s.startswith("مت") and _complement(p, nxt)
