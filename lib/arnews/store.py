"""Writing a build's output folder safely.

* The folder belongs to arnews only where arnews says so: a marker file
  (``.arnews-output.json``) lists every file a build wrote there.  A build refuses an
  output folder that is the corpus folder, or a non-empty folder without the marker,
  and removes only files the marker lists (a researcher's ``survey_2023.csv`` beside
  the tables is never touched).
* Every file is written under a temporary name and renamed into place; tables are
  never hard links into a cache, so editing an output never edits the cache.
* ``build_info.json`` is removed before any table changes and written last, so a build
  killed half-way is never taken for an up-to-date one.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pandas as pd

from . import schema as S

__all__ = ["MARKER", "OutputError", "claim_output", "lock_output", "release_output", "atomic_write", "write_table", "merge_parts",
           "finish_output", "file_sha256", "export_csv"]

MARKER = ".arnews-output.json"
ROW_GROUP_ROWS = 1_000_000  # merged Parquet tables are written in row groups of about this many rows
#: zstd level of the merged Parquet tables: about 10% smaller than the default on news text
#: (paragraphs 3.9 -> 3.3 MB on 2,000 SaudiNewsNet articles) for about 0.3 s more per table
MERGED_ZSTD_LEVEL = 9
INFO = "build_info.json"


class OutputError(Exception):
    """The output folder cannot be used (one-line message)."""


def _read_marker(out: Path) -> dict:
    try:
        m = json.loads((out / MARKER).read_text(encoding="utf-8"))
        return m if isinstance(m, dict) else {}
    except (OSError, ValueError):
        return {}


def claim_output(out: Path, corpus: Path) -> dict:
    """Check that ``out`` may hold a build of ``corpus``; create it; return the marker."""
    out = Path(out)
    if str(out).strip() == "":
        raise OutputError("--out is empty: name an output folder")
    try:
        if out.exists() and not out.is_dir():
            raise OutputError(f"{out}: --out is a file, not a folder")
        if corpus.resolve() == out.resolve():
            raise OutputError(f"{out}: --out is the corpus folder itself; choose another folder (a sub-folder is fine)")
        for parent in out.parents:
            if parent.exists() and not parent.is_dir():
                raise OutputError(f"{out}: {parent} is a file, not a folder")
        if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file() and not (out / INFO).is_file():
            raise OutputError(f"{out}: folder is not empty and is not an arnews output folder (no {MARKER}); "
                              "choose a new or empty folder")
        out.mkdir(parents=True, exist_ok=True)
    except PermissionError as e:
        raise OutputError(f"{out}: permission denied ({e.strerror})") from None
    except OSError as e:  # a read-only disk, a path under /proc, ...
        raise OutputError(f"{out}: cannot create the output folder ({e.strerror or e})") from None
    marker = _read_marker(out)
    try:
        if not (out / MARKER).is_file():
            # an output of an earlier arnews without the marker: only files named like its tables are ours
            legacy = [p.name for p in out.iterdir()
                      if p.suffix in (".csv", ".parquet") and p.stem in S.SCHEMAS and (out / INFO).is_file()]
            marker = {"tool": "arnews", "written": sorted(legacy)}
            atomic_write(out / MARKER, json.dumps(marker, indent=1).encode())
        else:  # a folder of an earlier build made read-only: say so before anything is removed
            probe = out / f".arnews-write-test.tmp{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
    except OSError as e:
        raise OutputError(f"{out}: cannot write into the output folder ({e.strerror or e})") from None
    locked = _read_only_cache(out)
    if locked:
        raise OutputError(f"{locked}: cannot write into the build's cache folder (permission denied); "
                          "make it writable or remove it (nothing was written)")
    return marker


def _read_only_cache(out: Path) -> Path | None:
    """The first folder of ``out/.cache`` (two levels down: ``chunks``, ``corpus`` and their
    entries) that this process cannot write into, else None: a build writes there only at
    its end, and failed naming a temporary file after every table was rewritten."""
    top = out / ".cache"
    dirs = [top]
    for sub in ("chunks", "corpus"):
        d = top / sub
        if d.is_dir() and not d.is_symlink():
            dirs.append(d)
            try:
                dirs += sorted(e for e in d.iterdir() if e.is_dir() and not e.is_symlink())
            except OSError:
                pass
    for d in dirs:
        if d.is_dir() and not os.access(d, os.W_OK | os.X_OK):
            return d
    return None


LOCK = ".arnews-build.lock"
_HELD: dict[str, int] = {}  # output folder -> the open lock file of this process's build into it


def lock_output(out: Path) -> None:
    """One build at a time into ``out``: a second one stops with one line instead of mixing
    its tables with the first one's (the lock is the kernel's: a killed build holds none)."""
    import fcntl

    key = os.path.realpath(out)
    if key in _HELD:
        return
    path = os.path.join(key, LOCK)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pid = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise OutputError(f"{out}: another build (process {pid}) is writing into this folder; "
                              "wait for it to finish or choose another --out") from None
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the build that held it removed the file as it ended: lock the new one
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    _HELD[key] = fd


def release_output(out: Path) -> None:
    """Give the lock of :func:`lock_output` back; the lock file goes with it (a finished build
    leaves no file of its own process behind: a rerun's folder equals a clean build's)."""
    key = os.path.realpath(out)
    fd = _HELD.pop(key, None)
    if fd is not None:
        try:
            os.unlink(os.path.join(key, LOCK))
        except OSError:
            pass
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError as e:  # (a read-only folder, a full disk): the error names the file, not its temporary name
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise type(e)(e.errno, e.strerror, str(path)) from None


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_table(name: str, df: pd.DataFrame, out: Path) -> str:
    """Conform ``df`` to its schema and write it atomically into ``out``; returns the file name."""
    fn = S.file_name(name)
    df = S.conform(name, df)
    tmp = out / f".{fn}.tmp{os.getpid()}"
    S.write(name, df, tmp, MERGED_ZSTD_LEVEL)
    os.replace(tmp, out / fn)
    return fn


class RowRanges:
    """Rows ``[start, start + n)`` of a merged Parquet table, read row group by row group (the
    last group read is kept: ranges asked in order decode each group once)."""

    def __init__(self, path: Path):
        import pyarrow.parquet as pq

        self.file = pq.ParquetFile(path)
        md = self.file.metadata
        self.bounds, pos = [], 0
        for i in range(md.num_row_groups):
            n = md.row_group(i).num_rows
            self.bounds.append((pos, pos + n))
            pos += n
        self.rows = pos
        self._last = (None, None)

    def _group(self, i: int):
        if self._last[0] != i:
            self._last = (i, self.file.read_row_group(i))
        return self._last[1]

    def read(self, start: int, n: int):
        import pyarrow as pa

        if start < 0 or n < 0 or start + n > self.rows:
            raise ValueError(f"rows {start}..{start + n} outside the table's {self.rows}")
        pieces = []
        for i, (a, b) in enumerate(self.bounds):
            if b <= start or a >= start + n:
                continue
            lo, hi = max(a, start), min(b, start + n)
            pieces.append(self._group(i).slice(lo - a, hi - lo))
        if not pieces:
            return self.file.schema_arrow.empty_table()
        return pa.concat_tables(pieces)


def merge_parts(name: str, sources: list, out: Path, each=None) -> tuple[str, list[int]]:
    """Concatenate a table's sources into its file, streaming; returns the file name and the
    rows each source gave.

    A source is a Parquet part (a path, already conformed) or ``(path, start, n)``: rows of
    the table as an earlier build wrote it (an unchanged chunk's rows, kept in the output
    instead of a second copy in the cache); that file is only replaced once the new one is
    complete.  ``each(i, table)`` (optional) receives every source's rows as Arrow."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    fn = S.file_name(name)
    tmp = out / f".{fn}.tmp{os.getpid()}"
    sc = S.schema(name)
    counts = []
    if sc.storage == "parquet":
        writer, pending, n = None, [], 0
        readers: dict = {}

        def flush():
            nonlocal pending, n
            if pending:
                writer.write_table(pa.concat_tables(pending))  # large row groups: one dictionary per column
            pending, n = [], 0

        try:
            for i, src in enumerate(sources):
                if isinstance(src, tuple):
                    path, start, k = src
                    if path not in readers:
                        readers[path] = RowRanges(path)
                    t = readers[path].read(start, k)
                else:
                    t = pq.read_table(src)
                if writer is None:
                    writer = pq.ParquetWriter(tmp, t.schema, compression="zstd", compression_level=MERGED_ZSTD_LEVEL)
                elif t.schema != writer.schema:
                    t = t.cast(writer.schema)
                counts.append(t.num_rows)
                if each is not None:
                    each(i, t)
                if t.num_rows:
                    pending.append(t)
                    n += t.num_rows
                    if n >= ROW_GROUP_ROWS:
                        flush()
            if writer is None:
                S.write(name, S.conform(name, pd.DataFrame(columns=sc.columns)), tmp)
            else:
                flush()
        finally:
            if writer is not None:
                writer.close()
    else:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            header = True
            for src in sources:
                if isinstance(src, tuple):
                    raise ValueError(f"{fn}: rows of an earlier build can only be taken from Parquet")
                df = S.read(name, src)
                counts.append(len(df))
                if len(df) or header:
                    df.to_csv(f, index=False, header=header, lineterminator="\n")
                    header = False
            if header:
                pd.DataFrame(columns=sc.columns).to_csv(f, index=False, lineterminator="\n")
    os.replace(tmp, out / fn)
    return fn, counts


