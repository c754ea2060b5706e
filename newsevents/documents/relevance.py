"""Which of an article's events are incidents rather than violence named in passing.

Commentary, trial reports and political statements name violence in passing ("the bombing of civilians",
"the assassinations of 1988"). An event is kept when it is concretely anchored: a date expression, a casualty
figure, a place finer than a country, a perpetrator group the registry knows, or named victims. Background
mentions of earlier attacks are kept when anchored (they are flagged `background` upstream): an article that
only recalls past attacks still reports them, and merging across articles is what ties them to the incident.
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

from ..core import Event
from ..core import GeoPrecision

MAX_AGE_DAYS = 60          # an event dated more than two months before publication is history, not news
_FINE_PLACES = frozenset({GeoPrecision.POINT, GeoPrecision.CITY, GeoPrecision.DISTRICT})


def is_current(event: Event, published: date | None, max_age_days: int = MAX_AGE_DAYS) -> bool:
    """Not a background mention, and not ending more than `max_age_days` before `published`."""
    if event.background:
        return False
    last = (event.date.end or event.date.start) if event.date else None     # a range reaching into recent weeks
    if published is None or last is None:
        return True
    return (published - last).days <= max_age_days


def is_anchored(event: Event) -> bool:
    """The event is tied to something concrete: a date, a toll, a town, a known group, a named victim."""
    if event.date is not None and event.date.text:
        return True
    if (event.fatalities and event.fatalities.count) or (event.injuries and event.injuries.count):
        return True
    if event.location is not None and event.location.precision in _FINE_PLACES:
        return True
    if any(a.canonical for a in event.perpetrators):          # a group the actor registry knows
        return True
    return bool(event.victims)


def relevant_events(events: Sequence[Event], published: date | None) -> list[Event]:
    """The article's anchored events (`published` is kept for callers that judge currency with `judge`)."""
    return [e for e in events if is_anchored(e)]
