"""The shared text model: one paragraph model, one tokeniser, one language rule, one set of roles.

=====================  ==================================================
``Paragraph``           a block: original, normalised (with offsets), key
                        text, tokens, language (:mod:`.paragraph`)
``paragraphs_of(df)``   the models of a paragraphs table, made once
``shared_models(df)``   their tokens made once for every corpus-level hook
``scan(text)``          the tokeniser (:mod:`.tokenizer`)
``paragraph_lang``      the language rule (:mod:`.lang`)
``TEXT_ROLES`` ...      which blocks each analysis reads (:mod:`.roles`)
=====================  ==================================================
"""
from .lang import article_lang, paragraph_lang, rules
from .paragraph import ModelCore, Paragraph, Paragraphs, make_paragraph, paragraphs_of, shared_models
from .roles import BODY, ROLES, TEXT_ROLES, TOKEN_ROLES
from .tokenizer import NUMBER_KINDS, TOKEN_RE, WORD_KINDS, scan

__all__ = [
    "Paragraph", "Paragraphs", "make_paragraph", "paragraphs_of", "shared_models", "ModelCore",
    "scan", "TOKEN_RE", "WORD_KINDS", "NUMBER_KINDS",
    "paragraph_lang", "article_lang", "rules",
    "ROLES", "TEXT_ROLES", "TOKEN_ROLES", "BODY",
]
