"""Places where a dual-looking word is no dual, read from the words around it (session 40):

* right after a plural relative pronoun (``اللاتي``, ``اللواتي``, ``اللائي``, ``الذين``) the word is the verb or the
  predicate of its clause (``المريضات اللاتي أجرين عمليات``: "who underwent"), never a count of two;
* right after ``غير`` a definite word is an adjective (``المهاجرين غير القانونيين``: q57), unless a pair of adjectives
  follows it (``غير الاقتصادين الرأسمالي والاشتراكي``: "other than the two economies");
* right after ``نادي`` (club) a definite word is the club's name (``نادي الجبلين``, ``نادي الشعلة``);
* an indefinite masculine ``-ين`` of the active participle pattern فاعل (``هاتفين``, ``قائلين``, ``صارخين``) right
  before an opening quotation mark introduces what a crowd said: a plural participle of manner (its ``-ون`` plural is
  written; not ``جانبين``, a noun);
* a feminine ``-تين``/``-تان`` after a construct dual and its genitive is the construct's adjective (``قطعتي الأرض
  المجاورتين``);
* a definite currency dual before two nationality adjectives names two currencies (``الدولاران الأسترالي والكندي``);
* (session 42, q60) a masculine ``-ي`` word before a definite nisba adjective (``مساري المهني``: its feminine
  ``-ية`` common) is "my X" and its adjective, not a construct dual (whose second term is a noun); not before a second
  nisba led by و a few words on (``ملفي الروماني سان مارتين والبولندي لوكاس``) nor after a side noun (``فريقي الأهلي``);
* a masculine construct of an agent noun فاعل in ``-ي`` before a definite plural in ``-ات`` (``قائدي المركبات``, ``سائقي الشاحنات``) is
  the construct of a sound plural (drivers of vehicles): a dual's second term names one thing (``طرفي النزاع``)."""
from __future__ import annotations

from .duals import word_zipf as _z

#: plural relative pronouns (key forms): the word after them is their clause's verb
_PLURAL_RELATIVES = frozenset(("اللاتي", "اللواتي", "اللائي", "الذين", "واللاتي", "واللواتي", "والذين"))
#: a club (key forms): the definite word after it is its name
_CLUB_HEADS = frozenset(("نادي", "لنادي", "بنادي", "ونادي", "ناديي"))
_OPEN_QUOTES = "«“\"'"


def not_a_dual_here(sc, i) -> bool:
    """Word i (Arabic, dual-shaped) is no dual because of the words around it (``sc`` the scanner)."""
    prev = sc.k(i - 1) if i > 0 and sc.free(i - 1) and sc.kind(i - 1) == "ar" else ""
    if prev in _PLURAL_RELATIVES:
        return True
    if prev == "غير" and sc.definite(i) and not (sc.k(i + 1).startswith("ال") and sc.k(i + 2).startswith("وال")):
        return True  # المهاجرين غير القانونيين (غير القانونين): an adjective after غير describes the noun before it (q57)
    w = sc.t.text[i]
    if prev in _CLUB_HEADS and sc.definite(i):
        return True
    if (not sc.definite(i) and w.endswith("ين") and not w.endswith("تين") and len(w) == 6 and w[1] == "ا"
            and sc.is_p(i + 1, _OPEN_QUOTES) and _z(w[:-2] + "ون") >= 1.0):  # (not من جانبين: الأول: a noun)
        return True  # هاتفين “الشعب يريد”: shouting (فاعل + ين before the words shouted)
    if (w.endswith("ي") and not w.endswith(("تي", "يي")) and not sc.definite(i) and sc.free(i + 1)
            and sc.kind(i + 1) == "ar" and sc.definite(i + 1)):
        nxt = sc.strip_def(i + 1)
        if (nxt.endswith("ات") and len(nxt) >= 5 and _z(nxt[:-2] + "ة") >= 3.0 and len(w) == 5 and w[1] == "ا"
                and w[0] not in "وبلفك"):
            return True  # قائدي المركبات, سائقي الشاحنات: an agent noun فاعل (not قطاعي الخدمات والبنوك, مجالي الصادرات)
        if (nxt.endswith("ي") and len(nxt) >= 4 and not sc.k(i + 1).startswith("و") and _z(nxt + "ة") >= 3.5
                and _z(nxt + "ة") >= _z(nxt) - 0.5
                and not any(sc.k(x).startswith("وال") and sc.k(x).endswith("ي") for x in range(i + 2, min(sc.t.n, i + 8)))
                and not any((b[:-1],) in sc.lx.markers.get("pair_side", {}) for _, b in sc.bases(i))):  # (فريقي الأهلي)
            return True  # مساري المهني, عضوي الوحيد: "my X" and its nisba adjective, no construct (q60)
    return False


def adjective_after_genitive(sc, i) -> bool:
    """Word i (definite, feminine ``-تين``/``-تان``) is the adjective of a feminine construct dual read just before
    its definite genitive (``قطعتي الأرض المجاورتين``, ``سيارتي الإسعاف الجديدتين``): shaped like an adjective, its
    masculine singular a common word about as common as the feminine (مجاور/مجاورة; not a noun: دولة, مدينة are
    commoner than دول/مدين by less than a zipf, so a second test: the word i is no dual the lexicon lists)."""
    k = sc.k(i)
    if not (k.startswith("ال") and k.endswith(("تين", "تان")) and i >= 2 and sc.out and sc.out[-1].b == i - 1
            and sc.out[-1].a == i - 2 and sc.out[-1].value == 2 and sc.k(i - 2).endswith(("تي", "تا"))
            and sc.definite(i - 1) and sc.free(i - 1) and not sc.k(i - 1).endswith(("ين", "ان"))):
        return False
    body = sc.t.text[i][2:]
    fem = body[:-3] + "ة"
    masc = body[:-3]
    if sc.lx.duals.get(k[2:]) is not None or len(masc) < 3:
        return False
    return fem.endswith("ية") or _z(masc) >= 3.0 and _z(masc) >= _z(fem) - 1.0 and _z(masc + "ين") >= 2.3


def two_nisbas_after(sc, i) -> bool:
    """Two definite nisba adjectives joined by و follow word i (الدولاران الأسترالي والنيوزيلندي: session 40):
    a definite currency dual then names two currencies, counted, not an amount of money."""
    k1, k2 = sc.k(i + 1), sc.k(i + 2)
    return (sc.free(i + 1) and sc.free(i + 2) and sc.kind(i + 1) == "ar" and sc.kind(i + 2) == "ar"
            and k1.startswith("ال") and k2.startswith("وال") and k1.endswith("ي") and k2.endswith("ي")
            and len(k1) >= 5 and len(k2) >= 6)
