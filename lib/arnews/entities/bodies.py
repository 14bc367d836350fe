"""Names made of a sector or a facility word and a place (``body_names.csv``).

Saudi news names a region's directorate by its sector and the place it serves, without an
organisation head: ``صحة عسير`` (Asir Health Affairs), ``تعليم الأفلاج``, ``مرور جدة``; and a
named facility by its kind and its place or patron: ``مطار الجوف``, ``مطار منطقة الجوف``,
``مطار الملك خالد الدولي``, ``ملعب الأمير فيصل بن فهد``.  Both are found here:

* :func:`sector_body_end`: an indefinite sector word (proclitics allowed: ``لصحة``) right before a
  listed place, or before a rare definite word that reads as a place (``الأفلاج``);
* :func:`company_end`: a company's proper word and the field that closes its name (``النيل للطيران``,
  ``التعاونية للتأمين``); the proper word is rare, a gentilic or a country, not a common noun
  (``الحاجة للتأمين`` is a purpose);
* :func:`facility_end`: an indefinite facility word, then a place (after an optional place cue) or
  a naming title with a name (given names, ``بن``/``عبد`` links, rare family names), then the
  adjectives that close it (``الدولي``);
* :func:`patron_named_end`: a place or a body that is a name only after a royal patron (``قصر الملك عبدالعزيز``,
  ``مدينة الملك عبدالله الرياضية``, ``دارة الملك عبدالعزيز``; kinds patron_place, patron_body): the whole, not
  the person inside.

A sector or facility word alone, with the article (``الصحة``, ``المطار``) or before a common
noun (``تعليم الرياضيات``, ``مرور الوقت``, ``ملعب المباراة``) names nothing.  The functions
work on the token arrays of a paragraph (``p.toks``, ``p.kinds``) and return token indices.
"""
from __future__ import annotations

from ..lexicons import kind_sets, lexicon_cache, word_kinds
from ..normalize import key
from .cues import load_cues, word_info, zipf_ar
from .facility_names import own_name_only, own_name_refused
from .located_facilities import located_name_end
from .namelinks import AAL, ABD, ABU, BIN, BINT
from .orgwords import WordSet, name_words
from .positions import is_word as _word, adjacent as _adjacent
from .proclitics import proclitic_set, proclitics

__all__ = ["body_words", "body_candidates", "guarded_facility_words", "sector_body_end", "facility_end", "facility_key", "company_end",
           "patron_named_end", "linked_name_end", "purpose_end"]

KINDS = ("sector", "facility", "facility_adj", "company_tail", "loan_tail", "patron_place", "patron_body", "institution_adj")
#: heads that name a place or a body only after a royal patron (قصر الملك عبدالعزيز، دارة الملك عبدالعزيز)
PATRON_HEADS = ("patron_place", "patron_body")
#: the kinds of ``body_rule_words.csv`` (the words these rules test besides ``body_names.csv``; its header says what
#: each holds)
RULE_KINDS = ("adjective_sector", "religious_title", "road", "road_adj", "camp", "patron_only", "back_referring")


@lexicon_cache(maxsize=2)
def body_rule_words() -> dict[str, frozenset]:
    """``kind -> key forms`` of ``body_rule_words.csv`` (:data:`RULE_KINDS`)."""
    return kind_sets("body_rule_words.csv", RULE_KINDS, key)


#: titles that name a facility after a person (مطار الملك خالد، ملعب الأمير فيصل): a patron's titles
#: (kind ``patron`` of ``org_name_words.csv``)
_NAMING_TITLES = name_words("patron")
_LINKS = BIN | BINT | ABD | AAL | ABU
#: a family name inside a facility's name is rarer than this in general Arabic, or a given name with the
#: article (الفيصل، العبدالله)
FAMILY_ZIPF = 4.0


