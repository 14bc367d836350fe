"""Sides of a match result (round 25): on a sports page a verb of a result names the two clubs
it sets against each other, whatever common words their names are (تفوق النعيرية على الثقبة،
اكتسح العلمين نظيره الجزيرة، تعادل مضر مع السلام).

In a sports paragraph (:func:`arnews.entities.known._sporty`), ``verb + side + (link | link +
rival | rival) + side`` (``fixture_words.csv``) makes both sides organisations.  A side is one
word, or a listed place of up to three (رأس تنورة), carrying no proclitic (فاز بالبطولة *won the
title*) and no pronoun (فاز فريقنا); a cue word (الفريق، المنتخب، اللاعب), a stop word or an
ordinal (الأول) or a generic side (الفريق، الضيف) is no side, and without the second side (فاز الهلال بثلاثية) nothing is read.
Outside a sports paragraph the words stay what they were."""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import word_info
from .positions import adjacent as _adjacent, is_word as _word
from .keys import Name, org_key
from .known import sporty as _sporty

__all__ = ["fixture_words", "paragraph_fixtures"]

#: attached pronouns and proclitics a side does not carry
_PRONOUN_ENDS = ("ه", "ها", "هم", "نا", "كم")


@lexicon_cache(maxsize=2)
def fixture_words() -> dict:
    """Normalised word -> kind (verb, link, rival, generic) of ``fixture_words.csv``."""
    return word_kinds("fixture_words.csv", ("verb", "link", "rival", "generic", "loss"), key)


def _verb(k: str) -> bool:
    fw = fixture_words()
    return fw.get(k) == "verb" or (k[:1] in "وف" and fw.get(k[1:]) == "verb")


def _side(p, i: int) -> int:
    """End of a side starting at token i, else 0."""
    from .clubs import place_at as _place_at
    from .keys import tanween
    from .players import club_words

    if not _word(p, i):
        return 0
    got = _place_at(p, i)
    if got and got[0] <= 3 and all(_word(p, i + t) for t in range(got[0])):
        return i + got[0]
    k = p.fkeys[i]
    info = word_info(p.toks[i])
    if info.cue and not (info.cue == "place" and k.startswith("ال")) or info.stop or info.conj \
            or k in fixture_words() or len(k) < 3:
        return 0  # (a definite place cue alone is a club's name here: الجزيرة، الخليج)
    if k.startswith("ال"):
        b = k[2:]
        if fixture_words().get(b) == "generic":
            return 0  # تعادل الفريق مع برشلونة: the team named before
        if b.startswith(("اول", "ثاني", "ثالث", "رابع", "اخير")) or len(b) < 3:
            return 0  # الأول، الثاني: a rank
        return i + 1
    if k[:1] in "وفبلك" and not _glued_letter(p.toks[i]) or k.endswith(_PRONOUN_ENDS) or info.zipf >= 5.0 or _adverb(p.toks[i]) or tanween(p, i):
        return 0  # بالبطولة، فريقنا، a frequent indefinite word (prose), an adverb (تعادل سلبيا مع)
    j = i + 1
    while j < i + 3 and _word(p, j) and _adjacent(p, j - 1, j) and (club_words().get(p.fkeys[j]) == "club" or (
            not k.startswith("ال") and word_info(p.toks[j]).foreign)):
        j += 1  # سان جرمان، ستوك سيتي: a transliterated club's further words
    return j


#: an -يا word is an adverb (سلبيا، نهائيا، تدريجيا: a nisba adjective's indefinite accusative) when its adjective
#: (ال + the word without its alif: السلبي) is at least this frequent; a club's city ending in -يا (باستيا، مرسيليا،
#: فالنسيا) has no such adjective (org43)
ADVERB_ADJECTIVE_ZIPF = 3.3


def _glued_letter(w: str) -> bool:
    """A word opening with ب, ل or ك that is no proclitic on a word (باستيا، ليون، ليل: the rest استيا، يون is no frequent word;
    not بهدف، بنتيجة، للفريق), org43."""
    rest = key(w)[1:]
    return key(w)[:1] in "بلك" and not rest.startswith("ال") and word_info(w[1:]).zipf < GLUED_REST_ZIPF


#: the rest of a word after ب/ل/ك below this frequency is no word of its own (ليون -> يون)
GLUED_REST_ZIPF = 4.0


def _adverb(w: str) -> bool:
    return key(w).endswith("يا") and word_info("ال" + w[:-1]).zipf >= ADVERB_ADJECTIVE_ZIPF


