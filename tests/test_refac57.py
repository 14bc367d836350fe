"""refac57 (issue 11 code quality, behaviour-preserving).

1. The overlap queries that sport_roles (``_Spans``), local_places (``overlapping``) and peoplelists (``ListIndex``)
   wrote by hand are :class:`arnews.spans.SpanIndex`'s ``hits``/``within`` and :class:`arnews.spans.DisjointSpans`'s
   ``hits``/``remove``, each equal to a brute-force scan on random spans; the passes give the same names with the
   scans put in their place.
2. The proclitic tuples the finders of entities/ wrote each for itself are named sets of ``proclitic_sets.csv``, read
   by :mod:`arnews.entities.proclitics` where they are used; each equals what its module wrote (or, where two modules
   share a set, gives the same first reading: the same members, the prefixes of one word in the same order).

Sentences are written for this test in the style of Saudi news (no corpus text)."""
from __future__ import annotations

import importlib
import random

from arnews.entities import local_places as LP
from arnews.entities import sport_roles as SR
from arnews.entities.keys import Name
from arnews.entities.names import paragraph_names
from arnews.spans import DisjointSpans, SpanIndex
from arnews.text import make_paragraph


# --- spans.py ------------------------------------------------------------------------------------------------------


class ScanIndex:
    """Every span scanned per question (what SpanIndex answers by bisection)."""

    def __init__(self, spans):
        self.spans = list(spans)

    def hits(self, s, e):
        return [j for j, (ts, te) in enumerate(self.spans) if ts < e and te > s]

    def within(self, s, e):
        return [j for j, (ts, te) in enumerate(self.spans) if s <= ts and te <= e]

    def overlaps(self, s, e):
        return bool(self.hits(s, e))

    def contains(self, s, e):
        return any(ts <= s and te >= e for ts, te in self.spans)


class ScanDisjoint:
    """The disjoint spans kept in a list, scanned per question."""

    def __init__(self):
        self.kept = []

    def hits(self, s, e):
        got = sorted(x for x in self.kept if x[0] < e and x[1] > s)
        return [x for x in got if x[0] < x[1]] + [x for x in got if x[0] == x[1]]

    def overlaps(self, s, e):
        return bool(self.hits(s, e))

    def add(self, s, e):
        self.kept.append((s, e))

    def remove(self, s, e):
        self.kept.remove((s, e))


def _random_spans(rnd, n, reach=60):
    out = []
    for _ in range(n):
        s = rnd.randint(0, reach)
        out.append((s, s + rnd.choice((0, 1, 1, 2, 3, 5, 8, 13, 40))))  # empty and long spans too
    return out


def test_hits_and_within_equal_the_scan_on_random_spans():
    rnd = random.Random(57)
    for _ in range(400):
        spans = _random_spans(rnd, rnd.randint(0, 40))
        fast, slow = SpanIndex(spans), ScanIndex(spans)
        assert len(fast) == len(spans)
        for s in range(-2, 110, 3):
            for e in range(s, s + 15, 2):
                assert fast.hits(s, e) == slow.hits(s, e), (spans, s, e)
                assert fast.within(s, e) == slow.within(s, e), (spans, s, e)
                assert fast.overlaps(s, e) == slow.overlaps(s, e), (spans, s, e)
                assert fast.contains(s, e) == slow.contains(s, e), (spans, s, e)


def test_hits_name_the_positions_given():
    spans = [(10, 20), (0, 5), (12, 14), (3, 30), (12, 14)]
    idx = SpanIndex(iter(spans))  # (a generator, as the callers pass)
    assert idx.hits(13, 15) == [0, 2, 3, 4]
    assert idx.hits(5, 10) == [3]
    assert idx.hits(30, 40) == [] and idx.hits(0, 0) == []
    assert idx.within(10, 20) == [0, 2, 4] and idx.within(11, 13) == []


def test_hits_do_not_scan_every_span():
    """100,000 short disjoint spans: a question walks back over the few it may hit only."""
    spans = [(3 * i, 3 * i + 2) for i in range(100_000)]
    idx = SpanIndex(spans)
    steps = []

    class Counting(list):
        def __getitem__(self, j):
            steps.append(j)
            return list.__getitem__(self, j)

    idx.max_end = Counting(idx.max_end)
    assert idx.hits(150_001, 150_005) == [50_000, 50_001]
    assert len(steps) <= 4