def guarded_facility_words() -> frozenset:
    """Keys of the facility words named by a listed place or a patron only (kinds ``road`` and ``patron_only`` of
    ``body_rule_words.csv``: طريق، سد، نفق، أنفاق، متنزهات): the learned pass and a facility before a found body leave
    them alone (سد الفجوة *filled the gap*, نفق الطائفية)."""
    words = body_rule_words()
    return words["road"] | words["patron_only"]


@lexicon_cache(maxsize=2)
def body_words() -> dict:
    """Normalised word -> kind (``sector``, ``facility``, ``facility_adj``, ``company_tail``, ``loan_tail``)."""
    return word_kinds("body_names.csv", KINDS, key)


@lexicon_cache(maxsize=2)
def _body_heads() -> tuple[frozenset, frozenset]:
    """The words :func:`body_candidates` starts at (sector, facility and patron heads) and the company fields
    it starts before (``company_tail``, ``loan_tail``), built once per lexicon folder."""
    words = body_words()
    return (frozenset(k for k, kd in words.items() if kd in ("sector", "facility", *PATRON_HEADS)),
            frozenset(k for k, kd in words.items() if kd in ("company_tail", "loan_tail")))


def body_candidates(p) -> frozenset:
    """Token indices of a paragraph where a sector, a facility or a company named by its field may
    start (a listed word behind at most two proclitic letters, or the word before a company's
    field): one pass over the paragraph's keys, so the rules below run only there (memoised)."""
    got = p.memo.get("body_candidates")
    if got is not None:
        return got
    heads, tails = _body_heads()
    out = set()
    for i, k in enumerate(p.keys):
        if p.kinds[i] != "word":
            continue
        if k in heads or k[1:] in heads or k[2:] in heads:
            out.add(i)
        elif k in tails and i > 0:
            out.add(i - 1)
    got = p.memo["body_candidates"] = frozenset(out)
    return got


def _head(p, i: int, kind: str) -> str:
    """The sector or facility word at token i without its proclitics ('' when it is none)."""
    if not _word(p, i):
        return ""
    k = p.fkeys[i]
    words, clitics = body_words(), proclitic_set("conj_prep")
    for cut in range(0, 3):  # (two letters: سد *dam*, names58a; the rules after the head guard the verb سد الفراغ)
        if k[:cut] in clitics and words.get(k[cut:]) == kind and len(k) - cut >= 2 \
                and (len(k) - cut > 2 or k[:cut] in ("", "و")):  # فسد *went bad*, لسد *to fill*: verbs (fixn)
            return k[cut:]
    return ""


def facility_head(p, i: int) -> str:
    """The facility word at token i without its proclitics (ومتنزهات -> متنزهات; '' when it is none)."""
    return _head(p, i, "facility")


def _place_at(p, j: int) -> int:
    """Tokens of a place at token j: a listed place, or a rare definite word read as a place."""
    from .names import definite_place_name
    from .places import listed_place_at

    if not _word(p, j):
        return 0
    m = listed_place_at(p, j)
    if m:
        return m
    k = p.fkeys[j]
    return 1 if k.startswith("ال") and definite_place_name(p.toks[j]) else 0


def _cued_place(p, j: int) -> tuple[int, int]:
    """(start, end) tokens of the place after an optional place cue at j (منطقة الجوف), else (j, j)."""
    if not (_word(p, j) and _adjacent(p, j - 1, j)):
        return j, j
    if word_info(p.toks[j]).cue == "place" and not p.fkeys[j].startswith("ال") and _word(p, j + 1) \
            and _adjacent(p, j, j + 1):
        m = _place_at(p, j + 1)
        if m:
            return j + 1, j + 1 + m
    m = _place_at(p, j)
    return (j, j + m) if m else (j, j)


#: sector words that are also a common adjective or noun (عمل أدبي، زي بلدي، فنون الطهي، عمل تعاوني; org42): a body
#: only before a listed place (with or without its cue), never before a rare definite word (فنون المحاسبة)
_ADJECTIVE_SECTORS = WordSet(body_rule_words, "adjective_sector")


