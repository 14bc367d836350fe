"""Throughput and memory of arnews against camel-tools' bare pipeline.

    python benchmarks/bench.py --sizes 10 100 [1000] [--jobs N] [--no-speedup]
    python benchmarks/bench.py --corpus DIR [--label TEXT]     # a real corpus folder
    make bench SIZES="10 100"
    make bench CORPUS=DIR

For each size (MB) a synthetic corpus is made from the seeds (benchmarks/synth.py),
then, on the same files:

(a) camel   camel-tools normalize_unicode + dediac_ar + simple_word_tokenize, one core
(b) tokens  arnews.normalize + arnews.tokenize, one core
(c) build   the full ``python -m arnews build`` (every table), all cores, fresh output

It prints MB/s for each, b/a, c/a and c/a per core, peak memory of the build (the whole
process tree: summed PSS, the real footprint; summed RSS, which counts pages shared by forked
workers once per process, is recorded too), and, for sizes >= 100 MB, the --jobs speedup and an incremental rebuild
(one article added to the built corpus).  Results go to benchmarks/results.json.

With ``--corpus DIR`` (a folder of real articles, with or without an ``articles.csv``
manifest) it times (a), (b) and the build with ``--jobs 1`` and ``--jobs N`` (fresh output
folders) on that folder's files, and reports MB/s, c/a per core, the --jobs speedup, the
peak summed PSS of each build, the output size against the input, and an incremental
rebuild (a copy of the corpus, built, then one article added: a copy of one file under a
new name).  The entry is merged into the ``corpora`` list of results.json (keyed by the
corpus name and the commit); the synthetic ``sizes`` are kept.  See run_corpus().
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


LAST_CPU_S = 0.0  # CPU seconds of the last bench_camel / bench_tokens


def _files(folder: Path):
    return sorted(folder.glob("*.txt"))


def _read_text(p: Path) -> str:
    """A file's text: UTF-8 (the common case, as the synthetic corpora are), else the
    build's own decoder (BOMs, UTF-16, Windows-1256); raises arnews.corpus.CorpusError."""
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        from arnews.corpus import decode_bytes

        return decode_bytes(p.read_bytes(), str(p))[0]


def bench_camel(folder: Path, files: list[Path] | None = None) -> float:
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_unicode

    global LAST_CPU_S
    c0, t0 = time.process_time(), time.perf_counter()
    n = 0
    for p in files if files is not None else _files(folder):
        for line in _read_text(p).splitlines():
            n += len(simple_word_tokenize(dediac_ar(normalize_unicode(line))))
    LAST_CPU_S = time.process_time() - c0
    return time.perf_counter() - t0


def bench_tokens(folder: Path, files: list[Path] | None = None) -> float:
    from arnews.normalize import normalize_text
    from arnews.tokens import tokenize

    global LAST_CPU_S
    c0, t0 = time.process_time(), time.perf_counter()
    n = 0
    for p in files if files is not None else _files(folder):
        for line in _read_text(p).splitlines():
            n += len(tokenize(normalize_text(line)))
    LAST_CPU_S = time.process_time() - c0
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


LAST_BUILD_CPU_S = 0.0
LAST_BUILD_LOG: list[str] = []  # every stdout line of the last build (skip messages, then the summary)


