"""Word analyses: the clitic readings of a word, their stems and matching keys, and the analysed
tokens of a paragraph (split from :mod:`arnews.themes`, session 50; themes, the features of
:mod:`arnews.stats`, the glossary and the entities read them).

Word analysis
-------------
Text goes through :func:`arnews.normalize.normalize` (offsets are kept, so
every span points into the paragraph's original text) and the shared tokens of
:mod:`arnews.text`.  Arabic words are then *analysed*: Snowball
(``arnews.tokens.stem``) alone mishandles proclitics (``والأمن`` -> ``والام``,
``لحماية`` -> ``لحما``), so each word is first stripped of the
conjunction/preposition + article prefixes (``وال بال كال فال لل ال`` and
``و ف ب ل ك``, remainder of two letters or more) and every remainder is
stemmed; the results are folded with :func:`arnews.normalize.key` (alef,
alef maksura, ta marbuta).  A word therefore carries a small *set* of
candidate stems ("analyses").  Codebook matching (:func:`arnews.themes.dictionary_lookup`)
accepts a word when the pattern's stem is one of its analyses, so ``الأمن``,
``للأمن``, ``والأمن``, ``بالأمن`` and ``الأَمْن`` all match the pattern ``أمن``.
(The features of :mod:`arnews.stats.features` need *one* term per word.)
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicons import lexicon_derived, sync
from .normalize import WORD_CACHE, key, normalize
from .text import make_paragraph
from .frequency import zipf_ar
from .tokens import AR, stem, stopwords

__all__ = ["AR_RE", "ARTICLE_PREFIXES", "CLITIC_PREFIXES", "MIN_REST", "TOPIC_KIND", "base_lang", "prefix_strips",
           "ar_stem", "en_word", "word_analyses", "pattern_word", "Tok", "analyse", "paragraph_toks",
           "paragraph_columns", "token_analyses"]

AR_RE = re.compile(f"[{AR}]")


# --- word analysis --------------------------------------------------------------------

#: prefixes carrying the article: stripping them is safe
ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
#: single or double proclitics without the article: ambiguous (``وزارة``, ``بلدية``)
CLITIC_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
MIN_REST = 2
_PREFIX_INITIALS = frozenset(p[0] for p in ARTICLE_PREFIXES + CLITIC_PREFIXES)


def base_lang(lang: str | None) -> str:
    return "ar" if (lang or "").startswith("ar") else "en"


#: prefix length -> {prefix: (minimum remainder, safe)}: a word's prefix of each length is one
#: dict look-up (no two prefixes of one length match one word, so readings differ in length)
_PREFIX_BY_LEN: dict[int, dict[str, tuple[int, bool]]] = {}
for _p in CLITIC_PREFIXES:
    _PREFIX_BY_LEN.setdefault(len(_p), {})[_p] = (MIN_REST + 1, False)
for _p in ARTICLE_PREFIXES:
    # li- + article (للأمن) is ambiguous with li- + a word in l- (للجنة = ل + لجنة)
    _PREFIX_BY_LEN.setdefault(len(_p), {})[_p] = (MIN_REST, not _p.endswith("لل"))
_PREFIX_LENS = tuple(sorted(_PREFIX_BY_LEN, reverse=True))
del _p


@lru_cache(maxsize=WORD_CACHE)
def prefix_strips(word: str) -> tuple[tuple[str, bool], ...]:
    """``(remainder, safe)`` for each prefix reading of an Arabic ``word``, the
    most stripped first; ``safe`` marks article readings other than ``لل``
    (and the word itself).  A prefix of ``ARTICLE_PREFIXES`` leaves at least
    ``MIN_REST`` letters, one of ``CLITIC_PREFIXES`` at least one more."""
    if word[:1] not in _PREFIX_INITIALS:
        return ((word, True),)  # no prefix can be stripped
    out: list[tuple[str, bool]] = []
    n = len(word)
    for L in _PREFIX_LENS:  # longest prefix first = shortest remainder first
        hit = _PREFIX_BY_LEN[L].get(word[:L])
        if hit is not None and n - L >= hit[0]:
            out.append((word[L:], hit[1]))
    out.append((word, True))
    return tuple(out)




@lru_cache(maxsize=WORD_CACHE)
def ar_stem(word: str) -> str:
    """Key of the Snowball stem of one clitic reading.  Snowball drops a first و/ف (the
    conjunction) and ب/ك/ل (prepositions) of any word long enough, though the letter is often the
    word's own (``فريق`` -> ``ريق``, ``وزارة`` -> ``زار``, ``فلسطين`` -> ``لسط``, ``برنامج`` ->
    ``رنامج``, ``بلاد`` -> ``لاد``).  The letter stays when general Arabic (``wordfreq``) writes
    the whole word at least as often as the word without it (``وتعمقت``, ``بمدينة`` still lose
    theirs)."""
    s = stem(word, "ar")
    if word[:1] in "وفبكل" and not word.startswith("لل") and not s.startswith(word[:1]) and zipf_ar(word) >= max(zipf_ar(word[1:]), 1.0):
        masked = stem("ق" + word[1:], "ar")  # the same word with a first letter Snowball never strips
        if masked.startswith("ق"):
            s = word[0] + masked[1:]
    return key(s)




def en_word(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w




@lru_cache(maxsize=WORD_CACHE)
def word_analyses(word: str, lang: str = "ar") -> tuple[frozenset, frozenset]:
    """``(stems, keys)``: every candidate stem of a (normalised) word and the
    matching keys of its prefix readings (see the module docstring)."""
    if base_lang(lang) == "en" or not AR_RE.match(word):
        w = en_word(word)
        return frozenset({stem(w, "en") if w[:1].isalpha() else w}), frozenset({w})
    readings = prefix_strips(word)
    return frozenset(ar_stem(r) for r, _ in readings), frozenset(key(r) for r, _ in readings)


@lru_cache(maxsize=50_000)
def pattern_word(word: str, lang: str) -> tuple[str, str]:
    """A codebook pattern word -> matcher ``(kind, value)``: stem, prefix or exact."""
    kind = "stem"
    if word.startswith("="):
        kind, word = "exact", word[1:]
    elif word.endswith("*"):
        kind, word = "prefix", word[:-1]
    w = normalize(word).text
    if base_lang(lang) == "en" or not AR_RE.match(w):
        w = en_word(w)
        return (kind, w) if kind != "stem" else ("stem", stem(w, "en") if w[:1].isalpha() else w)
    for p in ("وال", "بال", "لل", "ال"):  # patterns are written without clitics, perhaps with the article
        if w.startswith(p) and len(w) - len(p) >= MIN_REST:
            w = w[len(p):]
            break
    return (kind, key(w)) if kind != "stem" else ("stem", ar_stem(w))


class Tok(NamedTuple):
    start: int  # offsets into the normalised text
    end: int
    text: str  # normalised surface
    kind: str  # word, latin, number, code, url, email, clitic, punct
    stems: frozenset
    keys: frozenset
    stop: bool


def analyse(text: str, lang: str = "ar"):
    """``(NormText, [Tok])`` for one paragraph: every token with its analyses."""
    p = make_paragraph(text, lang)
    return p.norm, paragraph_toks(p)


#: shared token kinds -> this module's (figures of any form are numbers here)
TOPIC_KIND = {"date": "number", "time": "number", "phone": "number"}


def paragraph_toks(p) -> list:
    """The :class:`Tok` analyses of the shared tokens of a :class:`arnews.text.Paragraph`
    (the script of each word decides its analysis)."""
    sync()  # token_analyses depends on the stop words of the current lexicon folder
    toks = []
    append = toks.append
    analyses = token_analyses
    topic_kind = TOPIC_KIND
    kinds, starts, ends, texts = p.kinds, p.starts, p.ends, p.toks
    n = len(kinds)
    for i in range(n):
        kd, t = kinds[i], texts[i]
        if kd == "punct" and t in "-‐" and 0 < i < n - 1 and ends[i - 1] == starts[i] and starts[i + 1] == ends[i]:
            continue  # an intra-word hyphen (socio-economic, self-defense) does not break a phrase
        kd = topic_kind.get(kd, kd)
        append(_new_tok(Tok, (starts[i], ends[i], t, kd) + analyses(t, kd)))
    return toks


_new_tok = tuple.__new__  # Tok(...) without the keyword-argument constructor (one per token)


def paragraph_columns(p) -> tuple[list, list, list, list, list]:
    """The tokens of :func:`paragraph_toks` as parallel lists ``(kinds, starts, ends, texts,
    analyses)``, ``analyses[i]`` being the cached ``(stems, keys, stop)`` of the token's
    type: no object per token (the build's theme pass allocated one per token)."""
    sync()  # token_analyses depends on the stop words of the current lexicon folder
    analyses = token_analyses
    topic_kind = TOPIC_KIND
    kinds, starts, ends, texts = p.kinds, p.starts, p.ends, p.toks
    n = len(kinds)
    keep = [i for i in range(n) if not (kinds[i] == "punct" and texts[i] in "-‐" and 0 < i < n - 1
                                        and ends[i - 1] == starts[i] and starts[i + 1] == ends[i])]
    if len(keep) == n:
        ks, ss, es, ts = [topic_kind.get(k, k) for k in kinds], starts, ends, texts
    else:  # intra-word hyphens dropped (see paragraph_toks)
        ks = [topic_kind.get(kinds[i], kinds[i]) for i in keep]
        ss, es, ts = [starts[i] for i in keep], [ends[i] for i in keep], [texts[i] for i in keep]
    return ks, ss, es, ts, list(map(analyses, ts, ks))


@lexicon_derived(maxsize=WORD_CACHE)
def token_analyses(text: str, kind: str) -> tuple[frozenset, frozenset, bool]:
    """``(stems, keys, stop)`` of a token (per word type: the analysis ignores context)."""
    if kind in ("word", "latin"):
        arabic = kind == "word"
        st, ks = word_analyses(text, "ar" if arabic else "en")
        stop = key(text) in stopwords.current("ar") if arabic else en_word(text) in stopwords.current("en")
        return st, ks, stop
    if kind in ("number", "code", "clitic"):
        st = frozenset({key(text).lower()})
        return st, st, kind == "clitic"
    return frozenset(), frozenset(), True
