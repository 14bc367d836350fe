"""Names, organisations round 37 (issue 14): a club's other mentions in its article join the club
(:mod:`arnews.entities.club_mentions`).

Every sentence here is written for these tests in the style of Saudi sports news (none copied from a
corpus); the clubs كولبرغ فيستن and the people are invented.  Each rule comes with neighbours that must
NOT match: a cued person who shares a word with the club, a person's name in an article with no club, a
coach named like a club with no nationality after it."""
from __future__ import annotations

from name_checks import names

from arnews.entities.club_mentions import club_forms, mention_forms


def typed(text, surface):
    return [t for s, t in names(text) if s == surface]


def test_a_clubs_later_mention_with_a_conjunction_joins_the_club():
    text = ("وانضم المدافع إلى الفريق لعامين قادما من كولبرغ فيستن الألماني. وبدأ مسيرته في هولندا ثم انتقل "
            "إلى يوفنتوس الإيطالي وكولبرغ فيستن الذي أعاره إلى ليفربول الموسم الماضي.")
    assert typed(text, "كولبرغ فيستن") == ["organisation"]
    assert typed(text, "وكولبرغ فيستن") == ["organisation"]


def test_a_clubs_own_words_after_its_city_name_it_again():
    text = ("سان جرمان يفرض سطوته\nسيكون باريس سان جرمان مرشحا لإحراز لقب الدوري للمرة الرابعة، ولا يستطيع "
            "أي فريق مجاراة سان جرمان في سوق الانتقالات.")
    assert typed(text, "سان جرمان") == ["organisation", "organisation"]
    assert typed(text, "باريس سان جرمان") == ["organisation"]


def test_a_cued_person_sharing_a_word_with_the_club_stays_a_person():
    text = "وانضم المدافع إلى الفريق لعامين قادما من كولبرغ فيستن الألماني. وقال كارلوس فيستن إن الصفقة مهمة."
    assert typed(text, "كولبرغ فيستن") == ["organisation"]
    assert typed(text, "كارلوس فيستن") == ["person"]


def test_no_club_in_the_article_leaves_people_alone():
    assert names("وقال المحلل ماركوس فيلدر إن الأسهم ارتفعت، وأضاف فيلدر أن السوق مستقر.") == \
        [("ماركوس فيلدر", "person"), ("فيلدر", "person")]
    text = "وقال المدرب كولبرغ فيستن إن فريقه جاهز للمباراة، وأضاف فيستن أن الإصابات كثيرة."
    assert [t for _, t in names(text)] == ["person", "person"]


def test_the_forms_a_club_and_a_mention_are_compared_by():
    assert len(club_forms("باريس سان جرمان")) == 2
    assert club_forms("باريس سان جرمان")[1] == club_forms("سان جرمان")[0]
    assert len(club_forms("فيردر بريمن")) == 1
    assert mention_forms("وكولبرغ فيستن")[1] == mention_forms("كولبرغ فيستن")[0]
    assert len(mention_forms("ولد")) == 1  # a short word keeps its و


def test_only_a_club_read_from_its_adjective_or_city_pulls_people_in():
    from arnews.entities.club_mentions import join_club_mentions

    def rows():  # [surface, id, type, source, confidence]
        return [["كولبرغ فيستن", "~club", "organisation", "club", 0.85],
                ["وكولبرغ فيستن", "~person", "person", "translit", 0.6],
                ["كولبرغ فيستن", "~cued", "person", "cue", 0.9]]
    found = rows()
    assert join_club_mentions(found, 1, 2, 0, 3, 4) == 1
    assert [r[1] for r in found] == ["~club", "~club", "~cued"]
    weak = rows()
    weak[0][4] = 0.7  # a weaker club reading (وفاز يوفتيتش مع سيتي)
    assert join_club_mentions(weak, 1, 2, 0, 3, 4) == 0
