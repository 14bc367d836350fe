"""A listed given name and one or two name words before an office in apposition are a person (names59c).

News names a man and gives his office right after the name, with no cue before it: ``اجتماعا مع فيصل البدين المدير
الفني للمنتخب``, ``بعد توتر العلاقة بينه ووائل السعيد مدير الكرة``, ``وأشعل محمد نور قائد الفريق``.  The rules that read
an apposed office need a verb of saying before the name (:mod:`arnews.entities.apposed_speakers`, ``وقال اليستير باسكي
المتحدث``) or a transliterated run (:mod:`arnews.entities.speakers`); the cue rules need a title before it.

A run of two or three words is a person when

* an office word follows it, bare or with the article, after one comma at most
  (:func:`arnews.entities.speakers.before_office`: مدير، المدير، رئيس، قائد، المتحدث ...);
* its first word is a listed given name (not علي/على, also the preposition *on*), bare or glued to و (ووائل السعيد);
  no link (بن، أبو، عبد، آل), other given name or foreign or rare word stands right before it (it would be inside
  another name: ``وتولى أختر منصور منصب نائب`` is محمد أختر منصور);
* or its first word is a given name the list lacks, often also an ordinary word (``unlisted_given.csv``: طيب،
  جميل، فريد), and every later word is a name word (``طيب آغا رئيس المكتب``, not ``شهد حضور رئيس``);
* each later word is a name word (:func:`arnews.entities.speakers.speaker_word`: given, family, foreign, rare), or,
  as the last of two words and not after a title or an office (``المهندس خالد الجديد المدير``: the cue rules read
  that slot), a plain word (نور، السعيد، البدين): no cue (but a month that is also a name, رجب), stop word, conjunction, plural,
  attached pronoun, tanween, verb in the future or time word (``محمد اليوم مدير``);
* no name found already covers any of its words, and the office is no person noun (``سمع إبراهيم صوت الطفل``:
  ``person_nouns.csv``); no later word is glued to و (``حيدر وأفاد``: the next clause).

An unlisted given name right before such a run opens it (``على غرار عطا محمد نور، زعيم الحرب``) when it has no common
ordinary reading (kind ``name`` of ``unlisted_given.csv``); one that is also an ordinary word (kind ``word``) opens
neither that run nor a three-word run whose second word is a listed given name (``وقد شهد فيصل البدين المدير``,
``بشكل كامل محمد نور قائد``: the listed name alone).

Session 55 (fixn3, review6's findings) also keeps out of the plain last word: a common word without the article
before an office with it, a construct (``سمع بشار قول الشاعر``, ``عيد ميلاد سعيد سيدي الرئيس``: :data:`CONSTRUCT_ZIPF`);
a noun with his pronoun on a three-letter base (``ماجد عقده``, ``سلطان قوله``: :data:`PRONOUN_SHORT_BASE_ZIPF`; not
عبده، حمده); an ordinal after a facility word (``مطار محمد الخامس``: the facility's name); and a plain word after a listed
given name that is also an ordinary word (``apposed_given_words.csv`` kind ``needs_name``: سعيد، كريم، كمال). ``ضيف``
*guest* (kind ``never``) opens no name here.

``وفاز محمد الرئيس``: the article's office after the given name is the office read elsewhere (a cue, not a name
word); ``مع خالد مدير المكتب``: a given name alone is nobody in particular and stays unread.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, read_lexicon, word_kinds
from ..normalize import key
from .bodies import body_words
from .cues import load_cues, word_info, zipf_ar
from .keys import Name, name_key, tanween
from .person_nouns import person_nouns
from .positions import adjacent, covered_tokens, is_word, word_types
from .speakers import before_office, speaker_word
from .tails import time_after_name
from .wordtests import LINK_BEFORE_NAME, STOP_GIVEN, future_verb, ordinal_word, pronoun_suffixed

__all__ = ["people_before_offices", "unlisted_given", "unlisted_openers", "given_words"]

#: the longest run read before the office
MAX_WORDS = 3
#: words a longer name holds before its given name: أم، آل and the particles of foreign names (دي ماريا، دا سيلفا)
_PARTICLES = frozenset({"ام", "ال", "دي", "دا", "دو", "فان", "فون"})
#: a rare word before the run is another name's word when its shape is over this (أختر -2.1; the verb يعاود -7.0:
#: :mod:`arnews.entities.shape`)
NATIVE_SHAPE = -4.0
#: a plain last word without the article this common, before an office with the article, governs the office: a
#: construct, no family name (عيد ميلاد سعيد سيدي الرئيس، سمع بشار قول الشاعر: سيدي 5.1، قول 5.1; the family names read
#: there are rarer: جهاد 4.1، حزام 4.2، حلمي 4.2، قادري 2.6)
CONSTRUCT_ZIPF = 5.0
#: a plain last word in ه on a three-letter base this common is that noun with his pronoun (عقده، قوله: عقد 5.1،
#: قول 5.1); :func:`arnews.entities.wordtests.pronoun_suffixed` reads only longer bases (not ثانه، مينه)
PRONOUN_SHORT_BASE_ZIPF = 4.5
#: the kinds of ``unlisted_given.csv`` and of ``apposed_given_words.csv``
UNLISTED_KINDS = ("name", "word")
GIVEN_WORD_KINDS = ("never", "needs_name")


@lexicon_cache(maxsize=2)
def unlisted_given() -> frozenset:
    """Keys of the given names the cue list lacks, most of them also ordinary words (``unlisted_given.csv``: جميل،
    طيب، فريد، صباح، زكريا)."""
    return frozenset(_unlisted_kinds())


@lexicon_cache(maxsize=2)
def unlisted_openers() -> frozenset:
    """Keys of the unlisted given names of kind ``name`` (no common ordinary reading: عطا، زكريا، همام), which may also
    open a listed given name's run right after them; an ordinary word (شهد، كامل) never does."""
    return frozenset(k for k, kd in _unlisted_kinds().items() if kd == "name")


