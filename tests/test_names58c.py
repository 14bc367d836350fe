"""Persons session 54 (names58c, issue 14): lists of people and a verb taken into a name.

* a future verb is looked up as written: the key folds its final ى (سيتولى -> يتولي, no word), so the name ran over
  it (``جون كليف سيتولى``); a word in ة is never such a verb (سنية *Sunni*);
* a list closed by *and others* said of people (``وغيرهم``، ``وغيرهن``، ``وسواهم``) is a list of people: it stands for
  the second person that :func:`arnews.entities.coordination.coordinated_people` asks for beside one person found;
  ``وغيرها`` (things, places) is no such closer;
* bare listed given names glued by و before a full name share its family name (``الشابين فهد وعبدالرحمن ناصر
  الدوسري``); not the family name of a longer name (``ماريو روبين وفرانك ريبيري``) nor an organisation's patron
  (``مؤسسة محمد وعبدالله ...``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented."""
from __future__ import annotations

from name_checks import names

from arnews.entities.wordtests import future_verb


def people(text):
    return [s for s, t in names(text) if t == "person"]


def test_a_future_verb_ending_in_alif_maqsura_closes_the_name():
    assert people("وقال المدرب جون كليف سيتولى تدريب الفريق في الموسم المقبل.") == ["جون كليف"]
    assert future_verb("سيتولى") and future_verb("ستسعى")
    assert not future_verb("سنية") and not future_verb("سيارة")  # (a word in ة is no verb)


def test_and_others_closes_a_list_of_people():
    assert people("وأحيا الحفل الفنان راشد الماجد ومزعل فرحان وطلال سلامة وغيرهم من نجوم الأغنية.") == [
        "راشد الماجد", "مزعل فرحان", "طلال سلامة"]
    # وغيرها is said of things: places stay places
    assert names("وحضر الاجتماع ممثلو الرياض والقصيم وحائل وغيرها من المناطق.") == [
        ("الرياض", "place"), ("القصيم", "place"), ("حائل", "place")]


def test_bare_given_names_share_the_family_name():
    assert people("واحتفلت الأسرة بزواج الشابين فهد وعبدالرحمن ناصر الدوسري في جدة.") == [
        "فهد", "عبدالرحمن ناصر الدوسري"]
    assert people("وتقدم المعزين والد خالد ومشعل وبندر سعد القحطاني.") == ["خالد", "مشعل", "بندر سعد القحطاني"]
    # not the family name of a longer name, nor an organisation's patron
    assert people("وفي غياب ماريو روبين وفرانك ريبيري عن الفريق.") == ["ماريو روبين", "فرانك ريبيري"]
    assert "باسم" not in people("ويغيب عن الفريق باسم مرسي ومحمد سالم للإصابة.")
    assert "محمد" not in people("وتبرعت مؤسسة محمد وعبدالله ناصر الراشد الخيرية بالمبلغ.")
