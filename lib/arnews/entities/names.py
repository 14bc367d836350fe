"""Names from the text: people, places and organisations that no lexicon lists.

:func:`paragraph_names` reads one :class:`arnews.text.Paragraph` (its tokens, computed
once) and returns :class:`Name` spans in normalised offsets; the result is memoised in
``p.memo["names"]`` as ``(start, end, type)`` triples so that other analyses (themes)
can leave names out of their evidence.

What is a name
--------------
* **cue + name** (Arabic text): a title (``الرفيق``, ``السيد``) or an office with its
  genitives (``وزير الخارجية الأمريكي``, ``نائب رئيس اللجنة الشعبية الإقليمية``) before a
  person; a place word (``مقاطعة``, ``بلدية``, ``بمدينة``) before a place; the head of an
  organisation (``لجنة``, ``حزب``, ``وزارة``) with its definite modifiers (``لجنة التعبئة
  الجماهيرية التابعة للجنة الحزب الإقليمية``, ``حزب الله``).  The name after a person or
  place cue is a run of name words: not Arabic vocabulary (rare in ``wordfreq``'s Arabic
  list over every clitic reading), short syllables next to them, Arabic given names
  joined by ``بن``/``أبو``/``عبد``.  A cue alone (``مدينة``, ``المدينة``, ``بمدينة``) is never
  a name, and neither is a cue followed by ordinary words (``مقاطعة مستقرة``).
* **transliterated runs** without a cue: two or more consecutive words that are not
  Arabic vocabulary, or one very rare long word next to short syllables.
* **Latin**: runs of capitalised words (not sentence-initial single words, not common
  English words such as ``Next``), Vietnamese-lettered words, acronyms (``ANTQ``) that
  are not common English (``SMS``).

Grouping
--------
:func:`name_key` folds a name to a transliteration skeleton (ج/غ/ق/ك, ث/ت, ط/ت, ص/س,
ض/د, ظ/ز, تش/ش, final ه/ة, doubled و/ي, hamza forms, spaces and hyphens) so that the
spellings of one name share a key; the key names the discovered entity across
articles.  Inside an article a person named by part of a fuller name (``الرفيق كي``
after ``نجوين شوان كي``) joins the fuller name.

Parts
-----
:mod:`.latin` (Latin-script names), :mod:`.peoplelists` (people in a comma list),
:mod:`.placelists` (listed places merged in, lists of places), :mod:`.speakers` (a speaker
between a verb of saying and what was said), :mod:`.wordtests` (tests on one word shared by
these finders), :mod:`.cuewords` (the cue words of three later passes), :mod:`.translit_words` (the words of a
transliterated run), :mod:`.orgnames` (an organisation's name after its head, the listed organisations and
places at a token, the organisation inside an office); the later passes of :func:`paragraph_names` each have
their own module.
"""
from __future__ import annotations

from functools import reduce
from itertools import starmap
from operator import or_

from ..normalize import key
from ..text import WORD_KINDS
from .bodies import body_candidates
from .cues import SHAPE_FOREIGN, STRONG, WEAK, load_cues, word_info, zipf_ar
from .kin_names import kin_named_people
from .person_nouns import given_first, person_nouns
from .bylines import credit_names, dispatch_writers, opening_writers
from .clubs import paragraph_clubs
from .coordination import anchored_people, coordinated_people
from .paired_people import paired_people
from .dual_places import dual_cue_places
from .tribe_places import tribe_places
from .apposed_places import dual_cue_pairs, gentilic_places, region_phrases
from .pass_gates import gentilic_cue_word, qualified_office_word, region_word
from .pass_gates import (facility_word, figure_word, honorific_word, office_run_word, place_body_head,
                         quoted_head_word, scorer_word, syllable_word, country_adjective_word,
                         kunya_word, credit_label_word, kin_word, apposed_office_word)
from .part_mentions import verb_word
from .ministry_lists import head_word as ministry_head_word
from .fathers import father_chain_end
from .syllable_places import syllable_places
from .vietnamese_people import vietnamese_people
from .numbered_places import numbered_roads
from .dateline_places import dateline_places
from .abbreviations import org_abbreviations
from .latin_glosses import latin_glosses
from .governments import local_governments
from .military_units import military_units
from .press_lists import press_lists
from .quoted_nationals import quoted_nationals
from .song_credits import song_credit_people
from .quoted_heads import quoted_head_names
from .quoted_subjects import quoted_subjects
from .central_banks import central_banks
from .national_bodies import national_bodies
from .armed_forces import armed_forces
from .leagues import leagues_and_regions
from .green_teams import green_teams
from .place_bodies import place_bodies
from .orgtails import trim_org_tails
from .patrons import patron_bodies
from .centres import province_capitals
from .offices import people_after_office_bodies
from .qualified_offices import people_after_qualified_offices
from .fixtures import paragraph_fixtures
from .club_lists import listed_city_clubs, side_list_clubs
from .players import paragraph_players
from .sport_roles import sport_role_people
from .sport_clubs import bare_foreign_clubs
from .sport_teams import quoted_teams
from .sport_lists import plural_role_players
from .sport_club_tails import club_person_tails
from .openers import trim_openers
from .organs import trim_organs
from .persontails import trim_person_tails
from .ages import people_with_ages
from .apposed_people import people_before_offices
from .apposed_speakers import speakers_before_office
from .speech_pairs import speech_pairs
from .kunyas import kunya_people
from .facility_bodies import facility_bodies
from .district_places import district_places
from .local_places import local_cue_places
from .cued_lists import cued_list_places
from .regional_forces import regional_forces
from .timezone_places import timezone_places
from .role_plurals import people_after_role_plurals
from .title_abbrevs import past_abbreviations
from .nisba_surnames import family_nisba
from .name_extents import three_word_name
from .office_surnames import office_given_surname
from .office_runs import predicate_pair
from .office_runs import people_after_office_runs
from .nationality_names import people_after_nationality_names
from .scorer_names import scorer_people
from .honorifics import honorific_people
from .bare_figures import bare_figures
from .cued_families import cued_family_end, nasab_family_end
from .nationals import NISBA_NAME_ZIPF, _TEAM_ROLES, _foreign_after_nisba, _nisba, people_after_nationality
from .tails import time_after_name
from .speakers import _speaker_end, paragraph_speakers  # noqa: F401  (re-exported)
from .tails import trim_time_tails
from .teams import paragraph_teams
from .markets import paragraph_markets
from .states import paragraph_states
from .guards import descriptive_org, imperfect_verb, not_a_family, org_cut, quoted_prose, translit_prose
from .positions import adjacent as _adjacent, is_word as _is_word, word_key_types
from .cuewords import dual_place_cue, nationality_word, speech_verb, speech_word
from .scoped import scoped_body_end, unscoped_heads
from .keys import Name, _skel_word, latin_key, loose_skel, name_key, org_key, tanween  # noqa: F401  (re-exported)
from .latin import _NOT_NAMES_EN, SENT_END as _SENT_END, _VI_LETTERS, _latin_names  # noqa: F401  (re-exported)
from .peoplelists import _list_people
from .placelists import _place_list, _places_listed_after, _with_places, bracketed_places
from .place_cues import cue_governs_object, place_run_end
from .led_by import led_by_person, led_by_place
from .translit_types import translit_people
from .translit_words import (sentence_word, _PARTICLES, _native_shaped, _particle_in_name, _short_syllable, _syllable_before_name,
                             _syllable_like)
from .wordtests import (LINK_BEFORE_NAME as _LINK_BEFORE_NAME, STOP_GIVEN as _STOP_GIVEN,  # noqa: F401  (re-exported)
                        _VERBAL_NOUN, abstract_noun as _abstract_noun, family_name as _family_name,
                        future_verb as _future_verb, ordinal_word as _ordinal, pronoun_suffixed as _pronoun_suffixed,
                        _taf3il, weak_word as _weak, definite_place_name, amount_unit, number_word,
                        THEOPHORIC as _THEOPHORIC, theophoric_head as _theophoric_head,  # noqa: F401  (re-exported)
                        theophoric_family as _theophoric_family)
from .orgnames import (_CITY_BODIES, _NAMING_TITLES, _admin_centre, _body_name,  # noqa: F401  (re-exported)
                       _city_club_end, _generic_genitive, listed_org as _listed_org, listed_place as _listed_place,
                       _org_end, _org_in_office, _place_body_end, _place_body_name, _rulers, orgs_in_office)
from .orgnames import _PLACE_BODY_HEADS
from .scoped import _head_kind, scoped_words
from ..lexicons import lexicon_derived
from ..normalize import WORD_CACHE

__all__ = ["Name", "paragraph_names", "name_key", "org_key", "latin_key"]


# --- the finder -------------------------------------------------------------------------------------

#: the per-word-type gates of later passes (each returns at once when no word type of the paragraph passes
#: its own): a speech verb (speakers_before_office), a nationality word (people_after_nationality), the dual of a
#: place cue (dual_cue_pairs); speed46: an office word that is no person noun (people_after_qualified_offices), a
#: definite direction or continent (region_phrases), a place cue that is no judiciary word (gentilic_places)
_SPEECH, _NATIONALITY, _DUAL_CUE, _OFFICE, _REGION, _GENTILIC = 1, 2, 4, 8, 16, 32
#: speed55: eleven more passes, each by the per-word test it ran before its own token loop (:mod:`.pass_gates`)
_OFFICE_RUN, _SCORER, _PLACE_BODY, _HONORIFIC, _FACILITY, _FIGURE, _QUOTED_HEAD, _SYLLABLE, _COUNTRY_ADJ = (
    64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384)
_KUNYA, _CREDIT_LABEL = 32768, 65536
#: speed58: kin_named_people (a kinship, child or naming word) and people_before_offices (an office word)
_KIN, _APPOSED_OFFICE = 131072, 262144
#: speed59: echoed_pair_rows (a verb of saying or acting before a lone speaker, ``part_mentions.verb_word``) and
#: ministry_list_rows (a plural head of ministries, ``ministry_lists.head_word``), run in ``entities.table``
_VERB, _MINISTRY_HEAD = 524288, 1048576
_SPEED55_GATES = ((_OFFICE_RUN, office_run_word), (_SCORER, scorer_word), (_PLACE_BODY, place_body_head),
                  (_HONORIFIC, honorific_word), (_FACILITY, facility_word), (_FIGURE, figure_word),
                  (_QUOTED_HEAD, quoted_head_word), (_SYLLABLE, syllable_word),
                  (_COUNTRY_ADJ, country_adjective_word), (_KUNYA, kunya_word), (_CREDIT_LABEL, credit_label_word))


