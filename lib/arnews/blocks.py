"""An article's lines as blocks, each with its role (title, dateline, body, caption, ...).

:func:`split_blocks` cuts a decoded text into blocks (each non-blank line, cut at the edges
of its runs of web-page code), and :func:`assign_roles` gives each block its role from the
shape of the line and its neighbours; the roles and their rules are listed in
:mod:`arnews.corpus`, which reads the files.  :func:`dispatch_line` reads a dispatch line
(``الرياض - واس``); :func:`dated_dispatch`, re-exported from :mod:`arnews.datelines`, one with its date
(``الرياض 26 شوال 1436 هـ ... واس``).
"""
from __future__ import annotations

import re

from .datelines import dated_dispatch, dateline_date, dateline_words, line_words
from .lexicons import lexicon_cache, read_lexicon
from .tails import (COMMAS_END, END_PUNCT, QA_MARK, SIGNATURE_MARK, caption_above, end_series, ends_poem, list_end_lines,
                    next_part_note, office_line, photo_phrase, verse_shaped)


__all__ = ["split_blocks", "assign_roles", "dated_dispatch", "dispatch_line", "dispatch_head", "DISPATCH_BLOCKS",
           "dateline_words", "continuation_words", "wire_mark"]


# --- roles ----------------------------------------------------------------------

_COMMENT = re.compile(r"^\s*(?:تعليق|تعليقات|التعليقات|comments?|bình luận)\s*\(\s*\d+\s*\)\s*$", re.I)
_AD = re.compile(r"^\s*\[\s*(?:إعلان|اعلان|advertisement|ad|ads|quảng cáo)\s*\d*\s*\]\s*$", re.I)
_SOURCE_LABEL = re.compile(r"^\s*(?:مصدر|المصدر|source|nguồn)\s*[:：]?\s*$", re.I)
_SOURCE_URL = re.compile(r"^\s*(?:(?:مصدر|المصدر|source|nguồn)\s*[:：]?\s*)?(?P<url>(?:https?://|www\.)\S+)\s*$", re.I)
_NAV = re.compile(
    r"^\s*(?:no data|same tag|same category|same author|no videos available|related( news| articles)?|"
    r"read more|tags?:?|share|print|lay tin|xem thêm|cùng chuyên mục|اقرأ أيضا|اقرأ أيضًا|مواضيع ذات صلة|أخبار ذات صلة|"
    r"(?:\.{2,}|…)\s*المزيد|المزيد\s*(?:\.{2,}|…)|next\s+previous\b.*|previous\s+next\b.*)\s*$",
    re.I,
)
_PHOTO = re.compile(r"(?:الصورة\s*:|(?<!\w)صورة\s*:|تصوير\s*:|\bphotos?\s*:|\bảnh\s*:|\(photo\b|\(ảnh\b)", re.I)
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|بقلم|كتب|كتبه|theo)\s+\S", re.I)
_DATE = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}|[٠-٩]{1,2}/[٠-٩]{1,2}/[٠-٩]{4}"
)
#: a dispatch line: two short sides around one dash (a tatweel standing alone is a dash too)
_DISPATCH = re.compile(r"^\s*([^\d\-–—ـ|:.!?؟\"«»()]{2,40}?)\s*(?:\s[\-–—ـ]\s?|[\-–—]\s|\s?[\-–—ـ]\s)\s*([^\d\-–—ـ|:.!?؟\"«»()]{2,40}?)\s*$")
#: how many blocks after the title a dispatch line may stand at
DISPATCH_BLOCKS = 3


#: one side of a dispatch line in quotes, whole (the quotes are dropped before the line is matched)
_QUOTED_SIDE = re.compile(r'(^|[\-–—ـ]\s*)["«“]([^"«»“”\d]{2,40})["»”](?=\s*(?:[\-–—ـ]|$))')


def dispatch_line(s: str) -> bool:
    """A dispatch line (``عين اليوم – جدة``, ``سلوى المدني – عين اليوم``, ``جدة ـ نجيب الجداوي``): two sides
    of one to four words (commas between writers allowed) around a dash, no figure, no sentence; a side
    may be quoted whole (``الرياض - "الوطن"``: the newspaper's name in quotes)."""
    m = _DISPATCH.match(_QUOTED_SIDE.sub(r"\1\2", s.strip()))
    if not m or len(s.strip()) > 60:
        return False
    return all(1 <= len(_words(side)) <= 4 for side in m.groups())


