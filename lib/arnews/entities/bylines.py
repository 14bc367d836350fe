"""Writers and photographers in the text (round 22): the guide counts the people of bylines and credits.

* a photo credit (``الصورة: مينه دوك``, ``(تصوير: خالد الشهري)``) names the photographer: one to four
  name words after the credit word and its colon, up to the closing bracket, a dash or the end;
* a short dispatch line (``داليا أبوالعيش – عين اليوم``) names its writer beside a place or an outlet;
* a block of role ``byline`` (the writers' line under an article: ``مينه دوك - هوانغ هاي``, ``عادل
  الدوسري``) names its writers (:func:`byline_writers`); nothing else is read in it (not its places,
  e-mail addresses or lines of verse).  They and the writers of dispatch lines near the top (also those
  an outlet repeats so often that they became boilerplate) make the ``writers`` table
  (:func:`writers_table`), apart from the ``entities`` table: who wrote an article is not whom it
  names.  The credits and dispatch lines inside the analysed text also count in ``entities`` (source
  ``byline``).
"""
from __future__ import annotations

from ..lexicons import kind_sets, lexicon_cache, word_kinds
from ..normalize import key
from ..blocks import DISPATCH_BLOCKS
from .cues import load_cues, word_info
from .keys import Name, name_key
from .orgwords import WordSet

#: the kinds of ``byline_words.csv``: credit words (الصورة، تصوير), byline leads (بقلم، إعداد) and the titles a
#: writer's name may carry in a byline (د.، المهندس); the file's header says what each holds
BYLINE_KINDS = ("credit", "lead", "title")


@lexicon_cache(maxsize=2)
def byline_words() -> dict[str, frozenset]:
    """``kind -> key forms`` of ``byline_words.csv`` (:data:`BYLINE_KINDS`)."""
    return kind_sets("byline_words.csv", BYLINE_KINDS, key)


#: words that introduce a photographer's name before a colon
CREDIT_WORDS = WordSet(byline_words, "credit")
_SEPARATORS = frozenset("-–—،,/")


def _name_word(w: str, short_zipf: float = 5.0) -> bool:
    """A word that may be part of a name standing alone (no cue, no function word, no Arabic prose); a
    short word is a syllable below ``short_zipf`` (a credit allows مينه, Minh, 5.5)."""
    info = word_info(w)
    k = key(w)
    if info.stop or info.conj or (info.cue and info.cue not in ("given", "foreign_given")) or not k.isalpha():
        return False
    if k in load_cues().given or info.foreign:
        return True
    return (len(k) <= 4 and info.zipf < short_zipf) or (k.startswith("ال") and info.zipf < 4.5 and len(k) >= 5)


def _family(w: str) -> bool:
    """A family name with the article, however common its word (الشهري *monthly*): after a given name."""
    info = word_info(w)
    return key(w).startswith("ال") and len(key(w)) >= 5 and not (info.stop or info.cue or info.conj)


def _segment_is_name(words: list[str], short_zipf: float = 5.0) -> bool:
    given = load_cues().given
    if 2 <= len(words) <= 4 and key(words[0]) in given and all(_name_word(w, short_zipf) or _family(w) for w in words[1:]):
        return True  # خالد الشهري
    if not 2 <= len(words) <= 4 or not all(_name_word(w, short_zipf) for w in words):
        return False
    return key(words[0]) in given or any(word_info(w).foreign for w in words) or all(len(key(w)) <= 4 for w in words)


