"""The plural noun before ``الـ`` + digits: the number then counts the plural's members rather than
ranking them (``المرشحين الـ17``, ``الأعضاء الـ 24``, ``فرقها الـ14``, ``البلديات الساحلية الـ 23``), as the readers of blind30, blind39 and pages19-22 write them (round 46).

A plural is a sound one (``-ات``/``-ين``/``-ون``), a plural of a time unit (``الأيام الـ10``) or a broken
plural that ``units.csv`` lists under another singular (``أعضاء``: ``عضو``; ``قرى``: ``قرية``) and whose
own dual and ``-ات`` plural are rare (``فرق``; not the singulars ``فريق``, ``اجتماع``: ``فريقين``, ``اجتماعات``).  The plural is definite by
the article or by a possessive pronoun (``فرقها``); a definite feminine adjective agreeing with a plural in
``-ات`` (``الساحلية``) may stand between it and the number.  A singular keeps the ordinal (``الدورة الـ14``,
``المركز الـ5``), and so does a noun in construct after a plural (``فعاليات المهرجان الـ17``: the 17th festival)."""
from __future__ import annotations

from ..normalize import key as key_of
from .duals import word_zipf as _z

#: the oblique dual or the -ات plural of a singular form is at least this common (zipf) in writing: ``فريقين``, ``مركزين``
_SINGULAR_DUAL = 2.5
#: possessive pronouns on a plural (key forms), longest first
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
#: endings of a sound plural (key forms)
_SOUND = ("ات", "ين", "ون")


def _broken_plural(sc, i, off: int, word: str):
    """(unit, kind, en) when ``word`` (key form, at ``off`` in token i, no article) is a broken plural of a
    ``units.csv`` row.  The frequencies are read on the written form (قرى, not the key قري)."""
    u = sc._unit_lookup_word(word)
    if not u or key_of(u[0]) == word or word.endswith(("ه", "ة")) or word.endswith(_SOUND):
        return None
    text = sc.t.text[i]
    w = text[off:off + len(word)] if len(text) == len(sc.k(i)) else word
    if _z(w + "ين") >= _SINGULAR_DUAL or _z(w + "ات") >= _SINGULAR_DUAL:
        return None  # فريق, اجتماع: a second singular of its row (فريقين, اجتماعات), not a plural
    return u


def _plural_at(sc, i):
    """(unit, kind, en) when token i is a definite plural noun (by the article or a possessive pronoun)."""
    if not (sc.free(i) and sc.kind(i) == "ar"):
        return None
    k = sc.k(i)
    if sc.definite(i):
        bases = sc.bases(i)
        base = bases[1][1] if len(bases) > 1 else k
        u = sc._unit_lookup([i], sc.lx)
        if u:
            (unit, kind, en), _ = u
            if key_of(unit) != base and (kind == "duration" or base.endswith(_SOUND)):
                return unit, kind, en  # الأيام الـ10, المشاركين الـ 70
        if base.endswith(_SOUND) and len(base) > 4:
            return sc.strip_def(i), "count", ""
        stem = base[2:] if base.startswith("ال") else base
        return _broken_plural(sc, i, len(k) - len(stem), stem)
    for p in _PRONOUNS:
        if not (k.endswith(p) and len(k) - len(p) >= 3):
            continue
        bases = sc.bases(i)
        for _, base in bases[1:] + bases[:1]:  # لفرقها: the proclitic stripped first
            stem = base[:-len(p)]
            if len(stem) < 3:
                continue
            if stem.endswith("ات") and len(stem) >= 5:
                return stem, "count", ""  # مبارياتها الـ10
            hit = _broken_plural(sc, i, len(k) - len(base), stem)
            if hit:
                return hit
        return None
    return None


def plural_before(sc, x):
    """(unit, kind, en, start) when the words before token x (``الـ``) end in a definite plural, else None."""
    st = x - 1
    if not sc.ar:
        return None
    hit = _plural_at(sc, st)
    if hit:
        unit, kind, en = hit
        return unit, kind if kind in ("duration", "money", "measure") else "count", en, st
    if not (sc.free(st) and sc.definite(st) and sc.free(st - 1) and sc.kind(st - 1) == "ar"):
        return None
    k = sc.k(st)
    if sc.definite(st - 1) and k.endswith(("يه", "ه")) and not sc._unit_lookup([st], sc.lx):
        hit = _plural_at(sc, st - 1)  # البلديات الساحلية الـ 23: a feminine adjective agreeing with the plural
        if hit and sc.k(st - 1).endswith("ات"):
            return hit[0], "count", hit[2], st - 1
    return None
