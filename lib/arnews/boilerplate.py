"""Page furniture that is not prose: boilerplate learned from repetition, runs of web-page code.

**Learned boilerplate.**  A short line that recurs in many articles of one outlet is site
furniture (an SMS contact footer, ``// انتهى //``, ``...المزيد``, "Next Previous", a
newsletter line), whatever its words.  :func:`learn` makes one cheap pass over the files
(decode, split lines, base roles; no analysis) and counts, per outlet, in how many articles
each short line occurs; :class:`Learned` holds the keys of the lines that pass the
thresholds, and :func:`arnews.blocks.assign_roles` gives those lines the role
``boilerplate``.  The thresholds:

* a line counts only when it is short: at most ``MAX_WORDS`` (12) words and ``MAX_CHARS``
  (120) characters; furniture is a label, a prose paragraph that recurs is a republished
  story (SaudiNewsNet prints some stories twice: their paragraphs must stay body);
* never the title (the first line when it has a title's shape), a source URL line or a
  dateline (their own roles win), nor a line with an explicit role (``بقلم``, photo credit);
* a label-like line (no final ``.``/``!``/``?``/``؟``) is boilerplate when it occurs in at
  least ``max(MIN_ARTICLES, MIN_SHARE * n)`` articles of an outlet with ``n`` articles
  (3, or 1 %): two copies of one story are not enough, and in a large outlet a line in
  1 % of the articles is not a coincidence;
* a sentence (ending in ``.``/``!``/``?``/``؟``, or ``:`` announcing what follows: ``وفيما يلي نص البيان :``) needs ``SENTENCE_SHARE`` (20 %) of the
  outlet: a closing formula (``والله من وراء القصد.``) that a few columnists repeat is
  rhetoric, not furniture, and the formula analyses must still see it.

**Glued tag lines.**  Some sites glue a line of tags to the end of the last paragraph
(``... التي تواجهها. سمات اتحاد القدم اجتماع عبدالله بن مساعد``).  The label word that opens
such a tail is learned like a line: per outlet, the first word of the fragment after a
line's last sentence stop, when the fragment has no stop of its own and 2 to
``TAIL_MAX_WORDS`` words; a word that opens such a fragment in ``SENTENCE_SHARE`` (20 %) of an
outlet's articles is a tag label (SaudiNewsNet: ``سمات`` in 770 of 863 articles of 3alyoum,
no other word above 10 % in any outlet).  It is stored among the outlet's learned lines under
the key ``tail:<word>``, and :func:`arnews.blocks.split_blocks` cuts the last text line of an
article where :func:`tail_cut` finds the label (whole word, followed by 1 to ``TAIL_MAX_WORDS``
words and no stop) into a block of role ``boilerplate``.

Lines are compared by a key: matching-key normalisation, words only (punctuation and
spacing dropped, so ``// انتهى //`` and ``//انتهى//`` are one line), digit runs as ``0``
(``تبدأ بالرمز (2)`` and ``(124)`` are one line).  The outlet is the manifest's ``outlet``,
else the host of the source URL, else ``""`` (one group).  The result depends only on the
files, never on the chunking of the build: the build learns before it chunks, stores the
learned lines in the ``boilerplate`` table and puts each outlet's :meth:`Learned.digest`
into the cache keys of its articles.

**Web-page code.**  :func:`code_runs` finds runs of CSS, JavaScript or HTML left in a line
by the crawler (``#vote_area2 ul { padding: 0; ... }); });``): a run is a stretch of code
signals (braces, ``;``, ``prop: value;``, ``function(``, ``jQuery``, ``<div``, ``12px``,
``#fff``) no further than ``CODE_GAP`` characters apart (or with only ASCII between), with no Arabic prose of four words
or more inside, holding at least ``CODE_MIN_SIGNALS`` signals of which one is strong
(braces, ``function``, ``jQuery``, ``$(``, ``=>``, an HTML tag, ``px``).  A Qur'anic verse in
braces (``{وَمَن يَقْتُلْ مُؤْمِنًا}``) or ``{خبطة العمر}`` has two signals and stays prose.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

__all__ = ["TAIL_PREFIX", "TAIL_MAX_WORDS", "tail_opener", "tail_cut", "tail_labels", "MAX_WORDS", "MAX_CHARS", "MIN_ARTICLES", "MIN_SHARE", "SENTENCE_SHARE", "line_key", "Learned",
           "learn", "learn_texts", "code_runs", "learned_frame", "from_frame"]

MAX_WORDS = 12
MAX_CHARS = 120
MIN_ARTICLES = 3
MIN_SHARE = 0.01
SENTENCE_SHARE = 0.20

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?؟:：]\s*$")

#: the key prefix of a learned tag label among an outlet's learned lines
TAIL_PREFIX = "tail:"
TAIL_MAX_WORDS = 20
_STOP = re.compile(r"[.!?؟]\s+")
_HAS_STOP = re.compile(r"[.!?؟]")
_PREV_WORD = re.compile(r"(\w+)\s+$")  # the word right before a label, with only spaces between


def tail_opener(line: str) -> str | None:
    """The fragment glued after the last sentence stop of a line, when it has no stop of its own,
    2 to ``TAIL_MAX_WORDS`` words and opens with a word of letters (else None): its first word is
    the evidence for a tag label."""
    last = None
    for last in _STOP.finditer(line):
        pass
    if last is None:
        return None
    frag = line[last.end():].strip()
    words = frag.split()
    if _HAS_STOP.search(frag) or not 2 <= len(words) <= TAIL_MAX_WORDS or not words[0].isalpha():
        return None
    return frag


def tail_cut(line: str, labels) -> int | None:
    """Where a learned tag label opens the tag tail of ``line``: the first whole-word occurrence of a
    label followed by 1 to ``TAIL_MAX_WORDS`` words and no sentence stop, not right after a stop
    word (``ومن سمات المرحلة``: the noun in prose); the earliest over the labels, else None."""
    from .tokens import is_stopword

    cuts = []
    for lab in labels:
        for m in re.finditer(r"(?<!\w)" + re.escape(lab) + r"\s", line):
            prev = _PREV_WORD.search(line, 0, m.start())
            if prev and is_stopword(prev.group(1)):
                continue
            rest = line[m.end():]
            if not _HAS_STOP.search(rest) and 1 <= len(rest.split()) <= TAIL_MAX_WORDS:
                cuts.append(m.start())
                break
    return min(cuts) if cuts else None


def tail_labels(keys) -> tuple[str, ...]:
    """The tag labels among an outlet's learned keys (``tail:<word>``), sorted."""
    return tuple(sorted(k[len(TAIL_PREFIX):] for k in (keys or ()) if k.startswith(TAIL_PREFIX)))


