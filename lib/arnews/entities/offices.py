"""A person named right after the body or place of his office (round 32).

``رئيس بعثة الأمم المتحدة في ليبيا برناردينو ليون``, ``حاكم ولاية لوغار حليم فداي``, ``المدير الفني لفريق الهلال
دونيس ...``, ``رئيس نادي نجران هذيل آل شرمة``: an office word (a ``role`` or ``title`` cue: رئيس، مدير، المتحدث،
لاعب، حاكم ...) governs a chain that ends with a body or place found, and the person follows it with no
punctuation between.  The run after the body is a person when it is shaped like a full name by itself: a listed
given name first, or two transliterated words; then name words (:func:`arnews.entities.coordination._name_word`)
up to three words.  Nothing is read when a punctuation mark or a verb stands between the office and the body.
"""
from __future__ import annotations

from ..normalize import key
from .coordination import _LINKS, _name_word
from .cues import load_cues, word_info, zipf_ar
from .keys import Name, name_key, tanween
from .namelinks import AAL
from .positions import token_containing
from .wordtests import unlisted_given_family as _unlisted_given_family

__all__ = ["people_after_office_bodies"]

#: the office word stands at most this many tokens before the body found
OFFICE_WINDOW = 6
_OFFICE_KINDS = ("role",)
#: آل (the house of) links a given name and the family: هذيل آل شرمة (round 34)
_AL = key("آل")
_NAME_LINKS = _LINKS | AAL
_QUOTES = frozenset('"“”«»')
_EXTRA_OFFICES = frozenset({"حاكم", "المتحدث", "متحدث", "الناطق", "ممثل", "ممثله", "مندوب", "مندوبه"})


def _office_before(p, a: int) -> bool:
    """An office word stands within OFFICE_WINDOW words before token a, with only words between."""
    for t in range(a - 1, max(-1, a - 1 - OFFICE_WINDOW), -1):
        if p.kinds[t] != "word":
            return False
        info = word_info(p.toks[t])
        if info.cue in _OFFICE_KINDS or info.bare in _EXTRA_OFFICES or p.fkeys[t] in _EXTRA_OFFICES:
            return True
    return False


def _person_run(p, t: int, cues) -> int:
    """End (exclusive token) of a full name starting at token t, else t."""
    n = len(p.toks)
    v = t
    while v < n and (v - t < 3 or p.fkeys[v - 1] in _NAME_LINKS and v - t < 5) and p.kinds[v] == "word" \
            and not tanween(p, v) and (_name_word(p.toks[v], cues) or v > t and p.fkeys[v] == _AL):
        v += 1
    if v - t < 2 or p.fkeys[v - 1] in _NAME_LINKS:
        return t  # (وليد بن علي الجلال is read whole or not at all)
    k0 = p.fkeys[t]
    if k0.startswith(("و", "ل", "ب")) and k0 not in cues.given:
        return t
    ws = [p.toks[u] for u in range(t, v)]
    foreign = all(word_info(w).foreign and not key(w).startswith("ال") for w in ws)
    if k0 in cues.given or foreign or _unlisted_given_family(ws, cues):
        return v
    return t


def _quoted_person(p, t: int, cues) -> tuple[int, int]:
    """(first, end) tokens of two or three words in quotes opening at token t that open with a given name, listed or
    not (:func:`_unlisted_given_family`), else (t, t): in quotes the family name may be a word of any frequency."""
    n = len(p.toks)
    for c in range(t + 3, min(t + 5, n)):
        if p.toks[c] in _QUOTES:
            ws = [p.toks[u] for u in range(t + 1, c)]
            if all(p.kinds[u] == "word" for u in range(t + 1, c)) and not any(
                    word_info(w).stop or word_info(w).cue for w in ws) and (
                    key(ws[0]) in cues.given or _unlisted_given_family(ws, cues)):
                return t + 1, c
            break
        if p.kinds[c] != "word":
            break
    return t, t




def people_after_office_bodies(p, names: list[Name]) -> list[Name]:
    """The names with the people named right after the body or place of their office (see the module docstring);
    a transliterated guess typed a place there is the person."""
    cues = load_cues()
    tok_start, tok_end = p.token_at()
    out, retyped = [], {}
    for nm in names:
        if nm.type not in ("organisation", "place"):
            continue
        e = tok_end.get(nm.end)
        a = tok_start.get(nm.start)
        if a is None:  # a body behind a glued preposition (لأمانة العاصمة المقدسة): the token that holds its start
            a = token_containing(p, nm.start)  # (a bisect, not a scan of all tokens per name: no token starts there)
        if e is None or a is None or not _office_before(p, a):
            continue
        t = e + 1
        guess = next((o for o in names if o.source == "translit" and o.type == "place" and t < len(p.starts)
                      and o.start == p.starts[t]), None)
        if guess is not None:  # رئيس بعثة الأمم المتحدة في ليبيا برناردينو ليون: no place after the place
            retyped[guess] = Name(guess.start, guess.end, "person", "cue", 0.6, guess.key)
            continue
        if t < len(p.toks) and p.toks[t] in _QUOTES:
            t, v = _quoted_person(p, t, cues)  # الناطق الإعلامي لأمانة العاصمة "أسامة زيتوني"
        else:
            v = _person_run(p, t, cues)
        if v == t:
            continue
        s, end = p.starts[t], p.ends[v - 1]
        if any(o.start < end and s < o.end for o in names + out):
            continue
        out.append(Name(s, end, "person", "cue", 0.6, name_key([p.toks[u] for u in range(t, v)])))
    if not (out or retyped):
        return names
    return sorted([retyped.get(nm, nm) for nm in names] + out, key=lambda x: (x.start, x.end))
