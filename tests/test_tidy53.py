"""tidy53 (session 52, issues 11 and 14; behaviour unchanged): the word sets that orgnames, orggroups and clock_rules
wrote as Python literals are glossed lexicons (``org_name_words.csv``, ``org_group_words.csv``, ``clock_words.csv``;
the heads that say a body's kind are a ``kind`` of ``org_unit_heads.csv``), read through :mod:`arnews.lexicons`; the
place-body rules of orgnames are a module of their own (:mod:`arnews.entities.municipal`).

The old literals are written once here: every set the modules read equals them (a snn2000 build before and after is
byte-identical, table by table)."""
from __future__ import annotations

import pytest

from arnews import lexicons
from arnews.lexicons import read_lexicon

#: the literal sets as the modules wrote them before tidy53 (key forms, as the modules held them)
BEFORE = {
    ("orgnames", "_BACK_REFERRING"): "كليه جامعه نادي شركه وزاره هيئه مركز لجنه مجلس جمعيه مؤسسه مستشفي بلديه منطقه "
                                     "محافظه اداره عماده مدرسه مصرف بنك",
    ("orgnames", "_ACTIVITY_HEADS"): "قياده محطه",
    ("orgnames", "_GENERAL"): "العامه العام",
    ("orgnames", "_NAMING_TITLES"): "ملك امير اميره امام شيخ شيخه سلطان",
    ("orgnames", "_NOT_IN_CHAIN"): "احدي احد داخل خارج عده بعض جميع كافه كل اكثر اقل غير بين حول",
    ("orgnames", "_GOVERNED"): "منها عنها فيها لها بها عليها اليها منه عنه فيه له به عليه اليه منهم عنهم لهم بهم عليهم",
    ("orgnames", "_MINISTRY_FIELDS"): "العمل الصحه التعليم الداخليه الخارجيه التجاره الاسكان العدل الماليه الدفاع النقل "
                                      "الزراعه الحج الاقتصاد",
    ("orgnames", "_PATRONS"): "الملك الامير الاميره الامام الشيخ",
    ("orgnames", "_NEWS_TAILS"): "للانباء برس نيوز",
    ("orgnames", "_ATTACHED"): "التابع التابعه",
    ("orgnames", "_CITY_BODIES"): "جامعه امانه بلديه محكمه مستشفي غرفه اماره فرع ميناء جمعيه مديريه منتخب",
    ("orgnames", "_PLACE_BODY_HEADS"): "بلديه اماره",
    ("municipal", "PLACE_BODY_LINKS"): "منطقه محافظه مدينه مركز",
    ("orggroups", "_PLACE_CUES"): "منطقه محافظه",
    ("orggroups", "_GENERAL"): "العامه العام",
    ("orggroups", "_GENERAL_HEADS"): "المديريه الاداره الهيئه الرئاسه المؤسسه",
    ("orggroups", "_SAUDI"): "سعودي سعوديه",
    ("orggroups", "_NATIONAL_SIDES"): "اتحاد منتخب",
}
#: clock_rules: _HOUR_PREPS, and the own words of _BEFORE_HOUR and _DAY_NAMES (the rest: relative days and weekdays)
HOUR_PREPS = "في حتي الي عند منذ بعد قبل وحتي وفي"
BEFORE_HOUR_OWN = "اليوم يوم في عند من حتي وحتي تمام بتمام وفي وعند"
DAY_NAMES_OWN = "اليوم يوم"
KIND_HEADS = "وزاره منظمه جبهه حركه جماعه"


@pytest.fixture(autouse=True)
def _curated(monkeypatch):
    monkeypatch.delenv("ARNEWS_LEXICONS", raising=False)
    lexicons.reload()
    yield
    lexicons.reload()


def _module(name: str):
    import importlib

    pkg = "quantities" if name == "clock_rules" else "entities"
    return importlib.import_module(f"arnews.{pkg}.{name}")


@pytest.mark.parametrize("mod,name", list(BEFORE), ids=[f"{m}.{n}" for m, n in BEFORE])
def test_each_set_equals_the_old_literal(mod, name):
    got = getattr(_module(mod), name)
    assert got == frozenset(BEFORE[mod, name].split())
    assert sorted(got) == sorted(BEFORE[mod, name].split())  # (a view iterates its words in sorted order)


