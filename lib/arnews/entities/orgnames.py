"""Organisation names after an organisation head (split from :mod:`arnews.entities.names`).

* :func:`_org_end`: the end of an organisation's name from its head (``لجنة``, ``وزارة``, ``جامعة``) over its
  modifiers, with :func:`_definite_head` and :func:`_generic_genitive` (a definite head takes adjectives only; a
  head's only genitive referring back names nothing) and :func:`_located_in` (ب + a place: where the body is);
* :func:`_city_club_end` (``نادي نجران``), :func:`_admin_centre` (``مركز المسيال``, a place),
  a city's body named after it (``بلدية محافظة العلا``, ``إمارة منطقة الجوف``: :mod:`.municipal`, under the old
  names ``_place_body_end``/``_place_body_name``);
* :func:`listed_org`, :func:`listed_place`, :func:`_rulers`: the listed organisations and places at a token;
* the word sets (``_BACK_REFERRING``, ``_CITY_BODIES`` ...) are kinds of ``org_name_words.csv`` (:mod:`.orgwords`);
* :func:`_org_in_office`: the organisation named inside an office before a person (:func:`orgs_in_office`: each
  of them); :func:`_body_name`: a sector
  body or named facility (:mod:`.bodies`).
"""
from __future__ import annotations

from ..normalize import key
from .bodies import (body_candidates, body_words, company_end, facility_end, facility_head, facility_key, patron_named_end,
                     sector_body_end)
from .located_facilities import located_hall_end
from .cues import WEAK, load_cues, word_info
from .head_participles import participle_description
from .keys import Name, org_key, tanween
from .movements import movement_slot
from .municipal import PLACE_BODY_HEADS, place_body_end as _place_body_end, place_body_name as _place_body_name
from .orgwords import name_words
from .positions import adjacent as _adjacent, is_word as _is_word
from .scoped import office_body_end, scoped_body_end, scoped_words
from .wordtests import pronoun_suffixed as _pronoun_suffixed
from .wordtests import (LINK_BEFORE_NAME as _LINK_BEFORE_NAME, family_name as _family_name, future_verb as _future_verb,
                        ordinal_word as _ordinal, weak_word as _weak)
from .guards import gentilic as gentilic_word
from .places import listed_place_at
from .wordtests import sound_plural
from .known import known_index
from .places import RULERS


#: institution and area types that, with the article, point back to one named before (الكلية، النادي,
#: المنطقة); not the heads that are also proper names (الحزب the Party, الاتحاد the club, القيادة,
#: المدينة Medina)
_BACK_REFERRING = name_words("back_referring")


#: organisation heads that are more often an activity or a facility (قيادة leading/driving, محطة station):
#: no genitive chain after them (قيادة أعمال التعبئة، محطة معالجة المياه)
_ACTIVITY_HEADS = name_words("activity_head")
#: *general*, the adjective of a government body's head (الرئاسة العامة، المديرية العامة، الإدارة العامة)
_GENERAL = name_words("general")

def _definite_head(w: str) -> bool:
    """An organisation head with the article (البرلمان، والجيش، للجنة): it governs no genitive."""
    info, k = word_info(w), key(w)
    if k.startswith("لل") and info.bare == k[1:] and not info.definite:
        return False  # للجنة: ل + لجنة, no article (org42)
    return info.definite or k.startswith(("ال", "وال", "بال", "فال", "لل"))


def _generic_genitive(w: str) -> bool:
    """An organisation head's only modifier is another cue word with the article (``الكلية``,
    ``الجامعة``, ``النادي``, ``المنطقة``): the phrase refers back to an institution (or an area)
    named before and names nothing itself.  ``المدينة`` is also Medina (إمارة المدينة)."""
    info = word_info(w)
    k = key(w)
    return k.startswith("ال") and info.cue in ("org", "place") and k[2:] in _BACK_REFERRING


def _nisba(k: str) -> bool:
    """A definite relative adjective (key form): السعودي، الدولية، السوري، الخيرية (ة is written ه)."""
    return k.startswith("ال") and len(k) >= 5 and k.endswith(("ي", "يه"))


def _title_phrase(p, j: int) -> bool:
    """Token j is ل + the first word of a multi-word office or title of ``entity_cues.csv`` (لخادم الحرمين الشريفين،
    لولي العهد): a person's title, which no body's field is (org39: the multi-word cue was missed word by word)."""
    cands = load_cues().multi.get(p.fkeys[j][1:]) or ()
    for words, kd in cands:
        if kd in ("role", "title") and all(_is_word(p, j + t) and p.fkeys[j + t] in (words[t], "ال" + words[t])
                                            for t in range(1, len(words))):
            return True
    return False


