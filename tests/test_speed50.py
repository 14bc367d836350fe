"""speed50 (issue 11, behaviour-preserving): four scans that grew with a huge paragraph's length made
logarithmic or constant, each checked against the scan it replaces.

* :func:`arnews.entities.gazetteer.find_aliases` keeps the longest alias matches that overlap none kept
  before: :class:`arnews.spans.DisjointSpans` (bisection) instead of a scan of every match kept;
* :func:`arnews.entities.peoplelists._list_people` asks :class:`SpanIndex` (people inside a span, names
  overlapping a span; people by their end in a dict) instead of scanning every name per list item (its own
  ``ListIndex`` until refac57);
* :func:`arnews.entities.qualified_offices.people_after_qualified_offices` asks a :class:`SpanIndex` of the
  people found whether one holds the office word, instead of scanning every name per office word;
* :func:`arnews.entities.keys.tanween` reads the whole text for a tanween once per paragraph (``p.memo``).

Sentences are written for this test (invented people, no corpus text); random strings mix names, list
separators, offices and punctuation."""
from __future__ import annotations

import random
import time

import pytest

from arnews.entities import gazetteer as G
from arnews.entities import peoplelists as PL
from arnews.entities import qualified_offices as QO
from arnews.entities.keys import Name, tanween
from arnews.entities.names import paragraph_names
from arnews.spans import DisjointSpans, SpanIndex
from arnews.text import make_paragraph


class ScanSpans:
    """The scan DisjointSpans replaced (gazetteer.find_aliases before speed50)."""

    def __init__(self):
        self.taken = []

    def overlaps(self, s, e):
        return any(s < te and ts < e for ts, te in self.taken)

    def add(self, s, e):
        self.taken.append((s, e))


class ScanSpanIndex:
    """The scans of every span that the people lists' SpanIndex questions replaced (peoplelists._list_people before
    speed50)."""

    def __init__(self, spans):
        self.spans = list(spans)

    def within(self, s, e):
        return [j for j, (ts, te) in enumerate(self.spans) if s <= ts and te <= e]

    def overlaps(self, s, e):
        return any(ts < e and s < te for ts, te in self.spans)


class ScanPeople:
    """The scan of every person per office word (qualified_offices before speed50), as a SpanIndex."""

    def __init__(self, spans):
        self.spans = list(spans)

    def contains(self, s, e):
        assert e == s + 1
        return any(ps <= s < pe for ps, pe in self.spans)


SENTENCES = [
    "وشارك في الحفل الفنانون شريف منصور، ونادية سعدون، وإيهاب فهمي، وكمال الدباغ.",
    "وضمت القائمة المهندس سامر نيربية، والعميد رياض الحسن، وخالد العتيبي، وفهد المالكي.",
    "وحضر اللقاء الأمير فيصل بن سلمان، ووزير الصحة توفيق الربيعة، ومحمد الجاسر، وعبدالله الحربي.",
    "وقال المتحدث الرسمي باسم وزارة الداخلية اللواء منصور التركي إن الحملة مستمرة.",
    "وأكد المدير التنفيذي للهيئة العامة للسياحة سلطان العنزي أن الموسم واعد.",
    "وزار وفد من جامعة الملك سعود ومدينة الملك عبدالعزيز للعلوم والتقنية مدينة الرياض والدمام وجدة.",
    "وصل الوفد مساءً إلى الرياض، ثم التقى رئيس مجلس الشورى عبدالله آل الشيخ.",
    "التقى نائب رئيس الوزراء وزير الدفاع الأمير محمد بن سلمان وزير الخارجية الأمريكي جون كيري في جدة.",
    "وفاز الهلال والنصر والاتحاد والأهلي في الجولة الأولى، وتعادل الشباب مع الفتح.",
    "رئيس",
    "",
]

_WORDS = ("شريف", "منصور", "ونادية", "سعدون", "وإيهاب", "فهمي", "كمال", "الدباغ", "خالد", "العتيبي", "وفهد",
          "المالكي", "العميد", "المهندس", "الأمير", "وزير", "الصحة", "المتحدث", "باسم", "الرسمي", "مدير",
          "رئيس", "مجلس", "الشورى", "جامعة", "الملك", "سعود", "الرياض", "جدة", "في", "من", "إلى", "قال",
          "وأكد", "دوماً", "مساءً", "الهلال", "والنصر", "،", "،", "،", ".", "«", "»", "2015", "\n")


