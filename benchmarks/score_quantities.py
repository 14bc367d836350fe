"""Score the quantities of arnews against hand annotation (issue 13).

    python benchmarks/score_quantities.py --gold GOLD.jsonl [GOLD2.jsonl ...] --corpus DIR
        [--ids IDS] [--errors N] [--json OUT]

Gold: JSONL, one object per number expression (see the annotation guide): ``article_id``,
``start``/``end`` (offsets into the whole article file text, the first line being the title),
``surface``, ``kind``, ``value``, ``value_end``, ``unit``, ``currency``, ``date``, ``calendar``,
``approx``.  ``--ids`` names the annotated articles when some of them hold no expression (a JSON
list, a JSON object of lists, or one id a line); by default the articles of the gold files.

Predictions are made the way the build makes them: each article file is decoded with
``arnews.corpus.decode``, split into blocks (``split_blocks``: one per non-blank line, with its
line number) and passed to ``quantities_table``; a row's paragraph offsets are moved to file
offsets through the start of its line.

The article's publication date is passed to ``quantities_table`` as the build passes it: the
``published`` column of the corpus manifest (``articles.csv``) when there is one, else the date
of the article's dateline block (``arnews.corpus.infer_metadata``).

Matching is one to one: every pair of a gold and a predicted row whose spans overlap is a
candidate, and pairs are taken greedily by the length of the overlap (characters, longest first;
ties: the larger share of the union), each row at most once.  So a predicted span that extends
the gold one (``87.6% من الخطة`` for gold ``87.6%``) still matches it, and two predictions inside
one gold span match only once.  Scores:

* span: a matched pair; ``exact`` also reports how many of them have identical offsets;
* end to end: a span match whose kind, value and value_end agree (relative tolerance 1e-6;
  a gold value of null is not compared), whose date agrees for ``date``/``time``/``period``/
  ``year_range`` (a ``year_range`` is its ``date``, ``2013/2014``, as the guide defines it: its
  value_end is not compared) and whose currency agrees for ``money``.  A predicted date without a year (``--01-11``)
  whose month and day are the gold's (``2025-01-11``) counts as correct only when the article
  text writes no year (no four-digit 1800-2100 or Hijri 1300-1500 number anywhere in it): the
  reader then has only the publication date to go on; the number of such matches is reported.
  A gold value written with fewer decimals (``0.3333`` for a third) matches the prediction
  rounded to those decimals (three or more).  Conversely, a gold date written without a year
  (``--03-13``, as the guide asks when the sentence gives none) matches a prediction that
  completed it with a year the article itself writes (its dateline ``14/03/2026``: ``2026-03-13``);
  the number of such matches is reported too.

Gold rows whose ``note`` contains ``weekday-only`` (``اليوم الثلاثاء``: a weekday without a day
number) are out of scope: they are dropped before scoring, and the count of dropped rows is printed.

The figures are also printed restricted to the gold rows that lie in the analysed roles
(``TEXT_ROLES``: title, body, caption), against the predicted rows of those roles, with the number of
gold rows outside them by role (bylines, boilerplate such as the comment counter ``تعليق (0)`` are
outside by design; a dateline's dates and times are rows of the table since round 45); the all-rows
figures stay the main line.

``--against B.jsonl`` scores a second annotator's rows instead of arnews's predictions, by the
same rules (``A`` as gold): the agreement of two careful readers, the ceiling a tool can be held to.

Gold ``label`` rows are names, not quantities: a predicted label or nothing there is fine
(neither counted), any other predicted kind there is a false positive.  Predicted ``label``
rows are not scored elsewhere either (a name the annotator did not write down is no error).
arnews's ``doc_code`` (a document's number kept whole, ``القرار رقم 18-NQ/TW``) is a label
of its own kind: the guide has no such kind (its annotators write ``label``), so it is
scored as a label (``NAMING_KINDS``).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_corpus import read_jsonl  # noqa: E402

from arnews.corpus import Article, decode, infer_metadata, split_blocks  # noqa: E402
from arnews.normalize import normalize  # noqa: E402
from arnews.quantities import TEXT_ROLES, quantities_table  # noqa: E402

DATE_KINDS = ("date", "time", "period", "year_range")
#: kinds the guide defines by their ``date`` alone (``2010-2015``: ``date`` = ``2010/2015``, no value)
DATE_ONLY_KINDS = ("year_range",)
#: predicted kinds that name rather than count: scored as the gold's ``label`` (never a figure)
NAMING_KINDS = ("label", "doc_code")


def read_gold(paths) -> list[dict]:
    """The gold rows of the JSONL files ``paths`` (:func:`bench_corpus.read_jsonl`)."""
    return read_jsonl(*paths)


def read_ids(path) -> list[str]:
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return [s.strip() for s in text.splitlines() if s.strip() and not s.startswith("#")]
    out = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            if "article_id" in x:
                out.append(x["article_id"])
            else:
                for v in x.values():
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(data)
    return [Path(s).stem for s in out]


def manifest_published(corpus: Path) -> dict:
    """article id -> ``published`` of the corpus manifest (empty without one)."""
    m = corpus / "articles.csv"
    if not m.is_file():
        return {}
    df = pd.read_csv(m, dtype=str, keep_default_na=False)
    key = "id" if "id" in df.columns else "article_id"
    if key not in df.columns or "published" not in df.columns:
        return {}
    return dict(zip(df[key], df["published"]))


def line_roles(text: str, article_id: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of every block of an article text, in file offsets."""
    starts, pos = {}, 0
    for no, line in enumerate(text.split("\n"), start=1):
        starts[no] = pos
        pos += len(line) + 1
    lines = text.split("\n")
    out = []
    for b in split_blocks(text, article_id):  # a block is its line or an exact part of it
        s = starts[b["line"]] + max(0, lines[b["line"] - 1].find(b["text"]))
        out.append((s, s + len(b["text"]), b["role"]))
    return out


