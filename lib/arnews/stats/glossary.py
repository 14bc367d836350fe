"""English glosses of Arabic features, words and phrases.

Glosses come from ``lib/arnews/data/lexicons/glossary.csv``, then the stop-word
lists, the codebook and the gazetteer (the curated sources), and last from the general
news vocabulary ``glossary_news.csv`` (consulted only when no curated source glosses any
form of the word); a term without any is shown as ``(no gloss)``.  A word is glossed
through its key, the keys of its clitic-stripped readings, or its inflectional base
(``_base``), never through a Snowball stem it shares with another word (on 2,000 Saudi
articles the stem gave الثاني 'Thanh', الجمعة 'the association', ولاية 'no, not').

Scope.  A glossary row is ``general`` (the gloss holds in any Arabic news) or ``vietnam``
(a sense of the Vietnamese translations the glossary was built on: البلدية 'commune',
الحزب 'the Party').  With ``vietnam=False`` (the build passes it when its fit check,
:func:`arnews.lexfit.glossary_fits`, says the glossary does not fit the corpus) the
vietnam rows, the codebook's and the gazetteer's glosses (made for Vietnamese news too)
are withheld: no gloss rather than a wrong one (the codebook's single words come back last,
by the word's own forms only: :func:`_codebook_words`).  A withheld key is skipped, not replaced:
the lookup goes on to the word's other readings and to the news vocabulary (البلدية
finds بلدية 'municipality').  :func:`withheld` counts them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..entities import load_gazetteer
from ..frequency import zipf_ar
from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key, normalize
from ..themes import load_codebook
from ..wordforms import (AR_RE as _AR_RE, MIN_REST as _MIN_REST, ar_stem as _ar_stem, base_lang as _lang,
                         en_word as _en_word, prefix_strips as _strips, word_analyses)
from ..tokens import stem, stopwords
from ..entities.cues import load_cues
from .senses import name_sense, neighbour_sense

__all__ = ["gloss", "own_gloss", "readable_gloss", "gloss_label", "flat_gloss", "withheld", "scope_of", "entity_names", "name_gloss",
           "SCOPES", "NEWS_FILE", "PHRASES_FILE", "TITLES_FILE", "phrase_gloss", "adjectives_first", "titles_and_constructs"]


# --- glossary --------------------------------------------------------------------------------


#: endings of a word's inflections and attached pronouns (after key folding: ة is ه): a word is
#: glossed through another form only when both are the same word up to one of these endings
#: (الخدمات ~ خدمة ~ خدمتنا, حولها ~ حول, الأول ~ أولا), never through a shared stem (الجمعة and الجمعية,
#: الدولي and الدولة, الثاني and the name syllable ثانه share Snowball stems)
_ENDINGS = ("تهما", "تها", "تهم", "تنا", "ته", "تان", "تين", "هما", "ات", "ون", "ين", "ان", "ها", "هم", "نا", "ه", "ا")
#: a glossary term's own endings (a term written with a pronoun, كلمته 'his speech', keeps it)
_TERM_ENDINGS = ("تان", "تين", "ات", "ون", "ين", "ان", "ه", "ا")
#: attached pronouns: the only endings by which a stop word is found (حولها ~ حول)
_PRONOUNS = ("هما", "ها", "هم", "نا", "ه")
#: a news word's proclitic reading must be this much more frequent (Zipf) than the whole word:
#: وأكد 4.19 / أكد 4.69 and وقال 5.28 / قال 6.01 are read, فيصل 4.77 / يصل 5.06 and كمال 4.47 / مال 4.70 not
_READING_MARGIN = 0.4
#: the margin of a reading after ف 'so, then': general Arabic writes ف + a word far less often
#: than و + it (the news vocabulary's words: ف-forms a median 2.7 Zipf below the word, 95% more
#: than 1.5 below; و-forms a median 1.4 below), so a ف-form within 1.0 of its reading is
#: mostly a word of its own: of the 24 news words below that margin 23 were (فورد Ford, not
#: ف + ورد 'was mentioned'; فعالية, فلتر, فطائر, فلوس, فكرة), one was ف + a word (فاطمأن)
_FA_READING_MARGIN = 1.0
#: the shortest word left once an ending is taken off
_BASE_MIN = 3
#: glosses of names (name syllables, surnames, given names, countries): matched by the word only
#: (سوريا 'Syria (country)' gives no base for سوري)
_NAME_GLOSS = re.compile(r"\((?:[^)]*\s)?(?:name syllable|surname|given name|family name|country|continent)\)")


def _base(k: str, endings=_ENDINGS) -> str:
    """A key without one inflectional ending or attached pronoun (see ``_ENDINGS``)."""
    for suf in endings:
        if k.endswith(suf) and len(k) - len(suf) >= _BASE_MIN:
            return k[: -len(suf)]
    return k


def _without_article(word: str) -> str:
    for p in ("وال", "بال", "لل", "ال"):
        if word.startswith(p) and len(word) - len(p) >= _MIN_REST:
            return word[len(p):]
    return word


#: the scopes of a glossary row
SCOPES = ("general", "vietnam")
#: the general news vocabulary: consulted after every curated source
NEWS_FILE = "glossary_news.csv"
#: common multiword expressions of news, glossed as English writes them: consulted after the curated
#: glossary and before any word-by-word gloss
PHRASES_FILE = "glossary_phrases.csv"
#: titles written right before a name (الملك، الرئيس) with the English title (``King``, ``President``)
TITLES_FILE = "glossary_titles.csv"
#: nouns written before a noun as English writes a preposition or a time adverb (داخل المملكة 'inside the Kingdom',
#: أمس الخميس): never a construct's head
ADVERBS_FILE = "glossary_adverbs.csv"
#: feminine nouns without ة (the paired parts of the body: القدم، اليد) before اليمنى 'right'
FEMININE_FILE = "glossary_feminine_nouns.csv"
#: the month names (``months.csv``) of more than one word are phrases too (ذي القعدة 'Dhu al-Qadah', not ذي 'of')
MONTHS_FILE = "months.csv"
#: the longest phrase of ``PHRASES_FILE`` looked for inside a longer one
_PHRASE_MAX = 6


def scope_of(row: dict) -> str:
    """A glossary row's scope (``general`` when the column is missing or empty)."""
    return (row.get("scope") or "").strip().lower() or "general"


def _index(sources, blocked=frozenset()) -> tuple[dict, dict, dict, tuple]:
    """Glossary indexes (feature -> gloss, key -> gloss, n_words -> [(features, gloss)],
    (base -> gloss of content words, base -> gloss of stop words)) of ``sources``, an
    iterable of (term, gloss, lang, by_stem, stop) in order of precedence (the first gloss
    of a key wins); keys in ``blocked`` are left out, whatever the source."""
    by_feat: dict[str, str] = {}
    by_key: dict[str, str] = {}
    phrases: dict[int, list] = defaultdict(list)
    bases: dict[str, str] = {}
    stop_bases: dict[str, str] = {}
    for term, gl, lang, by_stem, stop in sources:
        term, gl = term.strip(), gl.strip()
        if not term or not gl or _lang(lang) != "ar":
            continue
        nt = normalize(term).text
        k = key(nt)
        if k in by_key or k in blocked:
            continue
        by_key[k] = gl
        words = nt.split()
        feats = tuple(_feature_of_word(w) for w in words)
        if len(words) == 1:
            if by_stem and not _NAME_GLOSS.search(gl):
                by_feat.setdefault(feats[0], gl)
                if stop:
                    stop_bases.setdefault(k, gl)
                else:
                    bases.setdefault(_base(key(_without_article(words[0])), _TERM_ENDINGS), gl)
        else:
            phrases[len(words)].append((feats, gl))
    return by_feat, by_key, dict(phrases), (bases, stop_bases)


