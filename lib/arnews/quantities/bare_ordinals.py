"""Ordinal words standing alone that still rank something (round 39); ``ordinals.ordinal_word`` reads a
bare ``الأول`` as no figure unless a rule here (or there) shows what it ranks:

* "not the first": ``ليس الأول``, ``ليست الأولى`` (وهذا الحادث ليس الأول ولن يكون الأخير): a rank said of
  its subject, as ``هو الأول الذي`` is (round 36); not ``ليس الأول من نوعه`` (the idiom of novelty);
* the first of a pair just counted, opening its enumeration: ``حلان لا ثالث لهما، الأول ... والثاني ...``,
  ``هدفين رئيسيين: الأول ...``, ``بحق عنصرين ...، عن أن الأول ...، فيما أن الثاني ...``.  The word opens a
  clause (after a comma or colon, or after أن/إن/أما/فيما), a count of two or more ends at most twelve
  tokens before it, and a second of the same gender follows within forty-five tokens (``الثاني``,
  ``والهدف الثاني``); that second, when it too stands alone after such an opener, is ordinal 2;
* (round 40) an ordinal opening its clause after the next or previous rank of the same gender, read within
  forty-five tokens before it, the two members of one series: ``فسقط الجنين الأول أما الثاني فلم ...``,
  ``عند الطرف الثاني ... مع أن الأول قد أخذ حقه``;
* (round 52) the match of that rank, right after a verb of winning or losing (a ``match_word``, في may stand
  between): ``خاض مباريات ... حيث خسر الأولى وتعادل في الثانية``, ``أربعة لقاءات ودية خسر الأولى``;
* (round 52) a rank in a scope, before an adverb of scope (``rank_scope``: عالميا, عربيا, آسيويا ...), a
  closing quote between: ``نادال العاشر عالميا``, ``المرتبة السادسة عشرة عالميا والأولى عربيا``, ``الأخضر
  «العاشر» آسيويا``, as ``50 عالميا`` is; not للمرة الأولى عالميا (the idiom of novelty), nor after a number;
* (session 41, q59) the first of two just counted, right after their dual, when the second of the same gender
  follows within forty-five tokens (``قسموا المشاركين إلى مجموعتين الأولى تناولت ...، والمجموعة الثانية ...``:
  both readers of blind44); not ``هدفين الأول ألغاه الحكم`` (no second named: test_quantities_round8);
* (session 48, q70) the next of a series of three or more bare ordinals already read, opening its clause or
  its sentence (``... في المظهر. الخامس، الذكاء الاجتماعي``)."""
from __future__ import annotations

from .figure import Figure as _Q

#: "is not" before the ordinal (key forms)
_NOT = frozenset(("ليس", "ليست", "وليس", "وليست", "ليسا", "ليستا", "فليس", "فليست"))
#: words that open a clause whose subject the ordinal is (key forms)
_OPENERS = frozenset(("ان", "اما", "فيما", "بينما", "واما"))
_REACH_BACK, _REACH_ON = 12, 45
#: how far back the previous member of a long series may stand (session 48)
_SERIES_REACH = 90


def _fem(w: str) -> bool:
    return w.endswith(("ة", "ى", "ه"))


def _opens(sc, i) -> bool:
    return sc.is_p(i - 1, "،,:") or sc.free(i - 1) and sc.k(i - 1) in _OPENERS


