"""Command line: ``python -m arnews build|report|lexicons ...`` (see ``--help``)."""
from __future__ import annotations

import argparse
import contextlib
import os
import sys


def main(argv=None) -> int:
    ap = _Parser(prog="python -m arnews", description="Arabic news corpus toolkit")
    sub = ap.add_subparsers(dest="cmd", required=True)

    b = sub.add_parser("build", help="build the processed tables of a corpus folder")
    b.add_argument("--corpus", required=True, help="folder of *.txt articles (plus articles.csv if present)")
    b.add_argument("--out", required=True, help="output folder for the tables")
    b.add_argument("--manifest", help="articles.csv with curated metadata (default: <corpus>/articles.csv)")
    b.add_argument("--strict", action="store_true", help="fail (exit 1) if any file is skipped")
    b.add_argument("--jobs", type=_jobs, default=None, help="worker processes (default: all cores)")
    b.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes or Dask")
    b.add_argument("--scheduler", help="address of an existing Dask scheduler (tcp://host:port)")
    b.add_argument("--force", action="store_true", help="rebuild ignoring every cache, even if nothing changed")
    b.add_argument("--lexicons", metavar="DIR", help="folder of lexicons to use instead of the curated ones (see `lexicons init`)")
    b.add_argument("--sample", type=_megabytes, default=None, metavar="MB",
                   help="corpus-level analyses read a deterministic sample of about MB megabytes of articles (0: all)")

    e = sub.add_parser("export", help="write every table of a build as CSV")
    e.add_argument("--processed", required=True, help="a build's output folder")
    e.add_argument("--csv", required=True, metavar="DIR", help="folder for the CSV files")

    r = sub.add_parser("report", help="build a corpus and render its notebooks to HTML")
    r.add_argument("--corpus", required=True)
    r.add_argument("--out", required=True, help="folder for processed tables and reports")
    r.add_argument("--manifest")
    r.add_argument("--processed", help="folder for processed tables (default: <out>/processed)")
    r.add_argument("--reports", help="folder for HTML reports (default: <out>/reports)")
    r.add_argument("--strict", action="store_true")
    r.add_argument("--jobs", type=_jobs, default=None, help="worker processes and notebooks run at once (default: all cores)")
    r.add_argument("--force", action="store_true", help="rebuild the tables and re-execute every notebook")
    r.add_argument("--lexicons", metavar="DIR", help="folder of lexicons for the build and the notebooks (see `lexicons init`)")
    r.add_argument("--notebooks", nargs="+", metavar="IPYNB", help="render only these notebooks (default: every notebook)")
    r.add_argument("--cell-timeout", type=int, metavar="SECONDS", default=None,
                   help="seconds a notebook cell may run before the notebook is reported as timed out "
                        "(default: $ARNEWS_CELL_TIMEOUT, else 600; 0: no limit)")

    lx = sub.add_parser("lexicons", help="the curated lexicons (codebook, canon, markers, gazetteer, ...)")
    lxs = lx.add_subparsers(dest="lexcmd", required=True)
    li = lxs.add_parser("init", help="write a copy of every curated lexicon into DIR, to edit and use with --lexicons DIR")
    li.add_argument("dir", metavar="DIR", help="folder to write (created if needed; existing files are never overwritten)")

    args = ap.parse_args(argv)
    run = contextlib.ExitStack()  # closed after the run: restores ARNEWS_LEXICONS
    interrupted = _watch_interrupt(run)
    try:
        _check_paths(args)
        lexicons = getattr(args, "lexicons", None)
        if lexicons and getattr(args, "scheduler", None):
            print("arnews: error: --lexicons applies to this machine's workers; with --scheduler set "
                  "ARNEWS_LEXICONS in the Dask workers' environment instead", file=sys.stderr)
            return 2
        if lexicons:
            from .lexicons import using

            run.enter_context(using(lexicons))  # this run only: the build, its workers and the notebook kernels
        if args.cmd == "lexicons":
            from .lexicons import init

            written = init(args.dir)
            print(f"arnews: wrote {len(written)} lexicon files to {args.dir} "
                  f"(use them with --lexicons {args.dir} or ARNEWS_LEXICONS={args.dir})")
        elif args.cmd == "build":
            from .build import build

            build(
                args.corpus,
                args.out,
                manifest=args.manifest,
                strict=args.strict,
                jobs=args.jobs,
                engine=args.engine,
                scheduler=args.scheduler,
                force=args.force,
                sample_chars=None if args.sample is None else int(args.sample * 1_000_000),
            )
        elif args.cmd == "export":
            from .store import export_csv

            export_csv(args.processed, args.csv)
        elif args.cmd == "report":
            import logging

            from .report import DEFAULT_CELL_TIMEOUT, report

            # a kernel stopped after a cell timeout leaves nbclient's pending poll tasks behind:
            # asyncio's "Task was destroyed but it is pending!" would break the one-line output
            logging.getLogger("asyncio").setLevel(logging.CRITICAL)

            timeout = args.cell_timeout
            if timeout is None:
                env = os.environ.get("ARNEWS_CELL_TIMEOUT", "").strip()
                try:
                    timeout = int(env) if env else DEFAULT_CELL_TIMEOUT
                except ValueError:
                    raise UsageError(f"ARNEWS_CELL_TIMEOUT={env!r}: not a whole number of seconds") from None
            if timeout < 0:
                raise UsageError(f"--cell-timeout {timeout}: must be 0 (no limit) or more seconds")
            for nb in args.notebooks or []:
                if not os.path.isfile(nb) or not nb.endswith(".ipynb"):
                    raise UsageError(f"--notebooks {_show(nb)}: not a notebook file (.ipynb)")
                _check_notebook(nb)  # (before the build: a broken one stopped the report after it)
            report(
                args.corpus,
                args.out,
                manifest=args.manifest,
                processed=args.processed,
                reports=args.reports,
                strict=args.strict,
                jobs=args.jobs,
                force=args.force,
                cell_timeout=timeout or None,
                notebooks=args.notebooks,
            )
    except KeyboardInterrupt:
        print("arnews: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # one line, never a traceback, for anything the user can fix
        if interrupted:  # an error that Ctrl-C caused (a module whose import it cut short, a worker it stopped)
            print("arnews: interrupted", file=sys.stderr)
            return 130
        from .build import BuildError
        from .corpus import CorpusError
        from .lexicons import LexiconError
        from .schema import SchemaError
        from .store import OutputError
        from .tables import TableError

        known = (UsageError, BuildError, CorpusError, LexiconError, OutputError, SchemaError, TableError,
                 FileNotFoundError, PermissionError, FileExistsError, NotADirectoryError)
        try:
            from .report import ReportError

            known = known + (ReportError,)
        except ImportError:
            pass
        if isinstance(e, OSError) and (not isinstance(e, known) or (e.filename and e.strerror)):
            # disk full, a folder where a file should be, a read-only file: 'path: reason'
            print(f"arnews: error: {_show(e.filename or '')}: {e.strerror or e}", file=sys.stderr)
            return 1
        if isinstance(e, known):
            print(f"arnews: error: {_show(e)}", file=sys.stderr)
            return 1
        raise
    finally:
        run.close()
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (``python -m arnews build: error: <message>``, exit 2)
    without the usage block above them (``--help`` is unchanged); a missing command names the
    choices (argparse said "the following arguments are required: cmd")."""

    def error(self, message):
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction) and message.endswith(f"required: {action.dest}"):
                message = message[: -len(action.dest)] + "a command (" + ", ".join(action.choices) + \
                    f"; see {self.prog} --help)"
            elif isinstance(action, argparse._SubParsersAction) and message.startswith(f"argument {action.dest}: "):
                message = "command" + message[len(f"argument {action.dest}"):]
        self.exit(2, f"{self.prog}: error: {message}\n")


def _show(value) -> str:
    from .decoding import show as _show

    return _show(value)


def _megabytes(text: str) -> float:
    """``--sample MB``: a finite number of megabytes, 0 or more (nan and inf raised a traceback)."""
    import math

    try:
        mb = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of megabytes") from None
    if not math.isfinite(mb) or mb < 0 or mb * 1_000_000 > 2 ** 62:
        raise argparse.ArgumentTypeError(f"{text!r}: give 0 (every article) or a positive number of megabytes")
    return mb


def _jobs(text: str) -> int:
    """``--jobs N``: 1 or more (0: every core); a negative count was taken as 1."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: give 1 or more worker processes (0: every core)")
    return n


