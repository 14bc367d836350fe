"""pages58: sentences the pages57 renders left true but meaningless or awkward (seeds and snn2000 read in Chromium):
articles without a body counted but not named, an entity id with its English in brackets beside one without, advice to
grow a gazetteer that does not fit the corpus, category codes as table headers, concordance columns five lines tall,
'split 1 proclitic ... (each with how often): و (and): 5', 'adding 0 mentions'.  Sentences written for these tests in
the style of Saudi dailies."""
import json
import re
from pathlib import Path

import pandas as pd
import pytest

NB = Path(__file__).resolve().parents[1] / "notebooks"


def _source(name) -> str:
    return "".join("".join(c["source"]) for c in json.loads((NB / name).read_text(encoding="utf-8"))["cells"])


# --- 1. ids written alike: the most mentioned keeps the plain form -----------------------------------------------------

def test_the_most_mentioned_of_two_ids_written_alike_keeps_the_plain_form():
    from arnews.english_names import reader_ids

    rows = ([("~geo:SA-14", "عسير", "Asir")] * 5 + [("~اسير", "عسير", "")]  # a folded id of one mention, written the same
            + [("~geo:IR", "إيران", "Iran")] * 3 + [("~geo:108410", "الرياض", "Riyadh")] * 4
            + [("~org:Alriyadh", "الرياض", "Al Riyadh (newspaper)")] * 2)
    r = reader_ids(pd.DataFrame(rows, columns=["entity_id", "surface", "name_en"]))
    assert r["~geo:SA-14"] == "~عسير" and r["~geo:IR"] == "~إيران"  # was '~عسير (Asir)' beside '~إيران'
    assert r["~اسير"] == "~عسير (2)"  # the rarer namesake is the one marked, by a number when it has no English
    assert r["~geo:108410"] == "~الرياض" and r["~org:Alriyadh"] == "~الرياض (Al Riyadh (newspaper))"
    assert len(set(r.values())) == len(r)


# --- 2. the marker categories by their labels --------------------------------------------------------------------------

def test_marker_categories_have_labels_in_the_lexicon():
    from arnews.lexicons import read_lexicon
    from arnews.page_examples import category_labels

    labels = category_labels()
    used = {r["category"] for r in read_lexicon("rhetoric_markers.csv")}
    assert used <= set(labels), used - set(labels)  # every category of the markers has a label and a gloss
    assert labels["enemy_framing"] == "enemy framing" and labels["flag_waving"] == "flag-waving"
    assert not any("_" in v for v in labels.values())
    assert labels["new_category"] == "new category"  # a category of one's own lexicon: its code, read with spaces
    src = _source("03_rhetoric.ipynb")
    assert "cat.rename(columns=lambda c: CATEGORY[c])" in src and "k.replace('_', ' ')" not in src


# --- 3. a concordance's context cut to a stated width ------------------------------------------------------------------

def test_concordance_context_is_cut_at_a_word_boundary_and_the_width_stated():
    from arnews.plotting import KWIC_CONTEXT_CHARS, cut_context, kwic_html

    before = "وأوضح المتحدث باسم الإدارة العامة للمرور في منطقة الرياض أن الحملة الميدانية"
    after = "التي انطلقت صباح أمس ستستمر حتى نهاية الشهر الجاري في جميع المحافظات"
    left, right = cut_context(before, 30, "left"), cut_context(after, 30, "right")
    assert left.startswith("… ") and before.endswith(left[2:]) and len(left) <= 32
    assert right.endswith(" …") and after.startswith(right[:-2]) and len(right) <= 32
    assert left[2:].split()[0] in before.split() and right[:-2].split()[-1] in after.split()  # whole words only
    assert cut_context("أمس", 30, "left") == "أمس"
    df = pd.DataFrame({"article": ["a"], "left": [before], "match": ["للمرور"], "right": [after]})
    html = kwic_html(df, before=["article"])
    assert f"at most {KWIC_CONTEXT_CHARS} characters on each side" in html and after not in html and before not in html
    short = kwic_html(df.assign(left="قال", right="أمس"), before=["article"])
    assert "characters on each side" not in short  # nothing cut: nothing stated
    assert before in kwic_html(df, before=["article"], context_chars=None)


# --- 4. the notebooks' sentences ----------------------------------------------------------------------------------------

def test_articles_without_a_body_are_named_with_their_blocks():
    src = _source("00_corpus_overview.ipynb")
    assert "**{e}** {have} no body paragraph, only {roles} blocks{per}; {which}: {ids}." in src
    assert 'f"the first {EMPTY_K} by id"' in src


def test_the_proclitics_sentence_reads_as_english():
    src = _source("00_corpus_overview.ipynb")
    assert '"The tokeniser split {k} off a number' not in src  # 'split 1 proclitic off a number in this corpus (each with how often): و (and): 5'
    assert "The only proclitic the tokeniser split off a number in this corpus is " in src
    assert 'fmt_count(n, "time")' in src


def test_the_names_page_drops_meaningless_gazetteer_sentences():
    src = _source("01_topics.ipynb")
    assert 'or "none"))' not in src  # 'Transliterated names of the gazetteer spelt in more than one way: none.'
    assert "if len(tvm) else \"\"" in src
    assert "adding this corpus's names to it would mix two worlds" in src and "arnews lexicons init DIR" in src
    assert "{they} no mention to the article-level pass's {e} " in src  # not 'adding 0 mentions'



def test_the_commonest_label_is_counted_among_its_kind():
    src = _source("02_quantities.ipynb")
    assert "({c} of {n})" not in src  # '15 اللواء (8 times of 579 labels)'
    assert "`{s}`, written {c} among its {n}." in src

# --- 5. the rendered seed pages -----------------------------------------------------------------------------------------

def _prose(reports: Path, stem: str) -> str:
    from html import unescape

    h = (reports / f"{stem}.html").read_text(encoding="utf-8")
    h = re.sub(r"<details.*?</details>", " ", h, flags=re.S)
    h = re.sub(r"<(pre|script|style|table)\b.*?</\1>", " ", h, flags=re.S)
    h = re.sub(r"</?(bdi|strong|em|code|span|a)\b[^>]*>", "", h)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", h)))


@pytest.mark.slow
def test_seed_pages_say_no_mention_and_no_zero(seed_report_dir, tables):
    text = _prose(seed_report_dir, "01_topics")
    assert "adding 0 mentions" not in text and "adding no mention" not in text and "spelt in more than one way: none" not in text
    over = _prose(seed_report_dir, "00_corpus_overview")
    assert "(each with how often)" not in over
