"""Interval queries that stay linear on a huge paragraph.

Checking a span against every span already found is quadratic on one paragraph of
megabytes with tens of thousands of hits; :class:`SpanIndex` answers "is this span
inside / overlapping one of them" in O(log n) from sorted starts and a running
maximum of the ends.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from itertools import accumulate

__all__ = ["SpanIndex", "DisjointSpans"]


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


class DisjointSpans:
    """A growing set of intervals ``[start, end)`` that never overlap one another (the caller adds
    a span only when :meth:`overlaps` says no): "does this span overlap one of them" by bisection,
    where a scan of every span kept is quadratic on a huge paragraph.  Disjoint non-empty spans in
    order of their starts have their ends in the same order, so the last one starting before the
    span's end is the only one to ask; empty spans (points) are kept apart."""

    __slots__ = ("starts", "ends", "points")

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.points: list[int] = []

    def __len__(self) -> int:
        return len(self.starts) + len(self.points)

    def overlaps(self, s: int, e: int) -> bool:
        """Some span kept has ``start < e`` and ``end > s`` (the test ``s < te and ts < e``)."""
        j = bisect_left(self.starts, e)
        if j and self.ends[j - 1] > s:
            return True
        k = bisect_right(self.points, s)
        return k < len(self.points) and self.points[k] < e

    def add(self, s: int, e: int) -> None:
        if s < e:
            j = bisect_left(self.starts, s)
            self.starts.insert(j, s)
            self.ends.insert(j, e)
        else:
            insort(self.points, s)
