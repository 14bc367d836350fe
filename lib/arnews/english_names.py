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

__all__ = ["english_names", "name_part", "person_glosses", "person_gloss", "demonym", "cue_forms", "cue_label", "fold", "reader_ids", "name_with_english", "SOURCES"]

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


#: a capitalised English word shaped as a people's or a language's adjective (Turkish, Uruguayan, Czech, Japanese,
#: Arabic): a word glossed so first, with no sense marked as a name's, is no part of a person's name
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ic|ch)")
#: such a word is an adjective when English writes it this often (wordfreq Zipf: Turkish 4.28, Uruguayan 2.96, Czech
#: 3.95), a name below (Darwish 2.14)
DEMONYM_ZIPF = 2.9
#: the link words of an Arabic name (keys): بن 'bin', أبو 'Abu', آل 'Al', عبد 'Abd', and the word that follows عبد
_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ال", "عبد"})


def name_part(w: str) -> tuple[bool, str | None]:
    """Whether the Arabic word ``w`` reads as a part of a person's name, and the English it reads as when its own
    gloss (:func:`arnews.stats.glossary.own_gloss`) puts a common word first (pages55): a sense marked as a name's
    (``Turki`` of 'Turkish; Turki (given name)'), else the first sense when it is written as a name and is no
    people's adjective nor a weekday (``al-Assad``, ``Obama``; not السويدي 'Swedish', تشيك 'Czech', جمعة 'Friday',
    whose gloss is a reading of another word).  ``(True, None)``: a name part the phrase's reading shows as it is."""
    from .entities.cues import load_cues
    from .entities.cuewords import nationality_word
    from .stats.glossary import own_gloss
    from .stats.senses import name_sense

    if key(w) in _LINKS:
        return True, None
    g = own_gloss(w)
    first = re.sub(r"\s*\([^)]*\)", "", g.split(";")[0]).strip().removeprefix("the ")
    if name_sense(g.split(";")[0], marked=True):
        return True, None  # a name first (Bashar (given name))
    if first and name_sense(g.split(";")[0]) and not (nationality_word(w) or demonym(first)):
        return True, None  # a name first (Ayoub of 'Ayoub; Job (given name)', Darwish, Obama, al-Assad)
    marked = name_sense(g, marked=True)
    if marked:
        return True, marked  # the name's sense for the common word first (Turki of 'Turkish; Turki (given name)')
    if any(x.strip().startswith(("al-", "Al-")) for x in g.split(";")[1:]):
        return True, None  # a surname after a common word (al-Hakim of 'the wise; al-Hakim')
    if key(w) in load_cues().given and not w.endswith("ى"):
        return True, None  # a listed given name the reading reads by its neighbours (علي 'Ali'; checked there)
    return False, None


def demonym(en: str) -> bool:
    """The capitalised English word ``en`` is a people's or a language's adjective (:data:`_DEMONYM`, as common in
    English as :data:`DEMONYM_ZIPF`): Turkish, Czech, Uruguayan; not Darwish."""
    from wordfreq import zipf_frequency

    return bool(_DEMONYM.fullmatch(en)) and zipf_frequency(en.lower(), "en") >= DEMONYM_ZIPF


