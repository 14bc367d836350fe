"""Place cues read with care (session 40): a place cue that is also a verbal noun, and where a name after
a place cue ends.

``قضاء`` is the Iraqi and Lebanese district (``قضاء سنجار``, ``قضاء المتن``) but more often *spending* or
*fulfilling* something (``قضاء إجازة``, ``قضاء حوائجهم``, ``قضاء النزيل لمحكوميته``): after it the word is the
verbal noun's object, not a name, when it carries a pronoun, is an indefinite feminine noun, a broken plural of
the pattern فواعل, or is followed by a ل-complement (:func:`cue_governs_object`).

A run of name words after a place cue ends before a direction that places it (``قضاء الحويجة غربي كركوك``,
``مدينة الخفجي شمال المملكة``) and before بيد (``سقوط قضاء سنجار بيد داعش``): :func:`place_run_end`.
"""
from __future__ import annotations

import re

from ..normalize import key
from ..frequency import zipf_ar
from .cues import word_info
from .wordtests import pronoun_suffixed as _pronoun_suffixed

__all__ = ["cue_governs_object", "judiciary", "place_run_end"]

#: place cues that are also verbal nouns governing an object
_VERBAL_PLACE_CUES = frozenset({key("قضاء")})
#: a broken plural فواعل (حوائج، نوازل): an object, not a district's name
_FAWAIL = re.compile(r"^(?:ال)?.وا[^اوي].$")
#: the base of a pronoun-suffixed object (حوائج 2.95, محكومية 2.4; سنجار has no suffix)
OWNED_BASE_ZIPF = 2.0
#: a definite feminine word after قضاء at least this frequent as written (ة kept, which the key folds to ه) is its
#: object (الإجازة 4.0, العطلة 4.0, الصيفية 4.3); a district is rarer (الحويجة 3.1, الخالدية 3.5)
WRITTEN_OBJECT_ZIPF = 3.8
#: words that end a place's name after its first word: a direction that locates it, بيد 'in the hands of', a time
#: of day (في قضاء الحويجة فجر اليوم)
_RUN_ENDS = frozenset(key(w) for w in ("غرب", "شرق", "شمال", "جنوب", "غربي", "شرقي", "شمالي", "جنوبي", "بيد",
                                        "جنوبا", "شمالا", "شرقا", "غربا", "فجر", "صباح", "مساء", "ظهر", "عصر", "ليلة"))


def judiciary(w: str) -> bool:
    """The verbal place cue with the article (القضاء، للقضاء، والقضاء الأمريكي): the judiciary, never a district."""
    info = word_info(w)
    return info.bare in _VERBAL_PLACE_CUES and info.definite


def cue_governs_object(p, i: int, j: int) -> bool:
    """The place cue at token i is a verbal noun (قضاء) and token j its object, not a place's name."""
    info = word_info(p.toks[i])
    if info.bare not in _VERBAL_PLACE_CUES:
        return False
    if info.definite:
        return True  # للقضاء لوقف الصفقة، القضاء الأمريكي فلان: the judiciary, never a district
    w = p.toks[j]
    k = key(w)
    if k[:1] == "ل" and zipf_ar(w[1:]) >= 3.5:
        return True  # قضاء لوقف: a purpose, no name
    if _pronoun_suffixed(w) or _FAWAIL.match(k) or _owned(w):
        return True  # قضاء حوائجهم، قضاء محكوميته
    if not k.startswith("ال") and w.endswith("ة"):
        return True  # قضاء نزهة قصيرة، قضاء عطلة
    if k.startswith("ال") and w[-1] in "ةى" and _written_zipf(w) >= WRITTEN_OBJECT_ZIPF:
        return True  # قضاء الإجازة: the key (الاجازه) looks rare, the word as written is not
    n = j + 1
    return n < len(p.toks) and p.kinds[n] == "word" and p.fkeys[n].startswith("ل") and len(p.fkeys[n]) >= 5 \
        and p.starts[n] - p.ends[j] == 1  # قضاء النزيل لمحكوميته


def _owned(w: str) -> bool:
    """A noun with an attached pronoun (حوائجهم، محكوميته، إجازتهم): the suffix written ه, not the feminine ة,
    its base a known word (wordfreq, the feminine ending restored before the suffix)."""
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)]
            bases = [base] + ([base[:-1] + "ة"] if base.endswith("ت") else [])
            return any(zipf_ar(b) >= OWNED_BASE_ZIPF for b in bases)
    return False


def _written_zipf(w: str) -> float:
    """Zipf of the word as written, a bare alef after the article read as إ or أ too (الاجازة is الإجازة)."""
    forms = [w] + (["الإ" + w[3:], "الأ" + w[3:]] if w.startswith("الا") else [])
    return max(zipf_ar(f) for f in forms)


def place_run_end(p, j0: int, j: int) -> int:
    """The end of a place's name run j0..j-1: before a direction or بيد after its first word."""
    for t in range(j0 + 1, j):
        if p.fkeys[t] in _RUN_ENDS:
            return t
    return j
