"""Clubs learned from their sports-page reading (names round 37, sport37).

A foreign club the per-article finder reads before its nationality (``على ضيفه فيرنهاوزن الألماني``) is
learned corpus-wide (cue ``nationality``); another article's bare mention of it in a sports paragraph is the
club, and replaces a weak reading there (a transliterated person or place: ``فيرنهاوزن جيدا``), never a cued
one; outside a sports paragraph the word is left alone (a city or a person).  A definite word before a
nationality (``الشعب الإماراتي``) is not learned this way.  The club ``فيرنهاوزن`` and every text are
invented for these tests, in the style of Saudi sports pages."""
from __future__ import annotations

import pandas as pd
import pytest
from name_checks import learned_of

from arnews.entities import entities_table, learned_name_tables, with_learned
from arnews.entities.learned import NATIONALITY_CUE, learn_names

TEXTS = {
    "b1": ["الاتحاد يفوز وديا",
           "فاز فريق الاتحاد على ضيفه فيرنهاوزن الألماني بهدفين مقابل هدف في مباراة ودية أقيمت على ملعب النادي "
           "ضمن معسكره الإعدادي."],
    "b2": ["ختام الدوري الألماني",
           "وخاض فيرنهاوزن موسما رائعا في الدوري حيث توج بطلا للكأس بعد فوزه في المباراة النهائية، وسجل مهاجمه "
           "هدفين في الشوط الثاني."],
    "c2": ["الدوري", "ولم يستعد فيرنهاوزن جيدا لهذه المباراة لأنه خسر مباراتيه الوديتين أمام ضيوفه، ويحوم الشك "
                     "حول مشاركة أكثر من لاعب في صفوفه."],
    "c3": ["الدوري", "وتعاقد النادي مع لاعب الوسط البرازيلي دوغلاس ماريو من فيرنهاوزن مقابل 30 مليون يورو قبل "
                     "انطلاق الموسم الجديد للدوري."],
    # near neighbours: not a sports paragraph; a cued person of the same name
    "n1": ["وفد اقتصادي يزور ألمانيا",
           "زار الوفد الاقتصادي مدينة هامبورغ، ثم توجه إلى فيرنهاوزن حيث التقى رجال الأعمال في غرفة التجارة."],
    "n2": ["المدرب يتحدث", "قال المدرب كارل فيرنهاوزن إن الفريق جاهز للمباراة المقبلة في الدوري، وإن اللاعبين "
                          "أنهوا التدريبات."],
    "n3": ["الشعب يخسر", "خسر فريق الاتحاد أمام نظيره الشعب الإماراتي بهدف في مباراة ودية ضمن معسكر الفريق."],
}


@pytest.fixture(scope="module")
def learned():
    return learned_of(TEXTS)


def _at(df, aid):
    return [(r.surface, r.type) for r in df[df.article_id == aid].itertuples() if r.paragraph > 0]


def test_club_before_nationality_is_learned(learned):
    _, N, _ = learned
    row = N[N.name == "فيرنهاوزن"].iloc[0]
    assert (row["class"], row["cue"], row["status"]) == ("club", NATIONALITY_CUE, "learned")


def test_definite_word_before_nationality_is_not_learned(learned):
    _, N, _ = learned
    assert not len(N[(N.name == "الشعب") & (N.cue == NATIONALITY_CUE)])


def test_bare_mention_in_sports_paragraph_is_the_club(learned):
    _, _, M = learned
    assert ("فيرنهاوزن", "organisation") in _at(M, "b2")
    assert ("فيرنهاوزن", "organisation") in _at(M, "c3")


def test_club_replaces_weak_place_reading(learned):
    E, _, M = learned
    assert ("فيرنهاوزن جيدا", "place") in _at(E, "c2")  # the per-article table alone keeps its reading
    W = with_learned(E, M)
    assert _at(W, "c2") == [("فيرنهاوزن", "organisation")]


def test_not_outside_sports_paragraph(learned):
    _, _, M = learned
    assert _at(M, "n1") == []


def test_cued_person_is_not_replaced(learned):
    E, _, M = learned
    W = with_learned(E, M)
    assert ("كارل فيرنهاوزن", "person") in _at(W, "n2")
    assert _at(M, "n2") == []


def test_g_spelled_either_way():
    names = learn_names(pd.DataFrame([{"article_id": "x", "paragraph": 1, "start": 0, "end": 9, "surface": "فولفسبورغ",
                                       "entity_id": "~w", "type": "organisation", "alias": "", "source": "club",
                                       "confidence": 0.85}]))
    from arnews.entities.learned import learned_mentions

    P = pd.DataFrame([{"article_id": "y", "paragraph": 1, "role": "body", "lang": "ar",
                       "text": "وخسر فولفسبورج مباراته الودية أمام ضيفه في الملعب، وسجل مهاجم الفريق هدفا في الشوط الأول."}])
    M, _ = learned_mentions(names, [P])
    assert [(r.surface, r.type) for r in M.itertuples()] == [("فولفسبورج", "organisation")]


