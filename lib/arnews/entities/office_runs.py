"""A person's full name right after an office chain that the name finder's run stopped short of (person50).

Pooled over blind40-50, persons after an office were missed when the run after the office does not look like a
name word by word: a stop-like given name (``علي``) or a common word inside a three-word name (``رئيس منظمة الطاقة
الذرية الإيرانية علي أكبر صالحي``, ``عن الوزير محمد علي طاهري``), an unlisted given name before a family name
(``مدير المكتب فهاد الذويبي``), a family nisba that opens like an imperfect verb (``ووزير الداخلية محمد يعقوبي``),
or a tense adjective between the office's place and the name (``حاكم فلوريدا السابق جيب بوش``).

The office is a ``role`` cue (or a governor's, spokesman's, senator's word) at most :data:`OFFICE_WINDOW` words
before the run, with only words between (no punctuation, stop word or verb).  The run is read only in these shapes,
each closed by a punctuation mark, the paragraph's end, a function word, a cue or a word glued to و:

* three words: a listed given name, a listed given name or an ordinary indefinite word, and a rare word (a family
  name with the article, or an indefinite word under :data:`RARE_ZIPF`); with an ordinary middle word the last must
  be a rare nisba in ‑ي (``أكبر صالحي``; not ``علي أهمية التعاون``);
* two words: a listed given name and a rare indefinite nisba in ‑ي (``محمد يعقوبي``), or an unlisted rare given
  name and a family name (:func:`arnews.entities.wordtests.unlisted_given_family`: ``فهاد الذويبي``), or, after a
  tense adjective (``السابق``) or a place found, two words the last of which is shaped like a transliteration
  (``جيب بوش``); or a listed given name and a family name or a second listed given name, or a common word standing
  as a given name before a rare family nisba (:func:`given_family_pair`: ``رائد ياسين``، ``ربيع الغامدي``).

After a nationality adjective that closes the office (and a tense adjective), a definite given name opens the
name (:func:`definite_given_end`: ``الرئيس التونسي السابق المنصف المرزوقي``، ``الباجي قائد السبسي``، ``الحبيب الصيد``;
names60e): the stem a listed given name or the word rarer than :data:`DEFINITE_GIVEN_ZIPF`, then a family name with
the article (an indefinite middle name between), closed like every run.

A transliterated run of two words or more guessed a place right after the office is its holder (``وسيناتور
كنتاكي راند بول``).  A one-word place or a shorter person found inside a run that opens with a listed given name is dropped (``محمود أحمدي نجاد``: أحمدي is
no place there); any other name found across the run leaves it alone.
"""
from __future__ import annotations

import bisect

from ..lexicons import lexicon_cache, lexicon_derived, word_kinds
from ..normalize import WORD_CACHE, key
from .cues import load_cues, word_info, zipf_ar
from .guards import imperfect_verb
from .keys import Name, name_key, tanween
from .positions import adjacent, is_word, word_key_types
from .scorer_names import run_closed as _closed
from .cuewords import nationality_word
from .nisba_surnames import family_nisba
from .wordtests import abstract_noun, family_name, unlisted_given_family

__all__ = ["people_after_office_runs", "office_tokens", "office_words", "NamesNear", "NEAR_INDEX", "OFFICE_WINDOW", "RARE_ZIPF",
           "given_family_pair", "FAMILY_ZIPF", "definite_given_end", "DEFINITE_GIVEN_ZIPF", "DEFINITE_FAMILY_ZIPF", "bare_given_pair", "PAIR_ZIPF", "subject_office", "predicate_pair"]