def _env() -> dict:
    """The environment of child processes: this checkout's lib/ first on the path, so a
    worktree benchmarks its own sources even when the venv's editable install points elsewhere."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "lib")] + [x for x in [env.get("PYTHONPATH")] if x])
    return env


def run_build(folder: Path, out: Path, jobs: int | None, fresh: bool = True) -> tuple[float, float, str]:
    """Wall time, peak (summed RSS, summed PSS) in MB over the process tree, and last log line of one build.

    The CPU seconds (user + system) of the whole tree are left in ``LAST_BUILD_CPU_S``: on a
    shared machine they are steadier than the wall time."""
    global LAST_BUILD_CPU_S
    import psutil
    import resource

    if fresh and out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "arnews", "build", "--corpus", str(folder), "--out", str(out)]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_env())
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
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_BUILD_CPU_S = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    LAST_BUILD_LOG[:] = out_s.strip().splitlines()
    if p.returncode:
        raise SystemExit(f"bench: build of {folder} failed: {(err_s.strip().splitlines() or ['(no message)'])[-1][:500]}")
    return dt, (peak[0] / 1e6, peak[1] / 1e6), out_s.strip().splitlines()[-1] if out_s.strip() else ""


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=_env())
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


# --- real corpus mode (--corpus DIR) -------------------------------------------------

def _tree_bytes(folder: Path, skip: str | None = None) -> int:
    """Bytes of the files under ``folder`` (each hard-linked file counted once),
    leaving out the top-level subfolder ``skip``."""
    seen, total = set(), 0
    for root, dirs, names in os.walk(folder):
        if skip and Path(root) == folder:
            dirs[:] = [d for d in dirs if d != skip]
        for n in names:
            st = os.lstat(os.path.join(root, n))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_size
    return total


def _same_tables(a: Path, b: Path) -> bool:
    """Are the tables of two builds byte-identical (build_info.json and .cache aside)?"""
    import filecmp

    names = sorted(p.name for p in a.iterdir() if p.is_file() and p.name != "build_info.json")
    if names != sorted(p.name for p in b.iterdir() if p.is_file() and p.name != "build_info.json"):
        return False
    return all(filecmp.cmp(a / n, b / n, shallow=False) for n in names)


def _processed(log: str) -> int | None:
    """How many articles a build's last log line says were processed (0 when up to date)."""
    import re

    if " is up to date " in log:
        return 0
    m = re.search(r"(\d+) processed", log)
    return int(m.group(1)) if m else None


