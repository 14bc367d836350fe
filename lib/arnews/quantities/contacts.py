"""Numbers of an address or a standard: labels, never counts or years.

- a standard by its number (``الآيزو 9001``, ``أيزو 14001``, ``ISO 9001:2008``, and ``2008:9001`` as a
  right-to-left text swaps it): one label from the standard's word to its edition year; ``value`` is the
  standard's number, not the edition year;
- a post-office box (``ص.ب 80204``, ``ص ب 3``, ``صندوق بريد 11``) and the postal code that follows it after
  a city (``ص.ب 80204 جدة 21589``) or after ``الرمز البريدي`` (``الرمز البريدي 11564``).
The words are the ``standard_word``, ``po_box`` and ``postal_word`` roles of ``quantity_markers.csv``."""
from __future__ import annotations

from .figure import Figure as _Q
from .numbers import Number as _Num

#: a postal code: five digits (Saudi, Egyptian, Gulf codes)
_POSTAL_DIGITS = 5


class _ContactRules:
    """Standards, post-office boxes and postal codes (a scanner mixin)."""

    def address_number(self, num: _Num):
        if num.written != "digits" or not num.is_int:
            return None
        a, b = num.a, num.b
        hit = self.phrase_before(a, "standard_word", clitic=True)
        if hit:
            return self._standard(hit[0], num)
        box = self._po_box_before(a) if self.ar else None
        if box is not None:
            return _Q(box, b, "label", num.value, unit="صندوق بريد", unit_en="PO box")
        if self.ar and len(self.t.text[a]) == _POSTAL_DIGITS and self._postal_code_at(a):
            return _Q(a, b, "label", num.value, unit="رمز بريدي", unit_en="postal code")
        return None

    def _standard(self, start, num: _Num) -> _Q:
        """ISO 9001 (:2008): the label runs to an edition year joined by a colon or a slash."""
        a, b = num.a, num.b
        value = num.value
        if self.is_p(b, ":/") and self.adj(a, b) and self.adj(b, b + 1) and self.kind(b + 1) == "num" \
                and self.t.text[b + 1].isdigit():
            other = int(self.t.text[b + 1])
            if 1950 <= value <= 2100 and not 1950 <= other <= 2100:
                value = other  # الآيزو 2008:9001: the edition year first (a right-to-left swap)
            b += 2
        return _Q(start, b, "label", value, unit="مواصفة" if self.ar else "standard", unit_en="standard")

    def _po_box_before(self, a):
        """The first token of a PO-box word just before token a (ص.ب, ص. ب., صندوق بريد), else None."""
        x = a - 1
        if self.is_p(x, ".:") and self.free(x):
            x -= 1  # ص.ب. 80204, ص.ب: 80204
        if self.is_word(x) and self.k(x) == "ب" and self.is_p(x - 1, ".") and self.k(x - 2) == "ص":
            return x - 2 if self.free(x - 2) else None
        hit = self.phrase_before(x + 1, "po_box", clitic=True)
        return hit[0] if hit else None

    def _postal_code_at(self, a) -> bool:
        """Five digits after ``الرمز البريدي``, or after a city (one or two words) that follows a PO box
        label: ص.ب 80204 جدة 21589."""
        if self.phrase_before(a, "postal_word", clitic=True, skip_p=":"):
            return True
        prev = self.out[-1] if self.out else None
        if prev is None or prev.kind != "label" or prev.unit != "صندوق بريد" or not 1 <= a - prev.b <= 3:
            return False
        return all(self.kind(x) == "ar" and self.free(x) or self.is_p(x, "،,-") for x in range(prev.b, a))
