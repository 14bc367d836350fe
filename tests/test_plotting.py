"""Display helpers: numbers never in scientific notation, percentages never rounded up to 100,
KWIC read in the direction of the match, codes kept left-to-right, article labels unique."""
import re

import pandas as pd

from arnews.labels import label
from arnews.plotting import (fmt_int, fmt_num, fmt_pct, fmt_ratio, fmt_share, fmt_year, isolate_ltr, kwic_html,
                             table_html)


def cells(html):
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", html)]


def test_integers_years_and_money_never_scientific():
    df = pd.DataFrame({"count": [3411.0, 12.0], "year": [2024.0, 2023.0], "value": [1.8e12, 0.5]})
    out = cells(table_html(df))
    assert out[:2] == ["3,411", "2024"] and out[2].startswith("1,800,000,000,000")
    assert "2024" in out and "2023" in out
    assert not any(re.search(r"\de[+-]\d", c) for c in out), out
    assert fmt_int(3411.0) == "3,411" and fmt_year(2024.0) == "2024" and fmt_num(1.8e12) == "1,800,000,000,000"
    assert fmt_num(1234.5678) == "1,234.57"


def test_integer_column_gets_separators_and_explicit_g_format_is_not_scientific():
    df = pd.DataFrame({"article": ["a", "b"], "n": [1572, 3], "G2": [3411.25, 2.5]})
    out = cells(table_html(df, floatfmt=".3g"))
    assert out[1] == "1,572" and "e+" not in out[2]


def test_percentages_never_round_up_to_100_nor_down_to_0():
    assert fmt_pct(99.97) == "99.97%"
    assert fmt_pct(99.97, decimals=0) != "100%" and not fmt_pct(99.97, decimals=0).startswith("100")
    assert fmt_pct(100) == "100.0%" and fmt_pct(85.04) == "85.0%"
    assert fmt_share(0.9997) == "99.97%"
    assert fmt_pct(0.02) not in ("0.0%", "0%")
    assert fmt_ratio(0.999) == "0.999" and fmt_ratio(0.5) == "0.50"


def test_kwic_rtl_order_for_arabic_matches():
    df = pd.DataFrame({"article": ["x", "y"], "left": ["قبل الكلمة", "words before"],
                       "match": ["المطابقة", "match"], "right": ["بعد الكلمة", "words after"]})
    html = kwic_html(df, before=["article"])
    rtl, ltr = re.findall(r'<table class="arnews-table arnews-kwic" dir="(rtl|ltr)">(.*?)</table>', html)
    assert rtl[0] == "rtl" and ltr[0] == "ltr"
    # in the right-to-left table the preceding context is the cell laid out to the RIGHT of the match:
    # logical order before | match | after under dir=rtl
    c = cells(rtl[1])
    assert c == ["x", "قبل الكلمة", "المطابقة", "بعد الكلمة"]
    assert '<table class="arnews-table arnews-kwic" dir="rtl">' in html


def test_codes_and_latin_runs_isolated_inside_arabic_cells():
    s = isolate_ltr("وفقًا للقرار 03-NQ/TU المؤرخ")
    assert '<bdi dir="ltr">03-NQ/TU</bdi>' in s
    assert '<bdi dir="ltr">(border)</bdi>' in isolate_ltr("الحدود (border)")
    html = table_html(pd.DataFrame({"url": ["https://baoquangtri.vn/x-1.htm"], "code": ["03-NQ/TU"]}))
    assert html.count('<td dir="ltr"') == 2
    assert "<script>" not in isolate_ltr("نص <script>alert(1)</script>")
    assert "&lt;script&gt;" in isolate_ltr("نص <script>alert(1)</script>")
    assert "<bdi>عنوان &lt;b&gt;x&lt;/b&gt; evil title</bdi>" in table_html(pd.DataFrame({"t": ["عنوان <b>x</b> evil title"]}))


def test_long_table_is_cut_with_the_full_table_named():
    df = pd.DataFrame({"n": range(500)})
    html = table_html(df, max_rows=20, full="keyness")
    assert len(cells(html)) == 20
    assert "Showing 20 of 500 rows" in html and "Source table: <code>keyness</code>" in html


def test_labels_unique_short_and_from_titles():
    arts = pd.DataFrame({
        "article_id": [f"snn_2015-08-01_{i:04d}" for i in range(4)],
        "title": ["وزير الشؤون البلدية يعتمد ترسية 168 مشروعاً بلدياً لـ14 مدينة"] * 2 + ["", "مقتل خمسة مسلحين"],
        "outlet": ["alriyadh"] * 4, "published": ["2015-08-01"] * 4, "language": ["ar"] * 4, "province": [""] * 4,
    })
    lab = label(arts)
    assert lab.is_unique and len(lab) == 4
    assert lab.iloc[0].startswith("وزير الشؤون") and "alriyadh" in lab.iloc[0]
    assert all(len(x) <= 70 for x in lab)
    assert lab.index.tolist() == arts.article_id.tolist()
    # the old aid[:3] labels merged every article of an outlet into one row
    assert len({a[:3] for a in arts.article_id}) == 1


def test_labels_of_untitled_articles_keep_the_short_id():
    arts = pd.DataFrame({"article_id": ["000_42c2", "001_3a6d"], "language": ["ar", "en"], "province": ["Quảng Ninh"] * 2,
                         "title": ["", ""], "outlet": ["", ""], "published": ["", "2025-01-01"]})
    lab = label(arts)
    assert lab.tolist() == ["000 (ar, Quảng Ninh)", "001 (en, Quảng Ninh, 2025-01-01)"]


def test_md_list_values_isolated_item_by_item():
    from arnews.plotting import md_html

    html = md_html("No keyness for {arts}.", arts=["وزير الشؤون البلدية (alriyadh, 2015-08-01)", "مقتل خمسة (okaz, 2015-08-02)"])
    assert html.count('<bdi lang="ar" dir="rtl">') == 2
    assert '<bdi dir="ltr">(alriyadh, 2015-08-01)</bdi>' in html
    # a single value with a number and a year: no scientific notation in the sentence helpers
    assert "3,411" in md_html("{n}", n=f"{3411:,}")


def test_snake_case_headers_may_break_after_underscores():
    html = table_html(pd.DataFrame({"year_range": [3], "count": [5], "المادة": [1]}))
    assert "<th dir=\"auto\">year_<wbr>range</th>" in html
    assert "<th dir=\"auto\">count</th>" in html      # no break where there is no underscore
