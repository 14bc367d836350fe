"""Places named after a tribe (session 47, place50): ``في بني مازن``، ``ببني قاعد``، ``قرى بني مالك``، ``محافظة بني حسن``.

In the south-west of Saudi Arabia (and in Jordan, Egypt, Yemen) a town, a governorate or a district bears the name of
the tribe that lives there: ``بني`` (``بنى``) *sons of* and the ancestor's name.  Where the phrase is *where*
something happens it is a place: right after ``في``/``إلى`` (or ``ب`` glued to ``بني``) or after an indefinite place
cue (``محافظة``، ``مركز``، ``قرى``).  ``من بني جلدتنا``، ``من بني آدم`` (*of our own kind*, *of mankind*) follow من and
are left; so is a name that is a common word (zipf :data:`COMMON_ZIPF` and above: ``بني الإنسان``; after a place cue
any word: ``محافظة بني حسن``، ``قرى بني مالك``), carries a
pronoun (``بني قومه``, ``بني جلدته``), is an indefinite adjective in ‑ية (``في بنى اجتماعية`` *in social
structures*), is a tribe of early Islamic history (``historic_tribes.csv``: ``في بني هاشم``، ``بني قريظة``), or is a
listed place (``بني إسرائيل``: the country is another entity).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from ..spans import claim
from .cues import word_info
from .keys import Name, name_key
from .places import listed_place_at
from .positions import adjacent, is_word, word_types
from .wordtests import pronoun_suffixed

__all__ = ["tribe_places", "historic_tribes", "kin_words", "place_prepositions"]

#: the ancestor's name is rarer than this in general Arabic (مازن 3.6، مالك 4.7، قاعد 3.3؛ not الإنسان 5.4، آدم)
COMMON_ZIPF = 4.8
_SUFFIXES = ("هما", "هم", "هن", "ها", "نا", "كم", "ه", "ي", "ك")


@lexicon_cache(maxsize=2)
def historic_tribes() -> frozenset:
    """Keys of ``historic_tribes.csv`` (the ancestor's name after بني; several words joined by a space)."""
    return frozenset(word_kinds("historic_tribes.csv", ("tribe",), key))


@lexicon_cache(maxsize=2)
def place_prepositions() -> frozenset:
    """Keys of ``tribe_place_words.csv``: the prepositions of place (في، إلى، with و) that make بني + a name right after
    them a place with no place cue before it (تقع القرية في بني مازن)."""
    return frozenset(word_kinds("tribe_place_words.csv", ("before",), key))


@lexicon_cache(maxsize=2)
def kin_words() -> tuple[frozenset, frozenset]:
    """``(kin, kin_stems)`` keys of ``kin_words.csv``: names of mankind and kin after بني (بني آدم، بني البشر، بني
    جلدتنا، بني جنسه), and kin nouns that take a pronoun suffix (جلدته، جلدتها، جنسها، قومهم: the suffix read off)."""
    kinds = word_kinds("kin_words.csv", ("kin", "kin_stem"), key)
    return (frozenset(k for k, kd in kinds.items() if kd == "kin"),
            frozenset(k for k, kd in kinds.items() if kd == "kin_stem"))


def _kin(k: str) -> bool:
    kin, stems = kin_words()
    return k in kin or any(k.endswith(x) and k[: -len(x)] in stems for x in _SUFFIXES)


def tribe_places(p, found: list[Name]) -> list[Name]:
    """``بني`` + a tribe's ancestor as a place (module docstring): new names only."""
    kt = p.ktext  # (speed52: a word's key is a slice of the key text, so a key ending in بني or بنى is in it)
    if "بني" not in kt and "بنى" not in kt or not any(key(w).endswith(("بني", "بنى")) for w in word_types(p)):
        return []
    out: list[Name] = []
    taken = [(n.start, n.end) for n in found]
    for i in range(len(p.kinds) - 1):
        if not is_word(p, i):
            continue
        fk = p.fkeys[i]
        off = {"بني": 0, "ببني": 1, "وببني": 2}.get(fk)
        if off is None:
            continue
        cued = False
        if off == 0:
            prev = p.fkeys[i - 1] if i and is_word(p, i - 1) and adjacent(p, i - 1, i) else ""
            info = word_info(p.toks[i - 1]) if prev else None
            if not prev or not (prev in place_prepositions() or (info.cue in ("place", "places") and not info.definite
                                                    and not prev.startswith("ال"))):
                continue
            cued = prev not in place_prepositions()
        j = i + 1
        if not (is_word(p, j) and adjacent(p, i, j)):
            continue
        w = p.toks[j]
        wi = word_info(w)
        fj = p.fkeys[j]
        if wi.stop or wi.cue or wi.conj or (wi.zipf >= COMMON_ZIPF and not cued) or _kin(fj) or pronoun_suffixed(w) \
                or len(fj) < 3 or listed_place_at(p, j) or fj.endswith("يه") and not fj.startswith("ال"):
            continue
        if fj in historic_tribes() or j + 1 < len(p.kinds) and is_word(p, j + 1) \
                and f"{fj} {p.fkeys[j + 1]}" in historic_tribes():
            continue  # في بني هاشم، بني عبد المطلب: a people of history
        s, e = p.starts[i] + off, p.ends[j]
        if claim(taken, s, e) is None:
            continue
        words = [p.toks[i][off:], w]
        out.append(Name(s, e, "place", "cue", 0.65, name_key(words), p.toks[i - 1] if off == 0 else p.toks[i][:off]))
    return out
