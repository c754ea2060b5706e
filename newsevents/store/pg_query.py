"""A Query as PostgreSQL: the WHERE clause and ORDER BY both record tables (events, incidents) share.

Dates keep records whose range overlaps [date_from, date_to] (a record without an end date ends on
its start); the bbox uses the GiST-indexed point (`&&`), split in two at the 180th meridian when west >
east; `text` is a web-search query (quotes, OR, -word) over the tsvector of the records' articles.
"""
from __future__ import annotations

from typing import Literal

from .base import Query

Table = Literal["events", "incidents"]

_ID = {"events": "event_id", "incidents": "incident_id"}
# the articles a record comes from, for the full-text filter
_ARTICLES = {
    "events": "SELECT 1 FROM articles a WHERE a.id = t.article_id",
    "incidents": "SELECT 1 FROM incident_articles ia JOIN articles a ON a.id = ia.article_id "
                 "WHERE ia.incident_id = t.incident_id",
}
_ENVELOPE = "t.geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)"


def where(q: Query, table: Table) -> tuple[str, list[object]]:
    """`WHERE ...` (or "") for `q`'s filters on `table` aliased `t`, with its parameters."""
    clauses: list[str] = []
    params: list[object] = []
    if q.date_from:
        clauses.append("COALESCE(t.date_end, t.date_start) >= %s")
        params.append(q.date_from)
    if q.date_to:
        clauses.append("t.date_start <= %s")
        params.append(q.date_to)
    if q.country:
        clauses.append("t.country = %s")
        params.append(q.country.strip().upper())
    if q.actor:                                       # the names base.actor_keys stored
        clauses.append("t.actors @> ARRAY[%s]::text[]")
        params.append(q.actor.strip().lower())
    if q.event_type:
        clauses.append("t.event_type = %s")
        params.append(q.event_type)
    if q.status:
        clauses.append("t.status = %s")
        params.append(q.status)
    if q.bbox:
        west, south, east, north = q.bbox
        if west <= east:
            clauses.append(_ENVELOPE)
            params += [west, south, east, north]
        else:
            clauses.append(f"({_ENVELOPE} OR {_ENVELOPE})")
            params += [west, south, 180.0, north, -180.0, south, east, north]
    if q.text and q.text.strip():
        clauses.append(f"EXISTS ({_ARTICLES[table]} AND a.tsv @@ websearch_to_tsquery('simple', %s))")
        params.append(q.text)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def select_page(q: Query, table: Table, columns: str = "t.json") -> tuple[str, list[object]]:
    """One page of `table` matching `q`, ordered by start date (undated last), then id."""
    cond, params = where(q, table)
    sql = (f"SELECT {columns} FROM {table} t {cond} ORDER BY t.date_start NULLS LAST, t.{_ID[table]} "
           "LIMIT %s OFFSET %s")
    return sql, [*params, max(q.limit, 0), max(q.offset, 0)]


def select_count(q: Query, table: Table) -> tuple[str, list[object]]:
    cond, params = where(q, table)
    return f"SELECT COUNT(*) FROM {table} t {cond}", params
