"""A build killed at any moment leaves no orphans and no stale tables: the rerun equals a clean build."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, sha_tree

sys.path.insert(0, str(ROOT / "benchmarks"))
from synth import make_corpus  # noqa: E402

psutil = pytest.importorskip("psutil")


def _cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "arnews", *args], capture_output=True, text=True, timeout=1800, **kw)


def _survivors(children, seconds: float) -> list[int]:
    """The pids of ``children`` (psutil processes) still running after waiting up to ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(c.is_running() and c.status() != psutil.STATUS_ZOMBIE for c in children):
        time.sleep(0.2)
    return [c.pid for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.slow
def test_kill_at_a_random_moment_then_rerun_equals_a_clean_build(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 3.6, seed=11)
    n = len(list(corpus.glob("*.txt")))
    assert n >= 400
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    t0 = time.monotonic()
    r = _cli("build", "--corpus", str(corpus), "--out", str(clean), "--jobs", "2")
    assert r.returncode == 0, r.stderr
    took = time.monotonic() - t0
    seed = int(os.environ.get("ARNEWS_KILL_SEED", "0")) or random.randrange(1, 10**6)
    delay = random.Random(seed).uniform(0.5, max(1.0, 0.9 * took))
    p = subprocess.Popen([sys.executable, "-m", "arnews", "build", "--corpus", str(corpus), "--out", str(killed),
                          "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    children = psutil.Process(p.pid).children(recursive=True) if p.poll() is None else []
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=60)
    alive = _survivors(children, 30)
    assert not alive, f"workers outlived the killed build (seed {seed}, killed after {delay:.1f} s): {alive}"
    # build_info.json is written last: a build killed before it is never taken for a finished one
    # (one killed after it, or one that finished before the kill on a machine faster than during
    # the clean build, is finished: its rerun may say up to date)
    finished = (killed / "build_info.json").exists()
    r = _cli("build", "--corpus", str(corpus), "--out", str(killed), "--jobs", "2")
    assert r.returncode == 0 and (finished or "up to date" not in r.stderr + r.stdout), (seed, delay, r.stderr)
    assert sha_tree(killed) == sha_tree(clean), f"seed {seed}, killed after {delay:.1f} s of a {took:.1f} s build"
    assert not list(killed.glob(".parts-*"))  # the killed run's temporary folder is cleaned


def test_a_killed_builds_half_written_files_are_removed(tmp_path):
    """A build killed while writing a table leaves ``.<table>.tmp<pid>``; the next build removes it
    (and a dead build's ``.parts-<pid>-*``), never a file of a build still running."""
    from arnews.build import _clean_stale_parts

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        out = tmp_path / "out"
        (out / ".cache").mkdir(parents=True)
        stale = [out / f".quantities.parquet.tmp{dead_pid}", out / ".cache" / f".timings.json.tmp{dead_pid}"]
        kept = [out / f".themes.parquet.tmp{live.pid}", out / "quantities.parquet", out / "notes.tmp.txt"]
        for f in stale + kept:
            f.write_bytes(b"x")
        (out / f".parts-{dead_pid}-1").mkdir()
        (out / f".parts-{live.pid}-1").mkdir()
        _clean_stale_parts(out)
        assert not any(f.exists() for f in stale) and not (out / f".parts-{dead_pid}-1").exists()
        assert all(f.exists() for f in kept) and (out / f".parts-{live.pid}-1").exists()
    finally:
        live.kill()
        live.wait()


def test_boilerplate_readers_die_with_a_killed_build(tmp_path):
    """The processes that read the files for boilerplate learning (the first seconds of a build
    with --jobs 2) die with the build: a build killed then leaves no orphans (fresh-clone run:
    seed 978679, killed after 1.2 s, left two)."""
    script = tmp_path / "learn.py"
    script.write_text(
        "import time\n"
        "from arnews import boilerplate as B\n"
        "def slow(batch):\n"
        "    time.sleep(120)\n"
        "    return []\n"
        "B._candidates_of = slow\n"
        "B.learn([(f'/nowhere/{i}.txt', None) for i in range(4 * B.LEARN_BATCH)], jobs=2)\n",
        encoding="utf-8")
    p = subprocess.Popen([sys.executable, str(script)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        children = []
        while time.monotonic() < deadline and len(children) < 2:
            time.sleep(0.2)
            children = psutil.Process(p.pid).children(recursive=True)
        assert len(children) >= 2, "the readers did not start"
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
    alive = _survivors(children, 15)
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, f"boilerplate readers outlived the killed build: {alive}"


def _dies(tables):
    os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's out-of-memory killer does


def _fine(tables):
    import pandas as pd

    return {"fine": pd.DataFrame({"x": [1]})}


def test_a_corpus_level_worker_killed_by_the_kernel_is_one_line_naming_the_analyses():
    """The 5 MB single-line article once made a corpus-level worker die (OOM): the build
    printed BrokenProcessPool's traceback.  Now it is a BuildError naming the hooks."""
    from arnews import build as B
    from arnews.hooks import Hook

    hooks = [Hook("fine_hook", "corpus", _fine, ("fine",)), Hook("dying_hook", "corpus", _dies, ("dies",), sample=True)]
    with pytest.raises(B.BuildError) as e:
        B._run_corpus_level(hooks, {"fine_hook": {}, "dying_hook": {}}, jobs=2)
    msg = str(e.value)
    assert "\n" not in msg and "killed" in msg and "dying_hook" in msg and "--jobs 1" in msg, msg


def test_an_article_worker_killed_mid_build_is_one_line_and_no_traceback(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 1.0, seed=5)
    p = subprocess.Popen([sys.executable, "-m", "arnews", "build", "--corpus", str(corpus), "--out", str(tmp_path / "out"),
                          "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    victim = None
    for _ in range(600):
        kids = psutil.Process(p.pid).children(recursive=True) if p.poll() is None else []
        if kids:
            victim = kids[0]
            break
        time.sleep(0.05)
    assert victim is not None, "the build never started a worker"
    time.sleep(0.5)
    victim.send_signal(signal.SIGKILL)
    out, err = p.communicate(timeout=600)
    assert p.returncode != 0
    assert "Traceback" not in err, err[-2000:]
    lines = [l for l in err.splitlines() if "error" in l]
    assert len(lines) == 1 and "killed" in lines[0], err[-2000:]
    assert not (tmp_path / "out" / "build_info.json").exists()
