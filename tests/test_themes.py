"""Themes: words inside names are not theme evidence; the dominant theme reflects distinctive use."""
from __future__ import annotations

import pandas as pd

from arnews import themes as TH
from arnews.corpus import read_corpus
from conftest import MANIFEST, RAW, SEEDS


def seeds():
    arts, _ = read_corpus(RAW, MANIFEST)
    rows = [{**b, "lang": a.meta["language"]} for a in arts for b in a.blocks]
    meta = [{"article_id": a.article_id, "language": a.meta["language"]} for a in arts]
    return pd.DataFrame(rows), pd.DataFrame(meta)


def test_004_is_dominated_by_mass_mobilisation():
    P, A = seeds()
    ta = TH.theme_articles(TH.themes_table(P, A))
    dom = ta[ta.dominant].set_index("article_id").theme
    assert dom[SEEDS["004"]] == "mass_mobilisation"


def test_words_of_an_institution_name_are_not_theme_evidence():
    text = "عقدت لجنة التعبئة الجماهيرية التابعة للجنة الحزب الإقليمية اجتماعا حول الأمن"
    P = pd.DataFrame([{"article_id": "x", "paragraph": 0, "role": "body", "lang": "ar", "text": text}])
    th = TH.themes_table(P).set_index("theme")
    assert th.loc["party_political_system", "hits"] == 0 and th.loc["mass_mobilisation", "hits"] == 0
    assert th.loc["security_order", "hits"] == 1 and th.loc["security_order", "dominant"]
    # the string-level lookup still sees every pattern
    assert "party_political_system" in set(TH.dictionary_lookup(text).theme)


def test_distinctive_words_weigh_more_than_common_ones():
    assert TH.match_weight(["التعبئة"], "ar") > 2 * TH.match_weight(["الدولة"], "ar")
    text = "التعبئة الجماهيرية في الدولة والحكومة"
    P = pd.DataFrame([{"article_id": "x", "paragraph": 0, "role": "body", "lang": "ar", "text": text}])
    th = TH.themes_table(P).set_index("theme")
    assert th.loc["party_political_system", "hits"] == 2 and th.loc["mass_mobilisation", "hits"] == 1
    assert th.loc["mass_mobilisation", "dominant"]


def _strips_by_loop(word):
    """The prefix readings as first written (every prefix tried in list order, then sorted)."""
    out, seen = [], set()
    for p in TH._ARTICLE_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= TH._MIN_REST and word[len(p):] not in seen:
            seen.add(word[len(p):])
            out.append((word[len(p):], not p.endswith("لل")))
    for p in TH._CLITIC_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= TH._MIN_REST + 1 and word[len(p):] not in seen:
            seen.add(word[len(p):])
            out.append((word[len(p):], False))
    out.sort(key=lambda x: len(x[0]))
    if word not in seen:
        out.append((word, True))
    return tuple(out)


def test_prefix_readings_by_length_lookup_equal_the_prefix_loop():
    P, _ = seeds()
    words = {w for t in P.text for w in t.split()}
    # every prefix shape at its length limits, and words of one to four letters
    words |= {"والأمن", "وبالأمن", "فللجنة", "للجنة", "لل", "للا", "وال", "والا", "وزارة", "بلدية", "ولاية", "فكالشعب",
              "كالبرق", "وبه", "وبها", "ب", "بل", "بلد", "الل", "الله", "اللجنة", "ا", "و", ""}
    arabic = [w for w in words if not w or TH._AR_RE.match(w)]
    assert len(arabic) > 500
    for w in arabic:
        assert TH._strips(w) == _strips_by_loop(w), w
    assert TH._strips("وبالأمن") == (("أمن", True), ("الأمن", False), ("بالأمن", False), ("وبالأمن", True))
    assert TH._strips("للجنة") == (("جنة", False), ("لجنة", False), ("للجنة", True))


def test_codebook_matches_on_token_columns_equal_those_on_tok_objects():
    from arnews.text import paragraphs_of

    P, A = seeds()
    cb = TH.load_codebook()
    written = "حماية الأمن والنظام وحرس الحدود؛ الضمان الاجتماعي - للأمن الوطني والتعبئة الجماهيرية socio-economic security"
    pars = list(paragraphs_of(P, A)) + list(paragraphs_of(pd.DataFrame(
        [{"article_id": "x", "paragraph": 0, "role": "body", "lang": "ar", "text": written}])))
    n = 0
    for p in pars:
        kinds, starts, ends, texts, analyses = TH._paragraph_columns(p)
        toks = TH.paragraph_toks(p)
        assert [(t.kind, t.start, t.end, t.text, (t.stems, t.keys, t.stop)) for t in toks] == list(
            zip(kinds, starts, ends, texts, analyses))
        got = TH._lookup_columns(kinds, analyses, cb, p.rules)
        assert got == TH._lookup_tokens(toks, cb, p.rules)
        n += len(got)
    assert n > 100


def test_a_first_letter_of_the_word_is_not_taken_for_a_clitic():
    # Snowball drops a first و/ف/ب/ل of any long word: فريق -> ريق (saliva), وزارة -> زار, برنامج -> رنامج
    from arnews.themes import _ar_stem
    assert _ar_stem("فريق") == "فريق" and _ar_stem("وزارة").startswith("وزار")
    assert _ar_stem("برنامج").startswith("برنامج") and _ar_stem("بلاد").startswith("بلاد")
    assert _ar_stem("فلسطين").startswith("فلسط")
    # ... while a real clitic still goes: the word without it is the commoner one in Arabic
    assert _ar_stem("وتعمقت") == _ar_stem("تعمقت") and _ar_stem("فقال") == _ar_stem("قال")
    assert _ar_stem("بمدينة") == _ar_stem("مدينة")
    # and the theme matcher still sees every reading of a word with a clitic
    stems, _ = TH.word_analyses("وبرنامج")
    assert _ar_stem("برنامج") in stems
