"""A public figure named by one word that is also a common word or given name (session 51, names55a, issue 14).

The news names Yemen's former president by ``صالح`` alone (``قوات صالح``, ``ميليشيات الحوثي وصالح``, ``المخلوع صالح``),
its president by ``هادي`` (``للرئيس هادي``) and Libya's late ruler by ``القذافي`` (``نظام القذافي``); the name finder
reads none of them: ``صالح`` is a frequent word (*good*) and a given name, and a bare word needs a cue.  Such a word is
the figure right after one of the words ``bare_figures.csv`` lists with it (kind ``cue``: the cue word with or
without a glued و or ل, the figure word with or without a glued و or a و written apart: ``الحوثي و صالح``), and its
own given name before it opens the span (kind ``given``: ``معمر القذافي``, ``بمعمر القذافي`` without the ب).  The word
must close the name: a listed given name, a rare definite word (a family name) or a link word after it (``قوات صالح
العلي``) leaves it alone (a preposition written with ى is no given name: ``وقوات صالح على المدينة``), and so does any
name another rule found across it, except a body the cue ``قوات`` opened across the figure (``قوات هادي المدعومة``:
the forces loyal to Hadi, who is the name), which the person replaces.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key
from .cues import load_cues, word_info
from .keys import Name, tanween
from .namelinks import NASAB
from .positions import adjacent, is_word
from .proclitics import proclitics

__all__ = ["bare_figures", "bare_figure_words"]

#: prepositions written with a final ى or alef that fold to a listed given name (على -> علي)
_PREPOSITIONS = frozenset(("على", "الى", "إلى"))
#: the cue that heads an organisation a rule may have read across the figure (قوات صالح الانقلابية)
_FORCES = frozenset(("قوات", "وقوات"))


@lexicon_cache(maxsize=2)
def bare_figure_words() -> dict:
    """``{figure key: {"cue": frozenset of keys, "given": frozenset of keys, "id": {(kind, key): id}}}`` of
    ``bare_figures.csv``."""
    out: dict = {}
    for r in read_lexicon("bare_figures.csv"):
        kd, fid = (r.get("kind") or "").strip(), (r.get("id") or "").strip()
        if kd not in ("cue", "given") or not fid.startswith("pers:"):
            raise ValueError(f"bare_figures.csv: {r.get('word')}: kind must be cue or given, id pers:<name>")
        slot = out.setdefault(key((r.get("word") or "").strip()), {"cue": set(), "given": set(), "id": {}})
        b = key((r.get("before") or "").strip())
        slot[kd].add(b)
        slot["id"][(kd, b)] = fid
    return {k: {kd: (v if kd == "id" else frozenset(v)) for kd, v in d.items()} for k, d in out.items()}


def _figure_id(fig: dict, kd: str, prev: str) -> str:
    """The id of the row whose word before is ``prev`` (a cue read behind a glued و / ل: its row's id)."""
    ids = fig["id"]
    if (kd, prev) in ids:
        return ids[(kd, prev)]
    if (kd, prev[1:]) in ids:
        return ids[(kd, prev[1:])]
    return next(v for (k, _), v in ids.items() if k == kd)


def _bare(k: str, words: frozenset) -> bool:
    """Key k is one of ``words`` or one of them behind a glued و / ل (وقوات، للرئيس: ل + الرئيس drops its alef)."""
    if k in words:
        return True
    for pre in proclitics("bare_figure"):
        if k.startswith(pre) and len(k) > len(pre) + 2:
            rest = k[len(pre):]
            if rest in words or pre.endswith("ل") and "ا" + rest in words:
                return True
    return False


def _closes(p, t: int, given: frozenset) -> bool:
    """The word at token t ends the name: no listed given name, definite word, link or rare word right after it."""
    u = t + 1
    if u >= len(p.toks) or not is_word(p, u) or not adjacent(p, t, u):
        return True
    k = p.fkeys[u]
    if p.toks[u] in _PREPOSITIONS:
        return True  # وقوات صالح على المدينة: على folds to the given name علي
    if k in given or k in NASAB:
        return False  # صالح محمد، القذافي بن: the word is a given name of a longer name
    info = word_info(p.toks[u])
    if info.stop or info.conj or info.cue:
        return True
    return not (k.startswith("ال") and info.zipf < 3.5)  # قوات صالح العلي: a family name follows


def bare_figures(p, names: list[Name]) -> list[Name]:
    """``names`` with the bare figures of the module docstring added (Arabic rules only)."""
    figures = bare_figure_words()
    if p.rules != "ar" or not figures:
        return names
    given = load_cues().given
    out, drop = [], set()
    for t, (kd, k) in enumerate(zip(p.kinds, p.fkeys)):
        if kd != "word" or t == 0 or tanween(p, t):
            continue
        fig = figures.get(k)
        glued = False
        if fig is None and k[:1] == "و" and len(k) > 3:
            fig, glued = figures.get(k[1:]), True
        if fig is None or not is_word(p, t - 1) or not adjacent(p, t - 1, t):
            continue
        c = t - 1
        if not glued and p.fkeys[c] == "و" and c >= 1 and is_word(p, c - 1) and adjacent(p, c - 1, c):
            c, glued = c - 1, True  # ميليشيات الحوثي و صالح: the و written apart
        prev = p.fkeys[c]
        if not glued and (prev in fig["given"] or prev[:1] in "بلو" and prev[1:] in fig["given"]):
            s = p.starts[c] + (0 if prev in fig["given"] else 1)  # بمعمر القذافي: the name without its ب
            fid = _figure_id(fig, "given", prev)
        elif _bare(prev, fig["cue"]):
            s = p.starts[t] + (1 if glued and c == t - 1 else 0)
            fid = _figure_id(fig, "cue", prev)
        else:
            continue
        e = p.ends[t]
        if not _closes(p, t, given):
            continue
        over = [nm for nm in names if nm.start < e and s < nm.end]
        same = len(over) == 1 and over[0].type == "person" and (over[0].start, over[0].end) == (s, e)
        if over and not same and not (len(over) == 1 and over[0].type == "organisation"
                                      and over[0].start == p.starts[c] + (1 if p.fkeys[c].startswith("و") else 0)
                                      and p.toks[c] in _FORCES and s == p.starts[t]):
            continue  # (قوات صالح الانقلابية read as a body by the cue قوات, or وقوات: Saleh's forces, the man named;
            # the figure word alone read as a person by another rule takes the figure's id: fixn)
        drop |= set(over)
        out.append(Name(s, e, "person", "cue", 0.6, fid, p.toks[c]))  # (the row's stable id: fixn)
    if not out:
        return names
    return sorted([nm for nm in names if nm not in drop] + out, key=lambda x: (x.start, x.end))
