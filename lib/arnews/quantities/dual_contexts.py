"""Places where a dual-looking word is no dual, read from the words around it (session 40):

* right after a plural relative pronoun (``اللاتي``, ``اللواتي``, ``اللائي``, ``الذين``) the word is the verb or the
  predicate of its clause (``المريضات اللاتي أجرين عمليات``: "who underwent"), never a count of two;
* right after ``نادي`` (club) a definite word is the club's name (``نادي الجبلين``, ``نادي الشعلة``);
* an indefinite masculine ``-ين`` of the active participle pattern فاعل (``هاتفين``, ``قائلين``, ``صارخين``) right
  before an opening quotation mark or a colon introduces what a crowd said: a plural participle of manner;
* a masculine construct in ``-ي`` before a definite plural in ``-ات`` (``قائدي المركبات``, ``سائقي الشاحنات``) is
  the construct of a sound plural (drivers of vehicles): a dual's second term names one thing (``طرفي النزاع``)."""
from __future__ import annotations

from .duals import _z

#: plural relative pronouns (key forms): the word after them is their clause's verb
_PLURAL_RELATIVES = frozenset(("اللاتي", "اللواتي", "اللائي", "الذين", "واللاتي", "واللواتي", "والذين"))
#: a club (key forms): the definite word after it is its name
_CLUB_HEADS = frozenset(("نادي", "لنادي", "بنادي", "ونادي", "ناديي"))
_OPEN_QUOTES = "«“\"':"


def not_a_dual_here(sc, i) -> bool:
    """Word i (Arabic, dual-shaped) is no dual because of the words around it (``sc`` the scanner)."""
    prev = sc.k(i - 1) if i > 0 and sc.free(i - 1) and sc.kind(i - 1) == "ar" else ""
    if prev in _PLURAL_RELATIVES:
        return True
    k, w = sc.k(i), sc.t.text[i]
    if prev in _CLUB_HEADS and sc.definite(i):
        return True
    if (not sc.definite(i) and w.endswith("ين") and not w.endswith("تين") and len(w) == 6 and w[1] == "ا"
            and sc.is_p(i + 1, _OPEN_QUOTES)):
        return True  # هاتفين “الشعب يريد”: shouting (فاعل + ين before the words shouted)
    if (w.endswith("ي") and not w.endswith(("تي", "يي")) and not sc.definite(i) and sc.free(i + 1)
            and sc.kind(i + 1) == "ar" and sc.definite(i + 1)):
        nxt = sc.strip_def(i + 1)
        if nxt.endswith("ات") and len(nxt) >= 5 and _z(nxt[:-2] + "ة") >= 3.0:
            return True  # قائدي المركبات, مستخدمي الهواتف (not وزيري الخارجية, طرفي المعادلة)
    return False
