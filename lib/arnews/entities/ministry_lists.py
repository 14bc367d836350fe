"""Ministries named by their fields after a plural or dual of وزارة (session 56, names60b, issue 14).

Saudi news lists the ministries of a committee or an agreement under one plural head: ``لجنة من ست وزارات وهي
الشؤون البلدية والقروية والداخلية والشؤون الإسلامية والأوقاف والدعوة والإرشاد والمالية والعدل``, ``مندوبين من
وزارتي الخدمة والمالية``, ``ممثلة من وزارات الشؤون البلدية والتجارة والصناعة``.  Each field of the list is a
ministry (the guide marks the field, the shared head left out).  The fields are those of ``ministry_fields.csv``
(kind field), read longest first so that a ministry of coordinated fields (``التجارة والصناعة``, ``الشؤون
الإسلامية والأوقاف والدعوة والإرشاد``) is one item; the head is a word of kind plural there (``وزارات``, ``وزارتي``,
``وزارتا``, a proclitic glued), optionally followed by ``وهي``/``هي`` or a colon.  The items are joined by ``و`` (glued
or alone) or a comma; a dual takes two items.  A list needs two items or more (``وزارات الصحة في دول الخليج``:
nothing; ``وزارات الدولة``: no field, nothing), and names no one body when ``في الدول`` / ``بدول`` follows it (the
ministries of many states) or a definite nationality or regional adjective closes it (``وزارتي الخارجية والدفاع
الأميركيتين``, ``وزارات الداخلية والعدل الخليجية``: another state's or many states' ministries; fixn), the Saudi one
aside (``السعودية``).  Each item takes the entity of its ministry's full name (the
field's ``ministry`` column: ``الخدمة`` in a list is ``وزارة الخدمة المدنية``), and gives way to a span found
already (the first item is often found by :mod:`.known`).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key
from ..spans import claim
from .keys import org_key
from .guards import gentilic, gentilic_place
from .positions import held_spans, is_word
from .proclitics import proclitics

__all__ = ["ministry_list_rows", "ministry_fields", "region_adjectives"]

#: words that may stand between the head and the first field (من ست وزارات وهي ...)
_BRIDGES = frozenset({"وهي", "هي"})
_COMMAS = frozenset({"،", ","})


@lexicon_cache(maxsize=2)
def region_adjectives() -> frozenset:
    """Keys of the regional adjectives (kind region) of ``ministry_fields.csv``."""
    return frozenset(key(r["word"].strip()) for r in read_lexicon("ministry_fields.csv") if (r.get("kind") or "").strip() == "region")


@lexicon_cache(maxsize=2)
def ministry_fields() -> tuple[frozenset, dict]:
    """(plural head keys, first field word key -> [(field word keys, ministry's full name)], longest first) of
    ``ministry_fields.csv``."""
    heads, fields = set(), {}
    for r in read_lexicon("ministry_fields.csv"):
        w, kd = (r.get("word") or "").strip(), (r.get("kind") or "").strip()
        if kd == "plural":
            heads.add(key(w))
        elif kd == "field":
            seq = tuple(key(x) for x in w.split())
            fields.setdefault(seq[0], []).append((seq, (r.get("ministry") or "").strip() or "وزارة " + w))
        elif kd != "region":
            raise ValueError(f"ministry_fields.csv: {w}: kind must be one of plural, field, region")
    for lst in fields.values():
        lst.sort(key=lambda x: -len(x[0]))
    return frozenset(heads), fields


def _head(k: str, heads) -> bool:
    return any(k.startswith(c) and k[len(c):] in heads for c in proclitics("conj_prep_longest"))


@lexicon_derived(maxsize=WORD_CACHE)
def head_word(k: str) -> bool:
    """Key ``k`` is a plural head of ``ministry_fields.csv`` behind a proclitic or none (:func:`_head`; per key type,
    speed59: the test ran on every token of every Arabic paragraph)."""
    return _head(k, ministry_fields()[0])


def _field_at(p, j: int, glued: bool, fields: dict):
    """(last token, ministry) of the longest field starting at token j (its first word after a glued و when
    ``glued``), else None."""
    if not is_word(p, j):
        return None
    k = p.fkeys[j]
    if glued:
        if not k.startswith("و"):
            return None
        k = k[1:]
    for seq, ministry in fields.get(k, ()):
        last = j + len(seq) - 1
        if all(is_word(p, j + t) and p.fkeys[j + t] == seq[t] for t in range(1, len(seq))):
            return last, ministry
    return None


def _items(p, i: int, fields: dict) -> list[tuple]:
    """[(first token, last token, offset of a glued و, ministry)] of the list after the head at token i."""
    n = len(p.toks)
    j = i + 1
    if j < n and (p.fkeys[j] in _BRIDGES or p.toks[j] == ":"):
        j += 1
    got = _field_at(p, j, False, fields)
    if got is None:
        return []
    out = [(j, got[0], 0, got[1])]
    dual = p.fkeys[i].endswith(("وزارتي", "وزارتا"))
    while not (dual and len(out) == 2):
        j = out[-1][1] + 1
        if j < n and p.toks[j] in _COMMAS:
            j += 1
        if j < n and p.toks[j] == "و":
            got, off = _field_at(p, j + 1, False, fields), 0
            j += 1
        else:
            got, off = _field_at(p, j, True, fields), 1
            if got is None and j < n and out[-1][1] + 1 < j:  # after a comma, no و: الداخلية، المالية
                got, off = _field_at(p, j, False, fields), 0
        if got is None:
            break
        out.append((j, got[0], off, got[1]))
    if len(out) < 2 or _of_states(p, out[-1][1] + 1) or _foreign_adjective(p, out[-1][1] + 1):
        return []
    return out


def _of_states(p, j: int) -> bool:
    """The list is followed by ``في الدول`` / ``بدول`` (ministries of many states, no one body): ``مختصون من وزارات
    الداخلية والعدل والإعلام في الدول العربية``."""
    if j < len(p.toks) and p.toks[j] in _COMMAS:
        j += 1
    for t in (j, j + 1):
        if is_word(p, t) and any(p.fkeys[t] == c + w for c in proclitics("conj_prep_longest") for w in ("دول", "الدول")):
            return True
    return False


def _foreign_adjective(p, j: int) -> bool:
    """Token j is a definite nationality or regional adjective, singular, dual or plural, other than Saudi
    (``الأميركيتين``, ``العراقيتان``, ``الخليجية``, ``العربية``): the list's ministries are not the Saudi ones."""
    if not is_word(p, j):
        return False
    k = p.fkeys[j]
    if k in region_adjectives():
        return True
    for end in ("يتين", "يتان"):  # a dual: الأميركيتين -> الأميركية
        if k.startswith("ال") and k.endswith(end):
            k = k[:-len(end)] + "يه"
    return gentilic(k) and gentilic_place(k) != "geo:SA"


def ministry_list_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows (``ENTITY_COLS``, source ``list``) for the fields listed after a plural of وزارة (module docstring);
    ``rows``: the article's rows so far; ``spans``: (article, paragraph) -> normalised spans taken."""
    from .names import ministry_head_gate  # (names reads head_word: imported here, not at the top)

    _, fields = ministry_fields()
    held = None
    out = []
    for p in pars:
        if p.rules != "ar" or p.role == "dateline":
            continue
        if not ministry_head_gate(p):
            continue  # (speed59: a bit of the names' one scan of the word types; most paragraphs have no head)
        cues = [i for i, k in enumerate(p.fkeys) if p.kinds[i] == "word" and head_word(k)]
        if not cues:
            continue
        if held is None:
            held = held_spans(rows)
        taken = spans.setdefault((p.article_id, p.paragraph), [])
        here = held.get(p.paragraph, [])
        for i in cues:
            for a, b, off, ministry in _items(p, i, fields):
                s, e = p.starts[a] + off, p.ends[b]
                got = claim(taken, s, e, here, p.original)
                if got is None:
                    continue
                os_, oe = got
                out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], "~" + org_key(ministry.split()),
                            "organisation", "", "", "", p.role, "list", 0.6])
    return out
