"""Players and coaches on a sports page (round 23).

A sports paragraph (:func:`arnews.entities.known._sporty`) names foreign players and coaches by
transliterated given and family names without a cue: ``حطم بيتر شيك قلوب``, ``ديميتري بايت واندريه
بيار جينياك``, ``مع ايدن هازارد``.  Elsewhere a transliterated run of short words is as often a place
(the Vietnamese or Chinese places of the seeds), so the name finder types a two-word run a place
unless its words look like a given and a family name.  In a sports paragraph:

* a name with a club word (club_words.csv: سيتي، أتلتيك) is the club, even where a cue made it a person
  (أمام نوريتش سيتي, أمام read as *imam*);
* a transliterated run typed a place (not a listed place, not after a place cue) is a person, unless
  a place context says otherwise: a preposition of place before it (في، بـ) or a feminine nationality
  adjective after it (مونتريال الكندية);
* a pair of adjacent words that no name holds yet, one transliterated (rare in general Arabic) and the
  other rare and shaped like a transliteration (:mod:`arnews.entities.shape`), is a person; a third such
  word may follow (بيار جينياك), and the first may carry the conjunction و (a list of players).

Listed places, cue words, stop words, words with the article and words shaped like native Arabic never
open or continue such a name.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import STRONG, load_cues, word_info, zipf_ar
from .placeids import one_word_place
from .positions import is_word as _word, adjacent as _adjacent, covered_tokens
from .wordtests import currency_words as _currency_words
from .keys import Name, name_key
from .known import sporty as _sporty

__all__ = ["paragraph_players"]

#: the second word of an uncued player's name is rarer than this in general Arabic (هازارد 3.4)
PLAYER_WORD_ZIPF = 4.0
#: ... and shaped at least this much like a transliteration (log-odds of :mod:`arnews.entities.shape`)
PLAYER_SHAPE = 0.0
#: one word of an uncued pair is shaped at least this much like a transliteration (ايدن 2.9، بورفيلي 5.0)
NAME_SHAPE = 1.0
#: a word this frequent in general Arabic makes a transliterated run typed a place Arabic prose (أنني 5.1)
ARABIC_WORD_ZIPF = 5.0
#: a word shaped less like a transliteration than this is Arabic, however rare
NATIVE_SHAPE = -1.0
#: a word behind a proclitic ب/ل whose bare form is this frequent is a noun, no name (لنزلة)
PROCLITIC_NOUN_ZIPF = 4.0
#: a word in ه whose base without it is this frequent is a noun with its pronoun (تمارين 3.8; اندري 2.7)
PRONOUN_BASE_ZIPF = 3.5
_PLACE_PREPOSITIONS = frozenset({"في", "ب"})


def _place_context(p, a: int, b: int) -> bool:
    """Tokens a..b-1 stand where a place stands: after في or a ب proclitic on the name, or before a
    feminine nationality adjective (مونتريال الكندية)."""
    from .guards import gentilic

    if a and _word(p, a - 1) and p.fkeys[a - 1] in _PLACE_PREPOSITIONS:
        return True
    k = p.fkeys[a]
    if k.startswith("ب") and not word_info(p.toks[a]).foreign and word_info(p.toks[a][1:]).foreign:
        return True
    return _word(p, b) and p.fkeys[b].endswith("ه") and gentilic(p.toks[b])


def _shaped(p, a: int, b: int) -> bool:
    """One word of tokens a..b-1 at least is shaped like a transliteration (:data:`NAME_SHAPE`): an
    uncued pair is no run of rare Arabic words (بؤر توتر)."""
    return any(word_info(p.toks[t]).shape >= NAME_SHAPE for t in range(a, b) if _word(p, t))


def _arabic_run(p, a: int, b: int) -> bool:
    """Tokens a..b-1 read as Arabic prose: a frequent word (أنني ساسأل) or a plural or dual (أوجد منجزات)."""
    for t in range(a, b):
        if _word(p, t):
            k, info = p.fkeys[t], word_info(p.toks[t])
            if (info.zipf >= ARABIC_WORD_ZIPF and not info.foreign) or k.endswith(("ات", "تين", "تان", "يين")):
                return True
    return False


def _noun_behind_proclitic(w: str) -> bool:
    """لنزلة: a frequent noun behind a proclitic ب/ل, no name."""
    info = word_info(w)
    k = key(w)
    return k[:1] in "بل" and info.bare != k and len(info.bare) >= 3 and zipf_ar(info.bare) >= PROCLITIC_NOUN_ZIPF


def _name_word(w: str, first: bool) -> int:
    """2: a transliterated word (rare in general Arabic); 1: a rare word shaped like a transliteration;
    0: neither (a cue, a stop word, a word with the article or shaped like native Arabic)."""
    info = word_info(w)
    k = key(w)
    if info.cue or info.stop or k.startswith("ال") or len(k) < 3 or (info.conj and not first):
        return 0
    if one_word_place(k):
        return 0  # a listed one-word place is left to the places (ايدن opens ايدن بريري only)
    if not first and k.startswith("و") and len(k) > 3 and _name_word(w[1:], True):
        return 0  # وجانيلي: the next name of a list
    if info.shape < NATIVE_SHAPE or k.endswith(("تين", "تان", "يين", "ات")):
        return 0  # صفقتين غريبتين، هاجتان: a dual or a plural, shaped like Arabic
    if _noun_behind_proclitic(w):
        return 0  # لنزلة برد: a noun behind a proclitic
    if k.endswith("ه") and zipf_ar(k[:-1]) >= PRONOUN_BASE_ZIPF:
        return 0  # تمارينه: a noun with its pronoun (not اندريه، هيرفيه)
    if k in _currency_words():
        return 0  # جنيه إسترليني: a currency
    if info.foreign and info.zipf < STRONG:
        return 2
    return 1 if info.zipf < PLAYER_WORD_ZIPF and info.shape >= PLAYER_SHAPE and info.bare == k else 0


@lexicon_cache(maxsize=2)
def club_words() -> dict:
    """Normalised word -> kind (club, ground, event, side) of ``club_words.csv``."""
    return word_kinds("club_words.csv", ("club", "ground", "event", "side"), key)


def _retype(nm, p, a: int, b: int):
    """A club's or a ground's run (نوريتش سيتي، أولد ترافورد) keeps its own type; else a person."""
    kinds = {club_words().get(p.fkeys[t]) for t in range(a, b) if _word(p, t)}
    if "club" in kinds:
        return Name(nm.start, nm.end, "organisation", "club", nm.confidence, nm.key, nm.cue)
    if "ground" in kinds:
        return Name(nm.start, nm.end, "place", nm.source, nm.confidence, nm.key, nm.cue)
    return Name(nm.start, nm.end, "person", nm.source, nm.confidence, nm.key, nm.cue)


def paragraph_players(p, found: list) -> list:
    """The paragraph's names with its players and coaches (see the module docstring)."""
    if p.rules != "ar" or not found and not p.kinds or not _sporty(p):
        return found
    tok_of_start, tok_of_end = p.token_at()
    out = []
    for nm in found:
        a, b = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        if nm.type == "person" and a is not None and b is not None and b > a and any(
                club_words().get(p.fkeys[t]) == "club" for t in range(a, b + 1) if _word(p, t)):
            nm = _retype(nm, p, a, b + 1)  # أمام نوريتش سيتي (أمام read as *imam*): a club, no person
        elif nm.type == "place" and nm.source == "translit" and a is not None and b is not None \
                and not _place_context(p, a, b + 1):
            if any(p.fkeys[t] in _currency_words() for t in range(a, b + 1) if _word(p, t)) \
                    or _noun_behind_proclitic(p.toks[a]) or _arabic_run(p, a, b + 1):
                out.append(nm)
                continue  # مليون جنيه إسترليني، لنزلة برد: a currency, a noun behind a proclitic
            nm = _retype(nm, p, a, b + 1)
        out.append(nm)
    covered = covered_tokens(p, out, partial=True)
    n = len(p.kinds)
    i = 0
    added = []
    while i < n - 1:
        if i in covered or not _word(p, i):
            i += 1
            continue
        w0 = p.toks[i]
        conj = key(w0).startswith("و") and len(key(w0)) > 3 and bool(_name_word(w0[1:], True)) \
            and key(w0) not in load_cues().given  # واندريه ايوو (not وليد)
        first = w0[1:] if conj else w0
        kinds = [_name_word(first, True)]
        j = i + 1
        while j < n and j - i < 3 and j not in covered and _word(p, j) and _adjacent(p, j - 1, j):
            kd = _name_word(p.toks[j], False)
            if not kd:
                break
            kinds.append(kd)
            j += 1
        if len(kinds) >= 2 and kinds[0] and 2 in kinds and not _place_context(p, i, j) and _shaped(p, i, j):
            words = [first] + [p.toks[t] for t in range(i + 1, j)]
            s = p.starts[i] + (1 if conj else 0)
            added.append(_retype(Name(s, p.ends[j - 1], "person", "translit", 0.55, name_key(words)), p, i, j))
            i = j
            continue
        i += 1
    return sorted(out + added, key=lambda x: (x.start, x.end))
