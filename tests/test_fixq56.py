"""Session 56, fixq: the review's findings on q86's rules (issue 13).
Sentences written for these tests (news style), never copied from the corpus."""
from arnews.quantities import extract_quantities


def _rows(text, pub="2015-08-01"):
    return [(r["surface"], r["kind"], r["value"], r["value_end"]) for r in extract_quantities(text, "ar", pub)]


# -- decade_of_life: two coordinated decades, an organisation's age, the first decade
def test_coordinated_decades_both_ages():
    assert _rows("وضبطت الدوريات خمسة مخالفين في العقد الثاني والثالث من العمر") == [
        ("خمسة مخالفين", "count", 5, None), ("العقد الثاني", "duration", 10, None),
        ("والثالث من العمر", "duration", 20, None)]


def test_coordinated_first_decade_neither():
    rows = _rows("أصيب طفلان في العقد الأول والثاني من العمر")
    assert [r[1] for r in rows if "العقد" in r[0] or "والثاني" in r[0]] == ["ordinal", "ordinal"]


def test_organisation_age_not_a_person():
    assert _rows("يقترب النادي من دخول العقد السابع من عمره هذا الموسم") == [("العقد السابع", "ordinal", 7, None)]
    assert _rows("دخلت الجمعية العقد الثالث من عمرها بمشاريع جديدة") == [("العقد الثالث", "ordinal", 3, None)]
    # a person in the decade stays an age
    assert _rows("عثرت الشرطة على مقيم في العقد الرابع من عمره") == [("العقد الرابع من عمره", "duration", 30, None)]
    assert _rows("وفاة مواطن بالعقد الخامس من عمره")[0] == ("بالعقد الخامس من عمره", "duration", 40, None)


def test_first_decade_stays_ordinal():
    assert _rows("توفي طفل في العقد الأول من عمره") == [("العقد الأول", "ordinal", 1, None)]


# -- counted_duals: the first person's -تي, a figure ending after the dual
def test_first_person_possessive_not_a_dual():
    assert _rows("درست في 3 مدارس قبل أن أنتقل إلى مدرستي الجديدة") == [("3 مدارس", "count", 3, None)]
    assert _rows("عملت في 5 شركات ثم عدت إلى شركتي الأولى") == [("5 شركات", "count", 5, None)]
    # the construct before an indefinite word is still two
    assert _rows("سجلت الفرق 4 حالات بينها حالتي وفاة في المدينة")[1] == ("حالتي", "count", 2, None)


class _View:
    """A scanner's view of ``words`` with the figures ``out`` found so far."""

    def __init__(self, words, out):
        self.t = type("T", (), {"text": words, "n": len(words)})()
        self.out = out

    def kind(self, i):
        return "ar" if 0 <= i < len(self.t.text) else ""

    def k(self, i):
        return self.t.text[i] if 0 <= i < len(self.t.text) else ""

    def free(self, i):
        return 0 <= i < len(self.t.text)

    def is_p(self, i, chars):
        return False

    def definite(self, i):
        return self.k(i).startswith("ال")


def test_figure_after_the_dual_does_not_stop_the_search():
    from arnews.quantities.counted_duals import dual_of_counted_unit
    from arnews.quantities.figure import Figure
    words = ["سجلت", "4", "حالات", "منها", "وحالتا", "وفاة", "في", "يومين"]
    counted = Figure(1, 3, "count", 4, unit="حالة")
    later = Figure(7, 8, "duration", 2, unit="يوم")  # found by a later pass, after the dual
    assert dual_of_counted_unit(_View(words, [counted, later]), 4) == "حالة"


# -- ordinal_ranges: a move is two ranks; a group is a plural of people
def test_bare_move_is_not_a_range():
    assert _rows("تراجع الهلال من الأول إلى الثالث بعد الخسارة") == []
    assert _rows("نقل المدرب اللاعب من الرابع إلى السادس في الترتيب") == []
    # a group's ranks stay one range, and حتى joins freely
    assert _rows("وتمنح الجائزة للمتسابقين من الأول إلى الخامس في المسابقة") == [
        ("الأول إلى الخامس", "ordinal", 1, 5)]
    assert _rows("ويحصل أصحاب المراكز من الأول إلى الثالث على ميداليات")[0] == ("الأول إلى الثالث", "ordinal", 1, 3)


def test_weekday_or_place_is_not_a_group():
    assert [r[2:] for r in _rows("تراجع الهلال يوم الاثنين من المركز الأول إلى الثالث")] == [(1, None), (3, None)]
    assert [r[2:] for r in _rows("وتراجع منتخب البحرين من المركز الأول إلى الرابع")] == [(1, None), (4, None)]


# -- ordinals: a rank before an amount only when the ten's gender is not the rank's
def test_compound_rank_before_a_thousand():
    rows = _rows("وشهدت الدورة الثالثة عشرة ألف مشارك من عدة دول")
    assert rows[0] == ("الثالثة عشرة", "ordinal", 13, None)
    assert rows[1][:3] == ("ألف مشارك", "count", 1000)


def test_rank_then_prize_only_on_gender_mismatch():
    assert _rows("وينال صاحب المركز الثالث عشرة آلاف ريال") == [
        ("المركز الثالث", "ordinal", 3, None), ("عشرة آلاف ريال", "money", 10000, None)]
    # an agreeing compound before a singular ألف is the 13th, never the third
    assert _rows("ونال صاحب المركز الثالث عشر ألف ريال")[0] == ("الثالث عشر", "ordinal", 13, None)
