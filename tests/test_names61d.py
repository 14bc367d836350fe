"""A learned club that is also a common word counts only in its sport context, learned from the corpus (the share of
its matches in sports paragraphs: الاتفاق is mostly *the agreement* in August 2015), and a spelling no surface
writes bare is shown without its glued proclitic (لدولة الإيرانية). Issue 14, names61d.

Every text is written for these tests in the style of Saudi news."""
from __future__ import annotations

import pandas as pd
import pytest

from arnews.entities import entities_table, learned_name_tables, with_learned, written_forms
from arnews.entities.learned import SPORT_SHARE
from arnews.entities.learned_clubs import common_clubs, sport_context


def _corpus(texts: dict[str, list[str]]) -> pd.DataFrame:
    rows = []
    for aid, pars in texts.items():
        for i, t in enumerate(pars):
            rows.append({"article_id": aid, "paragraph": i, "role": "title" if i == 0 else "body", "lang": "ar", "text": t})
    return pd.DataFrame(rows)


DEAL = "وفي طهران، قال مسؤول إيراني إن الاتفاق النووي مع الدول الكبرى يدخل حيز التنفيذ مطلع العام المقبل، وإن الاتفاق يرفع العقوبات."
TEXTS = {
    "c1": ["الاتفاق يدعم هجومه", "أعلن نادي الاتفاق تعاقده مع مهاجم برازيلي لمدة موسمين قادما من الدوري البرتغالي."],
    "c2": ["الاتفاق يستعد للدوري", "يستعد فريق الاتفاق لمواجهة نادي الهلال في الجولة الأولى من الدوري، وأكد مدرب الاتفاق جاهزية اللاعبين."],
    "c3": ["الهلال يتعاقد مع حارس", "أعلن نادي الهلال التعاقد مع حارس مرمى دولي لمدة ثلاثة مواسم."],
    "s1": ["الاتفاق يكسب الهلال", "فاز الاتفاق على الهلال بهدفين دون رد في المباراة التي جمعتهما مساء أمس على ملعب الأمير محمد بن فهد."],
    # a news digest: a club cue in one paragraph, the nuclear deal in another
    "d1": ["موجز الأخبار", "أعلن نادي الهلال تجديد عقد مدربه لموسم إضافي.", DEAL],
    "d2": ["موجز اليوم", "جدد نادي الهلال عقد قائده.", "وأكد الوزير أن العمل يجري وفق الاتفاق الموقع بين البلدين في الرياض."],
    "f1": ["جدول الجولة", "أعلن نادي النصر قائمته.", "ويلتقي الاتفاق والهلال يوم الخميس في الدمام."],
    "n1": ["طهران ترحب", DEAL],
    "n2": ["واشنطن تدافع عن الاتفاق", "دافع وزير الخارجية الأمريكي عن الاتفاق النووي أمام الكونغرس، وقال إن الاتفاق يمنع إيران من امتلاك السلاح."],
    "n3": ["الكونغرس يناقش", "يناقش الكونغرس الاتفاق النووي الشهر المقبل، ويرى معارضو الاتفاق أنه يمنح طهران مليارات الدولارات."],
    "n4": ["مجلس الوزراء", "أشاد مجلس الوزراء بالاتفاق الذي وقعته المملكة مع فرنسا، مؤكدا أن الاتفاق يعزز التعاون بين البلدين."],
}


@pytest.fixture(scope="module")
def learned():
    P = _corpus(TEXTS)
    E = entities_table(P, pd.DataFrame({"article_id": list(TEXTS), "language": "ar"}))
    res = learned_name_tables({"entities": E, "paragraphs": P})
    return res["learned_names"], with_learned(E, res["learned_mentions"])


def _club(M, aid):
    return [r.surface for r in M[(M.article_id == aid) & (M.type == "organisation")].itertuples() if "الاتفاق" in r.surface]


def test_the_club_is_learned_and_kept_in_a_sport_paragraph(learned):
    N, M = learned
    row = N[N.key == "الاتفاق"].iloc[0]
    assert (row["class"], row.status) == ("club", "learned")
    assert _club(M, "s1") == ["الاتفاق", "الاتفاق"]  # the title beside a sports paragraph, and فاز الاتفاق على الهلال


