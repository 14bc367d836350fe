"""Session 41 speed (issue 11): the name finder asks per word type, once per paragraph, what it asked per token.

Each fast path is checked against the slow reference it replaced (written out here, token by token) on
sentences written for these tests in the style of Saudi news, with the nasty neighbours: a listed name at the
paragraph's edges, initials, a nasab after an inert word, repeated sport words, two clubs, tanween.
"""
from __future__ import annotations

import importlib

import pytest

from arnews.text import make_paragraph

names = importlib.import_module("arnews.entities.names")
known = importlib.import_module("arnews.entities.known")
keys = importlib.import_module("arnews.entities.keys")
positions = importlib.import_module("arnews.entities.positions")
bodies = importlib.import_module("arnews.entities.bodies")

SENTENCES = [
    # a listed organisation at the start, a person after a title, a listed agency at the end
    "وزارة الصحة أعلنت اليوم أن معالي الوزير الدكتور خالد بن عبدالرحمن الفالح زار مستشفى الملك فهد بجدة، حسب واس",
    # a nasab after an ordinary word, a given name and a family name
    "واستقبل سلمان بن عبدالعزيز الضيوف، وحضر اللقاء محمد السهلاوي وعبدالله بن سعد العامر",
    # sport words repeated (one type twice), a club's name, a nickname
    "فاز الهلال على النصر في المباراة التي أقيمت على ملعب الملك فهد، وسجل المهاجم الهدف الأول والهدف الثاني",
    # one sport word only, written twice: counted per occurrence, not per type
    "أكد رئيس النادي أن النادي يستعد للموسم المقبل",
    # three clubs in a list without a sport word (a headline)
    "الأهلي والوحدة ونجران يتصدرون",
    # initials read as letter names, a press name in a byline
    "محمد الغامدي- سبق- الرياض: قالت شبكة إن بي سي الأمريكية إن إيه بي سي نقلت الخبر",
    # a transliterated run with tanween nearby (the tanween guard)
    "وقال المدرب ماوريتسيو بوكيتينو إن الفريق قدم أداءً جيداً أمام توتنهام هوتسبير",
    # the same run without tanween anywhere in the paragraph (the literal prefilter)
    "وقال المدرب ماوريتسيو بوكيتينو إن الفريق قدم أداء جيدا أمام توتنهام هوتسبير",
    # a place cue and a quoted name, a listed place at the end
    "وصل الوفد إلى محافظة القريات قادما من بلدة \"طبرجل\" ثم إلى تبوك",
    # nothing a name could start at
    "ارتفعت الأسعار في الأسواق خلال الأسبوع الماضي بنسبة طفيفة",
    # a word at the very end before nothing, بن at the end
    "وقال بن",
    "بن",
    "",
]


def _par(text: str):
    return make_paragraph(text, "ar")


# --- the slow references (the code before session 41) ----------------------------------------------------------


def _sporty_count_slow(p) -> bool:
    n = 0
    for k, kd in zip(p.keys, p.kinds):
        if kd == "word" and known._sport_word(k):
            n += 1
            if n >= known.SPORT_WORDS:
                break
    return n >= known.SPORT_WORDS


def _clubs_gate_slow(p) -> bool:
    return sum(1 for k, kd in zip(p.keys, p.kinds) if kd == "word" and known._club_key(k)) >= 2


def _known_orgs_slow(p) -> list:
    kinds, fkeys = p.kinds, p.fkeys
    out, n, i = [], len(kinds), 0
    while i < n:
        if kinds[i] != "word":
            i += 1
            continue
        hit = None
        for form, off, entries in known._listed_readings(fkeys[i]):
            for words, oid, ctx in entries:
                m = known._span(p, i, words)
                if not m:
                    continue
                if ctx == "press" and not known._source_slot(p, i, m, off, m == 1 and known.zipf_ar(words[0]) < known.RARE_ZIPF):
                    continue
                if ctx == "quoted" and not (off == 0 and known._quoted(p, i, m)):
                    continue
                if ctx == "agency" and not known._agency_slot(p, i, m, off):
                    continue
                if ctx == "nickname" and not known._nickname_slot(p, i, m, off):
                    continue
                if ctx == "sport" and (not known._sporty(p) or off == 0 and m == 1 and known._colour(words[0])
                                       and known._qualifies(p, i)):
                    continue
                hit = (m, off, oid)
                break
            if hit:
                break
        if hit:
            m, off, oid = hit
            out.append((p.starts[i] + off, p.ends[i + m - 1], oid))
            i += m
            continue
        e = known._initials_end(p, i) if fkeys[i] in known._LETTERS else i
        if e > i:
            out.append((p.starts[i], p.ends[e - 1], "initials:" + "".join(p.fkeys[t] for t in range(i, e) if p.kinds[t] == "word")))
            i = e
            continue
        i += 1
    return out