def role_at(roles, pos: int) -> str:
    """The role of the block holding file offset ``pos`` (empty outside every block)."""
    for a, b, r in roles:
        if a <= pos < b:
            return r
    return ""


def predict(corpus: Path, article_id: str, published: str = "") -> tuple[list[dict], str]:
    """arnews rows of one article with file offsets, and the article text."""
    path = corpus / f"{article_id}.txt"
    data = path.read_bytes()
    text = decode(data, str(path)).text
    raw = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    blocks = split_blocks(text, article_id)
    if not published:
        art = Article(article_id, path, text, "utf-8", "", blocks)
        published = infer_metadata(art)["published"]
    line_start, pos = {}, 0
    for no, line in enumerate(text.split("\n"), start=1):
        line_start[no] = pos
        pos += len(line) + 1
    df = pd.DataFrame(blocks)
    arts = pd.DataFrame([{"article_id": article_id, "language": "ar", "published": published}])
    q = quantities_table(df, arts)
    all_lines = text.split("\n")
    # a block is its line, or an exact part of it (a line cut at web-page code or a title echo)
    base_of = {b["paragraph"]: line_start[b["line"]] + max(0, all_lines[b["line"] - 1].find(b["text"])) for b in blocks}
    out = []
    for r in q.to_dict("records"):
        base = base_of[r["paragraph"]]
        r["start"], r["end"] = r["start"] + base, r["end"] + base
        r["article_id"] = article_id
        out.append(r)
    if raw != text:
        # arnews decodes before it reads (stray control characters dropped, entities decoded);
        # the annotators' offsets are into the file as written: map every offset back to it
        to_raw = raw_offsets(text, raw)
        for r in out:
            r["start"], r["end"] = to_raw[r["start"]], to_raw[r["end"]]
        print(f"note: {article_id}: decoded text differs from the file's text; offsets mapped back to the file",
              file=sys.stderr)
    return out, raw


