"""Session 35 corpus-level speed: helpers that must give exactly what they replace."""
import numpy as np

from arnews import corpus_level as CL
from arnews.stats.keyness import sorted_unique


def test_sorted_unique_is_np_unique():
    rng = np.random.default_rng(35)
    for n in (0, 1, 2, 7, 1000, 50_000):
        for hi in (3, 1 << 40):
            a = rng.integers(-5, hi, n)
            got = sorted_unique(a)
            assert got.dtype == np.unique(a).dtype
            assert np.array_equal(got, np.unique(a))
    assert np.array_equal(sorted_unique(np.array([[3, 1], [3, 2]])), [1, 2, 3])


def test_preload_calls_exist_and_run():
    import importlib

    for m, fn in CL.CORPUS_PRELOAD_CALLS:
        assert callable(getattr(importlib.import_module(m), fn))
    CL._preload(modules=(), calls=CL.CORPUS_PRELOAD_CALLS)
    CL._preload(modules=("no_such_module_35",), calls=(("arnews.frequency", "no_such_fn"),))  # says nothing


def test_timings_hold_each_corpus_hooks_cpu_seconds(built):
    import json

    from arnews.hooks import CORPUS_HOOKS

    t = json.loads((built / ".cache" / "timings.json").read_text())
    cpu = t["corpus_hooks_cpu_s"]
    assert set(cpu) == {h.name for h in CORPUS_HOOKS}
    assert all(v >= 0 for v in cpu.values())
    assert sum(cpu.values()) <= t["corpus_level_cpu_s"] + 0.05 * len(cpu)
