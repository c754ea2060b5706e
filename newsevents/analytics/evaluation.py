"""Measure the pipeline against gold records: run it in-process on their texts and score each field.

A gold file is JSON Lines in the format of shared/gold/README.md. The figures agree with the
project's independent scorer (shared/tools/score.py) on the same file.
"""
from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from ..articles.build import build_article
from ..config import Settings
from ..core import Article, ArticleOutcome, Event, Outcome
from ..errors import NewseventsError
from .scoring import MUC_ROLES, SCORED_TYPES, GoldEvent, gold_roles, predicted_roles, verdicts

MAX_SAMPLES = 5


@dataclass(frozen=True)
class GoldRecord:
    id: str
    source: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True)
class ErrorSample:
    article_id: str
    gold: str
    predicted: str
    evidence: str | None


@dataclass
class Evaluation:
    """The scores of one gold file: `scores` maps field -> (share right, number scored); `right` holds the number
    right for the fields scored one by one (a share rounded to three places hides a one-record margin), and for
    document detection the true and false positives and the misses."""
    path: str
    dataset: str
    records: int = 0
    events_out: int = 0
    failed: int = 0
    seconds: float = 0.0
    scores: dict[str, tuple[float | None, int]] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)
    confusion: dict[str, Counter] = field(default_factory=dict)
    samples: dict[str, list[ErrorSample]] = field(default_factory=dict)
    events_per_record: Counter = field(default_factory=Counter)


def read_gold(path: str | Path, limit: int | None = None) -> list[GoldRecord]:
    """Gold records of a JSON Lines file; the text without GTD's date prefix, which stands in as published date."""
    out: list[GoldRecord] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if limit and len(out) >= limit:
                break
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                source = r.get("source") or "?"
                events = [e for e in (r.get("gold") or {}).get("events") or []]
                text = (r.get("meta") or {}).get("text_without_date_prefix") or r["text"]
                published = r.get("pub_date")
                if not published and source == "gtd" and text != r["text"] and events:
                    published = events[0].get("date")
                out.append(GoldRecord(str(r["id"]), source, text, _day(published),
                                      tuple(GoldEvent.from_json(e) for e in events)))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise NewseventsError(f"{path}: line {n}: not a gold record: {exc}") from exc
    return out


def _day(s: Any) -> date | None:
    try:
        return date.fromisoformat(str(s)[:10]) if s else None
    except ValueError:
        return None


def evaluate(path: str | Path, pipeline, settings: Settings, *, limit: int | None = None,
             workers: int | None = None, progress: bool = False) -> Evaluation:
    """Run `pipeline` (a newsevents.pipeline.Pipeline) on the gold file's texts and score its events."""
    records = read_gold(path, limit)
    items: list[Article | ArticleOutcome] = [
        build_article(r.id, r.text, max_chars=settings.max_chars, published=r.published, source=str(path))
        for r in records]
    t0 = time.monotonic()
    predicted: dict[str, list[Event]] = {}
    failed = 0
    for o in pipeline.run(items, workers=workers, progress=progress):
        predicted[o.article_id] = list(o.events)
        failed += o.outcome is Outcome.FAILED
    ev = score(records, predicted, path=str(path))
    ev.seconds = round(time.monotonic() - t0, 1)
    ev.failed = failed
    return ev


def score(records: Iterable[GoldRecord], predicted: dict[str, list[Event]], *, path: str = "") -> Evaluation:
    """Scores of predicted events (article id -> events) against gold records."""
    records = list(records)
    ev = Evaluation(path=path, dataset=records[0].source if records else "?", records=len(records))
    tallies: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    det = Counter()                                   # record level: tp fp fn tn
    muc = {role: [0, 0, 0, 0] for role in MUC_ROLES}  # right predicted, predicted, found gold, gold
    for r in records:
        ps = predicted.get(r.id, [])
        ev.events_out += len(ps)
        ev.events_per_record[len(ps)] += 1
        pv = [p for p in ps if p.event_type.value in SCORED_TYPES]
        det[("tp" if pv else "fn") if r.events else ("fp" if pv else "tn")] += 1
        if r.source == "narrative":
            tallies["event_precision"][1] += len(pv)
        _match_record(r, pv, tallies, ev)
        if ev.dataset == "muc4":
            _muc_tally(r, ps, muc)
    if det["fp"] + det["tn"]:                         # only meaningful where gold has event-free records
        tp, fp, fn = det["tp"], det["fp"], det["fn"]
        prec = tp / (tp + fp) if tp + fp else 0
        rec = tp / (tp + fn) if tp + fn else 0
        n = sum(det.values())
        ev.scores["doc_detect_f1"] = (round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0, n)
        ev.scores["no_event_specificity"] = (round(det["tn"] / (fp + det["tn"]), 3), fp + det["tn"])
        ev.right.update({"doc_detect_tp": tp, "doc_detect_fp": fp, "doc_detect_fn": fn})
    for k, (ok, n) in sorted(tallies.items()):
        ev.scores[k] = (round(ok / n, 3) if n else None, n)
        ev.right[k] = ok
    if ev.dataset == "muc4":
        _muc_scores(muc, ev)
    return ev


