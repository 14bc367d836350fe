"""Session 57 speed (issue 11, branch ``speed59``): per-token tests of three article-level name passes moved to
per-type caches and to bits of the names' one scan of the paragraph's word types.

* ``part_mentions._verb_before`` asks the per-type ``verb_word`` (speech verb or act verb) before the name test;
  ``echoed_pair_rows`` skips a paragraph whose gate bit ``names._VERB`` is closed (no verb type at all);
* ``ministry_lists.head_word`` caches ``_head`` per key; ``ministry_list_rows`` skips a paragraph whose bit
  ``names._MINISTRY_HEAD`` is closed;
* ``movements.cue_word`` caches per word type what ``_reads_cue`` asked of every type's readings.

Each is checked against the old per-token function (written out here as main left it) on sentences written for
these tests in the style of Saudi news, and on random strings of their words.
"""
from __future__ import annotations

import importlib
import random

from arnews.entities.table import find_names
from arnews.normalize import key
from arnews.text import make_paragraph
from arnews.wordforms import word_analyses

names = importlib.import_module("arnews.entities.names")
part_mentions = importlib.import_module("arnews.entities.part_mentions")
echoed_pairs = importlib.import_module("arnews.entities.echoed_pairs")
ministry_lists = importlib.import_module("arnews.entities.ministry_lists")
movements = importlib.import_module("arnews.entities.movements")
positions = importlib.import_module("arnews.entities.positions")
cuewords = importlib.import_module("arnews.entities.cuewords")

SENTENCES = [
    "وأكد جان ديبي أن قرار إدارة الميناء متسرع. وقال ديبي «إنه قرار كارثي».",
    "وفي لقاء تلفزيوني تحدث المحلل السياسي فريد زكريا عن الانتخابات المقبلة. وأضاف زكريا: الناخبون غاضبون.",
    "وكتبت الطالبة نورة العتيبي رسالة إلى أمير منطقة الرياض، وأشادت العتيبي بالمبادرة",
    "وروى الشيخ قصة بنت أبي طالب رضي الله عنها في المسجد",
    "وشارك في اجتماع الرياض ممثلون عن وزارات الداخلية والمالية والعدل لبحث آليات التنسيق",
    "وأقرت اللجنة المشكلة في الرياض من مندوبين من وزارتي الخدمة والمالية صرف البدل للموظفين",
    "وأدانت حركة حماس القصف الإسرائيلي على غزة، وقالت حماس إن الاحتلال يتحمل المسؤولية",
    "ولعب الفريق بحماس كبير أمام جماهيره في جدة",
    "ارتفعت أسعار النفط في تعاملات اليوم بنسبة طفيفة",
    "وقال", "وزارات", "حماس", "طالب",  # a trigger alone at the edges
]


def _random_texts(n: int, seed: int = 59) -> list[str]:
    rng = random.Random(seed)
    words = sorted({w for s in SENTENCES for w in s.split()} | {"فطالب", "وتوفي", "ابن", "ووزارتي", "بوزارات"})
    extra = ["18", "2015", "FBI", "،", ".", '"', "«", "»", ":", "و", "ال"]
    return [" ".join(rng.choice(words) if rng.random() < 0.8 else rng.choice(extra) for _ in range(rng.randint(1, 12)))
            for _ in range(n)]


def _old_verb_before(p, i):  # (part_mentions._verb_before as main left it)
    if not positions.is_word(p, i - 1):
        return False
    w, k = p.toks[i - 1], p.fkeys[i - 1]
    if positions.is_word(p, i - 2) and p.fkeys[i - 2] in part_mentions._NAME_BEFORE:
        return False
    acts = part_mentions.ACT_VERBS
    return cuewords.speech_word(w) or k in acts or (k[:1] in "وف" and k[1:] in acts)


def _old_reads_cue(types):  # (movements._reads_cue as main left it)
    cues = movements.movement_cues()
    return any((r[2:] if r.startswith("ال") else r) in cues for w in types for r in word_analyses(w, "ar")[1])


def test_verb_before_equals_the_old_test_at_every_token():
    hits = 0
    for text in SENTENCES + _random_texts(300):
        p = make_paragraph(text, "ar")
        for i in range(len(p.kinds) + 2):
            got = part_mentions._verb_before(p, i)
            assert got == _old_verb_before(p, i), (text, i)
            hits += got
    assert hits > 20  # the sentences and strings do hold verbs before words