def _field_genitive(p, j: int, info) -> bool:
    """Token j is ل + an indefinite noun in construct with the definite word after it (لكرة القدم، لمكافحة
    المنشطات، لحقوق الإنسان): the field of a body, as لل + a definite noun is; not ل + a verb (ليكون، لتصبح),
    a pronoun or demonstrative (لذلك), nor a word that merely opens with ل (ليلة، لقاء: no proclitic)."""
    from .guards import TIME_WORDS, imperfect_verb

    k = p.fkeys[j]
    b = info.bare
    if k[:1] != "ل" or k.startswith("لل") or b != k[1:] or len(b) < 3 or b[:1] == "ي" or info.stop or info.conj \
            or info.cue or word_info(p.toks[j][1:]).stop or imperfect_verb(p.toks[j][1:]) or b.startswith("ال"):
        return False
    if not (_is_word(p, j + 1) and _adjacent(p, j, j + 1)):
        return False
    wb = word_info(p.toks[j][1:])  # the noun as written, without ل (the key form reads ة as ه)
    if wb.foreign or b in load_cues().given or wb.cue in ("role", "title") or _title_phrase(p, j):
        return False  # لجنوى الإيطالي، لهادي المتمردين، لخادم الحرمين: a name or a person's title, not a field
    nk = p.fkeys[j + 1]
    ni = word_info(p.toks[j + 1])
    return p.toks[j + 1].startswith("ال") and len(nk) >= 4 and not (ni.stop or ni.conj or ni.cue in ("role", "title")) \
        and nk not in TIME_WORDS and not _nisba(nk)  # (لوضع آلية: no article; لجنوى الإيطالي: an adjective)


#: titles inside institution names (جامعة الملك سعود، جامعة الإمام محمد بن سعود، مركز الشيخ زايد)
_NAMING_TITLES = name_words("naming_title")


#: the most indefinite nouns of a construct chain after an organisation's head
CHAIN_MAX = 3
#: quantifiers and adverbial nouns that head no genitive inside a name (مجلس إحدى أكبر المدن، مركز متقدم داخل المملكة)
_NOT_IN_CHAIN = name_words("not_in_chain")


def _chain_noun(p, t: int) -> bool:
    """Token t is an indefinite noun that may stand in a construct chain inside a name: a word without the article
    or a proclitic (لتشغيل is a purpose), no cue, stop word, tanween, verb or relative adjective (صحي، خاصة)."""
    from .guards import imperfect_verb

    if not (_is_word(p, t) and _adjacent(p, t - 1, t)) or _listed_place(p, t):
        return False  # (دار عنيزة لون الناقوز: a place ends the name)
    w, k = p.toks[t], p.fkeys[t]
    info = word_info(w)
    return not (info.cue or info.stop or info.conj or info.definite or info.foreign or k.startswith(("ال", "لل"))
                or info.bare != k or len(k) < 3 or info.zipf >= 5.8 or tanween(p, t) or imperfect_verb(w)
                or _future_verb(w) or k in _NOT_IN_CHAIN or len(k) == 4 and k[0] == "ا"  # (أكبر، أهم: an elative)
                or k.endswith(("وا", "ت")) and not k.endswith("ات")  # (رفضت: a verb)
                or w.endswith("ي") or w.endswith("ية") and not w.endswith("اية"))


def _construct_chain(p, i: int) -> int:
    """How many indefinite nouns follow the indefinite head at token i before the definite word that closes their
    chain (مكتب تحقيقات حوادث الطيران البريطاني: 2; لجنة متابعة مبادرة السلام العربية: 2), else 0.  The head is no
    activity (قيادة، محطة), the closing word no time word (العام، الأسبوع) nor a stop word."""
    from .tails import time_words

    head = word_info(p.toks[i])
    if head.definite or p.fkeys[i].startswith("ال") or head.bare in _ACTIVITY_HEADS:
        return 0
    t = i + 1
    while t - i <= CHAIN_MAX and _chain_noun(p, t):
        t += 1
    if t == i + 1 or not (_is_word(p, t) and _adjacent(p, t - 1, t)):
        return 0
    k = p.fkeys[t]
    cl = word_info(p.toks[t])
    if not k.startswith("ال") or cl.stop or cl.conj or k in time_words() or cl.cue in ("role", "title"):
        return 0
    return t - (i + 1)


