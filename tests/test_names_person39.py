"""Names session 37 (issue 14, people; helper person39): a given-name run that closes on a verb (وكان نزار يمد
يده) is the given name of the man found in the article (الأديب نزار الحلواني) followed by prose, not a second
man sharing the given name: it no longer stops that given name from naming him alone.  And a found man's definite
nisba family name whose word frequency counts the bogus reading *noun + my* (الحكمي as الحكم + ي: zipf 5.3, as
written 2.9) recurs alone (وشدد الحكمي على), in its own nisba form only and not before a definite word.

Every sentence here is written for these tests in the style of Arabic news (none copied from a corpus); the
people are invented.  Neighbours that must NOT change: two men with the same given name (نزار الحلواني، نزار
قمري) leave the given name alone to neither; a family name that starts like a verb (يعقوب، يسري) is no verb."""
from __future__ import annotations

import pandas as pd

from arnews.entities import entities_table
from arnews.entities.given_rivals import rival_people, verb_after_given
from arnews.entities.table import _rare_as_written


def _people(pars: list[str]) -> list[tuple]:
    P = pd.DataFrame({"article_id": "a", "paragraph": range(len(pars)), "role": "body", "lang": "ar", "text": pars})
    E = entities_table(P)
    return [(r.paragraph, r.surface, r.entity_id) for r in E[E.type == "person"].itertuples()]


def test_verb_shaped_word_after_a_given_name():
    for s in ("أنيس يمد", "نزار يزعل", "نيكول انفصلت"):
        assert verb_after_given(s), s
    for s in ("أنيس منصور", "نزار قباني", "أحمد يعقوب", "محمد يسري", "حسن يماني", "سامي حكمت", "خالد ثابت",
              "محمد يونس", "منصور"):
        assert not verb_after_given(s), s


def test_rivals_leave_out_a_given_name_closing_on_a_verb():
    names = {"~1": "أنيس منصور", "~2": "أنيس يمد", "~3": "أنيس قمري"}
    assert rival_people({"~1", "~2"}, names) == {"~1"}
    assert rival_people({"~1", "~3"}, names) == {"~1", "~3"}


_STORY = ["رحل الأديب نزار الحلواني بعد رحلة طويلة مع الكتابة والسفر.",
          "وكان نزار يمد يده إلى سلته ويبدأ سردا لا نهاية له.",
          "وكان نزار من أكثر الكتاب ثقافة واطلاعا على أحوال الشعوب."]


def test_the_given_name_alone_names_the_man_after_a_verb_run():
    got = _people(_STORY)
    eid = next(e for p, s, e in got if s == "نزار الحلواني")
    assert (2, "نزار", eid) in got


def test_two_men_with_one_given_name_still_leave_it_alone_to_neither():
    got = _people(["رحل الأديب نزار الحلواني بعد رحلة طويلة مع الكتابة.",
                   "ونعاه الشاعر نزار قمري في قصيدة طويلة.",
                   "وكان نزار من أكثر الكتاب ثقافة واطلاعا."])
    assert not any(p == 2 for p, s, e in got)


def test_a_definite_nisba_rare_as_written():
    for w in ("الحكمي", "القرني", "الأحمدي", "الخالدي"):
        assert _rare_as_written(w), w
    for w in ("الحكامية", "الأهلي", "الحكم", "حكمي", "الرسمي", "العربي"):
        assert not _rare_as_written(w), w


_NISBA = ["أكد المتحدث الرسمي سعد الحكمي أن الموسم ناجح.",
          "وشدد الحكمي على أن الأحداث لن تزيدنا إلا قوة.",
          "ورأى أن القرار الحكمي صائب.",
          "واستنكرت قبائل الحكامية الحادث.",
          "ووقعت شركة الحكمي القابضة عقدا جديدا.",
          "واحتفل الشاب رمزي بن حسين الحكمي بزواجه.",
          "ونشرت الجمعية تقريرها الحكمي عن الموسم."]


def test_a_nisba_family_name_recurs_alone():
    got = _people(_NISBA)
    eid = next(e for p, s, e in got if s == "سعد الحكمي")
    assert (1, "الحكمي", eid) in got


def test_no_nisba_recurrence_after_a_definite_noun_in_a_like_word_or_before_a_definite_word():
    got = _people(_NISBA)
    assert not any(p in (2, 3, 4) for p, s, e in got)
    assert not any(p == 5 and s == "الحكمي" for p, s, e in got)
    assert not any(p == 6 for p, s, e in got)