def test_the_clock_sets_equal_the_old_literals():
    from arnews.quantities.clock_rules import clock_words
    from arnews.quantities.dates import WEEKDAYS
    from arnews.quantities.weekday_days import DAY_OFFSETS

    w = clock_words()
    assert w["hour_prep"] == frozenset(HOUR_PREPS.split())
    assert w["before_hour"] == frozenset((*BEFORE_HOUR_OWN.split(), *DAY_OFFSETS, *WEEKDAYS))
    assert w["day_names"] == frozenset((*DAY_NAMES_OWN.split(), *DAY_OFFSETS, *WEEKDAYS))
    assert "حتي" in w["hour_prep"] and "الي" in w["hour_prep"] and "من" not in w["hour_prep"]  # (pinned: حتى، إلى)
    assert "تمام" in w["before_hour"] and "امس" in w["day_names"] and "في" not in w["day_names"]


def test_the_unit_heads_and_the_kind_heads():
    from arnews.entities import orggroups

    assert orggroups.kind_heads() == frozenset(KIND_HEADS.split())
    assert orggroups.unit_heads() == frozenset(KIND_HEADS.split()) | {"قياده", "اداره", "مديريه", "فرع", "قوات"}
    assert set(orggroups.unit_head_kinds().values()) == {"unit", "kind"}


def test_pinned_words():
    from arnews.entities import municipal, orggroups, orgnames

    assert "مستشفي" in orgnames._BACK_REFERRING and "حزب" not in orgnames._BACK_REFERRING  # (الحزب: the Party)
    assert "احدي" in orgnames._NOT_IN_CHAIN and "للانباء" in orgnames._NEWS_TAILS
    assert "منتخب" in orgnames._CITY_BODIES and "مصلحه" not in orgnames._CITY_BODIES and "نادي" not in orgnames._CITY_BODIES
    assert "الاسكان" in orgnames._MINISTRY_FIELDS and "الثقافه" not in orgnames._MINISTRY_FIELDS
    assert orgnames._PLACE_BODY_HEADS is municipal.PLACE_BODY_HEADS and "اماره" in municipal.PLACE_BODY_HEADS
    assert "مدينه" in municipal.PLACE_BODY_LINKS and "مدينه" not in orggroups._PLACE_CUES
    assert "المؤسسه" in orggroups._GENERAL_HEADS and "سعوديه" in orggroups._SAUDI


NEW_FILES = {"org_name_words.csv": "orgwords.NAME_KINDS", "org_group_words.csv": "orgwords.GROUP_KINDS",
             "clock_words.csv": "clock_rules.CLOCK_KINDS", "org_unit_heads.csv": "orggroups.UNIT_HEAD_KINDS"}


@pytest.mark.parametrize("name", list(NEW_FILES))
def test_each_file_loads_every_row_glossed_every_kind_used(name):
    mod, attr = NEW_FILES[name].split(".")
    kinds = getattr(_module(mod), attr)
    rows = read_lexicon(name)
    assert rows and all((r.get("gloss") or "").strip() for r in rows), name
    assert all((r.get("word") or "").strip() and r["kind"] in kinds for r in rows), name
    assert {r["kind"] for r in rows} == set(kinds)
    header = lexicons.lexicon_path(name).read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("# arnews ") and "used by arnews." in header


def _loaders():
    from arnews.entities import orggroups, orgwords
    from arnews.quantities import clock_rules

    return {"org_name_words.csv": orgwords.org_name_words, "org_group_words.csv": orgwords.org_group_words,
            "clock_words.csv": clock_rules.clock_words, "org_unit_heads.csv": orggroups.unit_head_kinds}


def _folder(tmp_path, monkeypatch, name: str, keep, extra: str = ""):
    d = tmp_path / "lex"
    lexicons.init(d)
    f = d / name
    lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
    f.write_text("".join(ln for ln in lines if keep(ln)) + extra, encoding="utf-8")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(d))
    lexicons.reload()


@pytest.mark.parametrize("name,kind", [("org_name_words.csv", "attached"), ("org_group_words.csv", "saudi"),
                                       ("clock_words.csv", "link"), ("org_unit_heads.csv", "kind")])
