"""People coordinated with a person found: the other items of ``A وB وC`` or ``A، B، C`` (football line-ups,
casts, lists of officials) are people of the same kind when they look like names.

A chain grows from a person found (any source) to the right and to the left, one item at a time: an item
opens with ``و`` glued to a name word (``والمرشدي``، ``وأحمد عسيري``) or follows a comma, and holds one to three
name words (:func:`_name_word`). An item that overlaps a name found already joins the chain when that name is a
person and ends it otherwise (``والرياض`` is a place, ``والهلال`` a club). Once the chain holds two people found,
every item whose shape is a name (:func:`_item_shape`) is a person; with one person found, only items that open
with a listed given name and close with a family name (``وأحمد عسيري``), or transliterated runs of two words.
(:func:`arnews.entities.names._list_people` reads comma lists of three items and more; this reads ``و`` too.)
"""
from __future__ import annotations

from ..lexicons import kind_sets, lexicon_cache
from ..normalize import key
from .cues import load_cues, word_info, zipf_ar
from .cuewords import nationality_word
from .part_echoes import echo_words
from .keys import Name, name_key, tanween
from .namelinks import ABD, ABU, FOREIGN_PARTICLES, NASAB
from .peoplelists import plural_noun
from .persontails import derived_past_verb, prose_tail_word
from .positions import token_containing
from .wordtests import unlisted_given_family as _unlisted_given_family

__all__ = ["coordinated_people", "given_only", "anchored_people"]

#: an item holds at most this many words (عبد الأحد صطيفو، ديفيد دي خيا)
MAX_WORDS = 3
#: a one-word item (a family name alone: والمرشدي، واريسمندي) is a name under this zipf, or definite under DEFINITE_ZIPF
RARE_ZIPF = 3.5
DEFINITE_ZIPF = 4.3
_LINKS = NASAB | ABU | ABD | FOREIGN_PARTICLES
_COMMA = frozenset("،,")
_PLURAL_ENDS = ("ون", "ين", "ات")
_PRONOUN_ENDS = ("ته", "تها", "تهم", "يه", "يها", "يهما", "هما", "هم", "كم", "نا")


def _name_word(w: str, cues) -> bool:
    """A word (normalised, not folded) that may stand in a person's name in a list: a listed given name, a
    transliteration, a link (بن، دي), a definite family-name shape (العويس، الجيزاني: not frequent, not a plural),
    or a rare word; never a stop word, a cue, a plural or a word with a pronoun."""
    k = key(w)
    if k in _LINKS:
        return True
    if len(k) < 3:
        return False
    info = word_info(w)
    if info.stop or info.cue or k.startswith(("بال", "لل", "كال", "فال")):
        return False  # بالدوران: a preposition and the article glued, prose
    if k.endswith("ا") and zipf_ar(w[:-1]) >= 3.5 and k not in cues.given:
        return False  # خامسا، رسميا: an accusative adverb
    if k in cues.given:
        return True
    if k.startswith("ال"):
        if k[2:] in cues.given and k[2:] not in ("علي", "على"):
            return True  # الحسن، اليوسف: a given name with the article is a family name
        return len(k) >= 5 and zipf_ar(w) < DEFINITE_ZIPF and not k.endswith(_PLURAL_ENDS) and not info.conj
    if k.endswith(_PRONOUN_ENDS) and len(k) >= 5 and zipf_ar(w) < 4.0:
        return False
    return info.foreign or info.zipf < 4.5


def _item_shape(words: list[str], cues) -> bool:
    """Is a run of name words shaped like a person's name by itself?  One word: a definite family name, a
    listed given name or a rare word (under RARE_ZIPF); two or three: a given name, a transliteration or a rare
    word first, a name word last (no link last)."""
    keys = [key(w) for w in words]
    if not words or len(words) > MAX_WORDS or keys[-1] in _LINKS or (keys[0] in _LINKS and keys[0] != "عبد"):
        return False
    w = words[0]
    k = keys[0]
    if len(words) == 1:
        if k.startswith("ال"):  # العويس، الجيزاني، الحسن; not التحية، التأهيلي
            return zipf_ar(w) < RARE_ZIPF or k[2:] in cues.given or (
                k.endswith("ي") and zipf_ar(w) < 4.0 and zipf_ar(w[2:]) < 3.0)
        return k in cues.given or zipf_ar(w) < RARE_ZIPF
    i0 = word_info(w)
    return k in cues.given or k == "عبد" or i0.foreign or (not k.startswith("ال") and i0.zipf < 3.0) \
        or _unlisted_given_family(words, cues)  # وتميم الدوسري: a given name no list has, a family name


