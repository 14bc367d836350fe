"""The ``writers`` table (round 26): the people a byline block names, apart from whom the article names.

Sentences written for these tests in the style of the seeds (Vietnamese provincial pages in Arabic
translation) and of Saudi papers; each with neighbours that must name nobody.
"""
from __future__ import annotations

import pandas as pd
import pytest

from arnews.entities import entities_table, writers_table


def _writers(*blocks, role="byline"):
    df = pd.DataFrame([dict(article_id=f"a{i}", paragraph=1, role=role, text=t) for i, t in enumerate(blocks)])
    return writers_table(df)


def _surfaces(*blocks, role="byline"):
    return [(r.article_id, r.surface) for r in _writers(*blocks, role=role).itertuples()]


def test_transliterated_writers_one_or_two_to_a_line():
    got = _surfaces("فان لونغ", "هونغ ثام - مينه كوي", "بقلم: نغوين فان آن")
    assert got == [("a0", "فان لونغ"), ("a1", "هونغ ثام"), ("a1", "مينه كوي"), ("a2", "نغوين فان آن")]


def test_saudi_writers_with_titles_and_leading_words():
    got = _surfaces("سلمان الحربي", "- خالد العتيبي", "د. عبدالرحمن سليمان القحطاني", "شعر - فهد عبدالله المطيري",
                    "كتب - ماجد الغامدي:", "ناصر المالكي - الطائف")
    assert got == [("a0", "سلمان الحربي"), ("a1", "خالد العتيبي"), ("a2", "عبدالرحمن سليمان القحطاني"),
                   ("a3", "فهد عبدالله المطيري"), ("a4", "ماجد الغامدي"), ("a5", "ناصر المالكي")]


def test_nasty_neighbours_name_nobody():
    """A caption that lost its photo, a line of verse, an address, a source line, a one-word block, a
    continuation mark and a titled common noun (سيدة تطرز الثياب: a woman embroidering) are no writers."""
    assert _surfaces("جانب من الورشة", "وللصبر في القلب المتيم منزل", "salem.h@example.com", "المصدر: baohatinh.vn",
                     "الغامدي", "// يتبع //", "سيدة تطرز الثياب التقليدية", "شعار الجمعية الخيرية") == []


def test_writer_ids_group_spellings_and_a_known_journalist_keeps_its_id():
    w = _writers("هوانغ آنه", "هوانج آنه", "ثانه لي")
    ids = list(w.writer_id)
    assert ids[0] == ids[1] and ids[0].startswith("~") and not ids[0].startswith("~person:")  # the entities id (session 50)
    assert ids[2] == "thanh_le" and list(w.source) == ["byline", "byline", "gazetteer"]
    # offsets are into the original block
    assert all(r.surface == t[r.start:r.end] for r, t in zip(w.itertuples(), ["هوانغ آنه", "هوانج آنه", "ثانه لي"]))


def test_only_byline_blocks_are_read_and_entities_keep_out_of_them():
    """A body sentence with the same name is the entities table's; the byline is the writers table's."""
    df = pd.DataFrame([dict(article_id="a", paragraph=1, role="body", text="قال السيد فان لونغ إن المشروع اكتمل."),
                       dict(article_id="a", paragraph=2, role="byline", text="فان لونغ")])
    w = writers_table(df)
    assert list(zip(w.paragraph, w.surface)) == [(2, "فان لونغ")]
    e = entities_table(df)
    assert set(e.paragraph) == {1}


@pytest.mark.parametrize("role", ["body", "caption", "title"])
def test_other_roles_give_no_writers(role):
    assert _surfaces("فان لونغ", role=role) == []


def _article(*blocks):
    """One article: a title, then ``blocks`` as (role, text)."""
    rows = [dict(article_id="a", paragraph=0, role="title", text="افتتاح مهرجان الصيف في أبها")]
    rows += [dict(article_id="a", paragraph=i + 1, role=r, text=t) for i, (r, t) in enumerate(blocks)]
    return writers_table(pd.DataFrame(rows))


