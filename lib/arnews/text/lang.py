"""One rule for the language of a paragraph (used by every analysis).

A paragraph's language is the language of most of its words: Arabic-script words
against Latin-script words.  A paragraph with fewer than ``MIN_WORDS`` words (a
caption of two names, a number) takes its article's language.  Latin-script text
in an article declared ``vi`` stays ``vi``; Latin text with Vietnamese letters is
``vi``; other Latin text is ``en``.  A block of web-page code (role ``code``) has no
language: ``zxx`` (ISO 639 "no linguistic content"), never English prose.  Counting
words (not letters or tokens of any kind) is what keeps a few Latin tokens (``SMS``,
``Mobily``, a brand) in an Arabic paragraph from making it English.  :func:`rules` maps a language to the rule set
the analyses have (``ar`` or ``en``; Vietnamese and anything Latin use ``en``).
"""
from __future__ import annotations

import re

__all__ = ["MIN_WORDS", "paragraph_lang", "rules", "article_lang"]

MIN_WORDS = 3
_VI = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def article_lang(lang) -> str:
    """An article's declared language, tidied (``""`` when unknown)."""
    lang = (lang if isinstance(lang, str) else "").strip().lower()
    return lang[:2] if lang[:2] in ("ar", "en", "vi") else lang


def paragraph_lang(n_arabic: int, n_latin: int, article: str = "", latin_text: str = "", role: str = "") -> str:
    """Language of a paragraph from its word counts by script.

    ``article`` is the article's declared language; ``latin_text`` (optional) is used
    to tell Vietnamese from English when the article does not say; ``role`` ``code``
    gives ``zxx``.
    """
    if role == "code":
        return "zxx"
    article = article_lang(article)
    if n_arabic + n_latin < MIN_WORDS:
        if article:
            return article
        return "ar" if n_arabic >= n_latin and n_arabic else ("en" if n_latin else "ar")
    if n_arabic >= n_latin:
        return "ar"
    if article in ("en", "vi"):
        return article
    return "vi" if _VI.search(latin_text) else "en"


def rules(lang: str) -> str:
    """The analyses' rule set for a language: ``ar`` or ``en``."""
    return "ar" if article_lang(lang) in ("ar", "") else "en"