def credit_names(p, found: list) -> list:
    """``found`` with the photographers named in credits (``الصورة: مينه دوك``) that no name covers."""
    n = len(p.toks)
    add = []
    credits = byline_words()["credit"]  # (CREDIT_WORDS, read once per paragraph: this loop visits every token)
    for i in range(n - 2):
        if p.kinds[i] != "word" or p.fkeys[i] not in credits or p.toks[i + 1] not in (":", "："):
            continue
        j = i + 2
        while j < n and j - i - 2 < 4 and p.kinds[j] == "word":
            j += 1
        if j < n and not (p.kinds[j] == "punct" and (p.toks[j] in _SEPARATORS or p.toks[j] in ")]»\".")):
            continue  # the credit runs into a sentence: no name standing alone
        words = [p.toks[t] for t in range(i + 2, j)]
        if words and (_segment_is_name(words, 6.0) or (len(words) == 1 and word_info(words[0]).foreign)):
            s, e = p.starts[i + 2], p.ends[j - 1]
            if not any(s < x.end and x.start < e and (x.start < s or x.end > e) for x in found):
                add.append(Name(s, e, "person", "byline", 0.6, "person:" + name_key(words)))
    if not add:
        return found
    # a name guessed inside the credit (مينه دوك read as a place) gives way: the credit's id is the byline's
    keep = [x for x in found if not any(a.start <= x.start and x.end <= a.end for a in add)]
    return sorted(keep + add, key=lambda x: (x.start, x.end))


#: a dispatch line (``جدة ـ نجيب الجداوي``, ``داليا أبوالعيش – عين اليوم``) has at most this many words
DISPATCH_WORDS = 8
_DASHES = frozenset("-–—ـ")


def dispatch_writers(p, found: list) -> list:
    """``found`` with the writer of a short dispatch line: a segment of two or three name words beside a
    segment that is a place or an outlet already found (جدة ـ نجيب الجداوي، داليا أبوالعيش – عين اليوم)."""
    words = [t for t in range(len(p.toks)) if p.kinds[t] == "word"]
    if not words or len(words) > DISPATCH_WORDS or not any(p.toks[t] in _DASHES for t in range(len(p.toks))):
        return found
    return _segment_writers(p, found, len(p.toks))


#: a dispatch line that opens a paragraph ends with a colon within this many tokens (بدر الجبل- سبق- تبوك:)
OPENING_TOKENS = 12


def opening_writers(p, found: list) -> list:
    """``found`` with the writer of a dispatch line that opens a longer paragraph and ends with a colon
    (``بدر الجبل- سبق- تبوك: شهدت منطقة تبوك ...``): its segments between dashes, read as
    :func:`dispatch_writers` reads a short line; two dashes at least (writer, outlet, place)."""
    c = _opening_colon(p)
    return found if c < 0 else _segment_writers(p, found, c, opening=True)


def _segment_writers(p, found: list, end: int, opening: bool = False) -> list:
    """``found`` with the writers among the segments of tokens 0..end-1 between dashes, colons and commas
    (a segment of two or three name words beside a segment that is a found place or outlet).  ``opening``
    (writer, outlet and place before a colon): only a listed given name with given or family names after it,
    however common their words (خالد علي، بدر الجبل; not أمطار غزيرة)."""
    segs, start = [], 0
    for t in range(end + 1):
        if t == end or (p.kinds[t] == "punct" and (p.toks[t] in _DASHES or p.toks[t] in ":،,")):
            if t > start:
                segs.append((start, t))
            start = t + 1
    named = [any(x.type in ("place", "organisation") and p.starts[a] <= x.start and x.end <= p.ends[b - 1] for x in found)
             for a, b in segs]
    if not any(named):
        return found
    add = []
    for (a, b), nm in zip(segs, named):
        ws = [p.toks[t] for t in range(a, b)]
        if nm or any(p.kinds[t] != "word" for t in range(a, b)) or not 2 <= len(ws) <= 3:
            continue
        infos = [word_info(w) for w in ws]
        given = load_cues().given
        if opening:  # only a given name and given or family names: أمطار غزيرة- سبق- تبوك: is a headline
            if (key(ws[0]) in given and all(key(w) in given or key(w).startswith("ال") and len(key(w)) >= 5
                                            and not (x.stop or x.conj) for w, x in zip(ws[1:], infos[1:]))
                or _writer_before_outlet(p, segs, named, (a, b), ws, infos)) \
                    and not any(p.starts[a] < x.end and x.start < p.ends[b - 1] for x in found):
                add.append(Name(p.starts[a], p.ends[b - 1], "person", "byline", 0.6, "person:" + name_key(ws)))
            continue
        if any(x.stop or x.conj or (x.cue and x.cue not in ("given", "foreign_given")) for x in infos) or key(ws[0]).startswith("ال"):
            continue
        if any(p.starts[a] < x.end and x.start < p.ends[b - 1] for x in found):
            continue
        if key(ws[0]) in load_cues().given or all(x.zipf < 4.6 or key(w).startswith("ال") for x, w in zip(infos, ws)):
            add.append(Name(p.starts[a], p.ends[b - 1], "person", "byline", 0.6, "person:" + name_key(ws)))
    return sorted(found + add, key=lambda x: (x.start, x.end)) if add else found


