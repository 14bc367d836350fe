"""blocks53: block roles a reader saw wrong on the snn2000 overview page (texts written for the test)."""
from arnews import blocks
from arnews.blocks import assign_roles

LONG = ("وأوضح المتحدث الرسمي باسم الوزارة أن المشروع الجديد يشمل إنشاء عدد من المدارس والمراكز الصحية في "
        "المحافظات الشمالية خلال العام المقبل بتكلفة إجمالية كبيرة.")
LONG2 = ("وأشار إلى أن الأعمال تسير وفق الجدول الزمني المحدد لها، وأن فرق العمل الميدانية تتابع تنفيذ المراحل "
         "المختلفة من المشروع بشكل يومي.")


def roles(*lines):
    return assign_roles(list(lines))


# --- 1. a wire's mark alone on its line is boilerplate, never a byline -------------------------------------------

def test_wire_continued_mark_is_boilerplate():
    r = roles("مجلس الوزراء يقر نظام السياحة الجديد", LONG, LONG2, "// يتبع //")
    assert r[-1] == "boilerplate"
    r = roles("مجلس الوزراء يقر نظام السياحة الجديد", LONG, LONG2, "//يتبع//")
    assert r[-1] == "boilerplate"


def test_wire_end_mark_stays_boilerplate():
    assert roles("مجلس الوزراء يقر نظام السياحة الجديد", LONG, LONG2, "// انتهى //")[-1] == "boilerplate"
    assert blocks.wire_mark("- انتهى -") and blocks.wire_mark("(يتبع)")


def test_wire_word_in_a_line_is_no_mark():
    # the word يتبع in a line of its own without any slash or bracket, or inside a sentence, is no mark
    assert not blocks.wire_mark("يتبع")
    assert not blocks.wire_mark("// يتبع الفريق تدريباته //")
    r = roles("مجلس الوزراء يقر نظام السياحة الجديد", LONG, LONG2, "محمد العتيبي")
    assert r[-1] == "byline"


# --- 2. a line without letters is no byline --------------------------------------------------------------------

def test_dashes_or_a_brace_are_no_byline():
    # (fixn: a line with no letter is boilerplate, no longer body; still no byline)
    assert roles("رحيل سفير العواصم", LONG, LONG2, "{")[-1] == "boilerplate"
    assert roles("رحيل سفير العواصم", LONG, LONG2, "------------------------")[-1] == "boilerplate"
    assert roles("رحيل سفير العواصم", LONG, LONG2, "- سالم الشهري")[-1] == "byline"


# --- 3. مصورة: (a photo story) is no photo credit ------------------------------------------------------------------

def test_photo_story_title_is_a_title():
    r = roles("قصة مصورة: أمطار غزيرة على مرتفعات عسير", LONG, LONG2)
    assert r[0] == "title"
    # a real credit stays a caption
    r = roles("أمطار غزيرة على مرتفعات عسير", LONG, "صورة: أمطار على السودة", LONG2)
    assert r[2] == "caption"


# --- 4. a short line above more short text is a heading, not a signature ------------------------------------------

def test_table_header_and_sub_heading_are_no_bylines():
    table = ["أغلى عشر صفقات في الدوري", LONG, LONG2, "وهذه قائمة الصفقات",
             "اللاعب النادي القيمة", "فلان الهلال 7 ملايين", "علان النصر 6 ملايين", "زيد الأهلي 5 ملايين"]
    assert assign_roles(table)[4] == "body"
    heading = ["انتبه.. الطريق مزدحم", LONG, "محطة", "هناك من يصنع الخبر..", "وهناك من يقرؤه.."]
    assert assign_roles(heading)[2] == "body"
    # the neighbours that stay bylines: a signature with its title line, a poet's name under the poem
    # a name and one short line under it at the end of the text (the writer's title): a signature
    r = roles("عن التعليم والعمل", LONG, LONG2, "د. سعد الغامدي", "متخصص في الإدارة والتخطيط التربوي")
    assert r[3:] == ["byline", "body"]
    # a poet's name under the poem
    poem = ["شارع القصيدة", "تغربت في دهشة الليل عن هذه الأرض", "أشد من الريح شوقا..",
            "وأعتى من البحر موجا..", "وحيدا مع الذكريات..", "فهد الشمري"]
    assert assign_roles(poem)[-1] == "byline"


# --- 5. the line under a headline that repeats its name is the photo's caption ---------------------------------------

def test_name_of_the_headline_under_it_is_a_caption():
    assert roles("الشهري يحصل على الدكتوراه", "ماجد الشهري", "المصدر: http://example.com/a")[1] == "caption"
    assert roles("مدير جامعة الباحة يستقبل الطلاب", "مدير جامعة الباحة")[1] == "caption"
    # a writer's name under a column's headline stays a byline
    assert roles("الاحتراف بين الكم والكيف", "خالد العمري", "المصدر: http://example.com/a")[1] == "byline"


# --- 6. short sentences of prose are no photo series ------------------------------------------------------------------

def test_answer_word_and_prose_lines_are_no_captions():
    # a one-word answer and one short sentence between paragraphs: the writer's prose
    r = roles("من يقف وراء الإرهاب؟", LONG, LONG2, "كلّا.", LONG, "إن المقصود هنا أوضحه بمثال بسيط.", LONG2)
    assert r[3] == "body" and r[5] == "body"
    # short sentences side by side are a list
    r = roles("أسباب الشلل الدماغي", LONG, "العوامل الوراثية للمرض.", "مضاعفات الحمل المبكر.", "أورام المخ عند الأطفال.", LONG2)
    assert r[2:5] == ["body"] * 3
    # a short sentence with a comma is a clause of prose
    r = roles("حكايتي مع الكتابة", LONG, "ذاك المقال، وذاك الفخر من والدي.", LONG2, "تلك كانت، ببساطة، حكاية البداية.", LONG)
    assert r[2] == "body" and r[4] == "body"
    # the neighbour that stays: a photo series, phrases alone between paragraphs (blocks54: three of them without a
    # photo marker; two were enough before)
    r = roles("افتتاح مؤتمر التنمية", LONG, "الوفود المشاركة في المؤتمر.", LONG2, "نظرة عامة على القاعة.", LONG,
              "جانب من الحضور في الحفل.", LONG2)
    assert r[2] == "caption" and r[4] == "caption" and r[6] == "caption"


# --- 7. lines written alike that are no caption printed twice ------------------------------------------------------------

def test_list_items_and_poem_lines_alike_are_no_doubled_captions():
    r = roles("مؤشرات الأسبوع", LONG, "- يوم الاثنين أعلن مؤشر المشتريات الصيني عند قراءة مرتفعة.",
              "- يوم الاثنين أعلن مؤشر المشتريات الألماني عند قراءة مرتفعة.", LONG2)
    assert r[2:4] == ["body", "body"]
    r = roles("على الطريق", LONG, "فلتمض في طريق النار،", "طريق النار،", "طريق النار...", LONG2)
    assert r[3:5] == ["body", "body"]
    # the neighbour that stays: a caption the site prints twice
    r = roles("افتتاح مؤتمر التنمية", LONG, "الوفود المشاركة في افتتاح المؤتمر", "الوفود المشاركة في افتتاح المؤتمر.", LONG2)
    assert r[2:4] == ["caption", "caption"]
