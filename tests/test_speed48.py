"""speed48 (issue 11, behaviour-preserving): the tokeniser's regex skips spaces and tries the Arabic branches first;
the corpus-level code reads plain lists instead of iterating pyarrow string columns, and the learned names read
their rows as records instead of ``iterrows``.  Each fast path equals its slow path on text written for this test
(no corpus)."""
from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from arnews.normalize import normalize
from arnews.text import tokenizer as TK

SENTENCES = [
    "أعلنت وزارة الصحة تسجيل 1,250 حالة جديدة و100% من الأسرّة مشغولة في 28/6/2024",
    "وصل الوفد الساعة 14:30:05 إلى جدة، واتصلوا على +966 12 6543 210 أو 0112 345 6789",
    "راجعوا الموقع www.moh.gov.sa/ar/news أو https://spa.gov.sa/a?b=1، والبريد info@spa.gov.sa",
    "القرار 138/QĐ-UBND والتعميم 01/CT-TTg صدرا بنسبة 4,5% و3.75% و1.200.000 ريال",
    "قال المدرب «Ronaldo don't play» (في المباراة) — ثم غادر… ف5 لاعبين ب3 أهداف ول2 مدربين",
    "  مسافات   متعددة\tوجدول\nوسطر جديد\u00a0ومسافة غير منقطعة  ",
    "بلد.com ليس رابطا، لكن example.com وexample.sa/page رابطان، وabc@x مجرد نص",
    "٣ أيام و۴ ساعات: أرقام هندية وفارسية بين الكلمات، Đảng و Việt Nam",
    "",
    "   ",
    "و",
    "و5",
]


def _slow_scan(text: str):
    """``scan`` as it was before speed48: the full regex, every branch tried at every position."""
    kinds, starts, ends, texts = [], [], [], []
    for m in (TK.TOKEN_RE if "@" in text else TK._TOKEN_RE_NO_EMAIL).finditer(text):
        kinds.append(m.lastgroup)
        a, b = m.span()
        starts.append(a)
        ends.append(b)
        texts.append(m.group())
    return kinds, starts, ends, texts


def _full_scan(text: str):
    """The same with ``TOKEN_RE`` alone (the email branch kept everywhere)."""
    return tuple(list(x) for x in zip(*[(m.lastgroup, m.start(), m.end(), m.group()) for m in TK.TOKEN_RE.finditer(text)])) \
        or ([], [], [], [])


@pytest.mark.parametrize("text", SENTENCES)
def test_scan_equals_slow_scan(text):
    for t in (text, normalize(text).text if hasattr(normalize(text), "text") else normalize(text)):
        assert TK.scan(t) == _slow_scan(t) == _full_scan(t)


def test_scan_sees_every_kind():
    kinds = set()
    for s in SENTENCES:
        kinds.update(TK.scan(s)[0])
    assert {"url", "email", "code", "date", "time", "phone", "clitic", "number", "word", "latin", "punct"} <= kinds


def test_scan_equals_slow_scan_on_random_text():
    """Random strings of the characters each branch opens or turns on (fixed seed)."""
    alphabet = list("وفبلكاهمن") + list("0123456789٠٣۴") + list(".,:/%-+@_'’") + list("hwtpsxamoQĐđ") + \
        [" ", " ", " ", "\t", "\n", "\u00a0", "«", "»", "(", ")", "،", "؛", "؟", "ـ", "\u064b"] + ["www.", "http://", ".com", ".sa"]
    rng = random.Random(48)
    for _ in range(3000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert TK.scan(t) == _slow_scan(t), t


def test_fast_patterns_keep_the_branches():
    """Both fast patterns hold every named branch of their slow pattern, the Arabic ones first without email."""
    assert set(TK._SCAN.groupindex) == set(TK._TOKEN_RE_NO_EMAIL.groupindex)
    assert set(TK._SCAN_AT.groupindex) == set(TK.TOKEN_RE.groupindex)
    order = sorted(TK._SCAN.groupindex, key=TK._SCAN.groupindex.get)
    assert order[:2] == ["clitic", "word"]
    assert sorted(TK._SCAN_AT.groupindex, key=TK._SCAN_AT.groupindex.get) == \
        sorted(TK.TOKEN_RE.groupindex, key=TK.TOKEN_RE.groupindex.get)


def _frame():
    return pd.DataFrame({
        "article_id": pd.Series(["a1", "a2", None, "a3"], dtype="str"),
        "paragraph": [0, 1, 2, 3],
        "text": pd.Series(["التقى الوزير", None, "", "قال"], dtype="str"),
        "n": [3, 0, 7, 1],
        "z": [1.5, np.nan, 2.0, 0.0],
    })


def test_tolist_equals_column_iteration():
    """Zipping ``.tolist()`` gives the values (and their Python types) that iterating the columns gave."""
    df = _frame()
    slow = list(zip(df["article_id"].astype(str), df["paragraph"].astype(int), df["text"], df["n"]))
    fast = list(zip(df["article_id"].astype(str).tolist(), df["paragraph"].astype(int).tolist(), df["text"].tolist(),
                    df["n"].tolist()))
    assert len(slow) == len(fast)
    for s, f in zip(slow, fast):
        for a, b in zip(s, f):
            assert type(a) is type(b)
            assert a == b or (a != a and b != b)  # (NaN where the text is missing)
    assert set(df["text"].astype(str)) == set(df["text"].astype(str).tolist())


def test_records_equal_iterrows():
    """``to_dict("records")`` rows read as ``iterrows``' rows did (the learned names' counts and statuses)."""
    df = _frame().assign(status=["learned", "context", "family", "learned"])
    for (i, r), (j, q) in zip(df.iterrows(), enumerate(df.to_dict("records"))):
        assert i == j
        for c in df.columns:
            a, b = r[c], q[c]
            assert a == b or (a != a and b != b)
        assert r["n"] + 2 == q["n"] + 2 and (r["z"] < 0.5 * (r["n"] + 1)) == (q["z"] < 0.5 * (q["n"] + 1))
