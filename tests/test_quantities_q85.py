"""q85 (issue 13): the largest error classes of blind46-58 outside sport and legal items.

* A noun and ``وحيد`` after it, "a single X", counts one (``مران وحيد``, ``صفقة خاصة وحيدة``, ``مراناً وحيداً``);
  not the rhinoceros (``وحيد القرن``), ``شبه وحيد``, the state "alone" (``غادر وحيدا``), the given name after a verb
  (``وأوضح وحيد``), ``كحل وحيد``, a verbal noun (``وسط استقرار وحيد لسعر سهم``), the definite ``الوحيد``.

Every sentence here was written for these tests in the style of Saudi news (no corpus text)."""
from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


def test_a_noun_before_wahid_counts_one():
    s = "واكتفى المدرب بمران وحيد صباح اليوم قبل السفر إلى الدمام."
    assert_figure(s, "بمران وحيد", kind="count", value=1, unit="مران")
    s = "وسجلت السوق صفقة خاصة وحيدة على سهم الشركة بقيمة 3 ملايين ريال."
    assert_figure(s, "صفقة خاصة وحيدة", kind="count", value=1, unit="صفقة")
    s = "وأجرى الفريق مراناً وحيداً على الملعب الرئيسي."
    assert_figure(s, "مراناً وحيداً", kind="count", value=1, unit="مران")
    s = "وقالت المسنة إن لها ابن وحيد يعمل في الرياض."
    assert_figure(s, "ابن وحيد", kind="count", value=1, unit="ابن")
    s = "ولعب المهاجم مباراة دولية وحيدة مع منتخب بلاده."
    assert_figure(s, "مباراة دولية وحيدة", kind="count", value=1, unit="مباراة")
    # the neighbours that count nothing
    for s, surface in [
        ("وتنشط تجارة قرون وحيد القرن في بعض الأسواق.", "قرون وحيد"),
        ("وأصبح هذا البند شبه وحيد على جدول الأعمال.", "شبه وحيد"),
        ("وغادر اللاعب وحيدا بعد نهاية التدريب.", "اللاعب وحيدا"),
        ("وأوضح وحيد العتيبي أن اللجنة أنهت أعمالها.", "وأوضح وحيد"),
        ("وطرح الوزير الحوار كحل وحيد للأزمة.", "كحل وحيد"),
        ("وتراجعت الأسهم القيادية وسط استقرار وحيد لسعر سهم البنك.", "استقرار وحيد"),
        ("وكان المستفيد الوحيد من القرار هو المستهلك.", "المستفيد الوحيد"),
    ]:
        assert_no_figure(s, surface)