def test_a_missing_kind_raises(tmp_path, monkeypatch, name, kind):
    _folder(tmp_path, monkeypatch, name, lambda ln: ln.startswith("word,") or f",{kind}," not in ln)
    with pytest.raises(ValueError, match=rf"^{name}: no rows of kind '{kind}'$"):
        _loaders()[name]()


@pytest.mark.parametrize("name", ["org_name_words.csv", "org_group_words.csv", "clock_words.csv", "org_unit_heads.csv"])
def test_an_unknown_kind_raises(tmp_path, monkeypatch, name):
    _folder(tmp_path, monkeypatch, name, lambda ln: True, "زرافة,animal,giraffe (test)\n")
    with pytest.raises(ValueError, match=rf"^{name}: زرافة: kind must be one of "):
        _loaders()[name]()


def test_the_module_level_views_follow_the_lexicon_folder(tmp_path, monkeypatch):
    from arnews.entities import orggroups, orgnames
    from arnews.quantities import clock_rules

    assert "مصلحه" not in orgnames._CITY_BODIES
    d = tmp_path / "lex"
    lexicons.init(d)
    with open(d / "org_name_words.csv", "a", encoding="utf-8") as f:
        f.write("مصلحة,city_body,agency (test)\n")
    with open(d / "org_group_words.csv", "a", encoding="utf-8") as f:
        f.write("كويتي,saudi,Kuwaiti (test)\n")
    with open(d / "clock_words.csv", "a", encoding="utf-8") as f:
        f.write("خلال,hour_prep,during (test)\n")
    with open(d / "org_unit_heads.csv", "a", encoding="utf-8") as f:
        f.write("هيئة,kind,authority (test)\n")
    monkeypatch.setenv("ARNEWS_LEXICONS", str(d))
    assert "مصلحه" in orgnames._CITY_BODIES and "كويتي" in orggroups._SAUDI
    assert "خلال" in clock_rules.clock_words()["hour_prep"] and "هيئه" in orggroups.kind_heads()
    monkeypatch.delenv("ARNEWS_LEXICONS")
    assert "مصلحه" not in orgnames._CITY_BODIES and "كويتي" not in orggroups._SAUDI
    assert "خلال" not in clock_rules.clock_words()["hour_prep"] and "هيئه" not in orggroups.kind_heads()


def test_the_place_body_rules_are_their_own_module():
    from arnews.entities import municipal, names, orgnames

    assert orgnames._place_body_end is municipal.place_body_end is names._place_body_end
    assert orgnames._place_body_name is municipal.place_body_name
    assert not hasattr(orgnames, "_native_place_name") and not hasattr(orgnames, "NATIVE_DEFINITE_ZIPF")
    assert municipal.NATIVE_DEFINITE_ZIPF == 4.0 and (municipal.NATIVE_BARE_ZIPF, municipal.NATIVE_BARE_SHAPE) == (2.5, -3.0)


def _orgs(text: str) -> list[str]:
    from arnews.entities.names import paragraph_names
    from arnews.text.paragraph import make_paragraph

    return [text[n.start:n.end] for n in paragraph_names(make_paragraph(text, "ar")) if n.type == "organisation"]


def test_the_rules_that_read_the_moved_words_still_read_them():
    # place_body_head + place_body_link (municipal)
    assert "بلدية محافظة العلا" in _orgs("وأعلنت بلدية محافظة العلا عن مشروع جديد للطرق")
    # news_tail (an agency named by a common word)
    assert "وكالة فارس للأنباء" in _orgs("ونقلت وكالة فارس للأنباء عن مسؤول قوله إن الاجتماع انتهى")
    # naming_title: the title stays in the institution's name
    assert "جامعة الملك سعود" in _orgs("وقال مدير جامعة الملك سعود إن القبول يبدأ غدا")


def test_the_clock_words_still_read_an_hour_after_a_preposition():
    from arnews.quantities import extract_quantities

    def times(text):
        return [(text[q["start"]:q["end"]], q["date"]) for q in extract_quantities(text) if q["kind"] == "time"]

    assert times("ويبدأ الحفل في التاسعة مساء ويستمر ساعتين") == [("التاسعة مساء", "T21:00")]
    assert times("وتفتح الأبواب مساء اليوم في تمام الساعة 8") == [("الساعة 8", "T20:00")]
