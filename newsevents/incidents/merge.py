"""Events across articles become incidents, incrementally: only the block of incidents new reports touch is
recomputed, and an incident keeps its id as reports join it.

A block is the closure of the new reports' date windows over the stored events: every stored event whose date
range comes within `SLACK` of a block member is in the block. Clustering a block looks only at incidents within
that slack, so a block's partition is the one a full recomputation would give: ingesting the same articles in
any order, in one run or many, ends with the same incidents.

Ids: a recomputed incident takes the id of the stored incident it shares most events with (established before
pending ones, then the smaller id); one with no stored predecessor is named after its events.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache

from ..core import ActorKind, Event, ids
from ..resolve.actors import ActorRegistry
from ..store.base import Store
from .build import build_incident
from .cluster import SLACK, cluster
from .similarity import UNDATED_LAG_DAYS, Report, make_report


@lru_cache(maxsize=1)
def _registry() -> ActorRegistry:
    return ActorRegistry.load()


def _actors(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    """The event's named perpetrators, and those with every parent group above them."""
    reg = _registry()
    names = {a.canonical for a in event.perpetrators if reg.named(a) and a.kind is not ActorKind.UNKNOWN}
    lineage = {n for name in names for n in (reg.lineage(name) or [name])}
    return frozenset(names), frozenset(lineage)


def _window(r: Report) -> tuple[date, date]:
    return (r.start - SLACK, r.end + SLACK)


def _union(intervals: list[tuple[date, date]]) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _uncovered(iv: tuple[date, date], covered: list[tuple[date, date]]) -> list[tuple[date, date]]:
    pieces = [iv]
    for a, b in covered:
        nxt = []
        for x, y in pieces:
            if b < x or y < a:
                nxt.append((x, y))
                continue
            if x < a:
                nxt.append((x, min(y, a)))
            if y > b:
                nxt.append((max(x, b), y))
        pieces = nxt
    return [p for p in pieces if p[0] <= p[1]]


class _Block:
    """The stored events a set of new reports could interact with, with the incident each is in now."""

    def __init__(self, store: Store):
        self.store = store
        self.reports: dict[str, Report] = {}
        self.incident_of: dict[str, str] = {}
        self.covered: list[tuple[date, date]] = []
        self._dates: dict[str, date | None] = {}

    def add(self, pairs: list[tuple[Event, str]]) -> list[Report]:
        need = {e.article_id for e, _ in pairs if e.article_id not in self._dates}
        if need:
            self._dates.update(self.store.article_dates(need))
        new = []
        for event, incident_id in pairs:
            if event.event_id in self.reports:
                continue
            r = make_report(event, self._dates.get(event.article_id), *_actors(event))
            self.reports[event.event_id] = r
            self.incident_of[event.event_id] = incident_id
            new.append(r)
        return new

    def close(self, seeds: list[Report]) -> None:
        frontier = [_window(r) for r in seeds if r.start is not None]
        while frontier:
            todo = _union(frontier)
            frontier = []
            for iv in todo:
                for a, b in _uncovered(iv, self.covered):
                    # an event dated only by its article is stored at that date but may have happened a month
                    # before: look that much further ahead for it
                    found = self.add(self.store.events_in_window(a, b + timedelta(days=UNDATED_LAG_DAYS)))
                    frontier.extend(_window(r) for r in found if r.start is not None)
                self.covered = _union(self.covered + [iv])


def _assign_ids(clusters: list[list[Report]], block: _Block, pending: set[str],
                old_members: dict[str, set[str]]) -> list[tuple[str, list[Report]]]:
    """Pair each new cluster with an id: the established (not pending) incident it overlaps most keeps its id,
    larger clusters choosing first; a cluster of new reports only is named after its earliest report, which every
    run agrees on."""
    ranked = []
    for members in clusters:
        overlap: dict[str, int] = defaultdict(int)
        for r in members:
            overlap[block.incident_of[r.event_id]] += 1
        ranked.append(sorted((i for i in overlap if i not in pending), key=lambda i: (-overlap[i], i)))
    taken: set[str] = set()
    named: dict[int, str] = {}
    for k in sorted(range(len(clusters)), key=lambda k: (-len(clusters[k]), min(r.event_id for r in clusters[k]))):
        named[k] = next((c for c in ranked[k] if c not in taken), "")
        if not named[k]:
            ids_ = {r.event_id for r in clusters[k]}
            cand = ids.incident_id(min(ids_))
            named[k] = cand if cand not in taken and (cand not in old_members or old_members[cand] <= ids_) \
                else ids.incident_id(*ids_)
        taken.add(named[k])
    return [(named[k], members) for k, members in enumerate(clusters)]


def _recluster(store: Store, block: _Block, pending: set[str], *, rewrite_all: bool = False) -> int:
    """Cluster the block, name its incidents, and write those that changed (all of them with `rewrite_all`)."""
    old_members: dict[str, set[str]] = defaultdict(set)
    for eid, iid in block.incident_of.items():
        old_members[iid].add(eid)
    named = _assign_ids(cluster(list(block.reports.values())), block, pending, old_members)
    kept = {incident_id for incident_id, _ in named}
    write = [build_incident(incident_id, members) for incident_id, members in named
             if rewrite_all or incident_id in pending
             or old_members.get(incident_id) != {r.event_id for r in members}]   # untouched: not rewritten
    store.apply_merge([iid for iid in old_members if iid not in kept], write)
    return len(write)


def merge_pending(store: Store, *, progress: bool = False) -> int:
    """Merge the events saved since the last merge into incidents; return how many incidents were written."""
    pending_pairs = store.pending_events()
    if not pending_pairs:
        return 0
    if progress:
        print(f"newsevents: merging {len(pending_pairs)} new events into incidents", file=sys.stderr)
    block = _Block(store)
    block.close(block.add(pending_pairs))
    return _recluster(store, block, {iid for _, iid in pending_pairs})


def rebuild_incidents(store: Store, *, progress: bool = False) -> int:
    """Recompute every incident from the stored events (ids kept where a stored incident survives)."""
    block = _Block(store)                      # everything dated is one block; undated events keep their incidents
    block.add(store.events_in_window(date.min, date.max))
    n = _recluster(store, block, set(), rewrite_all=True)
    if progress:
        print(f"newsevents: {n} incidents rebuilt", file=sys.stderr)
    return n
