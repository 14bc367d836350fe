"""speed52 (issue 11, behaviour-preserving): four name passes ask their per-word tests once per word type or
once per paragraph instead of once per token or per call.

* :func:`arnews.entities.facility_bodies.facility_bodies`: the facility word's length per key type
  (``_facility_len``, cached) instead of ``_head_len`` per token, and the tokens inside a found name by two
  bisections of the ordered token offsets instead of a scan of every token per name;
* :func:`arnews.entities.tribe_places.tribe_places`: a paragraph whose key text holds neither بني nor بنى has no
  word whose key ends with them (a word's key is a slice of the key text), so its word types are not read;
* :func:`arnews.entities.scorer_names.scorer_people`: the gate's scorer verb per word type (``_scorer_word``,
  cached) instead of per type and paragraph;
* :func:`arnews.entities.movements._writes_cue`: remembered per paragraph (``p.memo["writes_cue"]``).

Each is checked against the old code: the function's own source with the new lines put back to the old ones,
executed in its module, on sentences written for this test (invented news; no corpus text) and random strings of
their words, numbers, Latin and punctuation."""
from __future__ import annotations

import inspect
import random
import textwrap
from bisect import bisect_left, bisect_right

from arnews.entities import facility_bodies as FB
from arnews.entities import movements as MV
from arnews.entities import scorer_names as SN
from arnews.entities import tribe_places as TP
from arnews.entities.names import paragraph_names
from arnews.normalize import key
from arnews.text import make_paragraph

SENTENCES = [
    "وصل وزير الخارجية إلى الرياض قادما من جدة، ثم زار الدمام والخبر والظهران في جولة قصيرة.",
    "ونقلت وكالة الأنباء السعودية (واس) عن المتحدث الرسمي أن الوفد سيغادر إلى القاهرة غدا.",
    "وقالت صحيفة «عكاظ» إن مكتب إف بي آي فتح تحقيقا، فيما أكدت إيه.بي.سي أن الخبر غير دقيق.",
    "وتعادل الهلال مع النصر في المباراة التي أقيمت على ملعب الملك فهد الدولي، وسجل هدف الفريق اللاعب ماركو سيلفا.",
    "وفي الشوط الثاني أضاف سيلفا الهدف الثاني بتسديدة قوية، قبل أن يقلص المدرب الفارق بتبديل متأخر.",
    "وفاز الأهلي ونجران والوحدة في الجولة الأولى من الدوري، وتأجلت مباراة الشباب والفتح.",
    "وأعلن مطار الملك خالد الدولي تأخر رحلتين، فيما افتتح مستشفى الملك فيصل جناحا جديدا ومسجد الحي أبوابه.",
    "وصلى المصلون في مسجد للقوات الأمنية، وزاروا ملعب النادي الرئيس وشاطئ الخبر العاجل.",
    "بهدف مبكر أحرزه نيكاي فاز الفريق، وسجله كوستا في الدقيقة العاشرة، وأحرزه لاعب الوسط.",
    "وأكد أن الحصار المفروض على غزة يجب أن ينتهي، وحملت حماس الاحتلال المسؤولية.",
    "وأشاد المدرب بحماس اللاعبين في المباراة الأخيرة، ووسط حماس جماهيري كبير افتتح المهرجان أبوابه.",
    "والتقى الأمير خالد الفيصل أمير منطقة مكة المكرمة رئيس بلدية جدة في مقر الإمارة.",
    "ويشارك في الملتقى الدكتور سامي الحربي والمهندس فهد العتيبي من جامعة الملك عبدالعزيز.",
    "الأهلي يكسب الاتحاد ويتصدر",
    "وكشف مدير شرطة الرياض أن الدوريات ضبطت 12 مخالفا في حي العزيزية وحي الملز.",
    "تقع القرية في بني مازن جنوب المحافظة، ويسكنها أبناء قبيلة بني شهر منذ قرون.",
    "وبنى الأهالي مسجدا جديدا في بني عمرو، وزاره وفد من ببني مالك ووببني سعد.",
    "وتحدث عن بني آدم وبني جلدته، ثم عاد إلى مستشفى بنى مرة للعلاج.",
]

