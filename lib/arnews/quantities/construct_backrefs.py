"""Masculine construct duals in ``-ي`` shown by what follows them (session 41, q57).

* A dual verb a few words on agrees with the construct and its genitive (``مشجعي فريق لكرة القدم اعتديا``,
  ``استشاريي جراحة العظام والتجميل بالمستشفى نجحا``): the sound plural's construct (مشجعي, إداريي) and "my X"
  read the same, but a plural subject takes a plural verb (``-وا``).  The search stops at the end of the clause
  (a full stop, a conjunction that opens another clause: ``أن``، ``الذي`` ...), at a plural verb, at a dual verb
  joined by و or ل (its subject stands before: ``وخرجا``, ``ليعودا``) and at another word that could be the verb's
  subject (a dual-shaped word in ``-ين``/``-ان``).  Not a name (``محمد حسني``، ``الفنان فوزي``: a given name, title,
  nisba or rare word before it), nor one or two of a plural (``اثنين من مقاتلي``).  The pronoun ``هما`` was tried
  as evidence too and dropped: on snnall it pointed to another pair as often as not.
* An indefinite noun right after a masculine construct whose dual the word frequencies show
  (``طرفي لقاء``, ``جهازي كمبيوتر``): "my X" is definite, so an indefinite noun after it is no adjective
  of it; the word after must be a noun (its definite form common, no common feminine: not ``فريقي جاهز``,
  ``بيتي كبير``), no verb, particle, nisba or name.
"""
from __future__ import annotations

from ..tokens import stopwords as _stopwords
from .duals import MIN_SINGULAR as _MIN_SINGULAR, name_cues as _cues, word_zipf as _z, dual_singular
from .dual_verbs import is_dual_verb

#: how many words after the construct a dual verb may stand
_REACH = 6
#: words that open another clause (key forms): the dual after them may have another subject
_CLAUSE = frozenset(("ان", "لان", "الذي", "التي", "الذين", "حيث", "عندما", "بينما", "فيما", "لكن", "ولكن", "ثم",
                     "اذا", "كما", "بعدما", "حين", "حتي", "اما", "او", "ما", "كان", "وكان"))
#: words that open a clause with its own subject or a coordinated verb (key forms)
_NEW_SUBJECT = frozenset(("هما", "وهما", "فهما", "انهما", "ولم", "ولن", "وقد", "ولا", "وما", "فلم", "فقد", "فلا", "لم", "لن", "قد"))
#: sentence ends
_STOPS = ".؟?!:;؛"
#: words before a construct that make it one or two of a plural (key forms): اثنين من مقاتلي, أحد لاعبي
_PARTITIVE = frozenset(("اثنين", "اثنان", "احد", "احدي", "اكثر", "لاكثر", "ابرز", "اهم", "بعض", "كل", "معظم", "اغلب"))


def _construct_singular(w: str) -> str | None:
    """The singular of a masculine construct in -ي (a proclitic و/ف/ب/ل tried): إداريي -> إداري, مشجعي -> مشجع;
    the commonest reading whose singular is a common noun with a written dual, not a nisba adjective (يومي: يومياً
    is common), not a verb or a verbal noun of a defective root (يجري, تنامي, تلقي: the singular reads as an
    imperfect whose plural in -ون is common)."""
    best = None
    for body in (w,) + ((w[1:],) if w[:1] in "وفبل" and len(w) > 5 else ()):
        if len(body) < 4 or not body.endswith("ي") or body.endswith(("تي", "ىي")) or body[0] == "ي":
            continue
        sing = body[:-1]
        if sing in _stopwords("ar") or body in _stopwords("ar"):
            continue  # عندي: a preposition with "my"
        if not body.endswith("يي") and (_z(sing + "يا") >= 2.9 or _z(sing + "ية") >= _z(sing)):
            continue  # a nisba adjective (قطبي, هرموني: قطبية, هرمونية common)
        if sing[0] in "تنأا" and _z(sing + "ون") >= 2.5:
            continue  # تنامي, تردي: a verbal noun whose ي is the root's (تنامون, تردون: verbs)
        if max(_z(sing + "ين"), _z(sing + "ان")) < 1.5 or _z(body) > _z(sing) + 0.3:
            continue  # a noun without a written dual; a word commoner than its would-be singular (a name, a verb)
        if len(sing) >= 3 and _z(sing) >= _MIN_SINGULAR and (best is None or _z(sing) > _z(best)):
            best = sing
    return best


def _dual_verb(body: str) -> bool:
    """A dual verb (:func:`.dual_verbs.is_dual_verb`), also a past whose stem ends in ت or a defective one in -يا
    (باتا, اعتديا: plurals باتوا, اعتدوا)."""
    if is_dual_verb(body):
        return True
    if len(body) < 4 or not body.endswith(("تا", "يا")):
        return False
    plural = body[:-2] + "وا" if body.endswith("يا") else body[:-1] + "وا"
    return _z(plural) >= 2.0 and _z(body) < _z(plural)