@lexicon_derived(maxsize=WORD_CACHE)
def _word_gates(w: str, k: str | None = None) -> int:
    """The gates word ``w`` (key ``k``: its token's ``p.fkeys``, by default ``key(w)``) passes (bits: :data:`_SPEECH`
    ... :data:`_CREDIT_LABEL`; per word type)."""
    k = key(w) if k is None else k
    # (speed57: the tests of _SPEED55_GATES written out, in that order: no loop and tuple per test)
    return (_SPEECH if speech_word(w) else 0) | (_NATIONALITY if nationality_word(w) else 0) \
        | (_DUAL_CUE if dual_place_cue(w) else 0) | (_OFFICE if qualified_office_word(w) else 0) \
        | (_REGION if region_word(w) else 0) | (_GENTILIC if gentilic_cue_word(w) else 0) \
        | (_OFFICE_RUN if office_run_word(w, k) else 0) | (_SCORER if scorer_word(w, k) else 0) \
        | (_PLACE_BODY if place_body_head(w, k) else 0) | (_HONORIFIC if honorific_word(w, k) else 0) \
        | (_FACILITY if facility_word(w, k) else 0) | (_FIGURE if figure_word(w, k) else 0) \
        | (_QUOTED_HEAD if quoted_head_word(w, k) else 0) | (_SYLLABLE if syllable_word(w, k) else 0) \
        | (_COUNTRY_ADJ if country_adjective_word(w, k) else 0) | (_KUNYA if kunya_word(w, k) else 0) \
        | (_CREDIT_LABEL if credit_label_word(w, k) else 0) | (_KIN if kin_word(w, k) else 0) \
        | (_APPOSED_OFFICE if apposed_office_word(w, k) else 0) | (_VERB if verb_word(w, k) else 0) \
        | (_MINISTRY_HEAD if ministry_head_word(k) else 0)


def _gate_scan(p) -> int:
    """Every gate some word type of paragraph ``p`` passes (one scan of the types, remembered in ``p.memo``)."""
    got = p.memo.get("name_gates")
    if got is None:
        got = p.memo["name_gates"] = reduce(or_, starmap(_word_gates, word_key_types(p)), 0)
    return got


def verb_gate(p) -> bool:
    """Some word type of paragraph ``p`` is a verb of saying or acting (``part_mentions.verb_word``): else
    ``echoed_pairs`` finds no speaker there (the gate scan's bit :data:`_VERB`)."""
    return bool(_gate_scan(p) & _VERB)


def ministry_head_gate(p) -> bool:
    """Some word of paragraph ``p`` is a plural head of ministries (``ministry_lists.head_word``): else
    ``ministry_list_rows`` finds no list there (the gate scan's bit :data:`_MINISTRY_HEAD`)."""
    return bool(_gate_scan(p) & _MINISTRY_HEAD)


def _paragraph_gates(p) -> int:
    """The gates of session 41 (:data:`_SPEECH`, :data:`_NATIONALITY`, :data:`_DUAL_CUE`) some word type of paragraph
    ``p`` passes: a pass whose gate no word passes is not called (it would return at once, finding nothing); one
    scan of the types instead of one per pass."""
    return _gate_scan(p) & (_SPEECH | _NATIONALITY | _DUAL_CUE)


def _pass_gates(p) -> int:
    """The gates of speed46 (:data:`_OFFICE`, :data:`_REGION`, :data:`_GENTILIC`) and speed55 (:data:`_OFFICE_RUN` ...
    :data:`_CREDIT_LABEL`) some word type of ``p`` passes (the same scan)."""
    return _gate_scan(p) & ~(_SPEECH | _NATIONALITY | _DUAL_CUE)


_QUOTES = frozenset('"“”«»\'')


def _two_people(found: list) -> bool:
    """Two people found at least: :func:`peoplelists._list_people` adds names only to a list two of whose items are
    people found (each found name ends in one item), so with fewer it is not called (speed46)."""
    return sum(nm.type == "person" for nm in found) >= 2


#: a word behind a proclitic ب/ل whose bare form is this frequent ends a name run (لحمل، بمشاركة)
PROCLITIC_NOUN_ZIPF = 4.0


#: the word after a month that is also a given name, when neither a listed given name nor a family name, is a name
#: part below this frequency in general Arabic (طيب 4.9 in رجب طيب أردوغان; not عام 6.1, قال 6.0)
DATE_GIVEN_NEXT = 5.0


def _date_given(p, j: int, info) -> bool:
    """A month or weekday that is also a given name (``date_given`` in ``entity_cues.csv``) opening a name after a
    cue: the next word, right after it, is a listed given name, a family name or a rarer word without the article
    (رجب طيب أردوغان، رمضان صبحي، جمعة الدوسري; not رجب الماضي, رجب عام 1436)."""
    cues = load_cues()
    if info.cue != "not_name" or info.bare not in cues.date_given or info.definite:
        return False
    if not _is_word(p, j + 1) or not _adjacent(p, j, j + 1):
        return False
    nxt = p.toks[j + 1]
    ni = word_info(nxt)
    return key(nxt) in cues.given or _family_name(nxt, ni) or (
        not ni.definite and not ni.stop and not ni.cue and not ni.conj and not key(nxt).startswith("ال")
        and ni.zipf < DATE_GIVEN_NEXT)


def _name_run(p, i: int, limit: int = 5, arabic_ok: bool = False, title: bool = False, uncued: bool = False) -> int:
    """End (exclusive token index) of the name run starting at token i (i when none).

    ``arabic_ok``: after a person title, ordinary Arabic given names are accepted.  ``uncued``: a word
    shaped like native Arabic ends the run: any such word when no cue announced it (``"all"``: a
    transliterated run), a frequent one after the first name word when a place cue did (``True``:
    مقاطعة هامبشاير قادمة من)."""
    cues = load_cues()  # (once per run: the tests below ask for it per word)
    n = len(p.kinds)
    j = i
    words = 0
    foreign = 0
    syll = 0  # function words taken as name syllables (after a title)
    links = 0
    after_link = False
    while j < n and words < limit:
        if j > i and not _adjacent(p, j - 1, j):
            if not (p.kinds[j - 1] == "punct" and p.toks[j - 1] in "-‐"):
                break
        kd = p.kinds[j]
        if kd == "punct" and p.toks[j] in "-‐" and j > i and _is_word(p, j + 1) and p.ends[j - 1] == p.starts[j] \
                and p.ends[j] == p.starts[j + 1]:  # not a byline's dash (محمد أبو شعر- سبق: the outlet follows)
            j += 1
            continue
        if kd != "word":
            break
        w = p.toks[j]
        info = word_info(w)
        k = key(w)
        if uncued and _native_shaped(info, w) and (uncued == "all" or (words and not info.foreign)):
            break  # دونغ ثاب تطلق حملة: the verb and its object are prose after the name
        if info.cue == "link" or k in _LINK_BEFORE_NAME:
            if words == 0 and not arabic_ok:
                break
            if words and info.conj and k[:1] == "و":
                break  # رياض الرفاعي وعبد العزيز فلاتة: "and" + a link opens the next man's name (round 37)
            if not _is_word(p, j + 1):
                break
            after_link = True
            links += 1
            j += 1
            continue
        if j > i and (_multi_cue(p, j, cues)[1] or _short_place_cue(p, j, cues)):
            break  # ولي العهد after the name; حي الملز وحي العزيزية
        if title and j > i and not info.foreign and not word_info(p.toks[j - 1]).foreign and _listed_place(p, j, anywhere=True):
            break  # الملك ... يهنئان سويسرا: a country or a city that is no word ends a name after a title
            # (not inside a transliterated name: دو ترونغ هيو is Đỗ Trọng Hiếu, not a man in Huế)
        if words and k.startswith("لل") and not info.foreign:
            break  # الملك سلمان للإغاثة: li- + the article opens a genitive, not a name part
        if words and not info.foreign and k[:1] in "بل" and info.bare != k and len(info.bare) >= 3 and len(k) >= 4 \
                and zipf_ar(info.bare) >= PROCLITIC_NOUN_ZIPF and p.fkeys[j - 1] not in _LINK_BEFORE_NAME:
            break  # أندريس إنييستا لحمل شارة القائد: a noun behind a proclitic (ل + حمل) follows the name
        if arabic_ok and (links or words >= 2) and not after_link and not info.foreign and not info.definite \
                and k not in cues.given and _imperfect_verb(w, info) and not _listed_place(p, j) \
                and not any(word_info(p.toks[t]).foreign for t in range(i, j)):
            break  # فيصل بن بندر يستقبل، محمد نور يترك: a verb after a name of two words is the headline's verb
            # (not ينبع, a city)
        if words and not info.foreign and _pronoun_suffixed(w):
            break  # بان كي مون إدانته، دانيلو سانتوس زميله: a common noun with its pronoun follows the name
        if words and not arabic_ok and k.startswith("و") and len(k) >= 4 and info.foreign:
            break  # محايل عسير وتنومة وظهران: a list of names, not one name (no name part begins with و-)
        if words and arabic_ok and k in _STOP_GIVEN and _is_word(p, j + 1) and _adjacent(p, j, j + 1) and (
                _family_name(p.toks[j + 1], word_info(p.toks[j + 1])) or word_info(p.toks[j + 1]).foreign
                or family_nisba(p.toks[j + 1])):  # محمد علي العمري: a nisba surname whose stem is a word (names60e)
            words += 1  # محمد على المقدشي: the given name علي (often written على) inside a name
            j += 1
            continue
        if words and k in _PARTICLES and _particle_in_name(p, j):
            j += 1  # ستيفان دي ميستورا، لويس فان غال: a nobiliary particle inside a foreign name
            continue
        ok = False
        if words == 0 and arabic_ok and k.startswith(("وال", "فال")) and info.definite and not info.cue:
            break  # رئيس الاتحاد ... للبلياردو والسنوكر أصحاب: "and the ..." continues the office, no name opens
        if info.foreign:
            ok = True
            foreign += 1
        elif title and info.stop and _syllable_before_name(p, j) and (words == 0 or _syllable_like(p.toks[j - 1])) \
                and (foreign or p.fkeys[i] not in cues.given):  # د. نزار عبيد مدني في: an Arabic name
            # takes no function word as a syllable
            ok = True
            syll += 1
        elif after_link:
            ok = not info.stop and info.cue not in ("role", "org", "place") or (
                info.cue == "role" and not info.conj and not k.startswith("ال") and arabic_ok and _is_word(p, j + 1)
                and _adjacent(p, j, j + 1) and (_family_name(p.toks[j + 1], word_info(p.toks[j + 1]))
                                                 or p.fkeys[j + 1] in cues.given))
            # عبدالرحمن بن نجم البادي: a word that is also an office (نجم *star*) is a father's name after بن
        elif words == 0:
            if title and _and_a_role(k):
                break  # الملك ونائبه يهنئان: "and his deputy", not a name after the title
            if arabic_ok:
                # (بالورود: a preposition with the article opens no name)
                ok = (not (info.stop and w not in _STOP_GIVEN) and not (info.definite and k[:3] in ("بال", "وبا", "فال", "كال", "فبا"))
                      and (not info.conj or (k[:1] == "و" and info.bare in cues.given))
                      and (info.cue not in ("role", "org", "place", "title", "not_name") or _date_given(p, j, info))
                      and not (k.startswith("ال") and info.zipf >= STRONG and k not in cues.given) and info.zipf < 6.3)
            else:
                ok = _weak(info, w, True)
        else:
            ok = _weak(info, w, False) or (foreign > 0 and _short_syllable(info, w)) or (
                syll > 0 and info.zipf < 5.6 and not info.stop and not info.cue and not info.conj and not k.startswith("ال"))
            if not ok and arabic_ok and _family_name(w, info):
                ok = True  # family name with the article (الجبير، الأحمدي)
            if not ok and arabic_ok and not info.conj and not info.stop and not w.endswith("ى") \
                    and (k in cues.given or (k.startswith("عبد") and len(k) >= 6)) \
                    and (p.fkeys[j - 1] in cues.given or word_info(p.toks[j - 1]).bare in cues.given):
                ok = True  # رؤوف عبدالعزيز: a given name right after a given name (not النحيط على)
            if not ok and arabic_ok and k == "الله" and not after_link and _theophoric_head(p.toks[j - 1]) and (
                    words == 1 or p.fkeys[j - 1] != "عبد"):
                ok = True  # ضيف الله، نصر الله: a theophoric given name written in two words; also a family name
                # after the given name (حسن نصر الله، محمد فضل الله: not cut to حسن نصر; names56b)
            if not ok and arabic_ok and k == "الله" and j >= 2 and p.fkeys[j - 2] in ("بن", "ابن", "بنت", "ال") \
                    and _adjacent(p, j - 1, j) and not word_info(p.toks[j - 1]).stop:
                ok = True  # بن غرم الله، آل ضيف الله: the father's or the family's theophoric name after a link
            if not ok and arabic_ok and _common_surname(p, j):
                j += 1  # يوسف الراشد، عبدالعزيز بن سعد العامر: a family name that is also a common word closes the run
                words += 1
                break
        if not ok:
            break
        after_link = False
        words += 1
        j += 1
        if arabic_ok and words >= (1 if title else 2) and k.startswith("ال") and (not info.foreign or info.shape < 0) and _is_word(p, j) \
                and not p.fkeys[j].startswith("ال") and p.fkeys[j] not in _LINK_BEFORE_NAME \
                and word_info(p.toks[j]).cue != "link" and not word_info(p.toks[j]).foreign:
            break  # ضيف الله بن مرزوق الحارثي مقر الإدارة: an ordinary word after the family name is not in it
    if syll and not foreign and not links and words < 3:
        return i  # function words after a title are syllables only in a transliterated name
    # a run never ends on a link or a hyphen
    while j > i and (p.kinds[j - 1] != "word" or p.fkeys[j - 1] in _LINK_BEFORE_NAME):
        j -= 1
    return j


