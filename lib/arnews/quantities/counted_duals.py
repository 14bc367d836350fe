"""A dual of a noun the same sentence has just counted (q86): ``منها 7 حالات زيادة، وحالتا نقص``, ``6 إصابات؛
حالتان حرجتان وحالتان متوسطتان وحالتا وفاة``: the dual (``-ان``/``-ين``, the construct ``-تا``/``-تي`` before a word)
whose singular is the unit of a count found a few words before it, with no sentence end between, counts two of the
same things (both readers of blind58 and blind59).  The shape test is :func:`.duals.dual_singular`'s (the
frequency guards against plurals, verbs and names); the counted noun before it makes it a noun, where a
repeated dual in a list of adjectives (``حالتان حرجتان وحالتان``) would otherwise read as one more adjective and a
construct ``-تا`` before an indefinite word as a verb (``نشرتا تقارير``).  Not in quotes (``"أمسيتا شباب عكاظ"``: a
name) nor after a pronoun that names the counted things (``20 بلدية، وهي بلديتا ...``).  ``-تي`` before a
definite word is the first person's possessive (``عملت في 5 شركات ثم عدت إلى شركتي الأولى``: *my company*), never
read (review1, session 56)."""
from __future__ import annotations

from .duals import dual_singular
from .my_nouns import no_genitive_at

#: how many tokens back the counted noun may stand
_WINDOW = 15
#: pronouns that name the counted things themselves (وهي بلديتا محافظة ...: a list, no two of them) (key form)
_NAMING = frozenset(("هي", "وهي", "هم", "وهم", "هما", "وهما"))
#: what ends a sentence
_STOPS = ".؟!?؛;:"


def _fold(w: str) -> str:
    return w.replace("ة", "ه").replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")


def dual_of_counted_unit(sc, i) -> str | None:
    """The singular of word i when it is the dual of a unit counted just before it in its sentence, else None."""
    if not sc.out or sc.kind(i) != "ar" or sc.is_p(i - 1, "\"«“") or sc.k(i - 1) in _NAMING:
        return None  # "أمسيتا شباب عكاظ": a name in quotes; 20 بلدية، وهي بلديتا ...: the counted things listed
    w = sc.t.text[i]
    sings = set()
    for p in ("", "و", "ف"):
        if p and not w.startswith(p):
            continue
        body = w[len(p):]
        construct = body.endswith(("تا", "تي"))
        if construct and not (sc.free(i + 1) and sc.kind(i + 1) == "ar") or construct and no_genitive_at(sc, i + 1, bare=body.endswith("تي")):
            continue  # (عودتي سريعًا: a nunated accusative is no genitive, q88)
        if body.endswith("تي") and sc.definite(i + 1):
            continue  # مدرستي الجديدة, شركتي الأولى: "my school", a noun and its adjective (حالتي وفاة: indefinite)
        s = dual_singular(body, construct_ok=construct)
        if s:
            sings.add(_fold(s))
    if not sings:
        return None
    for q in reversed(sc.out):
        if q.b <= i - _WINDOW:
            break
        if q.b > i:
            continue  # a figure a later pass found after the dual: look further back
        if any(sc.is_p(x, _STOPS) for x in range(q.b, i)):
            break
        if q.kind == "count" and q.unit and _fold(q.unit) in sings:
            return q.unit
    return None
