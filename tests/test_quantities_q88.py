"""Session 57, q88: classes of misses from blind60 and their neighbours (issue 13).
Sentences written for these tests (Saudi news style), never copied from the corpus."""
from arnews.quantities import extract_quantities


def _rows(text, pub="2015-08-01"):
    return [(r["surface"], r["kind"], r["value"], r["value_end"]) for r in extract_quantities(text, "ar", pub)]


def _dates(text, pub="2015-08-01"):
    return [(r["surface"], r["kind"], r["date"]) for r in extract_quantities(text, "ar", pub)]


# -- my_nouns.no_genitive_at: a nunated accusative after -تي is no genitive ("my X")
def test_my_return_before_an_accusative_adverb():
    assert _rows("وأكد المهاجم أن البرنامج التأهيلي يضمن عودتي سريعًا، ووعد الجماهير بالأفضل") == []
    assert _rows("وقالت الطالبة إن الجامعة تدعم دراستي دائماً، وشكرت أساتذتها") == []


def test_construct_dual_with_genitive_kept():
    # the genitive (no nunation, or the kasra's) still makes two
    assert _rows("وقعت حادثتي سير على طريق الدمام أمس")[0] == ("حادثتي", "count", 2, None)
    assert _rows("وقعت حادثتي سيرٍ على طريق الدمام أمس")[0] == ("حادثتي", "count", 2, None)
    assert _rows("زار الأمير منطقتي الرياض والقصيم")[0][1:] == ("count", 2, None)


# -- numbers: a figure alone in brackets with stray spaces before its scale word
def test_bracketed_figure_with_space_before_scale():
    assert _rows("لا يجوز أن تزيد قيمة العقد عن (50 ) ألف ريال") == [("(50 ) ألف ريال", "money", 50000, None)]
    assert _rows("بلغت الإيرادات ( 174 ) مليون ريال") == [("( 174 ) مليون ريال", "money", 174000000, None)]


def test_bracketed_figure_without_scale_unchanged():
    # no scale word after the bracket: the figure stays a count of its own
    assert _rows("وردت في الفقرة (50 ) من النظام") != [] and all(r[2] == 50 for r in _rows("وردت في الفقرة (50 ) من النظام"))


# -- months.csv: attested misspellings of month names
def test_misspelt_june_between_day_and_year():
    assert _dates("اعتمد النظام الجديد في 10 يوينو 2015 بعد نقاش طويل") == [("10 يوينو 2015", "date", "2015-06-10")]


def test_misspelt_august_before_year():
    rows = _dates("كان سعر البرميل مرتفعا قبل أوغسطس 2008 بكثير")
    assert rows and rows[0][0] == "أوغسطس 2008" and rows[0][2].startswith("2008-08")


# -- ordinal_ranges: بين <rank> و<rank>
def test_ranks_between_one_range():
    assert _rows("ظل ترتيب المنتخب يتأرجح بين التسعين والمائة في التصنيف الشهري") == [
        ("التسعين والمائة", "ordinal", 90, 100)]
    assert _rows("تراوح ترتيبه بين الأربعين والخمسين خلال العام") == [("الأربعين والخمسين", "ordinal", 40, 50)]


def test_ranks_between_neighbours_not_merged():
    # feminine ranks are ages or hours; days of a month are days; a lower second rank is no range
    rows = _rows("تتراوح أعمار المشاركين بين العشرين والخامسة والعشرين")
    assert not any(r[3] == 25 or r[3] == 5 for r in rows)
    assert not any(r[1] == "ordinal" and r[3] is not None for r in _rows("تقام المباريات بين العاشر والعشرين من الشهر"))
    assert not any(r[3] is not None for r in _rows("الفارق بين الخمسين والأربعين كبير"))
    # two neighbouring ranks are the two places, not a range
    assert [r[2:] for r in _rows("سجل الفريق حضورا جماهيريا تراوح بين الأول والثاني في كل المواسم")] == [(1, None), (2, None)]


# -- relative_duals.plural_verb_after: a dual relative before a plural verb is the plural misspelt
def test_dual_relative_before_plural_verb_no_dual():
    assert _rows("ألقت الشرطة القبض على المتهمين اللذين اعترفوا بسرقة المحل") == []


def test_dual_relative_before_dual_verb_still_two():
    assert _rows("ألقت الشرطة القبض على المتهمين اللذين اعترفا بسرقة المحل")[0][1:] == ("count", 2, None)
    assert _rows("عثر الأب على ابنتيه اللتين اختفتا منذ يومين")[0] == ("ابنتيه", "count", 2, None)


# -- numbers: a comma before three digits in a paragraph of comma decimals, no unit after: a decimal
def test_index_level_in_comma_decimal_paragraph():
    rows = _rows("تراجع مؤشر الدولار 0,75 بالمئة إلى 97,412، بينما صعد الين 0,4 بالمئة")
    assert [r[2] for r in rows] == [0.75, 97.412, 0.4]


def test_comma_thousands_kept_with_a_counted_noun_or_plain_paragraph():
    assert _rows("ارتفع المؤشر 0,5 بالمئة و1,2 بالمئة وبلغ عدد الزوار 12,500 زائر")[-1][2] == 12500
    assert _rows("بلغ عدد المسافرين عبر المطار 12,500 خلال الأسبوع")[0][2] == 12500


# -- review of q88 (session 57): thousands in a paragraph of comma decimals, true duals before a relative
def test_round_thousands_in_comma_decimal_paragraph_stay_thousands():
    rows = _rows("ارتفع المؤشر 0,5 بالمئة و1,3 بالمئة، وبلغ عدد المشاركين 2,500")
    assert rows[-1][2] == 2500
    rows = _rows("تراجع المؤشر 0,4 بالمئة و1,1 بالمئة وأغلق عند 7,250")
    assert rows[-1][2] == 7250


def test_dual_relative_before_singular_verb_with_dual_pronoun_keeps_two():
    assert _rows("التقى المدرب زميليه اللذين يتكون منهما الجهاز الفني")[0][1:] == ("count", 2, None)
    assert _rows("كرم المدير موظفيه اللذين يتعاون معهما منذ سنوات")[0][1:] == ("count", 2, None)


def test_short_verb_in_wa_after_dual_relative_keeps_two():
    assert _rows("زار الأمير المصابين اللذين نجوا من الحادث")[0][1:] == ("count", 2, None)
