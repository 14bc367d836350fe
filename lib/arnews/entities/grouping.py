"""One name, one id within an article (names round 50, issue 14).

The strict entity count wants every mention of one entity under one id; a notebook counting entities by id
counts a split entity twice.  Three article-level rules, applied after the other grouping passes of
:func:`arnews.entities.table._group_within_article`:

* :func:`unify_same_surface`: the same name written again in the article (the same words, without
  proclitics and the article: ``حرس الحدود``، ``وحرس الحدود``) and typed alike is one entity.  A listed id
  (gazetteer ``~geo:``, ``~org:`` ...) wins over found keys; else the id most of the article's mentions carry.
  Not for a one-word person (``السليمان`` may be two people of one family), nor a common one-word name
  found under two keys (``الهيئة`` short for two bodies), nor when two listed ids share the form (two listed entities of one spelling are the text's to tell apart).
* :func:`join_head_and_name`: a company's name alone and its name with a kind head or a ``لـ`` tail
  (``شركة نوفوزيم للإنزيمات`` / ``نوفوزيم``, ``ميدغلف للتأمين`` / ``ميدغلف``) are one organisation
  when the name is a rare word (not ``الاتفاق`` *agreement*) and only one longer form of the article holds it.
* :func:`same_name_rows`: rows for the same multi-word place or organisation name (or a rare one-word
  organisation name found after a company's kind head, by a listing or the market list; not a transliterated guess, whose type is
  a guess) written again where nothing was found:
  ``سوق عكاظ`` at one place of the article and missed at another.
Pure functions over the article's mutable rows (``ENTITY_COLS``).
"""
from __future__ import annotations

import re
from collections import Counter

from ..lexicons import lexicon_derived
from ..normalize import WORD_CACHE, key
from ..spans import claim
from .coordination import given_only
from .cues import word_info
from .guards import gentilic, place_index
from .keys import name_key, org_key
from .known import KIND_HEADS
from .namelinks import NASAB as _NASAB  # (بن، ابن، بنت: the words that link a name to a father's)
from .proclitics import proclitics

__all__ = ["join_person_parts", "part_of_name", "unify_same_surface", "join_head_and_name", "same_name_rows", "surface_key"]

I_SUR, I_ID, I_TYP, I_SRC = 4, 5, 6, 11
#: a one-word organisation name recurs alone (or is the same as its headed form) under this Zipf
RARE_NAME_ZIPF = 3.5
#: a one-word name this common (الهيئة، اللجنة) found under two ids is not joined unless one id is listed
COMMON_ONE_WORD_ZIPF = 4.0
#: a multi-word name all of whose words are at least this common (and none a nationality adjective) is a run of
#: ordinary words (الطاقة النظيفة، القناة الجديدة، مجلس الإدارة): not repeated unless listed or joined to a fuller name
COMMON_NAME_WORD_ZIPF = 4.0
#: id prefixes of listed entities (the gazetteer's places, the known organisations, clubs, people)
_LISTED = ("~geo:", "~org:", "~club:", "~pers:")


def surface_key(surface: str) -> str:
    """The words of a name without proclitics, the article and tatweel (:func:`keys.org_key`)."""
    return org_key(surface.replace("ـ", "").replace("-", " ").split())


def listed(eid: str) -> bool:
    return not eid.startswith("~") or eid.startswith(_LISTED)




def part_of_name(ws: list[str], fws: list[str]) -> bool:
    """Whether a person named by the words ``ws`` (name-key skeletons) is the person of the fuller name ``fws``:
    every word stands in the fuller; two words or more begin with its given name, or end it after a name word
    (``تشاوش أوغلو``; but ``سلمان بن عبدالعزيز`` is not ``سلطان بن سلمان بن عبدالعزيز``: his father's name); one word is not a father's name inside the nasab
    (``سعد`` is not ``مفرج بن سعد الحقباني``), unless it ends the name (``بن لادن``)."""
    if len(fws) <= len(ws) or not all(w in fws for w in ws):
        return False
    if len(ws) >= 2:
        if ws[0] == fws[0]:
            return True
        n = len(ws)  # a family name of two words or more ends the fuller, after a name word (تشاوش أوغلو)
        return fws[-n:] == ws and fws[-n - 1] not in _NASAB
    t = fws.index(ws[0])
    return not (t > 0 and fws[t - 1] in _NASAB and t < len(fws) - 1)