def _live_slow(p, bods) -> list:
    n, fkeys = len(p.kinds), p.fkeys
    return [i for i in range(n) if p.kinds[i] == "word" and not (
        names._inert_word(p.toks[i], fkeys[i]) and i not in bods and not (i + 1 < n and fkeys[i + 1] in ("بن", "بنت")))]


def _tanween_slow(p, i: int) -> bool:
    s, e = p.original(p.starts[i], p.ends[i])
    return "\u064b" in p.text[s:e]


# --- fast = slow ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", SENTENCES)
def test_word_types_in_c_equal_the_generators(text):
    p = _par(text)
    assert positions.word_types(p) == frozenset(t for kd, t in zip(p.kinds, p.toks) if kd == "word")
    assert positions.word_key_types(p) == frozenset((t, k) for kd, t, k in zip(p.kinds, p.toks, p.fkeys) if kd == "word")
    counts = positions.word_key_counts(p)
    assert sum(counts.values()) == sum(1 for kd in p.kinds if kd == "word")
    for k, c in counts.items():
        assert c == sum(1 for kd, x in zip(p.kinds, p.fkeys) if kd == "word" and x == k)
    wanted = {k for k in counts if len(k) % 2}
    assert positions.word_positions(p, wanted) == [i for i, (kd, k) in enumerate(zip(p.kinds, p.fkeys))
                                                   if kd == "word" and k in wanted]
    assert positions.word_positions(p, set()) == []


@pytest.mark.parametrize("text", SENTENCES)
def test_sport_counts_per_type_equal_per_token(text):
    known.sport_words()
    known.known_index()
    p = _par(text)
    assert [k for k, kd in zip(p.keys, p.kinds) if kd == "word"] == [k for k, kd in zip(p.fkeys, p.kinds) if kd == "word"]
    slow = _sporty_count_slow(p) or known._clubs_listed(_par(text))
    assert known._sporty(p) == slow
    q = _par(text)
    assert (sum(c for k, c in positions.word_key_counts(q).items() if known._club_key(k)) >= 2) == _clubs_gate_slow(q)


def test_the_sport_tests_can_fail():
    known.sport_words()
    known.known_index()
    once = _par("أكد رئيس النادي أن الموسم المقبل مهم")  # one sport word: not a sports paragraph
    twice = _par("أكد رئيس النادي أن النادي يستعد")  # the same word twice: two sport words
    assert _sporty_count_slow(once) == known._sporty(once)
    assert _sporty_count_slow(twice) == known._sporty(twice)
    assert _clubs_gate_slow(_par("الأهلي والوحدة ونجران يتصدرون"))


@pytest.mark.parametrize("text", SENTENCES)
def test_known_orgs_from_listed_types_equal_the_token_loop(text):
    known.known_index()
    fast = known.paragraph_known_orgs(_par(text))
    assert fast == _known_orgs_slow(_par(text))


def test_known_orgs_finds_the_listed_and_the_initials():
    known.known_index()
    got = known.paragraph_known_orgs(_par(SENTENCES[5]))
    assert any(oid.startswith("initials:") for _, _, oid in got)
    assert got == _known_orgs_slow(_par(SENTENCES[5]))


@pytest.mark.parametrize("text", SENTENCES)
def test_live_words_equal_the_tokens_the_loop_stopped_at(text):
    names.load_cues()
    p = _par(text)
    bods = bodies.body_candidates(p)
    assert names._live_words(p, bods) == _live_slow(p, bods)


def test_live_words_keep_an_inert_word_before_a_nasab():
    names.load_cues()
    p = _par(SENTENCES[1])
    live = names._live_words(p, bodies.body_candidates(p))
    before = [i for i in range(len(p.toks) - 1) if p.fkeys[i + 1] == "بن"]
    assert before and all(i in live for i in before)


@pytest.mark.parametrize("text", SENTENCES + ["قدم اللاعب أداءً", "فعلاً قال", "شكراً"])
def test_tanween_prefilter_equals_the_offset_map(text):
    p = _par(text)
    for i, kd in enumerate(p.kinds):
        if kd == "word":
            assert keys.tanween(p, i) == _tanween_slow(p, i)


def test_tanween_still_seen():
    p = _par("قدم اللاعب أداءً جيداً")
    assert [keys.tanween(p, i) for i in range(len(p.toks))] == [False, False, True, True]


@pytest.mark.parametrize("text", SENTENCES)
def test_names_of_a_fresh_paragraph_are_stable(text):
    """The whole finder twice on fresh paragraphs: the per-paragraph memos give what a first pass gives."""
    a = names.paragraph_names(_par(text))
    b = names.paragraph_names(_par(text))
    assert a == b
