"""One id for a person named with and without his nasab (round 34).

Saudi news names a man in full in one article and shorter in the next: ``عادل بن أحمد الجبير`` / ``عادل الجبير``,
``سلمان بن عبدالعزيز آل سعود`` / ``سلمان بن عبدالعزيز``, ``محمد بن نايف بن عبدالعزيز`` / ``محمد بن نايف``.  A found
person's id is the skeleton of his words (:func:`arnews.entities.keys.name_key`), so each form was an entity of its
own across articles.  The id is now taken from the name's short form: a royal house (``آل سعود``) after a nasab is
left out; then, when a family name closes the name, the nasab chain before it (``بن أحمد``) is left out; else the
given name and the first link only are kept (``محمد بن نايف``).  Names without ``بن``/``بنت`` keep their id.
A compound name written in two words (``عبد العزيز``, ``عبد الله``) is one word of the chain (session 46:
``محمد بن نايف بن عبد العزيز`` was ``محمد العزيز``, as if ``العزيز`` were a family name).
"""
from __future__ import annotations

from ..normalize import key
from .keys import name_key

__all__ = ["nasab_id"]

_LINK = frozenset({"بن", "بنت"})
_HOUSE = key("آل")


def short_form(words: list[str]) -> list[str]:
    """The words of a name's short form (module docstring); the words themselves when it has no nasab."""
    keys = [key(w) for w in words]
    if len(words) < 3 or not any(k in _LINK for k in keys[1:-1]):
        return words
    if len(words) >= 5 and keys[-2] == _HOUSE and any(k in _LINK for k in keys[1:-3]):
        words, keys = words[:-2], keys[:-2]  # سلمان بن عبدالعزيز آل سعود
    first = next(i for i, k in enumerate(keys) if i and k in _LINK)
    t = first
    while t + 1 < len(keys) and keys[t] in _LINK:
        t += 2  # بن نايف بن عبدالعزيز: the whole chain
    if t < len(keys):  # a family name after the chain: عادل بن أحمد الجبير -> عادل الجبير
        return words[:first] + words[t:]
    return words[:first + 2]


_ABD = key("عبد")


def compounds(words: list[str]) -> list[str]:
    """The words with ``عبد`` + the next word written as one (``عبد العزيز`` -> ``عبدالعزيز``)."""
    out: list[str] = []
    for w in words:
        if out and key(out[-1]) == _ABD:
            out[-1] += w
        else:
            out.append(w)
    return out


def nasab_id(surface: str, eid: str) -> str:
    """The entity id of a found person from his short form; ``eid`` when the name has no nasab."""
    words = compounds(surface.replace("-", " ").split())
    short = short_form(words)
    return eid if short is words else "~" + name_key(short)
