"""An indefinite organisation head with an indefinite adjective describes a body (round 45, org45).

``شركة مساهمة`` (*a joint-stock company*), ``شركة قابضة`` (*a holding company*), ``مستشفى متخصص``
(*a specialised hospital*), ``مستشفى شهير`` (*a famous hospital*), ``مستشفى حكومياً`` (*a government
hospital*, with the accusative alef) name no body.  The second word reads as an adjective when it agrees
with the head in gender (``ـة`` after a feminine head ``ـة``, none after a masculine one) and has the shape
of one:

* a participle: مُتفعِّل (``متخصص``), مُفاعِل (``مساهمة``), مُستفعِل (``مستقلة``), مفعول (``محدودة``);
* فاعِلة after a feminine head (``قابضة``, ``رائدة``; a masculine فاعِل is too often a town: ``حائل``);
* فعيل (``شهير``, ``كبير``);
* a nisba with the accusative alef (``حكومياً``; the bare nisba is :func:`guards.descriptive_org`'s).

Not when the word is a given name (``مدرسة فاطمة``, ``مستشفى سعيد``) or a listed place (``مستشفى عفيف``),
nor a masculine فعيل whose definite form is rare (``مركز خريص``, a town), nor a shape too close to nouns that name bodies: مُفعِل of four letters (``مؤسسة موهبة``) is left alone.
"""
from __future__ import annotations

import re

from .cues import SHAPE_NATIVE, load_cues, word_info, zipf_ar

_PARTICIPLE = re.compile(r"^(مت...|م.ا..|مست...|م..و.)$")
_FAAIL = re.compile(r"^.ا..$")
_FAIIL = re.compile(r"^..ي.$")
#: a masculine فعيل is an adjective when its definite form is at least this frequent (الشهير 4.6; الخريص 1.4)
DEFINITE_FAIIL_ZIPF = 2.5


def adjective_after_indefinite_head(p, i: int) -> bool:
    """Tokens i, i+1 are an indefinite head and an indefinite adjective agreeing with it (see the module)."""
    head, w = p.fkeys[i], p.fkeys[i + 1]
    if w.startswith(("ال", "لل")) or len(w) < 4:
        return False
    info = word_info(p.toks[i + 1])
    if info.conj or info.stop or info.cue or info.shape > SHAPE_NATIVE or info.zipf < 2.5:
        return False
    if w in load_cues().given:
        return False
    from .places import listed_place_at
    if listed_place_at(p, i + 1):
        return False  # منتخب ايطاليا، مستشفى عفيف
    if w.endswith("يا") and len(w) >= 5 and zipf_ar("ال" + p.toks[i + 1].rstrip("ًّ")[:-1]) >= 3.0:
        return True  # مستشفى حكومياً (الحكومي)
    fem = head.endswith("ه")
    if fem != w.endswith("ه"):
        return False
    stem = w[:-1] if fem else w
    if not (_PARTICIPLE.match(stem) or _FAIIL.match(stem) or (fem and _FAAIL.match(stem))):
        return False
    if not fem and _FAIIL.match(stem) and zipf_ar("ال" + p.toks[i + 1]) < DEFINITE_FAIIL_ZIPF:
        return False  # مركز خريص: a town, which takes no article (الشهير، الكبير do)
    return True