def _rows(name: str):
    try:
        return read_lexicon(name)
    except FileNotFoundError:
        return ()


def _curated(vietnam: bool):
    """(term, gloss, lang, by_stem, stop) of the curated sources, in order of precedence:
    glossary.csv, stop words, then (``vietnam`` only) codebook patterns and gazetteer aliases."""
    for r in _rows("glossary.csv"):
        if vietnam or scope_of(r) != "vietnam":
            yield r.get("term", ""), r.get("gloss", ""), r.get("lang") or "ar", True, False
    for r in _rows("stopwords_ar.csv"):
        yield r.get("word", ""), r.get("gloss", ""), r.get("lang") or "ar", True, True
    if not vietnam:
        return
    try:
        cb = load_codebook()
        for p in cb.patterns.get("ar", []):
            if "*" not in p.text and "=" not in p.text:
                yield p.text, p.gloss, "ar", True, False
    except (FileNotFoundError, ValueError):
        pass
    try:
        for e in load_gazetteer().entities.values():
            for a in e.aliases_ar:
                yield a, e.name_en, "ar", False, False
    except (FileNotFoundError, ValueError):
        pass


def _vietnam_keys() -> frozenset:
    """Keys of the vietnam-scoped glossary rows."""
    return frozenset(key(normalize(r.get("term", "").strip()).text) for r in _rows("glossary.csv")
                     if scope_of(r) == "vietnam" and r.get("term", "").strip())


@lexicon_cache(maxsize=2)
def _glossary(vietnam: bool = True) -> tuple[dict, dict, dict, tuple]:
    """The curated glossary indexes (see :func:`_index`): glossary.csv, stop-word glosses,
    codebook patterns and gazetteer aliases; without ``vietnam``, glossary.csv's general
    rows and the stop words only, the keys of its vietnam rows blocked.  Names are looked
    up by the word only; a stop word by the word or the word with an attached pronoun,
    never after a proclitic is taken off (حولها ~ حول; كانتا is not ك + أنت)."""
    return _index(_curated(vietnam), frozenset() if vietnam else _vietnam_keys())


@lexicon_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """Key of a news phrase (``PHRASES_FILE``) -> its gloss."""
    out: dict[str, str] = {}
    for r in _rows(PHRASES_FILE):
        term, gl = (r.get("term") or "").strip(), (r.get("gloss") or "").strip()
        if term and gl and _lang(r.get("lang") or "ar") == "ar":
            out.setdefault(key(" ".join(normalize(term).text.split())), gl)
    for r in _rows(MONTHS_FILE):  # ذو القعدة, ذي الحجة, ربيع الأول, كانون الثاني: the month, not 'possessing the argument'
        term, gl = (r.get("name") or "").strip(), (r.get("en") or "").strip()
        if len(term.split()) > 1 and gl and _lang(r.get("lang") or "ar") == "ar":
            out.setdefault(key(" ".join(normalize(term).text.split())), gl)
    return out


def _first_word_forms(w: str) -> list[str]:
    """A phrase's first word as written and after a proclitic (والولايات, بالولايات, للأمم ~ الأمم)."""
    forms = [w]
    if w.startswith("لل") and len(w) > 4:
        forms.append("ال" + w[2:])
    forms += [r for r, _ in _strips(w) if r != w and r not in forms]
    return forms


def _phrase_at(words: list[str], i: int, index: dict[str, str]) -> tuple[str, int] | None:
    """(gloss, length) of the longest news phrase starting at ``words[i]`` (at least two words)."""
    for n in range(min(_PHRASE_MAX, len(words) - i), 1, -1):
        rest = " ".join(words[i + 1:i + n])
        for first in _first_word_forms(words[i]):
            g = index.get(key(first + " " + rest))
            if g:
                return g, n
    return None


@lexicon_cache(maxsize=1)
def _news() -> tuple[dict, dict, dict, tuple]:
    """Indexes of the general news vocabulary (glossary_news.csv): words only, looked up
    by their own forms (never by stem: the feature index stays empty)."""
    by_feat, by_key, phrases, bases = _index((r.get("term", ""), r.get("gloss", ""), r.get("lang") or "ar",
                                              _by_stem(r), False) for r in _rows(NEWS_FILE))
    return {}, by_key, phrases, bases


#: rows of the news vocabulary of wordfreq rank above this (Parts 4 and 5: ranks 1,601-8,000) gloss their own
#: forms and clitic readings only, never an inflectional base: a base of a rarer word reaches too far
#: (المتهم 'the accused' read through ألم 'pain')
NEWS_BASE_RANK = 1600


#: the note of the rows of Part 6 (words of the reports' keyness and topics, any wordfreq rank or none):
#: their own forms and clitic readings only, like Parts 4 and 5
NEWS_PART6 = "part 6"


def _by_stem(row: dict) -> bool:
    if (row.get("note") or "").startswith(NEWS_PART6):
        return False
    try:
        return int(row.get("rank") or 0) <= NEWS_BASE_RANK
    except ValueError:
        return True


@lexicon_cache(maxsize=1)
def _codebook_words() -> tuple[dict, dict, dict, tuple]:
    """The codebook's single-word patterns (no vietnam-scoped glossary key), for a corpus the
    glossary does not fit: looked up by the word's own key and its readings, never by a base
    or a stem (on 2,000 Saudi articles the codebook's stems gave الفقرات 'poverty', الثنائية
    'praise', ودعا 'propaganda')."""
    rows = []
    try:
        rows = [(p.text, p.gloss, "ar", False, False) for p in load_codebook().patterns.get("ar", [])
                if "*" not in p.text and "=" not in p.text and len(p.text.split()) == 1]
    except (FileNotFoundError, ValueError):
        pass
    by_feat, by_key, phrases, bases = _index(rows, _vietnam_keys())
    return {}, by_key, {}, ({}, {})


@lexicon_cache(maxsize=1)
def withheld() -> int:
    """How many glossed terms lose their gloss on a corpus the glossary does not fit: keys
    the curated sources gloss with ``vietnam`` and neither they nor the news vocabulary
    gloss without it."""
    full = _glossary(True)[1]
    kept = set(_glossary(False)[1]) | set(_news()[1]) | set(_codebook_words()[1])
    return sum(1 for k in full if k not in kept)


def _feature_of_word(word: str, lang: str = "ar") -> str:
    """The feature of a word written in a glossary/pattern (article stripped)."""
    if _lang(lang) == "en" or not _AR_RE.match(word):
        w = _en_word(word)
        return stem(w, "en") if w[:1].isalpha() else w
    return _ar_stem(_without_article(word))


#: ك + a short word of Part 5 (rank > ``NEWS_RARE_RANK``, three letters or fewer) is not read: the
#: ك is most often the word's own letter (كمين 'ambush', كرام 'noble', كفيل 'guarantor', كروي
#: 'spherical', كوين 'Queen' are not ك + مين, رام, فيل, روي, وين)
_KAF_PROCLITICS = ("ك", "وك", "فك")
_KAF_MIN_REST = 4
NEWS_RARE_RANK = 3000


