"""Session 49 (corpus49): an opening dispatch head is a dateline block of its own; فريق alone makes no club context."""
import pandas as pd

from arnews.blocks import dispatch_head, split_blocks
from arnews.entities.bylines import writers_table
from arnews.entities.learned import learn_names
from arnews.entities.learned_clubs import team_sporty
from arnews.entities.table import entities_table
from arnews.text import make_paragraph

LEAD = "شهدت منطقة تبوك أمطارا غزيرة منذ ساعات الصباح وسط تحذيرات الدفاع المدني للسكان من جريان السيول في الأودية."
SECOND = "وأوضح المتحدث الرسمي أن الفرق الميدانية باشرت أعمالها في المواقع المتضررة ولم تسجل أي إصابات حتى الآن."


def _blocks(head, aid="a1"):
    text = "أمطار غزيرة تضرب تبوك والدفاع المدني يحذر\n" + head + " " + LEAD + "\n" + SECOND
    return split_blocks(text, aid)


def _frames(blocks, aid="a1"):
    P = pd.DataFrame([{**b, "lang": "ar"} for b in blocks])
    return P, pd.DataFrame([{"article_id": aid, "language": "ar"}])


def test_dispatch_head_is_a_dateline_block():
    b = _blocks("أمطار غزيرة- سبق- تبوك:")
    assert [(x["role"], x["text"]) for x in b] == [
        ("title", "أمطار غزيرة تضرب تبوك والدفاع المدني يحذر"), ("dateline", "أمطار غزيرة- سبق- تبوك:"),
        ("body", LEAD), ("body", SECOND)]
    assert b[1]["line"] == b[2]["line"] == 2


def test_dispatch_head_shapes():
    for head in ("واس– المنامة:", "الرياض - واس:", "فهد العتيبي- سبق:", "* تونس - رويترز:", "باريس - أ.ف.ب:",
                 "ماجد الرفاعي-عبدالله الراجحي - سبق- ينبع:", "عوض الفهمي ـ سبق ـ الليث:", "\u200f\u202bسعد الحربي- سبق- جدة:"):
        b = _blocks(head)
        assert [x["role"] for x in b] == ["title", "dateline", "body", "body"], head
        assert b[1]["text"].endswith(":") and b[2]["text"] == LEAD, head
    # direction marks after the colon stay out of both blocks
    b = _blocks("سبق- جدة: \u200f\u202b")
    assert b[1]["text"] == "سبق- جدة:" and b[2]["text"] == LEAD


def test_not_a_dispatch_head():
    for head in ("وقال أحمد الهاشم -مدير فرع الوزارة-:",  # a dash inside a sentence
                 "الهلال - الرياض:",  # no outlet (الرياض the paper is also the city and the club)
                 "سبق الرياض:",  # no dash
                 "قال نبينا محمد -صلى الله عليه وسلم-:"):
        b = _blocks(head)
        assert [x["role"] for x in b] == ["title", "body", "body"], head
        assert b[1]["text"].startswith(head), head
    assert dispatch_head("سبق- جدة:") == 0  # nothing after the colon: no paragraph to cut it off
    assert dispatch_head("سبق- جدة: 15 مصابا") == len("سبق- جدة: ")  # (a body may open with a figure)


def test_dispatch_head_only_near_the_top():
    text = "عنوان الخبر عن الأمطار\n" + "\n".join([LEAD, SECOND, LEAD + " ثم", "سبق- تبوك: " + SECOND])
    assert [x["role"] for x in split_blocks(text, "a1")] == ["title", "body", "body", "body", "body"]


def test_headline_head_names_no_person_and_keeps_its_place():
    P, A = _frames(_blocks("أمطار غزيرة- سبق- تبوك:"))
    assert writers_table(P, A).empty
    E = entities_table(P, A)
    head = E[E.paragraph == 1]
    assert "person" not in set(E.type)
    assert sorted(zip(head.surface, head.type)) == [("تبوك", "place"), ("سبق", "organisation")]
    assert "أمطار غزيرة" not in set(E.surface)


def test_writer_of_a_head_is_a_writer():
    P, A = _frames(_blocks("فهد العتيبي- سبق:"))
    W = writers_table(P, A)
    assert list(zip(W.paragraph, W.surface, W.source)) == [(1, "فهد العتيبي", "dispatch")]
    P, A = _frames(_blocks("بدر الجبل- سبق- تبوك:"))
    W = writers_table(P, A)
    assert list(zip(W.paragraph, W.start, W.end, W.surface)) == [(1, 0, 9, "بدر الجبل")]


