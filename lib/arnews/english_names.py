"""English names and written cues for the names page's table of learned names.

``english_names(names, types, entities)``: each Arabic name's English name and where it comes from, in order: the
build's ``entities`` table (the name it gives the same surface most often), the gazetteer (``gazetteer.csv``: its
English name where one of its Arabic aliases has the name's spelling key), the known names (``known_names.csv``, by
the same key), and for a person the news glossary's word-by-word reading when every word of it reads as a part of a
name (``≈ Salman bin Abdulaziz``, ``≈ John Kerry``; never ``≈ Bashar the lion``), marked ``≈`` as every word-by-word
gloss; else empty (source ``""``), and the page says how many are empty.

``reader_ids(entities)``: each entity id as a page shows it: never an opaque id (``~geo:SA``, ``~geo:108410``,
``~org:ISIS``, ``~antq``), which shows ``~`` and the entity's most written surface (``~المملكة``); an id folded from
Arabic words as :func:`arnews.entities.id_labels` writes it (``~جماعة الحوثي``).

``name_with_english(name, english)``: a learned name with its English name in one cell (``≈ Bashar al-Assad — بشار
الأسد``), the Arabic alone where no source gives one: no column that is empty for most names.

``cue_forms()``: a cue's spelling key (alef, ya and teh marbuta folded, as the ``learned_names`` table stores it:
``منطقه``, ``جماعه``) -> its written form and first gloss in the cue lexicons (``منطقة``, *region*).
"""
from __future__ import annotations

import re

from .lexicons import lexicon_cache, read_lexicon
from .normalize import key, normalize

__all__ = ["english_names", "cue_forms", "cue_label", "fold", "reader_ids", "name_with_english", "SOURCES"]

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


_ARABIC = re.compile("[\u0600-\u06FF]")


def reader_ids(entities) -> dict:
    """``entity_id -> `` the id as a page shows it (pages54): :func:`arnews.entities.id_labels` for an id folded from
    Arabic words (``~جماعة الحوثي``); for an opaque id (a place list's or the gazetteer's code, a Latin key: ``~geo:SA``,
    ``~geo:108410``, ``~org:ISIS``, ``~antq``), ``~`` and the entity's most written surface (ties: the shorter), with
    its English name in brackets when two ids would show the same surface; ids without ``~`` (the gazetteer's own,
    listed for reference) are left as they are."""
    from .entities import id_labels

    if entities is None or not len(entities):
        return {}
    out = dict(id_labels(entities))
    ids = entities.entity_id.astype(str)
    opaque = entities[ids.str.startswith("~") & (ids.str.contains(":") | ~ids.str.contains(_ARABIC.pattern))]
    if opaque.empty:
        return out
    counts = opaque.groupby(["entity_id", "surface"]).size().rename("n").reset_index()
    counts["chars"] = counts.surface.str.len()
    counts = counts.sort_values(["entity_id", "n", "chars", "surface"], ascending=[True, False, True, True], kind="mergesort")
    best = counts.drop_duplicates("entity_id").set_index("entity_id").surface
    en = {}
    if "name_en" in entities.columns:
        named = opaque[opaque.name_en.fillna("") != ""]
        en = named.groupby("entity_id").name_en.agg(lambda s: s.value_counts().index[0]).to_dict()
    shown = {eid: "~" + str(s).strip() for eid, s in best.items()}
    taken = {v for k, v in out.items() if k not in shown}
    seen: dict = {}
    for eid in sorted(shown):
        seen.setdefault(shown[eid], []).append(eid)
    for label, eids in seen.items():
        for i, eid in enumerate(eids):
            lab = label
            if len(eids) > 1 or label in taken:
                lab = f"{label} ({en[eid]})" if en.get(eid) else f"{label} ({i + 1})"
            out[eid] = lab
    return out


def name_with_english(name: str, english: str) -> str:
    """A learned name and its English name in one cell, the English first as the plots' labels write it (``≈ Bashar
    al-Assad — بشار الأسد``: a cell that opens with a Latin letter is laid out left-to-right, so the ``≈`` and the English
    keep their order; after the Arabic, a right-to-left cell moved them); the name alone when there is none."""
    return f"{english} — {name}" if english else str(name)
