"""Persian letter forms written in Arabic news text fold to the Arabic letters (normalize step ``persian``)."""
from arnews.entities import find_names
from arnews.normalize import DEFAULT_STEPS, key, normalize

TEXT = "التقى ومساعد وزیر الخارجیة الإيراني علی هامش المؤتمر، وقدم کتابا."


def test_persian_yeh_and_keheh_fold_and_offsets_stay():
    n = normalize(TEXT)
    assert "persian" in DEFAULT_STEPS
    assert "وزير الخارجية" in n.text and "كتابا" in n.text and "ی" not in n.text and "ک" not in n.text
    s = n.text.index("وزير")
    assert TEXT[slice(*n.to_original(s, s + 4))] == "وزیر"  # one character for one: spans point into the original
    assert key("علی") == key("على") and key("وزیر") == key("وزير")


def test_office_with_persian_letters_is_no_person():
    # before the fold the Persian yeh made وزیر الخارجیة look transliterated: a "person" ومساعد وزیر الخارجیة الإيراني
    df = find_names(TEXT)
    assert not (df.type == "person").any()
