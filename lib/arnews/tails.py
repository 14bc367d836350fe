"""The end of an article's text: what the short lines after its last paragraph are (:mod:`arnews.blocks` gives the
roles).  A poem's lines (:func:`verse_shaped`, :func:`ends_poem`: the last line rhymes with the lines above it), the
writer's signature (:data:`SIGNATURE_MARK`) and the captions some dailies print after the text (:func:`photo_phrase`,
words in ``caption_words.csv``; :func:`caption_above`: the series above such a caption)."""
from __future__ import annotations

import re

from .datelines import line_words as _words
from .lexicons import lexicon_cache

__all__ = ["QA_MARK", "END_PUNCT", "verse_shaped", "SIGNATURE_MARK", "ends_poem", "caption_words", "photo_phrase", "caption_above",
           "office_line", "caption_series", "SERIES_MIN", "SERIES_MAX", "rhyming", "end_series", "list_end_lines", "COMMAS_END",
           "next_part_note"]

_WORD = re.compile(r"\w+")
#: an end mark closing a line (a stop, a question or exclamation mark, a colon, a closing quote or bracket)
END_PUNCT = re.compile(r"[.!?؟…\"”»:;؛)\]]\s*$")


#: a line beside a signature that no poem has: a closing formula that ends a column (``والله ولي التوفيق.``, one
#: sentence opening with the oath word and ending with a full stop) or a contact line (``للتواصل: 0555123456``)
_SIGN_OFF = re.compile(r"^\s*والله\s[^.!?؟]{2,40}\.\s*$|[:：]\s*\+?\d")


def verse_shaped(s: str) -> bool:
    """A line that may be a line of a poem or a list beside a run of short lines: at most eight words, not a
    closing formula or a contact line (:data:`_SIGN_OFF`)."""
    return len(_words(s)) <= 8 and not _SIGN_OFF.search(s)


#: a signature's marks: a star, a dash or ``شعر`` (poetry by) before the name, an address
SIGNATURE_MARK = re.compile(r"^\s*(?:[*\-–—_]|شعر\b)|@")


def _rhyme(s: str) -> str:
    """The rhyme of a line: the last two letters of its last word of three letters or more (key-folded: ``كرامٍ``,
    ``الزؤام`` -> ``ام``), or ""."""
    from .normalize import key

    ws = _WORD.findall(s)
    return key(ws[-1])[-2:] if ws and len(ws[-1]) >= 3 and not ws[-1].isdigit() else ""


def ends_poem(lines: list[str], roles: list, i: int) -> bool:
    """A short line at the end of the text is a poem's last line, not the poet's signature: the two lines above it are
    text lines of a poem's length (:func:`verse_shaped`) and it rhymes with one of them (``بجندٍ من ملائكة كرام`` /
    ``فقلت: مقاتلات الحزم صفّت`` / ``بأجنحة من الموت الزؤام``), with no signature's mark (``شعر - ...``, ``*``, an
    address) and not opening with a listed given name (``تحطمني..`` / ``نزار قباني`` rhyme by chance); a rhyme of the
    article's letters alone (``ال``) is none, and a photo's caption among the short lines above makes them a caption
    series, not a poem."""
    from .entities.cues import load_cues
    from .normalize import key

    if i < 2 or SIGNATURE_MARK.search(lines[i]) or not (rhyme := _rhyme(lines[i])):
        return False
    if rhyme == "ال":
        return False  # الأبطال / الاستقبال: the article's tail rhymes by chance, not a rhyme (fix1)
    above = (i - 1, i - 2)
    if not all(roles[j] is None and verse_shaped(lines[j]) for j in above):
        return False
    j = i - 1
    while j >= 0 and roles[j] is None and verse_shaped(lines[j]):
        if photo_phrase(lines[j]):
            return False  # a photo's caption above (عدد من اللاعبين أثناء وصولهم): a caption series, no poem (fix1)
        j -= 1
    if rhyme not in {_rhyme(lines[j]) for j in above}:
        return False
    first = _words(lines[i])[0]
    return key(first) not in load_cues().given


@lexicon_cache(maxsize=2)
def caption_words() -> dict[str, frozenset]:
    """``kind -> key-folded words`` of ``caption_words.csv``: ``opener`` (the first word of a photo's caption printed at
    the end of the text: جانب، لقطة، طفل، سموه), ``another`` (آخر، أخرى), ``office`` (an official's office: وزير، رئيس،
    عميد) and ``desk`` (التحرير: the paper's own office)."""
    from .lexicons import kind_sets
    from .normalize import key

    return kind_sets("caption_words.csv", ("opener", "another", "office", "desk"), key)


#: a caption that continues the one above it (``.. ويصافح مستقبليه``, ``= موقع الحريق بعد إخماده``)
_CAPTION_LEAD = re.compile(r"^\s*(?:\.{2,}|…|=)")


