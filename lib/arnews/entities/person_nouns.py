"""Person nouns before a name (session 40, helper person41): المفكر الإسلامي سلمان العودة، المبتعث فهد الشمري،
الطفلة البحرينية ريم الزامل، الناشط المدني صفاء الضاحي، زميله هادي العتيبي.

These nouns (rows of ``entity_cues.csv`` marked session 40; listed in ``person_nouns.csv``) are ordinary words far
more often than they announce a name (الطفل وتنتقي له، مبتعث متفوق، مفكرة عفنة), so the run after them is a person only when it opens with a
listed given name (Arabic or foreign), a theophoric name (عبدالله), a kunya (أبو سياف) with one more word, or is two
or more foreign-shaped words, none shaped like native Arabic (زلاتان ابراهيموفيتش; not مبتعث متفوق أبهر).

Session 51 (names55c): the expert and the referee (الخبير الاقتصادي، الحكم المرافق: multi-word cues of
``entity_cues.csv``, the noun alone is no cue) need the same evidence; a Gulf family name's shape is evidence too,
whatever the first word (الناشط كميل آل بوشوكة، الحكم المرافق خضير الخضير)."""
from __future__ import annotations

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key
from .cues import SHAPE_NATIVE, load_cues, word_info

__all__ = ["person_nouns", "family_shaped", "given_first"]


@lexicon_cache(maxsize=2)
def person_nouns() -> frozenset:
    """Bare keys (ة written ه) of the person nouns that need a given name after them (``person_nouns.csv``; session
    51: خبير، خبيره the expert, حكم the referee, cues only with an adjective: خبير اقتصادي، حكم مرافق; الحكم, whose
    bare form keeps its article)."""
    return frozenset(key((r.get("word") or "").strip()) for r in read_lexicon("person_nouns.csv"))


def family_shaped(words: list) -> bool:
    """The words open with a Gulf family name's shape whatever the first word: a word, آل and one more word (كميل آل
    بوشوكة), or a word and its own echo with the article (خضير الخضير, حمد الحمد). The first word is a rare,
    undefined word (no article, no proclitic و, no cue): the second shape is no phrase like يوم اليوم."""
    if len(words) < 2:
        return False
    k0, k1 = key(words[0]), key(words[1])
    info = word_info(words[0])
    if k0.startswith(("ال", "و")) or info.cue or info.stop or info.conj or len(k0) < 3:
        return False
    if k1 == "ال":
        return len(words) >= 3 and len(key(words[2])) >= 3 and not word_info(words[2]).stop
    return k1 == "ال" + k0 and info.zipf < 4.0


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
    if family_shaped(words):
        return True  # الناشط كميل آل بوشوكة، الحكم المرافق خضير الخضير (session 51)
    # (الرصاصة الطائشة، الشخصية المرتبكة: rare definite words are no foreign name)
    return len(words) >= 2 and not k0.startswith("و") and all(
        x.foreign and x.shape > SHAPE_NATIVE and not x.conj and not x.definite and not key(w).startswith("ال")
        and not w.endswith("ة") for x, w in zip(infos, words))
