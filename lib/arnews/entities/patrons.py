"""A body named after its patron: head + a person's name + a closing adjective (session 35, org35).

``مؤسسة سالم بن محفوظ الخيرية``, ``شركة محمد بن إبراهيم القاضي القابضة``: the person finder reads the name
after the head as a person; a closing adjective of a body (``patron_bodies.csv``: الخيرية، القابضة، المحدودة)
right after the name, or after at most two more name words, shows the whole is the organisation.  The head is an
organisation cue without the article (``مؤسسة``, ``شركة``, ``لمؤسسة``; not ``المؤسسة``).  Without the closing
adjective the person stays (``مدير مؤسسة محمد العلي`` is left alone).  Pure function of the paragraph's names.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .clubs import _token_at
from .cues import word_info
from .keys import Name, org_key
from .positions import adjacent, is_word

__all__ = ["patron_bodies"]

#: name words that may stand between the person found and the closing adjective (القاضي of محمد بن إبراهيم القاضي)
MAX_GAP = 2


@lexicon_cache(maxsize=2)
def _closers() -> frozenset:
    return frozenset(w for w in word_kinds("patron_bodies.csv", ("closer",), fold=lambda w: key(w.strip())))


def _head(p, t: int) -> bool:
    """Token t is an organisation head without the article (a proclitic و/ل/ب may stand before it)."""
    if not is_word(p, t):
        return False
    info = word_info(p.toks[t])
    return info.cue == "org" and not info.definite and not key(info.bare or p.fkeys[t]).startswith("ال")


def _closing(p, b: int) -> int:
    """The token of a closing adjective after token b (the person's last), over at most MAX_GAP name words, else -1."""
    closers = _closers()
    for c in range(b + 1, b + 2 + MAX_GAP):
        if not (is_word(p, c) and adjacent(p, c - 1, c)):
            return -1
        if p.fkeys[c] in closers:
            return c
        if word_info(p.toks[c]).cue or word_info(p.toks[c]).stop:
            return -1
    return -1


def patron_bodies(p, found: list) -> list:
    """``found`` with each person between an organisation head and a closing adjective replaced by the organisation."""
    out = list(found)
    for nm in found:
        if nm.type != "person":
            continue
        a, b = _token_at(p, nm.start), _token_at(p, nm.end - 1)
        if a is None or b is None or not (_head(p, a - 1) and adjacent(p, a - 1, a)):
            continue
        c = _closing(p, b)
        if c < 0:
            continue
        h = a - 1
        info = word_info(p.toks[h])
        bare = info.bare or p.fkeys[h]
        s = p.ends[h] - len(bare) if p.fkeys[h].endswith(bare) and len(p.fkeys[h]) > len(bare) else p.starts[h]
        s = max(s, p.starts[h])
        words = [p.toks[x] for x in range(h, c + 1)]
        org = Name(s, p.ends[c], "organisation", "cue", 0.7, org_key(words), p.toks[h])
        out = [x for x in out if not (x.start < org.end and org.start < x.end)] + [org]
    return sorted(out, key=lambda x: (x.start, x.end))