#: the head of a paragraph that opens with its dispatch, up to the colon (``بدر الجبل- سبق- تبوك:``, ``واس- الرياض:``):
#: letters, spaces, dashes and the dots of initials (``د.ب.أ``) only, a star before it (``* تونس - رويترز:``)
_HEAD_BODY = (r"^[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*(?:\*\s*)?([^\W\d_][^\d:：!?؟\"«»“”()،,؛;|/*\u200e\u200f\u202a-\u202e\u2066-\u2069]{0,80}?)"
              r"\s*[:：][\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*")
_HEAD = re.compile(_HEAD_BODY + r"(?=\w)")
#: the same head standing alone on its line (``الرياض - واس:`` above the lead)
_HEAD_ALONE = re.compile(_HEAD_BODY + r"$")
#: the direction marks a site leaves around a dispatch head
_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: a dash between the segments of a dispatch head (a tatweel standing alone is a dash too)
_HEAD_DASH = re.compile(r"\s*[\-–—]\s*|\s+ـ+\s*|\s*ـ+\s+")


@lexicon_cache()
def dispatch_outlets() -> dict[str, str]:
    """``segment key -> kind`` (outlet) of ``dispatch_outlets.csv``: what one segment of a dispatch head must be."""
    from .lexicons import word_kinds

    return word_kinds("dispatch_outlets.csv", ("outlet", "outlet_word"), _segment_key)


def dispatch_segments(s: str) -> list[str]:
    """The segments of a dispatch line or head (``رغد عشميل – عين اليوم``, ``الرياض - واس:``), stripped."""
    return [x.strip() for x in _HEAD_DASH.split(s.strip().rstrip(":：").strip()) if x.strip()]


def _segment_key(s: str) -> str:
    from .normalize import key

    return " ".join(key(w) for w in re.sub(r"[.\u0640]", " ", s).split())


def dispatch_head(s: str, alone: bool = False) -> int:
    """Where the text of a paragraph that opens with its dispatch begins (the offset just after the colon), or 0:
    two to four segments of one to four words between dashes before a colon (writer, outlet, place: ``بدر الجبل-
    سبق- تبوك: شهدت ...``; outlet and place: ``واس- الرياض: ...``; writer and outlet: ``فهد العتيبي- سبق: ...``;
    two writers: ``ماجد الرفاعي-عبدالله الراجحي - سبق- ينبع:``), one of them an outlet of ``dispatch_outlets.csv``
    (an outlet that is also an ordinary word only last, :func:`_word_outlet_last`), and text after the colon;
    ``alone``: the head is the whole line instead (``الرياض - واس:`` above the lead), its length then.  A dash inside a sentence (``وقال أحمد الهاشم -مدير الفرع-:``) has no outlet beside it."""
    m = (_HEAD_ALONE if alone else _HEAD).match(s)
    if not m:
        return 0
    segs = [x.strip() for x in _HEAD_DASH.split(m.group(1))]
    if not 2 <= len(segs) <= 4 or not all(segs) or any(not 1 <= len(_words(x)) <= 4 for x in segs):
        return 0
    kinds = [dispatch_outlets().get(_segment_key(x)) for x in segs]
    if "outlet" not in kinds and not _word_outlet_last(segs, kinds):
        return 0
    return m.end()


#: a definite nisba adjective standing alone (العربية، الفرنسي): a language or a people, not a place before an agency
_NISBA = re.compile(r"^ال\S+(?:ية|ي|يه)$")


def _word_outlet_last(segs: list[str], kinds: list) -> bool:
    """An outlet whose name is also an ordinary word (kind ``outlet_word``: الفرنسية, قنا, المواطن) stands as the
    last segment, after a place or a writer (``لندن ـ الفرنسية:``, ``الدوحة - قنا:``), and the segment before it
    is not a definite adjective (``العربية - الفرنسية:`` is a pair of languages, ``المواطن - المسؤول:`` a heading),
    save a listed place (``الشرقية - المواطن:``, the Eastern Province)."""
    if kinds[-1] != "outlet_word":
        return False
    before = segs[-2].strip()
    return not _NISBA.match(before) or _listed_place(before)


