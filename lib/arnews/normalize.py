"""Arabic normalisation with an offset map back to the original text.

Every analysis in arnews matches on *normalised* text and reports spans of the
*original* text.  :func:`normalize` returns a :class:`NormText` that holds both
strings and maps any normalised span back to the original characters.

Steps (each can be switched off; ``DEFAULT_STEPS`` lists the default set):

=================  ==========================================================
``entities``       HTML character references left by the crawler (``&quot;``
                   ``&amp;`` ``&#39;`` ``&nbsp;`` ``&#x27;``, also double-escaped
                   ``&amp;quot;``) to the character they stand for; only
                   complete references (with ``;``) that HTML knows
``controls``       drop bidi marks (LRM, RLM, ALM, embeddings, isolates),
                   zero-width characters, BOM and soft hyphen
``presentation``   Arabic presentation forms (FB50-FDFF, FE70-FEFF) to their
                   base letters, via ``camel_tools`` ``normalize_unicode``
``spaces``         no-break and other exotic spaces to a plain space
``tatweel``        drop tatweel (U+0640) inside words; a tatweel standing alone between words is
                  the dash many Arabic papers write with it (``جدة ـ نجيب الجداوي``, ``من 2 ـ 4``,
                  ``ـ حفظه الله ـ``) and becomes one ``-`` (a run: ``-`` and spaces)
``diacritics``     drop harakat, shadda, sukun, dagger alef and tanwin; both
                   orders of tanwin-alef (``ًا`` and ``اً``) end as ``ا``
                   (the set is ``camel_tools``' ``AR_DIAC_CHARSET``)
``digits``         Arabic-Indic (٠-٩) and extended (۰-۹) digits to ASCII
``punct``          ``٪`` to ``%``, ``٫`` (decimal separator) to ``.``,
                   ``٬`` (thousands separator) to ``,``
``persian``        Persian letter forms in Arabic text to the Arabic letters: ی (U+06CC) to
                   ي, ک (U+06A9) to ك (وزیر الخارجیة is وزير الخارجية)
``alef``           (matching keys only) أ إ آ ٱ to ا (``normalize_alef_ar``)
``alef_maksura``   (matching keys only) ى to ي (``normalize_alef_maksura_ar``)
``teh_marbuta``    (matching keys only) ة to ه (``normalize_teh_marbuta_ar``)
=================  ==========================================================

``entities`` is the one step that replaces several characters by one: it runs first (a
regular expression, only on text holding ``&``) and the offset map maps the decoded
character back to the whole reference, so a span never points inside ``&quot;``.  The
original text (what spans index) keeps the reference as the file has it.

``DEFAULT_STEPS`` keeps the letters as written (no folding) so that displayed
normalised text stays readable Arabic; ``KEY_STEPS`` adds the three foldings
and is what lexicon matching uses (:func:`key`).

Implementation: the steps are compiled into one ``str.translate`` table (so
normalising runs at C speed) and the offset map is computed lazily, only when
a caller asks for an original span.  ``arclean`` is deliberately *not* used:
it turns ``٫`` into ``,`` and so corrupts decimals.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

__all__ = [
    "ALL_STEPS",
    "DEFAULT_STEPS",
    "KEY_STEPS",
    "NormText",
    "normalize",
    "normalize_text",
    "key",
    "step_changes",
]

ALL_STEPS = (
    "entities",
    "controls",
    "presentation",
    "spaces",
    "tatweel",
    "diacritics",
    "digits",
    "punct",
    "persian",
    "alef",
    "alef_maksura",
    "teh_marbuta",
)
DEFAULT_STEPS = frozenset(ALL_STEPS[:9])
KEY_STEPS = frozenset(ALL_STEPS)

CONTROL_CHARS = (
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space/non-joiner/joiner, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u061c\ufeff\u00ad\u2060"  # ALM, BOM / ZWNBSP, soft hyphen, word joiner
)
SPACE_CHARS = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
TATWEEL = "\u0640"
#: camel-tools' ``AR_DIAC_CHARSET`` (tanwin, harakat, shadda, sukun, dagger alef), pinned
#: because importing ``camel_tools.utils.charsets`` scans all of Unicode (0.7 s in every
#: kernel and worker); ``tests/test_normalize.py`` checks it still equals camel's set
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
#: characters that are dropped but belong to the preceding letter: an original
#: span is widened over them so that a matched word shows with its harakat.
TRAILING_MARKS = frozenset(DIACRITICS + TATWEEL)
_MARK_CODES = np.array(sorted(ord(c) for c in TRAILING_MARKS), dtype=np.uint32)


@lru_cache(maxsize=None)
def _step_map(step: str) -> dict[str, str]:
    """Character -> replacement for one step (replacement may be '' or 2+ chars)."""
    if step == "entities":  # not a character map: see :func:`_unescape`
        return {}
    if step == "controls":
        return {c: "" for c in CONTROL_CHARS}
    if step == "spaces":
        return {c: " " for c in SPACE_CHARS}
    if step == "tatweel":
        return {TATWEEL: ""}
    if step == "diacritics":
        return {c: "" for c in DIACRITICS}
    if step == "digits":
        m = {chr(0x0660 + i): str(i) for i in range(10)}
        m.update({chr(0x06F0 + i): str(i) for i in range(10)})
        return m
    if step == "punct":
        return {"\u066a": "%", "\u066b": ".", "\u066c": ","}
    if step == "persian":
        return {"\u06cc": "\u064a", "\u06a9": "\u0643"}
    if step == "presentation":
        m = {}
        for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
            c = chr(cp)
            r = normalize_unicode(c)
            if r != c:
                m[c] = r
        return m
    if step == "alef":
        return {c: normalize_alef_ar(c) for c in "\u0622\u0623\u0625\u0671"}
    if step == "alef_maksura":
        return {"\u0649": normalize_alef_maksura_ar("\u0649")}
    if step == "teh_marbuta":
        return {"\u0629": normalize_teh_marbuta_ar("\u0629")}
    raise ValueError(f"unknown normalisation step {step!r}; known: {', '.join(ALL_STEPS)}")


@lru_cache(maxsize=32)
def _table(steps: frozenset[str]) -> dict[int, str]:
    """Compose the enabled steps into one translate table, closed under itself."""
    raw: dict[str, str] = {}
    for step in ALL_STEPS:
        if step in steps:
            for k, v in _step_map(step).items():
                raw.setdefault(k, v)
    for step in steps - set(ALL_STEPS):
        _step_map(step)  # raises a clear error
    table = {ord(k): v for k, v in raw.items()}

    def close(s: str) -> str:  # apply the table until nothing changes (idempotence)
        for _ in range(5):
            t = s.translate(table)
            if t == s:
                return t
            s = t
        return s

    return {k: close(v) for k, v in table.items() if close(v) != chr(k)}


@lru_cache(maxsize=32)
def _odd_lengths(steps: frozenset[str]) -> tuple[str, dict[int, int]]:
    """Regex class of characters whose replacement is not exactly one char."""
    import re

    odd = {k: len(v) for k, v in _table(steps).items() if len(v) != 1}
    cls = "".join(re.escape(chr(k)) for k in sorted(odd))
    return cls, odd


#: a complete HTML character reference, possibly double-escaped (``&amp;quot;``)
_ENTITY = re.compile(r"&(?:amp;)*(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")


@lru_cache(maxsize=4096)
def _entity_char(ref: str) -> str | None:
    """The text an HTML reference (``#39;``, ``quot;``) stands for, or None when HTML does
    not know it (``&CategoryID;`` stays as it is)."""
    import html

    out = html.unescape("&" + ref)
    if out == "&" + ref or not out or "\x00" in out:
        return None
    return out


def _unescape(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """``text`` with its HTML references decoded, and for each decoded one
    ``(original start, original end, decoded length)``."""
    if "&" not in text:
        return text, []
    parts, spans, pos = [], [], 0
    for m in _ENTITY.finditer(text):
        ch = _entity_char(m.group(1))
        if ch is None:
            continue
        parts.append(text[pos:m.start()])
        parts.append(ch)
        spans.append((m.start(), m.end(), len(ch)))
        pos = m.end()
    if not spans:
        return text, []
    parts.append(text[pos:])
    return "".join(parts), spans


#: a run of tatweel with no letter (or harakah) on either side: a dash, not a stretched letter
_LONE_TATWEEL = re.compile("(?<![^\\W\\d_])(?<![\u064b-\u0652\u0670])\u0640+(?![^\\W\\d_])(?![\u064b-\u0652\u0670])")


def _dash_tatweel(text: str) -> str:
    """``text`` with every run of tatweel that stands alone (no letter touching it) written as one ``-``
    padded with spaces to the run's length (``ــ`` -> ``- ``: one character for one)."""
    if TATWEEL not in text:
        return text
    return _LONE_TATWEEL.sub(lambda m: "-" + " " * (len(m.group()) - 1), text)


#: the characters of each table that news text mostly holds (the key folds ة أ إ ى آ in normalised
#: text; harakat and the no-break space in raw text): replaced by ``str.replace`` in :func:`translator`
_FREQUENT = {"key": "\u0629\u0623\u0625\u0649\u0622", "default": DIACRITICS + "\u00a0"}


@lru_cache(maxsize=4)
def translator(which: str):
    """``text.translate(_table(KEY_STEPS))`` (``which="key"``) or ``text.translate(_table(DEFAULT_STEPS))``
    (``"default"``) as one function, the same string: a text holding no other character of the
    table has each of its frequent characters replaced in turn (the table's values hold none of
    its characters: :func:`_table` closes them), else it is translated.  ``str.translate`` looks
    every character up in the table's dict: on snn2000's paragraphs the key text took 7 times longer."""
    table = _table(KEY_STEPS if which == "key" else DEFAULT_STEPS)
    frequent = _FREQUENT[which]
    pairs = tuple((c, table[ord(c)]) for c in frequent if ord(c) in table)
    rare = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(table) if chr(k) not in frequent) + "]").search

    def translate(text: str) -> str:
        if rare(text):
            return text.translate(table)
        for c, v in pairs:
            if c in text:
                text = text.replace(c, v)
        return text

    return translate