def test_verb_words_and_the_name_before():
    for w in ("وقال", "وأضافت", "فأوضح", "وكتبت", "وأشادت", "توفي"):
        assert part_mentions.verb_word(w, key(w)), w
    for w in ("بين", "النفط", "وزارات", "طالبة"):
        assert not part_mentions.verb_word(w, key(w)), w
    p = make_paragraph("بنت أبي طالب رضي الله عنها", "ar")
    assert part_mentions.verb_word("طالب", key("طالب")) and not part_mentions._verb_before(p, 3)  # طالب closes a name


def test_gate_bits_open_exactly_where_a_word_passes():
    names.load_cues()
    for text in SENTENCES + _random_texts(200):
        p = make_paragraph(text, "ar")
        types = positions.word_key_types(p)
        ministry_lists.ministry_fields()
        assert names.verb_gate(p) == any(part_mentions.verb_word(t, k) for t, k in types), text
        heads = ministry_lists.ministry_fields()[0]
        assert names.ministry_head_gate(p) == any(ministry_lists._head(k, heads) for _, k in types), text
    assert names.ministry_head_gate(make_paragraph("من وزارتي الخدمة والمالية", "ar"))
    assert not names.ministry_head_gate(make_paragraph("وزارة الخدمة المدنية", "ar"))
    assert not names.verb_gate(make_paragraph("ارتفعت أسعار النفط في تعاملات اليوم", "ar"))


def test_head_word_equals_head():
    heads = ministry_lists.ministry_fields()[0]
    for w in "وزارات ووزارات بوزارتي لوزارتا وبوزارات وزارة الوزارات فوزارات".split():
        k = key(w)
        assert ministry_lists.head_word(k) == ministry_lists._head(k, heads), w
    assert ministry_lists.head_word(key("ووزارتي")) and not ministry_lists.head_word(key("وزارة"))


def test_cue_word_equals_the_old_loop():
    for text in SENTENCES + _random_texts(200):
        types = positions.word_types(make_paragraph(text, "ar"))
        assert movements._reads_cue(types) == _old_reads_cue(types), text
    assert movements._reads_cue(frozenset({"غزة"})) and movements._reads_cue(frozenset({"والاحتلال"}))
    assert not movements._reads_cue(frozenset({"جماهيره", "بحماس"}))


def _rows(text):
    df = find_names(text)
    return list(zip(df["surface"], df["entity_id"], df["type"], df["source"]))


def test_names_equal_with_the_gates_open(monkeypatch):
    """The closed gates change no name: every text read with both gates forced open gives the same rows."""
    texts = SENTENCES + _random_texts(40)
    fast = [_rows(t) for t in texts]
    monkeypatch.setattr(echoed_pairs, "verb_gate", lambda p: True)
    monkeypatch.setattr(names, "ministry_head_gate", lambda p: True)
    assert [_rows(t) for t in texts] == fast


def test_closed_gates_skip_the_token_loops(monkeypatch):
    """The saving itself: a paragraph with no verb asks no ``verb_before`` of echoed_pairs, one without a head asks
    no per-token head test (main asked both of every word token)."""
    asked = []
    monkeypatch.setattr(echoed_pairs, "verb_before", lambda p, i: asked.append(i) or False)
    monkeypatch.setattr(ministry_lists, "head_word", lambda k: asked.append(k) or False)
    find_names("وصل وفد من رجال الأعمال إلى الرياض لبحث فرص الاستثمار في الصناعة")
    assert asked == []
    find_names("وقال وفد من رجال الأعمال في الرياض إن فرص الاستثمار كبيرة")
    assert asked  # a verb opens the gate: the token loop runs


def test_passes_still_fire():
    rows = _rows("وأكد جان ديبي أن قرار إدارة الميناء متسرع. وقال ديبي «إنه قرار كارثي».")
    assert [s for s, _, t, _ in rows if t == "person"] == ["جان ديبي", "ديبي"]
    got = [s for s, _, t, _ in _rows("وشارك في اجتماع الرياض ممثلون عن وزارات الداخلية والمالية والعدل لبحث آليات "
                                     "التنسيق") if t == "organisation"]
    assert got == ["الداخلية", "المالية", "العدل"]
    got = _rows("وأدانت حركة حماس القصف الإسرائيلي على غزة، وقالت حماس إن الاحتلال يتحمل المسؤولية")
    assert [s for s, *_ in got] == ["حركة حماس", "غزة", "حماس"]  # the bare حماس: a movement cue (غزة) is written
    assert "حماس" not in {s for s, *_ in _rows("ولعب الفريق بحماس كبير أمام جماهيره في جدة")}
