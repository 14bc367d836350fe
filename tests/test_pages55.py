"""pages55: what a reader sees on the pages: a found person's name is never glossed as common words, and the short
lines at the end of an article (photo captions with no caption word, a column's retorts, a letter's close) are not
read as the writer's signature.  Sentences written for these tests in the style of Saudi dailies."""
import pandas as pd

from arnews.blocks import assign_roles
from arnews.english_names import english_names, person_gloss, person_glosses

LONG = ("وأوضح المتحدث الرسمي أن الجهات المختصة تابعت سير العمل في المشروع منذ بدايته وحتى اكتماله، مشيرا إلى أن "
        "الخطة تضمنت مراحل عدة شملت التصميم والتنفيذ والتشغيل التجريبي خلال الأشهر الماضية.")
LONG2 = ("وأضاف أن الفرق الميدانية عملت على مدار الساعة لإنجاز الأعمال في وقتها المحدد، وأن المرحلة المقبلة ستشهد "
         "توسعة المرافق وزيادة الطاقة الاستيعابية بما يلبي احتياجات الزوار من داخل المنطقة وخارجها.")
SOURCE = "المصدر: http://www.example.com/article/1"


def _reading(name):
    return english_names([name], ["person"])[name]


# --- 1. names -----------------------------------------------------------------------------------------------------

def test_a_name_reads_the_name_sense_of_a_word_whose_first_sense_is_an_adjective():
    assert _reading("تركي الغامدي") == ("≈ Turki Al-Ghamdi", "glossary (word by word)")  # not 'Turkish Al-Ghamdi'
    assert _reading("تركي فيصل الغامدي")[0] == "≈ Turki Faisal Al-Ghamdi"


def test_a_name_with_a_word_that_is_no_name_part_is_not_read_word_by_word():
    assert _reading("علي جمعة") == ("", "")  # not 'Ali Friday'
    assert _reading("أحمد السويدي") == ("", "")  # not 'Ahmad Swedish'
    assert _reading("بيتر تشيك") == ("", "")  # not 'Peter Czech'
    assert _reading("مايكل فالون") == ("", "")  # not 'Michael One' (ف + الون)
    assert _reading("جون كواتس") == ("", "")  # not 'John Whats' (ك + واتس)


def test_names_whose_words_are_names_keep_their_reading():
    assert _reading("بشار الأسد")[0] == "≈ Bashar al-Assad"
    assert _reading("محمود درويش")[0] == "≈ Mahmoud Darwish"  # -ish, but no adjective of English
    assert _reading("أيوب بن سالم")[0] == "≈ Ayoub bin Salem"  # the name first, not 'Job'
    assert _reading("عبد ربه منصور هادي")[0] == "≈ Abd Rabbuh Mansour Hadi"
    assert _reading("علي الغامدي")[0] == "≈ Ali Al-Ghamdi"  # علي by its neighbour, as before


def test_a_found_persons_name_in_a_phrase_table_is_glossed_by_its_name_or_not_at_all():
    ents = pd.DataFrame({"surface": ["تركي الغامدي", "تركي الغامدي", "علي جمعة", "سوق عكاظ", "تركي"],
                         "type": ["person", "person", "person", "place", "person"],
                         "name_en": ["", "", "", "", ""]})
    persons = person_glosses(ents)
    assert person_gloss("تركي الغامدي", "≈ Turkish Al-Ghamdi", persons) == "≈ Turki Al-Ghamdi"
    assert person_gloss("علي جمعة", "≈ Ali Friday", persons) == ""
    assert person_gloss("سوق عكاظ", "≈ market of Okaz", persons) == "≈ market of Okaz"  # a place: its gloss
    assert person_gloss("تركي", "Turkish", persons) == "Turkish"  # one word: the name is not told from the word
    named = pd.DataFrame({"surface": ["تركي الغامدي"], "type": ["person"], "name_en": ["Turki Al-Ghamdi"]})
    assert person_gloss("تركي الغامدي", "≈ Turkish Al-Ghamdi", person_glosses(named)) == "Turki Al-Ghamdi"


# --- 2. block roles -----------------------------------------------------------------------------------------------

def test_a_series_of_short_lines_ending_the_text_is_a_series_of_captions():
    lines = ["افتتاح المرحلة الأولى من مشروع الواجهة", LONG, LONG2,
             "المحافظ يتوسط الفائزين بالجوائز", "الفرق المشاركة خلال الحفل", "تكريم المتطوعين في ختام الموسم",
             "تحية خاصة للمنظمين", SOURCE]
    assert assign_roles(lines) == ["title", "body", "body", "caption", "caption", "caption", "caption", "source"]


