"""Names, places and organisations session 51 (names55b, issue 14).

* a body's command, administration or directorate, or its name with its kind said, before the body the article
  names on its own, is that body (``قيادة حرس الحدود`` / ``حرس الحدود``، ``منظمة أوبك`` / ``أوبك``;
  ``org_unit_heads.csv``, :mod:`arnews.entities.orggroups`);
* a federation named by its head and its field alone (``اتحاد الكرة``، ``اتحاد القدم``) beside its full name
  (``الاتحاد السعودي لكرة القدم``) is the same body (:mod:`arnews.entities.orggroups`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the bodies
are real, the events invented."""
from __future__ import annotations

from name_checks import article_rows, names


def org_ids(rows):
    return {s: e for _, s, t, _, e in rows if t == "organisation"}


# -- a body's unit before its name ----------------------------------------------------------------------------

def test_a_command_before_a_listed_force_is_that_force():
    ids = org_ids(article_rows("ضبط متسللين في جازان",
                               "أعلنت قيادة حرس الحدود بمنطقة جازان إحباط محاولة تهريب، وأوضحت أن دوريات حرس الحدود "
                               "ضبطت أربعة متسللين."))
    assert ids["قيادة حرس الحدود"] == ids["حرس الحدود"]


def test_a_directorate_before_civil_defence_is_civil_defence():
    ids = org_ids(article_rows("حريق في مستودع",
                               "باشرت فرق الدفاع المدني حريقا في مستودع للأخشاب، وقال المتحدث باسم مديرية الدفاع "
                               "المدني إن الحريق أخمد دون إصابات."))
    assert ids["مديرية الدفاع المدني"] == ids["الدفاع المدني"]


def test_an_organisation_with_its_kind_said_and_its_listed_short_name():
    ids = org_ids(article_rows("النفط يرتفع",
                               "وقالت منظمة أوبك في تقريرها الشهري إن الطلب سيرتفع، وأضاف مندوب في أوبك أن القرار جاء بالإجماع."))
    assert ids["منظمة أوبك"] == ids["أوبك"]
    ids = org_ids(article_rows("خلافات في الحركة",
                               "تتحدث تقارير عن خلافات داخل قيادة طالبان بعد إعلان وفاة زعيمها، ونفت طالبان ذلك."))
    assert ids["قيادة طالبان"] == ids["طالبان"]


def test_a_station_of_a_body_stays_apart():
    # a station (مركز) is no unit head: مركز الدفاع المدني بالحي is not joined to الدفاع المدني
    ids = org_ids(article_rows("افتتاح مركز",
                               "افتتح مدير الدفاع المدني مركز الدفاع المدني الجديد في الحي، وقال إن الدفاع المدني "
                               "يواصل توسيع خدماته."))
    assert "الدفاع المدني" in ids
    assert all(e != ids["الدفاع المدني"] for s, e in ids.items() if s.startswith("مركز"))


# -- a federation by its field ---------------------------------------------------------------------------------

def test_the_football_federation_short_and_in_full():
    ids = org_ids(article_rows("تأجيل مباراة",
                               "أعلن الاتحاد السعودي لكرة القدم جدول الدوري الممتاز، وقال مصدر في اتحاد الكرة إن "
                               "الأندية طالبت اتحاد القدم بتأجيل الجولة الأولى."))
    assert ids["الاتحاد السعودي لكرة القدم"] == ids["اتحاد الكرة"] == ids["اتحاد القدم"]


def test_another_federation_in_the_article_stays_apart():
    ids = org_ids(article_rows("قرعة البطولة",
                               "أعلن الاتحاد السعودي لكرة القدم مشاركته في القرعة، وقال اتحاد السلة إن منتخبه جاهز."))
    assert ids["الاتحاد السعودي لكرة القدم"] != ids["اتحاد السلة"]


def test_a_branch_and_the_forces_of_a_body_are_that_body():
    ids = org_ids(article_rows("مخالفات العمالة",
                               "ضبط فرع وزارة العمل بالمنطقة عشرين مخالفة، وأكدت وزارة العمل استمرار الجولات."))
    assert ids["فرع وزارة العمل"] == ids["وزارة العمل"]
    ids = org_ids(article_rows("تقدم في عدن",
                               "قالت قوات التحالف إن طائراتها قصفت مواقع المتمردين، وأضاف التحالف أن العملية مستمرة."))
    assert ids["قوات التحالف"] == ids["التحالف"]


# -- foreign clubs written as Saudi papers write them ------------------------------------------------------------

def test_foreign_clubs_in_their_common_spellings_are_clubs_not_cities():
    got = names("فاز بايرن ميونيخ على ضيفه، وقال مدرب بايرن إن فريقه يستحق الفوز.")
    assert got == [("بايرن ميونيخ", "organisation"), ("بايرن", "organisation")]
    assert names("تعادل باريس سان جرمان مع ضيفه، وقال لاعب سان جرمان إن التعادل عادل.") == [
        ("باريس سان جرمان", "organisation"), ("سان جرمان", "organisation")]
    assert names("خسر أتليتيكو مدريد أمام بروسيا دورتموند وديا.") == [
        ("أتليتيكو مدريد", "organisation"), ("بروسيا دورتموند", "organisation")]


def test_the_city_itself_stays_a_place():
    assert names("زار الوفد مدينة ميونيخ الألمانية، ثم توجه إلى مدريد.") == [("ميونيخ", "place"), ("مدريد", "place")]
