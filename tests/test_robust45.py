"""A new user's folder (session 45): odd input gives a one-line skip, note or error naming the
file and the reason, and no input file is changed.  Every text here is written for the test."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from arnews.corpus import CorpusError, plan_corpus, read_corpus
from arnews.decoding import MAX_LINE, decode
from arnews.store import OutputError, claim_output

ARTICLE = (
    "وزارة الصحة تفتتح مستشفى جديدا في الرياض\n"
    "افتتحت وزارة الصحة اليوم مستشفى جديدا بسعة 300 سرير في شمال الرياض.\n"
    "وقال المتحدث الرسمي إن المستشفى يخدم أكثر من 200 ألف نسمة.\n"
)


def _hashes(folder: Path) -> dict:
    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _one_line(msg: str, name: str) -> None:
    assert "\n" not in msg and name in msg and "Traceback" not in msg


def test_stray_nul_bytes_in_utf8_text_are_removed_with_a_note(tmp_path):
    text = ARTICLE[:40] + "\x00" + ARTICLE[40:90] + "\x00\x00" + ARTICLE[90:]
    (tmp_path / "nul.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x08\x02" + bytes(range(256)))
    (tmp_path / "dense.txt").write_bytes(b"abc\x00" * 50)  # NUL every fourth byte: not stray
    before = _hashes(tmp_path)
    notes: list[str] = []
    arts, skipped = read_corpus(tmp_path, notes=notes)
    assert [a.article_id for a in arts] == ["nul"]
    assert "\x00" not in arts[0].text and "المتحدث الرسمي" in arts[0].text
    assert any("nul.txt: removed 3 stray control characters (U+0000)" in n for n in notes)
    assert sorted(s.split("/")[-1] for s in skipped) == [
        "dense.txt: skipped: binary file (contains NUL bytes)", "image.txt: skipped: binary file (contains NUL bytes)"]
    for s in skipped + notes:
        _one_line(s, ".txt")
    assert _hashes(tmp_path) == before


def test_a_line_longer_than_any_paragraph_is_skipped_not_processed(tmp_path):
    line = ("افتتحت الوزارة مستشفى جديدا في الرياض. " * (MAX_LINE // 30))[: MAX_LINE + 10]
    (tmp_path / "dump.txt").write_text("عنوان الخبر\n" + line + "\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(ARTICLE + ("جملة قصيرة أخرى. " * 100) + "\n", encoding="utf-8")
    before = _hashes(tmp_path)
    arts, skipped = read_corpus(tmp_path)
    assert [a.article_id for a in arts] == ["ok"]
    assert len(skipped) == 1 and skipped[0].endswith(
        f"dump.txt: skipped: line 2 has {MAX_LINE + 10:,} characters (over {MAX_LINE:,}: "
        "not a paragraph; break the text into lines)")
    _one_line(skipped[0], "dump.txt")
    assert _hashes(tmp_path) == before


def test_a_large_truncated_utf8_file_is_judged_quickly():
    # a 20 MB (here MAX_LINE + 4,000 characters) single-line UTF-8 file cut in the middle of a character went through the
    # Windows-1256 test character by character (half a minute); the verdict is unchanged
    data = ("خبر " * (MAX_LINE // 4 + 1_000)).encode("utf-8")[:-1]
    with pytest.raises(CorpusError, match=r"big\.txt: skipped: line 1 has"):
        decode(data, "big.txt")


def test_semicolon_manifest_is_read_and_an_empty_one_says_so(tmp_path):
    (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articles.csv").write_bytes("\ufeffid;file;outlet\na1;a1.txt;الوطن\n".encode("utf-8"))
    before = _hashes(tmp_path)
    plan = plan_corpus(tmp_path)
    assert plan.rows["a1"]["outlet"] == "الوطن" and plan.notes == []
    (tmp_path / "articles.csv").write_bytes(b"")
    with pytest.raises(CorpusError) as e:
        plan_corpus(tmp_path)
    assert str(e.value).endswith("articles.csv: manifest is empty (no header row)")
    (tmp_path / "articles.csv").write_text("file,outlet\na1.txt,x\n", encoding="utf-8")
    with pytest.raises(CorpusError) as e:
        plan_corpus(tmp_path)
    assert str(e.value).endswith("articles.csv: manifest has no 'id' column (header: file,outlet)")
    before.pop(Path("articles.csv"))
    assert {k: v for k, v in _hashes(tmp_path).items() if k != Path("articles.csv")} == before


def test_unused_manifest_columns_subfolders_and_other_files_are_noted(tmp_path):
    (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "old.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "readme.md").write_text("# ملاحظات\n", encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>x</p>\n", encoding="utf-8")
    (tmp_path / ".hidden.json").write_text("{}", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("id,file,outlet,colour\na1,a1.txt,x,red\n", encoding="utf-8")
    before = _hashes(tmp_path)
    notes = plan_corpus(tmp_path).notes
    assert len(notes) == 3
    assert notes[0].endswith("not read: 1 *.txt file in subfolders (sub/deeper/old.txt); "
                             "only the folder's own *.txt files are articles")
    assert notes[1].endswith("not read: 2 files that are not *.txt (.html 1, .md 1)")
    assert notes[2].startswith(f"{tmp_path / 'articles.csv'}: manifest column not used: colour (used: id,")
    for n in notes:
        _one_line(n, str(tmp_path))
    assert _hashes(tmp_path) == before


def test_an_output_folder_that_cannot_be_created_is_one_line(tmp_path):
    (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(OutputError) as e:
        claim_output(Path("/proc/arnews-robust45/out"), tmp_path)
    assert str(e.value) == "/proc/arnews-robust45/out: cannot create the output folder (No such file or directory)"