@pytest.mark.parametrize("role", ["body", "boilerplate", "dateline"])
def test_a_dispatch_line_names_its_writer_whatever_its_role(role):
    """``writer – place`` or ``writer – outlet`` near the top: a repeated line the outlet prints under many
    stories is boilerplate, and its writer still wrote this one."""
    w = _article((role, "سارة الغامدي – أبها"), ("body", "افتتح أمير المنطقة المهرجان مساء أمس بحضور عدد من المسؤولين."))
    assert list(zip(w.surface, w.source)) == [("سارة الغامدي", "dispatch")]


def test_dispatch_lines_that_name_no_writer_or_stand_too_low():
    """A place and a weekday, a list item and a dispatch-shaped line deep in the story name no writer."""
    w = _article(("body", "أبها – الجمعة"),
                 ("body", "افتتح أمير المنطقة المهرجان مساء أمس بحضور عدد من المسؤولين."),
                 ("body", "- منطقة عسير"), ("body", "سارة الغامدي – أبها"))
    assert w.empty


def test_seed_bylines(tables):
    """Both seed bylines name their writer, journalists the gazetteer lists, and the entities table still
    keeps to title, body and caption."""
    w = tables["writers"]
    got = {(r.article_id[:3], r.surface, r.writer_id, r.source) for r in w.itertuples()}
    assert got == {("002", "ثانه لي", "thanh_le", "gazetteer"), ("003", "كووك هونغ", "quoc_hung", "gazetteer")}
    assert not set(tables["entities"].role) - {"title", "body", "caption"}


def test_a_dispatch_line_drawn_with_tatweel():
    """Saudi papers draw the dash with a tatweel (جدة ـ نجيب الجداوي); normalisation keeps it as a dash."""
    w = _article(("boilerplate", "فهد الشمري ـ عين اليوم"), ("body", "افتتح أمير المنطقة المهرجان مساء أمس."))
    assert list(zip(w.surface, w.source)) == [("فهد الشمري", "dispatch")]


def test_a_dispatch_line_with_no_place_names_its_writer_and_no_place_is_a_writer():
    """``writer – متابعات`` (compiled from reports) names its writer as a byline would; in ``outlet – city`` no
    side is a writer, even a city that reads like a given name (إسلام آباد)."""
    df = pd.DataFrame([dict(article_id="a", paragraph=0, role="title", text="افتتاح المعرض"),
                       dict(article_id="a", paragraph=1, role="dateline", text="خالد الحربي – متابعات"),
                       dict(article_id="b", paragraph=0, role="title", text="افتتاح المعرض"),
                       dict(article_id="b", paragraph=1, role="dateline", text="عين اليوم – إسلام آباد")])
    w = writers_table(df)
    assert list(zip(w.article_id, w.surface)) == [("a", "خالد الحربي")]


def test_datelines_name_places_and_outlets_never_people():
    """A dispatch line is a dateline: its place and outlet are entities, its writer is in writers only, also
    when the body later names a person of the same family (no later mention in a dateline)."""
    body = "وقال الدكتور سعد القرشي مدير المستشفى إن الحالات مستقرة، وأضاف القرشي أن الفرق تعمل على مدار الساعة."
    df = pd.DataFrame([dict(article_id="a", paragraph=0, role="title", text="استقرار حالات المصابين"),
                       dict(article_id="a", paragraph=1, role="dateline", text="حامد القرشي – مكة المكرمة"),
                       dict(article_id="a", paragraph=2, role="body", text=body)])
    e = entities_table(df)
    assert ("مكة المكرمة", "place") in set(zip(e[e.paragraph == 1].surface, e[e.paragraph == 1].type))
    assert "person" not in set(e[e.paragraph == 1].type)
    assert list(writers_table(df).surface) == ["حامد القرشي"]