#: the office word stands at most this many words before the run
OFFICE_WINDOW = 7
#: the last word of a three-word run is rarer than this in general Arabic (طاهري 2.3، صالحي 3.0)
RARE_ZIPF = 3.5
#: a two-word run after a tense adjective: both words rarer than this, the last shaped like a transliteration
FOREIGN_ZIPF = 4.5
FOREIGN_SHAPE = 1.0
#: a word in ‑ا whose stem is this common is an accusative without its tanween (حضورا، عقودا; not سيلفا)
ACCUSATIVE_ZIPF = 3.5
#: listed given names that are also prepositions or particles: never the first word of the two-word pair
_NOT_FIRST = frozenset(key(w) for w in ("علي", "على", "عن", "من", "إلى", "حتى", "بعد"))
#: endings of a noun (a pronoun suffix, a sound plural, the feminine ة) that an unlisted given name never has
_NOT_GIVEN_ENDS = ("ه", "ها", "هم", "ات", "ين", "ون")
#: an unlisted given name's family nisba is rarer than this (الغامدي 3.7; not التهاني، الكروي، الخفي 3.8)
FAMILY_ZIPF = 3.75


@lexicon_cache(maxsize=2)
def tense_words() -> frozenset:
    """Keys of ``office_tense_words.csv``: adjectives of time after an office's place or body (حاكم فلوريدا السابق)."""
    return frozenset(word_kinds("office_tense_words.csv", ("tense",), key))


@lexicon_cache(maxsize=2)
def office_words() -> frozenset:
    """Keys of ``office_words.csv``: office words the cue list leaves out (a governor's, spokesman's, senator's)."""
    return frozenset(word_kinds("office_words.csv", ("office",), key))


def _office(p, t: int) -> bool:
    return _office_word(p.toks[t], p.fkeys[t])


@lexicon_derived(maxsize=WORD_CACHE)
def _office_word(w: str, k: str) -> bool:
    """The word w (folded key k) is an office word (per word type; its caller syncs the lexicons: load_cues)."""
    info = word_info(w)
    extra = office_words()
    return info.cue == "role" or k in extra or info.bare in extra or (k[:1] == "و" and k[1:] in extra)


def office_tokens(p) -> list[int]:
    """The word tokens of paragraph ``p`` that are office words, in order (the only tokens
    :func:`_after_office` returns)."""
    load_cues()
    office_words()  # (both sync the lexicon folder: _office_word's per-type cache follows ARNEWS_LEXICONS)
    hits = {wk for wk in word_key_types(p) if _office_word(*wk)}  # (per word type: _office reads the word alone)
    if not hits:
        return []
    return [t for t, (kd, w, k) in enumerate(zip(p.kinds, p.toks, p.fkeys)) if kd == "word" and (w, k) in hits]


def _after_office(p, a: int) -> int:
    """The token of the office word before token a (only words between), else -1."""
    if a < 1 or not is_word(p, a - 1) or not adjacent(p, a - 1, a):
        return -1
    prev = word_info(p.toks[a - 1])
    if prev.cue in ("title", "place", "link") or prev.stop or prev.cue == "org" and not p.fkeys[a - 1].startswith("ال"):
        return -1  # الملك عبدالله، جامعة محمد: a title or an indefinite body's head names the next words itself
    for t in range(a - 1, max(-1, a - 1 - OFFICE_WINDOW), -1):
        if not is_word(p, t) or (t < a - 1 and not adjacent(p, t, t + 1)):
            return -1
        if _office(p, t):
            return t
        info = word_info(p.toks[t])
        if info.stop and p.fkeys[t] not in ("في", "لدي") or imperfect_verb(p.toks[t]) or tanween(p, t):
            return -1
    return -1



def _plain(p, t: int) -> bool:
    """Token t is a word with no article, cue, stop word, proclitic or tanween."""
    if not is_word(p, t) or tanween(p, t):
        return False
    info = word_info(p.toks[t])
    k = p.fkeys[t]
    if k.endswith("ا") and len(k) >= 4 and zipf_ar(k[:-1]) >= ACCUSATIVE_ZIPF:
        return False  # حضورا، عقودا: an accusative written without its tanween
    return not (k.startswith("ال") or info.cue or info.conj or len(k) < 3) and info.bare == k


def _given(k: str, given) -> bool:
    return k in given or (k.startswith("عبد") and len(k) >= 6)


def _rare_nisba(p, t: int) -> bool:
    k = p.fkeys[t]
    return _plain(p, t) and k.endswith("ي") and len(k) >= 4 and zipf_ar(p.toks[t]) < RARE_ZIPF \
        and not word_info(p.toks[t]).stop