def bare_ordinal(sc, i, nw) -> _Q | None:
    """The figure of the bare ordinal word at token i (``nw`` its number-word reading), else None."""
    v = int(nw[0])
    if sc.ar and 1 <= v <= 10 and sc.k(i).startswith(("ال", "وال")) and _before_scope(sc, i):
        return _Q(i, i + 1, "ordinal", v, written="words")
    if (sc.ar and v == 2 and sc.k(i).startswith("وال") and sc.out and sc.out[-1].kind == "ordinal" and sc.out[-1].value == 1
            and sc.out[-1].b == i and sc.out[-1].a == i - 1 and _fem(sc.t.text[i - 1]) == _fem(sc.t.text[i])):
        return _Q(i, i + 1, "ordinal", 2, written="words")  # بين الأول والثاني: the second of the two (q78)
    if not (sc.ar and 1 <= v <= 10 and sc.k(i).startswith("ال")):
        return None
    if _after_match_word(sc, i) and not (sc.numword(i + 1) and sc.numword(i + 1)[1] in ("ten", "tens")):
        return _Q(i, i + 1, "ordinal", v, written="words")
    if sc.free(i - 1) and sc.k(i - 1) in _NOT:
        if sc.k(i + 1) == "من" and sc.k(i + 2) in ("نوعه", "نوعها"):
            return None  # ليس الأول من نوعه: the idiom of novelty
        return _Q(i, i + 1, "ordinal", v, written="words")
    fem = _fem(sc.t.text[i])
    if v == 1 and _after_pair(sc, i) and _second_follows(sc, i, fem):
        return _Q(i, i + 1, "ordinal", 1, unit=sc.out[-1].unit, written="words")
    if v == 1 and not _opens(sc, i) and _first_of_two(sc, i, fem):
        return _Q(i, i + 1, "ordinal", 1, written="words")
    if v >= 3 and (_opens(sc, i) or sc.is_p(i - 1, ".")) and _series_before(sc, i, v, fem):
        return _Q(i, i + 1, "ordinal", v, written="words")
    if not _opens(sc, i):
        return None
    if _neighbour_rank_before(sc, i, v, fem):
        return _Q(i, i + 1, "ordinal", v, written="words")
    if v == 1:
        if not any(q.kind in ("count", "duration") and isinstance(q.value, (int, float)) and q.value >= 2
                   and 0 <= i - q.b <= _REACH_BACK for q in sc.out[-3:]):
            return None
        if _second_follows(sc, i, fem):
            return _Q(i, i + 1, "ordinal", 1, written="words")
        return None
    if v == 2 and any(q.kind == "ordinal" and q.value == 1 and q.b - q.a == 1 and 0 < i - q.b <= _REACH_ON
                      and _fem(sc.t.text[q.a]) == fem and sc.k(q.a).startswith("ال") for q in sc.out[-4:]):
        return _Q(i, i + 1, "ordinal", 2, written="words")
    return None


def _after_pair(sc, i) -> bool:
    """A dual count of two, written as a word, ends right before token i (مجموعتين الأولى)."""
    q = sc.out[-1] if sc.out else None
    return (q is not None and q.kind == "count" and q.value == 2 and q.b == i and q.b - q.a == 1
            and q.written == "words" and sc.free(i + 1) and not sc.numword(i + 1)
            and not (sc.k(i + 1) == "من" and (sc.k(i + 2).startswith("نوع") or sc.month_at(i + 2))))
    # (q60: مجموعتين الأولى من الرياض والثانية من جدة; not الأولى من نوعها, a day of a month)


def _first_of_two(sc, i, fem) -> bool:
    """(q78) The bare الأول/الأولى at token i, after no definite word it could qualify, is the first of two
    when the second is joined to it by و: right after it (``تراوح بين الأول والثاني``), or, when a dual of its
    gender was counted at most twelve tokens before, within twelve tokens (``عربتين ... توضع الأولى في بداية
    المنفذ والثانية في موقع حرس الحدود``); not ``الأولى من نوعها`` nor a day of a month."""
    if sc.kind(i - 1) == "ar" and sc.definite(i - 1) or not sc.free(i + 1):
        return False
    if sc.k(i + 1) == "من" and (sc.k(i + 2).startswith("نوع") or sc.month_at(i + 2)):
        return False
    if _second_joined(sc, i + 1, fem):
        return True
    if not any(q.kind == "count" and q.value == 2 and q.written == "words" and 0 <= i - q.b <= _REACH_BACK
               and _fem_dual(sc.t.text[q.b - 1]) == fem for q in sc.out[-3:]):
        return False
    return any(_second_joined(sc, x, fem) for x in range(i + 2, min(i + 1 + _REACH_BACK, sc.t.n)))


