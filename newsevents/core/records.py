"""Typed records that cross stage boundaries. JSON appears only in `to_json`/`from_json` at the edges."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .enums import ActorKind, DatePrecision, EventType, GeoPrecision, Outcome, Qualifier, Status


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s[:10]) if s else None


@dataclass(frozen=True)
class Article:
    """One article as extracted: `text` is what every evidence offset points into."""
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None          # file path, URL or "-"
    content_hash: str = ""
    warnings: tuple[str, ...] = ()     # e.g. truncated


@dataclass(frozen=True)
class DateRange:
    start: date | None
    end: date | None
    precision: DatePrecision = DatePrecision.UNKNOWN
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": _iso(self.start), "end": _iso(self.end),
                "precision": self.precision.value, "text": self.text}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> "DateRange | None":
        if not d:
            return None
        return cls(_date(d.get("start")), _date(d.get("end")),
                   DatePrecision(d.get("precision") or "unknown"), d.get("text"))


@dataclass(frozen=True)
class Location:
    name: str | None
    country: str | None                 # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision = GeoPrecision.UNKNOWN
    geonames_id: int | None = None
    text: str | None = None             # surface text in the article
    qualifier: str | None = None        # direction such as "north" for "northern Pakistan"

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1,
                "lat": self.lat, "lon": self.lon, "precision": self.precision.value,
                "geonames_id": self.geonames_id, "text": self.text, "qualifier": self.qualifier}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> "Location | None":
        if not d:
            return None
        return cls(d.get("name"), d.get("country"), d.get("admin1"), d.get("lat"), d.get("lon"),
                   GeoPrecision(d.get("precision") or "unknown"), d.get("geonames_id"),
                   d.get("text"), d.get("qualifier"))


@dataclass(frozen=True)
class Actor:
    name: str                           # surface string
    canonical: str | None = None
    kind: ActorKind = ActorKind.UNKNOWN

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "canonical": self.canonical, "kind": self.kind.value}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Actor":
        return cls(d["name"], d.get("canonical"), ActorKind(d.get("kind") or "unknown"))


@dataclass(frozen=True)
class Participant:
    """A target or victim: a surface string with an optional kind (facility, person, group...)."""
    name: str
    kind: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind} if self.kind else {"name": self.name}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Participant":
        return cls(d["name"], d.get("kind"))


@dataclass(frozen=True)
class Count:
    count: int
    qualifier: Qualifier = Qualifier.EXACT
    max: int | None = None
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "qualifier": self.qualifier.value, "max": self.max, "text": self.text}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> "Count | None":
        if not d:
            return None
        return cls(int(d["count"]), Qualifier(d.get("qualifier") or "exact"), d.get("max"), d.get("text"))


@dataclass(frozen=True)
class Attribution:
    source: str | None                  # who said it ("U.S. officials")
    actor: str                          # the actor they named (canonical when resolved)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "actor": self.actor}


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Event:
    event_id: str
    article_id: str
    event_type: EventType
    status: Status = Status.REALIZED
    suicide: bool = False
    date: DateRange | None = None
    location: Location | None = None
    perpetrators: tuple[Actor, ...] = ()
    targets: tuple[Participant, ...] = ()
    victims: tuple[Participant, ...] = ()
    weapons: tuple[str, ...] = ()
    fatalities: Count | None = None
    injuries: Count | None = None
    claimed_by: tuple[str, ...] = ()
    attributed_by: tuple[Attribution, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    trigger: str | None = None          # the word the event was read from (extension)
    background: bool = False            # a mention of an earlier attack, not the article's news (extension)

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "event_type": self.event_type.value,
            "status": self.status.value,
            "suicide": self.suicide,
            "date": self.date.to_json() if self.date else
                    {"start": None, "end": None, "precision": "unknown", "text": None},
            "location": self.location.to_json() if self.location else None,
            "perpetrators": [a.to_json() for a in self.perpetrators],
            "targets": [t.to_json() for t in self.targets],
            "victims": [v.to_json() for v in self.victims],
            "weapons": list(self.weapons),
            "fatalities": self.fatalities.to_json() if self.fatalities else None,
            "injuries": self.injuries.to_json() if self.injuries else None,
            "claimed_by": list(self.claimed_by),
            "attributed_by": [a.to_json() for a in self.attributed_by],
            "evidence": [e.to_json() for e in self.evidence],
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "background": self.background,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Event":
        return cls(
            event_id=d["event_id"], article_id=d["article_id"], event_type=EventType(d["event_type"]),
            status=Status(d.get("status") or "realized"), suicide=bool(d.get("suicide")),
            date=DateRange.from_json(d.get("date")), location=Location.from_json(d.get("location")),
            perpetrators=tuple(Actor.from_json(a) for a in d.get("perpetrators") or []),
            targets=tuple(Participant.from_json(t) for t in d.get("targets") or []),
            victims=tuple(Participant.from_json(v) for v in d.get("victims") or []),
            weapons=tuple(d.get("weapons") or []),
            fatalities=Count.from_json(d.get("fatalities")), injuries=Count.from_json(d.get("injuries")),
            claimed_by=tuple(d.get("claimed_by") or []),
            attributed_by=tuple(Attribution(a.get("source"), a["actor"]) for a in d.get("attributed_by") or []),
            evidence=tuple(Evidence(e["text"], e["start"], e["end"]) for e in d.get("evidence") or []),
            confidence=float(d.get("confidence") or 0.0), trigger=d.get("trigger"),
            background=bool(d.get("background")),
        )


@dataclass(frozen=True)
class Incident:
    """One real-world happening; for now one per event (cross-article merging is a later issue)."""
    incident_id: str
    event_type: EventType
    date: DateRange | None
    location: Location | None
    perpetrators: tuple[Actor, ...]
    fatalities: Count | None
    article_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    status: Status = Status.REALIZED
    injuries: Count | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "event_type": self.event_type.value,
            "status": self.status.value,
            "date": self.date.to_json() if self.date else
                    {"start": None, "end": None, "precision": "unknown", "text": None},
            "location": self.location.to_json() if self.location else None,
            "perpetrators": [a.to_json() for a in self.perpetrators],
            "fatalities": self.fatalities.to_json() if self.fatalities else None,
            "injuries": self.injuries.to_json() if self.injuries else None,
            "article_ids": list(self.article_ids),
            "event_ids": list(self.event_ids),
        }


@dataclass(frozen=True)
class ArticleOutcome:
    """How one article ended: ok (with its events), skipped or failed (with a reason)."""
    article_id: str
    outcome: Outcome
    reason: str | None = None
    stage: str | None = None
    events: tuple[Event, ...] = field(default=())
    article: Article | None = None

