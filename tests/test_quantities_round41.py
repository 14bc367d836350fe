"""Golden tests for quantities, round 41 of issue 13 (branch q41): error classes pooled over the
development sets blind19-36 (both readers) and pages19-22, chosen for how many sets they recur in.

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value, unit and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from quantity_checks import assert_figure, assert_no_figure


# -- 1. digits after a rank noun whose article lost its alif after لـ (للمركز 93), and المرة + digits
def test_digits_after_a_rank_noun_behind_li():
    assert_figure("وتراجع المنتخب الوطني للمركز 71 في التصنيف الشهري", "للمركز 71", kind="ordinal", value=71, unit="مركز")
    assert_figure("وصعد العداء للمرتبة 14 عالميا بعد السباق", "للمرتبة 14", kind="ordinal", value=14, unit="مرتبة")
    assert_figure("وعاد الفريق وللمركز 8 في جدول الترتيب", "وللمركز 8", kind="ordinal", value=8)
    assert_figure("وتوج النادي باللقب للمرة 19 في تاريخه", "للمرة 19", kind="ordinal", value=19, unit="مرة")


def test_nasty_neighbours_of_rank_digits():
    # a count after the number: the centre received three doctors, twenty patients
    assert_figure("وانضم للمركز 3 أطباء جدد هذا الأسبوع", "3 أطباء", kind="count", value=3)
    assert_figure("ونقل للمركز 20 مريضا من المحافظة", "20 مريضا", kind="count", value=20)
    # the idiom of novelty stays no figure, an ordinal word after المرة stays an ordinal of the word rules
    assert_no_figure("ويشارك الفريق في البطولة للمرة الأولى منذ تأسيسه", "للمرة الأولى")
    assert_no_figure("وكانت تلك المرة الأولى التي يزور فيها المدينة", "المرة الأولى")
    assert_figure("وفاز الفريق باللقب للمرة الثالثة", "للمرة الثالثة", kind="ordinal", value=3)


# -- 2. a participle dual right after a pronoun of two is its predicate, no count (predicate_duals.py)
def test_participle_dual_after_a_pronoun_of_two():
    assert_no_figure("وأكد المدرب أن المهاجمين جاهزان للمباراة وهما مدركان لحجم المسؤولية", "مدركان")
    assert_no_figure("وتدير الشقيقتان المتجر مساء كونهما مرتبطتان بوظيفة حكومية", "مرتبطتان")
    assert_no_figure("وقالت المعلمتان إن الوقت ضيق كوننا مرتبطتين بالدوام صباحا", "مرتبطتين")
    assert_no_figure("وأوضح المسؤول أن الخيارين مطروحان وأنهما متاحان للجميع", "متاحان")
    # an adjective agreeing with the predicate goes with it
    assert_no_figure("وهما مستقلان متكاملان في عملهما", "متكاملان")


def test_nasty_neighbours_of_predicate_duals():
    # a noun after the pronoun still counts: two kinds, two players, two crimes
    assert_figure("ويعيش في البحيرة سمكتان نادرتان وهما نوعان من أسماك المياه العذبة", "نوعان", kind="count", value=2)
    assert_figure("وقال المدرب إن الفريق يضم حارسين فهما لاعبان مميزان", "لاعبان", kind="count", value=2)
    assert_figure("ووقعت في الحي حادثتان وهما جريمتان منفصلتان", "جريمتان", kind="count", value=2)
    # a participle dual with no pronoun before it is a count
    assert_figure("وأصيب مسلحان في الاشتباك", "مسلحان", kind="count", value=2)
    # a definite dual after the pronoun names the two: a count
    assert_figure("وهما المؤسستان الوحيدتان في المدينة", "المؤسستان", kind="count", value=2)



# -- 3. the dual of a noun of place in م- and -ى (مرمى, مستشفى, ملتقى): -يين/-يان (duals.py)
def test_dual_of_a_noun_in_alif_maqsura():
    assert_figure("ونقل المصابون إلى مستشفيين في المدينة", "مستشفيين", kind="count", value=2, unit="مستشفى")
    assert_figure("وانحصر اللعب في وسط الملعب بعيدا عن المرميين طوال الشوط", "المرميين", kind="count", value=2, unit="مرمى")
    assert_figure("ونظمت الجمعية ملتقيين للشباب هذا العام", "ملتقيين", kind="count", value=2, unit="ملتقى")
    assert_figure("وافتتح الأمير المبنيين الجديدين للكلية", "المبنيين", kind="count", value=2, unit="مبنى")


def test_nasty_neighbours_of_alif_maqsura_duals():
    # a nisba plural (مصري is the commoner word), a plural of a passive participle (المعنيون is written)
    assert_no_figure("وشارك عدد من المصريين في المؤتمر", "المصريين")
    assert_no_figure("ودعا الوزير المعنيين بالأمر إلى الاجتماع", "المعنيين")
    # verbs of defective roots and فعلى adjectives are not read so
    assert_no_figure("والطرفان يسعيان إلى اتفاق شامل", "يسعيان")
    assert_no_figure("وسافر الوفدان إلى العاصمتين العظميين", "العظميين")


# -- 4. وأولها/وأولهم "foremost among them": no rank unless a series is counted or named (ordinals.py)
def test_foremost_among_them_is_no_rank():
    assert_no_figure("وطالب المحتجون بتوفير الخدمات وأولها الكهرباء والماء", "وأولها")
    assert_no_figure("وأشاد بجهود المخلصين من أبناء النادي وأولهم الرئيس السابق", "وأولهم")


def test_nasty_neighbours_of_foremost():
    # a counted set before it, a second after it, or no و: the first of a series
    assert_figure("ويضم المعرض ثمانية أجنحة وأولها جناح التراث", "وأولها", kind="ordinal", value=1)
    assert_figure("وتمر الخطة بمراحل وأولها التصميم وثانيها التنفيذ", "وأولها", kind="ordinal", value=1)
    assert_figure("خاض الفريق لقاءات ودية لاقى أولها فريقا تركيا", "أولها", kind="ordinal", value=1)
    # a specifying accusative after it: the first of them to do so
    assert_figure("وهو خامس ملوك البلاد وأولهم اتخاذا لهذا اللقب", "وأولهم", kind="ordinal", value=1)