def _loss_side(p, i: int):
    """(a, b) of the side after ``أمام`` at token i when a word of a loss (``fixture_words.csv`` kind loss: خسارة،
    هزيمة، سقوط، خسر) stands at most :data:`LOSS_WINDOW` words before it in the same sentence (org43: بعد
    الخسارة 1 - صفر أمام كاين، سقوط الفريق أمام رين): the side lost to is a club; not a country (the national
    team or the country, as :mod:`.club_lists` leaves it).  Else None."""
    if p.fkeys[i] not in _AMAM:
        return None
    for t in range(i - 1, max(-1, i - 1 - LOSS_WINDOW), -1):
        if p.kinds[t] == "punct" and p.toks[t] in ".!?؟:؛\n":
            return None
        if _word(p, t):
            k = p.fkeys[t]
            k = k[1:] if k[:1] in "وفب" and fixture_words().get(k[1:]) == "loss" else k
            if fixture_words().get(k) == "loss":
                break
    else:
        return None
    from .clubs import place_at as _place_at
    from .placeids import country_id

    got = _place_at(p, i + 1) if _word(p, i + 1) else None
    if got and country_id(got[1] or ""):
        return None  # خسر أمام تونس: a country is its national team or the country, left as it was
    e = _side(p, i + 1)
    if not e or not _adjacent(p, i, i + 1):
        return None
    while e < i + 4 and _word(p, e) and _adjacent(p, e - 1, e) and _club_tail(p.toks[e]):
        e += 1  # كارابوك سبور، كريستال بالاس، نيويورك ريد بولز: the club's own rare words after its city
    return i + 1, e


def _club_tail(w: str) -> bool:
    """A word after a side that goes on the club's name: indefinite, no stop or cue word, rare
    (below :data:`GLUED_REST_ZIPF`: سبور، عنتاب، بولز; not بهدف، مساء، بنتيجة, no proclitic: بركلات)."""
    k = key(w)
    info = word_info(w)
    return not k.startswith("ال") and not info.stop and not info.cue and not info.conj and len(k) >= 3 \
        and info.zipf < GLUED_REST_ZIPF and not k.endswith(_PRONOUN_ENDS) and k not in fixture_words() \
        and (k[:1] not in "وفبلك" or word_info(w[1:]).zipf < 3.0)  # (not بركلات الترجيح)


#: أمام and its spellings (امام, key-folded)
_AMAM = frozenset({key("أمام"), key("امام")})
#: how many tokens before أمام a word of a loss may stand
LOSS_WINDOW = 8


def _sides(p, i: int):
    """((a1, b1), (a2, b2)) of the sides after the verb at token i, else None."""
    fw = fixture_words()
    e1 = _side(p, i + 1)
    if not e1 or not all(_adjacent(p, t - 1, t) for t in range(i + 1, e1 + 1) if _word(p, t)):
        return None
    j = e1
    if not _word(p, j):
        return None
    kd = fw.get(p.fkeys[j])
    if kd == "link":
        j += 1
        if _word(p, j) and fw.get(p.fkeys[j]) == "rival":
            j += 1
    elif kd == "rival":
        j += 1
    else:
        return None
    e2 = _side(p, j)
    if not e2:
        return None
    return (i + 1, e1), (j, e2)


def paragraph_fixtures(p, found: list) -> list:
    """The paragraph's names with the sides of its match results made organisations (see the module
    docstring); a place or a guess overlapping a side gives way to it, a cue's name keeps its own."""
    if p.rules != "ar" or not _sporty(p):
        return found
    sides = []
    for i in range(len(p.kinds)):
        if _word(p, i) and _verb(p.fkeys[i]):
            got = _sides(p, i)
            if got:
                sides.extend(got)
        elif _word(p, i):
            got = _loss_side(p, i)
            if got:
                sides.append(got)
    if not sides:
        return found
    out = list(found)
    for a, b in sides:
        s, e = p.starts[a], p.ends[b - 1]
        if any(nm.start < e and s < nm.end and (nm.type == "organisation" or nm.source == "cue" and nm.type == "person")
               for nm in out):
            continue  # a listed club (الهلال) or a cue's name is already there
        out = [nm for nm in out if not (nm.start < e and s < nm.end)]
        words = [p.toks[t] for t in range(a, b)]
        out.append(Name(s, e, "organisation", "club", 0.7, org_key(words)))
    return sorted(out, key=lambda x: (x.start, x.end))
