"""fixq (session 52, issue 13): the review of q77. أب is no uncounted dual (أبيه, أباه, أبان, إبان and أبين are
no parents, and the dual after them still counts); the dual after the parents is theirs only when its case
agrees; a dual subjunctive in ي- before واحدا is no counted noun; ``(من`` and ``ومن`` open an index's move too."""
from arnews.quantities import extract_quantities

from quantity_checks import assert_figure, assert_no_figure


def test_a_singular_father_or_a_look_alike_keeps_the_next_dual():
    assert_figure("وخرج الفتى مع أبيه وشقيقيه إلى السوق صباح أمس", "وشقيقيه", kind="count", value=2)
    assert_figure("وأطلق المسلح النار على أباه وشقيقيه داخل المنزل", "وشقيقيه", kind="count", value=2)
    assert_figure("وأبان المسؤولان أن العمل في المشروع سينتهي قريبا", "المسؤولان", kind="count", value=2)
    assert_figure("وقد دمرت المدينة إبان الحربين العالميتين بصورة شبه كاملة", "الحربين", kind="count", value=2,
                  unit="حرب")
    assert_figure("وتدور المعارك في أبين ومحافظتين أخريين جنوب البلاد", "ومحافظتين", kind="count", value=2)
    # the adjective after those duals is no dual of its own
    assert_no_figure("وقد دمرت المدينة إبان الحربين العالميتين بصورة شبه كاملة", "العالميتين")
    assert_no_figure("وتدور المعارك في أبين ومحافظتين أخريين جنوب البلاد", "أخريين")


def test_the_parents_written_with_waw_are_still_no_count():
    assert_no_figure("ويعيش الصبي مع أبويه المسنين في حي شعبي", "أبويه")
    assert_no_figure("ويعيش الصبي مع أبويه المسنين في حي شعبي", "المسنين")
    assert_no_figure("وقدم الأبوان شكرهما للفريق الطبي", "الأبوان")


def test_the_dual_after_the_parents_is_theirs_only_when_its_case_agrees():
    # an object in -ين after a nominative parents' dual is counted
    assert_figure("وزار الوالدان المدرستين في الحي للاطمئنان على ابنيهما", "المدرستين", kind="count", value=2)
    assert_figure("ووصل الأبوان المطارين في الوقت نفسه", "المطارين", kind="count", value=2)
    # their adjective or predicate agrees and is no dual of its own (as in q77)
    assert_no_figure("ويعيش الطفل مع أبويه المسنين في القرية", "المسنين")
    assert_no_figure("وقال الجيران إن والداه مسنان ولا يقويان على العمل", "مسنان")
    assert_no_figure("وتحدث الوالدان الجديدان عن تجربتهما مع المولود الأول", "الجديدان")
    assert_no_figure("وتخصص الجمعية برامج لدعم الوالدين الجديدين في عامهم الأول", "الجديدين")


def test_a_dual_subjunctive_before_one_is_no_counted_noun():
    assert_no_figure("ويرى الباحث أن الشقيقين أرادا أن يصبحا واحدا في المجتمع", "يصبحا واحدا")
    assert_no_figure("ودعا الخطيب الجارين إلى أن يبقيا واحدا في وجه الفتنة", "يبقيا واحدا")
    # a noun with the tanwin alef still counts one (q77)
    assert_figure("ولم يسجل الفريق تسديدا واحدا على المرمى", "تسديدا واحدا", kind="count", value=1, unit="تسديد")
    assert_figure("وقال الشهود إنهم لم يروا مسلحا واحدا في الشارع", "مسلحا واحدا", kind="count", value=1)


def _levels(sentence):
    return [(q["surface"], q["kind"], q["unit"]) for q in extract_quantities(sentence) if q["kind"] in ("count", "measure")]


def test_a_bracketed_or_coordinated_index_move_has_two_levels():
    assert _levels("وتراجع مؤشر نيكاي القياسي خلال الشهر (من 2.318.40 إلى 2.283.65) بضغط من أسهم التصدير") == [
        ("2.318.40", "measure", "نقطة"), ("2.283.65", "measure", "نقطة")]
    got = _levels("وتراجع مؤشر نيكاي القياسي خلال الشهر من 2.318.40 إلى 2.283.65، ومن 2.290.10 إلى 2.250.75 "
                  "في الأسبوع الأخير")
    assert got[2:] == [("2.290.10", "measure", "نقطة"), ("2.250.75", "measure", "نقطة")]
    # no index level on either side: the bracketed numbers stay counts
    assert all(k == "count" for _, k, _ in _levels("وارتفع عدد الطلاب في المدارس (من 1.200 إلى 1.450) هذا العام"))
    assert all(k == "count" for _, k, _ in _levels("وتحسن متوسط الإنتاج ومن 12.5 إلى 14.2 خلال عام"))
