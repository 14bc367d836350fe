"""A market or economic index read at a level with no unit written: a measure in points.

``ارتفع مؤشر الدولار ... إلى 98.334``, ``أقفل المؤشر عند 7600``, ``ارتفع مؤشر مناخ الأعمال إلى مستوى
108``, ``مؤشر مديري المشتريات ... وآخر قراءة 48.2``: a bare number (read as a count with no counted
noun) right after a level word (``إلى``, ``عند``, ``مستوى``, ``قراءة``) in a sentence that names an
index (``مؤشر``, ``المؤشر``, ``مؤشرات``) before it is the index's level, a ``measure`` in ``نقطة``,
as the guide's ``76 نقطة`` and both readers of blind31 and blind45 write it (unit implied).
A number written right after ``مؤشر الدولار`` (``انخفض مؤشر الدولار 0.04 إلى 97.528``: the scanner reads
``الدولار 0.04`` as money) is the index's move, a measure in points too (both readers of blind31).
A four-digit level read as a year (``ارتفع المؤشر العام إلى 2077 في ختام التعاملات``) is one too when a
verb or noun of moving or closing stands in that sentence (session 42, q62); not ``يهدف المؤشر إلى 2030``.
Not a number with its own noun (``إلى 300 شركة``), a label (``ستاندرد آند بورز 500``), a year, a
number cut from a longer one (``11،000 نقطة``), nor a number in another sentence than the index word.
"""
from __future__ import annotations

import re

from .lexicon import lex
from ..normalize import key

#: the index word, with or without the article and a proclitic (مؤشر, المؤشر, ومؤشرات, بالمؤشر)
_INDEX = re.compile(r"(?:^|[\s(«\"“])(?:[وفبل]|وب|ول)?(?:ال|لل)?(?:مؤشر|موشر|مؤشرات|موشرات)(?=[\s,،.\"”»)]|$)")
#: the level word right before the number (إلى، عند، مستوى، قراءة، مستويات; with ال or a proclitic)
_LEVEL = re.compile(r"(?:^|\s)(?:إلى|الى|عند|(?:[وب]?(?:ال)?)(?:مستوى|مستويات|قراءة|قراءته|قراءتها))\s*$")
#: a definite currency word opening a money row's span, before its number (الدولار 0.04)
_LEAD_CURRENCY = re.compile(r"ال\S+\s+(?=[\d٠-٩])")
#: the index word right before it
_INDEX_END = re.compile(r"(?:^|\s)(?:[وفبل]?(?:ال)?)(?:مؤشر|موشر)\s*$")


def _index_of_currency(r, text: str) -> bool:
    """A money row written currency first (``الدولار 0.04``) right after مؤشر: the dollar index."""
    return bool(_LEAD_CURRENCY.match(r["surface"]) and _INDEX_END.search(text[max(0, r["start"] - 20): r["start"]]))


#: a verb of moving or closing (an index read at a four-digit level: ارتفع المؤشر إلى 2077, أغلق عند 1980)
_MOVE = re.compile(r"(?:^|\s)(?:[وف]?)(?:ارتفع|صعد|قفز|زاد|تراجع|انخفض|هبط|نزل|خسر|ربح|أغلق|اغلق|أقفل|اقفل|أنهى|انهى|"
                   r"وصل|سجل|استقر|ارتفاع|صعود|تراجع|انخفاض|هبوط|إغلاق|اغلاق)")
#: a year word right before the level word (حتى عام إلى ...: a year after all)
_YEAR_CUE = re.compile(r"(?:^|\s)(?:عام|سنة|موسم|رؤية)\s")
#: a year written in the sentence before (تراجع المؤشر في 2014 ثم عاد إلى 2015: years)
_OTHER_YEAR = re.compile(r"(?<![\d.,،])(?:19|20)\d\d(?![\d.,،])")
#: a digit group glued after the number (a separator the scanner did not join)
_GLUED = re.compile(r"[.,،٫٬]\d")
#: the end of a sentence between the index word and the number
_STOP = re.compile(r"[.!؟?\n]\s|[.!؟?]$|؛")


def index_levels(rows: list[dict], text: str) -> list[dict]:
    """Re-read in place the bare counts of ``rows`` (offsets into ``text``) that are an index's level;
    return those rows."""
    changed = []
    for r in rows:
        if r["kind"] == "money" and _index_of_currency(r, text):
            # مؤشر الدولار 0.04: the currency names the index, the number is its move in points
            m = _LEAD_CURRENCY.match(r["surface"])
            r["start"] += m.end()
            r["surface"] = text[r["start"]:r["end"]]
            r["kind"], r["unit"], r["unit_en"], r["currency"] = "measure", "نقطة", "point", ""
            changed.append(r)
            continue
        if index_reading(r, text):
            changed.append(r)
            continue
        year = r["kind"] == "year" and re.fullmatch(r"\d{4}", r["surface"])
        if (r["kind"] != "count" and not year) or r.get("unit") or r.get("approx") or not re.fullmatch(r"[\d.,٠-٩٫٬]+", r["surface"]):
            continue
        if _GLUED.match(text, r["end"]):  # 11،000 نقطة, 1,1075 دولار: a number the scanner cut, left as read
            continue
        before = text[max(0, r["start"] - 160): r["start"]]
        if not _LEVEL.search(before):
            continue
        sentence = _STOP.split(before)[-1]
        if not _INDEX.search(sentence):
            continue
        if year and (not _MOVE.search(sentence) or _YEAR_CUE.search(before[-12:]) or _OTHER_YEAR.search(sentence)):
            continue  # يهدف المؤشر إلى 2030, عام 2015: a year unless the index moved or closed there
        r["kind"], r["unit"], r["unit_en"] = "measure", "نقطة", "point"
        changed.append(r)
    return changed