def photo_phrase(s: str) -> bool:
    """A short line at the end of the text is the caption of a photo, not the writer's signature: it opens with ``..``
    or ``=``, its first word (a glued و dropped) is a caption's opener of :func:`caption_words` (``جانب من الحضور``,
    ``عامل يتولى تنظيف الموقع``, ``سموه لحظة وصوله``) or it holds ``آخر``/``أخرى`` (``ويواسي منوما آخر``); never a line
    with a signature's mark (``- مجموعة من المتقاعدين`` signs a letter)."""
    from .normalize import key

    if SIGNATURE_MARK.search(s):
        return False
    if _CAPTION_LEAD.match(s):
        return True
    ws = [key(w) for w in _WORD.findall(s)]
    if not ws:
        return False
    words = caption_words()
    first = ws[0]
    if first not in words["opener"] and first.startswith("و") and len(first) > 3:
        first = first[1:]
    return first in words["opener"] or any(w in words["another"] for w in ws)


def caption_above(s: str) -> bool:
    """A short line above a caption printed at the end is one of its series: letters, no stop or other end mark, no
    figure, no list bullet (``طفل مشارك``, ``متنزه السودة تحول إلى خلية نحل``)."""
    t = s.strip()
    return (any(c.isalpha() for c in t) and not END_PUNCT.search(t) and not any(c.isdigit() for c in t)
            and not t.startswith(("-", "–", "•", "*", "·")) and "..." not in t and "…" not in t)


def office_line(s: str) -> bool:
    """The line opens with an official's office (an ``office`` word of :func:`caption_words`, its article dropped:
    ``وزير الصحة``, ``رئيس النادي أحمد خواجه``, ``الرئيس العام المسند``): under a headline it names the official in
    the photo; a writer signs with a name or with a writer's own job (``الكاتب خالد العتيبي``, ``مراسل الجزيرة``,
    ``رئيس التحرير``: a ``desk`` word), not with an official's office."""
    from .normalize import key

    ws = _words(s)
    if not ws or SIGNATURE_MARK.search(s):
        return False
    words = caption_words()
    w = key(ws[0])
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return w in words["office"] and not any(key(x) in words["desk"] for x in ws[1:])


#: the fewest and the most short lines ending the text that make a series of photo captions without a caption word
#: (pages55: alyaum prints three to nine; a longer run of short lines is a poem's)
SERIES_MIN = 3
SERIES_MAX = 10
#: a line opening with a glued و/ف before a word more common without it (وبنخل، والسلام، فكل): a line of verse or a
#: letter's close that continues a sentence; a caption opens with a noun (a following caption ``..ويصافح`` with dots)
_GLUED_AND = re.compile(r"^\s*[وف](\w{3,})")


def rhyming(lines: list[str]) -> bool:
    """The lines rhyme as a poem's do: a third of them or more end with the rhyme of a line one or two above (the
    article's letters ``ال`` alone are no rhyme)."""
    r = [_rhyme(x) for x in lines]
    hits = sum(1 for i in range(1, len(r)) if r[i] and r[i] != "ال" and r[i] in r[max(0, i - 2):i])
    return 3 * hits >= len(lines)


#: a line of a Q&A (``س: ..`` / ``ج: ..``, سؤال/جواب): neither a photo's caption nor a signature (fixp)
QA_MARK = re.compile(r"^\s*(?:س|ج|سؤال|جواب)\s*[:/.-]")
#: a colon or a question mark (fixp), or a call opening the line (``يا كاسب العز والهيبه``, ``أيها الوطن``: a poem or
#: an address speaks to someone, a photo's caption does not): no line of a series of captions
_NOT_SERIES = re.compile(r"[:؟?]|^\s*(?:يا|أيها|ايها|أيتها|ايتها)\s")


def _list_heading(s: str) -> bool:
    """The line is a list's heading: two definite words (``الخطوات المطلوبة`` above the steps; fixp), never the
    first of a series of captions."""
    ws = _words(s)
    return len(ws) == 2 and all(w.startswith("ال") and len(w) > 4 for w in ws)


