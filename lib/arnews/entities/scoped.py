"""Scoped bodies (round 25): a body noun that is no organisation cue on its own (ائتلاف، حكومة،
مؤتمر، نيابة، الخارجية) names an organisation when, with the article, a scope adjective
(الوطني، العربي، العامة، العليا: ``scoped_bodies.csv``) or a nationality (السوري، الروسية)
follows: الائتلاف الوطني السوري، الحكومة الروسية، النيابة العامة، التحالف العربي.

The name goes on over further scope or nationality adjectives and one ``لل-`` complement with its
nisba adjectives (الندوة العالمية للشباب الإسلامي، اللجنة ... للانتخابات البلدية).  Without the
article (حكومة جديدة), with another adjective (المؤتمر الصحفي، الحكومة الحالية، الشبكة
العنكبوتية) or alone (الحكومة) the noun is prose or refers back."""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived, word_kinds
from ..normalize import WORD_CACHE, key
from .cues import word_info
from .guards import gentilic_place
from .positions import adjacent, is_word
from .clubs import token_at as _token_at

__all__ = ["scoped_words", "scoped_body_end", "office_body_end", "unscoped_heads"]

_ARTICLE = ("وال", "بال", "فال", "كال", "لل", "ال")


@lexicon_cache(maxsize=2)
def scoped_words() -> dict:
    """Normalised word -> kind (head, nisba_head, scope, cued_head) of ``scoped_bodies.csv``."""
    return word_kinds("scoped_bodies.csv", ("head", "nisba_head", "scope", "cued_head"), key)


def _definite_base(k: str) -> str:
    for pre in _ARTICLE:
        if k.startswith(pre) and len(k) - len(pre) >= 3:
            return k[len(pre):]
    return ""


@lexicon_derived(maxsize=WORD_CACHE)
def _head_kind(k: str):
    """The kind of the word key read without its article (remembered per word type), else None."""
    return scoped_words.current().get(_definite_base(k))


def _scope(w: str) -> bool:
    """A definite scope adjective (الوطني، العامة) or the nationality of a listed country (السوري،
    الروسية; not a rare nisba shaped like one: البرنامج الإيوائي *the shelter programme*)."""
    k = key(w)
    if not k.startswith("ال"):
        return False
    return scoped_words().get(k[2:]) == "scope" or bool(gentilic_place(w))


def _nisba(w: str) -> bool:
    k = key(w)
    return k.startswith("ال") and len(k) >= 6 and k.endswith(("ي", "يه"))


def _agrees(head: str, adj: str) -> bool:
    """The adjective agrees in gender with the head (الحكومة الروسية، التحالف العربي); one that does
    not belongs to a word before (وزير الخارجية الإيراني: the minister is Iranian).  Plural
    adjectives (العليا، الأعلى) agree with both."""
    a = _definite_base(adj) or adj
    if scoped_words().get(a) == "scope" and not a.endswith(("ي", "يه", "ه")):
        return True  # العليا، الأعلى، العام
    return head.endswith("ه") == adj.endswith("ه")


def _complement(p, j: int) -> bool:
    """Token j is a لل- complement of a body (للشباب، للانتخابات), not a place it serves
    (الحكومة الألمانية للمملكة العربية: the kingdom is no part of the government's name)."""
    from .places import listed_place_at

    if not (is_word(p, j) and adjacent(p, j - 1, j) and p.fkeys[j].startswith("لل") and len(p.fkeys[j]) >= 5):
        return False
    return not word_info(p.toks[j]).cue and not listed_place_at(p, j)


def scoped_body_end(p, i: int) -> int:
    """End (exclusive) of a scoped body whose head is token i, else 0."""
    if not is_word(p, i):
        return 0
    scoped_words()  # (syncs the lexicon folder for the per-word cache)
    kind = _head_kind(p.fkeys[i])
    if kind not in ("head", "nisba_head"):
        return 0
    if kind == "nisba_head" and p.fkeys[i].startswith("ال") and i > 0 and is_word(p, i - 1) and adjacent(p, i - 1, i) \
            and p.fkeys[i - 1].startswith(("ال", "وال", "بال", "لل")):
        return 0  # السياسة الخارجية المصرية: the adjective of the noun before
    j = i + 1
    while is_word(p, j) and adjacent(p, j - 1, j) and _scope(p.toks[j]) and _agrees(p.fkeys[i], p.fkeys[j]):
        j += 1
    if j == i + 1:
        return 0
    # one لل- complement and its nisba adjectives: للشباب الإسلامي، للانتخابات البلدية
    if _complement(p, j) and is_word(p, j + 1) and adjacent(p, j, j + 1) and _nisba(p.toks[j + 1]):
        j += 2
        while is_word(p, j) and adjacent(p, j - 1, j) and _nisba(p.toks[j]):
            j += 1
    return j


def office_body_end(p, t: int, b: int) -> int:
    """End (at most b) of a definite organisation head at token t named inside an office, else 0
    (رئيس اللجنة الأولمبية السعودية الأمير ...، رئيس اللجنة المحلية للانتخابات البلدية المهندس ...،
    رئيس المجلس الأعلى للقضاء الدكتور ...): the head's adjectives hold a scope or a nationality, or a
    ``لل-`` complement with its nisba follows them.  Adjectives alone (رئيس اللجنة المنظمة، رئيس
    الجهاز الفني) or no adjective (رئيس مجلس الإدارة، رئيس اللجنة) leave the body named elsewhere."""
    j = t + 1
    scoped = False
    while j < b and is_word(p, j) and adjacent(p, j - 1, j) and (_nisba(p.toks[j]) or _scope(p.toks[j])) \
            and _agrees(p.fkeys[t], p.fkeys[j]):
        scoped = scoped or _scope(p.toks[j])
        j += 1
    if j == t + 1:
        return 0
    if j + 1 < b and _complement(p, j) and is_word(p, j + 1) and adjacent(p, j, j + 1) \
            and _nisba(p.toks[j + 1]):
        j += 2
        while j < b and is_word(p, j) and adjacent(p, j - 1, j) and _nisba(p.toks[j]):
            j += 1
        scoped = True
    elif scoped and j < b and is_word(p, j) and adjacent(p, j - 1, j) and p.fkeys[j].startswith("لل") \
            and len(p.fkeys[j]) >= 5 and (j + 1 == b or word_info(p.toks[j + 1]).cue in ("title", "role")):
        j += 1  # رئيس المجلس الأعلى للقضاء الدكتور ...: a complement that closes the office
    return j if scoped else 0


def unscoped_heads(p, found: list) -> list:
    """``found`` without the cue-found organisations whose head is a definite ``cued_head`` (الجهاز) and
    whose next word is no scope or nationality adjective (الجهاز الهضمي، الجهاز الفني بقيادة، للجهاز الطبي):
    an organ, a device or a team's staff.  The head without the article keeps its genitive (جهاز الأمن)."""
    out = []
    for nm in found:
        a = _token_at(p, nm.start) if nm.type == "organisation" and nm.source == "cue" else None
        if a is not None and scoped_words().get(_definite_base(p.fkeys[a])) == "cued_head" \
                and not (is_word(p, a + 1) and adjacent(p, a, a + 1) and _scope(p.toks[a + 1])):
            continue
        out.append(nm)
    return out
