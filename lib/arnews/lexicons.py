"""Where the curated research resources live, and the caches built from them.

The lexicons are data, not code: CSV/JSON files with an English gloss for
every entry, shipped inside the package (``arnews/data/lexicons/``,
:data:`DEFAULT_DIR`).  Set ``ARNEWS_LEXICONS`` (or pass ``--lexicons DIR`` to
``python -m arnews build|report``) to use a folder of your own;
``python -m arnews lexicons init DIR`` (:func:`init`) writes a copy of every
curated file to start from.

Caches.  A loader that reads lexicons is decorated with :func:`lexicon_cache`:
its cache is keyed on the current lexicon folder, resolved once per call (a
string from the environment, no filesystem access), so switching
``ARNEWS_LEXICONS`` within a session returns the new folder's rows.  A per-word
cache whose results depend on a loader is decorated with
:func:`lexicon_derived`: a plain ``lru_cache`` (no extra cost per word) that is
emptied whenever a loader, :func:`lexicon_dir` or :func:`sync` sees the folder
change.  :func:`reload` empties every one of them: call it after editing a
lexicon file in place.
"""
from __future__ import annotations

import csv
import os
import shutil
from contextlib import contextmanager
from functools import lru_cache, update_wrapper
from pathlib import Path

__all__ = ["DEFAULT_DIR", "lexicon_dir", "lexicon_path", "read_lexicon", "word_kinds", "kind_sets", "lexicon_files", "missing_files",
           "check_folder", "check_rows", "LexiconError", "init", "using", "reload", "sync", "lexicon_cache",
           "lexicon_derived", "notebooks_dir"]

ENV = "ARNEWS_LEXICONS"
PACKAGE_DIR = Path(__file__).resolve().parent
#: the curated lexicons shipped with the package
DEFAULT_DIR = PACKAGE_DIR / "data" / "lexicons"
_DEFAULT = str(DEFAULT_DIR)
#: the folder above ``lib/`` (meaningful only in a source checkout; see :data:`SOURCE_ROOT`)
PROJECT_ROOT = PACKAGE_DIR.parents[1]
#: the source checkout (with ``notebooks/`` and ``data/``) when the package runs from one, else None
SOURCE_ROOT = PROJECT_ROOT if (PROJECT_ROOT / "pyproject.toml").is_file() and (PROJECT_ROOT / "notebooks").is_dir() else None


def notebooks_dir() -> Path:
    """The research notebooks: ``notebooks/`` of the source checkout, else the copy in the installed package."""
    if SOURCE_ROOT is not None:
        return SOURCE_ROOT / "notebooks"
    return PACKAGE_DIR / "notebooks"


# --- caches keyed by the lexicon folder ------------------------------------------------

_keyed: list = []  # lru caches keyed by folder (lexicon_cache)
_derived: list = []  # per-word lru caches emptied when the folder changes (lexicon_derived)
_memos: list = []  # each loader's results for the folder of ``_seen`` (the fast path; lexicon_cache)
_seen = [None]  # the folder the caches last saw


# ``os.environ.get`` encodes the key and decodes the value on every call (about 5 µs); the
# loaders ask on every word, so the raw mapping behind ``os.environ`` (which its item
# assignment keeps current) is read directly where CPython has one.
_ENV_DATA = getattr(os.environ, "_data", None)
try:
    _ENV_KEY = os.environ.encodekey(ENV)
except AttributeError:  # pragma: no cover - not CPython's os._Environ
    _ENV_DATA = None
_raw_seen: list = [object(), None]  # the raw value last read and the folder it gave
_STALE = object()
# the raw environment value whose folder is ``_seen[0]`` (set by ``sync``, reset by ``reload``):
# while the environment still holds that very object, every memo below is current
_fresh: list = [_STALE]
#: loaders with a larger cache (per text, not per folder) keep only their ``lru_cache``
MEMO_MAXSIZE = 128


def _env_folder() -> str:
    if _ENV_DATA is None:  # pragma: no cover
        return os.environ.get(ENV) or _DEFAULT
    raw = _ENV_DATA.get(_ENV_KEY)
    if raw is not _raw_seen[0]:
        _raw_seen[0], _raw_seen[1] = raw, (os.environ.get(ENV) or _DEFAULT)
    return _raw_seen[1]


