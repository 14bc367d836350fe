"""Where the build's time goes: each step timed alone, on one core.

    python benchmarks/profile_build.py [--size 2] [--cprofile]

Makes (or reuses) a synthetic corpus of ``--size`` MB (benchmarks/synth.py), then
times, in this process: reading and splitting the files, each per-article step
(paragraphs, tokens, normalization counts, then every hook of
``arnews.build.PER_ARTICLE``) over all articles at once, and each corpus-level hook
of ``arnews.build.CORPUS_LEVEL`` over the resulting tables.  Prints seconds and
seconds per MB, next to camel-tools' bare pipeline on the same text for scale.
``--cprofile`` adds the 25 most expensive functions of the per-article steps.
"""
from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "lib"))
sys.path.insert(0, str(HERE))

from synth import corpus_bytes, make_corpus  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=float, default=2.0, help="corpus size in MB (default 2)")
    ap.add_argument("--cprofile", action="store_true")
    ap.add_argument("--workdir", type=Path, default=HERE / "corpora")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")

    import pandas as pd

    from arnews import build as B
    from arnews.corpus import read_article

    from bench import bench_camel  # noqa: E402

    folder = make_corpus(args.workdir / f"{args.size:g}MB", args.size)
    mb = corpus_bytes(folder) / 1e6
    rows = []

    def timed(step, fn, *a):
        t0 = time.perf_counter()
        out = fn(*a)
        rows.append((step, time.perf_counter() - t0))
        return out

    files = sorted(folder.glob("*.txt"))
    B.process_articles([read_article(files[0])])  # load lexicons and caches outside the timings
    arts = timed("read and split files", lambda: [read_article(p) for p in files])
    par = timed("per article: paragraphs", B.paragraphs_frame, arts)
    meta = B._meta_frames(arts)
    prof = None
    if args.cprofile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    tables = {"paragraphs": par, "articles": meta.assign(language=meta.get("language", meta["lang"]))}
    tables["tokens"] = timed("per article: tokens", B.tokens_frame, par)
    timed("per article: normalization", B.normalization_frame, par)
    for name, spec in B.PER_ARTICLE.items():
        fn = B._resolve(spec)
        if fn is not None:
            tables[name] = timed(f"per article: {name}", fn, par, meta)
    if prof is not None:
        prof.disable()
    for spec in B.CORPUS_LEVEL:
        fn = B._resolve(spec)
        if fn is not None:
            timed(f"corpus level: {spec.split(':')[1]}", fn, tables)
    camel = bench_camel(folder)
    df = pd.DataFrame(rows, columns=["step", "seconds"])
    df["s_per_mb"] = df["seconds"] / mb
    print(f"{len(files)} files, {mb:.1f} MB; camel-tools' bare pipeline: {camel:.2f} s ({camel / mb:.2f} s/MB)")
    print(df.round(3).to_string(index=False))
    per_article = df[df.step.str.startswith(("per article", "read"))].seconds.sum()
    print(f"per-article total: {per_article:.2f} s = {per_article / mb:.2f} s/MB on one core "
          f"({per_article / camel:.1f}x camel-tools' bare pipeline)")
    if prof is not None:
        import pstats

        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
