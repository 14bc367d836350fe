"""What joins the two days of a stretch across months (session 40, q55): ``من 28 يوليو إلى 3 أغسطس``
(إلى/حتى right after the first day, as before), and now a dash (``من 21 أغسطس - 14 سبتمبر``) or a comma
before the joining word (``في الفترة من 19/10/1436 هجرية، وحتى 20/10/1436 هجرية``): one ``date`` row
from the first day to the second, as both readers of blind39 and blind40 wrote them.  The scanner still
asks for من/بين/الفترة before the first day and a second day later than the first."""
from __future__ import annotations


def stretch_joiner(sc, q1, q2, joiners) -> bool:
    """Figures q1 and q2 (two days) are joined by a word of ``joiners`` right after q1, by a dash, or by
    a comma and such a word."""
    x = q1.b
    if q2.a == x + 1:
        return sc.free(x) and sc.k(x) in joiners or sc.is_p(x, "-–")
    if q2.a == x + 2:
        return sc.is_p(x, "،,") and sc.free(x + 1) and sc.k(x + 1) in joiners
    return False
