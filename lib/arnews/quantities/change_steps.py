"""A change from one figure to another (session 42): ``ارتفع معدل البطالة من 3.3% إلى 3.4%`` and ``زادت
نسبة الاستخدام من 42 في المئة إلى 72 في المئة`` are two figures, the level before and the level after, as
a fall is (``انخفض من 31,2% إلى 9,8%``: session 39) and as both readers of blind30, 32, 34, 38 and 45 write
every change ``من X إلى Y`` after a verb or noun of rising or falling (``change_word`` in
``quantity_markers.csv``), a noun also in the accusative (``حقق نمواً من 30% إلى 55%``: session 42, q62). A range word between them keeps the range (``تتراوح الزيادة من 3% إلى
5%``, ``بنسبة من 3% إلى 5%``, ``بين``): the amount of a change may itself be a range."""
from __future__ import annotations

#: words that make من X إلى Y after them a range whatever came before (key forms; bases stripped of clitics)
_RANGE_WORDS = frozenset({"يتراوح", "تتراوح", "تراوح", "تراوحت", "يتراوحان", "بين", "مابين", "بنسبه", "بمعدل",
                          "نطاق"})


#: how many tokens before the من of من X إلى Y a change word may stand
_REACH = 12


def change_before(sc, i: int) -> bool:
    """A ``change_word`` among the ``_REACH`` tokens before token ``i`` (the من of من X إلى Y), in the
    same clause, and no range word among them (``تراوحت الزيادة من 3% إلى 5%``: a range)."""
    table = sc.lx.markers.get("change_word", {})
    if not table:
        return False
    found = False
    for x in range(i - 1, max(-1, i - 1 - _REACH), -1):
        if sc.is_p(x, ".،,؛;:!?؟"):
            break
        if not sc.is_word(x):
            continue
        bases = [b for _, b in sc.bases(x)]
        if any(b in _RANGE_WORDS for b in bases):
            return False
        # نمواً، ارتفاعاً (حقق نمواً من 30% إلى 55%): a noun of change in the accusative, its tanween alif off
        found = found or any((b,) in table or b.endswith("ا") and len(b) > 3 and (b[:-1],) in table for b in bases)
    return found
