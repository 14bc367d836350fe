"""The proclitic sets of the name finders, the figures (quantities/) and the outlets, glossed in
``proclitic_sets.csv``: which proclitics (key form) a word may carry where one finder reads it, in the order the finder tries them (the first reading that fits wins where the
finder returns it).  The sets differ on purpose (``no_ba``: a national field after ب is its object, no body;
``local_cue``: no ل, لحي is *beards*); finders that admit the same proclitics in an order that gives the same first
reading share one set.  (Moved out of ``entities/`` in fixn58: quantities/ and outlets read the sets without
loading the name finders; ``arnews.entities.proclitics`` re-exports them.)

``proclitics(name)`` is the tuple (``"-"`` in the file is the word with no proclitic, ``""`` here);
``proclitic_set(name)`` the frozenset, for a finder that only asks membership.  Both are lexicon loaders (cached per
lexicon folder); call them where the set is used, never into a module constant, so that ``ARNEWS_LEXICONS`` and
:func:`arnews.lexicons.reload` reach every finder.
"""
from __future__ import annotations

from .lexicons import LexiconError, lexicon_cache, read_lexicon

__all__ = ["proclitics", "proclitic_set", "proclitic_sets", "BARE"]

FILE = "proclitic_sets.csv"
#: the word with no proclitic, as the file writes it
BARE = "-"


@lexicon_cache(maxsize=2)
def proclitic_sets() -> dict[str, tuple[str, ...]]:
    """set name -> its proclitics in order (``""``: none)."""
    out: dict[str, tuple[str, ...]] = {}
    for r in read_lexicon(FILE):
        name = (r.get("set") or "").strip()
        clitics = tuple("" if c == BARE else c for c in (r.get("clitics") or "").split())
        if not name or not clitics or name in out or len(set(clitics)) != len(clitics):
            raise LexiconError(f"{FILE}: set {name!r}: a name given once, proclitics each once")
        out[name] = clitics
    return out


@lexicon_cache(maxsize=64)
def proclitics(name: str) -> tuple[str, ...]:
    """The proclitics of set ``name`` in order (a ``LexiconError`` naming the file for a set it lacks)."""
    try:
        return proclitic_sets()[name]
    except KeyError:
        raise LexiconError(f"{FILE}: no proclitic set {name!r}") from None


@lexicon_cache(maxsize=64)
def proclitic_set(name: str) -> frozenset:
    """The proclitics of set ``name`` as a frozenset (membership only)."""
    return frozenset(proclitics(name))
