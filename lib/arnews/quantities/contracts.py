"""``عقد`` is a decade and a contract (round 37): counted after a word of signing (``ووقعت عقدين مع``,
``تم توقيع 27 عقدًا``, ``أبرمت الشركة 3 عقود``) or before what a contract is with or for (``عقدين مع
سلاسل متاجر``, ``5 عقود لتوريد``, ``عقدين بقيمة``, ``27 عقدًا ومذكرة تفاهم``), it is a ``count`` of contracts;
after a word of time (``منذ عقدين``, ``خلال العقدين الماضيين``, ``على مدى ثلاثة عقود``) it stays the duration
the units lexicon gives it."""
from __future__ import annotations

#: words of signing or awarding (key forms, a proclitic و/ب/ف stripped): 1-3 tokens before the figure
_SIGNING = frozenset({"وقع", "وقعت", "وقعا", "وقعوا", "يوقع", "توقع", "توقيع", "ابرم", "ابرمت", "ابرام", "يبرم",
                      "تبرم", "ترسيه", "ترسيتها", "منح", "منحت"})
#: words right after the figure that say what the contract is with or for (key forms)
_CONTRACT_AFTER = frozenset({"مع", "لتوريد", "لتنفيذ", "لانشاء", "لبناء", "لصيانه", "لتشغيل", "لتقديم",
                             "بقيمه", "بقيمتها", "ومذكره", "ومذكرات", "ومذكرتي", "ومذكرتين", "استشاريه",
                             "استثماريه", "توريد", "تنفيذ", "صيانه", "تشغيل"})
#: words of time before the figure (key forms): a stretch of decades
_TIME_BEFORE = frozenset({"منذ", "خلال", "قبل", "بعد", "طوال", "لمده", "مدي", "مدار", "طيله", "غضون", "نحو",
                          "قرابه", "زهاء", "حوالي"})
#: ``توقع`` is also "expected": only when a figure of contracts follows the verb at once
_AMBIGUOUS = frozenset({"توقع"})


def _base(sc, x) -> set:
    return {b for p, b in sc.bases(x) if p in ("", "و", "ب", "ف", "وب")}


def contract_counts(sc, out) -> None:
    """Figures of ``عقد`` read as decades that a context of signing makes contracts: a count."""
    for q in out:
        if q.unit != "عقد" or q.kind != "duration":
            continue
        if q.a > 0 and sc.kind(q.a - 1) == "ar" and _base(sc, q.a - 1) & _TIME_BEFORE:
            continue
        signed = any(sc.kind(x) == "ar" and (_base(sc, x) & _SIGNING) and not (_base(sc, x) & _AMBIGUOUS and x != q.a - 1)
                     for x in range(max(0, q.a - 3), q.a))
        after = sc.kind(q.b) == "ar" and sc.k(q.b) in _CONTRACT_AFTER
        if signed or after:
            q.kind, q.unit_en = "count", "contract"
