"""Names, organisations session 50 (names54d, issue 14): organisation ids and spans.

* the plural and the full forms of two listed bodies share their id (``قوات الطوارئ الخاصة`` with ``قوة الطوارئ``,
  ``هيئة الهلال الأحمر السعودي`` with ``الهلال الأحمر``: known_names.csv);
* a ministry of two coordinated fields is named by its first field, or by both, where it acts in the article that
  names it in full (``التجارة تطلق`` after ``وزارة التجارة والصناعة``; :mod:`arnews.entities.shortforms`);
* a ministry named by its head and one definite field takes only adjectives after it (``وكيل وزارة العمل للشؤون
  الدولية``: the deputy's portfolio; ``جهود وزارة العمل الحثيثة``; :func:`arnews.entities.orgnames.ministry_closed`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the events
are invented."""
from __future__ import annotations

from name_checks import article, names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def org_rows(*paragraphs):
    df = article(*paragraphs)
    return [(int(r.paragraph), r.surface, r.entity_id) for r in df.itertuples() if r.type == "organisation"]


def test_plural_emergency_force_and_red_crescent_authority_share_the_listed_id():
    rows = org_rows("وزار الأمير المصابين من منسوبي قوات الطوارئ الخاصة في أبها.",
                    "وقال قائد قوات الطوارئ إن التحقيق مستمر.",
                    "وكانت قوة الطوارئ قد أعلنت الحداد.")
    assert [r[1] for r in rows] == ["قوات الطوارئ الخاصة", "قوات الطوارئ", "قوة الطوارئ"]
    assert {r[2] for r in rows} == {"~org:Special-Emergency-Force"}
    rows = org_rows("وأقامت هيئة الهلال الأحمر السعودي حفلا لمتطوعيها.",
                    "وأوضح المتحدث لهيئة الهلال الأحمر أن الفرق جاهزة.",
                    "وشكر الأهالي الهلال الأحمر على خدماته.")
    assert [r[1] for r in rows] == ["هيئة الهلال الأحمر السعودي", "هيئة الهلال الأحمر", "الهلال الأحمر"]
    assert {r[2] for r in rows} == {"~org:Red-Crescent"}


def test_a_two_field_ministry_named_by_its_first_field_or_both():
    rows = org_rows("التجارة: إغلاق أربعين محلا مخالفا في الدمام",
                    "أغلقت وزارة التجارة والصناعة أربعين محلا مخالفا.",
                    "وأكد المتحدث أن التجارة تعلن النتائج الأسبوع المقبل.",
                    "وقال إن التجارة والصناعة تطلق خدمة جديدة.")
    assert [(r[0], r[1]) for r in rows] == [(0, "التجارة"), (1, "وزارة التجارة والصناعة"), (2, "التجارة"),
                                          (3, "التجارة والصناعة")]
    assert len({r[2] for r in rows}) == 1


def test_the_first_field_quoted_alone_or_as_a_noun_is_no_ministry():
    rows = org_rows("وقعت وزارة الثقافة والإعلام اتفاقية مع البنك.",
                    "وتأتي الجائزة امتدادا لرؤية البنك إلى \"الثقافة\" على اعتبارها ركيزة للتنمية.",
                    "وأضاف أن التجارة الإلكترونية تنمو بسرعة.")
    assert [r[1] for r in rows] == ["وزارة الثقافة والإعلام"]


def test_a_ministry_with_one_field_takes_only_its_adjectives():
    assert orgs("وأكد وكيل وزارة العمل للشؤون الدولية أحمد الفهد أن الاتفاق جاهز.") == ["وزارة العمل"]
    assert orgs("ويأتي ذلك في إطار جهود وزارة العمل الحثيثة لفتح أسواق جديدة.") == ["وزارة العمل"]
    assert orgs("وتتهم وزارة الدفاع موشيه بالضلوع في الهجوم.") == ["وزارة الدفاع"]
    assert orgs("ووقعت الجمعية اتفاقية مع وزارة الزراعة لابتعاث 300 طالب.") == ["وزارة الزراعة"]


def test_a_ministry_keeps_its_adjectives_and_a_minister_of_state_his_field():
    assert orgs("وقالت وزارة الخارجية الأمريكية إن المحادثات مستمرة.") == ["وزارة الخارجية الأمريكية"]
    assert orgs("وأعلنت وزارة التعليم العالي نتائج القبول.") == ["وزارة التعليم العالي"]
    assert orgs("وأعلنت وزارة الصحة العامة في بيروت حالة الطوارئ.") == ["وزارة الصحة العامة"]
    assert orgs("وأغلقت وزارة التجارة والصناعة محلين.") == ["وزارة التجارة والصناعة"]