def finish_output(out: Path, marker: dict, written: list[str], info: dict) -> None:
    """Remove the tables of an earlier build that this one no longer writes (only files the
    marker lists), record what was written, and write ``build_info.json`` last."""
    keep = set(written)
    for name in marker.get("written", []):
        if name not in keep and name not in (INFO, MARKER) and "/" not in name:
            try:
                (out / name).unlink()
            except OSError:
                pass
    marker = {"tool": "arnews", "written": sorted(keep | {INFO})}
    atomic_write(out / MARKER, json.dumps(marker, indent=1).encode())
    atomic_write(out / INFO, (json.dumps(info, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode())


def invalidate(out: Path) -> None:
    """Forget that ``out`` is up to date (before any table changes)."""
    try:
        (out / INFO).unlink()
    except FileNotFoundError:
        pass


EXPORT_MARKER = ".arnews-export.json"  # the CSV files an export wrote into its folder


def export_csv(processed: Path, dest: Path, log=print) -> list[str]:
    """Write every table of a build as UTF-8 CSV into ``dest`` (Parquet tables converted).

    A file already in ``dest`` is replaced only when an earlier export wrote it (listed in
    ``.arnews-export.json``): a manifest ``articles.csv`` or a researcher's ``topics.csv`` is never
    overwritten.  A table file that cannot be read is one line naming it."""
    processed, dest = Path(processed), Path(dest)
    if not (processed / INFO).is_file():
        raise OutputError(f"{processed}: no build here (no {INFO})")
    _check_export_folder(processed, dest)
    if dest.exists() and not dest.is_dir():
        raise OutputError(f"{dest}: --csv is a file, not a folder")
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{dest}: cannot create the CSV folder ({e.strerror or e})") from None
    sources = [p for p in sorted(processed.iterdir())
               if p.suffix in (".csv", ".parquet") and not p.name.startswith(".")]
    missing = _missing_tables(processed)
    if missing:  # (deleted or moved since the build: the export would be short of them, silently)
        log(f"arnews: note: {processed}: {len(missing)} of the build's tables missing, not exported: "
            f"{', '.join(missing[:8])}{', ...' if len(missing) > 8 else ''} (rebuild with `python -m arnews build --force`)")
    ours = set(_read_marker_file(dest / EXPORT_MARKER).get("written", []))
    todo = []
    for p in sources:
        target = dest / f"{p.stem}.csv"
        if target.exists() and target.resolve() == p.resolve():
            continue
        if (target.exists() or target.is_symlink()) and target.name not in ours:
            raise OutputError(f"{target}: already there and not written by `arnews export`; "
                              "choose another --csv folder (nothing was written)")
        todo.append((p, target))
    atomic_write(dest / EXPORT_MARKER, json.dumps({"tool": "arnews export", "written": sorted(
        ours | {t.name for _, t in todo})}, indent=1).encode())
    done = []
    for p, target in todo:
        tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
        try:
            if p.suffix == ".csv":
                shutil.copyfile(p, tmp)
            else:
                import pyarrow.parquet as pq

                try:
                    pf = pq.ParquetFile(p)
                    with open(tmp, "w", encoding="utf-8", newline="") as f:
                        header = True
                        for i in range(pf.num_row_groups):
                            pf.read_row_group(i).to_pandas().to_csv(f, index=False, header=header, lineterminator="\n")
                            header = False
                        if header:
                            f.write(",".join(pf.schema_arrow.names) + "\n")
                except ValueError as e:  # (Arrow's errors on a file cut short or overwritten)
                    from .tables import unreadable

                    raise OutputError(unreadable(p, e)) from None
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        done.append(target.name)
        log(f"arnews: wrote {target}")
    return done


def _missing_tables(processed: Path) -> list[str]:
    """The tables ``build_info.json`` lists that are not in the build folder (none when it cannot be read)."""
    try:
        tables = json.loads((processed / INFO).read_text(encoding="utf-8")).get("tables", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [t for t in tables if isinstance(t, str) and "/" not in t and not (processed / t).is_file()]


def _check_export_folder(processed: Path, dest: Path) -> None:
    """``--csv`` may not be the build folder itself (its CSV copies of Parquet tables would sit
    among the build's own files, listed by no marker, and a later build would take a stale
    ``paragraphs.csv`` for part of the folder), nor the build's corpus folder (the articles'
    folder is the user's own).  A sub-folder of either is fine."""
    try:
        info = json.loads((processed / INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        info = {}
    here = os.path.realpath(dest)
    if here == os.path.realpath(processed):
        raise OutputError(f"{dest}: --csv is the build folder itself; choose another folder "
                          "(a sub-folder is fine; nothing was written)")
    corpus = info.get("corpus") if isinstance(info, dict) else None
    if isinstance(corpus, str) and corpus and here == os.path.realpath(corpus):
        raise OutputError(f"{dest}: --csv is the corpus folder of this build; choose another folder "
                          "(a sub-folder is fine; nothing was written)")


def _read_marker_file(path: Path) -> dict:
    try:
        m = json.loads(path.read_text(encoding="utf-8"))
        return m if isinstance(m, dict) else {}
    except (OSError, ValueError):
        return {}
