"""A body's field standing for the body within the article that names it in full (issue 14, names54c).

Saudi news names a body once in full and then, in its headline or where it acts, by its field alone: ``منظمة
التعاون الإسلامي`` then ``التعاون الإسلامي تبحث``; ``الهيئة العامة للغذاء والدواء`` then ``"الغذاء والدواء" تطلق``;
``مركز الملك عبدالعزيز للحوار الوطني`` then ``"الحوار الوطني" يقدّم``; ``الرئاسة العامة للأرصاد`` then ``الأرصاد:
أمطار``.  :mod:`.shortforms` reads a ministry's one field word so; this reads the field of any organisation found by
its head in the article:

* the words after the body's ``لل`` (its field, ``لل`` read as ``ال``): two words or more, or one word after a general
  body's head (``الرئاسة العامة``، ``المديرية العامة`` ...);
* the definite words right after an indefinite head (``منظمة التعاون الإسلامي`` -> ``التعاون الإسلامي``), two or
  more, none of them a cue word (``أمانة المنطقة الشرقية`` gives no ``المنطقة الشرقية``; ``جامعة الملك سعود`` no
  ``الملك سعود``).

The field is an ordinary phrase too (``التعاون الإسلامي`` is *Islamic cooperation*), so it is read only where it acts,
as :func:`arnews.entities.shortforms.acts` reads a ministry's word: first in a title before a colon, alone in quotes, or
before an imperfect verb, with no noun before it that it could complete; a one-word field only in the first two
(``الرياضة تعزز الصحة`` is sport, not the General Sports Authority; fixn).  A field closed by definite nisba adjectives
stands also without them (``المؤسسة العامة للتأمينات الاجتماعية`` then ``"التأمينات" تبدأ``; ``شركة البداد العالمية``
then ``«البداد» تزود``), in the same slots, unless two of the article's bodies give it (``"الشؤون"``) or its one
word is a common noun first (a frequent word or a ministry's field: ``"الطاقة" تنضب`` after the IAEA; fixn).  The mention joins the body's entity.
"""
from __future__ import annotations

from ..lexicons import kind_sets, lexicon_cache
from ..normalize import key
from ..spans import claim, overlaps_any
from .positions import adjacent, is_word  # (speed52: a module-level import; it was a relative import per call)
from .cues import word_info
from .orgwords import WordSet, name_words

__all__ = ["field_form_rows", "body_fields", "FIELD_KINDS", "field_form_words"]

#: the kinds of ``field_form_words.csv`` (its header says what each holds)
FIELD_KINDS = ("general_head", "titling")


@lexicon_cache(maxsize=2)
def field_form_words() -> dict[str, frozenset]:
    """``kind -> key forms`` of ``field_form_words.csv`` (:data:`FIELD_KINDS`)."""
    return kind_sets("field_form_words.csv", FIELD_KINDS, key)


#: the heads of a general body, whose one-word field stands for it (الرئاسة العامة للأرصاد: الأرصاد)
_GENERAL_HEADS = WordSet(field_form_words, "general_head")
#: general (العامة، العام: kind ``general`` of ``org_name_words.csv``)
_GENERAL = name_words("general")


def _article(w: str) -> str:
    """A word's key with its proclitics read off and the article kept (للحوار -> الحوار، والدواء -> والدواء)."""
    k = key(w)
    return "ال" + k[2:] if k.startswith("لل") else k


def _field(words: list[str]) -> tuple:
    """The key words of the field of an organisation written ``words`` (see the module docstring), else ()."""
    ks = [key(w) for w in words]
    head = word_info(words[0])
    for t in range(1, len(ks)):
        if ks[t].startswith("لل") and len(ks[t]) >= 5:
            field = tuple([_article(words[t])] + ks[t + 1:])
            if len(field) >= 2 or (t == 2 and ks[1] in _GENERAL and _article(words[0]) in _GENERAL_HEADS):
                return field if _plain(words[t:], field) else ()
            return ()
    if len(ks) >= 3 and not head.definite and not ks[0].startswith(("ال", "لل", "وال", "بال")) \
            and all(k.startswith(("ال", "وال")) for k in ks[1:]):
        field = tuple(ks[1:])
        return field if _plain(words[1:], field) else ()
    return ()


def _plain(words: list[str], field: tuple) -> bool:
    """The field's words are no cue, given name or stop word, and the first is no listed place (a body's place or
    patron is not its field)."""
    from .cues import load_cues, word_info

    for w, k in zip(words, field):
        info = word_info(w[1:] if key(w).startswith("لل") else w)
        if info.cue or info.stop or k[2:] in load_cues().given:
            return False
    from .placeids import one_word_place

    first = field[0]
    return len(first) >= 5 and not one_word_place(first) and not one_word_place(first[2:])


