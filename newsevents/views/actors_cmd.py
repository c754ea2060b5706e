"""`newsevents actors [QUERY]`: the actor registry as a table or as JSON Lines (one actor a line)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from ..resolve.actors import ActorEntry, ActorRegistry

COLUMNS = (("canonical", 50), ("kind", 14), ("countries", 16), ("years", 11), ("parent", 0))


def actor_record(e: ActorEntry) -> dict:
    """The JSON form of one registry entry (the same fields as resolve/data/actors.json)."""
    return {"canonical": e.canonical, "kind": e.kind.value, "aliases": list(e.aliases),
            "case_sensitive_aliases": list(e.case_sensitive_aliases), "countries": list(e.countries),
            "active_from": e.active_from, "active_to": e.active_to, "parent": e.parent,
            "affiliates": list(e.affiliates), "ambiguous_aliases": list(e.ambiguous_aliases)}


def _cell(text: str, width: int) -> str:
    if not width:
        return text
    return (text if len(text) < width else text[: width - 2] + "…").ljust(width)     # one space between columns


def format_actors_table(entries: Sequence[ActorEntry]) -> str:
    """A fixed-width table: canonical name, kind, home countries, active years, parent."""
    lines = ["".join(_cell(name, w) for name, w in COLUMNS).rstrip()]
    for e in entries:
        values = (e.canonical, e.kind.value, ",".join(e.countries), e.years(), e.parent or "")
        lines.append("".join(_cell(v, w) for v, (_, w) in zip(values, COLUMNS)).rstrip())
    return "\n".join(lines) + "\n"


def format_actors_jsonl(entries: Iterable[ActorEntry]) -> str:
    return "".join(json.dumps(actor_record(e), ensure_ascii=False) + "\n" for e in entries)


def find_actors(registry: ActorRegistry, query: str, kind: str | None = None) -> list[ActorEntry]:
    """Registry search (see ActorRegistry.search), narrowed to one kind when given."""
    found = registry.search(query)
    return [e for e in found if kind is None or e.kind.value == kind]
