"""How each entity is written: its surfaces grouped into spellings.

A *spelling* is a surface with diacritics, tatweel, hamza and alef forms and teh marbuta
folded (:func:`arnews.normalize.key`) and its proclitics taken off when the entity is
written without them elsewhere: للمملكة, والمملكة and المملكة are one spelling; المملكة,
السعودية and المملكة العربية السعودية are three, and so are أمريكا and أميركا.  Latin script
is folded by case and a possessive 's (Party's, party, Party).
"""
from __future__ import annotations

import re

import pandas as pd

from ..normalize import key
from ..themes import prefix_strips as _strips

__all__ = ["FORM_COLS", "written_forms", "id_labels"]

FORM_COLS = ["entity_id", "type", "name_en", "written_as", "other_surfaces", "n", "n_articles", "article_id"]

#: Arabic letters, with the presentation forms some pages are typed in (ﺍﻟﻴﻤﻦ is اليمن)
_ARABIC = re.compile("[\u0621-\u064a\ufb50-\ufdff\ufe70-\ufefc]")
_POSSESSIVE = re.compile("['\u2019]s$")


def _key(surface: str) -> str:
    """The spelling key of a surface: Arabic folded by :func:`key`; other scripts by case and a
    possessive ``'s`` (Party's, party and Party are one spelling)."""
    if _ARABIC.search(surface):
        return " ".join(key(surface).replace("ـ", " ").split())
    return _POSSESSIVE.sub("", " ".join(surface.split())).casefold()


def _bare(k: str, keys: set, surface: str = "") -> str:
    """``k`` without its proclitics when the entity is written so elsewhere (``keys``), else ``k``
    (the prefix readings of :func:`arnews.wordforms.prefix_strips`; ل + ال is لل: للمملكة is المملكة); else, given
    the ``surface``, without a glued proclitic the words' frequency shows (:func:`_unglued`: لدولة الإيرانية)."""
    first, _, rest = k.partition(" ")
    if first in ("ل", "ب", "و") and rest in keys:  # لـ داعش
        return rest
    tail = " " + rest if rest else ""
    for rem, _ in _strips(first):  # the most stripped first; the article alone is part of the spelling
        p = first[: len(first) - len(rem)]
        if not p or p == "ال":
            continue
        # a prefix holding the article (للمملكة, والمملكة) leaves the definite word; ل may be li- + the article
        cands = ("ال" + rem,) if p.endswith(("لل", "ال")) else (rem, "ال" + rem) if p.endswith("ل") else (rem,)
        for c in cands:
            if c + tail in keys:
                return c + tail
    if surface:
        bare = _unglued(surface)
        if bare:
            return " ".join(key(bare).replace("ـ", " ").split())
    return k


#: how much more common (Zipf) the definite word must be than the word as written for its proclitic to come off
GLUED = 1.2


def _unglued(surface: str) -> str:
    """``surface`` with the proclitic of its first word taken off when no spelling of the entity shows the bare
    form, read from the words' frequency (:func:`arnews.frequency.zipf_ar`): a proclitic holding the article
    (والمملكة، للمملكة: ``proclitics("known_name")``) or a lone ل before a definite adjective (``لدولة الإيرانية``,
    the preposition of للدولة: the head of a definite adjective is definite) comes off when the definite word is
    much more common than the word as written (:data:`GLUED`; not لبنان الشقيق, لجين الهذلول, والي مكة); else ""."""
    from ..frequency import zipf_ar
    from .proclitics import proclitics

    words = surface.split()
    if not words or not _ARABIC.search(words[0]):
        return ""
    first, rest = words[0], words[1:]
    definite_next = bool(rest) and rest[0].startswith("ال") and not first.startswith("ال")
    for p in proclitics("known_name"):
        if not first.startswith(p) or len(first) - len(p) < 3:
            continue
        rem = first[len(p):]
        if p.endswith("ال") or p == "لل":
            cand = "ال" + rem
        elif p == "ل" and definite_next and not rem.startswith("ال"):
            cand = "ال" + rem
        else:
            continue
        if zipf_ar(cand) >= zipf_ar(first) + GLUED:
            return " ".join([cand] + rest)
    return ""