def _writer_before_outlet(p, segs: list, named: list, seg: tuple, ws: list[str], infos: list) -> bool:
    """An opening dispatch segment right before the outlet's segment (``عويد التومي- سبق- رفحاء:``, ``فهد كاملي -
    سبق - جازان:``) is its writer when it is shaped as a man's name whose words the given-name list lacks: no
    function word or cue, the first word not definite, and either the first word a compound given name (عبد + name)
    or a listed given name, or the last word a family nisba (التومي، الدوسري) (person49; أمطار غزيرة is no name)."""
    from .nisba_surnames import family_nisba

    t = segs.index(seg)
    if t + 1 >= len(segs) or not named[t + 1] or t and not named[t - 1] and t != 0:
        return False
    if t != 0 or any(x.stop or x.conj or (x.cue and x.cue not in ("given", "foreign_given")) for x in infos):
        return False
    k0 = key(ws[0])
    if k0.startswith("ال") or not all(key(w).isalpha() for w in ws):
        return False
    given = load_cues().given
    return (k0 in given or k0.startswith("عبد") and len(k0) >= 6) or family_nisba(ws[-1])


#: a byline segment may open with the word that announces its writer (شعر - سعد الحوطي، بقلم: ...)
_BYLINE_LEADS = WordSet(byline_words, "lead")

#: the titles a writer's name may carry in a byline (د. عبدالله دحلان، الأمير عبدالله الفيصل); other cues
#: there are a caption's words (سيدة تمارس مهنة التطريز: a woman practising embroidery)
_BYLINE_TITLES = WordSet(byline_words, "title")


def _writer_segment(words: list[str]) -> bool:
    """A byline segment that is one writer's name: two or three name words (a listed given name first,
    or short syllables of a transliterated name), four only when a given name or short syllables
    carry it (a line of verse is no name: يتلونهن لازاف نبت الوسامي)."""
    if not _segment_is_name(words, 6.0):
        return False
    if len(words) <= 3:
        return True
    return key(words[0]) in load_cues().given or all(len(key(w)) <= 4 for w in words)


def byline_writers(p) -> list:
    """The writers a block of role ``byline`` names, as person :class:`~arnews.entities.names.Name`
    spans (normalised offsets, source ``byline``): each segment of the block between dashes, commas,
    slashes and colons that is a writer's name (:func:`_writer_segment`), or that the name finder reads
    whole as a transliterated name or a titled person (``فان دونغ``, ``د. عبدالله صادق دحلان``). A block of one
    word, an address or a caption-like phrase (``جانب من الحضور``) names nobody."""
    from .names import Name, name_key, paragraph_names

    n = len(p.toks)
    segs, start = [], 0
    for t in range(n + 1):
        if t == n or (p.kinds[t] == "punct" and (p.toks[t] in _SEPARATORS or p.toks[t] in ":：")):
            if t > start:
                segs.append((start, t))
            start = t + 1
    found = None
    out = []
    for a, b in segs:
        if p.kinds[a] == "word" and p.fkeys[a] in _BYLINE_LEADS and b - a > 1:
            a += 1
        if any(p.kinds[t] != "word" and not (p.kinds[t] == "punct" and p.toks[t] == ".") for t in range(a, b)):
            continue  # an address, a number, a sentence's punctuation
        words = [p.toks[t] for t in range(a, b) if p.kinds[t] == "word"]
        if not 2 <= len(words) <= 4:
            continue
        s, e = p.starts[a], p.ends[b - 1]
        if _writer_segment(words):
            out.append(Name(s, e, "person", "byline", 0.6, "person:" + name_key(words)))
            continue
        if found is None:
            found = paragraph_names(p)
        for x in found:
            if x.end == e and s <= x.start and (x.type == "person" and (not x.cue or key(x.cue) in _BYLINE_TITLES)
                                                or x.source == "translit" and x.start == s):
                out.append(Name(x.start, x.end, "person", "byline", 0.6, "person:" + x.key.split(":", 1)[-1]))
                break
    return out


