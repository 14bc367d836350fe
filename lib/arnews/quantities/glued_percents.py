"""A percentage glued to the Arabic word before it (session 47, q68; issue 13): ``في حين قال4٪ فقط``,
``أجاب42٪ منهم``: a missing space, not a name's number (``خليجي23``, ``كوفيد19``), because the per cent
sign right after the digits makes it a share whatever is glued before it."""
from __future__ import annotations

import re

_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d+)?")


def glued_percent(sc, i) -> bool:
    """Number token ``i`` (at most three whole digits, maybe decimals) is followed at once by ``%``."""
    return bool(_NUMBER.fullmatch(sc.t.text[i]) and sc.is_p(i + 1, "%") and sc.adj(i, i + 1))
