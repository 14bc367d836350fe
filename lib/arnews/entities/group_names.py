"""A movement, party or armed group named once with its head, then by its name alone (session 49, names53s, issue 14).

News of the wars names a group once in full (``جبهة النصرة``، ``تنظيم القاعدة``، ``جماعة الحوثي``) and then by the
definite name alone: ``وقال إن النصرة تقدمت``, ``مقاتلي النصرة``, ``وقالت القاعدة إن``.  Some names are ordinary
words too (القاعدة *the base, the rule*, النصرة *support*), so the bare name is read only in the article that named
the group with a head of ``group_heads.csv``, and only where it stands as a name:

* written as the name was written, the article included (``النصرة``، ``والنصرة``، ``بالقاعدة``، ``للقاعدة``);
* no definite word follows that it would govern or that would qualify it (``القاعدة الجوية``، ``القاعدة الشعبية``:
  a noun phrase; also an object, ``تبنت القاعدة الهجوم``, which looks the same), unless that word opens with و
  (``الحوثي والقاعدة``: two groups) or is a relative, a weekday or an adjective of the group
  (``group_name_neighbours.csv`` kind ``after``: ``النصرة التي``، ``النصرة الجمعة``، ``القاعدة الإرهابي``);
* it does not complete a noun before it (kind ``before``: ``بعيد الاستقلال`` Independence Day, ``ساحة التغيير``);
* no definite word it would qualify stands before it (``على الحركة النصرة``), save a function word;
* a head glued before the name (``تنظيم النصرة``، ``ميليشيات الحوثي``) joins the mention;
* the name is not one of the most common words (Zipf :data:`MAX_ZIPF`: الله of حزب الله is no party), nor a listed
  place (جبهة المسيمير is a front line);
* one sense per article: an article that also writes the name's word without the article (``قاعدة العند``، ``فكر
  تكفير``، ``إمام مسجد``) uses it as a noun, and its bare definite form is read as a noun there too;
* a name the text continues with و + a definite word (``حزب العدالة والتنمية``, cut after العدالة by the name finder)
  is named by both words again (``العدالة والتنمية``), never by the first alone (``العدالة`` *justice*).

Checked on a sample of 250 snnall articles (78 firings: 75 right; wrong: a front line named المسيمير, two readings of
سجل القاعدة *the base's registry*).
The mention joins the group's entity (the row of its full name).  Pure function over the article's paragraphs and rows.
"""
from __future__ import annotations

import re

from ..lexicons import lexicon_cache, read_lexicon, word_kinds
from ..normalize import key
from ..spans import claim
from .positions import held_spans
from .proclitics import proclitics

__all__ = ["group_heads", "group_name_rows", "MAX_ZIPF"]

#: a bare name as frequent as this in general Arabic is a word before it is a name (الله 6.4, الشعب 5.4)
MAX_ZIPF = 5.3


@lexicon_cache(maxsize=2)
def group_heads() -> frozenset:
    """The head words (key form) of ``group_heads.csv``."""
    return frozenset(key((r.get("word") or "").strip()) for r in read_lexicon("group_heads.csv"))


@lexicon_cache(maxsize=2)
def _neighbours() -> dict:
    """key -> ``before`` / ``after`` of ``group_name_neighbours.csv``, the weekdays added as ``after``."""
    from ..quantities.dates import WEEKDAYS

    out = word_kinds("group_name_neighbours.csv", ("before", "after"), key)
    out.update({w: "after" for w in WEEKDAYS})
    return out


def _names(pars, rows: list[list]) -> dict:
    """name key (النصره) -> (the first organisation row ``head + definite name`` of the article, the key of the و +
    definite word that follows the row in the text or ''); not a name that is a listed place (جبهة المسيمير) nor one
    the article writes as an ordinary noun too (see :func:`_ordinary_words`)."""
    from .cues import word_info
    from .places import place_index

    out = {}
    heads = group_heads()
    text = {p.paragraph: p.text for p in pars}
    for r in rows:
        if r[6] != "organisation":
            continue
        ws = r[4].split()
        if len(ws) not in (2, 3) or len(ws) == 3 and not key(ws[2]).startswith("وال"):
            continue  # (حزب العدالة والتنمية: the name finder now keeps the coordinated word, names54c)
        k1 = key(ws[1])
        if key(ws[0]) not in heads or not k1.startswith("ال") or len(k1) < 5:
            continue
        if word_info(ws[1]).zipf >= MAX_ZIPF or place_index().names.get(k1) or place_index().names.get(k1[2:]):
            continue
        if len(ws) == 3:
            tail = key(ws[2])
        else:
            m = _TAIL.match(text.get(r[1], ""), r[3])  # حزب العدالة والتنمية, cut at the first word by the name finder
            tail = key(m.group(1)) if m else ""
        out.setdefault(k1, (r, tail if tail.startswith("وال") else ""))
    if out:
        common = _ordinary_words(pars, out)
        out = {k: v for k, v in out.items() if k not in common}
    return out


