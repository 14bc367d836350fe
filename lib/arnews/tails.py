"""The end of an article's text: what the short lines after its last paragraph are (:mod:`arnews.blocks` gives the
roles).  A poem's lines (:func:`verse_shaped`, :func:`ends_poem`: the last line rhymes with the lines above it), the
writer's signature (:data:`SIGNATURE_MARK`) and the captions some dailies print after the text (:func:`photo_phrase`,
words in ``caption_words.csv``; :func:`caption_above`: the series above such a caption)."""
from __future__ import annotations

import re

from .datelines import line_words as _words
from .lexicons import lexicon_cache

__all__ = ["END_PUNCT", "verse_shaped", "SIGNATURE_MARK", "ends_poem", "caption_words", "photo_phrase", "caption_above",
           "office_line"]

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
