"""speed49 (issue 11, behaviour-preserving): the office runs of the name finder (:mod:`arnews.entities.office_runs`)
look back for an office only from a word that has an office word among the :data:`OFFICE_WINDOW` tokens before it
(the office words of a paragraph are found in one pass), instead of walking back from every word.  The fast path
equals the slow one (every word looked back from) on sentences written for this test (invented people, no corpus
text) and on random strings of office words, names, stop words and punctuation."""
from __future__ import annotations

import random

import pytest

from arnews.entities import office_runs as OR
from arnews.entities.names import paragraph_names
from arnews.text import make_paragraph

SENTENCES = [
    "وقال رئيس هيئة الطاقة الإيرانية علي أكبر نوراني في تصريحات للصحفيين إن المفاوضات مستمرة.",
    "واستقبل وزير الداخلية محمد علي كاظمي الذي وصل أمس وفدا من رجال الأعمال.",
    "وحضر اللقاء وزير الصحة سالم يعقوبي، ووكيل الوزارة.",
    "وشارك في الاجتماع مدير المكتب فزاع الشليوي، ومساعدوه.",
    "ويتقدم السباق حاكم أوهايو السابق توم كارسلي وعدد من المرشحين.",
    "وانتقد سيناتور أريزونا كيرت جرينفيلد الاتفاق.",
    "وأكد وزير الخارجية علي أهمية التعاون بين البلدين.",
    "وأشاد مدرب الفريق بعودة لاعب الوسط وضابط إيقاعه الخفي بعد غياب طويل.",
    "وقال المتحدث باسم الوزارة في بيان إن الوزير سيزور المنطقة الشرقية الأسبوع المقبل.",
    "التقى وزير التعليم ونائبه ومدير عام التعليم بالمنطقة سعد الهاجري، ثم زار الوزير المدارس.",
    "وأوضح مدير إدارة المرور في محافظة جدة العميد فهد القحطاني أن الحملة مستمرة",
    "رئيس",
    "",
]

_WORDS = ("وزير", "الوزير", "مدير", "رئيس", "حاكم", "المتحدث", "سيناتور", "محمد", "علي", "أكبر", "صالحي", "يعقوبي",
          "الشليوي", "فهاد", "جيب", "بوش", "السابق", "في", "لدى", "من", "التعليم", "الصحة", "الداخلية", "سيزور",
          "قال", "وأكد", "كتابا", "الرياض", "فلوريدا", "،", ".", "«", "»", "2015", "10", "\n")


def _names_both_ways(monkeypatch, text: str):
    fast = [repr(n) for n in paragraph_names(make_paragraph(text))]
    with monkeypatch.context() as m:  # the slow path: every word is looked back from (as before speed49)
        m.setattr(OR, "office_tokens", lambda p: list(range(len(p.toks))))
        slow = [repr(n) for n in paragraph_names(make_paragraph(text))]
    return fast, slow


@pytest.mark.parametrize("text", SENTENCES)
def test_office_runs_fast_path_equals_the_walk_from_every_word(monkeypatch, text):
    fast, slow = _names_both_ways(monkeypatch, text)
    assert fast == slow


def test_office_runs_fast_path_on_random_strings(monkeypatch):
    rnd = random.Random(49)
    for _ in range(300):
        text = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 40)))
        fast, slow = _names_both_ways(monkeypatch, text)
        assert fast == slow, text


def test_office_tokens_are_the_only_tokens_after_office_returns():
    """Every token _after_office returns is an office token of the paragraph and lies within the window before the
    word; a word with none there gets -1 (what the fast path assumes)."""
    rnd = random.Random(7)
    texts = SENTENCES + [" ".join(rnd.choice(_WORDS) for _ in range(30)) for _ in range(200)]
    seen = 0
    for text in texts:
        p = make_paragraph(text)
        offices = set(OR.office_tokens(p))
        for a in range(1, len(p.toks)):
            o = OR._after_office(p, a)
            if o >= 0:
                seen += 1
                assert o in offices and a - OR.OFFICE_WINDOW <= o < a
            elif not any(a - OR.OFFICE_WINDOW <= t < a for t in offices):
                assert o == -1
    assert seen > 20


def test_the_window_edge_is_kept():
    """An office exactly OFFICE_WINDOW tokens back is reached (the look back includes it), one token further is
    not; and the fast path's pointer over the office tokens gives what a look back from every word gives: with
    office_tokens patched to every token (no word skipped), people_after_office_runs finds the same people, on
    offices at every distance from the name (review 2: the old assertion accepted both answers)."""
    p = make_paragraph("وزير " + " ".join(["الشؤون"] * (OR.OFFICE_WINDOW - 1)) + " محمد يعقوبي")
    assert OR.office_tokens(p)[:1] == [0]
    assert OR._after_office(p, OR.OFFICE_WINDOW) == 0
    assert OR._after_office(p, OR.OFFICE_WINDOW + 1) == -1
    from arnews.entities.names import paragraph_names

    texts = [f"وقال وزير {' '.join(['الشؤون'] * k)} فهاد الذويبي إن الاجتماع انتهى" for k in range(0, OR.OFFICE_WINDOW + 2)]
    texts += [f"وأكد مدير {' '.join(['المكتب'] * k)} سالم يعقوبي ونائب {' '.join(['المحافظ'] * k)} يوسف خميس ذلك"
              for k in range(0, OR.OFFICE_WINDOW + 2)]
    fast = [[(n.start, n.end, n.type) for n in paragraph_names(make_paragraph(t))] for t in texts]
    real = OR.office_tokens
    try:
        OR.office_tokens = lambda p: [t for t, kd in enumerate(p.kinds) if kd == "word"]
        slow = [[(n.start, n.end, n.type) for n in paragraph_names(make_paragraph(t))] for t in texts]
    finally:
        OR.office_tokens = real
    assert fast == slow
    assert any(fast)  # (the runs are found somewhere: the comparison is not of empty lists)


