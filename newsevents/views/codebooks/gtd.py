"""GTD-shaped rows: one per record, the GTD codebook columns the record supports, in its order (data/gtd.json).

`eventid` is GTD's shape, YYYYMMDD then a four-digit running number within the export (00 for an
unknown month or day), so it is stable for the same stored data; our own id rides in `addnotes`.
GTD's "unknown" codes are kept: -9 for unknown flags, -99 for an unknown number of perpetrators.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ...core.enums import DatePrecision, EventType
from ...mentions.weapons import weapon_category
from .facts import Facts, citation, country, first_rule, load, unique


def date_parts(f: Facts) -> tuple[int | None, int, int, str | None]:
    """iyear, imonth, iday (0 when unknown, as GTD codes them) and approxdate (the date as reported)."""
    d = f.incident.date
    start = d.start if d else None
    if d is None or start is None:
        day = f.incident.first_reported
        if day is None:
            return None, 0, 0, None
        return day.year, day.month, day.day, f"{day.isoformat()} (date of the first report)"
    if d.precision is DatePrecision.DAY:
        return start.year, start.month, start.day, None
    approx = d.text or (start.isoformat() if d.end in (None, start) else f"{start.isoformat()} to {d.end.isoformat()}")
    if d.precision is DatePrecision.YEAR:
        return start.year, 0, 0, approx
    if d.precision is DatePrecision.MONTH:
        return start.year, start.month, 0, approx
    return start.year, start.month, start.day, approx


def weapon_types(f: Facts) -> list[str]:
    """GTD weapon types in the order the record names them (implied by the event type when none), at most 4."""
    data = load("gtd")
    by_category = data["weapon_by_category"]
    found = unique(by_category[c] for c in map(weapon_category, f.incident.weapons) if c in by_category)
    if not found:
        implied = data["implied_weapon"].get(f.incident.event_type.value)
        found = [by_category[implied]] if implied else ["Unknown"]
    return found[:4]


def _notes(f: Facts) -> str:
    inc = f.incident
    notes = [f"newsevents id {inc.incident_id}"]
    tolls = [f"{t.reported.isoformat() if t.reported else 'undated'}: {t.fatalities.text or t.fatalities.count}"
             for t in inc.toll_history if t.fatalities]
    if len(tolls) > 1:
        notes.append("fatality reports " + "; ".join(tolls))
    notes += [f"attributed to {a.actor}" + (f" by {a.source}" if a.source else "") for a in inc.attributions]
    return ". ".join(notes) + "."


def row(f: Facts, numbers: Counter[str]) -> dict[str, Any]:
    """One GTD row (column -> value) of a record; `numbers` counts ids per day."""
    data = load("gtd")
    unknown = data["unknown"]
    inc = f.incident
    loc = inc.location
    c = country(loc.country if loc else None, "gtd")
    year, month, day, approx = date_parts(f)
    stem = f"{year or 0:04d}{month:02d}{day:02d}"
    numbers[stem] += 1
    attack = first_rule(data["rules"], f)["attacktype"]
    row: dict[str, Any] = {
        "eventid": f"{stem}{numbers[stem]:04d}", "iyear": year, "imonth": month, "iday": day,
        "approxdate": approx, "extended": 0,
        "country_txt": c.name if c else None, "region": data["region_codes"][c.region] if c else None,
        "region_txt": c.region if c else None,
        "provstate": loc.admin1 if loc else None,
        "city": loc.name if loc and loc.precision.value in data["city_precisions"] else unknown["city"],
        "latitude": loc.lat if loc else None, "longitude": loc.lon if loc else None,
        "specificity": data["specificity"][loc.precision.value if loc else "unknown"],
        "vicinity": int(bool(loc and loc.qualifier in data["vicinity_qualifiers"])),
        "location": loc.text if loc else None,
        "summary": inc.summary,
        "success": data["success_by_status"][inc.status.value], "suicide": int(inc.suicide),
        "attacktype1": data["attack_types"][attack], "attacktype1_txt": attack,
    }
    targets = list(f.targets[:3]) or [("Unknown", tuple(p.name for p in (*inc.targets, *inc.victims)))]
    for i in range(1, 4):
        category, names = targets[i - 1] if i <= len(targets) else (None, ())
        row[f"targtype{i}"] = data["target_types"][category] if category else None
        row[f"targtype{i}_txt"] = category
        row[f"target{i}"] = ", ".join(names) or None
    groups = unique(a.canonical or a.name for a in inc.perpetrators)
    claimants = {cl.actor for cl in inc.claims}
    blamed = {a.actor for a in inc.attributions}
    for i, key in enumerate(("gname", "gname2", "gname3")):
        name = groups[i] if i < len(groups) else (unknown["group"] if i == 0 else None)
        row[key] = name
        row[f"guncertain{i + 1}"] = None if name is None else int(name in blamed and name not in claimants)
    row["individual"] = int(bool(inc.perpetrators) and all(a.kind.value == "individual" for a in inc.perpetrators))
    row["nperps"] = unknown["nperps"]
    row["claimed"] = 1 if claimants else (0 if groups else unknown["flag"])
    row["compclaim"] = int(len(claimants) > 1) if claimants else None
    weapons = weapon_types(f)
    for i in range(1, 5):
        w = weapons[i - 1] if i <= len(weapons) else None
        row[f"weaptype{i}"] = data["weapon_types"][w] if w else None
        row[f"weaptype{i}_txt"] = w
    words = [w for w in inc.weapons if w not in data["weapon_by_category"]]
    row["weapdetail"] = ", ".join(unique(words)) or None
    row["nkill"] = inc.fatalities.count if inc.fatalities else None
    row["nwound"] = inc.injuries.count if inc.injuries else None
    row["property"] = 1 if inc.event_type.value in data["property_event_types"] else unknown["flag"]
    row["ishostkid"] = int(inc.event_type is EventType.KIDNAPPING)
    row["addnotes"] = _notes(f)
    cites = [citation(a) for a in f.articles[:3]]
    for i in range(1, 4):
        row[f"scite{i}"] = cites[i - 1] if i <= len(cites) else None
    row["dbsource"] = data["dbsource"]
    for key in ("INT_LOG", "INT_IDEO", "INT_MISC", "INT_ANY"):
        row[key] = unknown["flag"]
    return row
