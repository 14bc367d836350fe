"""Every shipped lexicon is a well-formed CSV: each row has exactly its header's fields (a gloss or note holding a
comma is quoted), and the loader refuses a ragged file with a one-line error naming it."""
import csv

import pytest

from arnews import lexicons


@pytest.mark.parametrize("name", [n for n in lexicons.lexicon_files() if n.endswith(".csv")])
def test_every_row_has_the_header_fields(name):
    with open(lexicons.DEFAULT_DIR / name, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(line for line in f if not line.startswith("#")) if r]
    width = len(rows[0])
    ragged = [r[0] for r in rows[1:] if len(r) != width]
    assert not ragged, f"{name}: rows with more or fewer fields than the header: {ragged[:5]}"


def test_a_quoted_note_keeps_its_commas():
    rows = {r["phrase"]: r for r in lexicons.read_lexicon("quantity_markers.csv") if r.get("phrase") == "عالميا" and r["role"] == "not_unit"}
    assert "not 50 of something" in rows["عالميا"]["en"]
    assert None not in rows["عالميا"]


def test_a_ragged_lexicon_is_a_one_line_error(tmp_path, monkeypatch):
    for n in lexicons.lexicon_files():
        (tmp_path / n).write_bytes((lexicons.DEFAULT_DIR / n).read_bytes())
    (tmp_path / "palace_words.csv").write_text("word,kind,gloss\nقصر,head,palace (also shortness, restricting)\n",
                                                encoding="utf-8")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(tmp_path))
    with pytest.raises(ValueError, match=r"palace_words\.csv.*قصر"):
        lexicons.read_lexicon("palace_words.csv")


def test_the_command_line_names_the_ragged_file_in_one_line(tmp_path):
    import os
    import subprocess
    import sys

    folder = tmp_path / "lex"
    lexicons.init(folder)
    (folder / "palace_words.csv").write_text("word,kind,gloss\nقصر,head,palace (also shortness, restricting)\n",
                                             encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("عنوان\nنص الخبر في الرياض.\n", encoding="utf-8")
    lib = str(lexicons.DEFAULT_DIR.parent.parent.parent)
    r = subprocess.run([sys.executable, "-m", "arnews", "build", "--corpus", str(raw), "--out", str(tmp_path / "out"),
                        "--lexicons", str(folder), "--jobs", "1"], capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, PYTHONPATH=lib))
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        f"arnews: error: {folder / 'palace_words.csv'}: row 'قصر' has more fields than the header "
        "(quote a field that holds a comma)"]
    assert not (tmp_path / "out").exists()
