"""What joins the two days of a stretch across months (session 40, q55): ``من 28 يوليو إلى 3 أغسطس``
(إلى/حتى right after the first day, as before), and now a dash (``من 21 أغسطس - 14 سبتمبر``) or a comma
before the joining word (``في الفترة من 19/10/1436 هجرية، وحتى 20/10/1436 هجرية``): one ``date`` row
from the first day to the second, as both readers of blind39 and blind40 wrote them.  The scanner still
asks for من/بين/الفترة before the first day and a second day later than the first.

(q73) The day word and the weekday that name a day stay out of the way: ``من يوم السبت الـ7 من شهر ذي
القعدة وحتى اليوم الأول من شهر ذي الحجة``, ``من يوم الأحد الـ5 ... وتستمر حتى يوم الخميس الـ4 ...``
(a verb of the stretch, و and an imperfect, before حتى): one row, as both readers of blind47 wrote them."""
from __future__ import annotations

from .dates import WEEKDAYS

_DAY_WORDS = ("يوم", "اليوم")


def stretch_opener(sc, q1) -> str:
    """The key of the word that opens the stretch before figure q1, past يوم and a weekday."""
    x = q1.a - 1
    if sc.free(x) and sc.k(x) in WEEKDAYS:
        x -= 1
    if sc.free(x) and sc.k(x) in _DAY_WORDS:
        x -= 1
    return sc.k(x)


def stretch_joiner(sc, q1, q2, joiners) -> bool:
    """Figures q1 and q2 (two days) are joined by a word of ``joiners`` right after q1, by a dash, or by
    a comma and such a word (a verb of the stretch may come before the word: وتستمر حتى); the day word
    and a weekday of the second day may stand between."""
    x = q1.b
    a2 = q2.a
    if sc.free(a2 - 1) and sc.k(a2 - 1) in WEEKDAYS:
        a2 -= 1
    if sc.free(a2 - 1) and sc.k(a2 - 1) in _DAY_WORDS:
        a2 -= 1
    if a2 == x + 1:
        return sc.free(x) and sc.k(x) in joiners or sc.is_p(x, "-–")
    if a2 == x + 2:
        if sc.is_p(x, "،,") and sc.free(x + 1) and sc.k(x + 1) in joiners:
            return True
        w = sc.t.text[x] if sc.kind(x) == "ar" else ""
        # وتستمر حتى, ويستمر إلى: و + an imperfect (four letters or more) before the joining word
        return (len(w) >= 5 and w[0] == "و" and w[1] in "تي" and sc.free(x) and sc.free(x + 1)
                and sc.k(x + 1) in joiners and a2 != q2.a)
    return False
