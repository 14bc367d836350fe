"""Where the curated research resources live (``data/lexicons/``).

The lexicons are data, not code: CSV/JSON files with an English gloss for
every entry.  Set ``ARNEWS_LEXICONS`` to use a different folder.
"""
from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def lexicon_dir() -> Path:
    env = os.environ.get("ARNEWS_LEXICONS")
    return Path(env) if env else PROJECT_ROOT / "data" / "lexicons"


def lexicon_path(name: str) -> Path:
    p = lexicon_dir() / name
    if not p.is_file():
        raise FileNotFoundError(f"{p}: lexicon missing (set ARNEWS_LEXICONS to its folder)")
    return p


@lru_cache(maxsize=32)
def read_lexicon(name: str) -> tuple[dict, ...]:
    """Rows of a CSV lexicon as dicts (cached; comment lines start with '#')."""
    with open(lexicon_path(name), encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return tuple(dict(r) for r in rows)
