"""The shared vocabulary of every stage: enums, typed records, stable ids."""
from .enums import ActorKind, DatePrecision, EventType, GeoPrecision, Outcome, Qualifier, Status
from .records import (Actor, Article, ArticleOutcome, Attribution, Count, DateRange, Event, Evidence,
                      Incident, Location, Participant, SourcedClaim, TollReport)

__all__ = [
    "Actor", "ActorKind", "Article", "ArticleOutcome", "Attribution", "Count", "DatePrecision", "DateRange",
    "Event", "EventType", "Evidence", "GeoPrecision", "Incident", "Location", "Outcome", "Participant",
    "Qualifier", "SourcedClaim", "Status", "TollReport",
]
