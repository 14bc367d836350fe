"""A found person named again by one part of the name where only a person stands (session 41, person42).

The later-mention pass (:func:`arnews.entities.table._later_mentions`) lets a found person's family name recur
alone when it is rare or a family name by its shape; a family name that is an ordinary word (صالح *good*, عيد
*feast*, شاهين *falcon*, براون), three letters long (شيك) or a frequent foreign given name (كاثي) stays unread.
Within one article, once a person is found with two or more words, the family name (the last word) or the given
name (the first, when a foreign or listed given name) names that person again alone in a slot where only a person
stands:

* right after a verb of saying or of a person's act (``وأوضح شاهين أنه``, ``وتمنى عيد``, ``وكتبت كاثي``), a title
  or an office with the article (``الرئيس هادي``), or a noun whose genitive is a leader (``قوات صالح``, ``عزل مرسي``),
  also with a glued preposition (``لحكومة هادي``, ``بقوات صالح``; not ``بنظام`` *with a system*);
* alone between quotation marks (``ميليشيات "صالح"``, ``” لبيد ”``);
* first in a title before a colon (``خلفان: الحوثي ...``).

A part right before الدين / الإسلام is the first word of a theophoric compound: the mention is the compound
(``وأوضح علاء الدين``; session 41, person43).

The part is the found name's own word (its key, no looser spelling), three letters or more, no function word or
cue; not shared by two people of the article (``نزار مدني``, ``نزار قباني``), not a listed place; after a verb not
followed by a word that would continue another name (a listed given name, بن, a rare definite word: ``وقال صالح
الشهري`` is another man, whom the name finder reads).
"""
from __future__ import annotations

from functools import lru_cache

from ..normalize import WORD_CACHE, key
from ..spans import claim, overlaps_any
from .namelinks import AAL, ABA, ABD, ABI, ABU, BIN, FOREIGN_PARTICLES, IBN, NASAB, UMM
from .part_slots import extra_slot, follower_orgs
from .placeids import one_word_place
from .positions import adjacent, held_spans, is_word
from .proclitics import proclitic_set
from .cues import load_cues, word_info
from .wordtests import STOP_GIVEN as _STOP_GIVEN

__all__ = ["part_mention_rows", "single_parts", "continues_name", "verb_before", "verb_word", "office_before", "title_speaker", "NAME_LINKS", "ACT_VERBS", "FOLLOWERS", "REPEAT_MIN",
           "REPEAT_ZIPF", "REPEAT_SOURCES", "FEMININE_ZIPF"]

#: a part ending in ة this common is a feminine noun the name ran over (تغطية of a cue's run مني تغطية), no surname
FEMININE_ZIPF = 3.5
#: a part standing alone this many times in the article (outside every name found) names its person in any bare slot
REPEAT_MIN = 2
#: ... when rarer than this in general Arabic (منصور 4.7، عسيري 4.1، السعدون 4.9; not صالح 5.2، الحربي 5.6)
REPEAT_ZIPF = 5.0

#: verbs of a person's act or word, besides the verbs of saying of :mod:`arnews.entities.speakers` (masculine and
#: feminine past): *wrote, spoke, hoped, praised, expressed, demanded, called, revealed, described, confirmed, died*
ACT_VERBS = frozenset(key(w) for w in (
    "كتب كتبت تحدث تحدثت تمنى تمنت أشاد أشادت أعرب أعربت طالب طالبت دعا دعت كشف كشفت وصف وصفت "
    "شكر شكرت ختم ختمت علق علقت أبدى أبدت رد ردت استطرد استطردت أردف أردفت توفي توفيت").split())
#: nouns whose genitive is a leader named by one part: *forces, government, militias, supporters, regime, ouster,
#: trial* (قوات صالح، حكومة هادي، عزل مرسي)
FOLLOWERS = frozenset(key(w) for w in "قوات حكومة ميليشيات مليشيات أنصار نظام عزل محاكمة".split())
#: quotation marks around a part written alone
_QUOTES = frozenset('"“”«»\'‘’„')
NAME_LINKS = NASAB | ABU | UMM | ABD | AAL
#: words before a name's part: a verb after them is a name's word (أبي طالب)
_NAME_BEFORE = NASAB | ABU | ABI | ABA | UMM
#: never a person's part: God (رسول الله), the verb of the eulogy (رضي الله عنه)
_NEVER = frozenset({"الله", "رضي", "صلي", "عليه"})
#: a family name of two words opens with one of these (عبد الرحمن، بن الحسين، آل سالم، أبو داود)
_PART_LINKS = BIN | IBN | ABD | AAL | ABU
#: the second word of a theophoric compound (علاء الدين، نور الدين، سيف الإسلام): a part right before it is the
#: compound's first word, and the mention is the whole compound
_COMPOUND_SECOND = frozenset(key(w) for w in ("الدين", "الإسلام"))


