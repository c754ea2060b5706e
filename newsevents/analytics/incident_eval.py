"""Measure incident merging against gold clusters: pairwise precision and recall over article pairs.

Gold is JSON Lines, one real incident a line, with at least `incident` (a name) and `articles` (the ids of every
article that reports or mentions it). Two articles form a gold pair when some gold incident holds both, and a
predicted pair when some stored incident holds both. Precision = predicted pairs that are gold pairs; recall =
gold pairs that are predicted. A gold incident whose articles no single incident holds is *split*; an incident
that pairs articles no gold incident pairs has *joined* incidents.
"""
from __future__ import annotations

import json
import random
import tempfile
import time
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Iterable

from ..articles import iter_articles
from ..config import Settings
from ..core import Incident, Outcome
from ..errors import NewseventsError
from ..incidents import merge_pending
from ..store import open_store

Pair = tuple[str, str]


@dataclass
class IncidentEvaluation:
    articles: int = 0
    events: int = 0
    incidents: int = 0
    gold_incidents: int = 0
    gold_pairs: int = 0
    predicted_pairs: int = 0
    true_pairs: int = 0
    seconds: float = 0.0
    split: list[tuple[str, list[list[str]]]] = field(default_factory=list)    # gold name, article groups
    joined: list[tuple[str, list[str], list[str]]] = field(default_factory=list)  # incident, gold names, articles

    @property
    def precision(self) -> float:
        return self.true_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold_clusters(path: str | Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                out[str(d["incident"])] = {str(a) for a in d["articles"]}
            except (ValueError, KeyError, TypeError) as exc:
                raise NewseventsError(f"{path}: line {n}: not a gold incident ({exc})") from exc
    return out


def _pairs(clusters: Iterable[set[str]]) -> set[Pair]:
    return {tuple(sorted(p)) for c in clusters for p in combinations(sorted(c), 2)}  # type: ignore[misc]


def score_clusters(gold: dict[str, set[str]], incidents: list[Incident]) -> IncidentEvaluation:
    """Pairwise scores of stored incidents against gold clusters, with the split and joined cases."""
    predicted = {i.incident_id: set(i.article_ids) for i in incidents}
    gp, pp = _pairs(gold.values()), _pairs(predicted.values())
    ev = IncidentEvaluation(incidents=len(incidents), gold_incidents=len(gold), gold_pairs=len(gp),
                            predicted_pairs=len(pp), true_pairs=len(gp & pp))
    for name, arts in sorted(gold.items()):
        if len(arts) > 1 and not any(arts <= p for p in predicted.values()):
            groups = sorted((sorted(arts & p) for p in predicted.values() if len(arts & p) > 1), key=len, reverse=True)
            covered = {a for g in groups for a in g}
            groups += [[a] for a in sorted(arts - covered)]
            ev.split.append((name, groups))
    for iid, arts in sorted(predicted.items()):
        wrong = _pairs([arts]) - gp
        if wrong:
            names = sorted(n for n, g in gold.items() if g & arts)
            ev.joined.append((iid, names, sorted(arts)))
    return ev


def evaluate_incidents(articles: str | Path, gold_path: str | Path, settings: Settings, *, db: str | None = None,
                       shuffle_seed: int | None = None, workers: int | None = None,
                       progress: bool = False) -> IncidentEvaluation:
    """Ingest `articles` into a fresh store (a temporary SQLite file unless `db`), merge, score against gold.
    `shuffle_seed` ingests the articles in a shuffled order."""
    from ..pipeline import Pipeline

    gold = read_gold_clusters(gold_path)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(db or str(Path(tmp) / "incidents.db")) as store:
            items = list(iter_articles([str(articles)], settings=settings))
            if shuffle_seed is not None:
                random.Random(shuffle_seed).shuffle(items)
            for o in Pipeline(settings).run(items, workers=workers, progress=progress):
                if o.outcome is Outcome.OK and o.article is not None:
                    store.save(o.article, o.events)
            merge_pending(store, progress=progress)
            incidents = list(store.incidents())
            ev = score_clusters(gold, incidents)
            ev.articles, ev.events = store.articles_count(), store.events_count()
    ev.seconds = time.perf_counter() - t0
    return ev


def format_incident_evaluation(ev: IncidentEvaluation, max_cases: int = 15) -> str:
    lines = [f"articles {ev.articles}  events {ev.events}  incidents {ev.incidents}  gold incidents {ev.gold_incidents}",
             f"pairwise precision {ev.precision:.3f}  recall {ev.recall:.3f}  F1 {ev.f1:.3f}  "
             f"(gold pairs {ev.gold_pairs}, predicted {ev.predicted_pairs}, right {ev.true_pairs})",
             f"split gold incidents: {len(ev.split)}   incidents joining gold incidents: {len(ev.joined)}   "
             f"time {ev.seconds:.1f} s"]
    for name, groups in ev.split[:max_cases]:
        lines.append(f"  split  {name}: " + " | ".join(", ".join(g) for g in groups))
    for iid, names, arts in ev.joined[:max_cases]:
        lines.append(f"  joined {iid}: gold {', '.join(names) or '-'}; articles {', '.join(arts)}")
    return "\n".join(lines)