def sector_body_end(p, i: int) -> int:
    """End token of a sector body starting at token i (صحة عسير، لتعليم الأفلاج), else i."""
    from .places import listed_place_at

    hd = _head(p, i, "sector")
    if not hd:
        return i
    a, b = _cued_place(p, i + 1)
    if b > a and hd in _ADJECTIVE_SECTORS and not listed_place_at(p, a):
        return i
    return b if b > a else i


def _patron_end(p, j: int) -> int:
    """End of a naming title and its person's name at token j (الملك خالد، الأمير سلطان بن عبدالعزيز), else j."""
    if not (_word(p, j) and _adjacent(p, j - 1, j) and p.fkeys[j] in _NAMING_TITLES):
        return j
    given = load_cues().given
    t = j + 1
    while t < len(p.kinds) and t - j <= 5 and _word(p, t) and _adjacent(p, t - 1, t):
        k = p.fkeys[t]
        info = word_info(p.toks[t])
        if info.conj or info.stop or body_words().get(k) == "facility_adj":
            break
        if not (k in given or k in _LINKS or k.startswith("عبد") and len(k) >= 5
                or t > j + 1 and k.startswith("ال") and (info.zipf < FAMILY_ZIPF or k[2:] in given)
                or p.fkeys[t - 1] == "عبد" and k.startswith("ال")):  # الملك عبد العزيز written apart
            break
        t += 1
    if t > j + 1 and p.fkeys[t - 1] in _LINKS and _word(p, t) and _adjacent(p, t - 1, t) \
            and not (word_info(p.toks[t]).stop or word_info(p.toks[t]).conj):
        t += 1  # الأمير عبدالله بن جلوي: the name after بن, whatever its frequency
    if t == j + 1 and p.fkeys[j] in _RELIGIOUS_TITLES and _epithet(p, t):
        t += 1  # مسجد الإمام الصادق، جامع الإمام الشافعي: a religious title before the epithet it is known by
    return t if t > j + 1 else j


#: religious titles that name a person by a definite epithet (الإمام الصادق، الإمام البخاري)
_RELIGIOUS_TITLES = WordSet(body_rule_words, "religious_title")
#: such an epithet is rarer than this in general Arabic (الصادق 4.4، البخاري 4.6; not الجديد، السابق، الحالي)
EPITHET_ZIPF = 5.0


def _epithet(p, t: int) -> bool:
    """Token t is a definite word, next to the title before it, that can be a person's epithet: no stop
    word, cue, conjunction or closing adjective; a given name with the article (الحسين) or a word not common
    in general Arabic."""
    if not (_word(p, t) and _adjacent(p, t - 1, t) and p.fkeys[t].startswith("ال") and len(p.fkeys[t]) >= 5):
        return False
    info = word_info(p.toks[t])
    if info.conj or info.stop or info.cue or body_words().get(p.fkeys[t]):
        return False
    return p.fkeys[t][2:] in load_cues().given or info.zipf < EPITHET_ZIPF


def _given_then_adjective(p, j: int) -> int:
    """End of a person's name without a title at token j (given names, links, a rare family name) that a
    facility's closing adjective follows (استاد جابر الدولي، مطار محمد الخامس الدولي); j when none:
    without the adjective a given name after a facility word may be the subject (ملعب سعد: no)."""
    if not (_word(p, j) and _adjacent(p, j - 1, j) and p.fkeys[j] in load_cues().given):
        return j
    t = j + 1
    given = load_cues().given
    while t < len(p.kinds) and t - j < 4 and _word(p, t) and _adjacent(p, t - 1, t):
        k = p.fkeys[t]
        if body_words().get(k) == "facility_adj":
            return t
        info = word_info(p.toks[t])
        if info.conj or info.stop or not (k in given or k in _LINKS or k.startswith("عبد") and len(k) >= 5
                                          or k.startswith("ال") and info.zipf < FAMILY_ZIPF):
            return j
        t += 1
    if _word(p, t) and _adjacent(p, t - 1, t) and body_words().get(p.fkeys[t]) == "facility_adj":
        return t
    return j


