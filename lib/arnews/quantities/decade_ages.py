"""A decade nisba standing as a noun is an age too (round 39): ``ثلاثيني يقتل ابنه`` (a man in his
thirties kills his son), ``أفرجت السلطات عن ستيني سعودي``.

``counts.decade_age`` reads the nisba as the adjective of a noun before it (``الرجل الخمسيني``); news
titles and the sentences after them use it alone for the person.  It stands as a noun where no noun
can come before it: at the start of a line or after punctuation, or after a preposition.  Not after a
verb or a noun (``وقال الخمسيني``, ``ابن الستيني``: round 9 pins the first as no figure, and a verb and
a construct head look alike).  Both readers of blind35 and reader b of blind27
annotate such ages (reader a of blind27 does not: the readers split, decided here as an age, the
guide's ``الرجل الخمسيني`` read as a person in his fifties).  The feminine in ة is left alone (``الخطة
العشرينية``: a twenty-year plan), and so is a verb or adjective before it (not a noun it can be sure of).

A definite nisba before a person's name stands as a noun whatever comes before it (session 48, q70): a given name
or a word and ``بن`` (``يعتني الستيني بخيت بن محمد``, ``يعيش التسعيني محمد``; both readers of blind49), unless a definite noun or one
with a pronoun comes before it, which the nisba describes (``في حفله الستيني صالح``: a sixtieth celebration)."""
from __future__ import annotations

from .duals import name_cues

#: words after which a noun stands (key forms): prepositions and the particles أن/إن
_BEFORE_NOUN = frozenset(("عن", "من", "علي", "الي", "مع", "ضد", "بين", "لدي", "حول", "ان", "بحق", "وعن", "ومن", "وعلي",
                          "والي", "ومع"))


def given_name_at(sc, x) -> bool:
    """Token x is a free Arabic word that is a person's given name (the name finder's cues)."""
    return 0 <= x < sc.t.n and sc.free(x) and sc.kind(x) == "ar" and sc.k(x) in name_cues().given


def _definite_noun_before(sc, x) -> bool:
    """Token x is a definite Arabic word or one with a pronoun suffix, a noun the nisba after it can describe
    (``حفله الستيني صالح``: his sixtieth celebration; ``احتفالها الخمسيني محمد``; review 52), not a verb
    (``يعتني الستيني بخيت``)."""
    return (0 <= x and sc.free(x) and sc.kind(x) == "ar"
            and (sc.definite(x) or sc.t.text[x].endswith(("ه", "ها", "هم", "هما", "نا", "كم"))))


def stands_as_noun(sc, i) -> bool:
    """Word i (a decade nisba) stands as a noun (``sc`` the scanner)."""
    if sc.t.text[i].endswith(("ة", "ه")):
        return False
    if sc.definite(i) and not _definite_noun_before(sc, i - 1) and (given_name_at(sc, i + 1) or sc.kind(i + 1) == "ar" and sc.free(i + 1) and sc.k(i + 2) in ("بن", "ابن")):
        return True  # يعتني الستيني بخيت بن محمد: the man named after it (session 48, q70; both readers of blind49)
    x = i - 1
    if x < 0 or not sc.free(x) or sc.kind(x) != "ar":
        # the start of a paragraph or a title after a colon, a quote or a comma: ثلاثيني يقتل ابنه
        return x < 0 or sc.kind(x) == "p" and not sc.is_p(x, "-–/")
    return sc.k(x) in _BEFORE_NOUN