def _run_end(p, a: int, tense: bool) -> int:
    """End (exclusive) of a person's name opening at token a in one of the shapes of the module docstring, else a."""
    n = len(p.toks)
    if a + 1 >= n or not is_word(p, a + 1) or not adjacent(p, a, a + 1):
        return a
    given = load_cues().given
    k0, k1 = p.fkeys[a], p.fkeys[a + 1]
    i0 = word_info(p.toks[a])
    if k0.startswith("ال") and not (i0.conj or tanween(p, a)):
        return definite_given_end(p, a)  # الرئيس التونسي السابق المنصف المرزوقي (names60e)
    if k0.startswith("ال") or i0.conj and k0 not in given or tanween(p, a):
        return a
    if _given(k0, given) and a + 2 < n and is_word(p, a + 2) and adjacent(p, a + 1, a + 2) and _closed(p, a + 3) \
            and p.fkeys[a + 2][:1] != "و":
        w2 = p.toks[a + 2]
        i2 = word_info(w2)
        rare = not i2.stop and not i2.cue and (family_name(w2, i2) or _plain(p, a + 2) and zipf_ar(w2) < RARE_ZIPF)
        if rare and _given(k1, given) and not k1.startswith("ال"):
            return a + 3  # محمد علي طاهري
        if rare and _plain(p, a + 1) and not word_info(p.toks[a + 1]).stop and not imperfect_verb(p.toks[a + 1]) \
                and _rare_nisba(p, a + 2):
            return a + 3  # علي أكبر صالحي
    if not _closed(p, a + 2):
        after = a + 2 < n and is_word(p, a + 2) and p.fkeys[a + 2].startswith("ال")
        if not (tense and after):  # (سيناتور أريزونا راند فولكر الاتفاق: a transliterated name before the object)
            return a
        return _foreign_pair(p, a)
    if _given(k0, given) and k0 not in ("علي", "على") and _rare_nisba(p, a + 1) and k1[:1] in "يتن":
        return a + 2  # محمد يعقوبي (the nisba opens like an imperfect verb)
    if given_family_pair(p, a, given):
        return a + 2  # رائد ياسين، ربيع الغامدي (ربيع: a given name that is also a common word, *spring*)
    if unlisted_given_family([p.toks[a], p.toks[a + 1]], load_cues()) and k1.startswith("ال") and k1.endswith("ي") \
            and k0 not in given and zipf_ar(p.toks[a + 1]) < RARE_ZIPF \
            and not imperfect_verb(p.toks[a]) and _plain(p, a) and not k0.endswith(("ه", "ها", "هم")):
        # (not مهرجان صيف العيساوية, بأسمى آيات التهاني: a feminine word, a listed given name before a common nisba)
        # (وضابط إيقاعه الخفي: a noun with a pronoun suffix and its adjective)
        return a + 2  # فهاد الذويبي
    if bare_given_pair(p, a, given):
        return a + 2  # نائب المحافظ يوسف سالم، (a given name and an indefinite word, a mark after them)
    return _foreign_pair(p, a) if tense else a


#: a definite given name after a nationality is rarer than this unless its stem is a listed given name (المنصف
#: 3.7، الباجي 3.5; the stems of الحبيب، الهادي are listed)
DEFINITE_GIVEN_ZIPF = 4.0
#: the family name of a definite given name, when neither a family nisba nor a rare definite word, is rarer than
#: this (الصيد 4.6; not العام 6.0)
DEFINITE_FAMILY_ZIPF = 4.7


def _definite_family(p, t: int) -> bool:
    """Token t, after a definite given name, is its family name (المرزوقي، السبسي، الصيد)."""
    if not is_word(p, t) or not adjacent(p, t - 1, t) or tanween(p, t):
        return False
    w, k = p.toks[t], p.fkeys[t]
    info = word_info(w)
    if not k.startswith("ال") or len(k) < 5 or info.stop or info.cue or info.conj or abstract_noun(k[2:]):
        return False
    return family_name(w, info) or family_nisba(w) or (info.zipf < DEFINITE_FAMILY_ZIPF and not k.endswith(("ه", "ات", "ين", "ون")))


