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


def _private_imports():
    """{(source module, private name): importing modules} over lib/arnews's relative imports (the compatibility
    re-exports of ``__init__`` files and ``topics`` left out)."""
    import ast
    from pathlib import Path

    import arnews
    root = Path(arnews.__file__).parent
    users = {}
    for f in sorted(root.rglob("*.py")):
        if f.name == "__init__.py" or f.name == "topics.py":
            continue
        parts = f.relative_to(root).with_suffix("").parts
        for n in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(n, ast.ImportFrom) and n.level:
                base = list(parts[:-1])[: len(parts) - n.level]
                src = ".".join(base + ([n.module] if n.module else []))
                for a in n.names:
                    if a.name.startswith("_") and not a.name.startswith("__"):
                        users.setdefault((src, a.name), set()).add(".".join(parts))
    return users


def test_no_private_name_shared_across_modules():
    """A private name is imported by at most one other module: one used by two or more is public (refactor47)."""
    shared = {k: sorted(v) for k, v in _private_imports().items() if len(v) >= 2}
    assert not shared, shared


def test_public_names_are_the_old_objects():
    """The public names are the objects the modules used under their old private names (no copy)."""
    import importlib

    from arnews.entities import names, orgnames, qualified_offices, wordtests
    from arnews.quantities import duals, figure, lexicon, scanner, tokens
    from arnews import chunks, decoding, themes, workers
    base, concepts, ngrams = (importlib.import_module(f"arnews.rhetoric.{m}") for m in ("base", "concepts", "ngrams"))
    assert scanner._Q is figure.Figure is figure._Q and tokens._DEFINITE is lexicon.DEFINITE_PREFIXES
    assert duals._z is duals.word_zipf and duals._cues is duals.name_cues
    assert names._LINK_BEFORE_NAME is wordtests.LINK_BEFORE_NAME is wordtests._LINK_BEFORE_NAME
    assert names._family_name is wordtests.family_name is wordtests._family_name
    assert qualified_offices._listed_org is orgnames.listed_org is orgnames._listed_org is names._listed_org
    assert orgnames._weak is wordtests.weak_word and not hasattr(wordtests, "_abstract_noun")
    assert concepts._B_HARD is base.B_HARD == 3 and ngrams._key_text is base.key_text and not hasattr(base, "_B_NONE")
    assert chunks._show is decoding.show is decoding._show and chunks._killed is workers.killed_message
    assert themes._get is themes.get_table
