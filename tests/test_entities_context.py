"""A curated (Vietnamese) gazetteer entry that is a common noun is claimed only in an article
about its own world (issue 14).  Texts written here, in the style of the seeds and of Saudi news."""
from __future__ import annotations

import pandas as pd

from arnews.entities import entities_table


def _ents(paragraphs: list[tuple[str, str]]) -> pd.DataFrame:
    """Entities of one article given as ``(role, text)`` blocks."""
    P = pd.DataFrame({"article_id": "a", "paragraph": range(len(paragraphs)),
                      "role": [r for r, _ in paragraphs], "text": [t for _, t in paragraphs]})
    return entities_table(P, pd.DataFrame({"article_id": ["a"], "language": ["ar"]}))


def test_a_column_naming_the_vietnam_war_once_is_not_about_vietnam():
    e = _ents([("title", "الإرهاب المستورد يستهدف أمننا"),
               ("body", "يشبّه بعض المحللين حرب اليمن بحرب فيتنام في ستينيات القرن الماضي، وهذا وهم."),
               ("body", "فالهجوم الأخير استهدف المؤسسة الأمنية للدولة في منطقة عسير."),
               ("body", "ولا بد من استمرار جهود أجهزة الدولة على جميع المستويات.")])
    assert "vietnam" in set(e.entity_id)  # the country is named, and found
    assert "state" not in set(e.entity_id)  # but الدولة here is the Saudi state


def test_an_article_about_vietnam_claims_the_state():
    e = _ents([("title", "فيتنام تعزز الصادرات الزراعية"),
               ("body", "أكدت الحكومة أن سياسات الدولة تدعم المزارعين في فيتنام.")])
    assert "state" in set(e.entity_id)


def test_a_province_named_once_is_enough_context():
    # a specific entry (a province), not only the country's name
    e = _ents([("title", "تسريع التعافي بعد الفيضانات"),
               ("body", "عقدت اللجنة الشعبية لمقاطعة كوانغ نينه اجتماعا لمراجعة الأضرار."),
               ("body", "وطالب المشاركون بتنفيذ سياسات الدولة بشأن دعم الأسر المتضررة."),
               ("body", "وقدمت البلديات تقاريرها."), ("body", "واختتم الاجتماع أعماله.")])
    assert {"quang_ninh", "state"} <= set(e.entity_id)


def test_a_common_noun_alias_with_a_complement_of_its_own_is_another_body():
    e = _ents([("title", "مصرع 22 شخصا جراء الفيضانات في فيتنام"),
               ("body", "وأوضحت اللجنة المركزية لمراقبة الفيضانات والعواصف في فيتنام أن 17 من الضحايا من إقليم كوانج نينه."),
               ("body", "وقال عضو اللجنة المركزية للحزب إن الحكومة خصصت مساعدات عاجلة.")])
    cc = e[e.entity_id == "party_central_committee"]
    assert list(cc.surface) == ["اللجنة المركزية للحزب"]  # the flood committee is not the Party's


def test_a_country_whose_name_is_a_common_adjective_needs_a_preposition():
    from arnews.entities import find_names

    assert find_names("قدمت الجمعية دعما ماليا ومبلغ مالي كبير للأسر").empty  # مالي: financial
    got = find_names("تصاعدت الهجمات في مالي وتشاد خلال الشهر")
    assert ("مالي", "place") in set(zip(got.surface, got.type))


def test_a_city_name_inside_a_transliterated_name_does_not_cut_it():
    from arnews.entities import find_names

    got = find_names("وقال الرفيق دو ترونغ هيو، نائب رئيس اللجنة الشعبية، إن المدينة")
    assert ("دو ترونغ هيو", "person") in set(zip(got.surface, got.type))  # Đỗ Trọng Hiếu, not a man in Huế
    got = find_names("بعث الملك سلمان برقية إلى رئيس سويسرا")
    assert ("سويسرا", "place") in set(zip(got.surface, got.type))