def _org_end(p, i: int) -> int:
    """End of an organisation name whose head is token i (i + 1 when it has no modifier)."""
    n = len(p.kinds)
    j = i + 1
    if participle_description(p, i):
        return i + 1  # القوات الموالية، الشركة المتعهدة: a description, the head alone names nothing (org47)
    c = _city_club_end(p, i)
    if c:
        return c  # رئيس نادي نجران هذيل آل شرمة: the club named after its city ends there
    last = i + 1
    steps = 0
    after_place, words_after_place = False, 0
    genitive = False  # the word before was ل + an indefinite noun after a general body (لرعاية): its genitive follows
    chained = False  # a construct chain was read (_construct_chain): only words with the article may follow it
    coordinated = False  # a coordinated field was read (coordinated_field): only its adjectives may follow it
    while j < n and steps < 8:
        if not _adjacent(p, j - 1, j):
            break
        kd = p.kinds[j]
        if kd == "number" and last == j and j > i + 1 and len(p.toks[j]) <= 4:
            last = j + 1
            j += 1
            break
        if kd != "word":
            break
        w = p.toks[j]
        info = word_info(w)
        k = key(w)
        m = coordinated_field(p, i, j) if j == last else 0
        if m:  # الهيئة العامة للغذاء والدواء، وزارة الشؤون البلدية والقروية: the coordinated field is in the name
            j += m
            last = j
            steps += m
            coordinated = True
            continue
        if coordinated and not _nisba_tok(p, j):
            break  # مرصد الفتاوى الشاذة والتكفيرية التابع لدار الإفتاء: after the coordinated field, its adjectives only
        if j == i + 2 and ministry_closed(p, i, j):
            break  # وكيل وزارة العمل للشؤون الدولية، جهود وزارة العمل الحثيثة، وتتهم وزارة الدفاع مردخاي
        if chained and not k.startswith(("ال", "لل")) and p.fkeys[j - 1].startswith("ال"):
            break  # مركز أبحاث مكافحة الجريمة دهمش ...: after the chain's definite word, its adjectives only
        if (info.conj or info.stop) and not (k in ("ام", "ابو") and j == last and _is_word(p, j + 1)
                                             and p.fkeys[j + 1].startswith("ال")):
            break
        if _future_verb(w) or (k.endswith("وا") and not k.startswith("ال") and len(k) >= 5):
            break  # الشرطة ستتصرف، شرطة المحافظة أنكروا: a verb after the organisation is not in its name
        if (info.cue == "role" or info.cue == "title" and j >= i + 2 and info.bare not in _NAMING_TITLES) and _is_word(p, j + 1):
            break  # باللجنة المحلية للانتخابات المهندس حسن، بشرطة منطقة مكة العقيد عاطي: the person's title ends it
            # (a royal or religious title names the institution: جامعة الملك سعود، مستشفى الأمير سعود بن جلوي)
        if j >= i + 2 and _located_in(p, j, info):
            break  # قوات الطوارئ الخاصة بمنطقة عسير، جمعية البر الخيرية بشرورة: where the body is, not its name
        pinfo = word_info(p.toks[j - 1])
        if pinfo.cue == "place" and not p.fkeys[j - 1].startswith("ال"):
            after_place, words_after_place = True, 0
        named_after = j == last and (pinfo.cue == "title" or p.fkeys[j - 1] in _LINK_BEFORE_NAME
                                     or p.fkeys[j - 1] == "ام")
        was_genitive, genitive = genitive, False
        if was_genitive and k.startswith("ال"):
            ok = True  # الرئاسة العامة لرعاية الشباب: the genitive of the field
        elif j == last and j >= i + 2 and all(_nisba(p.fkeys[t]) for t in range(i + 1, j)) and _field_genitive(p, j, info):
            ok = genitive = True  # الاتحاد السعودي لكرة القدم، المرصد السوري لحقوق الإنسان: the field after the head's nisbas
            # (not after a name that has its field already: وزارة الأمن الداخلي لوسائل الإعلام، إدارة النادي الأهلي لطلب)
        elif j == last and p.fkeys[j - 1] in _GENERAL and k[:1] == "ل" and not k.startswith("لل") and len(k) >= 4 \
                and info.cue in ("", "org") and not info.conj and _is_word(p, j + 1) and _adjacent(p, j, j + 1) \
                and p.fkeys[j + 1].startswith("ال") and not word_info(p.toks[j + 1]).stop:
            ok = genitive = True  # المديرية العامة لحرس الحدود، الإدارة العامة لمكافحة المخدرات: a general body's field
        elif k.startswith("ال") and j >= i + 2 and _definite_head(p.toks[i]) and not k.endswith(("ي", "يه")) \
                and not any(word_info(p.toks[t]).cue == "org" for t in range(i + 1, j)):  # a nested head (للجنة) governs again
            ok = False  # أدان البرلمان الأوروبي الهجوم: a definite head takes adjectives, and after the first only nisbas
        elif k.startswith("ال") or k.startswith("لل"):
            ok = True
            after_place = False
        elif info.cue == "org" and j == last:
            ok = True  # nested head: لجنة جبهة الوطن
        elif j == i + 1 and word_info(p.toks[i]).bare in _CITY_BODIES and not info.cue and not info.conj \
                and not word_info(p.toks[i]).definite and not p.fkeys[i].startswith(("ال", "لل")) \
                and _listed_place(p, j) == 1 and not (_is_word(p, j + 1) and _listed_place(p, j) < _listed_org(p, j)):
            ok = True  # جامعة جدة، أمانة حائل: a city's body named after a listed place
        elif j == i + 1 and _construct_chain(p, i) > 1:
            ok = True  # مكتب تحقيقات حوادث الطيران، لجنة متابعة مبادرة السلام: a chain of indefinite genitives (org42)
            m = _construct_chain(p, i)
            chained = True
            j += m - 1
            steps += m - 1
        elif j == i + 1 and not info.cue and info.zipf < 5.8 and not word_info(p.toks[i]).definite \
                and not p.fkeys[i].startswith(("ال", "لل")) and word_info(p.toks[i]).bare not in _ACTIVITY_HEADS and not k.startswith("ال") and _is_word(p, j + 1) \
                and _adjacent(p, j, j + 1) and p.fkeys[j + 1].startswith("ال") and not word_info(p.toks[j + 1]).stop \
                and not word_info(p.toks[j + 1]).conj and not tanween(p, j):
            ok = True  # هيئة كبار العلماء، لجنة حقوق الإنسان: an indefinite head's genitive chain (not الشركة تشتري)
        elif j == last and (info.cue == "place" and not k.startswith("ال") and not (k[:1] in "بوف" and info.bare != k and _definite_head(p.toks[i]))
                            or k in ("ام", "ابو", "بن", "عبد")) \
                and _is_word(p, j + 1) and _adjacent(p, j, j + 1):
            ok = True  # أمانة منطقة الرياض، جامعة أم القرى
        elif j == last and after_place and words_after_place < 3 and not (
                k in load_cues().given and _is_word(p, j + 1) and _family_name(p.toks[j + 1], word_info(p.toks[j + 1]))) \
                and (info.foreign or (len(k) <= 4 and info.zipf < 5.6 and not info.conj and not info.stop and not info.cue)):
            # (not a person's given name + family name after the place: أمانة منطقة حائل سعد الثويني)
            ok = True  # اللجنة الشعبية لمقاطعة باك فان: the place named in the organisation's name
            words_after_place += 1
        elif named_after and not info.stop and not info.cue and (k in load_cues().given or info.zipf < WEAK):
            ok = True  # جامعة الملك سعود، مستشفى الملك فهد، مدينة الملك عبدالعزيز
        elif _agency_name(p, i, j, info):
            ok = True  # وكالة فارس للأنباء، وكالة مسار برس: an agency named by a common word before its news tail (org40)
        elif info.foreign or (j == last and _weak(info, w, False) and j == i + 1 and info.zipf < 4.5
                              and not word_info(p.toks[i]).definite and not p.fkeys[i].startswith("ال")):
            ok = True
        else:
            ok = False
        if not ok:
            break
        j += 1
        last = j
        steps += 1
    return last


