"""A definite number word before a definite plural time noun (session 47, q68; issue 13): ``خلال الثلاثة الأيام
الأولى``, ``للخمسة الأعوام المقبلة``: the colloquial order of ``الأيام الثلاثة``, a ``duration`` (both readers of
blind40), not a bare count 3.  Only the units three to nine (a counted plural follows them; ``العشرة`` is read by
another rule and stays a count), only a plural time noun (``المنتخبات الأربعة الأسبوع الماضي``: *the four teams,
last week*; ``وصل الخمسة اليوم``: *the five arrived today*), and not after a definite noun the number describes
(``المنتخبات الأربعة``); ``الثلاثة الفائزين`` stays as it was."""
from __future__ import annotations

#: singular time nouns (key form): a day or a week said of the time, not counted by the number before it
_SINGULAR = frozenset(("اليوم", "الاسبوع", "الشهر", "العام", "السنه", "الساعه", "الدقيقه", "الثانيه", "القرن",
                       "العقد", "الموسم", "الليله", "الفتره", "الصباح", "المساء"))


def definite_time_span(sc, a, b, v, num):
    """The duration of ``الثلاثة الأيام`` (number word a..b, value v), else None."""
    if not (num.wtype == "unit" and isinstance(v, (int, float)) and 3 <= v <= 9 and sc.k(b).startswith("ال")):
        return None
    if sc.k(b) in _SINGULAR or (a > 0 and sc.is_word(a - 1) and sc.k(a - 1).startswith("ال")):
        return None
    u = sc.unit_after(b, allow_definite=True)
    if u and u[1] == "duration":
        return sc.counted(a, u, v, num)
    return None