def normalize_text(text: str, steps=DEFAULT_STEPS) -> str:
    """Normalised string only (fast path, no offset map)."""
    steps = frozenset(steps)
    if "entities" in steps and "&" in text:
        text = _unescape(text)[0]
    if "tatweel" in steps:
        text = _dash_tatweel(text)
    return text.translate(_table(steps))



#: entries of each per-word cache (least recently used first out; ``ARNEWS_WORD_CACHE``).
#: News vocabulary is Zipfian, so the frequent words stay; unbounded, the caches of one
#: build worker grew with the corpus (about 900 MB per worker on all of SaudiNewsNet).
#: 2,000 SaudiNewsNet articles in one process: 65,536 entries 52.8 CPU s and 751 MB
#: resident, 32,768 entries 55.0 s (+4%) and 620 MB
#: (a value that is not a positive whole number is ignored)
WORD_CACHE = int(_w) if (_w := os.environ.get("ARNEWS_WORD_CACHE", "").strip()).isdigit() and int(_w) > 0 else 32_768


def _key(text: str) -> str:
    if "&" in text:
        text = _unescape(text)[0]
    return _dash_tatweel(text).translate(_table(KEY_STEPS))


class _WordKeys(dict):
    """Keys of words (up to 40 characters) by their text: a miss computes the key (:func:`_key`)
    and keeps it (the dict is emptied at ``4 * WORD_CACHE`` entries); a longer text's key is not kept."""

    def __missing__(self, text: str) -> str:
        v = _key(text)
        if len(text) <= 40:
            if len(self) >= 4 * WORD_CACHE:
                self.clear()
            self[text] = v
        return v


