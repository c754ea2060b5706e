"""How alike two reports are: may they be the same incident (cannot-link rules), and how strongly they agree.

Each report is an `Report`: an event with its article's publication date and a few derived values. The score
is a weighted mean of five agreements in [0, 1] — date, place, type, perpetrators, toll — and `None` means the
two can never be one incident (same article, types that cannot mix, days apart at day precision, places far
apart or in different countries, a threat beside an attack).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..core.geo import great_circle_km
from ..core import DatePrecision, Event, EventType, GeoPrecision, Location

FINE_PLACES = {GeoPrecision.POINT, GeoPrecision.CITY, GeoPrecision.DISTRICT}
FINE_DATES = {DatePrecision.DAY}
ATTACKS = {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.ASSASSINATION, EventType.VIOLENCE_AGAINST_CIVILIANS,
           EventType.REMOTE_VIOLENCE, EventType.ARSON, EventType.FACILITY_ATTACK, EventType.KIDNAPPING, EventType.BATTLE}
# attack types one incident is often reported as ("gunmen and a suicide bomber", "shooting" / "massacre")
MIXABLE = {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.ASSASSINATION, EventType.VIOLENCE_AGAINST_CIVILIANS,
           EventType.ARSON, EventType.FACILITY_ATTACK}
WEIGHTS = {"date": 0.30, "place": 0.30, "type": 0.15, "actor": 0.15, "toll": 0.10}
UNDATED_LAG_DAYS = 30         # an event dated only by its article happened up to a month before publication
SAME_ARTICLE_PENALTY = 0.15   # the article's own merge kept them apart, but it misses some "the attack" mentions


@dataclass(frozen=True)
class Report:
    """One event as the merger sees it."""
    event: Event
    published: date | None
    start: date | None                  # the span the event may have happened in
    end: date | None
    exact_day: bool                     # the text dated it to one day
    actors: frozenset[str] = field(default_factory=frozenset)    # perpetrators' canonical names
    lineage: frozenset[str] = field(default_factory=frozenset)   # those names and every parent above them

    @property
    def event_id(self) -> str:
        return self.event.event_id

    @property
    def article_id(self) -> str:
        return self.event.article_id

    @property
    def tier(self) -> int:
        """0: dated to the day by its text; 1: to a week, or only by its article's date; 2: coarser."""
        return 0 if self.exact_day else 2 if self.coarse else 1

    @property
    def coarse(self) -> bool:
        """Dated to a month, a year or not at all: such a report attaches to incidents, it does not found them
        when a finer one is there."""
        return not self.exact_day and self.event.date is not None and self.event.date.precision not in (
            DatePrecision.WEEK, DatePrecision.UNKNOWN)


def make_report(event: Event, published: date | None, actors: frozenset[str] = frozenset(),
                lineage: frozenset[str] = frozenset()) -> Report:
    d = event.date
    if d is None or d.start is None:
        return Report(event, published, None, None, False, actors, lineage)
    start, end = d.start, d.end or d.start
    if d.precision is DatePrecision.UNKNOWN:               # the article's date stands in for the event's
        start = start - timedelta(days=UNDATED_LAG_DAYS)
    return Report(event, published, start, end, d.precision in FINE_DATES, actors, lineage)


def km(a: Location, b: Location) -> float:
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def _date_score(a: Report, b: Report) -> float | None:
    if a.start is None or b.start is None:
        return None                                        # no date at all: nothing to tie it to another report
    if a.exact_day and b.exact_day:
        gap = abs((a.start - b.start).days)
        return {0: 1.0, 1: 0.6}.get(gap)                      # two days apart at day precision: two incidents
    overlap = a.start <= b.end and b.start <= a.end
    if overlap:
        return 0.8 if (a.exact_day or b.exact_day) and min(_span(a), _span(b)) <= 8 else 0.6
    gap = min(abs((a.start - b.end).days), abs((b.start - a.end).days))
    return 0.3 if gap <= 2 else None


def _span(r: Report) -> int:
    return (r.end - r.start).days + 1


def _place_score(a: Location | None, b: Location | None) -> float | None:
    if a is None or b is None or not a.country or not b.country:
        return 0.4
    if a.country != b.country:
        return None
    if a.precision in FINE_PLACES and b.precision in FINE_PLACES and None not in (a.lat, a.lon, b.lat, b.lon):
        if a.geonames_id and a.geonames_id == b.geonames_id:
            return 1.0
        d = km(a, b)
        if d <= 15:
            return 1.0
        if d <= 60:
            return 0.7
        if d <= 150:
            return 0.3
        return None
    if a.admin1 and b.admin1:
        return 0.7 if a.admin1 == b.admin1 else 0.1
    return 0.5


def _type_score(a: EventType, b: EventType) -> float | None:
    if a == b:
        return 1.0
    if EventType.THREAT in (a, b) or not (a in ATTACKS and b in ATTACKS):
        return None
    return 0.6 if a in MIXABLE and b in MIXABLE else 0.0


def _actor_score(a: Report, b: Report) -> float:
    """Same group, or one a branch of the other (ISKP and IS); two branches of one parent are not the same."""
    if not a.actors or not b.actors:
        return 0.5
    return 1.0 if a.actors & b.lineage or b.actors & a.lineage else 0.0


def _toll_score(a: Event, b: Event) -> float:
    fa, fb = a.fatalities, b.fatalities
    if not fa or not fb:
        return 0.5
    lo, hi = sorted((fa.count, fb.count))
    if hi == 0:
        return 1.0
    return 0.2 + 0.8 * (lo / hi) ** 0.5


def similarity(a: Report, b: Report) -> float | None:
    """Agreement of two reports in [0, 1], or None when they cannot be one incident."""
    ea, eb = a.event, b.event
    if (ea.status.value == "threatened") != (eb.status.value == "threatened"):
        return None
    parts = {"type": _type_score(ea.event_type, eb.event_type), "date": _date_score(a, b),
             "place": _place_score(ea.location, eb.location)}
    if None in parts.values():
        return None
    parts["actor"] = _actor_score(a, b)
    parts["toll"] = _toll_score(ea, eb)
    score = sum(WEIGHTS[k] * v for k, v in parts.items())
    if ea.status != eb.status:
        score -= 0.1                                       # a foiled attempt and a realized attack: rarely one
    if a.article_id == b.article_id:
        score -= SAME_ARTICLE_PENALTY
    return score