def _listed_place(seg: str) -> bool:
    """The segment is a listed place (الشرقية، الدرعية، النعيرية): a dateline place, not a language or a people."""
    from .entities.places import place_index
    from .normalize import key

    return bool(place_index().names.get(key(" ".join(seg.split()))))


_END_PUNCT = END_PUNCT  # a line closed by an end mark (arnews.tails)
_SENT_BREAK = re.compile(r"[.!?؟](?:\s+|$)")
_WORD = re.compile(r"\w+")
_words = line_words  # the words of a line, lower-cased (arnews.datelines)


@lexicon_cache(maxsize=2)
def wire_marks() -> frozenset:
    """The words of ``wire_marks.csv`` (يتبع، انتهى): a wire's mark between slashes."""
    return frozenset((r.get("word") or "").strip() for r in read_lexicon("wire_marks.csv"))


#: a wire's mark: one word between slashes, dashes or brackets (``// يتبع //``, ``//انتهى//``, ``(يتبع)``)
_WIRE_MARK = re.compile(r"^[\s/\-–—()\[\]*.]*(\w+)[\s/\-–—()\[\]*.]*$")


def wire_mark(s: str) -> bool:
    """The line is a wire's mark alone (``// يتبع //``, ``// انتهى //``: :func:`wire_marks`), the agency's furniture."""
    m = _WIRE_MARK.match(s)
    return bool(m) and m.group(1) in wire_marks() and bool(re.search(r"[/\-–—()\[\]]", s))


def _one_sentence(s: str) -> bool:
    s = s.strip()
    if not s.endswith((".", "。")):
        return False
    inner = s[:-1]
    # a sentence break is a full stop followed by a space and a new word of 3+ letters
    return not re.search(r"[.!?؟]\s+\w{3,}", inner)


CONTINUATION_KINDS = ("opener", "and_particle", "reporting_verb")


@lexicon_cache(maxsize=2)
def continuation_words() -> dict[str, tuple]:
    """``kind -> words`` of ``continuation_words.csv`` in the file's order: ``opener`` (connectives as written:
    كما، لكن، من جانبه), ``and_particle`` (particles only with a glued و: وقد، وفي) and ``reporting_verb`` (verbs of
    saying, with or without a glued و); a kind outside :data:`CONTINUATION_KINDS` is a ``ValueError`` naming the
    file and the word."""
    words: dict[str, list] = {k: [] for k in CONTINUATION_KINDS}
    for r in read_lexicon("continuation_words.csv"):
        kd, w = (r.get("kind") or "").strip(), (r.get("word") or "").strip()
        if kd not in words:
            raise ValueError(f"continuation_words.csv: {w}: kind must be one of {', '.join(CONTINUATION_KINDS)}")
        words[kd].append(w)
    return {k: tuple(v) for k, v in words.items()}


@lexicon_cache(maxsize=2)
def continuation_opening() -> re.Pattern:
    """A line opening with a word of :func:`continuation_words` or any word in ف, before a space, a comma, a colon
    or the end: a sentence continuing the story; a short one is body, not a photo caption."""
    words = continuation_words()
    opener, particle, verb = ("|".join(map(re.escape, words[k])) or "(?!)" for k in CONTINUATION_KINDS)  # (?!): none
    return re.compile(rf"^\s*(?:ف\S*|{opener}|و(?:{particle})|و?(?:{verb}))(?:\s|$|،|:)")


#: quotes, colons and digits: a short line with one is a statement or a figure, not a caption
_NOT_CAPTION = re.compile(r"[\"«»“”{}:\d٠-٩]")
_PREPOSITION = re.compile(r"^\s*(?:(?:ل|ب|و)?(?:في|من|على|عن|إلى|الى|مع)\s|(?:ل|ب|وب|ول)ال|لل)")


#: a sentence in brackets between paragraphs: a pull-quote or a sub-heading (``(جروس يفضل اللياقة على المباريات
#: الودية).``), not a caption
_PULL_QUOTE = re.compile(r"^\s*\(.*\)\s*[.!]?\s*$")


