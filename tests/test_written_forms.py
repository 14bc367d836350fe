"""Entities' surfaces grouped into spellings (arnews.entities.written_forms)."""
import pandas as pd

from arnews.entities import find_names, written_forms

TEXT = ("قال وزير الخارجية إن المملكة العربية السعودية ترحب بالاتفاق، وإن للمملكة دورا في المنطقة.\n"
        "وأضاف أن المملكة تدعم الحل السياسي، وأن السعودية والكويت تنسقان مع أمريكا ومع واشنطن.\n"
        "وكانت أميركا قد أعلنت أن الولايات المتحدة تدرس الاتفاق، وأكدت وزارة الخارجية الأمريكية ذلك.")


def test_clitics_and_diacritics_fold_spellings_stay_apart():
    df = find_names(TEXT)
    f = written_forms(df.assign(article_id="a"))
    sa = f[f.entity_id == "~geo:SA"].set_index("written_as")
    assert "للمملكة" not in sa.index and "للمملكة" in sa.loc["المملكة", "other_surfaces"]
    assert sa.loc["المملكة", "n"] == 2 and {"السعودية", "المملكة العربية السعودية"} <= set(sa.index)
    us = f[f.entity_id == "~geo:US"]
    assert {"أمريكا", "أميركا"} <= set(us.written_as)  # two spellings, not one
    assert f.n.sum() == len(df)


def test_forms_of_a_table():
    e = pd.DataFrame({
        "article_id": ["b", "a", "a", "c", "c"],
        "entity_id": ["x", "x", "x", "x", "y"],
        "type": ["place"] * 5, "name_en": ["", "Iran", "Iran", "", ""],
        "surface": ["إيران", "ايران", "لإيران", "جمهورية إيران", "وإيطاليا"],
        "start": [0, 0, 10, 0, 5],
    })
    f = written_forms(e).set_index(["entity_id", "written_as"])
    assert f.loc[("x", "إيران"), "n"] == 3 and f.loc[("x", "إيران"), "n_articles"] == 2
    assert f.loc[("x", "إيران"), "article_id"] == "a" and f.loc[("x", "إيران"), "name_en"] == "Iran"
    assert f.loc[("x", "جمهورية إيران"), "n"] == 1
    # a proclitic is taken off only when the entity is written without it elsewhere
    assert ("y", "وإيطاليا") in f.index
    assert written_forms(e.iloc[:0]).empty


def test_latin_case_and_possessive_fold():
    e = pd.DataFrame({"article_id": ["a"] * 4, "entity_id": ["p"] * 3 + ["q"], "type": ["organisation"] * 4,
                      "name_en": [""] * 4, "surface": ["Party", "party", "Party's", "Parties"], "start": range(4)})
    f = written_forms(e)
    assert f[f.entity_id == "p"].n.tolist() == [3]
