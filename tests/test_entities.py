"""Entities: names from the text, grouping of spellings, gazetteer entries in their own context.

Hand-written sentences in the style of the seeds and of Arabic news, and the dev pages
``tests/data/pages`` (p01-p06, our own texts, annotated by hand in ``entities.jsonl``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from arnews.entities import entity_candidates, find_names, name_key

HERE = Path(__file__).parent


def names(text):
    df = find_names(text)
    return [(r.surface, r.type) for r in df.itertuples()], df


def test_person_after_a_title_is_found_and_the_title_left_out():
    got, df = names("زار الرفيق نجوين فان آن مقاطعة كوانغ نينه")
    assert ("نجوين فان آن", "person") in got and ("كوانغ نينه", "place") in got


def test_arabic_person_after_a_title_with_links():
    got, _ = names("التقى الأمير محمد بن سلمان بن عبدالعزيز ولي العهد")
    assert got == [("محمد بن سلمان بن عبدالعزيز", "person")]


def test_person_after_an_office_with_its_genitives():
    got, _ = names("قال وزير الخارجية الأمريكي جون كيري إن")
    assert got == [("جون كيري", "person")]


@pytest.mark.parametrize("text", ["وصل الوفد إلى المدينة أمس", "في مدينة كبيرة", "بمدينة ساحلية", "مقاطعة مستقرة، وهم",
                                  "المنطقة الحدودية"])
def test_a_cue_word_alone_is_never_a_name(text):
    got, _ = names(text)
    assert got == []


def test_hezbollah_and_15_states_are_not_the_vietnamese_party_or_state():
    _, df = names("قال حزب الله إن 15 دولة أيدت القرار")
    assert not {"cpv", "state"} & set(df.entity_id)
    assert list(df.surface) == ["حزب الله"] and list(df.type) == ["organisation"]


def test_common_noun_entries_only_in_their_own_context():
    # the Prime Minister / the Party of a Saudi text are not Vietnam's
    _, df = names("قال رئيس الوزراء البريطاني إن الحزب سيصوت")
    assert not {"prime_minister", "cpv"} & set(df.entity_id)
    _, df = names("قال رئيس الوزراء إن الحزب الشيوعي الفيتنامي يقود مقاطعة كوانغ نينه")
    assert "prime_minister" in set(df.entity_id)


def test_institution_name_is_one_organisation():
    got, _ = names("عقدت لجنة التعبئة الجماهيرية التابعة للجنة الحزب الإقليمية والحكومة اجتماعا")
    assert got == [("لجنة التعبئة الجماهيرية التابعة للجنة الحزب الإقليمية", "organisation")]


def test_spellings_share_a_key():
    assert name_key("نغوين ثي هوا") == name_key("نجوين ثي هوآ") == name_key("نغويين ثي هوا")
    assert name_key("تران كووك ثانه") == name_key("تران كوك تانه")
    assert name_key("كوانغ نينه") != name_key("كوانغ تري")


def test_partial_person_name_joins_the_full_name_in_the_article():
    _, df = names("ترأس الرفيق تران كووك ثانه المؤتمر. وقال الرفيق ثانه إن")
    assert df.entity_id.nunique() == 1 and len(df) == 2


def test_latin_furniture_is_not_a_candidate():
    import pandas as pd

    rows = [{"article_id": f"a{i}", "paragraph": 0, "role": "body", "lang": "ar",
             "text": f"أعلن وزير الصحة عن خطة جديدة رقم {i} Next Previous SMS"} for i in range(4)]
    c = entity_candidates(pd.DataFrame(rows))
    assert not set(c.surface) & {"Next", "Previous", "SMS", "مدينة", "المدينة", "بمدينة", "ترى", "كلام"}


def test_dev_pages_golden_figures():
    sys.path.insert(0, str(HERE.parent / "benchmarks"))
    import json

    import pandas as pd
    from score_entities import predict_file, score

    folder = HERE / "data" / "pages"
    gold = pd.DataFrame([json.loads(x) for x in (folder / "entities.jsonl").read_text(encoding="utf-8").splitlines()])
    gold = gold.rename(columns={"page": "doc"})
    pred = pd.concat([predict_file(folder / f"{d}.txt").assign(doc=d) for d in sorted(set(gold.doc))], ignore_index=True)
    res = score(gold, pred)
    # figures measured when this test was written (floors: raise them as the finder improves)
    assert res["all"]["mention_recall"] >= 0.70 and res["all"]["mention_precision"] >= 0.75
    assert res["person"]["mention_recall"] >= 0.65 and res["organisation"]["mention_recall"] >= 0.8
    assert res["all"]["entity_recall"] >= 0.55
    # the nasty neighbours of the pages: no cue word alone, no Vietnamese party for حزب الله
    assert not pred.surface.isin(["المدينة", "مدينة", "بمدينة", "الرئيس"]).any()
    # (p05's حزب الله sits in a "نفس الفئة" sidebar line: boilerplate, not analysed; the plain
    # sentence is checked in test_hezbollah_and_15_states_are_not_the_vietnamese_party_or_state)
    assert not (pred.surface.str.contains("حزب الله") & (pred.entity_id == "cpv")).any()