def join_person_parts(found: list[list], iid: int, ityp: int, isrc: int, isur: int) -> None:
    """Within one article, a person named by part of a fuller name found (by a cue, a transliteration, a pair, a
    coordination) takes the fuller name's id (:func:`part_of_name`; the longest fuller name first)."""
    words_of: dict[str, list] = {}
    for r in found:
        if listed(r[iid]):
            continue  # (a listed person, a bare figure's ~pers: id, is no part of another man's name: fixn)
        if r[ityp] == "person" and (r[isrc] in ("cue", "translit", "pair") or r[isrc] == "coord" and not given_only(r[isur])):
            words_of.setdefault(r[iid], [name_key(w) for w in r[isur].replace("-", " ").split()])
    full = sorted(words_of.items(), key=lambda kv: -len(kv[1]))
    remap = {}
    figures = {name_key(r[isur].split()[-1]): r[iid] for r in found
               if r[ityp] == "person" and str(r[iid]).startswith("~pers:") and r[isur].split()}
    for eid, ws in words_of.items():  # علي عبدالله صالح: the full name that ends in a bare figure's word is the figure
        if len(ws) >= 2 and ws[-1] in figures:
            remap[eid] = figures[ws[-1]]
    for eid, ws in words_of.items():
        for feid, fws in full:
            if eid in remap:
                break
            if feid != eid and part_of_name(ws, fws):
                remap[eid] = feid
                break
    for r in found:  # (uncued runs whose key is a cued person's join the person too)
        if r[iid] in remap:
            e = remap[r[iid]]
            r[iid] = remap.get(e, e)  # (a part of علي عبدالله صالح: the figure's id)


_KIND_OF = {"~geo:": "place", "~org:": "organisation", "~club:": "organisation", "~pers:": "person"}


def _fits(eid: str, typ: str) -> bool:
    """A listed id names an entity of this type (a place's id is no organisation's)."""
    return next((t == typ for pre, t in _KIND_OF.items() if eid.startswith(pre)), True)


def unify_same_surface(rows: list[list]) -> int:
    """Give the mentions of one article that write the same name (same type) one id (module docstring);
    returns the number of rows changed."""
    groups: dict[tuple, list] = {}
    for r in rows:
        eid = str(r[I_ID])
        if not eid or r[I_TYP] not in ("person", "place", "organisation"):
            continue
        k = surface_key(r[I_SUR])
        if len(k.replace(" ", "")) < 3 or (r[I_TYP] == "person" and " " not in k):
            continue
        groups.setdefault((r[I_TYP], k), []).append(r)
    count = Counter(str(r[I_ID]) for r in rows)
    changed = 0
    for rs in groups.values():
        ids = list(dict.fromkeys(str(r[I_ID]) for r in rs))
        if len(ids) < 2:
            continue
        known = [e for e in ids if listed(e)]
        if len(known) > 1 or known and not _fits(known[0], rs[0][I_TYP]):
            continue  # (نادي باريس under a city's id: not the club's)
        if " " not in surface_key(rs[0][I_SUR]) and not known and word_info(rs[0][I_SUR]).zipf >= COMMON_ONE_WORD_ZIPF:
            continue  # (الهيئة، اللجنة short for two bodies of the article: the text's to tell apart)
        bare = [e for e in ids if not any(e[1:2] in "وبلفك" and e[2:] == f[1:] for f in ids)]  # (~لبيونجيانج)
        win = known[0] if known else max(bare, key=lambda e: (count[e], -ids.index(e)))
        for r in rs:
            if r[I_ID] != win:
                r[I_ID] = win
                changed += 1
    return changed


