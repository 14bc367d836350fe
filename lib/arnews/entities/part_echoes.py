"""A found person named again by one part where kin, a call or a list of people frame it (session 43, person46).

:mod:`arnews.entities.part_mentions` (with :mod:`arnews.entities.part_slots`) reads a found person's one-word part
after a verb, a title, a follower noun, after كان / أن, in quotes or opening a title.  Pooled over the development
sets, the parts it still misses stand:

* after a kinship or bereavement noun (``والد العمري``, ``شقيقه سعود``, ``ذوي البارقي``, ``جثمان الزهراني``) or the
  vocative (``يا حسيني``): the words of ``part_echo_words.csv`` (with a glued و / ف);
* in a list of people, glued to و right after a person the article names (``سعد زغلول وطلعت حرب والنحاس``,
  ``ذوي البارقي وبشيري وياسين``), or right before و + a person (``البارقي وبشيري``).

Only the found person's own part is read, with the guards of ``part_mentions`` (its part list, one person a part,
no word after it continuing another name, no span already taken).  A kin word followed by the part and a word
continuing a name is another man (``والد سعود العتيبي``).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from ..spans import claim
from .cues import load_cues, word_info
from .part_mentions import NAME_LINKS, continues_name, single_parts
from .positions import adjacent, held_spans, is_word

__all__ = ["echo_words", "part_echo_rows"]


@lexicon_cache(maxsize=2)
def echo_words() -> dict:
    """Key of a word of ``part_echo_words.csv`` -> its kind (``kin``, ``vocative``)."""
    return word_kinds("part_echo_words.csv", ("kin", "vocative"), key)


def _framed(p, i: int) -> bool:
    """The word before token i is a kin word or the vocative (with a glued و or ف)."""
    if not is_word(p, i - 1) or not adjacent(p, i - 1, i):
        return False
    words, k = echo_words(), p.fkeys[i - 1]
    return k in words or (k[:1] in "وف" and len(k) > 2 and k[1:] in words)


def _vocative(p, i: int) -> bool:
    """The word before token i is the vocative (يا حسيني)."""
    return _framed(p, i) and echo_words().get(p.fkeys[i - 1][p.fkeys[i - 1][:1] in "وف" and len(p.fkeys[i - 1]) > 2:]) \
        == "vocative"


def _name_word_before(p, i: int) -> bool:
    """The word before token i may open a name the part closes: a listed given name, a link, a foreign or a rare
    word (سلطان المصري وفهد الدوسري, نادية مصطفى وإيهاب توفيق: one person each, not the part)."""

    if not is_word(p, i - 1) or not adjacent(p, i - 1, i):
        return False
    k, info = p.fkeys[i - 1], word_info(p.toks[i - 1])
    return k in load_cues().given or k in NAME_LINKS or k.startswith("عبد") or (k[:1] in "وف" and k[1:] in load_cues().given) \
        or info.foreign or (info.zipf < 4.5 and not (info.stop or info.cue or info.conj))  # نادية مصطفى وإيهاب توفيق


#: nouns of a family, a tribe or a family's wedding: the names listed after them are families (أسرة البداح والرومي،
#: أفراح الوشيح والشمري), not the article's found person
_FAMILY_NOUNS = frozenset(key(w) for w in "أسرة أسرتي عائلة عائلتي أفراح قبيلة قبيلتي آل".split())


def _after_family_noun(people: list, p, t: int) -> bool:
    """The person row ending with token t follows a family noun (أسرة البداح)."""
    e = p.original(p.starts[t], p.ends[t])[1]
    for ps, pe in people:
        if pe != e:
            continue
        u = next((x for x in range(t, -1, -1) if p.original(p.starts[x], p.ends[x])[0] <= ps), -1)
        if u > 0 and is_word(p, u - 1):
            k = p.fkeys[u - 1]
            if k in _FAMILY_NOUNS or (k[:1] in "وفلب" and k[1:] in _FAMILY_NOUNS):
                return True
    return False


def _person_ends_at(people: list, p, t: int) -> bool:
    """A person row of the paragraph (original spans ``people``) ends with token t."""
    if not (0 <= t < len(p.toks)):
        return False
    e = p.original(p.starts[t], p.ends[t])[1]
    return any(pe == e for _, pe in people)


def _person_starts_after_waw(people: list, p, t: int) -> bool:
    """Token t is و glued to a word that opens a person row of the paragraph."""
    if not is_word(p, t) or p.fkeys[t][:1] != "و" or len(p.fkeys[t]) < 4:
        return False
    s = p.original(p.starts[t] + 1, p.ends[t])[0]
    return any(ps == s for ps, _ in people)


def part_echo_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows (``ENTITY_COLS``, source ``part``) for a found person's one-word part after a kin word or the vocative,
    or in a list beside another person (see the module docstring); ``rows``: the article's rows so far; ``spans``:
    (article, paragraph) -> normalised spans taken (extended here)."""
    parts = single_parts(rows)
    if not parts:
        return []
    held = held_spans(rows)
    out: list = []
    for p in pars:
        if p.rules != "ar" or p.role == "dateline":
            continue
        taken = spans.get((p.article_id, p.paragraph), [])
        rows_here = held.get(p.paragraph, [])
        people = [(r[2], r[3]) for r in rows if r[1] == p.paragraph and r[6] == "person"]
        n = len(p.toks)
        for i, kd in enumerate(p.kinds):
            if kd != "word":
                continue
            k = p.fkeys[i]
            off = 0 if k in parts else 1 if (k[:1] == "و" and k[1:] in parts) else -1
            first = k[off:]
            if off < 0 and "ال" + k in parts and _vocative(p, i):
                off, first = 0, "ال" + k  # يا حسيني after عبدالله الحسيني: the call drops the article
            if off < 0:
                continue
            for seq, eid in parts[first]:
                j = i + len(seq) - 1
                if all(j < n and is_word(p, i + t) and (p.fkeys[i + t] if t else first) == seq[t]
                       for t in range(len(seq))):
                    break
            else:
                continue
            if continues_name(p, j):
                continue  # والد سعود العتيبي, وسعود بن فهد: another man's name goes on
            if off:  # وبشيري right after a person: a list of people
                slot = is_word(p, i - 1) and adjacent(p, i - 1, i) and _person_ends_at(people, p, i - 1) \
                    and not _after_family_noun(people, p, i - 1)
            else:  # ذوي البارقي, يا حسيني; البارقي وبشيري: a list of people opened by the part
                slot = _framed(p, i) or (adjacent(p, j, j + 1) and _person_starts_after_waw(people, p, j + 1)
                                         and not _name_word_before(p, i))
            if not slot:
                continue
            s, e = p.starts[i] + off, p.ends[j]
            got = claim(taken, s, e, rows_here, p.original)
            if got is None:
                continue
            os_, oe = got
            spans[(p.article_id, p.paragraph)] = taken
            people.append((os_, oe))
            rows_here.append((os_, oe))
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], eid, "person", "", "", "",
                        p.role, "part", 0.55])
    return out

