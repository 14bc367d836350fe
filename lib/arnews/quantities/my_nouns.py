"""A feminine noun in ``-تي`` that is "my X" or a name, not a construct dual (session 48, q70; issue 13).

:mod:`.dual_rules` reads ``-تي`` as a construct dual when a word that can be its genitive follows: a rare word
(:meth:`_name_after`, ``أقليتي تاي``) or a common indefinite noun (:meth:`_common_noun_after`, ``حادثتي سير``).
That evidence is weak, and two contexts outweigh it (blind48 and blind51 wrote no figure there):

* a noun that names a programme, campaign or app right before it (``naming_noun`` in quantity_markers.csv):
  ``برنامج إحالتي رصد 2835 حالة`` (the ministry's referral programme *Ihalati*, "my referral");
* a paragraph written in the first person (two or more ``first_person`` words in it: ``لي``, ``معي``, ``أنا``,
  ``إنني``): ``حيث كانت حليمتي رحمها الله``, ``وتبحث عن سعادتي أينما كانت`` (my Halima, my happiness).

A definite genitive (``منطقتي الشرقية والرياض``) or two names joined by و after it (``مديريتي يريم والرضمة``)
still make the dual: the guard is asked only when neither follows.

A word after the noun that carries the accusative or nominative nunation (``عودتي سريعًا``: *my quick return*,
``ولايتي أيضاً``) is no genitive (a genitive takes only the kasra): the noun is "my X" whatever its form
(:func:`no_genitive_at`, q88; the -تي and masculine -ي construct readings of :mod:`.dual_rules` ask it)."""
from __future__ import annotations

from functools import lru_cache

from ..tokens import stopwords


#: the nunation of the accusative and the nominative (fathatan, dammatan): never on a genitive
_NOT_GENITIVE_MARKS = ("\u064b", "\u064c")


def no_genitive_at(sc, j, bare: bool = False) -> bool:
    """Token j is an Arabic word written with the accusative or nominative nunation (سريعًا, قريباً, جديدٌ): no
    genitive of a construct dual before it can be (حادثتي سيرٍ takes the kasra).  Without the marks (q89), the
    word's class says the same: a particle, preposition or adverb of the stop-word list (إلى, هنا, فقط, حاليا)
    or an adverb in the indefinite accusative (:func:`_bare_adverb`: عودتي سريعا, مشاركتي مجددا); asked with
    ``bare`` only, for a noun in -تي (my X), not for a masculine construct in -ي (q89)."""
    if j >= sc.t.n or sc.kind(j) != "ar":
        return False
    nt = getattr(sc, "nt", None)  # (the tokens' text is normalised: its marks are gone; a bare view has only it)
    w = nt.original_span(sc.t.s[j], sc.t.e[j]) if nt is not None else sc.t.text[j]
    if any(m in w for m in _NOT_GENITIVE_MARKS):
        return True
    return bare and (sc.k(j) in stopwords("ar") or _bare_adverb(sc.t.text[j]))


@lru_cache(maxsize=4096)
def _bare_adverb(w: str) -> bool:
    """``w`` (no article, no proclitic read) is an indefinite accusative written without its nunation: it ends
    in alef (not ``اء``, ``وا``, ``يا``, nor a pronoun ``ها``, ``نا``, ``ما``), it is a common word itself and so
    is the word without the alef (Zipf >= 3.5 both: سريعا/سريع, مستقبلا/مستقبل), so the alef is the case ending; a noun whose alef is its own (دنيا, عصا) and a
    rare name (عشيرتي دينكا أبوك ودينكا نقوك, blind29: دينك is common, دينكا is not) are left alone."""
    from .duals import word_zipf as _z

    if len(w) < 4 or not w.endswith("ا") or w.endswith(("اا", "وا", "يا", "ها", "نا", "ما")) or w.startswith("ال"):
        return False  # (جانبي فمها, blind35: -ها, -نا, -هما are pronouns on a genitive, no case ending)
    return _z(w) >= 3.5 and _z(w[:-1]) >= 3.5


def named_by_noun_before(sc, i) -> bool:
    """Word i follows a noun that names a programme, a campaign or an app (برنامج إحالتي, حملة سلامتي)."""
    x = i - 1
    if x < 0 or not sc.free(x) or sc.kind(x) != "ar":
        return False
    names = sc.lx.markers.get("naming_noun", {})
    return any((b,) in names for _, b in sc.bases(x))


def my_noun_here(sc, i, unit_noun: bool = False) -> bool:
    """Word i (in -تي, no article) is "my X" or a name here, not a construct dual: neither a definite word nor
    two names joined by و after it, and a naming noun before it or a paragraph in the first person.

    ``unit_noun``: the word's singular is a noun of units.csv (دورة); when an indefinite Arabic word (no figure,
    no particle) follows it (``برنامج دورتي تدريب``, ``حملة دورتي توعية``: two courses) the naming noun counts for
    nothing (review 52; the names seen, ``برنامج إحالتي رصد 2835``, are no unit)."""
    j = i + 1
    if sc.definite(j) or sc.is_p(j, "(") or sc.name_pair_after(j):
        return False
    genitive = (unit_noun and sc.kind(j) == "ar" and sc.free(j) and sc.numword(j) is None
                and sc.k(j) not in stopwords("ar"))
    return not genitive and named_by_noun_before(sc, i) or sc.first_person_count() >= 2
