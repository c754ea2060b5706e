"""Dates of one article, read in order so that "the following year" or "that month" lean on what came before."""
from __future__ import annotations

from datetime import date

from ..core import DatePrecision, DateRange
from ..mentions.dates import find_date_expressions
from .dates import resolve_date


class DateChain:
    """Every date expression of an article resolved in text order against the publication date."""

    def __init__(self, text: str, published: date | None):
        self.published = published
        self.resolved: list[tuple[int, DateRange]] = []       # (article offset, range)
        for start, _end, expr in find_date_expressions(text):
            r = self._resolve(expr, start)
            if r is not None:
                self.resolved.append((start, r))

    def _anchors_before(self, offset: int) -> list[DateRange]:
        return [r for o, r in reversed(self.resolved)
                if o < offset and r.start is not None and r.precision is not DatePrecision.RANGE]

    def _resolve(self, expr: str, offset: int) -> DateRange | None:
        first = None
        for prev in [*self._anchors_before(offset)[:6], None]:
            r = resolve_date(expr, anchor=self.published, previous=prev)
            if r is None:
                continue
            if self.published is None or r.start is None or r.start <= self.published:
                return r
            first = first or r
        return first

    def at(self, expr: str, offset: int) -> DateRange | None:
        """The range for the expression found at `offset` (resolving it now if the regex pass missed it)."""
        for o, r in self.resolved:
            if abs(o - offset) <= 3 or (o <= offset < o + len(r.text or "")) or (offset <= o < offset + len(expr)):
                return r
        return self._resolve(expr, offset)
