"""The edition of a regional cup named by its nisba and a number (round 52): ``خليجي 23`` (the 23rd Gulf Cup),
``«عربي 27»`` (the 27th Arab championship) rank the tournament among its editions, an ``ordinal``, as
``الدورة الـ 15`` does.  The dev readers wrote them so in every reading (blind22, blind35, blind42: six of six).

The nisba (``edition_word`` in ``quantity_markers.csv``) is indefinite and stands right before the number,
a space between (``خليجي23`` glued is left to the other rules), a proclitic allowed (``لخليجي 22``); the number is a whole number 1-99 with no
unit, percent, counted noun or partitive من after it (``شاب عربي 25 عاما`` is an age; ``التحالف العربي 3 غارات`` is definite)."""
from __future__ import annotations

from .figure import Figure as _Q


def edition_number(sc, num) -> _Q | None:
    """An ordinal for ``num`` when an ``edition_word`` stands right before it, else None (``sc`` the scanner)."""
    a, b = num.a, num.b
    if not (sc.ar and num.written == "digits" and num.is_int and 1 <= num.value <= 99 and b == a + 1 and a > 0):
        return None
    p = a - 1
    if not (sc.free(p) and sc.kind(p) == "ar") or sc.definite(p) or sc.adj(p, a):
        return None
    hit = sc.phrase_before(a, "edition_word", clitic=True)
    if not hit or hit[0] != p:
        return None
    if (sc.unit_after(b) or sc.percent_after(b) is not None or sc._counted_noun_after(b, num.value)
            or sc.free(b) and sc.k(b) == "من"):
        return None  # مواطن عربي 3 من المسلحين: a partitive count after an adjective
    return _Q(p, b, "ordinal", num.value, unit=sc.t.text[p])