def line_key(line: str) -> str | None:
    """The key of a short line (None when the line is too long or has no word)."""
    from .normalize import key

    s = line.strip()
    if not s or len(s) > MAX_CHARS:
        return None
    words = _WORD.findall(_DIGITS.sub("0", key(s).lower()))
    if not words or len(words) > MAX_WORDS:
        return None
    return hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _is_sentence(line: str) -> bool:
    s = line.strip()
    return bool(_SENTENCE_END.search(s)) and not s.endswith((".."))


@dataclass
class Learned:
    """The learned boilerplate lines: ``lines[outlet] = {key: (n_articles, example)}``;
    ``articles[outlet]`` = the number of articles of the outlet."""

    lines: dict = field(default_factory=dict)
    articles: dict = field(default_factory=dict)

    def keys(self, outlet: str) -> frozenset:
        return frozenset(self.lines.get(outlet or "", {}))

    def digest(self, outlet: str) -> str:
        """A short hash of an outlet's learned lines ("" when none): part of the cache keys."""
        ks = sorted(self.lines.get(outlet or "", {}))
        if not ks:
            return ""
        return hashlib.sha256(" ".join(ks).encode()).hexdigest()[:16]

    def restrict(self, outlets) -> "Learned":
        """The learned lines of some outlets only (what one chunk of the build needs)."""
        outs = {o or "" for o in outlets}
        return Learned({o: v for o, v in self.lines.items() if o in outs},
                       {o: v for o, v in self.articles.items() if o in outs})

    def __bool__(self) -> bool:
        return any(self.lines.values())


