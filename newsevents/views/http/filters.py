"""The filters every API route and dashboard page shares, parsed once into the store's Query."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import HTTPException
from fastapi import Query as Param

from ...core.enums import EventType, Status
from ...store import Query

MAX_LIMIT = 1000
MAX_OFFSET = 2 ** 62        # past any store; offset + limit must still fit a 64-bit SQLite integer
Empty = Literal[""] | None


@dataclass(frozen=True)
class Filters:
    """A Query plus the raw parameters, so pages can rebuild links that keep the same filters."""
    query: Query
    params: dict[str, str]

    def link(self, path: str, **changes: str | int | None) -> str:
        """`path` with these filters (and `changes`, None removing a parameter) as its query string."""
        params = {**self.params, **{k: str(v) for k, v in changes.items() if v is not None}}
        for k, v in changes.items():
            if v is None:
                params.pop(k, None)
        return f"{path}?{urlencode(params)}" if params else path

    def without_paging(self, limit: int) -> Query:
        """The same filters over every record up to `limit` (maps and charts draw all matches)."""
        return replace(self.query, limit=limit, offset=0)


def _bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    if not raw:
        return None
    try:
        west, south, east, north = (float(x) for x in raw.split(","))
    except ValueError:
        raise HTTPException(422, detail="bbox must be four numbers: west,south,east,north") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(422, detail="bbox out of range: west,east in [-180, 180], -90 <= south <= north <= 90")
    return (west, south, east, north)


def filters(
    date_from: Annotated[date | Empty, Param(alias="from", description="keep records dated on or after")] = None,
    date_to: Annotated[date | Empty, Param(alias="to", description="keep records dated on or before")] = None,
    country: Annotated[str | None, Param(pattern="^([A-Za-z]{2})?$", description="ISO 3166-1 alpha-2")] = None,
    actor: Annotated[str | None, Param(max_length=200, description="perpetrator, canonical or surface name")] = None,
    event_type: Annotated[EventType | Empty, Param(alias="type")] = None,
    status: Annotated[Status | Empty, Param()] = None,
    bbox: Annotated[str | None, Param(description="west,south,east,north in degrees; west > east crosses 180°")] = None,
    q: Annotated[str | None, Param(max_length=500, description="full-text query over article titles and texts")] = None,
    limit: Annotated[int, Param(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Param(ge=0, le=MAX_OFFSET)] = 0,
) -> Filters:
    """FastAPI dependency: the shared filter parameters -> Filters (422 on a malformed value; an empty value,
    as a dashboard form sends for a blank field, is no filter)."""
    date_from, date_to = date_from or None, date_to or None
    event_type, status = event_type or None, status or None
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, detail="from is after to")
    query = Query(date_from=date_from, date_to=date_to, country=country.upper() if country else None,
                  actor=actor or None, event_type=event_type.value if event_type else None,
                  status=status.value if status else None, bbox=_bbox(bbox), text=q or None,
                  limit=limit, offset=offset)
    raw = {"from": date_from, "to": date_to, "country": query.country, "actor": query.actor,
           "type": query.event_type, "status": query.status, "bbox": bbox or None, "q": query.text}
    return Filters(query, {k: str(v) for k, v in raw.items() if v is not None})
