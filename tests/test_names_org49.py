"""Names, organisations session 46 (org49, issue 14).

* a bare ``القوات المسلحة`` (the article, no country after it) is a state's armed forces, an organisation
  (:mod:`arnews.entities.armed_forces`); a glued و/ف/ب stays outside the span, ``للقوات`` is kept whole; not inside a
  name found (``مستشفى القوات المسلحة``), not another armed group
  (``الجماعات المسلحة``, ``العناصر المسلحة``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the events
are invented."""
from __future__ import annotations

from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


# -- a bare armed forces -------------------------------------------------------------------------------------------

def test_bare_armed_forces_after_a_verb_and_a_noun():
    assert orgs("وأكدت القوات المسلحة جاهزيتها لحماية الحدود الجنوبية.") == ["القوات المسلحة"]
    assert orgs("وكرمت الجمعية أبناء منسوبي القوات المسلحة المرابطين على الحدود.") == ["القوات المسلحة"]


def test_a_glued_conjunction_or_preposition_stays_outside():
    assert orgs("وتعاونت الشرطة والقوات المسلحة في تأمين الاحتفال.") == ["القوات المسلحة"]
    assert orgs("والتحق خمسون شابا بالقوات المسلحة هذا العام.") == ["القوات المسلحة"]
    assert orgs("ووجه الأمير التحية للقوات المسلحة على جهودها.") == ["للقوات المسلحة"]


def test_inside_a_found_name_it_is_that_name():
    got = orgs("وأعلن مستشفى القوات المسلحة بتبوك عن وظائف شاغرة.")
    assert len(got) == 1 and got[0].startswith("مستشفى القوات المسلحة")


def test_with_a_country_it_stays_the_country_body():
    assert orgs("وقالت القوات المسلحة الأردنية إن طائراتها عادت بسلام.") == ["القوات المسلحة الأردنية"]


def test_another_armed_group_is_no_body():
    assert orgs("وقال إن الجماعات المسلحة انسحبت من القرية.") == []
    assert orgs("واشتبكت العناصر المسلحة مع دورية في الصحراء.") == []
    assert orgs("وأضاف أن المجموعات المسلحة تراجعت قرب الحدود.") == []
