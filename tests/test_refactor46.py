"""Refactor 46: the name-link sets of the finders are unions of the glossed groups of
:mod:`arnews.entities.namelinks`, with exactly the content each module wrote literally before."""
from arnews.entities import (bodies, coordination, cued_families, families, family_pairs, learned, namelinks,
                             offices, part_mentions, persontails, wordtests)
from arnews.normalize import key

# the literal sets as each module wrote them before session 44's refactor46
BEFORE = {
    "bodies._LINKS": frozenset(key(w) for w in ("بن", "بنت", "عبد", "آل", "أبو")),
    "coordination._LINKS": frozenset({"بن", "بنت", "ابن", "ابو", "عبد", "دي", "دا", "فان", "دو"}),
    "cued_families._LINKS": frozenset({"بن", "بنت", "ابن"}),
    "families._LINKS": frozenset({"بن", "بنت", "ابن"}),
    "family_pairs._LINKS": frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال"}),
    "learned._LINKS": frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "عبد", "ال"}),
    "offices._NAME_LINKS": frozenset({"بن", "بنت", "ابن", "ابو", "عبد", "دي", "دا", "فان", "دو"}) | {key("آل")},
    "part_mentions.NAME_LINKS": frozenset({"بن", "ابن", "بنت", "ابو", "ام", "عبد", "ال"}),
    "part_mentions._PART_LINKS": frozenset({"بن", "ابن", "عبد", "ال", "ابو"}),
    "persontails._LINKS": frozenset({"بن", "بنت", "ابن", "ابو", "ابي", "ال", "عبد", "دي", "دا", "فان", "دو", "لا",
                                     "لي"}),
    "wordtests.NASAB_LINKS": frozenset({"بن", "بنت", "ابن"}),
}
NOW = {
    "bodies._LINKS": bodies._LINKS,
    "coordination._LINKS": coordination._LINKS,
    "cued_families._LINKS": cued_families._LINKS,
    "families._LINKS": families._LINKS,
    "family_pairs._LINKS": family_pairs._LINKS,
    "learned._LINKS": learned._LINKS,
    "offices._NAME_LINKS": offices._NAME_LINKS,
    "part_mentions.NAME_LINKS": part_mentions.NAME_LINKS,
    "part_mentions._PART_LINKS": part_mentions._PART_LINKS,
    "persontails._LINKS": persontails._LINKS,
    "wordtests.NASAB_LINKS": wordtests.NASAB_LINKS,
}


def test_link_sets_unchanged():
    for name, before in BEFORE.items():
        assert NOW[name] == before, name
        assert isinstance(NOW[name], frozenset), name


def test_link_sets_are_unions_of_groups():
    groups = list(namelinks.GROUPS.values())
    for name, s in NOW.items():
        assert s == frozenset().union(*[g for g in groups if g <= s]), name


def test_groups_glossed_and_disjoint():
    seen = set()
    for k, group, gloss in namelinks.LINK_WORDS:
        assert k == key(k) and k not in seen and group and len(gloss) > 10, k
        seen.add(k)
    assert namelinks.NASAB == {"بن", "ابن", "بنت"}
    assert namelinks.AAL == {key("آل")} and namelinks.ABU == {key("أبو")}


def test_place_bodies_public_names():
    """place_bodies reads the public names at the top; the old private names stay where other modules use them."""
    from arnews.entities import orgnames, orgtails, place_bodies
    assert place_bodies.listed_place is orgnames.listed_place is orgnames._listed_place
    assert place_bodies.ordinal_word is wordtests.ordinal_word is wordtests._ordinal
    assert place_bodies.OFFICE_ADJ is orgtails.OFFICE_ADJ and key("السابق") in orgtails.OFFICE_ADJ
    assert wordtests.ordinal_word("الثانية") and not wordtests.ordinal_word("الثاني عشر".split()[1])


def test_will_process_takes_run_chunks_key(tmp_path):
    """run_chunk passes the key it computed; will_process computes it only when it is asked without one."""
    from arnews import chunks as CH
    f = tmp_path / "a.txt"
    f.write_text("خبر عن المملكة اليوم\n", encoding="utf-8")
    c = CH.Chunk(0, [(str(f), None)], tmp_path / "parts", tmp_path / "cache", "fp", stored=CH.Stored())
    assert CH.will_process(c) and CH.will_process(c, None) and CH.will_process(c, CH.chunk_key(c))
    ckey = CH.chunk_key(c)
    c.stored = CH.Stored(tables={"t": "x"}, ranges={ckey: {"t": [0, 1]}})
    assert CH.will_process(c, ckey)  # no stored result yet
    (tmp_path / "cache" / "chunks" / ckey).mkdir(parents=True)
    (tmp_path / "cache" / "chunks" / ckey / "result.pkl").write_bytes(b"")
    assert not CH.will_process(c) and not CH.will_process(c, ckey) and CH.will_process(c, None)
    c.force = True
    assert CH.will_process(c, ckey)


def test_warm_up_skips_a_huge_first_article(tmp_path, monkeypatch):
    """The article warm_up processes is processed again by its worker: a huge first article is passed over."""
    import gc
    import multiprocessing as mp

    from arnews import chunks as CH
    if mp.get_start_method(allow_none=False) != "fork":
        return
    big, small = tmp_path / "a_big.txt", tmp_path / "b_small.txt"
    big.write_text("أعلنت وزارة الصحة افتتاح مستشفى جديد في الرياض.\n" * 400, encoding="utf-8")
    small.write_text("أعلنت وزارة التعليم بدء العام الدراسي.\n", encoding="utf-8")
    seen = []
    monkeypatch.setattr(CH, "process_articles", lambda arts: seen.extend(a.article_id for a in arts))
    chunk = CH.Chunk(0, [(str(big), None), (str(small), None)], tmp_path / "parts", None, "fp")
    monkeypatch.setattr(CH, "WARM_UP_BYTES", 10_000)
    try:
        assert CH.warm_up([chunk]) and seen == ["b_small"]
        seen.clear()
        monkeypatch.setattr(CH, "WARM_UP_BYTES", 100_000)
        assert CH.warm_up([chunk]) and seen == ["a_big"]
        monkeypatch.setattr(CH, "WARM_UP_BYTES", 10)
        seen.clear()
        assert not CH.warm_up([chunk]) and seen == []
    finally:
        gc.unfreeze()
