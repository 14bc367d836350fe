"""Which riyal a bare ``ريال`` names (``rials.csv``), and the currency of a headline amount.

A bare ``ريال`` is the Saudi riyal in Saudi news (``currencies.csv``).  An article shows
otherwise in two ways (both read over the whole article, after the paragraphs were scanned):

* a dollar equivalent in parentheses right after the amount (``3200 مليار ريال (985 مليون
  دولار)``) whose implied rate lies outside the Saudi band: the currency whose band holds the
  rate, or, when several or none do, the riyal of the country the article names most;
* the paragraph of the amount names the country of another riyal (the country, its capital or its
  adjective; its people (اليمنيين) count only in the article's mentions: Yemeni families helped
  in the Kingdom get riyals) (the only one it names, or the
  one the article names most) and no Saudi word, the article names that country at least twice and
  Saudi words less than half as often (a Gulf market round-up: the Omani paragraph's riyals are
  OMR, the Qatari one's QAR) (Saudi aid to Yemen
  in riyals keeps SAR: its article names the Kingdom).

A headline amount with a scale word and no noun (``665 مليونا لمشاريع بلدية``) is money in the
currency of the body's amounts when the body names one currency only (``headline_money``).
"""
from __future__ import annotations

import re
from collections import Counter

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key

#: what may stand between an amount and its dollar equivalent: ``(``, ``(أي``, ``(نحو``, ``(ما يعادل``
_EQUIV_GAP = re.compile(r"\s*[(\[]\s*(?:(?:أي|اي|نحو|حوالي|حوالى|قرابة|ما\s+يعادل|ما\s+يوازي|ما\s+يساوي|يعادل)\s*)?")
#: a bare riyal: the unit the lexicon gives the Saudi riyal, written without a Saudi qualifier
_QUALIFIED = re.compile(r"سعود|ر\.\s*س|SAR", re.I)
_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_CLITICS = ("وال", "بال", "لل", "فال", "ال", "و", "ب", "ل", "ف")
_SAUDI = "SAR"


@lexicon_cache(maxsize=4)
def _currency_units() -> dict:
    """ISO code -> (unit, English name) of its first row in ``currencies.csv`` (ريال إيراني)."""
    out = {}
    for r in read_lexicon("currencies.csv"):
        if r["lang"] == "ar":
            out.setdefault(r["code"], (r["unit"], r["en"]))
    return out


def _set_currency(r: dict, code: str, why: str) -> None:
    unit, en = _currency_units().get(code, (r.get("unit", ""), r.get("unit_en", "")))
    r["currency"], r["unit"], r["unit_en"] = code, unit, en
    r["reading"] = f"{r['reading']}; {why}" if r.get("reading") else why


@lexicon_cache(maxsize=4)
def _table(people: bool = True) -> tuple[dict, dict]:
    """(code -> (low, high), word key -> code) of ``rials.csv``; ``people=False``: without the
    plurals that name a country's people."""
    bands, words = {}, {}
    for r in read_lexicon("rials.csv"):
        bands[r["code"]] = (float(r["usd_low"]), float(r["usd_high"]))
        names = r["country"].split("|") + (r["people"].split("|") if people else [])
        for w in names:
            w = key(w.strip())
            if w:
                words.setdefault(w, r["code"])
                if w.startswith("ال"):
                    words.setdefault(w[2:], r["code"])
                else:
                    words.setdefault("ال" + w, r["code"])
    return bands, words


def country_mentions(text: str, people: bool = True) -> Counter:
    """How often ``text`` names each riyal country (``rials.csv``), proclitics stripped;
    ``people=False``: the country itself, not its people (اليمنيين)."""
    _, words = _table(people)
    out = Counter()
    for tok in _WORD.findall(text):
        k = key(tok)
        code = words.get(k)
        if code is None:
            for p in _CLITICS:
                if k.startswith(p) and len(k) - len(p) >= 3 and k[len(p):] in words:
                    code = words[k[len(p):]]
                    break
        if code:
            out[code] += 1
    return out


