"""Entities, round 19: organisations without a head word, Saudi places without a cue (issue 14).

Hand-written sentences in the style of Saudi news (none copied from a corpus), each with the
neighbours a fix must leave alone."""
from __future__ import annotations

from arnews.entities import find_names


def names(text):
    df = find_names(text)
    return [(r.surface, r.type) for r in df.itertuples()], df


def ids(text):
    df = find_names(text)
    return {r.surface: r.entity_id for r in df.itertuples()}


# --- well-known bodies named bare (known_names.csv, context anywhere) ---

def test_agency_in_a_dateline_and_companies_named_bare():
    got, _ = names("الدمام - واس: أعلنت أرامكو وسابك عن نتائج الربع الثاني، فيما أكدت ساما استقرار الأسعار.")
    for org in ("واس", "أرامكو", "سابك", "ساما"):
        assert (org, "organisation") in got
    assert ("الدمام", "place") in got


def test_bare_org_with_proclitics_keeps_the_name_only():
    got, _ = names("ونشر الحساب الرسمي مقطعا على تويتر ويوتيوب، ولأرامكو حصة في المشروع.")
    assert ("تويتر", "organisation") in got and ("يوتيوب", "organisation") in got
    assert ("أرامكو", "organisation") in got


def test_a_listed_name_has_one_id_for_its_spellings_and_is_no_person():
    got = ids("أطلقت غوغل خدمة جديدة، وقالت جوجل إن الخدمة مجانية.")
    assert got.get("غوغل") == got.get("جوجل") == "~org:Google"
    got, _ = names("وقال مدرب ريال مدريد إن الفريق جاهز، وأعلن داعش مسؤوليته.")
    assert ("ريال مدريد", "organisation") in got and ("داعش", "organisation") in got
    assert not any(t == "person" for _, t in got)


# --- a club whose name is an ordinary word is left to the corpus-level pass ---

def test_saudi_club_names_that_are_words_are_not_listed():
    got, _ = names("شوهد الهلال مساء أمس، وحقق المقاتلون النصر على المتمردين، وأكد الرئيس العام لرعاية الشباب "
                   "أن دول الخليج تدعم البطولة.")
    assert not any(t == "organisation" for _, t in got)


# --- papers named as a source: quoted after لـ, never the city or the word ---

def test_papers_as_sources():
    got, _ = names('وقال مصدر لـ«عكاظ» إن العمل بدأ، وأوضح لـ "الاقتصادية" أن المشروع تأخر، '
                   'وصرح المتحدث لـ«الشرق الأوسط» بذلك، وأكد لـ (اليوم) أن الحالة مستقرة.')
    for paper in ("عكاظ", "الاقتصادية", "الشرق الأوسط", "اليوم"):
        assert (paper, "organisation") in got


def test_paper_names_that_are_words_or_cities_stay_words_or_cities():
    got, df = names("وصل الوفد إلى الرياض اليوم، وناقش الاقتصادية والاجتماعية في الشرق الأوسط، وقال لـ«الرياض» إن المدينة هادئة.")
    rows = [(r.surface, r.type, r.entity_id) for r in df.itertuples()]
    assert ("الرياض", "place", "~geo:108410") in rows  # the city after إلى
    assert ("الرياض", "organisation", "~org:Alriyadh") in rows  # the paper, quoted after لـ
    assert not any(s == "اليوم" for s, _ in got)
    assert not any(s == "الاقتصادية" for s, _ in got)
    assert not any(t == "organisation" and s == "الشرق الأوسط" for s, t in got)
    assert not any(t == "organisation" and s == "المدينة" for s, t in got)


# --- Saudi governorates without a cue; المملكة for Saudi Arabia ---

def test_governorates_without_a_cue():
    got, _ = names("وتشمل الخطة عنيزة والخرج والجبيل والأحساء ورابغ وبيشة والقنفذة.")
    for place in ("عنيزة", "الخرج", "الجبيل", "الأحساء", "رابغ", "بيشة", "القنفذة"):
        assert (place, "place") in got