def _watch_interrupt(run: contextlib.ExitStack) -> list:
    """Ctrl-C raises KeyboardInterrupt as usual and is remembered in the returned list: an
    error raised after it (a C extension's import cut short turns it into an ImportError) is
    reported as the interruption it is.  A SIGINT the shell ignores (a background job) stays
    ignored.  The handler is restored when ``run`` closes."""
    import signal

    seen: list = []
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return seen

    def on_interrupt(signum, frame):
        seen.append(signum)
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # (not the main thread)
        return seen
    run.callback(signal.signal, signal.SIGINT, signal.default_int_handler)
    return seen


def _check_notebook(nb: str) -> None:
    """A ``--notebooks`` file that cannot be a notebook (not JSON, no cells, unreadable) is a usage error."""
    import json

    try:
        with open(nb, "rb") as f:
            doc = json.loads(f.read().decode("utf-8"))
    except OSError as e:
        raise UsageError(f"--notebooks {_show(nb)}: cannot read ({e.strerror or e})") from None
    except ValueError as e:  # (UnicodeDecodeError, json's JSONDecodeError)
        raise UsageError(f"--notebooks {_show(nb)}: not a notebook (not JSON text: {_show(str(e))[:120]})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("cells"), list):
        raise UsageError(f"--notebooks {_show(nb)}: not a notebook (JSON without a list of cells)")


class UsageError(Exception):
    """A bad command-line path; ``str()`` is a one-line message."""


def _check_paths(args) -> None:
    """One-line errors for paths that cannot work, before anything is read or written:
    a path that is not UTF-8, an output folder that is a file or lies under a file, a
    manifest that is a folder or does not exist."""
    import os

    for opt in ("corpus", "out", "manifest", "processed", "reports", "lexicons"):
        value = getattr(args, opt, None)
        if value is None:
            continue
        try:
            os.fsencode(value).decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"--{opt} {_show(value)}: the path is not valid UTF-8")
    for opt in ("corpus", "out", "processed", "reports", "csv"):
        value = getattr(args, opt, None)
        if value is not None and not value.strip():
            raise UsageError(f"--{opt} is empty: name a folder")
    for opt in ("out", "processed", "reports"):
        value = getattr(args, opt, None)
        if not value:
            continue
        p = os.path.abspath(value)
        if os.path.exists(p) and not os.path.isdir(p):
            raise UsageError(f"--{opt} {_show(value)}: is a file, not a folder")
        parent = os.path.dirname(p)
        while parent and not os.path.exists(parent) and parent != os.path.dirname(parent):
            parent = os.path.dirname(parent)
        if parent and os.path.exists(parent) and not os.path.isdir(parent):
            raise UsageError(f"--{opt} {_show(value)}: {_show(parent)} is a file, not a folder")
    if getattr(args, "cmd", None) == "report":  # pages are written over index.html, <notebook>.html, tables/
        rep = os.path.abspath(args.reports or os.path.join(args.out, "reports"))
        proc = os.path.abspath(args.processed or os.path.join(args.out, "processed"))
        for what, folder in (("the corpus folder", args.corpus), ("the --processed folder", proc)):
            if os.path.realpath(rep) == os.path.realpath(folder):
                raise UsageError(f"--reports {_show(rep)}: is {what}; choose another folder (a sub-folder is fine)")
        if os.path.isdir(rep) and not os.path.isdir(os.path.join(rep, ".cache")):
            theirs = sorted(n for n in os.listdir(rep) if n.endswith(".html") or n == "tables")
            if theirs:
                raise UsageError(f"--reports {_show(rep)}: holds {_show(theirs[0])} and is not a folder of arnews reports "
                                 "(no .cache); choose a new or empty folder")
    m = getattr(args, "manifest", None)
    if m is not None:
        if os.path.isdir(m):
            raise UsageError(f"--manifest {_show(m)}: is a folder, not a CSV file")
        if not os.path.exists(m):
            raise UsageError(f"--manifest {_show(m)}: no such file")


if __name__ == "__main__":
    sys.exit(main())
