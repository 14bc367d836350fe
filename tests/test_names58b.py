"""Transliterated places session 54 (names58b, issue 14): foreign names no list holds, read by shape and context.

* one transliterated word (no Arabic vocabulary, shaped like a transliteration) right after ``في`` or a plural place
  noun (``كبرى مدن``) outside a sports paragraph is a place (:mod:`arnews.entities.translit_places`), and its bare
  mentions later in the article are the same place; never the shape alone (no cue, no place), never a verbal noun or
  a pronoun-suffixed noun (``في إرباك``، ``في تأويله``), never a word that goes on into a longer name (``في كومرتس بنك``);
* a transliterated run typed a person by guess that opens with a place the article names is that place
  (:mod:`arnews.entities.translit_agreement`: ``يونغ يانغ سلفا`` after ``ضد بيونغ يانغ``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the events are
invented."""
from __future__ import annotations

from name_checks import article_rows


def _typed(rows, surface):
    return {(p, t) for p, s, t, _, _ in rows if s == surface}


def test_one_transliterated_word_after_fi_is_a_place_and_recurs():
    rows = article_rows("اشتباكات في شمال أفغانستان",
                        "قال مسؤولون إن قوات الأمن استعادت السيطرة على مواقع في تالقان بعد اشتباكات عنيفة.",
                        "وتعد تالقان من أكبر مدن الشمال، وشهدت هجمات متكررة هذا العام.")
    assert (1, "place") in _typed(rows, "تالقان")
    assert (2, "place") in _typed(rows, "تالقان")


def test_a_plural_place_noun_before_the_word_makes_it_a_place():
    rows = article_rows("زيارة ميدانية",
                        "وصل الوفد إلى مقر الحاكم، كبرى مدن بادغيسان، صباح أمس.")
    assert (1, "place") in _typed(rows, "بادغيسان")


def test_shape_alone_is_no_place():
    rows = article_rows("زيارة ميدانية",
                        "وصل تالقان الوفد صباح أمس بعد رحلة طويلة.")
    assert not _typed(rows, "تالقان")


def test_verbal_nouns_and_suffixed_nouns_after_fi_are_no_places():
    rows = article_rows("قرار جديد",
                        "ولن يزيد هذا القرار شيئا إلا في إرباك المدارس، كما أراد الكاتب أن يمضي في تأويله إلى أقصاه.")
    assert not _typed(rows, "إرباك")
    assert not _typed(rows, "تأويله")


def test_a_word_before_a_head_or_a_found_city_is_no_place_alone():
    rows = article_rows("أسواق النفط",
                        "وقال المحلل في كومرتس بنك إن الأسعار ستستقر، وأقيم المعرض في بانوراما الرياض أمس.")
    assert not _typed(rows, "كومرتس")
    assert not _typed(rows, "بانوراما")


def test_a_club_on_a_sports_page_is_no_place():
    rows = article_rows("الهلال يتعاقد مع مهاجم جديد",
                        "أعلن نادي الهلال التعاقد مع المهاجم الذي لعب في فيورنتيلو الموسم الماضي وسجل 12 هدفا في الدوري.")
    assert (1, "place") not in _typed(rows, "فيورنتيلو")


def test_a_run_that_opens_with_the_articles_place_is_that_place():
    rows = article_rows("توتر على الحدود",
                        "وصعدت كوريا الشمالية حربها الدعائية ضد بيونغ يانغ بعد انفجار ألغام على الحدود.",
                        "وكانت الولايات المتحدة قد حذرت من التصعيد، ودانتها بيونغ يانغ سلفا.")
    two = [(s, t) for p, s, t, _, _ in rows if p == 2 and "يانغ" in s]
    assert two and all(t == "place" and not s.endswith("سلفا") for s, t in two)
    ids = {e for p, s, t, _, e in rows if "يانغ" in s}
    assert len(ids) == 1


def test_a_word_before_an_indefinite_adjective_is_a_noun():
    rows = article_rows("حريق محدود",
                        "وباشرت فرق الدفاع المدني حريقا اندلع في كيابل كهربائية قرب أحد المباني.")
    assert not _typed(rows, "كيابل")
