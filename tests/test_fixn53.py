"""Fixes after the review of names56b and blocks53 (session 52, fixn).

* blocks: a line under a headline whose only shared word is a listed given name opening it is no photo caption
  (``محمد مهاوش`` under a headline about another محمد), and a line with no letter or figure (``------``، ``***``،
  ``{``, direction marks) is boilerplate, never body (:func:`arnews.blocks.assign_roles`);
* prose after a run opened by a listed given name is cut: a common word that is no listed name (``محمد يعقوب وصف``),
  an imperfect dual or plural (``عبدالفتاح يدعمان``), a native word after a foreign given name and its family word
  (``مئير وافيتار معتقلين``) (:func:`arnews.entities.persontails.trim_person_tails`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented."""
from __future__ import annotations

from arnews.blocks import assign_roles
from name_checks import names


def people(text):
    return [s for s, t in names(text) if t == "person"]


def test_common_verb_after_a_two_word_name_is_cut():
    assert people("وأضاف المحلل محمد يعقوب وصف القرار بأنه متسرع.") == ["محمد يعقوب"]
    assert people("وذكرت الإذاعة أن بنيامين نتنياهو قرر تأجيل الزيارة.") == ["بنيامين نتنياهو"]


def test_imperfect_dual_after_a_given_name_is_cut():
    assert people("سالم وعبدالفتاح يدعمان الفريق في النهائي") == ["عبدالفتاح"]


def test_native_word_after_a_foreign_name_is_cut():
    assert people("وكان مئير وافيتار معتقلين في سجن عسكري منذ شهرين.") == ["مئير وافيتار"]


def test_family_names_after_a_given_name_stay():
    assert people("وأكد المهندس يوسف يعقوب الحمدان أن الأعمال ستنتهي قريبا.") == ["يوسف يعقوب الحمدان"]
    assert people("وقال الوزير سامح شكري إن المحادثات مثمرة.") == ["سامح شكري"]
    assert people("واستقبل الرئيس عبدربه منصور هادي السفير في عدن.") == ["عبدربه منصور هادي"]



def test_khayr_allah_is_a_theophoric_family_name():
    assert people("وكرم المحافظ المهندس عبدالرحمن خير الله على جهوده في المشروع.") == ["عبدالرحمن خير الله"]


def test_the_work_word_al_amal_unlocks_no_credit():
    # فريق العمل / وزارة العمل name no film, series or play: بطولة is a championship here
    assert people("وأعلن فريق العمل انطلاق بطولة ضاري المطيري، بمشاركة ثلاثين فريقا.") == []
    assert people("وأعلن فريق العمل أن الفيلم بطولة ضاري المطيري، وتصويره في أبها.") == ["ضاري المطيري"]


LONG = ("وأوضح المتحدث الرسمي باسم الهيئة أن البرنامج الجديد يشمل تدريب عدد من الشباب في المحافظات الشمالية خلال "
        "العام المقبل بتكلفة إجمالية كبيرة.")
LONG2 = ("وأشار إلى أن الدورات تسير وفق الجدول الزمني المحدد لها، وأن فرق العمل الميدانية تتابع تنفيذ المراحل "
         "المختلفة من البرنامج بشكل يومي.")


def test_shared_given_name_makes_no_caption():
    r = assign_roles(["قراءة في ديوان الشاعر محمد العتيق", "محمد الزهراني", "المصدر: http://example.com/a"])
    assert r[1] == "byline"
    assert assign_roles(["الشهري يحصل على الدكتوراه", "ماجد الشهري", "المصدر: http://example.com/a"])[1] == "caption"
    assert assign_roles(["إدارة النادي تتمسك بمرتضى منصور", "مرتضى منصور", "المصدر: http://example.com/a"])[1] == "caption"


def test_lines_without_letters_are_boilerplate():
    for mark in ("------------------------", "***", "{", "\u200f\u202b"):
        r = assign_roles(["وزارة الصحة تطلق حملة للتطعيم", LONG, mark, LONG2])
        assert r[2] == "boilerplate", mark
    assert assign_roles(["وزارة الصحة تطلق حملة للتطعيم", LONG, "2015", LONG2])[2] != "boilerplate"


def test_the_office_adjective_opening_a_comma_list_is_no_person():
    got = people("واتهم وزير الخارجية الإيراني، محمد جواد ظريف، الرئيس الأميركي، باراك أوباما، بالتناقض.")
    assert "الإيراني" not in got and "محمد جواد ظريف" in got


def test_a_nationality_adjective_opening_an_announced_item_is_cut():
    got = people("وسجل الأهداف كل من الفنزولي ريفاس، وسالم الدوسري، وخالد الصقر.")
    assert got[0] == "ريفاس" and "الفنزولي ريفاس" not in got
