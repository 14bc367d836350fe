"""Word frequencies (wordfreq's Arabic and English lists, shipped inside the package):
one cached look-up per word type, shared by every analysis that asks how common a word is."""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from .normalize import WORD_CACHE

__all__ = ["zipf_ar", "zipf_en"]

#: letters of the Arabic block (Arabic, Persian, Urdu: ``ی``, ``ک``, ``پ``) that wordfreq's Arabic tokenizer keeps as they
#: are: category Lo and unchanged by NFKC (not the high-hamza forms U+0675-U+0678); a word of these alone is one token
_AR_LETTERS = re.compile("[%s]+" % "".join(
    chr(o) for o in range(0x0600, 0x0700)
    if unicodedata.category(chr(o)) == "Lo" and unicodedata.normalize("NFKC", chr(o)) == chr(o)))


@lru_cache(maxsize=1)
def _ar_freqs() -> dict:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ar", "best")


def _zipf_of(f: float) -> float:
    """Zipf value of a frequency, rounded as wordfreq rounds (at least wordfreq's minimum, 1e-9: zipf 0)."""
    f = max(f, 1e-9)
    return round(math.log10(round(f, math.floor(-math.log(f, 10)) + 3)) + 9, 2)


_ZIPF_MIN = _zipf_of(0.0)
#: frequency -> its zipf value: wordfreq's Arabic list holds 545 distinct frequencies for 620,701 words, and
#: :func:`zipf_ar`'s cache misses (clitic readings of new word types) mostly ask for listed ones again
_ZIPF_BY_FREQ: dict = {}


@lru_cache(maxsize=WORD_CACHE)
def zipf_ar(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "ar")``.  A word of bare Arabic-block letters (:data:`_AR_LETTERS`, Persian
    ones too) is its own only token, so it is looked up directly, rounded as wordfreq rounds (same value on
    all 176,629 words checked; 57 -> 9 us a word); anything else goes through wordfreq."""
    if _AR_LETTERS.fullmatch(word):
        f = _ar_freqs().get(word, 0.0)
        if f <= 1e-9:  # (most clitic readings asked are not in the list: the minimum's value, computed once)
            return _ZIPF_MIN
        z = _ZIPF_BY_FREQ.get(f)
        if z is None:
            z = _ZIPF_BY_FREQ[f] = _zipf_of(f)
        return z
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "ar")


@lru_cache(maxsize=WORD_CACHE)
def zipf_en(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")