_EXTRA = ["و", "في", "من", "إلى", "،", ".", ":", "-", "«", "»", "(", ")", "2015", "12", "ABC", "Reuters",
          "بن", "أبو", "ال", "الـ", "ب", "ل", "وال", "للمنتخب", "بالهلال", "والنصر", "مدرب", "هدفين", "بني", "بنى", "وبني", "ابني", "مبنى"]


def _vocab() -> list[str]:
    words = sorted({w for s in SENTENCES for w in s.replace("،", " ، ").replace(".", " . ").split()})
    return words + _EXTRA


def _random_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    vocab = _vocab()
    out = []
    for _ in range(n):
        ws = [rnd.choice(vocab) for _ in range(rnd.randint(1, 40))]
        out.append(" ".join(ws) if rnd.random() < 0.8 else "".join(rnd.choice(("", " ", "  ")) + w for w in ws))
    return out


TEXTS = SENTENCES + _random_texts(300, 52)



def _par(text: str, aid: str = "a", n: int = 0, role: str = "body"):
    return make_paragraph(text, "ar", article_id=aid, paragraph=n, role=role)


def _old(module, name: str, swaps: list):
    """The function ``name`` of ``module`` as it was: its source with each new text (first) put back to the old
    one (second), executed in the module's namespace (every swap must apply once: the test follows the code)."""
    src = textwrap.dedent(inspect.getsource(getattr(module, name)))
    for new, old in swaps:
        assert src.count(new) == 1, new
        src = src.replace(new, old)
    ns = dict(vars(module))
    exec(compile(src, f"<old {name}>", "exec"), ns)
    return ns[name]


_FACILITY_SWAPS = [
    ("    kinds = p.kinds  # (every t below is a token: is_word is its kind)\n"
     "    at = [t for t in range(len(fk) - 1) if kinds[t] == \"word\" and _facility_len(fk[t]) and adjacent(p, t, t + 1)]\n",
     "    at = [t for t in range(len(fk) - 1) if is_word(p, t) and _head_len(fk[t], heads) and adjacent(p, t, t + 1)]\n"),
    ("    starts, ends = p.starts, p.ends\n"
     "    for nm in found:  # the tokens overlapping the name: a range of the ordered, disjoint tokens (two bisections)\n"
     "        inside.update(range(bisect_right(ends, nm.start), bisect_left(starts, nm.end)))\n",
     "    for nm in found:\n"
     "        inside.update(u for u in range(len(p.toks)) if p.starts[u] < nm.end and p.ends[u] > nm.start)\n"),
]
_TRIBE_SWAPS = [
    ("    kt = p.ktext  # (speed52: a word's key is a slice of the key text, so a key ending in بني or بنى is in it)\n"
     "    if \"بني\" not in kt and \"بنى\" not in kt or not any(",
     "    if not any("),
]
_SCORER_SWAPS = [
    ("    if p.rules != \"ar\":\n        return found\n"
     "    scorer_verbs()  # (syncs the lexicon folder for the per-type cache of _scorer_word)\n"
     "    if not any(map(_scorer_word, word_types(p))):\n",
     "    if p.rules != \"ar\" or not any(scorer_verb(key(w)) for w in word_types(p)):\n"),
]


def _found():
    return {t: paragraph_names(_par(t)) for t in TEXTS}


def test_facility_bodies_equal_the_old_pass():
    old = _old(FB, "facility_bodies", _FACILITY_SWAPS)
    found = _found()
    texts = [t for t in TEXTS if any(FB._facility_len(k) for k in _par(t).fkeys)]
    assert len(texts) >= 20  # (مطار، مستشفى، مسجد، ملعب، شاطئ: the pass runs past its gate)
    changed = 0
    for t in TEXTS:
        p = _par(t)
        # the names as found, and without the places the pass itself made (so that it makes them again)
        bare = [nm for nm in found[t] if not (nm.type == "place" and FB._facility_len(key(p.ntext[nm.start:nm.end].split()[0])))]
        for names in (found[t], bare):
            new_out = FB.facility_bodies(_par(t), names)
            assert new_out == old(_par(t), names), t
            changed += new_out != names
    assert changed >= 2  # (it reads a facility somewhere: the comparison is not of two no-ops)


