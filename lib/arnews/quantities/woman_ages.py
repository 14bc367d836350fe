"""A woman's age decade (session 48, q70; issue 13): the feminine decade nisba right after a noun for a woman
(``سيدة أربعينية``, ``فتاة عشرينية``, ``المرأة السبعينية``, ``أمها التسعينية``) is a ``duration`` of years, the
decade's first year, like the masculine ``الرجل الخمسيني`` (:meth:`.counts._CountRules.decade_age`): both readers
of blind51 wrote ``سيدة أربعينية`` so (40, no end: the guide gives the end to the plural decade only).

The feminine alone is left out, as :meth:`decade_age` leaves it out: after other nouns it is a plan's or an
anniversary's span (``الخطة العشرينية``, ``الذكرى الستينية``).  The nouns for a woman are ``woman_noun`` rows of
``quantity_markers.csv`` (a pronoun-suffixed kin noun, ``أمها``, is definite), the nisbas ``decade_age_f`` rows."""
from __future__ import annotations

from .figure import Figure as _Q

#: proclitics a woman noun may carry before the nisba (key forms)
_NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "ولل")


def woman_age(sc, i) -> _Q | None:
    """The decade of a woman's age at token ``i`` (``sc`` the scanner), or None."""
    if not sc.ar or sc.kind(i) != "ar" or not sc.free(i) or i == 0:
        return None
    ages = sc.lx.markers.get("decade_age_f", {})
    hit = next(((p, b) for p, b in sc.bases(i) if (b,) in ages and p in ("", "ال")), None)
    if hit is None:
        return None
    x = i - 1
    if not sc.free(x) or sc.kind(x) != "ar":
        return None
    women = sc.lx.markers.get("woman_noun", {})
    for p, b in sc.bases(x):
        if p in _NOUN_PREFIXES and (b,) in women:
            definite = p.endswith(("ال", "لل")) or women[(b,)] == "suffix"
            if women[(b,)] == "definite" and not definite:
                continue  # خمسينية أم ستينية: bare أم is "or" (review 52); الأم التسعينية stays
            if definite == (hit[0] == "ال"):
                return _Q(i, i + 1, "duration", float(ages[(hit[1],)]), unit="سنة", unit_en="year (age)",
                          written="words")
    return None