def _strong(words: list[str], cues) -> bool:
    """An item that is a person's name even beside one person only: a listed given name and a family name
    (وأحمد عسيري، وسايمون بيج), or two transliterated words."""
    if len(words) < 2:
        return False
    k0, last = key(words[0]), words[-1]
    if k0 in cues.given and k0 not in ("علي", "على"):
        return key(last) not in cues.given and (key(last).startswith("ال") or zipf_ar(last) < 4.0)
    return all(word_info(w).foreign and not key(w).startswith("ال") for w in words)


def _opens_item(w: str, cues) -> str:
    """The name word of a token that opens a coordinated item with a glued و (والمرشدي -> المرشدي), else ''
    (وليد, وائل are given names; وزير is a word of its own, no و + زير)."""
    k = key(w)
    if len(k) < 4 or k[0] != "و" or (k in cues.given and k[1:] not in cues.given):
        return ""
    if word_info(w).cue or zipf_ar(w) >= max(zipf_ar(w[1:]), 3.0):
        return ""
    return w[1:] if _name_word(w[1:], cues) else ""


def _bounded_word(p, v: int, cues) -> bool:
    """Token v is a word (no stop word, cue or verb-like prose after it) that closes an item: a comma, the
    next item (و + a given name) or *and others* (وغيرهم) follows it."""
    n = len(p.toks)
    if v + 1 >= n or p.kinds[v] != "word" or tanween(p, v):
        return False
    info = word_info(p.toks[v])
    if info.stop or info.cue or info.conj or p.fkeys[v].startswith(("بال", "لل")) or len(p.fkeys[v]) < 3:
        return False
    nxt = p.toks[v + 1]
    return (p.kinds[v + 1] == "punct" and nxt in _COMMA) or (
        p.kinds[v + 1] == "word" and key(nxt)[:1] == "و" and key(nxt)[1:] in cues.given) or (
        p.kinds[v + 1] == "word" and p.fkeys[v + 1] in credit_words()["others"])  # وطلال سلامة وغيرهم (names58c)


def _overlap(names: list[Name], s: int, e: int):
    for nm in names:
        if nm.start < e and s < nm.end:
            return nm
    return None


def _right_items(p, t: int, cues) -> tuple[list[tuple[int, int, list[str]]], int]:
    """Items after token t (exclusive start t): [(start, end, words)] and the token where the chain stops."""
    n = len(p.toks)
    items = []
    while t < n:
        comma = p.kinds[t] == "punct" and p.toks[t] in _COMMA
        u = t + 1 if comma else t
        if u >= n or p.kinds[u] != "word" or tanween(p, u):
            break
        k = p.toks[u]
        w0 = _opens_item(k, cues)
        if w0:
            s = p.ends[u] - len(w0)
        elif comma and _name_word(k, cues):
            w0, s = k, p.starts[u]
        else:
            break
        words, v = [w0], u + 1
        while v < n and len(words) < MAX_WORDS and p.kinds[v] == "word" and not tanween(p, v):
            kv = p.toks[v]
            if _opens_item(kv, cues) or not _name_word(kv, cues):
                break
            words.append(kv)
            v += 1
        # a closing word that is no name word ends the item: (عكاش) في ... stays out; a run cut by the limit
        # whose next word is a name word too is no item (a longer prose phrase)
        if v < n and p.kinds[v] == "word" and len(words) == MAX_WORDS and _name_word(p.toks[v], cues) \
                and not _opens_item(p.toks[v], cues):
            break
        if len(words) == 1 and key(w0) in cues.given and _bounded_word(p, v, cues):
            words, v = [w0, p.toks[v]], v + 1  # ونايف خلف، : a family name that is a word, between two items
        if len(words) == MAX_WORDS and not _item_shape(words[-1:], cues) and key(words[-1]).startswith("ال"):
            words, v = words[:-1], v - 1  # وراشد الرهيب التجديد: a common definite noun closes no three-word name
        items.append((s, p.ends[v - 1], words, not _opens_item(k, cues)))
        t = v
    return items, t


