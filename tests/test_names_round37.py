"""Names round 37 (issue 14): club nicknames, a body's organ before its name, two people joined by و + a link.

Every sentence here is written for these tests in the style of Saudi sports and local news (none copied from a
corpus); the people are invented.  Each rule comes with neighbours that must NOT match: the nickname as an
adjective after a noun or an office, a brigadier's title before a name, another club's nickname before a
nationality, an organ alone, a nasab."""
from __future__ import annotations

from name_checks import names

from arnews.entities import find_names


def people(text):
    return [s for s, t in names(text) if t == "person"]


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def ids(text):
    df = find_names(text)
    return dict(zip(df.surface, df.entity_id))


# --- a Saudi club's nickname in a sports paragraph (known_names.csv, context nickname) ---

def test_a_nickname_in_a_sports_paragraph_is_the_club():
    assert orgs("وفاز العميد على ضيفه في مباراة الدوري بهدفين نظيفين.") == ["العميد"]
    assert orgs("وكسب الزعيم المباراة بهدفين وتصدر الدوري، فيما تعادل العالمي مع ضيفه.") == ["الزعيم", "العالمي"]
    assert orgs("وعشاق الراقي ينتظرون المباراة الأولى في الدوري.") == ["الراقي"]


def test_a_nickname_takes_the_clubs_id():
    got = ids("وتعادل نادي الاتحاد مع ضيفه في مباراة الدوري، وقال مدرب العميد إن فريقه سيعود.")
    assert got["العميد"] == got["نادي الاتحاد"]


def test_the_nickname_word_as_an_adjective_or_a_title_names_no_club():
    assert orgs("احتفظ المنتخب بصدارة التصنيف العالمي في الدوري والمباراة المقبلة.") == []
    assert orgs("وقال المدرب العالمي إن المباراة صعبة في الدوري.") == []
    assert orgs("قدم اللاعب المستوى الراقي في المباراة وسجل هدفا في الدوري.") == []
    assert orgs("ويلعب الفريق مباراته أمام الزعيم الإماراتي في الدوري.") == []  # Al Ain, another club
    assert "العميد" not in orgs("وحث العميد حامد السهلي المواطنين على الالتزام بالتعليمات.")
    assert orgs("أكد العميد أن التحقيقات جارية في الحادثة.") == []  # no sports paragraph
    assert orgs("ارتفع الطلب العالمي على النفط هذا العام.") == []


# --- a body's organ before its name (organs.py) ---

def test_the_organ_before_a_club_or_company_is_left_out():
    assert "نادي النصر" in orgs("وعقدت إدارة نادي النصر اجتماعا مع اللاعبين.")
    assert "شركة الكهرباء" in orgs("وقرر مجلس إدارة شركة الكهرباء توزيع الأرباح.")
    assert "النادي الأهلي" in orgs("وطالبت إدارة النادي الأهلي بالحضور.")
    assert "الشركة السعودية للكهرباء" in orgs("وقال رئيس مجلس إدارة الشركة السعودية للكهرباء إن الأرباح ارتفعت.")


def test_no_body_head_after_the_organ_leaves_the_name():
    assert "النادي التعاقد" not in orgs("وتسعى إدارة النادي التعاقد مع لاعب جديد.")
    assert "الإدارة العامة للمرور" in orgs("وأعلنت الإدارة العامة للمرور عن حملة.")
    assert "مجلس الوزراء" in orgs("واجتمع مجلس الوزراء برئاسة خادم الحرمين.")
    assert "فرع وزارة العمل" in orgs("وافتتح فرع وزارة العمل بالجوف مكتبا جديدا.")


# --- و + a link (وعبد، وأبو) opens the next person's name ---

def test_and_abd_opens_the_next_name():
    got = people("وحضر الحفل جاسر الرفاعي وعبد العزيز فلاتة.")
    assert "جاسر الرفاعي" in got and "جاسر الرفاعي وعبد العزيز فلاتة" not in got


def test_a_link_inside_one_name_stays():
    assert people("وقال محمد بن عبد الله بن سعد إن اللجنة اجتمعت.") == ["محمد بن عبد الله بن سعد"]
    assert "عبد الله بن خالد" in people("وحضر الأمير سلطان بن سلمان وعبد الله بن خالد.")


# --- a Saudi or Arab city right after a word of a side on a sports page is its club (clubs._side_word_cities) ---

def test_a_city_after_a_side_word_is_its_club():
    got = ids("وحقق فريق الهلال فوزا ساحقا على ضيفه فريق الرياض في مباراة الدوري.")
    assert got["الرياض"].startswith("~club:geo:") and ("الرياض", "organisation") in names(
        "وحقق فريق الهلال فوزا ساحقا على ضيفه فريق الرياض في مباراة الدوري.")
    assert ("الجبيل", "organisation") in names("وتقام المباريات على ملاعب أندية الجبيل والخليج في الدوري الممتاز.")
    assert ("نجران", "organisation") in names("وقال مدرب نجران إن المباراة صعبة في الدوري.")


def test_a_city_without_a_side_word_or_off_the_sports_page_stays_a_place():
    assert ("الرياض", "place") in names("ويلعب الفريق مباراته في الرياض ضمن الدوري.")
    assert ("الكويت", "place") in names("وقال مدرب الكويت إن المنتخب جاهز للمباراة في الدوري.")  # a country
    assert ("الرياض", "place") in names("وصل فريق الرياض إلى الجبيل.")  # no sports paragraph


def test_a_nickname_after_a_possessed_or_li_noun_is_an_adjective():
    assert orgs("وحصل اللاعب على الميدالية الفضية للأولمبياد العالمي في الدوري والمباراة.") == []
    assert orgs("ويعرض المعرض تصنيف منتخبنا العالمي قبل المباراة في الدوري.") == []


def test_an_arab_citys_club_leaves_the_city_a_place():
    got = names("وحقق فريق الرياض فوزا على ضيفه في مباراة الدوري التي أقيمت في مدينة الرياض.")
    assert ("الرياض", "organisation") in got and ("الرياض", "place") in got
