"""The public functions: quantities of a string or paragraph, the ``quantities`` table
(build hook), and helpers on its values (``roundness``, ``date_span``, ``quantity_key``,
``tidy_numbers``)."""
from __future__ import annotations

import math
import re

import pandas as pd

from .sole_nouns import SOLE_KEYS
from .list_runs import numbered_lines
from ..normalize import key
from ..text import TEXT_ROLES, make_paragraph, paragraphs_of
from .index_levels import index_levels
from .two_scales import join_two_scales
from .lexicon import lex as _lex
from .numbers import _clean
from .published_years import YEARLESS, nearest_year, written_years, years_from_publication
from .rials import headline_money, riyals_of_article
from .singular import singular_unit
from .towns import town_duals
from .scanner import _AND_HALF, _DUAL_ENDS, _Scanner
from .paired_duals import paired_reading

#: every column of the quantities table, in order
COLUMNS = [
    "article_id",
    "paragraph",
    "role",
    "lang",
    "start",
    "end",
    "surface",
    "kind",
    "value",
    "value_end",
    "unit",
    "unit_en",
    "approx",
    "date",
    "code",
    "doc_type",
    "doc_issuer",
    "written",
    "roundness",
    "currency",
    "calendar",
    "reading",
]
KINDS = (
    "count",
    "percent",
    "year",
    "year_range",
    "period",
    "date",
    "duration",
    "doc_code",
    "label",
    "money",
    "measure",
    "fraction",
    "ordinal",
    "time",
)


def roundness(kind: str, value, approx: str = "", written: str = "digits") -> str:
    """How precise a figure looks: ``approximate``, ``round`` or ``exact`` ('' for dates, codes, labels).

    * ``approximate``: an approximation word (``أكثر من``, ``about``) or a vague
      plural (``آلاف``);
    * ``round``: a whole number ending in 0 (``100``, ``3000``), a percentage
      that is a multiple of 5 (``95%``), or a fraction word (``نصف``);
    * ``exact``: anything else (``3411``, ``89.1%``, ``7``).
    """
    if kind not in ("count", "percent", "money", "measure", "duration", "fraction"):
        return ""
    if approx:
        return "approximate"
    if kind == "fraction":
        return "round"
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    if math.isnan(v):
        return ""
    if v.is_integer() and v >= 10 and v % 10 == 0:
        return "round"
    if kind == "percent" and v.is_integer() and v % 5 == 0:
        return "round"
    return "exact"


_DIGIT_RE = re.compile(r"\d")
#: dual endings other than the masculine construct -ي, which needs a definite noun after it
_DUAL_ENDS_NOT_Y = tuple(e for e in _DUAL_ENDS if e != "ي")
#: the pronouns after a construct dual that the endings above miss (عينيه, يديك, قدميهن): a natural pair's dual
_PAIRED_PRON = ("يه", "يك", "يكم", "يكما", "يهن")
_DEF_STARTS = ("ال", "وال", "بال", "لل", "فال", "كال", "ولل", "فلل")
#: kinds that say when (their ``calendar`` is the calendar the text used)
_DATE_KINDS = ("year", "year_range", "period", "date")


def _side_stem(w: str, lang: str) -> bool:
    """Key ``w`` less its last letter (and a proclitic) is a ``pair_side`` noun (فريقا, منتخبي) or a ``pair_place``
    noun (مركزي; محافظتي less -تي)."""
    markers = _lex(lang).markers
    sides, places = markers.get("pair_side", {}), markers.get("pair_place", {})
    stem = w[:-1]
    if (stem,) in sides or stem[:1] in "وفلب" and (stem[1:],) in sides:
        return True
    if w.endswith("تي"):
        stem = w[:-2] + "ه"  # محافظتي: محافظة (key form)
    return (stem,) in places or stem[:1] in "وفلب" and (stem[1:],) in places


