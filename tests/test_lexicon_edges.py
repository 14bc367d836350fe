"""Every curated word at the edges of a paragraph: no analysis may fail on it.

A cue word is usually followed by the name it announces; rules that look at the next token
must also hold when the word ends the paragraph (``وتضم المحافظة عدة قرى`` once crashed the
whole build of SaudiNewsNet: the place-list rule read the token after ``قرى``).  Each word of
the lexicons the rules read is put alone on a line, at the end of a sentence, at the start
of one and before a comma, and the article goes through every per-article analysis.
"""
from __future__ import annotations

import pytest

from arnews.corpus import read_article
from arnews.lexicons import read_lexicon

#: lexicon -> the column holding its words (Arabic rows only where the lexicon has ``lang``)
WORD_LISTS = {
    "entity_cues.csv": "cue",
    "learning_cues.csv": "cue",
    "club_words.csv": "word",
    "club_result_words.csv": "word",
    "sport_words.csv": "word",
    "market_words.csv": "word",
    "time_words.csv": "word",
    "fixture_words.csv": "word",
    "body_names.csv": "word",
    "scoped_bodies.csv": "word",
    "units.csv": "unit",
    "currencies.csv": "unit",
    "number_words.csv": "word",
    "months.csv": "name",
    "vietnamese_names.csv": "word",
    "army_formations.csv": "word",
    "palace_words.csv": "word",
    "green_teams.csv": "word",
    "org_part_words.csv": "word",
    "group_heads.csv": "word",
    "group_name_neighbours.csv": "word",
    "place_events.csv": "word",
    "club_subject_verbs.csv": "word",
    "place_body_heads.csv": "word",
    "part_echo_words.csv": "word",
    "national_bodies.csv": "word",
    "service_names.csv": "word",
    "site_words.csv": "word",
    "quoted_subject_words.csv": "word",
    "quoted_kind_heads.csv": "word",
    "scorer_verbs.csv": "word",
    "sport_role_words.csv": "word",
    "individual_sport_words.csv": "word",
    "honorific_words.csv": "word",
    "movement_cues.csv": "word",
    "historic_tribes.csv": "word",
    "kin_words.csv": "word",
    "office_words.csv": "word",
    "league_sponsors.csv": "word",
    "own_name_facilities.csv": "word",
    "name_link_words.csv": "word",
    "desk_words.csv": "word",
    "dateline_words.csv": "word",
    "continuation_words.csv": "word",
    "wire_marks.csv": "word",
    "caption_words.csv": "word",
    "campaign_name_words.csv": "word",
    "press_heads.csv": "word",
    "club_plural_exceptions.csv": "word",
    "translit_place_cues.csv": "word",
    "office_tense_words.csv": "word",
    "league_words.csv": "word",
    "tribe_place_words.csv": "word",
    "place_list_words.csv": "word",
    "latin_terms.csv": "word",
    "dispatch_outlets.csv": "word",
    "people_plurals.csv": "word",
    "name_tail_nouns.csv": "word",
    "index_words.csv": "word",
    "bare_figures.csv": "word",
    "org_unit_heads.csv": "word",
    "org_name_words.csv": "word",
    "org_group_words.csv": "word",
    "clock_words.csv": "word",
    "credit_words.csv": "word",
    "body_rule_words.csv": "word",
    "org_tail_words.csv": "word",
    "qualified_office_words.csv": "word",
    "field_form_words.csv": "word",
    "byline_words.csv": "word",
    "ministry_fields.csv": "word",
    "dual_role_nouns.csv": "word",
}


def _words() -> list[str]:
    out = []
    for name, col in WORD_LISTS.items():
        for r in read_lexicon(name):
            if r.get("lang", "ar") != "ar":
                continue
            w = (r.get(col) or "").strip()
            if w and w not in out:
                out.append(w)
    return out


def _lines(words: list[str]) -> list[str]:
    lines = []
    for w in words:
        lines += [w, f"وتضم المحافظة عدة {w}", f"{w} والمدينة في الشمال", f"وقال إن {w} ، ثم عاد"]
    return lines


@pytest.mark.parametrize("part", range(4))
def test_every_lexicon_word_at_a_paragraph_edge(tmp_path, part):
    from arnews.article_tables import process_articles

    words = _words()
    assert len(words) > 600  # the lists are all read (a renamed column would empty one)
    chunk = words[part::4]
    path = tmp_path / f"edges_{part}.txt"
    path.write_text("حصيلة الكلمات على حواف الفقرات\n" + "\n".join(_lines(chunk)) + "\n", encoding="utf-8")
    tables = process_articles([read_article(path)])  # raises if any analysis fails on a line
    assert len(tables["paragraphs"]) == 1 + 4 * len(chunk)


def test_a_plural_place_cue_ending_the_paragraph():
    from arnews.entities.names import paragraph_names
    from arnews.text.paragraph import make_paragraph

    assert paragraph_names(make_paragraph("وتضم المحافظة عدة قرى", "ar")) == []
    got = paragraph_names(make_paragraph("زار مراكز بني عمرو والحرجة وثربان", "ar"))
    assert [n.type for n in got] == ["place"] * 3  # the list rule itself still holds
