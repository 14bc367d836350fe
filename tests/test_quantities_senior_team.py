"""A club's or country's senior team is no figure (QUANTITY_GUIDE: decided 2026-12-03), also with a
qualifier between the squad noun and الأول; ranks after a squad noun stay ordinals."""
import pytest

from arnews.quantities import extract_quantities

NO_FIGURE = [
    "استدعى المدرب اللاعب إلى المنتخب السعودي الأول لكرة القدم استعدادا للتصفيات.",
    "وقع المهاجم عقدا مع الفريق الكروي الأول بنادي الاتحاد لمدة موسم.",
    "واصل فريق الهلال الأول تدريباته مساء أمس.",
    "لم يحقق اللاعب مع منتخب بلاده الأول أي لقب.",
    "أعلن الجهاز الفني للمنتخب المصري الأول قائمة اللاعبين.",
    "يبدأ الفريق الهلالي الأول معسكره الخارجي الأسبوع المقبل.",
]

RANKS = [
    ("أنهى المنتخب الشوط الأول متقدما بهدف.", "الشوط الأول"),  # a noun after the squad: the first half
    ("حصل الفريق السعودي على المركز الأول في البطولة.", "المركز الأول"),
    ("تأهل الفريق إلى الدور الأول من البطولة.", "الدور الأول"),
    ("احتل المنتخب السعودي الثاني في الترتيب.", None),
    ("أخفق في أن يصبح الفريق المكسيكي الأول الذي يفوز باللقب.", "المكسيكي الأول"),  # the first ... that: a rank  # not the first: the idiom is the senior team only
]


@pytest.mark.parametrize("text", NO_FIGURE)
def test_senior_team_is_no_figure(text):
    assert [q for q in extract_quantities(text) if q["kind"] == "ordinal"] == []


@pytest.mark.parametrize("text,surface", RANKS)
def test_ranks_after_a_squad_stay(text, surface):
    ords = [q for q in extract_quantities(text) if q["kind"] == "ordinal"]
    assert len(ords) == 1
    if surface:
        assert ords[0]["surface"] == surface and ords[0]["value"] == 1
    else:
        assert ords[0]["value"] == 2