#: a number in the count's surface (53.9 in ``53.9 متجاوزة`` or ``السابقة البالغة 53.7``)
_NUMBER = re.compile(r"[\d٠-٩]+(?:[.٫][\d٠-٩]+)?")
#: a participle after the number (53.9 متجاوزة، 54.0 متجاوزا، 49.8 مسجلا): the index's reading, no noun counted
_PARTICIPLE = re.compile(r"[وف]?م[\u0621-\u064a]{3,}[\u064b\u064c]?")
#: a decimal number
_DECIMAL = re.compile(r"[\d٠-٩]+[.٫][\d٠-٩]+")
#: a word of reaching right before the number (بلغ، بلغت، البالغ، البالغة) or the index word itself (بلغ المؤشر 54)
_REACH = re.compile(r"(?:^|\s)(?:[وف]?(?:بلغ|بلغت|يبلغ|تبلغ|البالغ|البالغة)|[وفبل]?(?:ال)?(?:مؤشر|موشر))\s*$")
#: a rate word right before the number (بنسبة 0.4, معدل 2.1): a percent left unwritten, not points
_RATE = re.compile(r"(?:^|\s)(?:[وب]?(?:ال)?(?:نسبة|نسبته|نسبتها|معدل|معدله|بمعدل|نمو|نموا))\s+\S*\s*$|"
                   r"(?:^|\s)(?:[وب]?(?:ال)?(?:نسبة|نسبته|نسبتها|معدل|بمعدل|نمو|نموا))\s*$")
#: a definite tens word (حاجز الخمسين، نزوله عن الخمسين): the PMI's line between growth and contraction
_TENS = re.compile(r"(?:ال)?(?:عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)")
#: the word right before such a tens word: a bar, a level, or a preposition of crossing
_BAR = re.compile(r"(?:^|\s)(?:[وب]?(?:ال)?(?:حاجز|مستوى)|عن|فوق|دون|تحت|إلى|الى)\s*$")


def _as_float(t: str) -> float:
    return float(t.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789.")))


def index_reading(r: dict, text: str) -> bool:
    """A count in a sentence that names an index (مؤشر) before it and reads the index's value with no
    unit written (session 50, q72; both readers of blind53 wrote these as measures in نقطة, as the guide's
    ``76 نقطة``): a decimal number (``لمديري المشتريات 53.9 متجاوزة``، ``البالغة 53.7``، ``إلى 49.8 من 49.4``),
    a whole number right after the index word or a word of reaching (``بلغ المؤشر 54``), and the
    line of fifty (``تجاوز حاجز الخمسين``، ``نزوله عن الخمسين``). The count's own guessed noun (not in the
    lexicon: ``متجاوزة``) or the definite word before ``البالغة`` leaves the span. Not a number after a
    rate word (``بنسبة 0.4``), nor one with a noun the lexicon knows (``5.2 مليون سهم``). Re-read in place."""
    surf = r["surface"]
    if r.get("approx") or r.get("unit_en") or _GLUED.match(text, r["end"]):
        return False
    tens = r["kind"] == "ordinal" and _TENS.fullmatch(surf)
    if not tens and r["kind"] != "count":
        return False
    m = None if tens else _NUMBER.search(surf)
    if not tens:
        if not m or (m.start() and m.end() != len(surf)) or (m.start() == 0 and m.end() != len(surf) and not r.get("unit")):
            return False
        if r["value"] is None or abs(float(r["value"]) - _as_float(m.group())) > 1e-9:
            return False  # a scale word in the span (4.5 مليون سهم)
        rest = surf[m.end():].split()
        if len(rest) > 1 or rest and ((key(rest[0]),) in lex("ar").units or not _PARTICIPLE.fullmatch(rest[0])):
            return False  # 12 شركة, 2.3 إصابة: a noun is counted; only a participle (متجاوزة) is no noun
        if m.start() and not re.search(r"(?:^|\s)(?:البالغ|البالغة)\s*$", surf[:m.start()]):
            return False  # only السابقة البالغة 53.7 is cut from the front
    s = r["start"] + (m.start() if m else 0)
    e = r["start"] + (m.end() if m else len(surf))
    before = text[max(0, s - 160): s]
    sentence = _STOP.split(before)[-1]
    decimal = not tens and _DECIMAL.fullmatch(text[s:e])
    after = _STOP.split(text[e:e + 120])[0]
    if not (_INDEX.search(sentence) or decimal and _INDEX.search(after)) or _RATE.search(before[-30:]):
        return False  # (أعلى مستوى في أربع سنوات البالغ 54.2 الذي سجله المؤشر: the index named after its reading)
    if tens:
        if not _BAR.search(before):
            return False
    elif not decimal and not _REACH.search(before):
        return False
    r["start"], r["end"] = s, e
    r["surface"] = text[s:e]
    r["kind"], r["unit"], r["unit_en"], r["currency"] = "measure", "نقطة", "point", ""
    return True
