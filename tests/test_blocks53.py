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
    assert roles("رحيل سفير العواصم", LONG, LONG2, "{")[-1] == "body"
    assert roles("رحيل سفير العواصم", LONG, LONG2, "------------------------")[-1] == "body"
    assert roles("رحيل سفير العواصم", LONG, LONG2, "- سالم الشهري")[-1] == "byline"


# --- 3. مصورة: (a photo story) is no photo credit ------------------------------------------------------------------

def test_photo_story_title_is_a_title():
    r = roles("قصة مصورة: أمطار غزيرة على مرتفعات عسير", LONG, LONG2)
    assert r[0] == "title"
    # a real credit stays a caption
    r = roles("أمطار غزيرة على مرتفعات عسير", LONG, "صورة: أمطار على السودة", LONG2)
    assert r[2] == "caption"
