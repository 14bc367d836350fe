"""A body named in full once, then by its proper word alone where a body acts (session 42, org44, issue 14).

Saudi news names a company or a foundation once with its head (``شركة صلة الرياضية``, ``مؤسسة مسك الخيرية``,
``شركة زين السعودية``) and then by its own word: ``وكانت صلة قد تعهدت``, ``وأطلقت مسك الخيرية``, ``وحققت زين
أرباحا``.  The word is often an ordinary one (صلة *link*, زين *fine*, مسك *musk*), which the corpus-level learned
pass leaves alone; within the article that names the body it is read where a body stands:

* right after a verb whose subject is a body (``org_part_words.csv`` kind verb, or a verb of saying; و/ف glued)
  that agrees with the head (a feminine verb after شركة، مؤسسة: ``وكان سوكارنو`` is no foundation),
  before an imperfect verb (``زين تعلن``), alone in quotes (after no noun: not ``لنظام "أندرويد"``), first in a title before a colon;
* again with its head anywhere (``مصدر في شركة صلة أن``: the head + the word the name finder left).

A one-word person the name finder read after a feminine verb (``وقالت داماك``: a speaker by the verb; a company
takes the feminine) becomes the body, unless the word is a listed given name; after a masculine verb it stays a
person (``كان سوكارنو أول رئيس`` beside ``مؤسسة سوكارنو``).

The head is a word of ``org_part_words.csv`` (kind head) opening an organisation of the article, indefinite, with
the proper word right after it: indefinite, three letters or more, no stop word, cue or listed place.  The part
matched is the longest of the name's words after the head (``مسك الخيرية`` before ``مسك``).  Not when a definite
word follows the bare word (``وكانت مساهمة الشركة``: a noun in construct), nor over a span found already.  The
mention joins the body's entity.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from ..spans import claim
from .positions import adjacent, held_spans, is_word
from .proclitics import proclitics

__all__ = ["org_part_rows", "part_words"]

_QUOTES = {'"': '"', "«": "»", "“": "”"}


@lexicon_cache(maxsize=2)
def part_words() -> dict:
    """key -> kind (head, verb) of ``org_part_words.csv``."""
    return word_kinds("org_part_words.csv", ("head", "verb"), key)


def _bare(k: str, kind: str) -> str:
    words = part_words()
    for c in proclitics("conj_prep_longest"):
        if k.startswith(c) and words.get(k[len(c):]) == kind:
            return k[len(c):]
    return ""


def _parts(rows: list[list]) -> dict:
    """first word key -> [(word keys after the head, row)], longest first, for the article's organisations opened by
    an indefinite head."""
    from .cues import word_info

    out: dict = {}
    for r in rows:
        if r[6] != "organisation":
            continue
        raw = r[4].split()
        ws = [key(w) for w in raw]
        if len(ws) < 2 or not _bare(ws[0], "head") or ws[0].startswith("ال"):
            continue
        first, info = ws[1], word_info(raw[1])
        if first.startswith(("ال", "لل")) or len(first) < 3 or info.stop or info.conj or info.cue or info.definite \
                or _one_word_place(first):
            continue  # (شركة جدة للتنمية: جدة alone later is the city, not the company)
        for n in range(len(ws) - 1, 0, -1):
            seq = tuple(ws[1:1 + n])
            lst = out.setdefault(first, [])
            if all(s != seq for s, _ in lst):
                lst.append((seq, r))
    for lst in out.values():
        lst.sort(key=lambda x: -len(x[0]))
    return out


def _one_word_place(k: str) -> bool:
    """A listed place of one word (any context level) spelled ``k`` (key form): ``جدة``, ``هانوي``."""
    from .places import place_index

    return any(len(words) == 1 for words, _, _ in place_index().names.get(k, ()))


def _given(w: str) -> bool:
    """A listed given name (its key, or after و/ف): a person may bear it."""
    from .cues import load_cues

    k = key(w)
    given = load_cues().given
    return k in given or (k[:1] in "وف" and k[1:] in given)


def _verb_before(p, i: int) -> bool:
    from .cuewords import speech_word

    if not is_word(p, i - 1) or not adjacent(p, i - 1, i):
        return False
    k = p.fkeys[i - 1]
    return speech_word(p.toks[i - 1]) or part_words().get(k) == "verb" or \
        (k[:1] in "وف" and part_words().get(k[1:]) == "verb")


def _feminine_head(r) -> bool:
    """The row's head is feminine (شركة، مؤسسة، جمعية: written with ة), not بنك، مصرف."""
    return _bare(key(r[4].split()[0]), "head").endswith("ه")


