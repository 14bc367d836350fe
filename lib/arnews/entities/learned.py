"""Names learned from the corpus: a name announced by a strong cue somewhere in the corpus is the
same kind of entity where another article writes it without the cue.

The per-article hook (:func:`arnews.entities.entities_table`) finds ``محافظة الردف``,
``نادي الهلال``, ``جماعة الحوثي`` and titled people (``الأمين العام كوفي عنان``); an article
that only writes ``الردف``, ``الهلال``, ``الحوثي`` or ``كوفي عنان`` has no cue to go on.  This
corpus-level pass (the ``learned_names`` hook) reads what the whole corpus shows:

1. **evidence** (:func:`learn_names`): the cue-announced names of the ``entities`` table whose
   cue is a *learning cue* (``learning_cues.csv``: place words, club/company/media/movement
   heads; person titles and roles of ``entity_cues.csv``; a given name opening a full name),
   plus ``فريق`` + a definite name, which this pass reads itself (``فريق النصر``: ``الفريق`` is
   a rank for the per-article finder), and the writer of a dispatch head cut off as a dateline block
   (``عبدالحليم البرقاوي- سبق- تبوك:``, cue ``dispatch``; the head itself is the ``writers`` table's, no mention).
   A name is the words after the cue (an organisation's
   head dropped, its proper part kept: ``نادي الهلال`` -> ``الهلال``); people are learned as
   full names of two words or more, and a famous person's family name alone (``كيري``) when
   two articles (three for a nisba) teach it and one person of the corpus holds
   :data:`FAMILY_OWNER` of the full names ending with it.  A club the per-article finder read on a
   sports page (``ضيفه فولفسبورغ الألماني``, :mod:`arnews.entities.clubs`) is evidence too (cue
   ``nationality``; :mod:`arnews.entities.learned_clubs`).
2. **guards** against ordinary vocabulary (``wordfreq`` Zipf through
   :func:`arnews.entities.cues.word_info`, of the rarest word of the name): below
   :data:`RARE` one cued mention is enough; below :data:`ORDINARY` the cue must be seen in two
   articles; an ordinary word (``الشباب``, ``الفتح``) needs :data:`ORDINARY_MIN` cued mentions in
   two articles (a club: after ``نادي``, not the ``فريق`` of any team), status ``context``; from
   :data:`NEVER` (``كبيرة``, ``العمل``), a cue word, a stop word, an ordinal, a verbal noun or a
   given name alone is never learned.  After a company, media or authority head only a rare
   word is a name (``شركة توشيبا``, not ``وكالة الأنباء``).
3. **mentions** (:func:`learned_mentions`): every learned name is matched again in the key text
   of each title/body/caption paragraph with one Aho-Corasick automaton (pyahocorasick),
   the longest name first, on token boundaries, behind the proclitics a name may carry
   (``والهلال``, ``للهلال``, ``بجنيف``; the members of a movement too: ``الحوثيين``), never as
   half of a transliterated name (``دونغ`` of ``دونغ لينه``); a match that overlaps an entity
   the per-article hook found is left to it.  A club, and an ordinary-word name, count only in
   an article with a cued name of the class or a paragraph naming two of its names that are
   not ordinary words; an ordinary-word name mostly uncued in the corpus
   (:data:`ORDINARY_SHARE`), a family name mostly not in its full name (:data:`FAMILY_SHARE`)
   and a name taught by one article but bare in more than :data:`SPREAD` are dropped
   (``mostly uncued``).  Only paragraphs with a match get their paragraph model.  A club taught by
   its nationality reading alone counts in sports paragraphs only (not as the city: ``في ليون``,
   ``جنوى الإيطالية``), and there replaces a weak reading it opens (a person or place read from the
   spelling alone: ``فولفسبورج جيدا``); :func:`with_learned` leaves the replaced row out (the club
   rules: :mod:`arnews.entities.learned_clubs`).  A club whose matches stand in sports paragraphs less
   than :data:`SPORT_SHARE` of the time is a common word of the corpus (``الاتفاق``, *the agreement*): it
   counts only in its sport context (a sports paragraph, a side word, an article announcing it or naming
   it in sport, a fixture), and a club's ``n_bare`` counts its matches in context only.

4. **family and given names from corpus statistics** (:mod:`arnews.entities.families`): a word that
   follows many distinct given names for a good share of its occurrences is a family name
   (``الشهري``, ``عسيري``), words before such names, after titles or before بن are given names
   (``ممدوح``, ``مسفر``); given name(s) + family name is a person, and the family name alone names
   the article's one such person again.  Rows of class ``family name``/``given name``, status
   ``statistics``; their mentions carry the cue ``family name``.

Tables: ``learned_names`` (one row per name with its evidence, status and confidence) and
``learned_mentions`` (the columns of ``entities``, source ``learned``: concatenate them with
:func:`with_learned`).  The per-article ``entities`` table is unchanged: it works alone.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from typing import Iterable, Iterator, Mapping

import pandas as pd

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key
from ..text import TEXT_ROLES, make_paragraph
from .facility_names import FACILITY_CLASS, facility_heads, facility_rows, facility_status
from .learned_clubs import (NATIONALITY_CUE, common_clubs, fixture_gap, sport_context, team_sporty, after_side, ordinary_reading, club_flags, club_forms, club_rows, match_dropped,
                            replaced_rows, weak_readings)
from .learned_clubs import city_context as _city_context  # noqa: F401  (the names of round 37)
from .learned_clubs import club_rows as _club_rows  # noqa: F401
from .learned_clubs import weak_readings as _weak_readings  # noqa: F401
from .namelinks import AAL, ABD, ABI, ABU, NASAB
from .placeids import one_word_place
from .proclitics import proclitic_set

__all__ = ["LEARNED_COLS", "learn_names", "learned_mentions", "learned_name_tables", "with_learned",
           "load_learning_cues", "RARE", "ORDINARY", "NEVER", "ORDINARY_MIN", "ORDINARY_SHARE", "FAMILY_SHARE", "SPORT_SHARE",
           "FAMILY_OWNER", "SPREAD"]

#: Zipf (wordfreq, max over clitic readings) of the rarest word of a name: below RARE one cued
#: mention teaches the name; below ORDINARY two articles must show the cue; from ORDINARY on the
#: name is ordinary vocabulary (الشباب 5.4, الخليج 5.1) and needs strong, repeated evidence and
#: context; from NEVER on it is never a learned name (كبيرة 5.6 is an adjective, العمل 5.9)
RARE, ORDINARY, NEVER = 4.0, 4.9, 5.6
#: an ordinary-word name needs this many cued mentions (in two articles at least)
ORDINARY_MIN = 3
#: ... and at least this share of its occurrences in the corpus cued
ORDINARY_SHARE = 0.1
#: a name taught by one article is something else where the corpus writes it bare in more articles than this
SPREAD = 10
#: a family name alone (الأسد) needs this share of its occurrences to be the person's full name
FAMILY_SHARE = 0.2
#: a club named by a word of Zipf RARE on whose matches stand in sports paragraphs (or after a side word) less often
#: than this share is a common word of the corpus (snn2000: الاتفاق 0.12 *the agreement*, التعاون 0.05, الطلبة 0.14; النصر 0.69, الهلال 0.64): it counts only
#: in its sport context (:func:`arnews.entities.learned_clubs.sport_context`)
SPORT_SHARE = 0.5

LEARNED_COLS = ["name", "key", "type", "class", "entity_id", "cue", "cues", "n_cued", "n_cued_articles", "articles",
                "zipf", "ordinary", "n_bare", "n_bare_articles", "confidence", "status"]

_ENTITY_COLS = ["article_id", "paragraph", "start", "end", "surface", "entity_id", "type", "name_en", "name_vi", "alias",
                "role", "source", "confidence"]

_VERBAL_NOUN = re.compile(r"^(است..ا.|ان..ا.|ا.ت.ا.|ت..ي.|ت...ي.)$")


@lexicon_cache(maxsize=4)
def _load_learning_cues(name: str) -> dict:
    out = {}
    for r in read_lexicon(name):
        cue, typ, cls = (r.get("cue") or "").strip(), (r.get("type") or "").strip(), (r.get("class") or "").strip()
        if cue and typ and cls:
            out[key(cue)] = (typ, cls)
    return out


def load_learning_cues(name: str = "learning_cues.csv") -> dict:
    """``learning_cues.csv``: key of the cue -> (type, class)."""
    return _load_learning_cues(name)


def _cue_of(word: str):
    """(type, class, cue key) of a learning cue as written (``بمدينة``, ``لنادي``), or None; the
    cue must be indefinite (``النادي الأدبي`` is a common noun with its adjective)."""
    from .cues import word_info

    k = key(word)
    info = word_info(word)
    if info.definite or k.startswith("ال"):
        return None
    cues = load_learning_cues()
    for c in (info.bare, k):
        if c in cues:
            return (*cues[c], c)
    return None


def word_ok(w: str) -> bool:
    """A word that may be (part of) a learned name: not a cue, a stop word, an ordinal, a verbal
    noun, a given name alone, a number."""
    from .cues import load_cues, word_info
    from .wordtests import ordinal_word as _ordinal

    k = key(w)
    if len(k) < 3 or not re.match(r"^[\u0621-\u064a]+$", k):
        return False
    info = word_info(w)
    core = k[2:] if k.startswith("ال") else k
    cues = load_cues()
    if info.stop or info.cue or core in cues.kind or k in cues.kind or _ordinal(w) or len(core) < 3:
        return False
    if k in cues.given or core in cues.given or _VERBAL_NOUN.match(core):
        return False
    return True


_word_ok = word_ok  # the old name, still used in this module


def _zipf(w: str) -> float:
    """Zipf of a word: the most frequent clitic reading, over its hamza spellings (الانباء is الأنباء)."""
    from .cues import word_info
    from .places import hamza_zipf as _z

    return max(word_info(w).zipf, _z(key(w)))


def _name_zipf(words) -> float:
    return min(_zipf(w) for w in words)


#: organisation classes whose heads govern a proper name of any frequency (نادي الهلال، جماعة الحوثي);
#: after the other heads (شركة، وكالة، هيئة) the genitive is mostly a common noun (وكالة الأنباء، هيئة
#: الاتصالات، شركة مدرجة): there only a rare word is a name (شركة توشيبا، صحيفة الوئام)
_PROPER_HEADS = frozenset({"club", "movement"})
#: below this a word after the other heads is a name (Zipf; الوئام 3.2, توشيبا 2.9; الإغاثة 3.9 is not)
HEAD_RARE = 3.5


def _trim(words: list[str], limit: int = 3) -> list[str]:
    """The name at the head of ``words``: the first word, then the words that are rare or foreign
    and carry no proclitic (``دومة الجندل``, ``سوانزي سيتي``; not ``الشويحطية بتكلفة بلغت``)."""
    from .cues import word_info

    run = list(words[:1])
    for w in words[1:limit]:
        info = word_info(w)
        if word_info(run[-1]).foreign and len(key(w)) <= 3 and not (info.stop or info.conj or info.cue):
            run.append(w)  # a short syllable after a transliterated one: نغوك ها
            continue
        if not _word_ok(w) or not (info.foreign or _zipf(w) < RARE) or (info.bare != key(w) and not info.foreign):
            break
        run.append(w)
    return run


def _tails(words: list[str], cls: str = "club") -> list[tuple[str, ...]]:
    """The proper names inside the words after an organisation head: the first word (when it
    may be a name) and the longer run of words that are rare or foreign (``سوانزي سيتي``,
    ``الهلال الأحمر``: up to three words).  After a club or movement head an indefinite word is
    a name only when it is foreign (``نادي أبها`` names the club after its town: bare ``أبها``
    is the town); after the other heads every word must be rare (:data:`HEAD_RARE`)."""
    from .cues import word_info

    if not words or not _word_ok(words[0]):
        return []
    first = word_info(words[0])
    if cls in _PROPER_HEADS:
        if not key(words[0]).startswith("ال") and not first.foreign:
            return []
    elif _zipf(words[0]) >= HEAD_RARE or (not key(words[0]).startswith("ال") and not first.foreign):
        return []
    run = _trim(words)
    out = [] if first.foreign and len(run) >= 2 else [(words[0],)]  # نغوك alone is half of نغوك ها
    if len(run) >= 2 and (cls in _PROPER_HEADS or _name_zipf(run) < HEAD_RARE):
        out.append(tuple(run))
    return out


def _evidence_rows(entities: pd.DataFrame) -> Iterator[tuple]:
    """(name words, type, class, cue, article, entity id) of each cue-announced name of the
    ``entities`` table whose cue is a learning cue."""
    from .cues import load_cues, word_info

    if entities is None or not len(entities):
        return
    yield from club_rows(entities)
    e = entities[entities["source"] == "cue"]
    cues = load_cues()
    for aid, surface, typ, alias, eid in zip(e["article_id"].astype(str).tolist(), e["surface"].astype(str).tolist(),
                                             e["type"].astype(str).tolist(), e["alias"].astype(str).tolist(),
                                             e["entity_id"].astype(str).tolist()):
        words = surface.replace("-", " ").split()
        if not words:
            continue
        if typ == "place":
            c = _cue_of(alias) if alias else None
            w0 = word_info(words[0])
            if c and c[0] == "place" and (_word_ok(words[0]) or (w0.foreign and not w0.cue and not w0.stop)):
                t = _trim(words)
                yield tuple(t), "place", "place", c[2], aid, eid if len(t) == len(words) else ""
        elif typ == "organisation":
            c = _cue_of(words[0])
            if c and c[0] == "organisation":
                for t in _tails(words[1:], c[1]):
                    yield t, "organisation", c[1], c[2], aid, eid if len(t) == len(words) - 1 else ""
        elif typ == "person" and alias and 2 <= len(words) <= 4:
            b = word_info(alias).bare
            b = b[2:] if b.startswith("ال") and len(b) > 3 else b
            if cues.kind.get(b) in ("title", "role") and b not in _NOT_PERSON_CUES and _person_words(words):
                yield tuple(words), "person", "person", b, aid, eid
            elif cues.kind.get(b) in ("title", "role") and b not in _NOT_PERSON_CUES and _famous_words(words):
                yield tuple(words), "person", "famous", b, aid, eid  # الرئيس بشار الأسد: see FAMOUS_ARTICLES
        elif typ == "person" and not alias and 2 <= len(words) <= 4 and key(words[0]) in cues.given \
                and _person_words(words):
            yield tuple(words), "person", "person", "given name", aid, eid  # أحمد عكاش: the given name is the cue


#: offices that are also prepositions or nouns of other senses (أمام: imam / in front of)
_NOT_PERSON_CUES = frozenset({"امام"})
_LINKS = NASAB | ABU | ABI | ABD | AAL


#: a titled full name whose family name is a common word (بشار الأسد، باراك أوباما، محمد مرسي: Zipf 4.5 to
#: :data:`NEVER`, common because the person is famous) is learned when the title names it in this many articles
FAMOUS_ARTICLES = 3


def _famous_words(words) -> bool:
    """A full name of two or three words that fails :func:`_person_words` only because a word after
    the first is common (up to :data:`NEVER`): a listed given name first, no link."""
    from .cues import load_cues

    ks = [key(w) for w in words]
    return len(words) <= 3 and ks[0] in load_cues().given and not any(k in _LINKS for k in ks) \
        and _person_words(words, NEVER)


def _person_words(words, rare: float = 4.5) -> bool:
    """A person's full name: every word a given name, a link (بن) or a name word, the words after
    the first rare (a family or foreign name: كيري، السهلاوي; not رئيس تشاد بمناسبة ذكرى), none
    behind a proclitic or a listed place, and one word at least that is not a given name alone
    (عبد الله is a given name) unless a link makes it a nasab.  Whether the first word opens a
    name (a given name, a foreign word) is :func:`_opens_name`."""
    from .cues import load_cues, word_info

    given = load_cues().given
    ks = [key(w) for w in words]
    if not all(k in given or k in _LINKS or _word_ok(w) for k, w in zip(ks, words)):
        return False
    if not all(k in given or k in _LINKS or _zipf(w) < rare for k, w in zip(ks[1:], words[1:])):
        return False  # the family name and the names after the first are rare words
    for w, k in zip(words, ks):
        if k in given or k in _LINKS:
            continue
        info = word_info(w)
        if w.endswith(("اً", "ً")) or (info.bare != k and not info.foreign and not k.startswith("ال")):
            return False  # an accusative (عسكرياً معززاً) or a word behind a proclitic (بتمارين، لبايرن)
        if one_word_place(k):
            return False  # a listed place (نجران يستعرض, درعا): not a person's name
    inner_link = any(k in _LINKS for k in ks[1:-1])
    return inner_link or any(k not in given and k not in _LINKS for k in ks)


def _opens_name(words) -> bool:
    """The first word is a given name, a link or a foreign word: one title is enough evidence
    (otherwise two articles must show it: جون كيري, not وفد كشافة)."""
    from .cues import load_cues, word_info

    k = key(words[0])
    return k in load_cues().given or k in _LINKS or word_info(words[0]).foreign


def _own_heads() -> dict:
    """The organisation learning cues that are no organisation head of ``entity_cues.csv``
    (``فريق``, ``منتخب``, ``حركة``, ``تنظيم``): key -> (type, class); this pass reads them itself."""
    from .cues import load_cues

    kinds = load_cues().kind
    return {k: v for k, v in load_learning_cues().items() if v[0] == "organisation" and kinds.get(k) != "org"}


def _stem(k: str) -> str:
    return k[:-1] if k.endswith(("ه", "ة")) else k


def _head_rows(paragraphs: Iterable) -> Iterator[tuple]:
    """An own head (:func:`_own_heads`) + a definite name (``فريق النصر``, ``لفريق الهلال السعودي``,
    ``حركة الشباب``): names the per-article finder does not announce (``الفريق`` is a rank there)."""
    heads = _own_heads()
    stems = tuple(_stem(k) for k in heads)
    for p in paragraphs:
        if p.role == "dateline":
            yield from _dateline_writer_rows(p)
            continue
        yield from facility_rows((p,))  # منفذ الطوال، مصفاة الزور: a facility word + name (facility_names)
        toks, kinds = p.toks, p.kinds
        for i in range(len(toks) - 1):
            if kinds[i] != "word" or kinds[i + 1] != "word" or not any(st in toks[i] for st in stems):
                continue
            c = _cue_of(toks[i])
            if not c or c[2] not in heads or p.ntext[p.ends[i]:p.starts[i + 1]] != " ":
                continue
            j = i + 1
            if not key(toks[j]).startswith("ال"):
                continue
            words = [toks[j]]
            while len(words) < 3 and j + 1 < len(toks) and kinds[j + 1] == "word" and p.ntext[p.ends[j]:p.starts[j + 1]] == " ":
                j += 1
                words.append(toks[j])
            sport = c[1] == "club" and team_sporty(p)  # (not فريق الكشافة: only فريق made it sporty)
            for t in _tails(words, c[1]):
                yield t, "organisation", c[1], c[2], p.article_id, "", sport


#: the cue of a person learned from the dispatch head he wrote (a dateline block: ``عبدالحليم البرقاوي- سبق- تبوك:``)
DISPATCH_CUE = "dispatch"


def _dateline_writer_rows(p) -> Iterator[tuple]:
    """The writer of a dispatch head (a dateline block, :func:`arnews.entities.bylines.dateline_writers`) as the
    evidence of a person's full name (two to four name words, :func:`_person_words`): the head is no mention of the
    analysed text, and the name it teaches is his where an article writes it bare (``وقال عبدالحليم البرقاوي``)."""
    from .bylines import dateline_writers

    for s, e, _ in dateline_writers(p):
        words = p.text[s:e].replace("-", " ").split()
        if 2 <= len(words) <= 4 and _person_words(words):
            yield tuple(words), "person", "person", DISPATCH_CUE, p.article_id, ""


def _name_key(words: tuple[str, ...]) -> str:
    return " ".join(key(w) for w in words)


def learn_names(entities: pd.DataFrame, paragraphs: Iterable = (), cued: dict | None = None) -> pd.DataFrame:
    """The names the corpus teaches (see the module docstring): one row per name with its
    evidence; ``status`` says whether it is matched (``learned``, ``context``, ``family``) or
    why not.  ``paragraphs``: paragraph models to read ``فريق``/``حركة`` + name from (those that write
    them); ``cued`` (when given) receives class -> the articles where a cue announced a
    learned name of that class (the context of :func:`learned_mentions`), and ("club", key) -> the articles that
    announce that club itself (``نادي الشباب``; ``فريق الشباب`` in a sports paragraph): its bare mentions there
    are the club, an ordinary word (status ``context``) too."""
    from .keys import name_key, org_key

    ev: dict[str, dict] = {}
    for words, typ, cls, cue, aid, eid, *sport in list(_evidence_rows(entities)) + list(_head_rows(paragraphs)):
        k = _name_key(words)
        d = ev.setdefault(k, {"forms": Counter(), "cls": Counter(), "typ": {}, "cues": Counter(), "arts": Counter(),
                              "ids": Counter()})
        d["forms"][" ".join(words)] += 1
        d["cls"][cls] += 1
        d["typ"][cls] = typ
        d["cues"][cue] += 1
        d["arts"][aid] += 1
        if cue != NATIONALITY_CUE:
            d.setdefault("cue_arts", set()).add(aid)  # (a nationality reading is no cue of the article's context)
        if cls == "club" and (cue == "نادي" or (sport and sport[0])):
            d.setdefault("club_arts", set()).add(aid)  # the article announces this club (نادي، فريق in a sports paragraph)
        if eid:
            d["ids"][eid] += 1
    rows = []
    for k in sorted(ev):
        d = ev[k]
        cls = sorted(d["cls"].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        typ = d["typ"][cls]
        name = sorted(d["forms"].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        words = name.split()
        if typ == "person" and len(words) < 2:
            continue
        if cls == "famous":  # a titled name with a common family word: many articles, then an ordinary person
            if len(d["arts"]) < FAMOUS_ARTICLES:
                continue
            cls = "person"
        z = round(_name_zipf(words), 2)
        n, na = sum(d["cues"].values()), len(d["arts"])
        if d["ids"]:
            eid = sorted(d["ids"].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        elif typ == "organisation":
            eid = "~" + org_key(["نادي" if cls == "club" else "", *words]).strip()
        else:
            eid = "~" + name_key(words)
        ordinary = z >= ORDINARY and typ != "person"
        if cls == FACILITY_CLASS:
            z, status, conf = facility_status(words, na)
            ordinary = False
        elif typ == "person":
            status, conf = ("learned", 0.7) if na >= 2 or _opens_name(words) else ("too little evidence", 0.0)
        elif z >= NEVER:
            status, conf = "ordinary word", 0.0
        elif z < RARE:
            status, conf = "learned", 0.7 + 0.05 * min(3, na - 1)
        elif z < ORDINARY:
            status, conf = ("learned", 0.65 + 0.05 * min(3, na - 2)) if na >= 2 else ("too little evidence", 0.0)
        else:
            # a club that is an ordinary word counts نادي only: فريق is any team (فريق البحث، فريق الخدمة)
            strong = d["cues"].get("نادي", 0) if cls == "club" else n
            status, conf = ("context", 0.55) if strong >= ORDINARY_MIN and na >= 2 else ("ordinary word", 0.0)
        if status in ("learned", "context") and cls == "club" and k.startswith("ال") and not d.get("club_arts"):
            status, conf = "no club context", 0.0  # a definite word after فريق, never on a sports page nor after نادي (فريق الكشافة)
        cues = ";".join(f"{c}:{m}" for c, m in sorted(d["cues"].items(), key=lambda kv: (-kv[1], kv[0])))
        arts = ";".join(sorted(d["arts"])[:5])
        rows.append([name, k, typ, cls, eid, cues.split(":")[0], cues, n, na, arts, z, ordinary, 0, 0, round(conf, 2),
                     status])
        if cued is not None and status == "learned":
            cued.setdefault(cls, set()).update(d.get("cue_arts", ()))  # فريق الهلال gives context; فريق العمل does not
        if cued is not None and status in ("learned", "context") and cls == "club" and d.get("club_arts"):
            cued[("club", k)] = set(d["club_arts"])  # the club's own context: its bare mentions in the article
    rows += _family_rows(rows, set(ev), _people_by_last_word(entities))
    return pd.DataFrame(rows, columns=LEARNED_COLS)


def _people_by_last_word(entities: pd.DataFrame) -> dict:
    """Key of the last word -> Counter of the entity ids of every person of two words or more
    that the ``entities`` table names (with a title or not: محمد الحارثي، مسفر الحارثي)."""
    out: dict[str, Counter] = defaultdict(Counter)
    if entities is None or not len(entities):
        return out
    e = entities[(entities["type"] == "person") & entities["surface"].astype(str).str.contains(" ", regex=False)]
    for surface, eid in zip(e["surface"].astype(str), e["entity_id"].astype(str)):
        out[key(surface.split()[-1])][eid] += 1
    return out


#: a family name alone is one person's when that person holds this share of the corpus's full
#: names ending with it (بشار الأسد beside a rare حافظ الأسد)
FAMILY_OWNER = 0.8


def _family_rows(rows: list[list], keys: set, people: dict | None = None) -> list[list]:
    """A learned person's family name alone (``الأسد`` of ``بشار الأسد``, ``عنان``): the last word
    of a full name that is no given name or link, owned by one person of the corpus only, taught by
    the title in two articles (three for a nisba such as ``القرضاوي``, which many share), and
    mostly that person's in the corpus (see :func:`learned_mentions`)."""
    from .cues import load_cues

    given = load_cues().given
    owners: dict[str, list] = defaultdict(list)
    for r in rows:
        if r[2] == "person" and r[-1] == "learned":
            last = r[0].split()[-1]
            k = key(last)
            if k not in given and k not in _LINKS and len(k) >= 4 and _word_ok(last):
                owners[k].append(r)
    out = []
    for k in sorted(owners):
        rs = owners[k]
        ids = {r[4] for r in rs}
        owners_k = (people or {}).get(k) or Counter()
        if k in keys or len(ids) != 1 or (owners_k and owners_k.get(next(iter(ids)), 0) < FAMILY_OWNER * sum(owners_k.values())):
            continue  # another learned name, or a family name of several people (محمد الحارثي، مسفر الحارثي)
        r = max(rs, key=lambda r: (r[7], r[0]))
        last = r[0].split()[-1]
        z = round(_zipf(last), 2)
        na = len({a for x in rs for a in x[9].split(";") if a})
        nisba = k.startswith("ال") and k.endswith("ي")
        if z >= NEVER or na < (3 if nisba else 2):
            continue  # a tribal nisba (الشهراني، الغامدي) is many people's name: famous ones only
        if all(x[5] == "given name" for x in rs) and (z >= HEAD_RARE or k.endswith("ه")):
            continue  # a given name that is also a word before a word (حسن جوار, هادي مدعومة): a rare family name only
        out.append([last, k, "person", "family", r[4], r[5], f"family name of {r[0]}", sum(x[7] for x in rs), na,
                    r[9], z, z >= ORDINARY, 0, 0, 0.6, "family"])
    return out


