"""Prose swallowed at the end of a person's name: cut it off.

A person found from a cue (الأمير، المدرب، الرئيس الإيراني) runs over the words after the name when they are
rare or unlisted enough to look like more of it: ``الرئيس حسن روحاني اتفاقا نوويا``، ``الأمير محمد بن نايف
لضرورة تكثيف``، ``المدرب لازلو بولوني لإنهاء ملف``، ``اللاعب ساماراس انضم``.  The overrun does more harm than
its length: the family name is then learned as the whole run, so the bare ``روحاني`` later in the article is no
longer the same person.  A person's name ends before the first word after its first word that is, by its shape
and the frequency of its parts, prose rather than a name:

* a preposition glued to a common word (``لضرورة``، ``بالجري``، ``للتعمير``، ``بمناورة``): ``ب``/``ل`` and a
  remainder that is common Arabic (zipf >= STEM_ZIPF) and commoner than the whole word; never a listed given name
  (``لبيد``، ``بسام``، ``بلال`` keep their letters);
* an accusative adverb or indefinite accusative noun (``بعيدا``، ``اتفاقا``، ``قائدا``، ``عضوا``): final ``ا``
  on a common word (zipf >= ADVERB_ZIPF without the alef); never a listed given name (``رضا``);
* an imperfect or future verb (``يحصد``، ``يتجولان``، ``سيلتقي``): the shape guard used elsewhere; a past verb by
  its shape (``أبدى``، ``ارتدى``، ``قابلت``، ``باتوا``: :func:`past_verb`);
* a noun with an attached pronoun on a common base (``تعازيه``، ``فخره``), however rare the whole word (the name
  run takes a rare word as a name part);
* a noun of ``name_tail_nouns.csv`` (``برقية``: بعث الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة);
* after a nasab (``بن`` + the father's name), a common indefinite word that is no given name and no nisba
  (``الأمير عبدالله بن مساعد ظهر اليوم``، ``محمد بن نايف بن عبدالعزيز قادة القطاعات``; not the name patterns
  فاعل، فعلان، فيعل: ``عارف``، ``رضوان``، ``طيب``): the family name that
  may close a nasab is definite (``القحطاني``), follows ``آل``, or is a nisba or a rarer word (``حكمي``، ``لويبان``).

Then a ``و`` glued to a new name (``وسيرخيو راموس``، ``وكليبر بيبي``) after a name of two words or more opens a
second person, not more of the first: the first is cut before it, and :mod:`.coordination` reads the item.
Only names of the ``cue``, ``translit`` and ``list`` sources are cut (a listed or learned name is whole).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import SHAPE_FOREIGN, SHAPE_NATIVE, load_cues, word_info, zipf_ar
from .guards import _past_verb_t, imperfect_verb
from .keys import Name, name_key
from .namelinks import AAL, ABD, ABI, ABU, FOREIGN_ARTICLES, FOREIGN_PARTICLES, NASAB
from .positions import is_word as _word
from .wordtests import future_verb as _future_verb
from .clubs import token_at as _token_at
from .syllable_places import vietnamese_words

__all__ = ["trim_person_tails", "prose_tail_word", "after_nasab_prose", "past_verb", "derived_past_verb"]

#: the remainder after a glued ب/ل is common Arabic from this zipf (ضرورة، أبحاث) and commoner than the whole,
#: or from RARE_STEM_ZIPF when the whole is rarer than that by 0.7 and the remainder has four letters or more
#: (بالجري 2.8 / الجري 3.8، للتعمير، بإيرادات; not بهوي, a family name: ب + هوي)
STEM_ZIPF = 4.0
RARE_STEM_ZIPF = 3.0
#: a word ending in ا is an accusative adverb when the word without it is this common (بعيد، اتفاق، قائد)
ADVERB_ZIPF = 3.8
#: after a transliterated name, the accusative must itself be this common (اتفاقا 3.7, قائدا 4.0; not فراغا 3.5)
FOREIGN_ADVERB_ZIPF = 3.6
#: a word after و ending in ه is a noun with a pronoun when the word without the ه is this common
PRONOUN_BASE_ZIPF = 3.5
#: after a nasab (بن + father), an indefinite word this common (ظهر 5.1، قادة، برقية) is prose, not the family name
NASAB_PROSE_ZIPF = 3.8
#: the base of a word with an attached pronoun is this common (تعازي 3.1) and this much commoner than the whole word
SUFFIX_BASE_ZIPF = 3.0
PRONOUN_MARGIN = 0.2
_NASAB = NASAB
#: a past verb after a name is this common (أبدى 3.9، ارتدى، قابلت، باتوا)
PAST_ZIPF = 3.0
#: after a listed given name, a native word without the article this common and no listed name is prose (قرر،
#: وصف، أنواع: fixn; from the third word), and a word glued to و whose remainder is this common (وتصريحات)
COMMON_TAIL_ZIPF = 4.45
#: the same after a foreign given name, whose family names are often common in the news (جورج دبليو بوش 4.47)
FOREIGN_COMMON_ZIPF = 4.6
AND_NOUN_ZIPF = 4.0
#: after a foreign given name and one family word (no second given name: جون فرانسيس
#: ديلي), a native plural, feminine or و-glued word this common is prose (مئير وافيتار معتقلين، باراك أوباما ويراجعه)
FOREIGN_TAIL_ZIPF = 2.5
#: a past verb of a weak root is not shaped like a transliteration (below this shape score)
SHAPE_NATIVE_LOOSE = 0.0
_SOURCES = frozenset({"cue", "translit", "list"})
_LINKS = NASAB | ABU | ABI | AAL | ABD | FOREIGN_PARTICLES | FOREIGN_ARTICLES


def _glued_preposition(w: str, k: str, given) -> bool:
    if len(k) < 4 or k[0] not in "بل" or k in given or k in _LINKS:
        return False
    stem = "ال" + w[2:] if k.startswith("لل") else w[1:]  # (the surface: إنهاء is common, انهاء is not)
    if len(stem) < 3 or key(stem) in given:
        return False
    zs, zw = zipf_ar(stem), zipf_ar(w)
    return zs >= STEM_ZIPF and zs > zw or (len(stem) >= 4 and zs >= RARE_STEM_ZIPF and zw < RARE_STEM_ZIPF and zs >= zw + 0.7)


def _accusative(w: str, k: str, given, foreign_name: bool) -> bool:
    if k in given or len(k) < 4 or word_info(w).foreign:
        return False
    if w.endswith("اً") or w.endswith("ًا"):
        return True
    if len(k) < 5:
        return False  # مورا، لارا: a short name may end in ا on a common stem (مور)
    if foreign_name and zipf_ar(k) < FOREIGN_ADVERB_ZIPF:
        return False  # روزيندو فراغا: a foreign family name may end in ا on a common stem (فراغ)
    return k.endswith("ا") and not k.startswith("ال") and zipf_ar(k[:-1]) >= ADVERB_ZIPF and k[:-1] not in given


@lexicon_cache(maxsize=2)
def tail_nouns() -> frozenset:
    """Keys of ``name_tail_nouns.csv``: nouns a sender's name is followed by, never part of it (``برقية``)."""
    return frozenset(word_kinds("name_tail_nouns.csv", ("noun",), key))


