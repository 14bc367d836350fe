"""A dual noun the morphology of duals missed, shown by the dual adjective that agrees with it (session 43, q63).

``خطين جديدين``, ``الخامان القياسيان``, ``اتفاقيتين جديدتين``: the noun's dual is too common a word of its own or
its singular too short for :mod:`.duals` (خطين, خام), while the adjective after it reads as a dual; the guide
counts the noun (``count`` 2) and never the adjective agreeing with a dual, as both readers of blind46 write it.
The adjective is the word read as a dual; the word before it agrees in definiteness, ending (-ين/-ان) and gender
(a feminine adjective -تين/-تان after a noun in -تين/-تان), is a common singular written much more often than
the would-be dual, and no sound plural (its -ون form rare); the adjective is shaped like one (a nisba, or a stem
whose feminine is about as common: جديد/جديدة; not a noun: طرف, فريق).
"""
from __future__ import annotations

from ..tokens import stopwords as _stopwords
from .duals import DUAL_MARGIN as _MARGIN, MIN_SINGULAR as _MIN_SINGULAR, _PLURAL, word_zipf as _z


def _split(body: str) -> tuple[str, bool] | None:
    """(singular, feminine) of a dual body without the article: -تين/-تان -> ة, -ين/-ان -> the stem."""
    if body.endswith(("تين", "تان")) and len(body) >= 5:
        return body[:-3] + "ة", True
    if body.endswith(("ين", "ان")) and len(body) >= 4:
        return body[:-2], False
    return None


def _adjective_shaped(sing: str, fem: bool) -> bool:
    if fem:
        masc = sing[:-1]
        return sing.endswith("ية") or _z(masc) >= 3.0 and _z(masc) >= _z(sing) - 0.5
    return sing.endswith("ي") and _z(sing) >= 3.0 or _z(sing) >= 3.0 and _z(sing + "ة") >= _z(sing) - 0.5


def noun_before_dual_adjective(sc, i) -> str | None:
    """The singular of word ``i - 1`` when it is the dual noun of the dual adjective ``i`` (``sc`` the scanner),
    else None."""
    x = i - 1
    if x < 0 or not (sc.free(x) and sc.kind(x) == "ar") or sc.numword(x) or sc.definite(x) != sc.definite(i):
        return None
    kx, ki = sc.k(x), sc.k(i)
    if kx[-2:] != ki[-2:] or kx.startswith("و") or ki.startswith("و"):
        return None
    adj = _split(sc.strip_def(i) if sc.definite(i) else sc.t.text[i])
    noun_body = sc.strip_def(x) if sc.definite(x) else sc.t.text[x]
    noun = _split(noun_body)
    if adj is None or noun is None or not _adjective_shaped(*adj):
        return None
    if adj[1] and not noun[1]:
        return None  # a feminine adjective agrees with a feminine noun (-تين)
    sing, fem = noun if adj[1] else (noun_body[:-2], False)
    if (len(sing) < 2 or sing in _stopwords("ar") or noun_body in _stopwords("ar") or _z(sing) < _MIN_SINGULAR
            or _z(noun_body) > _z(sing) - _MARGIN or not fem and sing.endswith("ي")):
        return None  # a rare singular, a word of its own, or a nisba: two adjectives in a row (المحليين السعوديين)
    if fem and _z(sing[:-1]) >= 3.0 and _z(sing[:-1]) >= _z(sing) - 0.5:
        return None  # مباراتيه المقبلتين المقررتين: an adjective before an adjective (مقبل/مقبلة), the noun further back
    if not fem and noun_body.endswith("ين") and _z(sing + "ون") >= _PLURAL:
        return None  # المهندسين السعوديين: a sound plural and its adjective, no two
    return sing
