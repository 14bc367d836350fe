"""translit_places guards (session 54, review2 finding 1): one rare word after في is a place only where a place
stands -- not a feminine noun in ة, not an infiʿāl verbal noun, not a noun in construct before a definite noun;
translit_agreement learns no place from a run typed a place by the finder's default guess (finding 2).
Sentences written for this test."""
from name_checks import names


def test_common_nouns_after_fi_are_no_places():
    for text in ["وقعت البلاد في انكماش عميق خلال العام الماضي",
                 "كان ذلك في فورة الشباب قبل عقود",
                 "عاش الناس في أتون الصراع سنوات طويلة",
                 "عزفت الفرقة في سيمفونية لم تتوقف",
                 "انتشر الوباء في دوال العالم كلها"]:
        assert names(text) == [], text


def test_foreign_places_after_fi_are_still_found():
    assert names("وقال مسؤول بالشرطة في بيجنتز القريبة إن الطائرة أقلعت") == [("بيجنتز", "place")]
    assert names("جنود يقاتلون في هلمند لمدة عامين") == [("هلمند", "place")]
    assert names("في مقره في شيبرغان، كبرى مدن جوزجان") == [("شيبرغان", "place"), ("جوزجان", "place")]