#: a word before a family name that makes it no person's name (نصيب الأسد: the lion's share)
_IDIOM_BEFORE = frozenset(key(w) for w in ("نصيب",))


def _family_word_taken(text: str, s: int) -> bool:
    """A learned family name alone at ``s`` is another person's name after a listed given name or a
    link (صالح عباس، ابن عباس: not محمود عباس) or a word of an idiom (نصيب الأسد، بنصيب "الأسد")."""
    from .cues import load_cues

    head = text[:s].rstrip("\"“«'")
    before = head.split()
    if not before or not head[-1:].isspace():
        return False
    given = load_cues().given
    k = key(before[-1].strip("\"“«”»'("))
    k = k[1:] if k[:1] in ("و", "ب") and (k[1:] in given or k[1:] in _IDIOM_BEFORE) else k
    return k in given or k in _LINKS or k in _IDIOM_BEFORE


def _automaton(names: pd.DataFrame):
    """One automaton over the key text: pattern -> [(row, characters of the article/proclitic part
    that belong to the match before the name: 0, or 1 for ``لل``)]."""
    import ahocorasick

    A = ahocorasick.Automaton()
    pats: dict[str, list] = defaultdict(list)
    for i, (k, cls) in enumerate(zip(names["key"], names["class"])):
        forms = [k]
        if cls == "movement" and k.endswith("ي") and " " not in k:
            forms += [k + "ين", k + "ون"]  # the members of a movement: الحوثي -> الحوثيين، الحوثيون
        if cls == "club":
            forms += club_forms(k)  # a foreign club's g written either way: فولفسبورغ، فولفسبورج
        for f in forms:
            if f.startswith("ال") and len(f) > 4:
                pats[f].append((i, "art"))
                pats["ل" + f[1:]].append((i, "ll"))  # للهلال: li- + the article
            else:
                pats[f].append((i, "bare"))
    for p, v in pats.items():
        A.add_word(p, (len(p), tuple(v)))
    A.make_automaton()
    return A