def linked_name_end(p, j: int) -> int:
    """End of a person's name without a title at token j whose given name a link joins to the next name (محمد بن
    زايد، سعيد أبو داهش; names54e): after a facility word such a name is the facility's patron, not its subject (ملعب
    سعد alone stays a subject).  The given name is listed; links, given names, عبد- names, rare definite family
    names and any word right after a link follow, at most five words; no stop word, conjunction, cue or body word
    except the links; j when no link joins two names."""
    given = load_cues().given
    if not (_word(p, j) and _adjacent(p, j - 1, j) and p.fkeys[j] in given):
        return j
    t, linked = j + 1, False
    while t < len(p.kinds) and t - j <= 5 and _word(p, t) and _adjacent(p, t - 1, t):
        k, info = p.fkeys[t], word_info(p.toks[t])
        if k in _LINKS and p.fkeys[t - 1] not in _LINKS:
            t += 1
            continue
        if info.conj or info.stop or info.cue or body_words().get(k):
            break
        if p.fkeys[t - 1] in _LINKS:
            linked = True
        elif not (k in given or k.startswith("عبد") and len(k) >= 5 or k.startswith("ال") and info.zipf < FAMILY_ZIPF
                  and not k.endswith(("ين", "ون", "ات"))):
            break  # ملعب خالد بن عبدالله التمارين: a plural noun after the name is the verb's object
        t += 1
    while t > j + 1 and p.fkeys[t - 1] in _LINKS:
        t -= 1
    return t if linked else j


def facility_end(p, i: int) -> tuple[int, int, int]:
    """``(end, name start, name end)`` tokens of a named facility starting at token i (مطار الجوف,
    مطار الملك خالد الدولي); ``(i, i, i)`` when none.  The name tokens leave out the place cue and
    the closing adjectives (the grouping key)."""
    from .places import listed_place_at

    if not _head(p, i, "facility"):
        return i, i, i
    if i > 0 and _word(p, i - 1) and p.fkeys[i - 1] == "عن" and p.fkeys[i] == "طريق":
        return i, i, i  # عن طريق جدة *by way of Jeddah*: the phrase, not the road
    if _word(p, i + 1) and _prepositional(p, i + 1):
        return i, i, i  # مسجد بالجهراء، مسجد بمنطقة الجهراء *a mosque in Jahra*: where it is, not its name
    road = _head(p, i, "facility") in _ROADS
    closed = False
    a, b = _cued_place(p, i + 1)
    if road and b > a and not listed_place_at(p, a, anywhere=True):
        a = b = i + 1  # طريق التفتت *the path of collapse*, بطريق الصدفة *by chance*: a road is named by a listed place
    if b > a and _head(p, i, "facility") in _CAMPS and listed_place_at(p, a, anywhere=True) == b - a:
        return i, i, i  # معسكر سويسرا *the training camp in Switzerland*: the country is the name
    if b > a and _head(p, i, "facility") in _PATRON_ONLY:
        return i, i, i  # أحد متنزهات عسير *one of Asir's parks*, أنفاق لندن: a plural before a place names none
    if b == a:
        a, b = i + 1, _patron_end(p, i + 1)
        if _head(p, i, "facility") in _PATRON_ONLY:
            return (b, a, b) if b > a else (i, i, i)  # أنفاق الملك خالد، متنزهات الأمير سلطان: a patron only (names58a)
        if b == a and _adjacent(p, i, i + 1) and _word(p, i + 1) \
                and p.fkeys[i + 1] in (_head(p, i + 1, "facility"), _head(p, i + 1, "patron_place")) \
                and _patron_end(p, i + 2) > i + 2:  # (bare: نفق بطريق الملك عبدالعزيز is a tunnel on the road; fixn)
            b = _patron_end(p, i + 2)  # ملعب مدينة الملك عبدالعزيز، طريق مطار الملكة عالية: the inner place's patron
        if b == a and not road:
            b = _foreign_name_end(p, i + 1)  # ملعب لوفتس رود، مطار بلاكبوش، قاعدة انجرليك
        if b == a:
            b = _given_then_adjective(p, i + 1)  # استاد جابر الدولي: a patron without a title, closed by the adjective
        if b == a and not (i > 0 and _word(p, i - 1) and word_info(p.toks[i - 1]).cue in ("role", "title")):
            b = linked_name_end(p, i + 1)  # إستاد محمد بن زايد، جامع سعيد أبو داهش: a linked name without a title
            # (not after an office: إمام مسجد فلان بن فلان بحي ... made the office reader take the next words)
        if b == a and road:
            b = _closed_road_end(p, i)  # طريق الحرمين السريع: the road's adjective vouches for its one-word name
            closed = b > a
        if b == a and not road and _head(p, i, "facility") not in _CAMPS:
            b = located_name_end(p, i)  # جامع التعاون بمحافظة ميسان، ملعب قرطاج بالعاصمة تونس: the place vouches for it
        if b == a:
            return i, i, i
    if _head(p, i, "facility") in own_name_only() and own_name_refused(p, i, a, b):
        return i, i, i  # مقبرة الرس، ساحة ملائكية، برأ ساحة فلان (place50: facility_names.own_name_refused)
    if b == a + 1 and _verbal_noun(p.fkeys[a]):
        return i, i, i  # قاعدة المحاصصة *the quota rule*: a verbal noun names no facility
    if b == a + 1 and p.fkeys[a].startswith("ال") and not listed_place_at(p, a, anywhere=True) and not closed \
            and zipf_ar(p.toks[a]) >= COMMON_NAME_ZIPF \
            and (_head(p, i, "facility") in _CAMPS or located_name_end(p, a - 1) != b):
        return i, i, i  # منفذ الجريمة *the perpetrator of the crime*: a common word as written names nothing
    if listed_place_at(p, a, anywhere=True) == b - a and not (_word(p, b) and body_words().get(p.fkeys[b]) == "facility_adj") \
            and p.fkeys[i].endswith(("قاعده", "قاعدة")):
        return i, i, i  # قاعدة المغرب الإسلامي (a group): a base is never named by a country alone
    end = b
    while _word(p, end) and _adjacent(p, end - 1, end) and (body_words().get(p.fkeys[end]) == "facility_adj"
                                                            or road and p.fkeys[end] in _ROAD_ADJ):
        end += 1
    return end, a, b


