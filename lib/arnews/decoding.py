"""Decoding a file's bytes into text: UTF-8 (with or without BOM), UTF-16/32, Windows-1256;
repairs (invalid bytes, stray control characters) are one-line notes, and what cannot be read
as text is a :class:`CorpusError` naming the file and the reason."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .plotting import fmt_count

__all__ = ["CorpusError", "Decoded", "decode", "decode_bytes"]


class CorpusError(Exception):
    """A problem with one input file; ``str()`` is a one-line message naming it."""


_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
#: the longest line read as a paragraph: SaudiNewsNet's longest is under 19,000 characters; a
#: 2 MB single line still builds whole (tests/test_hostile_input.py pins it, in linear time);
#: a longer one (a page dumped without line breaks, a log) would take the analyses many minutes
MAX_LINE = 4_000_000
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\udc80-\udcff]")
#: characters of plausible news text (ASCII, Latin with Vietnamese, Arabic, punctuation)
_TEXTLIKE = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u1e00-\u1eff"
    r"\u2000-\u206f\u20a0-\u20bf\ufb50-\ufdff\ufe70-\ufeff]"
)


def show(value) -> str:
    """A file name (or any text) safe to print on one terminal line.

    Bytes that are not UTF-8 (kept by Python as lone surrogates) print as ``\\xff``;
    control, format (bidi) and line/paragraph separator characters print as Python
    escapes (``\\n``, ``\\x1b``, ``\\u202e``), so a name can neither break a message
    into two lines nor drive the terminal."""
    s = str(value)
    if s.isprintable():
        return s
    out = []
    for ch in s:
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:
            out.append(f"\\x{o - 0xDC00:02x}")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)


_show = show  # the old name, still used in this module


@dataclass
class Decoded:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)  # one line each: bytes replaced, controls removed
    strict_skip: str = ""  # the skip message ``strict=True`` would give (bytes replaced), else ""
    n_controls: int = 0  # stray control characters removed


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a file's bytes; returns ``(text, encoding)`` or raises :class:`CorpusError`.

    Line endings (CRLF, CR) become ``\\n``.  See :func:`decode` for the notes.
    """
    d = decode(data, name)
    return d.text, d.encoding


