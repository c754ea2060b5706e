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
class TollReport:
    """One report's figures for an incident: which article said it, when, and what it said."""
    article_id: str
    event_id: str
    reported: date | None               # the article's publication date (None when unknown)
    fatalities: Count | None = None
    injuries: Count | None = None

    def to_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "event_id": self.event_id, "reported": _iso(self.reported),
                "fatalities": self.fatalities.to_json() if self.fatalities else None,
                "injuries": self.injuries.to_json() if self.injuries else None}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "TollReport":
        return cls(d["article_id"], d["event_id"], _date(d.get("reported")),
                   Count.from_json(d.get("fatalities")), Count.from_json(d.get("injuries")))


@dataclass(frozen=True)
class SourcedClaim:
    """A claim ("X claimed it") or an attribution ("officials blamed X"), with the article that reported it."""
    actor: str                          # the actor claimed or blamed (canonical when resolved)
    article_id: str
    source: str | None = None           # who attributed it (attributions only)

    def to_json(self) -> dict[str, Any]:
        return {"actor": self.actor, "article_id": self.article_id, "source": self.source}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "SourcedClaim":
        return cls(d["actor"], d["article_id"], d.get("source"))


@dataclass(frozen=True)
class Incident:
    """One real-world happening: every event (report or mention) of it, from every article, merged.

    The toll is the latest report's figure (`toll_history` keeps each report's); `fatalities_range` and
    `injuries_range` are the (lowest, highest) counts any report gave. `claims` and `attributions` keep
    their source articles. `summary` is the evidence sentence of the most informative report.
    """
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
    suicide: bool = False
    targets: tuple[Participant, ...] = ()
    victims: tuple[Participant, ...] = ()
    weapons: tuple[str, ...] = ()
    claims: tuple[SourcedClaim, ...] = ()
    attributions: tuple[SourcedClaim, ...] = ()
    toll_history: tuple[TollReport, ...] = ()
    fatalities_range: tuple[int, int] | None = None
    injuries_range: tuple[int, int] | None = None
    summary: str | None = None
    first_reported: date | None = None
    last_reported: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
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
            "fatalities_range": list(self.fatalities_range) if self.fatalities_range else None,
            "injuries_range": list(self.injuries_range) if self.injuries_range else None,
            "toll_history": [t.to_json() for t in self.toll_history],
            "claimed_by": sorted({c.actor for c in self.claims}),
            "claims": [c.to_json() for c in self.claims],
            "attributions": [a.to_json() for a in self.attributions],
            "summary": self.summary,
            "first_reported": _iso(self.first_reported),
            "last_reported": _iso(self.last_reported),
            "article_ids": list(self.article_ids),
            "event_ids": list(self.event_ids),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Incident":
        def rng(v):
            return (int(v[0]), int(v[1])) if v else None
        return cls(
            incident_id=d["incident_id"], event_type=EventType(d["event_type"]),
            date=DateRange.from_json(d.get("date")), location=Location.from_json(d.get("location")),
            perpetrators=tuple(Actor.from_json(a) for a in d.get("perpetrators") or []),
            fatalities=Count.from_json(d.get("fatalities")),
            article_ids=tuple(d.get("article_ids") or []), event_ids=tuple(d.get("event_ids") or []),
            status=Status(d.get("status") or "realized"), injuries=Count.from_json(d.get("injuries")),
            suicide=bool(d.get("suicide")),
            targets=tuple(Participant.from_json(t) for t in d.get("targets") or []),
            victims=tuple(Participant.from_json(v) for v in d.get("victims") or []),
            weapons=tuple(d.get("weapons") or []),
            claims=tuple(SourcedClaim.from_json(c) for c in d.get("claims") or []),
            attributions=tuple(SourcedClaim.from_json(c) for c in d.get("attributions") or []),
            toll_history=tuple(TollReport.from_json(t) for t in d.get("toll_history") or []),
            fatalities_range=rng(d.get("fatalities_range")), injuries_range=rng(d.get("injuries_range")),
            summary=d.get("summary"), first_reported=_date(d.get("first_reported")),
            last_reported=_date(d.get("last_reported")),
        )


@dataclass(frozen=True)
class ArticleOutcome:
    """How one article ended: ok (with its events), skipped or failed (with a reason)."""
    article_id: str
    outcome: Outcome
    reason: str | None = None
    stage: str | None = None
    events: tuple[Event, ...] = field(default=())
    article: Article | None = None

