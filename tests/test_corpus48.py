"""Session 48, corpus48: what the corpus teaches (markers gated, learned clubs, bylines, discovered campaigns,
glosses). Sentences written for these tests."""
import pytest

from arnews.rhetoric.markers import find_markers


def _marks(text):
    return [(h.surface, h.marker) for h in find_markers(text, "ar")]


@pytest.mark.parametrize("text", [
    "وأكد سعادة المدير العام للفرع أن العمل مستمر",
    "وعبر اللاعب عن سعادته بالفوز الأول في الموسم",
    "وشارك في اللقاء أصحاب السعادة أعضاء المجلس",
    "تقرر أن تحضر سعاد الفنانة في الحفل",
])
def test_happiness_not_honorific(text):
    assert [m for m in _marks(text) if m[1] == "السعادة"] == []


def test_happiness_value():
    assert ("السعادة", "السعادة") in _marks("وتسعى الخطة إلى تحقيق السعادة للمواطن")
    assert ("بالسعادة", "السعادة") in _marks("ويشعر الزوار بالسعادة في المهرجان")


def test_revolutionary_guard_is_a_name():
    assert [m for m in _marks("وقال قائد في الحرس الثوري الإيراني إن") if m[1] == "الثوري*"] == []
    assert [m for m in _marks("ضابط مرتبط بالحرس الثوري") if m[1] == "الثوري*"] == []
    assert ("الثوري", "الثوري*") in _marks("وانتقد الكاتب الفكر الثوري في المنطقة")


@pytest.mark.parametrize("text", [
    "وبلغ عدد المتقدمين للوظائف الموسمية ألفي شاب",
    "إعلان نتائج المتقدمات على الوظائف التعليمية",
    "وفحص الأعمال المتقدمة للجائزة في موعدها",
    "ويشترط أن يكون المتقدم سعودي الجنسية",
])
def test_applicants_not_advanced(text):
    assert [m for m in _marks(text) if m[1] == "المتقدمة"] == []


def test_advanced_countries():
    assert ("المتقدمة", "المتقدمة") in _marks("ونسعى إلى اللحاق بالدول المتقدمة في الصناعة")


# --- learned clubs: the ordinary word ------------------------------------------------------------------------------

import pandas as pd  # noqa: E402


def _club_names():
    from arnews.entities.learned import learn_names

    E = pd.DataFrame([{"article_id": a, "paragraph": 1, "start": 0, "end": 12, "surface": "نادي الاتفاق",
                       "entity_id": "~n", "type": "organisation", "alias": "", "source": "cue", "confidence": 0.9}
                      for a in ("x1", "x2")])
    cued = {}
    names = learn_names(E, (), cued)
    assert names.set_index("name").loc["الاتفاق", "status"] == "learned"
    return names, cued


def _club_mentions(text):
    from arnews.entities.learned import learned_mentions

    names, cued = _club_names()
    P = pd.DataFrame([{"article_id": "x1", "paragraph": 2, "role": "body", "lang": "ar", "text": text}])
    M, names = learned_mentions(names, [P], cued=cued)
    return [r.surface for r in M.itertuples()], int(names.set_index("name").loc["الاتفاق", "n_bare"])


@pytest.mark.parametrize("text", [
    "وتم الاتفاق مبدئيا على أن تقام البطولة في الخريف المقبل",
    "ولم يتم الاتفاق معه على الأمور المالية حتى الآن",
    "إلا أن عدم الاتفاق على مرشح واحد أخر الانتخابات",
    "وسيتم الاتفاق بين الناديين على قيمة الصفقة",
])
def test_learned_club_after_a_verbal_noun_head_is_the_word(text):
    assert _club_mentions(text) == ([], 0)  # neither matched nor counted bare


@pytest.mark.parametrize("text", [
    "ويخوض الاتفاق مباراته الودية الثالثة يوم الاثنين",
    "ووقع الاتفاق مع المدافع البحريني لموسمين",
    "وأكد أن الاتفاق العريق يمر بظروف صعبة هذا الموسم",
])
def test_learned_club_in_a_sentence_is_the_club(text):
    assert _club_mentions(text)[0] == ["الاتفاق"]


def _para(text):
    from arnews.text import make_paragraph

    return make_paragraph(text, "ar")


def _reading(text, word):
    from arnews.entities.learned_clubs import ordinary_reading

    p = _para(text)
    i = p.toks.index(word)
    a = p.starts[i] + (1 if word.startswith("و") else 0)
    return ordinary_reading(p, a, p.ends[i])


def test_definite_plural_after_the_name_makes_it_a_plural_noun():
    assert _reading("واحتفل الطلبة المبتعثون بيوم الوطن في المدينة", "الطلبة")
    assert _reading("وشكر جميع الطلبة المبتعثين على الحضور", "الطلبة")
    assert not _reading("ويواجه الطلبة الاثنين فريقا من العاصمة", "الطلبة")  # a day
    assert not _reading("رفع الإيقاف عن لاعبي النصر والهلال الموقوفين", "والهلال")  # the players' plural
    assert not _reading("ووعدت إدارة نادي الهلال اللاعبين بمكافآت", "الهلال")


