"""Session 39 speed: per-type caches and prefilters that leave every answer as it was."""
import re

from arnews.entities.cues import word_info
from arnews.entities.names import _COMMON_ROLES
from arnews.entities.offices import _EXTRA_OFFICES
from arnews.entities.qualified_offices import _IMAM, _office, _office_word
from arnews.normalize import key
from arnews.rhetoric.markers import _markers, _required_literal, find_markers
from arnews.text import make_paragraph

_TEXT = ("قال المتحدث باسم الحملة نيك ميريل إن الرئيس ووزير الخارجية والناطق الرسمي أمام الصحفيين، "
         "وأكد إمام المسجد ومندوبة المملكة لدى الأمم المتحدة أن مهاجم الفريق وزميله سيحضران.")


def _old_office(p, i):
    info = word_info(p.toks[i])
    if info.bare == _IMAM and "إ" not in p.toks[i]:
        return False
    return info.bare not in _COMMON_ROLES and (
        info.cue == "role" or info.bare in _EXTRA_OFFICES or key(p.toks[i]) in _EXTRA_OFFICES)


def test_office_word_is_the_old_per_token_test():
    p = make_paragraph(_TEXT, "ar")
    words = [i for i, kd in enumerate(p.kinds) if kd == "word"]
    assert [_office(p, i) for i in words] == [_old_office(p, i) for i in words]
    assert _office_word("المتحدث") and _office_word("الرئيس") and _office_word("ومندوبة")
    assert not _office_word("أمام") and not _office_word("مهاجم") and not _office_word("الصحفيين")


def test_required_literal_reads_only_what_every_match_holds():
    assert _required_literal(r"(?<!\w)(?:[وف]?[بلك]?)(?:(?<!جبهه )الوطن(?![\u0621-\u064a]))") == "الوطن"
    assert _required_literal(r"(?:س|ص)لام") == "لام"  # the branch is left out
    assert _required_literal(r"ab|cd") == "" and _required_literal(r"a(?:bc)?d") == ""  # cased letters, optional group
    assert _required_literal(r"ف{0,2}ق") == "ق" and _required_literal(r"(?:عد)+ة") == "عد"
    assert _required_literal(r"(?=عد)ع") == "ع"  # an assertion holds nothing


def test_every_marker_regex_match_holds_its_literal():
    texts = ["بناء على ذلك. بناء المدارس كل المواطنين وكل الدول نسبة 100% والوطن الوطن العربي جبهه الوطن",
             "Resolution No. 12, 100 % of them, 12/nq-cp and Directive no. 3"]
    for lang, rows in _markers().regexes.items():
        for rx, _, _ in rows:
            lit = _required_literal(rx.pattern)
            for t in texts:
                for m in rx.finditer(key(t) if lang == "ar" else t):
                    assert lit in m.group(0), (rx.pattern, lit)


def test_markers_found_with_the_prefilter():
    hits = find_markers("وقال إن الوطن يمر بمرحلة، كل الدول تعرف ذلك بنسبة 100% تقريبا.", "ar")
    assert {h.marker for h in hits} >= {"الوطن", "كل ال…"}
    assert find_markers("مرحبا بكم جميعا في المدينة.", "ar") == find_markers("مرحبا بكم جميعا في المدينة.", "ar")
