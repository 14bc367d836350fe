"""A hotel's stars name its class (session 45, q66; issue 13): ``فنادق خمس نجوم``, ``فندقا من فئة الخمس نجوم``
are a ``label`` (the class of the hotel, as both readers of blind26 and blind48 wrote it), not the ``measure``
:func:`.ratings.rated_measures` makes of stars after a word of grading; a rating awarded (``حاصلة على تصنيف
بأربع نجوم``, ``منتجات من فئة خمس نجوم``) stays a measure.  Hotel words: ``hotel_word`` markers
(quantity_markers.csv), within five tokens before the figure, with
no comma, stop or noun joined by و between (``فندق باهظ ومطعم بثلاثة نجوم``: a restaurant's stars stay a measure),
nor a word of awarding (``مطعم حاصل على ثلاث نجوم``)."""
from __future__ import annotations

_REACH = 5
#: words of a rating awarded (key forms): stars after them were given, not a hotel's class (مطعم حاصل على ثلاث نجوم)
_AWARDED = frozenset(("حاصل", "حاصله", "الحاصل", "الحاصله", "حصل", "حصلت", "حائز", "حائزه", "نال", "نالت"))


def _joined_by_wa(k: str) -> bool:
    """A word that is و + a noun (ومطعم), not a word that begins with و (ويستن، واسع): the rest is the commoner
    word in wordfreq's Arabic list."""
    from .duals import word_zipf

    return k[:1] == "و" and len(k) > 3 and word_zipf(k[1:]) > word_zipf(k)


def hotel_classes(sc, out) -> None:
    """Star ratings of a hotel (a ``hotel_word`` before them) become labels (in place)."""
    hotels = sc.lx.markers.get("hotel_word")
    if not hotels:
        return
    for q in out:
        if q.kind != "measure" or q.unit != "نجمة":
            continue
        for x in range(q.a - 1, max(-1, q.a - 1 - _REACH), -1):
            if sc.kind(x) == "ar" and any((b,) in hotels for _, b in sc.bases(x)):
                q.kind = "label"
                break
            if (sc.is_p(x, "،,.:؛!؟") or sc.kind(x) == "ar" and _joined_by_wa(sc.k(x))
                    or sc.k(x) in _AWARDED):
                break  # فندق باهظ ومطعم بثلاثة نجوم: the stars of another noun (a restaurant's)
