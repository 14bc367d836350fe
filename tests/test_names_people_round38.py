"""Names round 38 (issue 14, people): a speaker between a verb of saying and his office in apposition.

Every sentence here is written for these tests in the style of Arabic news (none copied from a corpus); the
people are invented.  Each rule comes with neighbours that must NOT match: a given name alone, an ordinary or
merely rare word after the verb, a word with tanween, the office itself after the verb."""
from __future__ import annotations

from name_checks import names


def people(text):
    return [s for s, t in names(text) if t == "person"]


# --- a speaker between a speech verb and an apposed office (apposed_speakers.py) ---

def test_a_foreign_speaker_before_his_office_is_a_person():
    assert people("وقال دوريان فالسكي المتحدث باسم وزارة الخارجية إن المحادثات ستستأنف.") == ["دوريان فالسكي"]
    assert people("وأكد بيرغوف، الناطق باسم الشرطة المحلية، أن التحقيق مستمر.") == ["بيرغوف"]
    assert people("وأوضح كارلو ماتيوتسي محلل الأسواق في المصرف أن الأسعار ستتراجع.") == ["كارلو ماتيوتسي"]


def test_a_family_name_after_a_given_name_before_an_office():
    assert people("وأضاف سعيد الدبيخي المتحدث الرسمي للهيئة أن الفرق باشرت عملها.") == ["سعيد الدبيخي"]


def test_no_speaker_where_no_name_stands_between_verb_and_office():
    assert people("وقال محمد المتحدث باسم الجمعية إن البرنامج يبدأ غدا.") == []
    assert people("وقال المتحدث الرسمي باسم الشرطة إن الحادث وقع فجرا.") == []
    assert people("وقال مصدر مسؤول في الوزارة إن القرار نهائي.") == []
    assert people("فيما أعلنت تسديدة اللاعب الهدف الثاني في الدقيقة الأخيرة.") == []
    assert people("وأضاف مخاطباً رئيس الوزراء أن الحوار هو الحل.") == []


# --- given names the list lacked (entity_cues.csv kind given / foreign_given) ---

def test_new_given_names_open_a_name_after_a_common_role():
    assert people("وقال المهاجم أمجد راضي إن الفريق جاهز للمباراة.") == ["أمجد راضي"]
    assert people("وأكد المحلل سفيان الهادي أن الأسعار ستتراجع.") == ["سفيان الهادي"]


def test_the_noun_adib_is_no_given_name():
    assert people("وقدم الشاعر وأديب هندي قصيدة في الأمسية.") == []
    assert people("ويعد الأديب الراحل من رواد القصة.") == []


# --- a kunya names a person (kunyas.py) ---

def test_a_kunya_with_a_family_name_or_a_given_name_is_a_person():
    assert people("وقال التنظيم إن المنفذ يحمل الاسم الحركي أبو هلال الحجازي وهو من المطلوبين.") == ["أبو هلال الحجازي"]
    assert people("وزار الوفد المريض للاطمئنان على صحة أبي خالد في المستشفى.") == ["أبي خالد"]


def test_a_kunya_is_kept_on_the_name_after_it():
    assert people("وقال أبو محمد الشمراني إن الجمعية بدأت التوزيع.") == ["أبو محمد الشمراني"]


def test_no_kunya_where_um_is_or_or_a_street_is_named():
    assert people("هل يحسم الفريق اللقب أم يعود الهلاليون إلى المنافسة؟") == []
    assert people("هل يعتبر شهيد الوطن أم شهيد الطريق الطويل؟") == []
    assert "أبي فراس الحمداني" not in people("ويمتد المشروع حتى شارع أبي فراس الحمداني شمالا.")
    assert people("وصل الوفد إلى أبو ظبي أمس.") == []
