"""Reports of one block become incidents: a greedy pass in a canonical order, so the result does not depend on
the order the articles arrived in.

Reports are visited finest first (dated to the day by their text, then to a week or only by their article's
date, then to a month or a year; earlier before later; then by event id); each joins the incident it agrees with best when that agreement reaches `THRESHOLD` and no member forbids
it (see `similarity`), else it founds a new incident. Coarse mentions ("the 2017 truck bombing") come last, so
they attach to the incident the precise reports built instead of chaining two of them together.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from .similarity import Report, similarity

THRESHOLD = 0.62                 # chosen on corpus/incidents (see README: evaluate-incidents)
SLACK = timedelta(days=3)        # date slack when looking for candidate incidents
_ANY = "*"


def _sort_key(r: Report) -> tuple:
    return (r.tier, r.start is None, r.start or date.min, r.event_id)


class _Incident:
    __slots__ = ("members", "start", "end")

    def __init__(self, r: Report):
        self.members = [r]
        self.start, self.end = r.start, r.end

    def add(self, r: Report) -> None:
        self.members.append(r)
        if r.start is not None and not r.coarse:
            self.start = r.start if self.start is None else min(self.start, r.start)
            self.end = r.end if self.end is None else max(self.end, r.end)

    def near(self, r: Report) -> bool:
        if r.start is None or self.start is None:
            return True
        return r.start - SLACK <= self.end and self.start <= r.end + SLACK


def cluster(reports: list[Report], threshold: float = THRESHOLD) -> list[list[Report]]:
    """Partition `reports` into incidents; each list is one incident's reports in visiting order."""
    by_country: dict[str, list[_Incident]] = defaultdict(list)
    made: list[_Incident] = []
    for r in sorted(reports, key=_sort_key):
        country = r.event.location.country if r.event.location and r.event.location.country else _ANY
        pool = made if country == _ANY else by_country[country] + by_country[_ANY]
        best: _Incident | None = None
        best_score = threshold
        for inc in pool:
            if not inc.near(r):
                continue
            scores = [similarity(r, m) for m in inc.members]
            if any(s is None for s in scores):
                continue
            s = max(scores)                                   # type: ignore[type-var]
            if s > best_score or (s == best_score and best is None):
                best, best_score = inc, s
        if best is None:
            best = _Incident(r)
            made.append(best)
            by_country[country].append(best)
        else:
            best.add(r)
    return [inc.members for inc in made]
