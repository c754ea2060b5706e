"""The one Store protocol every backend implements, and the record helpers backends share."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, runtime_checkable

from ..core import ids
from ..errors import StoreError
from ..core.enums import EventType, Outcome, Status
from ..core.records import (Actor, Article, ArticleOutcome, Count, DateRange, Event, Incident,
                            Location)


@dataclass(frozen=True)
class Query:
    """Filters shared by the CLI, the HTTP API and the dashboard; every field optional.

    `date_from`/`date_to` keep records whose date range overlaps [date_from, date_to]. `actor` matches a
    perpetrator's canonical name or surface name, case-insensitively. `bbox` is (west, south, east, north)
    in degrees; west > east means the box crosses the 180th meridian. `text` is a full-text query over
    article titles and texts: only records from matching articles. Results are ordered by start date
    (undated last), then id: stable across pages of `limit`/`offset`.
    """
    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None          # ISO 3166-1 alpha-2
    actor: str | None = None
    event_type: str | None = None
    status: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    limit: int = 100
    offset: int = 0


@runtime_checkable
class Store(Protocol):
    """Articles, their events and the incidents the events belong to.

    `save` is one transaction per article: a run killed part-way leaves every article either fully
    stored or absent, and `has_article` lets the rerun skip the finished ones.
    """

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """True when this article, with exactly this content hash, is stored."""

    def save(self, article: Article, events: Sequence[Event]) -> None:
        """Store the article and its events (one incident per event). Same id and hash: nothing changes.
        Same id, new hash: the article's old events and their incidents are replaced."""

    def get_article(self, article_id: str) -> Article | None: ...

    def events(self, article_id: str | None = None) -> Iterator[Event]:
        """Every stored event (or one article's), in ingestion order."""

    def incidents(self) -> Iterator[Incident]:
        """Every incident ordered by start date (undated last), then id."""

    def replace_incidents(self, incidents: Iterable[Incident]) -> None:
        """Swap all incidents for these (the incidents stage's merge result); every stored event must
        belong to exactly one of them."""

    # -- what the incidents stage needs -------------------------------------------------------------

    def pending_events(self) -> list[tuple[Event, str]]:
        """Events saved since the last merge (each still in its own pending single-event incident), with that
        incident's id, ordered by event id."""

    def events_in_window(self, start: date, end: date) -> list[tuple[Event, str]]:
        """Stored events whose date range overlaps [start, end], each with the id of its incident."""

    def article_dates(self, article_ids: Iterable[str]) -> dict[str, date | None]:
        """Publication dates of these articles (None when unknown)."""

    def apply_merge(self, removed: Iterable[str], incidents: Iterable[Incident]) -> None:
        """One transaction: delete the incidents `removed`, then insert or replace `incidents` (no longer
        pending). Raises StoreError, changing nothing, if any stored event would belong to no incident or two."""

    # -- queries for the API, the dashboard and the reports ----------------------------------------

    def query_incidents(self, q: Query) -> list[Incident]: ...

    def count_incidents(self, q: Query) -> int: ...

    def get_incident(self, incident_id: str) -> Incident | None: ...

    def query_events(self, q: Query) -> list[Event]: ...

    def count_events(self, q: Query) -> int: ...

    def get_event(self, event_id: str) -> Event | None: ...

    def list_articles(self, limit: int = 100, offset: int = 0) -> list[Article]:
        """Stored articles in ingestion order."""

    def incidents_of_article(self, article_id: str) -> list[str]:
        """Ids of the incidents an article reports or mentions."""

    def articles_count(self) -> int: ...

    def events_count(self) -> int: ...

    def incidents_count(self) -> int: ...

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search over article titles and texts: (article_id, snippet), best first."""

    def record_outcome(self, article_id: str, outcome: Outcome | str, reason: str | None = None,
                       stage: str | None = None) -> None:
        """Log how an article ended in the current run (skipped and failed ones above all)."""

    def outcomes(self, run_id: int | None = None) -> list[ArticleOutcome]:
        """The logged outcomes of one run (default: the latest run)."""

    def close(self) -> None: ...

    def __enter__(self) -> "Store": ...

    def __exit__(self, *exc: object) -> None: ...


def check_events(article: Article, events: Sequence[Event]) -> list[Event]:
    """The events, refused up front when one belongs to another article or two share an id."""
    events = list(events)
    seen: set[str] = set()
    for ev in events:
        if ev.article_id != article.id:
            raise StoreError(f"event {ev.event_id} belongs to article {ev.article_id!r}, not {article.id!r}",
                             article_id=article.id, stage="store")
        if ev.event_id in seen:
            raise StoreError(f"duplicate event id {ev.event_id}", article_id=article.id, stage="store")
        seen.add(ev.event_id)
    return events


def actor_keys(actors: Iterable[Actor]) -> list[str]:
    """The lower-cased canonical and surface names the actor filter matches."""
    keys: dict[str, None] = {}
    for a in actors:
        for n in (a.canonical, a.name):
            if n:
                keys[n.strip().lower()] = None
    return list(keys)


def incident_for_event(event: Event) -> Incident:
    """The single-event incident an event is stored in until the incidents stage merges across articles."""
    return Incident(
        incident_id=ids.incident_id(event.event_id),
        event_type=event.event_type,
        date=event.date,
        location=event.location,
        perpetrators=event.perpetrators,
        fatalities=event.fatalities,
        article_ids=(event.article_id,),
        event_ids=(event.event_id,),
        status=event.status,
        injuries=event.injuries,
        suicide=event.suicide,
        targets=event.targets,
        victims=event.victims,
        weapons=event.weapons,
        summary=event.evidence[0].text if event.evidence else None,
    )


def incident_from_json(d: dict[str, Any]) -> Incident:
    """Inverse of Incident.to_json."""
    return Incident.from_json(d)