def _imperfect_verb(w: str, info) -> bool:
    """An indefinite word shaped and as frequent as an imperfect verb of the third person (يستقبل،
    يرعى، يلتقي): it follows an Arabic name of two or more words, never closes it (given names such as
    يوسف، يحيى are listed and kept)."""
    k = key(w)
    return k[:1] == "ي" and len(k) >= 4 and info.zipf >= 3.5


#: a feminine definite word rarer than this closes a given name as its family name without a nasab (الربيعة)
FEMININE_FAMILY_ZIPF = 4.0


def _common_surname(p, j: int, split: bool = False) -> bool:
    """Token j, a definite word that is also common Arabic (العامر، الراشد، الفاضل، البلوي: zipf 4 to
    5), closes a name as its family name: it follows a given name (or the name after بن), and no
    word it would qualify or govern comes next (a definite word, a ``لل-`` genitive)."""
    w = p.toks[j]
    k, info = key(w), word_info(w)
    given = load_cues().given
    # (a given name with the article is a family name however frequent its reading without it: اليوسف)
    named = k[2:] in given and k[2:] not in _STOP_GIVEN  # (الحسين: a given name, not a plural in -ين)
    if not (k.startswith("ال") and len(k) >= 5 and not (info.stop or info.cue or info.conj)
            and (info.zipf < 5.0 or named or family_nisba(w))  # العمري، الشهري: a nisba never feminine
            and (named or not k.endswith(("ون", "ين", "ات"))) and not _ordinal(w)):
        return False
    if not _is_word(p, j - 1):
        return False
    prev = p.fkeys[j - 1]
    before = p.fkeys[j - 2] if j >= 2 and _is_word(p, j - 2) else ""
    if (before == "عبد" or split and before == "وعبد") and prev.startswith("ال"):
        prev, before = "عبد" + prev, ""  # عبد الله العمران: the given name written in two words (inside a run,
        # وعبد begins another person: عمرو جمال وعبد الله السعيد)
    if k.endswith("ه") and before not in ("بن", "ابن", "بنت") and info.zipf >= FEMININE_FAMILY_ZIPF:
        return False  # a feminine noun closes a name only after a nasab (عبدالله بن عبدالعزيز الربيعة) or when rare
        # (عبدالله الربيعة: ربيعة 3.8; not خالد الجمعة, *Friday*)
    if not (prev in given or (prev.startswith("عبد") and len(prev) >= 6) or before in ("بن", "ابن", "بنت")):
        return False
    if _is_word(p, j + 1) and _adjacent(p, j, j + 1):
        nk, ni = p.fkeys[j + 1], word_info(p.toks[j + 1])
        if (nk.startswith(("ال", "لل")) and ni.cue not in ("role", "title") and not ni.stop
                and not time_after_name(p, j + 1, 2)) \
                or ni.cue == "link":
            return False  # (عادل الجبير اليوم: a time adverb is no word the family name qualifies)
    return True


def _run_is_name(p, i: int, j: int, cue_kind: str) -> bool:
    """Is the run of tokens i..j-1 a name (given what announced it)?"""
    words = [p.toks[t] for t in range(i, j) if p.kinds[t] == "word"]
    if not words:
        return False
    if any(number_word(w) for w in words):
        return False  # اللاعب مقابل خمسة ملايين يورو: a price, not a name
    infos = [word_info(w) for w in words]
    k0 = key(words[0])
    if k0.startswith("ي") and len(k0) >= 4 and infos[0].zipf >= 3.0 and not infos[0].foreign and k0 not in load_cues().given:
        return False  # وبين المدير التنفيذي يستطيع المساهم: an imperfect verb (يستطيع، يقوم), not a given name
    if any(x.foreign for x in infos):
        return True
    if cue_kind == "title":
        return True  # checked word by word in _name_run
    if cue_kind == "role":
        links = any(key(w) in _LINK_BEFORE_NAME for w in words)
        # a theophoric compound (عبدالله، عبدالرحمن) is a given name; three name words are a nasab
        links = links or any(key(w).startswith("عبد") and len(w) >= 6 for w in words)
        # a common indefinite nisba first that is no given name (مستشار تدريبي يحذّر، رئيس وزراء عراقي سني، لاعب
        # فرنسي معارض): the office's adjective, unless a family name closes the run
        common_first = infos[0].zipf >= COMMON_FIRST_ZIPF and not infos[0].definite and k0 not in load_cues().given \
            and len(k0) >= 4 and k0.endswith("ي") and infos[-1].zipf >= 3.5
        # (a nisba adjective of the office: تدريبي، عراقي، رسمي; not before a rare name word: المدرب جاري مونك)
        if not links and _ordinary_phrase(words, infos):
            return False
        return links or (len(words) >= 2 and (all(x.zipf < WEAK for x in infos[1:] if len(words) >= 3) and len(words) >= 3
                                              or all(x.zipf < WEAK for x in infos) and not common_first
                                              or _family_name(words[-1], infos[-1])
                                              or _common_surname(p, j - 1)
                                              or office_given_surname(p, i, j)
                                              or _theophoric_family(words)))
    if cue_kind == "place":
        if len(words) >= 2 and all(len(w) <= 4 and not w.endswith("ة") for w in words) and all(x.zipf < 5.0 for x in infos):
            return True
        return len(words) == 1 and len(words[0]) <= 4 and infos[0].zipf < 4.0 and not words[0].endswith("ه")
    return False


#: every word of a role's run at least this common in general Arabic and shaped like native Arabic
#: vocabulary, one of them a feminine noun or a plural, none a listed given name, the last without the
#: article: a phrase of the sentence, not a name (وزير التعليم تعديل إجراءات، رئيس البعثة رسالة شديدة; a
#: family name is rarer or definite: جلال طالباني، أمل العبادي; transliterations are not shaped like native
#: words: سكوت كيلي، تمام سلام; أشرف غني has no feminine or plural word)
ORDINARY_RUN_ZIPF = 4.3


def _ordinary_phrase(words, infos) -> bool:
    """A role's run of ordinary words (:data:`ORDINARY_RUN_ZIPF`) that ends without the article."""
    given = load_cues().given
    if not any(key(w).endswith(("ه", "ات")) for w in words):
        return False  # a feminine noun or plural in the run: رسالة شديدة، تعديل إجراءات (not أشرف غني)
    return len(words) >= 2 and not infos[-1].definite and not key(words[-1]).startswith("ال") and all(
        x.zipf >= ORDINARY_RUN_ZIPF and x.native and not x.foreign and key(w) not in given and x.bare not in given
        for w, x in zip(words, infos))


#: a role's run whose first word is a nisba this common in general Arabic, indefinite and no listed given name,
#: is no name unless a family name closes it (تدريبي 4.8، عراقي 4.3، رسمي; given names are listed: هاني، سامي)
COMMON_FIRST_ZIPF = 4.0


#: an indefinite word after a feminine place cue is a name below this (منطقة عسير 4.1, محافظة أبين 3.2;
#: the ordinary constructs are rarer: منطقة جزاء 4.2, منطقة استثمار 4.0, منطقة شمال 5.2)
BARE_PLACE_ZIPF = 4.5


#: a place cue after which a word in -ون may be a person's (ولاية كلينتون: Clinton's term of office)
_TERM_CUES = frozenset({key("ولاية")})
_QUANTIFIERS = frozenset(key(w) for w in ("كل", "وكل", "بكل", "لكل", "أي", "هذه", "تلك"))


def _plural_shaped_name(p, i: int, w: str, k: str) -> bool:
    """A word in -ون right after the feminine place cue at token i names the place (``مدينة سيئون``, ``بمدينة
    أفيون التركية``, ``جزيرة ريونيون``): a sound plural in the genitive after the cue would end in -ين, so -ون is no
    plural there.  Not a verb (``ومحافظة يقومون``, ``مدينة تكون``), not a four-letter broken plural of the pattern
    فعول (``مديرية سجون القصيم``, ``شؤون``), never after ``ولاية`` (also a term of office: ``ولاية كلينتون``)."""
    if len(k) < 5 or {key(p.toks[i]), key(p.toks[i])[1:]} & _TERM_CUES:
        return False
    if i > 0 and key(p.toks[i - 1]) in _QUANTIFIERS:
        return False  # في كل قرية متطوعون: a cue after كل/أي/هذه names no place
    bare = w[1:] if k[0] in "وف" and len(k) >= 6 else w  # ويسكنون: و + a verb
    if imperfect_verb(w) or imperfect_verb(bare) or (k[0] in "يتن" and word_info(w).native):
        return False
    return not (k[0] == "م" and zipf_ar(k[:-2] + "ين") >= 2.5)  # مقيمون, مهندسون: a participle's plural (مقيمين)


