"""Session 50, names54b (issue 14): writers, datelines, forces and learned names.

Sentences written for these tests in the style of Saudi papers (never copied from SaudiNewsNet); each with the
neighbours that must not change.
"""
from __future__ import annotations

import pandas as pd

from arnews.entities import entities_table, writers_table
from arnews.entities.keys import name_key


def _frame(*blocks):
    rows = [dict(article_id="a", paragraph=0, role="title", text="افتتاح مهرجان الصيف في تبوك")]
    rows += [dict(article_id="a", paragraph=i + 1, role=r, text=t) for i, (r, t) in enumerate(blocks)]
    return pd.DataFrame(rows)


def test_a_dispatch_writer_named_again_in_the_text_has_one_id():
    """The writer of a dispatch head (a dateline block) is the person the body names again: the writers table and
    the entities table give him one id."""
    df = _frame(("dateline", "عبدالرحيم الشمراني- سبق- تبوك:"),
                ("body", "افتتح أمير المنطقة المهرجان مساء أمس، وقال الدكتور عبدالرحيم الشمراني إن الزوار تجاوزوا الألف."))
    w = writers_table(df)
    assert list(zip(w.surface, w.source)) == [("عبدالرحيم الشمراني", "dispatch")]
    e = entities_table(df)
    body = e[(e.paragraph == 2) & (e.surface == "عبدالرحيم الشمراني")]
    assert list(body.type) == ["person"]
    assert w.writer_id.iloc[0] == body.entity_id.iloc[0] == "~" + name_key(["عبدالرحيم", "الشمراني"])


def test_writer_ids_still_group_spellings_and_a_listed_journalist_keeps_its_id():
    df = pd.DataFrame([dict(article_id=f"a{i}", paragraph=1, role="byline", text=t)
                       for i, t in enumerate(["هوانغ آنه", "هوانج آنه", "ثانه لي"])])
    w = writers_table(df)
    ids = list(w.writer_id)
    assert ids[0] == ids[1] and not ids[0].startswith("~person:") and ids[2] == "thanh_le"