def test_city_before_feminine_nationality_is_not_the_club():
    names = learn_names(pd.DataFrame([{"article_id": "x", "paragraph": 1, "start": 0, "end": 9, "surface": "فيرنهاوزن",
                                       "entity_id": "~w", "type": "organisation", "alias": "", "source": "club",
                                       "confidence": 0.85}]))
    from arnews.entities.learned import learned_mentions

    P = pd.DataFrame([{"article_id": "y", "paragraph": 1, "role": "body", "lang": "ar",
                       "text": "يتواجد مهاجم الفريق السابق هذه الأيام في فيرنهاوزن الألمانية لإجراء الفحص الطبي قبل "
                               "انضمامه إلى ناديه الجديد في الدوري."}])
    M, _ = learned_mentions(names, [P])
    assert not len(M)


@pytest.mark.parametrize("text", ["أقيم المعسكر الإعدادي للفريق في فيرنهاوزن قبل انطلاق الدوري، وخاض الفريق مباراتين وديتين هناك.",
                                  "وصل لاعبو الفريق أمس إلى مدينة فيرنهاوزن لخوض المباراة الودية قبل انطلاق الدوري.",
                                  "يخوض لاعبو المنتخب معسكرا بفيرنهاوزن استعدادا للمباراة الودية قبل انطلاق الدوري."])
def test_city_after_place_words_is_not_the_club(text):
    names = learn_names(pd.DataFrame([{"article_id": "x", "paragraph": 1, "start": 0, "end": 9, "surface": "فيرنهاوزن",
                                       "entity_id": "~w", "type": "organisation", "alias": "", "source": "club",
                                       "confidence": 0.85}]))
    from arnews.entities.learned import learned_mentions

    M, _ = learned_mentions(names, [pd.DataFrame([{"article_id": "y", "paragraph": 1, "role": "body", "lang": "ar",
                                                    "text": text}])])
    assert not len(M)


def test_club_before_a_common_short_word():
    """``فيرنهاوزن بطل كأس``: a common word after the club is no syllable of a longer name (the weak person
    reading ``فيرنهاوزن بطل كأس`` is replaced)."""
    T = {"b1": TEXTS["b1"], "c1": ["السوبر", "يلتقي فيرنهاوزن بطل كأس ألمانيا وبايرن ميونيخ بطل الدوري في مباراة الكأس "
                                              "السوبر لكرة القدم التي تسبق انطلاق الموسم."]}
    rows = [{"article_id": aid, "paragraph": i, "role": "title" if i == 0 else "body", "lang": "ar", "text": t}
            for aid, pars in T.items() for i, t in enumerate(pars)]
    P = pd.DataFrame(rows)
    E = entities_table(P, pd.DataFrame({"article_id": list(T), "language": "ar"}))
    M = learned_name_tables({"entities": E, "paragraphs": P})["learned_mentions"]
    W = with_learned(E, M)
    assert ("فيرنهاوزن", "organisation") in _at(W, "c1")
    assert not [x for x in _at(W, "c1") if x[0].startswith("فيرنهاوزن ")]


def test_shorter_learned_club_matches_outside_sports_paragraph():
    """``بايرن ميونيخ`` learned from its nationality reading does not hide the cue-learned ``بايرن`` outside a sports
    paragraph."""
    from arnews.entities.learned import learned_mentions

    E = pd.DataFrame([{"article_id": "x", "paragraph": 1, "start": 0, "end": 12, "surface": "بايرن ميونيخ",
                       "entity_id": "~b", "type": "organisation", "alias": "", "source": "club", "confidence": 0.85},
                      {"article_id": "z", "paragraph": 1, "start": 0, "end": 10, "surface": "نادي بايرن",
                       "entity_id": "~n", "type": "organisation", "alias": "", "source": "cue", "confidence": 0.9},
                      {"article_id": "z2", "paragraph": 1, "start": 0, "end": 10, "surface": "نادي بايرن",
                       "entity_id": "~n", "type": "organisation", "alias": "", "source": "cue", "confidence": 0.9}])
    names = learn_names(E)
    names = names[names.name.isin(["بايرن", "بايرن ميونيخ"])]
    assert set(names.name) == {"بايرن", "بايرن ميونيخ"}
    P = pd.DataFrame([{"article_id": "z", "paragraph": 3, "role": "body", "lang": "ar",
                       "text": "وقال إنها لحظة تاريخية بالنسبة له بانضمامه إلى ناد كبير بحجم بايرن ميونيخ."}])
    M, _ = learned_mentions(names, [P], cued={"club": {"z"}})
    assert [(r.surface, r.type) for r in M.itertuples()] == [("بايرن", "organisation")]
