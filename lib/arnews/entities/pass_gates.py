"""Per-word-type gates of three name passes (speed46), read from each pass's own per-token test: a paragraph
none of whose word types passes a pass's gate is not given to that pass (``names._paragraph_gates``), whose
per-token loop would find nothing there.

* :func:`qualified_office_word`: the first test of ``qualified_offices.people_after_qualified_offices`` (an
  office word, ``_office_word``, that is no person noun);
* :func:`region_word`: the first test of ``apposed_places.region_phrases`` (a definite direction or continent,
  its ``_DIRECTIONS``/``_CONTINENT``);
* :func:`gentilic_cue_word`: the per-word part of the first test of ``apposed_places.gentilic_places`` (a place
  cue, no judiciary word).

Each is a necessary condition of the pass adding anything (``tests/test_speed46.py`` holds them to it).

speed55: eleven more passes, each gated by the per-word test it already runs before its token loop (the pass returns
its input when no word of the paragraph passes it), here asked in the one scan of the paragraph's ``(word, key)``
types (``names._word_gates``) instead of in a scan of its own or a loop over every token:

* :func:`office_run_word`: ``office_runs.office_tokens`` (an office word; ``people_after_office_runs`` needs one);
* :func:`scorer_word`: ``scorer_names._scorer_word`` (a verb of scoring; ``scorer_people``);
* :func:`place_body_head`: ``place_bodies._word_head`` (an indefinite organisation head; ``place_bodies``);
* :func:`honorific_word`: ``honorific_people``'s own test (a title or the first word of a eulogy);
* :func:`facility_word`: ``facility_bodies._facility_len`` (a facility word; ``facility_bodies``);
* :func:`figure_word`: a word of ``bare_figures.csv``, bare or behind و (``bare_figures``);
* :func:`quoted_head_word`: ``quoted_heads._is_head`` (a head of ``quoted_heads.csv``; ``quoted_head_names``);
* :func:`country_adjective_word`: ``national_bodies._country_adjective`` for either kind (the definite adjective of
  a country: the word after the field noun that the pass needs; that word is a word token, the noun may be any);
* :func:`kunya_word`: ``kunya_people``'s heads (أبو/أبي/أبا/أم) and glued kunyas (أبوبكر: ابو + three letters or more);
* :func:`credit_label_word`: ``song_credits._label`` (a credit label: كلمات، ألحان, bare or behind و);
* :func:`syllable_word`: ``syllable_places._word_head`` (a place cue or facility word that opens a run of syllables;
  the pass's other way in, a list glued by و after a place found, is opened in ``names.paragraph_names`` by a place
  in the names found so far: a word test there, ``_syllable`` of every word behind و, cost more than it saved).

``tests/test_speed55.py`` holds each to its pass.

speed58: two more passes whose own scan of the paragraph's word types cost more than the per-type gate bit:

* :func:`kin_word`: ``kin_names._cue_kind`` of the word's key (a kinship, child or naming word, bare or behind و;
  ``kin_named_people``);
* :func:`apposed_office_word`: ``apposed_people._has_office``'s test (a word whose cue is an office, ``role``;
  ``people_before_offices``).

``tests/test_speed58.py`` holds them to their passes."""
from __future__ import annotations

from . import apposed_places as _ap
from . import bare_figures as _bf
from . import facility_bodies as _fb
from . import honorifics as _hn
from . import kin_names as _kn
from . import kunyas as _ku
from . import national_bodies as _nb
from . import office_runs as _or
from . import place_bodies as _pb
from . import qualified_offices as _qo
from . import quoted_heads as _qh
from . import scorer_names as _sc
from . import song_credits as _sg
from . import syllable_places as _sp
from ..lexicons import lexicon_cache
from ..normalize import key as _key
from .cues import load_cues, word_info
from .person_nouns import person_nouns
from .place_cues import judiciary
from .proclitics import proclitics

__all__ = ["qualified_office_word", "region_word", "gentilic_cue_word", "office_run_word", "scorer_word",
           "place_body_head", "honorific_word", "facility_word", "figure_word", "quoted_head_word", "syllable_word",
           "country_adjective_word", "kunya_word", "credit_label_word", "kin_word", "apposed_office_word"]


def qualified_office_word(w: str) -> bool:
    """Word ``w`` may open a person after an office and its qualifiers."""
    return _qo._office_word(w) and word_info(w).bare not in person_nouns()


def region_word(w: str) -> bool:
    """Word ``w`` is a definite direction or continent (الشمال، القارة، للجنوب) that may open a region phrase."""
    info = word_info(w)
    bare = info.bare[2:] if info.bare.startswith("ال") else info.bare
    return bool(info.definite or info.bare != bare) and (bare in _ap._DIRECTIONS or bare == _ap._CONTINENT)


def gentilic_cue_word(w: str) -> bool:
    """Word ``w`` is a place cue (no judiciary word) that may stand before a nationality adjective."""
    return word_info(w).cue == "place" and not judiciary(w)


# --- speed55: word ``w`` with key ``k`` (``p.fkeys`` of its token) may open what the pass adds ---------------------


def office_run_word(w: str, k: str) -> bool:
    """An office word (``office_runs.office_tokens``: the only tokens a run may follow)."""
    return _or._office_word(w, k)


def scorer_word(w: str, k: str) -> bool:
    """A verb of scoring (``scorer_people``'s own gate)."""
    _sc.scorer_verbs()
    return _sc._scorer_word(w)


