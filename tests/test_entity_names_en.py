"""Every mention of a place carries its English name (entities table, name_en)."""
from arnews.entities import find_names
from arnews.entities.places import place_name_en

TEXT = ("وصل وفد من وزارة الصحة إلى المدينة المنورة أمس، وتفقد الوفد مشروعات البلدية داخل المدينة، ثم عاد.\n"
        "وقال مدير الشؤون الصحية في منطقة عسير إن فرق الطوارئ في عسير جاهزة، فيما زار الوزير ولاية كاليفورنيا الشهر الماضي.")


def test_later_mention_takes_the_name_of_the_first():
    df = find_names(TEXT)
    med = df[df.entity_id == "~geo:109223"]
    assert len(med) >= 2 and set(med.surface) >= {"المدينة المنورة", "المدينة"}
    assert set(med.name_en) == {"Madinah"}


def test_regions_have_english_names():
    df = find_names(TEXT)
    assert set(df[df.surface == "عسير"].name_en) == {"Asir"}
    assert set(df[df.surface == "كاليفورنيا"].name_en) == {"California"}
    assert place_name_en("geo:SA-04") == "Eastern Province" and place_name_en("geo:US-NJ") == "New Jersey"
    assert place_name_en("geo:SA") == "Saudi Arabia"  # a country keeps babel's name


def test_a_name_without_english_name_stays_empty():
    df = find_names("قال الدكتور خالد العتيبي إن المشروع يكتمل قريبا، وأضاف العتيبي أن العمل مستمر.")
    people = df[df.type == "person"]
    assert len(people) >= 2 and set(people.name_en) == {""}


def test_listed_organisation_named_short_takes_its_listed_name():
    df = find_names("أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم، وقالت مصادر إن داعش يخسر مواقعه.")
    isis = df[df.entity_id.str.endswith("org:ISIS")]
    assert len(isis) >= 2 and set(isis.name_en) == {"ISIS"}
