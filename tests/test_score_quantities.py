"""The quantities scorer (benchmarks/score_quantities.py): one-to-one matching by overlap
length, the exact-span figure, yearless dates, weekday-only gold rows.  Texts written here."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("score_quantities", ROOT / "benchmarks" / "score_quantities.py")
sq = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sq)


def _g(start, end, **kw):
    return {"start": start, "end": end, **kw}


def test_matching_is_one_to_one_by_overlap_length():
    gold = [_g(0, 5), _g(20, 30)]
    # a prediction extending the gold span (a partitive: "87.6% من الخطة") still matches it
    pred = [_g(0, 14), _g(21, 24), _g(22, 30)]
    pairs = sq.match(gold, pred)
    assert sorted(pairs) == [(0, 0), (1, 2)]  # the longer overlap wins; 21-24 stays unmatched


def _corpus(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return tmp_path


def _row(text, surface, kind, **kw):
    s = text.find(surface)
    base = dict(article_id="a", start=s, end=s + len(surface), surface=surface, kind=kind, value=None,
                value_end=None, unit="", currency="", date="", calendar="", approx="")
    base.update(kw)
    return base


def test_yearless_prediction_counts_only_when_the_text_writes_no_year(tmp_path):
    text = "افتتاح المشروع\nافتتح المحافظ يوم 15 يناير المشروع الجديد.\n"
    gold = [_row(text, "15 يناير", "date", date="2025-01-15")]
    res = sq.score(gold, _corpus(tmp_path, text))
    assert res["end_to_end"]["f1"] == 1.0 and res["yearless_accepted"] == 1
    text2 = "افتتاح المشروع\nافتتح المحافظ يوم 15 يناير المشروع الذي بدأ عام 2024.\n"
    gold2 = [_row(text2, "15 يناير", "date", date="2025-01-15"), _row(text2, "عام 2024", "year", value=2024)]
    res2 = sq.score(gold2, _corpus(tmp_path, text2))
    assert res2["yearless_accepted"] == 0 and res2["end_to_end"]["recall"] == 0.5


def test_weekday_only_gold_rows_are_dropped_and_counted(tmp_path):
    text = "اجتماع\nعقد المجلس اليوم الثلاثاء اجتماعه الخامس بحضور 12 عضوا.\n"
    gold = [_row(text, "اليوم الثلاثاء", "date", note="weekday-only"),
            _row(text, "12 عضوا", "count", value=12)]
    res = sq.score(gold, _corpus(tmp_path, text))
    assert res["dropped_weekday_only"] == 1 and res["gold"] == 1


def test_partitive_extension_matches_but_is_not_exact(tmp_path):
    text = "إنجاز\nبلغت نسبة الإنجاز 87.6% من الخطة السنوية.\n"
    gold = [_row(text, "87.6%", "percent", value=87.6)]
    res = sq.score(gold, _corpus(tmp_path, text))
    assert res["span"]["f1"] == 1.0 and res["end_to_end"]["f1"] == 1.0
    assert res["span_exact"]["recall"] == 0.0


def test_gold_rounded_to_its_decimals_matches():
    assert sq.same_value(0.3333, 1 / 3) and not sq.same_value(0.3, 1 / 3) and not sq.same_value(7.12, 7.125)
    json.dumps(sq.prf(1, 1, 1))


def test_figures_in_the_analysed_roles_leave_out_datelines_and_boilerplate(tmp_path):
    text = "افتتاح\nالأحد، 12/01/2025 - 08:45\nحضر الافتتاح 12 عضوا.\nتعليق (0)\n"
    gold = [_row(text, "12/01/2025", "date", date="2025-01-12"),
            _row(text, "12 عضوا", "count", value=12),
            dict(_row(text, "0", "count", value=0), start=text.rfind("0"), end=text.rfind("0") + 1)]
    res = sq.score(gold, _corpus(tmp_path, text))
    # round 45: the dateline's date is a row of the table (its clock time too, which this gold leaves out)
    assert res["gold"] == 3 and abs(res["end_to_end"]["recall"] - 2 / 3) < 1e-3
    r = res["in_roles"]
    assert r["gold"] == 1 and r["outside"] == {"boilerplate": 1, "dateline": 1}
    assert r["end_to_end"]["f1"] == 1.0


def test_a_year_range_is_scored_by_its_date():
    """The guide defines a year_range by ``date`` (``2013/2014``), with no value: the tool's
    value_end is not held against it, its date is."""
    gold = {"kind": "year_range", "value": None, "value_end": None, "date": "2013/2014"}
    assert sq.e2e_errors(gold, {"kind": "year_range", "value": 2013, "value_end": 2014, "date": "2013/2014"}) == []
    assert sq.e2e_errors(gold, {"kind": "year_range", "value": 2013, "value_end": 2015, "date": "2013/2015"})
    # a range of counts still has its value_end compared
    g2 = {"kind": "count", "value": 30, "value_end": 35, "date": ""}
    assert sq.e2e_errors(g2, {"kind": "count", "value": 30, "value_end": None, "date": ""})


def test_a_yearless_gold_date_accepts_the_year_the_article_writes():
    """The gold writes ``--03-13`` (the sentence gives no year); a prediction that completed it
    with the year of the article's own dateline is right, one with a year the article never
    writes is not."""
    text = "عنوان\nهاو جيانغ – 14/03/2026\nفي يوم 13 مارس زار الوفد المقاطعة."
    g = {"kind": "date", "date": "--03-13"}
    assert sq._year_completed_ok(g, {"kind": "date", "date": "2026-03-13"}, text)
    assert not sq._year_completed_ok(g, {"kind": "date", "date": "2025-03-13"}, text)
    assert not sq._year_completed_ok(g, {"kind": "date", "date": "2026-03-14"}, text)
    assert sq._year_completed_ok({"kind": "time", "date": "--04-08T07:30"},
                                 {"kind": "time", "date": "2026-04-08T07:30"}, text)


def test_against_scores_a_second_annotator_by_the_same_rules(tmp_path):
    text = "قافلة\nوصلت 12 شاحنة تحمل 300 طن من الأرز يوم 5 مارس 2025 إلى 4 قرى.\n"
    a = [_row(text, "12 شاحنة", "count", value=12), _row(text, "300 طن", "measure", value=300),
         _row(text, "5 مارس 2025", "date", date="2025-03-05"), _row(text, "4 قرى", "count", value=4)]
    # the second reader missed the villages, read the rice as a count, and noted a weekday-only row
    b = [_row(text, "12 شاحنة", "count", value=12), _row(text, "300 طن", "count", value=300),
         _row(text, "5 مارس 2025", "date", date="2025-03-05"), _row(text, "يوم", "date", note="weekday-only")]
    res = sq.score(a, _corpus(tmp_path, text), against=b)
    assert res["predicted"] == 3 and res["gold"] == 4
    assert res["span"]["recall"] == 0.75 and res["span"]["precision"] == 1.0
    assert res["end_to_end"]["precision"] == round(2 / 3, 4)
    assert any("kind count≠measure" in e[3] for e in res["errors"])


def test_against_reads_surfaces_of_gold_kept_without_text(tmp_path):
    # committed gold holds offsets only (no corpus text): both readers' surfaces come from the file
    text = "قافلة\nوصلت 12 شاحنة تحمل 300 طن من الأرز.\n"
    strip = lambda rows: [{k: v for k, v in r.items() if k != "surface"} for r in rows]
    a = strip([_row(text, "12 شاحنة", "count", value=12), _row(text, "300 طن", "measure", value=300)])
    b = strip([_row(text, "12 شاحنة", "count", value=12), _row(text, "300 طن", "count", value=300)])
    res = sq.score(a, _corpus(tmp_path, text), against=b)
    assert res["end_to_end"]["precision"] == 0.5
    assert any("'300 طن' → '300 طن'" in e[3] for e in res["errors"])


def test_offsets_after_dropped_control_characters_are_mapped_back_to_the_file(tmp_path):
    # arnews drops stray C0 controls before it reads; the annotators' offsets are into the file
    text = "تبرعات\nجمعت الحملة\x1a\x1a تبرعات من 40 متبرعا،\x1a\x1a وبلغت قيمتها 250 ألف ريال.\n"
    gold = [_row(text, "40 متبرعا", "count", value=40, unit="متبرع"),
            _row(text, "250 ألف ريال", "money", value=250000, currency="SAR")]
    res = sq.score(gold, _corpus(tmp_path, text))
    assert res["span"]["f1"] == 1.0 and res["end_to_end"]["f1"] == 1.0
    assert sq.raw_offsets("ab", "a\x1ab") == [0, 2, 3]


def test_a_predicted_doc_code_is_scored_as_a_label(tmp_path):
    # arnews keeps a document's number whole as ``doc_code``; annotators write ``label``
    text = "قرار جديد\nنفذت المقاطعة القرار رقم 18-NQ/TW وشارك فيه 12 عضوا.\n"
    from arnews.quantities import extract_quantities

    assert "doc_code" in {q["kind"] for q in extract_quantities(text.split("\n")[1], lang="ar")}
    gold = [_row(text, "القرار رقم 18-NQ/TW", "label"), _row(text, "12 عضوا", "count", value=12)]
    res = sq.score(gold, _corpus(tmp_path, text))
    assert res["gold"] == 1 and res["predicted"] == 1 and res["end_to_end"]["f1"] == 1.0
    # with no gold row there, the doc code is no error either (a name the reader did not write down)
    res2 = sq.score(gold[1:], _corpus(tmp_path, text))
    assert res2["predicted"] == 1 and res2["end_to_end"]["precision"] == 1.0
