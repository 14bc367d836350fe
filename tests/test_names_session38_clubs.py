"""Saudi clubs named by an ordinary word, in headlines and sports paragraphs (names round 38, club38).

* A short sports article (its one body paragraph a sports paragraph) is a sports article: its headline names
  what the body reports, so a listed club there is the club (``الفتح يكمل عقد مدافعه``); a short article whose
  body uses fewer different sport words (a club's cultural evening: نادي، مباراة، ملعب) keeps the word
  (``الوحدة الوطنية``).
* A club the corpus learned from an ordinary word (``نادي الشباب``, status ``context``) is the club in an article
  that announces that club itself (``فريق الشباب`` in a sports paragraph), headline included, and right after a
  word of a side (``مدرب الشباب``) in any sports paragraph; not in general paragraphs (``الشباب السعودي``), not
  after ``فريق`` in a volunteer paragraph (``نظم فريق الشباب حملة``), not after other nouns (``منتخب الشباب``، ``لرعاية الشباب``).
Every text is invented for these tests, in the style of Saudi sports pages."""
from __future__ import annotations

import pytest
from name_checks import learned_of

TEXTS = {
    "e1": ["الشباب يجدد للمدافع",
           "أعلن نادي الشباب تجديد عقد مدافعه لثلاثة مواسم، وقال رئيس نادي الشباب إن الإدارة حريصة على استقرار الفريق."],
    "e2": ["تكريم", "كرم نادي الشباب قدامى لاعبيه في حفل أقيم بمقر النادي بحضور عدد من أعضاء الشرف."],
    "s1": ["الشباب يكسب وديته الأخيرة",
           "أنهى فريق الشباب معسكره الإعدادي بالفوز على ضيفه بهدف دون مقابل في مباراة ودية، وأجرى مدرب الشباب عدة "
           "تبديلات في الشوط الثاني."],
    "s2": ["تصريحات", "وقال مدرب الشباب إن لاعبيه قدموا مباراة كبيرة أمام منافسهم في الدوري رغم الغيابات."],
    "n1": ["فرص العمل", "يمثل الشباب السعودي نسبة كبيرة من السكان، وتسعى الوزارة إلى توفير فرص العمل لهم في القطاع الخاص."],
    "n2": ["حملة تطوعية", "نظم فريق الشباب حملة لتنظيف الشاطئ، وشارك الشباب في زراعة الأشجار في الحي."],
    "n3": ["قائمة المنتخب", "أعلن مدرب المنتخب قائمة منتخب الشباب لكرة القدم استعدادا لبطولة كأس آسيا، بدعم من الرئاسة "
                          "العامة لرعاية الشباب."],
    "t1": ["الفتح يكمل عقد مدافعه",
           "أكمل فريق الفتح التعاقد مع المدافع البرازيلي لمدة موسمين، وسينضم اللاعب إلى معسكر الفريق الأسبوع المقبل."],
    "t2": ["الوحدة الوطنية أساس الاستقرار", "أكد أمير المنطقة أن الوحدة الوطنية أساس الاستقرار والتنمية في المملكة."],
    "t3": ["الوحدة الوطنية في أمسية ثقافية",
           "نظم نادي الحي أمسية ثقافية عن الوحدة الوطنية، وشاهد الحضور بعدها مباراة ودية في ملعب النادي."],
}


@pytest.fixture(scope="module")
def tables():
    return learned_of(TEXTS)


def _at(df, aid, par=None):
    return [(r.surface, r.type) for r in df[df.article_id == aid].itertuples() if par is None or r.paragraph == par]


def test_ordinary_word_club_is_learned_in_context(tables):
    _, N, _ = tables
    assert N[N.name == "الشباب"].iloc[0]["status"] == "context"


def test_headline_of_short_sports_article(tables):
    E, _, _ = tables
    assert ("الفتح", "organisation") in _at(E, "t1", 0)


@pytest.mark.parametrize("aid", ["t2", "t3"])
def test_headline_of_short_general_article(tables, aid):
    E, _, _ = tables
    assert ("الوحدة", "organisation") not in _at(E, aid, 0)


def test_article_that_announces_the_club(tables):
    _, _, M = tables
    assert ("الشباب", "organisation") in _at(M, "s1", 0)  # the headline
    assert ("الشباب", "organisation") in _at(M, "s1", 1)  # مدرب الشباب


def test_after_a_side_word_in_sports_paragraph(tables):
    _, _, M = tables
    assert _at(M, "s2") == [("الشباب", "organisation")]


@pytest.mark.parametrize("aid", ["n1", "n2", "n3"])
def test_not_the_club(tables, aid):
    _, _, M = tables
    assert _at(M, aid) == []