def raw_offsets(text: str, raw: str) -> list[int]:
    """For every offset 0..len(text) into the decoded ``text``, the offset into the file's ``raw`` text
    (through the blocks the two share; an offset inside a changed stretch goes to its start)."""
    from difflib import SequenceMatcher

    to_raw = [0] * (len(text) + 1)
    i_prev = j_prev = 0
    for i, j, n in SequenceMatcher(None, text, raw, autojunk=False).get_matching_blocks():
        for k in range(i_prev, i):
            to_raw[k] = j_prev
        for k in range(n + 1):
            to_raw[i + k] = j + k
        i_prev, j_prev = i + n, j + n
    return to_raw


def overlap(a, b) -> float:
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    union = max(a["end"], b["end"]) - min(a["start"], b["start"])
    return inter / union if inter > 0 and union > 0 else 0.0


def _num(v):
    if v is None or v == "":
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _close(gv, pv) -> bool:
    """Equal within 1e-6, or the gold is the prediction rounded to the decimals the gold writes
    (a third annotated as 0.3333)."""
    if math.isclose(gv, pv, rel_tol=1e-6, abs_tol=1e-9):
        return True
    s = repr(gv)
    nd = len(s.split(".")[1]) if "." in s and "e" not in s else 0
    return nd >= 3 and round(pv, nd) == gv


def same_value(g, p) -> bool:
    gv = _num(g)
    if gv is None:
        return True
    pv = _num(p)
    return pv is not None and _close(gv, pv)


def same_end(g, p) -> bool:
    gv, pv = _num(g), _num(p)
    if gv is None:
        return pv is None
    return pv is not None and _close(gv, pv)


def e2e_errors(g, p) -> list[str]:
    errs = []
    if g["kind"] != p["kind"]:
        errs.append(f"kind {p['kind']}≠{g['kind']}")
    if not same_value(g.get("value"), p.get("value")):
        errs.append(f"value {p.get('value')}≠{g.get('value')}")
    if g["kind"] not in DATE_ONLY_KINDS and not same_end(g.get("value_end"), p.get("value_end")):
        errs.append(f"value_end {p.get('value_end')}≠{g.get('value_end')}")
    if g["kind"] in DATE_KINDS and (g.get("date") or "") != (p.get("date") or ""):
        errs.append(f"date {p.get('date')!r}≠{g.get('date')!r}")
    if g["kind"] == "money" and (g.get("currency") or "") != (p.get("currency") or ""):
        errs.append(f"currency {p.get('currency')!r}≠{g.get('currency')!r}")
    return errs


