"""The project's one tokeniser, for text that has been through :func:`arnews.normalize`.

Token kinds:

=========  ================================================================
``url``     ``https://…``, ``www.…`` and bare domains (``baomoi.vn/x``)
``email``   ``name@host.tld``
``code``    document codes: ``03-NQ/TU``, ``01/CT-TTg``, ``138/QĐ-UBND``
``date``    numeric dates: ``28/6/2024``, ``2024-06-28``
``time``    clock times: ``8:15``, ``14:30:05``
``phone``   phone numbers: ``+84 203 3835 123``, ``0203 3835 123``
``clitic``  a proclitic glued to a number (``و`` in ``و100%``)
``number``  ``3,411``, ``89.1%``, ``1.200.000``, ``4,5%`` (a trailing ``%`` stays on)
``word``    a run of Arabic letters
``latin``   a run of Latin letters (``Đảng``, ``don't``)
``punct``   any other non-space character
=========  ================================================================

:func:`scan` returns parallel lists (kinds, starts, ends, texts): the token arrays of
:class:`arnews.text.Paragraph`.  Every analysis reads those arrays; none re-tokenises.
"""
from __future__ import annotations

import re

__all__ = ["AR", "LATIN", "TOKEN_RE", "WORD_KINDS", "NUMBER_KINDS", "scan"]

AR = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_DELIM = "\\s<>\"'«»“”()\\[\\]"

TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^{_DELIM}]*[^{_DELIM}.,;:!?،؛]
        |(?<![\w.-])[A-Za-z0-9][A-Za-z0-9-]{{0,62}}(?:\.[A-Za-z0-9-]{{1,63}}){{0,4}}\.(?:vn|com|net|org|gov|edu|info|int|io|sa)\b(?:/[^{_DELIM}]*[^{_DELIM}.,;:!?،؛])?)
    |(?P<email>(?<![\w.+-])[\w.+-]{{1,64}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,4}})
    |(?P<code>(?<!\d)\d{{1,6}}(?:/\d{{2,4}}){{0,3}}(?:[-/][A-ZĐ][A-Za-zĐđ]{{0,9}}\d{{0,4}}){{1,4}})
    |(?P<date>\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:1[89]|20|21)\d{{2}}(?!\d)|(?:1[89]|20|21)\d{{2}}-\d{{1,2}}-\d{{1,2}}(?!\d))
    |(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?![\d:]))
    |(?P<phone>(?:\+\d{{1,3}}[ .-]?|(?<!\d)0)\d{{2,4}}(?:[ .-]\d{{3,4}}){{2}}(?!\d))
    |(?P<clitic>[وفبل](?=\d))
    |(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)%?|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?![\d.])%?|\d+,\d{{1,2}}(?=\s?%)%?|\d+(?:\.\d+)?%?)
    |(?P<word>[{AR}]+)
    |(?P<latin>[{LATIN}]+(?:['’][{LATIN}]+)*)
    |(?P<punct>\S)
    """,
    re.X,
)
#: kinds that are words of the language (counted for densities and language decisions)
WORD_KINDS = frozenset({"word", "latin"})
#: kinds that stand for a figure
NUMBER_KINDS = frozenset({"number", "date", "time", "phone"})


#: :data:`TOKEN_RE` without its ``email`` branch, for a text without ``@`` (where that branch
#: cannot match, so every token is the same): the branch's ``[\w.+-]{1,64}@`` ran over every
#: Arabic word before failing (scan -17% CPU on snn2000's paragraphs)
_TOKEN_RE_NO_EMAIL = re.compile("\n".join(line for line in TOKEN_RE.pattern.split("\n")
                                           if "(?P<email>" not in line), re.X)


def _fast(pattern: str, front: bool) -> re.Pattern:
    r"""``pattern`` (an alternation of named branches, one a line) behind ``(?=\S)``: every branch's first
    character is no space, so no token starts at a space, where every branch was tried before failing
    (half of the scan's CPU).  ``front``: the ``clitic`` and ``word`` branches first, for a pattern
    without ``email``: at an Arabic letter no other branch can match (each of them opens with a digit,
    ``+``, a Latin letter or ``h``/``w``; :data:`AR` holds no digit) and elsewhere these two cannot, so
    the tokens are the same (speed48; every paragraph of snn2000 scans alike)."""
    branches: list[list[str]] = []  # each named branch with its continuation lines
    for ln in pattern.split("\n"):
        ln = ln.strip()
        if ln.lstrip("|").startswith("(?P<"):
            branches.append([ln.lstrip("|")])
        elif ln:
            branches[-1].append(ln)
    if front:
        first = [b for b in branches if b[0].startswith(("(?P<clitic>", "(?P<word>"))]
        branches = first + [b for b in branches if b not in first]
    body = "\n|".join("\n".join(b) for b in branches)
    return re.compile("(?=\\S)(?:" + body + "\n)", re.X)


_SCAN_AT = _fast(TOKEN_RE.pattern, front=False)
_SCAN = _fast(_TOKEN_RE_NO_EMAIL.pattern, front=True)


def scan(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    """``(kinds, starts, ends, texts)`` of every token of normalised ``text``."""
    kinds, starts, ends, texts = [], [], [], []
    for m in (_SCAN_AT if "@" in text else _SCAN).finditer(text):
        kinds.append(m.lastgroup)
        a, b = m.span()
        starts.append(a)
        ends.append(b)
        texts.append(m.group())
    return kinds, starts, ends, texts
