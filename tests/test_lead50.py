"""Session 50, the lead's mends after the end scoring (issue 14).

Lines written for these tests in the style of Saudi and Vietnamese state papers (never copied from a corpus).
"""
from __future__ import annotations

import pandas as pd

from arnews.entities import entities_table, writers_table


def test_a_body_byline_writer_has_the_writers_id_in_the_entities_table():
    """A writer's line that is body text (``سلوى المدني – عين اليوم`` as the first block) is read by both tables:
    names54b gave the writers row ``~`` + key while the entities row kept ``~person:`` + key, two entities for one
    writer (pages22 person recall 0.88 -> 0.80); one id now."""
    df = pd.DataFrame([
        dict(article_id="a", paragraph=0, role="title", text="افتتاح معرض الكتاب في الرياض"),
        dict(article_id="a", paragraph=1, role="body", text="سلوى المدني – عين اليوم"),
        dict(article_id="a", paragraph=2, role="body", text="افتتح وزير الثقافة معرض الكتاب مساء أمس بحضور عدد من الأدباء."),
    ])
    w = writers_table(df)
    e = entities_table(df)
    row = e[(e.paragraph == 1) & (e.surface == "سلوى المدني")]
    assert list(w.surface) == ["سلوى المدني"] and list(row.type) == ["person"]
    assert row.entity_id.iloc[0] == w.writer_id.iloc[0]
    assert not row.entity_id.iloc[0].startswith("~person:")
