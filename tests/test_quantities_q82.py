"""q82 (issue 13): names and labels counted as figures, ordinals, واحد (blind46-57).

* A number of four digits or more after a verb of calling and its preposition (``الاتصال بـ 19911``,
  ``اتصل على 1909``: ``call_word`` of quantity_markers.csv) is a phone number, a label (was a count or a
  year); not before a counted noun or a partitive (``الاتصال بـ 1500 مواطن``).
* ``48`` after عرب/فلسطينيي/فلسطينيو names the Palestinians of the lands taken in 1948 (``عرب 48``), a label
  (``name_word``), not 48 people.
* An indefinite ordinal before a definite sound masculine plural ranks one of them (``ثالث المتحدثين``,
  ``ثاني المحاضرين``: an ordinal over both words; was nothing, or the ordinal with the word before it as its
  noun: ``واستعرض ثالث``); not before a dual or a title (``ثالث الحرمين``).
* A masculine indefinite ordinal before any other definite genitive heads it (``ليما ثالث الأجانب``,
  ``عبر ثاني الأنفاق``): the ordinal alone, not glued to the name, verb or preposition before it; a police
  precinct's ordinal (``قسم شرطة ثالث العريش``: ``precinct_word``) is a name, no rank.
* A small number in brackets closing a short heading (``بعد الانفجار (2)``, ``تحديث (1)``) or standing alone as
  a paragraph (``(3)``) is a part or section number, a label (was a count); not after an article, a preposition
  or a rank noun (``الملتقى الـ(13)``, ``التحدي بـ (2)``, ``المرتبة (13)``), nor a tally line opened by a dash
  (``- إنشاءات (57)``).

Every sentence here was written for these tests in the style of Saudi news (no corpus text)."""
from arnews.quantities import extract_quantities
from quantity_checks import assert_figure


def _kinds(sentence, surface):
    s = sentence.find(surface)
    e = s + len(surface)
    return [(q["surface"], q["kind"]) for q in extract_quantities(sentence) if q["start"] < e and s < q["end"]]


def test_a_number_after_a_verb_of_calling_is_a_phone_number():
    s = "ودعت الإدارة المواطنين إلى الاتصال بـ 19922 للإبلاغ عن أي مخالفة لقرار منع العمل تحت الشمس"
    assert _kinds(s, "19922") == [("19922", "label")]
    s = "وإذا رأيت حريقا في الحي اتصل على 1998، وستصل الفرق خلال دقائق"
    assert _kinds(s, "1998") == [("1998", "label")]
    # the extension after it is no counted noun
    s = "وللاستفسار يرجى الاتصال على 6543210 تحويلة 2204 خلال أوقات الدوام"
    assert _kinds(s, "6543210") == [("6543210", "label")]
    assert _kinds(s, "2204") == [("2204", "label")]


def test_a_count_after_a_verb_of_calling_stays_a_count():
    s = "وتم الاتصال بـ 1500 مواطن خلال الحملة للتأكد من بياناتهم"
    assert_figure(s, "1500 مواطن", kind="count", value=1500)
    s = "وتم الاتصال بـ 2300 من المستفيدين لإبلاغهم بموعد الصرف"
    assert [k for _, k in _kinds(s, "2300")] == ["count"]


def test_the_palestinians_of_48_are_a_name():
    s = "وأثار المقطع غضب عدد من عرب 48 الذين طالبوا بمحاسبة المسؤولين"
    assert_figure(s, "عرب 48", kind="label", value=48)
    assert _kinds(s, "48") == [("عرب 48", "label")]
    s = "وتواصلت الاعتداءات على فلسطينيي 48 ومقدساتهم في الجليل"
    assert _kinds(s, "48") == [("فلسطينيي 48", "label")]
    # a count of Arabs stays a count
    s = "وشارك في البرنامج 48 متدربا عربيا من دول الخليج"
    assert_figure(s, "48 متدربا", kind="count", value=48)


def test_an_ordinal_before_a_plural_of_persons_ranks_one_of_them():
    s = "وتحدث في الجلسة الثانية عدد من الخبراء، واستعرض رابع المتحدثين تجربة المملكة في حماية التراث"
    assert_figure(s, "رابع المتحدثين", kind="ordinal", value=4)
    assert _kinds(s, "رابع") == [("رابع المتحدثين", "ordinal")]
    s = "وكان الفارق بينه وبين ثاني المرشحين كبيرا في الجولة الأولى"
    assert_figure(s, "ثاني المرشحين", kind="ordinal", value=2)
    s = "ويعد المسجد الأقصى ثالث الحرمين الشريفين عند المسلمين"
    assert not [k for _, k in _kinds(s, "ثالث الحرمين") if k == "ordinal"]


def test_an_ordinal_heading_a_definite_genitive_is_not_glued_to_the_word_before():
    s = "ويدخل بنفيكا الموسم الجديد بعد أن كان بورتو رابع الدوري البرتغالي الموسم الماضي"
    assert _kinds(s, "رابع") == [("رابع", "ordinal")]
    assert_figure(s, "رابع", kind="ordinal", value=4)
    s = "ويعد كاريلو خامس الأجانب في صفوف النادي هذا الموسم"
    assert _kinds(s, "خامس") == [("خامس", "ordinal")]
    # a police precinct named by its ordinal: no rank
    s = "وقعت المواجهات قرب قسم شرطة ثاني الإسماعيلية مساء أمس"
    assert not [k for _, k in _kinds(s, "ثاني") if k == "ordinal"]
    # an ordinal agreeing with its noun stays as it was
    s = "وأضاف اللاعب هدفا ثالثا في الدقيقة 70"
    assert_figure(s, "هدفا ثالثا", kind="ordinal", value=3)


def test_a_part_number_closing_a_short_heading_is_a_label():
    for s, part in (("حكايات من الصحراء (2)", "(2)"), ("تحديث (1)", "(1)"), ("(3)", "(3)")):
        assert _kinds(s, part) == [(part, "label")], s
    # a tally line, a rank and an edition stay as they were
    s = "- مشاريع صيانة (14)"
    assert [k for _, k in _kinds(s, "14")] == ["count"]
    s = "اللاعب يتقدم إلى المرتبة (9)"
    assert_figure(s, "المرتبة (9)", kind="ordinal", value=9)
    s = "أمير المنطقة يدشن المهرجان الصيفي الـ(11)"
    assert [k for _, k in _kinds(s, "11")] != ["label"]
