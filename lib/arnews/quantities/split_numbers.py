"""Numbers the tokeniser split at a separator it does not join (session 42), read whole:

* an Arabic comma between digit groups of exactly three (``11،000 نقطة``, ``1،300،000 ريال``) is a
  thousands separator, as the comma is (``11,000``); not a list (``1، 2، 3``, ``المواد 98، 99، 100``:
  a space after the comma, or a group of other than three digits), a chain that runs on into one, nor
  numbers after a word that names several numbered things (``الآيتان: 145،102``, ``المواد 98،99``);
* dot groups of three then a dot and one or two digits (``1.333.15``, ``51.824.281.70``, ``1.340.7
  مليار``) are thousands then decimals (1,333.15): a date or a version has no group of three in it;
* a comma followed by four or five digits (``1,1075 دولار``, ``0,98910 فرنك``) is a decimal comma: a
  thousands group has three.

The scanner's number grammar (:meth:`_parse_one`) asks :func:`joined_number` first at a digit token.
"""
from __future__ import annotations

import re

_AR_THOUSANDS = re.compile(r"\d{1,3}(?:،\d{3})+")
_DOT_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+\.\d{1,2}")
_COMMA_DECIMAL = re.compile(r"\d{1,3},\d{4,5}")
#: a word (key form) naming numbered things a list of whose numbers may follow: verses, articles, pages, numbers
_LIST_HEAD = re.compile(r"(?:[وفبل]|ال|وال|بال|لل)*(?:ايه|ايتان|ايتين|ايات|ماده|مادتان|مادتين|مواد|صفحه|صفحات|"
                        r"رقم|رقمي|ارقام|بند|بندين|بنود|فقره|فقرات)$")
#: what may not follow a joined number (it would run on into a longer chain, a date or a list)
_RUN_ON = re.compile(r"[،,.]?\d")


def _run(sc, i: int) -> tuple[str, list[int]]:
    """The text of the touching digit and separator tokens from token i on, and each token's end in it."""
    t = sc.t
    parts, ends, x = [], [], i
    while x < t.n and (t.kind[x] == "num" or t.kind[x] == "p" and t.text[x] in "،,.") and (x == i or sc.adj(x - 1, x)):
        parts.append(t.text[x])
        ends.append(sum(len(p) for p in parts))
        x += 1
    return "".join(parts), ends


def joined_number(sc, i: int):
    """``(j, value, is_int, reading)`` of a number split at a separator starting at token ``i``
    (``j``: the token after it), or None."""
    t = sc.t
    first = t.text[i]
    if not re.fullmatch(r"\d{1,3}(?:\.\d{3})*", first) or i + 2 >= t.n or not sc.adj(i, i + 1):
        return None
    if sc.kind(i - 1) == "p" and sc.adj(i - 1, i) and t.text[i - 1] in "،,." and sc.kind(i - 2) == "num":
        return None  # inside a chain read from its start (or a list)
    w = i - 1
    while sc.kind(w) == "p" and sc.t.text[w] in ":(«\"“":
        w -= 1
    if sc.kind(w) == "ar" and _LIST_HEAD.match(sc.k(w)):
        return None  # الآيتان: 145،102, المواد 98،99: numbers listed after a word that names several
    raw, ends = _run(sc, i)
    for pat, reading in ((_AR_THOUSANDS, "thousands; Arabic comma"), (_DOT_DECIMAL, "thousands and decimal"),
                         (_COMMA_DECIMAL, "decimal; four or more places")):
        m = pat.match(raw)
        if not m or m.end() not in ends or _RUN_ON.match(raw, m.end()):
            continue
        s = m.group()
        j = i + ends.index(m.end()) + 1
        if pat is _DOT_DECIMAL and sc._scale_at(j):
            return None  # 1.340.7 مليار (for 1.3407): dot groups before a scale word are no thousands, left as read
        if pat is _COMMA_DECIMAL:
            v = float(s.replace(",", "."))
        else:
            head, _, tail = s.rpartition(".") if pat is _DOT_DECIMAL else (s, "", "")
            v = float(head.replace("،", "").replace(".", "") + ("." + tail if tail else ""))
        return j, v, v.is_integer() and pat is _AR_THOUSANDS, reading
    return None