def _coordinable(p, t: int) -> bool:
    """Token t is a plain noun or adjective that may stand coordinated inside a name: no cue, stop word, time word,
    listed place or organisation, verb, and rarer than the commonest words."""
    from .guards import imperfect_verb
    from .tails import time_words

    if not _is_word(p, t) or not _adjacent(p, t - 1, t):
        return False
    w, k = p.toks[t], p.fkeys[t]
    info = word_info(w[1:] if k[:1] == "و" else w)
    return not (info.cue or info.stop or info.foreign or k in time_words() or k[1:] in time_words()
                or _listed_place(p, t) or listed_org(p, t) or imperfect_verb(w[1:]) or len(k) < 5)


def _nisba_tok(p, t: int) -> bool:
    """Token t, as written (ة kept), is a definite relative adjective: الشاذة is none, التكفيرية and القروية are."""
    w = p.toks[t].lstrip("و")
    return w.startswith("ال") and len(w) >= 5 and (w.endswith("ية") or w.endswith("ي") and not w.endswith("وي"))


#: the head whose field is often two coordinated nouns (وزارة التجارة والصناعة، وزارة الثقافة والإعلام)
_MINISTRY = key("وزارة")


def coordinated_field(p, i: int, j: int) -> int:
    """How many words at token j continue the name of the organisation headed at token i by coordination (issue 14,
    names54c), else 0:

    * ``و`` + a definite noun (or ``و`` + a noun + its definite genitive) right after the body's field, ``لل`` + a
      noun that stands right after the head, after ``العامة``/``العام``, after the head's nisbas or after a patron
      (``الهيئة العامة للغذاء والدواء``, ``الرئاسة العامة للأرصاد وحماية البيئة``, ``الجمعية الخيرية للزواج
      والتوجيه``, ``مركز الملك سلمان للإغاثة والأعمال``);
    * ``و`` + a definite relative adjective after a definite word that agrees with it, closing an indefinite head's
      field (``وزارة الشؤون البلدية والقروية``, ``مرصد الفتاوى الشاذة والتكفيرية``);
    * ``و`` + a definite noun after ``وزارة`` + one definite noun (``وزارة التجارة والصناعة``, ``وزارة الثقافة
      والإعلام``).

    Not a cue word (``ووزارة``، ``والمدير``), a listed place or organisation, a time word, a verb, a function word or a
    nationality (``الشركة السعودية والكويتية`` are two)."""
    if j < i + 2 or not _is_word(p, j) or not _adjacent(p, j - 1, j):
        return 0
    k = p.fkeys[j]
    if not k.startswith("و") or k.startswith("ول") and not k.startswith("وال"):
        return 0
    prev = p.fkeys[j - 1]
    f = j - 1 if prev.startswith("لل") else j - 2 if _nisba_tok(p, j - 1) and p.fkeys[j - 2].startswith("لل") else 0
    if f <= i + 1 or not (p.fkeys[f - 1] in _GENERAL or all(_nisba_tok(p, t) for t in range(i + 1, f))
                          or any(p.fkeys[t] in _PATRONS for t in range(i + 1, f))):
        f = 0  # (وزارة الصحة للمرضى والمراجعين: لل after a complete name is whom it serves, not its field; لجنة
        # للتحقيق والتثبت: an indefinite body for a purpose, no name)
    if not f and prev.startswith("وال") and any(p.fkeys[t].startswith("لل") for t in range(i + 1, j - 1)) \
            and coordinated_field(p, i, j - 1) == 1:
        f = j - 1  # a third field after a coordinated one (الإدارة العامة للجنسية والجوازات والإقامة; names61c)
    if f and len(p.fkeys[f]) >= 5:
        if k.startswith("وال") and len(k) >= 6 and not (_nisba_tok(p, j) and (f != j - 1 or _nisba_tok(p, f))) \
                and _coordinable(p, j) \
                and not (_is_word(p, j + 1) and p.fkeys[j + 1] in _GOVERNED) \
                and not (sound_plural(k) and not k.endswith("ات")) \
                and not (k.endswith("ات") and _is_word(p, j + 1) and _adjacent(p, j, j + 1)
                         and p.fkeys[j + 1].startswith("ال") and not _nisba_tok(p, j + 1)):
            return 1  # (قرار اللجنة المحلية للانتخابات والتحقق منها: the verbal noun governs what follows; للدفاع
            # المدني والمتطوعين، للتخصصات الصحية والمستشفيات الخاصة: the people or places served, no field)
        w = p.toks[j]
        if not k.startswith("وال") and len(k) >= 5 and _coordinable(p, j) and not tanween(p, j) \
                and not (_pronoun_suffixed(w) or _pronoun_suffixed(w[1:]) or k.endswith(("ها", "هم", "هما"))) and word_info(p.toks[i]).bare not in _ACTIVITY_HEADS \
                and not (w.endswith("ي") or w.endswith("ية") and not w.endswith("اية")) and _is_word(p, j + 1) \
                and _adjacent(p, j, j + 1) and p.fkeys[j + 1].startswith("ال") and len(p.fkeys[j + 1]) >= 5 \
                and _coordinable(p, j + 1) and not _nisba_tok(p, j + 1):
            return 2
        return 0
    head = p.fkeys[i]
    if head.startswith(("ال", "لل", "وال", "بال")) or word_info(p.toks[i]).definite:
        return 0
    m = _field_pair(p, i, j)
    if m:  # هيئة الغذاء والدواء، هيئة الاتصالات وتقنية المعلومات (names61c)
        return m
    if not prev.startswith("ال") or not k.startswith("وال") or not _coordinable(p, j) or gentilic_word(p.toks[j][1:]) \
            or gentilic_word(p.toks[j - 1]):
        return 0
    if _nisba_tok(p, j):
        return int(p.toks[j - 1].endswith("ة") == p.toks[j].endswith("ة"))  # agreeing adjectives
    if _MINISTRY in (head, head[1:] if head[:1] in "لبكو" else head) and j == i + 2 and not _nisba_tok(p, j - 1) and k[1:] not in _MINISTRY_FIELDS \
            and not sound_plural(k) and not (_is_word(p, j + 1) and _adjacent(p, j, j + 1) and p.fkeys[j + 1].startswith(("ال", "وال"))):
        return 1  # وزارة التجارة والصناعة (not in a list of ministries, ووزارة الصحة والرئاسة العامة لشؤون: two bodies;
        # not a plural: وزارة الصحة والجامعات، وزارة التعليم والمعلمين)
    return 0