def definite_given_end(p, a: int) -> int:
    """End (exclusive) of a name that opens with a definite given name (المنصف، الباجي، الحبيب) right after a
    nationality adjective, or a nationality and a tense adjective, that closes an office (الرئيس التونسي السابق
    المنصف المرزوقي، رئيس الوزراء التونسي الحبيب الصيد، الرئيس التونسي الباجي قائد السبسي); else a.  Two words:
    the family name; three: an indefinite middle name without a proclitic, then the family name."""
    if a < 1 or not is_word(p, a - 1):
        return a
    nat = a - 1
    if p.fkeys[nat] in tense_words() and nat >= 1 and is_word(p, nat - 1) and adjacent(p, nat - 1, nat):
        nat -= 1
    if nationality_word(p.toks[nat]) != 1:
        return a
    w0, k0 = p.toks[a], p.fkeys[a]
    i0 = word_info(w0)
    if i0.stop or i0.cue or i0.conj or len(k0) < 5 or k0[2:] in tense_words() or nationality_word(w0):
        return a
    if not (k0[2:] in load_cues().given or i0.zipf < DEFINITE_GIVEN_ZIPF):
        return a
    if _definite_family(p, a + 1) and _closed(p, a + 2):
        return a + 2
    if not (is_word(p, a + 1) and adjacent(p, a, a + 1)):
        return a
    i1 = word_info(p.toks[a + 1])
    # (the middle name may be an office word without the article: قائد *leader* in الباجي قائد السبسي)
    plain = _plain(p, a + 1) or (i1.cue == "role" and not tanween(p, a + 1) and i1.bare == p.fkeys[a + 1] and len(p.fkeys[a + 1]) >= 3
                                 and not (i1.conj or p.fkeys[a + 1].startswith("ال")))
    if plain and not i1.stop and not imperfect_verb(p.toks[a + 1]) and _definite_family(p, a + 2) and _closed(p, a + 3):
        return a + 3
    return a


#: the marks that close a bare given-name pair (:func:`bare_given_pair`): a list's comma, a sentence's end
_PAIR_MARKS = frozenset("،,.؛;")
#: the second word of a bare pair is rarer than this (حلو 4.1، بالطيور; not a frequent word: جديد 5.3)
PAIR_ZIPF = 4.6


def bare_given_pair(p, a: int, given) -> bool:
    """Tokens a, a+1 are a listed given name (no preposition-like علي، على) and an indefinite plain word under
    :data:`PAIR_ZIPF` (no cue, stop word, verb-like shape, proclitic, tanween, pronoun suffix or plural ending),
    and a comma, a full stop or the paragraph's end follows at once (session 50, names54a: ``ومدير جمارك منطقة
    الشمال الغربي حسن حلو،``).  The mark makes the two words the whole item after the office."""
    n = len(p.toks)
    k0, k1 = p.fkeys[a], p.fkeys[a + 1]
    if k0 not in given or k0 in _NOT_FIRST or not _plain_name_word(p, a) or not _plain(p, a + 1):
        return False
    if a + 2 < n and not (p.kinds[a + 2] == "punct" and p.toks[a + 2] in _PAIR_MARKS):
        return False
    if subject_office(p, a):
        return False  # (أن مدير الجمارك ماجد حاضر،: the office is the clause's subject, حاضر its predicate)
    w1, i1 = p.toks[a + 1], word_info(p.toks[a + 1])
    return len(k1) >= 3 and not (i1.stop or i1.conj or i1.cue) and zipf_ar(w1) < PAIR_ZIPF \
        and not imperfect_verb(w1) and not k1.endswith(_NOT_GIVEN_ENDS) and not abstract_noun(k1) \
        and not (k1.endswith("ا") and zipf_ar(k1[:-1]) >= ACCUSATIVE_ZIPF)


#: the particles and verbs after which an office and its person are a clause's subject (أن المدير ماجد حاضر)
_SUBJECT_OPENERS = frozenset(key(w) for w in ("أن", "إن", "بأن", "لأن", "وأن", "فإن", "وإن", "كان", "وكان", "فكان",
                                              "أصبح", "وأصبح", "ليس", "لكن", "ولكن"))


