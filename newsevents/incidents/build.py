"""One incident record from the reports merged into it, keeping every source."""
from __future__ import annotations

from collections import Counter
from datetime import date

from ..core import (Actor, ActorKind, Count, DatePrecision, GeoPrecision, Incident, SourcedClaim, Status,
                    TollReport)
from ..resolve.actors import ActorRegistry
from .similarity import Report

_DATE_RANK = {DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2, DatePrecision.RANGE: 3,
              DatePrecision.YEAR: 4, DatePrecision.UNKNOWN: 5}
_GEO_RANK = {GeoPrecision.POINT: 0, GeoPrecision.CITY: 1, GeoPrecision.DISTRICT: 2, GeoPrecision.ADMIN1: 3,
             GeoPrecision.COUNTRY: 4, GeoPrecision.REGION: 5, GeoPrecision.UNKNOWN: 6}
_STATUS_RANK = {Status.REALIZED: 0, Status.ATTEMPTED: 1, Status.THREATENED: 2}


def _reported(r: Report) -> tuple[date, str]:
    return (r.published or date.min, r.event_id)


def _main(reports: list[Report]) -> list[Report]:
    """The reports of the incident as news (dated to the day or week), else all of them."""
    main = [r for r in reports if not r.coarse and not r.event.background]
    return main or list(reports)


def _most_common(values: list, rank=None):
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], rank(v) if rank else 0, str(v)))


REVISION_FLOOR = 0.5     # a later figure below half the highest is a subset ("one more died"), not a revision


def _latest_count(reports: list[Report], attr: str) -> Count | None:
    """The latest report's figure: tolls are revised as reports come in. A later figure far below the highest
    one counts something else (one victim, the wounded who died later) and does not replace it."""
    with_figure = [r for r in reports if getattr(r.event, attr)]
    if not with_figure:
        return None
    top = max(getattr(r.event, attr).count for r in with_figure)
    credible = [r for r in with_figure if getattr(r.event, attr).count >= REVISION_FLOOR * top]
    return getattr(max(credible, key=_reported).event, attr)


def _range(reports: list[Report], attr: str) -> tuple[int, int] | None:
    counts = [c for r in reports if (c := getattr(r.event, attr))]
    if not counts:
        return None
    return (min(c.count for c in counts), max(c.max or c.count for c in counts))


def _perpetrators(reports: list[Report]) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    known: set[str] = set()                          # a group named, not "gunmen" with a coder's label
    registry = ActorRegistry.load()
    for r in sorted(reports, key=_reported):
        for a in r.event.perpetrators:
            key = (a.canonical or a.name).lower()
            if registry.named(a):
                known.add(key)
            if key not in seen:
                seen[key] = Actor(a.canonical or a.name, a.canonical, a.kind) if a.canonical else a
    named = [a for key, a in seen.items() if key in known]
    if named:                                        # "gunmen" gives way to the group named in another report
        return tuple(named)
    return tuple(a for a in seen.values() if a.kind is not ActorKind.UNKNOWN) or tuple(seen.values())


def _union(reports: list[Report], attr: str) -> tuple:
    out: dict[str, object] = {}
    for r in sorted(reports, key=_reported):
        for x in getattr(r.event, attr):
            out.setdefault((x if isinstance(x, str) else x.name).lower(), x)
    return tuple(out.values())


def build_incident(incident_id: str, reports: list[Report]) -> Incident:
    """Merge `reports` (all of one incident) into its record. Deterministic: the same reports in any order
    give the same record."""
    reports = sorted(reports, key=_reported)
    main = _main(reports)
    events = [r.event for r in main]
    event_type = _most_common([e.event_type for e in events])
    status = min((e.status for e in events), key=_STATUS_RANK.__getitem__)
    dated = [e.date for e in events if e.date and e.date.start]
    if dated:
        best = min(_DATE_RANK[d.precision] for d in dated)
        date_ = _most_common([d for d in dated if _DATE_RANK[d.precision] == best], rank=lambda d: d.start)
    else:
        date_ = None
    placed = [e.location for e in (r.event for r in reports) if e.location]
    if placed:
        best_geo = min(_GEO_RANK[p.precision] for p in placed)
        location = _most_common([p for p in placed if _GEO_RANK[p.precision] == best_geo],
                                rank=lambda p: (p.name or ""))
    else:
        location = None
    claims = {(c, r.article_id): SourcedClaim(c, r.article_id) for r in reports for c in r.event.claimed_by}
    attributions = {(a.actor, r.article_id, a.source): SourcedClaim(a.actor, r.article_id, a.source)
                    for r in reports for a in r.event.attributed_by}
    tolls = tuple(TollReport(r.article_id, r.event_id, r.published, r.event.fatalities, r.event.injuries)
                  for r in reports if r.event.fatalities or r.event.injuries)
    published = [r.published for r in reports if r.published]
    summary_from = max(main, key=lambda r: (r.event.confidence, r.event_id))
    return Incident(
        incident_id=incident_id,
        event_type=event_type,
        date=date_,
        location=location,
        perpetrators=_perpetrators(reports),
        fatalities=_latest_count(main, "fatalities") or _latest_count(reports, "fatalities"),
        injuries=_latest_count(main, "injuries") or _latest_count(reports, "injuries"),
        article_ids=tuple(dict.fromkeys(r.article_id for r in reports)),
        event_ids=tuple(sorted(r.event_id for r in reports)),
        status=status,
        suicide=any(r.event.suicide for r in reports),
        targets=_union(reports, "targets"),
        victims=_union(reports, "victims"),
        weapons=_union(reports, "weapons"),
        claims=tuple(claims.values()),
        attributions=tuple(attributions.values()),
        toll_history=tolls,
        fatalities_range=_range(reports, "fatalities"),
        injuries_range=_range(reports, "injuries"),
        summary=summary_from.event.evidence[0].text if summary_from.event.evidence else None,
        first_reported=min(published) if published else None,
        last_reported=max(published) if published else None,
    )
