"""Where the build's time goes: each step timed alone, on one core.

    python benchmarks/profile_build.py [--size 2] [--cprofile]
    python benchmarks/profile_build.py --corpus DIR [--max-mb 5] [--cprofile]

Makes (or reuses) a synthetic corpus of ``--size`` MB (benchmarks/synth.py), or takes
the articles of a real corpus folder (``--corpus``, its ``articles.csv`` merged as the
build does; ``--max-mb`` keeps a deterministic spread of about that many MB, chosen by
hashing the article ids), then times, in this process: reading and splitting the files, each per-article step
(paragraphs, tokens, normalization counts, then every hook of
``arnews.hooks.ARTICLE_HOOKS``) over all articles at once, and each corpus-level hook
of ``arnews.hooks.CORPUS_HOOKS`` over the resulting tables (restricted, as in the build,
to the deterministic sample of about 10 MB of articles plus parallel pairs).  Prints seconds (wall and CPU) and
seconds per MB, next to camel-tools' bare pipeline on the same text for scale.
``--cprofile`` adds the 25 most expensive functions of the per-article steps (``--dump F``
also writes the pstats data, e.g. for ``pstats.Stats(F).print_callers('startswith')``).
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

from bench_corpus import manifest_rows, read_articles  # noqa: E402
from synth import make_corpus  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                 allow_abbrev=False)  # (no option read as a prefix of another)
    ap.add_argument("--size", type=float, default=2.0, help="corpus size in MB (default 2)")
    ap.add_argument("--cprofile", action="store_true")
    ap.add_argument("--dump", type=Path, help="with --cprofile: also write the pstats data to this file (for callers)")
    ap.add_argument("--workdir", type=Path, default=HERE / "corpora")
    ap.add_argument("--corpus", type=Path, help="a real corpus folder instead of a synthetic one")
    ap.add_argument("--max-mb", type=float, help="--corpus: profile a deterministic subset of about this many MB")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")

    import pandas as pd

    from arnews import build as B
    from arnews.corpus import CorpusError, corpus_files, read_article

    from bench import bench_camel  # noqa: E402

    rows_manifest = None  # (a synthetic corpus: no manifest merged)
    if args.corpus is not None:
        folder = args.corpus
        try:
            files = corpus_files(folder)
            rows_manifest = manifest_rows(folder)
        except CorpusError as e:
            raise SystemExit(f"profile_build: {e}")
        if not files:
            raise SystemExit(f"profile_build: {folder}: no *.txt articles")
        if args.max_mb:
            fraction = args.max_mb * 1e6 / sum(p.stat().st_size for p in files)
            files = [p for p in files if B._in_sample(p.stem, fraction)] or files[:1]
    else:
        folder = make_corpus(args.workdir / f"{args.size:g}MB", args.size)
        files = sorted(folder.glob("*.txt"))
    mb = sum(p.stat().st_size for p in files) / 1e6
    rows = []

    def timed(step, fn, *a):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn(*a)
        rows.append((step, time.perf_counter() - t0, time.process_time() - c0))
        return out

    def read_all():
        return read_articles(files, rows_manifest, on_error=lambda e: print(f"profile_build: {e}"))

    B.process_articles([read_article(files[0])])  # load lexicons and caches outside the timings
    arts = timed("read and split files", read_all)
    if not arts:
        raise SystemExit(f"profile_build: {folder}: no readable articles")
    par = timed("per article: paragraphs", B.paragraphs_frame, arts)
    meta = B._meta_frames(arts)
    prof = None
    if args.cprofile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    from arnews.hooks import ARTICLE_HOOKS, CORPUS_HOOKS
    from arnews.article_tables import normalization_frame
    from arnews.text import paragraphs_of

    docs = timed("per article: paragraph models", paragraphs_of, par, meta)
    par["lang"] = [p.lang for p in docs]
    tables = {"paragraphs": par, "articles": meta.assign(language=meta.get("language", meta["lang"]))}
    tables["tokens"] = timed("per article: tokens", B.tokens_frame, docs)
    timed("per article: normalization", normalization_frame, par)
    for hook in ARTICLE_HOOKS:
        tables[hook.tables[0]] = timed(f"per article: {hook.name}", hook.fn, docs, meta)
    if prof is not None:
        prof.disable()
    # the corpus level reads the build's article summaries (counts per role, words), not the manifest
    from arnews.article_tables import summaries

    tables["articles"] = pd.DataFrame(summaries(arts, tables)).assign(lang=lambda d: d["language"])
    # the corpus-level hooks see what the build gives them: every article, or the bounded
    # sample for the hooks declared sample=True
    fraction = min(1.0, B.SAMPLE_CHARS / max(1, int(mb * 1e6)))
    paired = {r.get("parallel_of") for r in rows_manifest.values() if r.get("parallel_of")} | {
        k for k, r in rows_manifest.items() if r.get("parallel_of")}
    ids = {a.article_id for a in arts if a.article_id in paired or B._in_sample(a.article_id, fraction)}
    sample = {k: (df if len(ids) == len(arts) else df[df.article_id.isin(ids)].reset_index(drop=True))
              for k, df in tables.items()}
    if len(ids) < len(arts):
        print(f"corpus-level hooks declared sample=True read the build's sample: {len(ids)} of {len(arts)} articles")
    for hook in CORPUS_HOOKS:
        timed(f"corpus level: {hook.name}", hook.fn, sample if hook.sample else tables)
    camel = bench_camel(folder, files)
    df = pd.DataFrame(rows, columns=["step", "seconds", "cpu_s"])
    df["s_per_mb"] = df["seconds"] / mb
    print(f"{len(files)} files, {mb:.1f} MB; camel-tools' bare pipeline: {camel:.2f} s ({camel / mb:.2f} s/MB)")
    print(df.round(3).to_string(index=False))
    per_article = df[df.step.str.startswith(("per article", "read"))].seconds.sum()
    per_article_cpu = df[df.step.str.startswith(("per article", "read"))].cpu_s.sum()
    print(f"per-article total: {per_article:.2f} s = {per_article / mb:.2f} s/MB on one core "
          f"({per_article / camel:.1f}x camel-tools' bare pipeline); {per_article_cpu:.2f} CPU s")
    if prof is not None:
        import pstats

        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        if args.dump:
            prof.dump_stats(str(args.dump))
    return 0


if __name__ == "__main__":
    sys.exit(main())
