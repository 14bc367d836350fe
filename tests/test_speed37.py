"""Session 37 speed: per-word prefilters and caches that leave every answer as it was."""
import math

from arnews import frequency as F
from arnews.entities import family_pairs as FP
from arnews.entities import find_names
from arnews.entities.cuewords import NOT_SPEECH, dual_place_cue, speech_verb, speech_word
from arnews.normalize import key

_WORDS = ("شينا وارنر وقالت الون موسك وأضاف محمد الهاشمي بلديتي منطقتين القريتين وأكد وبين بينت قال فقالت "
          "أودو شتاينباخ الرئيس وزارة والأرجنتيني حكومة لحكومة إقليم المحلية نغوين فان آن هو تشي منه").split()


def test_may_open_holds_whenever_a_pair_may_start():
    for a in _WORDS:
        for b in _WORDS:
            if FP._given_like(a, b):
                assert FP._may_open(a), (a, b)
    assert FP._may_open("محمد")  # a listed given name
    assert not FP._may_open("الرئيس")  # definite: never the first word of a pair


def test_speech_word_is_the_old_test_of_the_word_before():
    for w in _WORDS:
        k = key(w)
        bare = k[1:] if k[:1] in "وف" else k
        old = speech_verb(w) and k not in NOT_SPEECH and bare not in NOT_SPEECH
        assert speech_word(w) == old, w
    assert speech_word("وأكد") and not speech_word("وبين")


def test_dual_place_cue_cached_answers():
    assert dual_place_cue("بلديتي") and dual_place_cue("منطقتين")
    assert not dual_place_cue("وزارة")


def test_zipf_of_an_absent_word_is_the_minimum():
    def old(word):
        f = max(F._ar_freqs().get(word, 0.0), 1e-9)
        return round(math.log10(round(f, math.floor(-math.log(f, 10)) + 3)) + 9, 2)

    for w in _WORDS + ["زززززز", "وبالمدينةه"]:
        w = key(w)
        if F._AR_LETTERS.fullmatch(w):
            assert F.zipf_ar.__wrapped__(w) == old(w), w
    assert F._ZIPF_MIN == 0.0


def test_names_of_the_touched_passes_still_found():
    got = find_names("وأعلنت حكومة إقليم كردستان المحلية خطة جديدة. ووصل الوفد إلى قريتي كفريا والفوعة.")
    surfaces = set(got["surface"])
    assert "حكومة إقليم كردستان المحلية" in surfaces  # local_governments
    assert {"كفريا", "الفوعة"} <= surfaces  # dual_cue_pairs
    assert not set(find_names("وأعلنت الحكومة خطة جديدة.")["surface"]) & {"الحكومة"}