#: the fewest words of a caption the shape alone finds: one or two words with a stop are an answer or a fragment
#: (``كلّا.``, ``رأس المال.``), the phrase under a photo names who and where (``الوفود المشاركة في المؤتمر.``)
CAPTION_WORDS = 3
#: captions without a glued و that make a photo series, in which a caption opening with و is one too; also the fewest
#: captions the shape alone finds in an article without a marked caption (blocks54: snnall's 27 shape-only captions
#: came in pairs and triples of the writer's prose, none under a photo; the seeds' Arabic photo series has six)
CAPTION_SERIES = 3
#: a line after a paragraph of more than this many words that stops without an end mark (``... الذي استهدف المسجد`` /
#: ``وأحالتهم إلى محكمة الجنايات.``, ``... مطار أبها الإقليمي،`` / ``صاحب السمو ...``) ends the sentence the site broke
RUN_ON_WORDS = 8
#: the end of a line that runs on into the next: a letter or a comma, no end mark
_RUNS_ON = re.compile(r"[^\W\d_][\u064b-\u0652]*\s*$|[،,]\s*$")


def _and_opening(s: str) -> bool:
    """The line opens with the conjunction و glued to a word more common without it (``وشنت طائرات ...``, ``وتمنى``,
    ``ومنذ``): a sentence that continues the story, not a caption (``وزير الصحة خلال ...``, ``وفد``, ``وكيل``: the و is
    the word's own letter), unless a series of captions stands around it (:data:`CAPTION_SERIES`).  corpus49: 82
    shape-only captions of snnall opened so, none a caption."""
    from .frequency import zipf_ar

    w = s.split(None, 1)[0] if s.strip() else ""
    return len(w) >= 4 and w[0] == "و" and zipf_ar(w[1:]) > zipf_ar(w)


#: a caption the site prints twice: two adjacent short lines sharing this share of their words (the
#: seeds' doubled captions share 0.83 and 1.0; items of a list or a table written in parallel,
#: ``اللاعب فارس غروي (ألعاب قوى) ذهبية وفضية.`` / ``اللاعب أحمد الفادن (تنس طاولة) ذهبية.``, about half)
DUPLICATE_CAPTION = 0.75
#: a photo credit inside a long block marks a caption only at its edges (a caption with its credit
#: glued on); in the middle of a paragraph of prose, ``صورة:`` introduces a picture the story describes
CREDIT_EDGE = 40


def _runs_on(prev: str) -> bool:
    """The block before a short line is a paragraph (more than :data:`RUN_ON_WORDS` words) cut mid-sentence: it ends in
    a letter or a comma, so the short line finishes its sentence (a line the site broke), not a photo caption."""
    return len(_words(prev)) > RUN_ON_WORDS and bool(_RUNS_ON.search(prev))


def _not_doubled_caption(s: str) -> bool:
    """A line of a pair written alike that is no caption printed twice: an item of a list (``- يوم الاثنين الماضي
    أعلن عن مؤشر ...`` twice, for two countries), a sentence continuing the story (:func:`continuation_opening`: a
    paragraph the site printed twice) or a line of a poem that runs on after a comma (``طريق النار،`` / ``طريق النار...``)."""
    t = s.strip()
    return t.startswith(("-", "–", "•", "*", "·")) or t.endswith("،") or bool(continuation_opening().match(t))


def _photo_credit(s: str) -> bool:
    """A block that is a caption by its photo credit (``(الصورة: مينه دوك)``, ``تصوير: خالد الشهري``):
    a short block, or a credit at its start or end."""
    m = _PHOTO.search(s)
    if m is None:
        return False
    if len(_words(s)) <= 40:
        return True
    return m.start() <= 10 or any(len(s.rstrip()) - x.end() <= CREDIT_EDGE for x in _PHOTO.finditer(s))


def _title_shaped(s: str) -> bool:
    """A first line that is a headline: short, not ended by a sentence's single full stop
    (``..``, ``؟``, ``!``, ``»`` and a quote close headlines) or by ``:``/``؛``."""
    s = s.strip()
    if len(_words(s)) > 20 or not s:
        return False
    if s.endswith("..") or s.endswith("…"):
        return True
    return not s.endswith((".", ":", "؛", ";", "。", ","))


