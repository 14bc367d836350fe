"""Names, organisations session 41 (org42, issue 14).

* a closed list of companies after ``أسهم شركات`` (items joined by commas and و, up to ``الأكثر``/``على رأس``):
  every item is a company, however common its word (:mod:`arnews.entities.share_lists`); a sector list, an open
  list or a list broken by prose names nothing new;
* every organisation inside an office before a person, not only the first (``orgs_in_office``);
* an indefinite head before a chain of indefinite genitives closed by a definite word (``مكتب تحقيقات حوادث
  الطيران``), not before adjectives or a time phrase; ``للجنة`` is ل + لجنة, no article;
* a name in quotes after a common noun for a business or a journal (``quoted_heads.csv``: مطعم، دورية، فندق،
  شركات), not a quoted common word, a quoted sentence or a programme;
* a town's literary club, council, arts branch, cooperative or post named by its sector word (``body_names.csv``:
  أدبي، بلدي، فنون، تعاوني، بريد) before a listed place, not the same words as adjectives or nouns.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
companies and bodies are real or invented names, the events invented."""
from __future__ import annotations

from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


# -- closed share lists -------------------------------------------------------------------------------------------

def test_a_closed_share_list_names_each_company_however_common_its_word():
    got = orgs("وجاءت أسهم شركات الوطنية ,والعربي ,ونماء للكيماويات ,والجماعي ,وولاء على رأس الشركات الأكثر "
               "انخفاضا في ختام التداولات.")
    assert got == ["الوطنية", "العربي", "نماء للكيماويات", "الجماعي", "ولاء"]


def test_a_closed_share_list_with_commas_and_a_loose_and():
    got = orgs("فيما جاءت أسهم شركات العالمية ، وبترو رابغ ، و الجوفية الأكثر نشاطا بالكمية.")
    assert got == ["العالمية", "بترو رابغ", "الجوفية"]


def test_a_sector_list_an_open_list_and_prose_name_nothing_new():
    # sectors: a definite plural breaks the list, a common definite noun is skipped
    assert orgs("وتراجعت أسهم شركات البتروكيماويات والمصارف والتأمين الأكثر تأثرا بهبوط النفط.") == []
    # no closer: the list is open, the common words stay words
    assert orgs("وارتفعت أسهم شركات العالمية والعربي والجماعي بعد إعلان النتائج.") == []
    # two items only
    assert orgs("وكانت أسهم شركات العالمية ,والعربي الأكثر ارتفاعا.") == []
    # prose between the items
    assert orgs("وكانت أسهم شركات العالمية التي أعلنت أرباحها ,والعربي ,والجماعي الأكثر ارتفاعا.") == []


# -- every body inside an office -----------------------------------------------------------------------------------

def test_each_body_inside_an_office_before_the_person():
    got = orgs("وقدم عضو مجلس الشورى رئيس جامعة اليمامة الدكتور خالد العنزي التهنئة للخريجين.")
    assert got == ["مجلس الشورى", "جامعة اليمامة"]


def test_one_body_inside_an_office_is_still_one():
    assert orgs("وأوضح رئيس جامعة اليمامة الدكتور خالد العنزي أن القبول يبدأ الأحد.") == ["جامعة اليمامة"]


# -- a chain of indefinite genitives -----------------------------------------------------------------------------

def test_a_head_before_a_chain_of_indefinite_genitives():
    assert orgs("وأعلن مكتب تحقيقات حوادث الطيران الكندي أنه بدأ التحقيق في الحادث.") == [
        "مكتب تحقيقات حوادث الطيران الكندي"]
    assert orgs("وتأسست جمعية رعاية مرضى الكلى الخيرية قبل عشرة أعوام.") == ["جمعية رعاية مرضى الكلى الخيرية"]


def test_lam_before_lajna_is_no_article():
    assert orgs("ودعت القاهرة إلى اجتماع عاجل للجنة متابعة مبادرة السلام العربية.") == [
        "لجنة متابعة مبادرة السلام العربية"]


def test_no_chain_over_adjectives_or_a_time_phrase():
    assert orgs("وافتتح مركز صحي جديد العام الماضي في الحي.") == ["مركز صحي"]
    assert orgs("وشكلت لجنة تقصي حقائق الأسبوع الماضي.") == []


# -- quoted names after a business or a journal --------------------------------------------------------------------

def test_quoted_names_after_a_restaurant_or_companies():
    assert orgs("وأغلقت البلدية مطعم “دار الكبسة” بحي النسيم ومطعم “برغر سيتي” بحي الروضة.") == [
        "دار الكبسة", "برغر سيتي"]
    assert orgs("وأدين الموظف باختلاس أموال من شركات «ويلسون» و«هارتفيلد للتجارة» في مانشستر.") == [
        "ويلسون", "هارتفيلد للتجارة"]


def test_a_quoted_journal_or_cafe_not_a_programme():
    assert orgs('ونشر الباحثون دراستهم في دورية "نيتشر" العلمية الشهر الماضي.') == ["نيتشر"]
    assert orgs("وافتتح مقهى «حبة بن» موقعه الثاني في الخبر.") == ["حبة بن"]
    assert orgs('وأطلقت الجمعية برنامج "سند" لدعم الأسر المنتجة.') == []  # a programme: no listed head


def test_a_quoted_common_word_or_sentence_after_the_head_names_nothing():
    assert orgs('وافتتح في الحي مطعم "جديد" يقدم الأكلات الشعبية.') == []
    assert orgs('وقال صاحب المطعم "لن نغلق أبوابنا" رغم المخالفة.') == []
    assert orgs('وأكد مدير البرنامج "أن التسجيل مستمر" حتى نهاية الشهر.') == []


# -- sector bodies named after their town (body_names.csv) ---------------------------------------------------------

def test_a_literary_club_council_or_arts_branch_named_after_its_town():
    assert orgs("أدبي الباحة يكرم الفائزين بمسابقة القصة القصيرة") == ["أدبي الباحة"]
    assert orgs("بلدي تبوك يناقش مشروعات الطرق في جلسته الأسبوعية") == ["بلدي تبوك"]
    assert orgs("وأعلن فنون الطائف عن برنامجه المسرحي للصيف") == ["فنون الطائف"]


def test_the_same_words_as_adjectives_or_nouns_name_nothing():
    assert orgs("وقدم الكاتب عملا أدبي الطابع في أمسية الأربعاء") == []
    assert orgs("وأرسل بريد إلكتروني إلى جميع الموظفين صباح أمس") == []
    assert orgs("ويتعلم المتدربون فنون الطهي والضيافة خلال الدورة") == []
