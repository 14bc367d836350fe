"""Arabic words glued before a transliterated name (round 26).

The name finder opens a transliterated run on any short rare-enough word before a foreign one, so a verb
or a noun of the sentence becomes the name's first word: ``فشل لاتسيو`` (*Lazio failed*), ``سجل بنتيكي``,
``رفض فيريرا``, ``قضى كيفن زينجر``, and prose pairs with no name at all (``فهم دسيسة``, ``نقل جثامين``).
The first word of such a run is Arabic prose when it is shaped like a native word (log-odds of
:mod:`arnews.entities.shape` below ``NATIVE_SHAPE``), common in general Arabic (Zipf ``COMMON_ZIPF`` or
more), not flagged foreign and not a listed given name.  Those words are cut from the front of the
run; what is left is the name when it still has two words (``كيفن زينجر``), else the run named nothing
the finder can type (``لاتسيو`` alone: the club rules and the fixtures may still read it, and it no
longer recurs as a person's family name through the article).

Runs that a place word opens (``غابة رغدان``, ``بحر المانش``) are cut too: the review of snn2000 found
about one right name for five prose pairs among these runs.
"""
from __future__ import annotations

from .cues import load_cues, word_info
from .clubs import token_at as _token_at
from .keys import Name, name_key

__all__ = ["trim_openers"]

#: a first word shaped less like a transliteration than this (log-odds) is Arabic (فشل -2.1، نقل -7)
NATIVE_SHAPE = -1.0
#: ... and at least this common in general Arabic (فشل 4.8، غابة 4.1; لاتسيو 3.4)
COMMON_ZIPF = 4.0


def _prose(w: str) -> bool:
    """A word that opens no transliterated name: native-shaped, common, not foreign, no listed given name."""
    from ..normalize import key

    info = word_info(w)
    return not info.foreign and info.shape < NATIVE_SHAPE and info.zipf >= COMMON_ZIPF \
        and key(w) not in load_cues().given


def trim_openers(p, found: list) -> list:
    """``found`` with the Arabic words cut from the front of its transliterated runs (module docstring)."""
    if p.rules != "ar":
        return found
    out = []
    for nm in found:
        if nm.source != "translit":
            out.append(nm)
            continue
        a, b = _token_at(p, nm.start), _token_at(p, nm.end - 1)
        if a is None or b is None or nm.start != p.starts[a] or not _prose(p.toks[a]):
            out.append(nm)
            continue
        while a <= b and p.kinds[a] == "word" and _prose(p.toks[a]):
            a += 1
        words = [p.toks[t] for t in range(a, b + 1) if p.kinds[t] == "word"]
        if len(words) >= 2:
            out.append(Name(p.starts[a], nm.end, nm.type, nm.source, nm.confidence, name_key(words), nm.cue))
    return out
