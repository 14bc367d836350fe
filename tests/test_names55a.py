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


# ---- a public figure named by one common word (arnews.entities.bare_figures, bare_figures.csv)

@pytest.mark.parametrize("sentence,person", [
    ("وقصفت طائرات التحالف مواقع لميليشيات الحوثي وصالح شمال المدينة.", "صالح"),
    ("وتمكنت المقاومة من استعادة الجبل بعد معارك مع قوات صالح استمرت يومين.", "صالح"),
    ("وأكد مصدر عسكري أن المخلوع صالح يدفع بتعزيزات جديدة نحو الجنوب.", "صالح"),
    ("وتقدم الجيش الموالي للرئيس هادي نحو المدينة.", "هادي"),
    ("وخرج العشرات من أنصار القذافي في مظاهرة نادرة وسط المدينة.", "القذافي"),
    ("وتعيش البلاد فوضى منذ سقوط حكم معمر القذافي قبل أربع سنوات.", "معمر القذافي"),
])
def test_bare_figure(sentence, person):
    assert person in _people(sentence)


@pytest.mark.parametrize("sentence", [
    # صالح as a plain word or a given name: no cue word before it
    "وأكد المدير أن المبنى صالح للاستخدام بعد الترميم.",
    "وفاز الطالب صالح بالمركز الأول في المسابقة.",
    # هادي as an adjective, after no listed cue
    "وكان البحر هادي الأمواج طوال اليوم.",
])
def test_no_bare_figure(sentence):
    assert not any(p in ("صالح", "هادي") for p in _people(sentence))


def test_a_longer_name_after_the_cue_stays_whole():
    # قوات صالح العنزي: a definite family name follows, صالح opens a longer name (no bare figure)
    assert "صالح" not in _people("وشارك أنصار صالح العنزي في الاحتفال بالفوز.")


@pytest.mark.parametrize("sentence,person", [
    # a preposition written with ى after the figure (على folds to the given name علي)
    ("وتضررت المباني بسبب الحرب التي شنها الحوثيون وقوات صالح على المدينة.", "صالح"),
    # the و written apart from the figure
    ("وقتل عشرة مسلحين من ميليشيات الحوثي و صالح في مواجهات ليلية.", "صالح"),
    # the given name glued to a preposition
    ("وتعيش البلاد فوضى بعد أربع سنوات من الإطاحة بمعمر القذافي.", "معمر القذافي"),
])
def test_bare_figure_edges(sentence, person):
    assert person in _people(sentence)


def test_forces_of_the_figure_are_no_body():
    # قوات هادي المدعومة: the forces loyal to Hadi, not a body named قوات هادي المدعومة
    df = article("وتواصل قوات هادي المدعومة من التحالف تقدمها نحو المدينة.")
    got = list(zip(df["surface"], df["type"]))
    assert ("هادي", "person") in got
    assert not any(t == "organisation" and "هادي" in s for s, t in got)