def prose_tail_word(w: str, foreign_name: bool = False) -> str:
    """Why a word after a person's first word is prose, not more of the name ('' when it may be a name)."""
    k = key(w)
    if k in tail_nouns():
        return "noun"  # بعث الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة (name_tail_nouns.csv)
    given = load_cues().given
    info = word_info(w)
    if info.cue or k in given:
        return ""
    if _glued_preposition(w, k, given):
        return "preposition"
    if _accusative(w, k, given, foreign_name):
        return "accusative"
    if (imperfect_verb(w) and k[0] in "يت") or (len(k) >= 5 and _future_verb(w)):
        return "verb"
    if past_verb(w, k, info):
        return "past"
    return ""


def past_verb(w: str, k: str, info) -> bool:
    """A past verb by its shape: أفعل/افتعل/استفعل of a weak root ending in ى (أبدى، ارتدى، استدعى; an elative of
    that shape too: أعلى، أقصى, equally prose after a name), the feminine
    ت (قابلت: :func:`.guards._past_verb_t`) or the plural وا (باتوا); native, common enough, no given name (يحيى، ليلى
    and أروى are listed; a nisba ends in ي, never ى)."""
    given = load_cues().given
    if k.startswith("ال") or info.cue or info.conj or k in given:
        return False
    if w.endswith("ى") and k[:1] == "ا" and 4 <= len(k) <= 6 and zipf_ar(w) >= PAST_ZIPF and info.shape <= SHAPE_NATIVE_LOOSE:
        return True
    if k.endswith("وا") and len(k) >= 4 and info.shape <= SHAPE_FOREIGN and zipf_ar(w) >= PAST_ZIPF and k[:-2] not in given:
        return True
    return len(k) >= 5 and _past_verb_t(w) and zipf_ar(w) >= PAST_ZIPF  # (not بهجت، مدحت، رفعت: names)


