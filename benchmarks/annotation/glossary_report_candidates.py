"""List the candidates of part 6 of ``lib/arnews/data/lexicons/glossary_news.csv``: the words a
report shows without a gloss.

Reads builds (``keyness.parquet``, ``topics.csv``, ``entities.parquet``) and counts, per written
form, the Arabic keyness top-10 rows (direction ``over``) and topic top words (each counted three
times) whose gloss is still unreadable with the current glossary and the entities table's English
names (:func:`arnews.stats.glossary.entity_names`); forms are grouped by their most stripped
reading and written out most rows first (total rows, the group's most frequent form, its wordfreq
rank in the 50,000-word list or 0, the other forms).  Session 39 glossed by hand, in their news
sense, every group of at least 3 rows of snn2000 and of 2,000 other SaudiNewsNet articles.

    PYTHONPATH=lib python benchmarks/annotation/glossary_report_candidates.py OUT.tsv BUILD [BUILD ...]
"""
import collections
import sys

import pandas as pd
from wordfreq import top_n_list

from arnews.normalize import key, normalize
from arnews.stats.glossary import entity_names, gloss, name_gloss, readable_gloss
from arnews.themes import _strips


def main(out: str, builds: list[str]) -> None:
    rank = {}
    for i, w in enumerate(top_n_list("ar", 50000)):
        rank.setdefault(key(w), i + 1)
    rows = collections.Counter()
    for b in builds:
        k = pd.read_parquet(b + "/keyness.parquet")
        k = k[(k.direction == "over") & (k["rank"] <= 10) & (k.lang == "ar")]
        t = pd.read_csv(b + "/topics.csv")
        t = t[t.lang == "ar"]
        ne = entity_names(pd.read_parquet(b + "/entities.parquet", columns=["surface", "name_en"]))
        for s, g in list(zip(k.surface, k.gloss)) + list(zip(t.surface, t.gloss)) * 3:
            if not readable_gloss(name_gloss(g, s, ne)) and not readable_gloss(gloss("", "ar", surface=s, vietnam=False)):
                rows[s] += 1
    groups = collections.defaultdict(list)
    for s, n in rows.items():
        groups[key(_strips(normalize(s).text)[0][0])].append((n, s))
    out_rows = []
    for xs in groups.values():
        xs.sort(reverse=True)
        out_rows.append((sum(n for n, _ in xs), xs[0][1], rank.get(key(xs[0][1]), 0), " ".join(s for _, s in xs[1:6])))
    out_rows.sort(key=lambda x: -x[0])
    with open(out, "w", encoding="utf-8") as f:
        for tot, s, rk, var in out_rows:
            f.write(f"{tot}\t{s}\t{rk}\t{var}\n")
    print(f"{len(out_rows)} groups, {sum(x[0] for x in out_rows)} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
