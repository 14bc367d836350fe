"""Millions spent (round 42): a bare plural of a scale word right after a word of paying, spending or
owning money (``money_cue`` in ``quantity_markers.csv``: ``سيدفع الملايين``, ``المهر بالملايين``,
``مختلس الملايين``, ``استثمرت مئات الملايين``) is an amount of ``money``, not a count of people, as the
readers of blind24, blind31 and blind36 write it.  The currency is that of the paragraph's last amount
before it, else the riyal.  Not when a partitive or a relative names what is counted (``الملايين من
المسلمين``, ``الملايين الذين``); a word after it that the lexicon does not know as a unit is no counted noun
(``سيدفع الملايين لمدرب``: the span ends at the scale word)."""
from __future__ import annotations

#: the currency of an amount named by no currency (the corpus is Saudi news)
_DEFAULT = ("ريال سعودي", "Saudi riyal", "SAR")


def _cue_before(sc, a) -> bool:
    """A ``money_cue`` word (proclitics stripped) right before token a."""
    cues = sc.lx.markers.get("money_cue", {})
    x = a - 1
    return x >= 0 and sc.free(x) and sc.kind(x) == "ar" and any((b,) in cues for _, b in sc.bases(x))


def vague_money(sc, figures) -> None:
    """Make each bare ``الملايين`` after a money word an amount of money (in place)."""
    if not sc.lx.markers.get("money_cue"):
        return
    money = None
    for q in sorted(figures, key=lambda q: q.a):
        if q.kind == "money":
            money = q
            continue
        if q.kind != "count" or q.b - q.a > 2 or not _cue_before(sc, q.a):
            continue
        b = q.b
        if q.unit:
            # سيدفع الملايين لمدرب, مختلس الملايين وأحالته: the word after is no counted noun (no unit of the lexicon)
            if b - q.a != 2 or sc._unit_lookup_word(sc.t.text[b - 1]) or not sc.numword(b - 2):
                continue
            b -= 1
        last = sc.numword(b - 1)
        if not (last and last[1] == "scale_pl") or sc.k(b) in ("من", "الذين", "ممن"):
            continue
        q.b = b
        if money is not None:
            q.unit, q.unit_en, q.currency = money.unit, money.unit_en, money.currency
        else:
            q.unit, q.unit_en, q.currency = _DEFAULT
        q.kind = "money"