def _left_items(p, t: int, cues) -> list[tuple[int, int, list[str]]]:
    """Items before token t (the first token of a person found that opens with و or follows a comma), nearest
    first."""
    items = []
    while True:
        k = p.toks[t]
        glued = len(k) >= 4 and k[0] == "و" and bool(_opens_item(k, cues))
        u = t - 1
        if u >= 0 and p.kinds[u] == "punct" and p.toks[u] in _COMMA:
            u -= 1
        elif not glued:
            break
        words, v, opened = [], u, False
        while v >= 0 and p.kinds[v] == "word" and len(words) < MAX_WORDS and not tanween(p, v):
            kv = p.toks[v]
            w0 = _opens_item(kv, cues)
            if w0:
                words.insert(0, w0)
                opened = True
                break
            if not _name_word(kv, cues) or word_info(kv).conj:
                break
            words.insert(0, kv)
            v -= 1
        if not words:
            break
        if not opened:
            # the list's first item: prose may stand before it (بخروج العويس): the last one or two words
            while len(words) > 1 and not (len(words) == 2 and key(words[0]) in cues.given):
                words.pop(0)
            items.append((p.starts[u - len(words) + 1], p.ends[u], words, not glued))
            break
        items.append((p.ends[v] - len(words[0]), p.ends[u], words, not glued))
        t = v
    return items


def coordinated_people(p, names: list[Name]) -> list[Name]:
    """People of a paragraph coordinated with a person found (see the module docstring); Arabic rules only."""
    cues = load_cues()
    # a transliterated run guessed a person anchors a list only when it holds a listed given name (مايكل كاريك;
    # not راينلاند-بفالتس, a German state read as a person)
    persons = [nm for nm in names if nm.type == "person" and (nm.source != "translit" or any(
        key(w) in cues.given for w in p.ntext[nm.start:nm.end].replace("-", " ").split()))]
    if not persons:
        return []
    tok_start, tok_end = p.token_at()
    out: list[Name] = []
    seen: set = set()
    for nm in persons:
        if nm in seen:
            continue
        chain_people = {nm}
        cands = []
        # to the right
        t = tok_end.get(nm.end)
        while t is not None:
            items, _ = _right_items(p, t + 1, cues)
            t = None
            for s, e, words, comma in items:
                other = _overlap(names, s, e)
                if other is None:
                    cands.append((s, e, words, comma))
                    continue
                if other.type == "person" and other.start >= s:
                    chain_people.add(other)
                    t = tok_end.get(other.end)
                break
        # to the left
        a = token_containing(p, nm.start)  # (a bisect, not a scan of all tokens per name)
        shared = set()  # محمد وأحمد الغامدي: bare given names before a full name share its family name
        given_run = len(p.ntext[nm.start:nm.end].split()) >= 2
        if a is not None and p.kinds[a] == "word":
            for s, e, words, comma in _left_items(p, a, cues):
                other = _overlap(names, s, e)
                if other is not None:
                    if other.type == "person":
                        chain_people.add(other)
                    break
                cands.append((s, e, words, comma))
                given_run = given_run and _bare_given(p, s, words, cues)
                if given_run:
                    shared.add((s, e))
        seen |= chain_people
        right_end = max([x.end for x in chain_people] + [c[1] for c in cands])
        others = _closed_by_others(p, right_end, tok_end)  # ... ومحمد مهدي الجواهري وغيرهم: a list of people
        # a comma alone may open an apposition (، وزير الخارجية، ... ، صعوبة): such an item must be a full name
        cands = [c for c in cands if not c[3] or _strong(c[2], cues)]
        sure = [c for c in cands if _strong(c[2], cues)]
        shaped = [c for c in cands if _item_shape(c[2], cues)]
        strong_alone = len(chain_people) >= 2 or len(chain_people) + len(sure) >= 2 and len(cands) >= 2 \
            or len(shaped) >= 3  # a line-up: والعويس واريسمندي والاسطا beside one player
        strong = strong_alone or len(chain_people) + others >= 2
        for s, e, words, _ in cands:
            if not _item_shape(words, cues) or _overlap(out, s, e) or any(plural_noun(key(w)[1:] if key(w)[:1] == "و" and len(key(w)) >= 5 else key(w), cues) for w in words):
                continue  # (مؤيدين ومعارضين: plural nouns, no people; person49)
            # وجميل صدقي الزهاوي ومحمد مهدي الجواهري وغيرهم: an item cut out of a longer run of words (a word right
            # before it) is the tail of a name; *and others* vouches for whole items only (fixn)
            st = strong if not _cut_item(p, s) else strong_alone
            if st or _strong(words, cues) or (s, e) in shared:
                out.append(Name(s, e, "person", "coord", 0.55, name_key(words)))
    return out


def _cut_item(p, s: int) -> bool:
    """The item at offset ``s`` starts a token (no و glued to it) right after a word (no mark between)."""
    a = token_containing(p, s)
    return a is not None and a > 0 and p.starts[a] == s and p.kinds[a - 1] == "word" and p.ends[a - 1] + 1 >= s


