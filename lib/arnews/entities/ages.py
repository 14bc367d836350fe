"""A name followed by an age in brackets is a person (round 33).

``كونياكو سايتو (26 عاما)``, ``وكتب سميث (46 عاما)``, ``ابنه جادن (17 عاما)``: news gives a person's age in
brackets right after the name, and a place or a body never has one.  A transliterated guess typed a place there
(source ``translit``) is the person; and a run of one or two transliterated words that no rule found (foreign-shaped,
rare, no cue, no stop word) standing right before the bracket is a person.  Common nouns before an age (الرجل،
الزوجة) are frequent words and stay out.
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info, zipf_ar
from .keys import Name, name_key
from .positions import covered_tokens, is_word as _word

__all__ = ["people_with_ages"]

#: a word of the run is rare Arabic below this zipf (سايتو، سميث، جادن; not الرجل، الزوجة)
RARE_ZIPF = 3.0
_AGE = frozenset(key(w) for w in ("عاما", "عام", "سنة", "سنوات", "أعوام"))


def _age_after(p, e: int) -> bool:
    """Tokens after token e: ``(`` + a number + a year word + ``)``."""
    t = e + 1
    toks = p.toks
    return t + 3 < len(toks) and toks[t] == "(" and p.kinds[t + 1] == "number" and key(toks[t + 2]) in _AGE \
        and toks[t + 3] == ")"


def people_with_ages(p, found: list) -> list:
    """``found`` with the names before an age in brackets made people (module docstring)."""
    if p.rules != "ar" or "(" not in p.toks:
        return found
    tok_of_end = p.token_at()[1]
    covered = covered_tokens(p, found)
    out = []
    for nm in found:
        b = tok_of_end.get(nm.end)
        if nm.type == "place" and nm.source == "translit" and b is not None and _age_after(p, b):
            nm = Name(nm.start, nm.end, "person", nm.source, nm.confidence, nm.key, nm.cue)
        out.append(nm)
    cues = load_cues()
    for t, tok in enumerate(p.toks):
        if tok != "(" or t == 0 or (t - 1) in covered or not _age_after(p, t - 1):
            continue
        run = []
        u = t - 1
        while u >= 0 and len(run) < 2 and _word(p, u) and u not in covered:
            w = p.toks[u]
            info = word_info(w)
            if info.cue or info.stop or info.conj or key(w).startswith("ال") or zipf_ar(w) >= RARE_ZIPF \
                    or not (info.foreign or key(w) in cues.given):
                break
            run.insert(0, u)
            u -= 1
        if run:
            words = [p.toks[x] for x in run]
            out.append(Name(p.starts[run[0]], p.ends[run[-1]], "person", "translit", 0.55, name_key(words)))
    return sorted(out, key=lambda x: (x.start, x.end))