def _field_pair(p, i: int, j: int) -> int:
    """How many words at token j close a field of two nouns after an indefinite head and one definite noun (names61c,
    issue 14), else 0: ``و`` + a definite noun (``هيئة الغذاء والدواء``، ``عمادة القبول والتسجيل``، ``إدارة الطوارئ
    والأزمات``، ``لجنة الإعلام والتوعية``) or ``و`` + a noun and its definite genitive (``هيئة الاتصالات وتقنية
    المعلومات``, also after وزارة).  Not ``و`` + one noun after وزارة (:func:`coordinated_field`'s ministries: وزارة
    الإسكان والعمل are two), nor after a club's or a team's head (``team_head``: فريق الهلال والنصر) or an activity head
    (قيادة، محطة); the first noun no nisba, gentilic, listed place or organisation, or cue; the second no gentilic,
    cue, time word or sound plural in ``-ين``/``-ون`` (لجنة الإعلام والمشاركين: the people); the name ends there or
    goes on with an adjective (شعبة التحريات والبحث الجنائي), not with another definite noun."""
    if j != i + 2 or not _is_word(p, j) or not _adjacent(p, j - 1, j):
        return 0
    head = p.fkeys[i]
    hb = word_info(p.toks[i]).bare
    ministry = _MINISTRY in (head, head[1:], hb)
    if hb in _TEAM_HEADS or hb in _ACTIVITY_HEADS:
        return 0
    first, k = p.fkeys[j - 1], p.fkeys[j]
    if not first.startswith("ال") or not k.startswith("و") or len(first) < 4 or len(k) < 5:
        return 0
    if _nisba_tok(p, j - 1) or gentilic_word(p.toks[j - 1]) or gentilic_word(p.toks[j][1:]):
        return 0
    if _listed_place(p, j - 1) or listed_org(p, j - 1) not in (0, 2) or word_info(p.toks[j - 1]).cue:
        return 0  # (الغذاء والدواء, listed as the body's short form, is this field)
    if not _coordinable(p, j) or sound_plural(k) and not k.endswith("ات") or k[1:] in _NOT_A_FIELD:
        return 0
    n = 1
    if not k.startswith("وال"):  # و + a noun in construct: وتقنية المعلومات
        w = p.toks[j]
        if tanween(p, j) or _pronoun_suffixed(w) or _pronoun_suffixed(w[1:]) or sound_plural(k) \
                or not (_is_word(p, j + 1) and _adjacent(p, j, j + 1)) or not p.fkeys[j + 1].startswith("ال") \
                or len(p.fkeys[j + 1]) < 5 or not _coordinable(p, j + 1) or _nisba_tok(p, j + 1):
            return 0
        n = 2
    elif ministry:
        return 0
    e = j + n
    if _is_word(p, e) and _adjacent(p, e - 1, e):
        nk = p.fkeys[e]
        if nk in _GOVERNED or nk.startswith(("ال", "لل")) and not _nisba_tok(p, e):
            return 0
    return n


#: the field of a minister of state, after which a field with ل/لل stays in the name (وزارة الدولة للشؤون الخارجية)
_STATE = key("الدولة")


