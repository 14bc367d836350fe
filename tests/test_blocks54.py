"""blocks54: captions and bylines read on snnall (texts written for the test, in the style of the Saudi dailies)."""
from arnews.blocks import assign_roles

LONG = ("وأوضح المتحدث الرسمي باسم الوزارة أن المشروع الجديد يشمل إنشاء عدد من المدارس والمراكز الصحية في "
        "المحافظات الشمالية خلال العام المقبل بتكلفة إجمالية كبيرة.")
LONG2 = ("وأشار إلى أن الأعمال تسير وفق الجدول الزمني المحدد لها، وأن فرق العمل الميدانية تتابع تنفيذ المراحل "
         "المختلفة من المشروع بشكل يومي.")
#: a paragraph the site broke before its last words (no end mark)
BROKEN = ("وكانت النيابة العامة قد وجهت الشهر الماضي الاتهام إلى عدد من الأشخاص في قضية التفجير الذي استهدف "
          "أحد المساجد في العاصمة")


def roles(*lines):
    return assign_roles(list(lines))


# --- 1. the shape alone finds a series of three captions, not a pair --------------------------------------------

def test_two_short_sentences_of_prose_are_no_photo_series():
    # a column's short sentences between paragraphs (snnall: 13 such pairs, none under a photo)
    r = roles("المواطن رجل الأمن الأول", LONG, "لقد كانت رسالة هذا الوطن واضحة منذ البداية.", LONG2,
              "علينا أن ندرك جميعاً أن الوطن باق.", LONG)
    assert r[2] == "body" and r[4] == "body"


def test_a_series_of_three_stays_captions():
    r = roles("افتتاح ملتقى الشباب", LONG, "المشاركون في الملتقى.", LONG2, "نظرة عامة على القاعة.", LONG,
              "جانب من الحضور في الحفل.", LONG2)
    assert [r[i] for i in (2, 4, 6)] == ["caption"] * 3


def test_a_pair_beside_a_marked_caption_stays_captions():
    r = roles("افتتاح ملتقى الشباب", LONG, "المشاركون في الملتقى. تصوير: خالد العمري", LONG2,
              "نظرة عامة على القاعة.", LONG, "جانب من الحضور في الحفل.", LONG2)
    assert [r[i] for i in (2, 4, 6)] == ["caption"] * 3


# --- 2. a short line that ends the sentence of a broken paragraph -------------------------------------------------

def test_the_end_of_a_broken_sentence_is_no_caption():
    r = roles("إحالة المتهمين إلى المحاكمة", LONG, BROKEN, "وأحالتهم إلى محكمة الجنايات.", LONG2,
              "المشاركون في الملتقى.", LONG, "نظرة عامة على القاعة.", LONG2, "جانب من الحضور في الحفل.", LONG)
    assert r[3] == "body"
    assert [r[i] for i in (5, 7, 9)] == ["caption"] * 3
    # a paragraph broken after a comma
    r = roles("مغادرة الضيف", LONG, "وكان في وداعه لدى مغادرته مطار أبها الإقليمي أمس عدد كبير من المسؤولين،",
              "أمير المنطقة ومحافظ المحافظة.", LONG2, "المشاركون في الملتقى.", LONG, "نظرة عامة على القاعة.", LONG2,
              "جانب من الحضور في الحفل.", LONG)
    assert r[3] == "body" and [r[i] for i in (5, 7, 9)] == ["caption"] * 3


def test_a_caption_after_a_short_heading_without_a_stop_stays():
    # the line before is a sub-heading of a few words, not a broken paragraph
    r = roles("افتتاح ملتقى الشباب", LONG, "في الافتتاح", "المشاركون في الملتقى.", LONG2, "نظرة عامة على القاعة.",
              LONG, "جانب من الحضور في الحفل.", LONG2)
    assert [r[i] for i in (3, 5, 7)] == ["caption"] * 3


# --- 3. a paragraph printed twice is no doubled caption ------------------------------------------------------------

def test_a_paragraph_printed_twice_opening_with_min_jihatihi_is_body():
    para = "من جهته، اعتبر الوزير أن الاتفاق كان أفضل الخيارات المتاحة لحل الأزمة عبر الحوار."
    r = roles("وزير الخارجية يلتقي نظراءه الخليجيين", LONG, LONG2, para, para.replace("أن", "ان"), LONG)
    assert r[3:5] == ["body", "body"]
    para = "بدورها، أكدت الوزارة أن العمل في المشروع يسير وفق الخطة."
    r = roles("الوزارة تتابع المشروع", LONG, LONG2, para, para, LONG)
    assert r[3:5] == ["body", "body"]
    # the neighbour that stays: a caption the site prints twice
    r = roles("افتتاح ملتقى الشباب", LONG, LONG2, "المشاركون في افتتاح الملتقى", "المشاركون في افتتاح الملتقى.", LONG)
    assert r[3:5] == ["caption", "caption"]


# --- 4. a poem's last line is no byline ----------------------------------------------------------------------------

SOURCE = "المصدر: http://www.example.com/news/1"


