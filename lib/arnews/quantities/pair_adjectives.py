"""A dual adjective right after two nouns joined by و agrees with the pair; it counts nothing (session 46, q67;
issue 13): ``عن إدانتها واستنكارها الشديدين``, ``تابعت بحزن وغضب شديدين``, ``الحيطة والحذر الشديدين`` (the
guide: adjectives agreeing with a dual are not figures; both readers of blind48 and blind49 leave them out).

The adjective: a one-word ``count`` 2 in -ين/-ان with no proclitic (``للناديين`` is a noun), shaped like an
adjective (:func:`.dual_adjectives._adjective_shaped`), right after ``X وY``: two words of one shape (both with
the article, both with a pronoun suffix, or both bare after ب: بحزن وغضب; a common stem each, wordfreq), X no
stop word, number or ordinal and not after a stop or comma; the adjective's article matches (a pronoun suffix
makes the pair definite).  A noun dual after a verb led by و (``قتل سبعة متشددين وجرح جنديان``,
``وحقق ميداليتين``) has no such pair before it: a bare pair without ب read 3 right of 10 on 5,595 snnall articles, so it is left alone."""
from __future__ import annotations

from ..tokens import stopwords as _stopwords
from .dual_adjectives import _adjective_shaped, _split
from .duals import word_zipf as _z

_COMMON = 2.5
_SUFFIXES = ("هما", "ها", "هم", "ه", "نا")
_LEADS = ("و", "ب", "ف", "ك", "ل")


def _shape(w: str) -> tuple[str, str] | None:
    """('al' | 'suf' | 'bare', stem) of a noun as written (a leading proclitic letter dropped), or None."""
    for cand in ([w] + [w[1:]] if w[:1] in _LEADS and len(w) >= 4 else [w]):
        if cand.startswith("ال") and _z(cand) >= _COMMON:
            return "al", cand
        for s in _SUFFIXES:
            stem = cand[: -len(s)]
            if stem.endswith("ت"):
                stem = max(stem, stem[:-1] + "ة", key=_z)  # إدانتها: إدانة + ها
            if cand.endswith(s) and len(stem) >= 3 and _z(stem) >= _COMMON and _z(stem) > _z(cand):
                return "suf", stem
        if _z(cand) >= _COMMON:
            return "bare", cand
    return None


def _pair_before(sc, i) -> str | None:
    """The shape of the pair ``X وY`` ending right before token i, or None."""
    x, y = i - 2, i - 1
    if x < 0 or sc.kind(x) != "ar" or sc.kind(y) != "ar" or not sc.t.text[y].startswith("و"):
        return None
    if sc.k(x) in _stopwords("ar") or sc.k(y)[1:] in _stopwords("ar") or x >= 1 and sc.is_p(x - 1, "،,.:؛!؟"):
        return None
    if sc.numword(x) or sc.numword(y):
        return None  # الثاني والثالث السعوديان: ordinals before a dual noun
    sx, sy = _shape(sc.t.text[x]), _shape(sc.t.text[y][1:])
    if sx is None or sy is None or sx[0] != sy[0]:
        return None
    if sx[0] == "bare" and not (sc.t.text[x][:1] == "ب" and _z(sc.t.text[x][1:]) >= _COMMON):
        return None  # بحزن وغضب شديدين; a bare pair with no preposition may be a verb and its subject (وجرح جنديان)
    return sx[0]


def pair_adjectives(sc, out) -> None:
    """Drop dual adjectives agreeing with a pair of nouns (in place)."""
    drop = []
    for q in out:
        if q.kind != "count" or q.value != 2 or q.b != q.a + 1 or q.a < 2:
            continue
        i = q.a
        w = sc.t.text[i]
        if sc.kind(i) != "ar" or w[:1] in _LEADS or w.startswith("لل"):
            continue
        pair = _pair_before(sc, i)
        if pair is None:
            continue
        adj_def = w.startswith("ال")
        adj = _split(w[2:] if adj_def else w)
        if adj is None or not _adjective_shaped(*adj) or adj_def != (pair in ("al", "suf")):
            continue
        drop.append(q)
    for q in drop:
        out.remove(q)
