"""Command line: ``python -m arnews build|report ...`` (see ``--help``)."""
from __future__ import annotations

import argparse
import sys


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m arnews", description="Arabic news corpus toolkit")
    sub = ap.add_subparsers(dest="cmd", required=True)

    b = sub.add_parser("build", help="build the processed tables of a corpus folder")
    b.add_argument("--corpus", required=True, help="folder of *.txt articles (plus articles.csv if present)")
    b.add_argument("--out", required=True, help="output folder for the tables")
    b.add_argument("--manifest", help="articles.csv with curated metadata (default: <corpus>/articles.csv)")
    b.add_argument("--strict", action="store_true", help="fail (exit 1) if any file is skipped")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    b.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes or Dask")
    b.add_argument("--scheduler", help="address of an existing Dask scheduler (tcp://host:port)")
    b.add_argument("--force", action="store_true", help="rebuild ignoring every cache, even if nothing changed")
    b.add_argument("--sample", type=float, default=None, metavar="MB",
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
    r.add_argument("--jobs", type=int, default=None, help="worker processes and notebooks run at once (default: all cores)")
    r.add_argument("--force", action="store_true", help="rebuild the tables and re-execute every notebook")

    args = ap.parse_args(argv)
    try:
        if args.cmd == "build":
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
            from .report import report

            report(
                args.corpus,
                args.out,
                manifest=args.manifest,
                processed=args.processed,
                reports=args.reports,
                strict=args.strict,
                jobs=args.jobs,
                force=args.force,
            )
    except KeyboardInterrupt:
        print("arnews: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # one line, never a traceback, for anything the user can fix
        from .build import BuildError
        from .corpus import CorpusError
        from .schema import SchemaError
        from .store import OutputError

        known = (BuildError, CorpusError, OutputError, SchemaError, FileNotFoundError, PermissionError, NotADirectoryError)
        try:
            from .report import ReportError

            known = known + (ReportError,)
        except ImportError:
            pass
        if isinstance(e, known):
            print(f"arnews: error: {e}", file=sys.stderr)
            return 1
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
