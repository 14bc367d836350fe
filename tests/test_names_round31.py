"""Names round 31: classes of misses pooled over every dev set (issue 14).

Every sentence here is written for these tests in the style of Saudi news (none copied from a
corpus); the people are invented.  Each rule comes with neighbours that must NOT match."""
from __future__ import annotations

from name_checks import names, article


def people(text):
    return [s for s, t in names(text) if t == "person"]


# --- a theophoric given name written in two words (عبد الله، عبد الرحمن) before a family name that is
#     also a common word (العمران، القصير، السبع): the name closes as it does written joined ---

def test_a_given_name_written_apart_takes_its_common_word_family_name():
    assert people("وأوضح مدير الجمعية عبد الله القصير، أن البرنامج يستمر شهرا.") == ["عبد الله القصير"]
    assert people("وشارك في اللقاء كل من: سامي الحربي، عبد الله العمران، فهد المطيري.") == [
        "سامي الحربي", "عبد الله العمران", "فهد المطيري"]
    # as written joined (unchanged behaviour)
    assert people("وأوضح مدير الجمعية عبدالله القصير، أن البرنامج يستمر شهرا.") == ["عبدالله القصير"]


def test_an_unlisted_theophoric_name_written_apart_counts_when_its_joined_form_is_attested():
    # عبدالمنعم is a written name in the frequency lists, though the given-name list lacks it
    assert people("وتقدم المحامي ببلاغ ضد المرشح السابق عبد المنعم أبو الفتوح، بتهمة التحريض.") == [
        "عبد المنعم أبو الفتوح"]


def test_a_coordinated_name_written_apart_is_a_second_person():
    got = people("وشارك في الشوط الثاني ماجد الحربي وعبد الله السعيد بدلا من المصابين.")
    assert got == ["ماجد الحربي", "عبد الله السعيد"]


def test_no_name_from_abd_before_a_verbal_noun_or_prose():
    # a verbal noun after the given name is prose (the slave of God, cooperation)
    assert people("وكان عبد الله التعاون مع الجميع.") == []
    assert people("وقال عبد الرحمن التطوير مهم للنادي.") == []
    # عبد + a definite word whose joined form is never written is no name (the people's servant)
    assert people("ووصف نفسه بأنه عبد الشعب في كل ما يقوم به.") == []


# --- a ministry's short form (الصحة، التعليم) in the article that names the ministry (shortforms.py) ---

def test_a_ministry_short_form_heading_a_title_or_before_a_verb_joins_the_ministry():
    df = article("الصحة: 40 دورة تدريبية للعاملين في الحج",
                 "وأعلنت وزارة الصحة تنفيذ 40 دورة تدريبية للعاملين في الحج هذا العام.",
                 "وأوضح المتحدث أن الصحة تعمل على تدريب الكوادر قبل الموسم.")
    short = df[df.surface == "الصحة"]
    assert len(short) == 2 and set(short.type) == {"organisation"}
    assert short.entity_id.nunique() == 1
    assert short.entity_id.iloc[0] == df[df.surface == "وزارة الصحة"].entity_id.iloc[0]


def test_the_field_word_as_a_noun_or_without_the_ministry_names_nothing():
    # health as a noun: an adjective follows, or a noun governs it
    df = article("وزارة الصحة تطلق حملة للتوعية",
                 "وأطلقت وزارة الصحة حملة للتوعية، وأكدت أن الصحة العامة أولوية وأن متحدث الصحة يشرح.")
    assert not (df.surface == "الصحة").any()
    # no ministry named in the article: the headline word stays a noun
    df = article("الصحة: نصائح للمسافرين في الصيف", "وينصح الأطباء المسافرين بشرب الماء.")
    assert not (df.surface == "الصحة").any()
    # the market's adjective before a verb is no ministry (السوق المالية يغلق)
    df = article("وزارة المالية تعلن الميزانية", "وأعلنت وزارة المالية الميزانية، وكان مؤشر السوق المالية يغلق مرتفعا.")
    assert len(df[df.surface.str.contains("المالية")]) == 2
