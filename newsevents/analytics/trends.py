"""Trends per actor: tempo, lethality, reach, targets and tactics, claims versus attributions — each figure with
the incidents behind it, compared between two periods (chosen by the user, or the two halves of the data).

An actor's incidents are those whose perpetrators, claims or attributions name the actor (its canonical name,
resolved from any alias) or one of its branches (an IS province counts for IS).
"""
from __future__ import annotations

import json
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from ..core import Incident
from ..core.geo import great_circle_km
from ..errors import NewseventsError
from ..resolve.actors import ActorRegistry
from ..store.base import Query, Store

BIG_TOLL = 10


@dataclass(frozen=True)
class Figure:
    """One stated number and the incidents it was computed from."""
    name: str
    value: float | int | str | None
    incident_ids: tuple[str, ...] = ()
    unit: str = ""

    def to_json(self) -> dict:
        return {"name": self.name, "value": self.value, "unit": self.unit, "incident_ids": list(self.incident_ids)}


@dataclass(frozen=True)
class PeriodStats:
    label: str
    start: date | None
    end: date | None
    figures: tuple[Figure, ...]

    def get(self, name: str) -> Figure:
        return next(f for f in self.figures if f.name == name)

    def to_json(self) -> dict:
        return {"label": self.label, "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None, "figures": [f.to_json() for f in self.figures]}


@dataclass(frozen=True)
class ActorReport:
    actor: str                                  # canonical name
    asked: str                                  # what the user typed
    home_countries: tuple[str, ...]
    incidents: tuple[Incident, ...]
    overall: PeriodStats
    periods: tuple[PeriodStats, ...]
    monthly: tuple[tuple[str, int, int], ...]   # (YYYY-MM, incidents, deaths)
    countries: tuple[tuple[str, int, tuple[str, ...]], ...] = field(default=())  # (cc, incidents, ids)

    def to_json(self) -> dict:
        return {"actor": self.actor, "asked": self.asked, "home_countries": list(self.home_countries),
                "incidents": len(self.incidents), "overall": self.overall.to_json(),
                "periods": [p.to_json() for p in self.periods],
                "monthly": [{"month": m, "incidents": n, "deaths": d} for m, n, d in self.monthly],
                "countries": [{"country": c, "incidents": n, "incident_ids": list(i)} for c, n, i in self.countries]}


@lru_cache(maxsize=1)
def _diplomatic_words() -> tuple[str, ...]:
    raw = resources.files("newsevents.analytics.data").joinpath("targets.json").read_text(encoding="utf-8")
    return tuple(json.loads(raw)["diplomatic_or_foreign"])


def resolve_actor(name: str, registry: ActorRegistry | None = None) -> tuple[str, set[str], tuple[str, ...]]:
    """(canonical, the names that count as this actor, home countries) for a name or alias."""
    reg = registry or ActorRegistry.load()
    canonical = reg.canonical_of(name) or (name if reg.get(name) else None)
    if canonical is None:
        raise NewseventsError(f"unknown actor {name!r}: try `newsevents actors {name}`")
    family = {e.canonical for e in reg.entries() if canonical in reg.lineage(e.canonical)}
    entry = reg.get(canonical)
    homes = tuple(getattr(entry, "countries", ()) or ())
    return canonical, family | {canonical}, homes


def _names_of(i: Incident) -> set[str]:
    return ({p.canonical for p in i.perpetrators if p.canonical} | {c.actor for c in i.claims}
            | {a.actor for a in i.attributions})


def actor_incidents(store: Store, family: set[str], since: date | None = None) -> list[Incident]:
    """Dated, not merely threatened incidents whose perpetrators, claims or attributions name the family: one pass
    over the period's incidents, a page at a time."""
    out: list[Incident] = []
    page = 0
    while True:
        batch = store.query_incidents(Query(date_from=since, limit=500, offset=page * 500))
        out += [i for i in batch if _names_of(i) & family]
        if len(batch) < 500:
            break
        page += 1
    realized = [i for i in out if i.status.value != "threatened" and i.date and i.date.start]
    return sorted(realized, key=lambda i: (i.date.start, i.incident_id))


def _deaths(i: Incident) -> int:
    return i.fatalities.count if i.fatalities else 0


@lru_cache(maxsize=64)
def _capital(cc: str) -> tuple[float, float] | None:
    import pycountry
    from countryinfo import CountryInfo

    c = pycountry.countries.get(alpha_2=cc)
    try:
        lat, lon = CountryInfo(c.name).capital_latlng() if c else (None, None)
    except (KeyError, ValueError, TypeError, AttributeError):
        return None
    return (lat, lon) if lat is not None else None


def _months(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month + 1


def period_stats(label: str, incidents: list[Incident], homes: tuple[str, ...], start: date | None,
                 end: date | None, actor_family: set[str]) -> PeriodStats:
    ids = lambda xs: tuple(i.incident_id for i in xs)  # noqa: E731
    n = len(incidents)
    months = _months(start, end) if start and end else 0
    with_toll = [i for i in incidents if i.fatalities]
    deaths = [_deaths(i) for i in with_toll]
    big = [i for i in with_toll if _deaths(i) >= BIG_TOLL]
    located = [i for i in incidents if i.location and i.location.country]
    abroad = [i for i in located if homes and i.location.country not in homes]
    base = _capital(homes[0]) if homes else None
    far = max(((i, great_circle_km(*base, i.location.lat, i.location.lon)) for i in incidents
               if base and i.location and i.location.lat is not None), key=lambda t: t[1], default=None)
    suicide = [i for i in incidents if i.suicide]
    words = _diplomatic_words()
    diplomatic = [i for i in incidents if any(w in " ".join(
        [t.name.lower() for t in (*i.targets, *i.victims)] + [(i.summary or "").lower()]) for w in words)]
    claimed = [i for i in incidents if {c.actor for c in i.claims} & actor_family]
    attributed_only = [i for i in incidents if i not in claimed and (
        {a.actor for a in i.attributions} & actor_family or not i.claims)]
    countries = sorted({i.location.country for i in located})
    figures = (
        Figure("incidents", n, ids(incidents)),
        Figure("incidents per month", round(n / months, 2) if months else None, ids(incidents), "per month"),
        Figure("incidents with a death toll", len(with_toll), ids(with_toll)),
        Figure("deaths", sum(deaths), ids(with_toll)),
        Figure("deaths per incident (mean)", round(sum(deaths) / len(deaths), 1) if deaths else None, ids(with_toll)),
        Figure("deaths per incident (median)", statistics.median(deaths) if deaths else None, ids(with_toll)),
        Figure(f"share with {BIG_TOLL} or more deaths", round(len(big) / len(with_toll), 2) if with_toll else None,
               ids(big)),
        Figure("countries", ", ".join(countries) or None, ids(located)),
        Figure("share outside home countries", round(len(abroad) / len(located), 2) if located and homes else None,
               ids(abroad)),
        Figure("farthest from home base", round(far[1]) if far else None, (far[0].incident_id,) if far else (), "km"),
        Figure("share of suicide attacks", round(len(suicide) / n, 2) if n else None, ids(suicide)),
        Figure("share on diplomatic or foreign targets", round(len(diplomatic) / n, 2) if n else None, ids(diplomatic)),
        Figure("claimed by the group", len(claimed), ids(claimed)),
        Figure("attributed, not claimed", len(attributed_only), ids(attributed_only)),
    )
    return PeriodStats(label, start, end, figures)


def _parse_period(text: str) -> tuple[date, date]:
    try:
        a, b = text.split(":", 1)
        start = date.fromisoformat(a) if len(a) > 4 else date(int(a), 1, 1)
        end = date.fromisoformat(b) if len(b) > 4 else date(int(b), 12, 31)
    except ValueError as exc:
        raise NewseventsError(f"not a period (YYYY[-MM-DD]:YYYY[-MM-DD]): {text!r}") from exc
    if end < start:
        raise NewseventsError(f"period ends before it starts: {text!r}")
    return start, end


def actor_report(store: Store, actor: str, *, since: date | None = None,
                 periods: list[str] | None = None) -> ActorReport:
    """The trend report of one actor over the stored incidents."""
    canonical, family, homes = resolve_actor(actor)
    incidents = actor_incidents(store, family, since)
    if not homes and incidents:
        located = Counter(i.location.country for i in incidents if i.location and i.location.country)
        homes = (located.most_common(1)[0][0],) if located else ()
    first = incidents[0].date.start if incidents else None
    last = incidents[-1].date.start if incidents else None
    overall = period_stats("all", incidents, homes, first, last, family)
    if periods:
        spans = [_parse_period(p) for p in periods]
    elif len(incidents) >= 2:
        mid = incidents[(len(incidents) - 1) // 2].date.start
        later = next((i.date.start for i in incidents if i.date.start > mid), None)
        spans = [(first, mid)] + ([(later, last)] if later else [])
    else:
        spans = []
    stats = tuple(period_stats(f"{a.isoformat()} to {b.isoformat()}",
                               [i for i in incidents if a <= i.date.start <= b], homes, a, b, family)
                  for a, b in spans)
    monthly: Counter = Counter()
    deaths: Counter = Counter()
    for i in incidents:
        key = i.date.start.strftime("%Y-%m")
        monthly[key] += 1
        deaths[key] += _deaths(i)
    by_country: dict[str, list[str]] = {}
    for i in incidents:
        if i.location and i.location.country:
            by_country.setdefault(i.location.country, []).append(i.incident_id)
    return ActorReport(canonical, actor, homes, tuple(incidents), overall, stats,
                       tuple((m, monthly[m], deaths[m]) for m in sorted(monthly)),
                       tuple(sorted(((c, len(v), tuple(v)) for c, v in by_country.items()), key=lambda t: (-t[1], t[0]))))
