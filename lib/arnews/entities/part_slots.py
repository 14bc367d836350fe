"""More slots where a found person's part names him again, and the follower's organisation it replaces (session 42,
person44).

:mod:`arnews.entities.part_mentions` reads a found person's one-word part after a verb of saying or acting, a title,
or a noun whose genitive is a leader.  Pooled over the development sets, the parts still missed stand:

* right after كان (``وكان رزاق أعلن``, ``وكان عون قد اعترض``): the subject of a compound past tense;
* right after the conjunction أن / إن / بأن / لأن (``ومع أن عون حذر``, ``يذكر أن سيف قد وقع``): the subject of the
  clause;
* after a verb of a person's act the lists lacked (``وحصل الخوجة على``, ``وأصبح سانز``, ``وشاهد الطيب``,
  ``واستعرض كوي``, ``كما أطلع مدني``), and after بيّن when أن follows the part (``وبين عمار أن``: *explained*;
  بين is also the preposition *between*);
* after a follower noun (``قوات الأسد``, ``قوات صالح الانقلابية``), where the organisation reading of the whole
  phrase took the span: the readers mark the leader, not his forces as a body.  The organisation row that opens at
  the follower and covers the part gives way to the person (:func:`follower_orgs`).

Only the found person's own part is read (all the guards of ``part_mentions`` hold); a part right after أن that is
followed by a word continuing another name is left alone as before, and after كان or أن the part is no subject when
a definite word follows it (``أن حسن الأداء مطلوب``: *good performance*, the pinned neighbour of round 20).
"""
from __future__ import annotations

from ..normalize import key
from .cuewords import NOT_SPEECH
from .positions import is_word

__all__ = ["KANA", "THAT", "MORE_ACT_VERBS", "extra_slot", "follower_orgs"]

#: the auxiliary *was* (masculine, feminine) with its conjunction
KANA = frozenset(key(w) for w in "كان كانت وكان وكانت فكان فكانت".split())
#: conjunctions *that* (أن، إن) with a preposition or a conjunction glued (بأن، لأن، وأن، وإن; not فإن, whose key
#: is the particle of فان غال)
THAT = frozenset(key(w) for w in "أن إن بأن لأن وأن وإن".split())
#: verbs of a person's act not in ``part_mentions.ACT_VERBS`` nor the verbs of saying: *obtained, became, watched,
#: reviewed, briefed, visited, received, headed, signed* (masculine and feminine past)
MORE_ACT_VERBS = frozenset(key(w) for w in (
    "حصل حصلت أصبح أصبحت شاهد شاهدت استعرض استعرضت أطلع أطلعت زار زارت استقبل استقبلت ترأس ترأست وقع وقعت").split())


def _bare(k: str) -> str:
    return k[1:] if k[:1] in "وف" and len(k) > 3 else k


def extra_slot(p, i: int, j: int) -> bool:
    """Tokens i..j (a found person's part) stand where a person stands: after كان, after أن/إن, after one of
    :data:`MORE_ACT_VERBS`, or after بيّن with أن after the part."""
    if not is_word(p, i - 1):
        return False
    k = p.fkeys[i - 1]
    if k in KANA or k in THAT:
        # (أن حسن الأداء مطلوب: an ordinary word before a definite genitive is no subject named by the part)
        return not (is_word(p, j + 1) and p.fkeys[j + 1][p.fkeys[j + 1][:1] in "وفبل":].startswith("ال"))
    b = _bare(k)
    if b in MORE_ACT_VERBS:
        return True
    # بين / بينت (cuewords.NOT_SPEECH): *explained*, also the preposition *between*; a verb only when أن follows
    return b in NOT_SPEECH and is_word(p, j + 1) and p.fkeys[j + 1] in ("ان", "بان")


def follower_orgs(p, i: int, j: int, rows_here: list, followers) -> list:
    """The organisation rows (of ``rows_here``, rows of this paragraph) that open at the follower noun right before
    token i (``قوات``, ``وقوات``, ``لحكومة``) and cover the part i..j: ``قوات الأسد`` read as a body.  Empty when a
    row of another kind overlaps the part or no follower precedes it."""
    if not is_word(p, i - 1):
        return []
    k = p.fkeys[i - 1]
    bare = k[2:] if k[:2] in ("ول", "وب", "فل", "فب") else k[1:] if k[:1] in "لبوف" else k
    if k not in followers and bare not in followers:
        return []
    fs, fe = p.original(p.starts[i - 1], p.ends[i - 1])
    ps, pe = p.original(p.starts[i], p.ends[j])
    over = [r for r in rows_here if r[2] < pe and ps < r[3]]
    if not over or any(r[6] != "organisation" or not (fs <= r[2] < fe) or r[3] < pe for r in over):
        return []
    return over
