"""An organisation named in quotes after a common noun for an establishment or a publication (session 41, org42):
``مطعم "بابا جونز"``, ``دورية "لانسيت"``, ``فندق «كلاريدجز»``, ``شركات «كوتسولد» و«شيلتون ديفلوبمينت»``.

The heads (``quoted_heads.csv``) are no organisation head by themselves (``مطعم جديد``، ``دورية أسبوعية``), so the
name finder reads nothing after them; Saudi papers put such a business's or journal's name in quotes right after
the noun, as they do after ``شركة`` or ``صحيفة``.  The head may carry proclitics and the article (``بمطعم``,
``البرنامج``); right after it (one adjective or a noun behind و may stand between: ``دورية علمية "..."``, ``مطعم ومعجنات "بربر"``) comes a quoted span
of one to four words that is a name: no stop word, no verb, no number, no cue of a person; a run of such quoted
names joined by ``و`` or a comma after a plural head is read whole.  A found organisation inside the quotes keeps its
span; a person or place found there gives way.

``موقع`` (a website) is a head too (session 55, names59d: ``وحسب موقع "يمن برس"``، ``ونشر موقع «ويكيليكس»``; unquoted
it is a place as often: ``موقع الحادث``), but not before a military site (``موقع «بارتشين» العسكري``: the quoted
name's last word or the word after the quotes is *military*), nor before a government e-service
(``service_names.csv``: ``موقع "مساند"``، ``«أبشر»``: a ministry's system, no organisation).  snnall: 123 firings of
موقع read, 2 wrong (``ما موقع "حماية المستهلك" من الإعراب``, the site of a camp ``موقع «مانسانار»``).

After ``موقع`` the quoted name must show it is a website (session 55, fixn, review2's findings 1-2; ``site_words.csv``):
a Latin or transliterated word inside the quotes (``«إنجادجيت»``), a media word (``"يمن برس"``), an outlet's adjective
after the quotes (``«أرقام» الإخباري``) or a citing frame before the head (``وفقا لموقع``، ``نشر موقع``).  Otherwise it is a
position or a topic (``موقع «الحادث»``، ``ما موقع "حماية المستهلك" من الإعراب``): nothing.  A listed place filling the
quotes (``موقع «العلا»``) or a site adjective after them (``الأثري``) keeps the place and adds nothing; ``الموقع``
with the article is no head (``الموقع «البديل»``).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key
from .cues import word_info
from .keys import Name, org_key
from .places import listed_place_at
from .positions import adjacent, is_word
from .proclitics import proclitics

__all__ = ["quoted_head_names", "quoted_heads", "service_names", "site_words"]

_OPEN = {'"': '"', "“": "”", "«": "»", "”": "“"}
MAX_WORDS = 4
#: a one-word quoted name as common as this is a word quoted, not a name (مطعم "جديد")
COMMON_ZIPF = 5.5
#: the adjective *military* (keys) after the quoted name or as its last word: a site or base (موقع «بارتشين» العسكري)
_MILITARY = frozenset({key("العسكري"), key("العسكرية")})


@lexicon_cache(maxsize=2)
def quoted_heads() -> frozenset:
    """The head words (keys) of ``quoted_heads.csv``."""
    return frozenset(key(r["word"].strip()) for r in read_lexicon("quoted_heads.csv"))


@lexicon_cache(maxsize=2)
def service_names() -> frozenset:
    """The keys of ``service_names.csv``: government e-services (مساند، أبشر), no organisation in quotes."""
    return frozenset(key(r["word"].strip()) for r in read_lexicon("service_names.csv"))


@lexicon_derived(maxsize=WORD_CACHE)
def _is_head(k: str) -> bool:
    heads = quoted_heads()
    return any(k.startswith(c) and k[len(c):] in heads for c in proclitics("quoted_head"))


@lexicon_cache(maxsize=2)
def site_words() -> dict:
    """``site_words.csv``: kind (frame, media, after, location) -> the keys of its words."""
    out: dict = {}
    for r in read_lexicon("site_words.csv"):
        out.setdefault(r["kind"].strip(), set()).add(key(r["word"].strip()))
    return {k: frozenset(v) for k, v in out.items()}


_SITE = key("موقع")
#: after موقع, quoted words none of them definite and each shaped at least this much like a transliteration (ريد -0.4
#: ستيت -2.5، آني -1.3، إنستاجرام -1.1) name a site; Arabic topic words sit far below (حريق -6.7، مصنع -7.3، ذاكرة -5.4)
TRANSLIT_SHAPE = -2.5
#: a one-word quoted site name with no citing frame is this rare at most (إنستاجرام 2.6، إكسبريس 3.0، غوكر 1.0; بلاغ 3.9)
SITE_ZIPF = 3.5


@lexicon_derived(maxsize=WORD_CACHE)
def site_head(k: str) -> int:
    """How a head key reads as ``موقع``: 0 another head, 1 ``موقع`` (``وموقع``), 2 ``لموقع`` (a citing preposition),
    3 ``الموقع`` with the article (no head of a website)."""
    for c in proclitics("quoted_head"):
        if k.startswith(c) and k[len(c):] == _SITE:
            return 3 if c.endswith(("ال", "لل")) else 2 if c.endswith("ل") else 1
    return 0


@lexicon_derived(maxsize=WORD_CACHE)
def _bare(k: str) -> str:
    """A key without a leading و or ف (ونشر -> نشر)."""
    return k[1:] if len(k) > 2 and k[0] in "وف" else k


def _translit(p, a: int, b: int) -> bool:
    """The quoted Arabic words a..b-1 are shaped like a transliteration: several words, one of them foreign-shaped or
    none definite and none far from the shape (ريد ستيت); one word foreign-shaped and rare (إنستاجرام، غوكر; not بلاغ
    or بئر, common words the shape measure misreads)."""
    infos = [word_info(p.toks[t]) for t in range(a, b)]
    if b - a == 1:
        return infos[0].zipf < SITE_ZIPF and infos[0].shape > TRANSLIT_SHAPE and not p.fkeys[a].startswith("ال")
    return any(i.shape > 0.0 for i in infos) or all(
        not p.fkeys[t].startswith("ال") and i.shape > TRANSLIT_SHAPE for t, i in zip(range(a, b), infos))


def _site_name(p, i: int, a: int, b: int, e: int, inside) -> bool:
    """After the head ``موقع`` at token i, the quoted tokens a..b-1 (closing quote b, next token e) name a website."""
    sw = site_words()
    if site_head(p.fkeys[i]) == 3 or is_word(p, e) and p.fkeys[e] in sw.get("location", ()):
        return False  # الموقع «البديل»; موقع «العلا» الأثري
    if listed_place_at(p, a) == b - a:
        return False  # موقع «المملكة»، موقع «مكة»: a listed place fills the quotes
    if any(p.kinds[t] == "latin" for t in range(a, b)) or _translit(p, a, b):
        return True  # موقع «إنجادجيت»، «ريد ستيت»: a transliterated or Latin name
    if any(p.fkeys[t] in sw.get("media", ()) for t in range(a, b)) or (
            is_word(p, e) and p.fkeys[e] in sw.get("after", ())):
        return True  # "يمن برس"، «أرقام» الإخباري
    return site_head(p.fkeys[i]) == 2 or is_word(p, i - 1) and _bare(p.fkeys[i - 1]) in sw.get("frame", ())


def _quoted(p, t: int) -> int:
    """End token (past the closing quote) of a name in quotes opening at token t, else 0."""
    n = len(p.kinds)
    if not (0 <= t < n and p.kinds[t] == "punct" and p.toks[t] in _OPEN):
        return 0
    close = _OPEN[p.toks[t]]
    for b in range(t + 1, min(t + MAX_WORDS + 2, n)):
        if p.kinds[b] == "punct":
            if b > t + 1 and p.toks[b] in (close, '"', "”", "»") and _name_words(p, t + 1, b):
                return b + 1
            return 0
    return 0


def _name_words(p, a: int, b: int) -> bool:
    """Tokens a..b-1 read as a name: words only, none a stop word, a verb or a person's cue; one word not a very
    common one."""
    from .guards import imperfect_verb

    for t in range(a, b):
        if p.kinds[t] not in ("word", "latin"):
            return False
        if p.kinds[t] == "word":
            info = word_info(p.toks[t])
            if info.stop or info.conj or info.cue in ("role", "title") or imperfect_verb(p.toks[t]):
                return False
    return not (b == a + 1 and p.kinds[a] == "word" and word_info(p.toks[a]).zipf >= COMMON_ZIPF)


def _military(p, t: int) -> bool:
    """Token t is the adjective *military* (العسكري، العسكرية): the quoted name is a military site or base
    (موقع «بارتشين» العسكري), not a business or an outlet."""
    return is_word(p, t) and p.fkeys[t] in _MILITARY


def quoted_head_names(p, found: list[Name]) -> list[Name]:
    """``found`` with the organisations named in quotes after a head of ``quoted_heads.csv`` (module docstring)."""
    if p.rules != "ar" or not any(q in p.text for q in _OPEN):
        return found
    quoted_heads(), site_words()  # (syncs the lexicon folder for the per-key cache of _is_head)
    new, drop = [], set()
    n = len(p.kinds)
    for i in range(n):
        if not (is_word(p, i) and _is_head(p.fkeys[i])):
            continue
        t = i + 1
        if is_word(p, t) and adjacent(p, i, t) and not word_info(p.toks[t]).cue and (
                p.fkeys[t].endswith(("يه", "ي")) or p.fkeys[t][:1] == "و" and len(p.fkeys[t]) > 3):
            t += 1  # دورية علمية "..."، مطعم ومعجنات "...": one adjective or one coordinated noun between
        while True:
            e = _quoted(p, t)
            if not e:
                break
            a, b = t + 1, e - 1
            s, en = p.starts[a], p.ends[b - 1]
            inside = [o for o in found if o.start < en and s < o.end]
            if _military(p, b - 1) or _military(p, e) or b == a + 1 and p.fkeys[a] in service_names() or (
                    site_head(p.fkeys[i]) and not _site_name(p, i, a, b, e, inside)):
                pass  # موقع «بارتشين» العسكري: a military site; موقع "مساند": a ministry's e-service; موقع «الحادث»: no organisation
            elif not any(o.type == "organisation" for o in inside):
                drop.update(id(o) for o in inside)
                words = [p.toks[x] for x in range(a, b)]
                new.append(Name(s, en, "organisation", "cue", 0.7, org_key(words), p.toks[i]))
            # a list of quoted names after the head: و"X"، «Y»
            t = e
            if t < n and p.toks[t] in (",", "،"):
                t += 1
            if is_word(p, t) and p.fkeys[t] == "و":
                t += 1
            if not (t < n and p.kinds[t] == "punct" and p.toks[t] in _OPEN):
                break
    if not new:
        return found
    return sorted([o for o in found if id(o) not in drop] + new, key=lambda x: (x.start, x.end))
