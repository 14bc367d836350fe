"""A person's name of two words after an office: a listed given name and a word that is also ordinary
Arabic (قائد الفريق محمد نور، مدير المنتخب إبراهيم العيد، نائب المحافظ يوسف خميس).

Without a cue, such a pair is prose as often as a name (محمد نور *Muhammad's light*); right after an office
that names a person, the word after the given name is his family name unless it is a word that follows a
name in a sentence: a function word, a cue (an office, a place), a time word, a verb, a pronoun suffix, a
proclitic preposition, an ordinal or a plural."""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info
from .office_runs import predicate_pair
from .positions import adjacent, is_word
from .tails import time_words
from .wordtests import STOP_GIVEN as _STOP_GIVEN, ordinal_word as _ordinal, abstract_noun as _abstract_noun

#: the second word is no family name this frequent in general Arabic (نور 5.0، العيد 5.3، سلامة 4.6; not
#: قال 6.3، عام 6.0)
SURNAME_MAX_ZIPF = 5.5


def office_given_surname(p, i: int, j: int) -> bool:
    """Tokens i, i+1 (``j == i + 2``) after an office: a listed given name and a family name that is
    also an ordinary word."""
    if j != i + 2 or not (is_word(p, i) and is_word(p, i + 1) and adjacent(p, i, i + 1)):
        return False
    given = load_cues().given
    k0, k1 = p.fkeys[i], p.fkeys[i + 1]
    if not (k0 in given or (k0.startswith("عبد") and len(k0) >= 6)) or k0 in _STOP_GIVEN:
        return False
    w = p.toks[i + 1]
    info = word_info(w)
    if info.stop or info.cue or info.conj or info.foreign or info.zipf >= SURNAME_MAX_ZIPF or len(k1) < 3:
        return False
    if k1 in time_words() or _ordinal(w) or w.endswith(("ً", "اً")):
        return False
    definite = k1.startswith("ال")
    stem = k1[2:] if definite else k1
    if definite and len(k1) < 5:
        return False
    if not definite and info.bare != k1:
        return False  # a proclitic (بالمنتخب، لمدة) or a suffix read off: prose after the given name
    if stem.endswith(("ون", "ين", "ات")) and stem not in given:
        return False  # a plural: the office's complement, not a family name
    if _abstract_noun(stem) or stem[:1] in "يتن" and len(stem) >= 4 and not definite:
        return False  # a verbal noun (تعاون), an imperfect verb (يؤكد، تؤكد، نستطيع)
    if not definite and (stem.endswith(("ه", "ها", "هم", "كم", "نا")) and not stem.endswith("ة") and len(stem) >= 5):
        return False  # a pronoun suffix: زميله، فريقهم
    if not definite and predicate_pair(p, i):
        return False  # (أن مدير الجمارك خالد مسافر: after أن the word is the office's predicate; fixn)
    if is_word(p, j) and adjacent(p, j - 1, j) and definite:
        nk = p.fkeys[j]
        if nk.startswith("ال") and word_info(p.toks[j]).cue not in ("role", "title") and nk not in time_words():
            return False  # محمد الخبير الاقتصادي: a definite word qualified by another is no family name
    return True