def _bare_after_feminine_cue(p, i: int, j: int) -> bool:
    """Token j, an indefinite word right after the feminine place cue at token i (``منطقة``,
    ``محافظة``, ``مدينة``, ``قرية``), names the place: an adjective there would agree with the
    cue (``منطقة عسيرة``, ``مدينة كبيرة``), so a word without the feminine ending is a genitive,
    and a genitive that is not a frequent noun is a name (``منطقة عسير``, ``مدينة لوزان``)."""
    if not word_info(p.toks[i]).bare.endswith(("ة", "ه")):  # key() writes the feminine ending ه
        return False
    w = p.toks[j]
    k = key(w)
    info = word_info(w)
    if len(k) < 3 or k.startswith("ال") or info.stop or info.cue or info.conj or k in load_cues().given:
        return False
    if k.endswith(("ة", "ه", "ات", "ين")) or _VERBAL_NOUN.match(k):
        return False
    if k.endswith("ون") and not _plural_shaped_name(p, i, w, k):
        return False
    if _is_word(p, j + 1) and _adjacent(p, j, j + 1) and p.fkeys[j + 1].startswith("ال") \
            and word_info(p.toks[j + 1]).zipf >= STRONG and not word_info(p.toks[j + 1]).cue:
        return False  # منطقة حفر الباطن is listed; منطقة شمال المملكة, منطقة عمل الشركة are constructs
    if _is_word(p, j + 1) and _adjacent(p, j, j + 1) and p.toks[j + 1].endswith("ة") \
            and not p.fkeys[j + 1].startswith("ال") and word_info(p.toks[j + 1]).cue != "place":
        return False  # منطقة جزاء ضيقة: an indefinite adjective agreeing with the cue, the construct is indefinite
        # (a place cue is none: مدينة سيئون بمحافظة حضرموت)
    from .places import hamza_zipf as _z

    return max(info.zipf, _z(k)) < BARE_PLACE_ZIPF  # hamza spellings: العاب is ألعاب


def _quarter_name_end(p, i: int, j: int) -> int:
    """After ``حي``/``بحي``/``لحي`` (a city quarter; not ``وحي``, which is also *revelation*) a
    definite word is the quarter's name whatever its frequency (حي النسيم، بحي الروضة، حي
    السفارات): end of the name (j when none).  A title with a given name is one name (حي الملك
    فهد)."""
    k = p.fkeys[i]
    k = k[1:] if k[:1] in "وف" and k[1:] in ("بحي", "لحي") else k
    if k not in ("حي", "بحي", "لحي") or not (_is_word(p, j) and _adjacent(p, j - 1, j)):
        return j
    w = p.toks[j]
    info = word_info(w)
    if not w.startswith("ال") or len(key(w)) < 4 or info.stop or info.conj or (info.cue and info.cue != "title"):
        return j
    if info.cue == "title":
        e = j + 1
        while e < len(p.kinds) and e < j + 4 and _is_word(p, e) and _adjacent(p, e - 1, e) and (
                p.fkeys[e] in load_cues().given or p.fkeys[e] in _LINK_BEFORE_NAME
                or (p.fkeys[e].startswith("عبد") and len(p.fkeys[e]) >= 6)):
            e += 1
        while e > j + 1 and p.fkeys[e - 1] in _LINK_BEFORE_NAME:
            e -= 1
        return e if e > j + 1 else j
    return j + 1


def _short_place_cue(p, i: int, cues) -> bool:
    """Token i is a proclitic + a two-letter place cue (``وحي``, ``بحي``: word_info reads
    only remainders of three letters) before a definite place name."""
    t = p.toks[i]
    if not 3 <= len(t) <= 4 or t[-1] not in "يى":  # cheap test first: called for every word
        return False
    k = key(t)
    pre = next((c for c in ("وب", "ول", "فب", "فل", "و", "ب", "ل", "ف") if k.startswith(c)), "")
    if not pre or len(k) - len(pre) != 2 or cues.kind.get(k[len(pre):]) != "place":
        return False
    return _is_word(p, i + 1) and _adjacent(p, i, i + 1) and (definite_place_name(p.toks[i + 1])
                                                             or _quarter_name_end(p, i, i + 1) > i + 1)


def _before_apposed_office(p, i: int, j: int, words: list, infos: list) -> bool:
    """A run of two or three rare words (tokens i..j-1), none definite, a cue or a stop word, one of
    them foreign, right before an indefinite office (رئيس، مدرب، مهاجم) that names its body
    (فلورنتينو بيريز رئيس ريال مدريد): a person in apposition."""
    if not 2 <= len(words) <= 3 or j - i != len(words) or not (infos[0].foreign or key(words[0]) in load_cues().given):
        return False  # (إعاقة بافيتيمبي جوميز: the name opens with its foreign given name)
    if any(x.zipf >= NISBA_NAME_ZIPF or x.cue or x.stop or x.conj or key(w).startswith("ال") or w.endswith("ة")
           for x, w in zip(infos, words)):
        return False
    if not (_is_word(p, j) and _adjacent(p, j - 1, j)):
        return False
    nxt = word_info(p.toks[j])
    return nxt.cue == "role" and not nxt.definite and not nxt.conj and not p.fkeys[j].startswith("ال") \
        and _is_word(p, j + 1) and _adjacent(p, j, j + 1)


#: roles that are also common nouns (المواطن، الكاتب، الشاعر، مهاجم "attacker"): the run after them is a
#: person only with a name's evidence (see :func:`_strong_person`)
_COMMON_ROLES = frozenset("مهاجم مدافع جناح لاعبه نجم هداف مواطن مواطنه زميل فنان فنانه مغني مغنيه ممثل ممثله كاتب "
                          "كاتبه شاعر شاعره روائي باحث باحثه صحفي صحفيه محلل".split())


def _strong_person(p, i: int, j: int) -> bool:
    """Tokens i..j-1 carry a person's name evidence: a foreign word, a given name first (also
    theophoric: عبدالله), or a family name last (الغامدي)."""
    words = [p.toks[t] for t in range(i, j) if p.kinds[t] == "word"]
    if not words:
        return False
    k0 = key(words[0])
    if word_info(words[0]).cue not in ("", "link") or word_info(words[0]).stop:
        return False  # المواطن أحد الركائز: أحد is a pronoun (and Sunday) here
    return any(word_info(w).foreign for w in words) or k0 in load_cues().given or (k0.startswith("عبد") and len(k0) >= 6) \
        or (k0 in ("عبد", "ابو") and len(words) >= 2) \
        or (len(words) >= 2 and _family_name(words[-1], word_info(words[-1])))


_OPEN = {'"': '"', "“": "”", "«": "»", "(": ")", "'": "'"}


def _quoted_after(p, j: int):
    """Token range (a, b) of one to five words in quotes or brackets starting at token j, else None."""
    if not (0 < j < len(p.kinds)) or p.kinds[j] != "punct" or p.toks[j] not in _OPEN or not _adjacent(p, j - 1, j):
        return None
    close = _OPEN[p.toks[j]]
    for b in range(j + 2, min(j + 7, len(p.kinds))):
        if p.kinds[b] == "punct" and p.toks[b] in (close, "”", "»", '"'):
            inner = range(j + 1, b)
            if not all(p.kinds[t] in ("word", "latin", "number") for t in inner) or p.kinds[j + 1] == "number":
                return None
            infos = [word_info(p.toks[t]) for t in inner if p.kinds[t] == "word"]
            if infos and (infos[0].stop or infos[0].conj):
                return None  # (وهي كبيرة): a remark, not a name
            if p.toks[j] == "(" and not all(x.zipf < 4.5 for x in infos):
                return None  # brackets hold explanations; only a rare or Latin name counts
            return j + 1, b
        if p.kinds[b] == "punct" and p.toks[b] not in "-‐":
            return None
    return None


def _given_name_run(words: list[str], cues) -> bool:
    """Is a run starting with a given name a person's name?  A nasab (بن، أبو، آل, عبد-), a family
    name closing it (السهلاوي, عكاش, not an ordinary word), or given names only (علي عبدالله صالح)."""
    keys = [key(w) for w in words]
    if any(k in _LINK_BEFORE_NAME for k in keys[1:]):
        return True
    last, info = words[-1], word_info(words[-1])
    if len(words) == 2 and keys[0] in _STOP_GIVEN and _VERBAL_NOUN.match(keys[1]) and keys[1] not in cues.given:
        return False  # يقدموا علي ارتكاب: the preposition (written علي) before a verbal noun, no name
    rare = 4.6 if len(words) == 2 and keys[0] in cues.foreign_given else 4.0  # مايكل براون
    if _family_name(last, info) or (info.zipf < rare and not info.stop and not info.cue and len(last) >= 3):
        return True
    if len(words) >= 3 and family_nisba(last):
        return True  # محمد علي العمري: a nisba surname whose stem is a word closes a name of three (names60e)
    if three_word_name(words, cues.given):
        return True  # أحمد عبدالله عسيري، محمد أختر منصور (name_extents)
    if len(words) >= 2 and keys[-1].startswith("ال") and keys[-1][2:] in cues.given and keys[-1][2:] not in _STOP_GIVEN:
        return True  # محمد السليمان، خالد اليوسف: a family name made of a given name with the article
    return len(words) >= 2 and all(k in cues.given or (k.startswith("عبد") and len(k) >= 6) for k in keys[1:])


