"""Session 39, lead: three false people found on snn2000 (written here in the style of the articles).

- a price after a player (اللاعب مقابل خمسة ملايين): a cardinal or scale word is no name word;
- the currency of an amount (مليون جنيه إسترليني لكل لاعب) is no transliterated name;
- أمام 'in front of' is not the role إمام 'imam';
- a role followed by a phrase of ordinary words that ends without the article (وزير التعليم تعديل
  إجراءات) is no name; family names that are rarer or definite stay names.
"""
from name_checks import names


def people(text):
    return [s for s, t in names(text) if t == "person"]


def test_price_after_a_player_is_no_person():
    assert people("وانتقل اللاعب مقابل خمسة ملايين يورو إلى النادي الإنجليزي.") == []
    assert people("وكان سعر اللاعب قد جاوز حاجز الأربعة ملايين جنيه إسترليني في الموسم الماضي.") == []


def test_player_names_stay():
    assert people("وقال اللاعب ياسر القحطاني إن الفريق جاهز.") == ["ياسر القحطاني"]
    assert people("وقال المدرب جاري مونك إن فريقه سيقاتل.") == ["جاري مونك"]


def test_currency_of_an_amount_is_no_name():
    text = ("بلغت قيمة لاعبي الهلال 12 مليون جنيه إسترليني، فيما بلغت قيمة لاعبي فريق النصر 8 مليون جنه "
            "إسترليني، وبلغت قيمة الحارس 420 ألف جنيه إسترليني لكل لاعب.")
    assert not [s for s, t in names(text) if "إسترليني" in s]
    assert not [s for s, t in names("فعلى عقار ثمنه خمسة ملايين إسترليني سوف يدفع المشتري ضريبة.") if "إسترليني" in s]


def test_a_vietnamese_syllable_shaped_like_a_currency_stays():
    assert people("وقال الرفيق نجوين فان دونغ رئيس اللجنة الشعبية للمقاطعة.") == ["نجوين فان دونغ"]


def test_in_front_of_is_no_imam():
    assert people("فمن يحارب فصيلاً معيناً سيجد نفسه أمام طرف إقليمي يدعم الطرف الآخر.") == []
    assert people("خاض الفريق خمس مواجهات ودية أمام فرق قوية في معسكره الخارجي.") == []
    assert people("وأمّ المصلين إمام الحرم المكي الشيخ عبدالرحمن السديس.") == ["عبدالرحمن السديس"]


def test_role_before_an_ordinary_phrase_is_no_name():
    assert people("واعتمد معالي وزير التعليم تعديل إجراءات التقديم على التقاعد المبكر.") == []
    assert people("ووجه رئيس البعثة رسالة شديدة اللهجة إلى قائد الشرطة.") == []
    assert people("وأكد المدير العام أصدر تعليمات بتجهيز ثلاث فرق.") == []


def test_family_names_after_a_role_stay():
    assert people("وقال الرئيس العراقي السابق جلال طالباني أمس إن الحوار مستمر.") == ["جلال طالباني"]
    assert people("تقدمها البروفيسورة أمل العبادي ضمن برنامج المهرجان.") == ["أمل العبادي"]


def test_names_of_ordinary_words_not_shaped_like_native_vocabulary_stay():
    assert people("أعلن رائد الفضاء الأميركي سكوت كيلي، أمس، عزمه تحضير طبق من الخضراوات.") == ["سكوت كيلي"]
    assert people("التقى رئيس مجلس الوزراء اللبناني تمام سلام في بيروت اليوم.") == ["تمام سلام"]
    assert people("وقال الرئيس الأفغاني أشرف غني إن المحادثات مستمرة.") == ["أشرف غني"]


def test_team_after_an_indefinite_fariq_on_a_sports_page():
    # (أمام read as the imam made a person of فريق X, which teams.py turned into the team; now the team is read directly)
    text = "وفاز المنتخب السعودي لكرة اليد في مباراته الودية ضد فريق بورتيمونينسي البرتغالي بنتيجة 24/23."
    assert ("بورتيمونينسي", "organisation") in names(text)
    assert names("وقال المدرب إن فريق العمل سيجتمع بعد المباراة.") == []
    assert names("يرافقها فريق إغاثي من المركز لتوزيع المساعدات على المتضررين من الفيضانات، بعد المباراة.") == []


def test_team_after_against_fariq_not_shaped_like_arabic():
    text = "خاض المنتخب ثلاث مباريات ودية كانت الأولى أمام فريق قرطبة التركي وثاني اللقاءات أمام فريق كون جاك في المعسكر."
    assert ("كون جاك", "organisation") in names(text)
    assert names("وخسر الفريق أمام فريق قوي في المباراة الودية.") == []


def test_learned_mentions_carry_the_glossary_name_of_an_organisation():
    from name_checks import learned_of

    texts = {f"c{i}": ["أخبار اليوم", f"قالت جماعة الحوثيين في بيان رقم {i} إنها سيطرت على مواقع جديدة في المحافظة."]
             for i in range(6)}
    texts.update({f"b{i}": ["غارات جديدة", f"استهدفت الغارات مواقع الحوثيين في صنعاء أمس، وقال مسؤول إن الحوثيين "
                                          f"تراجعوا عن {i} مواقع."] for i in range(4)})
    _, names_, mentions = learned_of(texts)
    assert "الحوثيين" in set(names_.loc[names_.status == "learned", "name"])
    bare = mentions[mentions.surface == "الحوثيين"]
    assert len(bare) == 8 and set(bare.name_en) == {"Houthis"}


def test_an_ordinary_word_gives_an_organisation_no_english_name():
    from arnews.entities.table import organisation_name_en

    assert organisation_name_en("النصر") == "Al-Nassr"  # 'the victory; Al-Nassr (club)': the club sense
    assert organisation_name_en("الاتفاق") == ""  # 'the agreement' names no body