def _name_before(sc, i) -> bool:
    """The word before i belongs to a person's name or introduces one (محمد حسني, الدكتور بوني, الإيطالي جياني,
    روبرت داوني): a given name or title of the cues, a definite nisba, or a word that is no Arabic vocabulary."""
    if i < 1 or sc.kind(i - 1) != "ar":
        return False
    k, w = sc.k(i - 1), sc.t.text[i - 1]
    if w in _stopwords("ar") or w in ("على", "وعلى", "إلى", "الى"):
        return False  # على (علي folded): a preposition, not the given name
    cues = _cues()
    bare = k[2:] if k.startswith("ال") else k
    if k in cues.given or k[1:] in cues.given or cues.kind.get(bare) in ("title", "role", "link", "given", "foreign_given"):
        return True
    if k.startswith(("ال", "وال")) and k.endswith("ي") and len(k) >= 6:
        return True  # الإيطالي جياني, الغاني سولي
    return _z(w) < 3.0 and _z(w[1:]) < 3.0


def _stop(sc, j) -> bool:
    t, k = sc.t.text[j], sc.k(j)
    return t in _stopwords("ar") or k in _stopwords("ar") or k in _CLAUSE or k in _PARTITIVE


def construct_before_backref(sc, i) -> str | None:
    """The singular of word i, an indefinite masculine construct in -ي before a genitive, when a dual verb
    refers back to it within a few words (``sc`` the scanner), else None."""
    w = sc.t.text[i]
    if sc.definite(i) or w in _stopwords("ar") or sc.k(i) in _cues().given or _name_before(sc, i):
        return None
    if i > 0 and sc.kind(i - 1) == "ar" and sc.k(i - 1) in _PARTITIVE:
        return None  # اثنين من مقاتلي, أحد لاعبي, أكثر ممثلي: one or two of a plural
    if i > 1 and sc.k(i - 1) == "من" and sc.k(i - 2) in _PARTITIVE:
        return None
    if not (sc.free(i + 1) and sc.kind(i + 1) == "ar") or _stop(sc, i + 1) or sc.numword(i + 1) or sc.k(i + 1) in _NEW_SUBJECT:
        return None
    k1 = sc.k(i + 1)
    if k1.startswith(("و", "لل", "بال", "كال")) or k1.endswith(("ين", "ان")):
        return None  # a coordination or a preposition right after it: no genitive; a dual genitive: its own rules
    if not sc.definite(i + 1) and _z(sc.t.text[i + 1]) < 3.0:
        return None  # وجدي معوض: a rare word after it, a family name (not a genitive)
    if sc.is_p(i + 2, ",،") and sc.k(i + 3).startswith("و"):
        return None  # وجدي معوض، وآيتل عدنان: a list of names
    sing = _construct_singular(w)
    if sing is None:
        return None
    for j in range(i + 2, min(i + 2 + _REACH, sc.t.n)):
        kind = sc.kind(j)
        if kind == "p":
            if any(c in _STOPS for c in sc.t.text[j]):
                return None
            continue
        if kind != "ar":
            continue
        k, t = sc.k(j), sc.t.text[j]
        if k in _CLAUSE or k in _NEW_SUBJECT:
            return None  # (عصري فهما يعدان: a pronoun of two opens its own clause; ولم يعيدا: a verb coordinated)
        if t[:1] in "وفل" and len(t) > 4 and _dual_verb(t[1:]):
            return None  # وخرجا, وأعربا: a verb joined by و has its subject before; ليعودا: a purpose
        if _dual_verb(t):
            return sing
        if t.endswith(("وا", "ون")) and len(t) >= 4:
            return None  # a plural verb or noun: the construct is a plural's
        bare = t[2:] if t.startswith("ال") else t
        if len(bare) >= 5 and bare.endswith(("ين", "ان")) and dual_singular(bare) is not None:
            return None  # another dual-shaped word may be what the dual refers to
    return None


def noun_after_construct(sc, j) -> bool:
    """Word j is an indefinite common noun that can be the genitive of a masculine construct dual in -ي
    (طرفي لقاء, جهازي كمبيوتر): its definite form is common, it has no common feminine (an adjective: جاهز،
    كبير), it is no nisba, verb, verbal noun of a derived form (هدفي تحقيق: "my goal is achieving"), particle, number,
    month or given name."""
    if not (sc.free(j) and sc.kind(j) == "ar") or sc.definite(j) or _name_before(sc, j - 1):
        return False  # (إبراهيم جناحي رئيس: a family name after a given name)
    if sc.phrase_at(j - 1, "idiom_dual"):
        return False  # على طرفي نقيض: an idiom (quantity_markers.csv)
    w, k = sc.t.text[j], sc.k(j)
    if k == "عبد" or k.startswith("عبد") and k in _cues().given:
        return False  # شقيقي عبد الإله: "my brother" and his name
    if (k[:1] in ("و", "ف") or k[:1] in ("ب", "ل") and _z(w) < _z(w[1:]) + 1.0 or w.endswith(("ة", "ه", "ى", "ا", "ت", "ي", "ين", "ون", "ات", "ان")) or len(k) < 3
            or len(w) == 4 and w[0] in "أا" or len(w) >= 5 and w[0] in "تاإ" or w in _stopwords("ar") or k in _stopwords("ar")
            or sc.numword(j) is not None or sc.month_at(j) or k in sc.lx.not_unit or k in _cues().given):
        return False  # (أفعل: an elative, فريقي أفضل; a verbal noun تفعيل/إفعال/افتعال is the predicate of "my X":
        # هدفي تحقيق البطولة; ب/ل a preposition unless the whole word is the commoner reading:
        # لقاء; a verb, يلعب, takes no article: the test below)
    return _z("ال" + w) >= 3.0 and _z(w + "ة") < _z(w) - 1.0
