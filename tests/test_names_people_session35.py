"""Names session 35 (issue 14, people): classes of persons missed on the development sets.

Every sentence here is written for these tests in the style of Arabic news (none copied from a corpus); the
people are invented where a lexicon could list them.  Each rule comes with neighbours that must NOT match."""
from __future__ import annotations

from name_checks import learned_of


_learn = learned_of  # (entities, learned_names, learned_mentions) of invented articles


# --- a famous person whose family name is a common word (learned.py: FAMOUS_ARTICLES) ---

FAMOUS = {
    "f1": ["قمة", "استقبل الرئيس سامر الورد وفدا من رجال الأعمال في القصر."],
    "f2": ["لقاء", "وبحث الرئيس سامر الورد مع وزير الخارجية تطورات الأزمة."],
    "f3": ["اتصال", "وتلقى الرئيس سامر الورد اتصالا هاتفيا من نظيره الفرنسي."],
    "f4": ["مفاوضات", "ورفضت المعارضة أي حل سياسي يبقي الورد في السلطة."],
}


def test_a_titled_name_in_three_articles_is_learned_with_its_common_family_name():
    _, N, M = _learn(FAMOUS)
    row = N[N.name == "سامر الورد"].iloc[0]
    assert (row["class"], row.status, row.n_cued_articles) == ("person", "learned", 3)
    fam = N[N.name == "الورد"].iloc[0]
    assert (fam["class"], fam.status) == ("family", "family")
    assert [(r.surface, r.type) for r in M[M.article_id == "f4"].itertuples()] == [("الورد", "person")]


def test_the_family_name_after_another_given_name_or_in_an_idiom_is_no_mention_of_him():
    texts = {**FAMOUS, "f5": ["بطولة", "وفاز المصري أحمد الورد بالمركز الأول، وذهب نصيب الورد من الجوائز إلى الفريق."]}
    _, _, M = _learn(texts)
    assert M[M.article_id == "f5"].empty


def test_a_titled_name_with_a_common_family_word_in_two_articles_is_not_learned():
    texts = {k: v for k, v in FAMOUS.items() if k != "f3"}
    _, N, M = _learn(texts)
    assert "سامر الورد" not in set(N[N.status == "learned"].name)
    assert "الورد" not in set(M.surface)


def test_a_title_before_a_given_name_and_a_very_common_word_teaches_nothing():
    texts = {f"g{i}": ["خبر", f"وقال الأمير خالد اليوم إن المشروع يخدم المنطقة رقم {i}."] for i in range(4)}
    _, N, _ = _learn(texts)
    assert "خالد اليوم" not in set(N.name)


# --- offices and titles the cue list lacked (entity_cues.csv, session 35) ---

from name_checks import names  # noqa: E402


def people(text):
    return [s for s, t in names(text) if t == "person"]


def test_new_roles_announce_a_name():
    assert people("وأوضح مؤلف العرض حسين الشاهري أنه ركز على سيرة الشاعر.") == ["حسين الشاهري"]
    assert people("بدوره، تحدث الداعية عبدالمعطي جابر الحربي عن فضل العلم.") == ["عبدالمعطي جابر الحربي"]
    assert people("1934 - المهاتما غاندي في الهند.") == ["غاندي"]


def test_no_name_after_the_new_roles_without_one():
    assert people("وقدم العزاء لذوي الشهيد وأسرته في المحافظة.") == []
    assert people("وزار وفد من الجمعية منزل الشهيد في الدمام.") == []
    assert people("وقال مؤلف الكتاب إن الطبعة الثانية تصدر قريبا.") == []


def test_a_family_name_almulla_is_no_title():
    assert people("وقال خالد الملا إن الفريق جاهز.") == ["خالد الملا"]


def test_family_word_taken_reads_the_word_before():
    from arnews.entities.learned import _family_word_taken

    t = "وفاز صالح عباس بالمركز، وذهب نصيب الأسد إلى الفريق، وقال عباس إن"
    assert _family_word_taken(t, t.index("عباس"))
    assert _family_word_taken(t, t.index("الأسد"))
    assert not _family_word_taken(t, t.rindex("عباس"))


def test_family_word_taken_after_a_link_a_proclitic_or_a_quote():
    from arnews.entities.learned import _family_word_taken

    t = 'عن ابن عباس قال، وتحظى بنصيب الأسد، ولها "نصيب "الأسد" منها، ورحل الأسد'
    assert _family_word_taken(t, t.index("عباس"))
    assert _family_word_taken(t, t.index("الأسد"))
    assert _family_word_taken(t, t.index('الأسد"'))
    assert not _family_word_taken(t, t.rindex("الأسد"))


def test_a_learned_family_name_is_not_the_famous_man_where_the_article_names_another():
    texts = {**FAMOUS, "f6": ["تكريم", "كرم النادي اللاعب ماهر الورد، وقال الورد إن التكريم حافز له."]}
    _, N, M = _learn(texts)
    famous = N[N.name == "سامر الورد"].entity_id.iloc[0]
    assert famous not in set(M[M.article_id == "f6"].entity_id)