def test_definite_club_after_team_outside_sports_is_not_learned():
    from arnews.entities.learned import learn_names

    E = pd.DataFrame([{"article_id": a, "paragraph": 1, "start": 0, "end": 12, "surface": "فريق الإحصاء",
                       "entity_id": "~n", "type": "organisation", "alias": "", "source": "cue", "confidence": 0.9}
                      for a in ("x1", "x2")])
    names = learn_names(E)
    assert names.set_index("name").loc["الإحصاء", "status"] == "no club context"


# --- bylines: the subject of a body-less article, the opening dispatch line ------------------------------------------

def _writers(blocks):
    from arnews.entities.bylines import writers_table

    P = pd.DataFrame([{"article_id": "a1", "paragraph": i, "role": role, "text": text, "lang": "ar"}
                      for i, (role, text) in enumerate(blocks)])
    return [(r.surface, r.source) for r in writers_table(P).itertuples()]


def test_lone_name_repeating_the_title_is_the_subject():
    assert _writers([("title", "القحطاني يترأس وفد المملكة في المؤتمر"), ("byline", "سالم القحطاني")]) == []
    assert _writers([("title", "لقاء يجمع بين سعد الغامدي وفهد الشمري"), ("byline", "سعد الغامدي فهد الشمري")]) == []


def test_lone_name_is_the_writer_when_the_title_does_not_repeat_it():
    assert _writers([("title", "قراءة في ديوان للشاعر محمد الراشد"), ("byline", "محمد العمري")]) == \
        [("محمد العمري", "byline")]
    # an article with a body: the byline is its writer, whatever the title says
    assert _writers([("title", "القحطاني يترأس وفد المملكة"), ("byline", "سالم القحطاني"),
                     ("body", "ترأس وفد المملكة في المؤتمر الذي عقد أمس في العاصمة.")]) == [("سالم القحطاني", "byline")]


def test_opening_dispatch_line_names_its_writer():
    got = _writers([("title", "أمطار غزيرة على المنطقة"),
                    ("body", "خالد المطيري- سبق- الباحة: هطلت اليوم أمطار غزيرة على عدد من مراكز المنطقة.")])
    assert got == [("خالد المطيري", "dispatch")]
    got = _writers([("title", "مقتل العشرات في قصف"),
                    ("body", "سامي العنزي - سبق - متابعة: قتل العشرات في قصف استهدف سوقا شعبية أمس.")])
    assert got == [("سامي العنزي", "dispatch")]


@pytest.mark.parametrize("text", [
    "سبق- الرياض: تشهد العاصمة الرياض عاصفة رملية كثيفة منذ الصباح.",
    "وقال خالد المطيري- مدير الفرع- للصحيفة: إن العمل مستمر.",
])
def test_opening_line_without_a_writer(text):
    assert _writers([("title", "عاصفة رملية"), ("body", text)]) == []


# --- glosses: a given name inside a word-by-word gloss -----------------------------------------------------------------

@pytest.mark.parametrize("text,reading", [("الأمير متعب بن عبدالله", "≈ Prince Mutaib bin Abdullah"),
                                          ("المهندس صالح العتيبي", "≈ Engineer Saleh Al-Otaibi"),
                                          ("وزير الخارجية عادل الجبير", "≈ foreign minister Adel Al-Jubeir")])
def test_word_by_word_gloss_blank_over_a_given_name(text, reading):
    """Never the common word's sense ('the Prince tired', 'valid', 'just'): blank before pages54; since pages54 the name
    sense the glossary gives the given name (Mutaib, Saleh, Adel) after a title or before a name."""
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss(text) == reading


def test_word_by_word_gloss_kept():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("الحرب على الإرهاب") == "≈ the war on terrorism"  # على, not the name علي
    assert phrase_gloss("محمد بن سلمان") == "≈ Muhammad bin Salman"  # the glossary names them


# --- discovered campaigns: quoted in one outlet only, a cue before a preposition ---------------------------------------

def _cands(rows):
    from arnews.rhetoric.discover import CANDIDATE_COLUMNS

    return pd.DataFrame([dict(zip(CANDIDATE_COLUMNS, (a, 1, 0, 10, v, cue, quoted, v, feats, "")))
                         for a, v, cue, quoted, feats in rows])


def test_quoted_only_cluster_needs_two_outlets():
    from arnews.rhetoric.discover import cluster_candidates

    rows = [(a, "عالم الفنون", "quote", True, "r:علم r:فنن") for a in ("p1_1", "p1_2", "p1_3")]
    outlets = {"p1_1": "p1", "p1_2": "p1", "p1_3": "p1", "p2_1": "p2"}
    assert cluster_candidates(_cands(rows), outlets=outlets).empty  # one paper's section title
    D = cluster_candidates(_cands(rows + [("p2_1", "عالم الفنون", "quote", True, "r:علم r:فنن")]), outlets=outlets)
    assert set(D["label"]) == {"عالم الفنون"}
    # a cue word introduces it: one outlet is enough
    D = cluster_candidates(_cands([(a, "عالم الفنون", "حمله", False, "r:علم r:فنن") for a in ("p1_1", "p1_2")]),
                           outlets=outlets)
    assert set(D["label"]) == {"عالم الفنون"}


def test_cue_before_a_preposition_is_no_name():
    from arnews.rhetoric.discover import cluster_candidates

    rows = [(a, "علي عدد كبير", "برنامج", False, "r:عدد r:كبر") for a in ("p1_1", "p2_1", "p3_1")]
    assert cluster_candidates(_cands(rows)).empty