def _skip_role_chain(p, i: int) -> int:
    """After an office (``نائب رئيس اللجنة الشعبية الإقليمية``): the index of the first token past it."""
    n = len(p.kinds)
    j = i
    steps = 0
    while j < n and steps < 7 and _is_word(p, j) and _adjacent(p, j - 1, j):
        info = word_info(p.toks[j])
        k = p.fkeys[j]
        c = _city_club_end(p, j) if j > i else 0
        if c and _is_word(p, c) and _adjacent(p, c - 1, c):
            j = c  # رئيس نادي نجران هذيل آل شرمة: the club named after its city ends, the person follows
            steps += 1
            continue
        if info.cue == "org" and not info.definite and not k.startswith("ال") and _is_word(p, j + 1) \
                and word_info(p.toks[j + 1]).bare in _NAMING_TITLES and _org_end(p, j) > j + 2:
            j = _org_end(p, j)  # مدير مركز الملك عبدالعزيز للحوار الوطني فلان: the institution bears a king's name
            if _is_word(p, j) and p.fkeys[j][:1] in "بل" and _listed_place(p, j):
                j += _listed_place(p, j)  # مديرة جمعية الملك فهد الخيرية بجيزان فلانة: the branch's town
            steps += 1
            continue
        if info.cue == "org" and not info.definite and _is_word(p, j + 1) and not p.fkeys[j + 1].startswith("ال") \
                and word_info(p.toks[j + 1]).zipf < WEAK:
            m = _listed_org(p, j + 1)
            if m and _is_word(p, j + 1 + m) and _adjacent(p, j + m, j + 1 + m):
                j += 1 + m  # ورئيس نادي ريال مدريد فلورنتينو بيريز: a listed club ends, the person follows
                steps += 1
                continue
            break  # المدير الفني لنادي تشيلسي: the organisation begins
        if info.stop:
            break  # المدرب الذي أخضع
        if not info.conj and not p.fkeys[j - 1].startswith(("ال", "لل")) and _listed_place(p, j, anywhere=True):
            j += _listed_place(p, j, anywhere=True)  # رئيس فرنسا، وزير خارجية مصر: the country is in the office
            steps += 1
            continue
        if info.cue in ("role", "org", "title") and not info.conj:
            pass
        elif info.bare in _CITY_BODIES and not info.conj and not info.definite and _is_word(p, j + 1) \
                and (_listed_place(p, j + 1) or word_info(p.toks[j + 1]).cue == "place"):
            pass  # وكيل إمارة منطقة الجوف، مدير أمانة جدة: a city's body is part of the office
        elif info.cue == "place" and not k.startswith("ال") and not info.conj and _is_word(p, j + 1) \
                and _listed_place(p, j + 1):
            j += 1 + _listed_place(p, j + 1)  # وكيل إمارة منطقة الجوف للشؤون الأمنية: the region is in the office
            steps += 1
            continue
        elif k in _REPUBLIC and _is_word(p, j + 1) and _listed_place(p, j + 1):
            j += 1 + _listed_place(p, j + 1)  # رئيس جمهورية كوت ديفوار: the country is in the office
            steps += 1
            continue
        elif k.startswith("ال") or k.startswith("لل"):
            pk = p.fkeys[j - 1] if j > i else ""
            head = j > i and word_info(p.toks[j - 1]).cue == "org" and not pk.startswith(("ال", "لل"))
            if info.zipf < STRONG and not head:  # a foreign word with the article: a name, not the office
                break  # (after an indefinite head it names the body: مدير مستشفى الخرمة)
        else:
            break
        j += 1
        steps += 1
    return j


#: adjectives that leave a definite organisation head generic: the forces, the committee concerned; the
#: government hospital, the specialised hospital, the medical or technical staff (الجهاز الطبي، الجهاز الفني),
#: the general assembly (الجمعية العمومية), the wise leadership
_GENERIC_ADJ = frozenset("المسلحه المختصه المعنيه المنظمه المعني المختص الحكومي الحكوميه المتخصص المتخصصه "
                         "الطبي الفني العموميه الحكيمه".split())


def _multi_cue(p, i: int, cues) -> tuple[int, str]:
    """A multi-word cue starting at token i: (end, kind) or (i, '')."""
    info = word_info(p.toks[i])
    b = info.bare
    cands = cues.multi.get(b) or cues.multi.get(p.fkeys[i])
    if not cands and b.startswith("ال") and len(b) > 4:
        b = b[2:]  # الحكم المرافق: a word whose bare form keeps its article (الحكم, the rule) opens a cue without it
        cands = cues.multi.get(b)
    if not cands:
        return i, ""
    for words, kd in cands:
        m = len(words)
        if all(_is_word(p, i + t) for t in range(m)):
            got = [b] + [p.fkeys[i + t] for t in range(1, m)]
            got = [g[2:] if g.startswith("ال") and len(g) > 3 else g for g in got]
            if tuple(got) == words:
                return i + m, kd
    return i, ""


def _prepositional_phrase(p, j: int) -> bool:
    """Token j is a preposition written as a proclitic on a common noun (بمناسبة، لزيارة): a phrase
    after an office, never a person's first name (given names such as بلال، لبنى are kept)."""
    k = p.fkeys[j]
    if k[:1] not in "بل" or k in load_cues().given:
        return False
    info = word_info(p.toks[j])
    rest = p.toks[j][1:]
    if not (len(rest) >= 3 and not info.cue and zipf_ar(rest) >= 4.5):
        return False
    if _is_word(p, j + 1):  # باسم الغامدي، باسم أبو داود: a family name or a link after it makes it a given name
        nk = p.fkeys[j + 1]
        if nk in ("ابو", "بن", "بنت", "ال") or nk.startswith("عبد") or nk in load_cues().given \
                or nk.startswith("ال") and zipf_ar(p.toks[j + 1]) < 4.0:
            return False
    return True


#: a state word before a country (جمهورية مالي, arnews.entities.states): in an office it is the country's, never a person's
_REPUBLIC = frozenset(key(w) for w in ("جمهورية", "مملكة", "سلطنة", "دولة"))
def _and_a_role(k: str) -> bool:
    """و + an office or title, with or without a pronoun (ونائبه، ووزير): no name's first word."""
    if not (k[:1] == "و" and len(k) >= 4):
        return False
    for r in (k[1:], k[1:-1] if k.endswith("ه") else "", k[1:-2] if k.endswith("ها") else ""):
        if r and word_info(r).cue in ("role", "title"):
            return True
    return False


@lexicon_derived(maxsize=WORD_CACHE)
def _inert_word(w: str, fk: str) -> bool:
    """Word w (key ``fk``) opens nothing in :func:`_arabic_names` by itself: no place body or scoped head,
    no cue (alone or first of several), not shaped like a two-letter place cue behind a proclitic, no verb
    of saying, no given name (behind a proclitic too) nor عبد, nothing a transliterated run starts with
    (the first test of each branch of the loop; remembered per word type).  The loop skips such a word
    unless a body candidate starts at it or بن/بنت follows it (a nasab)."""
    cues = load_cues()
    scoped_words()  # (syncs the lexicon folder of _head_kind's cache, as scoped_body_end does)
    info = word_info(w)
    return not (info.bare in _PLACE_BODY_HEADS or _head_kind(fk) in ("head", "nisba_head")
                or cues.multi.get(info.bare) or cues.multi.get(fk) or info.cue
                or info.bare.startswith("ال") and len(info.bare) > 4 and cues.multi.get(info.bare[2:])  # الحكم المرافق
                or (3 <= len(w) <= 4 and w[-1] in "يى") or speech_verb(w)
                or _given_after_proclitic(w, info, cues) or fk in ("عبد", "وعبد")
                or (info.foreign or _weak(info, w, True)) and not _native_shaped(info, w))


