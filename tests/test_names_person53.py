"""Names session 49 (issue 14, persons after an office chain; helper names53p).

After an office chain, a two-word name the office's own run stopped short of (:mod:`arnews.entities.office_runs`,
:func:`~arnews.entities.office_runs.given_family_pair`): a listed given name and a definite family name or a second
listed given name (``رائد ياسين``), or an unlisted given name that is a common word (ربيع *spring*) before a rare
definite family nisba (``ربيع الغامدي``); not a noun with a pronoun suffix, a sound plural or a feminine noun before
an adjective in ‑ي (``برنامجه العلاجي``، ``مشكلة التعاطي``), nor a common adjective (``خالص التهاني``).

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); the people are
invented."""
from __future__ import annotations

import pytest

from name_checks import names


def _people(text):
    return [s for s, t in names(text) if t == "person"]


@pytest.mark.parametrize("text,person", [
    ("وحضر اللقاء رئيس مركز ثربان ربيع الغامدي. وشهد الحفل عرضا شعبيا.", "ربيع الغامدي"),
    ("وتحدث مدير المستشفى رائد ياسين عن خطة التشغيل.", "رائد ياسين"),
])
def test_two_word_name_after_an_office_chain(text, person):
    assert person in _people(text), names(text)


@pytest.mark.parametrize("text,not_person", [
    ("وواصل الحارس منصور النجعي برنامجه العلاجي، ولاعب الوسط سعد الشعلة.", "برنامجه العلاجي"),
    ("وقدم الرئيس العام لرعاية الشباب خالص التهاني للفائزين.", "خالص التهاني"),
    ("وأشاد المدير الفني خليل المصري وطاقمه التدريبي بالفريق.", "طاقمه التدريبي"),
    ("وشكر رئيس النادي سعد المريح للجهازين الإداري والفني جهودهم.", "الإداري"),
    ("وتحدث مدير المستشفى عن برنامجه العلاجي. ثم غادر.", "برنامجه العلاجي"),
])
def test_no_two_word_name_after_an_office_chain(text, not_person):
    assert not any(not_person in s for s in _people(text)), names(text)