def ministry_closed(p, i: int, j: int) -> bool:
    """Token j ends the name of a ministry named by its head and one definite field (``وزارة العمل``, ``لوزارة
    الإسكان``) at token i = j - 2: a definite word governs no genitive, so only its adjectives may follow, a
    relative adjective (الإسرائيلية، العالي، الوطني) or العام/العامة; not a deputy's portfolio (وكيل وزارة العمل
    للشؤون الدولية), a description of the sentence (جهود وزارة العمل الحثيثة) or the next word of the sentence
    (وتتهم وزارة الدفاع مردخاي، من وزارة التعليم يجلي).  A minister of state's ministry keeps its field
    (وزارة الدولة لشؤون الإعلام)."""
    if word_info(p.toks[i]).bare != _MINISTRY or p.fkeys[i] in ("وزارتي", "وزارتين"):
        return False
    f = p.fkeys[i + 1]
    if not f.startswith("ال") or f == _STATE or not _is_word(p, j):
        return False
    k = p.fkeys[j]
    return not (_nisba(k) or k in _GENERAL or _ordinal(p.toks[j]) and k not in ("الاخير", "الاخيره"))
    # (وزارة الركن الخامس: an ordinal agrees with the field; إحصاء وزارة الصحة الأخير: with the word before)


#: a preposition with a pronoun after a coordinated verbal noun: it governs it, the name ended before (والتحقق منها)
_GOVERNED = name_words("governed")
#: the fields of ministries named by one word: after وزارة + a field, و + one of them is a second ministry (وزارة
#: الإسكان والعمل، وزارة العمل والتجارة), not the second field of one (وزارة التجارة والصناعة، الثقافة والإعلام)
_MINISTRY_FIELDS = name_words("ministry_field")
#: the titles of a patron inside a body's name (مركز الملك سلمان للإغاثة)
_PATRONS = name_words("patron")
#: the heads of clubs and teams, whose names take no coordinated field (فريق الهلال والنصر are two)
_TEAM_HEADS = name_words("team_head")
#: plurals of bodies or people after و: the others named beside the body, never its second field (واللجان، والطلاب)
_NOT_A_FIELD = name_words("not_a_field")


#: a news agency's head and the tails of its name (وكالة فارس للأنباء، وكالة قدس برس، وكالة شام نيوز)
_AGENCY_HEAD = key("وكالة")
_NEWS_TAILS = name_words("news_tail")


def _agency_name(p, i: int, j: int, info) -> bool:
    """Token j is the one word between an indefinite ``وكالة`` (token i) and a news tail (``للأنباء``, ``برس``,
    ``نيوز``), a noun or name without the article, no adjective (not وكالة جديدة للأنباء), or it is that tail after
    such a word: an agency named by a common word (``وكالة فارس للأنباء``, ``وكالة مسار برس``) is still a name."""
    if word_info(p.toks[i]).bare != _AGENCY_HEAD or p.fkeys[i].startswith(("ال", "لل", "وال", "بال")):
        return False
    if j == i + 2:
        return p.fkeys[j] in _NEWS_TAILS and not word_info(p.toks[i + 1]).definite
    k = p.fkeys[j]
    if j != i + 1 or info.stop or info.conj or info.cue or k.startswith(("ال", "لل")) or len(k) < 3 \
            or k.endswith(("ه", "ي", "يه", "ين", "ون", "ات")) or tanween(p, j):
        return False  # (وكالة جديدة للأنباء، وكالة محلية: an adjective; وكالة أنباء: the common noun)
    return _is_word(p, j + 1) and _adjacent(p, j, j + 1) and p.fkeys[j + 1] in _NEWS_TAILS


#: the head of a club named after its city (نادي نجران، لنادي الخليج)
_CLUB_HEAD = key("نادي")


def _city_club_end(p, i: int) -> int:
    """End of ``نادي + listed place`` at token i (an indefinite club head, a listed place right after it, and no
    transliterated word after the place that would carry the club's name on: نادي باريس سان جيرمان), else 0."""
    if word_info(p.toks[i]).bare != _CLUB_HEAD or p.fkeys[i].startswith(("ال", "لل", "وال", "بال")) \
            or not (_is_word(p, i + 1) and _adjacent(p, i, i + 1)):
        return 0
    m = _listed_place(p, i + 1, anywhere=True)
    if not m or p.fkeys[i + 1][:1] in "وبل" and p.fkeys[i + 1][1:] != p.fkeys[i + 1] and m == 0:
        return 0
    e = i + 1 + m
    if _listed_org(p, i + 1) > m or _is_word(p, e) and _adjacent(p, e - 1, e) and (
            _listed_org(p, e) or p.fkeys[e].startswith("ال") or word_info(p.toks[e]).foreign and p.fkeys[e] not in load_cues().given
            and not (_is_word(p, e + 1) and p.fkeys[e + 1] in ("ال", "بن", "ابو", "عبد"))):
        return 0  # (نادي باريس سان جيرمان، نادي الطائف الأدبي: the club's own words go on; نادي نجران هذيل آل شرمة: a person follows)
    return e