@lexicon_cache(maxsize=1)
def _news_rare_short() -> frozenset:
    """Keys of the news vocabulary's rows of rank > ``NEWS_RARE_RANK`` or of Part 6 with fewer
    than ``_KAF_MIN_REST`` letters."""
    out = set()
    for r in _rows(NEWS_FILE):
        try:
            rank = int(r.get("rank") or 0)
        except ValueError:
            continue
        k = key(normalize((r.get("term") or "").strip()).text)
        if (rank > NEWS_RARE_RANK or (r.get("note") or "").startswith(NEWS_PART6)) and 0 < len(k) < _KAF_MIN_REST:
            out.add(k)
    return frozenset(out)


def _news_reading(w: str, r: str, safe: bool) -> bool:
    """Whether a news word's clitic-stripped reading ``r`` may gloss ``w`` (see :func:`_lookup`)."""
    if safe or r == w:
        return True
    if w[: len(w) - len(r)] in _KAF_PROCLITICS and key(r) in _news_rare_short():
        return False
    margin = _FA_READING_MARGIN if w.startswith("ف") else _READING_MARGIN
    return zipf_ar(r) >= zipf_ar(w) + margin


def _after_article(kw: str, kr: str) -> bool:
    """The reading ``kr`` of the word ``kw`` (keys) is what follows a stripped article ``ال``."""
    return kr != kw and kw.endswith(kr) and kw[: -len(kr)].endswith("ال")


def _lookup(w: str, index, own: bool = True, readings: bool = True, frequent: bool = False) -> str | None:
    """A word's gloss in one index: by its own key (``own``), then by the keys and bases of
    its clitic-stripped readings (``readings``).  With ``frequent`` (the news vocabulary), a
    reading that takes off more than the article is used only when general Arabic (wordfreq)
    writes it clearly more often than the whole word (``_READING_MARGIN``: كيري 'Kerry' is not
    ك + يرى, فيصل not ف + يصل, كمال not ك + مال, لماذا not ل + ماذا; وقال is و + قال, وأكد و + أكد)
    and is not ك + a short rare word (``_news_rare_short``); the readings' own keys come
    first, the least stripped first (وباتت is و + باتت, not وب + أتت; والهلال is و + الهلال, not
    وال + هلال), then their bases."""
    _, by_key, _, (bases, stop_bases) = index
    k = key(w)
    if own and k in by_key:
        return by_key[k]
    if not readings:
        return None
    reads = _strips(w)  # most stripped reading first
    if stop_bases:  # the article never comes before a particle: العند (Al-Anad) is not ال + عند 'at, when'
        reads = tuple((r, safe) for r, safe in reads if not (key(r) in stop_bases and _after_article(k, key(r))))
    if frequent:
        reads = tuple((r, safe) for r, safe in reads if _news_reading(w, r, safe))
        for r, _ in reversed(reads):
            rk = key(r)
            if rk in by_key:
                return by_key[rk]
    for r, safe in reads:
        rk = key(r)
        if rk in by_key:
            return by_key[rk]
        g = bases.get(_base(rk)) or (stop_bases.get(_base(rk, _PRONOUNS)) if r == w else None)
        if g:
            return g
    return None


def _gloss_word(w: str, vietnam: bool = True) -> str | None:
    """A word's gloss: by its own key in the curated sources, then in the news vocabulary (a
    news word is not read as a proclitic + another word: بلدية is not ب + لديه), then by its
    readings in the curated sources, then in the news vocabulary (a proclitic reading only
    where it is the more frequent word, see :func:`_lookup`); without ``vietnam``, last the
    codebook's single words (:func:`_codebook_words`)."""
    cur, news = _glossary(vietnam), _news()
    g = _lookup(w, cur, readings=False) or _lookup(w, news, readings=False)
    if g:
        return g
    d = _written_definite(w)  # والرئيس: the gloss of الرئيس as written, before the readings' (رئيس 'chairman')
    own = w[1:] if w[:1] in "وف" and definite_reading(w) and w[1:] in _written_terms() else None  # وبالتأكيد: بالتأكيد 'certainly'
    g = ((own and (_lookup(own, cur, readings=False) or _lookup(own, news, readings=False)))
         or (d and (_lookup(d, cur, readings=False) or _lookup(d, news, readings=False)))
         or _lookup(w, cur, own=False) or _lookup(w, news, own=False, frequent=True))
    if g or vietnam:
        return g
    return _lookup(w, _codebook_words(), frequent=True)


def _written_definite(w: str) -> str | None:
    """The definite word behind ``w``'s proclitics (:func:`definite_reading`) when a glossary writes a definite word
    of its key (الالمانية: الألمانية; not القاء from للقاء, whose key is إلقاء 'throwing', no definite word); for
    لل + a word, also ل + ال + a word that begins with ل, but only as written (للجنة: اللجنة 'the committee'; not
    للأزمة read as اللأزمة, whose key is اللازمة 'necessary'); of two, the one Arabic writes more often (wordfreq:
    للذين is الذين 'who', not اللذين 'who (dual)'); None when there is none such (fixp)."""
    d = definite_reading(w)
    if not d:
        return None
    forms = _definite_written().get(key(d))
    cands = [(max(map(zipf_ar, forms)), d)] if forms else []
    if w.startswith(("لل", "ولل", "فلل")) and "ال" + d[1:] in _written_terms():
        cands.append((zipf_ar("ال" + d[1:]), "ال" + d[1:]))
    return max(cands)[1] if cands else None


@lexicon_cache(maxsize=1)
def _definite_written() -> dict:
    """Key -> the definite one-word terms of the glossaries (``_written_terms``) of that key."""
    out: dict = defaultdict(list)
    for t in _written_terms():
        if t.startswith("ال") and len(t) > 4:
            out[key(t)].append(t)
    return dict(out)


#: the English of an Arabic nisba in -ي (Yemeni, Saudi, Omani): one capitalised word in -i
_NISBA_EN = re.compile(r"[A-Z][a-z]+i")

#: proclitics written before the article: و/ف/ب/ك + ال (والرئيس، بالرئيس); ل + ال is written لل (للرئيس)
_BEFORE_ARTICLE = ("وب", "فب", "وك", "فك", "و", "ف", "ب", "ك")