def _verb_agrees(p, i: int, r) -> bool:
    """The verb before token i agrees with the body's head: a feminine head takes a verb ending in ت or opening
    with ت/ست (وقالت، تقوم), a masculine one neither (``وكان سوكارنو`` names no foundation)."""
    k = p.fkeys[i - 1]
    k = k[1:] if k[:1] in "وف" and len(k) > 3 else k
    fem = k.endswith("ت") or k.startswith(("ت", "ست"))
    return fem == _feminine_head(r)


def _slot(p, i: int, j: int, r) -> bool:
    """The bare part i..j stands where a body acts (module docstring)."""
    from .cues import word_info
    from .guards import imperfect_verb

    if _verb_before(p, i):
        return _verb_agrees(p, i, r)
    nxt = j + 1
    if is_word(p, nxt) and adjacent(p, j, nxt) and imperfect_verb(p.toks[nxt]):
        if not (is_word(p, i - 1) and adjacent(p, i - 1, i)):
            return True
        prev = p.toks[i - 1]  # (no noun before it that it qualifies; أن، وإن may stand there)
        return word_info(prev).stop or prev[:1] == "و" and word_info(prev[1:]).stop
    if 0 < i and nxt < len(p.toks) and p.kinds[i - 1] == "punct" and _QUOTES.get(p.toks[i - 1]) == p.toks[nxt]:
        if not is_word(p, i - 2):
            return True  # «زين»
        prev = p.toks[i - 2]  # (a noun before the quote names what is quoted: لنظام "أندرويد", the system)
        return word_info(prev).stop or key(prev) in ("ل", "لـ") or _verb_before(p, i - 1) and _verb_agrees(p, i - 1, r)
    return p.role == "title" and i == 0 and nxt < len(p.toks) and p.toks[nxt] == ":"


def _at(p, i: int, seqs) -> tuple:
    """(seq, row, first token, last token, with head) of the longest part at token i (after a proclitic or a head)."""
    n = len(p.toks)
    k = p.fkeys[i]
    for seq, r in seqs:
        for c in proclitics("conj_prep_longest"):
            if k == c + seq[0]:
                j = i + len(seq) - 1
                if j < n and all(is_word(p, i + t) and p.fkeys[i + t] == seq[t] for t in range(1, len(seq))):
                    return seq, r, i, j, len(c)
    return None


def org_part_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows (``ENTITY_COLS``, source ``part``) for an article's bodies named again by their proper word (module
    docstring); ``rows``: the article's rows so far; ``spans``: (article, paragraph) -> normalised spans taken."""
    parts = _parts(rows)
    if not parts:
        return []
    keys = {}
    for first, lst in parts.items():
        for c in proclitics("conj_prep_longest"):
            keys.setdefault(c + first, lst)
    held = held_spans(rows)
    out = []
    for p in pars:
        if p.rules != "ar" or p.role == "dateline":
            continue
        taken = spans.setdefault((p.article_id, p.paragraph), [])
        here = held.get(p.paragraph, [])
        for i, kd in enumerate(p.kinds):
            if kd != "word" or p.fkeys[i] not in keys:
                continue
            got = _at(p, i, keys[p.fkeys[i]])
            if got is None:
                continue
            seq, r, a, b, off = got
            headed = is_word(p, a - 1) and adjacent(p, a - 1, a) and _bare(p.fkeys[a - 1], "head") \
                and not p.fkeys[a - 1].startswith("ال")
            if headed:
                s = p.starts[a - 1]
            else:
                nxt = b + 1
                if is_word(p, nxt) and adjacent(p, b, nxt) and p.fkeys[nxt].startswith("ال") \
                        and not p.fkeys[b].startswith("ال"):
                    continue  # وكانت مساهمة الشركة: a noun in construct
                if not _slot(p, a, b, r):
                    continue
                s = p.starts[a] + off
            e = p.ends[b]
            os_, oe = p.original(s, e)
            same = [x for x in rows if x[1] == p.paragraph and x[2] == os_ and x[3] == oe]
            if same and not headed and a == b and all(x[6] == "person" for x in same) and not _given(p.toks[a]) \
                    and _verb_before(p, a) and p.fkeys[a - 1].endswith("ت"):
                for x in same:  # وقالت داماك: one word the finder read as a speaker is the article's company
                    x[5], x[6], x[11] = r[5], "organisation", "part"
                continue
            if claim(taken, s, e, here, p.original) is None:
                continue
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], r[5], "organisation", r[7], r[8], "",
                        p.role, "part", 0.55])
    return out
