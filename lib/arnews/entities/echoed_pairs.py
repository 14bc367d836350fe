"""A two-word name no rule read, whose second word the article later names as a speaker (session 56, names60a).

:mod:`arnews.entities.family_pairs` reads a given and family name whose family name recurs alone, when the given
name is listed (``entity_cues.csv``) or both words are transliterations, and the family name is no listed given
name nor common Arabic.  A reader sees more: ``جان ديبي ... وقال ديبي «إنه``, ``فريد زكريا ... وأضاف زكريا:``
(جان, فريد: unlisted given names; زكريا: a given name as a family name).  Here, within one article, two adjacent
words ``A W`` (outside every name found) are a person when ``W`` stands alone elsewhere in the article as a
speaker: right after a verb of saying (:func:`arnews.entities.part_mentions.verb_before`, which reads
:mod:`arnews.entities.cuewords`) and right before what closes the slot (a colon, a comma, a quotation mark, a full
stop, the paragraph's end, إن / أن / بأن).  The lone ``W`` of those slots is the same person (source ``part``).

Guards: ``A`` opens a name (a listed given name or a foreign-shaped word; an unlisted word rarer than
:data:`OPEN_ZIPF` only right after a verb of saying or a title or office: ``وقال جريج روزينباوم``, ``المحلل
فريد زكريا``), no stop word, cue, definite word, accusative, word behind و, plural, verb or
unlisted word in ة (``مؤكداً سموه``, ``وتطمينات كيري``, ``سيسافر تشونغ``, ``تحت إمرة جوارديولا``), nor an
unlisted word of a triliteral perfect verb's shape, Zipf 3 or more (``دأب ستيوارت على``; fixn);
``W`` is three letters or more, rarer than :data:`FAMILY_ZIPF`, no stop word, cue, conjunction, verb, plural or
listed place, not definite (unless ``A`` is a listed given name: إبراهيم الهاشمي), no word with an attached
pronoun (``سموه`` *his Highness*), a feminine noun (كارثة) or tanween;
the pair is not preceded by a name link (بن, أبو) nor followed by one (``W بن``) and is its own two words (the
word before ``A`` is no listed given name: a longer name the name finder left).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info, zipf_ar
from .guards import imperfect_verb
from .cuewords import speech_word
from .keys import name_key, tanween
from .namelinks import AAL, ABD, ABI, ABU, NASAB, UMM
from .names import verb_gate
from .part_mentions import verb_before
from .placeids import one_word_place
from .positions import adjacent, is_word
from .wordtests import pronoun_suffixed

__all__ = ["echoed_pair_rows", "OPEN_ZIPF", "FAMILY_ZIPF", "past_verb_shape"]

#: an unlisted first word rarer than this may open a name (فريد 4.58، جان 4.52; not طيب 4.86، حسنين 5.4)
OPEN_ZIPF = 4.7
#: the second word is rarer than this (زكريا 4.24، ديبي 4.02; not النفط)
FAMILY_ZIPF = 4.5
_LINKS = NASAB | ABU | ABI | UMM | ABD | AAL
#: words that close a speaker's slot (إن / أن / بأن)
_CLOSERS = frozenset({"ان", "بان"})
#: punctuation that closes a speaker's slot
_CLOSE_PUNCT = frozenset(':،,."«»“”\'؛')


#: letters that are long vowels in a word's skeleton (a bare فعل has none)
_VOWELS = frozenset("اويىآ")


def past_verb_shape(w: str) -> bool:
    """The bare shape of a triliteral perfect verb, فعل: three letters, none a long vowel, hamza a consonant
    (``دأب``، ``سأل``، ``نجح``; not ``زين``، ``جون``)."""
    bare = "".join(c for c in w if not ("\u064b" <= c <= "\u0652" or c == "\u0640"))
    return len(bare) == 3 and not any(c in _VOWELS for c in bare)


def _opens(p, i: int, listed: bool) -> bool:
    """Token i may open the pair: a listed given name or a foreign-shaped word anywhere; an unlisted rarer word only
    right after a verb of saying or a title or office, or an office and its adjective (``وقال جريج روزينباوم``,
    ``المحلل السياسي فريد زكريا``), never a
    verb or a noun in construct where no person stands (``مؤكدا سموه``, ``خلال استقبال سموه``)."""
    w, k = p.toks[i], p.fkeys[i]
    info = word_info(w)
    if len(k) < 3 or k.startswith("ال") or info.stop or info.cue or info.conj or info.definite or k in _LINKS:
        return False
    if w.endswith(("اً", "ً", "ٌ", "ٍ")) or (k[:1] == "و" and word_info(w[1:]).zipf >= 3.0):
        return False  # مؤكداً: an accusative; وتطمينات: a noun behind و
    if listed:
        return True
    if past_verb_shape(w) and info.zipf >= 3.0:
        return False  # دأب ستيوارت على: a triliteral perfect verb (kept on), no given name (fixn)
    if (len(k) >= 5 and k.endswith(("ات", "ون", "ين"))) or imperfect_verb(w) or (k[:1] == "س" and imperfect_verb(w[1:])):
        return False  # وتطمينات كيري: a plural noun; سيسافر تشونغ: a verb in the future
    if w.endswith("ة"):
        return False  # تحت إمرة جوارديولا: a feminine noun in construct (a listed woman's name passed above)
    if info.foreign:
        return True
    if info.zipf >= OPEN_ZIPF or speech_word(w) or pronoun_suffixed(w) or imperfect_verb(w):
        return False
    if not is_word(p, i - 1) or not adjacent(p, i - 1, i):
        return False
    if verb_before(p, i) or word_info(p.toks[i - 1]).cue in ("title", "role"):
        return True
    return (p.fkeys[i - 1].startswith("ال") and is_word(p, i - 2) and adjacent(p, i - 2, i - 1)
            and word_info(p.toks[i - 2]).cue in ("title", "role"))  # المحلل السياسي فريد زكريا


def _family(w: str, listed: bool) -> bool:
    k = key(w)
    info = word_info(w)
    if len(k) < 3 or info.stop or info.cue or info.conj or k in _LINKS or info.zipf >= FAMILY_ZIPF:
        return False
    if (k.startswith("ال") or info.definite) and not listed:
        return False
    if pronoun_suffixed(w) or w.endswith(("اً", "ً", "ٌ", "ٍ")) or imperfect_verb(w):
        return False
    if not info.foreign and (k.endswith(("ون", "ين", "ات")) or (len(k) >= 4 and k[-1] in "هت" and zipf_ar(k[:-1]) >= 4.0)):
        return False  # عقاريون: a plural; سموه (*his Highness*), كارثة: a noun with its pronoun, a feminine noun
    return not one_word_place(k)


def _closes(p, i: int) -> bool:
    """Token i is the last of its paragraph or followed by a closer of the speaker's slot."""
    j = i + 1
    if j >= len(p.toks):
        return True
    if p.kinds[j] == "word":
        return adjacent(p, i, j) and p.fkeys[j] in _CLOSERS
    return p.toks[j][:1] in _CLOSE_PUNCT


