"""What each table of a build looked like when the build wrote it (``.cache/tables.json``:
size, modification time and SHA-256 of every file it lists), so that a rerun that finds its
inputs unchanged still notices a table cut short, overwritten or removed since, and rebuilds
instead of saying ``up to date`` over a broken folder.

A file whose size and modification time are unchanged is taken as unchanged (no hashing: a
rerun of snnall stays a fraction of a second); one whose modification time alone differs (a
copy made without keeping times, ``cp -r``) is hashed, and unchanged bytes still count as
unchanged: its stamp then takes the new time, so that the next rerun does not hash it again.

The build hashes its Parquet tables as it merges them and its corpus-level tables as they are
written or reused (:func:`hashed`); :func:`record_tables` reuses those hashes (a table of 30,000
articles is not read twice) when the file's size and time are still those seen when it was hashed.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

STAMPS = Path(".cache") / "tables.json"
#: a file modified less than this many seconds ago is never given a new stamp time without its
#: bytes being hashed again later (its writer may not be done: the time would not show a change)
SETTLED_S = 2.0


def hashed(path: Path, seen: dict | None = None) -> str:
    """The SHA-256 of ``path``; with ``seen``, also ``seen[name] = [size, mtime_ns, sha]`` when
    the file's size and time were the same before and after hashing (else nothing is recorded,
    and :func:`record_tables` hashes it again)."""
    from .store import file_sha256

    path = Path(path)
    before = path.stat()
    sha = file_sha256(path)
    if seen is not None:
        after = path.stat()
        if (before.st_size, before.st_mtime_ns, before.st_ino) == (after.st_size, after.st_mtime_ns, after.st_ino):
            seen[path.name] = [after.st_size, after.st_mtime_ns, sha]
    return sha


def record_tables(out: Path, written: list[str], seen: dict | None = None) -> None:
    """Write the stamps of ``written`` (file names in ``out``) before ``build_info.json``;
    ``seen``: stamps of the files the build hashed already (:func:`hashed`), reused when the
    file's size and time are unchanged since."""
    from .store import atomic_write

    stamps = {}
    seen = seen or {}
    for fn in written:
        st = (out / fn).stat()
        rec = seen.get(fn)
        if isinstance(rec, list) and len(rec) == 3 and rec[:2] == [st.st_size, st.st_mtime_ns]:
            stamps[fn] = list(rec)
        else:
            stamps[fn] = [st.st_size, st.st_mtime_ns, hashed(out / fn)]
    (out / STAMPS).parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out / STAMPS, json.dumps(stamps, sort_keys=True, indent=0).encode())


def changed_table(out: Path, tables: list[str]) -> str | None:
    """The first of ``tables`` that is not as the last build wrote it, with the reason
    (``entities.parquet (cut short or grown: 8,000 bytes, written 15,713)``), else None.
    Without stamps (a build stopped before it wrote them) every table counts as changed.
    When every table is unchanged and some were hashed (their time alone differed: a copy),
    their stamps take the files' times (when the stamps can be written: a read-only copy
    is hashed again next time)."""
    from .store import atomic_write

    try:
        stamps = json.loads((out / STAMPS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stamps = None
    if not isinstance(stamps, dict):
        return f"{STAMPS} (the record of the tables) is missing or unreadable"
    retimed = {}
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
            seen: dict = {}
            try:
                same = hashed(out / fn, seen) == sha
            except OSError:
                same = False
            if not same:
                return f"{fn} (changed since the last build)"
            if fn in seen and time.time() - seen[fn][1] / 1e9 >= SETTLED_S:
                retimed[fn] = seen[fn]
    if retimed:
        try:
            atomic_write(out / STAMPS, json.dumps({**stamps, **retimed}, sort_keys=True, indent=0).encode())
        except OSError:
            pass
    return None
