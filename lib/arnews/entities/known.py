"""Organisations written without a head word: the well-known bodies of ``known_names.csv``.

A news agency, a company, a foreign club or a paper is often named bare (``الرياض - واس``,
``أعلنت أرامكو``, ``فاز ريال مدريد``, ``قال لـ«عكاظ»``): no ``شركة``, ``نادي`` or ``صحيفة``
announces it.  The list says how each name may be claimed (its ``context``):

* ``anywhere``: the name is no ordinary word (واس، أرامكو، داعش، تويتر);
* ``quoted``: a ministry by its field or a group whose name is a word (``«الصحة»``, ``«القاعدة»``):
  when it fills a pair of quotes by itself (the headline convention); ``same:وزارة الصحة`` in the
  list gives it the id of the cue-announced name;
* ``press``: a paper whose name is a word or a city (``اليوم``, ``الرياض``): alone in quotes
  (``علمت «المدينة»``; also between two ``»``, the opening guillemet typed backwards as some dailies do:
  ``لـ»المدينة»``, session 55), or in brackets right after ``لـ``/``بحسب``/``وفق``/``نقلا عن`` (``لـ (اليوم)``);
  a rare name (``عكاظ``) also with the proclitic alone (``لعكاظ``); the outlet of a byline next to a
  dash (``محمد أبو شعر- سبق:``, ``سبق-الجوف:``);
* ``agency``: a Saudi government agency named by its field (``الجوازات``, ``الأمن العام``): anywhere but
  behind the preposition ب or before a definite adjective (``بالأمن العام`` *public order*,
  ``الجوازات اليمنية`` *Yemeni passports*);
* ``sport``: a Saudi club named by an ordinary word (``الهلال``, ``النصر``): in a sports paragraph
  (two words of ``sport_words.csv``: مباراة، الدوري، المدرب ...; or two such clubs in a list of three
  joined by و, as in a headline: الأهلي ونجران والوحدة);
* ``nickname``: a Saudi club's nickname (``العميد`` the Ittihad, ``الزعيم`` the Hilal, ``العالمي`` the Nassr), an
  adjective or a title elsewhere: in a sports paragraph, not qualifying a definite noun before it (``الحكم
  العالمي``, ``المستوى الراقي``), not before a name (``العميد حامد السهلي``, a brigadier) or a nationality
  (``الزعيم الإماراتي``, another club); its id ``same:نادي NAME`` is the club's (names round 37).

Places of the same file are read by :mod:`arnews.entities.places`.  A Saudi club whose name is
a word (الهلال، الشباب) is not listed: :mod:`arnews.entities.learned` learns it corpus-wide from
its cued mentions (نادي الهلال).  Proclitics (و/ف/ب/ل/ك, لل)
are left out of the span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key
from .article_marks import mark_articles
from .cues import word_info, zipf_ar
from .positions import is_word as _word
from .movements import movement_slot
from .proclitics import proclitics

__all__ = ["KnownIndex", "known_index", "known_name_en", "paragraph_known_orgs"]

CONTEXTS = ("anywhere", "agency", "press", "quoted", "sport", "nickname", "movement")
#: words before the quotes that make the quoted name a source (قال لـ«عكاظ», بحسب "الحياة")
_SOURCE_WORDS = frozenset(key(w) for w in ("ل", "لـ", "بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "عن", "لصحيفة"))
_OPEN = {'"': '"', "“": "”", "«": "»", "»": "»", "(": ")", "{": "}"}  # »: opened backwards, as some dailies type it
#: (لـ»المدينة»); {}: the quotes of a daily's titles (لـ {الشرق الأوسط}: names60b)
#: a press name rarer than this in general Arabic is claimed after the proclitic لـ without quotes (لعكاظ)
RARE_ZIPF = 4.0


@dataclass(frozen=True)
class KnownIndex:
    names: dict  # first word key -> [(word keys, id, context)], longest first


@lexicon_cache(maxsize=2)
def _names_en() -> dict:
    """The English name of each id of ``known_names.csv`` (its first row that gives one)."""
    out: dict = {}
    for r in read_lexicon("known_names.csv"):
        if (r.get("name_en") or "").strip() and (r.get("id") or "").strip():
            out.setdefault(r["id"].strip(), r["name_en"].strip())
    return out


def known_name_en(eid: str) -> str:
    """The English name of a listed organisation or place (``org:ISIS`` -> ``ISIS``), or ""."""
    return _names_en().get(eid, "")


@lexicon_cache(maxsize=2)
def known_index() -> KnownIndex:
    names: dict = {}
    for r in read_lexicon("known_names.csv"):
        if (r.get("type") or "").strip() != "organisation":
            continue
        ctx = (r.get("context") or "anywhere").strip()
        if ctx not in CONTEXTS:
            raise ValueError(f"known_names.csv: {r.get('name')}: context must be one of {', '.join(CONTEXTS)}")
        words = tuple(key(r["name"].strip().replace(".", " ")).split())  # initials: د.ب.أ -> د ب ا
        oid = r["id"].strip()
        if oid.startswith("same:"):  # the entity of a cue-announced name (وزارة الصحة): its grouping key
            from .keys import org_key

            oid = org_key(oid[5:].split())
        if words:
            names.setdefault(words[0], []).append((words, oid, ctx))
    for v in names.values():
        v.sort(key=lambda x: -len(x[0]))
    return KnownIndex(names)


@lexicon_derived(maxsize=WORD_CACHE)  # (the proclitic sets are a lexicon)
def _readings(k: str) -> tuple:
    """(form, offset) of a word and its proclitic readings (وأرامكو, للحياة = li- + الحياة);
    remembered per word type."""
    out = [(k, 0)]
    for p in proclitics("known_name"):
        if k.startswith(p) and len(k) - len(p) >= 3:
            r = k[len(p):]
            if p.endswith("ال"):
                out.append(("ال" + r, len(p) - 2))
            else:
                out.append((r, len(p)))
                if p == "لل":
                    out.append(("ال" + r, 1))
    return tuple(out)


def _strip_conj(k: str) -> str:
    return k[1:] if k[:1] in ("و", "ف") and len(k) > 2 else k


def _quoted(p, i: int, m: int) -> bool:
    """Tokens i..i+m-1 fill a pair of quotes or guillemets by themselves («الصحة»), not inside an
    address (``node/623687/«الحج»-8146``)."""
    a, b = i - 1, i + m
    if not (0 <= a and b < len(p.kinds) and p.kinds[a] == "punct" and p.toks[a] in _OPEN and p.toks[a] != "("
            and p.kinds[b] == "punct" and p.toks[b] in (_OPEN[p.toks[a]], "”", "»", '"')):
        return False
    glued_before = a > 0 and p.ends[a - 1] == p.starts[a] and p.kinds[a - 1] != "word"
    glued_after = b + 1 < len(p.kinds) and p.starts[b + 1] == p.ends[b] and p.kinds[b + 1] != "punct"
    return not (glued_before or glued_after or "/" in p.toks[max(a - 1, 0)])


#: a byline stands in the first tokens of a paragraph (قاسم الخبراني- سبق- جازان:)
BYLINE_TOKENS = 8
_DASHES = frozenset("-‐–—")


def _byline_slot(p, i: int, m: int, off: int) -> bool:
    """A press name at tokens i..i+m-1 is the outlet of a byline: among the first tokens of the
    paragraph, next to a dash, with the byline closed by a colon or the paragraph's end within a
    few tokens (محمد أبو شعر- سبق: ...، سبق-الجوف: ...، قاسم الزرعي – عين اليوم)."""
    from .places import listed_place_at

    b = i + m
    if off or i >= BYLINE_TOKENS or listed_place_at(p, i):
        return False  # الرياض - واس: the dateline's city is no paper
    dash = (i > 0 and p.toks[i - 1] in _DASHES) or (i == 0 and b < len(p.kinds) and p.toks[b] in _DASHES)
    if not dash:
        return False  # البطولة الرياضية - الأولى: an adjective, not the paper
    rest = p.toks[b:b + 5]
    return b >= len(p.kinds) or any(t in (":", "：") for t in rest) and not any(t in ("،", ",", ".") for t in rest)


def _source_slot(p, i: int, m: int, off: int, rare: bool) -> bool:
    """A press name at tokens i..i+m-1 stands as a source: quoted right after لـ/بحسب/...; a rare
    name also with the proclitic ل alone; the outlet of a byline."""
    if _byline_slot(p, i, m, off):
        return True
    a, b = i - 1, i + m
    if 0 <= a and p.kinds[a] == "punct" and p.toks[a] in _OPEN and b < len(p.kinds) and p.kinds[b] == "punct" \
            and p.toks[b] in (_OPEN[p.toks[a]], "”", "»", '"') and off == 0:
        if _quoted(p, i, m):
            return True  # علمت «المدينة» أن: a paper alone in quotes (not in brackets) is the paper
        return _word(p, a - 1) and (p.fkeys[a - 1] in _SOURCE_WORDS or _strip_conj(p.fkeys[a - 1]) in _SOURCE_WORDS)
    return rare and off > 0 and p.fkeys[i].lstrip("وف").startswith("ل")


@lexicon_cache(maxsize=2)
def sport_words() -> frozenset:
    """Normalised words of ``sport_words.csv`` (without proclitics and article)."""
    return frozenset(key(r["word"].strip()) for r in read_lexicon("sport_words.csv") if (r.get("word") or "").strip())


#: pronoun suffixes a sport word may carry (لاعبيه، مدربهم، فريقها)
_SUFFIXES = ("هما", "هم", "ها", "ه")
#: a paragraph is a sports paragraph with this many sport words (one may be another sense: هدف *aim*)
SPORT_WORDS = 2


@lexicon_derived(maxsize=WORD_CACHE)
def _sport_word(k: str) -> bool:
    """The word key is a word of ``sport_words.csv``, behind proclitics or before a pronoun suffix."""
    words = sport_words.current()
    return (any(form in words for form, _ in _readings(k)) or k.startswith("ال") and k[2:] in words
            or any(k.endswith(s) and any(form in words for form, _ in _readings(k[:-len(s)])) for s in _SUFFIXES))


def is_sport_word(k: str) -> bool:
    """The word key is a word of ``sport_words.csv`` (behind proclitics, before a pronoun suffix), of the lexicon
    folder in force now: :func:`sport_words` is called first (it syncs the folder for the per-word cache; fix1)."""
    sport_words()
    return _sport_word(k)


def sporty(p) -> bool:
    """The paragraph uses at least :data:`SPORT_WORDS` sport words (memoised)."""
    got = p.memo.get("sporty")
    if got is None:
        sport_words()  # (syncs the lexicon folder for the per-word cache)
        n = 0
        for k, kd in zip(p.keys, p.kinds):
            if kd == "word" and _sport_word(k):
                n += 1
                if n >= SPORT_WORDS:
                    break
        got = p.memo["sporty"] = n >= SPORT_WORDS or _clubs_listed(p)
    return got or p.memo.get("sport_article", False)


_sporty = sporty  # the old name, still used in this module


#: an article is a sports article when this many of its paragraphs are sports paragraphs
SPORT_ARTICLE_PARAGRAPHS = 2
#: ... and at least this share of its paragraphs
SPORT_ARTICLE_SHARE = 0.4
#: a short article (one body paragraph) is a sports article when its body uses this many different sport words
#: (a club's cultural evening writes نادي and مباراة only)
SHORT_ARTICLE_SPORT_WORDS = 4
_AFFIX = re.compile(r"^[وفبلك]?(?:ال|لل)?|(?:هما|هم|ها|ه)$")


def _sport_variety(p) -> int:
    """How many different sport words the paragraph uses (proclitics, article and pronoun suffix set aside)."""
    sport_words()
    return len({_AFFIX.sub("", k) for k, kd in zip(p.keys, p.kinds) if kd == "word" and _sport_word(k)})


def mark_sport_articles(pars) -> None:
    """Mark every paragraph of a sports article (:data:`SPORT_ARTICLE_PARAGRAPHS` sports paragraphs or
    more, :data:`SPORT_ARTICLE_SHARE` of its paragraphs; or a short one, whose one body paragraph uses
    :data:`SHORT_ARTICLE_SPORT_WORDS` different sport words: its headline names what it reports, ``الفتح يكمل عقد``)
    as sporty: a player's or a club's name stands in its quotes and asides too (وتابع "حدث هذا مع ايدن هازارد"),
    where no sport word is.  Memos made without the mark are dropped (a paragraph already sporty keeps its own)."""
    mark_articles(pars, "sport_article", _sport_article, lambda p: p.memo.get("sporty"))


def _sport_article(ps: list) -> bool:
    """The paragraphs of one article make a sports article (:func:`mark_sport_articles`)."""
    n = sum(1 for p in ps if p.rules == "ar" and _sporty(p))
    body = [p for p in ps if p.role == "body"]
    short = len(body) == 1 and body[0].rules == "ar" and _sport_variety(body[0]) >= SHORT_ARTICLE_SPORT_WORDS
    # (a harvest report speaks of a season and a goal now and then)
    return short or not (n < SPORT_ARTICLE_PARAGRAPHS or n < SPORT_ARTICLE_SHARE * len(ps))


def _club_at(p, i: int) -> bool:
    """Token i is a club of context sport (a proclitic و allowed; the caller has synced the lexicon folder)."""
    return _club_key(p.keys[i])


@lexicon_derived(maxsize=WORD_CACHE)
def _club_key(k: str) -> bool:
    """:func:`_club_at` of a word key (remembered per word type)."""
    idx = known_index.current()
    return any(ctx == "sport" and len(ws) == 1 for form, _ in _readings(k) for ws, _, ctx in idx.names.get(form, ()))


def _clubs_listed(p) -> bool:
    """Two clubs of context sport in one list of three names or more joined by و (الأهلي ونجران والوحدة,
    a headline without a sport word)."""
    if sum(1 for k, kd in zip(p.keys, p.kinds) if kd == "word" and _club_key(k)) < 2:
        return False  # (fewer than two clubs in the paragraph: one pass of cached look-ups)
    n = len(p.kinds)
    i = 0
    while i < n:
        if p.kinds[i] != "word":
            i += 1
            continue
        j, clubs = i, 0
        while True:
            clubs += _club_at(p, j)
            if j + 1 < n and p.kinds[j + 1] == "word" and p.keys[j + 1].startswith("و") and len(p.keys[j + 1]) > 2:
                j += 1
                continue
            break
        if clubs >= 2 and j - i >= 2:  # three items at least: النصر والوحدة alone is *victory and unity*
            return True
        i = j + 1
    return False


def _colour(k: str) -> bool:
    """A nickname that is a colour adjective of the form أفعل (الأخضر *the green*), which may qualify a
    noun before it; a club's noun (الهلال، النصر) stands in apposition after one (الغريمين التقليديين الهلال)."""
    return len(k) == 6 and k.startswith("الا") and not k.endswith("ي")