def derived_past_verb(w: str) -> bool:
    """A past verb of the derived forms استفعل / افتعل by its letters (استقبل، استعرض، اجتمع، افتتح، انتقد):
    native, no given name, common enough (PAST_ZIPF); such a word right after a title is the sentence's verb, never
    the first word of a name (كان الملك استقبل: names56b).  Nouns of these patterns have one more letter (استقبال،
    اجتماع، ابتسام)."""
    k = key(w)
    info = word_info(w)
    if k in load_cues().given or info.cue or info.foreign or not info.native or zipf_ar(w) < PAST_ZIPF:
        return False
    return (len(k) == 6 and k.startswith("است")) or (len(k) == 5 and k[0] == "ا" and k[2] == "ت" and k[1] not in "لت")


def _with_pronoun(w: str, k: str, given, foreign_name: bool = False) -> bool:
    """A native word ending in an attached pronoun (ه، ها، هم، هما) whose base is commoner than the whole and
    common enough (تعازيه: تعازي، فخره: فخر), neither a given name; not with the article.  After a foreign name
    the base is shaped like native Arabic (ماتيه، بيريه are Matthieu, Pierre)."""
    top = SHAPE_NATIVE if foreign_name else SHAPE_FOREIGN
    if k.startswith(("ال", "عبد")) or k in given or word_info(w).shape >= SHAPE_FOREIGN:
        return False  # (عبدالله عبده: عبد + ه is a given name)
    zw = zipf_ar(w)
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[:-len(suf)]
            bases = [base] + ([base[:-1] + "ة"] if base.endswith("ت") else [])
            return any(key(b) not in given and not key(b).startswith("عبد") and word_info(b).shape < top and zipf_ar(b) >= SUFFIX_BASE_ZIPF
                       and zipf_ar(b) >= zw + PRONOUN_MARGIN for b in bases)
    return False


def _vietnamese(p, toks: list) -> bool:
    """A word of the name is a Vietnamese name word (``vietnamese_names.csv``): ثانه، مينه end in ه as Thanh, Minh."""
    vw = vietnamese_words()
    return any(p.fkeys[t] in vw[kd] for t in toks for kd in ("family", "middle", "syllable") if kd in vw)


