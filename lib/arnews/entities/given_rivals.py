"""Which found people sharing a rare given name are two men (session 37, person39).

A listed given name two found people share recurs alone as neither (نزار مدني، نزار قباني: see
:data:`arnews.entities.table.GIVEN`).  A given-name run that closes on a verb (``وكان أنيس يمد يده``،
``نيكول انفصلت عن``) is the same person's given name followed by prose, not a second man: it does not
stop the given name of ``أنيس منصور`` from naming him again alone (``كان أنيس من أكثر صحافيي العرب``).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info, zipf_ar

__all__ = ["verb_after_given", "rival_people"]


def _verb_shaped(w: str) -> bool:
    """A native-shaped indefinite Arabic word (zipf 3 or more as written) shaped like a verb of the third person:
    imperfect of three or four letters, not ending in ي (يمد، يزعل; not يعقوب، يسري) or perfect feminine or plural of five letters or more (انفصلت، اعتذرت، غادروا); never a
    listed given name, a definite word, a function word or a cue (حكمت، بهجت: four letters, not read as verbs)."""
    k = key(w)
    info = word_info(w)
    if k in load_cues().given or k.startswith("ال") or info.stop or info.cue or not info.native or len(k) < 3 \
            or zipf_ar(w) < 3.0 and not k.startswith("ي"):
        return False
    return (k[:1] == "ي" and len(k) <= 4 and not k.endswith("ي")) or (len(k) >= 5 and k.endswith(("ت", "وا")) and not k.endswith("ات"))


def verb_after_given(surface: str) -> bool:
    """The found name is a listed given name and a verb-shaped word (أنيس يمد، نيكول لجأت لإد)."""
    ws = surface.replace("-", " ").split()
    return len(ws) >= 2 and key(ws[0]) in load_cues().given and _verb_shaped(ws[1])


def rival_people(eids: set, surfaces: dict) -> set:
    """The ids among ``eids`` (people whose given name recurs) that name a man of their own: not a given
    name closing on a verb (``surfaces``: id -> a surface of the name)."""
    return {e for e in eids if not verb_after_given(surfaces.get(e, ""))}
