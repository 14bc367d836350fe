"""The concept (synonym class) lexicon ``synonyms_ar.csv`` and the analysis of a key text
into words with their concepts and the boundaries between them."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key, normalize
from ..text import make_paragraph
from ..tokens import AR, stem
from .base import (B_DASH as _B_DASH, B_COMMA as _B_COMMA, B_HARD as _B_HARD, B_NONE as _B_NONE, _COMMA, _DASH, _HARD,
                   _QUOTES, key_text as _key_text, lang_of as _lang)


@dataclass(frozen=True)
class _ConceptLexicon:
    single: dict  # (lang, form) -> concept
    stems: dict  # (lang, stem) -> concept (None when ambiguous)
    multi: dict  # (lang, first form) -> [(rest forms tuple, concept)], longest first
    weight: dict  # concept -> base weight


@lru_cache(maxsize=WORD_CACHE)
def _bare_forms(w: str) -> tuple[str, ...]:
    """``w`` and its forms without proclitics (و ف, ب ل ك, ال; لل = ل + ال), longest first."""
    out = [w]

    def add(x):
        if len(x) >= 2 and x not in out:
            out.append(x)

    a = w
    if len(a) > 2 and a[0] in "وف":
        a = a[1:]
        add(a)
    for x in list(out):
        if len(x) > 2 and x[0] in "بلك":
            if x.startswith("لل") and len(x) > 3:
                add("ال" + x[2:])
            add(x[1:])
    for x in list(out):
        if x.startswith("ال") and len(x) > 3:
            add(x[2:])
    return tuple(out)


_AR_FIRST = re.compile(f"[{AR}]").match  # (compiled once: asked per new word type)


def _form_key(form: str, lang: str) -> str:
    return key(form).strip() if lang == "ar" else form.strip().lower()


def _stem(w: str, lang: str) -> str:
    return stem(w, "en" if lang == "en" else "ar")


@lexicon_cache(maxsize=1)
def concept_lexicon() -> _ConceptLexicon:
    single, stems_, multi, weight = {}, {}, defaultdict(list), {}
    stripped = {}  # forms without al-: used only when no form is written that way
    for r in read_lexicon("synonyms_ar.csv"):
        concept = (r.get("concept") or "").strip()
        form = (r.get("form") or "").strip()
        lang = _lang(r.get("lang"))
        if not concept or not form:
            continue
        w = float(r.get("weight") or 1)
        weight[concept] = max(weight.get(concept, 0.0), w)
        words = _form_key(form, lang).split()
        if len(words) == 1:
            f = words[0]
            single.setdefault((lang, f), concept)
            if lang == "ar" and f.startswith("ال") and len(f) > 3:
                stripped.setdefault((lang, f[2:]), concept)
            s = _stem(f, lang)
            base = f[2:] if lang == "ar" and f.startswith("ال") else f
            if lang == "ar" and s and not s.startswith(base[:1]):
                s = ""  # the stemmer took a root letter for a clitic (فقراء -> قراء 'readers')
            if len(s) >= 3:
                prev = stems_.get((lang, s), concept)
                stems_[(lang, s)] = concept if prev == concept else None
        else:
            multi[(lang, words[0])].append((tuple(words[1:]), concept))
    for k, c in stripped.items():
        single.setdefault(k, c)
    for k in multi:
        multi[k].sort(key=lambda t: -len(t[0]))
    weight.setdefault("FUNC", 0.0)
    weight.setdefault("FRAME", 0.0)
    return _ConceptLexicon(single, stems_, dict(multi), weight)


_concept_lexicon = concept_lexicon  # the old name, still used in this module


@lexicon_derived(maxsize=WORD_CACHE)
def _lookup(w: str, lang: str) -> tuple[str, str]:
    """``(concept, matched form)`` of one key-normalised word; unknown words -> ``w:<stem>``."""
    lex = _concept_lexicon.current()
    if lang == "en":
        lw = w.lower()
        c = lex.single.get(("en", lw))
        if c:
            return c, lw
        s = _stem(lw, "en")
        c = lex.stems.get(("en", s))
        return (c, lw) if c else ("w:" + s, lw)
    forms = _bare_forms(w)
    for f in forms:
        c = lex.single.get(("ar", f))
        if c:
            return c, f
    for f in forms:
        s = _stem(f, "ar")
        c = lex.stems.get(("ar", s)) if len(s) >= 3 else None
        if c:
            return c, f
    if not _AR_FIRST(w):
        return "w:" + w.lower(), w
    return "w:" + _stem(w, "ar"), w


class _Word(NamedTuple):
    start: int  # offsets in the analysed (key) text
    end: int
    text: str
    concept: str  # "" for function words
    form: str  # the form that matched the lexicon (proclitics stripped)


@lexicon_derived(maxsize=WORD_CACHE)
def _word_plan(w: str, lang: str, lexical: bool) -> tuple[tuple, str, str]:
    """Per word type (``w`` as the matcher reads it: key form, lower-cased when not Arabic):
    ``(multi, concept, form)``, where ``multi`` lists the multi-word forms that may start
    with it as ``(first form, rest forms, concept)`` in matching order (``lexical``: a word
    or Latin token, the only kinds that start one), and ``(concept, form)`` is its own
    reading (function words -> ``""``)."""
    lex = _concept_lexicon.current()
    multi = ()
    if lexical:
        firsts = _bare_forms(w) if lang == "ar" else (w,)
        multi = tuple((f, rest, concept) for f in firsts for rest, concept in lex.multi.get((lang, f), ()))
    concept, form = _lookup(w, lang)
    return multi, ("" if concept == "FUNC" else concept), form


def analyse(ktext: str, lang: str, toks=None) -> tuple[list[_Word], list[int]]:
    """Words of a key-normalised text with their concepts, and the boundary strength
    before each word (``brk[i]`` between word i-1 and word i); ``toks``: the text's
    tokens when already known (:func:`_key_tokens`)."""
    if toks is None:
        p = make_paragraph(ktext, lang)
        return _analyse_tokens(ktext, lang, p.kinds, p.starts, p.ends)
    return _analyse_tokens(ktext, lang, [t.kind for t in toks], [t.start for t in toks], [t.end for t in toks])


_analyse = analyse  # the old name, still used in this module


#: boundary strength of a punctuation token (its key surface); others break nothing
_PUNCT_BREAK = {**{c: _B_COMMA for c in _COMMA}, **{c: _B_DASH for c in _DASH},
                **{c: _B_HARD for c in _HARD | _QUOTES}}
#: token kinds read as a figure (``w:#``) or as a function word
_FIGURE_KINDS = frozenset(("number", "code", "date", "time", "phone"))
_new_word = tuple.__new__  # _Word(...) without the keyword-argument constructor (one per word)


def _analyse_tokens(ktext: str, lang: str, kinds, starts, ends) -> tuple[list[_Word], list[int]]:
    """:func:`analyse` of the tokens given as parallel lists (offsets into ``ktext``)."""
    _concept_lexicon()  # syncs the lexicon folder for the per-word caches below
    words: list[_Word] = []
    brk: list[int] = []
    pending = _B_NONE
    punct_break = _PUNCT_BREAK
    # the non-punctuation tokens as parallel lists, with the boundary before each
    rk, rs, re_, rt, rb = [], [], [], [], []
    for kd, a, b in zip(kinds, starts, ends):
        if kd == "punct":
            s = punct_break.get(ktext[a:b], _B_NONE)
            if s > pending:
                pending = s
            continue
        rk.append(kd)
        rs.append(a)
        re_.append(b)
        rt.append(ktext[a:b])
        rb.append(pending)
        pending = _B_NONE
    ar = lang == "ar"
    low = rt if ar else [x.lower() for x in rt]
    new, W, plan, figure = _new_word, _Word, _word_plan, _FIGURE_KINDS
    append_w, append_b = words.append, brk.append
    i, n = 0, len(rk)
    while i < n:
        kind, b = rk[i], rb[i]
        w = low[i]
        if kind in figure:
            append_w(new(W, (rs[i], re_[i], rt[i], "w:#", w)))
            append_b(b)
            i += 1
            continue
        if kind == "clitic":
            append_w(new(W, (rs[i], re_[i], rt[i], "", w)))
            append_b(b)
            i += 1
            continue
        multi, concept, form = plan(w, lang, kind == "word" or kind == "latin")
        if multi:
            done = False
            for f, rest, mconcept in multi:
                k = len(rest)
                if i + k > n - 1:
                    continue
                ok = True
                for d, r in enumerate(rest, start=1):
                    ww = low[i + d]
                    if rb[i + d] != _B_NONE or (ww != r and (not ar or r not in _bare_forms(ww))):
                        ok = False
                        break
                if ok:
                    append_w(new(W, (rs[i], re_[i + k], ktext[rs[i]:re_[i + k]], mconcept if mconcept != "FUNC" else "", f)))
                    append_b(b)
                    i += k + 1
                    done = True
                    break
            if done:
                continue
        append_w(new(W, (rs[i], re_[i], rt[i], concept, form)))
        append_b(b)
        i += 1
    return words, brk


def paragraph_words(p, lang: str) -> tuple[list[_Word], list[int]]:
    """:func:`analyse` of a :class:`arnews.text.Paragraph`'s key text with ``lang``'s rules,
    read from the shared token lists.  Not kept in ``p.memo``: one object per word alive for
    the whole chunk made the garbage collector's full passes cost more (snn300: slogans
    0.8 -> 1.3 s) than analysing again for the campaign candidates (0.2 s).  What is kept
    is one set per paragraph, the concepts its words carry (:func:`paragraph_concepts`)."""
    words, brk = _analyse_tokens(_key_text(p, lang), lang, p.kinds, p.starts, p.ends)
    p.memo[("concepts", lang)] = frozenset([w[3] for w in words])
    return words, brk


def paragraph_concepts(p, lang: str) -> frozenset | None:
    """The concepts (``""`` for function words) of the words of :func:`paragraph_words`, as
    remembered on the paragraph by its last analysis (None before any): a later analysis that
    needs a concept the paragraph lacks skips the words."""
    return p.memo.get(("concepts", lang))


def concepts(phrase: str, lang: str | None = None) -> list[tuple[str, str]]:
    """``(word, concept)`` pairs of a phrase, as the campaign matcher sees them."""
    lang = _lang(lang, phrase)
    kt = key(phrase) if lang == "ar" else normalize(phrase).text
    words, _ = _analyse(kt, lang)
    return [(w.text, w.concept or "FUNC") for w in words]