def _closed_road_end(p, i: int) -> int:
    """End of a road's one-word name at token i + 1 that a road adjective right after it closes (``طريق الحرمين
    السريع``، ``طريق الهدا الدائري``: kind ``road_adj`` of ``body_rule_words.csv``; names58a): a definite word, no stop
    word, conjunction or cue; i + 1 when none."""
    j = i + 1
    if not (_word(p, j) and _adjacent(p, i, j) and _word(p, j + 1) and _adjacent(p, j, j + 1)):
        return j
    if _head(p, i, "facility") != "طريق":
        return j  # سد الطريق السريع *blocked the highway*: only a road is named by its adjective (fixn)
    k, info = p.fkeys[j], word_info(p.toks[j])
    if not k.startswith("ال") or len(k) < 4 or info.stop or info.conj or info.cue or p.fkeys[j + 1] not in _ROAD_ADJ:
        return j
    if k[2:] in _ROADS:
        return j  # طريق الطريق السريع: a road word names no road (fixn; الشارع is a place cue, refused above)
    return j + 1


def patron_named_end(p, i: int) -> tuple[int, int, int, str]:
    """``(end, name start, name end, type)`` of a place or body named after a royal patron at token i (a
    ``patron_place`` or ``patron_body`` word, then a naming title and the person's name: قصر الملك عبدالعزيز،
    مدينة الملك عبدالله الرياضية، دارة الملك عبدالعزيز); ``(i, i, i, "")`` when none.  A patron_place that is
    also a place cue (مدينة) is an organisation when an ``institution_adj`` or a purpose with لل closes it (مدينة
    الملك فهد الطبية، مدينة الملك عبدالعزيز للعلوم والتقنية); the closing word is part of the span."""
    kind = next((kd for kd in PATRON_HEADS if _head(p, i, kd)), "")
    if not kind or not (_word(p, i + 1) and _adjacent(p, i, i + 1)):
        return i, i, i, ""
    b = _patron_end(p, i + 1)
    if b <= i + 2:
        return i, i, i, ""
    typ = "organisation" if kind == "patron_body" else "place"
    if kind == "patron_body" and _word(p, b) and _adjacent(p, b - 1, b) and p.fkeys[b].startswith("ال") \
            and not body_words().get(p.fkeys[b]) and p.fkeys[b] not in _closer_keys() and not p.toks[b].endswith("ة") \
            and not (word_info(p.toks[b]).stop or word_info(p.toks[b]).conj or word_info(p.toks[b]).cue):
        return i, i, i, ""  # كرسي الشيخ سالم الحربي: a family name the title's run left out goes on (a feminine adjective, الوطنية، العامة, agrees with the head)
    city = word_info(p.toks[i]).cue == "place"  # a city (مدينة) may be an institution; a hall or a palace is a building
    end = b
    words = body_words()
    while _word(p, end) and _adjacent(p, end - 1, end) and words.get(p.fkeys[end]) in ("facility_adj", "institution_adj"):
        if words.get(p.fkeys[end]) == "institution_adj" and city:
            typ = "organisation"
        end += 1
    if city and end == b and _word(p, end) and _adjacent(p, end - 1, end) and p.fkeys[end].startswith("لل") \
            and len(p.fkeys[end]) > 4:
        typ, end = "organisation", end + 1  # مدينة الملك عبدالعزيز للعلوم: an institution with its purpose
    if kind == "patron_body" and end == b:
        end = purpose_end(p, end)  # كرسي الأمير فلان لدراسات قضايا المجتمع: a chair's purpose closes its name
    return end, i + 1, b, typ