#: the roles a dispatch line may have been given: body, or boilerplate when the outlet repeats it
#: (``رغد عشميل – عين اليوم``), or dateline; it stands among the first blocks after the title
DISPATCH_ROLES = ("body", "boilerplate", "dateline")


def _outlets_and_places(p) -> list:
    """The places and organisations of a short block (what a dispatch line names beside its writer)."""
    from .names import paragraph_names

    words = sum(1 for k in p.kinds if k == "word")
    if not words or words > DISPATCH_WORDS:
        return []
    return [x for x in paragraph_names(p) if x.type in ("place", "organisation")]


def _dispatch_names(p) -> list:
    """The writers of a dispatch line: the name beside a place or an outlet (:func:`dispatch_writers`), and in
    a line of dispatch shape (:func:`arnews.blocks.dispatch_line`) any side that is a writer's name as in a
    byline (``سلوى سعد – متابعات``) and no place or organisation (``عين اليوم – إسلام آباد``)."""
    from ..blocks import dispatch_line

    named = _outlets_and_places(p)
    out = [x for x in dispatch_writers(p, named) if x.source == "byline"]
    if dispatch_line(p.text):
        for x in byline_writers(p):
            if not any(x.start < y.end and y.start < x.end for y in named + out):
                out.append(x)
    return sorted(out, key=lambda x: (x.start, x.end))


def _opening_colon(p, dashes: int = 2) -> int:
    """The token index of the colon that ends an opening dispatch line (``محمد المواسي- سبق- جازان: ...``: ``dashes``
    dashes at least before it, within :data:`OPENING_TOKENS`, no other punctuation), or -1; text must follow the colon
    unless the block is a dispatch head cut off its paragraph (role ``dateline``: ``بدر الجبل- سبق- تبوك:``)."""
    n = min(len(p.toks), OPENING_TOKENS + 1)
    c = next((t for t in range(n) if p.kinds[t] == "punct" and p.toks[t] in (":", "：")), -1)
    if c < 1 + dashes or sum(1 for t in range(c) if p.toks[t] in _DASHES) < dashes:
        return -1
    if len(p.toks) <= c + 1 and p.role != "dateline":
        return -1
    if any(p.kinds[t] == "punct" and p.toks[t] not in _DASHES for t in range(c)):
        return -1
    return c


def _opening_names(p, dashes: int = 2) -> list:
    """The writers of a dispatch line opening a body block (``محمد المواسي- سبق- جازان: تعجب موظفون ...``) or cut off
    it as a dateline block (``فهد العتيبي- سبق:``, one dash enough), as (start, end) ORIGINAL offsets: the line before
    the colon read alone, its places and outlets found there, its writer as :func:`opening_writers` reads it (never
    ``أمطار غزيرة`` before ``سبق- تبوك:``)."""
    from ..text import make_paragraph
    from .names import paragraph_names

    c = _opening_colon(p, dashes)
    if c < 0:
        return []
    cut = p.original(p.starts[c], p.ends[c])[0]
    head = make_paragraph(p.text[:cut], p.lang or "ar", p.article_id, p.paragraph, p.role)
    if head.rules != "ar":
        return []
    names = paragraph_names(head)
    found = [x for x in names if x.type in ("place", "organisation")] + _desk_segments(head)
    out = []
    if not found:
        return []
    for x in _segment_writers(head, found, len(head.toks), opening=True):
        if x.source == "byline":
            out.append((*head.original(x.start, x.end), x))
    if p.role == "dateline":
        # a head cut off its paragraph (its names are in no other table): also a person the name finder reads that
        # fills a segment whole (هادي آل كليب، محمد أبو شعر), never the guess of a dispatch line (أمطار غزيرة:
        # source byline)
        segs = _segments(head, len(head.toks))
        for x in names:
            if x.type == "person" and x.source != "byline" and (x.start, x.end) in segs \
                    and not any(x.start < y.end and y.start < x.end for *_, y in out):
                out.append((*head.original(x.start, x.end), x))
        out.sort(key=lambda r: r[:2])
    return out


