"""A club named by one transliterated word and its nationality after a preposition of a transfer or a match (names59b).

Transfer and match reports name a foreign club by one transliterated word and its masculine nationality adjective:
``قادما من شالكة الألماني``, ``انتقل إلى أودينيزي الإيطالي``, ``خسر أمام فولفسبورغ الألماني``.  The name finder reads no
name there (one uncued word), so :mod:`arnews.entities.clubs`, which retypes a person or a place found before the
adjective, has nothing to retype.  In a sports paragraph (:func:`arnews.entities.known.sporty`) one word that no name
covers, right after a preposition of ``sport_role_words.csv`` (kind ``before_club``: من، إلى، أمام، ضد, also behind و/ف)
and right before a masculine definite nationality adjective (the club, نادٍ, is masculine; the city takes the feminine:
``شالكة الألمانية`` is left alone), is a club when it is transliterated and rare in general Arabic
(:func:`arnews.entities.sport_roles.strong_name_word`, or rare and not native-shaped: :func:`_club_word`) and no
listed given name (``من ميسي الأرجنتيني``).  A rival athlete reads the same (``خسر أمام نادال الإسباني``): no club is read
in a paragraph of an individual sport (a word of ``individual_sport_words.csv``: تنس، ملاكمة، ويمبلدون) nor on a word
of a person found in the paragraph (``رافائيل نادال ... أمام نادال الإسباني``; fixn4).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key
from .clubs import CLUB_CONFIDENCE
from .cues import load_cues, word_info
from .guards import gentilic, imperfect_verb
from .keys import Name, name_key
from .known import sporty
from .positions import adjacent, covered_tokens, is_word, word_types
from .sport_roles import sport_role_words, strong_name_word

__all__ = ["bare_foreign_clubs", "individual_sport_words", "individual_sport"]

#: a rare word before the club's nationality is shaped at least this much like a transliteration (شالكة -0.2)
CLUB_SHAPE = -1.0


@lexicon_cache(maxsize=2)
def individual_sport_words() -> frozenset:
    """Keys of ``individual_sport_words.csv``."""
    return frozenset(key(r["word"].strip()) for r in read_lexicon("individual_sport_words.csv")
                     if (r.get("word") or "").strip())


def _individual_word(k: str, words: frozenset) -> bool:
    """Key ``k`` is an individual-sport word behind و/ف/ب/ل, the article and a pronoun ه/ها."""
    for pre in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
        if pre and not k.startswith(pre):
            continue
        r = k[len(pre):]
        for r in (r, r[2:] if r.startswith("ال") else "", r[1:] if pre[-1:] == "ل" and r.startswith("ل") else ""):
            if r and (r in words or r.endswith("ها") and r[:-2] in words or r.endswith("ه") and r[:-1] in words):
                return True
    return False


def individual_sport(p) -> bool:
    """Paragraph ``p`` uses a word of ``individual_sport_words.csv`` (remembered in ``p.memo``)."""
    got = p.memo.get("individual_sport")
    if got is None:
        words = individual_sport_words()
        got = p.memo["individual_sport"] = any(_individual_word(key(t), words) for t in word_types(p))
    return got


def _before_club(k: str) -> bool:
    words = sport_role_words()
    return words.get(k) == "before_club" or (k[:1] in "وف" and words.get(k[1:]) == "before_club")


def _club_word(w: str) -> bool:
    """Word ``w`` may be a club's one-word name: :func:`strong_name_word`, or rare in general Arabic (``word_info``'s
    ``foreign``), without a proclitic and not shaped like native Arabic (شالكة -0.2; below :data:`CLUB_SHAPE`)."""
    if strong_name_word(w):
        return True
    info = word_info(w)
    return info.foreign and info.shape >= CLUB_SHAPE and info.bare == key(w) and not info.stop and not info.cue \
        and not imperfect_verb(w)


def _masculine_nationality(p, j: int) -> bool:
    """Token j is a masculine definite nationality adjective (الألماني, not الألمانية)."""
    return is_word(p, j) and not p.fkeys[j].endswith("ه") and gentilic(p.toks[j]) and not word_info(p.toks[j]).cue


def bare_foreign_clubs(p, found: list) -> list:
    """``found`` with the clubs of the module docstring added."""
    if p.rules != "ar" or len(p.kinds) < 3 or not sporty(p):
        return found
    covered = people = None
    given = load_cues().given
    added = []
    for a in range(1, len(p.kinds) - 1):
        if not (is_word(p, a - 1) and _before_club(p.fkeys[a - 1]) and is_word(p, a) and adjacent(p, a - 1, a)
                and adjacent(p, a, a + 1) and _masculine_nationality(p, a + 1)):
            continue
        k = p.fkeys[a]
        if k.startswith("ال") or k in given or not _club_word(p.toks[a]):
            continue
        if covered is None:
            covered = covered_tokens(p, found, partial=True)
        if a in covered:
            continue
        if people is None:
            people = {name_key([w]) for nm in found if nm.type == "person" for w in p.norm.text[nm.start:nm.end].split()}
        if name_key([p.toks[a]]) in people or individual_sport(p):
            continue  # (خسر أمام نادال الإسباني: a rival athlete, named as a person or in a tennis report)
        added.append(Name(p.starts[a], p.ends[a], "organisation", "club", CLUB_CONFIDENCE, name_key([p.toks[a]])))
    return sorted(found + added, key=lambda x: (x.start, x.end)) if added else found
