"""Rhetoric: campaign slogans, formulaic language and candidate persuasion techniques.

The articles are assembled from a small stock of campaign names, formulae and evaluative
phrases, and the machine translation renders one Vietnamese slogan in several Arabic ways
(``Toàn dân bảo vệ an ninh Tổ quốc`` is ``جميع الناس يحمون الأمن الوطني``,
``كل الشعب يدافع عن الأمن الوطني``, ``حركة الشعب بأكمله لحماية الأمن القومي`` …).
This package finds that stock, groups the renderings, and tags candidate techniques.

Modules: ``quotes`` (quoted spans), ``concepts`` (the synonym-class lexicon and the word
analysis), ``campaigns`` (the canon, scores, gates, windows, campaign matches), ``markers``
(the marker lexicon and its hits), ``kwic`` (keyword in context), ``ngrams`` (the n-gram
token stream and the one repeated-n-gram miner), ``tables`` (the per-article hooks and the
campaign summaries), ``formulae`` (the corpus-level hook), ``base`` (the language rule,
punctuation classes and key text they share).

Public functions
================
``extract_quoted(text)``              quoted spans ``"…"``, ``“…”``, ``«…»``
``match_campaign(phrase, lang)``      ``(campaign_id, score)`` for one phrase ("" if none)
``find_campaigns(text, lang)``        every quoted span and every unquoted campaign occurrence
``find_markers(text, lang)``          rhetorical-marker hits (``rhetoric_markers.csv``)
``kwic(paragraphs, pattern)``         keyword in context (normalised match, original display)
``kwic_spans(paragraphs, spans)``     the same display for the spans of any table
``slogans_table`` / ``rhetoric_table``   per-article build hooks (``slogans.csv``, ``rhetoric.csv``)
``rhetoric_tables(tables)``           corpus-level hook: ``formulae``, ``formula_density``
``campaign_summary(slogans)``         one row per campaign: occurrences, articles, variants
``campaign_variants(slogans)``        one row per campaign rendering variant
``quoted_kinds(slogans, entities)``   each quoted span: a name (an entity mention), a number or a phrase

Campaign matching (``lib/arnews/data/lexicons/campaigns.csv`` + ``synonyms_ar.csv``)
========================================================================
1. *Keys.*  Text is normalised with :func:`arnews.normalize.key` (diacritics, tatweel, alef
   forms, alef maksura and teh marbuta folded) and tokenised; spans are mapped back to the
   original text with :meth:`NormText.to_original`.
2. *Concepts.*  Every word is mapped to a synonym class ("concept") of ``synonyms_ar.csv``:
   the word itself, then the word with its proclitics stripped (و ف ب ل ك, ال, لل = ل + ال),
   then its Snowball stem against the stems of the listed forms (a stem shared by two
   concepts is not used; blocking entries such as ``بلدية`` *commune* keep ``البلاد``
   *country* from catching it); multi-word forms (``الدفاع عن``, ``من أجل``,
   ``القاعدة الشعبية``, ``في وقت مبكر``) are matched first.  So ``يحمون`` / ``يدافع عن`` / ``لحماية`` are all PROTECT, ``جميع`` /
   ``كل`` / ``بأكمله`` are ALL, ``الوطني`` / ``القومي`` / ``الوطن`` are NATIONAL.  Function
   words (FUNC) are dropped; words outside the lexicon keep their own identity (``w:<stem>``)
   with a lower weight; FRAME words (``حركة``, ``حملة``, ``شعار`` …) are never part of a
   slogan but count as evidence that a slogan name follows.
3. *Bags and weights.*  Each canon rendering and each candidate phrase becomes a set of
   concepts.  A concept weighs ``weight (lexicon) × idf``, with ``idf = 1 + ln(N / df)`` over
   the N campaigns (concepts shared by many campaigns count less; concepts foreign to all
   campaigns, and unknown words, count as much as the rarest ones, so that they lower
   precision).  The score of a candidate for a campaign is the weighted F1 (Dice) between its
   bag and the best-matching rendering of that campaign: word order, clitics, diacritics and
   synonyms do not matter.  Sums are exact (``math.fsum``) and scores rounded, so results do
   not depend on set iteration order (builds are reproducible under hash randomisation).
4. *Gates.*  A campaign is eligible only when the candidate contains its ``requires``
   concept groups (all groups, any alternative in a group) and none of its ``excludes``.
   This is what keeps campaigns that share words apart: the new-rural campaign needs
   JOIN_HANDS|COUNTRY and excludes URBAN / CIVILISED / CULTURE; the new-rural-and-
   civilised-urban campaign needs URBAN|CIVILISED|UNITE; the cultural-life campaign needs
   CULTURE and LIFE; the national-security movement needs PROTECT, SECURITY, NATIONAL and
   PEOPLE|ALL|FRAME and excludes BORDER / SOVEREIGNTY (the border-protection movement).
5. *Quoted spans* are matched as a whole (threshold ``QUOTED_MIN``); they are also searched
   like unquoted text, and when a shorter window inside scores better (a directive title
   quoting a slogan) that window decides (``method = quoted-contains``, ``variant`` = the
   slogan inside).  A quote that matches nothing keeps an empty campaign (``score`` is then
   the best eligible score, 0 when no campaign passes its gate).
6. *Unquoted occurrences*: for each campaign whose gate the paragraph can pass, windows are
   grown from every word carrying one of the campaign's concepts, up to the longest rendering
   plus ``WINDOW_SLACK`` words, never across sentence punctuation, brackets or quotes (nor
   across commas / dashes unless a rendering of the campaign has them, as the "four selfs"
   list does).  A window starts and ends on campaign concepts, must pass the gate (a FRAME
   word up to two words before it counts) and score ``WINDOW_MIN``; overlapping windows are
   resolved greedily by score, then length.  Quoted text is skipped, so a quoted occurrence is
   never counted twice.  Cost per paragraph is linear in its length times a small constant
   (candidate campaigns × window length); all lexicons are compiled once per process.
7. Vietnamese articles are matched by their Vietnamese names and aliases (case-insensitive
   exact phrase); English ones through the English forms of the same concepts.
8. ``variant`` (for grouping renderings) is the matched text in key form, with a leading
   conjunction / preposition clitic removed from an unquoted occurrence.

Markers and techniques (``lib/arnews/data/lexicons/rhetoric_markers.csv``)
===============================================================
Markers are phrases (with ``*`` suffix wildcards and proclitics allowed) or regexes on key
text, some only at the opening of a sentence (directive openers ``تعزيز``, ``تنفيذ``,
``بناء``, ``التركيز``, ``إيلاء`` …).  Each has a category (directive, evaluative_adverbial,
totalising, stability_claim, success_claim, enemy_framing, authority, flag_waving, values,
popularity) and a candidate technique with the SemEval-2020 Task 11 / ArAIEval labels
(``TECHNIQUES``); directive openers, stability claims and most success claims are formulae
without a technique (``technique`` empty).  Besides the lexicon: every campaign occurrence is
a *Slogans* candidate; its second and later occurrences in an article are *Repetition*
candidates, and so are the second and later uses of a maximal n-gram (n >= 3) used
``REPEAT_MIN`` times or more in an article when it carries a "message" concept of the canon
(PROTECT, SECURITY, BUILD, UNITE, MOBILISE …) — topic nouns and officials' titles
(``مناطق الأقليات العرقية``, ``رئيس اللجنة الشعبية الإقليمية``) are not.  Markers inside a
slogan are not tagged again; overlapping markers are resolved longest first.

Formulae (corpus level): recurrent word n-grams (3 <= n <= 8, within a sentence, numbers as
``#``, first and last word not a function word), repeated within an article or across
articles, reduced to maximal n-grams (an n-gram is dropped when a longer one containing it
has the same count).  Counting is vectorised: words become integer ids, level-n gram ids
are dense ids of (level n-1 id, next word) pairs counted with ``numpy.unique``, and an
n-gram is only formed when its (n-1)-gram prefix and suffix are repeated (apriori), so the
cost is a few array passes per n.  *Formula density* is the share of an article's words
covered by a formula n-gram, a lexicon marker or a campaign occurrence, per 1,000 words.
The corpus-level hook sees the build's corpus-level sample (all articles unless the build
samples a very large corpus).

Limits
======
* The tags are *candidates* for close reading, not annotations: a marker is a word, and the
  technique depends on its use (``جميع`` is often plain quantification; ``بفضل`` is not
  always a causal shortcut).  No tagger was trained or evaluated here.
* The canon only knows what is listed; a new campaign is found only as an unassigned quote.
  A rendering that uses words outside the synonym classes, or that drops a required
  concept, is missed; one that keeps the required concepts but changes the meaning is
  matched (the gates are lexical).  Thresholds were set on the seed articles and on
  renderings written for the tests, not on an annotated sample.
* Formula counts depend on the corpus: an n-gram is "formulaic" because it recurs in this
  collection (two near-duplicate articles inflate it, and so do repeated names and
  captions); memory grows with the number of word tokens of the corpus-level sample
  (a few int64 arrays of that length).
* The English and Vietnamese paths are thin: English markers are a short list, Vietnamese
  text is matched by exact names only.
"""
from __future__ import annotations

