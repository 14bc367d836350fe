"""CPU seconds per MB of each per-article step, and a content hash of each table, on a real corpus.

    python benchmarks/hook_cpu.py --corpus /root/corpora/snn2000 [--max-mb 2] [--warm] [--json OUT] [--profile OUT]

Takes the same deterministic subset as ``profile_build.py --corpus DIR --max-mb N`` (article ids hashed),
loads every lexicon first (each hook once on the corpus's last 12 articles: a build loads them once per
process), then times in CPU seconds (user + sys of this process: the machine is shared) the paragraph
models, the tokens table and every hook of ``arnews.hooks.ARTICLE_HOOKS``.  ``--warm`` runs every hook
once over the same text first, so the per-word caches hold its words (a long build's steady state).
The hashes (``pandas.util.hash_pandas_object`` of each table with its columns and dtypes) show that a
speed change left the tables as they were: run it at the old and the new commit, alternately, and
compare (see "Session 33 speed" in README.md).
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


def _hash(df) -> str:
    import pandas as pd

    return hashlib.sha1(pd.util.hash_pandas_object(df, index=True).values.tobytes()
                        + repr(list(df.columns)).encode() + repr(list(map(str, df.dtypes))).encode()).hexdigest()[:12]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                 allow_abbrev=False)  # (no option read as a prefix of another)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--max-mb", type=float, default=2.0)
    ap.add_argument("--warm", action="store_true", help="time a second pass over the same text")
    ap.add_argument("--json", type=Path, help="write the CPU seconds, MB and hashes here")
    ap.add_argument("--profile", type=Path, help="write cProfile data of the timed steps here")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")

    from arnews import build as B
    from arnews.corpus import corpus_files
    from arnews.hooks import ARTICLE_HOOKS
    from arnews.text import paragraphs_of

    files = corpus_files(args.corpus)
    manifest = manifest_rows(args.corpus)
    fraction = args.max_mb * 1e6 / sum(p.stat().st_size for p in files)
    chosen = [p for p in files if B._in_sample(p.stem, fraction)] or files[:1]
    mb = sum(p.stat().st_size for p in chosen) / 1e6

    def articles(paths):
        return read_articles(paths, manifest)

    def run_all(arts):
        meta = B._meta_frames(arts)
        docs = paragraphs_of(B.paragraphs_frame(arts), meta)
        B.tokens_frame(docs)
        for hook in ARTICLE_HOOKS:
            hook.fn(docs, meta)

    run_all(articles(files[-12:]))  # the lexicons, once per process as in a build
    arts = articles(chosen)
    if args.warm:
        run_all(arts)
    par = B.paragraphs_frame(arts)
    meta = B._meta_frames(arts)
    rows, hashes = {}, {}
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    c0 = time.process_time()
    docs = paragraphs_of(par, meta)
    rows["paragraph models"] = time.process_time() - c0
    c0 = time.process_time()
    tokens = B.tokens_frame(docs)
    rows["tokens"] = time.process_time() - c0
    hashes["tokens"] = _hash(tokens)
    for hook in ARTICLE_HOOKS:
        c0 = time.process_time()
        df = hook.fn(docs, meta)
        rows[hook.name] = time.process_time() - c0
        hashes[hook.name] = _hash(df)
    if prof is not None:
        prof.disable()
        prof.dump_stats(str(args.profile))
    total = sum(rows.values())
    print(f"{len(chosen)} files, {mb:.2f} MB{' (warm)' if args.warm else ''}: {total:.2f} CPU s = {total / mb:.2f} CPU s per MB")
    for k, v in rows.items():
        print(f"  {k:22s} {v / mb:6.2f}  {hashes.get(k, '')}")
    if args.json:
        args.json.write_text(json.dumps({"mb": mb, "cpu_s": rows, "hashes": hashes}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
