"""The build's worker processes: they die with the build, and a worker that dies is
reported in one line (:class:`BuildError`)."""
from __future__ import annotations

import os
import time


class BuildError(Exception):
    """A build that cannot go on; ``str()`` is a one-line message."""


def _worker_init(parent: int) -> None:
    """Worker processes die with the build: the kernel kills them when the parent dies
    (Linux), and a watchdog thread checks the parent's pid elsewhere."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass
    import threading

    def watch():
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _killed(who: str, what: list[str]) -> str:
    """One line for a worker process that died without a Python error (the kernel's
    out-of-memory killer, a signal): what it was working on and what to try."""
    shown = ", ".join(what[:3]) + (f" and {len(what) - 3} more" if len(what) > 3 else "")
    return (f"{who} was killed while processing {shown} (out of memory, or a signal); "
            f"try --jobs 1, or split the largest files")