def test_dispatch_word_is_out_of_the_body():
    P, _ = _frames(_blocks("بدر الجبل- سبق- تبوك:"))
    body = " ".join(P[P.role == "body"].text)
    assert "سبق" not in body and "تبوك" in body


SCOUTS = ("تزينت بوابة فريق الكشافة للفتيان بعلم كبير، كما رفع فريق الخدمة العامة الأعلام في المخيم الصيفي "
          "الذي أقامته الجمعية للشباب.")
CLUB = "ووصل فريق الهلال إلى معسكره في النمسا استعدادا للموسم الجديد بعد رحلة طويلة."


def _p(text, aid="a1", n=1):
    return make_paragraph(text, "ar", aid, n, "body")


def test_team_word_alone_is_no_sports_page():
    assert not team_sporty(_p(SCOUTS))
    assert team_sporty(_p(CLUB))
    assert not team_sporty(_p("استقبل أمير المنطقة فريق الزيارة في مكتبه بحضور فريق الإحصاء."))


def test_scouts_are_not_learned_as_a_club():
    empty = pd.DataFrame(columns=["article_id", "paragraph", "start", "end", "surface", "entity_id", "type", "source",
                                  "confidence", "alias", "role"])
    L = learn_names(empty, [_p(SCOUTS, "a1"), _p(SCOUTS, "a2"), _p(CLUB, "a3"), _p(CLUB, "a4")])
    status = dict(zip(L.name, L.status))
    assert status.get("الكشافة") == "no club context"
    assert status.get("الهلال") in ("learned", "context")


BODY = ("أقامت الجمعية الثقافية أمسية شعرية في مقرها بالمدينة مساء أمس بحضور عدد كبير من الأدباء والمثقفين والمهتمين "
        "بالشعر النبطي والفصيح، وقدم فيها الشاعر عددا من قصائده الجديدة.")


def test_a_line_of_verse_between_others_is_no_byline():
    poem = ["سرى الليل في دربي طويلا وما انتهى سراه", "وبت على جمر",  # a short hemistich between two lines of verse
            "أعد نجوم الليل واحدة واحدة بلا ملل", "وقلبي على باب الرجاء مقيم هناك", "خالد المطيري"]
    roles = [b["role"] for b in split_blocks("\n".join(["أمسية شعرية في الجمعية", BODY] + poem), "x")]
    assert roles == ["title", "body", "body", "body", "body", "body", "byline"]


def test_bylines_after_the_text_stay_bylines():
    text = "\n".join(["أمسية شعرية في الجمعية", BODY, SECOND, "خالد المطيري", "khalid@example.com"])
    assert [b["role"] for b in split_blocks(text, "x")] == ["title", "body", "body", "byline", "byline"]
    # a wire's end mark between a short line and a clock time is not made verse (body): it is the wire's
    # furniture, boilerplate even where no outlet taught it (blocks53: wire_marks.csv; it was a byline here before)
    text = "\n".join(["أمسية شعرية في الجمعية", BODY, "وذلك بحضور الأعضاء .", "// انتهى //", "12:28 ت م"])
    assert [b["role"] for b in split_blocks(text, "x")][3] == "boilerplate"


def test_story_sentences_and_pull_quotes_are_no_captions():
    text = "\n".join(["الأهلي يواصل معسكره في النمسا", BODY, "(المدرب يفضل اللياقة على المباريات الودية القوية).", BODY,
                      "وشنت الطائرات غارات على مواقع المتمردين.", BODY, "وتمنى الأمير للمجتمعين التوفيق.", BODY])
    assert [b["role"] for b in split_blocks(text, "x")] == ["title"] + ["body"] * 7
    # a photo series stays captions, also one opening with the letter و of its first word (وزير، وفد)
    series = "\n".join([BODY, "وزير الصحة خلال جولته في المستشفى.", BODY, "وفد الوزارة في القاعة.", BODY,
                        "جانب من الحضور في الحفل.", BODY])  # blocks54: three captions without a marker make a series
    assert [b["role"] for b in split_blocks(series, "x")] == ["body", "caption"] * 3 + ["body"]
