"""Names session 55 (issue 14; helper fixn): review2's findings on names59d fixed.

1. ``موقع`` + quotes (:mod:`arnews.entities.quoted_heads`, ``site_words.csv``): a listed place in quotes keeps its
   reading and adds no organisation (``موقع «المملكة» الريادي``); a common noun in quotes is no website
   (``موقع «الحادث»``، ``الموقع «البديل»``); a site still needs a transliterated name, a media word, an outlet's
   adjective or a citing frame.
2. ``quoted_subjects`` (``quoted_subject_words.csv``): only in a title, never before a verb of meaning; a transliterated
   subject only when its article names it after an organisation's head word; field + place only with a listed field.
3. ``national_bodies``: the construct field (خفر السواحل) tested per word type, cached per key pair.
4. A cue-announced name cut inside a listed one takes it whole (منظمة أطباء بلا حدود).

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus)."""
from __future__ import annotations

from arnews import lexicons
from arnews.entities.names import paragraph_names
from arnews.text import make_paragraph


def _names(text: str, role: str = "body") -> list[tuple[str, str]]:
    p = make_paragraph(text, "ar", role=role)
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


def _orgs(text: str, role: str = "body") -> list[str]:
    return [s for s, t in _names(text, role) if t == "organisation"]


def test_site_with_a_quoted_listed_place_keeps_the_place():
    assert _names("وتحدث الأمير عن موقع «المملكة» الريادي في المنطقة") == [("المملكة", "place")]
    assert _names('وزار الوفد موقع "الدرعية" التاريخي صباح أمس') == [("الدرعية", "place")]
    assert _names("وأكد الخطيب عن موقع «مكة» في قلب العالم الإسلامي") == [("مكة", "place")]
    assert _orgs("وتجول الزوار في موقع «العلا» الأثري خلال العطلة") == []


def test_site_with_a_quoted_common_noun_is_no_organisation():
    assert _orgs("وانتقلت الفرق إلى موقع «الحادث» فور تلقي البلاغ") == []
    assert _orgs('ووصل المحققون إلى موقع "الجريمة" في ساعة مبكرة') == []
    assert _orgs("وتصاعد الدخان في موقع «الانفجار» طوال الليل") == []
    assert _orgs("وتفقد المدير موقع «حريق» المستودع شرق المدينة") == []
    assert _orgs("ويجري العمل في الموقع «البديل» للمصنع") == []
    assert _orgs('فما موقع "حماية المستهلك" من الإعراب في هذه القضية') == []
    assert _orgs("وتفقد المحافظ موقع «مصنع الأسمنت» شرق المدينة") == []
    # the neighbours that stay websites: a citing frame, an outlet's adjective, a media word, a transliteration
    assert _orgs("وفقا لموقع «أرقام» فإن السوق تراجع أمس") == ["أرقام"]
    assert _orgs("وقال موقع «أرقام» الإخباري إن المؤشر تراجع") == ["أرقام"]
    assert _orgs('وبث موقع "روسيا اليوم" مقطعا مصورا للحادث') == ["روسيا اليوم"]
    assert _orgs('ونشر الفنان مقطعا على موقع "إنستاجرام" أمس') == ["إنستاجرام"]
    assert _orgs("وكتب رئيس تحرير موقع «ريد ستيت» مقالا عن المرشح") == ["ريد ستيت"]


def test_site_words_are_glossed():
    rows = lexicons.read_lexicon("site_words.csv")
    assert {r["kind"] for r in rows} == {"frame", "media", "after", "location"}
    assert all(r["gloss"].strip() for r in rows)