#: the word right after a row: a name whose next word is و + definite goes on (العدالة والتنمية)
_TAIL = re.compile(r"[ \t]+(\w+)")


def _ordinary_words(pars, names: dict) -> set:
    """The names the article also writes without the article as a word (قاعدة العند، قاعدة بيانات، فكر تكفير،
    إمام مسجد): the same word as an ordinary noun makes its bare definite form a noun in this article too (one sense
    per article); not a nisba (حوثي in قيادي حوثي is the group's adjective)."""
    want = {k[2:]: k for k in names if not k.endswith(("ي", "يين", "ين"))}
    out = set()
    if not want:
        return out
    for p in pars:
        for i, kd in enumerate(p.kinds):
            if kd != "word":
                continue
            k = p.fkeys[i]
            for pre in ("", "و", "ب", "ل", "ف", "وب", "ول"):
                if k.startswith(pre) and k[len(pre):] in want:
                    out.add(want[k[len(pre):]])
    return out


def _slot(p, i: int) -> bool:
    """Token i stands as a name: no definite word after it that it governs or that qualifies it, no definite word
    before it that it qualifies."""
    from .cues import word_info
    from .positions import adjacent, is_word

    nb = _neighbours()
    if is_word(p, i + 1) and adjacent(p, i, i + 1) and p.fkeys[i + 1].startswith("ال") \
            and nb.get(p.fkeys[i + 1]) != "after":
        return False  # القاعدة الجوية; not القاعدة الإرهابي, النصرة التي, النصرة الجمعة
    if is_word(p, i - 1) and adjacent(p, i - 1, i):
        k = p.fkeys[i - 1]
        for pre in ("", "و", "ب", "ل", "ف", "وب"):
            if k.startswith(pre) and nb.get(k[len(pre):]) == "before":
                return False  # بعيد الاستقلال: Independence Day, no party
    if is_word(p, i - 1) and adjacent(p, i - 1, i) and p.fkeys[i - 1].startswith(("ال", "وال", "بال", "لل", "فال")):
        if not word_info(p.toks[i - 1]).stop:
            return False
    return True


def _bare(k: str, names: dict) -> tuple[int, str] | None:
    """(proclitic length, name key) when the word k is a name of ``names`` with a proclitic or none."""
    for pre in proclitics("group_name"):
        if k.startswith(pre) and k[len(pre):] in names:
            return len(pre), k[len(pre):]
    if k.startswith(("لل", "ولل")):  # للقاعدة: ل + القاعدة
        body = "ال" + k[k.index("لل") + 2:]
        if body in names:
            return k.index("لل") + 1, body
    return None


def _head_before(p, i: int, s: int) -> int:
    """The start of a head glued before token i (``تنظيم النصرة``، ``لميليشيات الحوثي``: the head and the name are
    one mention, which the name finder left), else s."""
    from .positions import adjacent, is_word

    if not (is_word(p, i - 1) and adjacent(p, i - 1, i)):
        return s
    k = p.fkeys[i - 1]
    for pre in ("وب", "ول", "و", "ف", "ب", "ل", ""):
        if k.startswith(pre) and k[len(pre):] in group_heads():
            return p.starts[i - 1] + len(pre)
    return s


def group_name_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows for the bare names (النصرة، والقاعدة) of the groups the article named with a head."""
    names = _names(pars, rows)
    if not names:
        return []
    from .positions import is_word

    held = held_spans(rows)
    out = []
    for p in pars:
        taken = spans.setdefault((p.article_id, p.paragraph), [])
        mine = held.get(p.paragraph, [])
        for i, kd in enumerate(p.kinds):
            if kd != "word":
                continue
            got = _bare(p.fkeys[i], names)
            if got is None or not _slot(p, i):
                continue
            off, name = got
            r, tail = names[name]
            j = i
            if tail:
                if not (is_word(p, i + 1) and p.fkeys[i + 1] == tail):
                    continue  # العدالة alone is no party: حزب العدالة والتنمية is named by both words
                j = i + 1
            s, e = p.starts[i] + off, p.ends[j]
            if off == 0:
                s = _head_before(p, i, s)
            got = claim(taken, s, e, mine, p.original)
            if got is None:
                continue
            os_, oe = got
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], r[5], r[6], r[7], r[8], "",
                        p.role, "group name", 0.6])
    return out