def definite_reading(w: str) -> str | None:
    """The definite word behind a proclitic (pages52): والرئيس, بالرئيس -> الرئيس, للرئيس, وللرئيس -> الرئيس; None
    when ``w`` has none (or what is left is shorter than ال + three letters).  A definite form the glossaries gloss as
    written (الرئيس 'the president') is the word's gloss before a reading through its bare noun (رئيس 'chairman')."""
    for p in ("ولل", "فلل", "لل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return "ال" + w[len(p):]
    for p in _BEFORE_ARTICLE:
        if w.startswith(p + "ال") and len(w) - len(p) >= 5:
            return w[len(p):]
    return None


def _sense(w: str, g: str, after_definite: bool, prev: str = "") -> str:
    """The sense of the gloss ``g`` a word-by-word gloss shows for the word ``w`` (pages52): the first, except that a
    definite nisba after a definite word is its adjective (الخطوط السعودية: 'Saudi', not 'Saudi Arabia', the first
    sense of السعودية) and a word written with final ى is not a nisba in -ي (اليمنى 'the right', not 'Yemeni':
    key folding makes the two one key), unless it follows a definite masculine noun (``prev``: الرئيس اليمنى is
    'the Yemeni president', not 'the right president'; القدم اليمنى 'the right foot', ``FEMININE_FILE``)."""
    senses = [x.strip().split(" (")[0].strip() for x in re.split(r"[;,]", g) if x.strip()]
    if not senses:
        return "?"
    first = senses[0]
    if w.endswith("ى") and len(senses) > 1 and _NISBA_EN.fullmatch(first) and not _masculine_definite(prev):
        return senses[1].removeprefix("the ")  # (القدم اليمنى: the right foot, its article the noun's)
    if (after_definite and _definite(w) and w.endswith(("ية", "يه", "ي")) and first[:1].isupper()
            and not _EN_ADJECTIVE.fullmatch(first)):  # a country's name first: its adjective (not الجوية 'air')
        # the adjective a country's name begins with (Saudi Arabia: Saudi); not العربي 'Arab' read as 'Arabic'
        adj = next((x for x in senses[1:] if _EN_ADJECTIVE.fullmatch(x) and first.split()[0] == x and " " in first), None)
        if adj:
            return adj
    return first


def _time_word(w: str) -> bool:
    """``w`` is a word of ``time_words.csv`` (السبت، الماضي، الجاري)."""
    from ..entities.tails import time_words

    return key(w) in time_words()


def _weekday(w: str) -> bool:
    """``w`` is a weekday of ``time_words.csv`` (جمعة، الجمعة، السبت)."""
    from ..entities.tails import time_words

    tw = time_words()
    return tw.get(key(w)) == "day" or tw.get(key("ال" + w)) == "day"


def _masculine_definite(w: str) -> bool:
    """``w`` is a definite singular noun of the masculine (الرئيس، اللاعب، الجيش): not ending ة/ه or a plural or dual
    ending, not a paired part of the body (``FEMININE_FILE``: القدم، اليد, feminine without ة)."""
    if not w.startswith("ال") or len(w) < 5 or w.endswith(("ة", "ه", "ات", "ين", "ان", "ى", "ا")):
        return False
    return key(w[2:]) not in _feminine_keys()


@lexicon_cache(maxsize=1)
def _feminine_keys() -> frozenset:
    """Keys of the feminine nouns without ة (``FEMININE_FILE``)."""
    return frozenset(key(normalize((r.get("word") or "").strip()).text) for r in _rows(FEMININE_FILE)
                     if (r.get("word") or "").strip())


def own_gloss(w: str, vietnam: bool = False) -> str:
    """The gloss of the word ``w`` by its own form only, as written or without the article (الفيصل: فيصل), in the
    curated sources then the news vocabulary; never through a proclitic's reading (pages55: فالون is no ف + الون 'One',
    كواتس no ك + واتس 'Whats') nor a base; ``""`` when none.  A name's parts are read so (:mod:`arnews.english_names`)."""
    w = normalize(w).text
    cur, news = _glossary(vietnam), _news()
    for f in (w, w[2:] if w.startswith("ال") and len(w) > 4 else ""):
        if f:
            g = _lookup(f, cur, readings=False) or _lookup(f, news, readings=False)
            if g:
                return g
    return ""


def name_as_word(w: str, g: str) -> bool:
    """The word ``w`` (normalised) of a phrase is written as a listed given name (``entity_cues.csv``: علي, not the
    preposition على) and ``g``, its gloss, is a common word's (lower case: علي 'on'): inside a phrase it is the name
    (الأمير متعب is no 'the Prince tired', صالح no 'valid'), which the word-by-word gloss does not know; not a word
    that is also a stop word's key (علي: على in key text)."""
    k = key(w)
    if k not in load_cues().given or w.endswith("ى") or g[:1].isupper() or g.startswith("("):
        return False
    return k not in _stop_keys()  # (علي in key text is also على: left as the preposition)


@lexicon_cache(maxsize=2)
def _stop_keys() -> frozenset:
    return frozenset(key(x) for x in stopwords("ar"))


def gloss(term: str, lang: str = "ar", surface: str | None = None, vietnam: bool = True) -> str:
    """English gloss of an Arabic feature (stem), word or phrase.

    Looks up the surface (its key, then each clitic-stripped reading), then the
    feature; a phrase not in the glossary is glossed word by word, marked with
    ``≈``; ``(no gloss)`` when nothing is known.  English terms gloss as their
    surface (or themselves).  ``vietnam=False``: without the Vietnam-scoped glosses
    (a corpus the glossary does not fit; see the module docstring)."""
    if _lang(lang) == "en" or not _AR_RE.search(term or "") and not _AR_RE.search(surface or ""):
        return surface or term
    by_feat, by_key, phrases, _ = _glossary(vietnam)
    if surface:
        words = normalize(surface).text.split()
        if len(words) == 1:
            g = _gloss_word(words[0], vietnam)
            if g and words[0].endswith("ى") and ";" in g and _NISBA_EN.fullmatch(g.split(";")[0].strip()):
                first, _, rest = g.partition(";")  # اليمنى: 'the right (hand, side)' first, not the nisba اليمني's 'Yemeni'
                return rest.strip() + "; " + first.strip()
            if g:
                return g
        elif words:
            k = key(" ".join(words))
            if k in by_key:
                return by_key[k]
            cands = [word_analyses(w, "ar")[0] for w in words]
            for feats, gl in phrases.get(len(words), ()):
                if all(f in c for f, c in zip(feats, cands)):
                    return gl
            news_phrases = _phrases()
            whole = _phrase_at(words, 0, news_phrases)
            if whole and whole[1] == len(words):
                return whole[0]
            parts, src, last, i = [], [], [], 0
            while i < len(words):  # the longest news phrase from the left, else the word
                hit = _phrase_at(words, i, news_phrases)
                if hit:
                    parts.append(re.sub(r"\s*\([^)]*\)$", "", hit[0]))  # without a closing aside
                    src.append("")
                    last.append(words[i + hit[1] - 1])  # a phrase is definite by its last word (قوات الطوارئ)
                    i += hit[1]
                    continue
                if _FIGURE.fullmatch(words[i]):  # a figure, or the n-grams' "#" for one: itself (بنسبة # في المائة)
                    parts.append(words[i].translate(_DIGITS))
                    src.append("")
                    last.append(words[i])
                    i += 1
                    continue
                g = _gloss_word(words[i], vietnam)
                after = i > 0 and (_definite(last[-1]) if last else False)
                if after and src[-1]:  # a country's adjective after no name or time word (الرياض 'Riyadh', السبت)
                    head = parts[-1].removeprefix("the ")  # (البارالمبية 'Paralympic', capitalised, is an adjective)
                    after = not (head[:1].isupper() and not _EN_ADJECTIVE.fullmatch(head)) and not _time_word(src[-1])
                prev = src[-1] if i > 0 else ""
                sense = _sense_in_phrase(words, i, g, parts, src, after, prev, vietnam)
                if words[i].startswith(("لل", "ولل", "فلل")):  # للكتاب 'for the book': no bare 'the' (معرض ... للكتاب)
                    sense = sense.removeprefix("the ")
                parts.append(sense)
                src.append(words[i])
                last.append(words[i])
                i += 1
            return "≈ " + " ".join(adjectives_first(*titles_and_constructs(parts, src, last), last=last))
    if term in by_feat:
        return by_feat[term]
    parts = term.split()
    if len(parts) > 1:
        return "≈ " + " ".join(by_feat.get(p, "?").split(";")[0].strip() for p in parts)
    return "(no gloss)"


def _sense_in_phrase(words: list[str], i: int, g: str | None, parts: list[str], src: list[str], after: bool, prev: str,
                     vietnam: bool) -> str:
    """The sense of ``words[i]`` (glossed ``g``) in a word-by-word gloss, its neighbours read (pages54): a sense its
    neighbour decides (:func:`arnews.stats.senses.neighbour_sense`: النظام السوري 'the Syrian regime'); inside a
    person's name, a word's name sense (:func:`arnews.stats.senses.name_sense`): a listed given name whose gloss is a
    common word's (:func:`name_as_word`) after a title or a name, or before a word whose first sense is a name (الرئيس
    عادل 'President Adel', عادل الجبير 'Adel Al-Jubeir'; elsewhere ``?``, as before: بشكل عادل), and a word after a
    listed given name read as a name (بشار الأسد 'Bashar al-Assad', not 'Bashar the lion'), but a surname-first word
    before a gentilic after no name is its common noun (fix3: الأسد الإفريقي 'the African lion'); else :func:`_sense`."""
    w, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
    ns = neighbour_sense(w, words[i - 1] if i else "", nxt, (lambda x: bool(name_sense((_gloss_word(x, vietnam) or "").split(";")[0])),
                                                          lambda x: key(x) in _titles() or key(x) in _NAME_LINKS))
    if ns:
        return ns
    prev_name = bool(src) and bool(src[-1]) and parts[-1][:1].isupper()  # the word before is read as a name or a title
    if g and nxt and not prev_name and _SURNAME_FIRST.match(g) and _gentilic(nxt, vietnam):
        common = next((s.strip() for s in g.split(";")[1:] if s.strip()[:1].islower()), None)
        if common:  # a surname first, a common word second, before a gentilic after no name (fix3): الأسد الإفريقي
            return _sense(w, common, after, prev)  # 'the African lion', not 'African al-Assad' (بشار الأسد stays)
    if g and src and src[-1] and (key(src[-1]) in _NAME_LINKS or key(src[-1]) in _titles()) and not _nationality(w):
        marked = name_sense(g, marked=True)  # فيصل بن تركي 'Faisal bin Turki', الأمير تركي 'Prince Turki' (not 'Turkish')
        if marked:
            return marked
    if g and name_as_word(w, g):
        titled = bool(src) and bool(src[-1]) and (key(src[-1]) in _titles() or key(src[-1]) in _NAME_LINKS)  # (بن سامي)
        nxt_name = bool(nxt) and bool(name_sense((_gloss_word(nxt, vietnam) or "").split(";")[0]))
        return (name_sense(g) or "?") if (prev_name or titled or nxt_name) else "?"
    if g and key(w) in load_cues().given and not name_sense(g.split(";")[0], marked=True):
        from ..english_names import demonym  # a given name whose first sense is a people's adjective (pages55)

        first, marked = g.split(";")[0].strip(), name_sense(g, marked=True)
        nxt_name = bool(nxt) and bool(name_sense((_gloss_word(nxt, vietnam) or "").split(";")[0]))
        if marked and demonym(first) and (prev_name or nxt_name):
            return marked  # تركي الفيصل 'Turki Faisal', not 'Turkish Faisal'
    if prev_name and key(src[-1]) in load_cues().given and _weekday(w):
        return "?"  # علي جمعة: a name the glossary does not know, not 'Ali Friday' (pages55)
    if g and prev_name and key(src[-1]) in load_cues().given and not name_sense(g.split(";")[0]):
        ns = name_sense(g)
        if ns:
            return ns
    return _sense(w, g or "?", after, prev)


#: a gloss whose first sense is a surname as English writes it, with no note (al-Assad; the lion, al-Rashid; the
#: rightly guided), not a club's, a city's or a title's capitalised sense (Al-Ahly (club), Jeddah, Milan, Dr)
_SURNAME_FIRST = re.compile(r"al-[A-Z][A-Za-z'-]*\s*;")

#: a figure as a phrase's word: digits (ASCII or Arabic-Indic, with separators) or the n-grams' "#" for any figure
#: (:mod:`arnews.rhetoric.ngrams`); a word-by-word gloss shows it as it is, not as an unknown word
_FIGURE = re.compile(r"#|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*")
_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9",
                        "01234567890123456789")

