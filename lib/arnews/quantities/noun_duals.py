"""A feminine dual shaped like a noun, not an adjective (round 43): ``محاولتين``, ``وسيارتين``.

An indefinite dual right after another dual and its adjectives is read as one more agreeing
adjective (``ركنين آخرين شديدين``, ``عمليتين منفصلتين``).  A feminine ``-تين``/``-تان`` whose
singular is a common noun (zipf 3.3; not a nisba in ``-ية``) and whose masculine form without
``ة`` is far rarer (2 zipf: ``محاولة``/``محاول``, ``سيارة``/``سيار``) is no adjective: adjectives
have a common masculine (``منفصلة``/``منفصل``, ``متتالية``/``متتال``), so it names a second pair
(``في عمليتين منفصلتين محاولتين لتهريب``, ``مدفعين رشاشين وسيارتين عسكريتين``)."""
from __future__ import annotations

from .duals import word_zipf as _z

#: how common (zipf) the singular must be
_MIN_SINGULAR = 3.3
#: how much rarer (zipf) the masculine form must be than the feminine singular
_NOUN_GAP = 2.0


def noun_shaped_dual(word: str) -> bool:
    """``word`` (a و led it or not) is an indefinite feminine dual of a noun, not of an adjective."""
    body = word[1:] if word.startswith("و") and len(word) > 6 else word
    if body.startswith("ال") or not body.endswith(("تين", "تان")) or len(body) < 6:
        return False
    fem = body[:-3] + "ة"
    return not fem.endswith("ية") and _z(fem) >= _MIN_SINGULAR and _z(fem[:-1]) <= _z(fem) - _NOUN_GAP
