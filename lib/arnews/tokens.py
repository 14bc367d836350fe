"""Tokens, stems, stop words and (optional) lemmas for normalised Arabic and English.

:func:`tokenize` works on text that has been through :func:`arnews.normalize`
(ASCII digits, ``%``, ``.``).  Unlike ``camel_tools``' ``simple_word_tokenize``
it keeps URLs, e-mail addresses, document codes (``03-NQ/TU``, ``01/CT-TTg``),
decimals, thousands separators and percentages (``89.1%``, ``3,411``) whole,
and splits a proclitic ``و``/``ف``/``ب``/``ل`` off a number (``و100%`` ->
``و`` + ``100%``).

Stems come from PyStemmer's Snowball stemmers (Arabic, English).  Lemmas come
from the camel-tools morphology database *only when it is installed*: it is
imported lazily and never downloaded; :func:`lemma_method` says which method
produced the lemma column of a build.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from .lexicons import lexicon_cache

__all__ = [
    "Token",
    "TOKEN_RE",
    "tokenize",
    "tokenize_spans",
    "stem",
    "stems",
    "stopwords",
    "is_stopword",
    "lemma_method",
    "lemmatizer",
]

from .text.tokenizer import AR, LATIN, TOKEN_RE, scan  # noqa: E402  (the project's one tokeniser)
from .normalize import WORD_CACHE


class Token(NamedTuple):
    start: int  # offsets into the string given to tokenize_spans
    end: int
    text: str
    kind: str  # url, email, code, date, time, phone, clitic, number, word, latin, punct


def tokenize(text: str, punct: bool = False) -> list[str]:
    """Token strings of normalised ``text`` (punctuation dropped unless asked), from the
    project's one tokeniser (:mod:`arnews.text.tokenizer`)."""
    kinds, _, _, toks = scan(text)
    return toks if punct else [t for k, t in zip(kinds, toks) if k != "punct"]


def tokenize_spans(text: str) -> list[Token]:
    """Tokens with their kinds and character offsets into ``text``."""
    kinds, starts, ends, toks = scan(text)
    return [Token(a, b, t, k) for k, a, b, t in zip(kinds, starts, ends, toks)]


# --- stems -----------------------------------------------------------------

@lru_cache(maxsize=4)
def _stemmer(lang: str):
    import Stemmer

    # no PyStemmer cache: stem() is cached per word type already, and PyStemmer's own cache
    # (10,000 words) costs more than it saves on a news vocabulary (3-6 us a word instead of 1.5)
    return Stemmer.Stemmer({"ar": "arabic", "en": "english"}.get(lang, lang), 0)


_AR_WORD = re.compile(rf"[{AR}]")


#: conjunction/preposition + article prefixes that Snowball's Arabic stemmer does not
#: remove (``والأمن`` -> ``والام``); stripping them is safe (``لل`` is not: ``للجنة``)
_ARTICLE_PREFIX = re.compile("^(?:[وف]?[بك]?ال|[وف]ال)(?=..)")


def _pre(word: str) -> str:
    return _ARTICLE_PREFIX.sub("ال", word, count=1) if word.startswith(("و", "ف", "ب", "ك")) else word


@lru_cache(maxsize=WORD_CACHE)
def stem(word: str, lang: str = "ar") -> str:
    """Snowball stem of one token (numbers, codes and punctuation unchanged).

    Arabic words first lose a conjunction/preposition glued before the article
    (``والأمن``, ``بالمقاطعة``), which Snowball leaves in place.
    """
    if lang == "en":
        return _stemmer("en").stemWord(word.lower()) if word[:1].isalpha() else word
    if not _AR_WORD.match(word):
        return word.lower() if word.isalpha() else word
    return _stemmer("ar").stemWord(_pre(word))


def stems(words: list[str], lang: str = "ar") -> list[str]:
    """Snowball stems of many tokens, one look-up per token (the stem is computed once per
    word type: :func:`_token_stem`).  Arabic: a token with no Arabic letter stays as it is."""
    return list(map(_token_stem, words, repeat("en" if lang == "en" else "ar")))


@lru_cache(maxsize=WORD_CACHE)
def _token_stem(word: str, lang: str) -> str:
    """:func:`stems` of one token type (``lang``: ``ar`` or ``en``)."""
    if lang == "en":
        return _stemmer("en").stemWord(word.lower())
    return _stemmer("ar").stemWord(_pre(word)) if _AR_WORD.match(word) else word


# --- stop words --------------------------------------------------------------

@lexicon_cache(maxsize=4)
def stopwords(lang: str = "ar") -> frozenset[str]:
    """Stop words from ``lib/arnews/data/lexicons/stopwords_<lang>.csv`` (normalised keys)."""
    from .lexicons import read_lexicon
    from .normalize import key

    words = [row["word"] for row in read_lexicon(f"stopwords_{lang}.csv")]
    if lang == "ar":
        return frozenset(key(w) for w in words)
    return frozenset(w.lower() for w in words)


def is_stopword(word: str, lang: str = "ar") -> bool:
    from .normalize import key

    if lang == "ar":
        return key(word) in stopwords("ar")
    return word.lower() in stopwords(lang)


# --- lemmas (optional, camel-tools morphology database) ----------------------

def _camel_data_dir() -> Path:
    env = os.environ.get("CAMELTOOLS_DATA")
    return Path(env).expanduser() if env else Path.home() / ".camel_tools"


def _camel_db_present() -> bool:
    d = _camel_data_dir() / "data" / "morphology_db"
    return d.is_dir() and any(d.glob("*/morphology.db"))


def lemma_method() -> str:
    """``camel-calima-msa`` when the camel-tools morphology DB is installed, else ``snowball-stem``."""
    return "camel-calima-msa" if _camel_db_present() else "snowball-stem"


@lru_cache(maxsize=1)
def lemmatizer():
    """A ``word -> lemma`` function: camel-tools' analyser when its data is installed,
    otherwise the Snowball stem.  Never triggers a download."""
    if _camel_db_present():
        try:  # imported lazily: these modules raise at import time without data
            from camel_tools.morphology.analyzer import Analyzer
            from camel_tools.morphology.database import MorphologyDB

            analyzer = Analyzer(MorphologyDB.builtin_db())

            @lru_cache(maxsize=WORD_CACHE)
            def lemma(word: str) -> str:
                analyses = analyzer.analyze(word)
                if not analyses:
                    return stem(word)
                from camel_tools.utils.dediac import dediac_ar

                return dediac_ar(analyses[0].get("lex", word))

            return lemma
        except Exception:  # data present but unusable: fall back, never crash
            pass
    return stem
