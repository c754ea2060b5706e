"""SQL for the shared Query filters on SQLite: one WHERE clause builder for incidents and events."""
from __future__ import annotations

from .base import Query


def _where(q: Query, table: str, key: str, actors: str, links: str) -> tuple[list[str], list[object]]:
    """Conditions and parameters for `q` on `table` (alias t) keyed by `key`; `actors` is its actor table and
    `links` a SELECT of (key, article_id) used for the full-text filter."""
    cond: list[str] = []
    params: list[object] = []
    if q.date_from:
        cond.append("COALESCE(t.date_end, t.date_start) >= ?")
        params.append(q.date_from.isoformat())
    if q.date_to:
        cond.append("t.date_start <= ?")
        params.append(q.date_to.isoformat())
    for column, value in (("country", q.country and q.country.upper()), ("event_type", q.event_type),
                          ("status", q.status)):
        if value:
            cond.append(f"t.{column} = ?")
            params.append(value)
    if q.actor:
        cond.append(f"EXISTS (SELECT 1 FROM {actors} x WHERE x.{key} = t.{key} AND x.actor = ?)")
        params.append(q.actor.strip().lower())
    if q.bbox:
        west, south, east, north = q.bbox
        cond.append("t.lat BETWEEN ? AND ?")
        params += [south, north]
        if west <= east:
            cond.append("t.lon BETWEEN ? AND ?")
        else:                                         # the box crosses the 180th meridian
            cond.append("(t.lon >= ? OR t.lon <= ?)")
        params += [west, east]
    if q.text and q.text.strip():
        words = " ".join('"' + w.replace('"', '""') + '"' for w in q.text.split())
        cond.append(f"t.{key} IN (SELECT l.{key} FROM ({links}) l JOIN articles a ON a.id = l.article_id "
                    "WHERE a.pk IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))")
        params.append(words)
    return cond, params


def _select(q: Query, what: str, table: str, key: str, actors: str, links: str, ordered: bool) -> tuple[str, list]:
    cond, params = _where(q, table, key, actors, links)
    sql = f"SELECT {what} FROM {table} t" + (" WHERE " + " AND ".join(cond) if cond else "")
    if ordered:
        sql += f" ORDER BY t.date_start IS NULL, t.date_start, t.{key}"
    return sql, params


def incident_sql(q: Query, what: str, ordered: bool = True) -> tuple[str, list]:
    return _select(q, what.replace("i.", "t."), "incidents", "incident_id", "incident_actors",
                   "SELECT incident_id, article_id FROM incident_articles", ordered)


def event_sql(q: Query, what: str, ordered: bool = True) -> tuple[str, list]:
    return _select(q, what.replace("e.", "t."), "events", "event_id", "event_actors",
                   "SELECT event_id, article_id FROM events", ordered)


def page(q: Query) -> str:
    return f" LIMIT {max(0, int(q.limit))} OFFSET {max(0, int(q.offset))}"