def test_disjoint_hits_and_remove_equal_the_scan():
    rnd = random.Random(570)
    for _ in range(300):
        fast, slow = DisjointSpans(), ScanDisjoint()
        for _ in range(rnd.randint(0, 60)):
            s = rnd.randint(0, 40)
            e = s + rnd.choice((0, 0, 1, 2, 3, 5, 8))
            got = fast.hits(s, e)
            assert got == slow.hits(s, e), (s, e, slow.kept)
            assert fast.overlaps(s, e) == bool(got)
            if got and rnd.random() < 0.7:  # (as sport_roles does: the spans hit go, the new one comes)
                for x in got:
                    fast.remove(*x)
                    slow.remove(*x)
                got = []
            if not got:
                fast.add(s, e)
                slow.add(s, e)
            assert len(fast) == len(slow.kept)


def test_disjoint_remove_of_a_span_not_kept_raises():
    d = DisjointSpans()
    d.add(3, 7)
    for s, e in ((3, 8), (4, 7), (5, 5)):
        try:
            d.remove(s, e)
        except ValueError:
            continue
        raise AssertionError((s, e))
    d.remove(3, 7)
    assert len(d) == 0 and d.hits(0, 10) == []


# --- the passes: the same names with the scans in place of the indexes -------------------------------------------


SPORTS = [
    "وقال اللاعب الأرجنتيني أنخيل دي ماريا إنه سعيد في الدوري الإنجليزي بعد فوز فريقه.",
    "وأشاد المدرب بمهاجمه الجديد بواتينغ بعد المباراة الأولى للفريق في الدوري.",
    "وسجل المهاجم الكاميروني صامويل إيتو هدفين، وأضاف اللاعب البرازيلي نيلمار الهدف الثالث في المباراة. "
    "وقال المدرب الإسباني خوان مانويل إن لاعبه أندريه كاريلو قدم مباراة كبيرة أمام الهلال في الدوري.",
    "وتعاقد النادي مع الحارس الدولي فلافيو ريبيرو، وقال مدربه كوزمين أولاريو إن الفريق جاهز للدوري.",
]

LOCAL = [
    "وافتتح أمين المنطقة حديقة حي الإسكان الأول، ثم زار قرية الشعيبة وحي الملقا في شمال الرياض.",
    "وتقع المدرسة في حي الإمام محمد بن سعود، قرب حي الشراع الجنوبي ووادي حنيفة.",
    "وشملت الجولة قرية الغاط وقرية المليحة وهجرة العقول التي أقلقت المسؤولين في حي النسيم.",
]


class ScanHits:
    """A SpanIndex whose ``hits`` scans every span."""

    def __init__(self, spans):
        self.hits = ScanIndex(spans).hits


def _names(text):
    return [repr(n) for n in paragraph_names(make_paragraph(text, "ar"))]


def _names_with(monkeypatch, text, patches):
    with monkeypatch.context() as m:
        for (mod, attr), val in patches.items():
            m.setattr(mod, attr, val)
        return _names(text)


def test_sport_roles_same_names_as_the_scans(monkeypatch):
    for t in SPORTS + [" ".join(SPORTS) * 3]:
        assert _names(t) == _names_with(monkeypatch, t, {(SR, "SpanIndex"): ScanHits,
                                                         (SR, "DisjointSpans"): ScanDisjoint}), t


def test_sport_roles_widen_and_replace():
    """A name added drops every name kept under it (a found one and an added one), once."""
    p = make_paragraph("وقال اللاعب الأرجنتيني أنخيل دي ماريا إنه سعيد في الدوري الإنجليزي", "ar")
    s = p.norm.text.index("ماريا")
    inner = Name(s, s + len("ماريا"), "person", "cue", 0.75, "ماريا", "")
    twin = Name(s, s + len("ماريا"), "person", "cue", 0.5, "ماريا", "")
    far = Name(0, 4, "org", "cue", 0.5, "x", "")
    got = SR.sport_role_people(p, [inner, far, twin])
    assert [(p.norm.text[x.start:x.end], x.type) for x in got] == [(p.norm.text[0:4], "org"), ("أنخيل دي ماريا", "person")]
    assert SR.sport_role_people(p, []) != [] and SR.sport_role_people(make_paragraph("لا شيء هنا", "ar"), []) == []