def _qualifies(p, i: int) -> bool:
    """Token i follows a definite noun that it would qualify as an adjective (المستطيل الأخضر *the pitch*,
    الهلال after الشهر: *the new moon*); a cue word (النادي الأهلي), a function word or a verb may precede a club."""
    if not (i and _word(p, i - 1)) or p.ntext[p.ends[i - 1]:p.starts[i]].strip():
        return False
    prev = p.toks[i - 1]
    info = word_info(prev)
    return key(prev).startswith("ال") and not info.cue and not info.stop


def _nickname_slot(p, i: int, m: int, off: int) -> bool:
    """A club's nickname at tokens i..i+m-1 (proclitics ``off``) names the club: a sports paragraph, no definite
    word before it that it would qualify (also after و: المحلي والعالمي; an office: المدرب العالمي), and no given name, foreign word or
    nationality adjective right after it (see the module docstring)."""
    from .guards import gentilic

    if not _sporty(p):
        return False
    if i and _word(p, i - 1) and not p.ntext[p.ends[i - 1]:p.starts[i]].strip():
        prev = p.toks[i - 1]
        pi = word_info(prev)
        from .wordtests import pronoun_suffixed as _pronoun_suffixed

        kp = key(prev).lstrip("وفب")
        ours = kp.endswith("نا") and len(kp) >= 5 and zipf_ar(kp[:-2]) >= 3.5  # منتخبنا *our team*
        if (kp.startswith(("ال", "لل")) or _pronoun_suffixed(prev) or ours) and not pi.stop:
            return False  # (an office too: المدرب العالمي، اللاعب الراقي; للأولمبياد العالمي، منتخبنا العالمي)
    b = i + m
    if _word(p, b) and not p.ntext[p.ends[b - 1]:p.starts[b]].strip():
        nxt, ni = p.toks[b], word_info(p.toks[b])
        from .cues import load_cues

        if (p.fkeys[b] in load_cues().given and not nxt.endswith("ى")) or ni.foreign or (gentilic(nxt) and not ni.cue):
            return False
    return True


