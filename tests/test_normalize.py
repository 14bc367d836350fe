"""Normalisation: each step, the offset map, and properties (hypothesis)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews.normalize import ALL_STEPS, DEFAULT_STEPS, KEY_STEPS, key, normalize, normalize_text, step_changes


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("عضوًا", "عضوا"),  # tanwin before alef
        ("عضواً", "عضوا"),  # tanwin after alef
        ("حالياً 381 شخصاً", "حاليا 381 شخصا"),
        ("٢٠٢٤", "2024"),
        ("۱۲۳", "123"),  # extended (Persian) digits
        ("89.1٪", "89.1%"),
        ("٨٩٫١٪", "89.1%"),  # Arabic decimal separator is a decimal point, not a comma
        ("٣٬٤١١", "3,411"),
        ("الأمـــن", "الأمن"),  # tatweel
        ("\u200fالأمن\u200e \u202bالنظام\u202c", "الأمن النظام"),  # bidi controls
        ("ز\u200cي", "زي"),  # zero-width non-joiner
        ("\ufefbمن", "لامن"),  # presentation-form lam-alef ligature (ﻻ)
        ("\ufe8d\ufedf\ufe84", "الأ"),  # isolated/final presentation forms
        ("قيّمًا", "قيما"),  # shadda + tanwin
        ("a\u00a0b", "a b"),  # no-break space
    ],
)
def test_default_steps(raw, expected):
    assert normalize(raw).text == expected


def test_letters_kept_in_default_and_folded_in_keys():
    assert normalize("الإقليمية القرى مكافأة").text == "الإقليمية القرى مكافأة"
    assert key("الإقليمية القرى مكافأة") == "الاقليميه القري مكافاه"
    assert key("آمن ٱلأمن") == "امن الامن"


def test_steps_can_be_switched_off():
    assert normalize("٢٠٢٤ عضوًا", steps=DEFAULT_STEPS - {"digits"}).text == "٢٠٢٤ عضوا"
    assert normalize("٢٠٢٤ عضوًا", steps=DEFAULT_STEPS - {"diacritics"}).text == "2024 عضوًا"
    with pytest.raises(ValueError, match="unknown normalisation step"):
        normalize("x", steps={"nonsense"})


def test_offset_map_points_back_to_original():
    raw = "تم قبول ٣٦٨ عضوًا للحزب و١٠٠٪ من القرى"
    nt = normalize(raw)
    i = nt.text.index("368")
    assert nt.original_span(i, i + 3) == "٣٦٨"
    j = nt.text.index("عضوا")
    assert nt.original_span(j, j + 4) == "عضوًا"  # trailing harakat belong to the word
    k = nt.text.index("100%")
    assert nt.original_span(k, k + 4) == "١٠٠٪"
    lig = normalize("\ufefbمن")  # one original char became two
    assert lig.to_original(0, 1) == (0, 1) and lig.to_original(0, 2) == (0, 1) and lig.to_original(2, 4) == (1, 3)


def test_step_changes_counts():
    c = step_changes("عضوًا ٢٠٢٤٪\u200f")
    assert c["diacritics"] == 1 and c["digits"] == 4 and c["punct"] == 1 and c["controls"] == 1
    assert c["tatweel"] == 0


def test_seed_texts_have_no_leftover_marks(seeds):
    import re

    for art in seeds.values():
        for b in art.blocks:
            t = normalize(b["text"]).text
            assert not re.search("[\u064b-\u0652\u0640\u0660-\u0669\u066a-\u066c\u200e\u200f]", t)


# --- properties ------------------------------------------------------------------

ARABICISH = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويةىءأإآؤئ ٠١٢٣٤٥٦٧٨٩0123456789٪%٫٬.,")
        + ["\u064b", "\u064c", "\u064d", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640"]
        + ["\u200e", "\u200f", "\u200c", "\u202b", "\u202c", "\ufefb", "\ufef7", "\ufe8d", "\u00a0", "\u06f5", "\ufeff"]
        + list("abc-/")
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(ARABICISH, st.sampled_from([DEFAULT_STEPS, KEY_STEPS, frozenset(), frozenset({"controls", "tatweel"})]))
def test_idempotent(s, steps):
    once = normalize_text(s, steps)
    assert normalize_text(once, steps) == once


@settings(max_examples=300, deadline=None)
@given(ARABICISH, st.data())
def test_mapped_spans_land_inside_original(s, data):
    nt = normalize(s, KEY_STEPS)
    n = len(nt.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    os_, oe = nt.to_original(a, b)
    assert 0 <= os_ <= oe <= len(s)
    if a < b:
        # the original span, normalised, contains the normalised span
        assert nt.text[a:b] in normalize(s[os_:oe], KEY_STEPS).text


@settings(max_examples=200, deadline=None)
@given(ARABICISH)
def test_index_is_monotone_and_complete(s):
    nt = normalize(s)
    idx = list(nt.index)
    assert len(idx) == len(nt.text) + 1 and idx[-1] == len(s)
    assert idx == sorted(idx)


def test_all_steps_documented():
    import sys

    m = sys.modules["arnews.normalize"]  # the attribute arnews.normalize is the function

    for step in ALL_STEPS:
        assert f"``{step}``" in m.__doc__


def test_pinned_diacritics_are_camels_set():
    """DIACRITICS is pinned to spare every kernel camel's slow charsets import; it must
    stay camel-tools' AR_DIAC_CHARSET, and dediac must agree with camel's dediac_ar."""
    from camel_tools.utils.charsets import AR_DIAC_CHARSET
    from camel_tools.utils.dediac import dediac_ar

    from arnews.normalize import DIACRITICS

    assert set(DIACRITICS) == set(AR_DIAC_CHARSET)
    text = "قَيِّمًا عُضْوٌ عَلَىٰ كِتَابٍ"
    assert normalize_text(text, {"diacritics"}) == dediac_ar(text)


def test_importing_arnews_does_not_import_camel_charsets():
    import subprocess
    import sys

    code = "import sys, arnews, arnews.normalize; print('camel_tools.utils.charsets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_a_tatweel_standing_alone_is_a_dash():
    """Round 26 (snn2000: 101 in 37 of 2,000 articles): Saudi papers write the dash with a tatweel
    (``جدة ـ نجيب``, ``من 2 ـ 4``, ``ـ حفظه الله ـ``).  Dropped, it glued a writer to his place and the
    ends of a range into one number; it is ``-`` now, one character for one, so offsets still map back.
    A tatweel inside a word (``الســـلام``, ``1436هـ``, after a harakah ``عَـ``) is still dropped."""
    from arnews.normalize import key, normalize

    cases = {
        "جدة ـ نجيب الحربي": "جدة - نجيب الحربي",
        "من 2 ـ 4 / 6 / 1436هـ": "من 2 - 4 / 6 / 1436ه",
        "الملك ـ حفظه الله ـ، في": "الملك - حفظه الله -، في",
        "ــ بداية": "-  بداية",
        "الســـلام عليكم": "السلام عليكم",
        "عَـلى": "على",
    }
    for raw, want in cases.items():
        nt = normalize(raw)
        assert nt.text == want, raw
        for i, c in enumerate(nt.text):  # every character maps back to itself or its tatweel
            assert raw[nt.index[i]] == c or (c in "- " and raw[nt.index[i]] == "\u0640") or raw[nt.index[i]] in "أإآهة"
        assert nt.original_span(0, len(nt.text)) == raw.rstrip("\u0640") or nt.original_span(0, len(nt.text)) == raw
    assert key("جدة ـ نجيب") == "جده - نجيب"


def test_a_tatweel_dash_separates_a_range_and_a_dispatch_writer():
    import pandas as pd

    from arnews.entities import entities_table
    from arnews.quantities import extract_quantities
    from arnews.text import make_paragraph

    q = extract_quantities("وتستهدف الحملة الفئة العمرية 18 ـ 25 عاما في المدارس.")
    assert [(r["surface"], r["value"], r["value_end"]) for r in q] == [("18 ـ 25 عاما", 18, 25)]
    assert make_paragraph("فهد الشمري ـ عين اليوم").toks == ["فهد", "الشمري", "-", "عين", "اليوم"]
    e = entities_table(pd.DataFrame([dict(article_id="a", paragraph=0, role="title", text="افتتاح المعرض"),
                                     dict(article_id="a", paragraph=1, role="body", text="فهد الشمري ـ عين اليوم")]))
    assert {("فهد الشمري", "person"), ("عين اليوم", "organisation")} <= set(zip(e.surface, e.type))
