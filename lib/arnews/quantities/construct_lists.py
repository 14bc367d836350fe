"""A feminine construct dual in ``-تي`` before the two things it names, joined by و (session 54, q81; issue 13):
``في عمليتي عاصفة الحزم وإعادة الأمل`` (the two operations), ``لحادثتي طريق الملك فهد وشارع التحلية`` (two accidents).

:mod:`.dual_rules` reads ``-تي`` as a construct dual when its genitive is definite, a rare word or two *names*
(:meth:`name_pair_after`: the first word takes no article).  Two common nouns joined by و are the same
evidence (a dual names two), but ``-تي`` is also "my X", and "my X" is followed by lists too (``سيارتي
جديدة وجميلة``).  So this reading asks that the paragraph hold no first-person word at all
(:meth:`first_person_count`: ``لي``, ``أنا``, ``إنني``), that the first genitive be an indefinite noun (no
particle, verb form, number or month) with a definite genitive of its own (``عاصفة الحزم``; not ``جديدة وجميلة``,
an adjective and its pair) and that و lead the second within two more words, no punctuation between, the second
definite or a construct itself (fixq: ``زيارتي مدينة الرياض وجدة`` is "my visit")."""
from __future__ import annotations

from ..tokens import stopwords

#: endings of a word that is no genitive noun here (key form): verbs of "my X" (قالت, يعملون) and
#: accusatives or pronoun suffixes (جميلا, كلها)
_NO_NOUN_ENDS = ("وا", "ون", "ها", "هم", "هما", "نا", "ا")


def _noun_word(sc, j) -> bool:
    w, k = sc.t.text[j], sc.k(j)
    return (sc.free(j) and sc.kind(j) == "ar" and len(k) >= 3 and k[:1] not in ("و", "ف", "ب", "ل", "ك")
            and k not in stopwords("ar") and w not in stopwords("ar") and sc.numword(j) is None
            and not sc.month_at(j) and k not in sc.lx.not_unit and not k.endswith(_NO_NOUN_ENDS)
            and not (k[:1] in ("ي", "ت") and not sc.definite(j) and k.endswith(("ون", "ان"))))


def two_genitives_after(sc, i) -> bool:
    """Word i (a feminine noun in ``-تي``, no article) is followed by two genitives joined by و and the
    paragraph has no first-person word: a construct dual (:mod:`.construct_lists`)."""
    j = i + 1
    if sc.definite(j) or not _noun_word(sc, j) or sc.first_person_count() > 0:
        return False
    if sc.is_p(i - 1, ':«"“'):
        return False  # (fixq) وأكدت: جولتي مدينة الخبر والدمام ...: a quotation opens with "my X"
    if not (sc.free(j + 1) and sc.kind(j + 1) == "ar" and sc.definite(j + 1) and not sc.k(j + 1).startswith("و")):
        return False  # (سيارتي جديدة وجميلة: an adjective and its pair, "my car"; the genitive is itself a construct)
    for x in range(j + 2, min(j + 4, sc.t.n)):
        if not (sc.free(x) and sc.kind(x) == "ar"):
            return False
        kx = sc.k(x)
        if kx.startswith("و") and len(kx) > 3 and kx[1:] not in stopwords("ar") and sc.numword(x) is None:
            # (fixq) the second genitive is definite or a construct itself (وإعادة الأمل, وشارع التحلية, والمدينة,
            # ومخطط مربع 14): not a bare name before a verb (زيارتي مدينة الرياض وجدة كانت: "my visit")
            return sc.definite(x) or sc.free(x + 1) and sc.kind(x + 1) == "ar" and (sc.definite(x + 1) or _noun_word(sc, x + 1))
        if kx in stopwords("ar") or sc.numword(x) is not None:
            return False
    return False
