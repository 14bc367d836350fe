"""Refactor 47 (behaviour-preserving): private cross-module names made public, the old names kept as aliases
where a module still uses them; the name-link sets of wordtests, part_mentions and kunyas are unions of the
glossed groups of :mod:`arnews.entities.namelinks`, with exactly the content each module wrote literally before."""
from arnews.entities import gazetteer, prose_runs, table


def test_skeleton_public():
    """prose_runs and table read gazetteer's public ``skeleton``; ``_skeleton`` stays for the re-exports."""
    from arnews import entities, topics
    assert prose_runs._skeleton is table._skeleton is gazetteer.skeleton is gazetteer._skeleton
    assert entities._skeleton is topics._skeleton is gazetteer.skeleton and "skeleton" in gazetteer.__all__
    assert gazetteer.skeleton("نغوين") == gazetteer.skeleton("نجويين") == "نجوين"


# the literal sets as each module wrote them before refactor47
BEFORE = {
    "wordtests._LINK_BEFORE_NAME": {"ابن", "بن", "بنت", "ابو", "ابي", "ابا", "ال", "عبد"},
    "part_mentions._NAME_BEFORE": frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ام"}),
    "kunyas._FATHER": frozenset({"ابو", "ابي", "ابا"}),
}


def _now():
    from arnews.entities import kunyas, part_mentions, wordtests
    return {"wordtests._LINK_BEFORE_NAME": wordtests._LINK_BEFORE_NAME,
            "part_mentions._NAME_BEFORE": part_mentions._NAME_BEFORE, "kunyas._FATHER": kunyas._FATHER}


def test_link_sets_unchanged_and_unions_of_groups():
    from arnews.entities import namelinks
    groups = list(namelinks.GROUPS.values())
    for name, s in _now().items():
        assert s == BEFORE[name] and isinstance(s, frozenset), name
        assert s == frozenset().union(*[g for g in groups if g <= s]), name
    now = _now()
    assert now["kunyas._FATHER"] == namelinks.ABU | namelinks.ABI | namelinks.ABA
    # the differences between them, as they were (see the report of refactor47)
    assert now["wordtests._LINK_BEFORE_NAME"] - now["part_mentions._NAME_BEFORE"] == namelinks.AAL | namelinks.ABD
    assert now["part_mentions._NAME_BEFORE"] - now["wordtests._LINK_BEFORE_NAME"] == namelinks.UMM
