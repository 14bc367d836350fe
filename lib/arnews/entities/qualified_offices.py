"""A person named after his office and a chain of qualifiers (round 38).

``المتحدث باسم الحملة نيك ميريل``, ``أمين عام الاتحاد السعودي لكرة القدم أحمد الخميس``, ``قائد الشرطة القضائية في
العاصمة الأفغانية كابل فريدون عبيدي``, ``سفير مملكة النرويج لدى المملكة رالف فيلي هانسن``, ``وزير شؤون القدس زئيف
إلكين``: the office chain of :func:`arnews.entities.names._skip_role_chain` stops at a qualifier (``باسم`` + a noun,
``عام``, ``في``/``لدى`` + a place or body, an indefinite noun in construct) and no name is read after it.  This pass
walks a bounded chain of such qualifiers from where the office chain stopped and reads the person after it, only
when the run there carries a person's evidence (a listed given name first, a foreign word, a family name closing
it, an unlisted given name + a family name): common nouns after an office (``وزير الخارجية السعودي يوم الاثنين``)
name nobody.  An organisation or place found across the person's first word is cut before it.
"""
from __future__ import annotations

from ..lexicons import kind_sets, lexicon_cache, lexicon_derived
from ..normalize import WORD_CACHE, key
from ..spans import SpanIndex
from .cues import SHAPE_NATIVE, STRONG, WEAK, load_cues, word_info, zipf_ar
from .keys import Name, name_key, org_key, tanween
from .offices import _EXTRA_OFFICES
from .orgnames import listed_org as _listed_org, listed_place as _listed_place
from .orgwords import WordSet
from .person_nouns import person_nouns
from .persontails import trim_person_tails
from .positions import adjacent as _adjacent, is_word as _is_word
from .wordtests import (LINK_BEFORE_NAME as _LINK_BEFORE_NAME, abstract_noun as _abstract_noun,
                        unlisted_given_family as _unlisted_given_family)

__all__ = ["people_after_qualified_offices"]

#: at most this many tokens are walked after the office chain
QUALIFIER_LIMIT = 8
#: an indefinite noun in construct inside the chain (شؤون القدس، بعثة الفريق) is a word at least this common
CONSTRUCT_ZIPF = 3.5
#: the kinds of ``qualified_office_words.csv`` (its header says what each holds)
QUALIFIER_KINDS = ("general", "general_head", "preposition")


@lexicon_cache(maxsize=2)
def qualified_office_words() -> dict[str, frozenset]:
    """``kind -> key forms`` of ``qualified_office_words.csv`` (:data:`QUALIFIER_KINDS`)."""
    return kind_sets("qualified_office_words.csv", QUALIFIER_KINDS, key)


#: general (عام، العام) after an office's head (مدير، أمين، مساعد); the prepositions before where the office is held
_GENERAL = WordSet(qualified_office_words, "general")
_GENERAL_HEADS = WordSet(qualified_office_words, "general_head")
_ON_BEHALF = key("باسم")
_IMAM = key("إمام")
_PREPOSITIONS = WordSet(qualified_office_words, "preposition")


def _office(p, i: int) -> bool:
    """Token i is an office word (a ``role`` cue or a spokesman's, envoy's, governor's word), not a common noun."""
    return _office_word(p.toks[i])


@lexicon_derived(maxsize=WORD_CACHE)
def _office_word(w: str) -> bool:
    """:func:`_office` of one word token (per word type: the test reads the word alone)."""
    info = word_info(w)
    if info.bare == _IMAM and "إ" not in w:
        return False  # أمام (before), not إمام (imam)
    return info.bare not in _names._COMMON_ROLES and (
        info.cue == "role" or info.bare in _EXTRA_OFFICES or key(w) in _EXTRA_OFFICES)


