"""Interval queries that stay linear on a huge paragraph.

Checking a span against every span already found is quadratic on one paragraph of
megabytes with tens of thousands of hits; :class:`SpanIndex` answers "is this span
inside / overlapping one of them" in O(log n) from sorted starts and a running
maximum of the ends, and :meth:`SpanIndex.hits` / :meth:`SpanIndex.within` say which ones
without a scan of every span.

:func:`claim` is the small-list counterpart the entity passes share: a span is claimed (appended to
a paragraph's list of spans taken) unless it overlaps one taken, or, in the original text, one held.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from itertools import accumulate

__all__ = ["SpanIndex", "DisjointSpans", "overlaps_any", "claim"]


class SpanIndex:
    """Fixed intervals ``[start, end)`` (any order, may overlap); :meth:`hits` and :meth:`within` name
    them by their position in the sequence given (``names[j]`` for ``SpanIndex((n.start, n.end) for n in names)``)."""

    __slots__ = ("starts", "ends", "max_end", "order")

    def __init__(self, spans):
        spans = list(spans)
        self.order = sorted(range(len(spans)), key=spans.__getitem__)
        self.starts = [spans[j][0] for j in self.order]
        self.ends = [spans[j][1] for j in self.order]
        self.max_end = list(accumulate(self.ends, max))

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

    def hits(self, s: int, e: int) -> list[int]:
        """Positions (ascending) of the intervals with ``start < e`` and ``end > s``: back from the last
        start before ``e`` while the running maximum of the ends passes ``s`` (every earlier interval ends
        by ``s``), not a scan of every interval."""
        got = []
        j = bisect_left(self.starts, e) - 1
        while j >= 0 and self.max_end[j] > s:
            if self.ends[j] > s:
                got.append(self.order[j])
            j -= 1
        got.sort()
        return got

    def within(self, s: int, e: int) -> list[int]:
        """Positions (ascending) of the intervals with ``s <= start`` and ``end <= e`` (those starting
        in ``[s, e]``, by bisection)."""
        return sorted(self.order[j] for j in range(bisect_left(self.starts, s), bisect_right(self.starts, e))
                      if self.ends[j] <= e)


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

    def hits(self, s: int, e: int) -> list[tuple[int, int]]:
        """The spans kept with ``start < e`` and ``end > s``, in order of their starts (points after)."""
        j = bisect_left(self.starts, e)
        i = j
        while i and self.ends[i - 1] > s:
            i -= 1
        return list(zip(self.starts[i:j], self.ends[i:j])) + \
            [(x, x) for x in self.points[bisect_right(self.points, s):bisect_left(self.points, e)]]

    def add(self, s: int, e: int) -> None:
        if s < e:
            j = bisect_left(self.starts, s)
            self.starts.insert(j, s)
            self.ends.insert(j, e)
        else:
            insort(self.points, s)

    def remove(self, s: int, e: int) -> None:
        """Forget a span kept (ValueError if it is not)."""
        if s < e:
            j = bisect_left(self.starts, s)
            if j == len(self.starts) or self.starts[j] != s or self.ends[j] != e:
                raise ValueError((s, e))
            del self.starts[j], self.ends[j]
        else:
            self.points.remove(s)


def overlaps_any(spans, s: int, e: int) -> bool:
    """Some ``(ts, te)`` in ``spans`` has ``ts < e`` and ``s < te``: spans that only touch do not overlap
    (a linear scan: for the few spans of one paragraph's list, not a huge paragraph's hits)."""
    return any(s < te and ts < e for ts, te in spans)


def claim(taken: list, s: int, e: int, held=(), to_original=None):
    """Claim ``[s, e)``: ``None`` when it overlaps a span in ``taken`` or (mapped by ``to_original``, e.g. a
    paragraph's ``p.original``, when given) one in ``held``; else append ``(s, e)`` to ``taken`` (``held`` is
    never changed) and return the span mapped (``(os, oe)``), or ``(s, e)`` without ``to_original``.
    ``taken`` is checked first, so a span it blocks is never mapped."""
    if overlaps_any(taken, s, e):
        return None
    got = to_original(s, e) if to_original is not None else (s, e)
    if overlaps_any(held, *got):
        return None
    taken.append((s, e))
    return got