#: words of the gazetteer's Vietnamese aliases, whose matches nest and overlap (الحزب inside الحزب الشيوعي ...)
_GZ_WORDS = ("لجنة", "اللجنة", "الحزب", "للحزب", "الشيوعي", "الفيتنامي", "الإقليمية", "الدائمة", "المركزية", "الشعبية",
             "الشرطة", "شرطة", "البلدية", "حرس", "الحدود", "مركز", "هوانه", "مو", "كوانغ", "تري", "هانوي", "فيتنام",
             "رئيس", "الوزراء", "جبهة", "الوطن", "الأم", "الدولة", "والحزب", "في", "،", ".", "Vietnam", "Hanoi")


def _random_texts(n: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(n):
        yield " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 60)))


def _names(text: str):
    return [repr(n) for n in paragraph_names(make_paragraph(text))]


def _names_with(monkeypatch, text: str, patches: dict):
    with monkeypatch.context() as m:
        for (mod, attr), val in patches.items():
            m.setattr(mod, attr, val)
        return _names(text)


# --- DisjointSpans -------------------------------------------------------------------------------------


def test_disjoint_spans_equals_the_scan_on_random_spans():
    rnd = random.Random(50)
    for _ in range(300):
        fast, slow = DisjointSpans(), ScanSpans()
        for _ in range(rnd.randint(0, 60)):
            s = rnd.randint(0, 40)
            e = s + rnd.choice((0, 0, 1, 2, 3, 5, 8))  # empty spans too
            got = fast.overlaps(s, e)
            assert got == slow.overlaps(s, e), (s, e, slow.taken)
            if not got:
                fast.add(s, e)
                slow.add(s, e)
        for s in range(0, 50):
            for e in range(s, s + 6):
                assert fast.overlaps(s, e) == slow.overlaps(s, e)
        assert len(fast) == len(slow.taken)


def test_disjoint_spans_edges():
    d = DisjointSpans()
    d.add(5, 10)
    assert not d.overlaps(0, 5) and not d.overlaps(10, 12) and d.overlaps(9, 10) and d.overlaps(4, 6)
    assert d.overlaps(7, 7) and not d.overlaps(5, 5) and not d.overlaps(10, 10)
    d.add(12, 12)  # a point: overlapped only by a span strictly around it
    assert d.overlaps(11, 13) and not d.overlaps(12, 14) and not d.overlaps(10, 12) and not d.overlaps(12, 12)


def test_find_aliases_equals_the_scan(monkeypatch):
    gz = G.load_gazetteer()
    rnd = random.Random(1)
    texts = SENTENCES + [" ".join(rnd.choice(_GZ_WORDS) for _ in range(rnd.randint(1, 80))) for _ in range(300)] + [
        "اجتمعت لجنة الحزب الإقليمية واللجنة المركزية للحزب والحزب الشيوعي الفيتنامي في هانوي مع الشرطة "
        "الإقليمية ورئيس الوزراء، وحضرت لجنة الحزب الدائمة الإقليمية. " * 40,
        "وزارت لجنة جبهة الوطن الأم الفيتنامية الإقليمية مركز حرس الحدود هوانه مو في كوانغ تري.",
    ]
    for text in texts:
        p = make_paragraph(text)
        fast = G.find_aliases(p.norm, gz, p.ktext)
        with monkeypatch.context() as m:
            m.setattr(G, "DisjointSpans", ScanSpans)
            slow = G.find_aliases(p.norm, gz, p.ktext)
        assert fast == slow, text
    p = make_paragraph(texts[-2])
    assert len(G.find_aliases(p.norm, gz, p.ktext)) >= 200


# --- people lists ----------------------------------------------------------------------------------------


def test_list_index_equals_the_scans_on_random_names():
    rnd = random.Random(7)
    for _ in range(200):
        names = []
        for _ in range(rnd.randint(0, 40)):
            s = rnd.randint(0, 60)
            names.append(Name(s, s + rnd.randint(0, 9), rnd.choice(("person", "person", "place", "organisation")),
                              "test", 0.5, "k"))
        people = [(nm.start, nm.end) for nm in names if nm.type == "person"]
        spans = [(nm.start, nm.end) for nm in names]
        fast, slow = SpanIndex(people), ScanSpanIndex(people)
        fast_all, slow_all = SpanIndex(spans), ScanSpanIndex(spans)
        for s in range(0, 72, 2):
            for e in range(s, s + 12, 3):
                assert fast.within(s, e) == slow.within(s, e), (s, e)
                assert fast_all.overlaps(s, e) == slow_all.overlaps(s, e), (s, e)


def test_list_people_found_as_before(monkeypatch):
    for t in SENTENCES + list(_random_texts(200, 2)):
        assert _names(t) == _names_with(monkeypatch, t, {(PL, "SpanIndex"): ScanSpanIndex}), t


def test_list_people_linear_on_a_long_paragraph_of_lists():
    """3,000 lists of four people in one paragraph: each item scanned every name found (about 10^8 steps);
    now one index per paragraph, and each list gives what it gives alone."""
    one = "وشارك في العرض شريف منير، ونيكول سابا، وإيهاب فهمي، وكوستا لوبيز. "

    def given(p):
        return [Name(p.starts[i - 1], p.ends[i], "person", "test", 0.5, "k")
                for i in range(1, len(p.toks)) if p.toks[i] in ("منير", "سابا")]

    p1 = make_paragraph(one)
    alone = [p1.norm.text[n.start:n.end] for n in PL._list_people(p1, given(p1))]
    assert alone == ["كوستا لوبيز"]  # (إيهاب is a common word: the coordination rule reads it)
    p = make_paragraph(one * 3000)
    names = given(p)
    assert len(names) == 6000
    t = time.process_time()
    out = PL._list_people(p, names)
    assert time.process_time() - t < 30
    assert [p.norm.text[n.start:n.end] for n in out] == alone * 3000
    assert out[-1].start == p1.norm.text.index("كوستا") + len(p1.norm.text) * 2999


# --- qualified offices ----------------------------------------------------------------------------------------


def test_qualified_offices_equal_the_scan(monkeypatch):
    for t in SENTENCES + list(_random_texts(200, 3)):
        assert _names(t) == _names_with(monkeypatch, t, {(QO, "SpanIndex"): ScanPeople}), t


def test_point_in_a_person_by_span_index():
    rnd = random.Random(3)
    for _ in range(200):
        spans = [(s, s + rnd.randint(0, 6)) for s in (rnd.randint(0, 40) for _ in range(rnd.randint(0, 12)))]
        idx, scan = SpanIndex(spans), ScanPeople(spans)
        for x in range(0, 50):
            assert idx.contains(x, x + 1) == scan.contains(x, x + 1)


# --- tanween ----------------------------------------------------------------------------------------------------------


def test_tanween_memo_equals_the_text():
    for text in ("ويزور الوفد المنطقة دوماً وأبداً، ثم يعود.", "لا تنوين في هذه الجملة أبدا", SENTENCES[6], ""):
        p = make_paragraph(text)
        got = [tanween(p, i) for i in range(len(p.toks))]
        want = [any(c == "\u064b" for c in p.text[slice(*p.original(p.starts[i], p.ends[i]))])
                for i in range(len(p.toks))]
        assert got == want
        if p.toks:
            assert p.memo["tanween"] == ("\u064b" in text)
    p = make_paragraph("ويزور الوفد المنطقة دوماً وأبداً")
    assert [i for i in range(len(p.toks)) if tanween(p, i)] == [3, 4]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_keep_their_names(monkeypatch, text):
    """All four old scans at once give the same names as the new code."""
    slow = _names_with(monkeypatch, text, {(PL, "SpanIndex"): ScanSpanIndex, (QO, "SpanIndex"): ScanPeople,
                                             (G, "DisjointSpans"): ScanSpans})
    assert _names(text) == slow
