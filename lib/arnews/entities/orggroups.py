"""One organisation named short and in full in one article (round 33).

An article names a body in full once and shorter elsewhere: ``قوات الطوارئ الخاصة`` then ``قوات الطوارئ``,
``مجلس الأمن الدولي`` then ``مجلس الأمن``, ``شرطة منطقة القصيم`` then ``شرطة القصيم``, ``المديرية العامة للدفاع
المدني`` then ``الدفاع المدني`` (or ``للدفاع المدني``), ``ميلان الإيطالي`` then ``ميلان``.  The found organisations
(a fuller form found by a cue; the short form found or listed: ``الدفاع المدني`` is listed) are joined, under the
short form's id, when the shorter's words, without proclitics and the
article, and leaving out the place cue words (منطقة، محافظة), stand in the longer:

* at its head (``قوات الطوارئ`` in ``قوات الطوارئ الخاصة``): the shorter of two words or more, or one word found
  by a cue when all that follows it in the longer is nationality adjectives (``البرلمان`` / ``البرلمان العراقي``;
  not the listed club ``الاتحاد`` beside ``الاتحاد السعودي``);
* at its end after a general administration's head (``المديرية العامة``، ``الإدارة العامة``، ``الهيئة العامة``،
  ``الرئاسة العامة`` + ``لـ``): *the general directorate of civil defence* is civil defence.

and only when exactly one longer organisation of the article holds it (``جامعة الملك`` beside ``جامعة الملك سعود``
and ``جامعة الملك فيصل`` joins neither).
"""
from __future__ import annotations

from ..normalize import key
from .guards import gentilic

__all__ = ["join_org_variants"]

_PLACE_CUES = frozenset({"منطقه", "محافظه"})
_GENERAL = frozenset({"العامه", "العام"})
_GENERAL_HEADS = frozenset({"المديريه", "الاداره", "الهيئه", "الرئاسه", "المؤسسه"})


def _norm(w: str) -> tuple[str, bool]:
    """A word without و, a preposition and the article (and whether it carried لـ)."""
    k = key(w)
    li = False
    if k.startswith("و") and len(k) > 4 and k[1:3] in ("ال", "لل"):
        k = k[1:]
    if k.startswith("لل") and len(k) > 4:
        k, li = "ال" + k[2:], True
    elif k.startswith(("بال", "كال", "فال")) and len(k) > 5:
        k = k[1:]
    if k.startswith("ال") and len(k) > 4:
        k = k[2:]
    return k, li


def _words(surface: str) -> list[tuple[str, bool, str]]:
    out = []
    for w in surface.replace("ـ", "").split():
        k, li = _norm(w)
        if k in _PLACE_CUES:
            continue
        out.append((k, li, w))
    return out


def _holds(short: list, long: list) -> bool:
    ks, kl = [x[0] for x in short], [x[0] for x in long]
    n = len(ks)
    if n == 0 or n > len(kl):
        return False
    if n == len(kl):
        return ks == kl and n >= 2  # شرطة القصيم / شرطة منطقة القصيم (the place cue left out)
    if kl[:n] == ks:
        if n >= 2:
            return True
        return all(gentilic(x[2]) for x in long[n:])  # ميلان / ميلان الإيطالي
    if kl[-n:] == ks and n >= 1 and long[-n][1] and len(kl) - n >= 2:
        head, general = "ال" + long[0][0], "ال" + long[-n - 1][0]  # (للإدارة العامة للدفاع المدني: the head with لل)
        return general in _GENERAL and head in _GENERAL_HEADS  # المديرية العامة للدفاع المدني
    return False


def join_org_variants(found: list[list], iid: int, ityp: int, isur: int, isrc: int) -> None:
    """Join a found organisation's short form to its one fuller form in the article (module docstring);
    ``found``: the article's mutable rows (all of them: a listed mention of a joined id moves too)."""
    orgs = [r for r in found if r[ityp] == "organisation" and r[isrc] in ("cue", "listed") and str(r[iid]).startswith("~")]
    if len(orgs) < 2:
        return
    by_id: dict[str, list] = {}
    full: dict[str, list] = {}  # the fuller forms: found by a cue (a listed name keeps its own id)
    for r in orgs:
        by_id.setdefault(r[iid], _words(r[isur]))
        if r[isrc] == "cue":
            full.setdefault(r[iid], by_id[r[iid]])
    raw: dict[str, int] = {}
    for r in orgs:
        raw.setdefault(r[iid], len(r[isur].split()))  # (the words of the form by_id holds)
    for eid in [e for e in by_id if len(by_id[e]) == 1 and e not in full]:
        del by_id[eid]  # a listed one-word name (الاتحاد, a club) is not the federation الاتحاد السعودي
    remap = {}
    for eid, ws in by_id.items():
        holders = {fid for fid, fws in full.items() if fid != eid and raw[fid] > raw[eid] and _holds(ws, fws)}
        if len(holders) == 1:
            remap.setdefault(holders.pop(), eid)  # the full form takes the short form's id (the one that recurs
            # across articles: مجلس التعاون alone elsewhere is the same entity)
    if not remap:
        return
    for r in found:
        e = r[iid]
        seen = set()
        while e in remap and e not in seen:
            seen.add(e)
            e = remap[e]
        r[iid] = e
