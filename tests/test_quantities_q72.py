"""Session 50, task q72 (issue 13): an index's readings with no unit written are measures in points (the guide's
``76 نقطة``), two duals read from their own form and one word of context (``بين الغريمين``, ``لبلدينا``), a plural
participle before a short object with هم (``معبرين عن حبهم``) is no dual, and ordinals that go through the things a
count just named (``3 ورش الأولى ... والثانية ...``)."""
from arnews.quantities import extract_quantities


def _rows(sentence, published="2015-08-06"):
    return [(q["surface"], q["kind"], q["value"], q["unit"]) for q in extract_quantities(sentence, published=published)]


def _of(sentence, kind):
    return [(s, v, u) for s, k, v, u in _rows(sentence) if k == kind]


# -- index readings --------------------------------------------------------------------------------------------

def test_a_decimal_reading_of_an_index_is_a_measure_in_points():
    s = "وسجلت القراءة الأولية لمؤشر مديري المشتريات الصناعي 51.6 متخطية توقعات المحللين السابقة البالغة 51.2."
    assert _of(s, "measure") == [("51.6", 51.6, "نقطة"), ("51.2", 51.2, "نقطة")]
    assert _of(s, "count") == []
    s = "وصعد المؤشر الفرعي للطلبيات الجديدة إلى 52.4 من 50.9 في الشهر السابق."
    assert _of(s, "measure") == [("52.4", 52.4, "نقطة"), ("50.9", 50.9, "نقطة")]


def test_a_whole_reading_right_after_the_index_word_is_a_measure():
    assert _of("وفي مايو بلغ المؤشر 55 مرتفعا عن الشهر السابق.", "measure") == [("55", 55, "نقطة")]


def test_the_line_of_fifty_is_a_measure_of_fifty_points():
    s = "وظل المؤشر فوق حاجز الخمسين الفاصل بين النمو والانكماش للشهر الرابع على التوالي."
    assert _of(s, "measure") == [("الخمسين", 50, "نقطة")]
    s = "وتراجع مؤشر مديري المشتريات دون الخمسين للمرة الأولى منذ عامين."
    assert _of(s, "measure") == [("الخمسين", 50, "نقطة")]


def test_index_points_written_stay_measures():
    assert _of("وتراجع المؤشر العام 45 نقطة ليغلق عند 8120 نقطة.", "measure") == [
        ("45 نقطة", 45, "نقطة"), ("8120 نقطة", 8120, "نقطة")]


def test_what_an_index_sentence_counts_stays_a_count():
    # a rate left without its percent word, a noun the lexicon knows, a scale word: not the index's reading
    s = "وقالت الشركة إن مؤشر الإنتاج ارتفع بنسبة 0.7 خلال الربع الثاني."
    assert ("0.7", 0.7, "نقطة") not in _of(s, "measure")
    s = "وتراجع المؤشر العام للسوق بتداولات بلغت 4.5 مليون سهم."
    assert _of(s, "count") == [("4.5 مليون سهم", 4500000, "سهم")]
    s = "وسجل مؤشر السلامة المرورية 3.2 حادثة لكل ألف مركبة."
    assert ("3.2", 3.2, "نقطة") not in _of(s, "measure")
    # a number in a sentence without an index word
    assert _of("وأظهر الاستطلاع أن القراءة بلغت 53.4 متجاوزة التوقعات.", "measure") == []
    # a tens word of age or a street is no index line
    assert _of("وتوفي الرجل في الخمسين من عمره.", "measure") == []


# -- duals -----------------------------------------------------------------------------------------------------

def test_a_definite_dual_after_bayn_whose_plural_is_never_written():
    assert _of("وتترقب الجماهير مواجهة قوية بين الغريمين في نهائي الكأس مساء الجمعة.", "count") == [("الغريمين", 2, "غريم")]


