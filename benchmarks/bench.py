"""Throughput and memory of arnews against camel-tools' bare pipeline.

    python benchmarks/bench.py --sizes 10 100 [1000] [--jobs N] [--no-speedup]
    make bench SIZES="10 100"

For each size (MB) a synthetic corpus is made from the seeds (benchmarks/synth.py),
then, on the same files:

(a) camel   camel-tools normalize_unicode + dediac_ar + simple_word_tokenize, one core
(b) tokens  arnews.normalize + arnews.tokenize, one core
(c) build   the full ``python -m arnews build`` (every table), all cores, fresh output

It prints MB/s for each, b/a, c/a and c/a per core, peak memory of the build (the whole
process tree: summed PSS, the real footprint; summed RSS, which counts pages shared by forked
workers once per process, is recorded too), and, for sizes >= 100 MB, the --jobs speedup and an incremental rebuild
(one article added to the built corpus).  Results go to benchmarks/results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "lib"))
sys.path.insert(0, str(HERE))

from synth import corpus_bytes, make_corpus  # noqa: E402


def _files(folder: Path):
    return sorted(folder.glob("*.txt"))


def bench_camel(folder: Path) -> float:
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_unicode

    t0 = time.perf_counter()
    n = 0
    for p in _files(folder):
        for line in p.read_text(encoding="utf-8").splitlines():
            n += len(simple_word_tokenize(dediac_ar(normalize_unicode(line))))
    return time.perf_counter() - t0


def bench_tokens(folder: Path) -> float:
    from arnews.normalize import normalize_text
    from arnews.tokens import tokenize

    t0 = time.perf_counter()
    n = 0
    for p in _files(folder):
        for line in p.read_text(encoding="utf-8").splitlines():
            n += len(tokenize(normalize_text(line)))
    return time.perf_counter() - t0


def _tree_memory(proc) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) over the process and its children, in bytes.

    RSS counts pages that forked workers share with their parent once per process, so
    its sum overstates what the tree uses; PSS divides each shared page among the
    processes sharing it (Linux), so its sum is the tree's real footprint."""
    import psutil

    try:
        ps = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0, 0
    rss = pss = 0
    for p in ps:
        try:
            m = p.memory_full_info()
            rss += m.rss
            pss += getattr(m, "pss", m.rss)
        except psutil.Error:
            pass
    return rss, pss


def run_build(folder: Path, out: Path, jobs: int | None, fresh: bool = True) -> tuple[float, float, str]:
    """Wall time, peak (summed RSS, summed PSS) in MB over the process tree, and last log line of one build."""
    import psutil

    if fresh and out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "arnews", "build", "--corpus", str(folder), "--out", str(out)]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    proc = psutil.Process(p.pid)
    peak = [0, 0]
    stop = threading.Event()

    def poll():
        while not stop.is_set():
            rss, pss = _tree_memory(proc)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.25)  # polling more often steals a noticeable share of a core

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    out_s, err_s = p.communicate()
    stop.set()
    th.join()
    dt = time.perf_counter() - t0
    if p.returncode:
        raise SystemExit(f"build failed: {err_s.strip()[-500:]}")
    return dt, (peak[0] / 1e6, peak[1] / 1e6), out_s.strip().splitlines()[-1] if out_s.strip() else ""


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"failed: {' '.join(cmd)}: {r.stderr.strip()[-500:]}")
    return time.perf_counter() - t0