def _thresholds(n: int) -> tuple[int, int]:
    return max(MIN_ARTICLES, math.ceil(MIN_SHARE * n)), max(MIN_ARTICLES, math.ceil(SENTENCE_SHARE * n))


def learn_texts(docs) -> Learned:
    """Learn from ``(outlet, candidate lines)`` pairs, one per article (see :func:`candidates`)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    tails: dict[str, Counter] = defaultdict(Counter)
    example: dict[tuple, str] = {}
    sentence: dict[tuple, bool] = {}
    n_art: Counter = Counter()
    for outlet, lines in docs:
        outlet = outlet or ""
        n_art[outlet] += 1
        seen, opened = set(), set()
        for line in lines:
            frag = tail_opener(line)
            w = frag.split()[0] if frag else None
            if w is not None and w not in opened:
                opened.add(w)
                tails[outlet][w] += 1
                example.setdefault((outlet, TAIL_PREFIX + w), frag)
            k = line_key(line)
            if k is None or k in seen:
                continue
            seen.add(k)
            counts[outlet][k] += 1
            if (outlet, k) not in example:
                example[(outlet, k)] = line.strip()
                sentence[(outlet, k)] = _is_sentence(line)
    out = Learned(articles=dict(n_art))
    for outlet in sorted(set(counts) | set(tails)):
        c = counts.get(outlet, Counter())
        label_min, sent_min = _thresholds(n_art[outlet])
        kept = {k: (n, example[(outlet, k)]) for k, n in c.items()
                if n >= (sent_min if sentence[(outlet, k)] else label_min)}
        kept.update({TAIL_PREFIX + w: (n, example[(outlet, TAIL_PREFIX + w)])
                     for w, n in tails.get(outlet, {}).items() if n >= sent_min})
        if kept:
            out.lines[outlet] = kept
    return out


def _candidates_of(items) -> list[tuple[str, str, list[str]]]:
    """``(path, outlet, candidate lines)`` of each readable file of ``items``."""
    from pathlib import Path

    from .corpus import CorpusError, _read_regular, base_candidates, decode

    out = []
    for path, row in items:
        try:
            d = decode(_read_regular(Path(path)), str(path))
        except (CorpusError, OSError):
            continue
        outlet, lines = base_candidates(d.text, row)
        out.append((str(path), outlet, lines))
    return out


#: files per task when the files are read by several processes
LEARN_BATCH = 400


def learn(items, log=None, jobs: int = 1) -> tuple[Learned, dict]:
    """Learn from the files of a corpus: ``items`` are ``(path, manifest row or None)``.

    Returns the :class:`Learned` lines and ``{path: outlet}``.  Files that cannot be read
    are left out (the build reports them when it reads them again).  ``jobs`` > 1 reads
    the files in that many processes (the result does not depend on it)."""
    items = list(items)
    batches = [items[i:i + LEARN_BATCH] for i in range(0, len(items), LEARN_BATCH)]
    import multiprocessing as mp

    if jobs > 1 and len(batches) > 1 and "fork" in mp.get_all_start_methods():
        import os
        from concurrent.futures import ProcessPoolExecutor

        from .workers import worker_init as _worker_init  # the readers die with the build (a killed build leaves none)

        with ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork"), initializer=_worker_init,
                                 initargs=(os.getpid(),)) as ex:
            found = [x for part in ex.map(_candidates_of, batches) for x in part]
    else:
        found = _candidates_of(items)
    outlets = {path: outlet for path, outlet, _ in found}
    return learn_texts((outlet, lines) for _, outlet, lines in found), outlets


def learned_frame(learned: Learned):
    """The learned lines as a table (``boilerplate``): one row per outlet and line."""
    import pandas as pd

    rows = []
    for outlet in sorted(learned.lines):
        n = learned.articles.get(outlet, 0)
        label_min, sent_min = _thresholds(n)
        for k, (m, ex) in sorted(learned.lines[outlet].items(), key=lambda kv: (-kv[1][0], kv[0])):
            rows.append({"outlet": outlet, "key": k, "example": ex, "n_articles": int(m), "outlet_articles": int(n),
                         "threshold": int(sent_min if _is_sentence(ex) or k.startswith(TAIL_PREFIX) else label_min)})
    return pd.DataFrame(rows, columns=["outlet", "key", "example", "n_articles", "outlet_articles", "threshold"])


def from_frame(df) -> Learned:
    """The :class:`Learned` lines of a ``boilerplate`` table (:func:`learned_frame`, as a build
    writes it): to read other files as that build read its own (the scorers' ``--boilerplate-from``)."""
    out = Learned()
    for r in df.itertuples(index=False):
        o = str(r.outlet) if r.outlet == r.outlet else ""
        out.lines.setdefault(o, {})[str(r.key)] = (int(r.n_articles), str(r.example))
        out.articles[o] = int(r.outlet_articles)
    return out


# --- web-page code ----------------------------------------------------------------------

_STRONG = (r"[{}]|\bfunction\s*\(|\bjQuery\b|\$\(|=>|</?(?:div|span|script|style|p|a|img|iframe|table|tr|td|ul|li|br)\b[^>]{0,200}>"
           r"|\b\d+px\b|\bvar\s+\w+\s*=")
_WEAK = r";|\b[a-z][a-z-]*\s*:\s*[^;{}\s]{1,40}\s*;|#[0-9a-fA-F]{3,6}\b|\(\s*\)|\w+\s*=\s*['\"]"
_SIGNAL = re.compile(f"(?P<strong>{_STRONG})|(?P<weak>{_WEAK})")
_AR_WORDS = re.compile(r"(?:[\u0600-\u06ff]+[^\u0600-\u06ff\w]+){3,}[\u0600-\u06ff]+")  # four Arabic words
_ARABIC = re.compile(r"[\u0600-\u06ff]")
CODE_GAP = 60
CODE_MIN_SIGNALS = 6
CODE_MIN_CHARS = 30


def code_runs(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of web-page code in a line (offsets into the line)."""
    if not any(c in line for c in "{};<$") and "px" not in line:
        return []
    sig = [(m.start(), m.end(), m.group("strong") is not None) for m in _SIGNAL.finditer(line)]
    if len(sig) < CODE_MIN_SIGNALS:
        return []
    runs, cur = [], [sig[0]]
    for s in sig[1:]:
        gap = line[cur[-1][1]:s[0]]
        if (s[0] - cur[-1][1] <= CODE_GAP or gap.isascii()) and not _AR_WORDS.search(gap):
            cur.append(s)
        else:
            runs.append(cur)
            cur = [s]
    runs.append(cur)
    out = []
    for r in runs:
        if len(r) < CODE_MIN_SIGNALS or not any(strong for _, _, strong in r):
            continue
        a, b = r[0][0], r[-1][1]
        # widen over the selector that leads to the first signal (``#vote_area2 ul {``,
        # ``.box_vote {``): ASCII only, at most 60 characters and 4 spaces, never over a
        # sentence's final stop or into Arabic
        lo, spaces = max(0, a - 60), 0
        while a > lo:
            c = line[a - 1]
            if not c.isascii():
                break
            if c in ".!?" and not (line[a:a + 1].isalnum() and (a == 1 or line[a - 2].isspace())):
                break
            if c.isspace():
                spaces += 1
                if spaces > 4:
                    break
            a -= 1
        while a < b and line[a].isspace():
            a += 1
        if b - a < CODE_MIN_CHARS:
            continue
        if out and a - out[-1][1] <= 1:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