def _may_hold_quantities(p, lang: str) -> bool:
    """False when the scanner cannot find anything in paragraph ``p``: it starts only at
    a digit (numbers, codes, dates, times; after normalisation every digit is ASCII) or
    at a word whose key is a lexicon trigger.  A fast test that skips most paragraphs."""
    if _DIGIT_RE.search(p.ntext):
        return True
    cands = _lex(lang).cands
    words = p.keys if lang == "ar" else p.toks
    if lang == "ar":  # a dual by its form (مدرستين; جانبي, لاعبا, ركنيه before a definite noun) may start a figure too
        kinds, n = p.kinds, len(words)
        for i, (kd, w) in enumerate(zip(kinds, words)):
            if kd == "word" and (w in cands or w.endswith(_DUAL_ENDS_NOT_Y) or w in _AND_HALF or w in SOLE_KEYS
                                 or w.endswith(("ي", "ا", "يه")) and i + 1 < n and words[i + 1].startswith(_DEF_STARTS)
                                 or w.endswith("ي") and i + 2 < n and words[i + 1] in ("»", "”", '"')
                                 and words[i + 2].startswith(_DEF_STARTS)  # «شهيدي» الواجب
                                 or w.endswith(("ا", "ي")) and _side_stem(w, lang)  # فريقا بايرن ميونيخ وبوروسيا
                                 or w.endswith("ي") and i + 2 < n and words[i + 2].startswith("و")  # بهدفي عطيف والقميزي
                                 or w.endswith("ي") and len(w) >= 4 and i + 1 < n and kinds[i + 1] == "word"  # طرفي لقاء (q57)
                                 or w.endswith(_PAIRED_PRON) and paired_reading(w) is not None):  # عينيه, يديك (q75)
                return True
        return False
    return any((kd == "word" or kd == "latin") and (w in cands or w.lower() in cands) for kd, w in zip(p.kinds, words))


def extract_quantities(text: str, lang: str = "ar", published: str = "") -> list[dict]:
    """Every quantity expression in ``text`` (one dict each, in text order).

    Offsets ``start``/``end`` index the original ``text``; see the module
    docstring for the fields and kinds.  ``lang`` is ``"ar"`` or ``"en"``
    (other values use the English rules: digits, codes and dates).
    """
    if not text or not text.strip():
        return []
    rows = _dot_thousands_in_measures(
        paragraph_quantities(make_paragraph(text, lang), "ar" if lang == "ar" else "en", published))
    if lang == "ar":
        drop = town_duals([(text, rows)])
        rows = [r for r in rows if id(r) not in drop]
        riyals_of_article([(text, rows)])
    return rows


def paragraph_quantities(p, lang: str | None = None, published: str = "") -> list[dict]:
    """Every quantity expression of a :class:`arnews.text.Paragraph` (rules: ``lang``,
    default the paragraph's own rule set); ``published`` (ISO date) gives the year of a month
    said to be the current one (``17 من أغسطس الجاري``)."""
    lang = lang or p.rules
    if not p.toks or not _may_hold_quantities(p, lang):
        return []
    text = p.text
    sc = _Scanner(p, lang, published)
    qs = sc.run()
    out = []
    t = sc.t
    for q in sorted(qs, key=lambda q: (q.a, q.b)):
        ns, ne = t.s[q.a], t.e[q.b - 1]
        s, e = _open_paren(text, *sc.nt.to_original(ns, ne))
        value, vend = _clean(q.value), _clean(q.value_end)
        out.append(
            {
                "start": s,
                "end": e,
                "surface": text[s:e],
                "kind": q.kind,
                "value": value,
                "value_end": vend,
                "unit": singular_unit(q.unit) if q.kind == "count" and lang == "ar" else q.unit,
                "unit_en": q.unit_en,
                "approx": q.approx,
                "date": q.date,
                "code": q.code,
                "doc_type": q.doc_type,
                "doc_issuer": q.doc_issuer,
                "written": q.written,
                "roundness": roundness(q.kind, value, q.approx, q.written),
                # every amount of money whose unit is a currency carries its code (ريال واحد, جنيهين)
                "currency": q.currency or (sc.currency_of(q.unit) if q.kind == "money" else ""),
                "calendar": q.calendar or ("gregorian" if q.kind in _DATE_KINDS and (q.date or q.value is not None) else ""),
                "reading": _flag_scale(q.reading, text[s:e], value),
            }
        )
    _time_on_stamped_day(out, text)
    if lang == "ar":
        for r in index_levels(out, text):
            r["roundness"] = roundness(r["kind"], r["value"], r["approx"], r["written"])
        out = join_two_scales(out, text)
    return out