def test_a_fixture_keeps_the_club_outside_a_sport_paragraph(learned):
    _, M = learned
    assert _club(M, "f1") == ["الاتفاق"]  # ويلتقي الاتفاق والهلال: no sport word, the two clubs joined by و


def test_the_agreement_is_no_club_beside_another_clubs_cue(learned):
    _, M = learned
    assert _club(M, "d1") == []  # الاتفاق النووي in a digest that also names نادي الهلال
    assert _club(M, "d2") == []  # وفق الاتفاق
    assert all(_club(M, a) == [] for a in ("n1", "n2", "n3", "n4"))


def test_the_names_table_counts_the_clubs_uses_in_its_context(learned):
    N, _ = learned
    row = N[N.key == "الاتفاق"].iloc[0]
    # c1 (its title, نادي الاتفاق), c2 (title, فريق الاتفاق, مدرب الاتفاق), s1 (2), f1; not the 11 agreements of d1, d2, n1-n4
    assert (row.n_bare, row.n_bare_articles) == (8, 4)


def _found(rows):
    """found tuples (article, paragraph, start, end, surface, row, role, side)."""
    return [(a, p, 0, 1, "", i, "body", side) for a, p, i, side in rows]


def test_common_clubs_is_the_share_of_matches_in_sport():
    from collections import Counter

    from arnews.entities.learned_clubs import SHARE_MIN

    arts = [f"a{j}" for j in range(SHARE_MIN)]
    # row 0: one match of SHARE_MIN after a side word, none in a sports paragraph; row 1: all in sports paragraphs
    found = _found([(a, 1, 0, j == 0) for j, a in enumerate(arts)] + [(a, 2, 1, False) for a in arts])
    sporty = {(a, 1): False for a in arts} | {(a, 2): True for a in arts}
    bare = Counter(f[5] for f in found)
    assert common_clubs(found, bare, ["club", "club"], [False, False], sporty, SPORT_SHARE, [4.7, 4.7], 4.0) == {0}
    # a rare word (a foreign club's name) is no common word, wherever it stands
    assert common_clubs(found, bare, ["club", "club"], [False, False], sporty, SPORT_SHARE, [3.1, 4.7], 4.0) == set()
    # a club learned from its nationality reading is never a common word here (sports paragraphs only already)
    assert common_clubs(found, bare, ["club", "club"], [True, False], sporty, SPORT_SHARE, [4.7, 4.7], 4.0) == set()
    # fewer matches say nothing
    few = found[1:SHARE_MIN] + found[SHARE_MIN:]
    assert common_clubs(few, Counter(f[5] for f in few), ["club", "club"], [False, False], sporty, SPORT_SHARE,
                        [4.7, 4.7], 4.0) == set()
    assert sport_context(False, False, False, True) and not sport_context(False, False, False, False)


def _forms(rows):
    E = pd.DataFrame([{"article_id": a, "entity_id": e, "surface": s, "type": "place", "name_en": en} for a, e, s, en in rows])
    return written_forms(E)


def test_a_spelling_written_only_with_a_proclitic_is_shown_without_it():
    F = _forms([("x1", "~geo:IR", "لدولة الإيرانية", "Iran"), ("x2", "~geo:IR", "إيران", "Iran"),
                ("x3", "~geo:SA", "للمملكة", "Saudi Arabia"), ("x4", "~geo:LB", "لبنان الشقيق", "Lebanon"),
                ("x5", "~p", "لجين الهذلول", "")])
    got = dict(zip(F.written_as, F.other_surfaces))
    assert got["الدولة الإيرانية"] == "لدولة الإيرانية" and "لدولة الإيرانية" not in got
    assert got["المملكة"] == "للمملكة"
    assert "لبنان الشقيق" in got and "لجين الهذلول" in got  # لبنان, لجين: no proclitic (البنان, الجين are rare)


def test_a_spelling_seen_bare_keeps_its_commonest_surface():
    F = _forms([("x1", "~geo:SA", "للمملكة", "Saudi Arabia"), ("x2", "~geo:SA", "للمملكة", "Saudi Arabia"),
                ("x3", "~geo:SA", "المملكة", "Saudi Arabia")])
    assert F.written_as.tolist() == ["للمملكة"] and F.other_surfaces.tolist() == ["المملكة"] and F.n.tolist() == [3]
