"""Session 50, names54b (issue 14): writers, datelines, forces and learned names.

Sentences written for these tests in the style of Saudi papers (never copied from SaudiNewsNet); each with the
neighbours that must not change.
"""
from __future__ import annotations

import pandas as pd

from arnews.entities import entities_table, writers_table
from arnews.entities.keys import name_key


def _frame(*blocks):
    rows = [dict(article_id="a", paragraph=0, role="title", text="افتتاح مهرجان الصيف في تبوك")]
    rows += [dict(article_id="a", paragraph=i + 1, role=r, text=t) for i, (r, t) in enumerate(blocks)]
    return pd.DataFrame(rows)


def test_a_dispatch_writer_named_again_in_the_text_has_one_id():
    """The writer of a dispatch head (a dateline block) is the person the body names again: the writers table and
    the entities table give him one id."""
    df = _frame(("dateline", "عبدالرحيم الشمراني- سبق- تبوك:"),
                ("body", "افتتح أمير المنطقة المهرجان مساء أمس، وقال الدكتور عبدالرحيم الشمراني إن الزوار تجاوزوا الألف."))
    w = writers_table(df)
    assert list(zip(w.surface, w.source)) == [("عبدالرحيم الشمراني", "dispatch")]
    e = entities_table(df)
    body = e[(e.paragraph == 2) & (e.surface == "عبدالرحيم الشمراني")]
    assert list(body.type) == ["person"]
    assert w.writer_id.iloc[0] == body.entity_id.iloc[0] == "~" + name_key(["عبدالرحيم", "الشمراني"])


def test_writer_ids_still_group_spellings_and_a_listed_journalist_keeps_its_id():
    df = pd.DataFrame([dict(article_id=f"a{i}", paragraph=1, role="byline", text=t)
                       for i, t in enumerate(["هوانغ آنه", "هوانج آنه", "ثانه لي"])])
    w = writers_table(df)
    ids = list(w.writer_id)
    assert ids[0] == ids[1] and not ids[0].startswith("~person:") and ids[2] == "thanh_le"


def _learned(*articles):
    """learned_tables over articles given as lists of (role, text); returns (names, mentions)."""
    from arnews.entities.learned import learned_tables

    rows = [dict(article_id=f"d{i}", paragraph=j, role=r, text=t, lang="ar")
            for i, blocks in enumerate(articles) for j, (r, t) in enumerate(blocks)]
    P = pd.DataFrame(rows)
    E = entities_table(P, pd.DataFrame({"article_id": sorted(set(P.article_id)), "language": "ar"}))
    res = learned_tables(E, lambda: iter([P]))
    return res["learned_names"], res["learned_mentions"]


def test_a_dispatch_head_teaches_its_writer_and_a_bare_mention_elsewhere_is_him():
    """A writer known only from the dispatch heads he wrote (dateline blocks) is learned as a person; another
    article that names him bare has him (the dateline itself stays the writers table's, no learned mention)."""
    names, m = _learned(
        [("title", "أمطار غزيرة على تبوك"), ("dateline", "عبدالحليم الدغيثري- سبق- تبوك:"),
         ("body", "هطلت أمطار غزيرة على مدينة تبوك مساء أمس.")],
        [("title", "مهرجان للتراث في المدينة"), ("body", "أعلن عبدالحليم الدغيثري عن افتتاح المعرض مساء الخميس.")])
    got = names[names.name == "عبدالحليم الدغيثري"]
    assert list(zip(got.type, got.cue, got.status)) == [("person", "dispatch", "learned")]
    assert list(zip(m.article_id, m.surface, m.type)) == [("d1", "عبدالحليم الدغيثري", "person")]


def test_a_plain_dateline_teaches_no_person():
    """``الرياض - واس`` and a head whose first segment is no name (أمطار غزيرة) teach nobody."""
    names, m = _learned(
        [("title", "أمطار غزيرة على تبوك"), ("dateline", "أمطار غزيرة- سبق- تبوك:"),
         ("body", "هطلت أمطار غزيرة على مدينة تبوك مساء أمس.")],
        [("title", "اجتماع في الرياض"), ("dateline", "الرياض - واس"),
         ("body", "عقد مجلس الوزراء جلسته الأسبوعية في الرياض.")])
    assert not len(names[names.cue == "dispatch"]) and not len(m[m.type == "person"])


def test_dispatch_heads_count_in_the_family_statistics():
    """A family name the corpus writes only after given names in dispatch heads (الدغيثري after عبدالله, سعد,
    محمد) is learned by the statistics; the heads themselves get no mention."""
    heads = [("عبدالله", "d0"), ("سعد", "d1"), ("محمد", "d2")]
    arts = [[("title", "خبر محلي من تبوك"), ("dateline", f"{g} الدغيثري- سبق- تبوك:"), ("body", "هطلت أمطار على تبوك.")]
            for g, _ in heads]
    names, m = _learned(*arts)
    fam = names[(names.name == "الدغيثري")]
    assert list(fam["class"]) == ["family name"]
    assert not len(m[m.type == "person"])


def _persons(text):
    e = entities_table(pd.DataFrame([dict(article_id="a", paragraph=1, role="body", text=text)]))
    return [s for s, t in zip(e.surface, e.type) if t == "person"]


def test_a_cable_after_the_senders_name_is_no_part_of_it():
    """``بعث فلان برقية تهنئة``: the name ends before برقية (name_tail_nouns.csv), after a nasab, after آل and after a
    plain family name; a name that merely begins like it is untouched."""
    assert _persons("وبعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لرئيس الجمهورية.") == [
        "سلمان بن عبدالعزيز آل سعود"]
    assert _persons("كما بعث ولي العهد الأمير محمد بن نايف بن عبدالعزيز برقيتي تهنئة لرئيسي البلدين.") == [
        "محمد بن نايف بن عبدالعزيز"]
    assert _persons("وبعث وزير الخارجية المصري سامح شكري برقية عزاء إلى نظيره.") == ["سامح شكري"]
    assert _persons("وقال المهندس خالد برقاوي إن المشروع اكتمل.") == ["خالد برقاوي"]
