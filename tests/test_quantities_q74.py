"""Issue 13 (q74): which riyal a bare ريال names when the paragraph names only a country's people."""
from arnews.quantities import extract_quantities


def _money(text):
    return [(r["surface"], r["currency"]) for r in extract_quantities(text) if r["kind"] == "money"]


def test_yemeni_families_helped_in_the_kingdom_get_saudi_riyals():
    text = ("وزعت الجمعية الخيرية بمحافظة شرورة قسائم شرائية بقيمة (500) ريال على الأسر من الأخوة "
            "اليمنيين، كما وفرت الكسوة للأشقاء اليمنيين المقيمين في المحافظة.")
    assert _money(text) == [("(500) ريال", "SAR")]


def test_yemeni_riyals_in_sanaa_stay_yemeni():
    text = ("ارتفع سعر كيس القمح في صنعاء إلى 9000 ريال، وقال تجار في اليمن إن الأسعار تضاعفت "
            "خلال شهرين.")
    assert _money(text) == [("9000 ريال", "YER")]


def test_qatari_and_omani_riyals():
    assert _money("بلغت أرباح البنك في قطر 120 مليون ريال، وقالت إدارة البنك في الدوحة إنها ستوزعها.")[0][1] == "QAR"
    assert _money("سجلت بورصة مسقط تداولات بقيمة 5 ملايين ريال، وارتفع المؤشر العماني قليلا.")[0][1] == "OMR"


def test_saudi_riyal_plain():
    assert _money("خصصت الوزارة مبلغ 4 ملايين ريال لدعم الجمعيات الخيرية في المنطقة.")[0][1] == "SAR"
