"""The proclitic sets of ``proclitic_sets.csv``, as the name finders import them: :mod:`arnews.proclitics` (a neutral
module since fixn58, so that quantities/ and outlets read the sets without loading the name finders), re-exported."""
from __future__ import annotations

from ..proclitics import BARE, FILE, proclitic_set, proclitic_sets, proclitics

__all__ = ["proclitics", "proclitic_set", "proclitic_sets", "BARE", "FILE"]
