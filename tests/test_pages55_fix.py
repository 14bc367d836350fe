"""fixp: the review of pages55's block roles and glosses (session 54).  Sentences written for these tests in the style
of Saudi dailies."""
from arnews.blocks import assign_roles
from arnews.stats.glossary import phrase_gloss

LONG = ("وأوضح المتحدث الرسمي أن الجهات المختصة تابعت سير العمل في المشروع منذ بدايته وحتى اكتماله، مشيرا إلى أن "
        "الخطة تضمنت مراحل عدة شملت التصميم والتنفيذ والتشغيل التجريبي خلال الأشهر الماضية.")
LONG2 = ("وأضاف أن الفرق الميدانية عملت على مدار الساعة لإنجاز الأعمال في وقتها المحدد، وأن المرحلة المقبلة ستشهد "
         "توسعة المرافق وزيادة الطاقة الاستيعابية بما يلبي احتياجات الزوار من داخل المنطقة وخارجها.")
SOURCE = "المصدر: http://www.example.com/article/1"


# --- glosses -------------------------------------------------------------------------------------------------------

def test_a_run_of_nationality_adjectives_keeps_its_order():
    assert phrase_gloss("السعودي الهولندي") == "≈ Saudi Dutch"  # (البنك) السعودي الهولندي, not 'Dutch Saudi'
    assert phrase_gloss("الفلسطينية الإسرائيلية") == "≈ Palestinian Israeli"
    assert phrase_gloss("الوطنية السعودية المصرية") == "≈ Saudi Egyptian national"
    assert phrase_gloss("الوطنية السعودية") == "≈ Saudi national"  # as before
    assert phrase_gloss("النووي الإيراني") == "≈ Iranian nuclear"  # as before


# --- block roles ---------------------------------------------------------------------------------------------------

def test_a_question_and_answer_ending_is_no_caption_series():
    lines = ["حوار مع مدير التعليم", LONG, "س: متى يبدأ العام الدراسي الجديد", "ج: في الأسبوع المقبل بإذن الله",
             "س: وهل اكتملت الاستعدادات", "ج: نعم اكتملت جميع الاستعدادات", SOURCE]
    assert "caption" not in assign_roles(lines)
    asked = ["حوار", LONG, "سؤال: متى يبدأ العام الدراسي", "جواب: في الأسبوع المقبل", "سؤال: وهل اكتملت الاستعدادات",
             SOURCE]
    assert assign_roles(asked) == ["title", "body", "body", "body", "body", "source"]  # no captions, no signature
    event = ["ندوة", LONG, "المكان قاعة الملك فهد الثقافية", "الموعد: مساء الخميس المقبل", "الدخول مجاني لجميع الزوار",
             SOURCE]
    assert "caption" not in assign_roles(event)  # a colon: no caption's


def test_a_heading_over_steps_is_no_caption_series():
    lines = ["مقال", LONG, "الخطوات المطلوبة", "مراجعة العقود القائمة", "إيقاف المشاريع المتعثرة",
             "محاسبة المقصرين فورا", SOURCE]
    assert "caption" not in assign_roles(lines)
    captions = ["افتتاح المرحلة الأولى", LONG, "المحافظ يتوسط الفائزين بالجوائز", "الفرق المشاركة خلال الحفل",
                "تكريم المتطوعين في ختام الموسم", SOURCE]
    assert assign_roles(captions)[-4:] == ["caption", "caption", "caption", "source"]  # a series still


def test_a_photo_story_with_no_paragraph_keeps_its_text():
    lines = ["اللعب في الحديقة", "طفل يلهو بين المجسمات", "خلال افتتاح حديقة جديدة للأطفال",
             "في مدينة أبها. أ ف ب", SOURCE]
    assert "caption" not in assign_roles(lines)


def test_the_writers_name_repeated_at_the_end_is_a_byline():
    lines = ["مقال", "خالد الفهد", LONG, LONG2, "خالد الفهد", SOURCE]
    assert assign_roles(lines)[-2:] == ["byline", "source"]


def test_a_dash_signature_with_a_title_after_a_list_is_a_byline():
    lines = ["رسالة قارئ", LONG, "- تأخر المواعيد", "- نقص الكوادر", LONG2, "- د. حامد الشمري", SOURCE]
    assert assign_roles(lines)[-2:] == ["byline", "source"]
    lines = ["رسالة قارئ", LONG, "- تأخر المواعيد", "- نقص الكوادر", LONG2, "- الدكتور حامد الشمري", SOURCE]
    assert assign_roles(lines)[-2:] == ["byline", "source"]
    lines = ["رسالة قارئ", LONG, "- تأخر المواعيد", "- نقص الكوادر", LONG2, "- أميرة الشمري", SOURCE]
    assert assign_roles(lines)[-2:] == ["byline", "source"]  # a given name that is a title's word too: as before
    lines = ["رسالة قارئ", LONG, "- تأخر المواعيد", "- نقص الكوادر", LONG2, "- د. التأخير مستمر", SOURCE]
    assert assign_roles(lines)[-2:] == ["body", "source"]  # no given name after the title: an item
