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