def _bare_given(p, s: int, words: list[str], cues) -> bool:
    """The item at offset ``s`` is one listed given name alone (not علي/على, a preposition too): before a full name it
    shares the family name (خليل وبندر جارالله الحرازي، الشابين أحمد وعبدالعزيز سليمان الطوالة; names58c).  Unless
    glued to و, it follows a mark, a function word, a title or an office, a kinship noun (``part_echo_words.csv``:
    والد، أشقائها) or a definite word that is no name word: never a word that may be a name's first part (آريين روبين
    وفرانك ريبيري، وباسم مرسي، ومحمد سالم، إيليا سليمان، بن عبدالعزيز) or an organisation's head (ومؤسسة محمد وعبدالله
    السبيعي)."""
    if len(words) != 1 or key(words[0]) not in cues.given or key(words[0]) in ("علي", "على"):
        return False
    a = token_containing(p, s)
    if a is None or p.starts[a] < s:
        return a is not None  # و + the given name
    b = a - 1
    if b < 0 or p.kinds[b] != "word":
        return True
    w, k = p.toks[b], p.fkeys[b]
    info = word_info(w)
    k1 = k[1:] if k[:1] == "و" and len(k) > 3 else k
    if info.stop or info.cue in ("title", "role") or k in echo_words() or k1 in echo_words():
        return True  # أشقائها علي وبدر وشايع الشايع، والد خليل وفهد
    return k.startswith("ال") and not _name_word(w, cues)  # بزواج الشابين أحمد وعبدالعزيز سليمان الطوالة


def _closed_by_others(p, end: int, tok_end: dict) -> bool:
    """The list ending at offset ``end`` is closed by *and others* said of people (``وغيرهم``, kind ``others`` of
    ``credit_words.csv``), after a comma or not: its items are people (names58c)."""
    t = tok_end.get(end)
    if t is None:
        return False
    u = t + 1
    if u < len(p.toks) and p.kinds[u] == "punct" and p.toks[u] in _COMMA:
        u += 1
    return u < len(p.toks) and p.kinds[u] == "word" and p.fkeys[u] in credit_words()["others"]


def given_only(surface: str) -> bool:
    """A line-up item of given names only (محمد of محمد عيد) joins no fuller name of the article (see
    :func:`arnews.entities.table._group_within_article`); والمرشدي joins ماجد المرشدي."""
    cues = load_cues()
    return all(key(w) in cues.given for w in surface.split())


#: the kinds of ``credit_words.csv``: pronouns that announce a group's members (هم:، وهم), credits of a film, a series
#: or a play (بطولة، إخراج، كتبه), the works that make بطولة a cast (فيلم، مسلسل، مسرحية) and *and others* said of
#: people, closing a list (وغيرهم)
CREDIT_KINDS = ("group_pronoun", "credit", "work", "others")


@lexicon_cache(maxsize=2)
def credit_words() -> dict[str, frozenset]:
    """``kind -> key forms`` of ``credit_words.csv`` (:data:`CREDIT_KINDS`; the file's header says what each holds)."""
    return kind_sets("credit_words.csv", CREDIT_KINDS, key)


def _credit_word(k: str, credits: frozenset) -> bool:
    return k in credits or (k[:1] == "و" and k[1:] in credits)


def _names_a_work(p) -> bool:
    works = credit_words()["work"]
    return any(k in works or (k[:1] in "وب" and k[1:] in works) for k in p.fkeys)


def _list_starts(p) -> list[tuple[int, bool]]:
    """Tokens where a list of people announced by its words opens, and whether the words are a credit: after ``هم:``
    / ``وهم`` (the members of a group just named), after ``كل من`` (*each of*) and after a credit (``بطولة``،
    ``وإخراج``، ``أخرجه``)."""
    n = len(p.toks)
    cw = credit_words()
    out = []
    for t in range(n - 1):
        if p.kinds[t] != "word":
            continue
        k = p.fkeys[t]
        if _credit_word(k, cw["credit"]) and p.kinds[t + 1] == "word":
            if k.endswith("بطوله") and not _names_a_work(p):
                continue  # بطولة درفت فورس: a championship
            out.append((t + 1, True))
        elif k in cw["group_pronoun"]:
            if p.toks[t + 1] == ":":
                out.append((t + 2, False))
            elif k[:1] == "و" and p.kinds[t + 1] == "word":
                out.append((t + 1, False))
        elif k in ("كل", "وكل", "بكل", "لكل") and p.fkeys[t + 1] == "من":
            out.append((t + 2, False))
    return [(u, c) for u, c in out if u < n]


