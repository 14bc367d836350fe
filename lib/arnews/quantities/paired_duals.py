"""Duals of the nouns of a natural pair (session 51, q75; issue 13): ``ارتعاش اليدين``, ``للوجه واليدين``,
``بيدين``, ``على عينيه``, ``نعليه``, ``الكتفين``, ``يداه`` are a ``count`` 2, as the guide's "every dual noun that
counts things" asks and both readers of blind45, blind48, blind49 and blind54 wrote them (also the idioms
``بين يديه``, ``أمام عينيه``, which readers of blind33 and blind46 counted).

The word frequencies cannot show these duals (:mod:`.duals`): a paired noun is written as a dual about as
often as alone (``كتفين`` is 0.77 zipf rarer than ``كتف``, under the 0.8 margin), its singular may have two letters
(``يد``), and an unrelated ``-ون`` word shares the spelling (``عينون``, ``يدون``).  The nouns are listed instead
(``quantity_markers.csv``, role ``paired_noun``: the singular and its gloss), and only these forms are read:

* the definite dual ``-ين``/``-ان`` (``اليدين``, ``والعينين``, ``للرئتين``, ``اليدان``);
* the indefinite dual only after the prepositions ب/ل (``بيدين``, ``لعينين``): bare or after و it is a verb
  (``يدين``, ``ويدين``: "condemns"), a place (``مران وساقين``, a district of Yemen) or a length (``بطول قدمين``);
* the construct dual with a possessive pronoun: ``-ي`` + ``ه``/``ها``/``هما``/``ك``/``كما``
  (``يديه``, ``عينيها``, ``قدميهما``; not a plural owner, ``يديهم``, ``يديكم``: each has two, no two things named, and
  ``ويديهم`` is a misprint of the verb ويديم) and the nominative ``-ا`` + ``ه``/``ها``/``هما`` (``يداه``, ``عيناه``; not ``-اهم``:
  ``يداهم`` is the verb "raids"); the nominative of a two-letter singular only when its dual is common (``يداه``;
  not ``كفاه``, "enough for him"), and a two-letter singular after no ف (``فيديك`` is the FIDIC contract).

The caller (:meth:`.dual_rules._DualRules.morph_dual`) has already ruled out a name (``أبو العينين``) and the idioms
before a dual (``حافي القدمين``, ``صفر اليدين``) or opening with one (``حتى أذنيه``).  Cached per word type."""
from __future__ import annotations

import re

from ..lexicons import lexicon_derived
from .duals import word_zipf as _z
from .lexicon import DEFINITE_PREFIXES as _DEFINITE, lex

#: proclitics before a dual without the article (key forms), longest first
_LEADS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "")
#: possessive pronouns after the construct -ي (يديه) and after the nominative -ا (يداه)
_PRON_I = ("هما", "كما", "ها", "ه", "ك")
_PRON_A = ("هما", "ها", "ه")
#: how common (zipf) the dual of a two-letter singular must be for its nominative with a pronoun (يداه)
_SHORT_NOMINATIVE = 4.0


def _stem(body: str, paired: dict, endings: tuple) -> tuple[str, str] | None:
    """The (stem, ending) of ``body`` when it is a listed stem + one of ``endings``."""
    for e in endings:
        if body.endswith(e) and body[: -len(e)] in paired:
            return body[: -len(e)], e
    return None


@lexicon_derived(maxsize=32768)
def paired_reading(k: str) -> tuple[str, str] | None:
    """(singular, gloss) when the word key ``k`` is the dual of a noun of a natural pair, else None."""
    paired = lex("ar").paired
    if not paired:
        return None
    for p in _DEFINITE:
        if k.startswith(p) and len(k) > len(p) + 3:
            hit = _stem(k[len(p):], paired, ("ين", "ان"))
            return paired[hit[0]] if hit else None
    for p in _LEADS:
        if not k.startswith(p):
            continue
        body = k[len(p):]
        hit = _stem(body, paired, ("ين", "ان"))
        if hit and p.endswith(("ب", "ل")):
            return paired[hit[0]]
        short = "ف" in p  # (a two-letter singular after ف: فيديك)
        hit = _stem(body, paired, tuple("ي" + x for x in _PRON_I))
        if hit and (len(hit[0]) >= 3 or not short):
            return paired[hit[0]]
        hit = _stem(body, paired, tuple("ا" + x for x in _PRON_A))
        if hit and (len(hit[0]) >= 3 or not short and _z(_written(paired, hit[0]) + "ين") >= _SHORT_NOMINATIVE):
            return paired[hit[0]]
    return None


#: short vowels and tanwin at a word's end
_MARKS_END = re.compile("[\u064b-\u0652]+$")


def paired_dual(word: str, k: str) -> tuple[str, str] | None:
    """:func:`paired_reading` of the word written ``word`` (key ``k``): not a nisba in ``-ية`` whose key reads the
    same (``مساعدات عينية``, in kind: ``عينيه`` in key form)."""
    if _MARKS_END.sub("", word).endswith("ة"):
        return None
    return paired_reading(k)


def _written(paired: dict, stem: str) -> str:
    sing = paired[stem][0]
    return sing[:-1] + "ت" if sing.endswith("ة") else sing