def _unlisted_kinds() -> dict:
    """Key -> kind of ``unlisted_given.csv``; a row without a kind is a ``word`` (the safe reading), a kind outside
    :data:`UNLISTED_KINDS` a ``ValueError`` naming the file and the word."""
    out = {}
    for r in read_lexicon("unlisted_given.csv"):
        w, kd = (r.get("word") or "").strip(), (r.get("kind") or "").strip() or "word"
        if kd not in UNLISTED_KINDS:
            raise ValueError(f"unlisted_given.csv: {w}: kind must be one of {', '.join(UNLISTED_KINDS)}")
        out[key(w)] = kd
    return out


@lexicon_cache(maxsize=2)
def given_words() -> dict:
    """Key -> kind (``never``, ``needs_name``) of the listed given names that are also ordinary words
    (``apposed_given_words.csv``: ضيف *guest* never opens a name here; سعيد، كريم، كمال only before a name word)."""
    return word_kinds("apposed_given_words.csv", GIVEN_WORD_KINDS, key)


def _opening(p, j: int, cues) -> tuple[int, bool]:
    """(characters to skip, listed) at token j when it opens a name: skip 0 for a given name, 1 for one glued to و
    (ووائل); ``listed`` False for an unlisted one (:func:`unlisted_given`, which needs a name word after it);
    skip -1 when no name opens there."""
    if not is_word(p, j) or tanween(p, j):
        return -1, False
    k = p.fkeys[j]
    if k in cues.given and k not in STOP_GIVEN and given_words().get(k) != "never" and not word_info(p.toks[j]).conj:
        return 0, True  # (not ضيف البرنامج الشاعر *the programme's guest*)
    if k[:1] == "و" and k[1:] in cues.given and k[1:] not in STOP_GIVEN and given_words().get(k[1:]) != "never" \
            and len(k) >= 4 and zipf_ar(k) < 3.5:
        return 1, True
    if k in unlisted_given() and not p.toks[j].endswith("ه"):
        return 0, False  # (not ناديه *his club*, read نادية by its key: no name of the list ends in a written ه)
    return -1, False


def _office_definite(p, e: int) -> bool:
    """The office word at token e (after one comma at most) has the article (الرئيس، الشاعر)."""
    if e < len(p.toks) and not is_word(p, e):
        e += 1
    return e < len(p.toks) and is_word(p, e) and p.fkeys[e].startswith(("ال", "وال"))


def _plain_last(p, t: int, cues) -> bool:
    """Token t may close a two-word name before an office (at t + 1) though it is an ordinary word (نور، السعيد،
    البدين)."""
    if not is_word(p, t) or tanween(p, t):
        return False
    w, k, info = p.toks[t], p.fkeys[t], word_info(p.toks[t])
    if given_words().get(p.fkeys[t - 1]) == "needs_name":
        return False  # (سعيد سيدي الرئيس، كريم الأصل رئيس: the opener's ordinary reading)
    if not k.startswith("ال") and info.zipf >= CONSTRUCT_ZIPF and _office_definite(p, t + 1):
        return False  # (سمع بشار قول الشاعر: a construct)
    if w.endswith("ه") and len(w) == 4 and zipf_ar(k[:3]) >= PRONOUN_SHORT_BASE_ZIPF and k not in cues.given \
            and k[:3] not in cues.given and k[:3] not in LINK_BEFORE_NAME:
        return False  # (أنهى ماجد عقده، نقل عن سلطان قوله: a noun with his pronoun; not عبده، حمده، سعده: names)
    if ordinal_word(w) and t >= 2 and _facility_word(p, t - 2):
        return False  # (مطار محمد الخامس: a facility named after a king)
    if info.stop or info.conj or k in LINK_BEFORE_NAME or len(k) < 3:
        return False
    if info.cue and not (info.cue == "not_name" and k in cues.date_given):
        return False  # (محمد الرئيس; but رجب: a month that is also a name)
    if k.endswith(("ون", "ين", "ات")) and k[2:] not in cues.given and info.zipf >= 3.8:
        return False  # (a plural; البدين 3.6, a family name, is rare)
    if pronoun_suffixed(w) or future_verb(w) or time_after_name(p, t, 1):
        return False
    if k[:1] in "بلكف" and zipf_ar(k[1:]) >= 4.0 or k.startswith("لل"):
        return False  # (بقوة: a noun behind a preposition)
    if k[:1] == "ي" and info.zipf >= 3.5 and k not in cues.given:
        return False  # (يقوم: an imperfect verb)
    return True


