"""credit_words.csv holds the words names56b wrote as Python sets in entities/coordination.py (the final read of
session 52): the same key forms, every row glossed, and the lists they announce read as before."""
from arnews.entities import coordination
from arnews.lexicons import read_lexicon
from name_checks import names


def test_the_file_gives_the_sets_the_code_used():
    w = coordination.credit_words()
    assert w["group_pronoun"] == {"هم", "هما", "وهم", "وهما"}
    assert w["credit"] == {"بطوله", "اخراج", "تاليف", "سيناريو", "اخرجه", "اخرجها", "كتبه", "كتبها", "الفه", "الفها"}
    assert w["work"] == {"فيلم", "الفيلم", "مسلسل", "المسلسل", "مسرحيه", "المسرحيه", "فيلما", "مسلسلا", "الافلام"}
    assert "العمل" not in w["work"]
    assert all((r.get("gloss") or "").strip() for r in read_lexicon("credit_words.csv"))


def test_a_credit_before_a_full_name_announces_a_person():
    # (found only through the credit: without credit_words the sentence names nobody)
    assert ("نهار الضويحي", "person") in names("وعرض المسرح عملا جديدا كتبه نهار الضويحي وأخرجه جميل الشايب.")
