"""One actor's page and JSON: its totals, its incidents under the shared filters, its registry kin and its
trend report (analytics.trends, drawn by views.report)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from ...analytics.trends import ActorReport, actor_report
from ...resolve.actors import ActorRegistry
from ...store import Store
from ..report import render_html
from .charts import timeline
from .data import MAP_LIMIT, actor_rows, brief
from .filters import Filters

# Inline SVG plots carry RDF metadata and namespace URIs naming outside hosts; a page inside HTML needs neither.
_SVG_METADATA = re.compile(r"<metadata>.*?</metadata>|\sxmlns(:\w+)?=\"[^\"]*\"", re.S)


def actor_detail(store: Store, name: str, f: Filters,
                 registry: ActorRegistry) -> tuple[dict[str, Any], ActorReport] | None:
    """The actor's data (the JSON twin) and its trend report; None when the actor has no incident in the
    store and is not in the registry."""
    incidents = store.query_incidents(replace(f.without_paging(MAP_LIMIT), actor=name))
    entry = registry.get(registry.canonical_of(name) or name)
    if not incidents and entry is None:
        return None
    names = {name.lower(), entry.canonical.lower() if entry else ""}
    rows = [r for r in actor_rows(incidents) if r["name"].lower() in names]
    kin = None
    if entry is not None:
        kin = {"kind": entry.kind.value, "parent": entry.parent, "affiliates": list(entry.affiliates),
               "countries": list(entry.countries), "aliases": list(entry.aliases)}
    report = actor_report(store, name, since=f.query.date_from)
    data = {"name": entry.canonical if entry else name, "filters": f.params, "registry": kin,
            "summary": rows[0] if rows else {"name": name, "incidents": 0, "deaths": 0, "first": None,
                                             "last": None, "types": {}},
            "incidents": [brief(i) for i in incidents], "timeline": timeline(incidents, "type"),
            "report": report.to_json()}
    return data, report


def report_html(report: ActorReport) -> str:
    """The trend report as an HTML fragment whose incident links open this dashboard's incident pages."""
    body = render_html(report, lambda i: f"/incidents/{quote(i)}", standalone=False)
    return _SVG_METADATA.sub("", body)
