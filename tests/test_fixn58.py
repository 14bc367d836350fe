"""fixn58 (fixes from the review of names61a and refac58).

1. quoted_nationals: the paper/company head that lets a quoted Arabic run before a country's feminine adjective be an
   organisation must be in the same sentence, before the quote; common nouns among the heads (مجموعة *a group of*,
   قناة السويس *the canal*, مدير البنك) open nothing.
2. quoted_nationals: a head of another kind right before the opening quote (برنامج، السفينة، شعار، حملة، صواريخ،
   المنتخب، الفتاة، طراز) blocks; a one-word common abstract noun in quotes ("المرأة" السعودية) is no name.
3. quoted_nationals: a bracketed Latin run after an Arabic phrase ((APT) الروسية) needs the gate too.
4. The proclitic sets live in the neutral :mod:`arnews.proclitics`: outlets and the dual rules of quantities/ read them
   without loading the name finders.

Sentences are written for this test in the style of Saudi news (no corpus text)."""
from __future__ import annotations

import subprocess
import sys


def test_outlets_and_the_dual_rules_read_the_proclitics_without_the_name_finders():
    code = (
        "import sys, arnews.quantities, arnews.outlets, arnews.proclitics\n"
        "from arnews.quantities import pronoun_duals, role_duals, relative_duals, between_duals, dual_rules\n"
        "assert all(m.proclitics is arnews.proclitics.proclitics for m in "
        "(pronoun_duals, role_duals, relative_duals, between_duals, dual_rules, arnews.outlets))\n"
        "got = arnews.outlets.outlet_of('لعكاظ', {'عكاظ': ('okaz', 'Okaz', 'name')})\n"
        "print(got is not None, 'arnews.entities.names' in sys.modules, 'arnews.entities' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False", "False"]


def test_the_old_import_still_gives_the_same_sets():
    import arnews.entities.proclitics as old
    import arnews.proclitics as new
    assert old.proclitics is new.proclitics and old.proclitic_set is new.proclitic_set
    assert old.proclitics("dual_noun") == ("", "و", "ف", "ب", "ل")
