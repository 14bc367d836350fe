"""Session 49, names53o (issue 14): a district named after مديرية is a place (entities.district_places)."""
import pytest

from arnews.entities.names import paragraph_names
from arnews.text import make_paragraph


def _names(text):
    p = make_paragraph(text, "ar")
    return [(p.norm.text[n.start:n.end], n.type) for n in paragraph_names(p)]


@pytest.mark.parametrize("text, place", [
    ("وتقدمت قوات المقاومة الشعبية في مديرية مشرعة وحدنان بعد اشتباكات عنيفة", "مديرية مشرعة وحدنان"),
    ("وأحكمت المقاومة سيطرتها على مديرية «حيفان» في ساعة متأخرة", "حيفان"),
    ("وسقط عدد من المسلحين في مديرية حزم العدين بمحافظة إب", "مديرية حزم العدين"),
    ("واستهدف القصف مواقع في مديرية الدريهمي جنوب الحديدة", "مديرية الدريهمي"),
    ("ودارت مواجهات في مديرية أرحب الواقعة شمال العاصمة", "مديرية أرحب"),
    ("ووصلت التعزيزات إلى مديرية لودر الاستراتيجية في أبين", "مديرية لودر"),
    ("ونزح السكان من مديرية غيل باوزير التابعة للمحافظة", "مديرية غيل باوزير"),
])
def test_district_is_a_place(text, place):
    got = _names(text)
    assert (place, "place") in got
    assert not any(t == "organisation" and place in s for s, t in got)


@pytest.mark.parametrize("text, org", [
    ("وأعلنت مديرية الدفاع المدني في جازان رفع درجة الاستعداد", "مديرية الدفاع المدني"),
    ("وقالت مديرية أمن الإسكندرية إن المتهم سلم نفسه", "مديرية أمن الإسكندرية"),
    ("وأوضحت مديرية الشؤون الصحية أن الحالات مستقرة", "مديرية الشؤون الصحية"),
    ("وأكدت المديرية العامة للجوازات تمديد ساعات العمل", "المديرية العامة للجوازات"),
    ("وتعاقدت مديرية الجمارك مع شركة جديدة", "مديرية الجمارك"),
])
def test_directorate_stays_an_organisation(text, org):
    got = _names(text)
    assert (org, "organisation") in got
    assert not any(t == "place" and s.startswith(org.split()[0]) for s, t in got)


def test_preposition_and_place_is_no_district():
    # بإب: *in* Ibb, the word after مديرية is the province with its preposition
    got = _names("وقتل ثلاثة مسلحين في مديرية بإب أمس")
    assert not any(t == "place" and s.startswith("مديرية") for s, t in got)


# a Saudi regional force named after its region (entities.regional_forces)
@pytest.mark.parametrize("text, org", [
    ("وزار وفد من الوزارة مقر قيادة قوة نجران أمس", "قوة نجران"),
    ("واستقبله قائد قوة منطقة جازان اللواء الركن فلان", "قوة منطقة جازان"),
    ("وشارك ضباط الشؤون الدينية بقوة عسير في الدورة", "قوة عسير"),
])
def test_regional_force_is_one_organisation(text, org):
    got = _names(text)
    assert (org, "organisation") in got
    assert not any(t == "place" for s, t in got)


@pytest.mark.parametrize("text, place", [
    ("وقال المحلل إن قوة إيران في المنطقة تتراجع", "إيران"),  # a state's strength
    ("وأشار إلى قوة الصين الاقتصادية المتنامية", "الصين"),
    ("وتحدث عن قوة مصر الإقليمية", "مصر"),
])
def test_strength_of_a_state_is_no_force(text, place):
    got = _names(text)
    assert (place, "place") in got
    assert not any(t == "organisation" and s.startswith("قوة") for s, t in got)