#: an English gloss that reads as an adjective (one word: rural, golden, popular, Yemeni, Japanese)
_EN_ADJECTIVE = re.compile(r"[A-Za-z]+(?:al|an|ic|ese|ish|ary|ive|ern|ar|en|i)")
#: one English word of a definite nisba's gloss that English puts before its noun as it is (the health sector,
#: security sources, air forces): the Arabic side decides
_EN_WORD = re.compile(r"[a-z]{3,}")  # lower case: a capitalised gloss is a name (الشيخ الشعراوي), never moved
#: the definite article with the proclitics before it
_DEFINITE = ("ال", "وال", "بال", "فال", "لل", "كال")


def _definite(w: str) -> bool:
    return any(w.startswith(p) and len(w) - len(p) >= 3 for p in _DEFINITE)


def _nisba_adjective(w: str, g: str) -> bool:
    """The Arabic word ``w`` is a relative adjective (nisba: ريفي, الشعبية, الذهبي) and its gloss ``g`` reads as an
    English adjective; not a family name shaped like one (:func:`_family_name`: السيسي 'Sisi')."""
    return (bool(_EN_ADJECTIVE.fullmatch(g or "")) and (w.endswith("ي") or w.endswith("ية") or w.endswith("يه"))
            and not _family_name(w, g))


def _family_name(w: str, g: str) -> bool:
    """A masculine nisba-shaped word glossed as a name ending in -i (capitalised) that is no country's adjective: a
    family name (السيسي 'Sisi', not اليمني 'Yemeni', الإسلامي 'Islamic': :func:`arnews.entities.cuewords.nationality_word`),
    nor the adjective of a noun the glossary knows (الكردستاني 'Kurdistani' of كردستان)."""
    from ..entities.cuewords import nationality_word

    if not (_NISBA_EN.fullmatch(g or "") and w.endswith("ي") and _definite(w)) or nationality_word(w):
        return False
    base = _without_article(w)[:-1]  # the noun the adjective is made from: كردستان 'Kurdistan' (الكردستاني), none for سيس
    return not (_gloss_word(base, False) or _gloss_word(base + "ا", False))


@lexicon_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """Key of a title (``TITLES_FILE``) -> the English title written before a name."""
    return {key(normalize((r.get("term") or "").strip()).text): (r.get("title") or "").strip()
            for r in _rows(TITLES_FILE) if (r.get("term") or "").strip() and (r.get("title") or "").strip()}


def _name_part(w: str, g: str) -> bool:
    """A word-by-word part that is a name: a capitalised gloss that is not an English adjective of a nisba
    (``Salman``, ``Sisi``, ``King Salman``; not ``American``, ``Egyptian``), nor a country's adjective whatever its
    English ending, masculine or feminine (الفرنسي 'French', السويسرية 'Swiss': :func:`_nationality`); a family name
    in its Arabic nisba shape stays a name (الغامدي 'Al-Ghamdi')."""
    return bool(g) and g[:1].isupper() and not (w and (_nisba_adjective(w, g) or _nationality(w)))


