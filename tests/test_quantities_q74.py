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


def _rows(text):
    return [(r["surface"], r["kind"], r["unit"], r["value"], r.get("value_end")) for r in extract_quantities(text)
            if r["kind"] != "date" or True]


def test_milligram_doses_are_measures():
    rows = extract_quantities("ينصح الأطباء بتناول 50 ملغ من المكمل يوميا مع كوب من الماء.")
    assert [(r["surface"], r["kind"], r["unit"], r["value"]) for r in rows] == [("50 ملغ", "measure", "ملغ", 50)]


def test_milligram_range_shares_its_unit():
    rows = extract_quantities("وتتراوح الجرعة المسموح بها بين 400 إلى 800 ملغ للبالغين.")
    m = [(r["kind"], r["unit"], r["value"], r["value_end"]) for r in rows]
    assert ("measure", "ملغ", 400, 800) in m


def test_range_low_end_is_no_year():
    rows = extract_quantities("ولا يجوز أن يتجاوز ما يتناوله المريض من 2000 إلى 4000 ملغ في اليوم.")
    assert not [r for r in rows if r["kind"] == "date"]
    assert [(r["kind"], r["unit"], r["value"], r["value_end"]) for r in rows if r["kind"] == "measure"] == [
        ("measure", "ملغ", 2000, 4000)]


def test_microgram_and_millilitre():
    kinds = {r["unit"]: r["kind"] for r in extract_quantities(
        "يحتاج الجسم إلى 600 ميكروغرام من حمض الفوليك، ويكفي 200 مل من الحليب لذلك.")}
    assert kinds.get("ميكروغرام") == "measure" and kinds.get("ملليلتر") == "measure"


def test_cups_counted_with_one_and_dual():
    rows = lambda t: [(r["surface"], r["kind"], r["unit"], r["value"]) for r in extract_quantities(t)]
    assert rows("يكفي شرب فنجان واحد من القهوة يوميا.") == [("فنجان واحد", "count", "فنجان", 1)]
    assert rows("ويشرب فنجانين من القهوة صباحا.") == [("فنجانين", "count", "فنجان", 2)]
    assert rows("قدم له القهوة في فنجان مذهب.") == []
