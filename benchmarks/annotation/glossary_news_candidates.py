"""List the candidates of part 4 or 5 of ``lib/arnews/data/lexicons/glossary_news.csv``.

Parts 4 and 5 extend the general news vocabulary by the same corpus-independent source rule as
part 1 to ranks 1,601-3,000 (part 4) and 3,001-8,000 (part 5) of wordfreq's Arabic list
(``wordfreq.top_n_list("ar", 8000)``, the 'large' list).  A word of those ranks is a candidate when it

(i)   has two or more Arabic letters,
(ii)  is not a stop word of ``stopwords_ar.csv`` nor a stop word with a proclitic
      (و ف ب ل ك ال وال بال فال لل) and/or an attached pronoun (ه ها هم هما كم كما نا ك ي ني),
(iii) gets no gloss today: ``gloss(word, "ar", surface=word, vietnam=False)`` returns
      ``(no gloss)`` or an empty string,
(iv)  is not a duplicate by ``arnews.normalize.key`` of an earlier candidate or of a term
      already in glossary_news.csv, nor has the key of a glossary.csv term (any scope: a
      vietnam-scoped term is withheld by ``vietnam=False`` but may not be in both files;
      rule (b) of part 1).

Prints rank, word and zipf (``wordfreq.zipf_frequency(word, "ar")``), tab-separated.
The glosses themselves are hand-written (MSA news senses); part 4 skipped spam/garbage tokens
by hand, part 5 kept every candidate.  A part's list is the one made before its rows were added
(run afterwards, the script lists only what is still unglossed).

Run: ``PYTHONPATH=lib .venv/bin/python benchmarks/annotation/glossary_news_candidates.py [--part 4|5]``
"""
from __future__ import annotations

import argparse
import re

import wordfreq

from arnews.lexicons import read_lexicon
from arnews.normalize import key
from arnews.stats.glossary import NEWS_FILE, gloss

PARTS = {4: (1601, 3000), 5: (3001, 8000)}
_AR_LETTER = re.compile(r"[\u0621-\u064A]")
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "لل", "ولل", "وب", "ول", "فب", "فل", "وك")
PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ك", "ي", "ني")


def _stop_forms() -> set[str]:
    stops = {key(r["word"]) for r in read_lexicon("stopwords_ar.csv")}
    forms = set()
    for s in stops:
        for p in PROCLITICS:
            for q in PRONOUNS:
                forms.add(key(p + s + q))
                if s.endswith("ن") and q == "نا":  # عن + نا -> عنا, من + نا -> منا
                    forms.add(key(p + s + "ا"))
                if s.endswith("ى") or s.endswith("ي"):  # على -> عليه, إلى -> إليها
                    forms.add(key(p + s[:-1] + "ي" + q))
    return forms


def candidates(part: int = 5):
    first, last = PARTS[part]
    words = wordfreq.top_n_list("ar", last)
    stops = _stop_forms()
    seen = {key(r["term"]) for r in read_lexicon(NEWS_FILE)}
    seen |= {key(r["term"]) for r in read_lexicon("glossary.csv") if (r.get("term") or "").strip()}
    out = []
    for rank, w in enumerate(words, 1):
        if rank < first:
            continue
        if len(_AR_LETTER.findall(w)) < 2:
            continue
        k = key(w)
        if k in stops:
            continue
        g = gloss(w, "ar", surface=w, vietnam=False)
        if g and g != "(no gloss)":
            continue
        if k in seen:
            continue
        seen.add(k)
        out.append((rank, w, wordfreq.zipf_frequency(w, "ar")))
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", type=int, choices=sorted(PARTS), default=5)
    for rank, w, z in candidates(ap.parse_args().part):
        print(f"{rank}\t{w}\t{z:.2f}")