def _commit() -> dict:
    def git(*a):
        r = subprocess.run(["git", "-C", str(ROOT), *a], capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else None

    return {"commit": git("rev-parse", "--short=12", "HEAD"),
            "lib_commit": git("log", "-1", "--format=%h", "--abbrev=12", "--", "lib"),  # last change to the library
            "lib_dirty": bool(git("status", "--porcelain", "--", "lib"))}


def _machine() -> dict:
    return {
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
    }


def _stages(out: Path, say=None) -> dict:
    """The build's own account of where its time went (``<out>/.cache/timings.json``), printed
    with ``say``."""
    try:
        t = json.loads((Path(out) / ".cache" / "timings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if say is not None:
        _say_stages(t, say)
    return t


def _say_stages(t: dict, say) -> None:
    if not t:
        return
    hooks = ", ".join(f"{k} {v:.1f}" for k, v in sorted(t.get("corpus_hooks_s", {}).items(), key=lambda kv: -kv[1]))
    say(f"      stages (wall s): boilerplate {t.get('boilerplate_s', 0):.1f}, articles {t.get('articles_s', 0):.1f}, "
        f"merge {t.get('merge_s', 0):.1f}, corpus level {t.get('corpus_level_s', 0):.1f} ({hooks})")
    if "total_cpu_s" in t:  # CPU seconds of the build's processes: unaffected by other users' load
        say(f"      stages (CPU s): articles {t.get('articles_cpu_s', 0):.1f}, "
            f"corpus level {t.get('corpus_level_cpu_s', 0):.1f}, total {t['total_cpu_s']:.1f}")


def run_corpus(args) -> dict:
    """Every figure of the real-news mode for one corpus folder, in one run (see the module docstring)."""
    from arnews.corpus import CorpusError, corpus_files

    folder = args.corpus.resolve()
    try:
        files = corpus_files(folder)
    except CorpusError as e:
        raise SystemExit(f"bench: {e}")
    if not files:
        raise SystemExit(f"bench: {folder}: no *.txt articles")
    readable, skipped = [], []
    for p in files:
        try:
            _read_text(p)
            readable.append(p)
        except (CorpusError, OSError) as e:
            skipped.append(str(e))
            print(f"bench: {e}")
    in_bytes = sum(p.stat().st_size for p in files)
    mb = in_bytes / 1e6
    jobs = max(1, args.jobs)
    work = args.workdir / f"corpus-{folder.name}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    row = {
        "corpus": {"name": folder.name, "articles": len(files), "mb": round(mb, 2),
                   "manifest": (folder / "articles.csv").is_file(), "skipped": len(skipped)},
        "label": args.label,
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        **_commit(),
        "machine": _machine(),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
    }

    def say(msg):
        print(msg, flush=True)

    say(f"{folder.name}: {len(files)} files, {mb:.1f} MB ({len(skipped)} unreadable); load average {row['load_avg_at_start']}")
    ta = bench_camel(folder, readable)
    a, cpu_a = mb / ta, LAST_CPU_S
    say(f"  (a) camel-tools bare pipeline, one core: {ta:.1f} s = {a:.2f} MB/s")
    tb = bench_tokens(folder, readable)
    b, cpu_b = mb / tb, LAST_CPU_S
    say(f"  (b) arnews normalize + tokenize, one core: {tb:.1f} s = {b:.2f} MB/s (b/a {b / a:.2f})")
    row.update({"camel_s": round(ta, 2), "camel_mb_s": round(a, 2), "tokens_s": round(tb, 2), "tokens_mb_s": round(b, 2),
                "tokens_vs_camel": round(b / a, 2), "camel_cpu_s": round(cpu_a, 2), "tokens_cpu_s": round(cpu_b, 2)})

    out = work / "out"
    dt, peak, log = run_build(folder, out, jobs)
    c, cpu_c = mb / dt, LAST_BUILD_CPU_S
    say(f"  (c) build --jobs {jobs}: {dt:.1f} s = {c:.3f} MB/s (c/a per core {c / a / jobs:.3f}); "
        f"peak PSS {peak[1]:.0f} MB (RSS {peak[0]:.0f})\n      {log}")
    row.update({"jobs": jobs, "build_s": round(dt, 2), "build_mb_s": round(c, 3), "build_vs_camel": round(c / a, 3),
                "build_vs_camel_per_core_jobsN": round(c / a / jobs, 3),
                "peak_pss_mb": round(peak[1]), "peak_rss_mb": round(peak[0]), "build_log": log,
                "build_cpu_s": round(cpu_c, 2), "build_vs_camel_cpu": round(cpu_a / cpu_c, 3),
                "build_skipped": LAST_BUILD_LOG[:-1][:20]})
    for line in LAST_BUILD_LOG[:-1][:20]:
        say(f"      {line}")
    say(f"      CPU seconds: camel {cpu_a:.1f}, build {cpu_c:.1f} (c/a per CPU second {cpu_a / cpu_c:.3f})")
    row["stages"] = _stages(out, say)
    total, tables = _tree_bytes(out), _tree_bytes(out, skip=".cache")
    row.update({"output_bytes": total, "output_bytes_without_cache": tables,
                "output_ratio": round(total / in_bytes, 2), "output_ratio_without_cache": round(tables / in_bytes, 2)})
    say(f"      output {total / 1e6:.0f} MB = {total / in_bytes:.1f}x the input "
        f"({tables / 1e6:.0f} MB = {tables / in_bytes:.1f}x without .cache)")

    if jobs == 1:
        row["build_vs_camel_per_core"] = row["build_vs_camel_per_core_jobsN"]
    elif args.no_speedup:
        row["jobs1"] = "not run (--no-speedup)"
    elif args.jobs1_limit and dt > args.jobs1_limit:
        row["jobs1"] = f"not run: the --jobs {jobs} build alone took {dt:.0f} s (over --jobs1-limit {args.jobs1_limit:g} s)"
        say(f"      {row['jobs1']}")
    else:
        out1 = work / "out1"
        dt1, peak1, log1 = run_build(folder, out1, 1)
        c1, cpu_c1 = mb / dt1, LAST_BUILD_CPU_S
        same = _same_tables(out, out1)
        row["stages_jobs1"] = _stages(out1)
        shutil.rmtree(out1, ignore_errors=True)
        say(f"  (c) build --jobs 1: {dt1:.1f} s = {c1:.3f} MB/s (c/a per core {c1 / a:.3f}); peak PSS {peak1[1]:.0f} MB "
            f"(RSS {peak1[0]:.0f}); --jobs {jobs} speedup {dt1 / dt:.2f}; tables identical: {same}\n      {log1}")
        _say_stages(row["stages_jobs1"], say)
        row.update({"build_s_jobs1": round(dt1, 2), "build_mb_s_jobs1": round(c1, 3),
                    "build_vs_camel_per_core": round(c1 / a, 3), "jobs_speedup": round(dt1 / dt, 2),
                    "peak_pss_mb_jobs1": round(peak1[1]), "peak_rss_mb_jobs1": round(peak1[0]),
                    "build_log_jobs1": log1, "identical_tables": same, "build_cpu_s_jobs1": round(cpu_c1, 2)})

    # incremental: a copy of the corpus (same names, sizes and mtimes) built into the output
    # above (a no-op: `up to date`), then one new article (a copy of a file under a new name)
    copy = work / folder.name
    shutil.copytree(folder, copy)
    dtb, _, logb = run_build(copy, out, jobs, fresh=False)
    src = readable[0] if readable else files[0]
    new = copy / f"zz_bench_new_{src.stem}.txt"
    shutil.copyfile(src, new)
    dti, peaki, logi = run_build(copy, out, jobs, fresh=False)
    row.update({"incremental_base_s": round(dtb, 2), "incremental_base_log": logb,
                "incremental_s": round(dti, 2), "incremental_cpu_s": round(LAST_BUILD_CPU_S, 2),
                "incremental_processed": _processed(logi),
                "incremental_peak_pss_mb": round(peaki[1]), "incremental_log": logi})
    say(f"  incremental: build of the copy {dtb:.1f} s ({logb.split(' in ')[0].split(': ')[-1] if logb else ''}); "
        f"one article added: {dti:.1f} s, {row['incremental_processed']} processed\n      {logi}")
    row["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return row


def _write_results(path: Path, sizes: list | None = None, corpus_row: dict | None = None, extra: dict | None = None,
                   merge: bool = True) -> None:
    """Write results.json: synthetic ``sizes`` (merged by size when ``merge``), the ``corpora``
    entries of real folders (always kept; one per corpus name and commit) and the notebook figures."""
    old = {}
    if path.is_file():
        try:
            old = json.loads(path.read_text())
        except ValueError:
            raise SystemExit(f"bench: {path}: not valid JSON; move it away or fix it")
    data = {"machine": old.get("machine", _machine()), "sizes": old.get("sizes", [])}
    if sizes is not None:
        data["machine"] = _machine()
        if merge:
            mine = {r["size_mb"] for r in sizes}
            sizes = sorted([r for r in old.get("sizes", []) if r["size_mb"] not in mine] + sizes, key=lambda r: r["size_mb"])
        data["sizes"] = sizes
    corpora = old.get("corpora", [])
    if corpus_row is not None:
        key = (corpus_row["corpus"]["name"], corpus_row.get("commit"), corpus_row.get("label"))
        corpora = [r for r in corpora if (r["corpus"]["name"], r.get("commit"), r.get("label")) != key] + [corpus_row]
    data["corpora"] = corpora
    extra = dict(extra or {})
    if "notebooks" not in extra and "notebooks" in old and (merge or sizes is None):
        extra["notebooks"] = old["notebooks"]
    data.update(extra)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                 allow_abbrev=False)  # (no option read as a prefix of another)
    ap.add_argument("--sizes", nargs="+", type=float, default=[10, 100], help="corpus sizes in MB (1000 is optional)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-speedup", action="store_true", help="skip the --jobs 1 build at sizes >= 100 MB")
    ap.add_argument("--no-notebooks", action="store_true", help="skip the notebook floor measurement")
    ap.add_argument("--workdir", type=Path, default=HERE / "corpora")
    ap.add_argument("--results", type=Path, default=HERE / "results.json")
    ap.add_argument("--merge", action="store_true",
                    help="keep the rows of other sizes (and the notebook figures) already in --results")
    ap.add_argument("--corpus", type=Path, help="benchmark a real corpus folder instead of synthetic sizes")
    ap.add_argument("--label", help="--corpus: a note stored with the entry (e.g. 'before issue 11')")
    ap.add_argument("--jobs1-limit", type=float, default=900,
                    help="--corpus: skip the --jobs 1 build when the --jobs N build took longer (seconds; 0: never skip)")
    ap.add_argument("--keep", action="store_true", help="--corpus: keep the output folders and the copy in --workdir")
    args = ap.parse_args(argv)

    if args.corpus is not None:
        row = run_corpus(args)
        _write_results(args.results, corpus_row=row)
        print(f"wrote {args.results}")
        return 0

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
    _write_results(args.results, sizes=results, extra=extra, merge=args.merge)
    print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