# --- the scans per name that were quadratic on a 2 MB one-line article -------------------------------------------

def test_token_containing_equals_the_scan_of_every_token():
    """offices and coordination asked for the token holding a name's start by scanning every token (per name);
    token_containing bisects the starts and gives the same token (or None) at every offset."""
    from arnews.entities.positions import token_containing

    rnd = random.Random(11)
    texts = SENTENCES + [" ".join(rnd.choice(_WORDS) for _ in range(25)) for _ in range(60)] + [
        "لأمانة العاصمة المقدسة، وبالتعاون مع «هيئة الهلال الأحمر» (2015) وللجنة ولوزارة.."]
    checked = 0
    for text in texts:
        p = make_paragraph(text)
        for x in range(-1, len(p.ntext) + 2):
            scan_le = next((i for i, (s, e) in enumerate(zip(p.starts, p.ends)) if s <= x < e), None)
            assert token_containing(p, x) == scan_le, (text, x)
            if x not in p.starts:  # (offices asks only where no token starts: there the strict scan agrees)
                scan_lt = next((u for u in range(len(p.starts)) if p.starts[u] < x < p.ends[u]), None)
                assert token_containing(p, x) == scan_lt, (text, x)
            checked += 1
    assert checked > 2000


def test_entity_ends_remembered_and_spans_unchanged():
    """The map of decoded HTML references is remembered once the offset map exists, also when the text has none
    (the ``&`` test read the whole original text at every mapped span); every span maps as on a fresh text."""
    from arnews.normalize import normalize

    for text in ("قال الوزير &quot;نعم&quot; &amp; أضاف: دوماً سنعمل", "قال الوزير دوماً ـ سنعمل معاً", "", "a &lt; b"):
        nt = normalize(text)
        n = len(nt.text)
        spans = [(s, e) for s in range(n + 1) for e in range(s, min(n, s + 6) + 1)]
        got = [nt.to_original(s, e) for s, e in spans]
        assert got == [normalize(text).to_original(s, e) for s, e in spans]
        if n:
            assert len(nt._index) == 2  # (the map of references, {} without one, is kept next to the offset map)
        if n and "&" not in text:
            assert nt._index[1] == {}


class _ScanIndex:
    """The scan of every span that SpanIndex replaced in entities.table (the slow path)."""

    def __init__(self, spans):
        self.spans = list(spans)

    def overlaps(self, s, e):
        return any(s < te and ts < e for ts, te in self.spans)


def test_name_spans_and_entities_equal_the_scan_of_every_match(monkeypatch):
    """paragraph_name_spans and paragraph_entities test each found name against the gazetteer's matches through a
    SpanIndex (O(log n)); the scan of every match gives the same rows."""
    from arnews.entities import table as ET

    texts = SENTENCES + [
        "وصل ولي العهد إلى الرياض قادما من جدة، واستقبله أمير منطقة الرياض ووزير الخارجية السعودي في مطار الملك خالد",
        "التقى الرئيس الأمريكي في واشنطن رئيس الوزراء البريطاني، وبحثا الأوضاع في سوريا والعراق واليمن ولبنان",
        "وشارك نادي الهلال ونادي النصر والاتحاد والأهلي في بطولة كأس الملك بمدينة جدة ومدينة الدمام",
    ]
    for text in texts:
        fast_spans = ET.paragraph_name_spans(make_paragraph(text))
        fast_ents = ET.paragraph_entities(make_paragraph(text))
        with monkeypatch.context() as m:
            m.setattr(ET, "SpanIndex", _ScanIndex)
            assert ET.paragraph_name_spans(make_paragraph(text)) == fast_spans
            assert ET.paragraph_entities(make_paragraph(text)) == fast_ents


def test_names_near_equals_the_scan_of_every_name():
    """NamesNear.near gives the names with start < hi and end >= lo, in list order, as the scan of the list does."""
    from arnews.entities.keys import Name

    rnd = random.Random(5)
    for _ in range(300):
        names = []
        for _ in range(rnd.randint(0, 30)):
            s = rnd.randint(0, 200)
            names.append(Name(s, s + rnd.randint(1, 25), rnd.choice(("person", "place", "organisation")), "cue", 0.6, "k"))
        ix = OR.NamesNear(names)
        for _ in range(20):
            lo = rnd.randint(-5, 230)
            hi = lo + rnd.randint(1, 40)
            assert ix.near(lo, hi) == [nm for nm in names if nm.start < hi and nm.end >= lo]


def test_office_runs_through_the_index_equal_the_scan_of_every_name(monkeypatch):
    """With the index used from the first name (NEAR_INDEX 0) the office runs add the same names as with the scan
    of every name found (NEAR_INDEX beyond any list), on the sentences, random strings and one long paragraph of
    them all (offices and names every few words, as in a 2 MB one-line article)."""
    rnd = random.Random(3)
    texts = SENTENCES + [" ".join(rnd.choice(_WORDS) for _ in range(40)) for _ in range(80)]
    texts.append(" ".join(SENTENCES * 5))
    for text in texts:
        with monkeypatch.context() as m:
            m.setattr(OR, "NEAR_INDEX", 0)
            indexed = [repr(n) for n in paragraph_names(make_paragraph(text))]
        with monkeypatch.context() as m:
            m.setattr(OR, "NEAR_INDEX", 10 ** 9)
            scanned = [repr(n) for n in paragraph_names(make_paragraph(text))]
        assert indexed == scanned, text
