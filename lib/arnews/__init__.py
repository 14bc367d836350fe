"""arnews: loading, Arabic normalisation and analysis of a corpus of Arabic news articles.

The public API fits on one screen:

=========================  =====================================================
Corpus                     ``read_corpus(dir)``, ``read_article(path)``
Normalisation              ``normalize(text) -> NormText``, ``key(text)``
Tokens                     ``tokenize(text)``, ``tokenize_spans(text)``,
                           ``stem(word)``, ``stopwords(lang)``
Build / tables             ``build(corpus, out)``, ``load_tables(processed)``
Quantities                 ``extract_quantities(text, lang)``
Topics                     ``dictionary_lookup``, ``textstat_keyness``
Rhetoric                   ``kwic(paragraphs, pattern)``, ``match_campaign``
Display                    ``show(df)``, ``md(template, **values)``
=========================  =====================================================

Analysis functions are imported lazily so that ``import arnews`` stays fast.
"""
__version__ = "0.1.0"

from .corpus import read_article, read_corpus  # noqa: E402
from .normalize import NormText, key, normalize  # noqa: E402
from .tokens import stem, stopwords, tokenize, tokenize_spans  # noqa: E402

_LAZY = {
    "build": ("arnews.build", "build"),
    "load_tables": ("arnews.build", "load_tables"),
    "extract_quantities": ("arnews.quantities", "extract_quantities"),
    "dictionary_lookup": ("arnews.themes", "dictionary_lookup"),
    "textstat_keyness": ("arnews.stats", "textstat_keyness"),
    "kwic": ("arnews.rhetoric", "kwic"),
    "match_campaign": ("arnews.rhetoric", "match_campaign"),
    "show": ("arnews.plotting", "show"),
    "md": ("arnews.plotting", "md"),
}

__all__ = [
    "__version__",
    "read_article",
    "read_corpus",
    "NormText",
    "key",
    "normalize",
    "stem",
    "stopwords",
    "tokenize",
    "tokenize_spans",
    *_LAZY,
]


def __getattr__(name):
    if name in _LAZY:
        import importlib

        mod, attr = _LAZY[name]
        return getattr(importlib.import_module(mod), attr)
    raise AttributeError(f"module 'arnews' has no attribute {name!r}")
