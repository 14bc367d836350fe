"""A found person's family name inside a transliterated guess (round 32).

A transliterated run guessed without a cue often swallows a foreign family name and the word after it:
``لإنييستا كي يكون`` read as a place ``إنييستا كي``, ``اما كلينتون`` (*as for Clinton*) as a place, ``بوغبا باق``
(*Pogba stays*) as a place.  When the article has found the person (``أندريس إنييستا``) and his family name
recurs alone (:func:`arnews.entities.table._recurring_words`), such a guess that holds that family name gives way:
its row is dropped so that the family name is read as the person again (the later-mention pass).
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info

__all__ = ["drop_guesses_over_surnames"]

#: columns of a row of ``ENTITY_COLS`` read here
_PAR, _START, _END, _SURFACE, _EID, _TYPE, _SOURCE = 1, 2, 3, 4, 5, 6, 11


def drop_guesses_over_surnames(rows: list[list], pars, heads: dict, spans: dict, family_marks: tuple) -> list[list]:
    """The rows of one article without the transliterated guesses (a person only when the name runs on past
    it: سرا لإنييستا كي) that hold a found person's
    recurring family name (a one-word skeleton of ``heads`` typed person, no given-name or club marker);
    their spans leave ``spans`` too."""
    from .names import loose_skel

    surnames = {seq[0] for lst in heads.values() for seq, _, typ in lst
                if typ == "person" and (len(seq) == 1 or (len(seq) == 2 and seq[1] in family_marks))}
    if not surnames:
        return rows
    by_par = {p.paragraph: p for p in pars}
    people = {r[_EID] for r in rows if r[_TYPE] == "person"}  # (a guess typed a place may be a person's mention)
    keep, dropped = [], set()
    for r in rows:
        ws = r[_SURFACE].split()
        if r[_SOURCE] != "translit" or len(ws) < 2:
            keep.append(r)
            continue
        hit = False
        for t, w in enumerate(ws):
            k = key(w)
            if loose_skel(k) in surnames or (len(k) >= 5 and k[0] in "ولب" and loose_skel(k[1:]) in surnames):
                # a guessed person is dropped only when it opens with the family name and runs on into an
                # ordinary word (مورينيو رأى، مورينيو لشبكة سكاي سبورتس); روزي كاكوشي keeps her name
                hit = not (r[_TYPE] == "person" or r[_EID] in people) or (t == 0 and word_info(ws[1]).zipf >= 3.5)
                break
        if not hit:
            keep.append(r)
            continue
        dropped.add(r[_EID])
        p = by_par.get(r[_PAR])
        if p is not None:
            lst = spans.get((p.article_id, p.paragraph), [])
            lst[:] = [(s, e) for s, e in lst if p.original(s, e) != (r[_START], r[_END])]
    # a dropped guess names nobody again (مورينيو رأى gave the "family name" رأى)
    dropped -= {r[_EID] for r in keep}
    for first, lst in heads.items():
        lst[:] = [x for x in lst if x[1] not in dropped]
    return keep