def after_nasab_prose(p, words: list, n: int) -> bool:
    """Token ``words[n]`` follows a nasab (``بن`` + the father's name right before it) and is a common indefinite
    native word that is no given name, no nisba (``حكمي``) and no link: prose after the name (module docstring)."""
    if n < 3 or p.fkeys[words[n - 2]] not in _NASAB:
        return False
    w = p.toks[words[n]]
    k = key(w)
    info = word_info(w)
    if k.startswith("ال") or k in _LINKS or k in load_cues().given or k.startswith("عبد") or info.cue or info.foreign:
        return False
    if k.endswith("ي") or len(k) < 3 or not info.native:
        return False  # بن عبدالله حكمي، بن يحيى مدخلي: a nisba family name
    if (len(k) == 4 and k[1] == "ا" and not k.endswith("ه")) or (len(k) == 5 and k.endswith("ان")) \
            or (len(k) == 3 and k[1] == "ي"):
        return False  # بن إبراهيم عارف، بن سالم رضوان، بن صالح طيب: the name patterns فاعل, فعلان and فيعل
    return zipf_ar(w) >= NASAB_PROSE_ZIPF


def _second_person(p, t: int, given) -> bool:
    """Token t is ``و`` glued to a new person's first word: a listed given name, or a foreign-shaped rare word
    followed by another name word."""
    from .coordination import _opens_item

    w = p.toks[t]
    k = key(w)
    if len(k) < 4 or k[0] != "و" or k in given or not _opens_item(w, load_cues()):
        return False  # (واعتزازه: a word with a pronoun, no name)
    rest = k[1:]
    if rest.endswith("ه") and zipf_ar(w[1:-1]) >= PRONOUN_BASE_ZIPF:
        return False  # واعتزازه: a common noun (اعتزاز) with a pronoun
    if rest in given and rest not in ("علي", "على"):
        return True
    ri = word_info(w[1:])
    return bool(ri.foreign) and zipf_ar(rest) < 3.0 and zipf_ar(k) < 3.0 and not word_info(w).cue


def _coordinated_item(p, t: int, nm: Name):
    """The person that a glued ``و`` at token t opens (:mod:`.coordination`'s items: one to three name words of a
    name's shape), else None."""
    from .coordination import _item_shape, _right_items, _strong

    cues = load_cues()
    items, _ = _right_items(p, t, cues)
    if not items:
        return None
    s, e, words, _comma = items[0]
    k0 = key(words[0])
    if not _item_shape(words, cues) or not (_strong(words, cues) or k0 in cues.given or (
            word_info(words[0]).foreign and not k0.endswith("ه"))):
        return None  # (واعتزازه باستشهاد: a noun with a pronoun, no given name, not a transliterated first word)
    return Name(s, e, "person", nm.source, 0.6, name_key(words), nm.cue)  # (the cue's run held it)


def _common_tail(p, words: list, n: int, given) -> str:
    """Why word n of a run opened by a listed given name is prose (fixn): a common native word that is no listed name
    (محمد يعقوب وصف, from the third word), و + a common word (بنيامين نتنياهو وتصريحات), an imperfect dual or plural (عبدالفتاح
    يدعمان), or after a foreign given name and its family word, any native word (مئير وافيتار معتقلين)."""
    k0 = p.fkeys[words[0]]
    k0 = k0[1:] if k0[:1] == "و" and k0 not in given else k0  # (وعبدالفتاح يدعمان)
    if not any(x in given for x in [k0] + [p.fkeys[t] for t in words[1:n]]):
        return ""
    w, k = p.toks[words[n]], p.fkeys[words[n]]
    info = word_info(w)
    nxt = p.fkeys[words[n + 1]] if n + 1 < len(words) else ""
    if k in given or k in _LINKS or k in ("بو", "ابو", "ام") or info.cue or k.startswith("ال") or not k.isalpha() \
            or nxt == "الله" or (n >= 2 and p.fkeys[words[n - 2]] in _NASAB):
        return ""  # (فهد بن إبراهيم بو عنز; محمد حسين فضل الله: a theophoric family name; نبيل بن صالح طيب: the slot
        # after a nasab is after_nasab_prose's)
    if len(k) >= 6 and k[0] in "يت" and k.endswith(("ان", "ون")) and info.zipf >= 2.0:
        return "verb"  # يدعمان، يطالبون (transliteration-shaped by its letters, still a verb)
    if info.foreign:
        return ""
    foreign_first = k0 in load_cues().foreign_given
    if n >= 2 and info.zipf >= (FOREIGN_COMMON_ZIPF if foreign_first else COMMON_TAIL_ZIPF) and not k.endswith("ي") and not (nxt.startswith("ال") and nxt.endswith("ي")):
        return "common"  # (not محمد شيرين فهمي, نسرين أسعد إبراهيم بحر العبيدي: a family name; one word after a given
        # name is too often a common family name: محمود عباس، نزار مدني)
    if len(k) >= 5 and k[0] == "و" and k[1:] not in given and not k[1:].startswith("ال") and zipf_ar(w[1:]) >= AND_NOUN_ZIPF \
            and not word_info(w[1:]).cue and n >= 2:
        return "and-noun"
    if n == 2 and foreign_first and p.fkeys[words[1]] not in given and info.zipf >= FOREIGN_TAIL_ZIPF \
            and (k.endswith(("ين", "ون", "ات", "ه")) or (k[0] == "و" and len(k) >= 5)):
        return "foreign"
    return ""


