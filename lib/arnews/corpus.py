"""Reading a folder of articles: decoding, blocks and their roles (:mod:`arnews.blocks`), metadata.

A corpus is a folder of ``*.txt`` files, one article each; an article's
``article_id`` is its file stem everywhere.  Each file is decoded (:mod:`arnews.decoding`:
UTF-8 with or without BOM, UTF-16/32, or Windows-1256), its line endings unified,
and every non-blank line becomes a *block* with a stable ``paragraph`` index
(0-based, counting non-blank lines), its 1-based ``line`` number in the file
and its original text.  Nothing is dropped: every block gets a ``role``:

``title``        first line when short and not a sentence (no final full stop)
``dateline``     a short line carrying a date (``Việt Nam01/01/2025``; with a month name
                 or dashes: ``الجمعة، 21 مارس 2025، الساعة 15:05``, ``21-08-2025، 6:05 مساءً``),
                 never a sentence that mentions one (``وفي 21 مارس 2025 افتتح ...``); and a
                 dispatch line among the first three blocks after the title (``عين اليوم – جدة``,
                 or with its date: ``الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس``,
                 ``سلوى المدني – عين اليوم``: two short sides around a dash, no figure)
``body``         the article text proper
``caption``      photo captions: lines with ``الصورة:``/``Photo:``/``Ảnh:`` (in a long block only at
                 its start or end), short one-sentence lines between paragraphs
                 (``الوفود المشاركة في المؤتمر.``), and near-duplicate pairs
                 of adjacent short lines (the English site repeats each caption)
``byline``       ``By …``/``بقلم …`` or a short name line after the last body
                 block (``ثانه لي``)
``source``       ``المصدر: https://…`` (the URL is parsed into ``url``)
``boilerplate``  ``تعليق (0)``/``Comment (0)``, ``[إعلان 2]``, a bare
                 ``مصدر``/``Source`` label, and every line after the comment
                 counter (site navigation, related headlines, "No data" …), the
                 site's link back to the story (``رابط الخبر بصحيفة ...: <the title>``, cut
                 off the paragraph it is glued to) and lines learned from repetition
                 across an outlet (:mod:`arnews.boilerplate`)
``code``         runs of web-page code left by the crawler

The rules are heuristics on the shape of a line, not on the seed files; the
tests pin the role of every block of the five seed articles.

Bad input never raises: :func:`read_corpus` returns the articles it could read
plus a list of one-line skip messages naming each bad file and the reason.  Only
regular files inside the corpus folder are read (:func:`scan_corpus`); repairs
(invalid UTF-8 bytes replaced, stray control characters removed) are one-line
``notes`` on the :class:`Article`.  Names in messages are escaped (:func:`_show`).

For the build, :func:`plan_corpus` lists the files, the manifest rows, the skip
messages of entries it will not open and the notes about the manifest; workers
then call :func:`read_article`, whose skips are :class:`CorpusError` messages
and whose notes are ``Article.notes``.
"""
from __future__ import annotations

import csv
import errno
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from .plotting import fmt_count
from .decoding import CorpusError, Decoded, show as _show, decode, decode_bytes  # noqa: F401  (re-exported)
from .blocks import assign_roles, split_blocks  # noqa: F401  (assign_roles re-exported)
from .datelines import dateline_date, dated_dispatch
from .text.roles import ROLES, TEXT_ROLES  # noqa: F401  (ROLES re-exported)

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
    "decode",
    "split_blocks",
    "scan_corpus",
    "plan_corpus",
    "CorpusPlan",
]

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




# --- language -----------------------------------------------------------------

#: the largest file read as one article: SaudiNewsNet's largest is 35 kB; a bigger file is a
#: corpus or a dump in one file (50 MB took 4 minutes only to learn boilerplate, then the
#: article stage ran on), skipped with one line before it is opened
MAX_ARTICLE_BYTES = 10_000_000


def _too_large(path: Path, size: int) -> str | None:
    if size <= MAX_ARTICLE_BYTES:
        return None
    return (f"{_show(path)}: skipped: {size / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES / 1e6:g} MB an article may have "
            "(a whole corpus in one file? split it into one *.txt per article)")


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
    notes: list[str] = field(default_factory=list)  # one-line notes: bytes replaced, controls removed
    strict_skip: str = ""  # what --strict says instead of reading it (bytes replaced), else ""
    n_controls: int = 0  # stray control characters removed when decoding




