"""The date of a dateline: a short line that carries a date (``الجمعة، 21 مارس 2025، الساعة 15:05``) and the dispatch
line of a news agency with its Hijri date (``الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس``), read from
``months.csv`` and the glossed words of ``dateline_words.csv`` (split from :mod:`arnews.blocks`, session 50; blocks
gives such lines the role ``dateline``, :mod:`arnews.corpus` keeps their dates).
"""
from __future__ import annotations

import re

from .lexicons import lexicon_cache, read_lexicon

__all__ = ["DATELINE_KINDS", "dateline_words", "dateline_date", "dated_dispatch", "line_words"]

_WORD = re.compile(r"\w+")


def line_words(s: str) -> list[str]:
    """The words of a line, lower-cased (letters and digits runs)."""
    return _WORD.findall(s.lower())


DATELINE_KINDS = ("dateline", "date_lead", "era")


@lexicon_cache(maxsize=2)
def dateline_words() -> dict[str, frozenset]:
    """``kind -> words`` of ``dateline_words.csv``: ``dateline`` (weekday names and clock words a dateline may carry
    beside its date), ``date_lead`` (a word before a date that makes the line a sentence: ``في 5 مارس 2025``) and
    ``era`` (era marks after a year: ``1436 هـ``, ``2015 م``); a kind outside :data:`DATELINE_KINDS` is a
    ``ValueError`` naming the file and the word."""
    out: dict[str, set] = {k: set() for k in DATELINE_KINDS}
    for r in read_lexicon("dateline_words.csv"):
        kd, w = (r.get("kind") or "").strip(), (r.get("word") or "").strip()
        if kd not in out:
            raise ValueError(f"dateline_words.csv: {w}: kind must be one of {', '.join(DATELINE_KINDS)}")
        out[kd].add(w)
    return {k: frozenset(v) for k, v in out.items()}


_DASH_DATE = re.compile(r"(?<![\d/-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])")


@lexicon_cache()
def _month_dates():
    """A pattern for day + Gregorian month name + year (``21 مارس 2025``, ``5 من آب 2025``,
    ``March 21, 2025``) and the month of each spelling, from ``months.csv``."""
    rows = [r for r in read_lexicon("months.csv") if r["calendar"] != "hijri"]
    month = {r["name"].casefold(): int(r["month"]) for r in rows}
    alt = "|".join(re.escape(n) for n in sorted(month, key=len, reverse=True))
    pat = re.compile(
        rf"(?<![\w/])(?:(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<m>{alt})|(?P<m2>{alt})\.?\s+(?P<d2>\d{{1,2}}))"
        rf"\s*[،,]?\s*(?P<y>\d{{4}})(?!\d)",
        re.I,
    )
    return pat, month


def dateline_date(s: str) -> tuple[re.Match, str] | None:
    """The date of a short line written as a dateline with a month name or dashes
    (``الجمعة، 21 مارس 2025، الساعة 15:05``, ``21-08-2025، 6:05 مساءً``, ``24 مايو 2025 - 14:50``,
    ``الخميس، 05 سبتمبر 2024 | صحيفة ...``), as ISO; None when the date sits inside a sentence:
    a word other than a weekday before it, or words other than a clock time after it that are
    not set off by ``|`` or a dash (an outlet name)."""
    if len(s) > 80 or len(line_words(s)) > 10:
        return None
    pat, month = _month_dates()
    m = pat.search(s)
    if m:
        day, mon = int(m["d"] or m["d2"]), month[(m["m"] or m["m2"]).casefold()]
    else:
        m = _DASH_DATE.search(s)
        if not m:
            return None
        day, mon = int(m[1]), int(m[2])
    year = int(m["y"] if m.re is pat else m[3])
    if not (1 <= day <= 31 and 1 <= mon <= 12):
        return None
    words = dateline_words()
    clock, leads = words["dateline"], words["date_lead"]
    lead = [w for w in line_words(s[: m.start()]) if w.casefold() not in clock]
    if len(lead) > 1 or any(w.casefold() in leads for w in lead):
        return None
    rest = re.split(r"\s[|\-–—]\s|\|", s[m.end():], maxsplit=1)
    tail = [w for w in line_words(rest[0]) if w.casefold() not in clock and not w.isdigit()]
    if tail or (len(rest) > 1 and len(line_words(rest[1])) > 5):
        return None
    return m, f"{year:04d}-{mon:02d}-{day:02d}"


@lexicon_cache()
def _hijri_dates():
    """A pattern for day + Hijri month name + year (``26 شوال 1436 هـ``), from ``months.csv``."""
    names = sorted({r["name"] for r in read_lexicon("months.csv") if r["calendar"] == "hijri"}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w/])\d{{1,2}}\s+(?:{alt})\s+\d{{4}}(?!\d)")


def dated_dispatch(s: str) -> str | None:
    """A dispatch line with its date, as news agencies open a story (SPA: ``الرياض 26 شوال 1436 هـ
    الموافق 11 أغسطس 2015 م واس``): up to three words (the place) before one or two dates with a
    month name (Hijri or Gregorian, joined by ``الموافق``), era marks, and one word (the agency)
    after when a place comes before; no stop word, no sentence stop; one of the dates Hijri.
    Returns the Gregorian date as ISO ("" when only a Hijri date is written), None when the line
    is not one."""
    t = s.strip()
    if not t or len(t) > 120 or t[-1] in ".!?؟":
        return None
    pat, month = _month_dates()
    found = sorted([(m.start(), m.end(), m) for m in pat.finditer(t)] +
                   [(m.start(), m.end(), None) for m in _hijri_dates().finditer(t)], key=lambda x: x[:2])
    if not found or len(found) > 2 or all(m is not None for _, _, m in found):
        return None  # a Hijri date is what this shape needs (Gregorian-only lines: dateline_date)
    cuts = [0] + [x for a, b, _ in found for x in (a, b)] + [len(t)]
    parts = [t[cuts[i]:cuts[i + 1]] for i in range(0, len(cuts), 2)]

    words = dateline_words()
    clock, leads, era = words["dateline"], words["date_lead"], words["era"]

    def rest(part):
        return [w for w in line_words(part) if w.casefold() not in clock and w not in era]

    lead, mids, tail = rest(parts[0]), [w for p in parts[1:-1] for w in rest(p)], rest(parts[-1])
    from .tokens import is_stopword

    if (len(lead) > 3 or mids or len(tail) > 1 or (lead and not tail)
            or any(w.isdigit() or w in leads or is_stopword(w) for w in lead + tail)):
        return None  # ``وفي 21 مارس 2025 افتتح``, ``يبدأ التسجيل ...``: a sentence
    g = next((m for _, _, m in found if m is not None), None)
    if g is None:
        return ""
    day, mon, year = int(g["d"] or g["d2"]), month[(g["m"] or g["m2"]).casefold()], int(g["y"])
    return f"{year:04d}-{mon:02d}-{day:02d}" if 1 <= day <= 31 else None