def test_a_plural_or_a_name_after_bayn_is_no_dual():
    assert _of("وتنقل الوزير بين المواطنين في السوق الشعبي.", "count") == []
    assert _of("ويمتد الجسر بين البحرين والسعودية.", "count") == []


def test_our_two_countries():
    assert _of("وقال السفير إن لبلدينا مصالح مشتركة في مجالات الطاقة والتعليم.", "count") == [("لبلدينا", 2, "بلد")]


def test_our_players_and_function_words_in_ina_are_no_duals():
    s = "وقال المدرب إن لاعبينا قدموا مستوى جيدا، ولدينا الكثير لنعمل عليه، وعلينا أن نثق بمواطنينا."
    assert _of(s, "count") == []


def test_a_plural_participle_before_a_short_object_with_hum_is_no_dual():
    assert _of("وخرج الأهالي إلى الشوارع معبرين عن حبهم للأبطال.", "count") == []
    # a dual before عن and a function word stays a dual (مركزين عن ... is pinned in round 34's tests)
    assert _of("وابتعد الفريق بفارق مركزين عن منافسه.", "count") == [("مركزين", 2, "مركز")]


# -- ordinals through the things counted -------------------------------------------------------------------------

def test_ordinals_through_the_counted_things():
    s = ("ونظم المركز خلال الصيف 3 مسابقات ثقافية الأولى للجاليات في المساجد. والثانية للطلاب في الجامعة. "
         "والثالثة لأولياء الأمور في مقر الجمعية.")
    assert [(x, v) for x, v, _ in _of(s, "ordinal")] == [("الأولى", 1), ("والثانية", 2), ("والثالثة", 3)]
    s = "وأجرى المدرب ثلاث حصص تدريبية الأولى لياقية والثانية في صالة الحديد والثالثة تكتيكية."
    assert [(x, v) for x, v, _ in _of(s, "ordinal")] == [("الأولى", 1), ("والثانية", 2), ("والثالثة", 3)]


def test_no_ordinals_without_the_second_member_or_after_a_definite_count():
    assert [v for _, v, _ in _of("ونظم المركز خلال الصيف 3 دورات تدريبية الأولى من نوعها في المنطقة.", "ordinal")] != [1]
    s = "وارتفعت الأرباح خلال الأشهر الستة الأولى من العام، والثانية من المتوقع أن تكون أفضل."
    assert [x for x, _, _ in _of(s, "ordinal")] == []


def test_a_reading_whose_index_is_named_after_it_in_the_sentence():
    s = "ويظل ذلك دون أعلى مستوى في ثلاث سنوات البالغ 55.1 الذي سجله المؤشر في مارس."
    assert _of(s, "measure") == [("55.1", 55.1, "نقطة")]
    # a whole number before the index word is left as read
    assert _of("وبلغ عدد الشركات 120 شركة بحسب المؤشر.", "measure") == []


# -- a digit 2 before a dual scale word; one people ------------------------------------------------------------

def test_two_before_a_dual_scale_word_is_one_amount():
    assert [(s, k, v) for s, k, v, _ in _rows("وطرحت الشركة صكوكا بقيمة 2 ملياري ريال للمستثمرين.")] == [
        ("2 ملياري ريال", "money", 2000000000)]
    assert [(s, k, v) for s, k, v, _ in _rows("وتأسست الشركة برأسمال 2 مليوني ريال.")] == [
        ("2 مليوني ريال", "money", 2000000)]
    # a count 2 before another figure stays its own row
    assert [(s, k) for s, k, _, _ in _rows("وفاز الفريق 2 مقابل ملياري ريال.")][-1] == ("ملياري ريال", "money")


def test_one_people_is_an_idiom():
    assert _rows("وقال إننا شعب واحد لا تفرقنا الأحداث.") == []
    assert _of("وأنقذ الغواصون شعبا واحدا من المرجان و3 سلاحف.", "count")[-1][:2] == ("3 سلاحف", 3)