def written_forms(entities: pd.DataFrame) -> pd.DataFrame:
    """One row per (entity, spelling) of an ``entities`` table: the spelling's most frequent
    surface (``written_as``), its other surfaces (clitic and diacritic variants, " / "), its
    mentions and articles, and the first article (by id) writing it; entities keep their
    ``type`` and ``name_en`` (their most frequent non-empty one)."""
    if entities.empty:
        return pd.DataFrame([], columns=FORM_COLS)
    codes, arts = pd.factorize(entities.article_id.astype(object), sort=True)  # integer min: fast on any string dtype
    sur = (entities[["entity_id", "surface"]].assign(a=codes).groupby(["entity_id", "surface"])
           .agg(n=("a", "size"), a=("a", "min")).reset_index())
    sur["k"] = [_key(s) for s in sur.surface]
    keys: dict = {}
    for eid, k in zip(sur.entity_id, sur.k):
        keys.setdefault(eid, set()).add(k)
    sur["spelling"] = [_bare(k, keys[eid], su) for eid, k, su in zip(sur.entity_id, sur.k, sur.surface)]
    # a spelling no surface of the entity writes bare (only لدولة الإيرانية) is shown without its proclitic
    sur["shown"] = [s if sp in keys[eid] else (_unglued(s) or s) for eid, s, sp in zip(sur.entity_id, sur.surface, sur.spelling)]
    sur = sur.sort_values(["entity_id", "spelling", "n", "surface"], ascending=[True, True, False, True], kind="mergesort")
    first = sur.drop_duplicates(["entity_id", "spelling"]).set_index(["entity_id", "spelling"])
    others = sur[sur.duplicated(["entity_id", "spelling"]) | (sur.shown != sur.surface)].groupby(
        ["entity_id", "spelling"]).surface.agg(" / ".join)
    g = sur.groupby(["entity_id", "spelling"])
    out = pd.DataFrame({"written_as": first.shown, "n": g.n.sum(), "article_id": arts[g.a.min()]})
    out["other_surfaces"] = others.reindex(out.index).fillna("")
    spell = dict(zip(zip(sur.entity_id, sur.surface), sur.spelling))
    m = entities.assign(spelling=[spell[x] for x in zip(entities.entity_id, entities.surface)])
    out["n_articles"] = m.groupby(["entity_id", "spelling"]).article_id.nunique()
    out = out.reset_index()
    typ = entities.groupby(["entity_id", "type"]).size().rename("c").reset_index().sort_values(
        ["entity_id", "c", "type"], ascending=[True, False, True], kind="mergesort").drop_duplicates("entity_id").set_index("entity_id").type
    ne = entities[entities.name_en != ""].groupby(["entity_id", "name_en"]).size().rename("c").reset_index().sort_values(
        ["entity_id", "c", "name_en"], ascending=[True, False, True], kind="mergesort").drop_duplicates("entity_id").set_index("entity_id").name_en
    out["type"] = out.entity_id.map(typ)
    out["name_en"] = out.entity_id.map(ne).astype(object).fillna("")  # (no English name at all: a float column)
    return out.sort_values(["entity_id", "n", "written_as"], ascending=[True, False, True], kind="mergesort")[FORM_COLS].reset_index(drop=True)


def id_labels(entities: pd.DataFrame) -> dict:
    """``entity_id -> `` the id as a page shows it (pages52: the names page showed folded keys, ``~جماعه حوثي``,
    ``~سلمانبنابدالازيز``).  An id made of ``~`` and the key of Arabic words (:func:`arnews.entities.keys.org_key`,
    :func:`~arnews.entities.keys.name_key`) shows ``~`` and the entity's most frequent surface whose key is the id's
    (``~جماعة الحوثي``, ``~سلمان بن عبدالعزيز``, ``~نادي النصر``; ties: the shorter surface); the id itself when no
    surface keys to it, its surface of the most words (``~اليتالب``: ``~علي بن أبي طالب``) or, when that is one word,
    the id itself (the commonest surface misled: ``~نبيلالتويل`` showed ``~الاطلاع``, a common word; ``~نادي رائد``
    ``~الرائد``); the id itself too when two ids would show one label (``~ابدال`` and ``~ابدالالاريفي`` both
    ``~عبدالله``; fixp); gazetteer, place-list and Latin ids (``cpv``, ``~geo:SA``, ``~antq``) are left as they are."""
    from ..normalize import normalize
    from .keys import name_key, org_key

    if entities.empty:
        return {}
    ids = entities.entity_id.astype(str)
    ar = entities[ids.str.startswith("~") & ids.str.contains(_ARABIC.pattern) & ~ids.str.contains(":")]
    out = {}
    counts = ar.groupby(["entity_id", "surface"]).size().rename("n").reset_index()
    counts["chars"] = counts.surface.str.len()  # on a tie the shorter surface: نادي النصر before لنادي النصر
    counts = counts.sort_values(["entity_id", "n", "chars", "surface"], ascending=[True, False, True, True], kind="mergesort")
    for eid, g in counts.groupby("entity_id", sort=False):
        k = eid[1:]
        best = None
        for s in g.surface:
            words = normalize(s).text.split()
            if words and k in (org_key(words), name_key(words)):
                best = s
                break
        if best is None:  # the surface of the most words (a full name, not a later mention: الخزيم، الرائد)
            full = max(g.surface, key=lambda x: len(x.split()))  # (g: most frequent first; max keeps the first)
            best = full if len(full.split()) > 1 else None
        out[eid] = "~" + " ".join(best.split()) if best is not None else eid
    shared = pd.Series(list(out.values())).value_counts()
    taken = set(ids)  # (a label never reads as another entity's id either)
    return {e: (e if shared[lab] > 1 or (lab != e and lab in taken) else lab) for e, lab in out.items()}
