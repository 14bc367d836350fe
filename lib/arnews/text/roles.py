"""Block roles: which blocks each kind of analysis reads (defined once for the project)."""
from __future__ import annotations

__all__ = ["ROLES", "TEXT_ROLES", "TOKEN_ROLES", "BODY"]

#: every role the block splitter assigns (:func:`arnews.blocks.assign_roles`)
ROLES = ("title", "dateline", "body", "caption", "byline", "source", "boilerplate", "code")
#: what the analyses read: never boilerplate, source, byline, dateline or code (web-page
#: CSS/JavaScript/HTML left by the crawler: not prose in any language)
TEXT_ROLES = ("title", "body", "caption")
#: what gets tokens in ``tokens.parquet``
TOKEN_ROLES = ("title", "dateline", "body", "caption", "byline")
#: what themes, keyness and topic models read
BODY = ("body",)