def decode(data: bytes, name: str = "<bytes>", strict: bool = False) -> Decoded:
    """Decode a file's bytes into :class:`Decoded` or raise :class:`CorpusError`.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM (recognised by
    its shape: every other byte is NUL for ASCII, 0x06 for Arabic) and Windows-1256.  A
    UTF-8 text with a few invalid bytes is kept, each byte replaced by U+FFFD, with a
    note saying how many (``strict=True`` skips it instead); a few stray control
    characters (``0x1A`` from DOS, say) are removed with a note, however many there are
    as long as what remains reads as text (:func:`_plausible_text`).  A line longer than
    :data:`MAX_LINE` characters is a :class:`CorpusError` (the analyses would take minutes).
    Only text that is mostly control characters, or NUL bytes in what is neither UTF-16 nor UTF-8 news text
    (:func:`_utf8_with_stray_nuls`), is called binary.
    """
    name = _show(name)
    if not data.strip():
        raise CorpusError(f"{name}: skipped: empty file")
    text = enc = None
    notes: list[str] = []
    strict_skip = ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, enc = data.decode(codec), codec
            except UnicodeDecodeError:
                raise CorpusError(f"{name}: skipped: starts with a {codec} byte-order mark but does not decode as {codec}")
            break
    if text is None and b"\x00" in data:
        guess = _utf16_without_bom(data) or _utf8_with_stray_nuls(data)
        if guess is None:
            raise CorpusError(f"{name}: skipped: binary file (contains NUL bytes)")
        text, enc = guess
    if text is None:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if text is None:
        cp = data.decode("cp1256", errors="replace")
        if _plausible_cp1256(cp):
            text, enc = cp, "cp1256"
    if text is None:
        # UTF-8 with a few bad bytes (a truncated copy, one corrupted byte): keep the article
        esc = data.decode("utf-8", errors="surrogateescape")
        bad = len(_SURROGATE.findall(esc))
        if bad > max(4, len(data) // 200):
            raise CorpusError(f"{name}: skipped: not UTF-8, UTF-16 or Windows-1256 text ({bad} invalid UTF-8 bytes)")
        strict_skip = f"{name}: skipped: {fmt_count(bad, 'byte')} not valid UTF-8 (--strict; without it they are replaced by U+FFFD)"
        if strict:
            raise CorpusError(strict_skip)
        text, enc = _SURROGATE.sub("\ufffd", esc), "utf-8"
        notes.append(f"{name}: {fmt_count(bad, 'byte')} not valid UTF-8 replaced by U+FFFD")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorpusError(f"{name}: skipped: empty file")
    ctrl = _CTRL.findall(text)
    if ctrl:
        if len(ctrl) > max(8, len(text) // 50) and not _plausible_text(_CTRL.sub("", text)):
            raise CorpusError(f"{name}: skipped: binary file ({len(ctrl)} control characters)")
        kinds = ", ".join(f"U+{ord(c):04X}" for c in sorted(set(ctrl))[:5]) + (", ..." if len(set(ctrl)) > 5 else "")
        text = _CTRL.sub("", text)
        notes.append(f"{name}: removed {fmt_count(len(ctrl), 'stray control character')} ({kinds})")
        if not text.strip():
            raise CorpusError(f"{name}: skipped: empty file (only control characters)")
    longest = max(map(len, text.split("\n")))
    if longest > MAX_LINE:
        line = next(i for i, t in enumerate(text.split("\n"), 1) if len(t) == longest)
        raise CorpusError(f"{name}: skipped: line {line} has {longest:,} characters (over {MAX_LINE:,}: "
                          f"not a paragraph; break the text into lines)")
    return Decoded(text, enc, notes, strict_skip, len(ctrl))


def _plausible_text(text: str) -> bool:
    """Text that reads as news once its control characters are gone: almost all of it
    characters of news text, a third of it letters.  A file of Arabic prose with a
    ``0x1A`` (DOS end-of-file) in every line is text with stray controls, not binary."""
    if not text.strip():
        return False
    ok = len(_TEXTLIKE.findall(text))
    letters = sum(1 for c in text if c.isalpha())
    return ok >= 0.95 * len(text) and letters >= 0.3 * len(text)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, codec)`` when ``data`` reads as plausible UTF-16 text without a BOM."""
    if len(data) % 2:
        return None
    best = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            t = data.decode(codec)
        except UnicodeDecodeError:
            continue
        ok = len(_TEXTLIKE.findall(t))
        letters = sum(1 for c in t if c.isalpha())
        if ok >= 0.95 * len(t) and letters >= 0.3 * len(t) and (best is None or ok > best[0]):
            best = (ok, t, codec)
    return None if best is None else (best[1], best[2])


def _utf8_with_stray_nuls(data: bytes) -> tuple[str, str] | None:
    """``(text, "utf-8")`` when ``data`` is UTF-8 news text with a few stray NUL bytes (a
    download padded with zeros, a copy with a hole; at most one character in 50): the NULs are then removed, with a
    note, like any stray control character; a PNG or other binary file stays binary."""
    try:
        t = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    few = t.count("\x00") <= max(8, len(t) // 50)
    return (t, "utf-8") if few and _plausible_text(_CTRL.sub("", t)) else None


def _plausible_cp1256(text: str) -> bool:
    """Windows-1256 decodes almost any bytes: accept it only when the result is
    mostly Arabic letters, ASCII and punctuation, like a real Arabic text."""
    text = text[:1_000_000]  # judged on its first million characters: a 20 MB file in a second
    letters = len(_NOT_ARABIC_RUN.sub("", text))
    odd = len(_CP1256_TEXT_RUN.sub("", text))
    return letters >= 0.3 * max(1, sum(map(len, text.split()))) and odd <= 0.05 * len(text)


_NOT_ARABIC_RUN = re.compile(r"[^\u0600-\u06ff]+")
_CP1256_TEXT_RUN = re.compile(r"[\x00-\x7f\u0600-\u06ff\u00a0\u200c\u200d\u200e\u200f«»…–—’‘“”]+")
