"""Where the per-article stage spends its CPU, by sampling: every ``--every`` ms of CPU time (SIGPROF) the stack is
tallied, so small functions called millions of times are not inflated as under cProfile (see "Session 53 speed").

    python benchmarks/sample_cpu.py --corpus /root/corpora/snn2000 [--max-mb 1] [--warm] [--under paragraph_names]

Takes the same subset as ``hook_cpu.py`` (article ids hashed), loads the lexicons on the corpus's last 12
articles, then samples one run of the paragraph models, the tokens table and every hook of
``arnews.hooks.ARTICLE_HOOKS`` (``--warm``: after one untimed run over the same text).  Prints the share of
samples in which each function is on the stack (inclusive) and on top (own); ``--under NAME`` adds the functions
called right below the first frame whose name contains NAME.  Linux (``signal.setitimer``) only.
"""
from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "lib"))
sys.path.insert(0, str(HERE))

from bench_corpus import manifest_rows, read_articles  # noqa: E402


def _name(frame) -> str:
    c = frame.f_code
    return f"{c.co_filename.split('lib/')[-1].split('site-packages/')[-1]}:{c.co_firstlineno}({c.co_name})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                 allow_abbrev=False)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--max-mb", type=float, default=1.0)
    ap.add_argument("--warm", action="store_true", help="sample a second run over the same text")
    ap.add_argument("--every", type=float, default=1.0, help="ms of CPU between samples (the kernel delivers at its tick: about 4 ms here)")
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--under", action="append", default=[], help="callees of the first frame matching NAME")
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

    def run(paths):
        arts = read_articles(paths, manifest)
        meta = B._meta_frames(arts)
        docs = paragraphs_of(B.paragraphs_frame(arts), meta)
        B.tokens_frame(docs)
        for hook in ARTICLE_HOOKS:
            hook.fn(docs, meta)

    run(files[-12:])  # the lexicons, once per process as in a build
    if args.warm:
        run(chosen)
    stacks: list[tuple] = []

    def handler(sig, frame):
        st = []
        while frame is not None:
            st.append(_name(frame))
            frame = frame.f_back
        stacks.append(tuple(st))

    signal.signal(signal.SIGPROF, handler)
    signal.setitimer(signal.ITIMER_PROF, args.every / 1000, args.every / 1000)
    c0 = time.process_time()
    run(chosen)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - c0
    n = len(stacks) or 1
    incl, own = collections.Counter(), collections.Counter()
    for st in stacks:
        own[st[0]] += 1
        incl.update(set(st))
    print(f"{len(chosen)} files{' (warm)' if args.warm else ''}: {cpu:.2f} CPU s, {len(stacks)} samples")
    for title, counts in (("inclusive", incl), ("own", own)):
        print(f"== {title}")
        for f, k in counts.most_common(args.top):
            print(f"{100 * k / n:6.1f}%  {f}")
    for pat in args.under:
        below = collections.Counter()
        for st in stacks:
            d = next((d for d, f in enumerate(st) if pat in f), None)
            if d is not None:
                below[st[d - 1] if d else "<own>"] += 1
        print(f"== under {pat} ({100 * sum(below.values()) / n:.1f}%)")
        for f, k in below.most_common(args.top):
            print(f"{100 * k / n:6.1f}%  {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