def _agency_slot(p, i: int, m: int, off: int) -> bool:
    """A government agency named by its field (الجوازات، الأمن العام، المباحث) at tokens i..i+m-1 is
    the agency unless the words are prose: behind the preposition ب (الإخلال بالأمن العام *public
    order*), or qualified by a nisba adjective (الجوازات اليمنية *Yemeni passports*)."""
    if off and p.fkeys[i].lstrip("وف")[:1] in ("ب", "ك"):
        return False
    from .agencyguards import field_not_body

    if field_not_body(p, i):
        return False  # وزير الشؤون الاجتماعية، نظام الخدمة المدنية: an office's field, a subject
    b = i + m
    if _word(p, b) and not p.ntext[p.ends[b - 1]:p.starts[b]].strip():
        k = p.fkeys[b]
        info = word_info(p.toks[b])
        if k.startswith("ال") and k.endswith(("يه", "ي")) and len(k) >= 6 and not info.cue and not info.stop:
            return False  # a nisba adjective agrees with the noun (ودعت الجوازات المقيمين: an object is no adjective)
    return True


def _span(p, i: int, words: tuple) -> int:
    """Tokens taken by the listed name ``words`` that opens at token ``i`` (0: no match): its words
    one after the other; between two initials (one letter each) a full stop may stand (د.ب.أ, د. ب. أ)."""
    j = i + 1
    for t in range(1, len(words)):
        if len(words[t - 1]) == 1 and len(words[t]) == 1 and j < len(p.toks) and p.toks[j] == ".":
            j += 1
        if not (_word(p, j) and p.fkeys[j] == words[t]):
            return 0
        j += 1
    return j - i


