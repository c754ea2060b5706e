"""The JSON API under /api (and POST /articles): every dashboard page's data comes from the same functions."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi import Query as Param
from starlette.concurrency import run_in_threadpool

from . import data
from .actor_page import actor_detail
from .auth import require_token
from .charts import timeline
from .filters import MAX_LIMIT, MAX_OFFSET, Filters, filters
from .ingest import BadBody
from .network import network

router = APIRouter(prefix="/api", tags=["api"])
ingest_router = APIRouter(tags=["ingest"])

Stack = Annotated[Literal["type", "actor", "none"], Param(description="what the bars are stacked by")]
Shared = Annotated[Filters, Depends(filters)]


def _found(value: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if value is None:
        raise HTTPException(404, detail=f"no such {what}")
    return value


@router.get("/incidents")
def incidents(request: Request, f: Shared) -> dict[str, Any]:
    """Incidents matching the filters, one page at a time, ordered by start date (undated last) then id."""
    return data.incidents_page(request.app.state.store, f)


@router.get("/incidents/{incident_id}")
def incident(request: Request, incident_id: str) -> dict[str, Any]:
    """One incident with its events, every source article's text and the evidence spans in each."""
    return _found(data.incident_detail(request.app.state.store, incident_id), "incident")


@router.get("/events")
def events(request: Request, f: Shared) -> dict[str, Any]:
    """Events (one per report of an incident) matching the filters, paged like incidents."""
    return data.events_page(request.app.state.store, f)


@router.get("/events/{event_id}")
def event(request: Request, event_id: str) -> dict[str, Any]:
    ev = request.app.state.store.get_event(event_id)
    return _found(ev.to_json() if ev else None, "event")


@router.get("/articles")
def articles(request: Request, limit: Annotated[int, Param(ge=1, le=MAX_LIMIT)] = 100,
             offset: Annotated[int, Param(ge=0, le=MAX_OFFSET)] = 0) -> dict[str, Any]:
    """Stored articles in ingestion order (without their text)."""
    return data.articles_page(request.app.state.store, limit, offset)


@router.get("/articles/{article_id:path}")
def article(request: Request, article_id: str) -> dict[str, Any]:
    """One article: its text, its events and the incidents it reports or mentions."""
    return _found(data.article_detail(request.app.state.store, article_id), "article")


@router.get("/actors")
def actors(request: Request, f: Shared) -> dict[str, Any]:
    """Perpetrators of the matching incidents: incidents, deaths, first and last date, event types."""
    return data.actors(request.app.state.store, f)


@router.get("/actors/{name}")
def actor(request: Request, name: str, f: Shared) -> dict[str, Any]:
    """One actor: its totals, its incidents under the filters, and its trend report when one can be made."""
    state = request.app.state
    found = actor_detail(state.store, name, f, state.registry)
    return _found(found[0] if found else None, "actor")


@router.get("/search")
def search(request: Request, q: Annotated[str, Param(min_length=1, max_length=500)],
           limit: Annotated[int, Param(ge=1, le=200)] = 20) -> dict[str, Any]:
    """Full-text search (SQLite FTS5 syntax) over article titles and texts, best match first."""
    return data.search(request.app.state.store, q, limit)


@router.get("/trends")
def trends(request: Request, f: Shared, stack: Stack = "type") -> dict[str, Any]:
    """Incidents and deaths per month under the filters, one series per event type or actor."""
    store = request.app.state.store
    return {"filters": f.params, **timeline(store.query_incidents(f.without_paging(data.MAP_LIMIT)), stack)}


@router.get("/overview")
def overview(request: Request, f: Shared, stack: Stack = "type") -> dict[str, Any]:
    """The dashboard's front page: located incidents as GeoJSON, and the timeline, under one set of filters."""
    return data.overview(request.app.state.store, f, stack)


@router.get("/network")
def actor_network(request: Request, f: Shared) -> dict[str, Any]:
    """Actors linked to the target categories they hit and to their registry parents and affiliates."""
    store = request.app.state.store
    graph = network(store.query_incidents(f.without_paging(data.MAP_LIMIT)), request.app.state.registry)
    return {"filters": f.params, **graph}


INGEST_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object", "required": ["id"], "properties": {
        "id": {"type": "string"}, "text": {"type": "string"}, "html": {"type": "string"},
        "title": {"type": "string"}, "url": {"type": "string"}, "published": {"type": "string"}}}},
    "application/x-ndjson": {"schema": {"type": "string", "description": "JSON Lines: one article a line"}}}}}


@ingest_router.post("/articles", status_code=201, dependencies=[Depends(require_token)],
                    openapi_extra=INGEST_BODY, responses={401: {"description": "no or wrong bearer token"},
                                                          413: {"description": "body over the size cap"}})
async def post_articles(request: Request, response: Response) -> dict[str, Any]:
    """Ingest one article (a JSON object) or many (JSON Lines); needs `Authorization: Bearer <token>`.

    Each article ends as ok, skipped (with a reason: already stored, no text...) or failed; the answer
    lists them with the incidents each stored article is now part of.
    """
    cap: int = request.app.state.max_body
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            raise HTTPException(413, detail=f"request body over {cap} bytes")
    try:
        result = await run_in_threadpool(request.app.state.ingester.ingest, bytes(body))
    except BadBody as exc:
        raise HTTPException(422, detail=str(exc)) from None
    if not result["ok"]:
        response.status_code = 200
    return result
