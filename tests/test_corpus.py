"""Loading: decoding, block roles of every seed block, metadata, bad input."""
from __future__ import annotations

import subprocess
import sys

import pytest

from arnews.corpus import CorpusError, assign_roles, decode_bytes, detect_language, read_article, read_corpus
from conftest import MANIFEST, RAW, SEEDS, sha_tree

# Every block of the five seed files that is NOT body, by paragraph index; all others are body.
EXPECTED_NON_BODY = {
    "000": {9: "boilerplate", 10: "boilerplate"},
    "001": {
        0: "title",
        1: "dateline",
        5: "caption",
        6: "caption",
        10: "caption",
        11: "caption",
        **{i: "boilerplate" for i in range(15, 34)},
    },
    "002": {0: "caption", 13: "byline", 14: "source", 15: "boilerplate"},
    "003": {
        1: "caption",
        3: "caption",
        5: "caption",
        7: "caption",
        10: "caption",
        13: "caption",
        16: "caption",
        21: "byline",
        22: "boilerplate",
        23: "source",
        24: "boilerplate",
    },
    "004": {13: "boilerplate", 14: "boilerplate"},
}
N_BLOCKS = {"000": 11, "001": 34, "002": 16, "003": 25, "004": 15}


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_role_of_every_seed_block(seeds, key):
    art = seeds[key]
    assert len(art.blocks) == N_BLOCKS[key]
    expected = EXPECTED_NON_BODY[key]
    got = {b["paragraph"]: b["role"] for b in art.blocks}
    want = {p: expected.get(p, "body") for p in got}
    assert got == want


def test_blocks_keep_original_text_and_position(seeds):
    for art in seeds.values():
        lines = art.path.read_text(encoding="utf-8").split("\n")
        for b in art.blocks:
            assert lines[b["line"] - 1] == b["text"]
        assert [b["paragraph"] for b in art.blocks] == list(range(len(art.blocks)))


def test_source_url_parsed_and_metadata(seeds):
    assert seeds["002"].blocks[14]["url"].startswith("https://baoquangtri.vn/dam-bao-an-ninh")
    assert seeds["002"].meta["outlet"] == "baoquangtri.vn"
    assert seeds["003"].meta["outlet"] == "baothanhhoa.vn"
    assert seeds["002"].meta["byline"] == "ثانه لي"
    assert seeds["001"].meta["published"] == "2025-01-01"
    assert seeds["001"].meta["title"].startswith("Maintain national defense")
    assert [seeds[k].meta["language"] for k in sorted(SEEDS)] == ["ar", "en", "ar", "ar", "ar"]


def test_manifest_overrides_and_links_parallel_pair():
    arts, skipped = read_corpus(RAW, MANIFEST)
    assert skipped == []
    meta = {a.article_id: a.meta for a in arts}
    assert meta[SEEDS["001"]]["parallel_of"] == SEEDS["000"]
    assert meta[SEEDS["000"]]["province"] == "Quảng Ninh"
    assert meta[SEEDS["003"]]["metadata_source"] == "manifest"


# --- encodings -----------------------------------------------------------------

SAMPLE = "تعليق على الخبر\nفي عام 2024، نفذت المقاطعة 100 نموذج.\nالمصدر: https://example.vn/a-1.htm\nتعليق (0)\n"


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),  # with BOM (little-endian here)
        lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
        lambda s: s.encode("cp1256"),
        lambda s: s.replace("\n", "\r\n").encode("utf-8"),
        lambda s: s.replace("\n", "\r").encode("utf-8"),
        lambda s: s.replace("\n", "\r\n").encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1256", "crlf", "cr", "cp1256-crlf"],
)
def test_encodings_and_line_endings_read_identically(tmp_path, encode):
    p = tmp_path / "x.txt"
    p.write_bytes(encode(SAMPLE))
    art = read_article(p)
    assert [b["text"] for b in art.blocks] == [l for l in SAMPLE.split("\n") if l]
    assert [b["role"] for b in art.blocks] == ["title", "body", "source", "boilerplate"]
    assert art.blocks[2]["url"] == "https://example.vn/a-1.htm"


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty file"),
        (b"  \n\r\n \t", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x80, 0x82, 0x83, 0x84, 0x85]) * 50, "not UTF-8"),
        (b"\xff\xfe" + b"\x00\xd8" * 3, "utf-16"),  # lone surrogates after a UTF-16 BOM
    ],
    ids=["empty", "blank", "png", "undecodable", "bad-utf16"],
)
def test_bad_bytes_give_one_line_reason(data, reason):
    with pytest.raises(CorpusError) as e:
        decode_bytes(data, "bad.txt")
    msg = str(e.value)
    assert msg.startswith("bad.txt: skipped: ") and reason in msg and "\n" not in msg


def test_bad_files_are_skipped_and_the_rest_builds(corpus_copy):
    (corpus_copy / "empty.txt").write_bytes(b"")
    (corpus_copy / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    arts, skipped = read_corpus(corpus_copy)
    assert len(arts) == 5
    assert sorted(s.split(":")[0].rsplit("/", 1)[-1] for s in skipped) == ["empty.txt", "image.txt"]


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "arnews", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_skips_bad_files_strict_fails_never_a_traceback(corpus_copy, tmp_path):
    (corpus_copy / "zz_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    before = sha_tree(corpus_copy)
    r = _cli("build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "out"), "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert "zz_binary.txt: skipped: binary file" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr
    r = _cli("build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "out2"), "--strict", "--jobs", "1")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and "--strict" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert sha_tree(corpus_copy) == before  # input never modified


def test_cli_missing_folder_and_bad_manifest(tmp_path, corpus_copy):
    r = _cli("build", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert r.returncode == 1 and "corpus folder not found" in r.stderr and "Traceback" not in r.stderr
    (corpus_copy / "articles.csv").write_text("name,lang\nx,ar\n", encoding="utf-8")
    r = _cli("build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "o"))
    assert r.returncode == 1 and "articles.csv: manifest has no 'id' column" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_roles_on_unseen_shapes():
    lines = [
        "عنوان قصير للمقال",
        "كتب هذا التقرير مراسلنا في المقاطعة بعد زيارة ميدانية طويلة، وجمع فيه أرقاماً كثيرة. ثم عرض النتائج على اللجنة.",
        "الصورة: أرشيف",
        "By Nguyen Van A",
        "[Advertisement 3]",
        "Source: https://example.org/x",
        "Comments (12)",
        "Related news",
    ]
    assert assign_roles(lines) == ["title", "body", "caption", "byline", "boilerplate", "source", "boilerplate", "boilerplate"]


def test_detect_language():
    assert detect_language("الأمن والنظام") == "ar"
    assert detect_language("security and order") == "en"
    assert detect_language("Toàn dân bảo vệ an ninh Tổ quốc, đoàn kết xây dựng đời sống") == "vi"
    assert detect_language("123 456") == "und"
