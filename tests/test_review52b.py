"""The lead's mends after session 48's second read-only review (sentences written for these tests).

* a quoted-only discovered campaign in articles without an outlet counts articles, not one empty outlet;
* a learned club before an object plural after a verb stays the club (وكرم الاتحاد اللاعبين المعتزلين), and
  لاعبي before it is a side word (its ل is no proclitic);
* a writer whose given name looks like و/ف + a title word (فيصل / يصل) is no subject of the title;
* the honorific صاحب السعادة is no marker of happiness;
* *led by* after a role and a noun (مدرب الفريق بقيادة مورينيو) is led by; a region's Command stays one."""
from __future__ import annotations

import pandas as pd

from arnews import key
from arnews.entities import find_names
from arnews.text import make_paragraph


def _cands(rows):
    from arnews.rhetoric.discover import CANDIDATE_COLUMNS

    return pd.DataFrame([dict(zip(CANDIDATE_COLUMNS, (a, 1, 0, 10, v, cue, quoted, v, feats, "")))
                         for a, v, cue, quoted, feats in rows])


def test_quoted_cluster_without_outlets_counts_articles():
    from arnews.rhetoric.discover import cluster_candidates

    rows = [(a, "عالم الفنون", "quote", True, "r:علم r:فنن") for a in ("a1", "a2", "a3")]
    D = cluster_candidates(_cands(rows), outlets={a: "" for a in ("a1", "a2", "a3")})
    assert set(D["label"]) == {"عالم الفنون"}


def _ordinary(text, word):
    from arnews.entities.learned_clubs import ordinary_reading

    p = make_paragraph(text)
    s = p.ktext.find(key(word))
    return ordinary_reading(p, s, s + len(key(word)))


def test_club_before_a_verbs_object_plural_is_the_club():
    assert not _ordinary("وكرم الاتحاد اللاعبين المعتزلين في حفل كبير", "الاتحاد")
    assert not _ordinary("وضم النصر اللاعبين الجدد إلى قائمته", "النصر")
    assert not _ordinary("وعاقبت اللجنة لاعبي الاتفاق الموقوفين", "الاتفاق")
    # the ordinary word before an agreeing plural, as before
    assert _ordinary("واحتفل الطلبة المبتعثون باليوم الوطني", "الطلبة")
    assert _ordinary("وشكر جميع الطلبة المبتعثين على الحضور", "الطلبة")


def _writers(blocks):
    from arnews.entities.bylines import writers_table

    P = pd.DataFrame([{"article_id": "a1", "paragraph": i, "role": role, "text": text, "lang": "ar"}
                      for i, (role, text) in enumerate(blocks)])
    return [(r.surface, r.source) for r in writers_table(P).itertuples()]


def test_a_given_name_is_no_proclitic_and_a_title_word():
    assert _writers([("title", "وزير الخارجية يصل إلى الرياض"), ("byline", "فيصل الحربي")]) == \
        [("فيصل الحربي", "byline")]
    assert _writers([("title", "الأمطار تغرق رأس تنورة"), ("byline", "فراس العتيبي")]) == [("فراس العتيبي", "byline")]


def test_the_singular_honorific_is_no_happiness():
    from arnews.rhetoric.markers import find_markers

    assert find_markers("واستقبل صاحب السعادة السفير الوفد في مكتبه", "ar") == []
    assert [h.marker for h in find_markers("ويبحث الناس عن السعادة في العمل", "ar")] == ["السعادة"]


def test_led_by_after_a_role_and_a_noun():
    got = list(zip(*[find_names("وأكد مدرب الفريق بقيادة جوزيه مورينيو أن المباراة صعبة")[c] for c in ("surface", "type")]))
    assert ("جوزيه مورينيو", "person") in got and not any(s.startswith("قيادة") for s, _ in got)
    got = list(zip(*[find_names("وتخرجت الدفعة تحت قيادة المنطقة الشرقية")[c] for c in ("surface", "type")]))
    assert ("قيادة المنطقة الشرقية", "organisation") in got