def _row_outlet(row: dict | None) -> str | None:
    """The outlet the manifest row names (stripped), else None (the blocks decide)."""
    if row and (row.get("outlet") or "").strip():
        return row["outlet"].strip()
    return None


def _outlet(blocks: list[dict], row: dict | None) -> str:
    """The outlet an article's lines are learned under: the manifest's, else the host of
    its source URL (as :func:`infer_metadata` reads it), else ``""``."""
    named = _row_outlet(row)
    if named is not None:
        return named
    url = next((b["url"] for b in blocks if b["url"]), "")
    host = (urlparse(url).hostname or "") if url else ""
    return host[4:] if host.startswith("www.") else host


def base_candidates(text: str, row: dict | None = None) -> tuple[str, list[str]]:
    """``(outlet, lines)`` for learning boilerplate from one decoded article: the lines
    that learned boilerplate may claim (not the title, a source URL, a dateline, a line
    already boilerplate, nor code)."""
    blocks = split_blocks(text, "")
    lines = [b["text"] for b in blocks if b["role"] not in ("title", "source", "dateline", "boilerplate", "code")]
    return _outlet(blocks, row), lines


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file; never blocks on a FIFO or a device (opened
    non-blocking, checked with ``fstat`` before reading)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise CorpusError(f"{_show(path)}: skipped: {_kind(st.st_mode)}, not a regular file")
        big = _too_large(path, st.st_size)
        if big:  # (grown since the folder was listed)
            raise CorpusError(big)
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read()
    finally:
        os.close(fd)


def read_article(path: Path, strict: bool = False, row: dict | None = None, learned=None) -> Article:
    """Read and split one file; raises :class:`CorpusError` with a one-line message.

    ``strict=True`` skips a file with invalid UTF-8 bytes instead of replacing them.
    ``learned`` (:class:`arnews.boilerplate.Learned`) marks the lines learned as
    boilerplate for the article's outlet (``row``: its manifest row, for the outlet)."""
    import hashlib

    path = Path(path)
    try:
        data = _read_regular(path)
    except OSError as e:
        raise CorpusError(f"{_show(path)}: skipped: cannot read ({e.strerror or e})")
    d = decode(data, str(path), strict=strict)
    aid = path.stem
    blocks = None
    if learned:
        # the outlet a manifest names needs no blocks: the text is split once, with its outlet's
        # learned lines (snn2000: 471 of 2,000 articles were split twice)
        outlet = _row_outlet(row)
        if outlet is None:  # the host of the source URL in the blocks
            blocks = split_blocks(d.text, aid)
            outlet = _outlet(blocks, row)
        keys = learned.keys(outlet)
        if keys:
            blocks = split_blocks(d.text, aid, keys)
    if blocks is None:
        blocks = split_blocks(d.text, aid)
    art = Article(aid, path, d.text, d.encoding, hashlib.sha256(data).hexdigest(), blocks,
                  notes=d.notes, strict_skip=d.strict_skip, n_controls=d.n_controls)
    art.meta = infer_metadata(art)
    return art


_ISO = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def infer_metadata(art: Article) -> dict:
    """Metadata read off the text itself (the manifest, when present, wins)."""
    body = "\n".join(b["text"] for b in art.blocks if b["role"] in TEXT_ROLES)
    url = next((b["url"] for b in art.blocks if b["url"]), "")
    published = ""
    for b in art.blocks:
        if b["role"] == "dateline":
            m = _ISO.search(unicodedata.normalize("NFKC", b["text"]))
            if m:
                d, mo, y = (int(x) for x in m.groups())
                published = f"{y:04d}-{mo:02d}-{d:02d}"
                break
            named = dateline_date(b["text"])
            if named:
                published = named[1]
                break
            dated = dated_dispatch(b["text"])
            if dated:
                published = dated
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
        "byline": _unescape_meta("; ".join(b["text"].strip() for b in art.blocks if b["role"] == "byline")),
        "parallel_of": "",
        "title": _unescape_meta(next((b["text"].strip() for b in art.blocks if b["role"] == "title"), "")),
    }