def test_an_office_right_after_a_title_is_no_name():
    from arnews.entities import find_names

    got = find_names("هنأ الملك سلمان بن عبدالعزيز، وسمو ولي عهده الأمين، وسمو ولي ولي العهد، الفائزين")
    assert list(got.surface) == ["سلمان بن عبدالعزيز"]  # ولي (crown) is never a name
    got = find_names("استقبل سمو ولي العهد الأمير محمد بن نايف، أمس")
    assert list(got.surface) == ["محمد بن نايف"]


def test_a_dateline_names_its_place_and_agency_but_no_person():
    """The dateline counts (ENTITY_GUIDE: ``الرياض - واس``: place and agency); it never makes a
    person (the seeds' dateline ``Việt NamViệt Nam01/01/2025``), and a byline stays unread."""
    import pandas as pd

    from arnews.entities import entities_table

    df = pd.DataFrame([
        dict(article_id="a", paragraph=1, role="dateline", text="هاو جيانغ – 18/09/2025"),
        dict(article_id="b", paragraph=1, role="dateline", text="الرياض - واس"),
        dict(article_id="c", paragraph=1, role="dateline", text="Việt NamViệt Nam01/01/2025"),
        dict(article_id="d", paragraph=1, role="byline", text="بقلم: نغوين فان آن"),
    ])
    got = {(r.article_id, r.surface, r.type) for r in entities_table(df).itertuples()}
    assert ("a", "هاو جيانغ", "place") in got
    assert ("b", "الرياض", "place") in got and ("b", "واس", "organisation") in got
    assert not [g for g in got if g[0] in ("c", "d")]


def test_a_two_letter_word_is_no_later_mention_of_a_name():
    """A rare family name recurs later in the article under other spellings, but the loose
    spelling match of a two-letter word (طن, a ton) is nobody."""
    from arnews.entities import find_names

    text = ("أكد الرفيق لام فان تيين أن الإنتاج بلغ 60 طن في الموسم. "
            "وأضاف تيين أن كل طن من الأرز يباع بسعر جيد.")
    df = find_names(text)
    assert "لام فان تيين" in set(df.surface)
    assert "طن" not in set(df.surface)


def test_a_family_name_made_of_a_given_name_closes_a_name():
    """A Gulf family name is often a given name with the article (السليمان, الفيصل): after a given
    name it closes a person's name with no cue."""
    from arnews.entities import find_names

    assert "محمد السليمان" in set(find_names("وأكد محمد السليمان أن الفريق جاهز للموسم.").surface)
    assert not (find_names("وقال إن الجمعية العمومية أقرت الميزانية.").type == "person").any()


def test_a_verb_in_the_future_after_an_office_names_nobody():
    """الرئيس سيزور: an office followed by a future verb is no person; names that begin with the
    same letters stay names (سيباستيان، ستيفن، سيف)."""
    from arnews.entities import find_names

    assert find_names("وقال المتحدث إن الرئيس سيزور المنطقة الأسبوع المقبل.").query("type == 'person'").empty
    got = set(find_names("وقال الرئيس سيباستيان بينيرا إن الوضع مستقر، وأعلن الوزير سيف بن زايد أن الحملة مستمرة.").surface)
    assert {"سيباستيان بينيرا", "سيف بن زايد"} <= got


def test_a_generic_entry_before_another_countrys_adjective_is_not_claimed():
    """In an article that does mention Vietnam (an ASEAN report), ``رئيس الوزراء الماليزي`` is
    Malaysia's Prime Minister, not the gazetteer's; the Vietnamese adjective or none keeps the claim."""
    from arnews.entities.table import paragraph_entities
    from arnews.text.paragraph import make_paragraph

    def claimed(text):
        return [r[2] for r in paragraph_entities(make_paragraph(text, "ar"), in_context=True) if r[5] == "gazetteer"]

    assert "prime_minister" not in claimed("وقال رئيس الوزراء الماليزي إن فيتنام شريك مهم")
    assert "state" not in claimed("وهذا يرتب أعباء على ميزانية الدولة اللبنانية وفق تقرير عن فيتنام")
    assert "prime_minister" in claimed("وقال رئيس الوزراء الفيتنامي إن البلاد تنمو")
    assert "prime_minister" in claimed("وقال رئيس الوزراء إن فيتنام تنمو")
