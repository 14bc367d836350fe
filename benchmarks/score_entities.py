"""Score the ``entities`` table against hand annotations (mentions and grouping).

    python benchmarks/score_entities.py PAGES_DIR [--pages p01,p02] [--show]
    python benchmarks/score_entities.py --jsonl ANN.jsonl --corpus DIR   (annotations keyed by article file)

Annotations: ``entities.jsonl`` rows ``{page, start, end, surface, type, entity}`` with offsets into
the whole file text; ``PAGES_DIR/<page>.txt`` is the page.  Each page is read with arnews's own
reader (blocks and roles), the ``entities`` hook runs on it, and paragraph offsets are mapped
back to file offsets (the block's line start).

Figures, by type and overall:
* mention recall / precision: a gold mention is found when a predicted mention of the same type
  overlaps it (``exact``: same span);
* entity recall with grouping: a gold entity (its ``entity`` key) counts as found when all its
  mentions are found and one predicted entity id covers them all (``entity_recall_majority``:
  when most of its mentions are found under one id);
* why the other entities are missed (``missed_by``: ``none``, no mention found; ``wrong_type``, no mention
  found with its type but one overlapped with another type; ``partial``, some mentions found and some not;
  ``split``, every mention found but under two or more predicted ids).
Predicted ``office`` mentions are left out (the annotations do not mark offices). The writers of
byline blocks (the ``writers`` table) count as predicted people: the guide counts the people of bylines.

The corpus-level pass (``learned_names``: a name announced by a cue somewhere in the corpus is
the same entity where it stands bare) is included: names are learned from the scored files
together with the built corpora given with ``--learn-build OUT`` (repeatable; the ``entities``
and ``paragraphs`` tables of ``python -m arnews build --corpus DIR --out OUT``; a scored article
that the build also holds counts once) or the corpus folders given with ``--learn-corpus DIR``
(read and run here: slower; with ``--jsonl`` and no ``--learn-build`` the ``--corpus`` folder is
learned from), and their mentions in the scored files are added.  ``--no-learn`` scores the
per-article table alone.  E.g. the Saudi dev set learning over
snn300 and snn2000:

    python benchmarks/score_entities.py --jsonl snn_entities_dev.jsonl --corpus /root/corpora/snn300 \
        --learn-build /tmp/b-snn300 --learn-build /tmp/b-snn2000
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import read_jsonl  # noqa: E402

TYPE = {"org": "organisation", "organisation": "organisation", "person": "person", "place": "place"}


def predict_file(path: Path, keep: dict | None = None, learned=None, row: dict | None = None) -> pd.DataFrame:
    """Entities of one file with file offsets (fstart, fend); ``keep`` (when given) receives the
    file's paragraphs table, its entities and the file offset of each paragraph.  ``learned``
    (:class:`arnews.boilerplate.Learned`) and ``row`` (the file's manifest row, for its outlet):
    read the file with the boilerplate a build learned, as that build reads its own files."""
    from arnews.corpus import read_article, read_corpus
    from arnews.entities import entities_table, writers_table

    import shutil
    import tempfile

    if learned is not None:
        arts = [read_article(path, row=row, learned=learned)]
    else:
        with tempfile.TemporaryDirectory() as d:
            shutil.copy(path, Path(d) / path.name)
            arts, skipped = read_corpus(Path(d), None)
    if not arts:
        return pd.DataFrame()
    a = arts[0]
    text = path.read_text(encoding="utf-8")
    rows = [{**b, "lang": a.meta.get("language", "ar")} for b in a.blocks]
    P = pd.DataFrame(rows)
    ents = entities_table(P, pd.DataFrame([{"article_id": a.article_id, "language": a.meta.get("language", "ar")}]))
    # block offsets in the file: find each block's text in order
    starts, pos = {}, 0
    for r in P.itertuples():
        k = text.find(r.text, pos)
        if k < 0:
            k = text.find(r.text)
        starts[int(r.paragraph)] = k
        if k >= 0:
            pos = k + len(r.text)
    if keep is not None:
        keep.update(paragraphs=P.assign(article_id=a.article_id), entities=ents, starts=starts, article_id=a.article_id)
    # the writers of byline blocks (the guide counts them; arnews keeps them in the ``writers`` table)
    w = writers_table(P, pd.DataFrame([{"article_id": a.article_id, "language": a.meta.get("language", "ar")}]))
    if len(w):
        w = w.rename(columns={"writer_id": "entity_id"}).assign(type="person", role="byline")
        ents = pd.concat([ents, w[[c for c in w.columns if c in ents.columns]]], ignore_index=True)
    ents = ents.copy()
    ents["fstart"] = [starts[int(p)] + s for p, s in zip(ents.paragraph, ents.start)]
    ents["fend"] = [starts[int(p)] + e for p, e in zip(ents.paragraph, ents.end)]
    return ents[ents.type != "office"]


def corpus_tables(folder: str, skip: set, batch: int = 100) -> dict:
    """``entities`` and ``paragraphs`` of every article of a corpus folder (as the build reads
    them), leaving out the articles ``skip``: the corpus to learn names from when no build is given."""
    from arnews.article_tables import paragraphs_frame
    from arnews.corpus import read_corpus
    from arnews.entities import entities_table

    arts, _ = read_corpus(Path(folder), None)
    arts = [a for a in arts if a.article_id not in skip]
    ents, pars = [], []
    for i in range(0, len(arts), batch):
        part = arts[i:i + batch]
        P = paragraphs_frame(part)
        A = pd.DataFrame({"article_id": [a.article_id for a in part],
                          "language": [a.meta.get("language", "ar") for a in part]})
        ents.append(entities_table(P, A))
        pars.append(P)
    return {"entities": pd.concat(ents, ignore_index=True) if ents else pd.DataFrame(),
            "paragraphs": pd.concat(pars, ignore_index=True) if pars else pd.DataFrame()}


def learned_predictions(kept: dict, builds: list[str], corpora: list[str] = ()) -> pd.DataFrame:
    """The corpus-level pass over the scored files, the builds and the corpus folders: mentions
    of learned names in the scored files, with file offsets and ``doc``.  ``kept``: doc -> what
    predict_file kept."""
    from arnews.entities.learned import _paragraph_parts, learned_tables
    from arnews.tables import load_tables

    ids = {k["article_id"]: d for d, k in kept.items()}
    ents = [k["entities"] for k in kept.values()]
    pars = [k["paragraphs"] for k in kept.values()]
    tabs = []
    for b in builds:
        T = load_tables(b)
        e = T["entities"]
        ents.append(e[~e.article_id.astype(str).isin(ids)])
        tabs.append(T)
    for c in corpora:
        t = corpus_tables(c, set(ids))
        ents.append(t["entities"])
        tabs.append(t)

    def parts():
        yield from pars
        for T in tabs:
            for df in _paragraph_parts(T):
                df = df[~df.article_id.astype(str).isin(ids)]
                if len(df):
                    yield df

    E = pd.concat(ents, ignore_index=True)
    res = learned_tables(E, parts, only=set(ids))
    m = res["learned_mentions"]
    if not len(m):
        return pd.DataFrame()
    m = m.assign(doc=[ids[a] for a in m.article_id.astype(str)])
    m["fstart"] = [kept[d]["starts"][int(p)] + s for d, p, s in zip(m.doc, m.paragraph, m.start)]
    m["fend"] = [kept[d]["starts"][int(p)] + e for d, p, e in zip(m.doc, m.paragraph, m.end)]
    return m


def _unreplaced(pred: pd.DataFrame, learned: pd.DataFrame) -> pd.DataFrame:
    """The per-article predictions of one file that no learned mention overlaps (the weak readings a learned
    club replaces, as :func:`arnews.entities.learned.with_learned` leaves them out)."""
    from arnews.entities.learned import _weak_readings

    lm = learned[learned.doc.isin(set(pred.doc))]
    if not len(lm) or "source" not in pred.columns:
        return pred
    spans = list(zip(lm.fstart, lm.fend))
    keep = [not (w and any(s < b and a < e for a, b in spans))
            for s, e, w in zip(pred.fstart, pred.fend, _weak_readings(pred.fillna({"type": "", "source": ""})))]
    return pred[keep]


def score(gold: pd.DataFrame, pred: pd.DataFrame) -> dict:
    """gold: doc, start, end, type, entity; pred: doc, fstart, fend, type, entity_id."""
    out = {}
    gold = gold.assign(type=gold.type.map(TYPE))
    match = {}  # gold index -> predicted entity id
    exact = set()
    used = set()
    overlapped = set()  # gold index overlapped by a prediction of any type
    for doc, g in gold.groupby("doc"):
        pr = pred[pred.doc == doc]
        for gi, r in g.iterrows():
            if ((pr.fstart < r.end) & (r.start < pr.fend)).any():
                overlapped.add(gi)
            for pi, q in pr.iterrows():
                if q.type == r.type and q.fstart < r.end and r.start < q.fend:
                    match[gi] = q.entity_id
                    used.add(pi)
                    if q.fstart == r.start and q.fend == r.end:
                        exact.add(gi)
                    break
    for t in ["person", "place", "organisation", "all"]:
        g = gold if t == "all" else gold[gold.type == t]
        p = pred if t == "all" else pred[pred.type == t]
        rec = sum(1 for i in g.index if i in match) / max(1, len(g))
        prec = sum(1 for i in p.index if i in used) / max(1, len(p))
        ex = sum(1 for i in g.index if i in exact) / max(1, len(g))
        ents = g.groupby(["doc", "entity"]) if t != "all" else g.groupby(["doc", "entity"])
        # grouping: across documents too (an entity key names one entity everywhere)
        strict = maj = 0
        why = Counter()
        groups = g.groupby("entity")
        for _, ge in groups:
            ids = [match.get(i) for i in ge.index]
            c = Counter(x for x in ids if x is not None)
            top = c.most_common(1)[0][1] if c else 0
            strict += int(all(x is not None for x in ids) and len(c) == 1)
            maj += int(top * 2 > len(ids))
            if not c:
                why["wrong_type" if any(i in overlapped for i in ge.index) else "none"] += 1
            elif None in ids:
                why["partial"] += 1
            elif len(c) > 1:
                why["split"] += 1
        n = max(1, groups.ngroups)
        out[t] = {"gold_mentions": len(g), "pred_mentions": len(p), "mention_recall": round(rec, 3),
                  "mention_precision": round(prec, 3), "exact_span_recall": round(ex, 3),
                  "entities": groups.ngroups, "entity_recall": round(strict / n, 3),
                  "entity_recall_majority": round(maj / n, 3),
                  "missed_by": {k: why[k] for k in ("none", "wrong_type", "partial", "split")}}
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], allow_abbrev=False)  # --json is no --jsonl
    ap.add_argument("pages", nargs="?", help="folder with <page>.txt and entities.jsonl")
    ap.add_argument("--pages", dest="only", default="", help="comma-separated pages to score (default: all)")
    ap.add_argument("--jsonl", help="annotations keyed by article file name (field 'file' or 'article_id')")
    ap.add_argument("--corpus", help="folder of the articles named in --jsonl")
    ap.add_argument("--learn-build", action="append", default=[], metavar="OUT",
                    help="a built corpus (arnews build --out) to learn names from with the scored files (repeatable)")
    ap.add_argument("--learn-corpus", action="append", default=[], metavar="DIR",
                    help="a corpus folder to learn names from (read and run here; default with --jsonl: --corpus "
                         "when no --learn-build is given)")
    ap.add_argument("--no-learn", action="store_true", help="leave the corpus-level pass (learned names) out")
    ap.add_argument("--boilerplate-from", metavar="OUT",
                    help="read the scored files with the boilerplate a build learned (its boilerplate table; "
                         "outlets from the --corpus manifest), as that build reads its own files")
    ap.add_argument("--show", action="store_true", help="print missed gold mentions and unmatched predictions")
    a = ap.parse_args(argv)
    if a.pages:
        folder = Path(a.pages)
        rows = read_jsonl(folder / "entities.jsonl")
        gold = pd.DataFrame(rows).rename(columns={"page": "doc"})
        docs = sorted(set(gold.doc)) if not a.only else a.only.split(",")
        files = {d: folder / f"{d}.txt" for d in docs}
    else:
        rows = read_jsonl(a.jsonl)
        gold = pd.DataFrame(rows)
        col = next(c for c in ("file", "article_id", "page") if c in gold.columns)
        gold["doc"] = gold[col].astype(str).str.replace(".txt", "", regex=False)
        docs = sorted(set(gold.doc))
        files = {d: Path(a.corpus) / f"{d}.txt" for d in docs}
    gold = gold[gold.doc.isin(docs)].reset_index(drop=True)
    if "surface" not in gold.columns:  # gold kept without the corpus's text: read it from the files
        texts = {d: f.read_text(encoding="utf-8") for d, f in files.items()}
        gold["surface"] = [texts[d][s:e] for d, s, e in zip(gold.doc, gold.start, gold.end)]
    preds = []
    kept: dict = {}
    learned, rows_of = None, {}
    if a.boilerplate_from:
        from arnews.boilerplate import from_frame

        learned = from_frame(pd.read_csv(Path(a.boilerplate_from) / "boilerplate.csv", dtype={"key": str},
                                         keep_default_na=False))
        man = Path(a.corpus or a.pages) / "articles.csv"
        if man.is_file():
            m = pd.read_csv(man, dtype=str, keep_default_na=False)
            rows_of = {r["id"]: r for r in m.to_dict("records")} if "id" in m.columns else {}
    for d, f in files.items():
        kept[d] = {}
        e = predict_file(f, kept[d], learned, rows_of.get(d))
        if len(e):
            preds.append(e.assign(doc=d))
    kept = {d: k for d, k in kept.items() if k}
    if not a.no_learn and kept:
        corpora = a.learn_corpus or ([a.corpus] if a.jsonl and a.corpus and not a.learn_build else [])
        m = learned_predictions(kept, a.learn_build, corpora)
        if len(m):
            preds = [_unreplaced(e, m) for e in preds]  # (with_learned: a learned club replaces a weak reading)
            preds.append(m)
    pred = pd.concat(preds, ignore_index=True) if preds else pd.DataFrame(columns=["doc", "fstart", "fend", "type", "entity_id"])
    res = score(gold, pred)
    print(json.dumps(res, indent=1, ensure_ascii=False))
    if a.show:
        pd.set_option("display.width", 250)
        pd.set_option("display.max_rows", 1000)
        g = gold.assign(type=gold.type.map(TYPE))
        missed = []
        for i, r in g.iterrows():
            pr = pred[(pred.doc == r.doc) & (pred.type == r.type) & (pred.fstart < r.end) & (pred.fend > r.start)]
            if not len(pr):
                anyt = pred[(pred.doc == r.doc) & (pred.fstart < r.end) & (pred.fend > r.start)]
                missed.append((r.doc, r.type, r.surface, ";".join(anyt.type + ":" + anyt.surface)))
        print("MISSED", len(missed))
        for m in missed:
            print("  ", *m)
        print("UNMATCHED PREDICTIONS")
        for r in pred.itertuples():
            gg = g[(g.doc == r.doc) & (g.type == r.type) & (g.start < r.fend) & (g.end > r.fstart)]
            if not len(gg):
                print("  ", r.doc, r.type, r.surface, r.source, r.confidence)
    return 0


if __name__ == "__main__":
    sys.exit(main())