def _unescape_meta(value: str) -> str:
    """A metadata string (title, byline) with its HTML references decoded (``&quot;``):
    metadata is shown, never indexed by spans, so it is decoded once, here."""
    from .normalize import _unescape

    return _unescape(value)[0] if isinstance(value, str) and "&" in value else value


class ManifestRows(dict):
    """Manifest rows by id; ``extra_lines``: the lines of rows with more fields than the header
    (their extra values are not read: mostly a comma inside an unquoted title)."""

    extra_lines: list[int]
    n_columns: int
    broken: list  # (line, field) of quoted fields that held a line break, read as a space


def _not_a_folder(path: Path) -> str:
    """Why ``path`` (not a folder) cannot be the corpus folder."""
    if path.exists():
        return "is a file, not a corpus folder"
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # (Python < 3.13)
            return "a symlink loop, not a corpus folder"
        except OSError as e:
            if e.errno == errno.ELOOP:
                return "a symlink loop, not a corpus folder"
        return f"a dangling symlink (to {_show(os.readlink(path))}), not a corpus folder"
    return "corpus folder not found"


def read_manifest(path: Path) -> dict[str, dict]:
    """``articles.csv`` rows keyed by id (a :class:`ManifestRows`); raises :class:`CorpusError` on a bad file.

    A quoted field that spans lines is read with its line breaks as spaces (listed in
    ``broken``: :func:`plan_corpus` says so in one note) unless it is the id or the file, or
    its further lines hold the delimiter as rows do: an unclosed quote swallows every row up
    to the next quote, an error naming the manifest and the line where the field starts.  A row
    with more fields than the header keeps its first ones; its line is listed in
    ``extra_lines`` (:func:`plan_corpus` says so in one note)."""
    path = Path(path)
    shown = _show(path)
    if path.is_dir():
        raise CorpusError(f"{shown}: manifest is a folder, not a CSV file")
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            delim = _delimiter(f.readline())
            reader = csv.DictReader(f, delimiter=delim)
            f.seek(0)  # the utf-8-sig decoder skips a BOM again
            if not reader.fieldnames:
                raise CorpusError(f"{shown}: manifest is empty (no header row)")
            if "id" not in reader.fieldnames:
                raise CorpusError(f"{shown}: manifest has no 'id' column (header: {_show(','.join(reader.fieldnames))[:120]})")
            seen = set()
            for c in reader.fieldnames:
                if c and c in seen:  # (DictReader keeps the last column's value: the first is lost silently)
                    raise CorpusError(f"{shown}: manifest has two columns named {_show(c)!r}; rename or remove one")
                seen.add(c)
            rows = ManifestRows()
            rows.extra_lines, rows.n_columns, rows.broken = [], len(reader.fieldnames), []
            line = reader.line_num + 1  # where the next record starts
            for r in reader:
                spread = [k for k, v in r.items() if k and isinstance(v, str) and ("\n" in v or "\r" in v)]
                for k in spread:
                    # a quoted title or byline may hold a line break (a spreadsheet cell's Alt+Enter): read
                    # as a space; but an id, a file name, or lines that hold the delimiter as rows do are
                    # rows swallowed by an unclosed quote
                    rest = r[k].splitlines()[1:]
                    if k in ("id", "file") or rows.n_columns > 1 and any(
                            s.count(delim) >= rows.n_columns - 1 for s in rest):  # (a comma in a title's line is text)
                        why = ("an id or file name holds no line break" if k in ("id", "file") else
                               f"its further lines hold {delim!r} like rows (a quoted field may hold a line break, not rows)")
                        raise CorpusError(
                            f"{shown}: line {line}: field {k!r} runs over {reader.line_num - line + 1} lines "
                            f"(an unclosed quote?): {why}; fix the quote so that no row is swallowed"
                        )
                    r[k] = " ".join(s.strip() for s in r[k].splitlines() if s.strip())
                    rows.broken.append((line, k))
                if r.get(None):  # DictReader's rest key: values past the header's columns
                    rows.extra_lines.append(line)
                line = reader.line_num + 1
                rid = (r.get("id") or "").strip()
                if not rid:
                    continue
                if rid in rows:
                    raise CorpusError(f"{shown}: manifest lists id {_show(rid)!r} twice")
                rows[rid] = {k: (v or "").strip() for k, v in r.items() if k}
            return rows
    except UnicodeDecodeError:
        raise CorpusError(f"{shown}: manifest is not UTF-8 text")
    except csv.Error as e:
        raise CorpusError(f"{shown}: manifest is not valid CSV ({e})")
    except OSError as e:
        raise CorpusError(f"{shown}: cannot read manifest ({e.strerror or e})")