def _hits(A, ktext: str) -> list[tuple[int, int, int, str]]:
    return [(end + 1 - ln, end + 1, i, how) for end, (ln, vals) in A.iter(ktext) for i, how in vals]


def _valid(p, s: int, e: int, how: str, club: bool = False) -> int | None:
    """Start of the name when the match ``s..e`` of the key text sits on token boundaries behind
    the proclitics its kind allows; None otherwise."""
    t = bisect.bisect_right(p.starts, s) - 1
    if t < 0 or p.kinds[t] != "word" or p.ends[t] <= s:
        return None
    u = bisect.bisect_left(p.ends, e)
    if u >= len(p.ends) or p.ends[u] != e or any(p.kinds[x] not in ("word",) for x in range(t, u + 1)):
        return None
    pre = p.ktext[p.starts[t]:s]
    # the proclitics a matched name may carry (proclitic_sets.csv): before the article, before لل (li- + the
    # article), before an indefinite name (not ك: كبيش is no بيش)
    allowed = proclitic_set("before_article") if how == "art" else proclitic_set("before_ll") if how == "ll" \
        else proclitic_set("conj_prep")
    if pre not in allowed:
        return None
    if _transliterated(p, t, u) and (_foreign_neighbour(p, t - 1, t) or _foreign_neighbour(p, u + 1, u)
                                     or _syllable_after(p, u, club)):
        return None  # part of a longer transliterated name (دونغ of دونغ لينه, نغوك of نغوك ها)
    return s + 1 if how == "ll" else s


