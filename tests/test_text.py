"""The shared paragraph model: one tokeniser, one language rule, read by every analysis."""
import pandas as pd

from arnews.text import TEXT_ROLES, make_paragraph, paragraph_lang, paragraphs_of, scan


def test_one_tokeniser_kinds_and_offsets():
    p = make_paragraph("تم قبول ٣٦٨ عضوًا و١٠٠٪ في 28/6/2024 الساعة 8:15 عبر www.baomoi.vn. وفق 03-NQ/TU", "ar")
    pairs = list(zip(p.kinds, p.toks))
    assert ("number", "368") in pairs and ("clitic", "و") in pairs and ("number", "100%") in pairs
    assert ("date", "28/6/2024") in pairs and ("time", "8:15") in pairs
    assert ("url", "www.baomoi.vn") in pairs and ("code", "03-NQ/TU") in pairs
    # every token's span maps back to the original characters it came from
    for a, b, t in zip(p.starts, p.ends, p.toks):
        s, e = p.original(a, b)
        assert make_paragraph(p.text[s:e]).toks == [t]
    # the key text folds alef / teh marbuta but keeps the offsets of the normalised text
    assert len(p.ktext) == len(p.ntext) and "الساعه" in p.ktext


def test_language_is_the_language_of_most_words():
    assert paragraph_lang(10, 2, "ar") == "ar"
    assert paragraph_lang(2, 10, "ar") == "en"  # an English paragraph inside an Arabic article
    assert paragraph_lang(0, 12, "vi") == "vi"
    assert paragraph_lang(1, 1, "vi") == "vi"  # too short to decide: the article's language
    # a few Latin tokens (crawler code, an acronym) do not make Arabic text English
    p = make_paragraph("أعلنت الوزارة اليوم عن خطة جديدة لدعم الطلاب في SMS Mobily", "ar")
    assert p.lang == "ar"
    p = make_paragraph("The province welcomed 1.2 million visitors in the first half of the year.", "")
    assert p.lang == "en" and p.rules == "en"


def test_english_paragraph_without_declared_language_is_english_to_every_analysis():
    from arnews.quantities import quantities_table
    from arnews.rhetoric import slogans_table

    df = pd.DataFrame({
        "article_id": ["x", "x"], "paragraph": [0, 1], "role": ["body", "body"], "lang": ["", ""],
        "text": ["The province welcomed 1.2 million visitors in the first half of 2024.",
                 "استقبلت المقاطعة 1.2 مليون زائر في النصف الأول من عام 2024."],
    })
    docs = paragraphs_of(df)
    assert [p.lang for p in docs] == ["en", "ar"]
    q = quantities_table(docs)
    assert set(q[q.paragraph == 0].lang) == {"en"} and set(q[q.paragraph == 1].lang) == {"ar"}
    # the same objects serve every analysis: built once
    assert paragraphs_of(docs) is docs
    assert len(slogans_table(docs)) == 0


def test_roles_are_defined_once():
    import arnews.build
    import arnews.quantities
    import arnews.rhetoric
    import arnews.topics

    for mod in (arnews.build, arnews.quantities, arnews.rhetoric, arnews.topics):
        assert getattr(mod, "TEXT_ROLES", TEXT_ROLES) is TEXT_ROLES


def test_scan_of_a_long_line():
    kinds, starts, ends, toks = scan("كلمة " * 20000)
    assert len(toks) == 20000 and kinds[0] == "word"
