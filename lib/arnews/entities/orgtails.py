"""Words after an organisation's name that the name's run took in (an organisation's span too long).

An organisation found after its head (:func:`arnews.entities.orgnames._org_end`) runs over definite words;
some of those belong to the sentence, not to the name:

* an adjective of the office before the name (``مدير جامعة الملك عبدالعزيز المكلف``، ``رئيس نادي الباحة
  الأدبي السابق``، ``أمين أمانة منطقة المدينة المنورة المشرف على``): السابق، الأسبق، الحالي، المكلف،
  المشرف، المقبل، المنتهية;
* a person's title opening the next name (``شركة التطوير الرياضي الكابتن ماجد``);
* a noun with the conjunction and a pronoun (``جماعة الحوثي وحلفائهم``): the name's partners, not the name;
* a person named right after the organisation (round 36: ``مدير إدارة التدريب التقني للبنات فاطمة الغامدي``,
  ``المنتخب السعودي للبولينج جايد العتيبي``): a listed given name after a definite word of the name (not right
  after the head, not after a naming title: ``مؤسسة سالم بن محفوظ``, ``جامعة الإمام محمد بن سعود`` keep their
  patron) and a definite family name closing the span; the organisation ends before the given name and the two
  words are a person (:func:`_person_tail`).

The organisation ends before the first such word when at least its head and one word remain.
"""
from __future__ import annotations

from bisect import bisect_left

from ..lexicons import kind_sets, lexicon_cache
from ..normalize import key
from .cues import word_info
from .keys import Name, name_key, org_key
from .positions import is_word
from .wordtests import pronoun_suffixed as _pronoun_suffixed
from .cues import load_cues
from .fathers import _family
from .wordtests import STOP_GIVEN as _STOP_GIVEN
from .orgwords import WordSet

__all__ = ["trim_org_tails", "OFFICE_ADJ", "TAIL_KINDS", "org_tail_words"]

#: the kinds of ``org_tail_words.csv`` (its header says what each holds)
TAIL_KINDS = ("office_adj", "naming_title", "title")


@lexicon_cache(maxsize=2)
def org_tail_words() -> dict[str, frozenset]:
    """``kind -> key forms`` of ``org_tail_words.csv`` (:data:`TAIL_KINDS`)."""
    return kind_sets("org_tail_words.csv", TAIL_KINDS, key)


#: adjectives that qualify the office before an organisation, never the organisation's name
OFFICE_ADJ = WordSet(org_tail_words, "office_adj")
#: titles that name a body after its patron (جامعة الملك سعود، مركز الأمير سلطان)
_NAMING_TITLES = WordSet(org_tail_words, "naming_title")
#: titles the cue list leaves out (a coach's or a captain's title before his name)
_TITLES = WordSet(org_tail_words, "title")


def _partners(w: str) -> bool:
    """و + a plural noun with the pronoun of a group (وحلفائهم، وأنصارها، وشركائهم: its partners)."""
    for suf in ("هما", "هم", "ها"):
        if w.startswith("و") and w.endswith(suf) and len(w) - len(suf) >= 5:
            base = w[1:-len(suf)]
            forms = [base] + ([base[:-1] + "ء"] if base.endswith(("ئ", "ؤ")) else [])
            return any(word_info(b).zipf >= 3.5 and not word_info(b).foreign for b in forms) or _pronoun_suffixed(w[1:])
    return False


def _tail_at(p, t: int) -> bool:
    """Token t (inside an organisation's span) opens words that are no part of the name."""
    if not is_word(p, t):
        return False
    k = p.fkeys[t]
    if k in OFFICE_ADJ:
        # (شركة اتحاد السابق للاستثمار: a field after it keeps the word inside a company's name)
        return not (is_word(p, t + 1) and p.fkeys[t + 1].startswith("لل"))
    info = word_info(p.toks[t])
    if (info.cue == "title" and k.startswith("ال") and not info.conj) or k in _TITLES:
        # الكابتن، الدكتور، المهندس: a person's title after the name; a naming title right after the head or
        # an honorific is the patron inside it (بجامعة الملك عبدالعزيز، مكتب جلالة الملك), after a definite
        # word it opens the next person (هيئة مدينة الرياض الشيخ فلان)
        return k not in _NAMING_TITLES or p.fkeys[t - 1].startswith("ال")
    return _partners(p.toks[t])
    return _partners(p.toks[t])


def _person_tail(p, a: int, b: int) -> int | None:
    """The token of a listed given name that opens a person at the end of an organisation's tokens a..b-1 (see the
    module docstring), else None."""
    g, f = b - 2, b - 1
    if g < a + 2 or not (is_word(p, g) and is_word(p, g - 1) and is_word(p, f)):
        return None
    k = p.fkeys[g]
    if k not in load_cues().given or k in _STOP_GIVEN or p.fkeys[g - 1] in _NAMING_TITLES:
        return None
    if not p.fkeys[g - 1].startswith(("ال", "لل")) or not _family(p, f) or word_info(p.toks[g - 1]).cue == "title":
        return None  # (بإدارة الدكتور أحمد الحريري: the title's person, the name finder's own)
    return g


def trim_org_tails(p, found: list[Name]) -> list[Name]:
    """``found`` with the organisations' trailing words of the module docstring cut off."""
    if p.rules != "ar":
        return found
    out, changed = [], False
    for nm in found:
        if nm.type != "organisation" or nm.source not in ("cue", "listed"):
            out.append(nm)
            continue
        a = bisect_left(p.starts, nm.start)
        if a < len(p.starts) and p.starts[a] > nm.start:
            a -= 1  # the span opens inside its first token (a proclitic left out)
        b = bisect_left(p.ends, nm.end) + 1
        cut = next((t for t in range(a + 2, b) if _tail_at(p, t)), None)
        if cut is None and nm.source == "cue" and b <= len(p.starts) and p.ends[b - 1] == nm.end:
            cut = _person_tail(p, a, b)
            if cut is not None:  # المنتخب السعودي للبولينج جايد العتيبي: the person after the organisation
                words = [p.toks[cut], p.toks[cut + 1]]
                out.append(Name(p.starts[cut], p.ends[cut + 1], "person", "cue", 0.7, name_key(words)))
        if cut is None:
            out.append(nm)
            continue
        words = [p.toks[t] for t in range(a, cut) if p.kinds[t] == "word"]
        out.append(Name(nm.start, p.ends[cut - 1], nm.type, nm.source, nm.confidence, org_key(words), nm.cue))
        changed = True
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else found
