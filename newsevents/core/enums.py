"""Closed vocabularies of the event record (shared/CONTRACT.md)."""
from __future__ import annotations

from enum import Enum


class _Str(str, Enum):
    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class EventType(_Str):
    ARMED_ASSAULT = "armed_assault"
    BOMBING = "bombing"
    ASSASSINATION = "assassination"
    KIDNAPPING = "kidnapping"
    ARSON = "arson"
    FACILITY_ATTACK = "facility_attack"
    REMOTE_VIOLENCE = "remote_violence"
    BATTLE = "battle"
    VIOLENCE_AGAINST_CIVILIANS = "violence_against_civilians"
    THREAT = "threat"
    PROTEST = "protest"
    RIOT = "riot"
    OTHER = "other"


class Status(_Str):
    REALIZED = "realized"
    ATTEMPTED = "attempted"
    THREATENED = "threatened"


class DatePrecision(_Str):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    UNKNOWN = "unknown"


class GeoPrecision(_Str):
    POINT = "point"
    CITY = "city"
    DISTRICT = "district"
    ADMIN1 = "admin1"
    COUNTRY = "country"
    REGION = "region"
    UNKNOWN = "unknown"


class ActorKind(_Str):
    ORGANIZATION = "organization"
    INDIVIDUAL = "individual"
    STATE = "state"
    UNKNOWN = "unknown"


class Qualifier(_Str):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    APPROX = "approx"
    UP_TO = "up_to"
    RANGE = "range"


class Outcome(_Str):
    """How one article ended in a run."""
    OK = "ok"
    SKIPPED = "skipped"
    FAILED = "failed"
