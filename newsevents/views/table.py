"""A fixed-width, human-readable table of incidents for terminals."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ..core.enums import Qualifier
from ..core.records import Count, Incident

ELLIPSIS = "…"


def _date(i: Incident) -> str:
    d = i.date
    if d is None or d.start is None:
        return "?"
    if d.end and d.end != d.start:
        return f"{d.start.isoformat()}+"                    # a range: show where it starts
    return d.start.isoformat()


def _count(c: Count | None) -> str:
    if c is None:
        return ""
    if c.qualifier is Qualifier.RANGE and c.max is not None:
        return f"{c.count}-{c.max}"
    prefix = {Qualifier.AT_LEAST: ">=", Qualifier.MORE_THAN: ">", Qualifier.APPROX: "~",
              Qualifier.UP_TO: "<="}.get(c.qualifier, "")
    return f"{prefix}{c.count}"


def _place(i: Incident) -> str:
    loc = i.location
    if loc is None:
        return ""
    return loc.name or loc.admin1 or ""


# (header, width, cell, right-aligned)
COLUMNS: tuple[tuple[str, int, Callable[[Incident], str], bool], ...] = (
    ("date", 11, _date, False),
    ("type", 26, lambda i: i.event_type.value, False),
    ("status", 10, lambda i: i.status.value, False),
    ("place", 20, _place, False),
    ("cc", 2, lambda i: (i.location.country or "") if i.location else "", False),
    ("killed", 7, lambda i: _count(i.fatalities), True),
    ("perpetrators", 28, lambda i: "; ".join(a.canonical or a.name for a in i.perpetrators), False),
    ("arts", 4, lambda i: str(len(i.article_ids)), True),
)


def _fit(text: str, width: int, right: bool) -> str:
    text = " ".join(text.split())                           # no newlines or tabs inside a cell
    if len(text) > width:
        text = text[: width - 1] + ELLIPSIS
    return text.rjust(width) if right else text.ljust(width)


def format_incidents_table(incidents: Iterable[Incident]) -> str:
    """One header line, a rule, then one line per incident; long cells end in an ellipsis."""
    lines = [" ".join(_fit(h, w, right) for h, w, _, right in COLUMNS).rstrip(),
             " ".join("-" * w for _, w, _, _ in COLUMNS)]
    n = 0
    for inc in incidents:
        lines.append(" ".join(_fit(cell(inc), w, right) for _, w, cell, right in COLUMNS).rstrip())
        n += 1
    lines.append(f"{n} incident{'s' if n != 1 else ''}")
    return "\n".join(lines) + "\n"