def _closer_keys() -> frozenset:
    from .patrons import closer_words

    return closer_words()


#: words of the construct after a body's purpose (لدراسات قضايا المجتمع): at most this many
PURPOSE_WORDS = 3


def purpose_end(p, t: int) -> int:
    """End of a body's purpose at token t: a purpose word of ``patron_bodies.csv`` with ل (لدراسات، لأبحاث،
    للأبحاث) and the nouns of its construct after it (at most :data:`PURPOSE_WORDS`; no stop word, conjunction,
    cue, link or prepositional proclitic; after a definite word only definite words); t when none."""
    from .patrons import purpose_words

    if not (_word(p, t) and _adjacent(p, t - 1, t) and p.fkeys[t] in purpose_words()):
        return t
    e = t + 1
    while e - t <= PURPOSE_WORDS and _word(p, e) and _adjacent(p, e - 1, e):
        info = word_info(p.toks[e])
        if info.conj or info.stop or info.cue or p.fkeys[e].startswith(proclitics("prep_article")) or body_words().get(p.fkeys[e]):
            break
        if e > t + 1 and p.fkeys[e - 1].startswith("ال") and not p.fkeys[e].startswith("ال"):
            break  # لدراسات الأمن الغذائي ندوة: after a definite word only its definite adjectives follow
        e += 1
    return e


#: facility words that are also common metaphors (طريق *way*) or name where a team trains (معسكر)
_ROADS = WordSet(body_rule_words, "road")
_CAMPS = WordSet(body_rule_words, "camp")
#: plural facility words named only after a patron (أنفاق الملك خالد، متنزهات الأمير سلطان; names58a)
_PATRON_ONLY = WordSet(body_rule_words, "patron_only")
#: adjectives that close a road's name (طريق الحرمين السريع; names58a)
_ROAD_ADJ = WordSet(body_rule_words, "road_adj")
#: a one-word definite name of a facility that is not a listed place is this rare or rarer as written
#: (البطحاء، الوديعة، الرقعي); the folded key alone can hide a common word (الجريمة)
COMMON_NAME_ZIPF = 4.5