def _first_item(p, u: int, cues):
    """The list's first item at token u: one to three name words up to a comma or the next item (و + a name)."""
    n = len(p.toks)
    words, v = [], u
    while v < n and len(words) < MAX_WORDS and p.kinds[v] == "word" and not tanween(p, v):
        w = p.toks[v]
        if (words and _opens_item(w, cues)) or not _name_word(w, cues) or word_info(w).conj and not words:
            break
        words.append(w)
        v += 1
    if not words or (v < n and p.kinds[v] == "word" and not _opens_item(p.toks[v], cues)
                     and not _credit_word(p.fkeys[v], credit_words()["credit"])):
        return None, v  # a longer phrase: no item (تأليف فلان وإخراج فلان: the next credit closes it)
    return (p.starts[u], p.ends[v - 1], words, False), v


def _listed_shape(words: list[str], cues) -> bool:
    """An announced list's item is shaped like a name (:func:`_item_shape`), or is a first word that is no common
    word (under DEFINITE_ZIPF) and a definite family name (ميرزا السيف، عيضة الزهراني: given names no list has); a
    bare word is a listed given name, a family name or shaped like a transliteration (رافينها، بوجبا; not the verb
    وسيتخللها after a list)."""
    k0 = key(words[0])
    if len(words) == 1:  # a bare word: a listed given name, a family name, or shaped like a transliteration
        return _item_shape(words, cues) and (k0 in cues.given or k0.startswith("ال") or word_info(words[0]).shape >= 0)
    return _item_shape(words, cues) or (not k0.startswith("ال") and key(words[-1]).startswith("ال")
                                        and zipf_ar(words[0]) < DEFINITE_ZIPF)


def anchored_people(p, names: list[Name]) -> list[Name]:
    """People listed after the words that announce a list of people (``وثمانية لاعبين، هم: العابد الحازمي وناصر
    الحازمي وعيد العتيبي``، ``كل من يوسف ميرزا وسعد الأحمد``) when no person of the list is found yet: the items are
    read as :func:`coordinated_people` reads them; an item that overlaps a name of another type ends the list (``كل من
    السعودية والإمارات``: places).  Every item must be shaped like a name (:func:`_item_shape`), one of them at
    least a full name (:func:`_strong`) or a person found: the announcing words stand for the second person that
    :func:`coordinated_people` asks for (names56b)."""
    if p.rules != "ar":
        return []
    cues = load_cues()
    out: list[Name] = []
    for u, credit in _list_starts(p):
        first, v = _first_item(p, u, cues)
        if first is None:
            continue
        rest, _ = _right_items(p, v, cues)
        items = [first] + rest
        if credit and len(items) == 1 and not (len(first[2]) >= 2 and _listed_shape(first[2], cues)):
            continue  # وأخرجه جميل الشايب: one credited name must be a full name (not بطولة الدوري السعودي)
        people, cands, ok = 0, [], True
        for s, e, words, _comma in items:
            credits = credit_words()["credit"]
            if any(prose_tail_word(w) or derived_past_verb(w) or _credit_word(key(w), credits) for w in words):
                break  # وحسام كامل، وأتاحت الشركة: a verb after the list ends it; so does the next credit (وأخرجه)
            other = _overlap(names, s, e)
            if other is not None:
                if other.type != "person":
                    ok = False
                    break
                people += 1
                continue
            cands.append((s, e, words))
        if not ok or (len(items) < 2 and not credit) or not cands:
            continue
        if not all(_listed_shape(w, cues) and not any(plural_noun(key(x), cues) for x in w) for _, _, w in cands):
            continue
        if not credit and people + sum(1 for _, _, w in cands if _strong(w, cues)) < 1:
            continue  # (the announcing words stand for the second person coordinated_people asks for)
        for s, e, words in cands:
            k0 = key(words[0])
            if len(words) >= 2 and (nationality_word(words[0]) or (
                    k0.startswith("ال") and k0.endswith("ي") and word_info(words[1]).foreign and k0[2:-1] not in load_cues().given)):
                s, words = p.norm.text.find(words[1], s + len(words[0])), words[1:]  # الفنزولي ريفاس (misspelt), البرازيلي: the adjective
                # is no part of the name (fixn)
            if not _overlap(out, s, e):
                out.append(Name(s, e, "person", "coord", 0.55, name_key(words)))
    return out