def _match_record(r: GoldRecord, pv: list[Event], tallies, ev: Evaluation) -> None:
    """Each gold event takes the predicted event that gets most fields right (each used once while enough)."""
    used: set[int] = set()
    matched: set[int] = set()
    for g in r.events:
        best, best_v, best_s = None, None, -1
        for i, p in enumerate(pv):
            if i in used and len(pv) >= len(r.events):
                continue
            v = verdicts(g, p, r.source)
            s = sum(1 for x in v.values() if x)
            if s > best_s:
                best, best_v, best_s = i, v, s
        if best is None:
            best_v = {k: False for k in verdicts(g, None, r.source)}
        else:
            used.add(best)
            real = best_v.get("type") and any(best_v.get(k) for k in ("date", "country", "place_25km", "place_name"))
            if r.source == "narrative" and real and best not in matched:
                matched.add(best)
                tallies["event_precision"][0] += 1
        p = pv[best] if best is not None else None
        tallies["event_found"][1] += 1
        tallies["event_found"][0] += p is not None
        ev.confusion.setdefault(g.label or "(none)", Counter())[p.event_type.value if p else "(no event)"] += 1
        for k, x in best_v.items():
            if x is None:
                continue
            tallies[k][1] += 1
            tallies[k][0] += bool(x)
            if not x and len(ev.samples.setdefault(k, [])) < MAX_SAMPLES:
                ev.samples[k].append(_sample(r.id, k, g, p))


def _sample(article_id: str, key: str, g: GoldEvent, p: Event | None) -> ErrorSample:
    gold, pred = _field_values(key, g, p)
    evidence = p.evidence[0].text if p is not None and p.evidence else None
    return ErrorSample(article_id, gold, pred, evidence)


def _field_values(key: str, g: GoldEvent, p: Event | None) -> tuple[str, str]:
    if p is None:
        return str(_gold_value(key, g)), "(no event)"
    loc = p.location
    pred: Any = {
        "type": p.event_type.value, "date": p.date.start if p.date else None,
        "country": loc.country if loc else None,
        "place_25km": f"{loc.name} ({loc.lat}, {loc.lon})" if loc else None,
        "place_name": f"{loc.name} / {loc.admin1}" if loc else None,
        "fatalities": p.fatalities.count if p.fatalities else 0,
        "fatalities_pos": p.fatalities.count if p.fatalities else 0,
        "injuries": p.injuries.count if p.injuries else 0,
        "perpetrator": ", ".join(a.canonical or a.name for a in p.perpetrators),
        "claimed": ", ".join(p.claimed_by), "status": p.status.value, "status_nonrealized": p.status.value,
    }.get(key)
    return str(_gold_value(key, g)), str(pred)


def _gold_value(key: str, g: GoldEvent) -> Any:
    return {"type": g.label, "date": g.date, "country": g.country,
            "place_25km": f"{g.location} ({g.lat}, {g.lon})", "place_name": g.location,
            "fatalities": g.fatalities, "fatalities_pos": g.fatalities, "injuries": g.injuries,
            "perpetrator": ", ".join(g.perpetrators), "claimed": g.claimed, "status": g.status,
            "status_nonrealized": g.status, "event_found": g.label}.get(key)


def _muc_tally(r: GoldRecord, ps: list[Event], muc: dict[str, list[int]]) -> None:
    gr, pr = gold_roles(list(r.events)), predicted_roles(ps)
    for role in MUC_ROLES:
        gold_ents, names = gr.get(role, []), pr.get(role, set())
        muc[role][0] += sum(1 for s in names if any(s in alts for alts in gold_ents))
        muc[role][1] += len(names)
        muc[role][2] += sum(1 for alts in gold_ents if alts & names)
        muc[role][3] += len(gold_ents)


def _f1(right_pred: int, n_pred: int, found: int, n_gold: int) -> float:
    p = right_pred / n_pred if n_pred else 0
    r = found / n_gold if n_gold else 0
    return 2 * p * r / (p + r) if p + r else 0.0


def _muc_scores(muc: dict[str, list[int]], ev: Evaluation) -> None:
    totals = [sum(m[i] for m in muc.values()) for i in range(4)]
    ev.scores["muc_ree_f1"] = (round(100 * _f1(*totals), 2), totals[3])
    for role in MUC_ROLES:
        ev.scores["muc_f1_" + role] = (round(100 * _f1(*muc[role]), 1), muc[role][3])