@lru_cache(maxsize=WORD_CACHE)
def verb_word(w: str, k: str) -> bool:
    """Word ``w`` (key ``k``: its token's ``p.fkeys``) is a verb of saying (:func:`arnews.entities.cuewords.speech_word`)
    or of a person's act (:data:`ACT_VERBS`, bare or with و or ف); per word type (speed59: :func:`_verb_before` ran
    the three tests on every token that ``echoed_pairs`` asked about)."""
    from .cuewords import speech_word as _speech_word

    return _speech_word(w) or k in ACT_VERBS or (k[:1] in "وف" and k[1:] in ACT_VERBS)


def _verb_before(p, i: int) -> bool:
    """The word before token i is a verb of saying or acting (with و or ف)."""
    kinds = p.kinds
    # (speed59: is_word written out and the per-type verb_word asked before the name test: the same answer, the name
    # test only behind a verb)
    if not (0 < i <= len(kinds) and kinds[i - 1] == "word" and verb_word(p.toks[i - 1], p.fkeys[i - 1])):
        return False
    return not (i >= 2 and kinds[i - 2] == "word" and p.fkeys[i - 2] in _NAME_BEFORE)
    # (بنت أبي طالب رضي الله عنها: طالب closes a name here, no verb)


def _office_or_followers_before(p, i: int) -> bool:
    """The word before token i is a title or an office with the article (الرئيس هادي، المهندس سيف، الكابتن ياسر),
    or a word whose genitive is a leader (قوات صالح، حكومة هادي، عزل مرسي)."""
    if not is_word(p, i - 1):
        return False
    k = p.fkeys[i - 1]
    if k in FOLLOWERS or (k[:1] in "وف" and k[1:] in FOLLOWERS):
        return True
    b = k[2:] if k[:2] in proclitic_set("conj_then_prep") else k[1:] if k[:1] in "لب" else ""
    if b in FOLLOWERS and not (b == "نظام" and k[-len(b) - 1] == "ب"):
        return True  # a glued preposition: لحكومة هادي، بقوات صالح، ولأنصار مرسي; not بنظام (*with a system*) آندرويد
    info = word_info(p.toks[i - 1])
    return info.cue in ("title", "role") and k.startswith("ال")


def _quoted_alone(p, i: int, j: int) -> bool:
    """Tokens i..j stand alone between quotation marks (spaces inside allowed)."""
    t = p.ntext
    a, b = p.starts[i] - 1, p.ends[j]
    while a >= 0 and t[a] == " ":
        a -= 1
    while b < len(t) and t[b] == " ":
        b += 1
    return a >= 0 and b < len(t) and t[a] in _QUOTES and t[b] in _QUOTES


def _title_speaker(p, i: int, j: int) -> bool:
    """Tokens i..j open a title and a colon follows them (``خلفان: ...``)."""
    return p.role == "title" and i == 0 and j + 1 < len(p.toks) and p.toks[j + 1] in (":", "：")


#: characters that join words into one string (a link's slug جائزة-بلند-الحيدري, a path a/b): no bare mention inside
_JOINERS = "-/_"


def _glued(p, i: int, j: int) -> bool:
    """Tokens i..j are joined by a hyphen, a slash or an underscore to a word or figure on either side (a URL's slug
    ``.../جائزة-بلند-الحيدري-...``, fix3): part of one string, no name standing alone."""
    t, a, b = p.ntext, p.starts[i], p.ends[j]
    return (a >= 2 and t[a - 1] in _JOINERS and not t[a - 2].isspace()) or (
        b + 1 < len(t) and t[b] in _JOINERS and not t[b + 1].isspace())


