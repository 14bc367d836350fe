"""One organisation named short and in full in one article (round 33).

An article names a body in full once and shorter elsewhere: ``قوات الطوارئ الخاصة`` then ``قوات الطوارئ``,
``مجلس الأمن الدولي`` then ``مجلس الأمن``, ``شرطة منطقة القصيم`` then ``شرطة القصيم``, ``المديرية العامة للدفاع
المدني`` then ``الدفاع المدني`` (or ``للدفاع المدني``), ``ميلان الإيطالي`` then ``ميلان``.  The found organisations
(a fuller form found by a cue; the short form found or listed: ``الدفاع المدني`` is listed) are joined (under a listed
member's id, else the full name's: one id per body across the corpus; fixn) when the shorter's words, without proclitics and the
article, and leaving out the place cue words (منطقة، محافظة), stand in the longer:

* at its head (``قوات الطوارئ`` in ``قوات الطوارئ الخاصة``): the shorter of two words or more, or one word found
  by a cue when all that follows it in the longer is nationality adjectives (``البرلمان`` / ``البرلمان العراقي``;
  not the listed club ``الاتحاد`` beside ``الاتحاد السعودي``);
* at its end after a general administration's head (``المديرية العامة``، ``الإدارة العامة``، ``الهيئة العامة``،
  ``الرئاسة العامة`` + ``لـ``): *the general directorate of civil defence* is civil defence.

* after one head word of ``org_unit_heads.csv`` without the article (``قيادة حرس الحدود`` / ``حرس الحدود``، ``إدارة
  الدفاع المدني`` / ``الدفاع المدني``، ``منظمة أوبك`` / ``أوبك``، ``وزارة الخارجية العراقية`` / ``الخارجية العراقية``): the
  body's command, administration or directorate, or its name with its kind said, is the body (names55b); a
  one-word listed name joins here too (``قيادة طالبان``);
* a body named by its head and its field alone (``اتحاد الكرة``، ``اتحاد القدم``، ``اتحاد كرة القدم``) beside its full
  name, the same head with nationality adjectives and the field after لـ (``الاتحاد السعودي لكرة القدم``): the short
  form's words after the head all stand in the full name's field (names55b).

and only when exactly one longer organisation of the article holds it (``جامعة الملك`` beside ``جامعة الملك سعود``
and ``جامعة الملك فيصل`` joins neither).

The words are data (session 52, tidy53): the place cues, the general administrations' heads, the Saudi nationality and
the federation and national-side heads are ``org_group_words.csv``, *general* is ``org_name_words.csv``
(:mod:`.orgwords`), and the unit heads with the heads that say a body's kind are ``org_unit_heads.csv``.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .guards import gentilic
from .orgwords import group_words, name_words

__all__ = ["join_org_variants", "unit_heads", "unit_head_kinds", "kind_heads", "UNIT_HEAD_KINDS"]

#: the words of ``org_group_words.csv`` (module docstring; :mod:`.orgwords`): place cues left out of the comparison,
#: the heads of a general administration (with the article, key form) and *general* (``org_name_words.csv``)
_PLACE_CUES = group_words("place_cue")
_GENERAL = name_words("general")
_GENERAL_HEADS = group_words("general_head")
#: the nationality a short form without one means (key form, article off): a Saudi paper's own federation
_SAUDI = group_words("saudi")
_NATIONAL_SIDES = group_words("national_side")
#: id prefixes of listed bodies (known names, clubs, the gazetteer)
_LISTED = ("~org:", "~club:", "~geo:")


#: the kinds of ``org_unit_heads.csv``: ``unit`` (a body's command, administration, branch or forces) and ``kind`` (a
#: head that says the body's kind: وزارة، منظمة)
UNIT_HEAD_KINDS = ("unit", "kind")


@lexicon_cache(maxsize=2)
def unit_head_kinds() -> dict[str, str]:
    """``key form -> kind`` of ``org_unit_heads.csv`` (:data:`UNIT_HEAD_KINDS`); a kind outside them, or one without
    rows, is a ``ValueError`` naming the file."""
    out = word_kinds("org_unit_heads.csv", UNIT_HEAD_KINDS, lambda w: key(w.strip()))
    for kd in UNIT_HEAD_KINDS:
        if kd not in out.values():
            raise ValueError(f"org_unit_heads.csv: no rows of kind '{kd}'")
    return out


@lexicon_cache(maxsize=2)
def unit_heads() -> frozenset:
    """The head words (key form) of ``org_unit_heads.csv``, of either kind."""
    return frozenset(unit_head_kinds())


@lexicon_cache(maxsize=2)
def kind_heads() -> frozenset:
    """The unit heads that say a body's kind (kind ``kind`` of ``org_unit_heads.csv``: وزارة الخارجية العراقية): the
    full name, not the short, gives the group's id."""
    return frozenset(w for w, kd in unit_head_kinds().items() if kd == "kind")