def _names_title_word(title: str, line: str) -> bool:
    """The short line under a headline repeats a word of it of three letters or more, not a listed given name opening it
    (``السفير شبكشي يعقد اجتماعات`` / ``أسامة شبكشي``): the caption of the photo of the one the headline names, not the writer's signature."""
    from .entities.cues import load_cues
    from .normalize import key

    given = load_cues().given  # (محمد مهاوش under a headline naming محمد عابس: a shared first word that is a
    # given name is no evidence; the family name is: مرتضى منصور، جون تيري; fixn)
    tw = {key(w) for w in _words(title) if len(w) >= 3}
    return any(len(w) >= 3 and key(w) in tw and not (j == 0 and key(w) in given) for j, w in enumerate(_words(line)))


def assign_roles(lines: list[str], learned=None, code=None, echo=None, heads=None) -> list[str]:
    """Role of each block (non-blank line, or part of one) of one article, in order.

    ``learned``: keys of the lines learned as boilerplate for the article's outlet
    (:mod:`arnews.boilerplate`); ``code``: per block, True when it is a run of web-page code;
    ``echo``: per block, True when it is the site's link back to the story (boilerplate); ``heads``: per block,
    True when it is the dispatch head cut off a paragraph (:func:`dispatch_head`: dateline)."""
    from .boilerplate import line_key

    n = len(lines)
    roles: list[str | None] = [None] * n
    after_comment = False
    for i, s in enumerate(lines):
        if code is not None and code[i]:
            roles[i] = "code"
        elif echo is not None and echo[i]:
            roles[i] = "boilerplate"
        elif heads is not None and heads[i]:
            roles[i] = "dateline"  # بدر الجبل- سبق- تبوك: cut off the paragraph it opens
        elif after_comment:
            roles[i] = "boilerplate"
        elif _COMMENT.match(s):
            roles[i] = "boilerplate"
            after_comment = True
        elif _AD.match(s) or _SOURCE_LABEL.match(s) or _NAV.match(s) or wire_mark(s):
            roles[i] = "boilerplate"
        elif _SOURCE_URL.match(s):
            roles[i] = "source"
        elif _photo_credit(s):
            roles[i] = "caption"
        elif _DATE.search(s) and len(_words(s)) <= 8 and len(s) <= 80:
            roles[i] = "dateline"
        elif i > 0 and dateline_date(s):
            roles[i] = "dateline"
        elif _BYLINE_PREFIX.match(s) and len(_words(s)) <= 8:
            roles[i] = "byline"
        elif 0 < i <= DISPATCH_BLOCKS and (dispatch_line(s) or dated_dispatch(s) is not None):
            roles[i] = "dateline"  # where the dispatch comes from and who sent it (before learned boilerplate)
        elif learned and not (i == 0 and _title_shaped(s)) and line_key(s) in learned:
            roles[i] = "boilerplate"  # repeated across the outlet's articles (never the title)
    # near-duplicate adjacent lines: the site prints each caption twice (but a headline
    # that the lead restates is a title and its lead)
    for i in range(n - 1):
        if i == 0 and roles[0] is None and _title_shaped(lines[0]):
            continue
        if roles[i] in (None, "caption") and roles[i + 1] in (None, "caption"):
            a, b = set(_words(lines[i])), set(_words(lines[i + 1]))
            if (a and b and len(a & b) / len(a | b) >= DUPLICATE_CAPTION and max(len(a), len(b)) <= 40
                    and not (_not_doubled_caption(lines[i]) or _not_doubled_caption(lines[i + 1]))):
                roles[i] = roles[i + 1] = "caption"
    # title: the first line, short, not a sentence
    if n and roles[0] is None and _title_shaped(lines[0]):
        roles[0] = "title"
    # bylines: short name-like lines after the last long paragraph
    undecided = [i for i in range(n) if roles[i] is None]
    long_ones = [i for i in undecided if len(_words(lines[i])) > 8]
    last_long = max(long_ones) if long_ones else -1
    # tail_ok[i]: every block after i is undecided or a byline/source/boilerplate (one
    # backward pass, so the rule stays linear on a file of a million short lines; setting a
    # block to "byline" below never changes it, since "byline" is one of the allowed roles)
    tail_ok = [True] * (n + 1)
    for i in range(n - 1, 0, -1):
        tail_ok[i - 1] = tail_ok[i] and roles[i] in (None, "byline", "source", "boilerplate", "code")
    cand = [
        i for i in undecided
        if i > last_long
        and len(_words(lines[i])) <= 4
        and len(lines[i].strip()) <= 40
        and not any(c.isdigit() for c in lines[i])
        and any(c.isalpha() for c in lines[i])  # a line of dashes or a lone brace is no name
        and not _END_PUNCT.search(lines[i].strip())
        and "..." not in lines[i] and "…" not in lines[i]
        and not _PREPOSITION.match(lines[i])
        and not COMMAS_END.search(lines[i])  # a letter's close (وتقبلوا تحياتي وتقديري،،،، دمتم بخير،،،; pages55)
        and not next_part_note(lines[i])  # السبت .. الحلقة الخامسة (pages55)
        and not QA_MARK.match(lines[i])  # جواب: في الأسبوع المقبل (fixp)
        and tail_ok[i]
    ]
    # a byline is one or two lines (a name, a place or title); a longer run of short
    # lines at the end is verse or a list, not a byline
    runs: list[list[int]] = []
    for i in cand:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    cand_set = set(cand)

    def verse(r):
        """The run stands between two short lines that stay text: one line of a poem (or a list) among others
        (``المرء يعرف في الأنام بعقله`` / ``وخصائل المرء الكريم كأصله`` / ``اصبر على حلو الزمان ومره``), not a
        byline; an address or a wire's end mark (``// انتهى //``) is never verse, nor a run beside a closing formula or
        a contact line (:func:`arnews.tails.verse_shaped`: ``والله ولي التوفيق.`` / signature / ``للتواصل: 0555123456``)."""
        if any("@" in lines[i] or "//" in lines[i] for i in r):
            return False
        return all(0 <= j < n and roles[j] is None and j not in cand_set and verse_shaped(lines[j])
                   for j in (r[0] - 1, r[-1] + 1))

    def heads_text(r):
        """The run stands above two or more short lines of text that are no byline (a sub-heading such as ``وقفة``,
        a table's header row ``اللاعب النادي القيمة``, a poem's first line): not a signature, which ends the text."""
        if any("@" in lines[i] for i in r):
            return False  # an address is the writer's, whatever follows it (an SMS footer the outlet did not teach)
        return sum(1 for j in range(r[-1] + 1, n) if roles[j] is None and j not in cand_set) >= 2

    listed = list_end_lines(lines, roles)  # a list's label or retort at the end, no signature (pages55)

    end_captions: list[int] = []
    for r in runs:
        if len(r) <= 2 and not verse(r) and not heads_text(r) and not any(i in listed for i in r):
            photos = any(photo_phrase(lines[i]) for i in r)  # the run's other line is a caption beside it
            for i in r:
                if photos and not SIGNATURE_MARK.search(lines[i]):
                    roles[i] = "caption"  # a photo's caption printed at the end (alyaum: جانب من الحضور)
                    end_captions.append(i)
                elif not ends_poem(lines, roles, i):
                    roles[i] = "byline"
    # the captions printed at the end come in a series: the short lines without a stop between the last paragraph and
    # such a caption are captions too (``طفل مشارك`` / ``متنزه السودة تحول إلى خلية نحل`` / ``زائر وابنته في المرسم``)
    for i in end_captions:
        j = i - 1
        while j > last_long and roles[j] is None and caption_above(lines[j]):
            roles[j] = "caption"
            j -= 1
    for r in runs:
        if r[0] == 1 and roles[0] == "title" and roles[1] == "byline" and (_names_title_word(lines[0], lines[1])
                                                                           or office_line(lines[1])):
            for i in r:
                roles[i] = "caption"  # the photo of the man the headline names (المزيني يحصل على الماجستير / مازن المزيني)
    # short one-sentence lines between paragraphs: photo captions.  Without a photo
    # marker the shape alone decides, so it is held to a caption's shape: not the lead
    # (the first block after the title), no quotes, colon or figures, not opening with a
    # connective or a reporting verb, and not alone: photos come in series, so at least
    # two captions in the article beside a marked one, else a series of CAPTION_SERIES (a lone short sentence, or a
    # pair, is more likely body); not a line that ends the sentence of the paragraph above it (_runs_on)
    lengths = sorted(len(lines[i]) for i in range(n) if roles[i] is None)
    median = lengths[len(lengths) // 2] if lengths else 0
    first_text = next((i for i in range(n) if roles[i] in (None, "caption")), -1)
    shaped = []
    for i in range(n):
        if roles[i] is None and i != first_text:
            s = lines[i].strip()
            if (
                _one_sentence(s)
                and not s.endswith("..")
                and len(_words(s)) <= 20
                and len(s) < 0.5 * median
                and not s.startswith(("-", "–", "•", "*", "·"))
                and not _NOT_CAPTION.search(s)
                and not continuation_opening().match(s)
                and not _PULL_QUOTE.match(s)
                and not (i > 0 and roles[i - 1] is None and _runs_on(lines[i - 1]))
            ):
                shaped.append(i)
    # a caption stands alone between paragraphs: short sentences side by side are a list or the writer's prose
    # (``العوامل الوراثية.`` / ``مضاعفات الحمل.``), and an Arabic one with a comma is a clause of prose (``ذاك المقال،
    # وذاك الفخر من والدي، ...``), not the phrase under a photo (``الوفود المشاركة في المؤتمر.``)
    near = set(shaped)
    shaped = [i for i in shaped if i - 1 not in near and i + 1 not in near and "،" not in lines[i]
              and len(_words(lines[i])) >= CAPTION_WORDS]
    marked = sum(1 for r in roles if r == "caption")
    # a line opening with a glued و (وشنت، وتمنى) continues the story, unless the article has a series of
    # captions without it (a translated photo series: وتحدث نائب الرئيس في المؤتمر.)
    plain = [i for i in shaped if not _and_opening(lines[i])]
    if len(plain) + marked < CAPTION_SERIES:
        shaped = plain
    if (len(shaped) + marked >= 2) if marked else len(shaped) >= CAPTION_SERIES:  # a series, or beside a marked one
        for i in shaped:
            roles[i] = "caption"
    for i in end_series(lines, roles, last_long):  # captions ending the text with no caption word (pages55)
        roles[i] = "caption"
    # ------, ***, a lone brace, direction marks only: no text, never body (decided last, so that a separator still
    # parts the runs of short lines above: a poem's stanzas stay body; fixn)
    return [r or ("body" if any(c.isalnum() for c in lines[i]) else "boilerplate") for i, r in enumerate(roles)]


def _pieces(text: str) -> list[tuple[int, str, bool]]:
    """``(line number, text, is_code)`` of the blocks of a decoded text: each non-blank line,
    cut at the edges of its runs of web-page code (:func:`arnews.boilerplate.code_runs`)."""
    from .boilerplate import code_runs

    out = []
    for no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        runs = code_runs(line)
        if not runs:
            out.append((no, line, False))
            continue
        pos = 0
        for a, b in runs:
            before = line[pos:a].strip()
            if before:
                out.append((no, before, False))
            out.append((no, line[a:b], True))
            pos = b
        after = line[pos:].strip()
        if after:
            out.append((no, after, False))
    return out


#: a short label with a colon before the echo of the title (``رابط الخبر بصحيفة الوئام: <title>``)
ECHO_PREFIX_WORDS = 6
_ECHO_BOUNDARY = re.compile(r"[.!?؟]\s|\s{2,}")


def _title_echoes(pieces: list[tuple]) -> list[tuple]:
    """Pieces with the site's link back to the story marked ``"echo"``: a short label ending in
    a colon followed by the article's own title (at least three words), at the end of a later
    line (``رابط الخبر بصحيفة الوئام: <title>``, also glued to the last paragraph after a run of
    spaces, then cut off as a block of its own)."""
    if len(pieces) < 2:
        return pieces
    title = pieces[0][1]
    tw = _words(title)
    if len(tw) < 3 or not _title_shaped(title):
        return pieces
    out = [pieces[0]]
    for no, line, code in pieces[1:]:
        ws = list(_WORD.finditer(line)) if not code and tw[-1] in line else []
        if len(ws) < len(tw) or [m.group() for m in ws[-len(tw):]] != tw:
            out.append((no, line, code))
            continue
        pos = ws[-len(tw)].start()
        cut = max((m.end() for m in _ECHO_BOUNDARY.finditer(line, 0, pos)), default=0)
        label = line[cut:pos]
        if ":" not in label or not 1 <= len(_words(label)) <= ECHO_PREFIX_WORDS:
            out.append((no, line, code))
            continue
        before = line[:cut].strip()
        if before:
            out.append((no, before, code))
        out.append((no, line[cut:].strip(), "echo"))
    return out


def _tag_tails(pieces: list[tuple], labels: tuple[str, ...]) -> list[tuple]:
    """Pieces with a learned tag line cut off the last text line (not code, not a source URL) and
    marked ``"tail"``, where :func:`arnews.boilerplate.tail_cut` finds it (``... التي تواجهها. سمات
    اتحاد القدم اجتماع عبدالله بن مساعد``; also when the site forgot the stop before it)."""
    from .boilerplate import tail_cut

    last = next((i for i in range(len(pieces) - 1, 0, -1)
                 if pieces[i][2] is False and not _SOURCE_URL.match(pieces[i][1])), None)
    if last is None:
        return pieces
    no, line, _ = pieces[last]
    cut = tail_cut(line, labels)
    if cut is None:
        return pieces
    before = line[:cut].strip()
    out = pieces[:last]
    if before:
        out.append((no, before, False))
    out.append((no, line[cut:].strip(), "tail"))
    return out + pieces[last + 1:]


def _dispatch_heads(pieces: list[tuple]) -> list[tuple]:
    """Pieces with the dispatch head of a paragraph among the first blocks after the title cut off and marked
    ``"dispatch"`` (:func:`dispatch_head`: ``أمطار غزيرة- سبق- تبوك:`` before ``شهدت منطقة تبوك ...``): the head is a
    dateline block (where the dispatch comes from and who sent it), the text after the colon a block of its own."""
    out = list(pieces[:1])
    for i, (no, line, code) in enumerate(pieces[1:], start=1):
        cut = (dispatch_head(line) or dispatch_head(line, alone=True)) if i <= DISPATCH_BLOCKS and code is False else 0
        if not cut:
            out.append((no, line, code))
            continue
        out.append((no, line[:cut].strip().rstrip(_MARKS).rstrip(), "dispatch"))
        if line[cut:].strip():
            out.append((no, line[cut:].strip(), False))
    return out


def split_blocks(text: str, article_id: str, learned=None) -> list[dict]:
    """The blocks of a decoded text, in order, with their roles: one per non-blank line,
    except that a line holding a run of web-page code is cut at the run's edges (the code
    is a block of role ``code``; the text before and after are blocks of their own, each an
    exact substring of the line, edges stripped).  ``learned``: the keys of the lines
    learned as boilerplate for the article's outlet; a learned tag label cuts the tag line
    glued to the last text line into a ``boilerplate`` block of its own (:func:`_tag_tails`), and the
    dispatch head that opens a paragraph near the top is a ``dateline`` block (:func:`_dispatch_heads`).

    Linear in time and memory in the length of the text and the number of lines."""
    pieces = _title_echoes(_pieces(text))
    if learned:
        from .boilerplate import tail_labels

        labels = tail_labels(learned)
        if labels:
            pieces = _tag_tails(pieces, labels)
    pieces = _dispatch_heads(pieces)
    roles = assign_roles([t for _, t, _ in pieces], learned, [c is True for _, _, c in pieces],
                         [c in ("echo", "tail") for _, _, c in pieces], [c == "dispatch" for _, _, c in pieces])
    blocks = []
    for p, ((no, line, _), role) in enumerate(zip(pieces, roles)):
        m = _SOURCE_URL.match(line) if role == "source" else None
        blocks.append(
            {
                "article_id": article_id,
                "paragraph": p,
                "line": no,
                "role": role,
                "text": line,
                "url": m.group("url") if m else "",
            }
        )
    return blocks
