"""A noun and ``وحيد`` after it, "a single X", counts one (issue 13, q85): ``مران وحيد``, ``ابن وحيد``, ``صفقة
خاصة وحيدة``, ``مراناً وحيداً``, as both readers of blind29-58 write it (``تدريب وحيد``, ``هدف وحيد`` already
counted one by the goal tallies).  The noun is read as before ``واحد`` (``_one_noun_before``: gender agreeing,
no preposition, particle or hollow verb, no ``ك`` "as": ``كحل وحيد``), with one indefinite feminine adjective
between, a nisba or one of ``sole_adjective`` (``مباراة دولية وحيدة``, ``صفقة خاصة وحيدة``; another word between
is a construct, no count: ``قصة امرأة وحيدة``, ``شركة رعاية وحيدة``).  Not: the rhinoceros (``وحيد القرن``), ``شبه وحيد`` ("almost the only"),
the accusative ``وحيدا`` "alone" after a verb or a name (``غرد وحيدا``, ``روني وحيدا``: the noun must show the
tanwin alef too), a verb of the أفعل/افتعل shape before the given name ``وحيد`` (``وأوضح وحيد``), a verbal
noun of the افتعال/استفعال shape (``وسط استقرار وحيد لسعر سهم``: one share's move, no count), the definite
``الوحيد`` "the only"; (fixq2) a listed given name used mostly as a name before or after it (``محمد وحيد``,
``ابن وحيد عبدالله``: the given name وحيد), a past verb with و/ف (``وكتب وحيد``), a person noun for whom it
means "lonely" right or one word before it (quantity_markers role ``lonely_noun``: ``امرأة وحيدة``, ``رجل صغير
وحيد``, ``فرداً وحيدا``; kin nouns stay counts: ``ابن وحيد``, ``طفل وحيد``)."""
from __future__ import annotations

from ..frequency import zipf_ar
from ..tokens import stopwords
from .duals import name_cues
from .figure import Figure

#: "single" (key forms): masculine, feminine, accusative
SOLE_KEYS = ("وحيد", "وحيده", "وحيدا")
#: words after which وحيد is no count: "almost" (key forms)
_NOT_BEFORE = ("شبه",)


def _verb_shaped(k: str) -> bool:
    """A key of four or five letters opening with alef, no feminine ending (اوضح, اعتبر): a perfect verb's shape."""
    return k[:1] == "ا" and len(k) in (4, 5) and not k.endswith("ه")


def _listed(sc, x, role) -> bool:
    """Word x, a proclitic or the tanwin alef stripped, is a phrase of the quantity_markers role."""
    table = sc.lx.markers.get(role, {})
    return sc.kind(x) == "ar" and any((b,) in table or b.endswith("ا") and (b[:-1],) in table for _, b in sc.bases(x))


def _given_at(sc, x) -> bool:
    """Word x is a listed given name (the name finder's cues), a proclitic و/ف stripped (وسعيد), that is used
    mostly as a name: its bare form more common than its definite one (محمد, خالد, سعيد; not فائز "winner",
    الفائز being commoner, nor كريم, أمل)."""
    if sc.kind(x) != "ar":
        return False
    w, k, given = sc.t.text[x], sc.k(x), name_cues().given
    if k[:1] in ("و", "ف") and k not in given and k[1:] in given:
        w, k = w[1:], k[1:]
    return k in given and k not in stopwords("ar") and zipf_ar(w) > zipf_ar("ال" + w)  # (على, not علي)


def _sole_noun(sc, i):
    """(unit, start) of the noun that وحيد at token i counts, or None."""
    k = sc.k(i)
    if sc.kind(i + 1) == "ar" and sc.k(i + 1) in ("القرن", "قرن"):
        return None  # وحيد القرن: the rhinoceros
    if _given_at(sc, i + 1):
        return None  # ابن وحيد عبدالله: the given name وحيد and a name after it (fixq2)
    x = i - 1
    if (k == "وحيده" and sc.free(x) and sc.free(x - 1) and sc.kind(x) == "ar" and sc.kind(x - 1) == "ar"
            and sc.k(x).endswith("ه") and sc.k(x - 1).endswith("ه") and not sc.definite(x) and not sc.definite(x - 1)
            and len(sc.k(x)) >= 4):
        if not (sc._nisba_at(x) and not sc.t.text[x].endswith(("اية", "ايه")) or _listed(sc, x, "sole_adjective")):
            return None  # قصة امرأة وحيدة, شركة رعاية وحيدة: a construct (رعاية, in -اية, is no nisba), no count (fixq2)
        x -= 1  # صفقة خاصة وحيدة, مباراة دولية وحيدة: a nisba or listed adjective between
    if x < 0 or not sc.free(x) or sc.kind(x) != "ar":
        return None
    if _listed(sc, x, "lonely_noun") or _listed(sc, x - 1, "lonely_noun"):
        return None  # امرأة وحيدة, رجل صغير وحيد, فرداً وحيدا: "lonely", a state, no count (fixq2)
    if _given_at(sc, x):
        return None  # محمد وحيد, وسعيد وحيد: two given names, no count (fixq2)
    stem = sc.k(x)[1:] if sc.k(x)[:1] in ("و", "ف") and len(sc.k(x)) > 3 else sc.k(x)
    if sc.k(x) in _NOT_BEFORE or _verb_shaped(stem) or _verb_shaped(sc.k(x)):
        return None  # شبه وحيد; وأوضح وحيد: a verb before the given name
    w = sc.t.text[x]
    if (stem != sc.k(x) and len(stem) == 3 and k == "وحيد" and not sc._unit_lookup_word(stem)
            and zipf_ar(w[1:]) > zipf_ar(w)):
        return None  # وكتب وحيد, وجلس وحيد: a past verb with و/ف before the given name (fixq2)
    if stem[:1] == "ا" and len(stem) >= 6 and stem[-2] == "ا":
        return None  # وسط استقرار وحيد لسعر سهم, ارتفاع وحيد: a verbal noun (استفعال, افتعال), one share's move, no count
    if k == "وحيدا" and not (sc.t.text[x].rstrip("ً").endswith("ا") and not sc.k(x).endswith(("وا", "اا"))):
        return None  # غرد وحيدا, روني وحيدا: "alone" (a state), no counted noun
    u = sc._one_noun_before(i, x)
    if not u or u[1] != "count":
        return None  # (عام وحيد after مرفق إيواء: an adjective, no year)
    return u[0], u[2], u[3]


def sole_nouns(sc, out) -> None:
    """Append a count 1 for each unclaimed noun + وحيد/وحيدة/وحيدا of the paragraph (in place)."""
    t = sc.t
    for i in range(1, t.n):
        if t.kind[i] != "ar" or t.k[i] not in SOLE_KEYS or not sc.free(i):
            continue
        hit = _sole_noun(sc, i)
        if hit is None:
            continue
        unit, en, a = hit
        if any(sc.claimed[a:i + 1]):
            continue
        out.append(Figure(a, i + 1, "count", 1, unit=unit, unit_en=en, written="words"))
        for x in range(a, i + 1):
            sc.claimed[x] = True
