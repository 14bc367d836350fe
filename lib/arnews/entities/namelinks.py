"""The words that link the parts of a name (بن، أبو، عبد، آل، دي ...), glossed, in named groups.

One table (:data:`LINK_WORDS`: the matching key of the word, its group, a gloss), one frozenset of keys per
group.  The name finders' link sets are explicit unions of these groups (``coordination._LINKS``,
``families._LINKS``, ``part_mentions.NAME_LINKS`` ...): where two finders differ, the difference is a group one
of them leaves out.  These are closed-class words of the language's grammar and fixed module constants of the
finders (read per token), so they stay in code rather than in a user-editable lexicon.
"""
from __future__ import annotations

__all__ = ["LINK_WORDS", "GROUPS", "BIN", "IBN", "BINT", "NASAB", "ABU", "ABI", "ABA", "UMM", "ABD", "AAL",
           "FOREIGN_PARTICLES", "FOREIGN_ARTICLES"]

#: (key, group, gloss); the key is the word under ``normalize.key`` (أبو -> ابو, آل -> ال)
LINK_WORDS = (
    ("بن", "nasab_son", "bin, son of: the nasab between two names (خالد بن محمد)"),
    ("ابن", "nasab_son_full", "ibn, son (of): the full spelling, opening a name or a line (ابن سينا، ابن خلدون)"),
    ("بنت", "nasab_daughter", "bint, daughter of (نورة بنت عبدالرحمن)"),
    ("ابو", "kunya_father", "abu, father of: a kunya, nominative (أبو بكر، أبو داود)"),
    ("ابي", "kunya_father_genitive", "abi, father of after a preposition or in a genitive (علي بن أبي طالب); "
                                     "also 'my father'"),
    ("ابا", "kunya_father_accusative", "aba, father of in the accusative (إن أبا بكر); used by kunyas._FATHER, "
                                       "wordtests.LINK_BEFORE_NAME and part_mentions._NAME_BEFORE, by no _LINKS set"),
    ("ام", "kunya_mother", "umm, mother of (أم كلثوم); the same key as the conjunction أم (or)"),
    ("عبد", "theophoric", "abd, servant of: the first half of a theophoric name written apart (عبد الله، عبد الرحمن)"),
    ("ال", "family_prefix", "al, the house of: آل before a family name (آل سعود، آل شرمة); the same key as the "
                            "article written alone"),
    ("دي", "foreign_particle", "de, di: a Romance particle inside a transliterated name (ديفيد دي خيا)"),
    ("دا", "foreign_particle", "da: a Portuguese or Italian particle (فاسكو دا غاما)"),
    ("فان", "foreign_particle", "van: a Dutch particle (فان خال، فان بيرسي)"),
    ("دو", "foreign_particle", "du, do: a French or Portuguese particle (دو سانتوس)"),
    ("لا", "foreign_article", "la: a French article inside a name (لا فونتين); also Arabic 'no'"),
    ("لي", "foreign_article", "le: a French article inside a name; also Arabic 'to me'"),
)

#: group -> the keys of its words
GROUPS = {}
for _k, _g, _ in LINK_WORDS:
    GROUPS[_g] = GROUPS.get(_g, frozenset()) | {_k}
del _k, _g

BIN = GROUPS["nasab_son"]
IBN = GROUPS["nasab_son_full"]
BINT = GROUPS["nasab_daughter"]
#: the links of a nasab: بن، ابن، بنت
NASAB = BIN | IBN | BINT
ABU = GROUPS["kunya_father"]
ABI = GROUPS["kunya_father_genitive"]
ABA = GROUPS["kunya_father_accusative"]
UMM = GROUPS["kunya_mother"]
ABD = GROUPS["theophoric"]
AAL = GROUPS["family_prefix"]
FOREIGN_PARTICLES = GROUPS["foreign_particle"]
FOREIGN_ARTICLES = GROUPS["foreign_article"]