def _definite_word(p, j: int) -> bool:
    """Token j is an ordinary definite word (the article, also behind ب/ل: الحكومة، بالأمم، للحزب), no name part."""
    k = p.fkeys[j]
    info = word_info(p.toks[j])
    if info.stop or info.conj and not k.startswith("وال"):
        return False
    if k.startswith(("بال", "لل")):
        return True  # للبولينج، بالنيابة: a genitive or a preposition with the article, however rare the noun
    return k.startswith("ال") and info.zipf >= STRONG and k not in load_cues().given and k != "الله"


def _place_or_body(p, j: int) -> int:
    """Tokens of a listed place or organisation at token j (not a given name: سلطان), else 0: a place claimed
    anywhere, or any listed place after a preposition or a place word (في منطقة عسير; not ديانا فوستر)."""
    if p.fkeys[j] in load_cues().given:
        return 0
    after = j > 0 and (p.fkeys[j - 1] in _PREPOSITIONS or word_info(p.toks[j - 1]).cue == "place")
    return _listed_place(p, j, anywhere=not after) or _listed_org(p, j)


def _construct(p, j: int, depth: int = 2) -> bool:
    """Token j is an indefinite common noun in construct with a definite word, a listed place or body after it
    (شؤون القدس، بعثة الفريق، جامعة الملك سعود)."""
    k = p.fkeys[j]
    info = word_info(p.toks[j])
    if not (_is_word(p, j + 1) and _adjacent(p, j, j + 1)) or info.stop or info.conj or info.foreign or info.cue == "title":
        return False
    return k not in load_cues().given and not k.startswith(("ال", "عبد")) and info.zipf >= CONSTRUCT_ZIPF \
        and not tanween(p, j) and (_definite_word(p, j + 1) or bool(_place_or_body(p, j + 1))
                                   or depth > 1 and _construct(p, j + 1, depth - 1))  # فرع وزارة الشؤون


def _patron_end(p, j: int) -> int:
    """After a definite title in construct (جامعة الملك سعود، مركز الأمير سلطان بن عبدالعزيز): the end of the
    patron's name, one given name and its بن chain (j when token j is no given name)."""
    given = load_cues().given
    if not (_is_word(p, j) and _adjacent(p, j - 1, j) and (p.fkeys[j] in given or p.fkeys[j].startswith("عبد"))):
        return j
    j += 1
    while _is_word(p, j + 1) and _adjacent(p, j, j + 1) and p.fkeys[j] in ("بن", "بنت") \
            and (p.fkeys[j + 1] in given or p.fkeys[j + 1].startswith("عبد")):
        j += 2
    return j


def qualifier_end(p, j: int) -> int:
    """End (exclusive token) of the qualifier chain starting at token j, where the office chain stopped (j when no
    qualifier opens there): ``عام`` after مدير/أمين, ``باسم`` + a definite word, ``في``/``لدى`` + a place, a body or a
    definite word, then definite words, listed places and bodies, and indefinite nouns in construct before them."""
    n = len(p.kinds)
    start = j
    steps = 0
    while j < n and steps < QUALIFIER_LIMIT and _is_word(p, j) and _adjacent(p, j - 1, j):
        k = p.fkeys[j]
        info = word_info(p.toks[j])
        nxt = _is_word(p, j + 1) and _adjacent(p, j, j + 1)
        if k in _GENERAL and j > 0 and p.fkeys[j - 1] in _GENERAL_HEADS:
            j += 1  # مدير عام، أمين عام الاتحاد
        elif k == _ON_BEHALF and nxt and _definite_word(p, j + 1):
            j += 2  # المتحدث باسم الحكومة
        elif k in _PREPOSITIONS and nxt and (_definite_word(p, j + 1) or _place_or_body(p, j + 1) or _construct(p, j + 1)):
            j += 1  # في العاصمة الأفغانية، لدى المملكة
        elif _place_or_body(p, j):
            j += _place_or_body(p, j)  # كابل، العراق، جامعة الملك سعود
        elif _definite_word(p, j):
            j += 1
            if info.cue == "title" and j - 2 >= start and _construct(p, j - 2):
                j = _patron_end(p, j)  # في جامعة الملك سعود فلان: the institution's patron, then the person
        elif _construct(p, j):
            j += 1  # وزير شؤون القدس، رئيس بعثة الفريق: an indefinite noun in construct
        else:
            break
        steps += 1
    return j if j > start else start