def _delimiter(header: str) -> str:
    """``,``, or the ``;`` / tab that a spreadsheet saved the manifest's header with
    (Excel in many locales writes ``id;file;outlet``) when only that one splits off ``id``."""
    if "id" not in [c.strip().strip('"') for c in header.lstrip("\ufeff").split(",")]:
        for d in (";", "\t"):
            if "id" in [c.strip().strip('"') for c in header.lstrip("\ufeff").split(d)]:
                return d
    return ","


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


@dataclass
class CorpusPlan:
    """What a corpus folder offers, found without opening any article.

    ``files``: the regular ``*.txt`` files to read (``.TXT`` and any other case too),
    sorted; ``rows``: the manifest rows by id; ``skipped``: one line for every other
    ``*.txt`` entry and why it is not read; ``notes``: one line for what is read but
    looks wrong (manifest ids that match no file)."""

    files: list[Path]
    rows: dict[str, dict]
    manifest: Path | None
    skipped: list[str]
    notes: list[str]


def scan_corpus(corpus_dir: Path) -> tuple[list[Path], list[str]]:
    """The regular ``*.txt`` files of a folder (suffix in any case, sorted by name) that
    can be read safely, and one skip message for every other ``*.txt`` entry.

    Only regular files inside the folder are read: a symlink is followed only when it
    resolves to a regular file inside the corpus folder; dangling symlinks, symlink
    loops, folders, FIFOs (never opened: reading one would hang), sockets and devices,
    hidden files, names that are not UTF-8 and a second file with the same article id
    (``a.txt`` and ``a.TXT``) are skipped with a message.  Nothing here opens a file."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"{_show(corpus_dir)}: " + _not_a_folder(corpus_dir))
    root = os.path.realpath(corpus_dir)
    files, skipped, ids = [], [], {}
    try:
        entries = sorted(os.scandir(corpus_dir), key=lambda e: e.name)
    except OSError as e:
        raise CorpusError(f"{_show(corpus_dir)}: cannot list the corpus folder ({e.strerror or e})")
    for e in entries:
        if not e.name.lower().endswith(".txt"):
            continue
        path = Path(e.path)
        shown = _show(path)
        try:
            e.name.encode("utf-8")
        except UnicodeEncodeError:
            skipped.append(f"{shown}: skipped: file name is not valid UTF-8 (rename the file)")
            continue
        if e.name.startswith("."):
            skipped.append(f"{shown}: skipped: hidden file")
            continue
        try:
            if e.is_symlink():
                try:
                    target = os.path.realpath(path, strict=True)
                except FileNotFoundError:
                    skipped.append(f"{shown}: skipped: dangling symlink (its target does not exist)")
                    continue
                except OSError as err:
                    if err.errno == errno.ELOOP:
                        skipped.append(f"{shown}: skipped: symlink loop")
                    else:
                        skipped.append(f"{shown}: skipped: cannot follow symlink ({err.strerror or err})")
                    continue
                if os.path.commonpath([root, target]) != root:
                    skipped.append(f"{shown}: skipped: symlink to a file outside the corpus folder (not read)")
                    continue
            st = os.stat(path)
            mode = st.st_mode
        except OSError as err:
            skipped.append(f"{shown}: skipped: cannot read ({err.strerror or err})")
            continue
        if not stat.S_ISREG(mode):
            skipped.append(f"{shown}: skipped: {_kind(mode)}, not a regular file")
            continue
        big = _too_large(path, st.st_size)
        if big:
            skipped.append(big)
            continue
        aid = path.stem
        if aid in ids:
            skipped.append(f"{shown}: skipped: same article id {_show(aid)!r} as {_show(ids[aid].name)}")
            continue
        ids[aid] = path
        files.append(path)
    return files, skipped


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The ``*.txt`` files :func:`read_corpus` reads (see :func:`scan_corpus`)."""
    return scan_corpus(corpus_dir)[0]