#: a Saudi administrative centre (a village-level seat under a governorate) is named by a rare word after مركز
_CENTRE = key("مركز")
#: the name of an administrative centre is rarer than this in general Arabic (المسيال 1.4، حلي 3.4، المزروعية 3.0;
#: the institutes' fields are common words: التحكم 4.9، الأبحاث 4.4، الإغاثة 3.9)
CENTRE_NAME_ZIPF = 3.5
_ATTACHED = name_words("attached")
#: ... and not shaped like a foreign word (مركز فاندربيلت، مركز غوانتانامو: an institute, a detention centre abroad)
CENTRE_NAME_SHAPE = 2.5


def _admin_centre(p, i: int, j: int) -> bool:
    """``مركز`` + one rare word that ends the name (:func:`_org_end` stops after it, or ``التابع ل...`` follows): an
    administrative centre, a place (مركز المسيال، مركز حلي التابع لمحافظة القنفذة); not a centre with its own field or
    adjective (مركز بللسمر الصحي، مركز الأبحاث), a royal patron (مركز الملك عبدالعزيز), a listed body or a name of
    Latin letters' sounds (مركز أرامكو)."""
    info = word_info(p.toks[i])
    if info.bare != _CENTRE or info.definite or p.fkeys[i].startswith(("ال", "لل")) or not _is_word(p, i + 1) \
            or not _adjacent(p, i, i + 1):
        return False
    if j != i + 2 and not (_is_word(p, i + 2) and p.fkeys[i + 2] in _ATTACHED):
        return False
    if _is_word(p, i + 2) and _adjacent(p, i + 1, i + 2) and (
            p.fkeys[i + 2][:1] == "ل" or word_info(p.toks[i + 2]).foreign):
        return False  # مركز أسبار للدراسات، مركز جنى لدعم الأسر، مركز بانوراما مول: a body with its purpose, a mall
    w = p.toks[i + 1]
    wi = word_info(w)
    k = p.fkeys[i + 1]
    return wi.zipf < CENTRE_NAME_ZIPF and wi.shape < CENTRE_NAME_SHAPE and len(k) >= 3 and not (wi.cue or wi.stop or wi.conj) \
        and k not in load_cues().given and not _listed_org(p, i + 1) and not k.startswith(("لل", "بال", "وال"))


def _located_in(p, j: int, info) -> bool:
    """Token j is the preposition ب written on a place cue or a listed place (بمنطقة، بالمنطقة، بمحافظة،
    بشرورة; not ببلدية) after an organisation's head and modifier: it says where the body is, and the annotation
    marks the organisation and the place apart (قوات الطوارئ الخاصة | منطقة عسير).  Not ب + a common
    word (بالتعاون) nor a name that starts with ب (بريدة: no ب + ريدة)."""
    k = p.fkeys[j]
    if k[:1] != "ب" or not _is_word(p, j + 1) and info.cue == "place" or info.bare in _PLACE_BODY_HEADS:
        return False  # (ببلدية محافظة بلقرن: a municipality is a body of its own, though the cue table reads بلدية as a commune)
    if info.cue == "place" and info.bare in (k[1:], k[3:]) and not info.definite or \
            k.startswith("بال") and word_info(p.toks[j]).cue == "place":
        return True

    return info.bare == k[1:] and bool(listed_place_at(p, j))


#: heads of the bodies that a city or region has, named after it (جامعة جدة، أمانة حائل، بلدية الخبر);
#: not مصلحة (مصلحة إسرائيل *Israel's interest*) or نادي (نادي باريس سان جيرمان: the club's name is longer)
_CITY_BODIES = name_words("city_body")  # (منتخب مصر: a country's team)


#: heads that make a listed place an organisation (بلدية الخبر، إمارة منطقة جازان; :mod:`.municipal`)
_PLACE_BODY_HEADS = PLACE_BODY_HEADS


def listed_org(p, j: int) -> int:
    """Tokens of a listed organisation starting at token j (known_names.csv), else 0; an entry of the ``movement``
    context only where it holds (``المواطن حماس العتيبي`` is a person; a club of the ``sport`` context stops a
    person's run anywhere: ``نبيل بهوي الأهلي`` in a table of transfers)."""
    k = p.fkeys[j]
    return max((len(ws) for ws, _, ctx in known_index().names.get(k, ())
                if all(_is_word(p, j + t) and p.fkeys[j + t] == ws[t] for t in range(len(ws)))
                and (ctx != "movement" or movement_slot(p, j, len(ws), 0))),
               default=0)


_listed_org = listed_org  # the old name, still used in this module


def _rulers() -> frozenset:
    return RULERS


def listed_place(p, j: int, anywhere: bool = False) -> int:
    """Tokens of a listed place at token j (see :func:`arnews.entities.places.listed_place_at`)."""
    return listed_place_at(p, j, anywhere) if p.rules == "ar" else 0


_listed_place = listed_place  # the old name, still used in this module and by tests


_UNITED = key("المتحدة")


def _united_nations_end(p, t: int, b: int) -> int:
    """End of ``(لل)أمم المتحدة`` at token t inside an office ending at b (a plural head, no agreeing scope), else 0."""
    if p.fkeys[t].endswith("امم") and t + 2 <= b and _is_word(p, t + 1) and _adjacent(p, t, t + 1) \
            and p.fkeys[t + 1] == _UNITED:
        return t + 2
    return 0