def _fem_dual(w: str) -> bool:
    return w.endswith(("تين", "تان", "تي", "تا"))


def _second_joined(sc, x, fem) -> bool:
    """Token x is the ordinal word 2 of gender ``fem`` joined by و (والثاني, والثانية)."""
    nx = sc.numword(x) if x < sc.t.n and sc.free(x) else None
    return bool(nx and nx[1] == "ordinal" and nx[0] == 2 and sc.k(x).startswith("وال") and _fem(sc.t.text[x]) == fem)


def _second_follows(sc, i, fem) -> bool:
    """An ordinal word 2 of gender ``fem`` stands within reach after token i (... والثانية, والمجموعة الثانية)."""
    for x in range(i + 2, min(i + _REACH_ON, sc.t.n)):
        nx = sc.numword(x)
        if nx and nx[1] == "ordinal" and nx[0] == 2 and _fem(sc.t.text[x]) == fem:
            return True
    return False


def _neighbour_rank_before(sc, i, v, fem) -> bool:
    """An ordinal v - 1 or v + 1 ends within reach before token i, its ordinal word of gender ``fem``
    (``الجنين الأول`` before ``أما الثاني``): the bare ordinal names the other member of that series."""
    for q in sc.out[-6:]:
        if (q.kind == "ordinal" and q.value in (v - 1, v + 1) and 0 < i - q.b <= _REACH_ON
                and sc.k(q.b - 1).startswith("ال") and _fem(sc.t.text[q.b - 1]) == fem):
            return True
    return False


def _series_before(sc, i, v, fem) -> bool:
    """(session 48, q70) The ordinals v - 1 and v - 2 of gender ``fem`` were read before token i as bare members
    of a series (the word alone, its article or و + article), v - 1 within ``_SERIES_REACH`` tokens: an author's
    numbered points, one after another across sentences (``وضع عشرة خصال، الأول ...، الثاني ...، والرابع ...
    في المظهر. الخامس، الذكاء الاجتماعي``: both readers of blind51 ranked الخامس ... العاشر)."""
    seen = set()
    for q in sc.out[-8:]:
        if (q.kind == "ordinal" and q.b - q.a == 1 and q.value in (v - 1, v - 2) and 0 < i - q.b <= _SERIES_REACH
                and sc.k(q.a).startswith(("ال", "وال")) and _fem(sc.t.text[q.a]) == fem):
            seen.add(q.value)
    return seen == {v - 1, v - 2}


def _after_match_word(sc, i) -> bool:
    """A ``match_word`` that is no definite noun stands right before token i, or before في right before it
    (خسر الأولى, وتعادل في الثانية): the bare ordinal is the match of that rank."""
    j = i - 1
    if sc.free(j) and sc.k(j) in ("في", "بال"):
        j -= 1
    if not (sc.free(j) and sc.kind(j) == "ar") or sc.definite(j) or sc.t.text[j].endswith("ة"):
        return False
    table = sc.lx.markers.get("match_word", {})
    return any(p in ("", "و", "ف") and (b,) in table for p, b in sc.bases(j))


def _before_scope(sc, i) -> bool:
    """An adverb of scope (``rank_scope``) follows token i, a closing quote between (العاشر عالميا, «العاشر»
    آسيويا); not after a number, the article written apart, or مرة (للمرة الأولى عالميا)."""
    j = i + 1
    if sc.is_p(j, "»\"”"):
        j += 1
    if not sc.phrase_at(j, "rank_scope", clitic=False):
        return False
    return not (sc.kind(i - 1) == "num" or sc.t.text[i - 1] in ("ال", "الـ")
                or any(b in ("مره", "مرة") for _, b in sc.bases(i - 1)))