def _name_reading(name: str) -> str:
    """The glossary's word-by-word reading of a person's name when every word reads as a name part, else "": each
    word by :func:`name_part` (its own gloss, a name's sense first: تركي السديري 'Turki Al-Sudairi', not 'Turkish
    Al-Sudairi'; علي جمعة none: جمعة is 'Friday'); a word after عبد is the name's (عبد ربه 'Abd Rabbuh')."""
    from .stats.glossary import phrase_gloss
    from .stats.senses import name_sense

    g = phrase_gloss(name)
    words = g.removeprefix("≈").split()
    if not words or any(c in g for c in "?;()") or len(words) < len(name.split()):
        return ""
    ok = all(w[:1].isupper() or w.lower().split("-")[0] in _NAME_LINKS for w in words)
    if not (ok and any(w[:1].isupper() for w in words)):
        return ""
    ar = normalize(name).text.split()
    for i, w in enumerate(ar):
        if i and key(ar[i - 1]) == "عبد":
            continue
        part, english = name_part(w)
        shown = _gloss_first(w)
        found = shown and re.search(rf"(?<![\w-]){re.escape(shown)}(?![\w-])", g)
        if not part or (found and not english and not name_sense(shown)):
            return ""  # (a listed given name the reading shows as its common word: none)
        if english and found:  # the name's sense for the common word the reading shows (Turkish -> Turki)
            g = g[:found.start()] + english + g[found.end():]
    return g


def _gloss_first(w: str) -> str:
    """The first sense of the word's own gloss as a word-by-word reading shows it (``Turkish``)."""
    from .stats.glossary import own_gloss

    return re.sub(r"\s*\([^)]*\)", "", own_gloss(w).split(";")[0]).strip().removeprefix("the ")


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
    ids without ``~`` (the gazetteer's own, listed for reference) are left as they are.  When two ids would show the
    same surface, the one with more mentions keeps it plain and the others add their English name in brackets, or a
    number where they have none (pages58: ``~عسير (Asir)`` for the region's 297 mentions beside a plain ``~إيران``,
    because a folded id of one mention showed ``~عسير`` too: now the region reads ``~عسير``, the other ``~عسير (2)``)."""
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
    mentions = ids.value_counts()
    seen: dict = {}
    for eid in sorted(shown):
        seen.setdefault(shown[eid], []).append(eid)
    for eid, lab in out.items():  # a folded id that shows the same surface as an opaque one takes part in the choice
        if eid not in shown and lab in seen:
            seen[lab].append(eid)
    for label, eids in seen.items():
        eids = sorted(eids, key=lambda e: (-int(mentions.get(e, 0)), e))  # the most mentioned first (ties: by id)
        for i, eid in enumerate(eids):
            out[eid] = label if i == 0 else (f"{label} ({en[eid]})" if en.get(eid) else f"{label} ({i + 1})")
    return out


def name_with_english(name: str, english: str) -> str:
    """A learned name and its English name in one cell, the English first as the plots' labels write it (``≈ Bashar
    al-Assad — بشار الأسد``: a cell that opens with a Latin letter is laid out left-to-right, so the ``≈`` and the English
    keep their order; after the Arabic, a right-to-left cell moved them); the name alone when there is none."""
    return f"{english} — {name}" if english else str(name)


def person_glosses(entities) -> dict:
    """Spelling key (:func:`_key`) of each name of two words or more that the ``entities`` table finds as a person most
    often -> the English a page glosses it with (pages55): its English name (:func:`english_names`: the entities
    table's, the gazetteer's, a known name's, the name-part reading), else ``""``: a found person's name is never
    glossed word by word as common words (تركي الفيصل is no 'Turkish Faisal', علي جمعة no 'Ali Friday')."""
    if entities is None or not len(entities) or not {"surface", "type"} <= set(entities.columns):
        return {}
    e = entities[entities.surface.astype(str).str.contains(" ")]
    if e.empty:
        return {}
    kinds = e.groupby("surface").type.agg(lambda s: s.value_counts().index[0])
    people = sorted(kinds[kinds == "person"].index)
    en = english_names(people, ["person"] * len(people), e[e.surface.isin(people)])
    out: dict = {}
    for name in people:
        out.setdefault(_key(name), en[name][0])
    return out


def person_gloss(phrase: str, g: str, persons: dict) -> str:
    """``g``, the gloss of ``phrase``, unless the phrase is a found person's name (:func:`person_glosses`): then its
    English name or ``""``."""
    if not persons:
        return g
    k = _key(phrase)
    return persons[k] if k in persons else g
