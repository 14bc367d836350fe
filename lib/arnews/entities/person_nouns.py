"""Person nouns before a name (session 40, helper person41): المفكر الإسلامي سلمان العودة، المبتعث فهد الشمري،
الطفلة البحرينية ريم الزامل، الناشط المدني صفاء الضاحي، زميله هادي العتيبي.

These nouns (rows of ``entity_cues.csv`` marked session 40) are ordinary words far more often than they announce
a name (الطفل وتنتقي له، مبتعث متفوق، مفكرة عفنة), so the run after them is a person only when it opens with a
listed given name (Arabic or foreign), a theophoric name (عبدالله), a kunya (أبو سياف) with one more word, or is two
or more foreign-shaped words, none shaped like native Arabic (زلاتان ابراهيموفيتش; not مبتعث متفوق أبهر)."""
from __future__ import annotations

from ..normalize import key
from .cues import SHAPE_NATIVE, load_cues, word_info

__all__ = ["PERSON_NOUNS", "given_first"]

#: bare keys (ة written ه) of the person nouns that need a given name after them
PERSON_NOUNS = frozenset("مفكر مفكره مبتعث مبتعثه طفل طفله ناشط ناشطه زميله".split())


def given_first(p, i: int, j: int, cue_end: int | None = None) -> bool:
    """Tokens i..j-1 open with a given name (or are a foreign name of two words or more); the words between the
    noun (ending at token ``cue_end``) and the name are definite adjectives only (الناشط المدني، زميله السويدي), not
    a phrase (الطفل باتجاه الشخصية، الناشط في الثورة)."""
    if cue_end is not None and any(p.kinds[t] == "word" and not key(p.toks[t]).startswith("ال")
                                   for t in range(cue_end, i)):
        return False
    words = [p.toks[t] for t in range(i, j) if p.kinds[t] == "word"]
    if not words:
        return False
    infos = [word_info(w) for w in words]
    if infos[0].cue not in ("", "link") or infos[0].stop or infos[0].conj:
        return False
    cues = load_cues()
    k0 = key(words[0])
    if k0 in cues.given or k0 in cues.foreign_given or (k0.startswith("عبد") and len(k0) >= 6):
        return True
    if k0 == "ابو" and len(words) >= 2:
        return True  # الإرهابي أبو سياف
    # (الرصاصة الطائشة، الشخصية المرتبكة: rare definite words are no foreign name)
    return len(words) >= 2 and not k0.startswith("و") and all(
        x.foreign and x.shape > SHAPE_NATIVE and not x.conj and not x.definite and not key(w).startswith("ال")
        and not w.endswith("ة") for x, w in zip(infos, words))