@lexicon_derived(maxsize=WORD_CACHE)
def _listed_readings(k: str) -> tuple:
    """``(form, offset, index entries)`` of the readings of a word key (:func:`_readings`) that the index of
    organisations lists, in order (remembered per word type: most words have none)."""
    names = known_index().names
    return tuple((form, off, names[form]) for form, off in _readings(k) if names.get(form))


def paragraph_known_orgs(p) -> list[tuple[int, int, str]]:
    """``(start, end, id)`` of the listed organisations of a paragraph in their context (normalised
    offsets, proclitics left out; memoised in ``p.memo``)."""
    got = p.memo.get("known_orgs")
    if got is not None:
        return got
    names = known_index().names
    kinds, fkeys = p.kinds, p.fkeys  # (read once: the loop asks for every word)
    out = []
    n = len(kinds)
    i = 0
    while i < n:
        if kinds[i] != "word":
            i += 1
            continue
        hit = None
        for form, off, entries in _listed_readings(fkeys[i]):
            for words, oid, ctx in entries:
                m = _span(p, i, words)
                if not m:
                    continue
                if ctx == "press" and not _source_slot(p, i, m, off, m == 1 and zipf_ar(words[0]) < RARE_ZIPF):
                    continue
                if ctx == "quoted" and not (off == 0 and _quoted(p, i, m)):
                    continue
                if ctx == "agency" and not _agency_slot(p, i, m, off):
                    continue
                if ctx == "nickname" and not _nickname_slot(p, i, m, off):
                    continue
                if ctx == "movement" and not movement_slot(p, i, m, off):
                    continue
                if ctx == "sport" and (not _sporty(p) or off == 0 and m == 1 and _colour(words[0]) and _qualifies(p, i)):
                    continue
                hit = (m, off, oid)
                break
            if hit:
                break
        if hit:
            m, off, oid = hit
            out.append((p.starts[i] + off, p.ends[i + m - 1], oid))
            i += m
            continue
        e = _initials_end(p, i) if fkeys[i] in _LETTERS else i  # (its own first test, asked here for every word)
        if e > i:  # إن بي سي، إيه.بي.سي، بي كا كا: a body named by the English names of its initials
            out.append((p.starts[i], p.ends[e - 1], "initials:" + "".join(p.fkeys[t] for t in range(i, e) if p.kinds[t] == "word")))
            i = e
            continue
        i += 1
    p.memo["known_orgs"] = out
    return out


