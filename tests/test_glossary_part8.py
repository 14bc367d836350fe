"""Part 8 of the news glossary (session 40): a word the rendered reports showed glossed through a wrong base."""
from arnews.stats import glossary


def test_emirate_is_not_the_emirates():
    # إمارة منطقة الرياض: the region's governorate; the base of الإمارات gave 'the Emirates (UAE)' before
    for w in ("إمارة", "الإمارة", "وإمارة"):
        label, source = glossary.gloss_label(w)
        assert "emirate" in label and "UAE" not in label, (w, label)
    # the country keeps its own gloss
    assert "UAE" in glossary.gloss_label("الإمارات")[0]
