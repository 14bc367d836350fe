"""Shared helper of the names tests: ``names(text)`` -> ``[(surface, type), ...]`` of
:func:`arnews.entities.find_names`, in text order."""
from __future__ import annotations

from arnews.entities import find_names


def names(text):
    df = find_names(text)
    return [(r.surface, r.type) for r in df.itertuples()]
