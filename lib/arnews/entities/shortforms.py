"""A ministry's short form within the article that names it (names round 31, issue 14).

Saudi news names a ministry once in full (وزارة الصحة، وزارة التعليم) and then, in its headline
and in the sentences that report what it does, by the field alone: ``الصحة: 93 دورة تدريبية``,
``أن التعليم يبدأ بالإجراءات``.  The field word is an ordinary noun too (الصحة العامة, health), so
the short form is read only where the same article named the ministry, and only where the word
acts: it heads a title before a colon, or an imperfect verb follows it (``الصحة تعلن``), or it follows a feminine
verb a body takes (``وشددت العدل على``, :mod:`.verb_subjects`).  The
short form joins the ministry's entity.  Pure function over the article's paragraphs and rows.
"""
from __future__ import annotations

from ..normalize import key
from ..spans import claim
from .club_parts import club_part_rows
from .field_forms import field_form_rows
from .org_parts import org_part_rows
from .verb_subjects import after_body_verb

#: the word before the field in a ministry's full name (key form: ة is written ه)
_MINISTRY = frozenset({key("وزارة")})


def _fields(rows: list[list], second: dict | None = None) -> dict:
    """field key (الصحه) -> the row of the article's first ``وزارة + field`` organisation; a ministry named
    inside a longer body's name (``لجنة تدريب الحج بوزارة الصحة``, org40) counts too, with the ministry's own key.
    A ministry of two coordinated fields (``وزارة التجارة والصناعة``) gives its first field, and ``second`` (when
    given) receives first field -> second (التجاره -> والصناعه): the pair stands for it too."""
    from .cues import word_info
    from .keys import org_key

    out, inner = {}, {}
    pairs = second if second is not None else {}
    for r in rows:
        if r[6] != "organisation":
            continue
        ws = key(r[4]).split()
        if len(ws) == 2 and ws[0] in _MINISTRY and ws[1].startswith("ال") and len(ws[1]) >= 5:
            out.setdefault(ws[1], r)
            continue
        if len(ws) == 3 and ws[0] in _MINISTRY and ws[1].startswith("ال") and len(ws[1]) >= 5 \
                and ws[2].startswith("وال") and len(ws[2]) >= 6:
            out.setdefault(ws[1], r)  # وزارة التجارة والصناعة: التجارة تغلق, التجارة والصناعة: ... (its first field)
            pairs.setdefault(ws[1], ws[2])
            continue
        raw = r[4].split()
        if len(raw) != len(ws):
            continue
        for t in range(1, len(ws) - 1):
            if word_info(raw[t]).bare in _MINISTRY and ws[t + 1].startswith("ال") and len(ws[t + 1]) >= 5:
                row = list(r)
                row[5] = "~" + org_key(["وزارة", raw[t + 1]])
                inner.setdefault(ws[t + 1], row)
    for k, r in inner.items():
        out.setdefault(k, r)
    return out


def acts(p, i: int, last: int | None = None) -> bool:
    """The words i..last (one word: last = i) head a title before a colon, stand alone in quotes, or an imperfect
    verb follows them; and no noun they could qualify or complete stands before them (السوق المالية يغلق, متحدث
    التعليم يوضح: no short form)."""
    from .cues import word_info
    from .guards import imperfect_verb
    from .positions import adjacent, is_word

    first, i = i, (i if last is None else last)
    nxt = i + 1
    if nxt >= len(p.toks):
        return False
    if is_word(p, first - 1) and adjacent(p, first - 1, first):
        prev = p.toks[first - 1]
        if not (word_info(prev).stop or prev[:1] == "و" and word_info(prev[1:]).stop):  # (أن الصحة، وأن الصحة)
            return False
    if p.role == "title" and p.kinds[nxt] == "punct" and p.toks[nxt] == ":":
        return first == 0 or p.kinds[first - 1] != "word"
    if _quoted_alone(p, first, i):
        return True  # "الصحة": تسجيل وفاة، دعم وزارته لإستراتيجية "الإسكان": the field quoted alone is the ministry (org40)
    return is_word(p, nxt) and adjacent(p, i, nxt) and imperfect_verb(p.toks[nxt])


#: an opening quote -> its closing quote
_QUOTES = {'"': '"', "«": "»", "“": "”", "'": "'"}


def _quoted_alone(p, i: int, last: int) -> bool:
    """Tokens i..last stand alone between an opening and its closing quote (``"الصحة"``, ``«التعليم»``, ``"الغذاء
    والدواء"``), glued to them."""
    from .positions import adjacent

    if i < 1 or last + 1 >= len(p.toks) or p.kinds[i - 1] != "punct" or p.kinds[last + 1] != "punct":
        return False
    close = _QUOTES.get(p.toks[i - 1])
    return close is not None and p.toks[last + 1] == close and adjacent(p, i - 1, i) and adjacent(p, last, last + 1)


def short_form_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows for the bare field words (الصحة، والتعليم) that stand for a ministry the article named, then for the
    proper words of the article's companies and foundations (:mod:`.org_parts`: وكانت صلة قد، وحققت زين)."""
    second: dict = {}
    fields = _fields(rows, second)
    if not fields:
        got = field_form_rows(pars, rows, spans)  # "الغذاء والدواء" تطلق: after الهيئة العامة للغذاء والدواء
        got += org_part_rows(pars, rows + got, spans)
        return got + club_part_rows(pars, rows + got, spans)
    out = []
    for p in pars:
        taken = spans.setdefault((p.article_id, p.paragraph), [])
        for i, kd in enumerate(p.kinds):
            if kd != "word":
                continue
            k = p.fkeys[i]
            off = 1 if k[:1] == "و" and k[1:] in fields else 0
            r = fields.get(k[off:])
            if r is None:
                continue
            last = i
            if second.get(k[off:]) and i + 1 < len(p.toks) and p.fkeys[i + 1] == second[k[off:]] \
                    and p.kinds[i + 1] == "word" and p.starts[i + 1] - p.ends[i] <= 1:
                last = i + 1  # التجارة والصناعة: the ministry's two fields
            if not (acts(p, i, last) or after_body_verb(p, i, last)) \
                    or last == i and second.get(k[off:]) and _quoted_alone(p, i, i):
                continue  # (رؤية البنك إلى "الثقافة": the first field of two quoted alone is the common noun)
            s, e = p.starts[i] + off, p.ends[last]
            got = claim(taken, s, e, to_original=p.original)
            if got is None:
                continue
            os_, oe = got
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], r[5], r[6], r[7], r[8], "",
                        p.role, "short form", 0.6])
    out += field_form_rows(pars, rows + out, spans)
    out += org_part_rows(pars, rows + out, spans)
    return out + club_part_rows(pars, rows + out, spans)
