"""A construct dual before a quoted name or a numbered model: ``سفينتي «ميسترال»`` (the two Mistral
ships), ``نظامي "ويندوز 7" و"ويندوز 8"``, ``طرازي 777-200 و777-300``.  The construct rules of
:mod:`.dual_rules` need a definite noun or a bare name right after the dual; a quote or a number in
between hides it.

The word is indefinite, ends in ``-تي`` (feminine) or ``-ي`` (masculine), and right after it stands an
opening quote glued to an Arabic or Latin word, or a number in digits followed within three tokens by
``و`` and a second number (two models).  Its singular must be a common noun clearly commoner than the
word (so the nisba adjective ``إلكتروني``, commoner than ``إلكترون``, is never read), the masculine without
a common sound plural in ``-ون`` (``لاعبي «الهلال»``: the players) and without a common adverb in ``-يا``
(``يومي``, ``شهري``: adjectives).  Not a time unit before numbers (``لعامي 2001 و2002``: years, read by the
year rules) nor a family name after a given name (``عبدالرحمن سجيني "رحمهم الله"``)."""
from __future__ import annotations

from .duals import word_zipf as _z

_OPEN = "«“\""
_CLOSE = "»”\""
_MIN_SINGULAR = 3.5
_MARGIN = 0.8


def _singular(w: str, plural_max: float = 1.5) -> str | None:
    if len(w) < 4 or w.endswith("يي") or w.startswith("ال"):
        return None
    if w.endswith("تي") and len(w) >= 5:
        fem = w[:-2] + "ة"
        return fem if _z(fem) >= _MIN_SINGULAR and _z(w) <= _z(fem) - _MARGIN else None
    if not w.endswith("ي"):
        return None
    sing = w[:-1]
    zs = _z(sing)
    if (zs >= _MIN_SINGULAR and _z(w) <= zs - _MARGIN and _z(sing + "ون") < plural_max and _z(sing + "ين") >= 1.5
            and _z(sing + "يا") < 2.9):
        return sing
    return None


def _numbered_pair_after(sc, j) -> bool:
    """Tokens from j: a number in digits, then within three tokens و and a second number in digits."""
    if sc.kind(j) != "num" or not sc.free(j):
        return False
    for x in range(j + 1, min(sc.t.n, j + 4)):
        if sc.is_word(x) and sc.k(x) == "و" and sc.kind(x + 1) == "num":
            return True
    return False


def _second_quoted(sc, j) -> bool:
    """The quoted name opening at token j is followed by a second one joined by و (a comma may come
    between): فيلمي "الشطار"، و"حق ميت" (round 39: two names, so a definite first name is no obstacle)."""
    for x in range(j + 2, min(sc.t.n, j + 8)):
        if sc.is_p(x, _CLOSE):
            y = x + 1
            if sc.is_p(y, "،,"):
                y += 1
            return sc.k(y) == "و" and sc.is_p(y + 1, _OPEN)
    return False


def _two_nisbas_after(sc, j) -> bool:
    """The quoted name opening at token j is followed by two definite nisba adjectives joined by و, one for
    each of the two (جناحي «القاعدة» اليمني والسعودي: q57), so a definite name is no obstacle."""
    for x in range(j + 2, min(sc.t.n, j + 6)):
        if sc.is_p(x, _CLOSE):
            k1, k2 = sc.k(x + 1), sc.k(x + 2)
            return (sc.kind(x + 1) == "ar" and sc.kind(x + 2) == "ar" and k1.startswith("ال") and k2.startswith("وال")
                    and k1.endswith("ي") and k2.endswith("ي") and len(k1) >= 5 and len(k2) >= 6)
    return False


def dual_before_quoted_name(sc, i) -> str | None:
    """The singular of word i when it is a construct dual before a quoted name or two numbered models,
    else None (``sc`` the scanner)."""
    if sc.definite(i) or not sc.free(i) or sc.kind(i) != "ar":
        return None
    w = sc.t.text[i]
    quoted = (sc.is_p(i + 1, _OPEN) and sc.adj(i + 1, i + 2) and sc.kind(i + 2) in ("ar", "lat")
              and (not sc.definite(i + 2) or _second_quoted(sc, i + 1) or _two_nisbas_after(sc, i + 1)))
    if not quoted and not _numbered_pair_after(sc, i + 1):
        return None
    prev = sc.k(i - 1) if i > 0 and sc.kind(i - 1) == "ar" else ""
    if prev and (prev in _given_names() or prev[:1] == "و" and prev[1:] in _given_names()):
        return None  # عبدالرحمن سجيني "رحمهم الله": a family name after a given name
    if w.endswith("تا"):
        # سيارتا «بي إم دبليو إكس 3» و«أودي كيو 5»: the nominative construct, only before two quoted names (a verb
        # in -تا is never followed by two, q71)
        if not (quoted and _second_quoted(sc, i + 1)) or len(w) < 5:
            return None
        fem = w[:-2] + "ة"
        return fem if _z(fem) >= _MIN_SINGULAR and _z(w) <= _z(fem) - _MARGIN else None
    bodies = [w] + ([w[1:]] if w[:1] in "وبلف" and len(w) >= 5 else [])
    # the reading whose singular is the commoner word: لنظامي is ل + نظامي (نظام), لعامي is ل + عامي (عام)
    body = max(bodies, key=lambda b: _z(b[:-2] + "ة" if b.endswith("تي") else b[:-1]))
    # two quoted names: a rare -ون form (فيلمون, a name) is no sound plural to fear (not لاعبون)
    sing = _singular(body, 2.5 if quoted and _second_quoted(sc, i + 1) else 1.5)
    if sing is None:
        return None
    u = sc._unit_lookup_word(sing)
    if u and u[1] == "duration":
        return None  # عامي 2001 و2002, موسمي 1999-2000 و2012-2013: years named (the year rules)
    return sing


def _given_names():
    from ..entities.cues import load_cues  # the name finder's glossed given names

    return load_cues().given