def _prepositional(p, j: int) -> bool:
    """Token j is a place behind a prepositional proclitic (بالجهراء، بمنطقة، لمدينة), not a name's first word."""
    k = p.fkeys[j]
    if k.startswith(proclitics("prep_article")):
        return True
    info = word_info(p.toks[j])
    if k[:1] not in "بلك" or info.bare != k[1:]:
        return False
    from .places import listed_place_at

    return info.cue == "place" or bool(listed_place_at(p, j))  # بمنطقة، بعسير (بريدة is no ب + ريدة)


def _verbal_noun(k: str) -> bool:
    """A definite verbal noun of the forms مفاعلة، افتعال، استفعال، تفعيل (المحاصصة، الاستثمار، التطوير)."""
    import re

    b = k[2:] if k.startswith("ال") else k
    return bool(re.match(r"^(م.ا..ه|ا.ت.ا.|است..ا.|ت..ي.)$", b))


def _foreign_name_end(p, j: int) -> int:
    """End of a transliterated name at token j (لوفتس رود، بلاكبوش، انجرليك): a foreign-shaped word, then
    up to two more foreign words or short syllables that are no function word; j when none."""
    if not (_word(p, j) and _adjacent(p, j - 1, j) and word_info(p.toks[j]).foreign):
        return j
    e = j + 1
    while e < j + 3 and _word(p, e) and _adjacent(p, e - 1, e):
        info = word_info(p.toks[e])
        if info.cue or info.stop or info.conj or body_words().get(p.fkeys[e]) == "facility_adj":
            break
        if not (info.foreign or (len(p.fkeys[e]) <= 4 and info.zipf < 5.0 and not info.native)):
            break
        e += 1
    return e


def facility_key(p, i: int, a: int, b: int) -> list[str]:
    """Words of a facility's grouping key: its head and the first two words of its name
    (مطاري الأمير سلطان and مطار الأمير سلطان بن عبدالعزيز الدولي are one airport)."""
    head = _head(p, i, "facility")
    if head.endswith("ي") and body_words().get(head[:-1]) == "facility":
        head = head[:-1]  # the dual construct (مطاري) names the same kind
    return [head] + [p.fkeys[t] for t in range(a, min(b, a + 2))]


#: the proper word of a company named by its field is rarer than this in general Arabic (نسما، النيل، ملاذ) ...
COMPANY_ZIPF = 5.0
#: ... or a gentilic with the article (العربية، الوطنية، السعودية), or a country (قطر، مصر)
_BACK_REFERRING = WordSet(body_rule_words, "back_referring")


def company_end(p, i: int) -> int:
    """End token of a company named by its proper word at token i and its field (النيل للطيران), else i."""
    from .places import listed_place_at

    if not (_word(p, i) and _word(p, i + 1) and _adjacent(p, i, i + 1)) \
            or body_words().get(p.fkeys[i + 1]) not in ("company_tail", "loan_tail"):
        return i
    info = word_info(p.toks[i])
    k = p.fkeys[i]
    k0 = k[1:] if info.conj and len(k) > 3 else k
    if info.stop or k0 in _BACK_REFERRING or info.cue and info.cue != "org" or info.cue == "org" and not k0.startswith("ال"):
        return i
    if body_words().get(p.fkeys[i + 1]) == "loan_tail" and k0.startswith("ال"):
        return i  # an English field word after an Arabic definite noun (الجمهور سبورتس): no company's name
    gentilic = k0.startswith("ال") and k0.endswith(("يه", "ية")) and len(k0) >= 6
    tail = p.fkeys[i + 1]
    if tail.startswith("ال") and (info.definite or k0.startswith(("ال", "لل")) or k0.endswith(("ات", "ون", "ين", "نا", "ها", "هم"))):
        return i  # الأسهم العقارية، للاستشارات العقارية: a definite noun or a plural and its adjective, no company's name
    if info.zipf < COMPANY_ZIPF or gentilic or listed_place_at(p, i, anywhere=True):
        return i + 2
    return i
