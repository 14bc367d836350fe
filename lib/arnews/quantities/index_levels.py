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
from types import SimpleNamespace

from .lexicon import lex
from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key

#: a definite currency word opening a money row's span, before its number (الدولار 0.04)
_LEAD_CURRENCY = re.compile(r"ال\S+\s+(?=[\d٠-٩])")
#: a year written in the sentence before (تراجع المؤشر في 2014 ثم عاد إلى 2015: years)
_OTHER_YEAR = re.compile(r"(?<![\d.,،])(?:19|20)\d\d(?![\d.,،])")
#: a digit group glued after the number (a separator the scanner did not join)
_GLUED = re.compile(r"[.,،٫٬]\d")
#: the end of a sentence between the index word and the number
_STOP = re.compile(r"[.!؟?\n]\s|[.!؟?]$|؛")


@lexicon_cache(maxsize=4)
def index_patterns() -> SimpleNamespace:
    """The patterns of index words (``index_words.csv``: each kind's words, in the file's order, as alternatives):

    * ``index``: the index word, with or without the article and a proclitic (مؤشر, المؤشر, ومؤشرات, بالمؤشر);
    * ``level``: the level word right before the number (إلى، عند، مستوى، قراءة، مستويات; with ال or a proclitic);
    * ``index_end``: the index word right before a money row's span (مؤشر الدولار 0.04);
    * ``move``: a verb or noun of moving or closing (an index read at a four-digit level: ارتفع المؤشر إلى 2077);
    * ``year_cue``: a year word right before the level word (حتى عام إلى ...: a year after all);
    * ``reach``: a word of reaching right before the number (بلغ، البالغة) or the index word itself (بلغ المؤشر 54);
    * ``rate``: a rate word right before the number (بنسبة 0.4, معدل 2.1): a percent left unwritten, not points;
    * ``rate_word``: a rate word anywhere between the index and the number (ينمو الاقتصاد 3.5, معدل البطالة 11.6);
    * ``head``: a noun the number could measure between the index and the number (سعر السهم 27.8, عدد المصابين);
    * ``clause``: a new clause between the index and the number (أظهر المؤشر أن سعر ...، فيما، بينما);
    * ``reading``: a reading word (القراءة الأولية 52.2, أعلى مستوى ... 98.128, عند النقطة 8824.95);
    * ``not_points``: what makes a number after an index a percent or a yearly change (0.6 في %, 2.4 على أساس سنوي);
    * ``index_after``: the index named right after a decimal reading (54.2 الذي سجله المؤشر, 5.2 في مؤشر ...);
    * ``tens``: the definite tens word of the PMI's line (حاجز الخمسين); ``bar``: a bar or level word right before
      it; ``cross``: a preposition of crossing right before it (فوق الخمسين), read only close to the index;
    * ``age``, ``age_after``: an age in the sentence (من هم فوق الخمسين, سن التقاعد, الخمسين من العمر);
    * ``index_own``: the index word as an anchor of its readings, also with its owner's pronoun (لمؤشرها)."""
    words: dict[str, list[str]] = {}
    for r in read_lexicon("index_words.csv"):
        words.setdefault(r["kind"].strip(), []).append(r"\s+".join(re.escape(w) for w in r["word"].split()))

    def alt(*kinds: str) -> str:
        for k in kinds:
            if not words.get(k):  # an empty alternative would match everywhere: (?:) blocks or admits every reading
                raise ValueError(f"index_words.csv: no rows of kind '{k}'")
        return "|".join(w for k in kinds for w in words[k])

    index, head = alt("index_head", "index_plural"), alt("index_head")
    rate_all = alt("rate", "rate_owned")  # (patterns read with search() as yes/no: the alternatives' order is free)
    return SimpleNamespace(
        index=re.compile(rf"(?:^|[\s(«\"“])(?:[وفبل]|وب|ول)?(?:ال|لل)?(?:{index})(?=[\s,،.\"”»)]|$)"),
        level=re.compile(rf"(?:^|\s)(?:{alt('level_word')}|(?:[وب]?(?:ال)?)(?:{alt('level_noun')}))\s*$"),
        index_end=re.compile(rf"(?:^|\s)(?:[وفبل]?(?:ال)?)(?:{head})\s*$"),
        move=re.compile(rf"(?:^|\s)(?:[وف]?)(?:{alt('move')})"),
        year_cue=re.compile(rf"(?:^|\s)(?:{alt('year_cue')})\s"),
        reach=re.compile(rf"(?:^|\s)(?:[وف]?(?:{alt('reach')})|[وفبل]?(?:ال)?(?:{head}))\s*$"),
        rate=re.compile(rf"(?:^|\s)(?:[وب]?(?:ال)?(?:{rate_all}))\s+\S*\s*$|"
                        rf"(?:^|\s)(?:[وب]?(?:ال)?(?:{alt('rate')}))\s*$"),
        rate_word=re.compile(rf"(?:^|\s)[وفب]?(?:ال)?(?:{rate_all}|{alt('rate_word')})(?=[\s,،]|$)"),
        head=re.compile(rf"(?:^|\s)[وفبلك]?(?:ال|لل)?(?:{alt('measured_head')})(?=[\s,،]|$)"),
        clause=re.compile(rf"(?:^|\s)(?:[وف]?(?:{alt('clause_particle')})|{alt('clause_word')})(?=\s|$)"),
        reading=re.compile(rf"(?:^|\s)[وفبل]?(?:ال)?(?:{alt('reading')})(?=[\s,،]|$)"),
        not_points=re.compile(rf"\s*(?:(?:[بف]|في)\s*)?[%٪]|\s*على\s+أساس\s+(?:{alt('basis')})"),
        index_after=re.compile(rf"[\s,،]*(?:(?:الذي|التي)\s+(?:{alt('relative_verb')})\s+|"
                               rf"(?:{alt('after_prep')})\s+)?[وفبل]?(?:ال)?(?:{index})(?=[\s,،.\"”»)]|$)"),
        tens=re.compile(rf"(?:ال)?(?:{alt('fifty_line')})"),
        bar=re.compile(rf"(?:^|\s)[وب]?(?:ال)?(?:{alt('bar')})\s*$"),
        cross=re.compile(rf"(?:^|\s)(?:{alt('cross')})\s*$"),
        age=re.compile(rf"(?:^|\s)(?:[وفبل]?(?:ال)?(?:{alt('age_noun')})|{alt('age_phrase')})(?=\s|$)"),
        age_after=re.compile(rf"\s*(?:من\s+(?:ال)?عمر|{alt('age_unit')})(?=[\s,،.]|$)"),
        index_own=re.compile(rf"(?:^|[\s(«\"“])(?:[وفبل]|وب|ول)?(?:ال|لل)?(?:{index}|{alt('index_owned')})"
                             rf"(?=[\s,،.\"”»)]|$)"),
    )


