"""ACLED-shaped rows: one per record, the codebook's columns in its order (data/acled.json).

Event and sub-event types come from the first matching rule for our event type; actor1 is the
perpetrator (or protesters / rioters / an unidentified armed group), actor2 is read from the target
categories (security forces, civilians...). `event_id_cnty` is the country's alpha-3 code and a running
number within the export, so it is stable for the same stored data; our own id rides in `tags`.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timezone
from typing import Any

from ...core.enums import DatePrecision
from ...core.records import Actor
from .facts import Country, Facts, country, event_day, first_rule, load, publisher, unique


def _fill(template: str, c: Country | None) -> str:
    """An actor name template with the country put in, or taken out when the country is unknown."""
    if c is not None:
        return template.format(country=c.name)
    return template.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "").strip()


def _name(a: Actor) -> str:
    return a.canonical or a.name


def _actors(f: Facts, event_type: str, c: Country | None) -> tuple[str, str, int, str, str, int]:
    """actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2."""
    data = load("acled")
    inc = f.incident
    perps = unique(_name(a) for a in inc.perpetrators)
    kinds = {_name(a): a.kind.value for a in inc.perpetrators}
    rest = perps[1:]
    actor2, assoc2, inter2 = "", "", 0
    if event_type == "Battles" and len(perps) > 1:
        actor2, inter2 = perps[1], data["inter_by_actor_kind"][kinds[perps[1]]]
        rest = perps[2:]
    elif event_type in data["actor2_from_targets"] and f.categories:
        by_target = data["actor2_by_target"]
        spec = next((by_target[k] for k in f.categories if k in by_target), by_target["default"])
        actor2, assoc2, inter2 = _fill(spec["actor"], c), _fill(spec.get("assoc", ""), c), spec["inter"]
    elif event_type in data["actor2_fallback"]:
        spec = data["actor2_fallback"][event_type]
        actor2, inter2 = _fill(spec["actor"], c), spec["inter"]

    crowd = data["actor1_by_event_type"].get(inc.event_type.value)
    if crowd is not None:
        return _fill(crowd["actor"], c), "; ".join(perps), crowd["inter"], actor2, assoc2, inter2
    if perps:
        return perps[0], "; ".join(rest), data["inter_by_actor_kind"][kinds[perps[0]]], actor2, assoc2, inter2
    spec = data["unidentified_actor"]
    return _fill(spec["actor"], c), "", spec["inter"], actor2, assoc2, inter2


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two inter codes, lower first (10 x inter1 when there is no actor2)."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def time_precision(f: Facts) -> int:
    table = load("acled")["time_precision"]
    d = f.incident.date
    if d is None:
        return table["unknown"]
    if d.precision is DatePrecision.RANGE and d.start and d.end and (d.end - d.start).days < 7:
        return table["range_up_to_7_days"]
    return table[d.precision.value]


def _timestamp(f: Facts) -> int | None:
    """The day of the latest report as a Unix time (ACLED's `timestamp` is when the row was last updated)."""
    day = f.incident.last_reported or f.incident.first_reported
    return int(datetime.combine(day, time(), timezone.utc).timestamp()) if day else None


def row(f: Facts, numbers: Counter[str]) -> dict[str, Any]:
    """One ACLED row (column -> value) of a record; `numbers` counts ids per country prefix."""
    data = load("acled")
    inc = f.incident
    loc = inc.location
    c = country(loc.country if loc else None, "acled")
    rule = first_rule(data["rules"], f)
    event_type, sub_event_type = rule["event_type"], rule["sub_event_type"]
    actor1, assoc1, inter1, actor2, assoc2, inter2 = _actors(f, event_type, c)
    prefix = c.iso3 if c else data["unknown_country_code"]
    numbers[prefix] += 1
    day = event_day(inc)
    tags = [f"newsevents id={inc.incident_id}"]
    if inc.status.value != "realized":
        tags.append(f"status={inc.status.value}")
    return {
        "event_id_cnty": f"{prefix}{numbers[prefix]}",
        "event_date": day.isoformat() if day else None,
        "year": day.year if day else None,
        "time_precision": time_precision(f),
        "disorder_type": data["disorder_by_sub_event_type"].get(sub_event_type)
                         or data["event_types"][event_type]["disorder_type"],
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1, "assoc_actor_1": assoc1, "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": assoc2, "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": data["civilian_targeting"]["value"] if inter2 == data["civilian_targeting"]["inter"] else "",
        "iso": c.numeric if c else None,
        "region": c.region if c else None,
        "country": c.name if c else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": None,
        "admin3": None,
        "location": loc.name if loc else None,
        "latitude": round(loc.lat, 4) if loc and loc.lat is not None else None,
        "longitude": round(loc.lon, 4) if loc and loc.lon is not None else None,
        "geo_precision": data["geo_precision"][loc.precision.value if loc else "unknown"],
        "source": "; ".join(unique(publisher(a) for a in f.articles)) or None,
        "source_scale": None,
        "notes": inc.summary,
        "fatalities": inc.fatalities.count if inc.fatalities else 0,
        "tags": "; ".join(tags),
        "timestamp": _timestamp(f),
    }
