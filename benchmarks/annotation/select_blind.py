"""Select a blind annotation set of SaudiNewsNet articles by a stated rule (no reading involved).

    python benchmarks/annotation/select_blind.py SNNALL SNN2000 --salt blind19 --n 40 [--exclude IDS ...] > ids.json

Rule: articles of the full corpus folder SNNALL that are not in SNN2000 (the folder every
developer runs on) nor in any ``--exclude`` file (one id a line or a JSON list), with 400-3,000
characters, at least one digit, ordered by sha256(salt + ":" + id), at most 4 per outlet, the
first ``n``.  A new salt gives a set independent of the earlier ones.  Prints a JSON list.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from collections import Counter
from pathlib import Path


def _ids(path: Path) -> set[str]:
    t = path.read_text(encoding="utf-8").strip()
    if t.startswith("["):
        return set(json.loads(t))
    return {x.strip() for x in t.splitlines() if x.strip()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("snnall", type=Path)
    ap.add_argument("snn2000", type=Path)
    ap.add_argument("--salt", required=True)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--per-outlet", type=int, default=4)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    a = ap.parse_args()
    seen = {r["id"] for r in csv.DictReader(open(a.snn2000 / "articles.csv", encoding="utf-8"))}
    for p in a.exclude:
        seen |= _ids(p)
    rows = [r for r in csv.DictReader(open(a.snnall / "articles.csv", encoding="utf-8")) if r["id"] not in seen]
    rows.sort(key=lambda r: hashlib.sha256(f"{a.salt}:{r['id']}".encode()).hexdigest())
    out, per = [], Counter()
    for r in rows:
        text = (a.snnall / r["file"]).read_text(encoding="utf-8")
        if not 400 <= len(text) <= 3000 or not re.search(r"[0-9\u0660-\u0669]", text):
            continue
        if per[r["outlet"]] >= a.per_outlet:
            continue
        per[r["outlet"]] += 1
        out.append(r["id"])
        if len(out) == a.n:
            break
    print(json.dumps(out, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
