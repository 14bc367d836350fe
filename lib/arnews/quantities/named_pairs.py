"""A definite noun in ``-ين`` before exactly two people named (round 39): ``المهاجمين نايف هزازي
والأوروغواياني رودريقز مورا``, ``الصديقين الاتحاديين مناف أبوشقير وصالح الصقري``, ``المهاجمين فهد السويلم
وعبدالله السالم`` are two forwards, two friends (a dual; a plural of people reads the same in ``-ين``).

After the noun (and its agreeing definite adjectives in ``-ين``) come two members joined by و, each one to
four name words: a given name of the name finder's cues, a word rare in general Arabic (zipf below 3), a
link (``بن``, ``أبو``, ``عبد``, ``فان``, ``دي``), the first word of a member possibly a definite nisba (``الهولندي``);
the second member must end the list (punctuation, the paragraph's end or a common word; not a third member
after و or a comma, not a comma inside the first member).  The noun's singular is a common word."""
from __future__ import annotations

from ..tokens import stopwords as _stopwords
from .duals import name_cues as _cues, word_zipf as _z

#: words inside a name (key forms)
_LINKS = frozenset(("بن", "ابن", "ابو", "عبد", "فان", "دي", "دا", "بنت", "ال"))
_MAX_WORDS = 4
#: pronoun endings (key forms): a word with one is no name (استنكارهم وشجبهم)
_PRONOUNS = ("هم", "هن", "هما", "ها", "كم")
_MIN_SINGULAR = 3.3


def _name_word(sc, x) -> bool:
    """Word x can be inside a name: a given name, a link, a rare word, or a family name with ال that is
    not very common and not a plural or feminine form (السالم, السويلم)."""
    if not (sc.free(x) and sc.kind(x) == "ar") or sc.numword(x) or sc.month_at(x) or sc.k(x).startswith("و"):
        return False
    if sc.k(x).endswith(_PRONOUNS):
        return False  # استنكارهم: a noun with a pronoun, no name
    k, z = sc.k(x), _z(sc.t.text[x])
    return (k in _cues().given or k in _LINKS or z < 3.0
            or k.startswith("ال") and z < 4.0 and not k.endswith(("ين", "ات", "ون", "ه", "ان"))
            or k.startswith("ال") and k.endswith("ي") and len(k) >= 5 and z < 4.6)  # الشمري, القحطاني: a family nisba


def _nisba(sc, x) -> bool:
    k = sc.k(x)
    return sc.free(x) and sc.kind(x) == "ar" and k.startswith("ال") and k.endswith("ي") and len(k) >= 6


def _member(sc, x, first: bool) -> int:
    """The token after a member that starts at x (its first word carries و when not ``first``), or x."""
    start = x
    if first:
        if _nisba(sc, x):
            x += 1  # الهولندي روبن فان بيرسي
        k = sc.k(x)
        if not (sc.free(x) and sc.kind(x) == "ar" and not k.startswith(("و", "ال")) and not sc.numword(x)
                and not k.endswith(_PRONOUNS)
                and not k.endswith(("وا", "ون"))  # تنفسوا: a plural verb after a plural
                and not (k[:1] in "كبل" and _z(sc.t.text[x][1:]) >= 3.0)  # كأساتذة: a preposition and a common noun (q57)
                and (k in _cues().given or _z(sc.t.text[x]) < 3.0 or _z(sc.t.text[x]) < 4.0 and _name_word(sc, x + 1))):
            return start
    else:
        k = sc.k(x)
        if not (k.startswith("و") and len(k) > 2 and sc.free(x) and sc.kind(x) == "ar"):
            return start
        rest = sc.t.text[x][1:]
        if k.endswith(_PRONOUNS) or not (k[1:] in _cues().given or _z(rest) < 3.0 and _z(sc.t.text[x]) < 3.0
                or rest.startswith("ال") and rest.endswith("ي") and len(rest) >= 6):
            # (وكالة, وتخلصوا: a common word or a verb with و, not و + a rare name)
            return start
    x += 1
    n = 0
    while n < _MAX_WORDS and _name_word(sc, x):
        x += 1
        n += 1
    return x