#: a gloss that reads as an English verb in the past (قال 'said', أكد 'confirmed'), a modal (يستطيع 'can'), an adverb or
#: an adjective in -ly (بشدة 'strongly', فور 'immediately', يومي 'daily') or نفس 'same': no construct's head.  Not set,
#: cut, hit, read, will (nouns as often: قطع, إرادة), nor the nouns in -ly (:data:`_LY_NOUNS`)
_EN_PAST = re.compile(r"[a-z]+ed|said|met|held|made|took|gave|won|began|came|went|left|sent|told|found|lost|led|paid|"
                      r"built|brought|kept|spoke|wrote|ran|chose|rose|fell|saw|was|were|had|did|got|became|stood|heard|"
                      r"knew|thought|put|can|could|may|might|must|would|should|same|[a-z]+ly")
#: English nouns in -ly, which head a construct (عائلة الضحية 'family of the victim', تجميع القطع 'assembly of parts');
#: on 40,000 word pairs of 600 snn2000 articles the Arabic side (an accusative in ا, بـ + a masdar) missed more adverbs
#: than it found (فور 'immediately', عن كثب 'closely', عادة 'usually', وبخاصة 'especially')
_LY_NOUNS = frozenset({"family", "assembly", "supply", "rally", "ally", "reply", "monopoly", "anomaly", "homily",
                       "belly", "jelly", "bully", "folly", "lily", "melancholy", "panoply"})


@lexicon_cache(maxsize=1)
def _adverb_keys() -> frozenset:
    """Keys of the adverbial nouns (``ADVERBS_FILE``)."""
    return frozenset(key(normalize((r.get("word") or "").strip()).text) for r in _rows(ADVERBS_FILE)
                     if (r.get("word") or "").strip())


def _adverbial(w: str) -> bool:
    """``w`` is an adverbial noun (``ADVERBS_FILE``) as written or after و/ف/ب (وداخل، بداخل، ورغم)."""
    ks = _adverb_keys()
    k = key(w)
    return k in ks or (k[:1] in "وفب" and k[1:] in ks) or (k[:2] in ("وب", "فب") and k[2:] in ks)


#: attached pronouns a noun may carry (key text): a noun with one is definite, so the definite word after it is its
#: adjective (زيارته الرسمية 'his official visit'), never a construct's second term
_NOUN_PRONOUNS = ("هما", "كما", "هم", "ها", "كم", "نا", "ه")


@lexicon_cache(maxsize=1)
def _written_terms() -> frozenset:
    """The one-word terms of the glossary, the stop words and the news vocabulary as written (normalised, ة kept:
    كتابة 'writing' is not كتابه 'his book', which the keys fold together)."""
    out = set()
    for name, col in (("glossary.csv", "term"), ("stopwords_ar.csv", "word"), (NEWS_FILE, "term")):
        for r in _rows(name):
            t = normalize((r.get(col) or "").strip()).text
            if t and " " not in t:
                out.add(t)
    return frozenset(out)


@lexicon_derived(maxsize=WORD_CACHE)
def with_pronoun(w: str) -> bool:
    """The word ``w`` (normalised, no article) is a glossed noun with an attached pronoun (قراره، زيارته، رئيسها،
    موقفها، كتابه): not itself a glossary's word as written (مياه، اتجاه، وجه are words of their own) and the stem
    left (ة restored before a pronoun: زيارت -> زيارة) is glossed."""
    if _definite(w) or w in _written_terms() or (w.endswith("ه") and w[:-1] + "ة" in _written_terms()):
        return False  # قاده is قادة 'leaders' written with ه, منحه منحة 'grant': no pronoun to be sure of
    cur, news = _glossary(False), _news()
    for suf in _NOUN_PRONOUNS:
        if w.endswith(suf) and len(w) - len(suf) >= _BASE_MIN:
            stem = w[: -len(suf)]
            forms = (stem[:-1] + "ة", stem) if stem.endswith("ت") else (stem,)
            return any(key(f) in cur[1] or key(f) in news[1] for f in forms)
    return False


def _day_after_daypart(w: str, nxt: str) -> bool:
    """``w`` is a part of the day (مساء، صباح) or يوم and ``nxt`` a weekday or اليوم 'today' (``time_words.csv``):
    مساء اليوم 'this evening', صباح الخميس, يوم الجمعة are no constructs with *of*."""
    from ..entities.tails import time_words

    tw = time_words()
    kw = key(w[1:]) if w[:1] in "وف" and key(w[1:]) in tw else key(w)
    return (tw.get(kw) == "daypart" or kw == "يوم") and tw.get(key(nxt)) in ("day", "now")


#: the links of an Arabic name (keys): بن 'bin' before a name is no construct to read with ``of``
_NAME_LINKS = frozenset({"بن", "ابن", "ابو", "عبد", "ال", "بنت"})
#: ذو، ذي، ذا، ذات 'possessing, of' (keys): English reads them as *of* already
_POSSESSING = frozenset({"ذو", "ذي", "ذا", "ذات", "ذوي", "ذوو"})


def titles_and_constructs(parts: list[str], src: list[str], last: list[str]) -> tuple[list[str], list[str]]:
    """A word-by-word gloss (``parts`` of the Arabic ``src`` words, ``""`` for a phrase or a figure; ``last``: the
    last Arabic word each part glosses) with two readings English needs: a title before a name reads as English
    writes it (الملك سلمان 'King Salman', الرئيس السيسي 'President Sisi': ``TITLES_FILE``), and an indefinite noun
    before a definite word is a construct, read with ``of`` (رسل السلام 'messengers of peace', مركز الملك سلمان
    'centre of King Salman', مسجد قوات الطوارئ 'mosque of Emergency Forces'), unless its gloss reads as a verb
    (قال الرئيس), it is *of* already (ذي الحجة), an adverbial noun (``ADVERBS_FILE``: داخل المملكة 'inside the
    Kingdom'), a noun with an attached pronoun (زيارته الرسمية: its adjective follows) or a part of the day before a
    weekday (مساء الخميس); a country's adjective after a title is no name (الرئيس الفرنسي).  Returns the parts and the
    words for :func:`adjectives_first`."""
    parts, titles = list(parts), _titles()
    for i in range(len(parts) - 1):
        t = titles.get(key(src[i])) if src[i] else None
        if t and _name_part(src[i + 1], parts[i + 1]):
            parts[i] = t
    head = [False] * len(parts)  # the part heads a construct: a definite word follows, or another head does
    for i in range(len(parts) - 2, -1, -1):
        w, g, nxt = src[i], parts[i], last[i + 1]
        if (w and not _definite(w) and not w.startswith(_DEFINITE) and _noun_head(w, g) and not (_EN_PAST.fullmatch(g) and g not in _LY_NOUNS) and key(w) not in _NAME_LINKS
                and not (w[:1] in "ولف" and w[1:2] in "يت" and g.endswith("s"))  # لتنتهي 'ends': a verb
                and g != "of" and not parts[i + 1].startswith("of ") and key(w) not in _POSSESSING  # ذي 'of': no 'of of'
                and not _adverbial(w) and not with_pronoun(w)
                and not (src[i + 1] and _day_after_daypart(w, src[i + 1]))
                and parts[i + 1] != "?" and (head[i + 1] or (nxt.startswith("ال") and len(nxt) > 4)
                                             or _proper_construct(parts, src, i))):
            head[i] = True
    return [g + " of" if h else g for g, h in zip(parts, head)], src


#: ordinals and the like, which come before a name in a rank (الجندي أول محمد 'private first class Muhammad'), no head
_RANK_WORDS = re.compile(r"first|second|third|fourth|fifth|last|next|former|late|de|da|di|el|al|bin|ibn|abu")