def _bare_riyal(r: dict) -> bool:
    return (r["kind"] == "money" and r.get("currency") == _SAUDI and "ريال" in (r["surface"] or "")
            and not _QUALIFIED.search(r["surface"] or ""))


def _dollar_after(r: dict, nxt: dict | None, text: str) -> float | None:
    """Riyals per dollar when ``nxt`` is the dollar equivalent of ``r`` in parentheses right after it."""
    if nxt is None or nxt["kind"] != "money" or nxt.get("currency") != "USD":
        return None
    if not _EQUIV_GAP.fullmatch(text[r["end"]:nxt["start"]]):
        return None
    v, u = r.get("value"), nxt.get("value")
    if not isinstance(v, (int, float)) or not isinstance(u, (int, float)) or v <= 0 or u <= 0:
        return None
    if r.get("value_end") is not None or nxt.get("value_end") is not None:
        return None
    return v / u


def riyals_of_article(paragraphs: list[tuple[str, list[dict]]]) -> None:
    """Re-read the currency of bare riyals in one article, in place.

    ``paragraphs``: (text, rows) per paragraph of the article, the rows' offsets into that text."""
    bands, _ = _table()
    if not any(_bare_riyal(r) for _, rows in paragraphs for r in rows):
        return
    mentions = country_mentions("\n".join(t for t, _ in paragraphs))
    saudi = mentions.get(_SAUDI, 0)
    foreign = [(n, c) for c, n in mentions.items() if c != _SAUDI]
    top = max(foreign)[1] if foreign else ""
    for text, rows in paragraphs:
        local = None
        for i, r in enumerate(rows):
            if not _bare_riyal(r):
                continue
            rate = _dollar_after(r, rows[i + 1] if i + 1 < len(rows) else None, text)
            if rate is not None:
                held = [c for c, (lo, hi) in bands.items() if lo <= rate <= hi]
                if _SAUDI in held:
                    continue  # 200 مليار ريال (53 مليار دولار): the peg
                other = [c for c in held if c != _SAUDI]
                code = other[0] if len(other) == 1 else (top if top and (not other or top in other) else "")
                if code:
                    _set_currency(r, code, f"{code}: the dollar equivalent implies {rate:,.0f} per dollar")
                continue
            if local is None:
                local = country_mentions(text, people=False)  # للأشقاء اليمنيين: people, not Yemen
            named = [c for c in local if c != _SAUDI]
            code = named[0] if len(named) == 1 else (top if top in named else "")
            if code and not local.get(_SAUDI) and mentions[code] >= 2 and saudi * 2 < mentions[code]:
                _set_currency(r, code, f"{code}: the paragraph and the article are about that country")


_SCALED = re.compile(r"(?:مليون|ملايين|مليونا|مليار|مليارات|ملياران|مليارا|ألف|الف|آلاف|ألفا|الفا|تريليون)")


def headline_money(title_rows: list[dict], body_rows: list[dict]) -> None:
    """A title amount with a scale word and no counted noun (``665 مليونا لمشاريع``, ``مليون ومائة
    ألف لشهداء``) is money in the one currency of the body's amounts, in place."""
    codes = Counter(r.get("currency") for r in body_rows if r["kind"] == "money" and r.get("currency"))
    if len(codes) != 1:
        return
    (code, _), = codes.items()
    unit = next(r["unit"] for r in body_rows if r["kind"] == "money" and r.get("currency") == code)
    for r in title_rows:
        if (r["kind"] == "count" and not r.get("unit") and r.get("value_end") is None
                and isinstance(r.get("value"), (int, float)) and r["value"] >= 1000
                and _SCALED.search(r["surface"] or "")):
            r["kind"], r["unit"], r["currency"] = "money", unit, code
            r["unit_en"] = next((b.get("unit_en", "") for b in body_rows if b.get("unit") == unit), "")