def _core(words: list[str]) -> list[str]:
    """A company's name inside its longer form: without a kind head (شركة، مجموعة ...), from the first ``لـ``
    word on (للتأمين، للإنزيمات) and without trailing definite adjectives (الرياضية، السعودية)."""
    ws = list(words)
    if len(ws) > 1 and word_info(ws[0]).bare in KIND_HEADS:
        ws = ws[1:]
    for t in range(1, len(ws)):
        if key(ws[t]).startswith("ل"):
            ws = ws[:t]
            break
    while len(ws) > 1 and key(ws[-1]).startswith("ال") and key(ws[-1]).endswith(("يه", "ي")):
        ws = ws[:-1]
    return ws


def join_head_and_name(rows: list[list]) -> int:
    """A rare one-word organisation name and the one longer form of the article that holds it as its core
    share the short form's id (a listed id of the longer form wins); returns the rows changed."""
    orgs = [r for r in rows if r[I_TYP] == "organisation" and str(r[I_ID]).startswith("~")]
    short: dict[str, str] = {}
    for r in orgs:
        ws = r[I_SUR].replace("ـ", "").split()
        if len(ws) == 1 and word_info(ws[0]).zipf < RARE_NAME_ZIPF and len(key(ws[0])) >= 3:
            short.setdefault(surface_key(r[I_SUR]), str(r[I_ID]))
    if not short:
        return 0
    holders: dict[str, set] = {}
    for r in orgs:
        ws = r[I_SUR].replace("ـ", "").split()
        if len(ws) < 2 or r[I_SRC] in ("market", "listed"):
            continue  # (a listed share is its own company: سابك للمغذيات الزراعية is not سابك)
        core = _core(ws)
        if len(core) == 1:
            k = surface_key(core[0])
            if k in short:
                holders.setdefault(k, set()).add(str(r[I_ID]))
    changed = 0
    for k, hs in holders.items():
        if len(hs) != 1:
            continue
        long_id, short_id = hs.pop(), short[k]
        if long_id == short_id:
            continue
        win = long_id if listed(long_id) and not listed(short_id) else short_id
        for r in rows:
            if str(r[I_ID]) in (long_id, short_id) and r[I_ID] != win:
                r[I_ID] = win
                changed += 1
    return changed


def _after_head(pars, r) -> bool:
    """The row's name stands right after an organisation's kind head (``شركة «نايكي»``), or its source lists it."""
    if r[I_SRC] in ("market", "listed"):
        return True
    p = next((p for p in pars if p.paragraph == r[1]), None)
    if p is None:
        return False
    prev = re.findall(r"[\u0600-\u06ff]+", p.text[max(0, r[2] - 30):r[2]])
    return bool(prev) and word_info(prev[-1]).bare in KIND_HEADS


def _repeatable(rows: list[list], pars=()) -> dict:
    """first word key -> [(word keys, row)]: the article's names that may be found again as written."""
    ids_of: dict[tuple, set] = {}
    seeds: dict[tuple, list] = {}
    for r in rows:
        if r[I_TYP] not in ("place", "organisation") or r[I_SRC] in ("recurrence", "short form", "part", "same name", "translit"):
            continue
        if r[I_TYP] == "organisation" and r[I_SRC] == "list":
            continue  # (a ministry's bare field from a list, وزارات السياحة والآثار: a common phrase elsewhere; fixn)
        ws = r[I_SUR].replace("ـ", "").split()
        ks = tuple(key(w) for w in ws)
        if len(ws) == 1:
            if not (r[I_TYP] == "organisation" and r[I_SRC] in ("cue", "market", "listed")
                    and word_info(ws[0]).zipf < RARE_NAME_ZIPF and len(ks[0]) >= 4 and _after_head(pars, r)
                    and (r[I_SRC] != "cue" or word_info(ws[0]).foreign)):
                continue  # (a one-word name a cue found elsewhere than after a company's head: شيروكي, a car;
                # a native word a cue took after a head: شركة «مقفلة», a closed joint-stock company)
        elif _ordinary_words(ws, str(r[I_ID])):
            continue
        ids_of.setdefault(ks, set()).add(str(r[I_ID]))
        seeds.setdefault(ks, r)
    out: dict[str, list] = {}
    for ks, r in seeds.items():
        if len(ids_of[ks]) == 1:  # (two ids for one form: the text's to tell apart)
            out.setdefault(ks[0], []).append((ks, r))
    for lst in out.values():
        lst.sort(key=lambda x: -len(x[0]))
    return out


