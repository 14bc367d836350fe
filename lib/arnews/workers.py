"""The build's worker processes: they die with the build, and a worker that dies is
reported in one line (:class:`BuildError`)."""
from __future__ import annotations

from contextlib import contextmanager
import os
import time


class BuildError(Exception):
    """A build that cannot go on; ``str()`` is a one-line message."""


def worker_init(parent: int) -> None:
    """Worker processes die with the build: the kernel kills them when the parent dies
    (Linux), and a watchdog thread checks the parent's pid elsewhere."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass
    _quiet_on_interrupt()
    import threading

    def watch():
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _quiet_on_interrupt() -> None:
    """Ctrl-C reaches the build's whole process group: a worker ends at once and silently (its
    KeyboardInterrupt traceback, one per worker, buried the build's one line), and the build
    itself says ``arnews: interrupted``.  A SIGINT ignored by the shell stays ignored."""
    import signal

    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, lambda signum, frame: os._exit(128 + signum))


def killed_message(who: str, what: list[str]) -> str:
    """One line for a worker process that died without a Python error (the kernel's
    out-of-memory killer, a signal): what it was working on and what to try."""
    shown = ", ".join(what[:3]) + (f" and {len(what) - 3} more" if len(what) > 3 else "")
    return (f"{who} was killed while processing {shown} (out of memory, or a signal); "
            f"try --jobs 1, or split the largest files")


# --- memory: a worker's per-word caches bounded by its resident size --------------------------

#: a worker whose resident memory is above this many MB after a chunk empties its per-word
#: caches (``ARNEWS_WORKER_MB``; default 0: never, the caches' entries are bounded by
#: ``WORD_CACHE``).  For small machines only: memory freed by Python is not all given back,
#: so a limit near a worker's working size empties the caches after nearly every chunk (800
#: MB on all of SaudiNewsNet: workers stayed under 780 MB of PSS instead of 950, but the
#: article stage took 1.8 times as long); a worker empties them again only after growing
#: :data:`REGROW_MB` beyond its size after the last emptying
WORKER_MB = 0
REGROW_MB = 150
_after_last: list[float] = []  # resident MB after the last emptying in this process


def _resident_mb() -> float | None:
    """This process's resident memory in MB (Linux ``/proc``; None elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def word_caches() -> list:
    """The per-word caches of arnews (``functools.lru_cache`` of ``WORD_CACHE`` entries)
    of the modules imported so far, each once."""
    import functools
    import sys

    from .normalize import WORD_CACHE

    seen: dict[int, object] = {}
    for name, mod in list(sys.modules.items()):
        if name == "arnews" or name.startswith("arnews."):
            for v in list(vars(mod).values()):
                if isinstance(v, functools._lru_cache_wrapper) and v.cache_parameters()["maxsize"] == WORD_CACHE:
                    seen.setdefault(id(v), v)
    return list(seen.values())


def release_memory() -> None:
    """Give freed memory back to the system: Python's garbage, Arrow's pool and the C
    heap's free pages (glibc's ``malloc_trim``; nothing where it is not available)."""
    import gc

    gc.collect()
    try:
        import pyarrow as pa

        pa.default_memory_pool().release_unused()
    except Exception:
        pass
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except Exception:
        pass


#: allocations between two collections of the young generation while a chunk's articles are
#: processed (Python's default is 700): most of the analyses' temporaries die before they are scanned
YOUNG_GC = 20_000


@contextmanager
def chunk_heap(young: int = YOUNG_GC):
    """While a chunk's articles are processed, the young generation is collected every
    ``young`` allocations (the older generations' thresholds unchanged); the previous thresholds
    are restored on the way out.  The tables do not depend on when the collector runs."""
    import gc

    old = gc.get_threshold()
    gc.set_threshold(max(young, old[0]), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def settle_heap() -> None:
    """After a chunk, in a process that runs chunks for one build (the local engine's driver
    with ``--jobs 1``, or its pool workers): collect the garbage made since the last call, then
    freeze what survives (:func:`gc.freeze`).  The lexicons, word lists, ``wordfreq``'s tables
    and the per-word caches then sit in the permanent generation, and the collector's full passes
    scan only what the chunks made since (each call's collection too: the first one scans every
    object of the process).  What dies later is still freed by its reference count (a cache's
    evicted entries); only a frozen object that ends in a reference cycle waits for
    :func:`gc.unfreeze`, which the driver calls after its chunks (pool workers end with the
    pool).  The tables do not depend on when the collector runs."""
    import gc

    gc.collect()
    gc.freeze()


@contextmanager
def frozen_heap():
    """Collect the garbage once, then freeze what survives (:func:`gc.freeze`) while the
    corpus-level workers are forked from this process and their tables come back: each later
    :func:`release_memory` then scans only the objects made since (a full collection of the
    driver's heap took about a second, ten times a build), and a forked worker's collections do
    not write to the pages it shares with the driver.  Unfrozen on the way out, so nothing
    stays uncollectable after the build."""
    import gc

    release_memory()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def bound_worker_memory(limit_mb: float | None = None) -> bool:
    """After a chunk: when this process holds more than ``limit_mb`` (default
    ``ARNEWS_WORKER_MB``, else :data:`WORKER_MB`), empty the per-word caches and give the
    memory back.  The caches hold pure functions' results, so tables are unchanged (only
    time is spent filling them again).  True when they were emptied."""
    if limit_mb is None:
        try:
            limit_mb = float(os.environ.get("ARNEWS_WORKER_MB", WORKER_MB))
        except ValueError:
            limit_mb = WORKER_MB
    rss = _resident_mb()
    if not limit_mb or rss is None or rss <= limit_mb or (_after_last and rss < _after_last[-1] + REGROW_MB):
        return False
    for c in word_caches():
        c.cache_clear()
    release_memory()
    _after_last[:] = [_resident_mb() or 0.0]
    return True
