"""Places and organisations session 53 (names57b, issue 14): the Mediterranean by its adjective, AFP's initials and a
hall named by the town after it.

* ``منطقة المتوسط``, ``حوض المتوسط`` are the Mediterranean (known_names.csv); bare ``المتوسط`` is the sea again in an
  article that names it so or as ``البحر المتوسط`` (place_short_forms.csv), but not beside a figure (``ينفق في المتوسط
  5 آلاف`` *on average*) nor as the adjective of a definite noun (``المعدل المتوسط``), nor in an article that never
  names the sea.
* ``أ.ف.ب``, ``أ ف ب``, ``أ. ف. ب``: Agence France-Presse.
* ``قاعة رويال بجدة``: a hall named by one word that the town after it vouches for (located_facilities.located_hall_end);
  not a hall's common noun (``قاعة المحاضرات بجامعة``, ``قاعة التدريب بمحافظة``, ``صالة المعارض بقرية``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the places
are real, the events invented."""
from __future__ import annotations

from name_checks import article_rows, names

MED = "~geo:known-mediterranean"


def places(text):
    return [s for s, t in names(text) if t == "place"]


def test_the_mediterranean_after_the_region_cue_and_the_basin():
    assert ("منطقة المتوسط", "place") in names("وأكد الوزير أن بلاده تسعى إلى تعزيز الأمن في منطقة المتوسط خلال العام.")
    assert ("حوض المتوسط", "place") in names("واجتمع وزراء السياحة في دول حوض المتوسط بمدينة برشلونة.")


def test_bare_mediterranean_recurs_after_the_sea_is_named():
    rows = article_rows("مئات المهاجرين غرقوا في المتوسط منذ مطلع الصيف",
                        "وقالت المنظمة إن آلاف المهاجرين يحاولون عبور البحر المتوسط في قوارب متهالكة.",
                        "ووصل معظمهم إلى الجزر اليونانية عبر المتوسط قبل أن ينتقلوا إلى ألمانيا.")
    med = [(par, s) for par, s, t, _, e in rows if t == "place" and e == MED]
    assert med == [(0, "المتوسط"), (1, "البحر المتوسط"), (2, "المتوسط")]


def test_bare_mediterranean_recurs_after_the_region_is_named():
    rows = article_rows("روسيا قادرة على المساعدة في استقرار منطقة المتوسط",
                        "وقال الوزير إن موسكو يمكن أن تلعب دورا في تحقيق الاستقرار في المتوسط كما فعلت في ملفات أخرى.")
    assert (1, "المتوسط") in [(par, s) for par, s, t, _, e in rows if t == "place" and e == MED]


def test_the_average_beside_a_figure_or_after_a_definite_noun_is_no_sea():
    rows = article_rows("حركة الملاحة في البحر المتوسط تتراجع",
                        "وتنفق الأسرة في المتوسط 5 آلاف ريال شهريا على النقل.",
                        "وارتفع الدخل المتوسط للأسر، فيما يقضي الموظف 40 دقيقة في المتوسط يوميا في الطريق.",
                        "وتبحر السفن عبر المتوسط نحو قناة السويس.")
    assert [(par, s) for par, s, t, _, e in rows if e == MED] == [(0, "البحر المتوسط"), (3, "المتوسط")]
    # an article that never names the sea: the average is a word
    rows = article_rows("الأسر تنفق في المتوسط على التعليم أكثر من النقل",
                        "وبحسب الدراسة فإن المدى المتوسط للإنفاق يتوقف على حجم الأسرة.")
    assert not [s for _, s, t, _, _ in rows if t == "place"]


def test_afp_by_its_initials():
    assert ("أ.ف.ب", "organisation") in names("جنيف - أ.ف.ب: أعلنت منظمة الهجرة الدولية أمس ارتفاع عدد الضحايا.")
    assert ("أ ف ب", "organisation") in names("القاهرة - (أ ف ب) - أعلنت الحكومة المصرية أمس موعد الافتتاح.")
    assert ("أ. ف. ب", "organisation") in names("زوار المعرض في يومه الأول (أ. ف. ب)")


def test_a_wedding_hall_named_before_its_town():
    assert "قاعة رويال" in places("واحتفل الشاب بزواجه على كريمة جاره في قاعة رويال بجدة وسط حضور الأهل والأصدقاء.")
    assert "قاعة الشموع" in places("وأقيم حفل الزواج بقاعة الشموع بدومة الجندل بحضور أقارب العروسين.")
    assert "قاعة الأزورد" in places("واحتفلت الأسرة بزواج ابنها في قاعة الأزورد بمكة المكرمة.")


def test_a_halls_common_noun_is_no_name():
    assert "قاعة الورود" in places("واحتفل الشاب بزواجه في قاعة الورود بالخرج بحضور أقاربه.")
    for text in ("وعقد اللقاء في قاعة المحاضرات بجامعة الملك سعود.",
                 "وأقيمت الدورة في قاعة التدريب بمحافظة جدة.",
                 "وافتتح المعرض في صالة المعارض بقرية المفتاحة.",
                 "وعقد الاجتماع في قاعة الاجتماعات بمدينة الرياض.",
                 "وأقيم الحفل في قاعة كبيرة بالرياض."):
        assert not any(s.startswith(("قاعة", "صالة")) for s in places(text)), text


def test_a_hall_without_a_town_after_it_is_left_alone():
    assert "قاعة رويال" in places("واحتفل الشاب بزواجه في قاعة رويال بمدينة جدة.")
    assert not any(s.startswith("قاعة") for s in places("واحتفل الشاب بزواجه في قاعة رويال مساء أمس."))
