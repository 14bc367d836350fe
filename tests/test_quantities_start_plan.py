"""Session 34 (speed): the scan tries at a token only the start rules whose first test it passes
(``quantities.start_plan``).  The figures must be those of trying every rule.

Every sentence here was written for these tests in the style of Arabic news (no corpus text)."""
from __future__ import annotations

import pytest

import arnews.quantities.scanner as scanner
from arnews.quantities import extract_quantities
from arnews.quantities.lexicon import _lex
from arnews.quantities.start_plan import _gates, start_rules

#: each sentence reaches one or more gated rules (and their near neighbours that must not fire)
SENTENCES = [
    "وحل المنتخب في المركزين الثالث والرابع في البطولتين الماضيتين",  # rank_pair; a dual that counts
    "واستمر الاجتماع ساعة ونصف، ثم عام وربع من العمل، وساعتين ونصف للمناقشة",  # one_and_half; the dual's rule
    "ويبدأ الحفل في الساعة السابعة مساء وينتهي في التاسعة والنصف، وبالساعة الأولى",  # clock words, bare clock
    "وفاز الفريق بثنائية نظيفة ثم أحرز الثلاثية، وتقدم بهدف نظيف لهدف",  # goal/title tallies, one goal
    "ونزلت الحرارة تحت الصفر، وبلغ التضخم صفر في المئة في شهر صفر",  # zero level, zero percent, the month
    "وفي السبعينات وستينيات القرن الماضي كان الرجل الخمسيني شابا",  # decades, a decade age
    "وافتتحت 4 مدارس أولها في الرياض، وثانيهما في جدة",  # pronoun ordinals
    "ويكتمل المشروع نهاية العام الجاري أو مطلع العام المقبل بعد 3 أشهر",  # the edge of a relative year (no figure)
    "وسجل اللاعب في الدقيقتين 43 و57 بعد الشهرين الأولين من عام 2025",  # marks after a dual, two months
    "وزار الوفد شارع الستين يوم الخامس عشر من مارس، والخامس عشر من الشهر الثامن",  # place number, days
    "وحضر الثنائي البولندي و 15 لاعبا من سبتمبر-نوفمبر من هذا العام في شوال 1436هـ",  # group noun, clitic, months
    "وارتفع المؤشر %5 وبلغ السعر $10، (المرحلة: الأولى) - «النهائي»؛ انتهى!",  # signs before numbers, punctuation
    "The first quarter of 2024 saw a hundred new firms, and thousands of workers.",  # English
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_plan_finds_what_every_rule_finds(text, monkeypatch):
    lang = "en" if text.isascii() else "ar"
    planned = extract_quantities(text, lang=lang, published="2015-07-20")
    monkeypatch.setattr(scanner, "start_rules", lambda sc, i, rules: rules)
    assert planned == extract_quantities(text, lang=lang, published="2015-07-20")
    assert planned  # each sentence has figures


def test_the_gated_rules_still_fire():
    qs = extract_quantities("وحل المنتخب في المركزين الثالث والرابع")
    assert [q["kind"] for q in qs][:1] == ["ordinal"] and qs[0]["value"] in (3, 3.0)
    qs = extract_quantities("واستمر الاجتماع ساعة ونصف")
    assert [(q["kind"], q["value"]) for q in qs] == [("duration", 1.5)]
    assert [q["kind"] for q in extract_quantities("ونزلت الحرارة تحت الصفر ليلا")] == ["measure"]
    # the edge of a relative year: no figure since session 36, and no other rule reads it
    qs = extract_quantities("ويكتمل المشروع نهاية العام الجاري", published="2015-07-20")
    assert qs == []


def test_every_gate_names_a_start_rule():
    names = {r.__name__ for r in scanner.START_RULES}
    assert len(names) == len(scanner.START_RULES)
    for lang in ("ar", "en"):
        assert set(_gates(_lex(lang))) <= names


class _Toks:
    def __init__(self, kinds, texts):
        self.kind, self.text, self.k = kinds, texts, texts


class _Sc:
    def __init__(self, kinds, texts):
        self.t, self.lx = _Toks(kinds, texts), _lex("ar")


def test_punctuation_and_plain_words():
    rules = scanner.START_RULES
    sc = _Sc(["p", "p", "p", "ar", "ar", "num"], ["،", "%", "$", "المدرسه", "السبعينات", "15"])
    assert start_rules(sc, 0, rules) == ()  # a comma starts no figure
    assert start_rules(sc, 1, rules) == rules and start_rules(sc, 2, rules) == rules
    assert start_rules(sc, 5, rules) == rules  # a number: every rule
    plain = start_rules(sc, 3, rules)  # a word of no lexicon: ساعة ونصف's rule, then not_a_trigger and after
    assert plain[:2] == (scanner._FractionRules.one_and_half, scanner._Scanner.not_a_trigger)
    assert scanner._DecadeRules.decade in start_rules(sc, 4, rules)
    assert scanner._DecadeRules.decade not in plain
