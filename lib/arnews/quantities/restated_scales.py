"""A full figure written with its thousands groups and then a scale word that restates it (session 57, q89;
issue 13): ``الدولية ( 1.348.764) مليون راكب``, ``بكلفة إجمالية بلغت 665,932,983 مليون ريال``,
``الفرس: 45.750.000 مليون نسمة``.  The digits already hold the millions; the scale word only says them in
words (1,348,764 passengers, not 1.3 trillion).  No reader of blind19-60 met such a figure (the dev sets' six
figures with a scale word have one group: ``3.483 مليار دينار``); the quantity guide's rule, *the number as a
reader means it*, decides.  snnall writes 119 of them, every one a figure of millions before مليون/ملايين.

Only two or more groups of three with one separator (``1.348.764``, ``21,217,850``) and a figure at least as
large as the scale word (a million for مليون, a billion for مليار); one group (``3.483 مليار``, a decimal of
the scale) and mixed separators (``37,775.000``, ``542.963,440``) keep their other readings."""
from __future__ import annotations

import re

_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:,\d{3}){2,}")


def restated_scale(digits: str, value: float, scale: float) -> bool:
    """``digits`` (the number token as written, worth ``value``) is a full figure of two or more thousands
    groups already as large as ``scale`` (a million or more): the scale word after it restates it."""
    return scale >= 1e6 and value >= scale and bool(_GROUPS.fullmatch(digits))
