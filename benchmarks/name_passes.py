"""CPU seconds of each pass of the name finder (``entities.names.paragraph_names``), and a hash of its names.

    python benchmarks/name_passes.py --corpus /root/corpora/snn2000 [--n 1000] [--warm] [--profile OUT] [--json OUT]

Reads the first ``--n`` articles of the corpus (file order), makes their paragraph models, loads the lexicons
(the finder once on the corpus's last 200 articles: the lazy indexes too), then runs ``paragraph_names`` on every paragraph of the
entity roles with each pass of the finder (every module-level function ``paragraph_names`` calls by name)
wrapped in a CPU timer (``time.process_time``: the machine is shared).  A pass's time is its own call, not
counting nested passes; ``--no-passes`` leaves the timers out (for ``--profile``).  ``--warm`` runs the finder once
over the same text first (per-word caches full only for a few hundred articles: they hold 32,768 types each).  The
passes are read from the source of ``paragraph_names`` on disk: do not edit ``names.py`` during a run.  The hash of every paragraph's names shows that a speed change left them as they were (see "Session 41 speed").
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "lib"))
sys.path.insert(0, str(HERE))

from bench_corpus import manifest_rows, read_articles  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                 allow_abbrev=False)  # (no option read as a prefix of another)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--warm", action="store_true")
    ap.add_argument("--profile", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--no-passes", action="store_true", help="no per-pass timers (with --profile: an undistorted profile)")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")

    from arnews import build as B
    from arnews.corpus import corpus_files
    from arnews.entities import names as N
    from arnews.entities.table import ENTITY_ROLES
    from arnews.text import paragraphs_of

    files = corpus_files(args.corpus)
    manifest = manifest_rows(args.corpus)

    def paragraphs(paths):
        arts = read_articles(paths, manifest)
        return paragraphs_of(B.paragraphs_frame(arts), B._meta_frames(arts)).select(ENTITY_ROLES)

    for p in paragraphs(files[-200:]):  # (lexicons and indexes, once per process as in a build)
        N.paragraph_names(p)
    chosen = files[:args.n]
    mb = sum(f.stat().st_size for f in chosen) / 1e6
    if args.warm:
        for p in paragraphs(chosen):
            N.paragraph_names(p)
    pars = paragraphs(chosen)

    import inspect
    import types

    src = inspect.getsource(N.paragraph_names)
    own: dict[str, float] = {}
    stack: list[float] = []
    wrapped = {}
    for name, fn in vars(N).items():
        if (not args.no_passes and isinstance(fn, types.FunctionType) and name != "paragraph_names"
                and f"{name}(" in src):
            def timed(*a, __fn=fn, __name=name, **k):
                c0 = time.process_time()
                stack.append(0.0)
                try:
                    return __fn(*a, **k)
                finally:
                    inner = stack.pop()
                    dt = time.process_time() - c0
                    own[__name] = own.get(__name, 0.0) + dt - inner
                    if stack:
                        stack[-1] += dt
            wrapped[name] = fn
            setattr(N, name, timed)
    prof = None
    if args.profile:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    h = hashlib.sha1()
    c0 = time.process_time()
    for p in pars:
        got = N.paragraph_names(p)
        h.update(repr(got).encode())
    total = time.process_time() - c0
    if prof is not None:
        prof.disable()
        prof.dump_stats(str(args.profile))
    for name, fn in wrapped.items():
        setattr(N, name, fn)
    print(f"{len(chosen)} articles, {len(pars)} paragraphs, {mb:.2f} MB{' (warm)' if args.warm else ''}: "
          f"name finder {total:.2f} CPU s ({total / mb:.2f} per MB), names hash {h.hexdigest()[:12]}")
    for name, v in sorted(own.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"  {name:32s} {v:7.3f}  {100 * v / total:5.1f}%")
    if args.json:
        args.json.write_text(json.dumps({"mb": mb, "total": total, "hash": h.hexdigest(), "passes": own}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