def test_governorate_names_that_are_words_need_a_preposition():
    got, _ = names("زأر الليث في الغابة، وسافر الفريق إلى الليث، وبقي المجمعة من الأوراق.")
    assert sum(1 for s, t in got if s == "الليث" and t == "place") == 1
    assert ("المجمعة", "place") not in got


def test_the_kingdom_is_saudi_arabia_but_not_before_an_adjective():
    got = ids("وأكد أن المملكة تدعم الأشقاء، وزار المملكة الأردنية الهاشمية ثم المملكة المتحدة.")
    assert got.get("المملكة") == "~geo:SA"
    got, _ = names("وزار المملكة الأردنية الهاشمية والمملكة المغربية.")
    assert not any(s == "المملكة" for s, _ in got)


# --- people: foreign given names, given names after the conjunction و, a name after an organisation ---

def test_foreign_given_name_and_family_name():
    got, _ = names('وأوضح لـ "الصحيفة"، جون تايلر الخبير القانوني، أن ميتشال هاورد سيحضر، وقال مارك شنيتزر إن النتائج مبشرة.')
    for person in ("جون تايلر", "ميتشال هاورد", "مارك شنيتزر"):
        assert (person, "person") in got
    assert not any(t == "place" for _, t in got)


def test_foreign_given_name_before_an_ordinary_word_is_no_name():
    got, _ = names("زار مارك المدينة القديمة، واشترى جورج الكتاب.")
    assert not any(t == "person" for _, t in got)


def test_given_names_after_the_conjunction_in_a_list():
    got, df = names("وشارك في البطولة سامي منصور، ونيكول سابا، ورامي ياسين.")
    assert ("نيكول سابا", "person") in got and ("رامي ياسين", "person") in got
    # the key leaves the conjunction out: the same person as a bare mention
    k = {r.surface: r.entity_id for r in df.itertuples()}
    assert k["رامي ياسين"] == {r.surface: r.entity_id for r in find_names("قال رامي ياسين إن").itertuples()}["رامي ياسين"]


def test_the_preposition_after_the_conjunction_is_no_given_name():
    got, _ = names("وعلى الجانب الآخر، وعلى الصعيد المحلي تستمر الأعمال.")
    assert not any(t == "person" for _, t in got)


def test_a_person_after_an_organisation_with_a_place_is_not_part_of_it():
    got, _ = names("وأكد مدير الإعلام في أمانة منطقة حائل سعد الثويني أن الفعاليات مستمرة.")
    assert ("أمانة منطقة حائل", "organisation") in got
    assert ("سعد الثويني", "person") in got


def test_a_rare_family_name_does_not_recur_as_a_common_word_of_its_skeleton():
    got, _ = names("وشاركت نيكول سابا في العمل. وقال المخرج إن الأمر صعب جدا.")
    assert ("نيكول سابا", "person") in got
    assert not any(s == "صعب" for s, _ in got)


# --- a city's body, its governor, a dateline ---

def test_a_city_body_named_after_a_listed_place():
    got, _ = names("أعلنت جامعة جدة عن وظائف، وأكدت أمانة حائل جاهزية الحدائق.")
    assert ("جامعة جدة", "organisation") in got and ("أمانة حائل", "organisation") in got
    # not an ordinary noun governing a place, not a club whose listed name is longer
    got, _ = names("وليس في مصلحة إسرائيل أن يستمر الصراع، وانتقل اللاعب إلى نادي باريس سان جيرمان.")
    assert not any(s.startswith("مصلحة") for s, _ in got)
    assert ("إسرائيل", "place") in got
    assert not any(s == "نادي باريس" for s, _ in got)


def test_the_place_after_its_governor_is_no_person():
    got, _ = names("وقف أمير عسير على موقع الحادث، وزار محافظ الخرج المصابين.")
    assert ("عسير", "place") in got and ("الخرج", "place") in got
    assert not any(t == "person" for _, t in got)
    # a prince's name after the same title is still a person
    got, _ = names("وقف الأمير فيصل بن خالد على موقع الحادث.")
    assert ("فيصل بن خالد", "person") in got