#: the kinds of a dateline's figures that are rows of the table (role ``dateline``)
_DATELINE_KINDS = ("date", "time", "year")
#: the longest first block (characters) read as a date stamp when the corpus did not mark a dateline
_STAMP_LEN = 60
#: what may stand between a date and the clock time of a date stamp (21 مارس 2025، الساعة 15:05)
_STAMP_GAP = re.compile(r"[\s,،\-–—|/]*")


#: seven or more digits (already millions) followed by a scale word: ``665,932,983 مليون ريال``
_SCALED_MILLIONS = re.compile(r"\d(?:[\d,.٬]{6,})\D{0,3}(?:مليون|ملايين|مليار|ألف|الف|آلاف|million|billion|thousand)", re.I)


def _flag_scale(reading: str, surface: str, value) -> str:
    """The reading, with a note when a number already in the millions carries a scale word as
    well (a report in thousands of riyals that writes مليون): the value is kept as written
    (``665,932,983 مليون`` = 6.7e14) and flagged for the reader."""
    if value is None or abs(value) < 1e12 or not _SCALED_MILLIONS.search(surface):
        return reading
    note = "implausible: a scale word after a number already in the millions (value as written)"
    return f"{reading}; {note}" if reading else note

def _open_paren(text: str, s: int, e: int) -> tuple[int, int]:
    """A span that closes a parenthesis it does not open (``69,965,144) مليون ريال``) starts at
    the parenthesis that opens right before it (``(69,965,144) مليون ريال``), as the count
    ``(218) محلاً`` does."""
    surf = text[s:e]
    if surf.count(")") <= surf.count("(") or surf.startswith(")"):
        return s, e
    j = s
    while j > 0 and text[j - 1] in " \u00a0\u200e\u200f\u061c":
        j -= 1
    if j > 0 and text[j - 1] == "(":
        return j - 1, e
    return s, e


def _time_on_stamped_day(rows: list[dict], text: str) -> None:
    """A clock time right after a date, with only punctuation between (``24 مايو 2025 - 14:50``,
    ``21-08-2025، 6:05 مساءً``): the time of that day (``2025-05-24T14:50``)."""
    for d, t in zip(rows, rows[1:]):
        if (d["kind"] == "date" and t["kind"] == "time" and (t["date"] or "").startswith("T")
                and re.fullmatch(r"(?:\d{4}|-)-\d{2}-\d{2}", d["date"] or "")
                and _STAMP_GAP.fullmatch(text[d["end"]:t["start"]])):
            t["date"] = d["date"] + t["date"]