#: heads that are more often an activity or a facility (محطة للسياح: a stop, no body) and give no field (kind
#: ``activity_head`` of ``org_name_words.csv``)
_ACTIVITY = name_words("activity_head")
#: words that name a title or a slogan in quotes after them (بعنوان «المراجعة الداخلية»: a course, not the body)
_TITLING = WordSet(field_form_words, "titling")


def body_fields(rows: list[list]) -> dict:
    """first key word -> [(field key words, row)] of the article's organisations found by a head (source ``cue``)."""
    out: dict = {}
    found = []
    ids: dict = {}  # field -> the entities that give it
    for r in rows:
        if r[6] != "organisation" or r[11] != "cue" or not str(r[5]).startswith("~"):
            continue
        words = r[4].replace("ـ", "").split()
        if len(words) < 2 or _article(words[0]).removeprefix("ال") in _ACTIVITY:
            continue
        f = _field(words)
        for g, short in ((f, False), (_without_adjectives(f), True)):
            if g:
                found.append((g, r, short))
                ids.setdefault(g, set()).add(str(r[5]))
    for g, r, short in found:
        if short and (len(ids[g]) > 1 or len(g) == 1 and _common_noun(g[0])):
            continue  # (two bodies give it: "الشؤون"; a common noun: "الطاقة" تنضب after the IAEA; fixn)
        lst = out.setdefault(g[0], [])
        if all(x[0] != g for x in lst):
            lst.append((g, r))
    return out


#: a one-word short form at least this frequent (Zipf) is a common noun first (الطاقة 5.2، الخدمات 5.0), not a body
#: (التأمينات 4.6 after المؤسسة العامة للتأمينات الاجتماعية stays; fixn)
COMMON_FIELD_ZIPF = 4.8


def _common_noun(k: str) -> bool:
    """A one-word short form read as a common noun: frequent, or a ministry's field word (الصحة after منظمة الصحة
    العالمية is health; ``ministry_fields.csv``)."""
    from .ministry_lists import ministry_fields

    return word_info(k).zipf >= COMMON_FIELD_ZIPF or any(len(seq) == 1 for seq, _ in ministry_fields()[1].get(k, ()))


def _without_adjectives(field: tuple) -> tuple:
    """The field without the definite nisba adjectives that close it (``التأمينات الاجتماعية`` -> ``التأمينات``,
    ``البداد العالمية`` -> ``البداد``; names60b): the body's short name keeps its distinctive noun; () when no such
    adjective closes it."""
    n = len(field)
    while n > 1 and field[n - 1].startswith("ال") and field[n - 1].endswith("يه") and len(field[n - 1]) >= 6:
        n -= 1
    return field[:n] if n < len(field) else ()


def _match(p, i: int, fields: dict):
    """(field, row, offset of the first word without و) of a field starting at token i, longest first, else None."""
    k = p.fkeys[i]
    for off, first in ((0, k), (1, k[1:] if k.startswith("وال") else None)):
        if first is None:
            continue
        for f, r in sorted(fields.get(first, ()), key=lambda x: -len(x[0])):
            n = len(f)
            if all(is_word(p, i + t) and adjacent(p, i + t - 1, i + t) and p.fkeys[i + t] == f[t] for t in range(1, n)) \
                    and not (is_word(p, i + n) and adjacent(p, i + n - 1, i + n) and p.fkeys[i + n].startswith("ال")):
                return f, r, off  # (not الغذاء والدواء السعودي...: a longer phrase goes on)
    return None


def field_form_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows for the fields of the article's bodies where they act (module docstring), joined to the body's entity."""
    from .shortforms import acts

    fields = body_fields(rows)
    if not fields:
        return []
    out = []
    for p in pars:
        if p.rules != "ar":
            continue
        taken = spans.setdefault((p.article_id, p.paragraph), [])
        for i, kd in enumerate(p.kinds):
            if kd != "word":
                continue
            m = _match(p, i, fields)
            if m is None:
                continue
            f, r, off = m
            last = i + len(f) - 1
            s, e = p.starts[i] + off, p.ends[last]
            if overlaps_any(taken, s, e) or not acts(p, i, last) \
                    or len(f) == 1 and (last + 1 >= len(p.toks) or p.kinds[last + 1] != "punct") \
                    or i >= 2 and p.kinds[i - 1] == "punct" and p.fkeys[i - 2] in _TITLING:
                continue
            os_, oe = claim(taken, s, e, to_original=p.original)  # (taken overlaps not: asked above)
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], r[5], r[6], r[7], r[8], "",
                        p.role, "short form", 0.6])
    return out
