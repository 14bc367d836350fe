"""Names session 55 (issue 14, local places; helper names59a).

1. The items of a list after a plural place cue (قرى، مراكز; the plural cues of ``local_place_words.csv``: أودية،
   مديريات، جزر، هجر) are places though some are duals, stop words or two-word names (والروضتين، وأحد المسارحة، وذي
   مهنة), a weak item bridged between strong ones (والملح), until a verb, a pronoun-suffixed noun or an accusative
   (وستضم، ومدنها، وامتدادا) (:mod:`arnews.entities.cued_lists`).
2. After a singular local cue (حي، قرية، وادي، هجرة; behind و/ب/ف too) the name phrase is a place though its words are
   common Arabic (حي الإسكان، وادي القاضي), middling (قرية جورين) or open with a prefix (حي باب توما، قرية أم راكة), an
   ordinal or a direction closing it (حي الإسكان الأول، حي الشراع الجنوبي); ``وحي`` only in a list of districts; a
   person found after حي/قرية names the district (حي الإمام محمد بن سعود) (:mod:`arnews.entities.local_places`).

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); the places are
real or invented.  Neighbours that must NOT match: حي the adjective (حي سكني، شاهد حي على، عمل حي ومباشر), وحي
*revelation* (وحي الخيال، وحي الله), هجرة *migration* (هجرة العقول، هجرة أموال), a theme village (قرية التمور), the verb
وأدى written with the key of وادي, a quoted ship's name."""
from __future__ import annotations

from arnews.entities.names import paragraph_names
from arnews.text import make_paragraph


def _names(text: str) -> list[tuple[str, str]]:
    p = make_paragraph(text, "ar")
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


def _places(text: str) -> list[str]:
    return [s for s, t in _names(text) if t == "place"]


def test_common_word_after_a_local_cue_is_a_place():
    assert _places("جرت السيول في وادي القاضي أمس وقطعت الطريق.") == ["القاضي"]
    assert _places("وقعت اشتباكات عنيفة في قرية جورين صباح أمس.") == ["جورين"]
    assert _places("وقع حادث مروري بالقرب من هجرة خريص مساء الخميس.") == ["خريص"]
    assert _places("أغلقت البلدية محلا مخالفا بحي عليشة أمس.") == ["عليشة"]


def test_prefix_ordinal_and_direction_close_the_name():
    assert _places("سقطت قذيفتان على حي باب توما صباح اليوم.") == ["باب توما"]
    assert _places("نقل المصابون من قرية أم راكة إلى المستشفى.") == ["أم راكة"]
    assert _places("وتشمل الأعمال حي المحمدية، وحي الإسكان الأول، وحي الشراع الجنوبي، وحي العاصمة.") == [
        "المحمدية", "الإسكان الأول", "الشراع الجنوبي", "العاصمة"]


def test_a_person_after_the_cue_names_the_district():
    got = _names("افتتح الأمين حديقة في حي الروضة، وأخرى في حي الإمام محمد بن سعود.")
    assert ("الإمام محمد بن سعود", "place") in got
    assert not any(t == "person" for _, t in got)


def test_not_a_place_beside_one():
    """Each neighbour stands beside a real local place that the rule finds (so the test fails without it)."""
    for text, want in (("سقطت مقذوفات على حي سكني، وأصيب اثنان في حي المسبح.", ["المسبح"]),
                       ("هذا شاهد حي على نجاح التجربة في عمل حي ومباشر، أقيم في وادي القاضي.", ["القاضي"]),
                       ("كتب قصيدة من وحي الخيال، وقال إنها وحي الله، وقرأها في حي المسبح.", ["المسبح"]),
                       ("حذر من هجرة العقول وهجرة أموال كبيرة، وزار هجرة خريص.", ["خريص"]),
                       ("ويشهد ركن الخبز في قرية التمور إقبالا، وكان قد أقيم في حي الإسكان.", ["الإسكان"]),
                       ("وأدى الاعتداء إلى تحطم زجاج المباني في قرية جورين.", ["جورين"]),
                       ('استقبل الميناء السفينة "وادي العرب" القادمة من قرية جورين.', ["جورين"])):
        assert _places(text) == want, text


def test_items_after_a_plural_cue_are_places():
    assert _places("تمكنت المقاومة من تطهير قرى جليجلة، وأحد المسارحة، وذي مهنة من المسلحين.") == [
        "جليجلة", "أحد المسارحة", "ذي مهنة"]
    assert _places("يشكو سكان مراكز الخشيبي والروضتين ونفجة من انقطاع الكهرباء.") == ["الخشيبي", "الروضتين", "نفجة"]
    assert _places("وسالت أودية قصي وجورى والملح وتعشر بعد الأمطار.") == ["قصي", "جورى", "الملح", "تعشر"]
    assert _places("وأعلنت المقاومة سيطرتها على مديريات قعطبة ودمت ومريس بالكامل.") == ["قعطبة", "دمت", "مريس"]


def test_a_plural_cue_list_ends_at_prose():
    assert _places("وصلت الجثث إلى مديريات عنس وآنس، وأضافوا أن العدد بلغ سبعين.") == ["عنس", "آنس"]
    assert _places("وتشمل الخطة مديريات قعطبة ودمت، وستضم مواقع أخرى.") == ["قعطبة", "دمت"]
    assert _places("ووصلت المساعدات إلى قرى سيعة ومحزف، وامتدادا إلى الساحل.") == ["سيعة", "محزف"]
