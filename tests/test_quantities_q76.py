"""q76 (issue 13): a part of the day written before the clock time makes it afternoon or evening
(``مساء اليوم في تمام الساعة 8`` is 20:00), and ``أول`` + noun + ``من نوعه`` is an ordinal 1 like
``أول مؤتمر`` (the guide's "أول before a noun"; "of its kind" is none of its listed idioms)."""
from arnews.quantities import extract_quantities

from quantity_checks import assert_figure, assert_no_figure


def _times(sentence):
    return [(q["surface"], q["date"]) for q in extract_quantities(sentence) if q["kind"] == "time"]


def test_part_of_the_day_before_the_hour():
    assert _times("ويقام الحفل الختامي مساء اليوم في تمام الساعة 9:30 بمسرح المركز") == [("الساعة 9:30", "T21:30")]
    assert _times("وانقلبت الشاحنة عصر أمس الجمعة عند الساعة 4:15 على الطريق الدولي") == [("الساعة 4:15", "T16:15")]
    assert _times("وتنطلق المباراة مساء يوم غد الخميس عند الساعة الثامنة بتوقيت مكة") == [
        ("الساعة الثامنة بتوقيت مكة", "T20:00")]
    assert _times("ووصل الوفد إلى المطار مساء أمس، الساعة العاشرة على متن طائرة خاصة") == [("الساعة العاشرة", "T22:00")]
    assert _times("ودوت الانفجارات ليل الأحد عند الساعة 11 في أحياء المدينة") == [("الساعة 11", "T23:00")]
    assert _times("وتبدأ الصلاة ظهر اليوم الساعة 1 في الجامع الكبير") == [("الساعة 1", "T13:00")]


def test_hours_the_part_of_the_day_before_leaves_alone():
    # a morning word, a part of the day after the hour, a verb ظهر and a bare مساء with no day stay as they were
    assert _times("وتفتتح الأسواق صباح اليوم الساعة 8 أمام الزوار") == [("الساعة 8", "T08:00")]
    assert _times("وتبدأ الورشة مساء اليوم الساعة 8 صباحا بتوقيت الرياض") == [("الساعة 8 صباحا", "T08:00")]
    assert _times("وظهر في الساعة 10 على شاشة القناة الرسمية") == [("الساعة 10", "T10:00")]
    assert _times("ويقام العرض ظهر اليوم الساعة 12 في الساحة") == [("الساعة 12", "T12:00")]
    assert _times("وتعود الحركة من الساعة 6 بعد أن توقفت مساء") == [("الساعة 6", "T06:00")]


def test_first_of_its_kind_before_a_noun_is_an_ordinal():
    assert_figure("وأطلقت الهيئة أول منصة من نوعها لتسجيل المتطوعين", "أول منصة", kind="ordinal", value=1, unit="منصة")
    assert_figure("وشهدت العاصمة أول معرض من نوعه للسيارات الكهربائية", "أول معرض", kind="ordinal", value=1, unit="معرض")
    assert_figure("وتأتي الاتفاقية كأول شراكة من نوعها بين الجامعتين", "كأول شراكة", kind="ordinal", value=1)


def test_the_idioms_beside_it_stay_no_figures():
    assert_no_figure("وقال المنظمون إن المعرض هو الأول من نوعه في المنطقة", "الأول")
    assert_no_figure("وتفوز المدينة بالجائزة لأول مرة في تاريخها", "لأول مرة")
    assert_no_figure("وزار الوزير المحافظة أول أمس لتفقد المشاريع", "أول أمس")
