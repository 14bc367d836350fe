"""Names session 37 (issue 14, people): foreign given names chosen on snnall (``entity_cues.csv``, kind
``foreign_given``, session 37 rows) open a person's name that no title or role announced.

Every sentence here is written for these tests in the style of Arabic news (none copied from a corpus); the
people are invented.  Each rule comes with neighbours that must NOT match."""
from __future__ import annotations

import pandas as pd

from arnews.entities import entities_table
from arnews.entities.cues import load_cues
from arnews.normalize import key


def _people(pars: list[str]) -> list[str]:
    P = pd.DataFrame({"article_id": "a", "paragraph": range(len(pars)), "role": "body", "lang": "ar", "text": pars})
    E = entities_table(P)
    return list(E[E.type == "person"].surface)


def test_the_new_given_names_are_listed_as_foreign():
    fg = load_cues().foreign_given
    for w in ("خورخي", "جوليان", "جاي", "سوزان", "كريستوفر", "زلاتان", "يوكيا"):
        assert key(w) in fg


def test_a_new_given_name_opens_a_person_and_its_surname_recurs():
    got = _people(["وتقول المهندسة سوزان ماكفرلين إن المشروع تأخر.", "وأضافت ماكفرلين أن التمويل متوفر."])
    assert "سوزان ماكفرلين" in got and "ماكفرلين" in got
    got = _people(["وكشف جاي روبنسون عن خطته الجديدة.", "وأوضح روبنسون أن الخطة تبدأ العام المقبل."])
    assert "جاي روبنسون" in got and "روبنسون" in got


def test_a_new_given_name_before_a_word_read_as_a_place_or_alone():
    got = _people(["وسجل خورخي بلانكو هدف الفوز في الدقيقة الأخيرة.", "وكان بلانكو قد غاب عن المباراة السابقة."])
    assert "خورخي بلانكو" in got  # (before: بلانكو هدف, a place)
    assert "كريستوفر دانيلز" in _people(["وقال كريستوفر دانيلز إن الشركة ستفتتح فرعا في الرياض."])


def test_neighbours_a_letter_or_a_common_word_are_no_person():
    assert _people(["وقعت السعودية في المجموعة جيم مع اليابان.", "ويتصدر المنتخب الياباني المجموعة جيم حاليا."]) == []
    assert _people(["حصل المصنع على شهادة الفئة جيم من الهيئة.", "تناول الضيوف جاي الصباح في الفندق."]) == []
    assert _people(["زار الوفد مدينة سان خوسيه أمس.", "وسيزور الوفد لوس أنجلوس."]) == []
