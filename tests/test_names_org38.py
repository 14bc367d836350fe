"""Names, organisations session 38 (issue 14): a body's field after its nisba, written ل + an indefinite
noun in construct (``الاتحاد الكويتي لكرة السلة``, ``الجمعية الخيرية لرعاية الأيتام``), belongs to its name
as ``لل`` + a definite noun does (:func:`arnews.entities.orgnames._field_genitive`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus);
the bodies and people are invented.  Each rule comes with neighbours that must NOT extend the name: a
word that merely opens with ل (ليلة), ل + a verb (لتصبح), ل + a demonstrative (لذلك), ل + a given name, ل +
a word without the article, and a head with no nisba before the ل word."""
from __future__ import annotations

from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def test_a_federations_sport_after_its_nisba_is_in_its_name():
    assert orgs("وأعلن الاتحاد الكويتي لكرة السلة أمس تأجيل المباراة.") == ["الاتحاد الكويتي لكرة السلة"]


def test_a_societys_purpose_after_its_nisba_is_in_its_name():
    text = "ووزعت الجمعية الخيرية لرعاية الأيتام في محافظة الخرج ألف سلة غذائية على الأسر."
    assert orgs(text) == ["الجمعية الخيرية لرعاية الأيتام"]


def test_a_foreign_board_and_an_observatory_keep_their_fields():  # (two nisbas before the field)
    assert orgs("وقال المجلس الوطني الكندي لسلامة الغذاء إن العينات سليمة.") == ["المجلس الوطني الكندي لسلامة الغذاء"]
    assert orgs("وذكر المرصد اليمني لحقوق الإنسان أن القصف استمر.") == ["المرصد اليمني لحقوق الإنسان"]


def test_a_word_that_only_opens_with_lam_ends_the_name():
    assert orgs("واجتمع الاتحاد الكويتي ليلة الأحد مع الأندية.") == ["الاتحاد الكويتي"]


def test_lam_with_a_verb_or_a_demonstrative_ends_the_name():
    assert orgs("وسعى الاتحاد الكويتي لتصبح البطولة أقوى.") == ["الاتحاد الكويتي"]
    assert orgs("ودعت الجمعية الخيرية لذلك الغرض متطوعين.") == ["الجمعية الخيرية"]


def test_lam_with_a_word_without_the_article_ends_the_name():
    assert orgs("واقترحت الجمعية الخيرية لوضع آلية جديدة للتبرع.") == ["الجمعية الخيرية"]


def test_no_nisba_before_lam_leaves_a_purpose_clause_out():
    # a ministry's name is complete: what follows is the purpose of its action
    assert orgs("وأطلقت وزارة الصحة لمكافحة الحمى حملة في القرى.") == ["وزارة الصحة"]


def test_a_name_with_its_field_already_takes_no_second_one():
    # the ministry's field is الأمن; ل + the media is whom it told, the nisba only qualifies the ministry
    assert orgs("وكشفت وزارة الأمن الداخلي لوسائل الإعلام أن المشتبه به اعتقل.") == ["وزارة الأمن الداخلي"]
