"""A club, company or paper named once with its head, then by its proper word alone (session 56, names60d, issue 14).

An article names a body once with a head word (``نادي تشلسي``، ``فريق إطعام التطوعي``، ``قناة روتانا``) and elsewhere,
before or after, by the proper word alone: ``أمام تشلسي``، ``ونفذت إطعام``.  Within that article the bare word is the
same organisation wherever it stands, when it is a rare word and no name of another kind:

* the head is a word of ``cued_bare_heads.csv`` (one glued proclitic allowed: لنادي), opening an organisation row of
  the article, with the proper word right after it (quotes allowed: شركة "روتانا");
* the proper word: without the article, four letters or more, no stop word, cue or conjunction, rarer than
  :data:`BARE_ZIPF` in general Arabic, diacritics aside (نيسان *April* 4.7، أحد *one* 6.0، دور *role* 5.3 stay out),
  with no case ending (فائضًا), not a listed given name or a listed place (جروزني the city stays the place the name
  finder found);
* the proper word is no common noun: with the article it is rarer than :data:`DEFINITE_ZIPF` (التأجير 3.0،
  الاستقدام 3.1، التحرش 4.0 after a wrong شركة استقدام; not الإطعام 2.6، عكاظ، روتانا);
* two organisations of the article with the same proper word name neither;
* a bare mention is the word itself, with one glued و/ف/ب/ل, over no span found already (not inside another name),
  with the name's next words when they follow it as in the headed name; not before a rare or foreign word that the
  headed name lacks (جولدمان ساكس after بنك جولدمان: a longer name the finder cut), a listed place (هيرتا برلين،
  بيريوس مصر) or an indefinite nisba (روتانا خليجية: a definite name takes no indefinite adjective); not right after
  an organisation's cue (لنادي ريفير بليت: a headed name the finder left); not opening a quote that goes on with a
  word («سوسيتيه جنرال» after بنك سوسيتيه).

The companies' acting slots (:mod:`.org_parts`) and the company short forms of
:func:`arnews.entities.table.company_short_forms` run before; this pass reads what they left.  Pure function over the
article's paragraphs and rows.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from ..spans import claim
from .cues import load_cues, word_info, zipf_ar
from .places import place_index
from .positions import held_spans
from .proclitics import proclitic_set

__all__ = ["BARE_ZIPF", "DEFINITE_ZIPF", "NAME_WORD_ZIPF", "bare_heads", "cued_bare_rows"]

#: the proper word after the head names the body alone when it is rarer than this in general Arabic (تشلسي 3.4،
#: عكاظ 3.7، روتانا 3.77; not اكتساب *acquisition* 3.84، مونيكا 3.85 a woman after a wrong شركة مونيكا، نيسان 4.7)
BARE_ZIPF = 3.8
#: ... and rarer than this with the article (a common noun takes it: التأجير، التحرش)
DEFINITE_ZIPF = 3.0
#: a word rarer than this after the bare word continues a longer name (ساكس، ديمانش)
NAME_WORD_ZIPF = 3.5
_OPENING = "«\"“("
_QUOTES = "«»\"“”()'"


@lexicon_cache(maxsize=2)
def bare_heads() -> dict:
    """key -> kind (club, company, press) of ``cued_bare_heads.csv``."""
    return word_kinds("cued_bare_heads.csv", ("club", "company", "press"), key)


def _head(w: str) -> bool:
    k = key(w.strip(_QUOTES))
    heads = bare_heads()
    return k in heads or (len(k) > 3 and k[0] in proclitic_set("family_pair") and k[1:] in heads)


_MARKS = dict.fromkeys(range(0x064B, 0x0653)) | {0x0640: None}


def _proper(w: str) -> str:
    """The key of a rare proper word (see the module), or ''."""
    w = w.strip(_QUOTES)
    if any("\u064b" <= c <= "\u064d" for c in w):
        return ""  # فائضًا: a noun with its case ending (a name takes none)
    w = w.translate(_MARKS)  # (تحرّش: wordfreq knows the word without its marks)
    k = key(w)
    if len(k) < 4 or not w or w.isascii():
        return ""
    info = word_info(w)
    if info.stop or info.cue or info.conj or info.zipf >= BARE_ZIPF:
        return ""
    if k.startswith("ال") or zipf_ar("ال" + w) >= DEFINITE_ZIPF:
        return ""  # (a definite name is the rule of arnews.entities.table._recurring_words: صحيفة الوئام ... الوئام)
    if k in load_cues().given or place_index().names.get(k):
        return ""
    return k


def _names(rows: list[list]) -> dict:
    """proper key -> the organisation row that names it after a head; a word two organisations share is left out."""
    got: dict = {}
    shared: set = set()
    for r in rows:
        if r[6] != "organisation":
            continue
        ws = r[4].split()
        if len(ws) < 2 or not _head(ws[0]):
            continue
        k = _proper(ws[1])
        if not k:
            continue
        if k in got and got[k][5] != r[5]:
            shared.add(k)
        got.setdefault(k, r)
    return {k: r for k, r in got.items() if k not in shared}


def _one_word_place(k: str) -> bool:
    """The key names a listed place by itself (برلين، مصر; not على of علي آباد)."""
    return any(len(words) == 1 for words, _, _ in place_index().names.get(k, ()))


def cued_bare_rows(pars, rows: list[list], spans: dict) -> list[list]:
    """Rows for the bare proper words of the article's headed organisations (see the module)."""
    bare_heads()  # (syncs the lexicon folder)
    names = _names(rows)
    if not names:
        return []
    held = held_spans(rows)
    one = proclitic_set("family_pair")  # (one glued و/ب/ل/ف)
    out = []
    for p in pars:
        taken = spans.setdefault((p.article_id, p.paragraph), [])
        mine = held.get(p.paragraph, [])
        for i, kd in enumerate(p.kinds):
            if kd != "word":
                continue
            k = p.fkeys[i]
            off = 0
            if k not in names:
                if len(k) > 4 and k[0] in one and k[1:] in names:
                    off = 1
                else:
                    continue
            r = names[k[off:]]
            tail = [key(w.strip(_QUOTES)) for w in r[4].split()[2:]]
            j = i
            while j + 1 < len(p.toks) and j - i < len(tail) and p.kinds[j + 1] == "word" \
                    and p.fkeys[j + 1] == tail[j - i] and not tail[j - i].startswith("ال"):
                j += 1  # سيكست للتأجير: the name's next words as the headed name has them
            if j + 1 < len(p.toks) and p.kinds[j + 1] == "word" and p.starts[j + 1] - p.ends[j] <= 1:
                nxt = word_info(p.toks[j + 1])
                if (nxt.foreign or nxt.zipf < NAME_WORD_ZIPF) and not (nxt.stop or nxt.conj) \
                        or _one_word_place(p.fkeys[j + 1]):
                    continue  # جولدمان ساكس، هيرتا برلين: a longer name
                nk = p.fkeys[j + 1]
                if nk.endswith(("يه", "ي")) and not nk.startswith("ال") and len(nk) >= 4 and not nxt.stop:
                    continue  # روتانا خليجية: an indefinite nisba after a name is a word of a longer name
            if p.starts[i] > 0 and p.ntext[p.starts[i] - 1] in _OPENING and j + 1 < len(p.toks) \
                    and p.kinds[j + 1] == "word" and p.starts[j + 1] - p.ends[j] <= 1:
                continue  # «سوسيتيه جنرال»: a quoted name goes on after the word
            if i > 0 and p.kinds[i - 1] == "word" and word_info(p.toks[i - 1]).cue == "org":
                continue  # لنادي ريفير بليت
            s, e = p.starts[i] + off, p.ends[j]
            got = claim(taken, s, e, mine, p.original)
            if got is None:
                continue
            os_, oe = got
            out.append([p.article_id, p.paragraph, os_, oe, p.text[os_:oe], r[5], r[6], r[7], r[8], "",
                        p.role, "part", 0.6])
    return out