def sync() -> str:
    """The current lexicon folder (as a string); empties the per-word caches when it changed
    since the last call.  Loaders call it; so should a per-paragraph entry point whose
    per-word caches are reached without calling a loader."""
    where = _env_folder()
    if where != _seen[0]:
        for f in _derived:
            f.cache_clear()
        for m in _memos:
            m.clear()
        _seen[0] = where
    if _ENV_DATA is not None:
        _fresh[0] = _raw_seen[0]
    return where


def lexicon_cache(maxsize: int | None = 128):
    """``lru_cache`` for a loader derived from lexicons, keyed on the current lexicon folder
    and emptied by :func:`reload`.  The folder is resolved once per call.

    Hot path (loaders are asked per word): when the environment still holds the raw value
    :func:`sync` last resolved, a call without keyword arguments is one dict look-up in the
    loader's memo of the current folder's results (emptied with the ``lru_cache`` whenever the
    folder changes, by :func:`reload` and by ``cache_clear``)."""

    def deco(fn):
        cached = lru_cache(maxsize=maxsize)(lambda _where, *args, **kwargs: fn(*args, **kwargs))
        memo: dict = {}
        memoise = _ENV_DATA is not None and (maxsize is None or maxsize <= MEMO_MAXSIZE)
        room = maxsize

        def slow(where, args, kwargs):
            value = cached(where, *args, **kwargs)
            if memoise and not kwargs and where == _seen[0] and (room is None or len(memo) < room):
                memo[args] = value
            return value

        if memoise:
            env_get, env_key = _ENV_DATA.get, _ENV_KEY

            def wrapper(*args, **kwargs):
                if env_get(env_key) is _fresh[0] and not kwargs:
                    try:
                        return memo[args]
                    except KeyError:
                        pass
                return slow(sync(), args, kwargs)

            def current(*args, **kwargs):
                """The same, for the folder of the last :func:`sync` (no environment read: for
                per-word code whose per-paragraph caller has synced)."""
                if not kwargs:
                    try:
                        return memo[args]
                    except KeyError:
                        pass
                return slow(_seen[0] or sync(), args, kwargs)
        else:
            def wrapper(*args, **kwargs):
                # fast path of ``sync()``: the environment's raw value is the one last read and
                # the caches have seen its folder
                if _ENV_DATA is not None and _ENV_DATA.get(_ENV_KEY) is _raw_seen[0] and _raw_seen[1] == _seen[0]:
                    return cached(_seen[0], *args, **kwargs)
                return cached(sync(), *args, **kwargs)

            def current(*args, **kwargs):
                """The same, for the folder of the last :func:`sync` (no environment read: for
                per-word code whose per-paragraph caller has synced)."""
                return cached(_seen[0] or sync(), *args, **kwargs)

        def cache_clear():
            cached.cache_clear()
            memo.clear()

        update_wrapper(wrapper, fn)
        wrapper.current = current
        wrapper.cache_clear = cache_clear
        wrapper.cache_info = cached.cache_info
        _keyed.append(cached)
        _memos.append(memo)
        return wrapper

    return deco


def lexicon_derived(maxsize: int | None = 128):
    """``lru_cache`` for a per-word function whose results depend on a lexicon loader; it is
    emptied when a loader sees the lexicon folder change and by :func:`reload`."""

    def deco(fn):
        cached = lru_cache(maxsize=maxsize)(fn)
        _derived.append(cached)
        return cached

    return deco


def reload() -> None:
    """Empty every cache built from lexicons (after editing a lexicon file in place)."""
    for f in _keyed + _derived:
        f.cache_clear()
    for m in _memos:
        m.clear()
    _seen[0] = None
    _fresh[0] = _STALE


# --- files --------------------------------------------------------------------------------


def lexicon_dir() -> Path:
    """The lexicon folder in use: ``$ARNEWS_LEXICONS`` or :data:`DEFAULT_DIR`."""
    return Path(sync())


def lexicon_path(name: str) -> Path:
    p = lexicon_dir() / name
    if not p.is_file():
        raise FileNotFoundError(f"{p}: lexicon missing (set ARNEWS_LEXICONS to its folder)")
    return p


@lexicon_cache(maxsize=32)
def read_lexicon(name: str) -> tuple[dict, ...]:
    """Rows of a CSV lexicon as dicts (cached per folder; comment lines start with '#')."""
    with open(lexicon_path(name), encoding="utf-8", newline="") as f:
        rows = tuple(dict(r) for r in csv.DictReader(line for line in f if not line.startswith("#")))
    for r in rows:
        if None in r:  # more fields than the header: an unquoted comma in a gloss or note
            raise LexiconError(f"{lexicon_path(name)}: row {next(iter(r.values()), '')!r} has more fields than "
                               "the header (quote a field that holds a comma)")
    return rows