#: organisation heads that say what kind of body the name after them is (شركة أبل *the company Apple*,
#: وكالة «رويترز» للأنباء): head + listed name is the listed organisation.  Not the heads of a part of a
#: body (لجنة، مكتب، فرع، مجلس: لجنة الأمم المتحدة لحقوق الإنسان is no UN)
KIND_HEADS = frozenset(key(w) for w in ("شركة", "وكالة", "صحيفة", "جريدة", "قناة", "مصرف", "بنك", "نادي",
                                        "مجموعة", "موقع", "شبكة"))
_PRESS_HEADS = frozenset(key(w) for w in ("صحيفة", "جريدة"))
_QUOTES = str.maketrans({c: " " for c in "«»\"“”()'."})


@lexicon_derived(maxsize=WORD_CACHE)
def known_org_id(surface: str) -> str:
    """The id of the listed organisation (context ``anywhere`` or ``press``) that a found name
    spells: the listed name itself (رويترز, للاتحاد الدولي لكرة القدم) or a kind head and the
    listed name at its start (شركة أبل، شركة جوجل العملاقة، صحيفة «عكاظ»); '' when none."""
    ws = [key(w) for w in surface.translate(_QUOTES).split()]
    if not ws:
        return ""
    idx = known_index()
    starts = [0] + ([1] if len(ws) > 1 and _bare_head(ws[0]) in KIND_HEADS else [])
    for a in starts:
        rest = ws[a:]
        for form, _ in _readings(rest[0]):
            for words, oid, ctx in idx.names.get(form, ()):
                m = len(words)
                if ctx not in ("anywhere", "press") or (a == 0 and m != len(rest)) or m > len(rest):
                    continue
                if a == 1 and ctx == "press" and _bare_head(ws[0]) not in _PRESS_HEADS:
                    continue  # شركة الرياض المالية، نادي الجزيرة: a paper's name is a city or a word, after another head
                if tuple([form] + rest[1:m]) == words:
                    return oid
    return ""


