"""Family names learned from corpus statistics: Saudi news writes most people as a given name and
a family or tribal name (``فهد الشهري``, ``سعد بن محمد القرني``) and later by the family name
alone (``وأضاف الشهري``).  No list of family names is kept: the corpus shows which words are.

1. **statistics** (:func:`family_statistics`, one pass over the key text of every title/body/caption/dateline
   paragraph, no paragraph models): for each word, its occurrences, the distinct listed given
   names (``entity_cues.csv`` kind ``given``; ``ومحمد`` is ``محمد``; ``عبد الرحمن`` in two words is
   one) written right before it, and the articles where that happens.  A given name after a
   naming title (``الملك فيصل``, ``الأمير سلطان``) is left out: institutions are named after kings
   and princes (``مستشفى الملك فيصل التخصصي``, ``جامعة الملك عبدالله للعلوم``).
2. **family names** (:func:`learn_families`): a word that follows at least :data:`MIN_GIVENS`
   distinct given names in :data:`MIN_ARTICLES` articles, for at least :data:`SHARE` of its
   occurrences in the corpus (two given names only: :data:`PAIR_MIN` times, for :data:`PAIR_SHARE`),
   and is no cue, stop word, given name alone, ordinal, verbal noun, verb, plural, listed place or
   word behind a proclitic, and rarer than :data:`NEVER` in general Arabic (``wordfreq`` Zipf through
   :func:`arnews.entities.cues.word_info`).  The share is what keeps ordinary words out however
   often a name precedes them once: ``السعودي``, ``الرياض``, ``الأمريكي``, ``الوطني`` follow a given
   name in a handful of their thousands of occurrences; ``الشهري`` (Zipf 5.4: *monthly*) or
   ``الحربي`` (5.6) follow one in a third to a half of theirs.
3. **given names** (:func:`learn_givens`, :func:`titled_givens`, :func:`nasab_givens`): a word no
   list has (``جمعان``, ``مسفر``) is a given name when it stands right before :data:`GIVEN_FAMILIES`
   distinct learned family names in two articles, for :data:`GIVEN_SHARE` of its occurrences
   (``أفراح الشهري`` is *the weddings of* the family), when it opens the names of titled people
   (``المهندس ممدوح سالم``: :data:`TITLED_SHARE`), or when it is written before بن (``شعيل بن``:
   :data:`NASAB_SHARE`); always an indefinite word without proclitic or pronoun, rarer than
   :data:`GIVEN_NEVER`, and no common noun, verb or nisba adjective (:func:`_given_ok`).
4. **mentions** (:func:`family_mentions`): a learned family name right after a run of given names
   (listed or learned; ``بن``/``بنت`` links inside) is a person from the first given name to the
   family name, and so is a learned given name with the given, family or rare words after it
   (``ممدوح سالم``); the family name alone names that person again in an article that writes the
   full name (one person of the article with that family name; not as the adjective of a definite
   noun: ``المواطن الشهري``, nor after a noun with its pronoun: ``تقريره الشهري``), when it is rare
   (Zipf under :data:`BARE_ZIPF`) or mostly a name in the corpus (share at least
   :data:`BARE_SHARE`).  Spans the per-article ``entities`` or the other learned names already hold
   are left to them, and so is a full name where the corpus mostly writes it after the same
   indefinite noun (:func:`institution_heads`: ``دوري عبداللطيف جميل``, a league).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import pandas as pd

from ..normalize import key, translator
from ..text import TEXT_ROLES, make_paragraph
from .namelinks import NASAB
from .placeids import one_word_place

__all__ = ["FamilyStats", "family_statistics", "learn_families", "learn_givens", "titled_givens", "nasab_givens",
           "institution_heads", "family_mentions", "MIN_GIVENS", "MIN_ARTICLES", "SHARE", "HEAD_MIN", "HEAD_SHARE",
           "PAIR_MIN", "PAIR_SHARE", "NEVER", "GIVEN_FAMILIES", "GIVEN_SHARE", "TITLED_SHARE", "NASAB_MIN",
           "NASAB_SHARE", "NISBA_ZIPF", "COMMON_NOUN_ZIPF", "PROCLITIC_ZIPF", "GIVEN_NEVER", "RARE_WORD", "BARE_ZIPF",
           "BARE_SHARE"]

#: a family name follows at least this many distinct given names ...
MIN_GIVENS = 3
#: ... in at least this many articles ...
MIN_ARTICLES = 2
#: ... for at least this share of its occurrences (الدوسري 0.6, الحربي 0.33; السعودي, الرياض: under 0.01)
SHARE = 0.3
#: a name written at least this many times ...
HEAD_MIN = 3
#: ... for at least this share of them after the same indefinite word is part of an institution's name there
HEAD_SHARE = 0.6
#: a word after two distinct given names only is a family name when written so this often ...
PAIR_MIN = 3
#: ... for at least this share of its occurrences (الربيعة 0.68, مرسي 0.62; الخلق 0.3: حسن الخلق *good manners*)
PAIR_SHARE = 0.5
#: Zipf from which a word is never a learned family name (العربية 5.9, عبده 5.9 *his servant*)
NEVER = 5.8
#: a learned given name stands before this many distinct learned family names
GIVEN_FAMILIES = 2
#: a learned given name stands before learned family names for at least this share of its occurrences
#: (جمعان 0.64; أفراح 0.33: *the weddings of* a family)
GIVEN_SHARE = 0.5
#: a learned given name opens this share of its corpus occurrences as a titled person's name at least
#: (ممدوح 3 of 21; تؤكد, a verb after a title, 2 of 50)
TITLED_SHARE = 0.1
#: a word ending in -ي whose form with the article is this frequent (Zipf) is a nisba adjective (الفرنسي)
NISBA_ZIPF = 4.5
#: a word whose form with the article is this frequent (Zipf) is a common noun, not a given name
#: (الجامع 4.3, الأحلام 3.9, المراسم 3.5; الممدوح 2.4, العامر 3.3); so is a form-IV verb whose imperfect is
#: (أشرف: يشرف 3.9)
COMMON_NOUN_ZIPF = 3.5
#: a word before بن is a learned given name when written so this often, in two articles ...
NASAB_MIN = 2
#: ... for at least this share of its occurrences (شعيل 7 of 7, مفرح 4 of 15)
NASAB_SHARE = 0.25
#: a word starting with a proclitic letter whose rest is at least this frequent (Zipf) is read with the proclitic
PROCLITIC_ZIPF = 3.0
#: Zipf from which a word is never a learned given name (نصر 5.2 *victory*, خلف 5.1 *behind*)
GIVEN_NEVER = 4.8
#: after a learned given name, an indefinite word rarer than this (Zipf) is a family name (مناحي 3.6)
RARE_WORD = 4.0
#: the family name alone names the person again when rarer than this (Zipf) ...
BARE_ZIPF = 4.5
#: ... or when at least this share of its corpus occurrences follow a given name (الشهري 0.55)
BARE_SHARE = 0.5

_TOK = re.compile(r"[\u0621-\u064a]+|\S")
#: a run of Arabic words (the tokens of _TOK) separated by single spaces
_CHAIN = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)*")
#: titles after which a given name names an institution as often as a person
_NAMING = frozenset({"الملك", "ملك", "الامير", "امير", "والملك", "للملك", "بالملك", "والامير", "للامير"})
_LINKS = NASAB
_STOP_GIVEN = frozenset({"علي"})
_DIVINE = re.compile(r"^ال..+")  # عبد + الرحمن، الله، العزيز: the second half of a split theophoric name


@dataclass
class FamilyStats:
    total: Counter = field(default_factory=Counter)  # word -> occurrences
    givens: dict = field(default_factory=lambda: defaultdict(Counter))  # word -> given name before it -> count
    arts: dict = field(default_factory=lambda: defaultdict(set))  # word -> articles with a given name before it
    before: dict = field(default_factory=lambda: defaultdict(Counter))  # word -> learned family name after it
    before_arts: dict = field(default_factory=lambda: defaultdict(set))
    nasab: Counter = field(default_factory=Counter)  # word -> times written right before بن/بنت
    nasab_arts: dict = field(default_factory=lambda: defaultdict(set))
    #: (given name, word after it) -> the word before the given name -> count (دوري عبداللطيف جميل)
    lead: dict = field(default_factory=lambda: defaultdict(Counter))


def _given_key(k: str, given: frozenset) -> str:
    """The listed given name a key is, behind one proclitic at most (ومحمد، لخالد), else ""."""
    if k in given or (k.startswith("عبد") and len(k) >= 6 and k[3:] != "ه"):
        return k
    if k[:1] in "وفلب" and (k[1:] in given):
        return k[1:]
    return ""


def _runs(ktext: str):
    """Runs of Arabic words separated by single spaces: lists of keys (a run breaks at anything else;
    one C-level match per run)."""
    return (m.group().split(" ") for m in _CHAIN.finditer(ktext))


#: the blocks the statistics read: the analysed text and the datelines, whose dispatch heads name their writers
#: (``عبدالله البرقاوي- سبق- الرياض:``: البرقاوي after a given name); mentions are found in the analysed text only
STAT_ROLES = (*TEXT_ROLES, "dateline")


def _texts(parts: Iterable[pd.DataFrame], roles: tuple = TEXT_ROLES):
    """(article, paragraph, text, key text, language, role) of the paragraphs of ``roles`` (title/body/caption)."""
    ktab = translator("key")  # text.translate(_table(KEY_STEPS)), faster
    roles = frozenset(roles)
    for part in parts:
        part = part[part["role"].isin(roles)] if "role" in part.columns else part
        norms = part["text_norm"] if "text_norm" in part.columns else part["text"]
        roles_ = part["role"].tolist() if "role" in part.columns else ["body"] * len(part)
        for aid, par, text, nt, lang, role in zip(part["article_id"].astype(str).tolist(), part["paragraph"].astype(int).tolist(),
                                                  part["text"].tolist(), norms.tolist(),
                                                  part["lang"].tolist() if "lang" in part.columns else [""] * len(part), roles_):
            if not isinstance(text, str) or not text:
                continue
            nt = nt if isinstance(nt, str) and nt else text
            yield aid, par, text, ktab(nt), lang or "", role


def _given_at(run: list[str], j: int, given: frozenset) -> str:
    """The given name whose last word is run[j] (a split عبد الرحمن included), else ""."""
    if j >= 1 and run[j - 1] in ("عبد", "وعبد") and _DIVINE.match(run[j]):
        return "عبد" + run[j]
    return _given_key(run[j], given)


def family_statistics(parts: Iterable[pd.DataFrame]) -> FamilyStats:
    """Word counts and the given names right before each word (see the module docstring)."""
    from .cues import load_cues

    given = load_cues().given
    st = FamilyStats()
    for aid, _, _, ktext, _, _ in _texts(parts, STAT_ROLES):
        for run in _runs(ktext):
            st.total.update(run)
            for j in range(1, len(run)):
                if run[j] in ("بن", "بنت") and j + 1 < len(run):
                    st.nasab[run[j - 1]] += 1
                    st.nasab_arts[run[j - 1]].add(aid)
                g = _given_at(run, j - 1, given)
                if not g:
                    continue
                start = j - 2 if g.startswith("عبد") and run[j - 1] != g and j >= 2 else j - 1
                if start >= 1 and run[start - 1] in _NAMING:
                    continue  # مستشفى الملك فيصل التخصصي: an institution named after a king
                st.givens[run[j]][g] += 1
                st.arts[run[j]].add(aid)
                st.lead[(g, run[j])][run[start - 1] if start >= 1 else ""] += 1
    return st


def _family_ok(w: str) -> bool:
    from .cues import word_info
    from .guards import imperfect_verb
    from .learned import word_ok as _word_ok, _zipf
    from .wordtests import pronoun_suffixed as _pronoun_suffixed

    k = key(w)
    info = word_info(w)
    if not _word_ok(w) or info.conj or k.endswith(("ون", "ين", "ات")) or (not k.startswith("ال") and _pronoun_suffixed(w)):
        return False
    if not k.startswith("ال") and info.bare != k:
        return False  # a word behind a proclitic (بكريمة، للعلوم)
    if imperfect_verb(w) or (k.endswith("ي") and imperfect_verb(k[:-1] + "ى")):
        return False  # سلمان يرعى (key يرعي): the verb after the king's name
    if k.startswith("لل") or (k[:1] in "وفبلك" and _zipf(k[1:]) >= PROCLITIC_ZIPF):
        return False  # بكريمة: *with the daughter of*, a preposition on a common word
    return not one_word_place(k)


def learn_families(st: FamilyStats) -> dict:
    """The family names the statistics show: key -> (share, distinct given names, articles, zipf)."""
    from .learned import _zipf

    fams = {}
    for w, c in st.givens.items():
        n, na = sum(c.values()), len(st.arts[w])
        if na < MIN_ARTICLES or len(c) < 2 or n < SHARE * st.total[w]:
            continue
        if len(c) < MIN_GIVENS and (n < PAIR_MIN or n < PAIR_SHARE * st.total[w]):
            continue  # two given names only: a name in most of its occurrences (not حسن الخلق, علي الخلق)
        if not _family_ok(w):
            continue
        z = _zipf(w)
        if z >= NEVER:
            continue
        fams[w] = (round(n / st.total[w], 3), len(c), na, round(z, 2))
    return fams


def learn_givens(st: FamilyStats, fams: dict) -> dict:
    """Words no list has that stand before learned family names (see the module docstring)."""
    out = {}
    for w, c in st.before.items():
        n, na = sum(c.values()), len(st.before_arts[w])
        if len(c) < GIVEN_FAMILIES or na < MIN_ARTICLES or n < GIVEN_SHARE * st.total[w]:
            continue
        z = _given_ok(w)
        if z is not None:
            out[w] = (round(n / st.total[w], 3), len(c), na, z)
    return out


def titled_givens(entities: pd.DataFrame | None, st: FamilyStats) -> dict:
    """Given names no list has, learned from the people a title or office announces in the
    ``entities`` table (``المهندس ممدوح سالم``, ``الدكتور نجيب الزامل``): the first word of at least
    :data:`GIVEN_FAMILIES` distinct titled names in two articles, for at least :data:`TITLED_SHARE` of
    its occurrences in the corpus; an indefinite word without proclitic or pronoun, rarer than
    :data:`GIVEN_NEVER`, and no nisba adjective (``فرنسي``: ``الفرنسي`` is frequent)."""
    from .cues import load_cues

    if entities is None or not len(entities) or "alias" not in entities.columns:
        return {}
    given = load_cues().given
    e = entities[(entities["type"] == "person") & (entities["source"] == "cue") & (entities["alias"].fillna("") != "")]
    lasts: dict[str, set] = defaultdict(set)
    arts: dict[str, set] = defaultdict(set)
    for aid, surface in zip(e["article_id"].astype(str), e["surface"].astype(str)):
        ws = surface.split()
        if len(ws) < 2:
            continue
        k = key(ws[0])
        if k in given or k.startswith("عبد"):
            continue
        lasts[k].add(key(ws[-1]))
        arts[k].add(aid)
    out = {}
    for k, ls in lasts.items():
        n = len(ls)
        if n < GIVEN_FAMILIES or len(arts[k]) < MIN_ARTICLES or n < TITLED_SHARE * max(st.total.get(k, 0), 1):
            continue
        z = _given_ok(k)
        if z is not None:
            out[k] = (round(n / max(st.total.get(k, 0), 1), 3), n, len(arts[k]), z)
    return out


def _given_ok(w: str):
    """Zipf of a word that may be a learned given name, else None (see :func:`titled_givens`)."""
    from ..frequency import zipf_ar
    from .cues import load_cues, word_info
    from .learned import word_ok as _word_ok, _zipf
    from .wordtests import pronoun_suffixed as _pronoun_suffixed

    k = key(w)
    info = word_info(w)
    if k in load_cues().given or k.startswith("ال") or info.bare != k or info.conj or not _word_ok(w):
        return None
    if info.foreign and info.shape >= 0:
        return None  # بايرن، كلاوديو: shaped like a transliteration (a club, or a name the run finder reads)
    if k.endswith(("ه", "ون", "ين", "ات")) or _pronoun_suffixed(w) or (k[:1] in "وفبلك" and _zipf(k[1:]) >= PROCLITIC_ZIPF):
        return None
    if k.endswith("ي") and zipf_ar("ال" + k) >= NISBA_ZIPF:
        return None  # فرنسي: a nisba adjective (الفرنسي), not رمزي
    if zipf_ar("ال" + k) >= COMMON_NOUN_ZIPF:
        return None  # جامع، أحلام، مراسم: a common noun takes the article (الجامع), a given name hardly
    if k[:1] == "ا" and zipf_ar("ي" + k[1:]) >= COMMON_NOUN_ZIPF:
        return None  # أشرف: a verb (يشرف) as often as a name
    z = _zipf(w)
    return round(z, 2) if z < GIVEN_NEVER else None


def nasab_givens(st: FamilyStats) -> dict:
    """Given names no list has, learned from the nasab: a word written right before بن/بنت at least
    :data:`NASAB_MIN` times in two articles, for :data:`NASAB_SHARE` of its occurrences (``شعيل بن``,
    ``مفرح بن``), that may be a given name (:func:`_given_ok`; not ``عائلة بن``, ``وقال بن``)."""
    out = {}
    for w, n in st.nasab.items():
        if n < NASAB_MIN or len(st.nasab_arts[w]) < MIN_ARTICLES or n < NASAB_SHARE * st.total[w]:
            continue
        z = _given_ok(w)
        if z is not None:
            out[w] = (round(n / st.total[w], 3), n, len(st.nasab_arts[w]), z)
    return out


def count_before(parts: Iterable[pd.DataFrame], st: FamilyStats, fams: dict) -> None:
    """Second pass: the words right before each learned family name (in the blocks the statistics read)."""
    for aid, _, _, ktext, _, _ in _texts(parts, STAT_ROLES):
        for run in _runs(ktext):
            for j in range(1, len(run)):
                if run[j] in fams:
                    st.before[run[j - 1]][run[j]] += 1
                    st.before_arts[run[j - 1]].add(aid)


_ENTITY_COLS = ["article_id", "paragraph", "start", "end", "surface", "entity_id", "type", "name_en", "name_vi", "alias",
                "role", "source", "confidence"]


def _gap_is_space(p, a: int, b: int) -> bool:
    return p.kinds[a] == "word" and p.kinds[b] == "word" and p.ntext[p.ends[a]:p.starts[b]] == " "


def _names_before(p, t: int, given: frozenset, learned: dict) -> tuple[int, list[str], str]:
    """(first token, given-name words, the first word's given name) of the run of given names
    (listed or learned; بن inside; عبد الرحمن in two words) right before token t."""
    j, words, first = t, [], ""
    while j - 1 >= 0 and len(words) < 5 and _gap_is_space(p, j - 1, j):
        k = p.fkeys[j - 1]
        if k in _LINKS and words:
            j -= 1
            words.insert(0, k)
            continue
        if _DIVINE.match(k) and j - 2 >= 0 and _gap_is_space(p, j - 2, j - 1) and p.fkeys[j - 2] in ("عبد", "وعبد"):
            j -= 2
            first = "عبد" + k
            words.insert(0, first)
            if p.fkeys[j] != "عبد":
                break  # وعبد الرحمن: the conjunction opens the name
            continue
        g = _given_key(k, given) or (k if k in learned else "") or (k[1:] if k[:1] == "و" and k[1:] in learned else "")
        if not g or (g in _STOP_GIVEN and p.toks[j - 1].endswith("ى")):
            break  # (يجب على القاضي: the preposition, not the given name علي)
        j -= 1
        first = g
        words.insert(0, g)
        if g != k:
            break  # ومحمد: the conjunction opens the name
    while words and words[0] in _LINKS:
        words.pop(0)
        j += 1
    return j, words, first


def _names_after(p, t: int, g: str, given: frozenset, learned: dict, fams: dict) -> tuple[int, list[str]]:
    """(end token, words) of a name opened by the learned given name ``g`` at token t: the given
    names (listed or learned, بن between), then at most one family name (a learned one, a definite
    rare word or nisba: :func:`arnews.entities.names._family_name`) or a rare indefinite word
    (``ممدوح سالم``, ``نجيب الجداوي``, ``مسفر بن سعيد القرني``)."""
    from .cues import word_info
    from .guards import imperfect_verb
    from .wordtests import family_name as _family_name, pronoun_suffixed as _pronoun_suffixed

    words, j, n = [g], t + 1, len(p.toks)
    end = t + 1
    while j < n and len(words) < 5 and _gap_is_space(p, j - 1, j):
        w = p.toks[j]
        k, info = key(w), word_info(w)
        if k in _LINKS:
            words.append(k)
            j += 1
            continue
        if (k in given and k not in _STOP_GIVEN) or k in learned:
            words.append(w)
            j += 1
            end = j
            continue
        if "ة" in w[:-1] or _pronoun_suffixed(w) or k.endswith(("ها", "هم")):
            break  # ظريف الإرهابيةدور: two words glued; تمام طهيها: a noun with its pronoun
        if k in fams or _family_name(w, info) or (
                not k.startswith("ال") and info.bare == k and info.zipf < RARE_WORD and not (info.cue or info.stop or info.conj)
                and not imperfect_verb(w)):  # (مفرح يحرص على: a verb)
            words.append(w)
            end = j + 1
        break
    words = words[:end - t]
    while words and key(words[-1]) in _LINKS:
        words.pop()
    return t + len(words), words


def institution_heads(st: FamilyStats) -> dict:
    """(given name, family name) -> the indefinite word before which the corpus mostly writes that name
    (at least :data:`HEAD_MIN` times, for :data:`HEAD_SHARE` of its occurrences), no title or office:
    there the name is part of an institution's (``دوري عبداللطيف جميل``, ``جامع العنود``)."""
    from .cues import word_info

    out = {}
    for pair, c in st.lead.items():
        w, n = max(c.items(), key=lambda x: (x[1], x[0]))
        if not w or n < HEAD_MIN or n < HEAD_SHARE * sum(c.values()) or w.startswith("ال"):
            continue
        if word_info(w).cue in ("title", "role"):
            continue
        out[pair] = w
    return out


def family_mentions(parts: Iterable[pd.DataFrame], fams: dict, learned_given: dict, taken: dict | None = None,
                    people: dict | None = None, only: set | None = None, heads: dict | None = None) -> pd.DataFrame:
    """Mentions of people by learned family names (see the module docstring): given name(s) + family
    name, and the family name alone in an article that writes one such full name.  ``taken``:
    (article, paragraph) -> spans already held; ``people``: (article, family key) -> entity ids of
    people the article names with that family name (from the ``entities`` table)."""
    from .cues import load_cues, word_info
    from .names import name_key
    from .wordtests import pronoun_suffixed as _pronoun_suffixed

    given = load_cues().given
    taken = taken or {}
    full, bare = [], []  # (article, paragraph, start, end, surface, eid | family key, role)
    owners: dict[tuple, set] = defaultdict(set)
    for (a, f), ids in (people or {}).items():
        owners[(a, f)].update(ids)
    if not fams:
        return pd.DataFrame(columns=_ENTITY_COLS)
    for aid, par, text, ktext, lang, role in _texts(parts):
        if only is not None and aid not in only:
            continue
        toks = set(_TOK.findall(ktext))
        if not (toks & fams.keys() or toks & learned_given.keys() or any(x[:1] == "و" and x[1:] in learned_given for x in toks)):
            continue
        p = make_paragraph(text, lang, aid, par, role)
        if p.rules != "ar":
            continue
        spans = taken.get((aid, par), ())
        done = 0
        for t in range(len(p.toks)):
            if t < done or p.kinds[t] != "word":
                continue
            k = p.fkeys[t]
            g = k if k in learned_given else (k[1:] if k[:1] == "و" and k[1:] in learned_given else "")
            if g and not (t >= 1 and p.kinds[t - 1] == "word" and p.fkeys[t - 1] in _NAMING):
                e, words = _names_after(p, t, g, given, learned_given, fams)
                b, before, first = _names_before(p, t, given, {}) if g == k else (t, [], "")
                if before:  # محمد فؤاد: a listed given name before the learned one
                    words = before + words
                if len(words) >= 2:
                    if b < t:
                        s = p.starts[b]
                        if p.fkeys[b] == "وعبد":
                            s += 1
                        elif first and p.fkeys[b] != first and p.fkeys[b] != "عبد":
                            s = max(p.starts[b], p.ends[b] - len(first))
                    else:
                        s = p.starts[t] + (len(k) - len(g))  # وممدوح سالم: without the conjunction
                    os_, oe = p.original(s, p.ends[e - 1])
                    if not any(os_ < te and ts < oe for ts, te in spans):
                        eid = "~" + name_key(words)
                        full.append((aid, par, os_, oe, text[os_:oe], eid, role))
                        owners[(aid, p.fkeys[e - 1])].add(eid)
                    done = e
                    continue
            if k not in fams:
                continue
            f = p.fkeys[t]
            j, words, first = _names_before(p, t, given, learned_given)
            prev = p.fkeys[j - 1] if j >= 1 and p.kinds[j - 1] == "word" else ""
            if prev in _NAMING:
                continue  # الأمير فيصل ...: a prince, or an institution named after him
            if len(words) == 1 and heads and prev and heads.get((words[0], f)) in (prev, prev[1:], prev[2:]):
                continue  # دوري عبداللطيف جميل: the league named after him
            if words:
                s = p.starts[j]
                if p.fkeys[j] == "وعبد":
                    s = p.starts[j] + 1  # وعبد الله العنزي: the name without the conjunction
                elif first and p.fkeys[j] != first and p.fkeys[j] != "عبد":
                    s = max(p.starts[j], p.ends[j] - len(first))  # ومحمد الشهري
                os_, oe = p.original(s, p.ends[t])
                if any(os_ < te and ts < oe for ts, te in spans):
                    continue
                eid = "~" + name_key(words + [p.toks[t]])
                full.append((aid, par, os_, oe, text[os_:oe], eid, role))
                owners[(aid, f)].add(eid)
                continue
            info = word_info(p.toks[t - 1]) if t >= 1 and p.kinds[t - 1] == "word" else None
            if info is not None and _gap_is_space(p, t - 1, t) and p.fkeys[t - 1].startswith(("ال", "وال", "بال", "لل")) \
                    and info.cue not in ("role", "title"):
                continue  # المواطن الشهري: an adjective of a definite noun
            if info is not None and _gap_is_space(p, t - 1, t) and _pronoun_suffixed(p.toks[t - 1]):
                continue  # تقريره الشهري: an adjective of a noun with its pronoun
            share, _, _, z = fams[f]
            if z >= BARE_ZIPF and share < BARE_SHARE:
                continue
            os_, oe = p.original(p.starts[t], p.ends[t])
            if any(os_ < te and ts < oe for ts, te in spans):
                continue
            bare.append((aid, par, os_, oe, text[os_:oe], f, role))
    rows = [[a, par, s, e, sf, eid, "person", "", "", "family name", role, "learned", 0.6]
            for a, par, s, e, sf, eid, role in full]
    for a, par, s, e, sf, f, role in bare:
        ids = owners.get((a, f), set())
        if len(ids) == 1:
            rows.append([a, par, s, e, sf, next(iter(ids)), "person", "", "", "family name", role, "learned", 0.5])
    df = pd.DataFrame(rows, columns=_ENTITY_COLS)
    df["confidence"] = df["confidence"].astype(float)
    return df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)
