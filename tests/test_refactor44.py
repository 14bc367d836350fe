"""Session 43 (refactor44, behaviour-preserving): the helpers that replaced copies, on sentences written here.

* ``placeids.one_word_place``: the one test "a listed one-word place" that abbreviations, family_pairs, players and
  place_recurrence ask (each had its own loop over the place index);
* ``part_slots`` reads بين / بينت from ``cuewords.NOT_SPEECH`` (its ``EXPLAIN`` was a word-for-word copy);
* the paragraph's ``fkeys`` instead of ``key(p.toks[t])`` (timezone_places, indef_adjectives, quoted_heads ...);
* ``benchmarks/bench_corpus.py``: the article-reading loop of name_passes / hook_cpu / profile_build and the JSONL
  reading of the scorers.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from arnews.entities import cuewords, indef_adjectives, part_slots, quoted_heads, timezone_places
from arnews.entities.abbreviations import _listed_place
from arnews.entities.placeids import one_word_place
from arnews.normalize import key
from arnews.text.paragraph import make_paragraph

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_corpus  # noqa: E402


# --- one word listed place ----------------------------------------------------------------------------

@pytest.mark.parametrize("w", ["نجران", "الرياض", "جدة", "الطائف", "مكة"])
def test_one_word_place_lists_towns_by_themselves(w):
    assert one_word_place(key(w))
    assert _listed_place(w)


@pytest.mark.parametrize("w", ["أبو", "كتاب", "الكتاب", "بالرياض", "المدينة", ""])
def test_one_word_place_not_words_nor_first_words_of_longer_names(w):
    # أبو opens أبو ظبي but is no place; بالرياض keeps its proclitic (the caller strips it); المدينة is no
    # place by itself
    assert not one_word_place(key(w))


def test_abbreviations_listed_place_also_reads_the_word_behind_the_article():
    # (the article is stripped by the caller, never by one_word_place)
    assert not one_word_place(key("الجدة")) and _listed_place("الجدة")
    assert not _listed_place("الكتاب")


# --- part_slots: one source for بين / بينت -------------------------------------------------------------

def test_part_slots_reads_cuewords_not_speech():
    assert part_slots.NOT_SPEECH is cuewords.NOT_SPEECH
    assert not hasattr(part_slots, "EXPLAIN")


@pytest.mark.parametrize("text, want", [
    ("وبين عمار أن الخطة جاهزة للتنفيذ", True),    # *explained*: أن follows the part
    ("وبينت سلمى أن المشروع اكتمل", True),
    ("وبين عمار والوزير خلاف قديم", False),        # *between*
    ("الفرق بين عمار وسلمى واضح", False),
    ("وأكد عمار أن الخطة جاهزة", False),            # (a verb of saying: part_mentions' own slot)
])
def test_explained_is_a_slot_only_before_that(text, want):
    p = make_paragraph(text, "ar")
    i = next(t for t, w in enumerate(p.toks) if w in ("عمار", "سلمى"))
    assert part_slots.extra_slot(p, i, i) is want


# --- fkeys for key(tok) ----------------------------------------------------------------------------

def test_fkeys_are_the_keys_of_every_token_kind():
    p = make_paragraph("أعلنت «أرامكو» عن 3 مشاريع في الدمام بتاريخ 12/3/2015 عبر www.aramco.com وAramco.", "ar")
    assert [key(t) for t in p.toks] == p.fkeys


def test_timezone_place_after_tawqit():
    p = make_paragraph("ارتفع المؤشر عند الساعة 0930 بتوقيت جرينتش صباح اليوم", "ar")
    got = timezone_places.timezone_places(p, [])
    assert [(p.text[n.start:n.end], n.type) for n in got] == [("جرينتش", "place")]
    for text in ("سيعلن القرار في توقيت لاحق", "اختيار التوقيت المناسب مهم", "بتوقيت تال"):
        assert timezone_places.timezone_places(make_paragraph(text, "ar"), []) == []


@pytest.mark.parametrize("text, want", [
    ("وافتتحت شركة مساهمة فرعا جديدا", True),
    ("ونقل المصاب إلى مستشفى متخصص في جدة", True),
    ("وزار مستشفى سعيد في الحي", False),        # a given name
    ("ونقل إلى مستشفى عفيف العام", False),       # a listed place
])
def test_indefinite_adjective_after_head(text, want):
    p = make_paragraph(text, "ar")
    i = next(t for t, w in enumerate(p.toks) if w in ("شركة", "مستشفى"))
    assert indef_adjectives.adjective_after_indefinite_head(p, i) is want


def test_quoted_name_after_head_and_one_adjective():
    p = make_paragraph('وافتتح مطعم شعبي "ركن الفوال" في جدة أمس', "ar")
    got = quoted_heads.quoted_head_names(p, [])
    assert [(p.text[n.start:n.end], n.type) for n in got] == [("ركن الفوال", "organisation")]
    # جديد is no nisba: nothing reads past it
    assert quoted_heads.quoted_head_names(make_paragraph('وافتتح مطعم جديد "ركن الفوال" في جدة', "ar"), []) == []


# --- benchmarks/bench_corpus.py ------------------------------------------------------------------------

def _corpus(tmp_path):
    (tmp_path / "a1.txt").write_text("أمير منطقة الرياض يفتتح معرض الكتاب\nافتتح أمير المنطقة المعرض أمس.\n",
                                     encoding="utf-8")
    (tmp_path / "a2.txt").write_text("هيئة السياحة تطلق مهرجان الصيف\nأطلقت الهيئة المهرجان في أبها.\n",
                                     encoding="utf-8")
    (tmp_path / "articles.csv").write_text("id,title,outlet,published\na1,أمير منطقة الرياض يفتتح معرض الكتاب,"
                                           "riyadh, 2015-03-02 \n", encoding="utf-8")
    return [tmp_path / "a1.txt", tmp_path / "a2.txt"]


def test_read_articles_merges_the_manifest_as_a_build(tmp_path):
    paths = _corpus(tmp_path)
    man = bench_corpus.manifest_rows(tmp_path)
    assert man["a1"]["published"] == "2015-03-02"  # (read_manifest strips)
    a1, a2 = bench_corpus.read_articles(paths, man)
    assert (a1.article_id, a1.meta["metadata_source"], a1.meta["outlet"]) == ("a1", "manifest", "riyadh")
    assert a2.meta["metadata_source"] == "text"
    bare = bench_corpus.read_articles(paths)  # no manifest: nothing merged
    assert [a.article_id for a in bare] == ["a1", "a2"] and "metadata_source" not in bare[0].meta
    assert bench_corpus.manifest_rows(tmp_path / "none") == {}


def test_read_articles_skips_or_raises_on_an_unreadable_file(tmp_path):
    from arnews.corpus import CorpusError

    paths = _corpus(tmp_path) + [tmp_path / "missing.txt"]
    seen = []
    got = bench_corpus.read_articles(paths, {}, on_error=seen.append)
    assert [a.article_id for a in got] == ["a1", "a2"] and len(seen) == 1 and "missing.txt" in str(seen[0])
    with pytest.raises(CorpusError):
        bench_corpus.read_articles(paths, {})


def test_read_jsonl(tmp_path):
    f = tmp_path / "g.jsonl"
    rows = [{"page": "a1", "start": 0, "end": 5, "surface": "أمير", "type": "person"},
            {"page": "a2", "start": 9, "end": 13, "surface": "أبها\u2028", "type": "place"}]
    f.write_text(json.dumps(rows[0], ensure_ascii=False) + "\n\n" + json.dumps(rows[1], ensure_ascii=False) + "\n",
                 encoding="utf-8")
    assert bench_corpus.read_jsonl(f) == rows
    assert bench_corpus.read_jsonl(f, f) == rows + rows
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"page": "a1"}\n{"page": \n', encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.jsonl:2: not JSON"):
        bench_corpus.read_jsonl(bad)