def _transliterated(p, t: int, u: int) -> bool:
    from .cues import word_info

    return any(word_info(p.toks[x]).foreign for x in range(t, u + 1))


def _syllable_after(p, u: int, club: bool = False) -> bool:
    """Token u is a transliterated word and the next token, right after it, is a short syllable
    (not a function word): one name of several syllables.  After a club learned from its nationality
    reading (``club``) the syllable must be a rare word (فولفسبورج بطل كأس: بطل is *champion*)."""
    from .cues import word_info

    j = u + 1
    if j >= len(p.kinds) or p.kinds[j] != "word" or not word_info(p.toks[u]).foreign:
        return False
    gap = p.ntext[p.ends[u]:p.starts[j]]
    info = word_info(p.toks[j])
    return not gap.strip() and "\n" not in gap and len(p.fkeys[j]) <= 3 and not (info.stop or info.conj or info.cue) \
        and not (club and info.zipf >= RARE)


def _foreign_neighbour(p, j: int, i: int) -> bool:
    """Token j, next to token i with white space only between them, is a foreign word."""
    from .cues import word_info

    if not (0 <= j < len(p.kinds)) or p.kinds[j] != "word":
        return False
    a, b = (p.ends[j], p.starts[i]) if j < i else (p.ends[i], p.starts[j])
    gap = p.ntext[a:b]
    return not gap.strip() and "\n" not in gap and word_info(p.toks[j]).foreign


