"""Session 56, q86: the largest error classes left on the development sets (issue 13).
Sentences written for these tests (news style), never copied from the corpus."""
from arnews.quantities import extract_quantities


def _rows(text, pub="2015-08-01"):
    return [(r["surface"], r["kind"], r["value"], r["value_end"]) for r in extract_quantities(text, "ar", pub)]


# -- ordinal_ranges: a range of ranks is one ordinal
def test_rank_range_until():
    assert _rows("ويحرم النظام الجديد الأندية من المركز الأول وحتى الرابع من التسجيل") == [
        ("المركز الأول وحتى الرابع", "ordinal", 1, 4)]


def test_rank_range_digits_with_noun():
    assert _rows("أما الأندية من المركز الـ 7 وحتى الـ 12 فيسمح لها بلاعب واحد")[0] == ("المركز الـ 7 وحتى الـ 12", "ordinal", 7, 12)


def test_rank_range_feminine_rank_noun():
    assert _rows("تقبل الجامعة طلبات الوظائف من المرتبة الرابعة وحتى التاسعة في مقرها") == [
        ("المرتبة الرابعة وحتى التاسعة", "ordinal", 4, 9)]


def test_rank_range_to_of_a_group():
    assert _rows("وتمنح الجمعية جوائز للفائزين من المركز الرابع إلى الثامن في المسابقة") == [
        ("المركز الرابع إلى الثامن", "ordinal", 4, 8)]


def test_bare_ranks_after_min():
    assert _rows("ويتأهل أصحاب المراكز من الأول إلى الرابع إلى الدور الثاني")[0] == ("الأول إلى الرابع", "ordinal", 1, 4)


def test_rank_move_is_two_ordinals():
    # a move from one rank to another: two figures, no range (beside a group's range, which is one)
    assert _rows("وتذهب الجوائز للفائزين من المركز الثاني إلى الخامس")[0][3] == 5
    rows = _rows("وتراجع الفيلم من المركز الأول إلى الرابع هذا الأسبوع")
    assert ("المركز الأول", "ordinal", 1, None) in rows and all(r[3] is None for r in rows)
    rows = _rows("وينقل الطلاب الموهوبون من الصف الثالث إلى الصف الخامس مباشرة")
    assert all(r[3] is None for r in rows)


def test_days_and_hours_are_no_rank_range():
    assert _rows("ويمنع الأندية من المركز الأول وحتى الثالث من تسجيل لاعبين")[0][3] == 3  # من تسجيل: no day
    assert _rows("تمتد فترة الطعون من الـ 17 حتى الـ 19 من الشهر") != [("الـ 17 حتى الـ 19", "ordinal", 17, 19)]
    assert all(r[1] != "ordinal" or r[3] is None for r in _rows("والحفل الأول من الرابعة إلى السادسة مساء"))
    assert all(r[1] != "ordinal" for r in _rows("تقام الفعاليات من الأول حتى العاشر من محرم"))


# -- school_grades: a grade named by its rank and stage
def test_school_grade_without_saff():
    assert _rows("ويقبل المعهد حملة مؤهل الأول ثانوي أو الثاني ثانوي في قسم الكهرباء") == [
        ("الأول ثانوي", "ordinal", 1, None), ("الثاني ثانوي", "ordinal", 2, None)]
    assert _rows("انتقلت الطالبة من الصف الأول المتوسط إلى الثالث متوسط")[-1] == ("الثالث متوسط", "ordinal", 3, None)


# -- decade_of_life: the ordinal decade of a person's life is a duration of years
def test_decade_of_life():
    assert _rows("وألقت الشرطة القبض على شاب في العقد الثالث من عمره بعد مطاردة") == [
        ("العقد الثالث من عمره", "duration", 20, None)]
    assert _rows("توفي رجل بالعقد الخامس من العمر في الحادث")[0] == ("بالعقد الخامس من العمر", "duration", 40, None)
    # a century's decade, a festival's age: unchanged ordinals
    assert _rows("شهد العقد الأول من القرن الحالي نموا كبيرا")[0][1] == "ordinal"
    assert _rows("تصادف هذه الدورة بداية العقد الثاني من عمر المهرجان")[0][1] == "ordinal"


# -- counted_duals: the dual of a noun the sentence has just counted
def test_dual_of_a_counted_noun():
    rows = _rows("ونقل المصابون الستة إلى المستشفى: 6 إصابات؛ حالتان خطيرتان وحالتان مستقرتان وحالتا وفاة.")
    assert [r for r in rows if r[0] in ("حالتان", "وحالتان", "وحالتا")] == [
        ("حالتان", "count", 2, None), ("وحالتان", "count", 2, None), ("وحالتا", "count", 2, None)]
    rows = _rows("وسجلت السوق 8 تغيرات، منها 6 حالات ارتفاع، وحالتا انخفاض.")
    assert ("وحالتا", "count", 2, None) in rows


# -- ordinals: a rank before an amount of tens of thousands
def test_rank_before_ten_thousand():
    rows = _rows("وتبلغ جائزة المركز الأول عشرين ألف ريال والمركز الثاني عشرة آلاف والمركز الثالث خمسة آلاف")
    assert ("والمركز الثاني", "ordinal", 2, None) in rows and ("عشرة آلاف", "money", 10000, None) in rows
    assert _rows("حل الفريق في المركز الثاني عشر بعد الجولة")[0][2] == 12
