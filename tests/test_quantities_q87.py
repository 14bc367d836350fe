"""Session 56, q87: duals the frequency tests rejected (issue 13).
Sentences written for these tests (news style), never copied from the corpus."""
from arnews.quantities import extract_quantities


def _rows(text, pub="2015-08-01"):
    return [(r["surface"], r["kind"], r["value"], r["unit"]) for r in extract_quantities(text, "ar", pub)]


# -- duals: فرعين is two branches (فرعون, Pharaoh, is another word), its ف the root's
def test_two_branches_beside_pharaoh():
    assert _rows("وتعتزم الشركة افتتاح فرعين جديدين في جدة خلال العام المقبل") == [("فرعين", "count", 2, "فرع")]


def test_masculine_dual_with_root_fa():
    assert _rows("وأصيب عدد من النزلاء في هجوم على فندقين وسط العاصمة") == [("فندقين", "count", 2, "فندق")]
    assert _rows("وحقق المنتخب فوزين متتاليين في البطولة") == [("فوزين", "count", 2, "فوز")]


def test_pharaoh_and_participle_stay_out():
    assert _rows("وقال فرعون لقومه ما أريكم إلا ما أرى") == []
    assert _rows("وأكد الوزير أن الرئيس ونظامه فاقدان للشرعية") == []


# -- a unit of measure in construct with a definite noun names two things, never an amount
def test_construct_degree_is_a_count():
    assert _rows("وفتحت الجامعة باب القبول لدرجتي البكالوريوس والدبلوم عبر موقعها") == [("لدرجتي", "count", 2, "درجة")]
    assert _rows("ويشارك النادي في منافسات درجتي الناشئين والشباب هذا الموسم") == [("درجتي", "count", 2, "درجة")]


def test_degrees_of_heat_stay_a_measure():
    assert _rows("وارتفعت الحرارة درجتين مئويتين عن معدلها أمس") == [("درجتين", "measure", 2, "درجة مئوية")]


# -- a one-holder role's construct dual before two owners (role_duals, dual_role_nouns.csv)
def test_coaches_of_the_two_teams():
    assert _rows("وأجل الاتحاد المباراة بعد اتفاق مدربي الفريقين على موعد جديد") == [
        ("مدربي", "count", 2, "مدرب"), ("الفريقين", "count", 2, "مجموعة")]


def test_role_before_pronoun_of_two_and_chain():
    assert ("منتخبي", "count", 2, "منتخب") in _rows("وعاد النجمان إلى ناديهما بعد المشاركة مع منتخبي بلادهما في البطولة")
    assert _rows("ونفى وزيري خارجية البلدين وجود أي خلاف بينهما")[0] == ("وزيري", "count", 2, "وزير")


def test_plural_construct_stays_out():
    assert _rows("واجتمع مدربي النادي مع إدارة الفريق أمس") == []
    assert _rows("وتفقد الوزير لاعبي الفريقين قبل المباراة") == [("الفريقين", "count", 2, "مجموعة")]


# -- a word in -اه right after a relative is a verb (عما أسماه), unless its dual is a common word (التي طرفاها)
def test_verb_after_relative_is_no_dual():
    assert _rows("وكشف الباحث عما اسماه ثغرة خطيرة في أنظمة الهواتف") == []
    assert _rows("ودعا إلى العودة إلى ما اسماه الحكم المدني") == []


def test_dual_after_relative_with_common_dual_stays():
    assert ("طرفاها", "count", 2, "طرف") in _rows("وكانت المباراة التي طرفاها الهلال والنصر مثيرة")
