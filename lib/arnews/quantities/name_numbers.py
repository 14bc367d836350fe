"""A number in digits standing alone right after a foreign name names a thing (round 40): ``مركبة أبوللو 11``,
``اتفاقات مينسك 2``, like ``ميغ 29`` of the ``name_word`` list, but for any name: a label, not a count.

The word before the number is Arabic script, free, indefinite, no function word, month or number word,
without a pronoun suffix (``وعددهم 20``), and rare as Arabic vocabulary in the word frequencies (zipf below
3.6, also without a leading و/ف/ب/ل: a transliterated name, not ``القتلى``, ``ويومي``), and no imperfect
verb (``يتخطى 700``: its stem is common).  The number is a whole number, no year (``مينسك 2015`` is read by
the year rules), with nothing counted after it: the next token ends the phrase (punctuation or a function
word other than ``من``: ``20 من المصابين`` counts), no unit, percent or counted noun; a number closing its
paragraph is left alone (``برأسمال 2`` before a line break)."""
from __future__ import annotations

from ..tokens import stopwords as _stopwords
from .duals import vocab_zipf as _vocab, word_zipf as _z
from .figure import Figure as _Q

_RARE = 3.6


def number_after_name(sc, num) -> _Q | None:
    """A label for the number ``num`` when it follows a foreign name alone, else None (``sc`` the scanner)."""
    a, b = num.a, num.b
    if not (sc.ar and num.is_int and b == a + 1 and a > 0 and not 1900 <= num.value <= 2100):
        return None
    p = a - 1
    w = sc.t.text[p]
    if (sc.kind(p) != "ar" or not sc.free(p) or sc.definite(p) or len(w) < 3 or w in _stopwords("ar")
            or sc.k(p) in _stopwords("ar") or sc.numword(p) or sc.month_at(p)
            or w.endswith(("ه", "ها", "هم", "هما", "كم", "نا")) or _vocab(w) >= _RARE):
        return None
    if w[0] in "يتن" and _z(w[1:]) >= 3.0:
        return None  # علما أن عددها يتخطى 700: an imperfect verb (its stem تخطى is common), not a name
    if b >= sc.t.n or not (sc.kind(b) != "ar" and not sc.kind(b) == "num" and sc.is_p(b, "،,.;؛:)»\"")
                           or sc.kind(b) == "ar" and sc.t.text[b] in _stopwords("ar") and sc.k(b) != "من"):
        return None
    if sc.unit_after(b) or sc.percent_after(b) is not None:
        return None
    return _Q(a, b, "label", num.value)
