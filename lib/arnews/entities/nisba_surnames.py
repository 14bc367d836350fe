"""A family name shaped as a nisba whose stem is an ordinary word (العمري، الشهري، الحربي، الحسيني).

Such a surname is frequent in general Arabic through its stem (عمري *my age*, شهري *monthly*), so the
frequency tests of :func:`arnews.entities.names._common_surname` reject it.  An adjective in ``-ي`` is
written in both genders about as often (الدولي / الدولية, المصري / المصرية, الأمني / الأمنية); a family
name almost never takes the feminine ending.  The gap between the two frequencies tells them apart."""
from __future__ import annotations

from functools import lru_cache

from ..normalize import key
from .cues import word_info, zipf_ar

#: the masculine form is at least this much more frequent than the feminine (Zipf units) in a family name
#: (العمري 5.5 / العمرية 4.1, الحربي 5.6 / 4.3, المالكي 4.9 / 3.5; adjectives: الخيري 5.2 / 4.5, المصري 5.8 / 5.3)
FEMININE_GAP = 1.0

#: no family name this frequent is read from its shape alone (العالمي 6.0 is an adjective)
NISBA_MAX_ZIPF = 5.9


@lru_cache(maxsize=20000)
def family_nisba(w: str) -> bool:
    """Word w is a definite nisba (ال + stem + ي) that Arabic writes far more often without the
    feminine ending than with it: a family name (العمري، الشهري), not an adjective (الدولي، الأمني)."""
    k = key(w)
    if not (k.startswith("ال") and k.endswith("ي") and len(k) >= 6) or k.endswith(("يي", "وي")):
        return False
    info = word_info(w)
    if info.cue or info.stop or info.conj or info.foreign or info.zipf >= NISBA_MAX_ZIPF:
        return False
    return zipf_ar(w + "ة") <= info.zipf - FEMININE_GAP
