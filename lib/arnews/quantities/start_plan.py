"""Which start rules can match at a token, decided once per word type.

Most tokens the scan stops at start no figure: a punctuation mark other than ``%`` and ``$``
starts none, and an Arabic word is tried only by the rules whose first test its key passes
(a lexicon entry, a marker phrase, a clitic reading).  :func:`start_rules` returns the rules
of ``START_RULES`` still worth trying, in their order; a rule left out would have returned
``None`` at its first test, so the first rule that matches is the same as before.
"""
from __future__ import annotations

from .decades import _PREFIXES as _DECADE_PREFIXES
from .lexicon import CLITIC_TOKENS as _CLITIC_TOKENS, DEFINITE_PREFIXES as _DEFINITE, ar_strip as _ar_strip
from .month_pairs import _FIRST_LAST, _TWO_MONTHS
from .ordinals import _PRONOUN_ORDINALS
from .tallies import _GOAL_WORDS
from .zero import _ZERO

#: clitics that :meth:`_TokenView.phrase_at` lets stand before a marker phrase
_PHRASE_CLITICS = ("", "و", "ف", "ب", "ل", "ول", "وب")
#: clitics before the first word of a pair of months (:meth:`_MonthPairRules.two_months`)
_MONTH_PAIR_CLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف")
_EN_ORDINALS = ("first", "second", "third", "fourth", "last", "final")
#: word types whose plans are kept at most (then the plans are made again)
_MAX_PLANS = 131_072


def _definite(k: str) -> bool:
    return k.startswith(_DEFINITE) and len(k) > 3


def _gates(lx) -> dict:
    """rule name -> test on an Arabic word's key (and its clitic readings) that the rule's first lines
    make; a rule without a gate is always tried.  Rules for digits, codes and signs never match a word."""
    m = lx.markers
    edge = {t[0] for t in m.get("range_edge", {})}
    groups, goals, ages, tens = (m.get(r, {}) for r in ("group_noun", "goal_tally", "decade_age", "decade"))
    ranks = m.get("rank_noun", {})
    ages_f = m.get("decade_age_f", {})
    no = lambda k, bs: False  # noqa: E731
    return {
        "doc_code": no, "day_range_date": no, "numeric_date": no, "clock_time": no, "number_token": no,
        "percent_first": no, "dollar": no,
        "en_ordinal_word": lambda k, bs: k in _EN_ORDINALS,
        "clitic_before_number": lambda k, bs: k in _CLITIC_TOKENS,
        "zero_percent": lambda k, bs: k in ("صفر", "وصفر"),
        "month_stretch": lambda k, bs: k in lx.month_first,  # month_at: a month's first word
        "month_name": lambda k, bs: k in lx.month_first,
        "coordinated_month": lambda k, bs: k[:1] == "و" and k[1:] in lx.month_first,  # glued_month_at
        "edge_of_relative_year": lambda k, bs: any(b in edge for p, b in bs if p in _PHRASE_CLITICS),
        "hijri_month_name": lambda k, bs: k in lx.month_first,  # hmonth_at
        "clock_words": lambda k, bs: any(b == "ساعه" and p in _DEFINITE for p, b in bs),  # _hour_word
        "bare_clock_words": lambda k, bs: k.endswith("ه") and k in lx.starts,  # numword(i)
        "lunar_date": lambda k, bs: k in lx.starts,  # _ordinal_value / numword(i)
        "ordinal_day": lambda k, bs: k in lx.starts,  # _ordinal_value
        "eid_day": lambda k, bs: k in lx.starts,  # numword(i) (eid_days, q58)
        "group_noun": lambda k, bs: any((b,) in groups for p, b in bs),
        "goal_tally": lambda k, bs: any(p in ("ب", "وب") and (b,) in goals for p, b in bs),
        "title_tally": lambda k, bs: _definite(k) and any(p in ("ال", "بال", "وال") and (b,) in goals for p, b in bs),
        "one_goal": lambda k, bs: any(p == "ل" and b in _GOAL_WORDS or p in ("ب", "وب") and b == "هدف" for p, b in bs),
        "zero_level": lambda k, bs: k in _ZERO,
        "two_months": lambda k, bs: any(b in _TWO_MONTHS or b in _FIRST_LAST for p, b in bs if p in _MONTH_PAIR_CLITICS),
        "decade": lambda k, bs: any((b,) in tens and p in _DECADE_PREFIXES for p, b in bs),
        "decade_age": lambda k, bs: any((b,) in ages and p in ("", "ال") for p, b in bs),
        "woman_age": lambda k, bs: any((b,) in ages_f and p in ("", "ال") for p, b in bs),  # woman_ages (q70)
        "place_number_word": lambda k, bs: k in lx.starts,  # numword(i)
        "pronoun_ordinal": lambda k, bs: k in _PRONOUN_ORDINALS or k[:1] in ("و", "ف") and k[1:] in _PRONOUN_ORDINALS,
        "rank_pair": lambda k, bs: (_definite(k) and k.endswith(("ين", "ان"))
                                    and ((k[:-2],) in ranks or (k[:-3] + "ه",) in ranks)),
        "dual_before_ordinals": lambda k, bs: _definite(k) and k.endswith(("ين", "ان")),
        "ordinal_after_dual": lambda k, bs: k in lx.starts,  # numword(i)
        "ordinal_of_counted": lambda k, bs: k in lx.starts,  # numword(i) (counted_ordinals, q72)
        "dual_of_marks": lambda k, bs: _definite(k) and k.endswith(("ين", "ان")),  # _rank_dual
        "huma_dual": lambda k, bs: k.endswith("ين"),  # huma_duals (q66)
    }


def start_rules(scanner, i, rules) -> tuple:
    """The rules of ``rules`` (``START_RULES``) that can match at token i of the scanner."""
    t = scanner.t
    kd = t.kind[i]
    if kd == "p":
        return rules if t.text[i] in ("%", "$") else ()
    if kd != "ar":
        return rules
    lx = scanner.lx
    plans = lx.start_plans
    k = t.k[i]
    plan = plans.get(k)
    if plan is None:
        if len(plans) > _MAX_PLANS:
            plans.clear()  # (bounded like the per-word caches: a long build meets many word types)
        gates = plans.get(None)
        if gates is None:
            gates = plans[None] = _gates(lx)
        bs = (("", k),) + _ar_strip(k)  # :meth:`_TokenView.bases` of an Arabic word
        plan = tuple(r for r in rules if gates.get(r.__name__, _always)(k, bs))
        plan = plans[k] = plans.setdefault(plan, plan)  # one tuple per distinct plan
    return plan


def _always(k, bs) -> bool:
    return True
