"""English glosses of Arabic features, words and phrases.

Glosses come from ``lib/arnews/data/lexicons/glossary.csv``, then the stop-word
lists, the codebook and the gazetteer; a term without any is shown as
``(no gloss)``.  A word is glossed through its key, the keys of its clitic-stripped
readings, or its inflectional base (``_base``), never through a Snowball stem it
shares with another word (on 2,000 Saudi articles the stem gave الثاني 'Thanh', الجمعة
'the association', ولاية 'no, not').
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..entities import load_gazetteer
from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import WORD_CACHE, key, normalize
from ..themes import _AR_RE, _MIN_REST, _ar_stem, _en_word, _lang, _strips, load_codebook, word_analyses
from ..tokens import stem

__all__ = ["gloss"]


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
#: the shortest word left once an ending is taken off
_BASE_MIN = 3
#: glosses of names (name syllables, surnames): matched by the word only
_NAME_GLOSS = re.compile(r"\((?:[^)]*\s)?(?:name syllable|surname|given name|family name)\)")


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


@lexicon_cache(maxsize=1)
def _glossary() -> tuple[dict, dict, dict, dict]:
    """Glossary indexes: (feature -> gloss, key -> gloss, n_words -> [(features, gloss)],
    (base -> gloss of content words, base -> gloss of stop words), see ``_base``) from
    glossary.csv, then stop-word glosses, codebook patterns and gazetteer aliases.  Names
    are looked up by the word only; a stop word by the word or the word with an attached
    pronoun, never after a proclitic is taken off (حولها ~ حول; كانتا is not ك + أنت)."""
    by_feat: dict[str, str] = {}
    by_key: dict[str, str] = {}
    phrases: dict[int, list] = defaultdict(list)
    bases: dict[str, str] = {}
    stop_bases: dict[str, str] = {}

    def add(term: str, gl: str, lang: str = "ar", by_stem: bool = True, stop: bool = False):
        term, gl = term.strip(), gl.strip()
        if not term or not gl or _lang(lang) != "ar":
            return
        nt = normalize(term).text
        k = key(nt)
        if k in by_key:
            return
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

    sources = [("glossary.csv", "term", "gloss", False), ("stopwords_ar.csv", "word", "gloss", True)]
    for name, tcol, gcol, stop in sources:
        try:
            for r in read_lexicon(name):
                add(r.get(tcol, ""), r.get(gcol, ""), r.get("lang") or "ar", stop=stop)
        except FileNotFoundError:
            pass
    try:
        cb = load_codebook()
        for p in cb.patterns.get("ar", []):
            if "*" not in p.text and "=" not in p.text:
                add(p.text, p.gloss)
    except (FileNotFoundError, ValueError):
        pass
    try:
        for e in load_gazetteer().entities.values():
            for a in e.aliases_ar:
                add(a, e.name_en, by_stem=False)
    except (FileNotFoundError, ValueError):
        pass
    return by_feat, by_key, dict(phrases), (bases, stop_bases)


def _feature_of_word(word: str, lang: str = "ar") -> str:
    """The feature of a word written in a glossary/pattern (article stripped)."""
    if _lang(lang) == "en" or not _AR_RE.match(word):
        w = _en_word(word)
        return stem(w, "en") if w[:1].isalpha() else w
    return _ar_stem(_without_article(word))


def _gloss_word(w: str) -> str | None:
    _, by_key, _, (bases, stop_bases) = _glossary()
    k = key(w)
    if k in by_key:
        return by_key[k]
    for r, _safe in _strips(w):  # most stripped reading first
        rk = key(r)
        if rk in by_key:
            return by_key[rk]
        g = bases.get(_base(rk)) or (stop_bases.get(_base(rk, _PRONOUNS)) if r == w else None)
        if g:
            return g
    return None


def gloss(term: str, lang: str = "ar", surface: str | None = None) -> str:
    """English gloss of an Arabic feature (stem), word or phrase.

    Looks up the surface (its key, then each clitic-stripped reading), then the
    feature; a phrase not in the glossary is glossed word by word, marked with
    ``≈``; ``(no gloss)`` when nothing is known.  English terms gloss as their
    surface (or themselves)."""
    if _lang(lang) == "en" or not _AR_RE.search(term or "") and not _AR_RE.search(surface or ""):
        return surface or term
    by_feat, by_key, phrases, _ = _glossary()
    if surface:
        words = normalize(surface).text.split()
        if len(words) == 1:
            g = _gloss_word(words[0])
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
            parts = [re.split(r"[;,]", _gloss_word(w) or "?")[0].split(" (")[0].strip() for w in words]
            return "≈ " + " ".join(parts)
    if term in by_feat:
        return by_feat[term]
    parts = term.split()
    if len(parts) > 1:
        return "≈ " + " ".join(by_feat.get(p, "?").split(";")[0].strip() for p in parts)
    return "(no gloss)"


@lru_cache(maxsize=WORD_CACHE)
def _gloss_cached(term: str, lang: str, surface: str | None) -> str:
    return gloss(term, lang, surface)