def _ordinary_words(ws: list[str], eid: str) -> bool:
    """A multi-word name of ordinary words only (every word at least ``COMMON_NAME_WORD_ZIPF``, none a nationality
    adjective: not الخارجية الروسية), neither listed nor joined to a fuller name (an id of more words than the
    name: رعاية الشباب under الرئاسة العامة لرعاية الشباب): a cue's or the market list's guess, not repeated."""
    if eid.startswith(_LISTED) or len(eid.lstrip("~").split()) > len(ws):
        return False
    return all(word_info(w).zipf >= COMMON_NAME_WORD_ZIPF and not gentilic(w) for w in ws)


def _name_goes_on(w: str) -> bool:
    """The word right after a one-word name continues a longer name: a foreign-shaped word or a listed place
    (الإنماء طوكيو للتأمين، «نايكي» بيرو)."""
    return word_info(w).foreign or key(w) in place_index().names


@lexicon_derived(maxsize=WORD_CACHE)
def _first_forms(k: str) -> tuple[tuple[str, int], ...]:
    """The first word's key as written and behind one proclitic (لل + name is ل + ال + name) (per word type, speed58:
    asked of every word token of an article with a repeatable name; the caller syncs the folder)."""
    out = [(k, 0)]
    for c in proclitics("repeated_name"):
        if k.startswith(c) and len(k) - len(c) >= 3:
            rest = k[len(c):]
            if c.endswith("ال"):
                out.append(("ال" + rest, len(c) - 2))
            else:
                out.append((rest, len(c)))
    if k.startswith("لل") and len(k) >= 5:
        out.append(("ال" + k[2:], 1))
    return tuple(out)


def _in_body_name(prev: str) -> bool:
    """The word before a name makes it part of a body's name: an organisation's head (شركة), or a place word
    after لـ (لمقاطعة، لمنطقة: the genitive of a body's name)."""
    info = word_info(prev)
    return info.cue == "org" or info.cue == "place" and key(prev).startswith("ل")


def same_name_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows for the article's place and organisation names written again where nothing was found (module docstring)."""
    heads = _repeatable(rows, pars)
    if not heads:
        return []
    proclitics("repeated_name")  # (syncs the lexicon folder for the per-type cache of _first_forms)
    text_of = {p.paragraph: p.text for p in pars}
    seen = {(text_of.get(r[1]), r[2], r[3]) for r in rows}  # (a block that repeats another: a title and its line)
    out = []
    for p in pars:
        taken = spans.setdefault((p.article_id, p.paragraph), [])
        n = len(p.toks)
        for i, kd in enumerate(p.kinds):
            if kd != "word":
                continue
            hit = None
            for form, off in _first_forms(p.fkeys[i]):
                for ks, r in heads.get(form, ()):
                    m = len(ks)
                    if all(i + t < n and p.kinds[i + t] == "word" and p.fkeys[i + t] == ks[t] for t in range(1, m)):
                        hit = (off, m, r)
                        break
                if hit:
                    break
            if hit is None:
                continue
            off, m, r = hit
            if m == 1 and i + 1 < n and p.kinds[i + 1] == "word" and _name_goes_on(p.toks[i + 1]):
                continue  # الإنماء طوكيو: a one-word name inside a longer company name
            if off == 0 and i > 0 and p.kinds[i - 1] == "word" and _in_body_name(p.toks[i - 1]):
                continue  # اللجنة الشعبية لمقاطعة ين لام، شركة «نايكي»: the name inside a body's name
            s, e = p.starts[i] + off, p.ends[i + m - 1]
            got = claim(taken, s, e, to_original=p.original)
            if got is None:
                continue
            os_, oe = got
            if (p.text, os_, oe) in seen:
                continue
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], r[I_ID], r[I_TYP], r[7], r[8], "",
                        p.role, "same name", 0.6])
    return out
