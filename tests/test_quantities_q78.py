"""q78 (issue 13): a bare الأول/الأولى is the first of two when the second is joined to it by و, right
after it (``بين الأول والثاني``) or within a few words after a dual of its gender (``شاحنتين ... توضع الأولى في
المدخل والثانية في ...``); a definite dual that كلاهما/كليهما stresses (``الخامين القياسيين كليهما``)."""
from quantity_checks import assert_figure, assert_no_figure


def test_the_first_of_two_joined_at_once():
    s = "وحافظ النادي على مركز تراوح بين الأول والثاني طوال المواسم الخمسة الماضية"
    assert_figure(s, "الأول", kind="ordinal", value=1)
    assert_figure(s, "والثاني", kind="ordinal", value=2)
    s = "وتنافست الفرق على اللقب وكان الفارق بين الأولى والثانية نقطة"
    assert_figure(s, "الأولى", kind="ordinal", value=1)
    assert_figure(s, "والثانية", kind="ordinal", value=2)


def test_the_first_of_two_after_their_dual():
    s = "واستأجرت الجمعية حافلتين كبيرتين تقف الأولى عند بوابة المدينة والثانية قرب المستشفى"
    assert_figure(s, "الأولى", kind="ordinal", value=1)
    assert_figure(s, "والثانية", kind="ordinal", value=2)
    s = "ويمكن النظر إلى الأزمة من زاويتين؛ الأولى اقتصادية بحتة، والثانية سياسية"
    assert_figure(s, "الأولى", kind="ordinal", value=1)


def test_no_series_no_first():
    # no second joined by و: الأولى stays no figure
    assert_no_figure("واستأجرت الجمعية حافلتين كبيرتين تقف الأولى عند بوابة المدينة", "الأولى")
    # the second of another gender ranks another noun
    assert_no_figure("واستأجرت الجمعية حافلتين تقف الأولى عند البوابة والثاني من الموظفين يقودها", "الأولى")
    # the idiom of novelty
    assert_no_figure("وأطلقت الهيئة مبادرتين الأولى من نوعها في المنطقة والثانية للشباب", "الأولى من نوعها")


def test_a_definite_dual_that_both_stresses():
    s = "ورغم المكاسب فإن الخامين القياسيين كليهما يتجهان إلى خسارة أسبوعية"
    assert_figure(s, "الخامين", kind="count", value=2, unit="خام")
    assert_no_figure(s, "القياسيين")  # the adjective agreeing with the dual: no second figure
    assert_figure("وقال إن السفينتين كلتيهما غادرتا الميناء صباحا", "السفينتين", kind="count", value=2)


def test_both_of_another_gender_or_a_new_clause_shows_nothing():
    # كلتيهما (feminine) does not agree with a masculine -ين: no evidence
    assert_no_figure("ورغم المكاسب فإن الخامين كلتيهما يتجهان إلى خسارة", "الخامين")
    assert_no_figure("وحضر المدعوين وكلاهما من الرياض", "المدعوين")


def test_a_feminine_construct_dual_before_two_names_in_spaced_brackets():
    s = "وخصصت الوزارة 6 مقاعد لمحافظتي ( الخرج، والمجمعة ) في المجلس الجديد"
    assert_figure(s, "لمحافظتي", kind="count", value=2)
    assert_figure("ويربط الطريق بين منطقتي ( عسير وجازان ) عبر العقبة", "منطقتي", kind="count", value=2)
    # one name in the brackets: "my job (ambassador)", no pair
    assert_no_figure("وتركت وظيفتي ( مستشار ) قبل عامين", "وظيفتي")
