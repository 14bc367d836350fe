"""The quantity lexicon: number words, months, units, markers and document-code parts,
read from the CSV lexicons and folded for matching (one :class:`_Lex` per language)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicons import lexicon_cache, lexicon_dir, read_lexicon
from ..normalize import key

# proclitic combinations stripped before a lexicon lookup (in key form)
_AR_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "ول", "وب", "فل", "فب", "و", "ف", "ب", "ل", "ك")
CLITIC_TOKENS = frozenset(("و", "ف", "ب", "ل", "ك", "ال", "لل", "بال", "وال", "فال", "كال", "ولل", "وب", "ول"))
_CLITIC_TOKENS = CLITIC_TOKENS  # the old name, still used in this module
DEFINITE_PREFIXES = ("ال", "لل", "وال", "بال", "فال", "كال", "ولل", "فلل", "وبال")
ORD_SUFFIX = frozenset(("st", "nd", "rd", "th"))


@lru_cache(maxsize=65_536)
def ar_strip(k: str) -> tuple:
    """(prefix, base) pairs of an Arabic key with proclitics removed (longest prefix first);
    remembered per word type."""
    return tuple((p, k[len(p):]) for p in _AR_PREFIXES if k.startswith(p) and len(k) - len(p) >= 2)


def _fold(lang: str, s: str) -> str:
    return key(s) if lang == "ar" else s.lower()


@dataclass
class _Lex:
    lang: str
    numwords: dict = field(default_factory=dict)  # key -> (value, type)
    months: dict = field(default_factory=dict)  # tuple of keys -> month
    month_len: int = 1
    month_first: frozenset = frozenset()
    hmonths: dict = field(default_factory=dict)  # tuple of keys -> Hijri month
    hmonth_len: int = 1
    currency: dict = field(default_factory=dict)  # unit -> ISO 4217 code
    settings: dict = field(default_factory=dict)  # name -> value (quantity_markers role `setting`)
    units: dict = field(default_factory=dict)  # tuple of keys -> (unit, kind, en)
    unit_len: int = 1
    duals: dict = field(default_factory=dict)  # key -> (unit, kind, en)
    #: -ين/-ان of a counted noun whose row lists a broken plural (جسر|جسور: جسرين, جسران):
    #: key -> (singular, entry); read as duals by ``dual_rules.morph_dual`` with a frequency guard
    noun_duals: dict = field(default_factory=dict)
    #: a dual of a unit of two or more words, the head in the construct (ضابطي شرطة, نقطتا تفتيش):
    #: tuple of keys -> (unit, kind, en); listed in the ``dual`` column or derived (:func:`_construct_duals`)
    compound_duals: dict = field(default_factory=dict)
    compound_alef_heads: frozenset = frozenset()
    #: the stem (key form; ة written ت) of a noun of a natural pair (quantity_markers role ``paired_noun``) ->
    #: (singular as written, English gloss): read by :mod:`.paired_duals`
    paired: dict = field(default_factory=dict)
    markers: dict = field(default_factory=dict)  # role -> {tuple of keys: value}
    marker_len: dict = field(default_factory=dict)
    #: role -> the first words of its phrases: ``phrase_at`` returns at once when no reading of the word opens one
    marker_firsts: dict = field(default_factory=dict)
    not_unit: frozenset = frozenset()
    starts: dict = field(default_factory=dict)  # surface key -> (prefix, base) for quick candidate tests
    cands: frozenset = frozenset()  # every word key that can start a figure
    doc_parts: dict = field(default_factory=dict)  # ABBR -> (part, en)
    #: word key -> the start rules worth trying at it (filled by ``start_plan.start_rules``)
    start_plans: dict = field(default_factory=dict, repr=False, compare=False)


def _split(lang: str, phrase: str) -> tuple:
    return tuple(_fold(lang, w) for w in phrase.split())


def _construct_duals(form: str) -> tuple:
    """The construct duals of a unit written as a head noun and its genitive (``ضابط شرطة``:
    ``ضابطي شرطة``, ``ضابطا شرطة``; ``نقطة تفتيش``: ``نقطتي تفتيش``, ``نقطتا تفتيش``): the head drops
    the nun of its dual before the word it governs.  Only a head of three letters or more that ends
    in a consonant or ة (a plural head, ``رجال شرطة``, gives forms no text writes: harmless)."""
    words = form.split()
    if len(words) < 2:
        return ()
    head, tail = words[0], " ".join(words[1:])
    if head.endswith("ة"):
        stem = head[:-1] + "ت"
    elif head.endswith(("ا", "ى", "ي", "و", "ء", "ات")) or len(head) < 3:
        return ()
    else:
        stem = head
    return (f"{stem}ي {tail}", f"{stem}ا {tail}")


@lexicon_cache(maxsize=8)
def _lexicon(lang: str, where: str) -> _Lex:
    lang = "ar" if lang == "ar" else "en"
    lx = _Lex(lang)
    for r in read_lexicon("number_words.csv"):
        if r["lang"] == lang:
            lx.numwords.setdefault(_fold(lang, r["word"]), (float(r["value"]), r["type"]))
    for r in read_lexicon("months.csv"):
        if r["lang"] == lang:
            t = _split(lang, r["name"])
            if (r.get("calendar") or "").strip() == "hijri":
                lx.hmonths[t] = int(r["month"])
                lx.hmonth_len = max(lx.hmonth_len, len(t))
            else:
                lx.months[t] = int(r["month"])
                lx.month_len = max(lx.month_len, len(t))
    for r in read_lexicon("units.csv"):
        if r["lang"] != lang:
            continue
        entry = (r["unit"], r["kind"], r["en"])
        for f in r["forms"].split("|"):
            if f.strip():
                t = _split(lang, f)
                lx.units.setdefault(t, entry)
                lx.unit_len = max(lx.unit_len, len(t))
        for f in (r.get("dual") or "").split("|"):
            if " " in f.strip():
                lx.compound_duals.setdefault(_split(lang, f), entry)
            elif f.strip():
                lx.duals.setdefault(_fold(lang, f.strip()), entry)
        if lang == "ar":
            for f in r["forms"].split("|"):
                for d in _construct_duals(f):
                    lx.compound_duals.setdefault(_split(lang, d), entry)
        if lang == "ar" and r["kind"] == "count":
            words = [f.strip() for f in r["forms"].split("|") if f.strip() and " " not in f.strip()]
            if any(w.endswith(("ون", "ين")) for w in words):
                continue  # a sound masculine plural: -ين is the plural (مواطنين), not a dual
            if not any(not w.endswith(("ات", "ة")) and len(w) >= 4 for w in words[1:]):
                continue  # no broken plural: no evidence the word is a noun rather than a participle
            for w in words:
                if not w.endswith(("ة", "ات", "ى", "ا", "ي", "و")):
                    for suf in ("ين", "ان"):
                        lx.noun_duals.setdefault(_fold(lang, w + suf), (w, entry))
    for r in read_lexicon("currencies.csv"):
        if r["lang"] != lang:
            continue
        entry = (r["unit"], "money", r["en"])
        lx.currency.setdefault(r["unit"], r["code"])
        for f in r["forms"].split("|"):
            if f.strip():
                t = _split(lang, f)
                if t not in lx.units:
                    lx.units[t] = entry
                else:  # a money unit of units.csv: its code from the currency of the same form
                    lx.currency.setdefault(lx.units[t][0], r["code"])
                lx.unit_len = max(lx.unit_len, len(t))
        for f in (r.get("dual") or "").split("|"):
            if f.strip():
                lx.duals.setdefault(_fold(lang, f.strip()), entry)
    for r in read_lexicon("quantity_markers.csv"):
        if r["lang"] != lang:
            continue
        if r["role"] == "setting":
            lx.settings[r["phrase"].strip()] = r["value"].strip()
            continue
        t = _split(lang, r["phrase"])
        lx.markers.setdefault(r["role"], {})[t] = r["value"]
        if r["role"] == "paired_noun" and len(t) == 1:
            stem = t[0][:-1] + "ت" if r["phrase"].strip().endswith("ة") else t[0]
            lx.paired.setdefault(stem, (r["phrase"].strip(), r["en"].split(" (")[0].strip()))
        lx.marker_len[r["role"]] = max(lx.marker_len.get(r["role"], 1), len(t))
    lx.marker_firsts = {role: frozenset(t[0] for t in table if t) for role, table in lx.markers.items()}
    lx.not_unit = frozenset(t[0] for t in lx.markers.get("not_unit", {}))
    for r in read_lexicon("doc_codes.csv"):
        lx.doc_parts[r["abbr"].upper().replace("Đ", "D")] = (r["part"], r["en"])
    # every written form that can start a figure, with its clitics
    bases = set(lx.numwords) | set(lx.duals) | {t[0] for t in lx.months} | {t[0] for t in lx.hmonths}
    # the head of a construct dual in -ا (ضابطا شرطة) is also an accusative singular (طريقًا): tried as that head only
    lx.compound_alef_heads = frozenset(t[0] for t in lx.compound_duals if t[0].endswith("ا")) - bases
    bases |= {t[0] for t in lx.compound_duals}
    # longest base first: a written form with two readings (والاول: و + الاول, وال + اول) takes
    # the one with the shorter clitic, whatever the order of the set (it depended on the hash seed)
    for b in sorted(bases, key=lambda b: (-len(b), b)):
        lx.starts[b] = ("", b)
        if lang == "ar":
            for p in _AR_PREFIXES:
                lx.starts.setdefault(p + b, (p, b))
    extra = {"a", "an", "first", "second", "third", "fourth", "last", "final", "$"} if lang == "en" else set()
    lx.month_first = frozenset(t[0] for t in lx.months) | frozenset(t[0] for t in lx.hmonths)
    # words that open a time (الساعة السابعة), a name with a number (ميغ 29) or a rank (المركز الثاني)
    extra |= {t[0] for role in ("name_word", "approx", "age_word", "rank_noun", "range_edge") for t in lx.markers.get(role, {})}
    if lang == "ar":
        extra |= {"ساعه", "الساعه", "يومي", "سن"}
        # ordinals with a pronoun (أولها, ثانيهما): the first of the things just named
        extra |= {p + w + s for w in ("اول", "ثاني", "ثالث", "رابع", "خامس", "اولا") for s in ("ها", "هم", "هما", "هن")
                  for p in ("", "و", "ف")}
        # a group noun with its clitics (الثنائي, لثلاثي): the paragraph prefilter must let it through
        extra |= {p + t[0] for t in lx.markers.get("group_noun", {}) for p in ("",) + tuple(_AR_PREFIXES)}
        extra |= {p + t[0] for t in lx.markers.get("decade_age", {}) for p in ("",) + tuple(_AR_PREFIXES)}
        extra |= {p + t[0] for t in lx.markers.get("decade_age_f", {}) for p in ("", "ال")}  # سيدة أربعينية (woman_ages)
        extra |= {p + t[0] for t in lx.markers.get("decade", {}) for p in ("",) + tuple(_AR_PREFIXES)}
        extra |= {p + t[0] for t in lx.markers.get("goal_tally", {}) for p in ("ب", "وب", "ال", "بال", "وال")}  # بثنائية, الثلاثية
        extra |= {"بهدف", "وبهدف", "لهدف"}  # فاز بهدف نظيف: one goal; بثلاثة أهداف لهدف: the other side (tallies.py)
        extra |= {"الصفر", "للصفر", "بالصفر", "صفر", "وصفر"}  # تحت الصفر, صفر في المئة: zero (zero.py)
    lx.cands = frozenset(lx.starts) | {t[0] for t in lx.months} | extra | _CLITIC_TOKENS
    return lx


def lex(lang: str) -> _Lex:
    where = os.environ.get("ARNEWS_LEXICONS") or _DEFAULT_DIR
    return _lexicon("ar" if lang == "ar" else "en", where)


_lex = lex  # the old name, still used by tests


_DEFAULT_DIR = str(lexicon_dir())


@lexicon_cache(maxsize=8)
def _unit_glosses(where: str) -> dict:
    """Arabic unit -> English gloss (for labels built from text)."""
    return {r["unit"]: r["en"] for r in read_lexicon("units.csv")}