def notebook_floor(out: Path) -> dict:
    """`make report` on a warm setup against the floor: executing as many trivial notebooks.

    Every figure is the wall time of a fresh process (interpreter start and imports
    included on both sides):

    * ``trivial_s``: execute N one-cell notebooks (``x = 1``) one after the other;
    * ``warm_s``: the command ``make report`` runs, with the venv, the tables and the
      pages from the previous run present (the everyday rerun);
    * ``forced_s``: the same command with ``--force``: tables rebuilt (articles from
      the cache) and every notebook executed again.
    """
    import nbformat

    from arnews.report import NOTEBOOKS

    nbs = sorted(NOTEBOOKS.glob("*.ipynb"))
    tmp = out / "trivial"
    tmp.mkdir(parents=True, exist_ok=True)
    trivial = []
    for i, _ in enumerate(nbs):
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell("x = 1")]
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        path = tmp / f"t{i}.ipynb"
        nbformat.write(nb, path)
        trivial.append(str(path))
    processed = ROOT / "data" / "processed"
    floor_code = (
        "import sys; from pathlib import Path; from arnews.report import _execute\n"
        f"for p in {trivial!r}: _execute(Path(p), Path({str(processed)!r}))"
    )
    report = [sys.executable, "-m", "arnews", "report", "--corpus", "data/raw", "--manifest", "data/articles.csv",
              "--processed", "data/processed", "--reports", "reports", "--out", "."]
    _timed(report)  # make sure tables and pages exist (the warm setup)
    floor = min(_timed([sys.executable, "-c", floor_code]) for _ in range(2))
    warm = min(_timed(report) for _ in range(2))
    forced = _timed(report + ["--force"])
    return {"notebooks": len(nbs), "trivial_s": round(floor, 2), "warm_s": round(warm, 2), "forced_s": round(forced, 2),
            "ratio": round(warm / floor, 2), "ratio_forced": round(forced / floor, 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", type=float, default=[10, 100], help="corpus sizes in MB (1000 is optional)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-speedup", action="store_true", help="skip the --jobs 1 build at sizes >= 100 MB")
    ap.add_argument("--no-notebooks", action="store_true", help="skip the notebook floor measurement")
    ap.add_argument("--workdir", type=Path, default=HERE / "corpora")
    ap.add_argument("--results", type=Path, default=HERE / "results.json")
    ap.add_argument("--merge", action="store_true",
                    help="keep the rows of other sizes (and the notebook figures) already in --results")
    args = ap.parse_args(argv)

    results = []
    header = f"{'size':>6} {'MB':>8} {'camel MB/s':>10} {'tokens MB/s':>11} {'build MB/s':>10} {'b/a':>5} {'c/a':>5} {'c/a/core':>8} {'peak PSS':>8} {'peak RSS':>8} {'speedup':>7}"
    print(header)
    for size in args.sizes:
        folder = make_corpus(args.workdir / f"{size:g}MB", size)
        mb = corpus_bytes(folder) / 1e6
        a = mb / bench_camel(folder)
        b = mb / bench_tokens(folder)
        out = args.workdir / f"{size:g}MB.out"
        dt, peak, _ = run_build(folder, out, args.jobs)
        c = mb / dt
        row = {
            "size_mb": size,
            "input_mb": round(mb, 2),
            "files": len(_files(folder)),
            "jobs": args.jobs,
            "camel_mb_s": round(a, 2),
            "tokens_mb_s": round(b, 2),
            "build_mb_s": round(c, 2),
            "tokens_vs_camel": round(b / a, 2),
            "build_vs_camel": round(c / a, 2),
            "build_vs_camel_per_core": round(c / a / args.jobs, 2),
            "peak_rss_mb": round(peak[0]),
            "peak_pss_mb": round(peak[1]),
            "cost_s_per_mb": round(dt / mb, 4),
        }
        if size >= 100 and not args.no_speedup and args.jobs > 1:
            dt1, peak1, _ = run_build(folder, out.with_name(out.name + "1"), 1)
            row["jobs_speedup"] = round(dt1 / dt, 2)
            row["build_mb_s_jobs1"] = round(mb / dt1, 2)
            shutil.rmtree(out.with_name(out.name + "1"), ignore_errors=True)
        if size >= 100:
            # incremental: one new article in a built corpus re-processes only that article
            extra = folder / "zz_incremental.txt"
            extra.write_text((ROOT / "data" / "raw" / "000_42c2ea3f6fae67de.txt").read_text(encoding="utf-8"), encoding="utf-8")
            try:
                dti, _, line = run_build(folder, out, args.jobs, fresh=False)
            finally:
                extra.unlink()
            row["incremental_s"] = round(dti, 2)
            row["incremental_log"] = line
        shutil.rmtree(out, ignore_errors=True)
        results.append(row)
        print(
            f"{size:>6g} {mb:>8.1f} {a:>10.2f} {b:>11.2f} {c:>10.2f} {b / a:>5.2f} {c / a:>5.2f} {c / a / args.jobs:>8.2f} "
            f"{peak[1]:>8.0f} {peak[0]:>8.0f} {row.get('jobs_speedup', float('nan')):>7.2f}"
        )
        if "incremental_log" in row:
            print(f"       incremental: {row['incremental_s']} s — {row['incremental_log']}")
    extra = {}
    if not args.no_notebooks:
        extra["notebooks"] = notebook_floor(args.workdir)
        n = extra["notebooks"]
        print(f"notebooks: make report warm {n['warm_s']} s, forced (tables rebuilt, every notebook executed) {n['forced_s']} s; "
              f"{n['notebooks']} trivial notebooks {n['trivial_s']} s: ratio {n['ratio']} (forced {n['ratio_forced']})")
    machine = {
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
    }
    if args.merge and args.results.is_file():
        old = json.loads(args.results.read_text())
        mine = {r["size_mb"] for r in results}
        results = sorted([r for r in old.get("sizes", []) if r["size_mb"] not in mine] + results, key=lambda r: r["size_mb"])
        if "notebooks" not in extra and "notebooks" in old:
            extra["notebooks"] = old["notebooks"]
    args.results.write_text(json.dumps({"machine": machine, "sizes": results, **extra}, indent=2) + "\n")
    print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
