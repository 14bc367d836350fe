"""Constructs whose dual the word frequencies alone do not show, read from what follows them (session 40):

* a chain of constructs (``عقدي لاعبي الفريق``, ``ملعبي ناديي الشباب والنصر``): a noun in ``-ي`` right after the word
  cannot follow "my X", so the word is a construct dual;
* a noun with a possessive pronoun after a masculine construct in ``-ي`` (``جانبي فمها``), definite as a genitive is;
* the coordination that shows a nominative construct dual (``مدربا النصر "الأرجوياني" خورخي ديسلفا والهلال``) may
  stand past quotation marks."""
from __future__ import annotations

from .duals import word_zipf as _z
from ..tokens import stopwords


def owned_noun_after(sc, j) -> bool:
    """Word j is a common noun with a possessive pronoun (فمها, رأسه, ملعبهم: session 40), definite as a genitive
    is: جانبي فمها (the two sides of her mouth) is a construct dual like جانبي الطريق.  Not a preposition
    or a particle with a pronoun (لديه, عليها, منهم, أنها), nor a verb (يريدها)."""
    w = sc.t.text[j]
    if not (sc.free(j) and sc.kind(j) == "ar") or w in stopwords("ar") or w[:1] in ("و", "ب", "ل", "ك"):
        return False
    for suf in ("هما", "ها", "هم", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            st = w[: -len(suf)]
            st = st[:-1] + "ة" if st.endswith("ت") else st
            return (st not in stopwords("ar") and _z(st) >= 4.0 and st[:1] not in ("ي", "ت", "ن", "أ", "ا")
                    and sc.numword(j) is None)
    return False


def construct_after(sc, j) -> bool:
    """Word j is itself an indefinite construct in ``-ي`` before a definite noun (عقدي لاعبي الفريق, ملعبي ناديي
    الشباب والنصر: session 40): a noun in ``-ي`` cannot follow "my X" there, so the word before it is a construct
    dual; j's singular is a common noun (لاعب, نادي), not a function word or a nisba (يومي, شهري)."""
    w = sc.t.text[j]
    if not (sc.free(j) and sc.kind(j) == "ar" and w.endswith("ي") and not sc.definite(j) and len(w) >= 4
            and sc.free(j + 1) and sc.kind(j + 1) == "ar" and sc.definite(j + 1)):
        return False
    if w in stopwords("ar") or w[:1] in ("و", "ف") or sc.numword(j) or sc.k(j) in sc.lx.not_unit:
        return False
    st = w[:-1]
    if not (w.endswith("يي") or _z(st + "ون") >= 1.5):
        return False  # a sound plural's construct (لاعبي) or a dual's (ناديي); not "my Y" (منصبي قراري النهائي) nor a
        # name (الفريق أول صدقي صبحي القائد)
    return _z(st) >= 4.0 and _z(st) >= _z(w) and _z(st + "يا") < 2.9 and _z(st + "ية") < 3.5  # (not باكستاني الأصل)


def and_within(sc, j, words=5, definite=False) -> bool:
    """A word led by و among the next ``words`` words from token j, quotation marks skipped (مدربا النصر
    "الأرجوياني" خورخي ديسلفا والهلال: session 40; before it, five tokens with the marks counted); ``definite``:
    a word led by وال (a second definite genitive)."""
    seen = 0
    for x in range(j, min(j + words + 6, sc.t.n)):
        if sc.is_p(x, "\"«»“”'"):
            continue
        if sc.kind(x) == "ar" and sc.k(x).startswith("و") and len(sc.k(x)) > 2:
            if not definite or sc.t.text[x].startswith("وال"):
                return True
        seen += 1
        if seen >= words:
            return False
    return False
