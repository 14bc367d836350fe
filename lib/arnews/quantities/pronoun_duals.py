"""A construct dual with a possessive pronoun shown by the dual adjective after it: ``ركنيه الرئيسيين``
(his two main pillars), ``شعبينا الشقيقين`` (our two brotherly peoples), ``سفينتيها الحربيتين``.

Written alone, ``ركنيه`` may be a dual or a plural with ``ه``, and ``شعبينا`` a dual or "our people" +
``ينا``; the definite adjective in ``-ين``/``-تين`` right after it agrees with a dual (a plural of a noun
with no sound plural takes a feminine singular or a broken plural adjective: ``أركانه الرئيسية``).  The noun
must be common, without a sound plural in ``-ون`` (not ``لاعبيه الأساسيين``: his players), and clearly
rarer with its ending than bare; the adjective a word of its own (``رئيسي``, ``شقيق``)."""
from __future__ import annotations

from .duals import word_zipf as _z
from ..proclitics import proclitics

#: the pronoun endings after the construct dual's ي (longest first); ينا: "our"
_ENDINGS = ("يهما", "يها", "يهم", "ينا", "يه")


def dual_before_adjective(sc, i) -> str | None:
    """The singular of word i when it is a construct dual with a pronoun and a definite dual adjective
    follows it (``sc`` the scanner), else None."""
    w = sc.t.text[i]
    suf = next((s for s in _ENDINGS if w.endswith(s)), None)
    if suf is None or sc.definite(i) or not (sc.free(i + 1) and sc.kind(i + 1) == "ar" and sc.definite(i + 1)):
        return None
    adj = sc.strip_def(i + 1)
    fem_adj = adj.endswith("تين")
    if not adj.endswith("ين") or len(adj) < 5 or _z(adj[:-3] if fem_adj else adj[:-2]) < 3.0:
        return None
    best = None
    for p in proclitics("dual_noun"):
        if p and not w.startswith(p):
            continue
        stem = w[len(p):len(w) - len(suf)]
        if len(stem) < 2:
            continue
        fem = stem.endswith("ت")
        if fem != fem_adj:
            continue  # the adjective agrees in gender: سفينتيها الحربيتين, ركنيه الرئيسيين
        sing = stem[:-1] + "ة" if fem else stem
        zs = _z(sing)
        if (zs >= 3.3 and _z(w[len(p):]) <= zs - 0.8 and (fem or _z(stem + "ون") < 1.0)
                and (best is None or zs > best[0])):
            best = (zs, sing)
    return best[1] if best else None
