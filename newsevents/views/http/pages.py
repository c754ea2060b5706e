"""The dashboard: server-rendered pages, each drawing exactly what its JSON twin under /api returns."""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi import Query as Param
from fastapi.responses import HTMLResponse

from ...core.enums import EventType, Status
from . import data
from .actor_page import actor_detail, report_html
from .api import Stack
from .filters import Filters, filters
from .network import network

router = APIRouter(include_in_schema=False)
Shared = Annotated[Filters, Depends(filters)]


def _render(request: Request, template: str, f: Filters | None, twin: str, page: dict[str, Any],
            status: int = 200, **extra: Any) -> HTMLResponse:
    """Render a page; `twin` is the API URL of the same data, linked from the page."""
    ctx = {"f": f, "params": f.params if f else {}, "twin": twin, "page": page, "event_types": list(EventType),
           "statuses": list(Status), **extra}
    return request.app.state.templates.TemplateResponse(request, template, ctx, status_code=status)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, f: Shared, stack: Stack = "type") -> HTMLResponse:
    page = data.overview(request.app.state.store, f, stack)
    return _render(request, "overview.html", f, f.link("/api/overview", stack=stack), page, stack=stack)


@router.get("/incidents", response_class=HTMLResponse)
def incidents(request: Request, f: Shared) -> HTMLResponse:
    page = data.incidents_page(request.app.state.store, f, path="/incidents")
    twin = f.link("/api/incidents", limit=f.query.limit, offset=f.query.offset)
    return _render(request, "incidents.html", f, twin, page)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident(request: Request, incident_id: str) -> HTMLResponse:
    page = data.incident_detail(request.app.state.store, incident_id)
    if page is None:
        return _render(request, "missing.html", None, f"/api/incidents/{quote(incident_id)}", {}, 404, what="incident")
    return _render(request, "incident.html", None, f"/api/incidents/{quote(incident_id)}", page)


@router.get("/network", response_class=HTMLResponse)
def actor_network(request: Request, f: Shared) -> HTMLResponse:
    store = request.app.state.store
    graph = network(store.query_incidents(f.without_paging(data.MAP_LIMIT)), request.app.state.registry)
    return _render(request, "network.html", f, f.link("/api/network"), {"filters": f.params, **graph})


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, f: Shared) -> HTMLResponse:
    return _render(request, "actors.html", f, f.link("/api/actors"), data.actors(request.app.state.store, f))


@router.get("/actors/{name}", response_class=HTMLResponse)
def actor(request: Request, name: str, f: Shared) -> HTMLResponse:
    state = request.app.state
    found = actor_detail(state.store, name, f, state.registry)
    twin = f.link(f"/api/actors/{quote(name, safe='')}")
    if found is None:
        return _render(request, "missing.html", f, twin, {}, 404, what="actor")
    return _render(request, "actor.html", f, twin, found[0], report=report_html(found[1]))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Param(max_length=500)] = "",
           limit: Annotated[int, Param(ge=1, le=200)] = 20) -> HTMLResponse:
    page = data.search(request.app.state.store, q, limit) if q.strip() else {"q": q, "items": []}
    return _render(request, "search.html", None, "/api/search?" + urlencode({"q": q, "limit": limit}), page)