def _facility_word(p, j: int) -> bool:
    """Token j is a facility or body word (مطار، جسر، جامعة، شارع) whose name may be a king's (محمد الخامس)."""
    if not is_word(p, j):
        return False
    info = word_info(p.toks[j])
    return body_words().get(info.bare) in ("facility", "patron_place") or info.cue in ("org", "place")


def _after_name_word(p, j: int, cues) -> bool:
    """Token j follows a link or a given name (it is inside another man's name)."""
    if j == 0 or not is_word(p, j - 1) or not adjacent(p, j - 1, j):
        return False
    k, info = p.fkeys[j - 1], word_info(p.toks[j - 1])
    if k in LINK_BEFORE_NAME or k in cues.given or k in _PARTICLES:
        return True
    return (info.foreign or info.zipf < 3.5 and info.shape > NATIVE_SHAPE) and not (info.stop or info.cue or info.conj)
    # (وتولى أختر منصور: أختر is rare and no Arabic noun's or verb's shape; يعاود is a verb's)


def _person_noun(p, e: int) -> bool:
    """The office word at token e (after one comma at most) is a person noun (الطفل، الحكم: ``person_nouns.csv``),
    no office: ``سمع إبراهيم صوت الطفل``."""
    if e < len(p.toks) and not is_word(p, e):
        e += 1
    return e < len(p.toks) and word_info(p.toks[e]).bare in person_nouns()


def _unlisted_before(p, j: int, cues) -> bool:
    """An unlisted given name stands right before token j and opens the name (عطا محمد نور، زعيم الحرب)."""
    return j > 0 and is_word(p, j - 1) and adjacent(p, j - 1, j) and p.fkeys[j - 1] in unlisted_given() \
        and p.fkeys[j - 1] in unlisted_openers() and not tanween(p, j - 1) and not _after_name_word(p, j - 1, cues)
    # (not شهد فيصل البدين المدير *Faisal al-Badin witnessed*, بشكل كامل محمد نور *fully*: an ordinary word)


def _after_cue(p, j: int) -> bool:
    """A title or an office stands right before token j: the cue rules read that slot, and a plain word they did not
    take after the given name is no family name (``قال المهندس خالد الجديد المدير إن``)."""
    return j > 0 and is_word(p, j - 1) and word_info(p.toks[j - 1]).cue in ("title", "role")


def _has_office(p) -> bool:
    return any(word_info(t).cue == "role" for t in word_types(p))


def people_before_offices(p, found: list) -> list:
    """``found`` with the people before an apposed office that it misses added (module docstring), sorted by start."""
    if p.rules != "ar" or not _has_office(p):
        return found
    cues = load_cues()
    unlisted_given(), unlisted_openers(), given_words()
    covered = covered_tokens(p, found, partial=True)
    add = []
    n = len(p.toks)
    j = 0
    while j < n - 2:
        off, listed = _opening(p, j, cues)
        if off < 0 or j in covered or (off == 0 and _after_name_word(p, j, cues)):
            j += 1
            continue
        end = -1
        for m in range(2, MAX_WORDS + 1):
            e = j + m
            t = e - 1
            if t >= n or t in covered or not is_word(p, t) or not adjacent(p, t - 1, t):
                break
            kt = p.fkeys[t]
            conj = kt not in cues.given and (word_info(p.toks[t]).conj or kt[:1] in "بل" and zipf_ar(kt[1:]) >= 3.5)
            # (حيدر وأفاد: the next clause; ناديه لإعارة: a noun behind a preposition)
            name_word = speaker_word(p.toks[t], cues) and not tanween(p, t) and not conj \
                and not future_verb(p.toks[t])  # (دي ماريا سيحرص: a verb in the future)
            if not (name_word or (m == 2 and listed and _plain_last(p, t, cues) and not _after_cue(p, j))):
                break
            if m == 3 and not listed and p.fkeys[j] not in unlisted_openers() and p.fkeys[j + 1] in cues.given:
                break  # (not شهد محمد العلي مدير *Muhammad al-Ali witnessed*: the listed name opens its own run;
                # فضل حسن قائد, two words, stays)
            if before_office(p, e) and not _person_noun(p, e):
                end = e
                break
            if not name_word:
                break
        if end < 0:
            j += 1
            continue
        if off == 0 and listed and j - 1 not in covered and _unlisted_before(p, j, cues):
            j -= 1  # (على غرار عطا محمد نور، زعيم الحرب)
        words = [p.toks[t] for t in range(j, end)]
        words[0] = words[0][off:]
        office = p.toks[end] if is_word(p, end) else p.toks[end + 1]
        add.append(Name(p.starts[j] + off, p.ends[end - 1], "person", "cue", 0.6, name_key(words), office))
        j = end
    if not add:
        return found
    return sorted(found + add, key=lambda x: (x.start, x.end))