def _arabic_names(p) -> list[Name]:
    cues = load_cues()
    bodies = body_candidates(p)
    out: list[Name] = []
    kinds, fkeys = p.kinds, p.fkeys
    ar = p.rules == "ar"  # (read once: asked for every word)
    n = len(kinds)
    taken = 0  # tokens before this index are used
    i = 0
    while i < n:
        if i < taken or kinds[i] != "word":
            i += 1
            continue
        w = p.toks[i]
        if _inert_word(w, fkeys[i]) and i not in bodies and not (i + 1 < n and fkeys[i + 1] in ("بن", "بنت")):
            i += 1  # (every test below fails at once for such a word)
            continue
        info = word_info(w)
        got = _body_name(p, i) if i in bodies else None
        if got:  # صحة عسير، مطار الملك خالد الدولي: a sector or facility named after its place or patron
            out.append(got[0])
            taken = i = got[1]
            continue
        e = _place_body_end(p, i, info)
        if e:  # بلدية تيماء، إمارة منطقة جازان: a city's municipality or governorate, an organisation
            out.append(_place_body_name(p, i, e, info))
            taken = i = e
            continue
        e = scoped_body_end(p, i) if ar and not (
            i > 0 and _is_word(p, i - 1) and word_info(p.toks[i - 1]).cue in ("role", "title")) else 0
        # (وزير الخارجية القطري: the adjective belongs to the office, and the office names a person)
        if e:  # الائتلاف الوطني السوري، النيابة العامة: a body noun with a scope or a nationality
            words = [p.toks[t] for t in range(i, e)]
            k0 = key(w)
            s = next((p.ends[i] - len(k0) + n_ for pre, n_ in (("وال", 1), ("بال", 1), ("فال", 1), ("كال", 1), ("لل", 1))
                      if k0.startswith(pre)), p.starts[i])  # the span keeps the article, not the proclitic
            out.append(Name(max(s, p.starts[i]), p.ends[e - 1], "organisation", "cue", 0.65, org_key(words), p.toks[i]))
            taken = i = e
            continue
        end_cue, kd = _multi_cue(p, i, cues)
        if not kd:
            kd, end_cue = info.cue, i + 1
        if not kd and _short_place_cue(p, i, cues):
            kd = "place"  # وحي الملز, بحي العزيزية: a two-letter cue behind a proclitic
        if kd in ("title", "role") and key(w) in _rulers() and _listed_place(p, end_cue):
            i = end_cue  # أمير عسير، محافظ الخرج: the governor of a place, not a person named after it
            continue
        if kd in ("title", "role"):
            j0 = end_cue if kd == "title" else _skip_role_chain(p, end_cue)
            # a title may follow an office: نائب رئيس اللجنة الرفيق داو ثانه تونغ
            while _is_word(p, j0) and word_info(p.toks[j0]).cue == "title" and not word_info(p.toks[j0]).conj:
                j0 += 1
            abbrev = kd == "title" and len(key(w)) == 1 and j0 == i + 1 and j0 < n and p.toks[j0] == "." \
                and _is_word(p, j0 + 1)
            if abbrev:
                j0 += 1  # د. نزار عبيد مدني: the abbreviated title and its dot
            if kd == "title" and past_abbreviations(p, j0) > j0:
                j0, abbrev = past_abbreviations(p, j0), True  # الشيخ أ.د. فلان، د.ت. فلان (title_abbrevs)
            body = _body_name(p, j0) if j0 in bodies and _adjacent(p, j0 - 1, j0) else None
            if body:  # المتحدث الإعلامي لصحة عسير سعيد النقير، مدير مطار الجوف: the office's body, then the person
                out.append(body[0])
                j0 = taken = body[1]
            q = _quoted_after(p, j0) if j0 < n and p.toks[j0] in _QUOTES else None
            if q and q[1] - q[0] <= 4:  # المدرب "الفارو غوتيريز": the name inside the quotes
                a, b = q
                words = [p.toks[t] for t in range(a, b) if p.kinds[t] in WORD_KINDS]  # Arabic or Latin
                if words and all((word_info(x).zipf < 4.5 or key(x) in cues.given) and not word_info(x).cue for x in words) \
                        and not quoted_prose(words) and (info.bare not in person_nouns() or given_first(p, a, b, a)):  # (للمعلمة "زهراء محمد": a given name however frequent)
                    out.append(Name(p.starts[a], p.ends[b - 1], "person", "cue", 0.75, name_key(words), p.toks[i]))
                    taken = i = b
                    continue
            if _is_word(p, j0) and (_adjacent(p, j0 - 1, j0) or p.toks[j0 - 1] in _QUOTES or abbrev) \
                    and not _future_verb(p.toks[j0]) and not _prepositional_phrase(p, j0):
                # الرئيس سيزور المنطقة: a verb in the future names nobody; رئيس جمهورية مالي بمناسبة: nor a preposition
                j = _name_run(p, j0, arabic_ok=True, title=(kd == "title"))
                j = next((t for t in range(j0, j) if p.kinds[t] == "word" and tanween(p, t)), j)
                while j > j0 and (p.kinds[j - 1] != "word" or p.fkeys[j - 1] in _LINK_BEFORE_NAME):
                    j -= 1  # اللاعب حداً مقبولاً، الرفيقة فلان أمينةً: an accusative with tanween is no name word
                fam = cued_family_end(p, j0, j) if j > j0 else j  # المدرب حسين الحسنية: a family name that is a word
                fam = nasab_family_end(p, j0, j) if fam == j and j > j0 else fam  # خالد بن محمد العطية
                fam, j = fam > j, fam
                if j > j0 and (_run_is_name(p, j0, j, kd) or fam) and (
                        given_first(p, j0, j, end_cue) if info.bare in person_nouns() else  # الطفلة ريم الزامل (person_nouns)
                        (info.bare not in _COMMON_ROLES or _strong_person(p, j0, j) or _foreign_after_nisba(p, end_cue, j0, j))) \
                        and not _listed_org(p, j0) \
                        and not (j == j0 + 2 and kd == "role" and predicate_pair(p, j0)):
                    # مهاجم ريال مدريد الإسباني: the team, a listed club, is no person; أن مدير المستشفى خالد مشكور،:
                    # the participle is the subject's predicate (fixn)
                    words = [p.toks[t] for t in range(j0, j) if p.kinds[t] == "word"]
                    fr = any(word_info(x).foreign for x in words)
                    conf = 0.9 if fr else (0.75 if kd == "title" else 0.6)
                    if j0 == end_cue and len(words) <= 2 and key(w) in _TEAM_ROLES:
                        # مهاجم سوانزي سيتي: an indefinite player's role governs its team, not the player's name
                        out.append(Name(p.starts[j0], p.ends[j - 1], "organisation", "cue", 0.6, org_key(words), p.toks[i]))
                    else:
                        # وكيل إمارة منطقة الجوف للشؤون الأمنية فلان: the bodies the office belongs to
                        out.extend(orgs_in_office(p, end_cue, j0) if kd == "role" and not body else ())
                        out.append(Name(p.starts[j0], p.ends[j - 1], "person", "cue", conf, name_key(words), p.toks[i]))
                    taken = i = j
                    continue
            i = max(i + 1, end_cue if kd == "title" else i + 1, taken)
            continue
        if kd == "place":
            j0 = end_cue
            q = _quoted_after(p, j0)
            if q and q[1] - q[0] <= 3:  # بمدينة "ميرلو"
                a, b = q
                words = [p.toks[t] for t in range(a, b) if p.kinds[t] in WORD_KINDS]  # Arabic or Latin
                if words and all(word_info(x).zipf < 4.5 for x in words):
                    out.append(Name(p.starts[a], p.ends[b - 1], "place", "cue", 0.75, name_key(words), p.toks[i]))
                    taken = i = b
                    continue
            if _place_cue_unnamed(p, i, end_cue, info) or (j0 < len(p.kinds) and _is_word(p, j0)
                                                            and cue_governs_object(p, i, j0)):
                i += 1  # (قضاء حوائجهم: the verbal noun's object)
                continue
            if _is_word(p, j0) and _adjacent(p, j0 - 1, j0):
                j = place_run_end(p, j0, _name_run(p, j0, limit=4, uncued=True))  # (قضاء الحويجة غربي كركوك)
                if j > j0 and _run_is_name(p, j0, j, "place"):
                    words = [p.toks[t] for t in range(j0, j) if p.kinds[t] == "word"]
                    fr = any(word_info(x).foreign for x in words)
                    out.append(Name(p.starts[j0], p.ends[j - 1], "place", "cue", 0.85 if fr else 0.6, name_key(words), p.toks[i]))
                    taken = i = j
                    continue
            jq = _quarter_name_end(p, i, j0)
            if jq > j0:
                words = [p.toks[t] for t in range(j0, jq)]
                out.append(Name(p.starts[j0], p.ends[jq - 1], "place", "cue", 0.7, name_key(words), p.toks[i]))
                taken = i = jq
                continue
            if _is_word(p, j0) and _adjacent(p, j0 - 1, j0) and not info.definite and not key(w).startswith("ال") \
                    and (definite_place_name(p.toks[j0]) or _bare_after_feminine_cue(p, i, j0)):
                out.append(Name(p.starts[j0], p.ends[j0], "place", "cue", 0.7, name_key([p.toks[j0]]), p.toks[i]))
                taken = i = j0 + 1
                continue
            i += 1
            continue
        if kd == "places" and not info.definite and not key(w).startswith("ال"):
            got = _place_list(p, end_cue)
            if got:  # مراكز بني عمرو والحرجة وثربان: each name of the list is a place
                out.extend(Name(a, b, "place", "cue", 0.7, name_key(ws), p.toks[i]) for a, b, ws in got)
                taken = i = _place_list.end
                continue
            i += 1
            continue
        if kd == "org" and _is_word(p, i + 1) and _ordinal(p.toks[i + 1]):
            i += 1  # المركز الأول، المجموعة الثانية: a rank or a group of a draw, not a name
            continue
        if kd == "org":
            q = _quoted_after(p, i + 1)
            if q:
                a, b = q  # صحيفة "الحياة", شركة (إم إس سي): the name is what the quotes hold
                words = [p.toks[t] for t in range(a, b) if p.kinds[t] in WORD_KINDS]  # Arabic or Latin
                out.append(Name(p.starts[a], p.ends[b - 1], "organisation", "cue", 0.75, org_key(words), p.toks[i]))
                taken = i = b
                continue
            if led_by_place(p, i) or led_by_person(p, i):
                i += 1  # التحالف بقيادة السعودية, بقيادة مورينيو: led by a country or a person, not a Command
                continue
            j = org_cut(p, i, _org_end(p, i))  # لجنة تتعرض، الاتحاد والارتجالية: prose after the head
            if descriptive_org(p, i, j):
                i = j  # مركز انتخابي، اللجنة الإشرافية، النادي الإنكليزي: a description, not a name
                continue
            if j > i + 1 and _listed_place(p, i) >= 2:
                i += _listed_place(p, i)  # دار السلام: a city whose name opens with a head word
                continue
            if _admin_centre(p, i, j):  # مركز المسيال، مركز حلي التابع لمحافظة القنفذة: a village centre, a place
                out.append(Name(p.starts[i + 1], p.ends[i + 1], "place", "cue", 0.7, name_key([p.toks[i + 1]]), p.toks[i]))
                taken = i = i + 2
                continue
            q = _quoted_after(p, j) if j > i + 1 and word_info(p.toks[j - 1]).cue == "org" else None
            if q:  # مجلس إدارة شركة (إم إس سي): the company named in brackets
                a, b = q
                words = [p.toks[t] for t in range(a, b) if p.kinds[t] in WORD_KINDS]  # Arabic or Latin
                out.append(Name(p.starts[a], p.ends[b - 1], "organisation", "cue", 0.75, org_key(words), p.toks[j - 1]))
                taken = i = b
                continue
            if j >= i + 2 and w.endswith("ة") and p.fkeys[i + 1] in ("اليمني", "اليسري"):
                i = j  # الكلية اليمنى: a feminine head before "right/left" is a side (the right kidney), no name
                continue  # (اليمني 'Yemeni' after a feminine head is written اليمنية)
            if j == i + 2 and key(w).startswith(("ال", "لل", "وال", "بال")) and p.fkeys[i + 1] in _GENERIC_ADJ:
                i = j  # القوات المسلحة، اللجنة المختصة: a definite head with a generic adjective points back (an anaphor)
                continue
            if j >= i + 2 and _generic_genitive(p.toks[i + 1]) and all(p.fkeys[t].startswith("لل") for t in range(i + 2, j)):
                i = j  # مجلس الكلية، إدارة الجامعة، صندوق النادي: an organ of "the" institution named before
                continue
            if j > i + 1 and j > end_cue:  # a multi-word head alone (تولى الرئاسة العامة) names nothing either
                words = [p.toks[t] for t in range(i, j)]
                # the span starts at the head without its proclitics (للجنة -> لجنة)
                s = p.starts[i]
                k0 = key(w)
                b = info.bare
                if b and k0.endswith(b) and len(k0) > len(b) and not info.definite:
                    s = p.ends[i] - len(b)
                elif info.definite and k0.endswith(b):
                    s = p.ends[i] - len(b) - 2
                out.append(Name(max(s, p.starts[i]), p.ends[j - 1], "organisation", "cue", 0.7, org_key(words), p.toks[i]))
                taken = i = j
                continue
            i += 1
            continue
        # a speaker between a verb of saying and what was said: وأكد فلمبان أن، وقال موريس إن
        if _is_word(p, i + 1) and speech_verb(w):
            j = _speaker_end(p, i + 1, cues)
            if j > i + 1:
                words = [p.toks[t] for t in range(i + 1, j)]
                out.append(Name(p.starts[i + 1], p.ends[j - 1], "person", "cue", 0.6, name_key(words), p.toks[i]))
                taken = i = j
                continue
        # an Arabic given name with its nasab or family name, without a cue: محمد السهلاوي، خالد بن فهد
        # (after the conjunction too: وعبدالرحمن الزيد, ورامي ياسين; not وعلى, the preposition)
        gbare = _given_after_proclitic(w, info, cues)
        split = "" if gbare else _split_theophoric(p, i, cues)
        if split:
            gbare = split  # عبد الرحمن الحقباني: a listed theophoric given name written in two words
        if not gbare and _nasab_opens(p, i):
            gbare = key(w)  # لبيد بن ربيعة العامري: a name the given names do not list, before بن and a name
        if gbare:
            j = _name_run(p, i, limit=5, arabic_ok=True)
            while j > i + 1 and _future_verb(p.toks[j - 1]):
                j -= 1  # ميتشال هاورد سيحضر: a verb in the future closes no name
            j = next((t for t in range(i + 3, j) if _is_word(p, t) and _nasab_stop(p, t)), j)
            j = next((t for t in range(i + 1, j) if _is_word(p, t) and _listed_org(p, t)), j)  # بيتر شيك قلوب جماهير آرسنال
            # a family name that is also a common word closes the name (بشار الأسد، يوسف الراشد: _common_surname)
            # (not a verbal noun: حسن التعامل، صالح الارتفاع are "good dealing", "fit for the height")
            # nor after a preposition (من عمر اللقاء: "from the age of the match")
            fam = i + 2 if split else i + 1  # عبد الله القصير: the family name after a given name written apart
            if split and j == fam and _is_word(p, fam) and _adjacent(p, fam - 1, fam) and _common_surname(p, fam, True):
                j = fam + 1
            closed = j == fam + 1 and _common_surname(p, fam, bool(split)) and not _abstract_noun(p.fkeys[fam][2:]) \
                and not (gbare == key(w) and _is_word(p, i - 1) and word_info(p.toks[i - 1]).stop) and _GIVEN_SURNAME
            chain = 0 if closed or gbare in _STOP_GIVEN else father_chain_end(p, fam)
            if chain:
                j, closed = chain, True  # عبدالله فرج الصقر: a father's name that is a common word, no بن
            if not closed and nasab_family_end(p, i, j) > j:
                j, closed = j + 1, True  # سلمان بن محمد الخلف: the family name after a nasab (cued_families)
            # the longest prefix that closes like a name (محمد السهلاوي, not محمد السهلاوي هدفا)
            while j > i + 1 and not closed and not _given_name_run([p.toks[t] for t in range(i, j) if p.kinds[t] == "word"], cues):
                j -= 1
                while j > i and (p.kinds[j - 1] != "word" or p.fkeys[j - 1] in _LINK_BEFORE_NAME):
                    j -= 1
            words = [p.toks[t] for t in range(i, j) if p.kinds[t] == "word"]
            if len(words) >= 2 and not_a_family(words[1]):
                words = []  # محاولة مني لتلخيص، أياد الإجرام: a verbal noun after the given name is prose
            if len(words) == 2 and j == i + 2 and predicate_pair(p, i):
                words = []  # أن مدير المستشفى خالد مشكور،: the subject's predicate, no family name (fixn)
            if split and len(words) >= 3 and (closed or _given_name_run(words, cues)):
                words = [split] + words[2:]  # the two written words are one given name: a name must follow
            elif split:
                words = []
            if len(words) >= 2 and (closed or _given_name_run(words, cues)):
                if split:
                    s = p.starts[i] + (1 if key(w).startswith("و") else 0)  # وعبد الله: without the conjunction
                else:
                    s = p.ends[i] - len(gbare) if gbare != key(w) else p.starts[i]
                words[0] = gbare  # the key without the proclitic (ورامي ياسين is رامي ياسين)
                out.append(Name(s, p.ends[j - 1], "person", "cue", 0.7, name_key(words)))
                taken = i = j
                continue
        # a transliterated run without a cue
        if (info.foreign or (_weak(info, w, True) and _is_word(p, i + 1))) and not _native_shaped(info, w):
            j = _name_run(p, i, limit=5, uncued="all")
            j = next((t for t in range(i, j) if p.kinds[t] == "word" and translit_prose(p.toks[t], t == i)), j)
            j = next((t for t in range(i, j) if amount_unit(p, t) or amount_unit(p, t + 1)), j)  # 8 مليون جنيه إسترليني
            run_end = j
            j = next((t for t in range(i + 1, j) if p.kinds[t] == "word" and sentence_word(p.toks[t])), j)  # نافاس ضمن
            words = [p.toks[t] for t in range(i, j) if p.kinds[t] == "word"]  # (not شوركت فيك، واكفنا شر)
            infos = [word_info(x) for x in words]
            if j < run_end and len(words) == 1 and not infos[0].foreign:
                words, infos = [], []  # القحطاني باشرت فرق: one Arabic word left before the sentence's word is prose
            strong = sum(1 for x in infos if x.foreign)
            # transliterated syllables are short words, and an uncued name does not carry the conjunction
            first_ok = bool(words) and (infos[0].foreign or len(words[0]) <= 4)  # not a verb or noun glued to the name
            after_nisba = i > 0 and _adjacent(p, i - 1, i) and _nisba(p, i - 1)
            first_ok = first_ok or (after_nisba and 1 <= len(words) <= 3 and len(words[0]) >= 4)
            # (a longer word is a name part when shaped like a transliteration: كاواهارا، فارنبورو)
            short = first_ok and all((len(x) <= (8 if after_nisba else 6) or (word_info(x).foreign and word_info(x).shape >= SHAPE_FOREIGN
                                                                              and len(x) <= 12))
                                     and not (x[0] in "وف" and len(x) >= 5 and not word_info(x).foreign) for x in words)
            tanween_ = any(tanween(p, t) for t in range(i, j) if p.kinds[t] == "word")  # مترفعًا: Arabic
            # سيسدد ديون، تنويع خطط، لتذليل: a future verb or a verbal noun of the form تفعيل is Arabic prose
            tanween_ = tanween_ or (ar and any(
                _future_verb(x[1:] if x[:1] in "وف" and len(x) > 4 else x) or _taf3il(x) for x in words))
            # two long words both foreign and rare (ماوريتسيو بوكيتينو): a foreign person, however long
            long_pair = strong == len(words) == 2 and _given_family(words) and all(
                x.zipf < 3.0 and len(w) <= 10 and w[0] not in "وف" and x.bare == key(w)
                and not key(w).endswith(("تين", "يين", "ون", "ات")) for x, w in zip(infos, words))  # not duals, plurals
            if words and not tanween_ and _before_apposed_office(p, i, j, words, infos):
                # فلورنتينو بيريز رئيس ريال مدريد، بافيتيمبي جوميز مهاجم سوانزي سيتي: an office in apposition
                out.append(Name(p.starts[i], p.ends[j - 1], "person", "translit", 0.6, name_key(words)))
                taken = i = j
                continue
            if words and (short or long_pair) and not tanween_ and (strong >= 2 or (strong and len(words) >= 2 and all(
                    x.foreign or len(w) <= 4 for x, w in zip(infos, words))) or (after_nisba and all(x.zipf < 4.0 and not x.stop and x.bare == key(w) and not w.endswith("ة")
                                     for x, w in zip(infos, words)))):
                prev = p.toks[i - 1] if i else ""
                typ = "person" if len(words) >= 3 or prev in (":", "：") or after_nisba or _given_family(words) \
                    or _shaped_given_family(words) else "place"
                if typ == "place" and j < run_end:
                    i += 1  # إننا أوفينا بكل، اوهام بان جهة: a run the sentence's word cut, no name's shape, is prose
                    continue
                s = p.starts[i]
                # a proclitic on the first word of an uncued name: the span keeps the name only
                if infos[0].foreign and infos[0].bare != key(words[0]) and word_info(infos[0].bare).foreign:
                    s = p.ends[i] - len(infos[0].bare)
                out.append(Name(s, p.ends[j - 1], typ, "translit", 0.6 if strong >= 2 else 0.5, name_key(words)))
                taken = i = j
                continue
        i += 1
    return out