def test_local_places_same_names_as_the_scan(monkeypatch):
    for t in LOCAL + [" ".join(LOCAL) * 3]:
        assert _names(t) == _names_with(monkeypatch, t, {(LP, "SpanIndex"): ScanHits}), t


# --- proclitic sets -----------------------------------------------------------------------------------------------

#: what each module wrote before refac57 (module, its constant) -> (the set it reads now, the literal it wrote)
BEFORE = {
    ("group_names", "_PROCLITICS"): ("group_name", ("وب", "و", "ف", "ب", "")),
    ("place_bodies", "_PROCLITICS"): ("conj_prep_longest", ("وب", "ول", "و", "ب", "ل", "ف", "")),
    ("quoted_subjects", "_HEAD_PROCLITICS"): ("org_head_article", ("وال", "بال", "لل", "ال", "و", "ل", "ب", "")),
    ("armed_forces", "_PROCLITICS"): ("conj_prep", ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")),
    ("quoted_heads", "_PROCLITICS"): ("quoted_head", ("وبال", "وال", "فال", "بال", "لل", "ال", "وب", "ول", "و", "ف", "ب",
                                                      "ل", "")),
    ("national_bodies", "_PROCLITICS"): ("no_ba", ("", "و", "ف", "ل", "ول", "فل")),
    ("grouping", "_PROCLITICS"): ("repeated_name", ("وبال", "وال", "فال", "بال", "كال", "وب", "ول", "فب", "فل", "و", "ف",
                                                    "ب", "ل")),
    ("press_lists", "_PROCLITICS"): ("press_heads", ("وبال", "وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل", "")),
    ("local_places", "_PROCLITICS"): ("local_cue", ("", "و", "ب", "ف", "وب")),
    ("bare_figures", "_PROCLITICS"): ("bare_figure", ("و", "ل", "ول")),
    ("syllable_places", "_PROCLITICS"): ("syllable_place", ("", "و", "ب", "ل", "وب", "ول", "ف", "فب")),
    ("family_pairs", "_PROCLITICS"): ("family_pair", "وبلف"),
    ("numbered_places", "_PROCLITICS"): ("conj_prep", ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")),
    ("facility_names", "_PROCLITICS"): ("conj_prep", ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")),
    ("bodies", "_PROCLITICS"): ("conj_prep", frozenset({"", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل"})),
    ("bodies", "_PREP_PROCLITICS"): ("prep_article", ("بال", "لل", "كال", "وبال", "فبال")),
    ("places", "_PROCLITICS"): ("place_word", ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")),
    ("places", "_BARE_PROCLITICS"): ("bare_prep", frozenset({"ب", "ل", "وب", "ول"})),
    ("markets", "_PROCLITICS"): ("conj_prep", ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")),
    ("facility_bodies", "_PROCLITICS"): ("facility_body", ("", "و", "ب", "ل", "وب", "ول")),
    ("cued_lists", "_PROCLITICS"): ("cued_list", ("", "و", "ب", "ل", "ف", "وب", "ول")),
    ("known", "_PROCLITICS"): ("known_name", ("وبال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل", "و", "ف",
                                              "ب", "ل")),
    ("org_parts", "_PROCLITICS"): ("conj_prep_longest", ("وب", "ول", "و", "ف", "ب", "ل", "")),
}


def _chain_order(seq) -> dict:
    """For each pair of proclitics one of which opens the other (و / وب, "" / و), which comes first: the order that
    decides the first reading of a word (two proclitics neither of which opens the other never both open a word)."""
    seq = list(seq)
    return {(a, b): seq.index(a) < seq.index(b) for a in seq for b in seq if a != b and b.startswith(a)}


def test_every_set_is_what_its_module_wrote():
    from arnews.entities.proclitics import proclitic_set, proclitics
    for (mod, const), (name, old) in BEFORE.items():
        now = proclitics(name)
        assert isinstance(now, tuple) and frozenset(now) == frozenset(old) == proclitic_set(name), (mod, const)
        if isinstance(old, tuple):
            assert _chain_order(now) == _chain_order(old), (mod, const)  # the same first reading of every word
        assert not hasattr(importlib.import_module("arnews.entities." + mod), const), (mod, const)
    shared = [n for n in {v[0] for v in BEFORE.values()} if sum(v[0] == n for v in BEFORE.values()) > 1]
    assert sorted(shared) == ["conj_prep", "conj_prep_longest"]
    # the modules whose literal is the shared set exactly, order and all
    assert proclitics("conj_prep") == BEFORE[("armed_forces", "_PROCLITICS")][1]
    assert proclitics("conj_prep_longest") == BEFORE[("org_parts", "_PROCLITICS")][1]


def _used_sets() -> dict:
    """set name -> the modules of lib/arnews that call proclitics(name) / proclitic_set(name)."""
    import ast
    from pathlib import Path

    import arnews
    root = Path(arnews.__file__).parent
    used: dict = {}
    for f in sorted(root.rglob("*.py")):
        if f.relative_to(root).as_posix() in ("proclitics.py", "entities/proclitics.py"):
            continue
        for n in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("proclitics", "proclitic_set"):
                assert len(n.args) == 1 and isinstance(n.args[0], ast.Constant), (f, n.lineno)  # a name as written
                used.setdefault(n.args[0].value, set()).add(f.stem)
    return used


def test_every_set_name_resolves_and_every_set_is_used_where_the_file_says():
    from arnews.entities.proclitics import proclitic_sets, proclitics
    from arnews.lexicons import read_lexicon
    used = _used_sets()
    assert set(used) == set(proclitic_sets())  # no name that does not resolve, no set nobody reads
    for name in used:
        assert proclitics(name)
    for r in read_lexicon("proclitic_sets.csv"):
        assert set(r["used_by"].split()) == used[r["set"]], r["set"]
        assert r["gloss"].strip(), r["set"]


def test_an_unknown_set_is_a_lexicon_error():
    import pytest

    from arnews.entities.proclitics import proclitics
    from arnews.lexicons import LexiconError
    with pytest.raises(LexiconError, match="proclitic_sets.csv.*no_such_set"):
        proclitics("no_such_set")


def test_no_module_writes_its_own_proclitic_tuple_again():
    """A finder of entities/ that needs proclitics names a set of proclitic_sets.csv (add a glossed row) instead of a
    constant of its own (outside entities/ the glossary and most of quantities/ keep theirs; refac58 moved outlets and
    the dual rules of quantities/ to named sets)."""
    import ast
    from pathlib import Path

    import arnews.entities
    own = []
    for f in sorted(Path(arnews.entities.__file__).parent.rglob("*.py")):
        for n in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AnnAssign) else []
            own += [f"{f.name}:{n.lineno} {t.id}" for t in targets if isinstance(t, ast.Name) and t.id.upper().endswith("PROCLITICS")]
    assert own == []


def test_the_sets_follow_the_lexicon_folder(tmp_path, monkeypatch):
    """An edited copy of the lexicons reaches the finders' per-word caches (known._readings, once a plain lru_cache)."""
    from arnews import lexicons
    from arnews.entities import known
    from arnews.entities.proclitics import proclitics
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    lexicons.reload()
    before = known._readings("وبالهلال")
    assert before.count(("الهلال", 2)) == 2  # (وبال + هلال, and وب + الهلال)
    d = tmp_path / "lex"
    lexicons.init(d)
    f = d / "proclitic_sets.csv"
    text = f.read_text(encoding="utf-8")
    row = next(x for x in text.splitlines() if x.startswith("known_name,"))
    f.write_text(text.replace(row, row.replace("known_name,وبال ", "known_name,")), encoding="utf-8")
    try:
        monkeypatch.setenv("ARNEWS_LEXICONS", str(d))
        assert proclitics("known_name")[0] == "وال"
        assert known._readings("وبالهلال") == (("وبالهلال", 0), ("الهلال", 2), ("بالهلال", 1))
        monkeypatch.delenv("ARNEWS_LEXICONS")
        assert proclitics("known_name")[0] == "وبال" and known._readings("وبالهلال") == before
    finally:
        lexicons.reload()
