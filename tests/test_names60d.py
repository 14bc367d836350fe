"""Names session 56 (issue 14, organisations; helper names60d).

A club, company or channel named once with its head and a rare proper word (``نادي تشلسي الإنجليزي``، ``قناة
روتانا``) is named elsewhere in the article by that word alone (:mod:`arnews.entities.cued_bare`,
``cued_bare_heads.csv``): the bare word joins the organisation, before the headed name or after it; not a common
noun (``شركة تأجير``: التأجير), not a word the article's text continues into a longer name (``جولدمان ساكس``), not a
common word such as نيسان *April*, not without the headed name.

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); the bodies are
real, the events invented."""
from __future__ import annotations

from arnews.entities.table import find_names


def _orgs(text: str) -> list[tuple[str, str]]:
    df = find_names(text)
    df = df[df["type"] == "organisation"]
    return [(s, e) for s, e in zip(df["surface"], df["entity_id"])]


def test_club_named_bare_after_its_head():
    got = _orgs("أعلن نادي تشلسي الإنجليزي تعاقده مع مدافع جديد. وقال مدرب تشلسي إن الفريق جاهز للموسم.")
    assert got == [("نادي تشلسي الإنجليزي", "~نادي تشلسي انجليزي"), ("تشلسي", "~نادي تشلسي انجليزي")]


def test_bare_before_the_headed_name_and_with_a_proclitic():
    got = _orgs("فاز تشلسي على ضيفه بهدفين. وأكد رئيس نادي تشلسي أن الفوز مستحق، وأن لتشلسي جمهورا وفيا.")
    assert [s for s, _ in got] == ["تشلسي", "نادي تشلسي", "تشلسي"]
    assert len({e for _, e in got}) == 1


def test_channel_named_bare():
    got = _orgs("أعلنت قناة روتانا عن برامجها الجديدة في جدة. ويبث البرنامج على روتانا مساء كل جمعة.")
    assert got == [("قناة روتانا", "~قناه روتانا"), ("روتانا", "~قناه روتانا")]


def test_common_noun_after_a_head_is_no_name():
    got = _orgs("حصلت شركة تأجير سيارات على ترخيص في الرياض. وتنظم اللائحة تأجير السيارات للأفراد. وأعلن نادي تشلسي "
                "الإنجليزي أن تشلسي يلعب غدا.")
    assert [s for s, _ in got if "تشلسي" in s] == ["نادي تشلسي الإنجليزي", "تشلسي"]
    assert all(s != "تأجير" for s, _ in got)


def test_longer_name_is_left_alone():
    got = _orgs("أعلن بنك جولدمان عن أرباحه في نيويورك. ورفض متحدث باسم جولدمان ساكس التعليق. وتوقع جولدمان نموا.")
    assert [s for s, _ in got] == ["بنك جولدمان", "جولدمان"]


def test_no_bare_word_without_the_headed_name():
    got = _orgs("فاز تشلسي على ضيفه بهدفين في لندن. وقال مدرب تشلسي إن الفوز مستحق.")
    assert got == []


def test_common_word_is_not_the_company():
    got = _orgs("أعلنت شركة نيسان عن طراز جديد في دبي. وتطرح السيارة في الأسواق في نيسان المقبل.")
    assert ("نيسان", "~شركه نيسان") not in got
