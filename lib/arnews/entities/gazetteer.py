"""The gazetteer: curated people, places and organisations with their canonical names and glosses.

The gazetteer is a source of canonical names, not a gate: :mod:`arnews.entities.names`
finds names it does not list, and :mod:`arnews.entities.table` claims its common-noun
entries (``الحزب``, ``رئيس الوزراء``) only in their own context.

Gazetteer (``lib/arnews/data/lexicons/gazetteer.csv``)
------------------------------------------------------
People, places and organisations with their Vietnamese and
English names and every Arabic spelling seen.  Transliterated names
(``translit=yes``) match with the usual alternations, generated rather than
listed (:func:`spelling_variants`): ج/غ/ق for Vietnamese g/ng/q, ث/ت for th,
ك/ق for k/c, optional final ه/ة after ن (-nh), و/وو, ي/يي, ى/ي, alef forms,
joined/spaced/hyphenated syllables; every alias may carry proclitics and the
article (``بكوانغ نينه``, ``الكوانج نينه``).  Spans exclude a leading
conjunction/preposition.  English aliases match case- and diacritic-
insensitively (``Quảng Ninh`` = ``Quang Ninh``).  Longest match wins.
A common-noun alias written with the article needs it (``الدولة`` is the State, ``15 دولة``
is not; ``الحزب`` is the Party, ``حزب الله`` is not).
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping

import pandas as pd

from ..lexicons import lexicon_cache, lexicon_path, read_lexicon, sync
from ..normalize import WORD_CACHE, key, normalize
from ..spans import DisjointSpans, SpanIndex
from ..text import TEXT_ROLES, paragraphs_of
from ..themes import (AR_RE as _AR_RE, en_word as _en_word, get_table as _get, with_paragraph_columns as _paragraphs,
                      word_analyses)
from ..tokens import AR, stopwords

__all__ = ["Entity", "Gazetteer", "load_gazetteer", "spelling_variants", "find_entities", "skeleton"]

_AR_CLASS = f"[{AR}]"


# --- gazetteer -------------------------------------------------------------------------------

#: transliteration alternations (applied to keys of transliterated aliases)
_TRANSLIT_CLASSES = {"ج": "[جغق]", "غ": "[جغق]", "ق": "[جغقك]", "ث": "[ثت]", "ت": "[تث]", "ك": "[كق]"}
_GAP_TRANSLIT = r"[\s\-‐–]*"
_GAP = r"[\s\-‐–]+"


class _LatinFold(dict):
    """``str.translate`` table for :func:`_fold_latin`, filled one character at a time."""

    def __missing__(self, code: int):
        ch = chr(code)
        if ch in "đĐ":
            out = "d"
        else:
            d = unicodedata.normalize("NFD", ch)
            base = d[0] if d and unicodedata.category(d[0]) != "Mn" else ch
            low = base.lower()
            out = low if len(low) == 1 else base
        self[code] = out
        return out


_LATIN_FOLD = _LatinFold()


def _fold_latin(text: str) -> str:
    """Length-preserving fold of Latin text: lower case, diacritics off, đ -> d."""
    return text.translate(_LATIN_FOLD)


def _ar_word_regex(word: str, translit: bool) -> str:
    w = key(word)
    if not translit:
        return re.escape(w)
    out = []
    i = 0
    while i < len(w):
        ch = w[i]
        if ch == "و" and w[i + 1:i + 2] == "و":
            out.append("وو?")
            i += 2
            continue
        if ch == "ي" and w[i + 1:i + 2] == "ي":
            out.append("يي?")
            i += 2
            continue
        if ch == "ه" and i == len(w) - 1 and i > 0 and w[i - 1] == "ن":
            out.append("ه?")
            i += 1
            continue
        out.append(_TRANSLIT_CLASSES.get(ch, re.escape(ch)))
        i += 1
    return "".join(out)


def _ar_alias_body(alias: str, translit: bool) -> str:
    """The part of an alias regex every match contains (no article, clitics or boundaries)."""
    words = key(normalize(alias).text).replace("-", " ").split()
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    parts = [_ar_word_regex(w, translit) for w in words]
    return (_GAP_TRANSLIT if translit else _GAP).join(parts)


def _ar_alias_regex(alias: str, translit: bool) -> str:
    body = _ar_alias_body(alias, translit)
    # a common-noun alias written with the article needs it (الدولة is the State, 15 دولة is not;
    # الحزب is the Party, حزب الله is not); transliterated names take it or not
    first = key(normalize(alias).text).replace("-", " ").split()[:1]
    art = "?" if translit or not (first and first[0].startswith("ال") and len(first[0]) > 3) else ""
    return rf"(?<!{_AR_CLASS})(?P<pre>[وف]?[بكل]?)(?P<name>(?:ال|(?P<fused>ل)){art}{body})(?!{_AR_CLASS})"


def _en_alias_body(alias: str) -> str:
    words = re.split(r"[\s\-]+", _fold_latin(alias).strip())
    return _GAP.join(re.escape(w) for w in words if w)


def _en_alias_regex(alias: str) -> str:
    return rf"(?<![\w])(?P<pre>)(?P<name>{_en_alias_body(alias)}(?:['’]s)?)(?![\w])"


def spelling_variants(alias: str, translit: bool = True, article: bool = True, limit: int = 500) -> list[str]:
    """Spelling variants of an Arabic transliterated name, generated from the
    alternation rules the matcher applies (ج/غ, ث/ت, ك/ق, final ه/ة/none after
    ن, و/وو, joined/spaced/hyphenated words, with/without the article).

    >>> "كوانغ نينة" in spelling_variants("كوانج نينه")
    True
    """
    words = normalize(alias).text.replace("-", " ").split()
    if not words:
        return []
    alts = {"ج": "جغق", "غ": "غجق", "ق": "قجغك", "ث": "ثت", "ت": "تث", "ك": "كق"} if translit else {}

    def word_variants(w: str) -> list[str]:
        opts = [""]
        for i, ch in enumerate(w):
            choices = alts.get(ch, ch)
            opts = [o + c for o in opts for c in choices]
        if translit and w.endswith("نه"):
            opts = opts + [o[:-1] + "ة" for o in opts] + [o[:-1] for o in opts]
        if translit and "وو" in w:
            opts = opts + [o.replace("وو", "و") for o in opts]
        if translit and "يي" in w:
            opts = opts + [o.replace("يي", "ي") for o in opts]
        return list(dict.fromkeys(opts))

    seqs = [[]]
    for w in words:
        seqs = [s + [v] for s in seqs for v in word_variants(w)][: limit * 4]
    gaps = [" ", "", "-"] if translit and len(words) > 1 else [" "]
    out = []
    for s in seqs:
        for g in gaps:
            v = g.join(s)
            out.append(v)
            if article and not v.startswith("ال"):
                out.append("ال" + v)
            if len(out) >= limit:
                return list(dict.fromkeys(out))
    return list(dict.fromkeys(out))


@dataclass
class Entity:
    entity_id: str
    type: str
    name_vi: str
    name_en: str
    aliases_ar: tuple
    aliases_en: tuple
    translit: bool
    parent: str
    gloss: str

    @property
    def anchored(self) -> bool:
        """A proper name of the gazetteer's own world (a transliterated name, or an alias
        naming Vietnam): its match sets the context.  The other entries are common nouns
        (الحزب, رئيس الوزراء, الدولة) and are claimed only in that context."""
        return self.translit or any("فيتنام" in a or "فييتنام" in a for a in self.aliases_ar) or any(
            "vietnam" in a.lower() or "viet nam" in a.lower() for a in self.aliases_en)


@dataclass
class Gazetteer:
    entities: dict  # id -> Entity
    _ar: list = field(default_factory=list, repr=False)  # (regex, entity_id, alias, order)
    _en: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        order = 0
        # each alias: (regex, entity, alias, order, prefilter); the prefilter is the bare
        # alias body, which starts with a literal and so is searched fast: an alias
        # whose body does not occur in a text cannot match there
        for e in self.entities.values():
            for a in e.aliases_ar:
                self._ar.append((re.compile(_ar_alias_regex(a, e.translit)), e.entity_id, a, order,
                                 re.compile(_ar_alias_body(a, e.translit)).search))
                order += 1
            for a in list(e.aliases_en) + ([e.name_en] if e.name_en and e.name_en not in e.aliases_en else []):
                self._en.append((re.compile(_en_alias_regex(a)), e.entity_id, a, order, re.compile(_en_alias_body(a)).search))
                order += 1

    def table(self) -> pd.DataFrame:
        rows = [
            (e.entity_id, e.type, e.name_vi, e.name_en, " | ".join(e.aliases_ar), " | ".join(e.aliases_en), e.translit, e.parent, e.gloss)
            for e in self.entities.values()
        ]
        return pd.DataFrame(rows, columns=["entity_id", "type", "name_vi", "name_en", "aliases_ar", "aliases_en", "translit", "parent", "gloss"])

    @property
    def syllables(self) -> frozenset:
        """Keys of the words of transliterated Arabic aliases (3+ letters, not stop words); made once per
        lexicon folder (asked for every paragraph)."""
        where = sync()
        got = self.__dict__.get("_syllables")
        if got is None or got[0] != where:
            got = self.__dict__["_syllables"] = (where, self._syllables_of())
        return got[1]

    def _syllables_of(self) -> frozenset:
        sw = stopwords("ar")
        out = set()
        for e in self.entities.values():
            if e.translit:
                for a in e.aliases_ar:
                    for w in key(normalize(a).text).replace("-", " ").split():
                        if len(w) >= 3 and w not in sw:
                            out.add(skeleton(w))
        return frozenset(out)


@lru_cache(maxsize=WORD_CACHE)
def skeleton(w: str) -> str:
    """Transliteration skeleton of an Arabic key: ج/غ/ق -> ج, ث -> ت, ق -> ك, وو -> و, final ه dropped."""
    w = w.translate(str.maketrans({"غ": "ج", "ق": "ج", "ث": "ت"})).replace("وو", "و").replace("يي", "ي")
    return w[:-1] if w.endswith("نه") else w


_skeleton = skeleton  # the old name, re-exported by entities/__init__ and topics


def load_gazetteer(name: str = "gazetteer.csv") -> Gazetteer:
    """Read ``lib/arnews/data/lexicons/gazetteer.csv`` (``|`` separates aliases)."""
    return _load_gazetteer(name)


@lexicon_cache(maxsize=8)
def _load_gazetteer(name: str) -> Gazetteer:
    rows = read_lexicon(name)
    ents, problems = {}, []
    for r in rows:
        eid = (r.get("entity_id") or "").strip()
        if not eid:
            continue
        if eid in ents:
            problems.append(f"entity {eid!r} listed twice")
        split = lambda s: tuple(a.strip() for a in (s or "").split("|") if a.strip())
        e = Entity(
            eid,
            (r.get("type") or "").strip(),
            (r.get("name_vi") or "").strip(),
            (r.get("name_en") or "").strip(),
            split(r.get("aliases_ar")),
            split(r.get("aliases_en")),
            (r.get("translit") or "").strip().lower() in ("yes", "true", "1"),
            (r.get("parent") or "").strip(),
            (r.get("gloss") or "").strip(),
        )
        if not e.gloss or not e.name_en or e.type not in ("person", "place", "organisation", "office"):
            problems.append(f"entity {eid!r} needs type (person/place/organisation/office), name_en and gloss")
        ents[eid] = e
    if problems:
        raise ValueError(f"{lexicon_path(name)}: " + "; ".join(problems))
    return Gazetteer(ents)


_ENT_COLS = ["start", "end", "surface", "entity_id", "type", "alias"]


def find_entities(text: str, lang: str = "ar", gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Gazetteer mentions in ``text``: start, end (offsets into ``text``), surface,
    entity_id, type, alias.  Arabic aliases are searched in Arabic text and
    English aliases in Latin script (also inside Arabic text); longest wins."""
    gz = gazetteer or load_gazetteer()
    nt = normalize(text)
    rows = _find(nt, gz)
    out = []
    for s, e, eid, alias in rows:
        os_, oe = nt.to_original(s, e)
        out.append((os_, oe, text[os_:oe], eid, gz.entities[eid].type, alias))
    return pd.DataFrame(out, columns=_ENT_COLS)