def _proper_construct(parts: list[str], src: list[str], i: int) -> bool:
    """The word ``src[i + 1]`` (glossed ``parts[i + 1]``) after the indefinite noun ``src[i]`` is a proper name
    without the article, definite as a name is, so the noun heads a construct (pages53: أمير قطر 'emir of Qatar',
    منطقة مكة 'area of Makkah', سوق عكاظ 'market of Okaz', مقتل مايكل براون 'killing of Michael Brown'): a name's
    gloss (:func:`_name_part`), not a title (``TITLES_FILE``'s English: a name to come) nor a nisba-shaped word
    (عائلة سورية 'a Syrian family', not 'family of Syria'); the noun itself not inside a name (رجب طيب أردوغان: طيب
    is no 'good of'), nor a rank's word (:data:`_RANK_WORDS`: العريف أول خالد)."""
    w, g = src[i + 1], parts[i + 1]
    if not w or _definite(w) or w.endswith(("ي", "ية", "يه")) or not _name_part(w, g) or g in _title_words():
        return False
    if i > 0 and src[i - 1] and _name_part(src[i - 1], parts[i - 1]) and not src[i].startswith(("ل", "ب")):
        return False  # (دعم طهران لنظام بشار: لنظام 'for the regime' is a noun of its own after the name)
    return not _RANK_WORDS.fullmatch(parts[i].removeprefix("the "))


@lexicon_cache(maxsize=1)
def _title_words() -> frozenset:
    """The English of the titles (``TITLES_FILE``) and the glosses of their Arabic words."""
    out = set(_titles().values())
    for k in _titles():
        g = _gloss_word(k, False)
        if g:
            out.add(_sense(k, g, False))
    return frozenset(out)


def _modifier(w: str, g: str) -> bool:
    """``w`` (glossed ``g``) modifies the noun before it: a nisba whose gloss reads as an adjective, or a definite
    nisba glossed by one English word, which the Arabic shape makes the adjective (القطاع الصحي 'the health
    sector', الجهات الأمنية 'the security authorities').  Indefinite, a nisba-shaped word is as often a noun in a
    construct (مليون عملية 'a million operations', رئيس نادي), so only the English ending decides there."""
    if _nisba_adjective(w, g) or _nationality(w):
        return True
    return (_definite(w) and (w.endswith("ي") or w.endswith("ية") or w.endswith("يه")) and bool(_EN_WORD.fullmatch(g or ""))
            and key(w) not in _stop_keys())


def _nationality(w: str) -> bool:
    """``w`` is a definite adjective of a country, masculine or feminine (الفرنسي، الفرنسية 'French', السويسري 'Swiss':
    :func:`arnews.entities.cuewords.nationality_word`), whatever its English gloss's ending."""
    from ..entities.cuewords import nationality_word

    return bool(nationality_word(w) or (w.endswith("ية") and nationality_word(w[:-1])))


def _gentilic(w: str, vietnam: bool) -> bool:
    """``w`` is a definite adjective of a country or a region, not a name (fix3): :func:`_nationality` (السوري), or a
    definite word whose first sense is a capitalised adjective that is no marked name (الإفريقي 'African', الآسيوي
    'Asian'): after a word glossed as a surname first (:data:`_SURNAME_FIRST`), that word is the common noun
    (الأسد الإفريقي 'the African lion', not 'African al-Assad')."""
    if _nationality(w):
        return True
    if not _definite(w):
        return False
    g = _gloss_word(w, vietnam) or ""
    first = g.split(";")[0].strip().removeprefix("the ")
    return first[:1].isupper() and bool(_EN_ADJECTIVE.fullmatch(first)) and not name_sense(g, marked=True)


def _noun_head(w: str, g: str) -> bool:
    """The word ``w`` glossed ``g`` may head a noun phrase: a common noun's gloss (lower case after ``the``: not a
    name, سعود كريري; not a place, الرياض الدولي), not a particle (على), not an imperfect verb (يحقق 'achieves')."""
    head = g[4:] if g.startswith("the ") else g
    if not head[:1].islower() or not head[-1:].isalpha() or " " in head or key(w) in _stop_keys() or _nisba_adjective(w, g):
        return False
    if key(w) in _NAME_LINKS:  # بن سامي 'bin Sami': a name's link, no noun its name follows as an adjective (pages54)
        return False
    return not (w[:1] in "يت" and head.endswith("s") and not _plural_noun(w, head))


def _plural_noun(w: str, g: str) -> bool:
    """``w`` (ت/ي + ..., glossed ``g`` in -s) is a plural noun, not an imperfect verb: the glossaries write it with the
    article and gloss that form as the same English (تجارب 'experiments' ~ التجارب 'the experiments'; not تحقق
    'achieves', whose التحقق is 'verification')."""
    d = "ال" + w
    if d not in _written_terms():
        return False
    dg = (_gloss_word(d, False) or "").split(";")[0].strip().removeprefix("the ")
    return bool(dg) and dg == g.split(";")[0].strip().removeprefix("the ")


#: a word after a prepositional proclitic (بالشرقية 'in the Eastern') modifies no noun before it
_PREPOSITIONAL = ("بال", "لل", "كال", "وبال", "ولل")


def _conjoined(w: str) -> bool:
    """``w`` is و + a word (وحيوية 'and vital'), the rest the more frequent word."""
    return w.startswith("و") and len(w) > 4 and zipf_ar(w[1:]) > zipf_ar(w)


def adjectives_first(parts: list[str], words: list[str], last: list[str] | None = None) -> list[str]:
    """A word-by-word gloss (``parts``, glossing ``words``; ``""`` for a part that glosses a phrase) in English
    order: an Arabic noun followed by adjectives that agree with it in definiteness (المناطق الريفية, السهم
    الذهبي, لجنة شعبية) reads adjectives first, the last first, after the noun's ``the``: ``the golden share``, not
    ``share golden``.  A definite adjective after an indefinite noun is a construct (رئيس الجمهورية 'head of the
    republic'), left in place.  With ``last`` (the last Arabic word of each part), a part that glosses a news phrase
    heads the adjectives after it too, definite by its last word (نائب الرئيس اليمني 'Yemeni vice president').  Two
    or more definite adjectives that open the text with no noun read the last first too (الوطنية السعودية 'Saudi
    national', a phrase cut after its noun)."""
    out, i, n = [], 0, len(parts)
    while (i < n and words[i] and parts[i] != "?" and _definite(words[i]) and _modifier(words[i], parts[i])
           and not words[i].startswith("و")):  # (البرية والجوية والبحرية: joined by 'and', in their order)
        i += 1  # adjectives with no noun before them (its noun ends the text before): the last first (pages55)
    if i > 1:  # الوطنية السعودية 'Saudi national', not 'national Saudi'
        groups: list[list[str]] = []  # a run of nationality adjectives keeps its order (fixp: السعودي الهولندي
        for k in range(i):  # 'Saudi Dutch', الوطنية السعودية المصرية 'Saudi Egyptian national')
            if k and groups and _nationality(words[k]) and _nationality(words[k - 1]):
                groups[-1].append(parts[k])
            else:
                groups.append([parts[k]])
        out.append(" ".join(" ".join(g) for g in reversed(groups)))
    else:
        i = 0
    while i < n:
        j = i + 1
        # (not a construct, أمير المنطقة 'governor of the region': an adjective after it is its last noun's)
        phrase = (bool(last) and not words[i] and bool(last[i]) and _definite(last[i]) and parts[i][:1].isalpha()
                  and " of" not in f" {parts[i]} " and "(" not in parts[i])  # (مليار ريال سعودي: billion Saudi riyals)
        if phrase or words[i] and parts[i] != "?" and _noun_head(words[i], parts[i]):
            d = _definite(last[i]) if phrase else (_definite(words[i]) or with_pronoun(words[i]))  # زيارته الرسمية: the official visit
            while (j < n and words[j] and _definite(words[j]) == d and _modifier(words[j], parts[j])
                   and not _conjoined(words[j]) and not words[j].startswith(_PREPOSITIONAL)):
                j += 1
        elif (bool(last) and not words[i] and bool(last[i]) and _definite(last[i]) and " of " in f" {parts[i]} "
              and "(" not in parts[i]):  # وزارة الداخلية السعودية: 'Saudi Ministry of the Interior'
            while j < n and words[j] and _definite(words[j]) and _nationality(words[j]) and parts[j][:1].isupper():
                j += 1
            if j > i + 1:
                out.append(" ".join([parts[k] for k in range(j - 1, i, -1)] + [parts[i]]))
                i = j
                continue
        if j == i + 1:
            out.append(parts[i])
        else:
            noun, adjs = parts[i], [parts[k] for k in range(j - 1, i, -1)]
            the = noun.startswith("the ")
            out.append(("the " if the else "") + " ".join(adjs + [noun[4:] if the else noun]))
        i = j
    return out