def match(gold: list[dict], pred: list[dict]):
    """One-to-one pairs (gold index, pred index) of overlapping spans, greedily by overlap
    length (then share of the union), longest first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            inter = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if inter > 0:
                cands.append((inter, overlap(g, p), i, j))
    cands.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    cands = [(o, i, j) for _, o, i, j in cands]
    gi, pj, pairs = set(), set(), []
    for o, i, j in cands:
        if i in gi or j in pj:
            continue
        gi.add(i)
        pj.add(j)
        pairs.append((i, j))
    return pairs


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d|1[34]\d\d)(?!\d)")


def _yearless_ok(g, p, text: str) -> bool:
    """A predicted ``--MM-DD`` date (or ``--MM-DD/--MM-DD``) whose month-days are the gold's,
    in an article whose text writes no year."""
    gd, pd_ = str(g.get("date") or ""), str(p.get("date") or "")
    if g["kind"] != p["kind"] or not pd_.startswith("--") or gd.startswith("--") or not gd:
        return False
    gparts, pparts = gd.split("/"), pd_.split("/")
    if len(gparts) != len(pparts) or any(not a.endswith(b[1:]) for a, b in zip(gparts, pparts)):
        return False
    return not _YEAR_RE.search(normalize(text).text)


def _year_completed_ok(g, p, text: str) -> bool:
    """The mirror of :func:`_yearless_ok`: a gold date written without a year (``--03-13``,
    ``--04-08T07:30``, ``--07``) and a prediction that completed it with a year the article
    itself writes (its dateline ``14/03/2026``): ``2026-03-13``."""
    gd, pd_ = str(g.get("date") or ""), str(p.get("date") or "")
    if g["kind"] != p["kind"] or not gd.startswith("--") or not pd_ or pd_.startswith("--"):
        return False
    gparts, pparts = gd.split("/"), pd_.split("/")
    if len(gparts) != len(pparts) or any(not re.fullmatch(r"\d{4}", b[:4]) or "--" + b[5:] != a
                                         for a, b in zip(gparts, pparts)):
        return False
    written = set(_YEAR_RE.findall(normalize(text).text))
    return all(b[:4] in written for b in pparts)


def score(gold_rows, corpus: Path, ids=None, against=None):
    """Score arnews's predictions against ``gold_rows``; with ``against`` (the rows of a second
    annotator), score those rows instead, by the same rules: the agreement of two readers."""
    other: dict[str, list] = {}
    for r in against or []:
        if "weekday-only" not in str(r.get("note") or ""):
            other.setdefault(Path(r["article_id"]).stem, []).append(r)
    dropped = [g for g in gold_rows if "weekday-only" in str(g.get("note") or "")]
    gold_rows = [g for g in gold_rows if "weekday-only" not in str(g.get("note") or "")]
    by_art: dict[str, list] = {}
    for g in gold_rows:
        by_art.setdefault(Path(g["article_id"]).stem, []).append(g)
    arts = sorted(set(ids or []) | set(by_art))
    published = manifest_published(corpus)
    span_tp = exact_tp = e2e_tp = yearless_tp = completed_tp = n_pred = n_gold = 0
    in_gold = in_span = in_e2e = in_pred = 0
    outside: dict[str, int] = {}
    errors = []
    for aid in arts:
        gold = sorted(by_art.get(aid, []), key=lambda r: r["start"])
        try:
            pred, text = predict(corpus, aid, published.get(aid, ""))
        except OSError as e:
            sys.exit(f"{corpus / (aid + '.txt')}: cannot read ({e.strerror or e})")
        if against is not None:
            pred = sorted(other.get(aid, []), key=lambda r: r["start"])
            for r in pred:  # a second reader's gold kept without the corpus's text, too
                r.setdefault("surface", text[r["start"]:r["end"]])
        for g in gold:
            g.setdefault("surface", text[g["start"]:g["end"]])  # (gold kept without the corpus's text)
            if text[g["start"]:g["end"]] != g["surface"]:
                errors.append((aid, g["start"], "GOLD", f"offsets do not give the surface {g['surface']!r}"))
        roles = line_roles(text, aid)
        pairs = match(gold, pred)
        pmatch = {j: i for i, j in pairs}
        gmatch = {i: j for i, j in pairs}
        for i, g in enumerate(gold):
            if g["kind"] == "label":
                continue
            n_gold += 1
            role = role_at(roles, g["start"])
            inside = role in TEXT_ROLES
            if inside:
                in_gold += 1
            else:
                outside[role or "none"] = outside.get(role or "none", 0) + 1
            j = gmatch.get(i)
            if j is None or pred[j]["kind"] in NAMING_KINDS:
                errors.append((aid, g["start"], "MISS", f"{g['surface']!r} {g['kind']} {g.get('value')}"))
                continue
            span_tp += 1
            in_span += inside
            exact_tp += (pred[j]["start"], pred[j]["end"]) == (g["start"], g["end"])
            errs = e2e_errors(g, pred[j])
            if errs and len(errs) == 1 and errs[0].startswith("date") and _yearless_ok(g, pred[j], text):
                yearless_tp += 1
                errs = []
            if errs and len(errs) == 1 and errs[0].startswith("date") and _year_completed_ok(g, pred[j], text):
                completed_tp += 1
                errs = []
            if errs:
                errors.append((aid, g["start"], "WRONG", f"{g['surface']!r} → {pred[j]['surface']!r}: " + "; ".join(errs)))
            else:
                e2e_tp += 1
                in_e2e += inside
        for j, p in enumerate(pred):
            if p["kind"] in NAMING_KINDS:
                continue
            n_pred += 1
            in_pred += p.get("role", "body") in TEXT_ROLES  # (a dateline's dates are rows too, since round 45)
            i = pmatch.get(j)
            if i is None:
                errors.append((aid, p["start"], "EXTRA", f"{p['surface']!r} {p['kind']} {p.get('value')}"))
            elif gold[i]["kind"] == "label":
                errors.append((aid, p["start"], "EXTRA", f"{p['surface']!r} {p['kind']} on a gold label"))
    return {
        "articles": len(arts),
        "gold": n_gold,
        "predicted": n_pred,
        "dropped_weekday_only": len(dropped),
        "span": dict(zip(("precision", "recall", "f1"), prf(span_tp, n_pred, n_gold))),
        "span_exact": dict(zip(("precision", "recall", "f1"), prf(exact_tp, n_pred, n_gold))),
        "end_to_end": dict(zip(("precision", "recall", "f1"), prf(e2e_tp, n_pred, n_gold))),
        "yearless_accepted": yearless_tp,
        "year_completed_accepted": completed_tp,
        "in_roles": {
            "gold": in_gold,
            "outside": dict(sorted(outside.items())),
            "span": dict(zip(("precision", "recall", "f1"), prf(in_span, in_pred, in_gold))),
            "end_to_end": dict(zip(("precision", "recall", "f1"), prf(in_e2e, in_pred, in_gold))),
        },
        "errors": sorted(errors),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], allow_abbrev=False)  # (no option read as a prefix of another)
    ap.add_argument("--gold", nargs="+", required=True, help="gold JSONL file(s)")
    ap.add_argument("--corpus", required=True, help="folder of the article .txt files")
    ap.add_argument("--ids", help="the annotated article ids (JSON or one a line); default: those in the gold")
    ap.add_argument("--errors", type=int, default=0, help="print at most N errors (default none: a blind test set must stay unseen; ask for them on dev sets)")
    ap.add_argument("--json", help="write the scores as JSON here")
    ap.add_argument("--against", nargs="+", help="score these gold file(s) of a second annotator instead of "
                    "arnews's predictions: the agreement of two readers under the same rules")
    a = ap.parse_args(argv)
    for p in a.gold + (a.against or []):
        if not Path(p).is_file():
            sys.exit(f"{p}: no such gold file")
    corpus = Path(a.corpus)
    if not corpus.is_dir():
        sys.exit(f"{corpus}: not a folder")
    res = score(read_gold(a.gold), corpus, read_ids(a.ids) if a.ids else None,
                read_gold(a.against) if a.against else None)
    s, e = res["span"], res["end_to_end"]
    print(f"articles {res['articles']}  gold {res['gold']}  predicted {res['predicted']}")
    if res["dropped_weekday_only"]:
        print(f"dropped {res['dropped_weekday_only']} gold rows noted weekday-only (out of scope)")
    x = res["span_exact"]
    print(f"span        P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    print(f"span exact  P {x['precision']:.3f}  R {x['recall']:.3f}  F1 {x['f1']:.3f}")
    print(f"yearless dates accepted (text writes no year): {res['yearless_accepted']}")
    print(f"dates completed with a year the article writes, accepted: {res['year_completed_accepted']}")
    print(f"end-to-end  P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}")
    r = res["in_roles"]
    out = ", ".join(f"{k} {v}" for k, v in r["outside"].items()) or "none"
    rs, re_ = r["span"], r["end_to_end"]
    print(f"in the analysed roles ({'/'.join(TEXT_ROLES)}): gold {r['gold']}, "
          f"{res['gold'] - r['gold']} outside ({out})")
    print(f"  span        P {rs['precision']:.3f}  R {rs['recall']:.3f}  F1 {rs['f1']:.3f}")
    print(f"  end-to-end  P {re_['precision']:.3f}  R {re_['recall']:.3f}  F1 {re_['f1']:.3f}")
    for aid, pos, what, msg in res["errors"][: a.errors]:
        print(f"{what:5s} {aid}@{pos}: {msg}")
    if a.json:
        Path(a.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