def subject_office(p, a: int) -> bool:
    """The office word before token a (a person's given name) stands right after أن/إن/كان or a like particle or
    verb, so the office chain is a clause's subject and the word after the given name may be its predicate (``أن
    مدير جمارك المنطقة الشمالية ماجد حاضر``; fixn, issue 14)."""
    t = _after_office(p, a)
    return t >= 1 and is_word(p, t - 1) and p.fkeys[t - 1] in _SUBJECT_OPENERS


def predicate_pair(p, a: int) -> bool:
    """Tokens a, a+1 after an office that is a clause's subject (:func:`subject_office`) are a given name and a
    participle (مفعول، فاعل، مُفعِل: ``مشكور``، ``حاضر``، ``مسافر``، ``متواجد``), not listed as a given name, with a
    mark, a function word or the paragraph's end right after: the participle is the predicate (``أن مدير
    المستشفى خالد مشكور، على جهوده``), no family name.  A verb after the pair keeps it a name (``أن مدير الفرع
    سعد مسافر أكد``)."""
    n = len(p.toks)
    if a + 1 >= n or not is_word(p, a + 1):
        return False
    k1 = p.fkeys[a + 1]
    if k1.startswith("ال") or k1 in load_cues().given or len(k1) < 4 \
            or not (k1[0] == "م" or len(k1) == 4 and k1[1] == "ا"):
        return False
    after = a + 2
    if after < n and not (p.kinds[after] == "punct" or is_word(p, after) and word_info(p.toks[after]).stop):
        return False
    return subject_office(p, a)


def given_family_pair(p, a: int, given) -> bool:
    """Tokens a, a+1 (closed after them) are a listed given name and a definite family name (``ربيع الغامدي``) or two
    listed given names (``رائد ياسين``), the first no stop word, preposition-like (علي، على) or glued to a proclitic;
    or an unlisted first word (``ربيع``: no cue, no verbal noun, no pronoun suffix, sound plural or ‑ة, no
    proclitic letter) before a definite family nisba rarer than :data:`FAMILY_ZIPF` (session 49, names53p)."""
    k0, k1 = p.fkeys[a], p.fkeys[a + 1]
    if k0 in _NOT_FIRST or not _plain_name_word(p, a) or tanween(p, a + 1):
        return False
    w1, i1 = p.toks[a + 1], word_info(p.toks[a + 1])
    if i1.stop or i1.conj or imperfect_verb(w1) or imperfect_verb(p.toks[a]):
        return False
    if not _given(k0, given):  # ربيع الغامدي: an unlisted given name (a common word) before a family nisba
        return not word_info(p.toks[a]).cue and not abstract_noun(k0) and k0[:1] not in "وفبلك" \
            and not k0.endswith(_NOT_GIVEN_ENDS) and w1.endswith("ي") and family_name(w1, i1) \
            and zipf_ar(w1) < FAMILY_ZIPF  # (not برنامجه العلاجي، مشكلة التعاطي، خالص التهاني، داكس الألماني)
    return family_name(w1, i1) or k1 in given and _plain_name_word(p, a + 1) and not k1.startswith("ال")


def _plain_name_word(p, t: int) -> bool:
    """Token t is a word with no proclitic, stop word, tanween or the article (a given name's slot)."""
    if not is_word(p, t) or tanween(p, t):
        return False
    info = word_info(p.toks[t])
    return not (info.stop or info.conj or p.fkeys[t].startswith("ال")) and info.bare == p.fkeys[t]


def _foreign_pair(p, a: int) -> int:
    """a + 2 when tokens a, a+1 are two rare plain words, the second shaped like a transliteration (جيب بوش), else a."""
    if _plain(p, a) and _plain(p, a + 1) and not word_info(p.toks[a]).stop and zipf_ar(p.toks[a]) < FOREIGN_ZIPF \
            and zipf_ar(p.toks[a + 1]) < FOREIGN_ZIPF and word_info(p.toks[a + 1]).shape > FOREIGN_SHAPE \
            and not imperfect_verb(p.toks[a]):
        return a + 2  # حاكم فلوريدا السابق جيب بوش
    return a