@lru_cache(maxsize=WORD_CACHE)
def gloss_cached(term: str, lang: str, surface: str | None, vietnam: bool = True) -> str:
    return gloss(term, lang, surface, vietnam)


_gloss_cached = gloss_cached  # the old name, still used in this module; topics re-exports it


def readable_gloss(g) -> str:
    """A gloss as a table or a plot shows it: ``""`` for none (``(no gloss)``, missing, no English
    word) and for a word-by-word gloss (``≈``) with an unknown word (``≈ ? the foot`` for لكرة القدم
    would mislead more than it helps); otherwise the gloss unchanged."""
    if g is None or (isinstance(g, float) and g != g):
        return ""
    g = str(g).strip()
    if g.startswith("(no gloss") or not re.search(r"[A-Za-z]", g):
        return ""
    if g.startswith("≈") and "?" in g.split():
        return ""
    return g


def phrase_gloss(text, vietnam: bool = False) -> str:
    """The readable English gloss (:func:`readable_gloss`) of an Arabic word or phrase as written, for
    a table that shows Arabic text beside its gloss (a discovered slogan, a quoted phrase, an n-gram's
    example): the glossary's own gloss, else word by word (``≈``), ``""`` when a word is unknown or
    the text has no Arabic.  ``vietnam``: use the Vietnam-scoped glosses (only where the glossary fits)."""
    text = "" if text is None or (isinstance(text, float) and text != text) else str(text).strip()
    if not _AR_RE.search(text):
        return ""
    text = displayed_decimals(text)
    return readable_gloss(_gloss_cached(text, "ar", text, vietnam))


#: a decimal whose halves a right-to-left mark (U+200F) separates in the source (``7.\u200f0``, ``5\u200f.12``)
_RLM_DECIMAL = re.compile(r"(\d+)(?:\.\u200f|\u200f\.)(\d+)")


def displayed_decimals(text: str) -> str:
    """``text`` with each decimal split by a right-to-left mark written as a right-to-left paragraph
    displays it, the halves swapped (``بنسبة 7.\u200f0`` shows 0.7 on the page, and the quantities table
    reads it so): a gloss beside the example then states the figure the reader sees, not 7.0."""
    return _RLM_DECIMAL.sub(lambda m: f"{m.group(2)}.{m.group(1)}", text) if "\u200f" in text else text


def gloss_label(word: str, known: str = "", vietnam: bool = False) -> tuple[str, str]:
    """A word with a short English gloss, as a table row or a plot's tick shows it, and where
    the gloss came from: ``known`` (a lexicon's own gloss, e.g. ``unit_en``) when given, else the
    first sense of the glossary's gloss (:func:`gloss`, read by :func:`readable_gloss`), else
    none: ``("مباراة (match, sport)", "glossary")``, ``("سهم", "")``.  The gloss's own
    parentheses become a comma, so that a right-to-left label never shows nested, mirrored
    brackets (``مرة (time, occurrence)``, not ``مرة (time (occurrence))``)."""
    source = "lexicon" if known and known != word else ""
    g = known if source else ""
    if not g and _AR_RE.search(word or ""):
        g = readable_gloss(_gloss_cached(word, "ar", word, vietnam)).split(";")[0].strip()
        source = "glossary" if g else ""
    if not g:
        return word, ""
    return f"{word} ({flat_gloss(g)})", source


def flat_gloss(g: str) -> str:
    """A gloss without brackets of its own, for a label that puts it in brackets after an Arabic
    word: ``time (occurrence)`` -> ``time, occurrence``, ``Saudi Arabia; Saudi (f.)`` -> ``Saudi
    Arabia; Saudi, f.``, ``(given name) Saddam`` -> ``given name: Saddam`` (in a right-to-left
    cell, nested brackets show mirrored)."""
    g = re.sub(r"^\(([^()]*)\)\s*", r"\1: ", (g or "").strip())  # a leading note: (given name) Saddam
    g = re.sub(r";\s*\(([^()]*)\)\s*", r"; \1 ", g)  # a sense opening with a note: 'reaching; (all the way) to' (pages54: not ';,')
    return re.sub(r"\s*\(([^()]*)\)", r", \1", g).replace("(", "").replace(")", "").strip(" ,:")


# --- names of the entities table -------------------------------------------------------------


#: a one-word entity surface glosses by its English name when the build named it at least this
#: often, and that name is at least this share of the surface's one-word mentions
NAME_MIN_MENTIONS = 3
NAME_SHARE = 0.8


def entity_names(entities) -> dict[str, str]:
    """Key of a one-word entity surface (as written: no proclitic taken off) -> the English name
    (``name_en``) the build's ``entities`` table gives it, when it gives one name to at least
    ``NAME_SHARE`` of the surface's one-word mentions and to at least ``NAME_MIN_MENTIONS`` of
    them (عسير 'Asir', أرسنال 'Arsenal', الجمارك 'Customs').  ``entities``: a DataFrame with
    ``surface`` and ``name_en`` (None or missing columns: no names)."""
    if entities is None or not {"surface", "name_en"} <= set(getattr(entities, "columns", ())):
        return {}
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    pairs = entities[["surface", "name_en"]].fillna("").astype(str).value_counts(sort=False)
    for (s, n), c in zip(pairs.index.tolist(), pairs.tolist()):
        w = normalize(s).text
        if w and " " not in w:
            counts[key(w)][n.strip()] += c
    out = {}
    for k, c in counts.items():
        name, n = max(((nm, v) for nm, v in c.items() if nm), key=lambda x: (x[1], x[0]), default=("", 0))
        if n >= NAME_MIN_MENTIONS and n >= NAME_SHARE * sum(c.values()):
            out[k] = name
    return out


def name_gloss(g: str, surface: str, names: dict[str, str] | None) -> str:
    """``g`` unless no gloss is readable (:func:`readable_gloss`) and ``names`` (:func:`entity_names`)
    names the one-word ``surface``: then that name."""
    if not names or readable_gloss(g) or not surface:
        return g
    w = normalize(surface).text
    return names.get(key(w), g) if " " not in w else g
