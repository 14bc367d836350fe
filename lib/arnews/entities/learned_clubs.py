"""Clubs in the corpus-level pass (:mod:`arnews.entities.learned`): what is learned and matched of a club
the per-article finder read on a sports page.

A club read before its nationality or as a foreign city named bare (``ضيفه فولفسبورغ الألماني``,
:mod:`arnews.entities.clubs`) is evidence of a club name (:func:`club_rows`, cue :data:`NATIONALITY_CUE`).
Its bare mentions elsewhere count in sports paragraphs only: not as the city (:func:`city_context`: ``في ليون``,
``بليون``, ``جنوى الإيطالية``), not where the per-article table holds a strong reading (:func:`match_dropped`).
There a learned club replaces a weak reading it opens (a person or place read from the spelling alone:
``فولفسبورج جيدا``; :func:`weak_readings`, :func:`replaced_rows`).  A foreign club's g is matched written
either way (:func:`club_forms`: فولفسبورغ، فولفسبورج).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterator

import pandas as pd

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key

__all__ = ["NATIONALITY_CUE", "common_clubs", "sport_context", "fixture_gap", "team_sporty", "club_rows", "club_flags", "club_forms", "city_context", "match_dropped", "after_side",
           "ordinary_reading", "ordinary_before", "weak_readings", "replaced_rows"]

#: the cue of a club learned from its sports-page reading (:mod:`arnews.entities.clubs`: ``فولفسبورغ الألماني``,
#: ``أمام فياريال الإسباني``), no head word: its bare mentions count in sports paragraphs only
NATIONALITY_CUE = "nationality"


#: the team word itself (فريق، الفريق، لفريق، فرق، فريقها): no evidence of a sports page when a name follows it
_TEAM = re.compile(r"^(?:[وف]?[بلك]?(?:ال|ل)?)?(?:فريق|فرق)(?:ا|ه|ها|هم|هما|ين|ان|يه|يها|يهم)?$")


def team_sporty(p) -> bool:
    """A sports paragraph (:func:`arnews.entities.known.sporty`) that uses a sport word other than the team word
    (لاعب، الموسم، معسكره): ``فريق`` + a definite word is a club there (فريق الهلال بمعسكره), not where only فريق
    itself made the paragraph sporty (تزينت بوابة فريق الكشافة ... فريق الخدمة العامة: the scouts; فريق الزيارة، فريق
    الإحصاء; corpus49: 88 such on snnall, 86 no club)."""
    from .known import is_sport_word, sporty

    if not sporty(p):
        return False
    got = p.memo.get("team_sport_word")
    if got is None:  # once per paragraph, not per head match (a paragraph of 4,000 فريق heads: fix1)
        got = p.memo["team_sport_word"] = any(kd == "word" and is_sport_word(k) and not _team_word(k)
                                              for k, kd in zip(p.keys, p.kinds))
    return got


@lru_cache(maxsize=4096)
def _team_word(k: str) -> bool:
    """The key is the team word itself (:data:`_TEAM`; no lexicon: a plain per-key cache)."""
    return _TEAM.match(k) is not None


def club_rows(entities: pd.DataFrame) -> Iterator[tuple]:
    """Evidence rows of the clubs the per-article finder read on a sports page (source ``club``, confidence
    :data:`arnews.entities.club_mentions.STRONG_CLUB`: a name before a nationality adjective, a foreign city
    named bare): the club's words, one to three, each a possible name word or a foreign one, none definite
    (a definite club word is learned after ``نادي``/``فريق`` only: الشعب is *the people*); cue
    :data:`NATIONALITY_CUE`."""
    from .club_mentions import STRONG_CLUB
    from .cues import word_info
    from .guards import gentilic
    from .learned import word_ok as _word_ok

    if "confidence" not in entities.columns:
        return
    c = entities[(entities["source"] == "club") & (entities["type"] == "organisation")
                 & (entities["confidence"].astype(float) >= STRONG_CLUB)]
    for aid, surface, eid in zip(c["article_id"].astype(str), c["surface"].astype(str), c["entity_id"].astype(str)):
        words = surface.replace("-", " ").split()
        if words and len(words) > 1 and gentilic(words[-1]):
            words = words[:-1]  # (جنوى الإيطالي: the adjective inside the span)
        if not 1 <= len(words) <= 3 or any(key(w).startswith("ال") for w in words):
            continue
        if all((_word_ok(w) or word_info(w).foreign) and not word_info(w).cue and not word_info(w).stop for w in words):
            yield tuple(words), "organisation", "club", NATIONALITY_CUE, aid, eid


#: a club's share of matches in sport is read from this many matches at least (fewer say nothing)
SHARE_MIN = 10


def common_clubs(found: list, bare: Counter, classes: list, sports_only: list, sporty: dict, share: float,
                 zipfs: list | None = None, rare: float = 0.0) -> set:
    """The learned clubs (row numbers) that are a common word (``zipfs``: the name's wordfreq Zipf from ``rare`` on,
    ordinary Arabic, not بايرن) and a common word of the corpus: fewer than ``share`` of their matches
    (``found``: (article, paragraph, start, end, surface, row, role, after a side word); ``bare``: matches per row)
    stand in a sports paragraph (``sporty``: (article, paragraph) -> bool) or after a side word (snn2000: الاتفاق
    29 of 237, mostly *the agreement*: the Iran nuclear deal; الطلبة 4 of 28, *the students*; not النصر 134 of 193).
    A club taught by its nationality reading counts in sports paragraphs only already."""
    near = Counter(f[5] for f in found if f[7] or sporty.get((f[0], f[1])))
    return {i for i, n in bare.items() if classes[i] == "club" and not sports_only[i] and n >= SHARE_MIN
            and near[i] < share * n and (zipfs is None or zipfs[i] >= rare)}


def sport_context(sporty: bool, side: bool, announced: bool, fixture: bool) -> bool:
    """A match of a common-word club (:func:`common_clubs`) is the club: in a sports paragraph, after a side word
    (مدرب الاتفاق), in an article that announces this club (نادي الاتفاق, فريق الاتفاق on a sports page: the
    interview's أين صالح بشير من الاتفاق؟) or names it in a sports paragraph (the title يكمل صفقات الاتفاق), or in a paragraph naming another learned club (a fixture: الاتفاق والهلال)."""
    return bool(sporty or side or announced or fixture)


def fixture_gap(gap: str) -> bool:
    """The text between two clubs' matches joins them as sides of a fixture: a glued و (الاتفاق والهلال) or a link
    word of ``fixture_words.csv`` (يلتقي الشباب مع الوحدة، أمام); not على, the preposition of a verbal noun as well
    (الاتفاق على التعاون: agreement on cooperation)."""
    from .fixtures import fixture_words

    words = gap.split()
    if words == ["و"]:
        return True
    if len(words) != 1:
        return False
    k = key(words[0])
    k = k[1:] if k[:1] == "و" and len(k) > 2 else k
    return fixture_words().get(k) == "link" and k != "علي"


def club_flags(live: pd.DataFrame) -> tuple[list[bool], list[bool]]:
    """Per learned name: (taught by its nationality reading alone: sports paragraphs only; a club with a
    nationality reading among its cues: the city and strong readings hold its matches)."""
    sports_only = [c == NATIONALITY_CUE and ";" not in str(cs) for c, cs in zip(live["cue"], live["cues"])]
    nat = [c == "club" and NATIONALITY_CUE in str(cs) for c, cs in zip(live["class"], live["cues"])]
    return sports_only, nat


#: the two letters a transliterated g is written with (غ، ج), swapped
_G_SWAP = str.maketrans({"غ": "ج", "ج": "غ"})


def club_forms(k: str) -> list[str]:
    """The extra forms a foreign (indefinite) club's key is matched by: its g written the other way."""
    if not k.startswith("ال") and ("غ" in k or "ج" in k):
        return [k.translate(_G_SWAP)]
    return []


#: words before a city that make it the place, not its club (as :mod:`arnews.entities.clubs` reads a bare city)
_IN_CITY = frozenset({"في", "وفي"})


def city_context(p, s: int, e: int) -> bool:
    """The match ``s..e`` (key offsets) of a club learned from its sports-page reading is the city: after في or
    a place word (في ليون، مدينة ليون), with the preposition ب (بليون), or before a feminine nationality
    adjective (جنوى الإيطالية)."""
    from .cues import word_info
    from .guards import gentilic

    t, u = bisect.bisect_right(p.starts, s) - 1, bisect.bisect_left(p.ends, e)
    if "ب" in p.ktext[p.starts[t]:s]:
        return True
    if t and p.kinds[t - 1] == "word" and (p.fkeys[t - 1] in _IN_CITY or word_info(p.toks[t - 1]).cue == "place"):
        return True
    n = u + 1
    return n < len(p.kinds) and p.kinds[n] == "word" and p.fkeys[n].endswith("ه") and bool(gentilic(p.toks[n]))


def _held(spans, s: int, e: int) -> bool:
    """An entity of the per-article table other than a weak reading overlaps ``s..e`` (original offsets)."""
    return any(s < te and ts < e and not w for ts, te, w in spans)


def match_dropped(p, s: int, e: int, spans, sports_only: bool) -> bool:
    """A match ``s..e`` (key offsets, on token boundaries) of a club with a nationality reading is not the club:
    the city (:func:`city_context`), a strong reading of the per-article table (``spans``: (start, end, weak)
    in original offsets) overlaps it, or the club is learned from that reading alone and the paragraph is no
    sports paragraph."""
    from .known import sporty as _sporty

    return city_context(p, s, e) or _held(spans, *p.original(s, e)) or (sports_only and not _sporty(p))


def after_side(p, s: int) -> bool:
    """The match at ``s`` (key offsets, no proclitic) of a learned club stands right after a word of a side
    (``club_words.csv`` kind side: فريق، مدرب، لاعب، جماهير) in a sports paragraph (``مدرب الشباب``,
    ``لاعب التعاون``): the club, whatever its article (a club learned from an ordinary word, الشباب *the youth*,
    counts elsewhere only in an article that names clubs)."""
    from .known import sporty as _sporty
    from .players import club_words

    t = bisect.bisect_right(p.starts, s) - 1
    if t < 1 or p.starts[t] != s or p.kinds[t - 1] != "word" or p.ntext[p.ends[t - 1]:p.starts[t]] != " ":
        return False
    prev = p.fkeys[t - 1]
    prev = prev[1:] if prev[:1] in "ول" and club_words().get(prev[1:]) == "side" else prev
    return club_words().get(prev) == "side" and _sporty(p)


@lexicon_cache(maxsize=2)
def ordinary_before() -> frozenset:
    """Keys of the words (``club_ordinary_words.csv``, kind before) that make the definite word right after them
    the ordinary word, not a learned club (تم الاتفاق، عدم الاتفاق)."""
    return frozenset(w for w, kd in word_kinds("club_ordinary_words.csv", ("before",), key).items() if kd == "before")


@lexicon_cache(maxsize=2)
def not_plural_words() -> frozenset:
    """Keys of ``club_plural_exceptions.csv``: definite words in ‑ون/‑ين that are no plural after a club (a day's
    name: الاثنين)."""
    return frozenset(word_kinds("club_plural_exceptions.csv", ("not_plural",), key))


def _club_head(k: str) -> bool:
    """The key ``k`` (a word before a club) is a side word (``club_words.csv``: لاعبي، فريق) or نادي, with و/ل."""
    from .players import club_words

    if k == "نادي" or club_words().get(k) == "side":
        return True  # (لاعبي: its ل is no proclitic)
    k = k[1:] if k[:1] in "ول" and len(k) > 3 else k
    return k == "نادي" or club_words().get(k) == "side"


def _function_word(w: str) -> bool:
    """A stop word, also behind a glued preposition or conjunction (جميع، لجميع، وبعض)."""
    from .cues import word_info

    return word_info(w).stop or (w[:1] in "لبوف" and len(w) > 3 and word_info(w[1:]).stop)


def ordinary_reading(p, s: int, e: int) -> bool:
    """The match ``s..e`` (key offsets, no proclitic) of a learned club written as a definite word is the ordinary
    word: right after a word that takes a verbal noun (:func:`ordinary_before`: ``وتم الاتفاق على``, ``عدم
    الاتفاق``), or before a definite sound masculine plural agreeing with it (``الطلبة المبتعثون``, after a
    function word, a glued ل or و allowed, ``لجميع الطلبة المبتعثين``; not ``وضم النصر اللاعبين``, the verb's object; not with a proclitic or after نادي or a side word, where the plural is another
    noun's: ``لاعبي النصر والهلال الموقوفين``): a club is one, its adjectives are singular (``الاتفاق العريق``)."""
    if not p.ktext.startswith("ال", s):
        return False
    t, u = bisect.bisect_right(p.starts, s) - 1, bisect.bisect_left(p.ends, e)
    if t >= 1 and p.kinds[t - 1] == "word" and p.starts[t] == s:
        prev = p.fkeys[t - 1]
        prev = prev[1:] if prev[:1] in "وف" and prev[1:] in ordinary_before() else prev
        if prev in ordinary_before():
            return True
    n = u + 1
    if p.starts[t] != s or (t >= 1 and p.kinds[t - 1] == "word" and _club_head(p.fkeys[t - 1])):
        return False  # (لاعبي النصر والهلال الموقوفين, نادي الهلال اللاعبين: the plural is the players')
    if n < len(p.kinds) and p.kinds[n] == "word" and p.ntext[p.ends[u]:p.starts[n]] == " ":
        nk = p.fkeys[n]
        from .cues import word_info  # (local, as elsewhere in this module)

        oblique = nk.endswith("ين") and t >= 1 and p.kinds[t - 1] == "word" and _function_word(p.toks[t - 1])
        if nk.startswith("ال") and len(nk) >= 6 and (nk.endswith("ون") or oblique) and nk not in not_plural_words():
            return True  # (-ين only after a function word, جميع الطلبة المبتعثين: after a verb the club is its
            # subject and -ين its object, وكرم الاتحاد اللاعبين المعتزلين; review 2)
    return False


#: person sources that rest on the spelling alone (a transliterated word, its recurrence): a learned club replaces them
_WEAK_PERSON = frozenset({"translit", "recurrence"})
#: place sources that rest on the spelling alone
_WEAK_PLACE = frozenset({"translit"})


def weak_readings(entities: pd.DataFrame) -> list[bool]:
    """Which rows of ``entities`` are a weak reading (a person or place read from the spelling alone, no cue,
    no list) that a learned club's mention replaces in a sports paragraph (أمام فياريال، من شاختار)."""
    if "source" not in entities.columns:
        return [False] * len(entities)
    return [(t == "person" and src in _WEAK_PERSON) or (t == "place" and src in _WEAK_PLACE)
            for t, src in zip(entities["type"].astype(str).tolist(), entities["source"].astype(str).tolist())]


def replaced_rows(entities: pd.DataFrame, learned: pd.DataFrame | None) -> pd.Series:
    """Which rows of ``entities`` are a weak reading (:func:`weak_readings`) a learned mention overlaps: those a
    learned club replaces (a learned mention overlaps no other entity)."""
    out = pd.Series(False, index=entities.index)
    if learned is None or not len(learned) or not len(entities):
        return out
    spans: dict[tuple, list] = defaultdict(list)
    for aid, par, s, e in zip(learned["article_id"].astype(str), learned["paragraph"].astype(int),
                              learned["start"].astype(int), learned["end"].astype(int)):
        spans[(aid, par)].append((s, e))
    hit = [w and any(s < b and a < e for a, b in spans.get((aid, par), ()))
           for aid, par, s, e, w in zip(entities["article_id"].astype(str), entities["paragraph"].astype(int),
                                        entities["start"].astype(int), entities["end"].astype(int),
                                        weak_readings(entities))]
    return pd.Series(hit, index=entities.index)
