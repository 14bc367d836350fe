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
