"""Session 48, q70: a political party's construct dual before two parties named (``حزبي الإصلاح والناصري``); a
woman's age decade (``سيدة أربعينية``) and a definite decade nisba before a person's name (``يعتني الستيني
بخيت بن محمد``); a noun in ``-تي`` after a programme's noun or in a paragraph in the first person is a name or
"my X", not a construct dual (``برنامج إحالتي رصد``, ``وتبحث عن سعادتي أينما كانت``); the next of a long series
of bare ordinals across sentences (``... في المظهر. الخامس، ...``); a construct dual before ها/هم
(``وجهيها الأمامي والخلفي``).  Sentences written for these tests, with the neighbours that must not change."""
from __future__ import annotations

from arnews.quantities import extract_quantities


def _rows(text, published=""):
    return [(q["surface"], q["kind"], q["value"], q["value_end"], q["unit"])
            for q in extract_quantities(text, published=published)]


def _surfaces(text):
    return [q["surface"] for q in extract_quantities(text)]


# -- حزب as a side noun (pair_side)
def test_two_parties_named_after_the_construct_dual():
    rows = _rows("واعتقلت الجماعة عددا من القياديين في حزبي التجمع والوحدوي بمدينة تعز")
    assert ("حزبي", "count", 2, None, "حزب") in rows


def test_party_dual_led_by_waw_before_two_parties():
    rows = _rows("ويحظى القانون بدعم الحزب الحاكم وحزبي النهضة والتكتل الديمقراطي في البرلمان")
    assert ("وحزبي", "count", 2, None, "حزب") in rows


def test_partisan_adjective_is_no_dual():
    assert _surfaces("وقال إن العمل حزبي بامتياز ولا علاقة له بالخدمة العامة") == []
    assert _surfaces("ورفض أي انتماء حزبي داخل المؤسسة العسكرية") == []


# -- woman_ages
def test_a_woman_in_her_forties():
    rows = _rows("وتوفيت سيدة أربعينية في منزلها بعد تعرضها لحادث")
    assert ("أربعينية", "duration", 40, None, "سنة") in rows


def test_definite_woman_and_kin_noun_with_pronoun():
    assert ("السبعينية", "duration", 70, None, "سنة") in _rows("وقالت المرأة السبعينية إنها تنتظر ابنها منذ سنوات")
    assert ("التسعينية", "duration", 90, None, "سنة") in _rows("وعثرت الشابة على أمها التسعينية في مدينة أخرى")


def test_feminine_decade_after_other_nouns_is_no_age():
    assert _surfaces("وأقرت الحكومة الخطة العشرينية للتنمية الزراعية") == []
    assert _surfaces("واحتفلت الجمعية بالذكرى الستينية لتأسيسها") == []
    assert _surfaces("ينهي حياة أربعينية في المدينة") == []


def test_definiteness_must_agree():
    assert _surfaces("وزارت سيدة الأربعينية المعرض") == []


# -- decade_ages: a definite nisba before a name
def test_definite_decade_nisba_before_a_name_after_a_verb():
    rows = _rows("يعتني الخمسيني سالم بن عبدالله بعشرات الطيور في مزرعته")
    assert ("الخمسيني", "duration", 50, None, "سنة") in rows


def test_decade_nisba_after_a_verb_without_a_name_stays_out():
    assert _surfaces("وقال الخمسيني إنه لن يغادر منزله") == []


# -- my_nouns
def test_programme_name_in_ti_is_no_dual():
    text = "وأوضح المشرف أن برنامج رعايتي سجل 150 حالة خلال الأسبوع الماضي"
    assert "رعايتي" not in _surfaces(text)
    assert "150 حالة" in _surfaces(text)


def test_my_noun_in_a_first_person_paragraph():
    text = ("كانت جدتي قريبة مني، تسهر معي إذا مرضت، ولا تهدأ حتى تطمئن على راحتي "
            "وتبحث عن سعادتي أينما كانت، وكانت بالنسبة لي أما ثانية")
    assert "سعادتي" not in _surfaces(text)


def test_construct_dual_with_a_definite_genitive_stays_in_first_person_text():
    text = "وقال لي المسؤول: أنا أتابع بنفسي العمل في منطقتي الشمال والجنوب يوميا"
    assert ("منطقتي", "count", 2, None, "منطقة") in _rows(text)


def test_construct_dual_before_a_common_noun_stays_in_third_person_text():
    rows = _rows("وأصيب ثلاثة أشخاص في حادثتي سير على الطريق السريع")
    assert [r[:3] for r in rows if r[0] == "حادثتي"] == [("حادثتي", "count", 2)]


# -- bare_ordinals: a long series across sentences
def test_long_series_of_bare_ordinals_goes_on_after_a_full_stop():
    text = ("وضع الكاتب ست قواعد للنجاح، الأول الصبر على العمل، الثاني الصدق مع الزملاء، "
            "الثالث احترام الوقت. الرابع، الإصغاء للآخرين. الخامس، التعلم من الخطأ")
    rows = [(s, k, v) for s, k, v, _, _ in _rows(text)]
    for s, v in (("الأول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5)):
        assert (s, "ordinal", v) in rows


def test_a_lone_ordinal_after_a_full_stop_without_a_series_is_nothing():
    assert _surfaces("وانتهى الاجتماع. الخامس من المتقدمين لم يحضر") == []


# -- dual_evidence: a construct dual before ها/هم
def test_construct_dual_before_ha():
    rows = _rows("وطبعت العملة الجديدة برموز بارزة على وجهيها الأمامي والخلفي")
    assert ("وجهيها", "count", 2, None, "وجه") in rows


def test_plural_participle_before_ha_and_the_ears_idiom():
    assert "ومدبريها" not in _surfaces("وهذا دليل على فساد منفذيها ومدبريها")
    assert _surfaces("وبلادك متورطة حتى أذنيها في هذه الحرب") == []


# -- not_unit: سابع المستحيلات
def test_seventh_of_the_impossibles_is_an_idiom():
    assert _surfaces("ويرى المراقبون أن عودته إلى المنصب من سابع المستحيلات") == []
    assert [(s, k, v) for s, k, v, _, _ in _rows("وكان هذا ثالث اللقاءات بين المنتخبين")][:1] == [("ثالث اللقاءات", "ordinal", 3)]


# -- limit words: at least (quantity_markers.csv)
def _approx(text):
    return [(q["kind"], q["value"], q["approx"]) for q in extract_quantities(text)]


def test_will_not_be_less_than_is_at_least():
    assert _approx("وأكد أن مدة التدريب لن تقل عن 30 يوما في المعسكر") == [("duration", 30, "more_than")]
    assert _approx("ويتوقع أن دخل المهرجان لن يقل عن 10 ملايين ريال") == [("money", 10000000, "more_than")]


def test_minimum_after_or_before_the_figure_is_at_least():
    assert _approx("ويتقاضى المتدرب 4000 ريال كحد أدنى كل شهر") == [("money", 4000, "more_than")]
    assert _approx("وألزمت الوزارة المدارس بالرواتب بحد أدنى 5000 ريال للمعلم") == [("money", 5000, "more_than")]


def test_less_than_stays_less_than():
    assert _approx("بمبلغ يقل عن 200 ريال") == [("money", 200, "less_than")]
    assert _approx("ويعمل 20 موظفا كحد أقصى في الفرع") == [("count", 20, "less_than")]