def place_body_head(w: str, k: str) -> bool:
    """An indefinite organisation head (``place_bodies``' own gate).

    speed57: ``_word_head`` is asked only when some proclitic reading ``b`` of ``k`` (its own test: three letters or
    more) is one of ``place_body_heads`` or an ``org`` cue key; without one it returns nothing, and its
    ``word_info`` of every proclitic reading (a new word type each: وبمجلس -> بمجلس, مجلس) is not computed.  (Its
    other way in, ``info.cue == "org" and info.bare == b``, needs ``load_cues().kind[b] == "org"``: ``word_info``
    takes a cue only from the kind of the key it makes its ``bare``.)"""
    extra = _pb.place_body_heads()
    if k.startswith(("ال", "لل", "وال", "بال", "فال")):
        return False
    kinds = load_cues().kind
    for c in proclitics("conj_prep_longest"):  # (place_bodies._word_head's own set)
        if k.startswith(c):
            b = k[len(c):]
            if len(b) >= 3 and (b in extra or kinds.get(b) == "org"):
                return bool(_pb._word_head(w, k)[0])
    return False


@lexicon_cache(maxsize=2)
def _honorific_gate() -> tuple[dict, frozenset]:
    """The titles of ``honorific_words.csv`` and the first word keys of its eulogies, as one set (speed56: the gate
    asked ``any(e[0] == kw for e in eulogies)``, a loop over every eulogy per word type)."""
    titles, eulogies = _hn.honorific_words()
    return titles, frozenset(e[0] for e in eulogies)


def honorific_word(w: str, k: str) -> bool:
    """A title (bare or behind a proclitic) or the first word of a eulogy (``honorific_people``'s own gate)."""
    titles, eulogy_firsts = _honorific_gate()
    kw = _key(w)
    return bool(_hn._title_at(kw, titles)) or kw in eulogy_firsts


@lexicon_cache(maxsize=2)
def _facility_keys() -> frozenset:
    """Every proclitic of the set ``facility_body`` (``proclitic_sets.csv``) glued to every facility word
    (``facility_bodies._heads``): ``k`` is in it exactly when ``facility_bodies._facility_len(k)`` is not 0 (speed57:
    one set look-up per word type instead of six ``startswith`` and slices).  None when the empty key is a facility
    word (then a proclitic alone could stop ``_head_len`` at 0 before a longer match: the slow path decides)."""
    heads = _fb._heads()
    if "" in heads:
        return None
    return frozenset(c + h for c in proclitics("facility_body") for h in heads)


def facility_word(w: str, k: str) -> bool:
    """A facility word behind its proclitics (``facility_bodies``: the tokens it starts at)."""
    keys = _facility_keys()
    return k in keys if keys is not None else bool(_fb._facility_len(k))


def figure_word(w: str, k: str) -> bool:
    """A word of ``bare_figures.csv``, bare or behind و (``bare_figures``: the tokens it starts at)."""
    figures = _bf.bare_figure_words()
    return k in figures or (k[:1] == "و" and len(k) > 3 and k[1:] in figures)


@lexicon_cache(maxsize=2)
def _quoted_head_keys() -> frozenset:
    """Every proclitic of the set ``quoted_head`` (``proclitic_sets.csv``) glued to every head of ``quoted_heads.csv``: ``k`` is in it
    exactly when ``quoted_heads._is_head(k)`` (some proclitic opens ``k`` and the rest is a head; speed56: one set
    look-up per word type instead of thirteen ``startswith`` and slices)."""
    heads = _qh.quoted_heads()
    return frozenset(c + h for c in proclitics("quoted_head") for h in heads)


def quoted_head_word(w: str, k: str) -> bool:
    """A head of ``quoted_heads.csv`` (``quoted_head_names``: the tokens it starts at)."""
    return k in _quoted_head_keys()


def syllable_word(w: str, k: str) -> bool:
    """A place cue or facility word that opens a run of syllables (``syllable_places``' own gate of its runs; its
    lists after a place and its split lists need a place found)."""
    _sp.vietnamese_words()
    return bool(_sp._word_head(w, k))


def country_adjective_word(w: str, k: str) -> bool:
    """A definite adjective of a country, masculine or feminine (``national_bodies``: the word after its field)."""
    kw = _key(w)  # (speed56: _country_adjective's own first test, the article, asked before the call; one key)
    return kw.startswith("ال") and _nb._country_adjective(w, "fem" if kw.endswith("يه") else "masc")


def kunya_word(w: str, k: str) -> bool:
    """أبو/أبي/أبا/أم, or ابو glued to a word of three letters or more (``kunya_people``: the tokens it starts at)."""
    return k in _ku._FATHER or k == _ku._MOTHER or (k.startswith("ابو") and len(k) >= 6)


def credit_label_word(w: str, k: str) -> bool:
    """A label of ``song_credit_words.csv``, bare or behind و (``song_credit_people``'s own gate)."""
    return bool(_sg._label(k, _sg.credit_words()))


def kin_word(w: str, k: str) -> bool:
    """A word of ``kin_cues.csv``, bare or behind و (``kin_named_people``'s own gate, of the word's key)."""
    return bool(_kn._cue_kind(_key(w), _kn.kin_cues()))


def apposed_office_word(w: str, k: str) -> bool:
    """A word whose cue is an office (``role``): ``people_before_offices``'s own gate (``apposed_people._has_office``)."""
    return word_info(w).cue == "role"