def test_a_poem_a_letters_close_and_free_verse_at_the_end_are_no_captions():
    poem = ["قصيدة في حب الوطن", LONG, "يا دار عزك في العلا مرفوع", "والمجد فيك مسطر وبديع",
            "نفديك بالروح الغالية دوما", "ويظل حبك في القلوب يشيع", SOURCE]
    assert "caption" not in assign_roles(poem)
    letter = ["توضيح من الإدارة", LONG, "آمل التكرم بنشر هذا التوضيح", "والسلام عليكم ورحمة الله",
              "إدارة العلاقات العامة بالأمانة", SOURCE]
    assert "caption" not in assign_roles(letter)
    signed = ["بيان مشترك", LONG, "مع خالص التقدير", "عبدالله بن سعد الحربي", "رئيس مجلس إدارة الجمعية", SOURCE]
    assert "caption" not in assign_roles(signed)
    verse = ["نص", LONG, "أمشي على طرف المدينة", "وأعيش حياة الغريب", "وأعود للبيت القديم", SOURCE]
    assert "caption" not in assign_roles(verse)


def test_a_columns_label_and_retort_at_the_end_are_no_byline():
    lines = ["صح لسانك", "* النادي يعلن التعاقد مع مدرب جديد", "عنوان صحفي", "- خطوة متأخرة",
             "* الإدارة تعد الجماهير بموسم مختلف", "عنوان صحفي", "- وعود الصيف",
             "* اللاعب الجديد يصل غدا", "عنوان صحفي", "- بل في وقتها", SOURCE]
    roles = assign_roles(lines)
    assert roles[-3:] == ["body", "body", "source"]
    named = ["صح لسانك", "* النادي يعلن التعاقد مع مدرب جديد", "عنوان صحفي", "- خطوة متأخرة",
             "* الإدارة تعد الجماهير بموسم مختلف", "عنوان صحفي", "- وعود الصيف",
             "* التعاقد مع المهاجم جاء في وقته", "سعد الحربي", "_ بل تأخر كثيرا", SOURCE]
    assert assign_roles(named)[-3:] == ["body", "body", "source"]


def test_a_signature_with_a_dash_after_a_list_stays_a_byline():
    lines = ["رسالة قارئ", LONG, "- تأخر المواعيد", "- نقص الكوادر", LONG2, "- حامد الشمري", SOURCE]
    assert assign_roles(lines)[-2:] == ["byline", "source"]


def test_a_letters_close_ending_with_commas_is_no_byline():
    lines = ["رسالة إلى المسؤول", LONG, LONG2, "دمتم بخير،،،", SOURCE]
    assert assign_roles(lines)[-2:] == ["body", "source"]
    lines = ["رسالة إلى المسؤول", LONG, LONG2, "سعد الحربي", SOURCE]
    assert assign_roles(lines)[-2:] == ["byline", "source"]


def test_the_note_of_a_series_next_part_is_no_byline():
    lines = ["ملف الطاقة المتجددة (2)", LONG, LONG2, "الأربعاء .. الحلقة الثالثة", SOURCE]
    assert assign_roles(lines)[-2:] == ["body", "source"]
    lines = ["ملف الطاقة المتجددة (2)", LONG, LONG2, "* وحدة الدراسات الاقتصادية", SOURCE]
    assert assign_roles(lines)[-2:] == ["byline", "source"]


# --- 3. a phrase cut after its noun ------------------------------------------------------------------------------

def test_adjectives_opening_a_phrase_with_no_noun_read_the_last_first():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("الوطنية السعودية") == "≈ Saudi national"  # (الحملة) الوطنية السعودية, not 'national Saudi'
    assert phrase_gloss("البرية والجوية والبحرية") == "≈ land air naval"  # joined by و: in their order
    assert phrase_gloss("السهم الذهبي") == "≈ golden share"  # a noun first: as before


def test_a_given_name_read_as_a_peoples_adjective_or_a_weekday_inside_a_name_is_not():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("تركي الفيصل") == "≈ Turki Faisal"  # not 'Turkish Faisal'
    assert phrase_gloss("تركي بن سعد") == "≈ Turki bin Saad"
    assert phrase_gloss("علي جمعة") == ""  # not 'Ali Friday': a word unknown as a name, no gloss shown
    assert phrase_gloss("الرئيس التركي") == "≈ the Turkish president"  # the adjective after a noun stays
    assert phrase_gloss("صلاة الجمعة") == "≈ prayer of Friday"  # a weekday after no name stays
    assert phrase_gloss("أيوب بن سالم") == "≈ Ayoub bin Salem"  # a name first stays (not 'Job')