def _org_in_office(p, a: int, b: int):
    """The organisation named inside an office (tokens a..b-1, before the person): its first
    indefinite organisation head with its name, cut at the office's end (عضو مجلس إدارة مجموعة
    الطيار الدكتور ... -> مجلس إدارة مجموعة الطيار), else None.  A head governing "the"
    institution named before (مجلس الإدارة) or a rank (المركز الأول) names nothing."""
    for t in range(a, b):
        info = word_info(p.toks[t])
        e = _place_body_end(p, t, info)
        if e and e <= b:  # وكيل إمارة منطقة تبوك للشؤون الأمنية فلان: the region's governorate
            return _place_body_name(p, t, e, info)
        if info.cue == "org" and p.fkeys[t].startswith("ال") and not info.conj:
            e = office_body_end(p, t, b)
            if e:  # رئيس اللجنة الأولمبية السعودية فلان: a definite body with its scope, inside the office
                words = [p.toks[x] for x in range(t, e)]
                return Name(p.starts[t], p.ends[e - 1], "organisation", "cue", 0.7, org_key(words), p.toks[t])
            return None
        if info.cue == "org" and p.fkeys[t].startswith("لل") and not info.conj:
            e = office_body_end(p, t, b) or _united_nations_end(p, t, b)
            if e:  # الأمين العام للهيئة السعودية للمهندسين فلان، الأمين العام للأمم المتحدة بان كي مون
                words = [p.toks[x] for x in range(t, e)]
                return Name(p.starts[t], p.ends[e - 1], "organisation", "cue", 0.7, org_key(words), p.toks[t])
        if not info.cue and not info.conj and p.fkeys[t].startswith(("ال", "لل")) \
                and scoped_words().get(p.fkeys[t][2:]) == "head":  # (not وزير الخارجية الأمريكية: an office)
            e = scoped_body_end(p, t)
            if e and e <= b:  # رئيس الندوة العالمية للشباب الإسلامي فلان: a scoped body inside the office (org47)
                words = [p.toks[x] for x in range(t, e)]
                return Name(p.starts[t], p.ends[e - 1], "organisation", "cue", 0.7, org_key(words), p.toks[t])
        if info.cue != "org" or info.definite or p.fkeys[t].startswith(("ال", "لل", "وال", "بال")):
            continue
        if not _is_word(p, t + 1) or _generic_genitive(p.toks[t + 1]) or _ordinal(p.toks[t + 1]):
            return None
        e = min(_org_end(p, t), b)
        if e <= t + 1:
            return None
        k = p.fkeys[t]
        bare = info.bare or k
        s = p.ends[t] - len(bare) if k.endswith(bare) and len(k) > len(bare) else p.starts[t]
        words = [p.toks[x] for x in range(t, e)]
        return Name(max(s, p.starts[t]), p.ends[e - 1], "organisation", "cue", 0.7, org_key(words), p.toks[t])
    return None


def orgs_in_office(p, a: int, b: int) -> list:
    """Every organisation named inside an office (tokens a..b-1, before the person), in order: after the first
    (:func:`_org_in_office`) the rest of the office is read again (عضو مجلس الشورى رئيس جامعة الفيصل الدكتور
    فلان: مجلس الشورى and جامعة الفيصل; org42: only the first was kept, the second office's body lost)."""
    out = []
    while a < b:
        org = _org_in_office(p, a, b)
        if org is None:
            break
        out.append(org)
        a = next((t + 1 for t in range(a, b) if p.ends[t] >= org.end), b)
    return out


def _body_name(p, i: int):
    """``(Name, end token)`` of a sector body or a named facility at token i (:mod:`.bodies`), else None."""
    if i not in body_candidates(p):
        return None
    k = p.fkeys[i]
    j = sector_body_end(p, i)
    if j == i:
        j = company_end(p, i)
    info = word_info(p.toks[i])
    b = info.bare or k
    # the span starts at the name without its proclitics (لصحة -> صحة، والعربية -> العربية)
    s = p.starts[i]
    if b and k.endswith(b) and len(k) > len(b) and not info.definite and k not in body_words():
        s = p.ends[i] - len(b)  # (بلدي، بريد are listed whole: their ب is no proclitic)
    elif info.definite and k.endswith(b):
        s = p.ends[i] - len(b) - 2
    s = max(s, p.starts[i])
    if j > i:
        words = [p.toks[t] for t in range(i, j)]
        return Name(s, p.ends[j - 1], "organisation", "cue", 0.7, org_key(words), p.toks[i]), j
    j, a, b = facility_end(p, i)
    if j > i:  # ومتنزهات الأمير سلطان: the span starts at the facility word, without its proclitics (fixn)
        s = max(s, p.ends[i] - len(facility_head(p, i)))
        return Name(s, p.ends[j - 1], "place", "cue", 0.75, org_key(facility_key(p, i, a, b)), p.toks[i]), j
    j, a, b, typ = patron_named_end(p, i)
    if j > i:  # قصر الملك عبدالعزيز، دارة الملك عبدالعزيز: named after the king, not the king
        return Name(s, p.ends[j - 1], typ, "cue", 0.7, org_key([info.bare or k] + [p.toks[t] for t in range(a, b)]), p.toks[i]), j
    j = located_hall_end(p, i)
    if j > i:  # قاعة رويال بجدة: a hall named by the word the town after it vouches for (names57b)
        return Name(s, p.ends[j - 1], "place", "cue", 0.7, org_key([info.bare or k] + [p.toks[t] for t in range(i + 1, j)]), p.toks[i]), j
    return None