def dual_before_two_names(sc, i) -> str | None:
    """The singular of word i when exactly two people named follow it (``sc`` the scanner), else None."""
    w = sc.t.text[i]
    if not sc.definite(i) or not w.endswith("ين") or w.endswith("تين"):
        return None
    sing = sc.strip_def(i)[:-2]
    if len(sing) < 3 or _z(sing) < _MIN_SINGULAR:
        return None
    x = i + 1
    while (sc.free(x) and sc.kind(x) == "ar" and sc.definite(x) and sc.k(x).endswith("ين") and not sc.k(x).startswith("و")
           and sc.k(x) not in ("الذين", "اللذين") and not sc.numword(x)):
        x += 1  # الصديقين الاتحاديين: agreeing adjectives
    m1 = _member(sc, x, True)
    if m1 == x:
        return None
    m2 = _member(sc, m1, False)
    if m2 == m1:
        return None
    if sc.free(m2) and sc.kind(m2) == "ar" and sc.k(m2).startswith("و") and _member(sc, m2, False) != m2:
        return None  # a third member: a plural
    if sc.is_p(m2, ",،") and _member(sc, m2 + 1, True) != m2 + 1 and sc.k(m2 + 1) not in ("و",):
        return None  # ... وصالح، وخالد: a list goes on
    return sing


def _nationality(sc, x, led: bool) -> bool:
    """Word x is a definite nisba adjective (a nationality: الهولندي; with و when ``led``: والكولومبي)."""
    if not (x < sc.t.n and sc.free(x) and sc.kind(x) == "ar"):
        return False
    w = sc.t.text[x]
    if led:
        if not w.startswith("و"):
            return False
        w = w[1:]
    return w.startswith("ال") and w.endswith("ي") and len(w) >= 6 and not sc.numword(x)


def _name_run(sc, x) -> int:
    """The token after one to four name words from x (free Arabic words, no stopword, no number, no و)."""
    n = 0
    while n < 4 and x < sc.t.n and sc.free(x) and sc.kind(x) == "ar" and not sc.numword(x) and not sc.month_at(x):
        w = sc.t.text[x]
        if w.startswith("و") or (w in _stopwords("ar") or sc.k(x) in _stopwords("ar")) and sc.k(x) not in _LINKS or sc.k(x).endswith(_PRONOUNS):
            break  # (فان, دي inside a name are links, not the stopwords فإن, في)
        x += 1
        n += 1
    return x if n else -1


def dual_before_two_nationals(sc, i) -> str | None:
    """(session 38) The singular of word i, a definite noun in ``-ين``, when two people follow it each named after
    a nationality, the second led by و (``المهاجمين الهولندي روبن فان بيرسي والكولومبي راداميل فالكاو``,
    ``المدربين، اليوناني جورجيوس دونيس، والأوروجوياني خورخي داسيلفا``): the two parallel nationalities show
    the pair even when the names are common words; no third member after it."""
    w = sc.t.text[i]
    if not sc.definite(i) or not w.endswith("ين") or w.endswith(("تين", "يين")):
        return None
    sing = sc.strip_def(i)[:-2]
    if len(sing) < 3 or _z(sing) < _MIN_SINGULAR:
        return None
    x = i + 1 + sc.is_p(i + 1, "،,")
    if not _nationality(sc, x, False):
        return None
    x = _name_run(sc, x + 1)
    if x < 0:
        return None
    x += sc.is_p(x, "،,")
    if not _nationality(sc, x, True):
        return None
    end = _name_run(sc, x + 1)
    if end < 0:
        return None
    if _nationality(sc, end + sc.is_p(end, "،,"), True):
        return None  # a third nationality: a list of more than two
    return sing
