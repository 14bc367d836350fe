"""Interval queries that stay linear on a huge paragraph.

Checking a span against every span already found is quadratic on one paragraph of
megabytes with tens of thousands of hits; :class:`SpanIndex` answers "is this span
inside / overlapping one of them" in O(log n) from sorted starts and a running
maximum of the ends.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

__all__ = ["SpanIndex"]


class SpanIndex:
    """Fixed intervals ``[start, end)`` (any order, may overlap)."""

    __slots__ = ("starts", "max_end")

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end = list(accumulate((e for _, e in spans), max))

    def __len__(self) -> int:
        return len(self.starts)

    def contains(self, s: int, e: int) -> bool:
        """Some interval has ``start <= s`` and ``end >= e``."""
        i = bisect_right(self.starts, s)
        return i > 0 and self.max_end[i - 1] >= e

    def overlaps(self, s: int, e: int) -> bool:
        """Some interval has ``start < e`` and ``end > s``."""
        i = bisect_left(self.starts, e)
        return i > 0 and self.max_end[i - 1] > s
