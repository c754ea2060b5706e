"""The timeline: incidents and deaths per month, stacked by event type or by actor, and its SVG geometry.

The bars are laid out here and drawn by the template as plain SVG, so the chart needs no script and
updates with the page when a filter changes.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from ...core.enums import EventType
from ...core.records import Incident

STACKS = ("type", "actor", "none")
TOP_ACTORS = 8                   # the busiest actors get their own colour; the rest are "other actors"

TYPE_COLORS = {
    EventType.ARMED_ASSAULT.value: "#d62728", EventType.BOMBING.value: "#ff7f0e",
    EventType.ASSASSINATION.value: "#9467bd", EventType.KIDNAPPING.value: "#8c564b",
    EventType.ARSON.value: "#e377c2", EventType.FACILITY_ATTACK.value: "#7f7f7f",
    EventType.REMOTE_VIOLENCE.value: "#1f77b4", EventType.BATTLE.value: "#2ca02c",
    EventType.VIOLENCE_AGAINST_CIVILIANS.value: "#bcbd22", EventType.THREAT.value: "#17becf",
    EventType.PROTEST.value: "#aec7e8", EventType.RIOT.value: "#ffbb78", EventType.OTHER.value: "#c7c7c7",
}
SERIES_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")
OTHER_COLOR = "#c7c7c7"


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _months(first: date, last: date) -> list[str]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _actor(inc: Incident) -> str:
    return (inc.perpetrators[0].canonical or inc.perpetrators[0].name) if inc.perpetrators else "unknown actor"


def timeline(incidents: Iterable[Incident], stack: str = "type") -> dict[str, Any]:
    """Per-month counts of incidents and deaths, one series per stack key; every month in the span is present."""
    incidents = list(incidents)
    dated = [i for i in incidents if i.date and i.date.start]
    undated = len(incidents) - len(dated)
    if not dated:
        return {"stack": stack, "months": [], "series": [], "undated": undated}
    months = _months(min(i.date.start for i in dated), max(i.date.start for i in dated))
    index = {m: n for n, m in enumerate(months)}
    if stack == "type":
        key, colors = (lambda i: i.event_type.value), TYPE_COLORS
    elif stack == "actor":
        top = [a for a, _ in Counter(map(_actor, dated)).most_common(TOP_ACTORS)]
        colors = dict(zip(top, SERIES_COLORS))
        key = lambda i: _actor(i) if _actor(i) in colors else "other actors"   # noqa: E731
    else:
        key, colors = (lambda i: "all incidents"), {"all incidents": SERIES_COLORS[0]}
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    deaths: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    for inc in dated:
        k, n = key(inc), index[_month(inc.date.start)]
        counts[k][n] += 1
        deaths[k][n] += inc.fatalities.count if inc.fatalities else 0
    order = sorted(counts, key=lambda k: (k == "other actors", -sum(counts[k]), k))
    series = [{"key": k, "color": colors.get(k, OTHER_COLOR), "incidents": counts[k], "deaths": deaths[k]}
              for k in order]
    return {"stack": stack, "months": months, "series": series, "undated": undated}


def bars(tl: dict[str, Any], metric: str, width: int = 960, height: int = 160) -> dict[str, Any]:
    """SVG rectangles for one metric ("incidents" or "deaths") of a timeline, stacked bottom-up."""
    months = tl["months"]
    if not months:
        return {"width": width, "height": height, "bars": [], "ticks": [], "max": 0}
    totals = [sum(s[metric][n] for s in tl["series"]) for n in range(len(months))]
    top = max(totals) or 1
    step = width / len(months)
    out = []
    for n, month in enumerate(months):
        y = float(height)
        for s in tl["series"]:
            v = s[metric][n]
            if not v:
                continue
            h = v / top * height
            y -= h
            out.append({"x": round(n * step, 2), "y": round(y, 2), "w": round(max(step * 0.9, 1.0), 2),
                        "h": round(h, 2), "color": s["color"], "title": f"{month} · {s['key']}: {v} {metric}"})
    years = sorted({m[:4] for m in months})
    every = max(1, len(years) // 10)
    ticks = [{"x": round(months.index(f"{y}-01") * step, 2) if f"{y}-01" in months else 0.0, "label": y}
             for y in years[::every]]
    return {"width": width, "height": height, "bars": out, "ticks": ticks, "max": top}
