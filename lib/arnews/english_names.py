"""English names and written cues for the names page's table of learned names.

``english_names(names, types, entities)``: each Arabic name's English name and where it comes from, in order: the
build's ``entities`` table (the name it gives the same surface most often), the gazetteer (``gazetteer.csv``: its
English name where one of its Arabic aliases has the name's spelling key), the known names (``known_names.csv``, by
the same key), and for a person the news glossary's word-by-word reading when every word of it reads as a part of a
name (``≈ Salman bin Abdulaziz``, ``≈ John Kerry``; never ``≈ Bashar the lion``), marked ``≈`` as every word-by-word
gloss; else empty (source ``""``), and the page says how many are empty.

``cue_forms()``: a cue's spelling key (alef, ya and teh marbuta folded, as the ``learned_names`` table stores it:
``منطقه``, ``جماعه``) -> its written form and first gloss in the cue lexicons (``منطقة``, *region*).
"""
from __future__ import annotations

import re

from .lexicons import lexicon_cache, read_lexicon
from .normalize import key, normalize

__all__ = ["english_names", "cue_forms", "cue_label", "fold", "SOURCES"]

#: the sources of an English name, in the order they are asked
SOURCES = ("entities table", "gazetteer", "known names", "glossary (word by word)")

#: words of a name's English reading that are no capitalised name part but belong to names (bin Abdulaziz)
_NAME_LINKS = frozenset({"bin", "bint", "ibn", "al", "el", "de", "van", "von"})


def fold(w: str) -> str:
    """The learned-names table's spelling of a cue: alef forms to ا, teh marbuta to ه, alef maqsura to ي."""
    return re.sub("[أإآ]", "ا", str(w)).replace("ة", "ه").replace("ى", "ي")


def _key(name: str) -> str:
    return " ".join(key(w) for w in normalize(str(name)).text.split())


@lexicon_cache(maxsize=4)
def _listed() -> dict:
    """Spelling key -> (English name, source) of the gazetteer's Arabic aliases and the known names."""
    from .entities import load_gazetteer

    out: dict = {}
    for e in load_gazetteer().entities.values():
        for a in e.aliases_ar:
            if e.name_en:
                out.setdefault(_key(a), (e.name_en, "gazetteer"))
    for r in read_lexicon("known_names.csv"):
        name, en = (r.get("name") or "").strip(), (r.get("name_en") or "").strip()
        if name and en:
            out.setdefault(_key(name), (en, "known names"))
    return out


def _name_reading(name: str) -> str:
    """The glossary's word-by-word reading of a person's name when every word reads as a name part, else ""."""
    from .stats.glossary import phrase_gloss

    g = phrase_gloss(name)
    words = g.removeprefix("≈").split()
    if not words or any(c in g for c in "?;()") or len(words) < len(name.split()):
        return ""
    ok = all(w[:1].isupper() or w.lower().split("-")[0] in _NAME_LINKS for w in words)
    return g if ok and any(w[:1].isupper() for w in words) else ""


def english_names(names, types=None, entities=None) -> dict:
    """``{name: (English name, source)}`` for the Arabic ``names`` (``types``: their entity types, same order;
    a person's name may be read by the glossary); source is one of :data:`SOURCES` or ``""`` (no English name)."""
    named = {}
    if entities is not None and {"surface", "name_en"} <= set(entities.columns):
        e = entities[entities.name_en.fillna("") != ""]
        named = e.groupby("surface").name_en.agg(lambda s: s.value_counts().index[0]).to_dict()
    listed = _listed()
    types = list(types) if types is not None else [""] * len(list(names))
    out = {}
    for name, t in zip(names, types):
        if name in out:
            continue
        if named.get(name):
            out[name] = (named[name], "entities table")
        elif _key(name) in listed:
            out[name] = listed[_key(name)]
        elif t == "person" and _name_reading(name):
            out[name] = (_name_reading(name), "glossary (word by word)")
        else:
            out[name] = ("", "")
    return out


@lexicon_cache(maxsize=4)
def cue_forms() -> dict:
    """A cue's folded spelling -> (written form, first gloss) in ``entity_cues.csv`` and ``learning_cues.csv``
    (the last row of a spelling wins, as the page read them before)."""
    out: dict = {}
    for name in ("entity_cues.csv", "learning_cues.csv"):
        for r in read_lexicon(name):
            cue = (r.get("cue") or "").strip()
            if cue:
                out[fold(cue)] = (cue, (r.get("gloss") or "").split(";")[0].split(" (")[0].strip())  # the last row wins, as on the page before
    return out


def cue_label(cue: str) -> str:
    """A learned name's cue as a reader sees it: the written form with its gloss (``منطقة (region / area)``);
    a cue no lexicon lists (``given name``, ``nationality``) as stored."""
    written, g = cue_forms().get(fold(cue), (cue, ""))
    return f"{written} ({g})" if g else written