def _bare_head(k: str) -> str:
    """A head word's key without a conjunction or preposition proclitic (وشركة، لصحيفة، بوكالة)."""
    for c in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
        if k.startswith(c) and k[len(c):] in KIND_HEADS:
            return k[len(c):]
    return k


#: the English names of Latin letters as Arabic news writes them (إيه بي سي ABC, إن بي سي NBC, بي كا كا PKK,
#: إف بي آي FBI); ``_AMBIGUOUS_LETTERS`` are also Arabic words (في *in*, أو *or*, إن *that*, ام *mother*, اي *which*)
_LETTERS = frozenset(key(w) for w in ("إيه", "ايه", "أيه", "بي", "سي", "دي", "إي", "إف", "اف", "جي", "إتش", "اتش",
                                      "آي", "جيه", "كيه", "كاي", "كا", "إم", "إن", "أو", "كيو", "آر", "إس", "اس",
                                      "تي", "يو", "في", "دبليو", "إكس", "اكس", "واي", "زد"))
_AMBIGUOUS_LETTERS = frozenset(key(w) for w in ("في", "أو", "إن", "إم", "إي", "آي"))


_PREPOSITION_LETTERS = frozenset(key(w) for w in ("في", "أو"))


def _initials_end(p, i: int) -> int:
    """End of a run of letter names at token i (full stops between them allowed: إيه.بي.سي), two or more
    letters of which at least two are no Arabic word (في، أو، إن are); i when none.  Not after a
    foreign word (a transliterated Vietnamese name has syllables such as تي)."""
    if not _word(p, i) or p.fkeys[i] not in _LETTERS or p.fkeys[i] in _PREPOSITION_LETTERS \
            or i > 0 and _word(p, i - 1) and word_info(p.toks[i - 1]).foreign:
        return i  # (في بي سي *in BC*: the preposition opens no initials)
    j, letters, plain = i, 0, 0
    while j < len(p.kinds):
        if _word(p, j) and p.fkeys[j] in _LETTERS and (j == i or p.starts[j] - p.ends[j - 1] <= 1):
            letters += 1
            plain += p.fkeys[j] not in _AMBIGUOUS_LETTERS
            j += 1
        elif p.toks[j] == "." and j > i and _word(p, j + 1) and p.fkeys[j + 1] in _LETTERS:
            j += 1
        else:
            break
    while j > i and (p.toks[j - 1] == "." or p.fkeys[j - 1] in _AMBIGUOUS_LETTERS):
        letters -= p.toks[j - 1] != "."
        j -= 1  # إيه.بي.سي أن: the conjunction after the initials is no letter
    if letters < 2 or plain < 2 or _word(p, j) and word_info(p.toks[j]).foreign:
        return i  # (a letter name before a foreign word may be a syllable of a name)
    return j
