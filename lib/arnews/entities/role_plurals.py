"""A transliterated name after a plural role noun is a person (session 42): ``كبير الباحثين آنج كوي``.

An uncued run of two transliterated words is typed a place by default (:func:`arnews.entities.names._arabic_names`).
Right after a role noun (``entity_cues.csv`` kind ``role``: باحث، لاعب، مدرب، ممثل ...) in its sound plural
(``الباحثين``, ``اللاعبين``, ``المهندسين``: the role with ين/ون) or its singular, it names one of them: a person.
Only a run the finder typed a place from the transliteration alone (source ``translit``), never a listed place.
"""
from __future__ import annotations

from .cues import word_info
from .keys import Name
from .positions import adjacent, is_word

__all__ = ["people_after_role_plurals"]


def _role(w: str) -> bool:
    """``w`` is a role noun or its sound masculine plural (الباحثين -> باحث)."""
    info = word_info(w)
    if info.cue == "role":
        return True
    b = info.bare
    for suf in ("ين", "ون"):
        if b.endswith(suf) and len(b) - len(suf) >= 3:
            r = b[: -len(suf)]
            if word_info(r).cue == "role":
                return True
    return False


def people_after_role_plurals(p, found: list) -> list:
    """``found`` with a transliterated place right after a role noun read as a person (module docstring)."""
    if p.rules != "ar" or not any(nm.type == "place" and nm.source == "translit" for nm in found):
        return found
    tok_of_start, _ = p.token_at()
    out = list(found)
    for i, nm in enumerate(found):
        if nm.type != "place" or nm.source != "translit":
            continue
        t = tok_of_start.get(nm.start)
        if t is None or not (is_word(p, t - 1) and adjacent(p, t - 1, t)) or not _role(p.toks[t - 1]):
            continue
        out[i] = Name(nm.start, nm.end, "person", nm.source, nm.confidence, nm.key, nm.cue)
    return out