def quantities_table(paragraphs, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Build hook: one row per quantity in the ``title``/``body``/``caption`` blocks, and the dates and
    clock times of a ``dateline`` block (its role says so: leave them out with ``role != "dateline"``).

    ``paragraphs``: the paragraph models (:func:`arnews.text.paragraphs_of`) or a
    paragraphs table (``article_id``, ``paragraph``, ``role``, ``text``; the article
    language from ``articles``).  Each paragraph is read with the rules of its own
    language.  Rows are sorted by article, paragraph, start.
    """
    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=COLUMNS)
    published = {}
    if articles is not None and "published" in getattr(articles, "columns", ()):
        key = "article_id" if "article_id" in articles.columns else "id"
        published = {a: str(d) for a, d in zip(articles[key], articles["published"]) if isinstance(d, str) and d}
    rows, anchor, stamp, seen = [], {}, {}, set()
    para_years: dict = {}  # (article, paragraph) -> the years that paragraph writes
    texts: dict = {}  # article -> [(paragraph text, its rows, role)]: the article-level currency rules
    for p in paragraphs_of(paragraphs, articles).select(TEXT_ROLES + ("dateline",)):
        if not p.text:
            continue
        qs = paragraph_quantities(p, published=published.get(p.article_id, ""))
        pyears = written_years(p.norm.text)
        if pyears:
            para_years[(p.article_id, p.paragraph)] = pyears
        first_body = p.role != "title" and p.article_id not in seen
        if p.role != "title":
            seen.add(p.article_id)
        if p.role == "dateline" or first_body and len(p.text.strip()) <= _STAMP_LEN:
            # the dateline, or a short date stamp opening the text (الجمعة، 21 مارس 2025، الساعة 15:05):
            # the date of the article
            for q in qs:
                if q["kind"] == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", q["date"] or ""):
                    (anchor if p.role == "dateline" else stamp).setdefault(p.article_id, q["date"])
            if p.role == "dateline":
                # its dates and times are rows too (role ``dateline``), as the guide counts them
                # (``25 شوال 1436 هـ الموافق 10 أغسطس 2015 م``: two dates); nothing else of the line is
                rows.extend({"article_id": p.article_id, "paragraph": p.paragraph, "role": p.role, "lang": p.lang, **q}
                            for q in qs if q["kind"] in _DATELINE_KINDS)
                continue
        prows = [{"article_id": p.article_id, "paragraph": p.paragraph, "role": p.role, "lang": p.lang, **q} for q in qs]
        rows.extend(prows)
        if p.lang == "ar" or p.rules == "ar":
            texts.setdefault(p.article_id, []).append((p.text, prows, p.role))
    numbered_lines(texts)  # 1 تعيين ..., 2 تعيين ...: list items on their own lines, labels (list_runs, q65)
    _years_from_dateline(rows, {**stamp, **anchor})
    years_from_publication(rows, published, para_years, set(stamp) | set(anchor))
    dropped: set = set()
    for parts in texts.values():
        dropped |= town_duals([(t, rs) for t, rs, _ in parts])
        riyals_of_article([(t, rs) for t, rs, _ in parts])
        headline_money([r for _, rs, role in parts if role == "title" for r in rs],
                       [r for _, rs, role in parts if role != "title" for r in rs])
    if dropped:
        rows = [r for r in rows if id(r) not in dropped]
    by_art: dict = {}
    for r in rows:
        by_art.setdefault(r["article_id"], []).append(r)
    for rs in by_art.values():
        _dot_thousands_in_measures(rs)
    df = pd.DataFrame(rows, columns=COLUMNS)
    for c in ("value", "value_end"):
        df[c] = tidy_numbers(df[c])
    if len(df):
        df = df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)
    return df


def _years_from_dateline(rows: list[dict], anchor: dict) -> None:
    """A day and month without a year (``--01-11``) in an article whose dateline gives a full
    date takes the year that puts it nearest that date (``2025-01-11`` under a dateline of
    12/01/2025; ``--12-28`` under 03/01/2025 is 2024-12-28)."""
    if not anchor:
        return
    import datetime as dt

    for r in rows:
        a = anchor.get(r["article_id"])
        pm = re.fullmatch(r"--(\d{2})/--(\d{2})", r["date"] or "") if a and r["kind"] == "period" else None
        if pm:  # الأشهر الستة الأولى من العام: the dateline's year
            r["date"] = f"{a[:4]}-{pm[1]}/{a[:4]}-{pm[2]}"
            continue
        mm = re.fullmatch(r"--(\d{2})", r["date"] or "") if a and r["kind"] == "period" else None
        if mm:  # يوليو الماضي in an article dated 15 August 2025: the year that puts the month nearest
            y0, m0 = int(a[:4]), int(a[5:7])
            gap = {y: abs((y * 12 + int(mm[1])) - (y0 * 12 + m0)) for y in (y0 - 1, y0, y0 + 1)}
            r["date"] = f"{min(gap, key=gap.get):04d}-{mm[1]}"
            continue
        d, clock = r["date"] or "", ""
        if a and r["kind"] == "time" and "T" in d[1:]:  # --10-12T19:30: a time on a yearless day
            d, clock = d[: d.index("T", 1)], d[d.index("T", 1):]
        m = YEARLESS.fullmatch(d) if a and r["kind"] in ("date", "time") else None
        if not m or (r["kind"] == "time" and m[3]):
            continue
        y = nearest_year(int(m[1]), int(m[2]), dt.date(*(int(x) for x in a.split("-"))))
        if y is None:
            continue
        r["date"] = f"{y:04d}-{m[1]}-{m[2]}" + (f"/{y:04d}-{m[3]}-{m[4]}" if m[3] else "") + clock


_DOT3 = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d.,])")
#: two or more dot groups (1.200.000): the dot can only be a thousands separator
_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])")
#: kinds whose single dot group is re-read as thousands on the document's strong evidence (not a
#: percent: 2.125% is never 2125%; not a clock time or a date)
_RE_READ_KINDS = ("count", "money", "measure", "duration")


_TWO_GROUPS = "thousands; the document writes numbers with two dot groups"
#: a scale word after a dot group (normalised key): 3.462 مليار
_SCALE_AFTER = re.compile(r"\d\.\d{3}\)?\s*(?:ال)?(?:الف|الاف|مليون|ملايين|مليار|مليارات|بليون|بلايين|ترليون|تريليون|تريليونات)")


def _dot_thousands_in_measures(rows: list[dict]) -> list[dict]:
    """A dot before exactly three digits that the scanner read as a decimal (before a measure, a
    scale word or nothing: ``1.200 طن``, ``3.150 مليار``, ``أكثر من 31.000``) is re-read as a
    thousands separator when the same document shows its dots to be thousands separators.

    * Strong evidence, the document's writing convention: a decimal written with a comma
      (``7,2 كم``, ``31,2%``) or a number with two dot groups (``1.200.000``).  A text that writes
      decimals with a comma writes thousands with a dot (the seed pages), so every such dot group
      of a count, an amount, a measure or a duration is re-read, also before a scale word
      (``3.150 مليار دونغ`` is 3,150 billion); a text that only writes ``10.100.000 ريال`` keeps a dot
      group before a scale word a decimal (``(3.462) مليار ريال`` is 3.462 billion: Gulf papers write
      full amounts with dot groups and short ones with a decimal before the scale word; amounts in
      dong keep the Vietnamese convention, ``3.150 مليار دونغ`` beside ``10.100.000 دونغ`` is 3,150 billion).  A dot decimal elsewhere (``67.9%``) is no evidence
      either way: translated pages mix both.
    * Weak evidence: a dot group read as thousands before a counted noun or a currency
      (``15.600 يوم عمل``).  It re-reads only a measure whose group ends in a zero (``1.200 طن``):
      prose does not pad a decimal with trailing zeros, while a precise ``584.376 طنا`` beside
      ``194.792 عبوة`` stays a decimal (Gulf news writes both).
    (Only with the ``auto`` separator setting: an explicit setting was applied by the scanner.)"""
    if _lex("ar").settings.get("separator", "auto") != "auto":
        return rows
    if any(r["reading"] == "decimal" and _COMMA_DECIMAL.search(r["surface"]) for r in rows):
        strong = "thousands; the document writes decimals with a comma"
    elif any(r["reading"] == "thousands" and _DOT_GROUPS.search(r["surface"]) for r in rows):
        strong = _TWO_GROUPS
    elif any(r.get("currency") == "VND" and _DOT3.search(r["surface"]) for r in rows):
        # 2.350 مليار دونغ: a page translated from Vietnamese keeps its writer's dot, a thousands separator
        strong = "thousands; amounts in dong written with a dot group (the Vietnamese convention)"
    else:
        strong = ""
    weak = strong or any(r["reading"] == "thousands" and _DOT3.search(r["surface"]) for r in rows)
    if not weak:
        return rows
    for r in rows:
        if r["reading"] != "decimal" or r["value_end"] is not None or r["kind"] not in _RE_READ_KINDS:
            continue
        hits = _DOT3.findall(r["surface"])
        if len(hits) != 1 or not isinstance(r["value"], (int, float)):
            continue
        if not strong and not (r["kind"] == "measure" and hits[0].endswith("0")):
            continue
        if strong == _TWO_GROUPS and r.get("currency") != "VND" and _SCALE_AFTER.search(key(r["surface"])):
            continue  # 10.100.000 ريال beside (3.462) مليار ريال: Gulf papers write both, the latter a decimal
        r["value"] = _clean(round(r["value"] * 1000, 6))
        r["reading"] = strong or "thousands; the document's other dot groups"
    return rows


def tidy_numbers(values) -> pd.Series:
    """An object Series of ints (whole numbers), floats and None: the CSV shows ``3411``, not ``3411.0``."""
    out = []
    for v in values:
        out.append(_clean(float(v)) if isinstance(v, (int, float)) and not isinstance(v, bool) else (None if v is None or v == "" else _clean(_to_float(v))))
    return pd.Series(out, index=getattr(values, "index", None), dtype=object)


def _to_float(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


_ISO_POINT = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_span(date: str) -> tuple[float, float] | None:
    """The time a ``date`` value covers, in decimal years ``(start, end)``; None without a year.

    ``2024`` -> (2024.0, 2025.0); ``2019/2024`` -> (2019.0, 2025.0);
    ``2024-01/2024-09`` -> (2024.0, 2024.75); ``2015-01-09`` -> a one-day span;
    ``--06-28`` and ``--01/--06`` (no year) -> None; a time on a day (``2024-08-20T14:00``)
    -> that day.
    """
    if not isinstance(date, str) or not date:
        return None
    if "T" in date[1:]:  # 2024-08-20T14:00: the day of a time
        date = date[: date.index("T", 1)]
    parts = date.split("/")

    def point(s: str, end: bool):
        m = _ISO_POINT.fullmatch(s)
        if not m:
            return None
        y, mo, d = int(m[1]), m[2], m[3]
        if mo is None:
            return y + (1.0 if end else 0.0)
        x = y + (int(mo) - 1) / 12
        if d is None:
            return x + (1 / 12 if end else 0.0)
        return x + (int(d) - (0 if end else 1)) / 365.25

    a, b = point(parts[0], False), point(parts[-1], True)
    if a is None or b is None:
        return None
    return round(a, 4), round(b, 4)


def quantity_key(kind: str, value=None, value_end=None, date: str = "", code: str = "") -> tuple:
    """What makes two quantities 'the same figure' across languages.

    Documents compare by code (``Đ`` folded to ``D``, case ignored), dates and
    periods by their ISO date, everything else by kind, value and range end.
    """
    def num(v):
        try:
            f = float(v)
        except (TypeError, ValueError):
            return None
        return None if math.isnan(f) else round(f, 4)

    if kind == "doc_code":
        return (kind, str(code or "").upper().replace("Đ", "D").replace(" ", ""))
    if kind in ("date", "period", "time"):
        return (kind, str(date or ""), num(value))
    return (kind, num(value), num(value_end))
