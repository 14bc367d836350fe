"""Steps 2-3: candidate tables, leave-one-set-out training and scoring.

    PYTHONPATH=lib python benchmarks/experiments/names_model/collect.py --out CACHE   # finder output per set
    PYTHONPATH=lib python benchmarks/experiments/names_model/run.py --cache CACHE     # tables, LOSO, figures

Variants per held-out set, all scored by benchmarks/score_entities.score (same matching):
  a      the rules as they are
  b@t    rule mentions kept when the rescoring model gives P(correct) >= t
  d@t    rule mentions retyped when a type model (trained on the gold type overlapping each rule mention)
         gives another type probability >= t
  c@t    all rule mentions plus broad candidates whose best non-'none' class probability >= t
         (overlapping accepted candidates: the most probable kept)
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))
import features as F  # noqa: E402
import score_entities as se  # noqa: E402

B_T = (0.2, 0.35, 0.5)
C_T = (0.3, 0.5, 0.7)
D_T = (0.5, 0.7, 0.9)
META = ["kind", "source", "ptype", "pred_index", "fstart", "fend", "entity_id", "surface", "label", "gold_any",
        "set", "doc"]


def tables(cache: Path, build: str) -> pd.DataFrame:
    out = []
    for f in sorted(cache.glob("*.pkl")):
        t = cache / f"{f.stem}.table{'_wide' if F.WIDE else ''}.parquet"
        if not t.exists():
            res = pd.read_pickle(f)
            F.build_table(res, f.stem, build).to_parquet(t)
            print("table", f.stem, flush=True)
        out.append(pd.read_parquet(t))
    return pd.concat(out, ignore_index=True)


def design(T: pd.DataFrame) -> pd.DataFrame:
    X = T.drop(columns=[c for c in META if c in T.columns]).astype(float)
    for s in F.SOURCES + ["broad_rare", "broad_cue", "broad_learned", "dispatch"]:
        X["src_" + s] = (T.source == s).astype(float)
    for t in F.TYPES:
        X["ptype_" + t] = (T.ptype == t).astype(float)
    return X


def hgb():
    from sklearn.ensemble import HistGradientBoostingClassifier
    return HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, early_stopping=False, max_leaf_nodes=15,
                                          min_samples_leaf=30, l2_regularization=1.0, random_state=0)


def lr():
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    return make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))


def summary(d: dict) -> dict:
    return {"er_all": d["all"]["entity_recall"], "er_person": d["person"]["entity_recall"],
            "er_place": d["place"]["entity_recall"], "er_org": d["organisation"]["entity_recall"],
            "P": d["all"]["mention_precision"], "R": d["all"]["mention_recall"]}


def broad_preds(cands: pd.DataFrame, proba: np.ndarray, t: float, rule: pd.DataFrame) -> pd.DataFrame:
    best = proba[:, 1:].max(axis=1)
    cls = np.array(F.LABELS)[1 + proba[:, 1:].argmax(axis=1)]
    c = cands.assign(p=best, type=cls)
    c = c[c.p >= t].sort_values("p", ascending=False)
    keep, taken = [], {}
    for r in c.itertuples():
        sp = taken.setdefault(r.doc, [])
        if any(a < r.fend and r.fstart < b for a, b in sp):
            continue
        sp.append((r.fstart, r.fend))
        keep.append(r.Index)
    c = c.loc[keep]
    ids = {(d, F.name_key(s.split())): e for d, s, e in zip(rule.doc, rule.surface, rule.entity_id)}
    eid = [ids.get((d, F.name_key(s.split())), "~broad " + F.name_key(s.split())) for d, s in zip(c.doc, c.surface)]
    return pd.DataFrame({"doc": c.doc.values, "fstart": c.fstart.values, "fend": c.fend.values, "type": c.type.values,
                         "entity_id": eid, "surface": c.surface.values, "source": "model", "confidence": c.p.values})


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", required=True)
    ap.add_argument("--build", default="/tmp/s37/snn2000-start")
    ap.add_argument("--out", default=None, help="JSON of all figures (default CACHE/results.json)")
    ap.add_argument("--wide", action="store_true", help="v2 broad candidates (foreign-shaped words, learned names)")
    a = ap.parse_args(argv)
    F.WIDE = a.wide
    cache = Path(a.cache)
    T = tables(cache, a.build)
    X = design(T)
    rule = (T.kind == "rule").values
    good = (T.label != "none").values.astype(int)
    ylab = T.label.map({k: i for i, k in enumerate(F.LABELS)}).values
    sets = sorted(T.set.unique())
    res, oof_b, oof_c = {}, np.full(len(T), np.nan), np.full((len(T), 4), np.nan)
    oof_lr = np.full(len(T), np.nan)
    oof_d = np.full((len(T), 4), np.nan)
    T.loc[T.label != "none", "gold_any"] = T.label  # a correct rule mention keeps its own type
    yany = T.gold_any.map({k: i for i, k in enumerate(F.LABELS)}).values
    from sklearn.metrics import roc_auc_score
    cov = {}
    import time
    for s in sets:
        t0 = time.time()
        te = (T.set == s).values
        mb = hgb().fit(X[rule & ~te], good[rule & ~te])
        oof_b[rule & te] = mb.predict_proba(X[rule & te])[:, 1]
        ml = lr().fit(X[rule & ~te], good[rule & ~te])
        oof_lr[rule & te] = ml.predict_proba(X[rule & te])[:, 1]
        md = hgb().fit(X[rule & ~te], yany[rule & ~te])
        oof_d[rule & te] = md.predict_proba(X[rule & te])
        mc = hgb().fit(X[~rule & ~te], ylab[~rule & ~te])
        oof_c[~rule & te] = mc.predict_proba(X[~rule & te])
        t1 = time.time()
        R = pd.read_pickle(cache / f"{s}.pkl")
        gold, pred = R["gold"], R["pred"].reset_index(drop=True)
        out = {"a": summary(se.score(gold, pred))}
        Tr = T[rule & te]
        for t in B_T:
            drop = set(Tr.pred_index[oof_b[rule & te] < t].astype(int))
            out[f"b@{t}"] = summary(se.score(gold, pred.drop(index=list(drop))))
            drop = set(Tr.pred_index[oof_lr[rule & te] < t].astype(int))
            out[f"bLR@{t}"] = summary(se.score(gold, pred.drop(index=list(drop))))
        for t in D_T:  # retype: a rule mention takes another type when the model gives that type >= t
            P = oof_d[rule & te]
            cls = np.array(F.LABELS)[1 + P[:, 1:].argmax(axis=1)]
            pr = P[:, 1:].max(axis=1)
            ch = (cls != Tr.ptype.values) & (pr >= t)
            p2 = pred.copy()
            p2.loc[Tr.pred_index.values[ch].astype(int), "type"] = cls[ch]
            out[f"d@{t}"] = summary(se.score(gold, p2))
            out[f"d@{t}"]["retyped"] = int(ch.sum())
        Tc = T[~rule & te]
        for t in C_T:
            bp = broad_preds(Tc, oof_c[~rule & te], t, Tr)
            out[f"c@{t}"] = summary(se.score(gold, pd.concat([pred, bp], ignore_index=True)))
            out[f"c@{t}"]["added"] = len(bp)
        # how many gold mentions the rules miss, and how many of those some broad candidate overlaps
        g = gold.assign(type=gold.type.map(F.GTYPE))
        miss = cover = 0
        for r in g.itertuples():
            pr = pred[(pred.doc == r.doc) & (pred.type == r.type) & (pred.fstart < r.end) & (pred.fend > r.start)]
            if len(pr):
                continue
            miss += 1
            cover += int(((Tc.doc == r.doc) & (Tc.fstart < r.end) & (Tc.fend > r.start)).any())
        cov[s] = (miss, cover)
        res[s] = out
        print(s, json.dumps({k: v["er_all"] for k, v in out.items()}), "P", out["a"]["P"], "missed", miss,
              "covered", cover, "fit %.0fs score %.0fs" % (t1 - t0, time.time() - t1), flush=True)
    auc_b = roc_auc_score(good[rule], oof_b[rule])
    auc_lr = roc_auc_score(good[rule], oof_lr[rule])
    auc_c = roc_auc_score(good[~rule], 1 - oof_c[~rule][:, 0])
    # importance: permutation on the out-of-set predictions is costly; fit once on 70% of the sets, test on the rest
    from sklearn.inspection import permutation_importance
    rng = np.random.RandomState(0)
    hold = set(rng.choice(sets, size=max(1, len(sets) * 3 // 10), replace=False))
    te = T.set.isin(hold).values
    imp = {}
    for name, m_rows, y, scorer in (("rescore", rule, good, "roc_auc"), ("broad", ~rule, (ylab > 0).astype(int), None)):
        if name == "rescore":
            m = hgb().fit(X[m_rows & ~te], y[m_rows & ~te])
        else:
            m = hgb().fit(X[m_rows & ~te], ylab[m_rows & ~te])
            y = ylab
        pi = permutation_importance(m, X[m_rows & te], y[m_rows & te], n_repeats=3, random_state=0,
                                    scoring=scorer, n_jobs=1)
        order = np.argsort(-pi.importances_mean)[:15]
        imp[name] = [(X.columns[k], round(float(pi.importances_mean[k]), 4)) for k in order]
    full = {"per_set": res, "coverage": cov, "auc": {"rescore_hgb": auc_b, "rescore_lr": auc_lr, "broad_hgb": auc_c},
            "importance": imp, "n_rule": int(rule.sum()), "n_broad": int((~rule).sum()),
            "n_broad_gold": int(((~rule) & (T.label != "none")).sum())}
    Path(a.out or cache / "results.json").write_text(json.dumps(full, indent=1, ensure_ascii=False))
    report(full)


def report(full: dict):
    res = full["per_set"]
    var = list(next(iter(res.values())).keys())
    snn = [s for s in res if s.startswith("snn")]
    print("\nLOSO means over", len(snn), "snn sets (and over all", len(res), "incl. pages)")
    print(f"{'variant':10s} {'ER all':>7s} {'pers':>6s} {'place':>6s} {'org':>6s} {'P':>6s} {'R':>6s}  "
          f"{'dER min/max vs a':>18s} {'allsets ER':>10s}")
    for v in var:
        M = pd.DataFrame([res[s][v] for s in snn])
        A = pd.DataFrame([res[s]["a"] for s in snn])
        d = M.er_all - A.er_all
        allm = np.mean([res[s][v]["er_all"] for s in res])
        print(f"{v:10s} {M.er_all.mean():7.3f} {M.er_person.mean():6.3f} {M.er_place.mean():6.3f} {M.er_org.mean():6.3f}"
              f" {M.P.mean():6.3f} {M.R.mean():6.3f}  {d.min():+.3f}/{d.max():+.3f} {allm:10.3f}")
    print("AUC", {k: round(v, 3) for k, v in full["auc"].items()}, "rule rows", full["n_rule"], "broad rows",
          full["n_broad"], "broad rows on gold", full["n_broad_gold"])
    miss = sum(m for m, c in full["coverage"].values())
    cov = sum(c for m, c in full["coverage"].values())
    print("gold mentions the rules miss:", miss, "overlapped by a broad candidate:", cov)
    for k, v in full["importance"].items():
        print("importance", k, v)


if __name__ == "__main__":
    main()