def _taken(spans, s: int, e: int) -> bool:
    return any(s < te and ts < e for ts, te in spans)


def echoed_pair_rows(pars, spans: dict) -> list[list]:
    """Rows (``ENTITY_COLS``, source ``pair``, 0.55) of the pairs of one article's paragraphs whose second word stands
    alone as a speaker elsewhere (see the module docstring); ``spans``: (article, paragraph) -> normalised spans taken
    (extended here)."""
    pars = [p for p in pars if p.rules == "ar" and p.role != "dateline"]
    speakers: dict = {}  # key of a lone speaker -> [(paragraph, token)]
    for p in pars:
        if not verb_gate(p):
            continue  # no verb of saying or acting: no speaker slot (speed59: a bit of the names' one scan of the types)
        taken = spans.get((p.article_id, p.paragraph), ())
        for i, kd in enumerate(p.kinds):
            if kd != "word" or not verb_before(p, i) or not adjacent(p, i - 1, i) or not _closes(p, i):
                continue
            if not _taken(taken, p.starts[i], p.ends[i]):
                speakers.setdefault(p.fkeys[i], []).append((p, i))
    if not speakers:
        return []
    given = load_cues().given
    out, found = [], {}
    for p in pars:
        taken = spans.get((p.article_id, p.paragraph), [])
        for i in range(len(p.kinds) - 1):
            k = p.fkeys[i + 1]
            if k not in speakers or p.kinds[i] != "word" or p.kinds[i + 1] != "word" or not adjacent(p, i, i + 1):
                continue
            if any(q is p and t == i + 1 for q, t in speakers[k]):
                continue
            s, e = p.starts[i], p.ends[i + 1]
            if _taken(taken, s, e):
                continue
            a, w = p.toks[i], p.toks[i + 1]
            listed = p.fkeys[i] in given
            if not (_opens(p, i, listed) and _family(w, listed)) or tanween(p, i + 1):
                continue
            if is_word(p, i - 1) and adjacent(p, i - 1, i) and (p.fkeys[i - 1] in _LINKS or p.fkeys[i - 1] in given):
                continue  # أبو جان ديبي, محمد فريد زكريا: a longer name
            if is_word(p, i + 2) and adjacent(p, i + 1, i + 2) and p.fkeys[i + 2] in _LINKS:
                continue  # فريد زكريا بن ...: a nasab goes on
            os_, oe = p.original(s, e)
            eid = "~" + name_key([a, w])
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], eid, "person", "", "", "", p.role,
                        "pair", 0.55])
            taken.append((s, e))
            spans[(p.article_id, p.paragraph)] = taken
            found.setdefault(k, eid)
    for k, eid in found.items():  # وقال ديبي «...: each lone speaker of a pair is that person
        for q, t in speakers[k]:
            qt = spans.get((q.article_id, q.paragraph), [])
            if _taken(qt, q.starts[t], q.ends[t]):
                continue
            os_, oe = q.original(q.starts[t], q.ends[t])
            out.append([q.article_id, q.paragraph, os_, oe, q.text[os_:oe], eid, "person", "", "", "", q.role,
                        "part", 0.55])
            qt.append((q.starts[t], q.ends[t]))
            spans[(q.article_id, q.paragraph)] = qt
    return out
