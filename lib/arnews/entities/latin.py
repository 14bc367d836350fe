"""Names in Latin script inside Arabic or English text (split from :mod:`arnews.entities.names`).

Runs of capitalised words (not a sentence-initial single word, not common English words such as
``Next``), Vietnamese-lettered words, and acronyms (``ANTQ``) that are not common English (``SMS``).
A run of one or two capitalised words inside an Arabic paragraph is an organisation (a brand, an outlet, a
network: ``Mobily``, ``Zain``, ``Twitter``, ``Business Insider``; session 47, org50): Arabic news writes places and
people in Arabic letters.  Dev gold (blind19-50): such single words are marked org 38 times, place once; two-word
runs org 4, person 1.  In English text a run stays a place (one or two words) or a person (three or more).
"""
from __future__ import annotations

import re

from .cues import zipf_en
from .keys import Name, latin_key
from .positions import adjacent as _adjacent

__all__ = ["_latin_names", "NOT_NAMES_EN"]


_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
SENT_END = re.compile(r"[.!?؟:;؛\"“”«»()\[\]…]")
_SENT_END = SENT_END  # the old name, still used in this module
_NOT_NAMES_EN = frozenset(
    "january february march april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday no photo resolution directive conclusion decision decree regulation circular plan "
    "the a an and of in on for to with by at from".split())
NOT_NAMES_EN = _NOT_NAMES_EN  # (public: months, weekdays and function words are no names)


def _latin_names(p) -> list[Name]:
    out = []
    n = len(p.kinds)
    arabic_par = p.rules == "ar"
    common_end = -9  # the last token of the latest run of capitalised common words (Station Chiefs)
    i = 0
    while i < n:
        if p.kinds[i] != "latin":
            i += 1
            continue
        t = p.toks[i]
        letters = re.sub(r"[^A-Za-zÀ-ỹ]", "", t)
        prev = p.toks[i - 1] if i else ""
        sentence_start = i == 0 or (p.kinds[i - 1] == "punct" and _SENT_END.match(prev)) or (
            arabic_par and p.kinds[i - 1] != "latin")
        if len(letters) >= 2 and letters.isupper():
            if zipf_en(letters.lower()) < 3.5:
                out.append(Name(p.starts[i], p.ends[i], "organisation", "acronym", 0.5, latin_key(t)))
            i += 1
            continue
        if not t[:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < n and p.kinds[j + 1] == "latin" and p.toks[j + 1][:1].isupper() and _adjacent(p, j, j + 1):
            j += 1
        run = list(range(i, j + 1))
        while run and p.toks[run[-1]].lower() in _NOT_NAMES_EN:
            run.pop()
        if sentence_start and not arabic_par and len(run) == 1:
            run = []
        elif sentence_start and not arabic_par and run and zipf_en(p.toks[run[0]].lower()) >= 4.5:
            run = run[1:]
        if len(run) == 1 and (zipf_en(p.toks[run[0]].lower()) >= 4.5 or p.toks[run[0]].lower() in _NOT_NAMES_EN):
            run = []  # Next, Previous, Most
        if run and all(zipf_en(p.toks[r].lower()) >= 3.8 for r in run) and not any(_VI_LETTERS.search(p.toks[r]) for r in run):
            run = []  # capitalised common words (Border Law, Deputy Secretary)
            common_end = j
        elif run and not arabic_par and common_end == i - 2 and p.toks[i - 1].lower() in ("and", "or") \
                and zipf_en(p.toks[run[0]].lower()) >= 3.8 and not any(_VI_LETTERS.search(p.toks[r]) for r in run):
            run = []  # Station Chiefs and Political Commissars: a title joined to a title of common words (not
            # Border Guard and Quang Ninh: a name after it does not open with a common word)
        if run:
            surface = " ".join(p.toks[r] for r in run)
            kind = "person" if len(run) >= 3 else ("organisation" if arabic_par else "place")
            out.append(Name(p.starts[run[0]], p.ends[run[-1]], kind, "latin", 0.5, latin_key(surface)))
        i = j + 1
    return out