def _bare_slot(p, i: int) -> bool:
    """Token i may be a surname standing alone: not after a link (أبو، بن) or a definite word it would qualify
    (الجانب التركي; a title or an office is fine) or a noun behind a glued preposition (لأجل، بسبب), not before بن or a
    definite word it would govern."""
    if is_word(p, i - 1) and adjacent(p, i - 1, i):
        k = p.fkeys[i - 1]
        if k in NAME_LINKS or k in _NAME_BEFORE:
            return False
        info = word_info(p.toks[i - 1])
        if info.definite and info.cue not in ("title", "role"):  # (ألقى is no definite word: its key opens with ال)
            return False
        if k[:1] in "لب" and info.bare != k and not info.cue:
            return False  # لأجل هادي، بسبب هادي: a noun behind a glued preposition (see the follower slot)
    if is_word(p, i + 1) and adjacent(p, i, i + 1):
        k, info = p.fkeys[i + 1], word_info(p.toks[i + 1])
        if k in ("بن", "بنت", "ابن") or info.definite and not info.stop:
            return False
    return True


def _seq_at(p, i: int, seq: tuple) -> bool:
    """The words from token i on are the part ``seq`` (its key tuple), word for word."""
    j = i + len(seq) - 1
    return j < len(p.toks) and all(is_word(p, i + t) and p.fkeys[i + t] == seq[t] for t in range(len(seq)))


#: the sources of a found person whose parts may recur in any bare slot: not a transliterated guess (بودواكتيفيا
#: توفر, إنبي كبروفة: a technique, a club) nor a byline's line (بنجلاديشي الجنسية)
REPEAT_SOURCES = frozenset({"cue", "coord", "list", "pair", "recurrence", "latin", "part"})


def _repeated_parts(pars, parts: dict, spans: dict, rows: list[list]) -> set:
    """The parts (their key tuples) that stand alone in a bare slot at least REPEAT_MIN times in the article,
    outside every name found (see the module docstring)."""
    from .guards import gentilic

    anchors = {r[5] for r in rows if r[6] == "person" and r[11] in REPEAT_SOURCES}

    count: dict = {}
    for p in pars:
        if p.rules != "ar" or p.role == "dateline":
            continue
        taken = spans.get((p.article_id, p.paragraph), [])
        for i, kd in enumerate(p.kinds):
            if kd != "word" or p.fkeys[i] not in parts:
                continue
            for seq, eid in parts[p.fkeys[i]]:
                j = i + len(seq) - 1
                if eid not in anchors or not _seq_at(p, i, seq):
                    continue
                if overlaps_any(taken, p.starts[i], p.ends[j]):
                    break
                if _bare_slot(p, i) and not continues_name(p, j) and not _glued(p, i, j):
                    count[seq] = count.get(seq, 0) + 1
                break
    return {seq for seq, c in count.items() if c >= REPEAT_MIN and not gentilic(seq[-1])
            and word_info(seq[-1]).zipf < REPEAT_ZIPF and not load_cues().kind.get(seq[-1])
            and not (seq[-1].endswith("ه") and word_info(seq[-1]).zipf >= FEMININE_ZIPF)}


def continues_name(p, i: int) -> bool:
    """A word right after token i would make it part of another name (a listed given name, a link, a foreign
    word or a rare definite word)."""
    j = i + 1
    if not is_word(p, j) or not adjacent(p, i, j):
        return False
    k, info = p.fkeys[j], word_info(p.toks[j])
    return (k in load_cues().given and k not in _STOP_GIVEN) or k in NAME_LINKS or info.foreign or (
        k.startswith("ال") and info.zipf < 4.0 and not (info.stop or info.cue or info.conj))


def _parts(rows: list[list]) -> dict:
    """Parts of the article's found people (two words or more): key tuple -> entity ids it names.  A part is the
    last word, or the last two when a link opens them (رامي عبد الرحمن -> عبد الرحمن, علي بن الحسين -> بن
    الحسين), or the first word when it is a foreign or a rare listed given name."""
    from .table import _opens_like_a_name  # (table imports this module)

    given = load_cues().given
    out: dict = {}
    for r in rows:
        if r[6] != "person":
            continue
        ws = r[4].replace("-", " ").split()
        if len(ws) < 2 or len(ws) > 5 or not _opens_like_a_name(ws):
            continue
        k0, i0 = key(ws[0]), word_info(ws[0])
        if not (k0 in given or k0.startswith("عبد") or i0.foreign or i0.zipf < 4.0
                or any(key(w) in ("بن", "ابن", "بنت") for w in ws[1:-1])):
            continue  # محترف وفق، بيان شومر إنه: a run a cue announced that opens with an ordinary word
        cands = [(ws[-1],)]
        if len(ws) >= 3 and key(ws[-2]) in FOREIGN_PARTICLES:
            cands = [(ws[-2], ws[-1])]  # دي ماريا of أنخيل دي ماريا: the particle opens the family name (names57a)
        elif len(ws) >= 3 and key(ws[-2]) in _PART_LINKS:
            cands = [(ws[-2], ws[-1])] + ([(ws[-1],)] if key(ws[-2]) in ("بن", "ابن") else [])  # (أحمد بن عيد: عيد)
        foreign = i0.foreign or any(word_info(w).foreign for w in ws[1:])  # (كاثي جيفورد: a foreign name)
        if k0 in load_cues().foreign_given or (k0 not in given and foreign and i0.zipf < 4.5) \
                or (k0 in given and i0.zipf < 4.5):
            cands.append((ws[0],))  # كاثي after كاثي جيفورد; not محمد, which names many men
        for c in cands:
            w = c[-1]
            k, info = key(w), word_info(w)
            if len(k) < 3 or info.stop or info.cue or info.conj or k in NAME_LINKS or k in _NEVER \
                    or (len(c) == 1 and one_word_place(k)):
                continue
            out.setdefault(tuple(key(x) for x in c), set()).add(r[5])
    return out


