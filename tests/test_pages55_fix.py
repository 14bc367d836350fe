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