def test_national_bodies_construct_test_is_per_word_type():
    # review2 finding 7: the two-word field (خفر السواحل) is looked up once per key pair, and only where the second
    # word is a construct's second word; a long paragraph without السواحل asks nothing
    from arnews.entities.national_bodies import construct_offset, construct_seconds, national_bodies
    from arnews.normalize import key

    assert key("السواحل") in construct_seconds()
    p = make_paragraph("وقال المتحدث إن الحكومة ستواصل دعم المشاريع التنموية في المناطق الريفية " * 50, "ar")
    before = construct_offset.cache_info()
    national_bodies(p, [])
    after = construct_offset.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)
    q = make_paragraph("وأعلن خفر السواحل اليوناني إنقاذ مهاجرين، وقال خفر السواحل اليوناني إن البحث مستمر", "ar")
    assert [q.norm.text[o.start:o.end] for o in national_bodies(q, [])] == ["خفر السواحل اليوناني"] * 2
    assert construct_offset.cache_info().hits >= after.hits + 1


def _title_orgs(*pars) -> list[str]:
    from name_checks import article_rows

    return [s for p, s, t, _, _ in article_rows(*pars) if p == 0 and t == "organisation"]


def test_quoted_subject_only_in_a_title_and_not_before_a_gloss():
    # review2 finding 3: a body paragraph opening with a quoted word and a ت-verb is no headline
    assert _orgs("«نوكيا» تطرح هاتفا جديدا في الأسواق السعودية") == []
    assert _orgs("«كوتش» تعني المدرب باللغة الإنجليزية", "title") == []
    assert _orgs('"هاي" تعني مرحبا بالإنجليزية', "title") == []
    # the neighbour that stays: a title whose article names the brand after a head word
    assert _title_orgs("«كوتش» تكشف عن ابتكاراتها للموسم المقبل",
                       "وقالت علامة «كوتش» الأمريكية إن المعرض يفتح أبوابه في الرياض") == ["كوتش"]


def test_quoted_foreign_subject_needs_its_article_to_name_a_body():
    # review2 finding 4: a singer, a disease, a film before a feminine verb; the article never writes شركة X
    assert _title_orgs("«شاكيرا» تحيي حفلا غنائيا في دبي", "وتقدم المغنية الكولومبية أشهر أغانيها") == []
    assert _title_orgs("«إيبولا» تحصد المزيد من الأرواح في غرب أفريقيا", "وارتفع عدد الوفيات بالفيروس إلى ألف") == []
    assert _title_orgs("«تايتانيك» تحصد الجوائز من جديد", "وعاد الفيلم إلى دور العرض بعد عشرين عاما") == []
    # a comma and a head word after the name in the body confirm it (الشركة ...)
    assert _title_orgs('"جيوردانو" تطرح تشكيلة جديدة للمدارس',
                       'وتطرح "جيوردانو"، العلامة العالمية للأزياء، تشكيلتها في متاجرها') == ["جيوردانو"]


def test_quoted_field_and_place_needs_a_listed_field_word():
    # review2 finding 5: any word + a place is no branch; the place stays
    from name_checks import article_rows

    jeddah = "وتشهد شوارع محافظة جدة أمطارا غزيرة منذ الصباح"
    assert [r[1:3] for r in article_rows("«أمطار جدة» تكشف ضعف البنية التحتية", jeddah) if r[0] == 0] == [
        ("جدة", "place")]
    assert _names("«نكاسة مكة» تسجل نصف مليار ريال في الصفقات", "title") == [("مكة", "place")]
    assert _names("«بر الأحساء» تكرم المتطوعين في حفل سنوي", "title") == [("بر الأحساء", "organisation")]


def test_known_name_completes_a_cued_name_cut_inside_it():
    # review2 finding 6: the head-word span stopped at the stop word بلا; the listed name wins, whole
    assert _orgs("وقالت منظمة أطباء بلا حدود إن المستشفى تعرض للقصف") == ["منظمة أطباء بلا حدود"]
    assert _orgs("وقالت المنسقة في جمعية أطباء بلا حدود إن الناجين بحاجة للدعم") == ["جمعية أطباء بلا حدود"]
    # the listed name alone, and a cued name that holds no listed one, stay as they were
    assert _orgs("وقالت أطباء بلا حدود إن المستشفى تعرض للقصف") == ["أطباء بلا حدود"]
    assert _orgs("وأعلنت منظمة الصحة العالمية حالة الطوارئ") == ["منظمة الصحة العالمية"]
