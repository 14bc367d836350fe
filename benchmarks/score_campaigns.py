"""Score discovered campaigns against hand-annotated pages (campaigns.jsonl: page, start, end,
surface, group, quoted): are the annotated mentions found, and are the variants grouped as the
annotator grouped them?

    python benchmarks/score_campaigns.py [PAGES_DIR] [--pages p07-p12]

Each line of a page is one paragraph (first line = title).  A mention is found when a candidate
(arnews.rhetoric.campaign_candidates_table) overlaps at least half of it; grouping is scored
with B-cubed precision / recall over the found mentions (gold = ``group``, system = the
discovered campaign of the candidate's variant; every variant counts, recurrent or not).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

import arnews.rhetoric as R

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import read_jsonl  # noqa: E402


def _pages(folder: Path, names):
    rows, offs = [], {}
    for name in names:
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        pos = 0
        for i, line in enumerate(text.split("\n")):
            offs[(name, i)] = pos
            if line.strip():
                rows.append({"article_id": name, "paragraph": i, "role": "title" if i == 0 else "body", "lang": "ar",
                             "text": line})
            pos += len(line) + 1
    return pd.DataFrame(rows), offs


def score(folder: Path, names) -> dict:
    gold = read_jsonl(folder / "campaigns.jsonl")
    gold = [g for g in gold if g["page"] in names]
    P, offs = _pages(folder, names)
    C = R.campaign_candidates_table(P)
    C["fstart"] = [offs[(a, p)] + s for a, p, s in zip(C.article_id, C.paragraph, C.start)]
    C["fend"] = [offs[(a, p)] + e for a, p, e in zip(C.article_id, C.paragraph, C.end)]
    D = R.cluster_candidates(C, recur_min=1)
    cluster_of = dict(zip(D.variant, D.cluster))
    found = []
    for g in gold:
        sub = C[C.article_id == g["page"]]
        ov = (sub.fend.clip(upper=g["end"]) - sub.fstart.clip(lower=g["start"])).clip(lower=0)
        if len(sub) and ov.max() * 2 >= g["end"] - g["start"]:
            v = sub.loc[ov.idxmax(), "variant"]
            found.append((g["group"], cluster_of.get(v, "single:" + v), g))
    n = len(found)
    prec = rec = 0.0
    for gg, sc, _ in found:
        same_s = [x for x in found if x[1] == sc]
        same_g = [x for x in found if x[0] == gg]
        prec += sum(1 for x in same_s if x[0] == gg) / len(same_s)
        rec += sum(1 for x in same_g if x[1] == sc) / len(same_g)
    return {"pages": list(names), "mentions": len(gold), "found": n, "mention_recall": round(n / max(len(gold), 1), 3),
            "groups": len({g["group"] for g in gold}), "bcubed_precision": round(prec / max(n, 1), 3),
            "bcubed_recall": round(rec / max(n, 1), 3),
            "missed": [g["surface"] for g in gold if all(g is not f[2] for f in found)]}


def main(argv):
    folder = Path(argv[0]) if argv and not argv[0].startswith("--") else Path("/work/annotations/pages")
    spec = argv[argv.index("--pages") + 1] if "--pages" in argv else "p01-p06"
    a, b = (int(x.lstrip("p")) for x in spec.split("-"))
    names = [f"p{i:02d}" for i in range(a, b + 1) if (folder / f"p{i:02d}.txt").is_file()]
    print(json.dumps(score(folder, names), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