def dateline_writers(p) -> list:
    """The writers of a dispatch head cut off its paragraph as a dateline block (``عبدالحليم البرقاوي- سبق- تبوك:``),
    as (start, end, :class:`~arnews.entities.keys.Name`) with ORIGINAL offsets; none for any other block."""
    if p.role != "dateline" or not p.text.rstrip().endswith((":", "：")) or _opening_colon(p, 1) < 0:
        return []
    return _opening_names(p, 1)


def _segments(p, end: int) -> set:
    """The (start, end) normalised spans of the segments of tokens 0..end-1 between dashes."""
    out, start = set(), 0
    for t in range(end + 1):
        if t == end or (p.kinds[t] == "punct" and p.toks[t] in _DASHES):
            if t > start:
                out.add((p.starts[start], p.ends[t - 1]))
            start = t + 1
    return out


@lexicon_cache(maxsize=2)
def desk_words() -> frozenset:
    """Keys of ``desk_words.csv``: the word of a dispatch line's middle segment that stands for the outlet's desk
    (``مروان المريسي- سبق- متابعة:``)."""
    return frozenset(word_kinds("desk_words.csv", ("desk",), key))


def _desk_segments(p, end: int | None = None) -> list:
    """The segments of a dispatch line (between dashes) that are one word naming an outlet (a ``press`` name of
    ``known_names.csv``: سبق, the paper the line belongs to) or its desk (متابعة، وكالات), as organisation
    :class:`~arnews.entities.keys.Name` spans (tokens before ``end``): what a writer's segment stands beside."""
    from ..rhetoric.press import press_names

    end = len(p.toks) if end is None else end
    out, start = [], 0
    for t in range(end + 1):
        if t == end or (p.kinds[t] == "punct" and p.toks[t] in _DASHES):
            if t == start + 1 and p.kinds[start] == "word" and (p.fkeys[start] in press_names()
                                                                 or p.fkeys[start] in desk_words()):
                out.append(Name(p.starts[start], p.ends[start], "organisation", "press", 0.6, "org:" + p.fkeys[start]))
            start = t + 1
    return out


def _subject_not_writer(p, title_keys: set) -> bool:
    """A byline block of an article with no body whose words repeat a word of the title (``السفير شبكشي يعقد
    ...`` over ``أسامة شبكشي``; ``بين وائل جمعة وحسام غالي`` over ``وائل جمعة حسام غالي``; a word other than a
    listed given name: ``للشاعر محمد عابس`` over ``محمد مهاوش`` is no repeat): the article's subject (its body
    lost), not its writer."""
    given = load_cues().given
    # the byline's words as written (فيصل is no و/ف + يصل: only the title's words lose a proclitic; review 2)
    return any(k not in given for k in _word_keys(p, strip=False) & title_keys)  # (a shared محمد says nothing)


def _word_keys(p, strip: bool = True) -> set:
    """The keys of a paragraph's words of three letters or more, also without و/ف/ب/ل (وحسام: حسام) when
    ``strip``."""
    out = set()
    for k, kd in zip(p.fkeys, p.kinds):
        if kd == "word" and len(k) >= 3:
            out.add(k)
            if strip and k[0] in "وفبل" and len(k) >= 4:
                out.add(k[1:])
    return out