def _unit_head(x: tuple) -> bool:
    """The word x (of :func:`_words`) is a head of ``org_unit_heads.csv`` without the article (قيادة، وإدارة، لمديرية;
    not الإدارة، للإدارة)."""
    k = key(x[2])
    heads = unit_heads()
    if k.startswith("و") and k not in heads and (k[1:] in heads or k[1:2] in ("ب", "ل", "ف") and k[2:] in heads):
        k = k[1:]  # (وزارة keeps its و, وفرع loses it: fixn)
    if k[:1] in ("ب", "ل", "ف") and k[1:] in heads:
        k = k[1:]
    return k in heads


def _unit_of(short: list, long: list) -> bool:
    """long is a unit head + short (module docstring: قيادة حرس الحدود / حرس الحدود)."""
    return len(long) == len(short) + 1 and len(short) >= 1 and [x[0] for x in long[1:]] == [x[0] for x in short] \
        and _unit_head(long[0])


def _field_of(short: list, long: list) -> bool:
    """short is long's head + words of its field (module docstring: اتحاد الكرة / الاتحاد السعودي لكرة القدم)."""
    if len(short) < 2 or len(long) < 3 or short[0][0] != long[0][0] or any(x[1] for x in short):
        return False
    f = next((t for t in range(1, len(long)) if long[t][1] or long[t][0][:1] == "ل" and len(long[t][0]) > 3), 0)
    if f < 2 or not all(gentilic(x[2]) for x in long[1:f]):
        return False
    field = [long[f][0] if long[f][1] else long[f][0][1:]] + [x[0] for x in long[f + 1:]]
    if not all(x[0] in field for x in short[1:]):
        return False
    # the same field: the short form says the field's last word, or the field is football (اتحاد الكرة is not the
    # federation of volleyball, للكرة الطائرة, nor of a span cut after للكرة); and no other country's: a short form says no nationality, so the
    # full name is Saudi (a Saudi column's اتحاد الكرة is not الاتحاد الكويتي لكرة القدم; fixn)
    if field == ["كره"] or field[-1] not in {x[0] for x in short[1:]} and field != ["كره", "قدم"]:
        return False
    return long[0][0] not in _NATIONAL_SIDES or all(x[0] in _SAUDI for x in long[1:f])  # (فرع القاعدة / الفرع السوري
    # لتنظيم القاعدة: only a federation or a national side is read as the paper's own country's)


def _unit_or_field(short: list, long: list) -> bool:
    """long holds short as a unit of it or as its field (:func:`_unit_of`, :func:`_field_of`)."""
    return _unit_of(short, long) or _field_of(short, long)


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
    if _unit_or_field(short, long):
        return True
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
        # a listed one-word name (الاتحاد, a club) is not the federation الاتحاد السعودي; it is kept after a unit
        # head (طالبان of قيادة طالبان)
        if not any(_unit_of(by_id[eid], fws) for fid, fws in full.items() if fid != eid):
            del by_id[eid]
    parent: dict[str, str] = {}
    body: set = set()

    def root(e: str) -> str:
        while parent.get(e, e) != e:
            e = parent[e]
        return e

    for eid, ws in by_id.items():
        holders = {fid for fid, fws in full.items() if fid != eid and raw[fid] > raw[eid] and _holds(ws, fws)}
        if len(holders) == 1:  # every short form its one full name holds (الاتحاد الكويتي and اتحاد الكرة; fixn)
            h = holders.pop()
            if _unit_of(ws, full[h]) and full[h][0][0] not in kind_heads():
                body.add(eid)  # (فرع وزارة العمل / وزارة العمل: the short form names the body)
            a, b = root(eid), root(h)
            if a != b:
                parent[a] = b
    if not parent:
        return
    groups: dict[str, list] = {}
    for e in by_id:
        groups.setdefault(root(e), []).append(e)
    remap = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        known = sorted({e for e in members if e.startswith(_LISTED)})
        if len(known) > 1:
            continue  # (two listed bodies: the text's to tell apart)
        # a listed member's id (الدفاع المدني: org:Civil-Defense, not a cut span's), else the body a unit head
        # stands before (وزارة العمل of فرع وزارة العمل), else the full name's: one id per body across the corpus,
        # whichever short form an article uses (fixn)
        win = known[0] if known else max(members, key=lambda e: (e in body, e in full, raw[e], -members.index(e)))
        for e in members:
            if e != win:
                remap[e] = win
    for r in found:
        r[iid] = remap.get(r[iid], r[iid])
