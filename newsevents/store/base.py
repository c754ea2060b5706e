"""The one Store protocol every backend implements, and the record helpers backends share."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from ..core import ids
from ..core.enums import EventType, Outcome, Status
from ..core.records import (Actor, Article, ArticleOutcome, Count, DateRange, Event, Incident,
                            Location)


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


def incident_for_event(event: Event) -> Incident:
    """The single-event incident stored until the incidents stage merges across articles."""
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
    )


def incident_from_json(d: dict[str, Any]) -> Incident:
    """Inverse of Incident.to_json."""
    return Incident(
        incident_id=d["incident_id"],
        event_type=EventType(d["event_type"]),
        date=DateRange.from_json(d.get("date")),
        location=Location.from_json(d.get("location")),
        perpetrators=tuple(Actor.from_json(a) for a in d.get("perpetrators") or []),
        fatalities=Count.from_json(d.get("fatalities")),
        article_ids=tuple(d.get("article_ids") or []),
        event_ids=tuple(d.get("event_ids") or []),
        status=Status(d.get("status") or "realized"),
        injuries=Count.from_json(d.get("injuries")),
    )
