"""Reading a folder of articles: decoding, blocks, block roles and metadata.

A corpus is a folder of ``*.txt`` files, one article each; an article's
``article_id`` is its file stem everywhere.  Each file is decoded (UTF-8 with
or without BOM, UTF-16/32 with BOM, or Windows-1256), its line endings unified,
and every non-blank line becomes a *block* with a stable ``paragraph`` index
(0-based, counting non-blank lines), its 1-based ``line`` number in the file
and its original text.  Nothing is dropped: every block gets a ``role``:

``title``        first line when short and not a sentence (no final full stop)
``dateline``     a short line carrying a date (``Việt Nam01/01/2025``)
``body``         the article text proper
``caption``      photo captions: lines with ``الصورة:``/``Photo:``/``Ảnh:``,
                 short one-sentence lines between paragraphs
                 (``الوفود المشاركة في المؤتمر.``), and near-duplicate pairs
                 of adjacent lines (the English site repeats each caption)
``byline``       ``By …``/``بقلم …`` or a short name line after the last body
                 block (``ثانه لي``)
``source``       ``المصدر: https://…`` (the URL is parsed into ``url``)
``boilerplate``  ``تعليق (0)``/``Comment (0)``, ``[إعلان 2]``, a bare
                 ``مصدر``/``Source`` label, and every line after the comment
                 counter (site navigation, related headlines, "No data" …)

The rules are heuristics on the shape of a line, not on the seed files; the
tests pin the role of every block of the five seed articles.

Bad input never raises: :func:`read_corpus` returns the articles it could read
plus a list of one-line skip messages naming each bad file and the reason.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

__all__ = [
    "ROLES",
    "Article",
    "CorpusError",
    "decode_bytes",
    "read_article",
    "read_corpus",
    "assign_roles",
    "detect_language",
    "read_manifest",
    "MANIFEST_COLUMNS",
]

ROLES = ("title", "dateline", "body", "caption", "byline", "source", "boilerplate")
MANIFEST_COLUMNS = (
    "id",
    "file",
    "language",
    "outlet",
    "province",
    "published",
    "source_url",
    "byline",
    "parallel_of",
)


class CorpusError(Exception):
    """A problem with one input file; ``str()`` is a one-line message naming it."""


# --- decoding -----------------------------------------------------------------

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a file's bytes; returns ``(text, encoding)`` or raises :class:`CorpusError`.

    Line endings (CRLF, CR) become ``\\n``.
    """
    if not data.strip():
        raise CorpusError(f"{name}: skipped: empty file")
    text = enc = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, enc = data.decode(codec), codec
            except UnicodeDecodeError:
                raise CorpusError(f"{name}: skipped: starts with a {codec} byte-order mark but does not decode as {codec}")
            break
    if text is None:
        if b"\x00" in data:
            raise CorpusError(f"{name}: skipped: binary file (contains NUL bytes)")
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, enc = data.decode("cp1256"), "cp1256"
            except UnicodeDecodeError:
                raise CorpusError(f"{name}: skipped: not UTF-8, UTF-16 or Windows-1256 text")
            if not _plausible_cp1256(text):
                raise CorpusError(f"{name}: skipped: not UTF-8, UTF-16 or Windows-1256 text (undecodable)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorpusError(f"{name}: skipped: empty file")
    ctrl = len(_CTRL.findall(text))
    if ctrl > max(2, len(text) // 100):
        raise CorpusError(f"{name}: skipped: binary file ({ctrl} control characters)")
    return text, enc


def _plausible_cp1256(text: str) -> bool:
    """Windows-1256 decodes almost any bytes: accept it only when the result is
    mostly Arabic letters, ASCII and punctuation, like a real Arabic text."""
    letters = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    odd = sum(1 for c in text if not (c.isascii() or "\u0600" <= c <= "\u06ff" or c in "\u00a0\u200c\u200d\u200e\u200f«»…–—’‘“”"))
    return letters >= 0.3 * max(1, sum(not c.isspace() for c in text)) and odd <= 0.05 * len(text)


# --- roles ----------------------------------------------------------------------

_COMMENT = re.compile(r"^\s*(?:تعليق|تعليقات|التعليقات|comments?|bình luận)\s*\(\s*\d+\s*\)\s*$", re.I)
_AD = re.compile(r"^\s*\[\s*(?:إعلان|اعلان|advertisement|ad|ads|quảng cáo)\s*\d*\s*\]\s*$", re.I)
_SOURCE_LABEL = re.compile(r"^\s*(?:مصدر|المصدر|source|nguồn)\s*[:：]?\s*$", re.I)
_SOURCE_URL = re.compile(r"^\s*(?:(?:مصدر|المصدر|source|nguồn)\s*[:：]?\s*)?(?P<url>(?:https?://|www\.)\S+)\s*$", re.I)
_NAV = re.compile(
    r"^\s*(?:no data|same tag|same category|same author|no videos available|related( news| articles)?|"
    r"read more|tags?:?|share|print|lay tin|xem thêm|cùng chuyên mục|اقرأ أيضا|اقرأ أيضًا|مواضيع ذات صلة|أخبار ذات صلة)\s*$",
    re.I,
)
_PHOTO = re.compile(r"(?:الصورة\s*:|صورة\s*:|تصوير\s*:|\bphotos?\s*:|\bảnh\s*:|\(photo\b|\(ảnh\b)", re.I)
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|بقلم|كتب|كتبه|theo)\s+\S", re.I)
_DATE = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}|[٠-٩]{1,2}/[٠-٩]{1,2}/[٠-٩]{4}"
)
_END_PUNCT = re.compile(r"[.!?؟…\"”»:;؛)\]]\s*$")
_SENT_BREAK = re.compile(r"[.!?؟](?:\s+|$)")
_WORD = re.compile(r"\w+")


