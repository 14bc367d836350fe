"""Entity cues: the glossed words that announce a name (``entity_cues.csv``) and the
per-word-type features the name finder reads (Arabic-vocabulary frequency, clitic readings).

A word is *Arabic vocabulary* when one of its clitic readings is frequent in general
Arabic (``wordfreq``'s Arabic list, offline): transliterated names (``نجوين``, ``كوانغ``)
are rare there, and their readings without a proclitic are rare too (``بكوانغ`` ->
``كوانغ``).  Thresholds were measured on the seeds and on SaudiNewsNet (see
``benchmarks/score_entities.py``): Vietnamese syllables rendered in Arabic fall below
zipf 3.2 when they are not also Arabic words (``نجوين`` 2.8, ``ثانه`` 1.7, ``نينه`` 2.1),
while function words and the common nouns that follow cues sit above 4.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property, lru_cache

from ..lexicons import lexicon_cache, lexicon_derived, lexicon_path, read_lexicon, sync
from ..frequency import zipf_ar, zipf_en  # noqa: F401  (re-exported)
from ..normalize import WORD_CACHE, key
from ..tokens import stopwords
from .shape import shape_score

__all__ = ["Cues", "load_cues", "zipf_ar", "zipf_en", "word_info", "WordInfo", "STRONG", "WEAK"]

#: below this (max over clitic readings) a word is not Arabic vocabulary: a foreign name part
STRONG = 3.2
#: below this a word may be part of a name next to a foreign word (short syllables: هاي، فو، لام)
WEAK = 5.3
#: word shape (:mod:`arnews.entities.shape`, log-odds of a transliteration): at or above this a word of
#: middling frequency (under :data:`SHAPE_ZIPF`) is a foreign name part too (بورتو، ساندرا، إيتو)
SHAPE_FOREIGN = 2.5
SHAPE_ZIPF = 4.2
#: at or below this a word is shaped like native Arabic (a verb or noun template with its affixes: تتنافى،
#: منتهكة، اكتظت، تحثهم), however rare: no evidence of a transliterated name without a cue
SHAPE_NATIVE = -2.0

KINDS = ("title", "role", "place", "org", "link", "not_name", "date_given", "given", "foreign_given", "places")


@dataclass(frozen=True)
class Cues:
    kind: dict  # key of a one-word cue (no clitics, no article) -> kind
    multi: dict  # first key -> [(tuple of keys, kind)] for multi-word cues
    gloss: dict  # cue -> gloss
    given: frozenset = frozenset()  # keys of frequent Arabic given names (kind ``given``: evidence, not cues)
    #: keys of foreign given names in Arabic script (kind ``foreign_given``; also in ``given``): their family
    #: name may be a word of middling frequency in Arabic (مايكل براون، جون كيري)
    foreign_given: frozenset = frozenset()
    #: keys of months and weekdays that are also given names (kind ``date_given``: a ``not_name`` cue, except as
    #: the first word of a name whose next word is a given or family name: رجب طيب أردوغان، رمضان صبحي)
    date_given: frozenset = frozenset()


def load_cues(name: str = "entity_cues.csv") -> Cues:
    """Read ``lib/arnews/data/lexicons/entity_cues.csv`` (cue, kind, gloss)."""
    return _load_cues(name)


@lexicon_cache(maxsize=8)
def _load_cues(name: str) -> Cues:
    rows = read_lexicon(name)
    kind, multi, gloss, problems, given, foreign, dated = {}, {}, {}, [], set(), set(), set()
    for r in rows:
        cue, kd, gl = (r.get("cue") or "").strip(), (r.get("kind") or "").strip(), (r.get("gloss") or "").strip()
        if not cue:
            continue
        if kd not in KINDS or not gl:
            problems.append(f"cue {cue!r} needs a kind ({'/'.join(KINDS)}) and a gloss")
            continue
        words = [_bare(w) for w in cue.split()]
        gloss[cue] = gl
        if kd in ("given", "foreign_given"):
            given.add(key(cue))
            if kd == "foreign_given":
                foreign.add(key(cue))
            continue
        if kd == "date_given":
            dated.add(words[0])
            kd = "not_name"
        if len(words) == 1:
            kind[words[0]] = kd
        else:
            multi.setdefault(words[0], []).append((tuple(words), kd))
    if problems:
        raise ValueError(f"{lexicon_path(name)}: " + "; ".join(problems))
    for v in multi.values():
        v.sort(key=lambda x: -len(x[0]))
    return Cues(kind, multi, gloss, frozenset(given), frozenset(foreign), frozenset(dated))


def _bare(word: str) -> str:
    k = key(word)
    return k[2:] if k.startswith("ال") and len(k) > 3 else k


#: proclitic readings: (prefix, carries the article)
_PREFIXES = (("وبال", True), ("وكال", True), ("فبال", True), ("وال", True), ("فال", True), ("بال", True),
             ("كال", True), ("ولل", True), ("لل", True), ("ال", True), ("وب", False), ("ول", False), ("فب", False),
             ("فل", False), ("وك", False), ("و", False), ("ف", False), ("ب", False), ("ل", False), ("ك", False))


#: the proclitic readings by their first letter (in :data:`_PREFIXES` order): a word is tested against its own only
_PREFIXES_BY_LETTER = {c: tuple(x for x in _PREFIXES if x[0][0] == c) for c in {x[0][0] for x in _PREFIXES}}


_SUFFIXES = ("هما", "كما", "هم", "ها", "كم", "هن", "نا", "ه", "ي", "ا")


#: last letters of the suffixes and plural endings :func:`_suffix_bases` strips (any other word has none)
_SUFFIX_LAST = frozenset(x[-1] for x in _SUFFIXES + ("ات", "ون", "ين", "ية"))


def _suffix_bases(r: str) -> list[str]:
    out = []
    if r[-1:] not in _SUFFIX_LAST:
        return out
    for suf in _SUFFIXES:
        if r.endswith(suf) and len(r) - len(suf) >= 3:
            b = r[: -len(suf)]
            out.append(b)
            if b.endswith("ت"):
                out.append(b[:-1] + "ة")
            if b.endswith("ات") or b.endswith("ون") or b.endswith("ين"):
                out.append(b[:-2])
    for pl in ("ات", "ون", "ين", "ية"):
        if r.endswith(pl) and len(r) - len(pl) >= 3:
            out.append(r[: -len(pl)])
    return out


@dataclass(frozen=True)
class WordInfo:
    zipf: float  # max zipf over the word and its clitic readings (remainder >= 3 letters)
    bare: str  # key of the most plausible reading without proclitics/article (for cues, grouping)
    definite: bool  # the bare reading carries the article
    conj: bool  # starts with the conjunction و/ف as a clitic (a frequent remainder)
    stop: bool  # a stop word (the word itself)
    cue: str  # cue kind of the bare reading ('' when none)
    foreign: bool  # not Arabic vocabulary: a name part (strong)
    shape: float = 0.0  # log-odds that the word is shaped like a transliteration (arnews.entities.shape)

    @property
    def native(self) -> bool:
        """Shaped like native Arabic vocabulary (rare or not)."""
        return self.shape <= SHAPE_NATIVE


class _LazyShape(WordInfo):
    """A :class:`WordInfo` whose ``shape`` is computed on its first read (speed47): ``shape_score`` of the word, the
    same value :func:`word_info` used to compute for every type, now only for the types whose shape some rule asks
    (most frequent words never need it).  Equality, hashing and ``repr`` read it like any field; it is built like
    a :class:`WordInfo` too (``shape=`` given instead of the word), so ``dataclasses.replace`` works on it."""

    __qualname__ = "WordInfo"  # (its repr reads as before: the dataclass's repr names the class by this)

    def __init__(self, zipf, bare, definite, conj, stop, cue, foreign, word=None, *, shape=None):
        if (word is None) == (shape is None):
            raise TypeError("_LazyShape takes the word (shape computed when read) or shape=, not both")
        self.__dict__.update(zipf=zipf, bare=bare, definite=definite, conj=conj, stop=stop, cue=cue, foreign=foreign,
                             _word=word)  # (frozen: the fields set as the dataclass's own __init__ sets them)
        if shape is not None:  # (dataclasses.replace passes every field by name, shape included)
            self.__dict__["shape"] = shape  # (the cached_property's slot: read as if already computed)

    @cached_property
    def shape(self) -> float:
        return shape_score(self._word)

    def __eq__(self, other):  # (equal to the plain WordInfo of the same fields, as the eager record was)
        if isinstance(other, WordInfo):
            return all(getattr(self, f.name) == getattr(other, f.name) for f in fields(WordInfo))
        return NotImplemented

    __hash__ = WordInfo.__hash__

    def __reduce__(self):  # (pickled as the plain WordInfo it reads as, its shape computed)
        return WordInfo, (self.zipf, self.bare, self.definite, self.conj, self.stop, self.cue, self.foreign, self.shape)


#: a cue whose written hamza tells it from another word of the same key: إمام 'imam' (a role) is
#: written with hamza below; أمام 'in front of' (hamza above) never announces a name
_HAMZA_ONLY = {"امام": "إ"}


@lexicon_derived(maxsize=WORD_CACHE)
def word_info(word: str) -> WordInfo:
    """Features of one normalised Arabic word (per type)."""
    cues = _load_cues("entity_cues.csv")
    z0 = zipf_ar(word)
    best_z, bare, definite, conj = z0, key(word), False, False
    cue = cues.kind.get(key(word), "")
    readings = []
    for p, art in _PREFIXES_BY_LETTER.get(word[:1], ()):
        if word.startswith(p) and len(word) - len(p) >= (2 if art else 3):
            readings.append((word[len(p):], p, art))
    # inflected Arabic: a pronoun suffix or an accusative alef on a frequent stem
    for r in [word] + [r for r, _, _ in readings]:
        for base in _suffix_bases(r):
            best_z = max(best_z, zipf_ar(base))
    for r, p, art in readings:
        kr = key(r)
        if art and len(r) == 2 and p.endswith("ال") and p != "ال" and shape_score(word) > SHAPE_NATIVE:
            # a word not shaped like native Arabic, read as clitic + article + two letters, counts by the
            # definite form only (فالون is not ف+ال+ون); native ones (بالدم, واليد) and bare ال, لل keep both
            zr = zipf_ar("ال" + r)
        else:
            zr = zipf_ar(r)
            if art:
                zr = max(zr, zipf_ar("ال" + r))
        if not cue and kr in cues.kind and (art or len(r) >= 3):
            cue, bare, definite = cues.kind[kr], kr, art
        if zr > best_z:
            best_z = zr
            if not cue:
                bare, definite = kr, art
            conj = p[0] in "وف" and zr > z0 + 0.5
    if cue and key(word) == bare and bare.startswith("ال"):
        definite = True
    if cue and bare in _HAMZA_ONLY and word[-len(bare):][:1] in "أإ" and word[-len(bare):][:1] != _HAMZA_ONLY[bare]:
        cue = ""  # أمام 'in front of' is no إمام 'imam' (أمام طرف إقليمي، أمام فرق قوية)
    # a function word: a stop word that is also frequent as written (كي, فان, آن are name syllables too)
    st = key(word) in stopwords.current("ar") and z0 >= 5.6
    foreign = (best_z < STRONG and len(word) >= 3 and key(word) not in stopwords.current("ar")) or (
        (word.endswith("نغ") or word.endswith("نج")) and len(word) >= 4 and best_z < 4.5) or (
        best_z < SHAPE_ZIPF and len(word) >= 4 and not cue and key(word) not in stopwords.current("ar")
        and shape_score(word) >= SHAPE_FOREIGN)  # (the shape last: computed only where it decides)
    return _LazyShape(best_z, bare, definite, conj, st, cue, foreign, word)


def sync_cues():
    sync()
    return load_cues()