_GIVEN_SURNAME = True

#: a word before بن that opens a nasab though no list of given names has it (لبيد بن ربيعة) is rarer than this
NASAB_GIVEN_ZIPF = 5.0


def _nasab_stop(p, t: int) -> bool:
    """Token t, after the father's name of a nasab, is no part of it: a title or office (سلطان عمان),
    a listed place (عمان), or a word behind a proclitic ب/ل/ك that is not a name (ببعثة)."""
    w, info = p.toks[t], word_info(p.toks[t])
    k = key(w)
    if k in _LINK_BEFORE_NAME or info.cue == "link":
        return False
    if info.cue in ("title", "role") or _listed_place(p, t, anywhere=True):
        return True
    return k[:1] in "بلك" and info.bare != k and not info.foreign and not k.startswith("ال")


def _nasab_opens(p, i: int) -> bool:
    """Token i opens a nasab: an indefinite word without proclitics (no cue, stop word, verb or number
    word) right before بن/بنت and a father's name (a listed given name, a theophoric عبد-, or an
    indefinite word as rare): لبيد بن ربيعة، عمرو بن كلثوم; not مدينة بن جرير (a place cue), not
    ولد بن (a common noun is frequent)."""
    if not (0 <= i + 1 < len(p.kinds) and p.fkeys[i + 1] in ("بن", "بنت")):
        return False  # (the cheap test first: asked for every word)
    if not (_is_word(p, i + 1) and _is_word(p, i + 2) and _adjacent(p, i, i + 1) and _adjacent(p, i + 1, i + 2)):
        return False
    w, info = p.toks[i], word_info(p.toks[i])
    k = key(w)
    if info.cue or info.stop or k.startswith(("ال", "و")) or len(k) < 3 or imperfect_verb(w) \
            or zipf_ar(k) >= NASAB_GIVEN_ZIPF or w.endswith(("اً", "ً")):  # (لبيد is read as ل + بيد: its own form counts)
        return False
    f, fi = p.toks[i + 2], word_info(p.toks[i + 2])
    fk = key(f)
    return fk in load_cues().given or (fk.startswith("عبد") and len(fk) >= 5) or (
        not (fi.cue or fi.stop or fi.conj) and fi.bare == fk and not fk.startswith("ال") and fi.zipf < NASAB_GIVEN_ZIPF)


def _given_after_proclitic(w: str, info, cues) -> str:
    """The given name a word is (محمد) or holds after a proclitic (ومحمد، ورامي، لخالد), else "";
    not a preposition written with ى (وعلى)."""
    k = key(w)
    if k in cues.given:
        return k
    if w.endswith("ى") or k[:1] not in "وبل" or (info.conj and k[:1] != "و"):
        return ""
    if info.bare in cues.given and k.endswith(info.bare):
        return info.bare
    return k[1:] if k[:1] == "و" and k[1:] in cues.given else ""


def _split_theophoric(p, i: int, cues) -> str:
    """Tokens i, i+1 are a listed theophoric given name written in two words (عبد الرحمن، وعبد العزيز):
    its key (عبدالرحمن), else ""."""
    k = p.fkeys[i]
    if k not in ("عبد", "وعبد") or not _is_word(p, i + 1) or not _adjacent(p, i, i + 1):
        return ""
    g = "عبد" + p.fkeys[i + 1]
    attested = p.fkeys[i + 1].startswith("ال") and zipf_ar(g) >= 2.5  # عبد المنعم: the joined form is a written name
    return g if (g in cues.given or attested) and g != "عبد" else ""


def _given_family(words: list[str]) -> bool:
    """Two long transliterated words (اندريس انيستا، فرانسيس بونيتا): a foreign given name and family
    name, not the short syllables of a Vietnamese or Chinese place (باك فان، كوانغ نينه)."""
    return len(words) == 2 and len(key(words[0])) >= 6 and len(key(words[1])) >= 6 \
        and not key(words[0]).startswith("ال") and not key(words[1]).startswith("ال")


def _shaped_given_family(words: list[str]) -> bool:
    """Two transliterated words, a given name of five letters or more and a family name of six or more,
    both shaped like transliterations (شينجي كاواهارا): a person, not a place of short syllables (هوا بينه)."""
    return len(words) == 2 and len(key(words[0])) >= 5 and len(key(words[1])) >= 6 and all(
        word_info(w).foreign and word_info(w).shape >= SHAPE_FOREIGN and not key(w).startswith("ال") for w in words)


#: definite place cues that stand in apposition before a name (إلى العاصمة أوسلو)
_APPOSITIVE_PLACE_CUES = frozenset({"عاصمه"})


