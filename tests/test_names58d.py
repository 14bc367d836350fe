"""Transliterated runs session 54 (names58d, issue 14): an Arabic word of the sentence glued to a foreign name.

A transliterated run without a cue stops before a frequent word shaped like native Arabic vocabulary (a verb or a noun
of the sentence: ``ضمن``، ``قرب``، ``وصف``، ``بكل``; :func:`arnews.entities.translit_words.sentence_word`): the name
before it keeps its own words; what is left is dropped when it is one Arabic word or has no name's shape (typed a place
by default).  Foreign-looking frequent words (``ويب``، ``جون``، ``فيلا``) and given names (``كمال``، ``سعد``) stay
name words.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the events are
invented."""
from __future__ import annotations

from name_checks import article_rows


def _surfaces(rows):
    return {s for _, s, _, _, _ in rows}


def test_a_verb_after_a_foreign_name_is_cut_off():
    rows = article_rows("انتقالات الصيف",
                        "وأبدى النادي استعداده لوضع كيلور نافاس ضمن صفقة تبادلية قبل نهاية الموسم.")
    got = _surfaces(rows)
    assert "كيلور نافاس" in got
    assert not any(s.endswith("ضمن") for s in got)


def test_prose_runs_with_a_sentence_word_are_dropped():
    rows = article_rows("حوار",
                        "وقال الوزير: «إننا أوفينا بكل ما علينا من التزامات تجاه الشركاء».",
                        "وأضاف أنه لا ينبغي أن يكون لدى أحد اوهام بان جهة واحدة تستطيع حل الأزمة.")
    got = _surfaces(rows)
    assert not any("أوفينا" in s or "بكل" in s for s in got)
    assert not any("اوهام" in s or "جهة" in s for s in got)


def test_one_arabic_word_left_is_no_name():
    rows = article_rows("حادث",
                        "وأوضح المتحدث الرائد سالم القحطاني باشرت فرق الدفاع المدني البلاغ فور وروده.")
    got = _surfaces(rows)
    assert "باشرت" not in got and not any("باشرت" in s for s in got)


def test_foreign_looking_and_given_name_words_stay_in_the_run():
    rows = article_rows("تحكيم",
                        "وأدار المباراة الحكم الإنجليزي هاوارد ويب بمساعدة طاقم من بلاده.")
    assert "هاوارد ويب" in _surfaces(rows)
