"""Entities, round 21: word shape (transliterated vs native Arabic) as evidence next to frequency (issue 14).

Hand-written sentences in the style of Saudi news (none copied from a corpus), each with the
neighbours a fix must leave alone."""
from __future__ import annotations

from arnews.entities.cues import word_info
from arnews.entities.shape import shape_score
from name_checks import names


# --- the shape model itself ---

def test_shape_separates_transliterations_from_native_templates():
    for w in ("كاواهارا", "فارنبورو", "هامبشاير", "دارميان", "ميوكو"):
        assert shape_score(w) > 2.5, w
    # rare native words: verbs and nouns with their affixes (all below zipf 3.2)
    for w in ("تتنافى", "اكتظت", "منتهكة", "تحثهم", "يتخلف", "تلاحم", "لتهلك"):
        assert shape_score(w) < -2.0, w
        assert word_info(w).native


def test_a_transliteration_shaped_word_of_middling_frequency_is_foreign():
    assert word_info("ساندرا").foreign and word_info("بورتو").foreign
    # frequent native words and function words stay vocabulary
    for w in ("مدينة", "الذي", "حملة", "ساحة"):
        assert not word_info(w).foreign, w


# --- native prose is no transliterated name ---

def test_rare_native_words_make_no_uncued_name():
    got = names("وعادوا خالي الوفاض بعد أن اكتظت ساحة الملعب بالجماهير، في جريمة بشعة تتنافى مع القيم "
                "ارتكبها مسلحون منتهكة حرمة البيوت، ودعا الأئمة إلى مساعدة الأسر التي تحثهم على البذل.")
    assert got == []


def test_a_native_verb_ends_a_transliterated_run():
    got = names("مقاطعة لام دونغ تطلق حملة لمكافحة الحصبة في القرى.")
    assert ("لام دونغ", "place") in got
    assert not any("تطلق" in s or "حملة" in s for s, _ in got)


def test_a_native_word_ends_a_place_after_its_cue():
    got = names("وصلت الطائرة الخاصة إلى مقاطعة هامبشاير قادمة من الرياض.")
    assert ("هامبشاير", "place") in got
    assert not any("قادمة" in s for s, _ in got)


# --- long transliterated names without a cue ---

def test_long_transliterated_given_and_family_name_is_a_person():
    got = names("وأوضح شينجي كاواهارا أن القارب أبحر فجرا.")
    assert ("شينجي كاواهارا", "person") in got
    got = names("وقال المسؤول ميوكو تاناهاشي إن الرحلة ألغيت.")
    assert any("تاناهاشي" in s and t == "person" for s, t in got)


def test_short_syllables_of_a_place_stay_a_place():
    got = names("وزار الوفد مقاطعة كوانغ نينه الشمالية.")
    assert ("كوانغ نينه", "place") in got
    assert not any(t == "person" for _, t in got)


# --- a given name and a family name that is also a common word, without a cue ---

def test_given_name_and_a_common_word_family_name_is_a_person():
    assert ("ماجد الأسد", "person") in names("وقال ماجد الأسد إن الموسم طويل.")
    # a given name with the article closes the name however frequent its bare reading (يوسف)
    assert ("خالد اليوسف", "person") in names("وأوضح خالد اليوسف أن العيادة تعمل.")


def test_an_adjective_or_noun_before_an_abstract_noun_is_no_person():
    got = names("وشدد البيان على حسن الجوار، ودعا إلى حسن التعامل مع الزوار، وفي الدقيقة الأولى من عمر المباراة "
                "تقدم الفريق، والمبنى صالح الاستخدام.")
    assert not any(t == "person" for _, t in got), got


# --- lists of places: after a plural place word, and going on after a place ---

def test_a_list_after_a_plural_place_word_gives_each_place():
    got = names("وتشمل الدوائر الانتخابية مراكز بني عمرو والحرجة وثربان والقحمة في المحافظة.")
    for pl in ("بني عمرو", "الحرجة", "ثربان", "القحمة"):
        assert (pl, "place") in got
    assert not any(t == "person" for _, t in got)


def test_a_plural_place_word_before_ordinary_words_names_nothing():
    for text in ("وتشهد مدن المملكة المختلفة أمطارا غزيرة.", "وأكد أن محافظات عديدة تأثرت، وأن قرى صغيرة ومزارع تضررت.",
                 "وتضررت قرى كثيرة ومدن عدة."):
        assert not any(t == "place" and s not in ("المملكة",) for s, t in names(text)), text


def test_a_list_going_on_after_a_listed_place():
    got = names("وتجري الانتخابات في الطائف والخرمة وتربة والمويه وبني عمرو في يوم واحد.")
    for pl in ("الطائف", "الخرمة", "تربة", "المويه", "بني عمرو"):
        assert (pl, "place") in got
    # a given name inside the list is no person (عمرو والمويه)
    assert not any(t == "person" for _, t in got)


def test_what_follows_a_place_after_and_is_not_always_a_place():
    for text in ("زار الرياض وأبها والتقى المسؤولين.", "وصل الوفد إلى جدة، وستقدم له الجهات كل التسهيلات.",
                 "وقاتلت بريطانيا وحلفاؤها سنوات طويلة.", "وقعت الحوادث في جدة والطائف ووثقت بالصور.",
                 "وصلت الطائرة إلى مطار عدن، محملة بالمساعدات الطبية."):
        got = names(text)
        assert all(s in ("الرياض", "أبها", "جدة", "بريطانيا", "الطائف", "مطار عدن", "عدن") for s, t in got), (text, got)