def plan_corpus(corpus_dir: Path, manifest: Path | None = None) -> CorpusPlan:
    """Files, manifest rows, skip messages and notes of a corpus folder (see :class:`CorpusPlan`).

    The manifest is ``manifest`` or ``<corpus>/articles.csv`` when present; a bad
    manifest raises :class:`CorpusError`."""
    corpus_dir = Path(corpus_dir)
    files, skipped = scan_corpus(corpus_dir)
    if manifest is None and (corpus_dir / "articles.csv").is_file():
        manifest = corpus_dir / "articles.csv"
    rows = read_manifest(manifest) if manifest else {}
    notes = _not_read(corpus_dir, manifest) + _manifest_dates(rows, manifest)
    stems = {p.stem for p in files}
    unused = sorted({k for r in rows.values() for k in r} - set(MANIFEST_COLUMNS) - {"title"})
    if unused:
        notes.append(f"{_show(manifest)}: manifest {'column' if len(unused) == 1 else 'columns'} not used: {', '.join(_show(k) for k in unused[:10])}"
                     f"{', ...' if len(unused) > 10 else ''} (used: {', '.join(MANIFEST_COLUMNS)}, title)")
    names = {p.stem: p.name for p in files}
    other = sorted(k for k, r in rows.items() if k in names and (r.get("file") or names[k]) != names[k])
    if other:
        listed = ", ".join(f"{_show(k)!r} names {_show(rows[k]['file'])!r}" for k in other[:5]) + (", ..." if len(other) > 5 else "")
        notes.append(f"{_show(manifest)}: {fmt_count(len(other), 'manifest row')} with another file than the id's "
                     f"<id>.txt, which is read and recorded: {listed}")
    extra = getattr(rows, "extra_lines", [])
    if extra:
        at = ", ".join(str(n) for n in extra[:5]) + (", ..." if len(extra) > 5 else "")
        notes.append(f"{_show(manifest)}: {fmt_count(len(extra), 'row')} {'has' if len(extra) == 1 else 'have'} more fields than "
                     f"the header's {rows.n_columns} columns (line{'' if len(extra) == 1 else 's'} {at}); the extra values "
                     f"are not read (a comma inside an unquoted title? quote the field)")
    broken = getattr(rows, "broken", [])
    if broken:
        at = ", ".join(f"line {n} {k!r}" for n, k in broken[:5]) + (", ..." if len(broken) > 5 else "")
        notes.append(f"{_show(manifest)}: {fmt_count(len(broken), 'quoted field')} {'holds' if len(broken) == 1 else 'hold'} "
                     f"a line break, read as a space ({at}); the manifest is not changed")
    unmatched = sorted(k for k in rows if k not in stems)
    if unmatched:
        listed = ", ".join(repr(_show(k)) for k in unmatched[:10]) + (", ..." if len(unmatched) > 10 else "")
        notes.append(f"{_show(manifest)}: {fmt_count(len(unmatched), 'manifest id')} {'matches' if len(unmatched) == 1 else 'match'} "
                     f"no readable *.txt file: {listed}")
    return CorpusPlan(files, rows, Path(manifest) if manifest else None, skipped, notes)


_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][0-9:.,+\-Z ]*)?\s*$")  # a time and offset may follow
_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
                        "01234567890123456789")


def _manifest_dates(rows: dict, manifest: Path | None) -> list[str]:
    """The manifest's ``published`` values as ``YYYY-MM-DD`` where they are dates written year
    first (``2015/8/1``, Arabic-Indic digits, ``2015-08-01T10:00:00+03:00``: the date as the outlet
    wrote it, without the time, so that every date compares and plots; a mix of time-zone offsets
    and bare dates stopped the overview notebook); a year of 1343-1500 is a Hijri date, converted
    (Umm al-Qura, :mod:`hijridate`) with a note; one note for the others, kept as written
    (``1/8/2015``, ``غير معروف``).  The manifest file is not changed."""
    import datetime

    odd: list[str] = []
    hijri: list[str] = []  # "'1436/10/16' is 2015-08-01"
    for r in rows.values():
        v = r.get("published") or ""
        t = v.translate(_DIGITS).strip()
        bare = re.sub(r"\s*\u0647\u0640?$", "", t)  # a Hijri date's هـ
        m = _YMD.match(bare) if v else None
        d = None
        if m:
            y, mo, dd = (int(x) for x in m.groups())
            try:
                if 1343 <= y <= 1500:
                    from hijridate import Hijri

                    d = Hijri(y, mo, dd).to_gregorian()
                    hijri.append(f"{_show(v)!r} is {d.isoformat()}")
                elif 1800 <= y <= 2200 and bare == t:
                    d = datetime.date(y, mo, dd)
            except (ValueError, OverflowError):
                d = None
        if d is not None:
            r["published"] = d.isoformat()
        elif v:
            odd.append(v)
    notes = []
    if hijri:
        notes.append(f"{_show(manifest)}: {fmt_count(len(hijri), 'published value')} read as Hijri "
                     f"({hijri[0]}), converted to Gregorian dates")
    if odd:
        shown = list(dict.fromkeys(odd))
        notes.append(f"{_show(manifest)}: {fmt_count(len(odd), 'published value')} kept as written, "
                     "not a date written year first (YYYY-MM-DD): " + ", ".join(repr(_show(v)) for v in shown[:5])
                     + (", ..." if len(shown) > 5 else ""))
    return notes