def find_aliases(nt, gz: Gazetteer, ktext: str | None = None) -> list[tuple[int, int, str, str]]:
    found = []
    if _AR_RE.search(nt.text):
        k = ktext if ktext is not None else key(nt.text)  # length-preserving on normalised text
        for rx, eid, alias, order, prefilter in gz._ar:
            if not prefilter(k):
                continue
            for m in rx.finditer(k):
                s = m.start("name")
                if m.group("fused"):
                    if not m.group("pre").endswith("ل"):
                        continue  # لحزب is li- + حزب, not the article
                    s -= 1  # li- + fused article (للحزب): the span keeps both lams
                found.append((s, m.end("name"), order, eid, alias))
    if re.search("[A-Za-z]", nt.text):
        f = _fold_latin(nt.text)
        for rx, eid, alias, order, prefilter in gz._en:
            if not prefilter(f):
                continue
            for m in rx.finditer(f):
                found.append((m.start("name"), m.end("name"), order, eid, alias))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0], x[2]))
    taken = DisjointSpans()  # (the spans kept never overlap: a bisection, not a scan of every one kept)
    out = []
    for s, e, _, eid, alias in found:
        if taken.overlaps(s, e):
            continue
        taken.add(s, e)
        out.append((s, e, eid, alias))
    out.sort()
    return out


_find = find_aliases  # the old name, still used in this module and by tests
