"""What a cue announces that is no name (round 22): prose after a cue word, an anaphor, a verb.

Small pure predicates that :mod:`arnews.entities.names` asks before it accepts a span:

* an organisation head followed by a verb (``لجنة تتعرض لانتقاد``) or by ``و`` + a definite word
  (``عمل الاتحاد والارتجالية``) ends at the head (and a head alone names nothing);
* a head whose only modifier is an indefinite adjective (``مركز انتخابي``, ``مستشفى حكومي``), a
  ``لل-`` complement right after a definite head (``خطط الشركة للربط الكهربائي``), a functional adjective
  (``اللجنة الإشرافية``) or a nationality (``النادي الإنكليزي``, ``المدرسة البحرينية``) after a definite
  head is a description of something named elsewhere, not a name;
* a given name followed by a verbal noun (``محاولة مني لتلخيص``, ``أياد الإجرام``) is no person;
* quoted words after an office are prose when every word is a native Arabic noun with its clitics
  (``المواطنة "كناخبة ومرشحة"``);
* a transliterated run holds no preposition with a pronoun (``شوركت فيك``) and opens with no
  ``و`` + a short verb with its pronoun (``واكفنا شر``).
"""
from __future__ import annotations

import re

from ..normalize import key
from .cues import load_cues, word_info, zipf_ar
from .indef_adjectives import adjective_after_indefinite_head
from .placeids import country_id
from .places import ANYWHERE, listed_place_at, place_index
from .led_by import LED_BY

#: prepositions that carry an attached pronoun in prose (فيك، عليه، منها، لكم), never a name syllable
_PREPOSITIONS = ("في", "علي", "من", "عن", "ل", "ب", "الي", "مع", "عند", "لدي")
_PRONOUNS = ("ك", "كم", "كما", "ه", "ها", "هم", "هما", "نا", "ي", "ني", "كن", "هن")
#: (not منه, a spelling of the Vietnamese Minh, nor لنا, Lana)
PREP_PRONOUN = frozenset(x for x in (p + s for p in _PREPOSITIONS for s in _PRONOUNS) if len(x) >= 3) - {"منه", "لنا"}

#: adjectives of function that leave a definite organisation head generic (the supervisory, executive,
#: standing, preparatory, advisory, organising committee): the body is named elsewhere in the article
FUNCTIONAL_ADJ = frozenset(key(w) for w in (
    "الإشرافية", "الإشرافي", "التنفيذية", "التنفيذي", "الدائمة", "الدائم", "التحضيرية", "الاستشارية", "الاستشاري",
    "المشرفة", "المنظمة", "الفرعية", "المحلية", "المؤقتة", "الرئيسية", "الرئيسي", "الإدارية", "الإداري", "المسؤولة",
    "المسؤول", "المذكورة", "المذكور", "المعنية", "المختصة", "الجديدة", "الجديد", "القديمة", "القديم",
    "الأم"))  # الشركة الأم: the parent company (org45)

#: heads with many instances in any country: with a nationality alone (النادي الإنكليزي، المدرسة البحرينية,
#: الشركة الصينية) they describe one named elsewhere
INSTANCE_HEADS = frozenset(key(w) for w in (
    "نادي", "مدرسة", "شركة", "فريق", "مستشفى", "صحيفة", "قناة", "بنك", "مصرف", "مؤسسة", "جمعية", "مجموعة", "وكالة"))


def _article(k: str) -> str:
    """The word without a proclitic and the article (للجنة -> جنة is not wanted: only ال/وال/بال/لل)."""
    for pre in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if k.startswith(pre) and len(k) - len(pre) >= 3:
            return k[len(pre):]
    return k


#: nationality stems not derived from their country's Arabic name (الإنكليزي of England / Britain)
_IRREGULAR = frozenset(("انكليز", "انجليز", "انقليز"))


def gentilic_place(w: str) -> str:
    """The id of the one-word place a definite nationality adjective derives from (اليمنية -> Yemen,
    الروسي -> Russia, الإنكليزي -> England), else ""."""
    k = key(w)
    if not k.startswith(("ال", "لل")):
        return ""
    b = _article(k)
    if b.endswith("يه"):
        b = b[:-1]
    if not b.endswith("ي") or len(b) < 4:
        return ""
    stem = b[:-1]
    if stem in _IRREGULAR:
        return "geo:GB-ENG"
    names = place_index().names
    for form in (stem, "ال" + stem, stem + "ا", stem + "يا", stem + "ه", "ال" + stem + "ه", stem + "يه",
                 "ال" + stem + "يه", stem + "ستان"):  # (الأفغانية -> أفغانستان, الأوزبكي -> أوزبكستان: org50)
        for ws, pid, lvl in names.get(form, ()):
            if len(ws) == 1 and (lvl == ANYWHERE and form != stem + "ستان" or country_id(pid)):
                # a country or an unambiguous city (not التاريخي from a hamlet)
                return pid
    return ""


