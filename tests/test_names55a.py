"""Names session 51 (issue 14, people the name finder did not find at all; helper names55a).

* ``والي`` (a wali, a governor: Morocco, Sudan, Algeria, Turkey) is an office word (``office_words.csv``): the
  person's full name after ``ووالي طنجة`` or ``ووالي أمن طنجة`` is read like one after ``محافظ`` (the office-run
  rules of :mod:`arnews.entities.office_runs`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented.  Neighbours that must NOT be read: ``والى`` (*and to*, written without its hamza) before ordinary
words or a given name that is the object of a preposition."""
from __future__ import annotations

import pytest

from name_checks import article


def _people(*paragraphs):
    df = article(*paragraphs)
    return [s for s, t in zip(df["surface"], df["type"]) if t == "person"]


@pytest.mark.parametrize("sentence,person", [
    ("وكان في استقبال الوفد بالمطار ووالي طنجة سعيد يعقوبي، وعدد من المسؤولين.", "سعيد يعقوبي"),
    ("وتفقد والي أمن طنجة مولود أوزيغن، موقع الحادث صباح أمس.", "مولود أوزيغن"),
])
def test_person_after_wali(sentence, person):
    assert person in _people(sentence)


@pytest.mark.parametrize("sentence", [
    "وارتفعت أسعار الذهب والى جانب ذلك تراجع النفط.",
    "وانتقل الفريق الى الرياض والى جدة خلال الأسبوع.",
    "ووصل الوفد والى جواره عدد من المرافقين.",
])
def test_no_person_after_and_to(sentence):
    assert _people(sentence) == []