#: with this many names found or more, the names near a word come from a :class:`NamesNear` index
NEAR_INDEX = 64


class NamesNear:
    """The names of a list that may touch the span ``[lo, hi)`` (``start < hi`` and ``end >= lo``), in list order:
    a bisect of their sorted starts and a walk back over at most the longest name, not a scan of the whole list."""

    def __init__(self, names: list):
        self.names = names
        self.order = sorted(range(len(names)), key=lambda i: names[i].start)
        self.starts = [names[i].start for i in self.order]
        self.longest = max((nm.end - nm.start for nm in names), default=0)

    def near(self, lo: int, hi: int) -> list:
        j = bisect.bisect_left(self.starts, hi)  # (the names before j start before hi)
        floor = lo - self.longest  # (a name starting before this ends before lo)
        got = []
        while j > 0 and self.starts[j - 1] >= floor:
            j -= 1
            if self.names[self.order[j]].end >= lo:
                got.append(self.order[j])
        got.sort()
        return [self.names[i] for i in got]


def people_after_office_runs(p, names: list[Name]) -> list[Name]:
    """``names`` with the people of the module docstring added (places found inside them dropped)."""
    if p.rules != "ar":
        return names
    given = load_cues().given
    n = len(p.toks)
    out = list(names)
    changed = False
    offices = office_tokens(p)  # (an office within the window before a word, else it is no run's: one pass, not one a word)
    near = 0  # offices[near] is the first office the next word may follow
    index = None  # NamesNear(out), made when first needed and again after out changes
    for a in range(1, n - 1):
        if not is_word(p, a):
            continue
        while near < len(offices) and offices[near] < a - OFFICE_WINDOW:
            near += 1
        if near == len(offices) or offices[near] >= a:
            continue  # no office among the OFFICE_WINDOW tokens before a: _after_office(p, a) is -1
        o = _after_office(p, a)  # (first: a cheap look back; the scan of the names found is per office, not per word)
        if o < 0:
            continue
        s0 = p.starts[a]
        if len(out) < NEAR_INDEX:
            near_names = out
        else:  # (a 2 MB one-line article: the names that may touch tokens a-1 .. a+2, not a scan of all per word)
            index = index or NamesNear(out)
            near_names = index.near(p.ends[a - 1], p.ends[min(a + 2, n - 1)])
        if any(nm.start <= s0 < nm.end and nm.type != "place" and not (nm.type == "person" and nm.start == s0)
               for nm in near_names):
            continue
        guess = next((nm for nm in near_names if nm.start == s0 and nm.type == "place" and nm.source == "translit"
                      and " " in p.norm.text[nm.start:nm.end]), None)
        if guess is not None:  # وسيناتور كنتاكي راند بول: a transliterated run after an office is its holder
            out[out.index(guess)] = Name(guess.start, guess.end, "person", "cue", 0.6, guess.key, p.toks[o])
            changed, index = True, None
            continue
        tense = p.fkeys[a - 1] in tense_words() or any(nm.type == "place" and nm.end == p.ends[a - 1] for nm in near_names)
        b = _run_end(p, a, tense)  # (حاكم فلوريدا السابق، سيناتور أريزونا: the office's place or time ends the chain)
        if b == a:
            continue
        s, e = p.starts[a], p.ends[b - 1]
        over = [nm for nm in near_names if nm.start < e and s < nm.end]
        if over and not (_given(p.fkeys[a], given) and all(s <= nm.start and nm.end <= e and (nm.end - nm.start < e - s) and (
                nm.type == "person" or nm.type == "place" and " " not in p.norm.text[nm.start:nm.end]) for nm in over)):
            continue  # (a shorter person inside is the same man read in part: علي كاظمي in محمد علي كاظمي)
        out = [nm for nm in out if nm not in over]
        out.append(Name(s, e, "person", "cue", 0.6, name_key([p.toks[t] for t in range(a, b)]), p.toks[o]))
        changed, index = True, None
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else names