def gentilic(w: str) -> bool:
    """A definite nationality adjective: الإنكليزي، البحرينية، الروسي، الإماراتي (the adjective of a
    listed place, or a foreign-shaped word ending in ي/ية)."""
    k = key(w)
    if not k.startswith(("ال", "لل")):
        return False
    b = _article(k)
    b = b[:-1] if b.endswith("يه") else b
    if not b.endswith("ي") or len(b) < 4:
        return False
    return bool(gentilic_place(w)) or word_info(w).foreign


def imperfect_verb(w: str) -> bool:
    """An imperfect verb (تتعرض، يستطيع، نطالب): a native-shaped word opening with ت/ي/ن, not a noun
    ending in ة, not a verbal noun of the forms تفعيل/تفاعل (تطوير، تعاون)."""
    k = key(w)
    info = word_info(w)
    if len(k) < 4 or k[0] not in "تين" or (k[0] == "ن" and len(k) < 5) or k.endswith(("ه", "ات")) or info.foreign or info.cue or info.definite:
        return False
    if re.match(r"^ت..ي.$", k) or re.match(r"^ت.ا..$", k) or k in load_cues().given:
        return False
    return info.native and info.zipf >= 3.0


#: definite words of time that follow a definite head as adverbs (استقبل المركز اليوم): never part of its name
TIME_WORDS = frozenset(key(w) for w in ("اليوم", "الآن", "الليلة", "الأمس", "البارحة"))


#: masculine singular heads: a definite feminine nisba after them (النادي الصيفية) modifies another noun
_MASC_HEADS = frozenset(key(w) for w in (
    "نادي", "اتحاد", "حزب", "مجلس", "مركز", "بنك", "مصرف", "فريق", "منتخب", "معهد", "صندوق", "جهاز", "مكتب"))


#: feminine elatives and ordinals (الكبرى، الأولى) as key() writes them, with ي for ى
_FU3LA = frozenset(("اولي", "اخري", "كبري", "صغري", "وسطي", "عظمي", "قصوي", "حسني", "دنيا", "عليا", "سفلي", "عظمي"))


def _past_verb_t(w: str) -> bool:
    """A past verb with the feminine ت (استوعبت، أعلنت، قررت): an indefinite native word ending in ت (not
    ات/يت/وت), not a cue, at least four letters."""
    k = key(w)
    info = word_info(w)
    return len(k) >= 4 and k.endswith("ت") and not k.endswith(("ات", "يت", "وت")) and not k.startswith("ال") \
        and not info.cue and info.native and info.zipf >= 2.5 and not load_cues().given.__contains__(k)


def _future(w: str) -> bool:
    """سـ on an imperfect verb (ستتولى، سيعقد): the verb alone is the commoner word."""
    k = key(w)
    return len(k) >= 5 and k[0] == "س" and k[1] in "يتن" and zipf_ar(k[1:]) >= 2.5 and zipf_ar(k[1:]) > zipf_ar(k)


def disagreeing_after_head(p, i: int) -> bool:
    """The word after a definite organisation head cannot belong to its name (round prec38): a verb in the
    future (اللجنة ستتولى) or in the past with ت (الجامعة استوعبت), or a definite word whose gender disagrees
    with the head -- a masculine nisba or noun after a feminine head (الجمعية الفخري، الجمعية الباب), a
    feminine nisba after a masculine singular head (النادي الصيفية): it modifies the word before the head."""
    if i + 1 >= len(p.toks) or p.kinds[i + 1] != "word" or not _adjacent_words(p, i):
        return False
    hk = p.fkeys[i]
    if not hk.startswith(("ال", "وال", "بال", "فال", "لل")) or hk.startswith("لل") and word_info(p.toks[i]).bare.startswith("ل"):
        return False  # (للجنة may be ل + لجنة, indefinite: للجنة الاحتراف)
    w = p.toks[i + 1]
    k = key(w)
    if _future(w) or _past_verb_t(w):
        return True
    if not k.startswith("ال") or word_info(w).foreign or len(k) < 5:
        return False
    hb = word_info(p.toks[i]).bare
    b = k[2:]
    if hb.endswith("ه") and not b.endswith(("ه", "ا", "ات", "اء")) and not w.endswith("ى") and b not in _FU3LA:
        return True  # الجمعية الباب، الجمعية الفخري
    return hb in _MASC_HEADS and b.endswith("يه") and len(b) >= 5  # النادي الصيفية


def _adjacent_words(p, i: int) -> bool:
    """No punctuation between word i and word i + 1 (their offsets touch across one space)."""
    return p.starts[i + 1] - p.ends[i] <= 1


