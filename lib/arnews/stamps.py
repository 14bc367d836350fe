"""What each table of a build looked like when the build wrote it (``.cache/tables.json``:
size, modification time and SHA-256 of every file it lists), so that a rerun that finds its
inputs unchanged still notices a table cut short, overwritten or removed since, and rebuilds
instead of saying ``up to date`` over a broken folder.

A file whose size and modification time are unchanged is taken as unchanged (no hashing: a
rerun of snnall stays a fraction of a second); one whose modification time alone differs (a
copy made without keeping times) is hashed, and unchanged bytes still count as unchanged.
"""
from __future__ import annotations

import json
from pathlib import Path

STAMPS = Path(".cache") / "tables.json"


def record_tables(out: Path, written: list[str]) -> None:
    """Write the stamps of ``written`` (file names in ``out``) before ``build_info.json``."""
    from .store import atomic_write, file_sha256

    stamps = {}
    for fn in written:
        st = (out / fn).stat()
        stamps[fn] = [st.st_size, st.st_mtime_ns, file_sha256(out / fn)]
    (out / STAMPS).parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out / STAMPS, json.dumps(stamps, sort_keys=True, indent=0).encode())


def changed_table(out: Path, tables: list[str]) -> str | None:
    """The first of ``tables`` that is not as the last build wrote it, with the reason
    (``entities.parquet (cut short or grown: 8,000 bytes, written 15,713)``), else None.
    Without stamps (a build stopped before it wrote them) every table counts as changed."""
    from .store import file_sha256

    try:
        stamps = json.loads((out / STAMPS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stamps = None
    if not isinstance(stamps, dict):
        return f"{STAMPS} (the record of the tables) is missing or unreadable"
    for fn in tables:
        rec = stamps.get(fn)
        try:
            st = (out / fn).stat()
        except OSError:
            return f"{fn} (removed)"
        if not (isinstance(rec, list) and len(rec) == 3):
            return f"{fn} (not recorded by the last build)"
        size, mtime, sha = rec
        if st.st_size != size:
            return f"{fn} (cut short or grown: {st.st_size:,} bytes, written {size:,})"
        if st.st_mtime_ns != mtime:
            try:
                same = file_sha256(out / fn) == sha
            except OSError:
                same = False
            if not same:
                return f"{fn} (changed since the last build)"
    return None
