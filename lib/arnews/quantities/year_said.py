"""The year of a day said from the publication date after its month (session 47, q68; issue 13):
``الحادي والعشرين من سبتمبر من العام الماضي``, ``21 سبتمبر من العام المقبل``, ``غرة ذي القعدة العام الماضي``:
the publication's year, one less or one more, as both readers of blind46 and blind49 wrote it (a month alone
with ``من العام الماضي`` already takes that year: ``dates._month``).  Not ``العام الماضيين`` (a plural agreement),
nor a year word qualified by another word (``من العام الدراسي المقبل``)."""
from __future__ import annotations

#: the year word (key form) -> its adjectives (key form) -> the years from the publication's: العام is masculine,
#: السنة feminine (``من السنة الماضية``)
_YEAR_SAID = {
    "العام": {"الماضي": -1, "المنصرم": -1, "الفائت": -1, "السابق": -1, "المقبل": 1, "القادم": 1, "الجاري": 0,
              "الحالي": 0},
    "السنه": {"الماضيه": -1, "المنصرمه": -1, "الفائته": -1, "السابقه": -1, "المقبله": 1, "القادمه": 1,
              "الجاريه": 0, "الحاليه": 0},
}


def year_said_after(sc, x):
    """(delta, end) when ``[من] العام|السنة الماضي|المقبل|الحالي`` starts at token ``x``, else None."""
    if not sc.ar or not sc.pub:
        return None
    y = x + 1 if sc.k(x) == "من" and sc.free(x) else x
    adjectives = _YEAR_SAID.get(sc.k(y))
    if adjectives and sc.free(y) and sc.free(y + 1) and sc.k(y + 1) in adjectives:
        return adjectives[sc.k(y + 1)], y + 2
    return None