def org_cut(p, i: int, j: int) -> int:
    """End of the organisation run i..j-1 once prose is cut off: a verb, و + a definite word right after
    the head (الاتحاد والارتجالية), a word of time after a definite head (المركز اليوم; صحيفة اليوم is a name)."""
    head_definite = p.fkeys[i].startswith(("ال", "وال", "بال", "فال", "لل")) or word_info(p.toks[i]).definite
    if j > i + 1 and disagreeing_after_head(p, i):
        return i + 1  # اللجنة ستتولى، الجمعية الفخري، النادي الصيفية: the head alone names nothing
    for t in range(i + 1, j):
        w = p.toks[t]
        k = key(w)
        if p.kinds[t] == "word" and p.fkeys[t] in LED_BY:
            return t  # القوات بقيادة اللواء فلان، المنتخب بقيادة مدربه: led by, not part of the name (session 48)
        if p.kinds[t] == "word" and (imperfect_verb(w) and not listed_place_at(p, t) or (t == i + 1 and k.startswith(("وال", "فال")))
                                     or head_definite and (k in TIME_WORDS or word_info(w).cue == "title")):
            return t  # (في السفارة الجنرال فلان: a definite head is named after nobody; the title opens a person)
    return j


#: heads that are also a past verb behind the conjunction (ودار الجدل *the debate revolved*)
_VERB_HEADS = frozenset(("ودار", "فدار"))


def descriptive_org(p, i: int, j: int) -> bool:
    """The organisation run i..j-1 describes a body rather than naming it (see the module docstring)."""
    if j <= i + 1:
        return False
    head = p.fkeys[i]
    hinfo = word_info(p.toks[i])
    definite = hinfo.definite or head.startswith(("ال", "وال", "بال", "فال", "لل"))
    nxt = p.fkeys[i + 1]
    if head in _VERB_HEADS:
        return True  # ودار الجدل حول: *and the debate revolved*, the verb دار
    if nxt.startswith("لل") and (definite or j == i + 2):
        return True  # خطط الشركة للربط الكهربائي: the company's plans for the link; دار للسينما: a cinema
    if j != i + 2:
        return False
    ninfo = word_info(p.toks[i + 1])
    if not definite and not nxt.startswith("ال") and nxt.endswith(("ي", "يه")) and len(nxt) >= 4 \
            and not ninfo.foreign and ninfo.native and not ninfo.cue and ninfo.zipf >= 3.0:
        return True  # مركز انتخابي، مستشفى حكومي: an indefinite head with an indefinite adjective
    if not definite and adjective_after_indefinite_head(p, i):
        return True  # شركة مساهمة، مستشفى متخصص (round 45)
    after = p.fkeys[j] if j < len(p.toks) and p.kinds[j] == "word" else ""
    if definite and nxt in FUNCTIONAL_ADJ and not after.startswith("ل"):
        return True  # اللجنة الإشرافية: the committee named elsewhere (not اللجنة التنفيذية لسوق عكاظ)
    if definite and hinfo.bare in INSTANCE_HEADS and gentilic(p.toks[i + 1]):
        return True  # النادي الإنكليزي، المدرسة البحرينية
    if definite and nxt.startswith("ال") and nxt.endswith(("ين", "ون")) and len(nxt) >= 7 and not ninfo.foreign \
            and not hinfo.bare.endswith(("ين", "ون")):
        return True  # الجامعة المواطنين، المنتخب السابقين: a plural after a singular head is no name of it (round 34)
    return False


def not_a_family(w: str) -> bool:
    """The word after a given name is a verbal noun with a preposition (لتلخيص، بتطوير) or the
    definite verbal noun of form IV (الإجرام، الإعلام): prose, not a family name."""
    k = key(w)
    if k[:1] in "لب" and len(k) >= 5 and not k.startswith(("ال", "لل")):
        base = k[1:]
        if re.match(r"^ت..ي.$", base) or re.match(r"^(است..ا.|ان..ا.|ا.ت.ا.)$", base) or zipf_ar(base) >= 3.5:
            return True
    b = k[2:] if k.startswith("ال") else ""
    return len(b) == 5 and b[0] == "ا" and b[3] == "ا" and word_info(w).zipf >= 3.0  # الإجرام، الإعلام، الإسكان


def quoted_prose(words: list[str]) -> bool:
    """Quoted words after an office that are Arabic prose: a preposition ك/ل/ب or و on a native noun
    (المواطنة "كناخبة ومرشحة"), not a transliterated name (بيليه، لوكاكو)."""
    for w in words:
        k = key(w)
        if k[:1] in "كلبو" and len(k) >= 5 and word_info(w).shape < 0:
            rest = word_info(w[1:])
            if rest.zipf >= 2.0 and rest.shape < 0 and not rest.cue:
                return True
    return False


def translit_prose(w: str, first: bool) -> bool:
    """A word that ends a transliterated run: a preposition with a pronoun (فيك، عليه), or, first, و with
    a short verb and its pronoun (واكفنا، وارحمنا)."""
    k = key(w)
    if k in PREP_PRONOUN:
        return True
    return first and k[:1] == "و" and k.endswith(("نا", "ها", "هم", "كم", "ني")) and 2 <= len(k) - 3 <= 3