def _index_of_currency(r, text: str) -> bool:
    """A money row written currency first (``الدولار 0.04``) right after مؤشر: the dollar index."""
    P = index_patterns()
    return bool(_LEAD_CURRENCY.match(r["surface"]) and P.index_end.search(text[max(0, r["start"] - 20): r["start"]]))


def index_levels(rows: list[dict], text: str) -> list[dict]:
    """Re-read in place the bare counts of ``rows`` (offsets into ``text``) that are an index's level;
    return those rows."""
    P = index_patterns()
    changed = []
    points: list[int] = []  # where the readings in points found so far end (a reading chains to the one before)
    for r in rows:
        if r["kind"] == "measure" and r.get("unit") == "نقطة":
            points.append(r["end"])
            continue
        if r["kind"] == "money" and _index_of_currency(r, text):
            # مؤشر الدولار 0.04: the currency names the index, the number is its move in points
            m = _LEAD_CURRENCY.match(r["surface"])
            r["start"] += m.end()
            r["surface"] = text[r["start"]:r["end"]]
            r["kind"], r["unit"], r["unit_en"], r["currency"] = "measure", "نقطة", "point", ""
            changed.append(r)
            points.append(r["end"])
            continue
        if index_reading(r, text, points):
            changed.append(r)
            points.append(r["end"])
            continue
        year = r["kind"] == "year" and re.fullmatch(r"\d{4}", r["surface"])
        if (r["kind"] != "count" and not year) or r.get("unit") or r.get("approx") or not re.fullmatch(r"[\d.,٠-٩٫٬]+", r["surface"]):
            continue
        if _GLUED.match(text, r["end"]):  # 11،000 نقطة, 1,1075 دولار: a number the scanner cut, left as read
            continue
        before = text[max(0, r["start"] - 160): r["start"]]
        if not P.level.search(before):
            continue
        sentence = _STOP.split(before)[-1]
        if not P.index.search(sentence):
            continue
        if year and (not P.move.search(sentence) or P.year_cue.search(before[-12:]) or _OTHER_YEAR.search(sentence)):
            continue  # يهدف المؤشر إلى 2030, عام 2015: a year unless the index moved or closed there
        r["kind"], r["unit"], r["unit_en"] = "measure", "نقطة", "point"
        changed.append(r)
        points.append(r["end"])
    points_at = {r["start"] for r in changed} | {r["start"] for r in rows if r["kind"] == "measure" and r.get("unit") == "نقطة"}
    for r1, r2 in zip(rows, rows[1:]):  # من 2.074.20 إلى 2.030.16: both ends of the index's move are levels
        if not (_FROM.search(text, max(0, r1["start"] - 6), r1["start"]) and (m := _TO.match(text, r1["end"]))
                and m.end() == r2["start"]):
            continue
        for r, other in ((r1, r2), (r2, r1)):
            if (other["start"] in points_at and r["kind"] == "count" and not r.get("unit") and not r.get("approx")
                    and _DOTTED.fullmatch(r["surface"])):
                r["kind"], r["unit"], r["unit_en"] = "measure", "نقطة", "point"
                changed.append(r)
    return changed


