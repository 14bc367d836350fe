"""Names session 45 (issue 14; helper place47): Arabic prose the name finder took for a transliterated place.

:func:`arnews.entities.prose_runs.prose_run` (place46) drops a two-word run of ordinary Arabic words; place47 adds
three shapes it let through: a particle or auxiliary before a word of Arabic shape (``ما زلنا نتلمس``), a verb form
(the future ``سيتأثر``, a plural perfect ``سلبوا``) or a frequent native word after a name (``دميرتاش صرح``), and a
run written with short vowels.  Transliterated names (``بارك رينجرز``, ``سيدار سنغور``, ``بوليوود ستيبس``) and
Vietnamese syllable places (``هوا بينه``) stay.

Every sentence is written for these tests in the style of Saudi or Vietnamese news (none copied from a corpus)."""
from __future__ import annotations

import pytest
from name_checks import names

from arnews.entities.prose_runs import prose_run


@pytest.mark.parametrize("text,run", [
    ("وقالت الطالبة: ما زلنا نتلمس طريقنا في الجامعة", "زلنا نتلمس"),
    ("ونحن لا نزال نجهل أسباب الحريق حتى الآن", "نزال نجهل"),
    ("وذكرت الصحيفة أن دميرتاش صرح للصحفيين بأن حزبه سيشارك", "دميرتاش صرح"),
    ("وقال الخبير إن أوغلو دعا المستثمرين إلى التريث", "أوغلو دعا"),
])
def test_prose_runs_are_no_place(text, run):
    """The finder reads these runs as transliterated places (it did before place47)."""
    rows = names(text)
    assert not any(run in s and t == "place" for s, t in rows), rows


@pytest.mark.parametrize("run,raw", [
    ("ولن نتهاون", ""), ("لمن تناجيه", ""), ("فلن نتراجع", ""), ("سوى فصاحة", ""), ("شتى ضروب", ""),
    ("إما نجهل", ""),
    ("سيتضاعف إنتاجها", ""), ("ستستعيد عافيتها", ""), ("اللصوص نهبوا", ""), ("المتهمون أقدموا", ""),
    ("أسهرتني ليال", "أسهرَتْني ليالٍ"), ("أوغلو دعا", ""), ("كورونا وفق", ""),
])
def test_prose_run_shapes(run, raw):
    assert prose_run(run.split(), raw)


@pytest.mark.parametrize("run", [
    "بارك رينجرز", "سيدار سنغور", "بوليوود ستيبس", "سان جرمان", "دير شبيغل", "أولد ترافورد", "ستيفن جيرارد",
    "سيتي سكيب", "نيكاراغوا ماناغوا", "كي يواكب", "هوا بينه", "ها نام", "كوانغ تري", "داك لاك", "روزاريو سانتوس",
])
def test_names_are_no_prose(run):
    """Neighbours: foreign names opening with س + a prefix letter, names ending in ـوا, Vietnamese syllables (كي is
    one: a run holding it is never prose)."""
    assert not prose_run(run.split())


@pytest.mark.parametrize("text,name", [
    ("وأعلن نادي بارك رينجرز تعاقده مع المهاجم الفرنسي", "بارك رينجرز"),
    ("وتوجهت فرق الإنقاذ إلى نغي آن لإجلاء السكان من القرى المنخفضة", "نغي آن"),
    ("داك لاك: حصاد 3 آلاف طن من الفلفل خلال الموسم", "داك لاك"),
])
def test_places_stay(text, name):
    rows = names(text)
    assert any(name in s for s, t in rows), rows
