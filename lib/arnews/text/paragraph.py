"""The shared paragraph model: every block normalised, keyed and tokenised once.

A :class:`Paragraph` holds the original text of one block, its normalised text with
the offset map back (:class:`arnews.normalize.NormText`), its matching-key text
(length-preserving relative to the normalised text), its tokens as parallel lists
(:func:`arnews.text.tokenizer.scan`) and its resolved language
(:func:`arnews.text.lang.paragraph_lang`).  The build makes one per block
(:func:`paragraphs_of`) and hands the same objects to every analysis, textacy's
``Doc`` being the model: many extractors, one representation.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from ..normalize import DEFAULT_STEPS, TATWEEL, NormText, normalize_text, translator
from .lang import article_lang, paragraph_lang, rules
from .tokenizer import scan

__all__ = ["Paragraph", "Paragraphs", "paragraphs_of", "make_paragraph", "shared_models", "ModelCore"]

#: language string -> :func:`arnews.text.lang.rules` (a pure function of a handful of values)
_RULES: dict = {}


@dataclass(eq=False)
class Paragraph:
    """One block of one article (see the module docstring)."""

    article_id: str
    paragraph: int
    role: str
    text: str  # original, exact
    norm: NormText  # .text normalised, .to_original(s, e) back to ``text``
    ktext: str  # key text: normalised + alef/ya/teh-marbuta folding, same length as norm.text
    kinds: list  # token kinds (see tokenizer)
    starts: list  # token offsets into norm.text / ktext
    ends: list
    toks: list  # token surfaces in norm.text
    lang: str  # resolved paragraph language (ar, en, vi)
    article_lang: str = ""
    #: results that several analyses read, computed once per paragraph (e.g. campaign matches)
    memo: dict = field(default_factory=dict, repr=False)

    @cached_property
    def ntext(self) -> str:
        """The normalised text (``norm.text``; remembered on the instance: the name rules read it per token pair)."""
        return self.norm.text

    @cached_property
    def rules(self) -> str:
        """The rule set the analyses apply: ``ar`` or ``en`` (the name rules ask per token:
        remembered per language string, and on the paragraph once read: ``lang`` is not reassigned)."""
        lang = self.lang
        got = _RULES.get(lang) if isinstance(lang, str) else None
        if got is None:
            got = rules(lang)
            if isinstance(lang, str) and len(_RULES) < 256:
                _RULES[lang] = got
        return got

    # (cached properties: computed on first use, then a plain attribute of the instance; the
    # name rules read them about a million times per MB)
    @cached_property
    def keys(self) -> list:
        """Per token: the key form (Arabic folded, Latin lower-cased)."""
        k = self.ktext
        return [k[a:b] if kd == "word" else t.lower() for kd, a, b, t in zip(self.kinds, self.starts, self.ends, self.toks)]

    @cached_property
    def fkeys(self) -> list:
        """Per token: ``normalize.key`` of its surface (the key text's slice: Latin case kept),
        computed once for the paragraph instead of once per question."""
        k = self.ktext
        return [k[a:b] for a, b in zip(self.starts, self.ends)]

    def token_at(self) -> tuple[dict, dict]:
        """``(start -> token, end -> token)``: the token that starts or ends at a normalised offset
        (memoised; the name rules map found spans back to tokens)."""
        got = self.memo.get("token_at")
        if got is None:
            got = self.memo["token_at"] = ({s: t for t, s in enumerate(self.starts)},
                                           {e: t for t, e in enumerate(self.ends)})
        return got

    @property
    def n_words(self) -> int:
        return sum(1 for kd in self.kinds if kd == "word" or kd == "latin")

    def tokens(self) -> list:
        """The tokens as ``Token(start, end, text, kind)`` tuples (offsets into ``ntext``)."""
        from ..tokens import Token

        return [Token(a, b, t, kd) for kd, a, b, t in zip(self.kinds, self.starts, self.ends, self.toks)]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a normalised span."""
        return self.norm.to_original(start, end)


_DEFAULT_TABLE = None
_KEY_TABLE = None


def make_paragraph(text: str, article_lang_: str = "", article_id: str = "", paragraph: int = 0, role: str = "body",
                   norm_text: str | None = None) -> Paragraph:
    """Build the model of one block (``norm_text``: its normalised text when already known)."""
    global _DEFAULT_TABLE, _KEY_TABLE
    if _DEFAULT_TABLE is None:  # (text.translate of each table: arnews.normalize.translator)
        _DEFAULT_TABLE, _KEY_TABLE = translator("default"), translator("key")
    text = text if isinstance(text, str) else ""
    ntext = norm_text if norm_text is not None else _normalised(text)
    core = _SHARED.get((article_id, paragraph)) if _SHARED else None
    if core is None or core.ntext != ntext or core.text != text:
        core = _core(text, ntext)
    lang = paragraph_lang(core.n_ar, core.n_lat, article_lang_, core.latin_text, role)
    return Paragraph(
        article_id=article_id,
        paragraph=int(paragraph),
        role=role,
        text=text,
        norm=core.norm,
        ktext=core.ktext,
        kinds=core.kinds,
        starts=core.starts,
        ends=core.ends,
        toks=core.toks,
        lang=lang,
        article_lang=article_lang(article_lang_),
    )


class ModelCore(NamedTuple):
    """What a paragraph model holds that depends only on its text and normalised text: its offset
    map, key text, tokens and what the language rule counts (never mutated: models share it)."""

    text: str
    ntext: str
    norm: NormText
    ktext: str
    kinds: list
    starts: list
    ends: list
    toks: list
    n_ar: int
    n_lat: int
    latin_text: str


def _core(text: str, ntext: str) -> ModelCore:
    kinds, starts, ends, toks = scan(ntext)
    n_ar = kinds.count("word")
    n_lat = kinds.count("latin")
    latin_text = " ".join(t for kd, t in zip(kinds, toks) if kd == "latin") if n_lat > n_ar else ""
    return ModelCore(text, ntext, NormText(text, ntext, DEFAULT_STEPS), _KEY_TABLE(ntext), kinds, starts, ends, toks,
                     n_ar, n_lat, latin_text)


#: ``(article_id, paragraph) -> ModelCore`` of the paragraphs shared while :func:`shared_models` is
#: active (the corpus-level hooks, forked after it was filled, inherit it); None otherwise
_SHARED: dict | None = None


@contextmanager
def shared_models(paragraphs):
    """Within: :func:`make_paragraph` (and so :func:`paragraphs_of`) of a block of ``paragraphs``
    (a DataFrame with ``article_id``, ``paragraph``, ``text`` and optionally ``text_norm``) reuses
    the tokens, key text and offset map made here once, when its text and normalised text are the
    same, instead of scanning again (the corpus-level hooks that remake paragraph models from the
    paragraphs table: one rebuild per build).  Each call still returns a new :class:`Paragraph`
    (its own ``memo``, its own language: the article language asked for), equal to one made
    without the store.  ``paragraphs`` None: nothing shared."""
    global _SHARED
    before = _SHARED
    if paragraphs is not None:
        global _DEFAULT_TABLE, _KEY_TABLE
        if _DEFAULT_TABLE is None:
            _DEFAULT_TABLE, _KEY_TABLE = translator("default"), translator("key")
        store: dict = {}
        n = len(paragraphs)
        pars = paragraphs["paragraph"].tolist() if "paragraph" in paragraphs.columns else list(range(n))
        norms = paragraphs["text_norm"].tolist() if "text_norm" in paragraphs.columns else [None] * n
        for aid, par, text, nt in zip(paragraphs["article_id"].astype(str).tolist(), pars,
                                      paragraphs["text"].tolist(), norms):
            text = text if isinstance(text, str) else ""
            store[(aid, int(par))] = _core(text, nt if isinstance(nt, str) and nt else _normalised(text))
        del pars, norms  # (the column lists are not kept while the hooks run; review of speed51, nit 9)
        _SHARED = store
    try:
        yield _SHARED
    finally:
        _SHARED = before


def _normalised(text: str) -> str:
    """The normalised text :func:`make_paragraph` makes of ``text`` when not given one."""
    if "&" in text or TATWEEL in text:  # HTML references, a tatweel that may be a dash: normalize_text
        return normalize_text(text)
    return _DEFAULT_TABLE(text)


class Paragraphs(list):
    """The paragraph models of some articles, in table order (a list of :class:`Paragraph`).

    ``frame`` is the paragraphs table they were made from (when there is one)."""

    frame = None  # the paragraphs table they were made from

    def select(self, roles=None) -> list[Paragraph]:
        """The paragraphs whose role is in ``roles`` (all when None)."""
        if roles is None:
            return list(self)
        roles = frozenset(roles)
        return [p for p in self if p.role in roles]


def _article_langs(paragraphs, articles) -> dict:
    if articles is None or not len(articles):
        return {}
    idcol = "article_id" if "article_id" in articles.columns else "id"
    for col in ("language", "lang"):
        if col in articles.columns and idcol in articles.columns:
            return dict(zip(articles[idcol].astype(str), articles[col].fillna("").astype(str)))
    return {}


def paragraphs_of(paragraphs, articles=None) -> Paragraphs:
    """The paragraph models of a paragraphs table (or the same object when already made).

    The table needs ``article_id``, ``paragraph`` and ``text``; ``role`` defaults to body;
    the article language comes from ``articles`` (``language``/``lang``), else from the
    table's ``article_lang`` or ``lang`` column, and each paragraph's own language is
    then resolved from its words (:mod:`arnews.text.lang`)."""
    if isinstance(paragraphs, Paragraphs):
        return paragraphs
    out = Paragraphs()
    if paragraphs is None or len(paragraphs) == 0:
        out.frame = paragraphs
        return out
    df = paragraphs
    n = len(df)
    alang = _article_langs(df, articles)
    ids = df["article_id"].astype(str).tolist()
    pars = df["paragraph"].tolist() if "paragraph" in df.columns else list(range(n))
    roles = df["role"].tolist() if "role" in df.columns else ["body"] * n
    texts = df["text"].tolist()
    norms = df["text_norm"].tolist() if "text_norm" in df.columns else [None] * n
    for col in ("article_lang", "lang"):
        if col in df.columns:
            own = df[col].fillna("").astype(str).tolist()
            break
    else:
        own = [""] * n
    for aid, par, role, text, nt, ol in zip(ids, pars, roles, texts, norms, own):
        al = alang.get(aid) or ol
        text = text if isinstance(text, str) else ""
        nt = nt if isinstance(nt, str) and nt else None
        out.append(make_paragraph(text, al, aid, par, role if isinstance(role, str) else "body", nt))
    out.frame = df
    return out