def learned_mentions(names: pd.DataFrame, paragraph_parts: Iterable[pd.DataFrame], entities: pd.DataFrame | None = None,
                     only: set | None = None, cued: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Match the learned names (``status`` learned/context) in every title/body/caption
    paragraph (``paragraph_parts``: DataFrames with article_id, paragraph, role, lang, text,
    text_norm), leaving out spans the per-article ``entities`` already hold.  Returns the
    mentions (the columns of ``entities``, source ``learned``; only the articles ``only`` when
    given) and ``names`` with their bare counts and final status.

    Context: a club name (any: ``التعاون`` is also *cooperation*, ``الإحصاء`` *statistics*) and an
    ordinary-word name of another class count only in an article where a cue announced a name
    of the class (``cued``, from :func:`learn_names`) or where a paragraph names two of the
    class that are not ordinary words; a name taught by one article that the corpus writes bare in more than
    :data:`SPREAD` articles is something else there (``حي عكاظ`` once, the paper عكاظ everywhere)."""
    from ..normalize import translator

    names = names.reset_index(drop=True).copy()
    live = names[names["status"].isin(["learned", "context", "family"])].reset_index(drop=True)
    empty = pd.DataFrame(columns=_ENTITY_COLS)
    if not len(live):
        return empty, names
    A = _automaton(live)
    ktab = translator("key")  # text.translate(_table(KEY_STEPS)), faster
    taken: dict[tuple, list] = defaultdict(list)
    if entities is not None and len(entities):
        weak = weak_readings(entities)
        for aid, par, s, e, w in zip(entities["article_id"].astype(str).tolist(), entities["paragraph"].astype(int).tolist(),
                                     entities["start"].astype(int).tolist(), entities["end"].astype(int).tolist(), weak):
            taken[(aid, par)].append((s, e, w))
    from .known import sporty as _sporty

    sports_only, nat = club_flags(live)
    classes_ = live["class"].tolist()
    roles = frozenset(TEXT_ROLES)
    found = []  # (article, paragraph, start, end, surface, row, role)
    texts = {}  # (article, paragraph) -> text, of the paragraphs with a match
    sporty = {}  # (article, paragraph) -> a sports paragraph, of the paragraphs with a match
    for part in paragraph_parts:
        part = part[part["role"].isin(roles)] if "role" in part.columns else part
        norms = part["text_norm"] if "text_norm" in part.columns else part["text"]
        for aid, par, role, text, nt, lang in zip(part["article_id"].astype(str).tolist(), part["paragraph"].astype(int).tolist(),
                                                 part["role"].tolist() if "role" in part.columns else ["body"] * len(part),
                                                 part["text"].tolist(), norms.tolist(),
                                                 part["lang"].tolist() if "lang" in part.columns else [""] * len(part)):
            if not isinstance(text, str) or not text:
                continue
            nt = nt if isinstance(nt, str) and nt else None
            if nt is None:
                p = make_paragraph(text, lang or "", aid, par, role)
                hits = _hits(A, p.ktext)
            elif _hits(A, ktab(nt)):
                # the stored normalised text only says where to look; the paragraph model is
                # made from the text itself (its offset map must be its own)
                p = make_paragraph(text, lang or "", aid, par, role)
                hits = _hits(A, p.ktext)
            else:
                continue
            if not hits or p.rules != "ar":
                continue
            good = []
            for s, e, i, how in hits:
                s2 = _valid(p, s, e, how, nat[i])
                if s2 is not None and classes_[i] == "club" and ordinary_reading(p, s2, e):
                    continue  # the ordinary word (تم الاتفاق، الطلبة المبتعثون): neither matched nor counted bare
                if s2 is not None and nat[i] and match_dropped(p, s2, e, taken.get((aid, par), ()), sports_only[i]):
                    continue  # (بايرن ميونيخ beside a listed ميونيخ or in a title: the shorter learned بايرن may still match)
                if s2 is not None:
                    good.append((s2, e, i))
            good.sort(key=lambda h: (h[0], -(h[1] - h[0]), h[2]))
            end = -1
            for s, e, i in good:
                if s < end:
                    continue
                end = e
                os_, oe = p.original(s, e)
                side = classes_[i] == "club" and after_side(p, s)
                found.append((aid, par, os_, oe, text[os_:oe], i, role, side))
                texts[(aid, par)] = text
                if (aid, par) not in sporty:
                    sporty[(aid, par)] = _sporty(p)
    # counts of every match, then the context rule and the share of cued occurrences
    bare = Counter(f[5] for f in found)
    arts_of: dict[str, set] = defaultdict(set)  # (one pass: the set per class was a pass over every match)
    for f in found:
        arts_of[f[5]].add(f[0])
    bare_arts = {i: len(arts_of[i]) for i in bare}
    common = common_clubs(found, bare, classes_, sports_only, sporty, SPORT_SHARE, live["zipf"].tolist(), RARE)
    cls_arts: dict[str, set] = defaultdict(set)  # class -> articles where it has a cue or two names
    own: dict[str, set] = {}  # club key -> the articles that announce that club (نادي; فريق in a sports paragraph)
    for c, arts in (cued or {}).items():
        if isinstance(c, tuple):
            own[c[1]] = arts
        else:
            cls_arts[c].update(arts)
    per_art: dict[tuple, set] = defaultdict(set)
    classes, keys, zs = live["class"].tolist(), live["key"].tolist(), live["zipf"].tolist()
    for f in found:
        if zs[f[5]] < ORDINARY and (not sports_only[f[5]] or sporty.get((f[0], f[1]))):  # الاتفاق beside التعاون is
            per_art[(f[0], f[1], classes[f[5]])].add(keys[f[5]])  # an agreement beside cooperation (a club of the sports pages: in one)
    for (a, _, c), ks in per_art.items():
        if len(ks) >= 2:
            cls_arts[c].add(a)  # a paragraph names two clubs, none an ordinary word: يجمع الهلال بالنصر
    dead = set()
    full = {}  # entity id -> mentions of a learned person's full name (cued and bare)
    # (the rows read as plain records, not iterrows' Series: live's index is 0..n-1)
    recs = live.to_dict("records")
    for i, r in enumerate(recs):
        if r["type"] == "person" and r["class"] == "person":
            full[r["entity_id"]] = full.get(r["entity_id"], 0) + r["n_cued"] + bare.get(i, 0)
    for i, r in enumerate(recs):
        if r["status"] == "context" and r["class"] != "club" and r["n_cued"] < ORDINARY_SHARE * (
                r["n_cued"] + bare.get(i, 0)):
            dead.add(i)  # (a club is matched only beside its cue or another club: the share says nothing more)
        elif r["n_cued_articles"] == 1 and bare_arts.get(i, 0) > SPREAD:
            dead.add(i)
        elif r["status"] == "family" and full.get(r["entity_id"], 0) < FAMILY_SHARE * (
                full.get(r["entity_id"], 0) + bare.get(i, 0)):
            dead.add(i)  # the family name is an ordinary word, mostly not this person's (صالح)
    rows = []
    sport_arts = {(f[5], f[0]) for f in found if f[5] in common and (f[7] or sporty.get((f[0], f[1])))}  # (its title too)
    fixtures = set()  # (article, paragraph, start) of a club match joined to another club's (الاتفاق والهلال)
    by_par: dict[tuple, list] = defaultdict(list)
    for f in found:
        if classes_[f[5]] == "club":
            by_par[(f[0], f[1])].append((f[2], f[3], keys[f[5]]))
    for (aid, par), ms in by_par.items():
        ms.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(ms, ms[1:]):
            if k1 != k2 and fixture_gap(texts[(aid, par)][e1:s2]):
                fixtures.update({(aid, par, s1), (aid, par, s2)})
    counted: Counter = Counter()  # a club's matches in its context (its bare count in the names table)
    counted_arts: dict[int, set] = defaultdict(set)
    for aid, par, s, e, surface, i, role, side in found:
        r = recs[i]
        if i in dead:
            continue
        if i in common and not sport_context(sporty.get((aid, par)), side, aid in own.get(r["key"], ()) or (i, aid) in sport_arts,
                                             (aid, par, s) in fixtures):
            continue  # a club that is a common word of the corpus (الاتفاق *the agreement*) outside its sport context
        if sports_only[i] and not sporty.get((aid, par)):
            continue  # a club learned from its sports-page reading (ليون، ميلان) is the city elsewhere: the paragraph is its context
        if (r["status"] == "context" or r["class"] == "club") and aid not in cls_arts[r["class"]] and not sports_only[i] \
                and not (r["class"] == "club" and (side or aid in own.get(r["key"], ()))):
            continue  # (a club: also in the article that announces it, or after a side word on a sports page)
        counted[i] += 1  # (also where the per-article table holds the club: a bare use in context all the same)
        counted_arts[i].add(aid)
        over = [w and s <= ts for ts, te, w in taken.get((aid, par), ()) if s < te and ts < e]
        if over and not (r["class"] == "club" and all(over) and sporty.get((aid, par))):
            continue  # a learned club replaces a weak reading it opens in a sports paragraph (with_learned)
        if r["status"] == "family" and _family_word_taken(texts[(aid, par)], s):
            continue
        if only is not None and aid not in only:
            continue
        rows.append([aid, par, s, e, surface, r["entity_id"], r["type"], "", "", r["cue"], role, "learned",
                     float(r["confidence"])])
    # the names table: bare counts and the final status
    pos = {k: j for j, k in enumerate(names["key"])}
    for i, r in enumerate(recs):
        j = pos[r["key"]]
        club = r["class"] == "club" and i not in dead  # a club's bare mentions: those in its context (not every match)
        names.at[j, "n_bare"] = int(counted.get(i, 0) if club else bare.get(i, 0))
        names.at[j, "n_bare_articles"] = int(len(counted_arts.get(i, ())) if club else bare_arts.get(i, 0))
        if i in dead:
            names.at[j, "status"] = "mostly uncued"
            names.at[j, "confidence"] = 0.0
    df = pd.DataFrame(rows, columns=_ENTITY_COLS)
    df["confidence"] = df["confidence"].astype(float)
    df = df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)
    return df, names


# --- the corpus-level hook -------------------------------------------------------------------------------

_PCOLS = ["article_id", "paragraph", "role", "lang", "text", "text_norm"]


def _paragraph_parts(tables, rows: int = 25_000) -> Iterator[pd.DataFrame]:
    """The paragraphs table part by part: straight from the build's Parquet file when there is
    one (memory stays bounded on 15,000 articles), else the table as given."""
    f = getattr(tables, "_file", None)
    path = f("paragraphs") if callable(f) else None
    if path is not None and path.suffix == ".parquet":
        import pyarrow.parquet as pq

        keep = getattr(tables, "_ids", None)
        keep = None if keep is None else set(keep)
        pf = pq.ParquetFile(path)
        cols = [c for c in _PCOLS if c in pf.schema_arrow.names]
        for batch in pf.iter_batches(batch_size=rows, columns=cols):
            # Python strings, not pandas' Arrow-backed str: every pass below iterates over the
            # columns value by value, which costs an Arrow scalar conversion per value
            df = pd.DataFrame({c: pd.Series(batch.column(c).to_numpy(zero_copy_only=False),
                                            dtype=object if c != "paragraph" else None) for c in cols}, columns=cols)
            if keep is not None:
                df = df[df["article_id"].isin(keep)]
            if len(df):
                yield df
        return
    try:
        df = tables["paragraphs"]
    except KeyError:
        return
    if df is not None and len(df):
        for a in range(0, len(df), rows):
            yield df.iloc[a:a + rows]


def _head_paragraphs(parts: Iterable[pd.DataFrame]):
    """Paragraph models of the title/body/caption paragraphs that write an own head (فريق، حركة
    ...) or a facility word (مطار، منفذ: :mod:`arnews.entities.facility_names`), and of the dateline blocks that end
    with a colon (dispatch heads: their writers, :func:`_dateline_writer_rows`); the others are never built."""
    roles = frozenset(TEXT_ROLES)
    pat = "|".join(sorted({_stem(k) for k in _own_heads()} | set(facility_heads())))
    for part in parts:
        col = part["text_norm"] if "text_norm" in part.columns else part["text"]
        m = col.fillna("").str.contains(pat, regex=True)
        if "role" in part.columns:
            m &= part["role"].isin(roles)
            m |= (part["role"] == "dateline") & part["text"].fillna("").str.rstrip().str.endswith((":", "："))
        sub = part[m]
        for aid, par, role, text, nt, lang in zip(sub["article_id"].astype(str).tolist(), sub["paragraph"].astype(int).tolist(),
                                                 sub["role"].tolist() if "role" in sub.columns else ["body"] * len(sub),
                                                 sub["text"].tolist(), sub["text_norm"].tolist() if "text_norm" in sub.columns else
                                                 [None] * len(sub),
                                                 sub["lang"].tolist() if "lang" in sub.columns else [""] * len(sub)):
            p = make_paragraph(text if isinstance(text, str) else "", lang or "", aid, par, role)
            if p.rules == "ar":
                yield p


def learned_tables(entities: pd.DataFrame, parts, only: set | None = None) -> dict[str, pd.DataFrame]:
    """``learned_names`` and ``learned_mentions`` from the ``entities`` table and a callable
    returning the paragraphs part by part (read twice: to learn, then to match)."""
    cued: dict = {}
    names = learn_names(entities, _head_paragraphs(parts()), cued)
    mentions, names = learned_mentions(names, parts(), entities, only=only, cued=cued)
    # a famous man's family name alone is matched after the family-statistics pass (which may find صالح عباس)
    alone = _famous_alone(mentions, names)
    held = mentions[alone]
    mentions = mentions[~alone].reset_index(drop=True)
    fam_names, fam_mentions = _family_tables(entities, mentions, parts, only)
    if len(held):
        spans = defaultdict(list)  # the family-statistics mentions, by paragraph
        t = fam_mentions
        for aid, par, a, b in zip(t["article_id"].astype(str), t["paragraph"].astype(int), t["start"].astype(int),
                                  t["end"].astype(int)) if len(t) else ():
            spans[(aid, par)].append((a, b))
        keep = [not any(a < e and s_ < b for a, b in spans.get((aid, par), ()))
                for aid, par, s_, e in zip(held["article_id"].astype(str), held["paragraph"].astype(int),
                                           held["start"].astype(int), held["end"].astype(int))]
        held = held[keep]
        mentions = pd.concat([mentions, held], ignore_index=True) if len(mentions) else held.reset_index(drop=True)
        if not len(fam_mentions):
            mentions = mentions.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)
    if len(fam_names):
        names = pd.concat([names, fam_names], ignore_index=True) if len(names) else fam_names
    if len(fam_mentions):
        mentions = pd.concat([mentions, fam_mentions], ignore_index=True) if len(mentions) else fam_mentions
        mentions = mentions.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)
    mentions = _others_family(mentions, names, entities)
    return {"learned_names": names, "learned_mentions": _named_mentions(mentions, entities)}


def _named_mentions(mentions: pd.DataFrame, entities: pd.DataFrame | None) -> pd.DataFrame:
    """Learned mentions carry their entity's English name: the name the article-level table gives
    that id, else, for an organisation, the proper-name sense of its written form's news gloss
    (الحوثيين -> Houthis; :func:`arnews.entities.table.organisation_name_en`)."""
    if not len(mentions) or "name_en" not in mentions.columns:
        return mentions
    todo = mentions["name_en"].fillna("").astype(str) == ""
    if not todo.any():
        return mentions
    from .table import organisation_name_en  # (table reads this module's neighbours: imported late)

    named: dict = {}
    if entities is not None and len(entities) and {"entity_id", "name_en"} <= set(entities.columns):
        for e, n in zip(entities["entity_id"].astype(str), entities["name_en"].fillna("").astype(str)):
            if n:
                named.setdefault(e, n)
    by_surface: dict = {}
    names = []
    for e, t, s, n in zip(mentions["entity_id"].astype(str), mentions["type"].astype(str),
                          mentions["surface"].astype(str), mentions["name_en"].fillna("").astype(str)):
        if not n:
            n = named.get(e, "")
            if not n and t == "organisation":
                if s not in by_surface:
                    by_surface[s] = organisation_name_en(s)
                n = by_surface[s]
                if n:
                    named.setdefault(e, n)
        names.append(n)
    mentions = mentions.copy()
    mentions["name_en"] = names
    return mentions


def _family_ids(names: pd.DataFrame) -> set:
    """The entity ids of the learned family names (status ``family``)."""
    return set(names.loc[names["status"] == "family", "entity_id"].astype(str))


def _famous_alone(mentions: pd.DataFrame, names: pd.DataFrame) -> pd.Series:
    """Which mentions are a learned family name alone (status ``family``, one word)."""
    if not len(mentions) or not len(names):
        return pd.Series(False, index=mentions.index)
    fam = _family_ids(names)
    return mentions["entity_id"].astype(str).isin(fam) & ~mentions["surface"].astype(str).str.contains(" ", regex=False)


def _others_family(mentions: pd.DataFrame, names: pd.DataFrame, entities: pd.DataFrame | None) -> pd.DataFrame:
    """Drop a learned family name alone (status ``family``) in an article that names another person
    whose name ends with it (صالح عباس ... عباس: his, not محمود عباس's)."""
    if not len(mentions) or not len(names):
        return mentions
    fam = _family_ids(names)
    if not fam:
        return mentions
    owners: dict[tuple, set] = defaultdict(set)
    for t in (entities, mentions):
        if t is None or not len(t):
            continue
        pe = t[(t["type"] == "person") & t["surface"].astype(str).str.contains(" ", regex=False)]
        for aid, surface, eid in zip(pe["article_id"].astype(str).tolist(), pe["surface"].astype(str).tolist(),
                                     pe["entity_id"].astype(str).tolist()):
            owners[(aid, key(surface.split()[-1]))].add(eid)
    drop = [eid in fam and " " not in sf and bool(owners.get((aid, key(sf)), set()) - {eid})
            for aid, sf, eid in zip(mentions["article_id"].astype(str).tolist(), mentions["surface"].astype(str).tolist(),
                                    mentions["entity_id"].astype(str).tolist())]
    return mentions[[not d for d in drop]].reset_index(drop=True)


def _family_tables(entities: pd.DataFrame | None, mentions: pd.DataFrame, parts, only: set | None):
    """Family and given names learned from corpus statistics (:mod:`arnews.entities.families`):
    their rows of ``learned_names`` (class ``family name``/``given name``, status ``statistics``)
    and their mentions the per-article table and the cue-learned names do not hold."""
    from . import families as F

    st = F.family_statistics(parts())
    fams = F.learn_families(st)
    if not fams:
        return pd.DataFrame(columns=LEARNED_COLS), pd.DataFrame(columns=_ENTITY_COLS)
    F.count_before(parts(), st, fams)
    givens = {**F.nasab_givens(st), **F.titled_givens(entities, st), **F.learn_givens(st, fams)}
    taken: dict[tuple, list] = defaultdict(list)
    people: dict[tuple, set] = defaultdict(set)
    for df in (entities, mentions):
        if df is None or not len(df):
            continue
        for aid, par, s, e, typ, surface, eid in zip(df["article_id"].astype(str).tolist(), df["paragraph"].astype(int).tolist(),
                                                     df["start"].astype(int).tolist(), df["end"].astype(int).tolist(),
                                                     df["type"].astype(str).tolist(), df["surface"].astype(str).tolist(),
                                                     df["entity_id"].astype(str).tolist()):
            taken[(aid, par)].append((s, e))
            ws = surface.split()
            if typ == "person" and len(ws) >= 2:
                for w in ws[1:]:  # (جابر عسيري ابن عم الشهيد: عسيري alone may be him too)
                    if key(w) in fams:
                        people[(aid, key(w))].add(eid)
    found = F.family_mentions(parts(), fams, givens, taken, people, only, F.institution_heads(st))
    from .family_runs import family_runs  # جنكيز خان: a transliterated place ending on a family name (names61e)

    ends = set(fams) | {w for w, gs in st.givens.items() if len(gs) >= F.MIN_GIVENS and len(st.arts[w]) >= F.MIN_ARTICLES}
    runs = family_runs(entities, ends, only)
    if len(runs):
        found = pd.concat([found, runs], ignore_index=True) if len(found) else runs
        found = found.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)
    n_bare = Counter(key(s) for s in found["surface"]) if len(found) else Counter()
    rows = []
    for cls, table in (("family name", fams), ("given name", givens)):
        for k in sorted(table):
            share, n_names, na, z = table[k]
            after = "given names" if cls == "family name" else "family names"
            rows.append([k, k, "person", cls, "", f"after {after}" if cls == "family name" else f"before {after}",
                         f"{n_names} {after}; share {share:.2f} of {st.total[k]}", int(round(share * st.total[k])), int(na),
                         "", float(z), bool(z >= ORDINARY), int(n_bare.get(k, 0)), 0, 0.6, "statistics"])
    names = pd.DataFrame(rows, columns=LEARNED_COLS)
    return names, found


def learned_name_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level): the names the corpus teaches and their mentions without a cue."""
    from ..tables import table_columns

    entities = table_columns(tables, "entities", ["article_id", "paragraph", "start", "end", "surface", "entity_id", "type", "alias",
                                                  "source", "confidence"])
    return learned_tables(entities, lambda: _paragraph_parts(tables))


def with_learned(entities: pd.DataFrame, learned: pd.DataFrame | None) -> pd.DataFrame:
    """The ``entities`` table with the ``learned_mentions`` of the corpus-level pass, in order; the weak
    readings a learned club replaces (:func:`replaced_rows`) left out."""
    if learned is None or not len(learned):
        return entities
    entities = entities[~replaced_rows(entities, learned)]
    df = pd.concat([entities, learned[entities.columns]], ignore_index=True)
    return df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)