_WORD_KEYS = _WordKeys()

#: ``key(text)``: the matching key (every step including alef / alef-maksura / teh-marbuta folding).
#: The analyses ask for the key of the same words again and again (about 900,000 times per MB of
#: news): the remembered dict's own item look-up, so that a known word costs no Python call
#: (snn2000: key() was 3.4% of the per-article CPU as a function).
key = _WORD_KEYS.__getitem__


@dataclass(frozen=True)
class NormText:
    """A normalised string that remembers where each character came from."""

    original: str
    text: str
    steps: frozenset = DEFAULT_STEPS
    _index: list = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.text)

    @property
    def index(self) -> np.ndarray:
        """``index[i]`` is the original position of normalised character ``i``
        (``index[len(text)] == len(original)``)."""
        if self._index is None:
            object.__setattr__(self, "_index", [_build_index(self.original, self.text, self.steps)])
        return self._index[0]

    @property
    def _entity_ends(self) -> dict:
        """Original start -> original end of every decoded HTML reference (a span that ends
        on a decoded character covers the whole reference)."""
        got = self._index
        if got is not None and len(got) >= 2:
            return got[1]
        if "entities" not in self.steps or "&" not in self.original:
            if got is not None:  # (remembered once the map exists: the test reads the whole original text, and
                got.append({})   # a 2 MB one-line paragraph maps a span per token)
            return {}
        if self._index is None or len(self._index) < 2:
            self.index  # noqa: B018 (builds the map)
            self._index.append({a: b for a, b, _ in _unescape(self.original)[1]})
        return self._index[1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to an original span.

        The original span covers every original character that produced the
        normalised span, plus harakat/tatweel that trail its last letter.
        """
        n = len(self.text)
        if not (0 <= start <= end <= n):
            raise ValueError(f"span ({start}, {end}) outside normalised text of length {n}")
        idx = self.index
        if start == end:
            p = int(idx[start])
            return p, p
        ostart = int(idx[start])
        oend = int(idx[end - 1]) + 1
        ends = self._entity_ends
        if ends:
            oend = ends.get(oend - 1, oend)
        orig = self.original
        while oend < len(orig) and orig[oend] in TRAILING_MARKS:
            oend += 1
        return ostart, oend

    def to_original_many(self, starts, ends) -> tuple[np.ndarray, np.ndarray]:
        """Vectorised :meth:`to_original` for many non-empty spans."""
        starts = np.asarray(starts, dtype=np.int64)
        ends = np.asarray(ends, dtype=np.int64)
        if len(starts) == 0:
            return starts, ends
        idx = self.index
        ostart = idx[starts]
        oend = idx[ends - 1] + 1
        ents = self._entity_ends
        if ents:
            oend = np.array([ents.get(int(e) - 1, int(e)) for e in oend], dtype=np.int64)
        if self.steps & {"diacritics", "tatweel"} and len(self.original) != len(self.text):
            orig = self.original
            n = len(orig)
            # the spans' ends only (a paragraph's few dozen tokens: no array over the whole text, no ``np.isin``)
            for k, e in enumerate(oend.tolist()):
                if e < n and orig[e] in TRAILING_MARKS:
                    while e < n and orig[e] in TRAILING_MARKS:
                        e += 1
                    oend[k] = e
        return ostart, oend

    def original_span(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


def _build_index(original: str, text: str, steps) -> np.ndarray:
    if "entities" in steps and "&" in original:
        decoded, spans = _unescape(original)
        if spans:  # decoded -> original, then the character steps on the decoded text
            base = np.arange(len(original) + 1, dtype=np.int64)
            keep = np.ones(len(original), dtype=bool)
            for a, b, k in spans:  # the decoded characters of [a, b) all map to a
                keep[a + k:b] = False
                base[a:a + k] = a
            emap = np.append(base[:-1][keep], len(original))
            assert len(emap) == len(decoded) + 1, "entity offset map out of step"
            inner = _build_index(decoded, text, frozenset(steps) - {"entities"})
            return emap[inner]
    n = len(original)
    if len(text) == n and not _odd_lengths(frozenset(steps))[1]:
        return np.arange(n + 1, dtype=np.int64)
    cls, odd = _odd_lengths(frozenset(steps))
    lengths = np.ones(n, dtype=np.int64)
    if cls:
        import re

        for m in re.finditer(f"[{cls}]", original):
            lengths[m.start()] = odd[ord(m.group())]
    if "tatweel" in steps and TATWEEL in original:
        for m in _LONE_TATWEEL.finditer(original):  # written as dashes: one character each
            lengths[m.start():m.end()] = 1
    idx = np.repeat(np.arange(n, dtype=np.int64), lengths)
    assert len(idx) == len(text), "offset map out of step with normalised text"
    return np.append(idx, n)


def normalize(text: str, steps=DEFAULT_STEPS) -> NormText:
    """Normalise ``text`` and keep an offset map back to it.

    >>> nt = normalize("عضوًا و١٠٠٪")
    >>> nt.text
    'عضوا و100%'
    >>> nt.original_span(6, 10)
    '١٠٠٪'
    """
    steps = frozenset(steps)
    return NormText(text, normalize_text(text, steps), steps)


def step_changes(text: str, steps=DEFAULT_STEPS) -> dict[str, int]:
    """How many characters each enabled step changes in ``text`` (for reporting)."""
    from collections import Counter

    owner = _char_steps()
    out = {step: 0 for step in ALL_STEPS if step in steps}
    if "entities" in out and "&" in text:
        decoded, spans = _unescape(text)
        out["entities"] = sum(b - a for a, b, _ in spans)  # characters of the references
        text = decoded
    for c, n in Counter(text).items():
        for step in owner.get(c, ()):
            if step in out:
                out[step] += n
    return out


@lru_cache(maxsize=1)
def _char_steps() -> dict[str, tuple[str, ...]]:
    """Character -> the steps that change it."""
    owner: dict[str, list[str]] = {}
    for step in ALL_STEPS:
        for c in _step_map(step):
            owner.setdefault(c, []).append(step)
    return {c: tuple(v) for c, v in owner.items()}
