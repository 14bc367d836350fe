"""``بقيادة`` + a listed place: *led by* a country (التحالف بقيادة السعودية), not the Command of it.

``قيادة`` heads organisations (قيادة حرس الحدود *the Border Guard Command*), but with the preposition ب
(``بقيادة``, ``وبقيادة``) or after ``تحت`` it is *led by, under the leadership of*: a listed country or
city after it is the place that leads (the coalition led by Saudi Arabia), and no organisation is named; so is
a person after it (``بقيادة جوزيه مورينيو``, ``تحت قيادة ارسين فينجر``, ``بقيادة اللواء ...``): only an
organisation or place cue or a listed organisation after it, or a role before it (``المتحدث الرسمي بقيادة حرس
الحدود``), keeps the Command's name (session 48: of 34 snn2000 organisations ``قيادة X`` after ب/تحت, 30 were
*led by*).
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info

__all__ = ["LED_BY", "led_by_place", "led_by_person"]

#: keys of *led by* (ب + قيادة): also the end of an organisation run before it (القوات بقيادة ...)
LED_BY = frozenset(key(w) for w in ("بقيادة", "وبقيادة"))
_HEAD = key("قيادة")
_UNDER = frozenset(key(w) for w in ("تحت", "وتحت"))
_REGION = frozenset(key(w) for w in ("منطقة", "المنطقة"))  # a military region's Command


def _led_by(p, i: int) -> bool:
    k = p.fkeys[i]
    return k in LED_BY or (k == _HEAD and i > 0 and p.kinds[i - 1] == "word" and p.fkeys[i - 1] in _UNDER)


def _role_before(p, i: int) -> bool:
    """A role right before token i, or before a definite nisba right before it (``الناطق الإعلامي``), not across
    another noun (``مدرب الفريق بقيادة``)."""
    def role(t):
        return t >= 0 and p.kinds[t] == "word" and word_info(p.toks[t]).cue == "role"

    if role(i - 1):
        return True
    k = p.fkeys[i - 1] if i >= 1 and p.kinds[i - 1] == "word" else ""
    return k.startswith("ال") and k.endswith("ي") and role(i - 2)


def led_by_person(p, i: int) -> bool:
    """The *led by* at word token i governs a person or anything but a body or a place (``بقيادة كريج باوسون``,
    ``بقيادة اللواء محمد``, ``بقيادة الأرجنتيني ...``): no organisation ``قيادة X`` is named.  Before an
    organisation or place cue (``بقيادة حرس الحدود``, ``بقيادة الحزب ...``) the Command reading stays."""
    from .orgnames import listed_org  # (orgnames imports the name finder's guards, which import this module)

    if not _led_by(p, i) or i + 1 >= len(p.toks) or p.kinds[i + 1] != "word":
        return False
    if _role_before(p, i):
        return False  # المتحدث الرسمي بقيادة حرس الحدود: the spokesman of the Command
    return word_info(p.toks[i + 1]).cue not in ("org", "place") and not listed_org(p, i + 1)


def led_by_place(p, i: int) -> int:
    """Tokens of the listed place that the *led by* at word token i governs (``بقيادة السعودية``, ``تحت قيادة
    المملكة``), or 0."""
    from .places import listed_place_at

    if not _led_by(p, i) or (i + 1 < len(p.toks) and p.fkeys[i + 1] in _REGION):
        return 0  # (تحت قيادة المنطقة الشرقية: the Eastern Region Command, not led by a region; review 2)
    return listed_place_at(p, i + 1)