def test_facility_len_is_head_len_per_key():
    heads = FB._heads()
    keys = {k for t in TEXTS for k in _par(t).fkeys} | {"بمسجد", "ومستشفى", "لملعب", "فمسجد", "مسجد"}
    assert all(FB._facility_len(k) == FB._head_len(k, heads) for k in keys)
    assert FB._facility_len("بمسجد") == FB._head_len("بمسجد", heads) > 0


def test_tokens_inside_names_by_bisection_equal_the_scan():
    rnd = random.Random(7)
    for text in TEXTS[:150]:
        p = _par(text)
        n = len(p.ntext)
        spans = [(nm.start, nm.end) for nm in paragraph_names(_par(text))]
        spans += [(s, s + rnd.randint(0, 12)) for s in (rnd.randint(0, max(n, 1)) for _ in range(20))]
        for s, e in spans:
            got = set(range(bisect_right(p.ends, s), bisect_left(p.starts, e)))
            assert got == {u for u in range(len(p.toks)) if p.starts[u] < e and p.ends[u] > s}, (text, s, e)


def test_a_word_key_is_its_slice_of_the_key_text():
    """The premise of the tribe places' prefilter (and of ``p.fkeys``): ``key(token)`` of a word is in ``p.ktext``."""
    for text in TEXTS + ["بَنِي مازن وبنـي شهر", "بنى الأهالي", "ابنى", "بنىٰ"]:
        p = _par(text)
        for kd, tok, fk in zip(p.kinds, p.toks, p.fkeys):
            if kd == "word":
                assert key(tok) == fk and fk in p.ktext, (text, tok)


def test_tribe_places_equal_the_old_pass():
    old = _old(TP, "tribe_places", _TRIBE_SWAPS)
    found = _found()
    hits = 0
    for t in TEXTS:
        for names in (found[t], []):  # (with no name found yet, the pass adds its own)
            got = TP.tribe_places(_par(t), names)
            assert got == old(_par(t), names), t
            hits += bool(got)
    assert hits >= 2


def test_scorer_people_equal_the_old_pass():
    old = _old(SN, "scorer_people", _SCORER_SWAPS)
    found = _found()
    hits = 0
    for t in TEXTS:
        for names in (found[t], []):
            got = SN.scorer_people(_par(t), names)
            assert got == old(_par(t), names), t
            hits += got != names
    assert hits >= 1
    words = {w for t in TEXTS for w in _par(t).toks} | {"وسجل", "فأحرز", "سجله", "سجل"}
    assert all(SN._scorer_word(w) == SN.scorer_verb(key(w)) for w in words)


def test_writes_cue_is_remembered_per_paragraph():
    for text in TEXTS:
        p = _par(text)
        want = MV._reads_cue(sorted({t for kd, t in zip(p.kinds, p.toks) if kd == "word"}))
        assert MV._writes_cue(p) == want
        assert p.memo["writes_cue"] == want
        assert MV._writes_cue(p) == want  # (read back)
    assert MV._writes_cue(_par(SENTENCES[9])) and not MV._writes_cue(_par(SENTENCES[10]))


def test_names_of_the_sentences_pinned():
    """Whole paragraphs through every pass: names of a few sentences as this code finds them (the same at main)."""
    got = {t: [(_par(t).ntext[nm.start:nm.end], nm.type) for nm in paragraph_names(_par(t))] for t in SENTENCES}
    assert ("بني مازن", "place") in got[SENTENCES[15]]
    assert any(tp == "place" and "مطار" in s for s, tp in got[SENTENCES[6]])
