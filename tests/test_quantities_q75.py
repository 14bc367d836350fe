"""Issue 13 (q75): duals of the nouns of a natural pair (hands, eyes, feet ...) are a count 2; the idioms
built on them and the words that only look like them are not; ``ranges.BETWEEN`` is public."""
from arnews.quantities import extract_quantities

from quantity_checks import assert_figure, assert_no_figure


def _pairs(text):
    return [(r["surface"], r["kind"], r["value"], r["unit"]) for r in extract_quantities(text) if r["value"] == 2]


def test_a_definite_paired_dual_is_two():
    assert _pairs("ومن أعراض المرض المبكرة ارتعاش اليدين وضعف التركيز لدى كبار السن.") == [("اليدين", "count", 2, "يد")]
    assert _pairs("ويستخدم الكريم لترطيب البشرة في الوجه واليدين قبل النوم.") == [("واليدين", "count", 2, "يد")]
    assert _pairs("وأصيب الحارس بكدمة في الكتفين خلال التدريب.") == [("الكتفين", "count", 2, "كتف")]
    assert _pairs("ونقل المريض إلى العناية المركزة بعد تجمع السوائل في الرئتين.") == [("الرئتين", "count", 2, "رئة")]


def test_feet_of_a_body_are_counted_not_measured():
    assert _pairs("ويجيد المهاجم التسديد بالقدمين من خارج المنطقة.") == [("بالقدمين", "count", 2, "قدم")]
    assert_figure("وأصيب اللاعب في القدمين خلال المباراة", "القدمين", value=2)  # round 9's assertion still holds


def test_a_paired_dual_with_a_possessive_pronoun_is_two():
    assert _pairs("وقال شهود إن الطفل فتح عينيه بعد ساعات من العلاج.") == [("عينيه", "count", 2, "عين")]
    assert _pairs("وطلبت الممرضة من الأم أن تغسل يديها قبل حمل المولود.") == [("يديها", "count", 2, "يد")]
    assert _pairs("وذكر الحكم أن الحارس أمسك الكرة بيديه خارج المنطقة.") == [("بيديه", "count", 2, "يد")]
    assert _pairs("ووقف المتهم في القاعة ويداه مقيدتان خلف ظهره.") == [("ويداه", "count", 2, "يد")]
    assert _pairs("ويكفي أن تضع يديك تحت الماء الجاري دقيقة كاملة.") == [("يديك", "count", 2, "يد")]
    assert _pairs("وسمع الحاضرون صوت نعليه على البلاط.") == [("نعليه", "count", 2, "نعل")]


def test_an_indefinite_paired_dual_after_a_preposition():
    assert _pairs("ويمسك الحارس الكرة بيدين ثابتتين عند الخروج من المرمى.") == [("بيدين", "count", 2, "يد")]


def test_words_that_only_look_like_paired_duals():
    assert _pairs("وأكد الطبيب أن غسل اليدين يمنع انتشار العدوى") == [("اليدين", "count", 2, "يد")]
    assert_no_figure("وأكد الأمين العام أن المجلس يدين الهجوم ويدين كل أشكال العنف", "يدين")
    assert_no_figure("وأكد الأمين العام أن المجلس يدين الهجوم ويدين كل أشكال العنف", "ويدين")
    assert_no_figure("وحذر التقرير من خطر يداهم الأحياء القريبة من مجرى السيل", "يداهم")  # a verb: raids
    assert_no_figure("ووزعت الجمعية مساعدات عينية على الأسر المحتاجة", "عينية")  # in kind: a nisba
    assert_no_figure("وطالب المقاولون باعتماد عقد فيديك في المشاريع الحكومية", "فيديك")  # the FIDIC contract
    assert_no_figure("وقصف الطيران مواقع في مديريتي رازح وساقين شمال البلاد", "وساقين")  # a district's name
    assert_no_figure("وقال محمد أبو العينين رئيس المجلس إن الاجتماع ناجح", "العينين")  # a family name
    assert_no_figure("وكفاه فخرا أنه خدم بلاده أربعين عاما", "وكفاه")  # enough for him
    assert_no_figure("وبلغ عدد المتقدمين للوظائف ثلاثة آلاف", "المتقدمين")
    assert_no_figure("ومضى المجلس قدما في تنفيذ الخطة", "قدما")


def test_idioms_built_on_paired_duals_count_nothing():
    assert _pairs("وغسل الطبيب يديه ثم وقف بين يديه المريض") == [("يديه", "count", 2, "يد")]  # the first, not the idiom
    assert_no_figure("وشارك الأطفال في السباق حفاة القدمين على رمال الشاطئ", "القدمين")  # round 9's barefoot
    assert_no_figure("وخرج الفريق من البطولة صفر اليدين بعد خسارته الثالثة", "اليدين")  # empty-handed
    assert_no_figure("وقال إن المركز وضع نصب عينيه خدمة الزوار", "عينيه")  # kept in mind
    assert_no_figure("ويقف المصلون بين يديه في خشوع", "يديه")  # before Him
    assert_no_figure("وتتلمذ على يديه جيل من الشعراء", "يديه")  # at his hands: taught by him
    assert_no_figure("وصدر له ديوان «أنا والبحر بين عينيك» عن دار نشر في بيروت", "عينيك")  # the end of a quoted title


def test_between_is_public_and_the_same_object():
    from arnews.quantities import dual_rules, ranges

    assert ranges.BETWEEN is ranges._BETWEEN
    assert "بين" in ranges.BETWEEN and "مابين" in ranges.BETWEEN
    assert dual_rules._BETWEEN is ranges.BETWEEN  # the dual rules read the public name


def test_index_levels_read_their_words_from_the_lexicon(tmp_path, monkeypatch):
    """index_levels' word patterns come from index_words.csv (behaviour unchanged: a level after the index word is a
    measure in points, a rate or a new clause between is not); a lexicon folder without a word drops its reading."""
    import shutil

    from arnews import lexicons
    from arnews.quantities.index_levels import index_patterns

    P = index_patterns()
    assert P.index.search("وأقفل المؤشر العام") and P.level.search("أقفل المؤشر عند ") and P.tens.fullmatch("الخمسين")
    assert_figure("وأقفل المؤشر العام للسوق عند 7600 في ختام التعاملات", "7600", kind="measure", unit="نقطة")
    folder = tmp_path / "lex"
    shutil.copytree(lexicons.lexicon_dir(), folder)
    rows = (folder / "index_words.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "index_words.csv").write_text("".join(r for r in rows if not r.startswith("عند,")), encoding="utf-8")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(folder))
    lexicons.reload()
    try:
        got = [q for q in extract_quantities("وأقفل المؤشر العام للسوق عند 7600 في ختام التعاملات") if q["surface"] == "7600"]
        assert got and got[0]["kind"] != "measure"  # no level word عند: the bare number stays as the scanner read it
    finally:
        monkeypatch.delenv("ARNEWS_LEXICONS")
        lexicons.reload()
