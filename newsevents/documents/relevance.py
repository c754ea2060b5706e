"""Which of an article's events are incidents rather than violence named in passing.

Commentary, trial reports and political statements name violence in passing ("the bombing of civilians",
"the assassinations of 1988"). An event is kept when it is concretely anchored: a date expression, a casualty
figure, a place finer than a country, a perpetrator group the registry knows, or named victims. A background
mention of an earlier attack (flagged `background` upstream: dated well before publication) needs more: a year
alone ("the massacres of 1982") is how speeches and rights reports recall history, so a recalled attack is kept
only when it is firmly anchored (date, toll, place, group or victims: at least two of them). Such a recall is
then still reported, dated to when it happened, and merging across articles ties it to its incident.

A wire's dateline ("SAN SALVADOR, 14 JUL 89 (EFE) --") dates the report: an event whose only date is the
dateline's has no date of its own, so that date alone does not anchor it ("the general said the murders of
Salvadorans must stop"); it stays when it names who did it, what was hit or the weapon.
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

from ..core import Event
from ..core import GeoPrecision

MAX_AGE_DAYS = 60          # an event dated more than two months before publication is history, not news
FIRM_ANCHORS = 2           # anchors a background mention needs: a year alone is history recalled in passing
_FINE_PLACES = frozenset({GeoPrecision.POINT, GeoPrecision.CITY, GeoPrecision.DISTRICT})


def is_current(event: Event, published: date | None, max_age_days: int = MAX_AGE_DAYS) -> bool:
    """Not a background mention, and not ending more than `max_age_days` before `published`."""
    if event.background:
        return False
    last = (event.date.end or event.date.start) if event.date else None     # a range reaching into recent weeks
    if published is None or last is None:
        return True
    return (published - last).days <= max_age_days


def dated_by_dateline(event: Event, dateline: str) -> bool:
    """The event's date expression is the one in the article's dateline (the day the report was filed)."""
    text = event.date.text if event.date is not None else None
    return bool(text and dateline and text.lower() in dateline.lower())


def anchors(event: Event, dateline: str = "") -> int:
    """How many concrete anchors the event has: a date expression of its own (not the dateline's), a toll, a town,
    a known group, named victims."""
    return sum((
        bool(event.date is not None and event.date.text) and not dated_by_dateline(event, dateline),
        bool((event.fatalities and event.fatalities.count) or (event.injuries and event.injuries.count)),
        event.location is not None and event.location.precision in _FINE_PLACES,
        any(a.canonical for a in event.perpetrators),          # a group the actor registry knows
        bool(event.victims),
    ))


def is_anchored(event: Event, dateline: str = "") -> bool:
    """The event is tied to something concrete; a background mention must be firmly tied."""
    if event.background:
        return anchors(event, dateline) >= FIRM_ANCHORS
    named = bool(event.perpetrators or event.targets or event.weapons)
    return anchors(event, dateline) >= 1 or (named and dated_by_dateline(event, dateline))


def relevant_events(events: Sequence[Event], published: date | None, dateline: str = "") -> list[Event]:
    """The article's anchored events (`published` is kept for callers that judge currency with `is_current`);
    `dateline` is the article's dateline text, if it has one."""
    return [e for e in events if is_anchored(e, dateline)]
