"""Session 36 speed: behaviour-preserving fast paths (same tokens, same dropped town duals)."""
import random

from arnews.quantities.towns import town_duals
from arnews.text import tokenizer as T


def _scan_full(text):
    out = ([], [], [], [])
    for m in T.TOKEN_RE.finditer(text):
        out[0].append(m.lastgroup)
        out[1].append(m.start())
        out[2].append(m.end())
        out[3].append(m.group())
    return out


def test_scan_without_at_sign_is_the_full_tokeniser():
    texts = ["قال محمد بن سلمان، 3,411 طن و100% في 28/6/2024 الساعة 8:15 www.spa.gov.sa",
             "راسلنا على info@spa.gov.sa أو a.b+c@x.com.sa ثم 0203 3835 123",
             "Đảng don't 03-NQ/TU 138/QĐ-UBND baomoi.vn/x ــ وـ @ @@ a@ @b"]
    rng = random.Random(36)
    alphabet = "محمدبنسلماوفل0123456789@.,-+/:% aZĐ_ـ"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    for t in texts:
        assert T.scan(t) == _scan_full(t), t
    assert "(?P<email>" not in T._TOKEN_RE_NO_EMAIL.pattern


def test_town_duals_only_for_dual_rows():
    row = {"kind": "count", "value": 2, "written": "words", "surface": "جورين"}
    other = {"kind": "count", "value": 3, "written": "words", "surface": "جورين"}
    paras = [("وصلوا إلى بلدة جورين أمس", [other]), ("على أبواب جورين", [row])]
    assert town_duals(paras) == {id(row)}
    assert town_duals([(t, [other]) for t, _ in paras]) == set()
    assert town_duals([("على أبواب جورين", [row])]) == set()  # no town noun: no town name


def test_translator_is_str_translate():
    from arnews.normalize import DEFAULT_STEPS, KEY_STEPS, _table, translator

    K, D = _table(KEY_STEPS), _table(DEFAULT_STEPS)
    rng = random.Random(11)
    pool = "".join(chr(k) for k in list(K) + list(D)) + "محمد بن سلمان ابو 0123 abc"
    texts = ["قالت الهيئة إن أسعار المياه ارتفعت إلى مستوى آمن في مكة المكرمة وعلى الضفة الأخرى",
             "وَقَالَ الأمينُ العامّ\u00a0للهيئة", "ﻻ ﷲ ٣٤٪ \u200f", ""]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    for t in texts:
        assert translator("key")(t) == t.translate(K), repr(t)
        assert translator("default")(t) == t.translate(D), repr(t)