def test_the_last_line_of_a_rhymed_poem_is_body():
    r = roles("قصيدة في حب الوطن", LONG, "سلامٌ على أرضٍ سقتنا غمامها", "وفاضت علينا بالعطاء الجزيل يداها",
              "بلادي وإن طال المسير بنا", "فلن نرضى بغير هواها", SOURCE)
    assert r[5] == "body"
    # a two-line ending: both lines rhyme with the poem above
    r = roles("قصيدة في حب الوطن", LONG, "سلامٌ على أرضٍ سقتنا غمامها", "وفاضت علينا بالعطاء الجزيل يداها",
              "ونحن على عهدها", "نصون حماها", SOURCE)
    assert r[4:6] == ["body", "body"]


def test_the_poets_name_after_a_poem_stays_a_byline():
    # a name opening with a listed given name, even when it rhymes by chance with the line above it
    r = roles("من ديوان الشعر", LONG, "وكل دقيقة تمضي بعيدا عنها", "تحطمني وتبكيني وتنسيني", "نزار قباني", SOURCE)
    assert r[4] == "byline"
    # a signature's mark (شعر -) before the name
    r = roles("من ديوان الشعر", LONG, "سلامٌ على أرضٍ سقتنا غمامها", "وفاضت علينا بالعطاء الجزيل يداها",
              "شعر - سعد الحربي", SOURCE)
    assert r[4] == "byline"
    # a signature under prose, not under verse
    r = roles("مقال الأسبوع", LONG, LONG2, "خالد الدوسري", SOURCE)
    assert r[3] == "byline"


# --- 5. photo captions printed after the last paragraph ------------------------------------------------------------

def test_captions_printed_at_the_end_are_no_bylines():
    r = roles("افتتاح مهرجان الصيف", LONG, LONG2, "جانب من الحضور", SOURCE)
    assert r[3] == "caption"
    r = roles("افتتاح مهرجان الصيف", LONG, LONG2, "عامل يتولى تنظيف الموقع", SOURCE)
    assert r[3] == "caption"
    r = roles("الأمير يزور المصابين", LONG, LONG2, "سموه لحظة وصوله المستشفى", ".. ويصافح مستقبليه", SOURCE)
    assert r[3:5] == ["caption", "caption"]
    r = roles("الأمير يزور المصابين", LONG, LONG2, "ويواسي مصاباً آخر", SOURCE)
    assert r[3] == "caption"


def test_the_series_above_an_end_caption_is_captions():
    r = roles("افتتاح مهرجان الصيف", LONG, LONG2, "زائرات يشاركن في رسم اللوحة الكبيرة", "طفل مشارك",
              "المتنزه تحول إلى خلية نحل", "زائر وابنته في المرسم", SOURCE)
    assert r[3:7] == ["caption"] * 4
    assert r[2] == "body"


def test_signatures_at_the_end_stay_bylines():
    r = roles("مقال الأسبوع", LONG, LONG2, "خالد الدوسري", SOURCE)
    assert r[3] == "byline"
    # a letter signed by a group, with a dash: a signature, though مجموعة opens captions
    r = roles("رسالة إلى المحرر", LONG, LONG2, "- مجموعة من المتقاعدين", SOURCE)
    assert r[3] == "byline"
    r = roles("مقال الأسبوع", LONG, LONG2, "* كاتب ومحلل سياسي", SOURCE)
    assert r[3] == "byline"
    # a verse above a poet's name is no caption series
    r = roles("من ديوان الشعر", LONG, "وكل دقيقة تمضي بعيدا عنها", "تحطمني وتبكيني وتنسيني ما مضى", "نزار قباني", SOURCE)
    assert r[2:5] == ["body", "body", "byline"]


# --- 6. the wire's end mark written with a hamza ----------------------------------------------------------------------

def test_the_end_mark_with_a_hamza_is_boilerplate():
    r = roles("مجلس الوزراء يقر نظام السياحة الجديد", LONG, LONG2, "// إنتهى //")
    assert r[-1] == "boilerplate"
    # the neighbour that stays: the word in a sentence is no mark
    r = roles("مجلس الوزراء يقر نظام السياحة الجديد", LONG, LONG2, "إنتهى الاجتماع بعد ساعتين من النقاش.")
    assert r[-1] == "body"


# --- 7. an office alone under the headline names the official in the photo ------------------------------------------

def test_an_office_under_the_headline_is_a_caption():
    assert roles("إغلاق عشرة محلات مخالفة في المحافظة", "رئيس بلدية المحافظة", SOURCE)[1] == "caption"
    assert roles("الجوازات تصحح أوضاع ألف مقيم", "العميد سعد الغامدي", SOURCE)[1] == "caption"
    assert roles("تطوير المستشفيات في المنطقة", "وزير الصحة", SOURCE)[1] == "caption"
    # the neighbours that stay: a writer's name, a doctor's title, a signature's dash
    assert roles("خواطر العيد", "سعد الغامدي", SOURCE)[1] == "byline"
    assert roles("خواطر العيد", "د. سعد الغامدي", SOURCE)[1] == "byline"
    assert roles("رسالة إلى المحرر", "- رئيس جمعية المتقاعدين", SOURCE)[1] == "byline"