def _not_read(corpus_dir: Path, manifest: Path | None) -> list[str]:
    """Notes on what a new user may expect to be read and is not: ``*.txt`` files in
    subfolders (only the folder's own files are articles) and visible files that are not
    ``*.txt`` (``.md``, ``.html``, ``.json`` ...; the manifest aside).  Symlinked folders
    are not followed; hidden entries are not counted."""
    txt, other = [], {}
    man = os.path.realpath(manifest) if manifest else None
    for top, dirs, names in os.walk(corpus_dir, onerror=lambda e: None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in sorted(names):
            if n.startswith("."):
                continue
            full = os.path.join(top, n)
            if top != str(corpus_dir) and n.lower().endswith(".txt"):
                txt.append(os.path.relpath(full, corpus_dir))
            elif top == str(corpus_dir) and not n.lower().endswith(".txt") and n != "articles.csv" \
                    and os.path.realpath(full) != man and os.path.isfile(full):
                ext = os.path.splitext(n)[1].lower() or "(no suffix)"
                other[ext] = other.get(ext, 0) + 1
    shown, notes = _show(corpus_dir), []
    if txt:
        listed = ", ".join(_show(t) for t in txt[:5]) + (", ..." if len(txt) > 5 else "")
        notes.append(f"{shown}: not read: {fmt_count(len(txt), '*.txt file')} in subfolders ({listed}); "
                     f"only the folder's own *.txt files are articles")
    if other:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(other.items()))
        notes.append(f"{shown}: not read: {fmt_count(sum(other.values()), 'file')} that are not *.txt ({kinds})")
    return notes


def read_corpus(corpus_dir: Path, manifest: Path | None = None, strict: bool = False,
                notes: list[str] | None = None) -> tuple[list[Article], list[str]]:
    """All readable articles of a folder (sorted by id) and the skip messages.

    Metadata comes from the manifest (``manifest`` or ``<corpus>/articles.csv``)
    where it has a value, otherwise from the text.  Boilerplate is first learned from
    every file (:func:`arnews.boilerplate.learn`), as the build does.  When ``notes`` is a list, the
    notes (manifest ids without a file, bytes replaced, controls removed) are appended.
    """
    from .boilerplate import learn

    plan = plan_corpus(corpus_dir, manifest)
    articles, skipped = [], list(plan.skipped)
    if notes is not None:
        notes.extend(plan.notes)
    learned, _ = learn([(p, plan.rows.get(p.stem)) for p in plan.files])
    for p in plan.files:
        try:
            art = read_article(p, strict=strict, row=plan.rows.get(p.stem), learned=learned)
        except CorpusError as e:
            skipped.append(str(e))
            continue
        merge_manifest(art, plan.rows.get(art.article_id))
        articles.append(art)
        if notes is not None:
            notes.extend(art.notes)
    return articles, skipped


def merge_manifest(art: Article, row: dict | None) -> None:
    if not row:
        art.meta["metadata_source"] = "text"
        return
    for k, v in row.items():
        if v and k not in ("id", "file"):  # the file read is the article's file (a manifest's ../x.txt is not)
            art.meta[k] = _unescape_meta(v) if k in ("title", "byline") else v
    art.meta["metadata_source"] = "manifest"
