"""Linear growth of the sports-role pass on a huge one-line sports paragraph (fixn4; review4 finding 1).

A synthetic one-line paragraph repeats a sports sentence with two firing roles (``اللاعب بواتينغ``، ``مهاجمه أوليفييه
جيرو``) to about 228, 456 and 912 K characters; the script times :func:`arnews.entities.names.paragraph_names` and the
:func:`arnews.entities.sport_roles.sport_role_people` pass inside it, and prints the time ratio of each doubling.
Linear work gives about 2 (the roles x names scan it replaced gave about 4 for the pass).  Speed targets live here,
never in timed unit tests:

    PYTHONPATH=lib .venv/bin/python benchmarks/sport_roles_growth.py [--reps 2000 4000 8000] [--max-ratio 3]

Exit 1 when a doubling of the pass costs more than ``--max-ratio`` times (a noisy shared machine: read the figures).
"""
from __future__ import annotations

import argparse
import sys
import time

import arnews.entities.names as N
from arnews.text import make_paragraph

UNIT = ("وقال اللاعب بواتينغ إن مهاجمه أوليفييه جيرو سجل أمام شالكة الألماني قادما من فناربخشه التركي "
        "في المباراة بالدوري و")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, nargs="+", default=[2000, 4000, 8000])
    ap.add_argument("--max-ratio", type=float, default=3.0)
    a = ap.parse_args(argv)
    spent = {"pass": 0.0}
    inner = N.sport_role_people

    def timed(*args, **kw):
        t = time.perf_counter()
        try:
            return inner(*args, **kw)
        finally:
            spent["pass"] += time.perf_counter() - t

    N.sport_role_people = timed
    N.paragraph_names(make_paragraph(UNIT * 50, "ar"))  # (warm the caches)
    rows = []
    for reps in a.reps:
        spent["pass"] = 0.0
        p = make_paragraph(UNIT * reps, "ar")
        t = time.perf_counter()
        got = N.paragraph_names(p)
        total = time.perf_counter() - t
        rows.append((reps, len(p.text) // 1000, len(got), total, spent["pass"]))
        print(f"{reps} units, {rows[-1][1]} K characters, {len(got)} names: paragraph_names {total:.2f} s, "
              f"sport_role_people {spent['pass']:.2f} s", flush=True)
    worst = 0.0
    for (r0, _, _, t0, s0), (r1, _, _, t1, s1) in zip(rows, rows[1:]):
        ratio = (s1 / s0) / (r1 / r0) * 2 if s0 else 0.0
        worst = max(worst, ratio)
        print(f"x{r1 / r0:g} size: paragraph_names x{t1 / t0:.2f}, sport_role_people x{s1 / s0:.2f}")
    return 1 if worst > a.max_ratio else 0


if __name__ == "__main__":
    sys.exit(main())
