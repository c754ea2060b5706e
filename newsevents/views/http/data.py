"""What each API route returns and each dashboard page draws: one function per view, JSON-ready dicts.

A page and its JSON twin call the same function here, so the two always show the same data.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from ...core.records import Article, Event, Incident
from ...store import Store
from .charts import timeline
from .filters import Filters

MAP_LIMIT = 5000            # incidents drawn at once on the map and in the charts


def _page(items: list[dict[str, Any]], total: int, f: Filters, path: str) -> dict[str, Any]:
    q = f.query
    more = q.offset + len(items) < total
    return {"total": total, "limit": q.limit, "offset": q.offset, "filters": f.params, "items": items,
            "next": f.link(path, limit=q.limit, offset=q.offset + q.limit) if more else None}


def incidents_page(store: Store, f: Filters, path: str = "/api/incidents") -> dict[str, Any]:
    """One page of incidents (full records) in the store's stable order."""
    items = [i.to_json() for i in store.query_incidents(f.query)]
    return _page(items, store.count_incidents(f.query), f, path)


def events_page(store: Store, f: Filters, path: str = "/api/events") -> dict[str, Any]:
    items = [e.to_json() for e in store.query_events(f.query)]
    return _page(items, store.count_events(f.query), f, path)


def article_brief(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "url": a.url, "published": a.published.isoformat() if a.published else None,
            "source": a.source, "chars": len(a.text)}


def articles_page(store: Store, limit: int, offset: int) -> dict[str, Any]:
    total = store.articles_count()
    items = [article_brief(a) for a in store.list_articles(limit=limit, offset=offset)]
    return {"total": total, "limit": limit, "offset": offset, "items": items,
            "next": f"/api/articles?limit={limit}&offset={offset + limit}" if offset + len(items) < total else None}


def article_detail(store: Store, article_id: str) -> dict[str, Any] | None:
    a = store.get_article(article_id)
    if a is None:
        return None
    return {**article_brief(a), "text": a.text, "incident_ids": store.incidents_of_article(article_id),
            "events": [e.to_json() for e in store.events(article_id)]}


def _deaths(inc: Incident) -> int:
    return inc.fatalities.count if inc.fatalities else 0


def brief(inc: Incident) -> dict[str, Any]:
    """The few fields a list row or a map popup shows."""
    loc = inc.location
    return {"incident_id": inc.incident_id, "event_type": inc.event_type.value, "status": inc.status.value,
            "date": inc.date.start.isoformat() if inc.date and inc.date.start else None,
            "place": loc.name if loc else None, "country": loc.country if loc else None, "deaths": _deaths(inc),
            "perpetrators": [p.canonical or p.name for p in inc.perpetrators], "articles": len(inc.article_ids)}


def _feature(inc: Incident) -> dict[str, Any] | None:
    loc = inc.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": brief(inc)}


def overview(store: Store, f: Filters, stack: str) -> dict[str, Any]:
    """The map (a GeoJSON FeatureCollection of located incidents) and the monthly timeline, same filters."""
    incidents = store.query_incidents(f.without_paging(MAP_LIMIT))
    total = store.count_incidents(f.query)
    features = [feat for feat in map(_feature, incidents) if feat]
    return {"filters": f.params, "total": total, "shown": len(incidents), "truncated": total > len(incidents),
            "unmapped": len(incidents) - len(features), "deaths": sum(map(_deaths, incidents)),
            "map": {"type": "FeatureCollection", "features": features},
            "timeline": timeline(incidents, stack)}


def _events_of(store: Store, inc: Incident) -> list[Event]:
    return [e for e in (store.get_event(eid) for eid in inc.event_ids) if e is not None]


def incident_detail(store: Store, incident_id: str) -> dict[str, Any] | None:
    """The incident, each source article with its text and the evidence spans its events were read from."""
    inc = store.get_incident(incident_id)
    if inc is None:
        return None
    events = _events_of(store, inc)
    articles = []
    for aid in inc.article_ids:
        a = store.get_article(aid)
        if a is None:
            continue
        spans = sorted({(ev.start, ev.end) for e in events if e.article_id == aid for ev in e.evidence})
        articles.append({**article_brief(a), "text": a.text,
                         "evidence": [{"start": s, "end": e} for s, e in spans],
                         "event_ids": [e.event_id for e in events if e.article_id == aid]})
    return {"incident": inc.to_json(), "articles": articles, "events": [e.to_json() for e in events]}


def actor_rows(incidents: Iterable[Incident]) -> list[dict[str, Any]]:
    """Perpetrators with their incident count, deaths, date span and event types, busiest first."""
    rows: dict[str, dict[str, Any]] = {}
    for inc in incidents:
        start = inc.date.start.isoformat() if inc.date and inc.date.start else None
        for name in dict.fromkeys(p.canonical or p.name for p in inc.perpetrators):
            r = rows.setdefault(name, {"name": name, "incidents": 0, "deaths": 0, "first": None, "last": None,
                                       "types": Counter()})
            r["incidents"] += 1
            r["deaths"] += _deaths(inc)
            r["types"][inc.event_type.value] += 1
            if start:
                r["first"] = min(filter(None, (r["first"], start)))
                r["last"] = max(filter(None, (r["last"], start)))
    out = sorted(rows.values(), key=lambda r: (-r["incidents"], -r["deaths"], r["name"]))
    return [{**r, "types": dict(r["types"].most_common())} for r in out]


def actors(store: Store, f: Filters) -> dict[str, Any]:
    return {"filters": f.params, "items": actor_rows(store.query_incidents(f.without_paging(MAP_LIMIT)))}


def search(store: Store, text: str, limit: int) -> dict[str, Any]:
    """Full-text hits over article titles and texts, best first, with the incidents each article is in."""
    hits = []
    for aid, snippet in store.search(text, limit=limit):
        a = store.get_article(aid)
        hits.append({"article_id": aid, "title": a.title if a else None, "snippet": snippet,
                     "incident_ids": store.incidents_of_article(aid)})
    return {"q": text, "items": hits}