def test_a_place_in_a_dateline():
    got, _ = names("واس- جدة: أعلنت الجامعة عن وظائف.")
    assert ("جدة", "place") in got and ("واس", "organisation") in got
    # جدة (a grandmother) inside a sentence, without a preposition, is left alone
    got, _ = names("قالت جدة الطفل إنها سعيدة.")
    assert not any(s == "جدة" for s, _ in got)


def test_given_names_only_close_a_name_after_a_given_name():
    got, _ = names("وقال مخرج العمل رؤوف عبدالعزيز أمس إن التصوير يبدأ.")
    assert ("رؤوف عبدالعزيز", "person") in got
    got, _ = names("ألقى الشيخ سامي بن سليمان النحيط على الحضور كلمة.")
    assert ("سامي بن سليمان النحيط", "person") in got


# --- people in a list: the items beside people found are people ---

def test_people_in_a_list_beside_people_found():
    got, _ = names("وضمت التشكيلة محمد الشلهوب، وسالم الدوسري، ونواف العابد، وتيسير الجاسم، وشارك البقية في التدريب.")
    for person in ("محمد الشلهوب", "سالم الدوسري", "نواف العابد", "تيسير الجاسم"):
        assert (person, "person") in got
    got, _ = names("يستعد للتصوير شريف منير، ونيكول سابا، ورامي ياسين، ونورهان.")
    assert ("شريف منير", "person") in got and ("نورهان", "person") in got


def test_a_list_of_things_or_places_has_no_people():
    got, _ = names("وتضم السلة الحليب، والسكر، والأرز، والزيت، وشارك محمد الشلهوب وسالم الدوسري.")
    assert not any(s in ("الحليب", "السكر", "الأرز", "الزيت") for s, _ in got)
    got, _ = names("وزار الوفد الرياض، والدمام، وأبها، وقابل محمد الشلهوب، وسالم الدوسري.")
    assert ("أبها", "place") in got and not any(t == "person" and s in ("الرياض", "الدمام", "أبها") for s, t in got)
    # one person in a list of words is not enough
    got, _ = names("وتحدث محمد الشلهوب، والمدرب، والإداري، والطبيب عن الإصابة.")
    assert [s for s, t in got if t == "person"] == ["محمد الشلهوب"]


# --- an ambiguous city name beside a listed place in a list ---

def test_ambiguous_city_names_in_a_list_of_places():
    got, _ = names("وشملت الأمطار الدمام والخبر والظهران، ثم جدة، الرياض.")
    for place in ("الدمام", "الخبر", "الظهران", "جدة", "الرياض"):
        assert (place, "place") in got


def test_ambiguous_city_names_as_words_beside_a_place():
    got, _ = names("وقال إن الخبر صحيح. وتوجه إلى الرياض والخبر المؤكد أن الزيارة ناجحة. وزار عدن وأجرى جولة.")
    assert not any(s in ("الخبر", "أجرى") for s, _ in got)


# --- a ministry by its field, a group by its name, in quotes (the headline convention) ---

def test_quoted_ministry_field_is_the_ministry():
    got = ids("«الإسكان» تسرع المشاريع، وأكدت وزارة الإسكان أن الخطة تسير.")
    assert got.get("الإسكان") == got.get("وزارة الإسكان")
    got, _ = names("أعلن تنظيم «القاعدة» مسؤوليته عن الهجوم.")
    assert ("القاعدة", "organisation") in got


def test_the_field_as_a_word_or_in_brackets_is_no_ministry():
    got, _ = names("وقال إن الصحة تاج، وإن الإسكان حق للمواطن، والقاعدة العامة واضحة (التعليم) أولا.")
    assert not any(t == "organisation" for _, t in got)


def test_foreign_given_name_with_a_family_name_of_middling_frequency():
    got, _ = names("بعد مقتل مايكل براون البالغ من العمر 18 عاما، وصل جون كيري إلى المدينة.")
    assert ("مايكل براون", "person") in got and ("جون كيري", "person") in got
    # an Arabic given name keeps the stricter test: محمد + a frequent word is no name
    got, _ = names("وزار جورج المدينة، وقال محمد الطيب كلاما طيبا.")
    assert not any(s.startswith("جورج") for s, t in got if t == "person")


