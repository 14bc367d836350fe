"""What a rule returns: a figure (:class:`Figure`, token span and fields), ``None`` (the rule
does not apply) or :data:`NO_FIGURE` (no figure starts here: stop trying rules)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Figure:
    """A figure: tokens ``a`` to ``b - 1`` and the fields of its row."""

    a: int  # first token
    b: int  # token after the last
    kind: str
    value: object = None
    value_end: object = None
    unit: str = ""
    unit_en: str = ""
    approx: str = ""
    date: str = ""
    code: str = ""
    doc_type: str = ""
    doc_issuer: str = ""
    written: str = "digits"
    currency: str = ""  # ISO 4217 code of a money figure
    calendar: str = ""  # hijri / gregorian / lunar (dates, years, periods)
    reading: str = ""  # how a separator was read: thousands / decimal
    strong: bool = False  # (labels) named by رقم/No. or by a noun the lexicon knows as a label


_Q = Figure  # the old name, still used in this module


class _NoFigure:
    """A rule's answer "no figure starts here": the rules after it are not tried."""

    def __repr__(self):
        return "NO_FIGURE"


NO_FIGURE = _NoFigure()
