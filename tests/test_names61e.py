"""names61e (issue 14): a transliterated run typed a place whose last word the corpus shows to be a family name
(it follows three distinct given names in two articles: خان) is a person (family_runs)."""
from __future__ import annotations

import pandas as pd

from arnews.entities import entities_table, learned_name_tables, with_learned
from arnews.entities.family_runs import family_runs

#: خان after three given names in two articles; then a history page writes جنكيز خان and دلاور خان bare
TEXTS = {
    "a1": ["باكستان تستعد للانتخابات",
           "وقال رئيس الوزراء الباكستاني عمران خان إن بلاده تدعم الحوار، فيما أكد الوزير شهباز أحمد أن سلمان خان سيحضر."],
    "a2": ["نجوم بوليوود في الرياض",
           "وصل الممثل سلمان خان إلى جدة أمس، ورافقه عامر خان ومحمد خان في جولة على المعالم التاريخية."],
    "a3": ["صفحات من التاريخ",
           "ووضع السفير بين يديه العديد من الهدايا أرسلها جنكيز خان، ليضمن سلامة طريق القوافل.",
           "ومات الشاه بعد سنتين، وتقطعت مملكته، وأصبح جنكيز خان سيد المشرق.",
           "وأوضحت مصادر أمنية أن دلاور خان وهو مسؤول قبلي قتل في الهجوم."],
}


def _tables(texts):
    rows = [{"article_id": a, "paragraph": i, "role": "title" if i == 0 else "body", "lang": "ar", "text": t}
            for a, pars in texts.items() for i, t in enumerate(pars)]
    P = pd.DataFrame(rows)
    E = entities_table(P, pd.DataFrame({"article_id": list(texts), "language": "ar"}))
    res = learned_name_tables({"entities": E, "paragraphs": P})
    return E, res["learned_mentions"]


def _typed(df, aid, surface):
    return sorted(df[(df.article_id == aid) & (df.surface == surface)].type.tolist())


def test_translit_place_ending_on_a_corpus_family_name_is_a_person():
    E, M = _tables(TEXTS)
    assert "place" in _typed(E, "a3", "جنكيز خان")  # the per-article reading the rule corrects
    merged = with_learned(E, M)
    assert _typed(merged, "a3", "جنكيز خان") == ["person", "person"]
    assert "place" not in _typed(merged, "a3", "جنكيز خان")
    assert _typed(merged, "a3", "دلاور خان") == ["person"]


def test_without_the_corpus_evidence_the_place_reading_stays():
    texts = {"a3": TEXTS["a3"]}  # خان after no given name anywhere: nothing says it is a family name
    E, M = _tables(texts)
    merged = with_learned(E, M)
    assert "person" not in _typed(merged, "a3", "جنكيز خان")


def test_only_transliterated_places_of_two_or_three_words():
    E = pd.DataFrame([
        ["a", 1, 0, 9, "جنكيز خان", "place", "translit"],
        ["a", 1, 20, 31, "جامع الراجحي", "place", "cue"],  # a cued place keeps its reading
        ["a", 1, 40, 43, "خان", "place", "translit"],  # one word: no run
        ["a", 1, 50, 70, "سوق جنكيز خان", "organisation", "translit"],
    ], columns=["article_id", "paragraph", "start", "end", "surface", "type", "source"])
    out = family_runs(E, {"خان", "الراجحي"})
    assert out[["surface", "type", "source"]].values.tolist() == [["جنكيز خان", "person", "learned"]]
    assert family_runs(E, {"الراجحي"}).empty