def _words(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def _one_sentence(s: str) -> bool:
    s = s.strip()
    if not s.endswith((".", "。")):
        return False
    inner = s[:-1]
    # a sentence break is a full stop followed by a space and a new word of 3+ letters
    return not re.search(r"[.!?؟]\s+\w{3,}", inner)


def assign_roles(lines: list[str]) -> list[str]:
    """Role of each block (non-blank line) of one article, in order."""
    n = len(lines)
    roles: list[str | None] = [None] * n
    after_comment = False
    for i, s in enumerate(lines):
        if after_comment:
            roles[i] = "boilerplate"
        elif _COMMENT.match(s):
            roles[i] = "boilerplate"
            after_comment = True
        elif _AD.match(s) or _SOURCE_LABEL.match(s) or _NAV.match(s):
            roles[i] = "boilerplate"
        elif _SOURCE_URL.match(s):
            roles[i] = "source"
        elif _PHOTO.search(s):
            roles[i] = "caption"
        elif _DATE.search(s) and len(_words(s)) <= 8 and len(s) <= 80:
            roles[i] = "dateline"
        elif _BYLINE_PREFIX.match(s) and len(_words(s)) <= 8:
            roles[i] = "byline"
    # near-duplicate adjacent lines: the site prints each caption twice
    for i in range(n - 1):
        if roles[i] in (None, "caption") and roles[i + 1] in (None, "caption"):
            a, b = set(_words(lines[i])), set(_words(lines[i + 1]))
            if a and b and len(a & b) / len(a | b) >= 0.5 and max(len(a), len(b)) <= 60:
                roles[i] = roles[i + 1] = "caption"
    # title: the first line, short, not a sentence
    if n and roles[0] is None:
        s = lines[0].strip()
        if len(_words(s)) <= 20 and not _END_PUNCT.search(s):
            roles[0] = "title"
    # bylines: short name-like lines after the last long paragraph
    undecided = [i for i in range(n) if roles[i] is None]
    long_ones = [i for i in undecided if len(_words(lines[i])) > 8]
    last_long = max(long_ones) if long_ones else -1
    for i in undecided:
        s = lines[i].strip()
        if (
            i > last_long
            and len(_words(s)) <= 4
            and len(s) <= 40
            and not any(c.isdigit() for c in s)
            and not _END_PUNCT.search(s)
            and all(r in ("byline", "source", "boilerplate") for r in roles[i + 1 :] if r)
        ):
            roles[i] = "byline"
    # short one-sentence lines between paragraphs: photo captions
    lengths = sorted(len(lines[i]) for i in range(n) if roles[i] is None)
    median = lengths[len(lengths) // 2] if lengths else 0
    for i in range(n):
        if roles[i] is None:
            s = lines[i].strip()
            if (
                _one_sentence(s)
                and len(_words(s)) <= 20
                and len(s) < 0.5 * median
                and not s.startswith(("-", "–", "•"))
            ):
                roles[i] = "caption"
    return [r or "body" for r in roles]


# --- language -----------------------------------------------------------------

_AR_RUN = re.compile(r"[\u0600-\u06ff\ufb50-\ufeff]+")
_LAT_RUN = re.compile(r"[A-Za-z]+")
_VI = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def detect_language(text: str) -> str:
    """``ar``, ``en``, ``vi`` or ``und`` from the script of the letters."""
    ar = sum(map(len, _AR_RUN.findall(text)))
    lat = sum(map(len, _LAT_RUN.findall(text)))
    if ar == 0 and lat == 0:
        return "und"
    if ar >= lat:
        return "ar"
    vi = len(_VI.findall(text))
    return "vi" if vi > 0.03 * lat else "en"


# --- articles -------------------------------------------------------------------


@dataclass
class Article:
    article_id: str
    path: Path
    text: str  # decoded, line endings unified
    encoding: str
    sha256: str
    blocks: list[dict] = field(default_factory=list)  # article_id, paragraph, line, role, text, url
    meta: dict = field(default_factory=dict)


def read_article(path: Path) -> Article:
    """Read and split one file; raises :class:`CorpusError` with a one-line message."""
    import hashlib

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"{path}: skipped: cannot read ({e.strerror or e})")
    text, enc = decode_bytes(data, str(path))
    # Unicode NFC keeps precomposed Vietnamese letters in Latin text; Arabic is untouched
    lines = [(no, line) for no, line in enumerate(text.split("\n"), start=1) if line.strip()]
    roles = assign_roles([l for _, l in lines])
    aid = path.stem
    blocks = []
    for p, ((no, line), role) in enumerate(zip(lines, roles)):
        m = _SOURCE_URL.match(line) if role == "source" else None
        blocks.append(
            {
                "article_id": aid,
                "paragraph": p,
                "line": no,
                "role": role,
                "text": line,
                "url": m.group("url") if m else "",
            }
        )
    art = Article(aid, path, text, enc, hashlib.sha256(data).hexdigest(), blocks)
    art.meta = infer_metadata(art)
    return art


_ISO = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def infer_metadata(art: Article) -> dict:
    """Metadata read off the text itself (the manifest, when present, wins)."""
    body = "\n".join(b["text"] for b in art.blocks if b["role"] in ("title", "body", "caption"))
    url = next((b["url"] for b in art.blocks if b["url"]), "")
    published = ""
    for b in art.blocks:
        if b["role"] == "dateline":
            m = _ISO.search(unicodedata.normalize("NFKC", b["text"]))
            if m:
                d, mo, y = (int(x) for x in m.groups())
                published = f"{y:04d}-{mo:02d}-{d:02d}"
                break
    host = urlparse(url).hostname or "" if url else ""
    return {
        "id": art.article_id,
        "file": art.path.name,
        "language": detect_language(body),
        "outlet": host[4:] if host.startswith("www.") else host,
        "province": "",
        "published": published,
        "source_url": url,
        "byline": "; ".join(b["text"].strip() for b in art.blocks if b["role"] == "byline"),
        "parallel_of": "",
        "title": next((b["text"].strip() for b in art.blocks if b["role"] == "title"), ""),
    }


def read_manifest(path: Path) -> dict[str, dict]:
    """``articles.csv`` rows keyed by id; raises :class:`CorpusError` on a bad file."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            if not reader.fieldnames or "id" not in reader.fieldnames:
                raise CorpusError(f"{path}: manifest has no 'id' column")
            rows = {}
            for r in reader:
                rid = (r.get("id") or "").strip()
                if not rid:
                    continue
                if rid in rows:
                    raise CorpusError(f"{path}: manifest lists id {rid!r} twice")
                rows[rid] = {k: (v or "").strip() for k, v in r.items() if k}
            return rows
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: manifest is not UTF-8 text")
    except csv.Error as e:
        raise CorpusError(f"{path}: manifest is not valid CSV ({e})")


def corpus_files(corpus_dir: Path) -> list[Path]:
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: corpus folder not found")
    return sorted(p for p in corpus_dir.glob("*.txt") if p.is_file())


def read_corpus(corpus_dir: Path, manifest: Path | None = None) -> tuple[list[Article], list[str]]:
    """All readable articles of a folder (sorted by id) and the skip messages.

    Metadata comes from the manifest (``manifest`` or ``<corpus>/articles.csv``)
    where it has a value, otherwise from the text.
    """
    corpus_dir = Path(corpus_dir)
    files = corpus_files(corpus_dir)
    if manifest is None and (corpus_dir / "articles.csv").is_file():
        manifest = corpus_dir / "articles.csv"
    rows = read_manifest(manifest) if manifest else {}
    articles, skipped = [], []
    for p in files:
        try:
            art = read_article(p)
        except CorpusError as e:
            skipped.append(str(e))
            continue
        merge_manifest(art, rows.get(art.article_id))
        articles.append(art)
    return articles, skipped


def merge_manifest(art: Article, row: dict | None) -> None:
    if not row:
        art.meta["metadata_source"] = "text"
        return
    for k, v in row.items():
        if v:
            art.meta[k] = v
    art.meta["metadata_source"] = "manifest"
