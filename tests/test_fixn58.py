"""fixn58 (fixes from the review of names61a and refac58).

1. quoted_nationals: the paper/company head that lets a quoted Arabic run before a country's feminine adjective be an
   organisation must be in the same sentence, before the quote; common nouns among the heads (مجموعة *a group of*,
   قناة السويس *the canal*, مدير البنك) open nothing.
2. quoted_nationals: a head of another kind right before the opening quote (برنامج، السفينة، شعار، حملة، صواريخ،
   المنتخب، الفتاة، طراز) blocks; a one-word common abstract noun in quotes ("المرأة" السعودية) is no name.
3. quoted_nationals: a bracketed Latin run after an Arabic phrase ((APT) الروسية) needs the gate too.
4. The proclitic sets live in the neutral :mod:`arnews.proclitics`: outlets and the dual rules of quantities/ read them
   without loading the name finders.

Sentences are written for this test in the style of Saudi news (no corpus text)."""
from __future__ import annotations

import subprocess
import sys


def test_outlets_and_the_dual_rules_read_the_proclitics_without_the_name_finders():
    code = (
        "import sys, arnews.quantities, arnews.outlets, arnews.proclitics\n"
        "from arnews.quantities import pronoun_duals, role_duals, relative_duals, between_duals, dual_rules\n"
        "assert all(m.proclitics is arnews.proclitics.proclitics for m in "
        "(pronoun_duals, role_duals, relative_duals, between_duals, dual_rules, arnews.outlets))\n"
        "got = arnews.outlets.outlet_of('لعكاظ', {'عكاظ': ('okaz', 'Okaz', 'name')})\n"
        "print(got is not None, 'arnews.entities.names' in sys.modules, 'arnews.entities' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False", "False"]


def test_the_old_import_still_gives_the_same_sets():
    import arnews.entities.proclitics as old
    import arnews.proclitics as new
    assert old.proclitics is new.proclitics and old.proclitic_set is new.proclitic_set
    assert old.proclitics("dual_noun") == ("", "و", "ف", "ب", "ل")


# --- quoted_nationals ------------------------------------------------------------------------------------------------


def _quoted(text):
    from arnews.entities.quoted_nationals import quoted_nationals
    from arnews.text.paragraph import make_paragraph
    return [text[n.start:n.end] for n in quoted_nationals(make_paragraph(text, "ar"), [])]


def test_the_head_must_be_in_the_quotes_sentence_before_the_quote():
    assert _quoted("وحلقت مقاتلات «الرافال» الفرنسية فوق سماء قناة السويس.") == []
    assert _quoted("وأشاد الوزير بـ\"الخطوط\" السعودية. وقالت صحيفة عكاظ إن الرحلات زادت.") == []
    assert _quoted("وقالت صحيفة عكاظ إن الرحلات زادت. وأشاد الوزير بـ\"الخطوط\" السعودية.") == []
    # the head before the quote in the same sentence still opens it
    assert _quoted("ونقلت وكالة أنباء «الأناضول» التركية عن مصادر أمنية أن الهجوم وقع فجرا.") == ["الأناضول"]
    assert _quoted("والصحف الثلاث هي: الحياة” اللبنانية، و”الشروق” المصرية و”الرأي” الكويتية.") == \
        ["الحياة", "الشروق", "الرأي"]


def test_a_head_used_as_an_ordinary_noun_opens_nothing():
    assert _quoted("وشارك مجموعة من الطلاب في فعاليات «اليوم الوطني» السعودية.") == []
    assert _quoted("وعبرت السفينة القناة قبل أن تحلق مقاتلات «الرافال» الفرنسية فوقها.") == []
    assert _quoted("وحضر الحفل مدير البنك وأشاد بـ\"الخطوط\" السعودية.") == []
    assert _quoted("وطالب الأهالي بتغطية المصرف المجاور لمدرسة «النور» الأهلية المصرية.") == []
    # a company group is still a head: بمجموعة «ستاتويل» ... و«توتال» الفرنسية
    assert _quoted("وحقق الادعاء مع مسؤولين في مجموعة «ستاتويل» النرويجية و«توتال» الفرنسية.") == ["ستاتويل", "توتال"]


def test_a_head_of_another_kind_before_the_quote_blocks():
    for s in ("ونقلت صحيفة الرياض عن الوزير أن برنامج \"حافز\" السعودية يدعم الباحثين عن عمل.",
              "وأفادت وكالة الأنباء أن السفينة \"ميسترال\" الفرنسية وصلت إلى الميناء.",
              "وذكرت صحيفة الوطن أن شعار «معاً ضد الإرهاب» السعودية لقي صدى واسعاً.",
              "ونشرت صحيفة الوطن تقريرا عن حملة \"لا للعنف\" السعودية.",
              "ونقلت قناة العربية أن صواريخ \"باتريوت\" الأمريكية اعترضت الصاروخ.",
              "وقالت صحيفة سبق إن المنتخب \"الأخضر\" السعودية فاز على ضيفه.",
              "وقالت صحيفة سبق إن الفتاة \"نورة\" السعودية فازت بالجائزة.",
              "وذكرت الصحيفة أن السفينة مسلحة بمدافع من طراز «آرمسترونغ» الإنجليزية.",
              "وذكرت صحيفة الحياة أن مقاتلات «الرافال» الفرنسية شاركت في الغارات."):
        assert _quoted(s) == [], s


def test_a_common_definite_word_in_quotes_is_no_name_without_a_head_right_before():
    assert _quoted("وقالت صحيفة سبق إن \"المرأة\" السعودية حققت إنجازات كبيرة.") == []
    assert _quoted("وقالت صحيفة المدينة إن \"الدبلوماسية\" السعودية نجحت في الملف اليمني.") == []
    # right after the head, the same word is the paper: لصحيفة "الحياة" اللبنانية
    assert _quoted("وقال الوزير في حديث لصحيفة \"الحياة\" اللبنانية إن المفاوضات مستمرة.") == ["الحياة"]


def test_a_bracketed_latin_run_needs_the_gate():
    assert _quoted("وتتميز عن غيرها من مجموعات التهديد المتقدم المستمر (APT) الروسية الأخرى.") == []
    assert _quoted("ولدى المجموعة، بحسب خبراء، أساليب تميزها عن مجموعات التجسس (APT) الروسية الأخرى.") == []
    assert _quoted("وأوضحت شركة الاتصالات أن شركة (STC) السعودية وقعت العقد.") == ["STC"]
    # a Latin run in quotes is a name by itself
    assert _quoted("ونقلت قناة \"iDNES.cz\" التشيكية مظاهر التذمر.") == ["iDNES.cz"]
    assert _quoted("وفي مقابلة مع \"CNN\" الأمريكية قال المسؤول إن التحقيق مستمر.") == ["CNN"]