class LexiconError(ValueError):
    """A curated file that cannot be read as its kind of table (one line: the file and the reason)."""


def check_rows(path) -> None:
    """A ``LexiconError`` if a row of the CSV ``path`` has more fields than its header."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        width = len(next(rows, []))
        for r in rows:
            if len(r) > width:
                raise LexiconError(f"{path}: row {r[0]!r} has more fields than the header "
                                   "(quote a field that holds a comma)")


def word_kinds(name: str, kinds, fold=str.strip) -> dict:
    """``fold(word) -> kind`` of a glossed word list with ``word`` and ``kind`` columns (e.g.
    ``market_words.csv``); a kind outside ``kinds`` is a ``ValueError`` naming the file and the word."""
    out = {}
    for r in read_lexicon(name):
        kd = (r.get("kind") or "").strip()
        if kd not in kinds:
            raise ValueError(f"{name}: {r.get('word')}: kind must be one of {', '.join(kinds)}")
        out[fold((r.get("word") or "").strip())] = kd
    return out


def kind_sets(name: str, kinds, fold=str.strip) -> dict[str, frozenset]:
    """``kind -> frozenset`` of ``fold(word)`` of a glossed word list with ``word`` and ``kind`` columns (one file
    holding several sets, e.g. ``clock_words.csv``); a kind outside ``kinds``, or one of ``kinds`` without rows, is a
    ``ValueError`` naming the file."""
    words: dict[str, set] = {k: set() for k in kinds}
    for r in read_lexicon(name):
        kd, w = (r.get("kind") or "").strip(), (r.get("word") or "").strip()
        if kd not in words:
            raise ValueError(f"{name}: {w}: kind must be one of {', '.join(kinds)}")
        words[kd].add(fold(w))
    for k, v in words.items():
        if not v:
            raise ValueError(f"{name}: no rows of kind '{k}'")
    return {k: frozenset(v) for k, v in words.items()}


def lexicon_files() -> list[str]:
    """Names of the curated resources shipped with the package."""
    return sorted(p.name for p in DEFAULT_DIR.iterdir() if p.is_file() and not p.name.startswith("."))


def missing_files(folder) -> list[str]:
    """Curated resources absent from ``folder``."""
    folder = Path(folder)
    return [n for n in lexicon_files() if not (folder / n).is_file()]


def init(folder) -> list[Path]:
    """Write a copy of every curated resource (byte for byte, comment headers included) into
    ``folder`` (created if needed), to be edited and used with ``ARNEWS_LEXICONS`` / ``--lexicons``.

    Refuses, writing nothing, when any of the files already exists (``FileExistsError``)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder}: not a folder")
    names = lexicon_files()
    clash = [n for n in names if os.path.lexists(folder / n)]
    if clash:
        raise FileExistsError(f"{folder}: would overwrite {', '.join(clash)} (nothing written; choose an empty folder)")
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in names:
        with open(DEFAULT_DIR / n, "rb") as src, open(folder / n, "xb") as dst:
            shutil.copyfileobj(src, dst)
        out.append(folder / n)
    return out


def check_folder(folder) -> Path:
    """``folder`` resolved, if it holds every curated resource; else a one-line ``FileNotFoundError``."""
    p = Path(folder).expanduser()
    if not p.is_dir():
        raise FileNotFoundError(f"{folder}: lexicon folder not found")
    missing = missing_files(p)
    if missing:
        raise FileNotFoundError(f"{folder}: lexicon folder lacks {', '.join(missing)} (copy them from {DEFAULT_DIR}, "
                                "or write a complete copy with `python -m arnews lexicons init NEWDIR`)")
    for name in lexicon_files():
        if name.endswith(".csv"):
            check_rows(p / name)
    return p.resolve()


@contextmanager
def using(folder):
    """Use the lexicons in ``folder`` inside the block: in this process and in the worker
    processes and notebook kernels started from it (it sets ``ARNEWS_LEXICONS``, and
    restores the previous value afterwards).  The folder must hold every curated file."""
    folder = check_folder(folder)
    old = os.environ.get(ENV)
    os.environ[ENV] = str(folder)
    try:
        yield folder
    finally:
        if old is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = old
