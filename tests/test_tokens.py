"""Tokeniser cases named in the issue, stems, stop words."""
from __future__ import annotations

import pytest

from arnews.normalize import normalize
from arnews.tokens import lemma_method, stem, stems, tokenize, tokenize_spans


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("القرار رقم 03-NQ/TU المؤرخ", ["القرار", "رقم", "03-NQ/TU", "المؤرخ"]),
        ("التوجيه رقم 01/CT-TTg", ["التوجيه", "رقم", "01/CT-TTg"]),
        ("اللائحة رقم 144-QD/TW للمكتب", ["اللائحة", "رقم", "144-QD/TW", "للمكتب"]),
        ("90 بلدية (تمثل 89.1%) تلبي", ["90", "بلدية", "تمثل", "89.1%", "تلبي"]),
        ("و100% من الوكالات", ["و", "100%", "من", "الوكالات"]),
        ("ف5 حالات ب20 شخصا ل3 أيام", ["ف", "5", "حالات", "ب", "20", "شخصا", "ل", "3", "أيام"]),
        ("out of a total of 3,411 party members", ["out", "of", "a", "total", "of", "3,411", "party", "members"]),
        (
            "المصدر: https://baoquangtri.vn/dam-bao-an-ninh-193144.htm",
            ["المصدر", "https://baoquangtri.vn/dam-bao-an-ninh-193144.htm"],
        ),
        ("(www.example.vn/a?b=1).", ["www.example.vn/a?b=1"]),
        ("للفترة 2021-2025", ["للفترة", "2021", "2025"]),
        ("واحد وثمانون", ["واحد", "وثمانون"]),
    ],
)
def test_tokenize(text, tokens):
    assert tokenize(normalize(text).text) == tokens


def test_arabic_indic_input_tokenises_after_normalisation():
    nt = normalize("بلغت النسبة ٨٩٫١٪ و١٠٠٪")
    toks = tokenize_spans(nt.text)
    words = [(t.text, t.kind) for t in toks]
    assert ("89.1%", "number") in words and ("و", "clitic") in words and ("100%", "number") in words
    t = next(t for t in toks if t.text == "89.1%")
    assert nt.original_span(t.start, t.end) == "٨٩٫١٪"


def test_spans_and_punctuation():
    toks = tokenize_spans("قال: «نعم»، 5.")
    assert [(t.text, t.kind) for t in toks] == [
        ("قال", "word"), (":", "punct"), ("«", "punct"), ("نعم", "word"), ("»", "punct"), ("،", "punct"),
        ("5", "number"), (".", "punct"),
    ]


def test_stems_conflate_inflections():
    assert stem("الوطني") == stem("الوطنية") == stem("وطني")
    assert stem("المقاطعة") == stem("مقاطعة")
    assert stems(["الأمن", "03-NQ/TU", "100%"]) == [stem("الأمن"), "03-NQ/TU", "100%"]
    assert stem("securities", "en") == stem("security", "en")


def test_lemma_method_is_offline_fallback_without_camel_data(monkeypatch, tmp_path):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))  # empty: no morphology DB
    assert lemma_method() == "snowball-stem"


def test_stopwords_from_lexicon():
    from arnews.tokens import is_stopword

    assert is_stopword("في") and is_stopword("من") and is_stopword("the", "en")
    assert not is_stopword("الأمن")


def test_stem_strips_conjunction_plus_article():
    assert stem("والأمن") == stem("الأمن") == stem("وبالأمن")
    assert stem("بالمقاطعة") == stem("المقاطعة")
    assert stem("والي") != stem("الي")  # too short to be wa + al + word: left alone