def trim_person_tails(p, found: list, log: list | None = None) -> list:
    """``found`` with the prose at the end of its persons cut off (module docstring)."""
    if p.rules != "ar":
        return found
    given = load_cues().given
    out = []
    for nm in found:
        if nm.type != "person" or nm.source not in _SOURCES:
            out.append(nm)
            continue
        a, b = _token_at(p, nm.start), _token_at(p, nm.end - 1)
        if a is None or b is None or b < a:
            out.append(nm)
            continue
        words = [t for t in range(a, b + 1) if _word(p, t)]
        if words and nm.source == "cue" and p.starts[words[0]] == nm.start and derived_past_verb(p.toks[words[0]]):
            rest = words[1:]  # كان الملك استقبل: the verb after the title opens no name; a listed given name after
            # it opens one (الأمير استقبل خالد الفيصل)
            if log is not None:
                log.append(("verb", p.norm.text[max(0, nm.start - 40):nm.end + 30], ""))
            if not rest or p.fkeys[rest[0]] not in given:
                continue
            words, nm = rest, Name(p.starts[rest[0]], nm.end, nm.type, nm.source, nm.confidence,
                                   name_key([p.toks[t] for t in rest]), nm.cue)
        if len(words) < 2:
            out.append(nm)
            continue
        cut, why = None, ""
        foreign_name = any(word_info(p.toks[t]).foreign or p.fkeys[t] in load_cues().foreign_given for t in words)
        for n, t in enumerate(words[1:], 1):
            why = prose_tail_word(p.toks[t], foreign_name) or ("nasab" if after_nasab_prose(p, words, n) else "")
            if not why and not _vietnamese(p, words[:n + 1]) and _with_pronoun(
                    p.toks[t], p.fkeys[t], given, any(word_info(p.toks[x]).foreign and word_info(p.toks[x]).shape > SHAPE_NATIVE
                                                      for x in words[:n])):
                why = "pronoun"  # محمد آل هيازع تعازيه، علي ياسين فخره
            if not why and n >= 2 and _second_person(p, t, given):
                why = "and"
            if not why:
                why = _common_tail(p, words, n, given)
            if why:
                if p.fkeys[words[n - 1]] in _LINKS:
                    why = ""
                    continue
                cut = n
                break
        if cut is None:
            out.append(nm)
            continue
        keep = words[:cut]
        if why == "and":
            item = _coordinated_item(p, words[cut], nm)
            if item is not None:
                out.append(item)
        if log is not None:
            log.append((why, p.norm.text[max(0, nm.start - 40):nm.end + 30], " ".join(p.toks[t] for t in keep)))
        out.append(Name(nm.start, p.ends[keep[-1]], nm.type, nm.source, nm.confidence,
                        name_key([p.toks[t] for t in keep]), nm.cue))
    return out
