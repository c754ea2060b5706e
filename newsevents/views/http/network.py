"""The actor network: named perpetrators linked to the categories of what they hit, and to their registry kin.

Edges run actor -> target category (weighted by incidents); dashed edges join an actor to its parent
and affiliates in the actor registry. The browser lays the graph out (cytoscape's force layout).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from ...core.records import Incident
from ...resolve.actors import ActorRegistry


def _categories(inc: Incident) -> set[str]:
    cats = {t.kind or "other targets" for t in inc.targets}
    cats |= {v.kind or "people" for v in inc.victims}
    return cats or {"unspecified"}


def network(incidents: Iterable[Incident], registry: ActorRegistry) -> dict[str, Any]:
    """Cytoscape-ready nodes and edges for these incidents."""
    actor_n: Counter[str] = Counter()
    actor_deaths: Counter[str] = Counter()
    cat_n: Counter[str] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    for inc in incidents:
        names = {p.canonical for p in inc.perpetrators if registry.named(p)}   # "gunmen" is no actor to draw
        for name in names:
            actor_n[name] += 1
            actor_deaths[name] += inc.fatalities.count if inc.fatalities else 0
            for cat in _categories(inc):
                hits[(name, cat)] += 1
        for cat in _categories(inc) if names else ():
            cat_n[cat] += 1
    nodes = [{"id": f"actor:{a}", "label": a, "kind": "actor", "incidents": n, "deaths": actor_deaths[a]}
             for a, n in sorted(actor_n.items())]
    nodes += [{"id": f"target:{c}", "label": c, "kind": "target", "incidents": n} for c, n in sorted(cat_n.items())]
    edges = [{"id": f"hit:{a}->{c}", "source": f"actor:{a}", "target": f"target:{c}", "kind": "targets",
              "weight": n} for (a, c), n in sorted(hits.items())]
    kin: set[tuple[str, str]] = set()
    for a in actor_n:
        entry = registry.get(a)
        if entry is None:
            continue
        for other in filter(None, (entry.parent, *entry.affiliates)):
            kin.add(tuple(sorted((a, other))))
    shown = set(actor_n)
    for a, b in sorted(kin):
        for name in (a, b):
            if name not in shown:                    # a registry relative with no incident here: drawn faint
                shown.add(name)
                nodes.append({"id": f"actor:{name}", "label": name, "kind": "actor", "incidents": 0, "deaths": 0})
        edges.append({"id": f"kin:{a}--{b}", "source": f"actor:{a}", "target": f"actor:{b}", "kind": "affiliate",
                      "weight": 1})
    return {"nodes": nodes, "edges": edges}
