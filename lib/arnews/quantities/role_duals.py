"""A one-holder role's construct dual before two owners (q87): ``مدربي الفريقين`` (the two teams' coaches),
``رئيسي المجموعتين``, ``منتخبي بلادهما``, ``وزيري خارجية البلدين``.

Written alone, ``مدربي`` may be the construct of the sound plural (``مدربي النادي``: the club's coaches) or of the
dual, and the frequency tests of :mod:`.duals` reject it (``مدربون`` is common).  A noun each owner has one of
(``dual_role_nouns.csv``: a team's coach, a country's president or national team) before a definite dual (its
genitive, perhaps after one indefinite noun: ``وزيري خارجية البلدين``) or a noun carrying the dual pronoun ``-هما``
is two holders, one for each.  Not a noun of which an owner has many (``لاعبي الفريقين``: the players)."""
from __future__ import annotations

from ..lexicons import lexicon_cache, read_lexicon
from ..tokens import stopwords
from .genitive_duals import definite_dual_at
from ..proclitics import proclitics


@lexicon_cache(maxsize=2)
def role_nouns() -> frozenset[str]:
    """The one-holder role nouns of ``dual_role_nouns.csv`` (as written)."""
    return frozenset(r["word"].strip() for r in read_lexicon("dual_role_nouns.csv") if r.get("word", "").strip())


def _owners_at(sc, j) -> bool:
    """Word j names two owners: a definite dual noun (الفريقين) or a noun with the dual pronoun (بلادهما)."""
    if not (sc.free(j) and sc.kind(j) == "ar"):
        return False
    w = sc.t.text[j]
    return definite_dual_at(sc, j) is not None or (w.endswith("هما") and len(w) >= 6 and w not in stopwords("ar")
                                                    and "كلي" not in w)  # (لكليهما: both, no owners named)


def role_dual(sc, i) -> str | None:
    """The singular of word i when it is a one-holder role's construct dual in -ي before two owners, else None."""
    w = sc.t.text[i]
    if sc.definite(i) or not w.endswith("ي") or w.endswith(("يي", "تي")):
        return None
    roles = role_nouns()
    sing = next((w[len(p):-1] for p in proclitics("dual_noun") if w.startswith(p) and w[len(p):-1] in roles), None)
    if sing is None:
        return None
    if _owners_at(sc, i + 1):
        return sing
    if (sc.free(i + 1) and sc.kind(i + 1) == "ar" and not sc.definite(i + 1) and not sc.numword(i + 1)
            and not sc.t.text[i + 1].endswith("هما") and sc.t.text[i + 1][:1] not in "وف" and _owners_at(sc, i + 2)
            and definite_dual_at(sc, i + 2) is not None):
        return sing  # وزيري خارجية البلدين: the genitive's own genitive names the two owners
    return None