def writer_id(key: str) -> str:
    """The ``writers`` id of a writer's name read off a line (its :class:`~arnews.entities.keys.Name` key): ``~`` +
    the spelling key, the id the ``entities`` table gives the same name in the text (``عبدالله البرقاوي- سبق-
    تبوك:`` over ``وقال عبدالله البرقاوي``: one person).  The ``person:`` of a byline key keeps a writer a person
    among the entities of the text (a writer named like a place); the writers table holds people only."""
    return "~" + (key[len("person:"):] if key.startswith("person:") else key)


WRITER_COLS = ["article_id", "paragraph", "start", "end", "surface", "writer_id", "source", "confidence"]


def writers_table(paragraphs, articles=None):
    """Build hook: the writers named in the byline blocks and dispatch lines of each article, one row per
    name (original offsets in the block): in a byline, a person of the gazetteer (a known journalist;
    ``writer_id`` its id, source ``gazetteer``), else a writer's name read off the block (source
    ``byline``); in a dispatch line among the first blocks after the title (``سلوى سعد – متابعات``, ``جدة ـ
    نجيب الجداوي``, whatever its role), the name beside a place or an outlet (source ``dispatch``; the
    same name is in ``entities`` with source ``byline`` when the line is body text).  ``writer_id`` is
    ``~`` + the name's spelling key (:func:`writer_id`), so spellings of one writer share an id across articles
    and a writer the article also names in its text has the id the ``entities`` table gives that name (a name read
    off a byline line that is body text too: ``~`` + key in both tables)."""
    import pandas as pd

    from ..blocks import dispatch_line
    from ..text import paragraphs_of
    from .gazetteer import find_aliases as _find, load_gazetteer

    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=WRITER_COLS)
    gz = load_gazetteer()
    rows = []
    docs = paragraphs_of(paragraphs, articles)
    first = {}
    titles: dict = {}  # article -> the keys of its title's words
    bodied = set()  # the articles with a body block
    for p in docs:  # a dispatch line stands among the first blocks after the title
        if p.role != "title":
            first.setdefault(p.article_id, []).append(p.paragraph)
        else:
            titles.setdefault(p.article_id, set()).update(_word_keys(p))
        if p.role == "body":
            bodied.add(p.article_id)
    for p in docs:
        if p.role == "byline" and p.article_id not in bodied and _subject_not_writer(p, titles.get(p.article_id, set())):
            continue
        head = p.role == "dateline" and p.text.rstrip().endswith((":", "：")) and _opening_colon(p, 1) >= 0
        if head or p.role == "body" and p.paragraph in first[p.article_id][:DISPATCH_BLOCKS] and not dispatch_line(p.text) \
                and _opening_colon(p) >= 0:
            for os_, oe, nm in (dateline_writers(p) if head else _opening_names(p, 2)):
                rows.append((p.article_id, p.paragraph, os_, oe, p.text[os_:oe], writer_id(nm.key), "dispatch",
                             nm.confidence))
            continue
        if p.role == "byline":
            got = [(s, e, eid, "gazetteer", 1.0) for s, e, eid, _ in _find(p.norm, gz, p.ktext)
                   if gz.entities[eid].type == "person"]
            names = byline_writers(p)
        elif p.role in DISPATCH_ROLES and p.paragraph in first[p.article_id][:DISPATCH_BLOCKS]:
            got, names = [], _dispatch_names(p)
        else:
            continue
        for nm in names:
            if not any(nm.start < e and s < nm.end for s, e, *_ in got):
                got.append((nm.start, nm.end, writer_id(nm.key), "byline" if p.role == "byline" else "dispatch",
                            nm.confidence))
        for s, e, wid, source, conf in sorted(got):
            os_, oe = p.original(s, e)
            rows.append((p.article_id, p.paragraph, os_, oe, p.text[os_:oe], wid, source, conf))
    df = pd.DataFrame(rows, columns=WRITER_COLS)
    df["confidence"] = df["confidence"].astype(float)
    return df
