"""Senses a word-by-word gloss chooses by a word's neighbours (pages54).

Two readings the glossary's first sense gets wrong in news:

* ``neighbour_sense(w, prev, nxt)``: a word whose sense its neighbour decides (``glossary_senses.csv``): النظام
  before السوري is 'the regime', not 'order' (النظام السوري 'the Syrian regime', نظام الأسد 'regime of al-Assad');
  الكتاب after تجارب is 'writers' (تجارب الكتاب), not 'the book'.
* ``name_sense(g)``: the sense of a gloss that is a name (``al-Assad`` of 'the lion; al-Assad', ``Adel`` of 'just; fair;
  Adel (given name)'), which a word takes inside a person's name (:func:`arnews.stats.glossary.gloss`: after a given
  name, بشار الأسد 'Bashar al-Assad', not 'Bashar the lion').
"""
from __future__ import annotations

import re

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key, normalize
from ..wordforms import MIN_REST, prefix_strips

__all__ = ["SENSES_FILE", "CLASSES", "neighbour_sense", "name_sense"]

#: words whose neighbour decides their sense
SENSES_FILE = "glossary_senses.csv"

#: a sense marked as a name's (given name, surname, part of names), or written as one (capitalised, al-Assad)
_NAME_MARK = re.compile(r"\((?:given name|surname|family name|in names)\)")
_NAME_WRITTEN = re.compile(r"(?:[A-Z]|[Aa]l-[A-Z]|[Ee]l-[A-Z])[A-Za-z'-]*(?: [A-Z][A-Za-z'-]*)*")


def _bare(w: str) -> str:
    """A word's key without the article (نظام of النظام)."""
    for p in ("ال",):
        if w.startswith(p) and len(w) - len(p) >= MIN_REST:
            w = w[len(p):]
    return key(w)


def _forms(w: str) -> set[str]:
    """Keys of a word as written and after each proclitic reading, without the article (لنظام, للنظام, والنظام ~ نظام)."""
    w = normalize(w).text
    out = {_bare(w), key(w)}
    for r, _ in prefix_strips(w):
        out.add(_bare(r))
        out.add(key(r))
    if w.startswith("لل") and len(w) > 4:  # للنظام: ل + النظام
        out.add(key(w[2:]))
    return out


@lexicon_cache(maxsize=1)
def _rows() -> dict:
    """Key of a row's word -> [(gloss, next keys, prev keys)]."""
    out: dict = {}
    try:
        rows = read_lexicon(SENSES_FILE)
    except FileNotFoundError:
        return out
    for r in rows:
        w, g = (r.get("word") or "").strip(), (r.get("gloss") or "").strip()
        if not w or not g:
            continue
        side = tuple(frozenset(x.strip() if x.strip() in CLASSES else key(normalize(x.strip()).text)
                               for x in (r.get(c) or "").split("|") if x.strip()) for c in ("next", "prev"))
        nw = normalize(w).text
        out.setdefault(_bare(nw), []).append((g, *side, nw[-1] if nw[-1:] in ("ي", "ى") else ""))
    return out


#: the classes a row's neighbour may name instead of words: a word whose first sense is a name, a title or a name's link
CLASSES = (":name", ":title")


def _side(words: frozenset, neighbour: str, keys: set, classes) -> bool:
    if not neighbour or not words:
        return False
    if keys & words:
        return True
    return any(c in words and test(neighbour) for c, test in zip(CLASSES, classes))


def neighbour_sense(w: str, prev: str = "", nxt: str = "", classes=(lambda x: False, lambda x: False)) -> str | None:
    """The sense ``glossary_senses.csv`` gives the word ``w`` (normalised) between ``prev`` and ``nxt`` (``""``: none),
    with ``the`` when ``w`` is written with the article (النظام, والنظام; not للنظام 'for the regime'); None when no
    row's neighbour is there.  ``classes``: the tests of :data:`CLASSES` (a neighbour that is a name, a title); a row's
    word that ends in ي or ى matches only a word written with that ending (علي 'Ali', not على 'on': one key)."""
    rows = _rows()
    if not rows:
        return None
    hits = [rows[k] for k in _forms(w) if k in rows]
    if not hits:
        return None
    nk, pk = (_forms(nxt) if nxt else set()), (_forms(prev) if prev else set())
    written = normalize(w).text
    for g, nxts, prevs, end in (x for h in hits for x in h):
        if end and not written.endswith(end):
            continue
        if _side(nxts, nxt, nk, classes) or _side(prevs, prev, pk, classes):
            definite = any(w.startswith(p) for p in ("ال", "وال", "فال", "بال"))
            return "the " + g if definite and not g.startswith("the ") else g
    return None


def name_sense(g: str | None, marked: bool = False) -> str | None:
    """The first sense of the gloss ``g`` that is a name, without its note (``al-Assad`` of 'the lion; al-Assad',
    ``Adel`` of 'just; fair; Adel (given name)', ``Asad`` of 'lion; Asad (in names)'); with ``marked``, only a sense
    marked as a name's (``Turki`` of 'Turkish; Turki (given name)', not the capitalised adjective); None when none is."""
    for s in re.split(r";", g or ""):
        s = s.strip()
        bare = re.sub(r"\s*\([^)]*\)", "", s).strip()
        if bare and (_NAME_MARK.search(s) or (not marked and _NAME_WRITTEN.fullmatch(bare))) and not bare.endswith("-"):
            return bare
    return None