#: two or three indefinite words, none shaped like native Arabic (shape above SHAPE_NATIVE), under WEAK, one of them
#: under this, are a transliterated name (نيك ميريل: 4.9, 3.3)
TRANSLIT_RARE_ZIPF = 4.0


#: a first word behind ب/ل whose remainder is this common is a prepositional phrase (لصوامع، بقبول; not لامبرت، بطرس)
PROCLITIC_ZIPF = 3.5


#: a first word this common in general Arabic, no listed given name, opens no name (إنه 6.5)
COMMON_FIRST_ZIPF = 6.0
#: a first word behind ي/ت/ب/ل shaped this strongly like native Arabic is a verb or a prepositional phrase
#: (يتفقد -7.6، لصوامع -7.3، بتفقد -5.6; not بطرس -2.2)
PREFIXED_NATIVE_SHAPE = -5.0


def _transliterated(words: list[str]) -> bool:
    """Two or three words shaped like a transliterated name (see :data:`TRANSLIT_RARE_ZIPF`)."""
    infos = [word_info(w) for w in words]
    return 2 <= len(words) <= 3 and all(
        not x.cue and not x.stop and not x.conj and not key(w).startswith("ال") and not w.endswith("ة")
        and x.zipf < WEAK and x.shape > SHAPE_NATIVE for x, w in zip(infos, words)) and min(x.zipf for x in infos) < TRANSLIT_RARE_ZIPF


def _evidence(p, a: int, b: int, cues) -> bool:
    """Tokens a..b-1, two words or more, carry a person's name evidence (see the module docstring)."""
    from .names import _run_is_name, _strong_person

    from .names import _imperfect_verb

    words = [p.toks[t] for t in range(a, b)]
    i0, k0 = word_info(words[0]), p.fkeys[a]
    if len(words) < 2 or i0.cue not in ("", "link") or i0.stop or k0.startswith(("بال", "لل")) \
            or k0 not in cues.given and (i0.conj or i0.zipf >= COMMON_FIRST_ZIPF):
        return False  # وتوابعها، إنه: a conjunction or a word this common opens no name
    if k0.startswith("وال") or k0[:1] in "بل" and _abstract_noun(k0[1:]):
        return False  # والمرشدي واريسمندي: the next man of a list; لتلافي تعارض: a verbal noun behind a preposition
    if k0 not in cues.given and (_imperfect_verb(words[0], i0) or k0[:1] in "بل" and zipf_ar(k0[1:]) >= PROCLITIC_ZIPF
                                 or k0[:1] in "يتبل" and i0.shape <= PREFIXED_NATIVE_SHAPE):
        return False  # مدير صحة المدينة يتفقد قطاع خيبر، المؤسسة العامة لصوامع الغلال: a verb or a preposition
    return (_strong_person(p, a, b) and _run_is_name(p, a, b, "role")) or _unlisted_given_family(words, cues) \
        or _transliterated(words)


def _prose_after(p, t: int, cues) -> bool:
    """Token t, after two name words, is shaped like native Arabic prose (a verb: زئيف إلكين ينظران), no given
    name, no family name with the article."""
    w = p.toks[t]
    info = word_info(w)
    return info.shape <= SHAPE_NATIVE and not p.fkeys[t].startswith("ال") and p.fkeys[t] not in cues.given \
        and p.fkeys[t] not in _LINK_BEFORE_NAME and not p.fkeys[t].startswith("عبد")