from ..text import TEXT_ROLES
from .campaigns import (
    QUOTED_MIN,
    WINDOW_MIN,
    CampaignMatch,
    _canon,
    _eligible,
    campaign_canon,
    find_campaigns,
    match_campaign,
)
from .concepts import concepts
from .discover import campaign_candidates_table, cluster_candidates, discovered_tables
from .formulae import formula_density_table, formulae_table, rhetoric_tables
from .kwic import kwic, kwic_spans
from .markers import TECHNIQUES, MarkerHit, find_markers, marker_lexicon, marker_regex
from .ngrams import _PTok, _repeated_grams, _stream
from .quotes import Quote, extract_quoted
from .tables import campaign_summary, campaign_variants, quoted_kinds, rhetoric_table, slogans_table

__all__ = [
    "TECHNIQUES",
    "TEXT_ROLES",
    "QUOTED_MIN",
    "WINDOW_MIN",
    "Quote",
    "CampaignMatch",
    "MarkerHit",
    "extract_quoted",
    "quoted_kinds",
    "concepts",
    "match_campaign",
    "find_campaigns",
    "find_markers",
    "marker_regex",
    "campaign_canon",
    "marker_lexicon",
    "kwic",
    "kwic_spans",
    "slogans_table",
    "rhetoric_table",
    "rhetoric_tables",
    "formulae_table",
    "formula_density_table",
    "campaign_summary",
    "campaign_variants",
    "campaign_candidates_table",
    "cluster_candidates",
    "discovered_tables",
]
