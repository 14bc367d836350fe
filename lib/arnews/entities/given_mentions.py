"""A found person named again later by a frequent given name alone, where only a person stands (session 55, names59e).

The later-mention pass (:func:`arnews.entities.table._later_mentions`) and :mod:`arnews.entities.part_mentions`
let a person's given name recur alone only when it is rarer than Zipf 4.5 (نزار، كاثي): a frequent given name
(عمر، صالح، صدام، سعود) names many men and is often an ordinary word (صالح *fit*, عمر *age*).  Within one article,
when exactly one person found with two words or more opens with such a given name, and no other found person
has it among his words, the given name written alone (under Zipf 5.5: not محمد، أحمد, which name too many men) names that person in a strict person slot:

* right after a verb of saying or acting, كان or أن, a title or an office with the article
  (``وقال عمر``, ``وأضاف صالح``, ``أعلن صدام``, ``الرئيس صدام``; the slots of :mod:`arnews.entities.part_mentions`);
* right before a verb of saying (``صدام قال``, ``عمر يقول``);
* after the vocative يا (``يا مصطفى``);
* first in a title before a colon (``صالح: ...``).

The word after it, if any, is a function word, a conjunction or a verb of saying. Not a given name that is also a cue (مساعد *assistant*), not before a definite word it would govern (``أوضح مساعد
المدير``, ``عمر الإنسان``), not when the next word continues another name (a listed given name, a link, a foreign or rare word, a nisba
without the article: ``وقال صالح عسيري`` is another man), not before a eulogy (``محمد صلى الله عليه وسلم``), not
inside a name already found.  علي / على are never read (a preposition).
"""
from __future__ import annotations

from .cues import load_cues, word_info
from .cuewords import speech_word
from .part_mentions import continues_name, office_before, title_speaker, verb_before
from .part_slots import extra_slot
from .positions import adjacent, held_spans, is_word
from ..normalize import key
from ..spans import claim, overlaps_any
from .wordtests import STOP_GIVEN

__all__ = ["given_mention_rows", "GIVEN_MIN_ZIPF", "GIVEN_MAX_ZIPF", "NEXT_RARE_ZIPF"]

#: given names at or above this Zipf are left by the other passes (see the module docstring)
GIVEN_MIN_ZIPF = 4.5
#: ... and a given name at or above this one names too many men to name one alone (محمد 6.1، أحمد 5.6; عمر 5.5 is
#: under it): pinned by tests/test_names_person42.py::test_frequent_given_name_is_no_part
GIVEN_MAX_ZIPF = 5.5
#: a word after the given name rarer than this is a family name (وقال صالح عسيري): no bare mention
NEXT_RARE_ZIPF = 4.0
#: after these the given name is the Prophet's or a companion's (صلى الله عليه وسلم، رضي الله عنه)
_EULOGY = frozenset({"صلي", "صلى", "عليه", "رضي"})
_VOCATIVE = frozenset({"يا"})


def _given_parts(rows: list[list]) -> dict:
    """given-name key -> the one entity id of the article's found people (two to five words) that opens with it,
    for frequent given names named by no other found person (among any of their words)."""
    given = load_cues().given
    owners: dict = {}
    for r in rows:
        if r[6] != "person":
            continue
        ws = r[4].replace("-", " ").split()
        for t, w in enumerate(ws):
            owners.setdefault(key(w), set()).add(r[5] if len(ws) >= 2 else ("one", r[5]))
    out = {}
    for r in rows:
        if r[6] != "person":
            continue
        ws = r[4].replace("-", " ").split()
        if not 2 <= len(ws) <= 5:
            continue
        k0 = key(ws[0])
        i0 = word_info(ws[0])
        if k0 not in given or k0 in STOP_GIVEN or len(k0) < 3 or not GIVEN_MIN_ZIPF <= i0.zipf < GIVEN_MAX_ZIPF or i0.cue:
            continue  # (مساعد is also an office: مساعد المدير)
        if key(ws[1]) in ("الدين", "الاسلام", "الله"):
            continue  # (a theophoric compound is its own given name)
        ids = {x for x in owners.get(k0, ()) if not isinstance(x, tuple)}
        if len(ids) == 1:
            out[k0] = r[5]
    return out


def _next_is_name(p, i: int) -> bool:
    """A word right after token i continues another name or a eulogy: see the module docstring."""
    if continues_name(p, i):
        return True
    j = i + 1
    if not is_word(p, j) or not adjacent(p, i, j):
        return False
    k, info = p.fkeys[j], word_info(p.toks[j])
    if k in _EULOGY or (info.definite and not info.stop):
        return True  # (a definite word after it makes it a construct: مساعد المدير، عمر الإنسان)
    return not (info.stop or info.conj or info.cue) and not k.startswith("ال") and (
        info.zipf < NEXT_RARE_ZIPF or (k.endswith("ي") and info.zipf < GIVEN_MIN_ZIPF))


def _ends_alone(p, i: int) -> bool:
    """Token i is followed by no word, or by a function word, a conjunction or a verb of saying (``وقال صدام إن``,
    ``ذكر عبيد أن``): never by a word that may be a second name (``المقدم محمد عبده الحربي``)."""
    j = i + 1
    if not is_word(p, j) or not adjacent(p, i, j):
        return True
    info = word_info(p.toks[j])
    return (info.stop or info.conj or speech_word(p.toks[j])) and not _next_is_name(p, i)


def _slot(p, i: int) -> bool:
    if title_speaker(p, i, i):
        return True
    if not _ends_alone(p, i):
        return False
    if verb_before(p, i) or office_before(p, i) or extra_slot(p, i, i):
        return True
    if is_word(p, i - 1) and p.fkeys[i - 1] in _VOCATIVE:
        return True
    return is_word(p, i + 1) and adjacent(p, i, i + 1) and speech_word(p.toks[i + 1])


def given_mention_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows (``ENTITY_COLS``, source ``part``) for the frequent given names that name a found person again (see the
    module docstring); ``rows``: the article's rows so far; ``spans``: (article, paragraph) -> normalised spans taken
    (extended here)."""
    parts = _given_parts(rows)
    if not parts:
        return []
    held = held_spans(rows)
    out = []
    for p in pars:
        if p.rules != "ar" or p.role == "dateline":
            continue
        taken = spans.get((p.article_id, p.paragraph), [])
        rows_here = held.get(p.paragraph, [])
        for i, kd in enumerate(p.kinds):
            if kd != "word" or p.fkeys[i] not in parts:
                continue
            s, e = p.starts[i], p.ends[i]
            if overlaps_any(taken, s, e) or not _slot(p, i):
                continue
            got = claim(taken, s, e, rows_here, p.original)
            if got is None:
                continue
            os_, oe = got
            spans[(p.article_id, p.paragraph)] = taken
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], parts[p.fkeys[i]], "person", "", "", "",
                        p.role, "part", 0.5])
    return out
