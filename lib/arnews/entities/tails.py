"""Time phrases after an organisation's name (round 26; ``time_words.csv``).

A news sentence puts its adverb of time right after the subject: ``أعلنت وزارة الداخلية اليوم الخميس``,
``قالت هيئة تنظيم الاتصالات البريطانية الخميس``, ``تعاقد نادي النصر الأسبوع الماضي``.  The name finder
reads a definite word after an organisation's head as its genitive, so the time phrase became part of
the name, and the name a different entity from the same body named elsewhere (``وزارة الداخلية``).
An organisation found by its cue ends before the first time phrase among its words after the head: a
weekday; ``اليوم`` before a weekday or after a definite word (not ``صحيفة اليوم``, ``قناة روسيا اليوم``: the
paper and the channel); a part of the day before a weekday or ``اليوم`` (``ظهر الخميس``); a period before a
relative word (``الأسبوع الماضي``, ``السنوات الماضية``).  A name left with its head alone is dropped (a cue
alone is never a name).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .positions import is_word as _word
from .clubs import token_at as _token_at
from .keys import Name, org_key

__all__ = ["time_words", "trim_time_tails", "time_after_name"]


@lexicon_cache(maxsize=2)
def time_words() -> dict:
    """Normalised word -> kind (day, now, daypart, period, relative) of ``time_words.csv``."""
    return word_kinds("time_words.csv", ("day", "now", "daypart", "period", "relative"), key)


def _kind(p, t: int, b: int) -> str:
    return time_words().get(p.fkeys[t], "") if t <= b and _word(p, t) else ""


def _time_phrase(p, t: int, b: int) -> bool:
    """A time phrase opens at token t (t..b are the name's tokens; the word after b counts too)."""
    kd = _kind(p, t, b + 1)
    nxt = _kind(p, t + 1, b + 1)
    if kd == "day":
        return True
    if kd == "now":
        return nxt == "day" or (_word(p, t - 1) and p.fkeys[t - 1].startswith("ال"))
    if kd == "daypart":
        return nxt in ("day", "now")
    return kd == "period" and nxt == "relative"


def trim_time_tails(p, found: list) -> list:
    """``found`` with the time phrases cut from its cue-found organisations (module docstring)."""
    if p.rules != "ar":
        return found
    time_words()  # (syncs the lexicon folder)
    out = []
    for nm in found:
        if nm.type != "organisation" or nm.source != "cue":
            out.append(nm)
            continue
        a, b = _token_at(p, nm.start), _token_at(p, nm.end - 1)
        cut = next((t for t in range(a + 1, b + 1) if _time_phrase(p, t, b)), None) if a is not None and b is not None else None
        if cut is None:
            out.append(nm)
            continue
        e = cut - 1
        while e > a and not _word(p, e):
            e -= 1
        if e > a:
            words = [p.toks[t] for t in range(a, e + 1) if _word(p, t)]
            out.append(Name(nm.start, p.ends[e], nm.type, nm.source, nm.confidence, org_key(words), nm.cue))
    return out


def time_after_name(p, j: int, words: int) -> bool:
    """Token j, after ``words`` words of a person's name, opens a time phrase that ends the name (round 34):
    ``اليوم`` after one word or more (``التقى الوزير عادل الجبير اليوم``: the family name that is also a word was
    read as qualifying the adverb, and the name was dropped), a weekday after a family name with the article
    (``عادل الجبير الخميس``; not ``محمد الخميس`` or ``سعد بن محمد الخميس``, where the weekday is the family name)."""
    if not words or not _word(p, j):
        return False
    kd = time_words().get(p.fkeys[j], "")
    if kd == "now":
        return True
    return kd == "day" and words >= 2 and _word(p, j - 1) and p.fkeys[j - 1].startswith("ال")