#: ``من`` right before the level an index moved from (also ``ومن`` and after a bracket or a quote: ``(من``;
#: inside a text a searched window's ``^`` never matches, so a mark before it must be named; fixq), ``إلى`` between
#: it and the level it reached
_FROM = re.compile(r"(?:^|[\s(«\"\[])و?من\s*$")
_TO = re.compile(r"\s*(?:إلى|الى)\s*")
#: a number with a decimal or grouping mark (742.27, 2.074.20): an index level, not a whole count of things
_DOTTED = re.compile(r"[\d٠-٩]+(?:[.٫,٬][\d٠-٩]+)+")


#: a number in the count's surface (53.9 in ``53.9 متجاوزة`` or ``السابقة البالغة 53.7``)
_NUMBER = re.compile(r"[\d٠-٩]+(?:[.٫][\d٠-٩]+)?")
#: a participle after the number (53.9 متجاوزة، 54.0 متجاوزا، 49.8 مسجلا): the index's reading, no noun counted
_PARTICIPLE = re.compile(r"[وف]?م[\u0621-\u064a]{3,}[\u064b\u064c]?")
#: a decimal number
_DECIMAL = re.compile(r"[\d٠-٩]+[.٫][\d٠-٩]+")
#: how many words may stand between the index (or its reading) and a decimal reading with no level word right
#: before it (إلى، عند: any distance in the sentence, as the levels above), a whole reading, the preposition
#: before الخمسين
_DECIMAL_REACH = 14
_WHOLE_REACH = 4
_TENS_REACH = 4


def _as_float(t: str) -> float:
    return float(t.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789.")))


def _anchor(sentence: str, start: int, points: list[int]) -> int | None:
    """Where the last mention of the index in ``sentence`` (offset ``start``) ends: the index word, a reading word
    after it, or a reading in points found before (``إلى 52.7 من 53.5``, ``مقابل``, ``البالغة``)."""
    P = index_patterns()
    idx = [m.end() for m in P.index_own.finditer(sentence)]
    if not idx:
        return None
    ends = idx + [m.end() for m in P.reading.finditer(sentence) if m.end() > idx[0]]
    ends = [start + x for x in ends] + [p for p in points if start <= p]
    return max(ends)


def index_reading(r: dict, text: str, points: list[int] | None = None) -> bool:
    """A count that reads an index (مؤشر) with no unit written (session 50, q72; both readers of blind53 wrote
    these as measures in نقطة, as the guide's ``76 نقطة``): a decimal number whose subject is the index
    (``لمديري المشتريات 53.9 متجاوزة``، ``البالغة 53.7``، ``إلى 49.8 من 49.4``; ``54.2 الذي سجله المؤشر``),
    a whole number right after the index word or a word of reaching close to it (``بلغ المؤشر 54``,
    ``مؤشر ثقة المستهلك بلغ 108``), and the line of fifty (``تجاوز حاجز الخمسين``، ``المؤشر دون الخمسين``).
    The count's own guessed noun (not in the lexicon: ``متجاوزة``) or the definite word before ``البالغة``
    leaves the span. The subject is the index when the index word, a reading word after it (``القراءة``,
    ``مستوى``) or a reading in points before (``points``: where they end; ``52.7 من 53.5``) stands at most a
    few words before, with no noun the number could measure (``سعر``، ``عدد``، ``متوسط``، ``درجة``), no rate
    word (``بنسبة``، ``ينمو``، ``التضخم``) and no new clause (``أن``، ``فيما``) between (fixq, the review of
    q72). Not a percent (``0.6 في %``), a yearly change (``على أساس سنوي``), an age (``فوق الخمسين`` of
    ``من هم``), nor one with a noun the lexicon knows (``5.2 مليون سهم``). Re-read in place."""
    P = index_patterns()
    surf = r["surface"]
    if r.get("approx") or r.get("unit_en") or _GLUED.match(text, r["end"]):
        return False
    tens = r["kind"] == "ordinal" and P.tens.fullmatch(surf)
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
    if P.not_points.match(text, e) or P.rate.search(before[-30:]):
        return False
    anchor = _anchor(sentence, s - len(sentence), points or [])
    if anchor is None:
        # the index named only after the reading: 54.2 الذي سجله المؤشر, 5.2 في مؤشر ...
        if not decimal or not P.index_after.match(text, e):
            return False
        stretch = " ".join(sentence.split()[-4:])
    else:
        stretch = text[anchor:s]
    if P.head.search(stretch) or P.rate_word.search(stretch) or P.clause.search(stretch):
        return False
    words = len(stretch.split())
    if tens:
        if P.age.search(sentence) or P.age_after.match(text, e):
            return False  # لدى من هم فوق الخمسين, سن التقاعد إلى الستين: an age
        if not P.bar.search(before) and not (P.cross.search(before) and words <= _TENS_REACH + 1):
            return False
    elif decimal:
        if words > _DECIMAL_REACH and not P.level.search(before):
            return False
    elif not P.reach.search(before) or words > _WHOLE_REACH:
        return False
    r["start"], r["end"] = s, e
    r["surface"] = text[s:e]
    r["kind"], r["unit"], r["unit_en"], r["currency"] = "measure", "نقطة", "point", ""
    return True