def people_after_qualified_offices(p, names: list[Name]) -> list[Name]:
    """The names with the people named after an office and its qualifiers (see the module docstring)."""
    from .names import _name_run, _skip_role_chain

    cues = load_cues()
    out = list(names)
    added = False
    people = None
    n = len(p.kinds)
    office, kinds, toks, nouns = _office_word, p.kinds, p.toks, person_nouns()
    for i in range(n):
        if kinds[i] != "word" or not office(toks[i]) or word_info(toks[i]).bare in nouns:
            continue  # (الطفل باتجاه الشخصية المرتبكة: a person noun is no office with qualifiers)
        if people is None:  # the people found so far, remade after each one added (a scan of every name per
            people = SpanIndex((nm.start, nm.end) for nm in out if nm.type == "person")  # office word grew with both)
        if people.contains(p.starts[i], p.starts[i] + 1):  # (a person holds the office word: start <= x < end)
            continue
        j0 = _skip_role_chain(p, i + 1)
        j1 = qualifier_end(p, j0) if j0 > i else j0
        if j1 == j0 and word_info(p.toks[i]).cue == "role" or j0 == i + 1 and j1 == j0:
            continue  # (the finder read the name after a role cue's own chain already; not after مندوبة, no cue)
        if not (_is_word(p, j1) and _adjacent(p, j1 - 1, j1)):
            continue
        j = _name_run(p, j1, arabic_ok=True)
        j = next((t for t in range(j1, j) if p.kinds[t] == "word" and tanween(p, t)), j)
        while j > j1 and (p.kinds[j - 1] != "word" or p.fkeys[j - 1] in _LINK_BEFORE_NAME):
            j -= 1
        j = next((t for t in range(j1 + 2, j) if _prose_after(p, t, cues)), j)
        while j > j1 + 1 and not _evidence(p, j1, j, cues):
            j -= 1  # فريدون عبيدي مقتل: the longest run with a name's evidence
        if j <= j1 + 1 or p.fkeys[j - 1] in _LINK_BEFORE_NAME or not _evidence(p, j1, j, cues):
            continue
        s, e = p.starts[j1], p.ends[j - 1]
        if any(nm.type == "person" and nm.start < e and s < nm.end for nm in out):
            continue  # found already
        keep = []
        for nm in out:
            if nm.type == "person" and nm.end <= s and any(
                    p.starts[u] == nm.start and p.fkeys[u] in _PREPOSITIONS for u in range(j0, j1)):
                u = next(u for u in range(j0, j1) if p.starts[u] == nm.start)
                m = _listed_place(p, u + 1)
                if m and p.ends[u + m] <= nm.end:  # (the place after it stays a place)
                    ws = [p.toks[t] for t in range(u + 1, u + 1 + m)]
                    keep.append(Name(p.starts[u + 1], p.ends[u + m], "place", "geo", 0.7, name_key(ws)))
                continue  # سفير ... لدى أستراليا: the preposition of the walked chain opens no name
            if not (nm.start < e and s < nm.end):
                keep.append(nm)
            elif nm.start < s and nm.start >= p.starts[i]:  # الأمم المتحدة سامانثا: the body ends before the person
                ws = [p.toks[u] for u in range(i, j1) if p.ends[u] > nm.start]
                if ws:
                    k = org_key(ws) if nm.type == "organisation" else name_key(ws)
                    keep.append(Name(nm.start, p.ends[j1 - 1], nm.type, nm.source, nm.confidence, k, nm.cue))
            elif nm.start < s:
                keep = None  # a name from before the office runs into the person: leave it
                break
            # (a name inside the person's span, or running past it from there, gives way)
        if keep is None:
            continue
        words = [p.toks[t] for t in range(j1, j)]
        trimmed = trim_person_tails(p, [Name(s, e, "person", "cue", 0.6, name_key(words), p.toks[i])])
        if not trimmed or " " not in p.norm.text[trimmed[0].start:trimmed[0].end].strip():
            continue  # a name of two words at least
        keep.extend(trimmed)
        out = sorted(keep, key=lambda x: (x.start, x.end))
        added = True
        people = None
    return out if added else names


# at the end: names imports this module (the module, read at call time, not a name from it)
from . import names as _names  # noqa: E402