def _place_cue_unnamed(p, i: int, end_cue: int, info) -> bool:
    """A place cue that names no place after it: a definite one (المنطقة حشدت، البلدية طرح: *the*
    region is already known; the next word is the sentence going on), except the capital in
    apposition, and a counted one (16 بلدية تستوفي: a number of communes, none named)."""
    if end_cue - i == 1 and info.definite and info.bare not in _APPOSITIVE_PLACE_CUES:
        return True
    return i > 0 and p.kinds[i - 1] == "number"


def paragraph_names(p) -> list[Name]:
    """The names of one paragraph (memoised in ``p.memo``)."""
    got = p.memo.get("names_full")
    if got is None:
        load_cues()
        found = _arabic_names(p) + _latin_names(p)
        got = _with_places(p, found)
        if p.rules == "ar":
            got = trim_openers(p, got)  # فشل لاتسيو، فهم دسيسة: an Arabic word glued before a transliterated run
            got = trim_person_tails(p, got)  # الرئيس حسن روحاني اتفاقا نوويا: prose after a person's name
            got = bracketed_places(p, got)  # أحياء الطائف، وهي (أم السباع، العنود): a list of places in brackets
            got = paragraph_clubs(p, _places_listed_after(p, got))  # زينيت سان بطرسبورغ الروسي: a club
            got = paragraph_fixtures(p, got)  # تفوق النعيرية على الثقبة: the sides of a match result
            got = listed_city_clubs(p, side_list_clubs(p, got))  # الأهلي، الوحدة، ونجران; ناديي الكويت وكاظمة: clubs
            got = paragraph_players(p, got)  # ديميتري بايت واندريه بيار جينياك: players on a sports page
            got = sport_role_people(p, got)  # اللاعب بواتينغ، مهاجمه أوليفييه جيرو: a player after his role word (names59b)
            got = bare_foreign_clubs(p, got)  # قادما من شالكة الألماني: a club by one transliterated word (names59b)
            got = plural_role_players(p, got)  # بالبرازيليين أدواردو وألميدا: players listed after a plural role (names60c)
            got = paragraph_speakers(p, got)  # وقال سرجي لافروف: a transliterated run where only a person stands
            got = translit_people(p, got)  # الحاخام ياكوف بيران، وزوجته بريشيلا تشان: a person's word before the run
            gates = _paragraph_gates(p) | _pass_gates(p)  # (which of the passes below can find anything here: one scan of the word types)
            got = sorted(got + (speakers_before_office(p, got) if gates & _SPEECH else []),
                         key=lambda x: (x.start, x.end))  # وقال اليستير باسكي المتحدث
            got = speech_pairs(p, got) if gates & _SPEECH else got  # وقال علاء شمالي المسؤول: two words a speech slot closes
            got = people_before_offices(p, got) if gates & _APPOSED_OFFICE else got  # مع فيصل البدين المدير الفني: a given name and a name word before an apposed office (names59c)
            got = kunya_people(p, got) if gates & _KUNYA else got  # أبو سنان النجدي, أبي سعيد: a kunya names a person
            got = people_with_ages(p, got)  # كونياكو سايتو (26 عاما): a name before an age in brackets
            got = people_after_nationality(p, got) if gates & _NATIONALITY else got  # والأرجنتيني موراليس: a nationality standing as a noun
            got = people_after_nationality_names(p, got) if gates & _NATIONALITY else got  # عن الإيراني محمد علي طاهري (person50)
            got = paragraph_teams(p, got)  # أمام فريق تورينو بريمافيرا الإيطالي: فريق is a team, not the rank
            got = club_person_tails(p, got)  # مدير الكرة بنادي هجر فؤاد المسلم: the club, then its official (names60c)
            got = quoted_teams(p, got)  # لاعب منتخب "تشيكوسلوفاكيا"، فريق "سان لورنزو": a team quoted after its head (names60c)
            got = paragraph_states(p, got)  # مملكة الدنمارك، الجمهورية اليمنية: a state's formal name
            got = credit_names(p, got)  # الصورة: مينه دوك: a photographer
            got = song_credit_people(p, got) if gates & _CREDIT_LABEL else got  # كلمات: فهد المساعد / ألحان: سهم: a song's credits (person46)
            got = dispatch_writers(p, got)  # جدة ـ نجيب الجداوي: the writer of a dispatch line
            got = opening_writers(p, got)  # بدر الجبل- سبق- تبوك: شهدت ...: the writer of an opening dispatch line
            got = paragraph_markets(p, got)  # سوق دبي، سهم إعمار العقارية: exchanges and listed companies
            got = trim_time_tails(p, got)  # أعلنت وزارة الداخلية اليوم الخميس: the time phrase is no part of the name
            got = unscoped_heads(p, got)  # الجهاز الهضمي، الجهاز الفني: an organ or a team's staff, no body
        if p.rules == "ar":
            got = sorted(got + (_list_people(p, got) if _two_people(got) else []), key=lambda x: (x.start, x.end))
            got = people_after_office_bodies(p, got)  # رئيس بعثة الأمم المتحدة في ليبيا برناردينو ليون
            got = people_after_qualified_offices(p, got) if gates & _OFFICE else got  # المتحدث باسم الحملة نيك ميريل، أمين عام الاتحاد فلان
            got = sorted(got + anchored_people(p, got), key=lambda x: (x.start, x.end))  # هم: العابد الحازمي وناصر الحازمي
            got = sorted(got + coordinated_people(p, got), key=lambda x: (x.start, x.end))  # والمرشدي beside a player
            got = paired_people(p, got)  # كيفن جيمس وجوش جاد: a two-word name glued to و beside a person (names54a)
            got = sorted(got + dual_cue_places(p, got), key=lambda x: (x.start, x.end))  # بلديتي ثانه هونغ وثانه نغي
            got = sorted(got + (dual_cue_pairs(p, got) if gates & _DUAL_CUE else []),
                         key=lambda x: (x.start, x.end))  # قريتي كفريا والفوعة
            got = sorted(got + tribe_places(p, got), key=lambda x: (x.start, x.end))  # في بني مازن (place50)
            got = sorted(got + (gentilic_places(p, got) if gates & _GENTILIC else []), key=lambda x: (x.start, x.end))  # العاصمة الهولندية أمستردام
            got = sorted(got + (region_phrases(p, got) if gates & _REGION else []), key=lambda x: (x.start, x.end))  # القارة الأوروبية، الجنوب اللبناني
            got = syllable_places(p, got) if gates & _SYLLABLE or any(nm.type == "place" for nm in got) else got  # مقاطعة بينه ثوان، ميناء سا هوينه: Vietnamese syllables that are Arabic words
            got = vietnamese_people(p, got)  # هوينه ثي ماي لين، فان فان هاو: a Vietnamese family name, a middle name, syllables
            got = numbered_roads(p, got)  # الطريق الوطني رقم 1A، شارع 60: a road named by its number
            got = dateline_places(p, got)  # سا با (لاوكاي) - 04/02/2025: the place heading a dateline
            got = trim_org_tails(p, got)  # جامعة الملك عبدالعزيز المكلف: the office's adjective ends the name
            got = trim_organs(p, got)  # إدارة نادي الهلال: the club, not its administration
            got = org_abbreviations(p, got)  # رابطة دول جنوب شرقي آسيا (آسيان): the short form in brackets
            got = latin_glosses(p, got)  # وكالة المباحث الفيدرالية (FBI): the Latin name in brackets (org52)
            got = local_governments(p, got)  # حكومة الأنبار المحلية: a region's government (not حكومة الكونغو)
            got = patron_bodies(p, got)  # مؤسسة سالم بن محفوظ الخيرية: a body named after its patron
            got = military_units(p, got)  # اللواء 35، الفرقة 30، اللواء الخامس عشر: a unit named by its number
            got = press_lists(p, got)  # الصحف المصرية وفي مقدمتها "الأهرام" و"الأخبار": each listed paper
            got = quoted_head_names(p, got) if gates & _QUOTED_HEAD else got  # مطعم "بابا جونز"، دورية "لانسيت": a business or journal named in quotes
            got = quoted_subjects(p, got)  # "التأمينات" تبدأ الصرف: a body a headline names in quotes (names59d)
            got = quoted_nationals(p, got)  # و”الشروق” المصرية، "iDNES.cz" التشيكية: a quoted name before its country (names61a)
            got = province_capitals(p, got)  # الرمادي مركز محافظة الأنبار: the seat of a province, no centre
            got = central_banks(p, got)  # وكان المركزي السويسري قد توقف: a central bank by its country (org44)
            got = national_bodies(p, got) if gates & _COUNTRY_ADJ else got  # أوقف الأمن التونسي، الرئاسة الفلسطينية: a state's body by its field (org48)
            got = armed_forces(p, got)  # واصلت القوات المسلحة: a state's armed forces named bare (org49)
            got = leagues_and_regions(p, got)  # دوري عبداللطيف جميل، دوري أبطال أوروبا، المنطقة العسكرية الأولى (org50)
            got = green_teams(p, got)  # أخضر الطائرة: a Saudi national team by its sport (org44)
            got = place_bodies(p, got) if gates & _PLACE_BODY else got  # شركة جدة للتنمية، مدارس الظهران الأهلية: a body named after its town (org46)
            got = facility_bodies(p, got) if gates & _FACILITY else got  # مسجد قوات الطوارئ، ملعب الشرطة: a facility named after its body
            got = cued_list_places(p, got)  # قرى جليجلة وأحد المسارحة ومقاب، أودية قصي وجورى: the items after a plural place cue (names59a)
            got = local_cue_places(p, got)  # وحي الإسكان الأول، قرية جورين، وادي القاضي: a local place after its singular cue (names59a)
            got = district_places(p, got)  # مديرية مشرعة وحدنان، مديرية «لودر»: a Yemeni district, a place (names53o)
            got = regional_forces(p, got)  # قوة جازان، قائد قوة منطقة جازان: a regional force named after its region (names53o)
            got = timezone_places(p, got)  # الساعة 0515 بتوقيت جرينتش: the place a time is told by
            got = people_after_role_plurals(p, got)  # كبير الباحثين آنج كوي: a person, not a place
            got = people_after_office_runs(p, got) if gates & _OFFICE_RUN else got  # رئيس المنظمة علي أكبر صالحي: a run the office's own rule stopped short of (person50)
            got = scorer_people(p, got) if gates & _SCORER else got  # بهدف أحرزه فالير جيرمان: the scorer after a verb of scoring (person50)
            got = honorific_people(p, got) if gates & _HONORIFIC else got  # الملا عمر، عثمان رضي الله عنه: an honorific or a eulogy names a person (person52)
            got = kin_named_people(p, got) if gates & _KIN else got  # ابنته سارة، الطفل عبدالله، اسمه أحمد: a given name after a kinship, child or naming word (names58e)
            got = bare_figures(p, got) if gates & _FIGURE else got  # قوات صالح، الحوثي وصالح، نظام القذافي: a figure by one common word (names55a)
            got = [nm for nm in got if sum(c.isalpha() for c in p.ntext[nm.start:nm.end]) >= 2]  # الصورة: د.ت.: no name of one letter
        p.memo["names_full"] = got
    return got