def single_parts(rows: list[list]) -> dict:
    """The parts of :func:`_parts` that belong to one person only, by their first word:
    first key -> [(part keys, entity id), ...] (what the part passes look up per word)."""
    parts: dict = {}
    for seq, ids in _parts(rows).items():
        if len(ids) == 1:
            parts.setdefault(seq[0], []).append((seq, next(iter(ids))))
    return parts


#: public names of the slot tests, for :mod:`arnews.entities.given_mentions` (names59e)
verb_before = _verb_before
office_before = _office_or_followers_before
title_speaker = _title_speaker


def part_mention_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows (``ENTITY_COLS``, source ``part``) for the one-word mentions of an article's found people (see the
    module docstring); ``rows``: the article's rows so far; ``spans``: (article, paragraph) -> normalised spans
    taken (extended here)."""
    parts = single_parts(rows)
    if not parts:
        return []
    held = held_spans(rows)
    repeated = _repeated_parts(pars, parts, spans, rows)
    out = []
    for p in pars:
        if p.rules != "ar" or p.role == "dateline":
            continue
        taken = spans.get((p.article_id, p.paragraph), [])
        rows_here = held.get(p.paragraph, [])
        for i, kd in enumerate(p.kinds):
            if kd != "word" or p.fkeys[i] not in parts:
                continue
            for seq, eid in parts[p.fkeys[i]]:
                j = i + len(seq) - 1
                if _seq_at(p, i, seq):
                    break
            else:
                continue
            if is_word(p, j + 1) and p.fkeys[j + 1] in _COMPOUND_SECOND and adjacent(p, j, j + 1):
                j += 1  # وأوضح علاء الدين: the part is the compound, not علاء
            if _glued(p, i, j):
                continue  # a word of a link's slug (.../جائزة-بلند-الحيدري): no mention
            s, e = p.starts[i], p.ends[j]
            drop = []
            if overlaps_any(taken, s, e):
                # قوات الأسد read as a body: the organisation row gives way to the leader (part_slots.py)
                drop = follower_orgs(p, i, j, [r for r in rows if r[1] == p.paragraph], FOLLOWERS)
                if not drop or continues_name(p, j):
                    continue
            k = p.fkeys[i]
            slot = ((_verb_before(p, i) or _office_or_followers_before(p, i) or extra_slot(p, i, j))
                    and not continues_name(p, j)) or _title_speaker(p, i, j)
            if not slot and _quoted_alone(p, i, j):
                slot = not (len(seq) == 1 and k.startswith("ال") and word_info(p.toks[i]).zipf >= 4.5)  # «النصر»
            if not slot and seq in repeated:
                slot = _bare_slot(p, i) and not continues_name(p, j)  # وفي أمسية عسيري، أراد عسيري (names57a)
            if not slot:
                continue
            if drop:
                rows[:] = [r for r in rows if not any(r is d for d in drop)]
                rows_here[:] = [(a, b) for a, b in rows_here if not any((a, b) == (d[2], d[3]) for d in drop)]
                taken[:] = [(a, b) for a, b in taken if not (s < b and a < e)]
            got = claim(taken, s, e, rows_here, p.original)  # (taken overlaps no more: what it held was dropped)
            if got is None:
                continue
            os_, oe = got
            spans[(p.article_id, p.paragraph)] = taken
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], eid, "person", "", "", "",
                        p.role, "part", 0.55])
    return out