# --- police and airlines as heads, seas and oceans, a paper alone in quotes ---

def test_police_and_airlines_with_their_place_or_nation():
    got, _ = names("وذكر المتحدث باسم شرطة منطقة مكة المكرمة العقيد عادل الحربي أن طائرة الخطوط الجوية الماليزية هبطت.")
    assert ("شرطة منطقة مكة المكرمة", "organisation") in got
    assert ("عادل الحربي", "person") in got  # the rank ends the organisation
    assert ("الخطوط الجوية الماليزية", "organisation") in got
    # the lines of production and broad outlines are no airline; the police alone is no name
    got, _ = names("وتوقفت خطوط الإنتاج، وحددت الخطة الخطوط العريضة، ووصلت الشرطة إلى الموقع.")
    assert not any(t == "organisation" for _, t in got)


def test_royal_titles_stay_inside_institution_names():
    got, _ = names("وأعلن مستشفى الأمير سعود بن جلوي أن جامعة الملك خالد وقعت الاتفاق.")
    orgs = [s for s, t in got if t == "organisation"]
    assert "مستشفى الأمير سعود بن جلوي" in orgs and "جامعة الملك خالد" in orgs
    assert not any(t == "person" for _, t in got)


def test_seas_and_oceans():
    got, _ = names("جرف المحيط الهندي الحطام، وتمتد السواحل على البحر الأحمر والخليج العربي.")
    for place in ("المحيط الهندي", "البحر الأحمر", "الخليج العربي"):
        assert (place, "place") in got


def test_a_paper_alone_in_quotes():
    got, _ = names("علمت «المدينة» أن الوزارة خاطبت المستشفيات، وقالت «الوطن» إن الخطة جاهزة.")
    assert ("المدينة", "organisation") in got and ("الوطن", "organisation") in got
    got, _ = names("وصل إلى المدينة أمس، وزار (المدينة) القديمة.")
    assert not any(t == "organisation" for _, t in got)


def test_a_verb_after_an_organisation_is_not_in_its_name():
    got, _ = names("وأكد أن شرطة المحافظة أنكروا ذلك، وأن شرطة تبوك ستتابع القضية.")
    orgs = [s for s, t in got if t == "organisation"]
    assert "شرطة المحافظة" in orgs or not any("أنكروا" in s for s in orgs)
    assert not any("أنكروا" in s or "ستتابع" in s for s in orgs)
    assert "شرطة تبوك" in orgs


def test_and_his_deputy_after_a_title_is_no_name():
    got, _ = names("الملك ونائبه يهنئان سويسرا وبنين")
    assert ("سويسرا", "place") in got and ("بنين", "place") in got
    assert not any(t == "person" for _, t in got)
    got, _ = names("استقبل الملك سلمان بن عبدالعزيز آل سعود رئيس فرنسا")
    assert ("سلمان بن عبدالعزيز آل سعود", "person") in got and ("فرنسا", "place") in got


def test_bodies_named_bare_by_their_two_words():
    got, _ = names("وباشرت فرق الدفاع المدني الحريق، ونقلت فرق الهلال الأحمر المصابين، وضبطت دوريات حرس الحدود المهربين.")
    for org in ("الدفاع المدني", "الهلال الأحمر", "حرس الحدود"):
        assert (org, "organisation") in got
    # inside a longer cue-announced name, the longer name stands alone
    got, _ = names("أعلنت هيئة الهلال الأحمر السعودي أن المديرية العامة للدفاع المدني شاركت.")
    orgs = [s for s, t in got if t == "organisation"]
    assert orgs == ["هيئة الهلال الأحمر السعودي", "المديرية العامة للدفاع المدني"]
    # the defence of a city or a crescent moon are no bodies
    got, _ = names("وشوهد الهلال في السماء، وتحدث عن الدفاع عن المدينة.")
    assert not any(t == "organisation" for _, t in got)