def caption_series(lines: list[str]) -> bool:
    """The short lines that end an article's text (between its last paragraph and the source line) are a series of
    photo captions with no caption word (pages55, alyaum: ``الفرحة واضحة على وجوه اللاعبين`` / ``استقبال بالورود
    بعد تحقيق الإنجاز`` / ``عدد من اللاعبين أثناء وصولهم`` / ``تحية خاصة للأبطال``): :data:`SERIES_MIN` to
    :data:`SERIES_MAX` lines, each of a caption's shape (:func:`caption_above`, at most eight words) and none a line of a
    poem or a letter's close: no rhyme (:func:`rhyming`), no line ending with a comma, opening with a glued و/ف
    (``وأعيش حياة الحمام``, ``والسلام عليكم``; ``..ويصافح`` continues a caption), with a signature's mark or an
    address, of one word (a heading: ``ومضة`` above two lines of verse), naming a man with بن or opening with a listed
    given name (the signature of a letter: ``محمد بن سلمان ...`` / ``ولي ولي العهد``, ``رئيس مجلس إدارة`` / ... /
    ``عبدالله العلي النعيم``)."""
    from .entities.cues import load_cues
    from .frequency import zipf_ar
    from .normalize import key

    given = load_cues().given
    if not SERIES_MIN <= len(lines) <= SERIES_MAX or rhyming(lines) or _list_heading(lines[0]):
        return False
    for x in lines:
        t = x.strip()
        if (not caption_above(t) or len(_words(t)) > 8 or t.endswith(("،", ",")) or SIGNATURE_MARK.search(t)
                or _NOT_SERIES.search(t) or QA_MARK.match(t)):
            return False
        m = _GLUED_AND.match(t)
        if m and zipf_ar(m.group(1)) > zipf_ar(t.split()[0]):
            return False
        ws = _words(t)
        if len(ws) < 2 or re.search(r"(?:^|\s)بن\s", t) or key(ws[0]) in given:
            return False
    return True


def end_series(lines: list[str], roles: list, last_long: int) -> range:
    """The blocks (indices) of a series of captions that ends the text (:func:`caption_series`): the short lines
    between the last paragraph (``last_long``) and the source line or the boilerplate after it, not all captions
    already; an empty range when there is none.  Decided after the captions between paragraphs, which a marked caption
    would otherwise call a series."""
    end = len(lines)
    while end > 0 and roles[end - 1] in ("source", "boilerplate", "code"):
        end -= 1
    start = end
    while start > max(last_long + 1, 1) and roles[start - 1] in (None, "byline", "caption"):
        start -= 1
    if (last_long >= 1 and end - start >= SERIES_MIN  # (a paragraph above: not the whole text, a photo story; fixp)
            and any(roles[i] != "caption" for i in range(start, end)) and caption_series(lines[start:end])):
        return range(start, end)
    return range(0)


#: a line closed by two commas or more (a letter's close: ``دمتم بخير،،،``, ``وتقبلوا تحياتي وتقديري،،،``), never a
#: signature
COMMAS_END = re.compile(r"[،,]{2,}\s*$")
#: a list's item mark opening a line, and a dash one
_ITEM_MARK = re.compile(r"^\s*[-_–*•]")
_DASH_ITEM = re.compile(r"^\s*[-_–]+\s*")


def list_end_lines(lines: list[str], roles: list) -> set[int]:
    """The lines (indices) that end a list, not the text, so no run of short lines holding one is a signature (pages55;
    aljazirah's column of items ``* headline`` / ``عنوان صحفي`` / ``- retort``): a line that repeats a line above (a
    list's label), or opens with a dash below two or more items (lines opening with a list mark, undecided, after the
    first: ``- بل تأخر موسمين``) and not with a listed given name, after a title or not (``entity_cues.csv`` kind
    title, or an initial: a signature, ``- حامد الفقيه``, ``- د. حامد الفقيه``); the text's first line repeated is its
    writer's name, no label.  Linear."""
    from .entities.cues import load_cues
    from .normalize import key

    cues = load_cues()
    given = cues.given
    first = next((i for i, r in enumerate(roles) if r is None), -1)  # the first line of text (a column's writer)
    seen: set = set()
    items, out = 0, set()
    for i, s in enumerate(lines):
        t = s.strip()
        if t in seen:
            out.add(i)
        if i != first:  # (the writer's name atop a column, repeated as its signature, is no label; fixp)
            seen.add(t)
        m = _DASH_ITEM.match(t)
        if m and items >= 2:
            ws = _words(t[m.end():])
            while (len(ws) > 1 and key(ws[0]) not in given
                   and (len(ws[0]) == 1 or cues.kind.get(key(ws[0]).removeprefix("ال")) == "title")):
                ws = ws[1:]  # a title before the name: - د. خالد الفهد (fixp)
            if not ws or key(ws[0]) not in given:
                out.add(i)
        if i > 0 and roles[i] is None and _ITEM_MARK.match(s):
            items += 1
    return out


def next_part_note(s: str) -> bool:
    """The short line opens with a weekday (``time_words.csv``, kind ``day``): the note of a series' next part
    (``الثلاثاء .. الحلقة الثالثة``: 'Tuesday .. the third part'), never the writer's signature (pages55)."""
    from .entities.tails import time_words
    from .normalize import key

    ws = _words(s)
    return bool(ws) and time_words().get(key(ws[0])) == "day"
