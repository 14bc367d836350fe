"""Step 1: run the current finder on every gold set exactly as benchmarks/score_entities.py does
(its predict_file + learned_predictions) and cache gold, predictions, texts and paragraphs.

    PYTHONPATH=lib python benchmarks/experiments/names_model/collect.py --out /tmp/x/cache
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
import score_entities as se  # noqa: E402


def load_set(folder: Path, corpus: str | None):
    """gold frame (doc, start, end, type, entity, surface) and {doc: file path}, as score_entities.main."""
    rows = [json.loads(x) for x in (folder / "entities.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    gold = pd.DataFrame(rows)
    if corpus is None:  # pages set
        gold = gold.rename(columns={"page": "doc"})
        files = {d: folder / f"{d}.txt" for d in sorted(set(gold.doc))}
    else:
        col = next(c for c in ("file", "article_id", "page") if c in gold.columns)
        gold["doc"] = gold[col].astype(str).str.replace(".txt", "", regex=False)
        files = {d: Path(corpus) / f"{d}.txt" for d in sorted(set(gold.doc))}
    gold = gold[gold.doc.isin(files)].reset_index(drop=True)
    texts = {d: f.read_text(encoding="utf-8") for d, f in files.items()}
    if "surface" not in gold.columns:
        gold["surface"] = [texts[d][s:e] for d, s, e in zip(gold.doc, gold.start, gold.end)]
    return gold, files, texts


def collect(folder: Path, corpus: str | None, builds: list[str]) -> dict:
    gold, files, texts = load_set(folder, corpus)
    preds, kept = [], {}
    for d, f in files.items():
        kept[d] = {}
        e = se.predict_file(f, kept[d])
        if len(e):
            preds.append(e.assign(doc=d))
    kept = {d: k for d, k in kept.items() if k}
    m = se.learned_predictions(kept, builds, [])
    if len(m):
        preds.append(m)
    pred = pd.concat(preds, ignore_index=True)
    pars = {d: (k["paragraphs"][["paragraph", "text"] + [c for c in ("role",) if c in k["paragraphs"].columns]],
                k["starts"]) for d, k in kept.items()}
    return {"gold": gold, "pred": pred, "texts": texts, "pars": pars}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--corpus", default="/root/corpora/snnall")
    ap.add_argument("--learn-build", default="/tmp/s37/snn2000-start")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    gd = ROOT / "benchmarks" / "gold"
    sets = [p for p in sorted(gd.glob("snn_blind*")) if (p / "entities.jsonl").is_file()
            and (p / "entities.jsonl").stat().st_size and p.name != "snn_blind41"]
    sets += [gd / f"pages{n}" for n in (19, 20, 21, 22)]
    for s in sets:
        f = out / f"{s.name}.pkl"
        if f.exists():
            continue
        snn = s.name.startswith("snn")
        res = collect(s, a.corpus if snn else None, [a.learn_build] if snn else [])
        f.write_bytes(pickle.dumps(res))
        print(s.name, len(res["gold"]), len(res["pred"]), flush=True)


if __name__ == "__main__":
    main()
