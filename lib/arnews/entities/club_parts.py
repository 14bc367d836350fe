"""A foreign club named in full once, then by its city word alone as the subject of a match verb (org45).

A match report names ``أولمبيك ليون`` (a listed club) once, then writes ``وأنهى ليون المباراة بعشرة لاعبين``,
``وخسر ليون خمس مرات``: the bare word after a verb whose subject is a club (``club_subject_verbs.csv``, and the
verbs of a result or a loss of ``fixture_words.csv``; و/ف glued) is the club.  Only in a sports paragraph, for the
last word of a club of two words or more found in the article (source listed or club) that is a listed place or
shaped like a transliteration (``ليون``, ``موناكو``; not an ordinary Arabic word: ``يونايتد`` yes, ``الأهلي`` no
article), and only where no name was found already.  The mention joins the club's entity."""
from __future__ import annotations

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key
from ..spans import claim
from .positions import adjacent, held_spans, is_word

__all__ = ["club_part_rows", "club_subject_verbs"]


@lexicon_cache(maxsize=2)
def club_subject_verbs() -> frozenset:
    """Keys of ``club_subject_verbs.csv``."""
    return frozenset(key(r["word"].strip()) for r in read_lexicon("club_subject_verbs.csv"))


def _club_verb(k: str) -> bool:
    from .fixtures import fixture_words

    fw = fixture_words()
    for c in (k, k[1:] if k[:1] in "وف" and len(k) > 3 else None):
        if c and (c in club_subject_verbs() or fw.get(c) in ("verb", "loss")):
            return True
    return False


def _words(rows: list[list]) -> dict:
    """city word key -> the club row it stands for."""
    from .cues import SHAPE_NATIVE, word_info
    from .places import place_index

    out: dict = {}
    for r in rows:
        if r[6] != "organisation" or r[11] not in ("listed", "club"):
            continue
        raw = r[4].split()
        if len(raw) < 2:
            continue
        w, k = raw[-1], key(raw[-1])
        info = word_info(w)
        if k.startswith(("ال", "لل")) or len(k) < 3 or info.stop or info.conj or info.cue:
            continue
        if info.shape > SHAPE_NATIVE or k in place_index().names:
            out.setdefault(k, r)
    return out


def club_part_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows (``ENTITY_COLS``, source ``club part``) for a club's city word after a club's verb (module docstring)."""
    from .known import sporty as _sporty

    words = _words(rows)
    if not words:
        return []
    held = held_spans(rows)
    out = []
    for p in pars:
        if p.rules != "ar" or p.role == "dateline" or not _sporty(p):
            continue
        taken = spans.setdefault((p.article_id, p.paragraph), [])
        here = held.get(p.paragraph, [])
        for i, kd in enumerate(p.kinds):
            r = words.get(p.fkeys[i]) if kd == "word" else None
            if r is None or not (is_word(p, i - 1) and adjacent(p, i - 1, i) and _club_verb(p.fkeys[i - 1])):
                continue
            s, e = p.starts[i], p.ends[i]
            got = claim(taken, s, e, here, p.original)
            if got is None:
                continue
            os_, oe = got
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], r[5], "organisation", r[7], r[8], "",
                        p.role, "club part", 0.55])
    return out
