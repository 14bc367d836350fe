"""Session 49, fix4: the second review of session 49's merges (review2 items), each reproducer and the neighbours
that must keep working.  Sentences written for the test in the style of Arabic news."""
import pandas as pd


# item 1: one outlet (or ids sharing a prefix) cannot tell its name from its home city; a listed place is never learned
def test_one_outlet_learns_no_name_and_a_place_is_never_an_outlet():
    from arnews.outlets import learned_outlet_words

    ids = [f"doc_{i}" for i in range(10)]
    arts = pd.DataFrame({"article_id": ids})
    writers = ["محمد حسن", "سارة علي", "أحمد سالم", "فهد ناصر", "خالد عمر", "نورة سعد", "علي حمد", "ريم فيصل",
               "ماجد راشد", "هند طلال"]
    paras = pd.DataFrame({"article_id": ids, "role": "dateline", "text": [f"{w} - الرياض" for w in writers]})
    assert learned_outlet_words(arts, paras) == {}
    # two outlets: one's datelines all carry the home city جدة, the other's its own name
    ids2 = [f"okaz_{i}" for i in range(4)] + [f"ahram_{i}" for i in range(4)]
    lines = [f"{w} - جدة" for w in writers[:4]] + ["الأهرام - القاهرة", "محمد حسن - الأهرام", "الأهرام - أسوان",
                                                 "الأهرام - الجيزة"]
    got = learned_outlet_words(pd.DataFrame({"article_id": ids2}),
                               pd.DataFrame({"article_id": ids2, "role": "dateline", "text": lines}))
    assert {k: v[0] for k, v in got.items()} == {"الاهرام": "ahram"}


# item 2: a definite family name in -ي glossed by a capitalised name stays after its title
def test_a_name_gloss_never_moves_before_its_title():
    from arnews.stats.glossary import adjectives_first

    assert adjectives_first(["the sheikh", "Shaarawy"], ["الشيخ", "الشعراوي"]) == ["the sheikh", "Shaarawy"]
    assert adjectives_first(["the striker", "Sahlawy"], ["المهاجم", "السهلاوي"]) == ["the striker", "Sahlawy"]
    # a lower-case one-word gloss of a definite nisba still moves
    assert adjectives_first(["the sector", "health"], ["القطاع", "الصحي"]) == ["the health sector"]
